/**
 * The target-engine interface. Request and response shapes are the Legend engine's HTTP API bodies (see
 * DESIGN.md "Legend facts"), so the embedded implementation (src/engine/embedded) and a Legend HTTP
 * implementation (src/engine/legend, a later issue) are interchangeable. Errors come back as the engine's
 * error JSON (`{status:"error", message, errorType, sourceInformation}`), never as exceptions; exceptions
 * are reserved for transport failures.
 */
import type { EngineErrorJson, PureModelContextData, SourceInformation } from '../pure/protocol/index.js';
import type { Defect as CompileDefect } from '../pure/compiler/diagnostics.js';
import type { EvaluateConstraintsResult } from '../pure/evaluator/index.js';

export type { EngineErrorJson, PureModelContextData, SourceInformation };
export type { CompileDefect };

/** `{"_type":"text","code":"..."}`: grammar text as a model (the compile endpoint accepts it). */
export interface PureModelContextText {
  _type: 'text';
  code: string;
}

/** Any PureModelContext the compile endpoint accepts. */
export type PureModelContext = PureModelContextData | PureModelContextText;

/** Body of `POST /pure/v1/compilation/compile` on success. */
export interface CompileResult {
  message: 'OK';
  defects: CompileDefect[];
}

/** Options of `POST /pure/v1/grammar/grammarToJson/model` (query parameters there). */
export interface ParseOptions {
  sourceId?: string;
  returnSourceInformation?: boolean;
}

/** What `GET /server/v1/info` tells about the engine (the fields Guardian uses). */
export interface EngineInfo {
  kind: 'embedded' | 'legend';
  /** Engine version (Guardian's own version for the embedded engine). */
  version: string;
  /** Optional capabilities implemented by this engine. */
  capabilities: EngineCapability[];
}

export type EngineCapability = 'parse' | 'compose' | 'compile' | 'evaluateConstraints' | 'runTests' | 'generateSchema';

export interface EvaluateConstraintsRequest {
  model: PureModelContext;
  /** Full path of the class. */
  class: string;
  /** The instance as JSON. */
  instance: unknown;
  nested?: boolean;
}

export type { EvaluateConstraintsResult };

/** `POST /pure/v1/testable/runTests` (room for the later issue: the embedded engine does not run tests yet). */
export interface RunTestsRequest {
  model: PureModelContext;
  testables: Array<{ testable: string; unitIds?: Array<{ atomicTestId: { id: string; testSuite?: { id: string } } }> }>;
}

export interface RunTestsResult {
  results: unknown[];
}

/** `POST /pure/v1/external/format/generateSchema` (room for the later issue). */
export interface GenerateSchemaRequest {
  model: PureModelContext;
  config: { format: string; sourceModel: string[]; targetSchemaSet?: string };
}

export interface Engine {
  /** `POST /pure/v1/grammar/grammarToJson/model`. */
  parse(code: string, options?: ParseOptions): Promise<PureModelContextData | EngineErrorJson>;
  /** `POST /pure/v1/grammar/jsonToGrammar/model`. */
  compose(model: PureModelContextData): Promise<string | EngineErrorJson>;
  /** `POST /pure/v1/compilation/compile`. */
  compile(model: PureModelContext): Promise<CompileResult | EngineErrorJson>;
  /** Constraints of a class on one JSON instance (Legend answers this through a checked execution). */
  evaluateConstraints(request: EvaluateConstraintsRequest): Promise<EvaluateConstraintsResult | EngineErrorJson>;
  /** `POST /pure/v1/testable/runTests`; absent when the engine cannot run tests. */
  runTests?(request: RunTestsRequest): Promise<RunTestsResult | EngineErrorJson>;
  /** `POST /pure/v1/external/format/generateSchema`; absent when the engine cannot generate schemas. */
  generateSchema?(request: GenerateSchemaRequest): Promise<unknown | EngineErrorJson>;
  /** `GET /server/v1/info`. */
  info(): Promise<EngineInfo>;
}

export function isEngineErrorJson(value: unknown): value is EngineErrorJson {
  return typeof value === 'object' && value !== null && (value as { status?: unknown }).status === 'error' && typeof (value as { message?: unknown }).message === 'string';
}
