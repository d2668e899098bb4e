/**
 * A YAML file parsed once, with positions: the `yaml` Document API plus a LineCounter, so
 * every node maps back to an exact 1-based line and column (pure).
 */
import { yamlNestingProblem } from '../../core/yaml-guard.js';
import { LineCounter, isAlias, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Location } from '../../core/types.js';

export interface YamlFile {
  path: string;
  text: string;
  lc: LineCounter;
  doc: Document.Parsed;
  /** Syntax errors and warnings of the parse, with positions. */
  errors: YamlProblem[];
}

export interface YamlProblem {
  message: string;
  offset: number;
  endOffset: number;
}

export function parseYamlFile(path: string, text: string): YamlFile {
  const lc = new LineCounter();
  const tooDeep = yamlNestingProblem(text);
  if (tooDeep) {
    lc.addNewLine(0);
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lc.addNewLine(i + 1);
    const offset = tooDeep.offset;
    return { path, text, lc, doc: parseDocument(''), errors: [{ message: tooDeep.message, offset, endOffset: offset + 1 }] };
  }
  // uniqueKeys: GitHub rejects duplicate keys too. prettyErrors off: we format positions ourselves.
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true, keepSourceTokens: false });
  // An error reported at the end of the file (an unclosed quote or bracket) points at the last
  // character instead, so the location exists in the file.
  const last = Math.max(0, text.trimEnd().length - 1);
  const errors: YamlProblem[] = doc.errors.map((e) => {
    const offset = Math.min(clamp(e.pos[0], text.length), last);
    return { message: firstLine(e.message), offset, endOffset: Math.max(offset + 1, Math.min(clamp(e.pos[1], text.length), last + 1)) };
  });
  return { path, text, lc, doc, errors };
}

function firstLine(s: string): string {
  return (s.split('\n')[0] ?? s).replace(/ at line \d+, column \d+:?$/, '').trim();
}

function clamp(n: number, len: number): number {
  return Math.max(0, Math.min(n, len));
}

/** Follows aliases (`*anchor`) to the node they stand for; null for missing nodes. */
export function deref(file: YamlFile, node: unknown, depth = 0): Node | null {
  if (node === null || node === undefined) return null;
  if (isAlias(node)) {
    if (depth > 20) return null;
    return deref(file, node.resolve(file.doc), depth + 1);
  }
  return node as Node;
}

export function asMap(file: YamlFile, node: unknown): YAMLMap | null {
  const n = deref(file, node);
  return isMap(n) ? n : null;
}

export function asSeq(file: YamlFile, node: unknown): YAMLSeq | null {
  const n = deref(file, node);
  return isSeq(n) ? n : null;
}

export function asScalar(file: YamlFile, node: unknown): Scalar | null {
  const n = deref(file, node);
  return isScalar(n) ? n : null;
}

/** The string value of a scalar (numbers and booleans as text), else undefined. */
export function scalarText(file: YamlFile, node: unknown): string | undefined {
  const s = asScalar(file, node);
  if (!s || s.value === null || s.value === undefined) return undefined;
  return typeof s.value === 'string' ? s.value : String(s.value);
}

export interface Entry {
  pair: Pair;
  key: Scalar;
  keyText: string;
  /** The value, aliases resolved. */
  value: Node | null;
}

/** Entries of a mapping with scalar keys, in source order. */
export function entries(file: YamlFile, map: YAMLMap | null): Entry[] {
  if (!map) return [];
  const out: Entry[] = [];
  for (const item of map.items) {
    if (!isPair(item)) continue;
    const key = asScalar(file, item.key);
    if (!key || key.value === null || key.value === undefined) continue;
    out.push({ pair: item, key, keyText: String(key.value), value: deref(file, item.value) });
  }
  return out;
}

/** The entry for `key` (exact, or case-insensitive when `nocase`); no allocation on a miss. */
export function entry(file: YamlFile, map: YAMLMap | null, key: string, nocase = false): Entry | undefined {
  if (!map) return undefined;
  const want = nocase ? key.toLowerCase() : key;
  for (const item of map.items) {
    if (!isPair(item)) continue;
    const k = item.key;
    const raw = isScalar(k) ? k.value : isAlias(k) ? asScalar(file, k)?.value : undefined;
    if (raw === null || raw === undefined) continue;
    const text = String(raw);
    if ((nocase ? text.toLowerCase() : text) !== want) continue;
    return { pair: item, key: asScalar(file, k)!, keyText: text, value: deref(file, item.value) };
  }
  return undefined;
}

/** [start, end) source offsets of a node, trailing whitespace excluded. */
export function nodeSpan(file: YamlFile, node: Node | Pair | null | undefined): [number, number] {
  const range = (node as Node | null)?.range;
  if (!range) return [0, Math.min(1, file.text.length)];
  let end = Math.min(range[1], file.text.length);
  const start = Math.min(range[0], end);
  while (end > start + 1 && /\s/.test(file.text[end - 1]!)) end--;
  return [start, Math.max(end, start + 1)];
}

/** A 1-based location for source offsets [start, end); endColumn inclusive. */
export function spanLocation(file: YamlFile, start: number, end: number): Location {
  const s = file.lc.linePos(start);
  const e = file.lc.linePos(Math.max(start, end - 1));
  return { path: file.path, startLine: s.line, startColumn: s.col, endLine: e.line, endColumn: e.col };
}

export function nodeLocation(file: YamlFile, node: Node | null | undefined): Location {
  const [s, e] = nodeSpan(file, node);
  return spanLocation(file, s, e);
}

/** The text of the source line holding `offset` (for snippets), capped. */
export function lineText(file: YamlFile, offset: number, max = 300): string {
  const start = offset <= 0 ? 0 : file.text.lastIndexOf('\n', offset - 1) + 1;
  let end = file.text.indexOf('\n', offset);
  if (end < 0) end = file.text.length;
  const line = file.text.slice(start, end).replace(/\r$/, '');
  return line.length > max ? `${line.slice(0, max)}…` : line;
}
