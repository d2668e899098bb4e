/** Line and column of text offsets, computed in one linear pass (pure). */
import { normalizeForFingerprint } from '../../core/fingerprint.js';
import { truncate } from '../../report/escape.js';

export interface LinePos {
  /** 1-based line. */
  line: number;
  /** 1-based column in UTF-16 code units. */
  column: number;
  lineStart: number;
  /** Offset of the line's `\n` (or the text's end); a trailing `\r` is not part of the line. */
  lineEnd: number;
}

/** Positions of ascending `offsets`; walks the text once, newline to newline. */
export function linePositions(text: string, offsets: readonly number[]): LinePos[] {
  const out: LinePos[] = [];
  let line = 1;
  let lineStart = 0;
  let nl = text.indexOf('\n');
  for (const off of offsets) {
    while (nl !== -1 && nl < off) {
      line++;
      lineStart = nl + 1;
      nl = text.indexOf('\n', lineStart);
    }
    let lineEnd = nl === -1 ? text.length : nl;
    if (lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    out.push({ line, column: off - lineStart + 1, lineStart, lineEnd });
  }
  return out;
}

/** The line's text, trimmed and cut to `max` characters, for snippets. */
export function snippetOf(text: string, p: LinePos, max = 240): string {
  return truncate(text.slice(p.lineStart, p.lineEnd).trim(), max);
}

/** The line's text normalized as fingerprints normalize it: a key that survives re-indenting. */
export function lineKey(text: string, p: LinePos): string {
  return normalizeForFingerprint(text.slice(p.lineStart, p.lineEnd));
}
