/** Compilation errors and warnings in the engine's shapes. */
import type { SourceInformation } from '../protocol/index.js';

/** Thrown inside the compiler for a COMPILATION error; caught per element (Legend's partial compilation). */
export class CompilationError extends Error {
  constructor(
    message: string,
    readonly sourceInformation: SourceInformation | undefined,
  ) {
    super(message);
    this.name = 'CompilationError';
  }
}

export type DefectSeverity = 'ERROR' | 'WARN';

/** A defect as Legend's compile endpoint lists it (`{message:"OK", defects:[...]}`). */
export interface Defect {
  defectSeverityLevel: DefectSeverity;
  sourceInformation?: SourceInformation;
  message: string;
  defectTypeId: string;
}

/** One compiler finding, with what the gate needs to order and classify it. */
export interface CompileDiagnostic {
  severity: 'error' | 'warning';
  message: string;
  sourceInformation?: SourceInformation;
  /** Path of the element the finding belongs to. */
  element?: string;
  /** True for "not supported by the embedded engine" warnings. */
  notSupported?: boolean;
  /** Compilation phase (Legend's pass order), used to report the same first error the engine would. */
  phase: number;
  /** Position of the element in the model, within the phase. */
  order: number;
}

export const NOT_SUPPORTED_SUFFIX = 'is not supported by the embedded engine; configure a Legend engine URL to compile it';

export function notSupportedMessage(what: string): string {
  return `${what} ${NOT_SUPPORTED_SUFFIX}`;
}

export function toDefect(d: CompileDiagnostic): Defect {
  const defect: Defect = {
    defectSeverityLevel: d.severity === 'error' ? 'ERROR' : 'WARN',
    message: d.message,
    defectTypeId: d.notSupported ? 'EmbeddedEngineNotSupported' : 'PureWarning',
  };
  if (d.sourceInformation) defect.sourceInformation = d.sourceInformation;
  return defect;
}
