/**
 * Splits grammar text into `###Name` sections the way Legend does: the text is read as if prefixed with
 * "\n###Pure\n", so anything before the first header is a Pure section; a header is a line starting with `###`
 * followed by an identifier (the splitter is not string-aware, as in Legend).
 */
import type { SourceInformation } from '../protocol/sourceInformation.js';
import { isIdentPart, isIdentStart } from './lexer.js';

export interface SectionSlice {
  parserName: string;
  /** Offsets of the section content in the original text (after the header name). */
  contentStart: number;
  contentEnd: number;
  /** Line of `contentStart` (the header's own line for a `###` section; 1 for the default section). */
  contentLine: number;
  /** True for the implicit Pure section before the first header. */
  isDefault: boolean;
  /** Position of the header text `###Name` (1-based, end inclusive); absent for the default section. */
  header?: { line: number; startColumn: number; endColumn: number };
  /** The engine's section source information (it counts lines of the text with the two-line prefix). */
  sourceInformation: SourceInformation;
}

const PREFIX_HEADER_LENGTH = '\n###Pure'.length;

export function splitSections(code: string, sourceId: string): SectionSlice[] {
  // header offsets: index of the first '#' of each "###Name" that starts a line
  const headers: { at: number; nameEnd: number; line: number; prevLineCol: number }[] = [];
  const n = code.length;
  // candidates: offset 0 and every "\n###"; line numbers are counted incrementally between candidates
  let line = 1;
  let counted = 0;
  const consider = (at: number, prevLineCol: number): void => {
    if (!(at + 3 < n && isIdentStart(code.charCodeAt(at + 3)))) return;
    for (let i = code.indexOf('\n', counted); i >= 0 && i < at; i = code.indexOf('\n', i + 1)) {
      line++;
      counted = i + 1;
    }
    counted = Math.max(counted, at);
    let j = at + 4;
    while (j < n && isIdentPart(code.charCodeAt(j))) j++;
    headers.push({ at, nameEnd: j, line, prevLineCol });
  };
  if (code.startsWith('###')) consider(0, -1);
  for (let nl = code.indexOf('\n###'); nl >= 0; nl = code.indexOf('\n###', nl + 1)) {
    const lineStart = code.lastIndexOf('\n', nl - 1) + 1;
    consider(nl + 1, nl - lineStart);
  }

  // line/column of an offset in the original text, for the end of each section
  const lineStarts = computeLineStarts(code);
  const locate = (offset: number): { line: number; col: number } => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: offset - lineStarts[lo]! };
  };

  const slices: SectionSlice[] = [];
  // The engine's section range: from the "\n###Name" token to the last content character, in lines of the
  // prefixed text (original line + 2). A section without content ends at its own header token.
  const engineRange = (
    startLine: number,
    startCol0: number,
    headerLength: number,
    contentStart: number,
    contentEnd: number,
    hasPrefixNewline: boolean,
  ): SourceInformation => {
    if (contentEnd > contentStart) {
      const last = locate(contentEnd - 1);
      return { sourceId, startLine, startColumn: startCol0 + 1, endLine: last.line + 2, endColumn: last.col + 1 };
    }
    if (hasPrefixNewline) {
      // only the prefix's own line break: it sits at the end of the "###Pure" line (line 2)
      return { sourceId, startLine, startColumn: startCol0 + 1, endLine: 2, endColumn: PREFIX_HEADER_LENGTH };
    }
    return { sourceId, startLine, startColumn: startCol0 + 1, endLine: startLine, endColumn: startCol0 + headerLength };
  };

  const firstHeader = headers[0];
  const defaultEnd = firstHeader ? Math.max(0, firstHeader.at - 1) : n;
  slices.push({
    parserName: 'Pure',
    contentStart: 0,
    contentEnd: defaultEnd,
    contentLine: 1,
    isDefault: true,
    // when the text starts with a header, the prefix's line break is taken by that header token
    sourceInformation: engineRange(1, 0, PREFIX_HEADER_LENGTH, 0, defaultEnd, firstHeader?.at !== 0),
  });

  headers.forEach((h, k) => {
    const following = headers[k + 1];
    const contentEnd = following ? following.at - 1 : n;
    const parserName = code.slice(h.at + 3, h.nameEnd);
    const headerTokenLength = 1 + 3 + parserName.length;
    const startLine = h.line + 1; // the token starts at the '\n' ending the previous line (original line - 1, + 2)
    const startCol0 = h.prevLineCol < 0 ? PREFIX_HEADER_LENGTH - 1 : h.prevLineCol;
    slices.push({
      parserName,
      contentStart: h.nameEnd,
      contentEnd: Math.max(h.nameEnd, contentEnd),
      contentLine: h.line,
      isDefault: false,
      header: { line: h.line, startColumn: 1, endColumn: 3 + parserName.length },
      sourceInformation: engineRange(startLine, startCol0, headerTokenLength, h.nameEnd, Math.max(h.nameEnd, contentEnd), false),
    });
  });
  return slices;
}

export function computeLineStarts(code: string): number[] {
  const starts = [0];
  for (let i = code.indexOf('\n'); i >= 0; i = code.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}
