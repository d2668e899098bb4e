/** YAML parsed with positions, so every config error can name file:line:column (pure). */
import { yamlNestingProblem } from '../core/yaml-guard.js';
import { LineCounter, parseDocument, isMap, isSeq, isPair, isScalar, type Document, type Node } from 'yaml';

export interface Position {
  line: number;
  column: number;
}

export interface YamlSource {
  file: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** Plain JS value of the document. */
  value: unknown;
  /** Syntax errors, already formatted `file:line:col: message`. */
  errors: string[];
}

export function parseYamlSource(file: string, text: string): YamlSource {
  const lineCounter = new LineCounter();
  const tooDeep = yamlNestingProblem(text);
  if (tooDeep) {
    const lines = text.slice(0, tooDeep.offset).split('\n');
    return {
      file,
      doc: parseDocument('', { lineCounter }),
      lineCounter,
      value: null,
      errors: [`${file}:${lines.length}:${lines[lines.length - 1]!.length + 1}: YAML syntax error: ${tooDeep.message}`],
    };
  }
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const errors = doc.errors.map((e) => {
    const pos = lineCounter.linePos(e.pos[0]);
    return `${file}:${pos.line}:${pos.col}: YAML syntax error: ${firstLine(e.message)}`;
  });
  let value: unknown = null;
  if (errors.length === 0) value = doc.toJS({ maxAliasCount: 100 });
  return { file, doc, lineCounter, value, errors };
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.trim();
}

/**
 * Position of the value at `path` (or of its key when `key` is true, for unknown-key errors);
 * falls back to the nearest existing ancestor, then to 1:1.
 */
export function positionOf(src: YamlSource, path: ReadonlyArray<PropertyKey>, key = false): Position {
  let node: unknown = src.doc.contents;
  let best: Position = { line: 1, column: 1 };
  const at = (n: unknown): void => {
    const range = (n as Node | null)?.range;
    if (range) {
      const p = src.lineCounter.linePos(range[0]);
      best = { line: p.line, column: p.col };
    }
  };
  at(node);
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((it) => isPair(it) && isScalar(it.key) && String(it.key.value) === String(seg));
      if (!pair) return best;
      if (last && key) {
        at(pair.key);
        return best;
      }
      node = pair.value;
      at(pair.value ?? pair.key);
    } else if (isSeq(node) && typeof seg === 'number') {
      node = node.items[seg];
      if (node === undefined) return best;
      at(node);
    } else {
      return best;
    }
  }
  return best;
}
