/**
 * Positions in plain text files (scripts, Dockerfiles, content-rule matches): lines end at `\n`,
 * as git and the pipeline count them (pure).
 */
import type { Location } from '../../core/types.js';

/** Offsets where each line starts. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line and column of an offset (binary search over line starts). */
function position(starts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}

/** Location of text[index, index + length) (endColumn inclusive) and its first line as a snippet. */
export function textSpan(path: string, text: string, starts: readonly number[], index: number, length: number): { location: Location; snippet: string } {
  const s = position(starts, index);
  const e = position(starts, Math.max(index, index + length - 1));
  const line = text.slice(starts[s.line - 1]!, (starts[s.line] ?? text.length + 1) - 1).replace(/\r$/, '');
  return {
    location: { path, startLine: s.line, startColumn: s.column, endLine: e.line, endColumn: e.column },
    snippet: line.length > 300 ? `${line.slice(0, 300)}…` : line,
  };
}
