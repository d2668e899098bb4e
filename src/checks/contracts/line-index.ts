/**
 * Offset → 1-based line/column over a text, for annotations (pure). Lines end at `\n` only, as
 * git, GitHub and the pipeline count them (a CRLF's `\r` ends the line's text; a lone `\r` does
 * not start a new line).
 */

export interface LineColumn {
  line: number;
  column: number;
}

export class LineIndex {
  /** Offset of the first character of each line. */
  private readonly starts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    this.starts = starts;
  }

  /** Line and column (both 1-based) of a UTF-16 offset; offsets past the end clamp to the end. */
  at(offset: number): LineColumn {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - this.starts[lo]! + 1 };
  }
}
