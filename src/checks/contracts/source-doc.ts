/**
 * Schema and example files parsed with positions: JSON through our own parser, YAML through
 * `yaml`'s AST, both into the same {@link PosNode} tree so JSON pointers map to lines (pure).
 */
import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import { yamlNestingProblem } from '../../core/yaml-guard.js';
import type { Location } from '../../core/types.js';
import { sha256Hex } from '../../data-pack.js';
import { parseJsonWithPositions, type PosNode } from './json-parse.js';
import { LineIndex } from './line-index.js';
import { decodeText } from './text-decode.js';

export interface SourceDoc {
  path: string;
  format: 'json' | 'yaml';
  text: string;
  lines: LineIndex;
  value: unknown;
  root: PosNode;
  /** sha256 (hex) of the file's bytes. */
  sha256: string;
}

/** Why a file could not be read as JSON/YAML, with the exact position. */
export interface SourceProblem {
  path: string;
  message: string;
  line: number;
  column: number;
}

export type SourceResult = { ok: true; doc: SourceDoc } | { ok: false; problem: SourceProblem };

export function isYamlPath(path: string): boolean {
  return /\.ya?ml$/i.test(path);
}

export function parseSource(path: string, bytes: Buffer, maxBytes = Number.POSITIVE_INFINITY): SourceResult {
  if (bytes.length > maxBytes) {
    return {
      ok: false,
      problem: { path, line: 1, column: 1, message: `the file is ${bytes.length} bytes, over the ${maxBytes}-byte limit (checks.contracts.maxFileBytes)` },
    };
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, problem: { path, line: decoded.line, column: decoded.column, message: decoded.message } };
  const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
  const lines = new LineIndex(text);
  const digest = sha256Hex(bytes);
  if (isYamlPath(path)) return parseYaml(path, text, lines, digest);
  const r = parseJsonWithPositions(text);
  if (!r.ok) {
    const { line, column } = lines.at(r.offset);
    return { ok: false, problem: { path, line, column, message: `invalid JSON: ${r.message}` } };
  }
  return { ok: true, doc: { path, format: 'json', text, lines, value: r.value, root: r.root, sha256: digest } };
}

function parseYaml(path: string, text: string, lines: LineIndex, digest: string): SourceResult {
  const tooDeep = yamlNestingProblem(text);
  if (tooDeep) {
    const { line, column } = lines.at(tooDeep.offset);
    return { ok: false, problem: { path, line, column, message: `invalid YAML: ${tooDeep.message}` } };
  }
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, schema: 'core' });
  const err = doc.errors[0];
  if (err) {
    const { line, column } = lines.at(err.pos[0]);
    return { ok: false, problem: { path, line, column, message: `invalid YAML: ${err.message.split('\n')[0]!.trim()}` } };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    return { ok: false, problem: { path, line: 1, column: 1, message: `invalid YAML: ${(e as Error).message}` } };
  }
  const root = yamlToPos(doc, doc.contents as Node | null, 0) ?? { kind: 'null', start: 0, end: 0 };
  return { ok: true, doc: { path, format: 'yaml', text, lines, value, root, sha256: digest } };
}

function yamlToPos(doc: Document.Parsed, node: Node | null | undefined, depth: number): PosNode | undefined {
  if (!node || depth > 512) return undefined;
  if (isAlias(node)) {
    const target = node.resolve(doc);
    const inner = yamlToPos(doc, target as Node | undefined, depth + 1);
    const [start, end] = node.range ?? [0, 0];
    return inner ? { ...inner, start, end } : undefined;
  }
  const [start, end] = node.range ?? [0, 0];
  if (isMap(node)) {
    const entries = new Map<string, PosNode>();
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const keyNode = pair.key as Node | null;
      const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
      const child = yamlToPos(doc, pair.value as Node | null, depth + 1) ?? {
        kind: 'null' as const,
        start: keyNode?.range?.[1] ?? start,
        end: keyNode?.range?.[1] ?? start,
      };
      if (keyNode?.range) {
        child.keyStart = keyNode.range[0];
        child.keyEnd = keyNode.range[1];
      }
      entries.delete(key);
      entries.set(key, child);
    }
    return { kind: 'object', start, end, entries };
  }
  if (isSeq(node)) {
    const items: PosNode[] = [];
    for (const it of node.items) items.push(yamlToPos(doc, it as Node, depth + 1) ?? { kind: 'null', start, end: start });
    return { kind: 'array', start, end, items };
  }
  if (isScalar(node)) {
    const v = node.value;
    const kind = v === null ? 'null' : typeof v === 'string' ? 'string' : typeof v === 'boolean' ? 'boolean' : 'number';
    return { kind, start, end };
  }
  return undefined;
}

/** The deepest node along `segments` and how many segments it consumed. */
export function nodeAt(root: PosNode, segments: readonly string[]): { node: PosNode; depth: number } {
  let node = root;
  let depth = 0;
  for (const seg of segments) {
    let next: PosNode | undefined;
    if (node.entries) next = node.entries.get(seg);
    else if (node.items && /^(0|[1-9]\d*)$/.test(seg)) next = node.items[Number(seg)];
    if (!next) break;
    node = next;
    depth++;
  }
  return { node, depth };
}

/**
 * Location of the value at `segments` (or of the deepest existing ancestor). A member starts
 * at its key, so the annotation lands on the `"name": …` line; it spans the value when the
 * value ends on that line, else just the key.
 */
export function locate(doc: SourceDoc, segments: readonly string[]): Location {
  return spanLocation(doc, nodeAt(doc.root, segments).node);
}

export function spanLocation(doc: SourceDoc, node: PosNode): Location {
  const start = node.keyStart ?? node.start;
  const s = doc.lines.at(start);
  let endOffset = Math.max(start, node.end - 1);
  let e = doc.lines.at(endOffset);
  if (e.line !== s.line) {
    endOffset = Math.max(start, (node.keyEnd ?? node.start + 1) - 1);
    e = doc.lines.at(endOffset);
  }
  return { path: doc.path, startLine: s.line, startColumn: s.column, endLine: e.line, endColumn: e.column };
}

/** Location of a single point (a syntax error). */
export function pointLocation(problem: SourceProblem): Location {
  return { path: problem.path, startLine: problem.line, startColumn: problem.column, endLine: problem.line, endColumn: problem.column };
}
