/**
 * The embedded (in-process) engine: Guardian's own PURE parser, composer, compiler and constraint evaluator
 * behind the Legend engine's interface. Heavy modules load on first use.
 */
import { TOOL_VERSION } from '../../version.js';
import type { EngineErrorJson, PureModelContextData } from '../../pure/protocol/index.js';
import type { CompileResult, Engine, EngineInfo, EvaluateConstraintsRequest, EvaluateConstraintsResult, ParseOptions, PureModelContext } from '../types.js';

type PureModule = typeof import('../../pure/index.js');

let pureModule: Promise<PureModule> | undefined;
const pure = (): Promise<PureModule> => (pureModule ??= import('../../pure/index.js'));

/** An exception thrown by the parser or composer, as the engine's error JSON. */
function asErrorJson(mod: PureModule, e: unknown, fallbackType: EngineErrorJson['errorType']): EngineErrorJson {
  if (mod.isEngineError(e)) return e.toJSON();
  return { status: 'error', message: e instanceof Error ? e.message : String(e), errorType: fallbackType };
}

export class EmbeddedEngine implements Engine {
  async parse(code: string, options: ParseOptions = {}): Promise<PureModelContextData | EngineErrorJson> {
    const mod = await pure();
    try {
      return mod.parsePureGrammar(code, options);
    } catch (e) {
      return asErrorJson(mod, e, 'PARSER');
    }
  }

  async compose(model: PureModelContextData): Promise<string | EngineErrorJson> {
    const mod = await pure();
    try {
      return mod.composePureGrammar(model);
    } catch (e) {
      return asErrorJson(mod, e, 'COMPOSER');
    }
  }

  /** Resolves any PureModelContext to data (parsing text contexts). */
  async modelData(model: PureModelContext): Promise<PureModelContextData | EngineErrorJson> {
    if (model._type === 'text') return this.parse(model.code);
    return model;
  }

  async compile(model: PureModelContext): Promise<CompileResult | EngineErrorJson> {
    const data = await this.modelData(model);
    if ('status' in data) return data;
    const { compilePureModel, compileResponse } = await import('../../pure/compiler/compile.js');
    return compileResponse(compilePureModel(data)) as CompileResult | EngineErrorJson;
  }

  async evaluateConstraints(request: EvaluateConstraintsRequest): Promise<EvaluateConstraintsResult | EngineErrorJson> {
    const data = await this.modelData(request.model);
    if ('status' in data) return data;
    const { evaluateConstraints } = await import('../../pure/evaluator/index.js');
    try {
      const req = { model: data, class: request.class, instance: request.instance, ...(request.nested === undefined ? {} : { nested: request.nested }) };
      return evaluateConstraints(req);
    } catch (e) {
      return { status: 'error', message: e instanceof Error ? e.message : String(e), errorType: 'COMPILATION' };
    }
  }

  async info(): Promise<EngineInfo> {
    return { kind: 'embedded', version: TOOL_VERSION, capabilities: ['parse', 'compose', 'compile', 'evaluateConstraints'] };
  }
}
