import type { SourceInformation } from './sourceInformation.js';

export type EngineErrorType = 'PARSER' | 'COMPILATION' | 'COMPOSER';

/** The JSON body the Legend engine returns with a 400 for a parser or compiler error. */
export interface EngineErrorJson {
  status: 'error';
  message: string;
  errorType: EngineErrorType;
  sourceInformation?: SourceInformation;
}

/**
 * An error in the shape of the Legend engine's error response. Thrown by the parser (errorType PARSER) and by
 * the compiler (COMPILATION); `toJSON()` gives exactly the engine's wire shape.
 */
export class EngineError extends Error {
  readonly status = 'error' as const;
  readonly errorType: EngineErrorType;
  readonly sourceInformation: SourceInformation | undefined;

  constructor(message: string, errorType: EngineErrorType, sourceInformation?: SourceInformation) {
    super(message);
    this.name = 'EngineError';
    this.errorType = errorType;
    this.sourceInformation = sourceInformation;
  }

  toJSON(): EngineErrorJson {
    const json: EngineErrorJson = { status: 'error', message: this.message, errorType: this.errorType };
    if (this.sourceInformation) json.sourceInformation = { ...this.sourceInformation };
    return json;
  }
}

export function isEngineError(value: unknown): value is EngineError {
  return value instanceof EngineError;
}
