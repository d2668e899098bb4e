/**
 * Source positions as the Legend engine reports them: 1-based lines and columns, `endColumn` inclusive.
 * `sourceId` is the caller-supplied id of the text (the engine uses "" by default).
 */
export interface SourceInformation {
  sourceId: string;
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

/** Multiplicity `[lowerBound..upperBound]`; an absent `upperBound` means `*` (the engine omits it). */
export interface Multiplicity {
  lowerBound: number;
  upperBound?: number;
}
