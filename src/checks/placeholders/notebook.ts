/**
 * Jupyter notebooks: the cells' source text, with a map from each cell offset back to the
 * notebook file's offset (through JSON string escapes), so findings land on notebook lines.
 * Read with the project's positioned JSON parser; malformed JSON yields null, never an exception.
 */
import { parseJsonWithPositions, type PosNode } from '../contracts/json-parse.js';

/** One JSON string of a cell's source. */
interface SourcePart {
  /** Offset of its text in the cell's text. */
  at: number;
  /** Offsets of its opening quote and past its closing quote in the file text. */
  start: number;
  end: number;
}

export interface NotebookCell {
  kind: 'code' | 'markdown';
  text: string;
  /** The JSON strings the text is made of, in order. */
  parts: SourcePart[];
}

export interface Notebook {
  language: string;
  cells: NotebookCell[];
}

export function readNotebook(text: string): Notebook | null {
  const parsed = parseJsonWithPositions(text);
  if (!parsed.ok) return null;
  const get = (node: PosNode | undefined, key: string): PosNode | undefined => node?.entries?.get(key);
  const str = (node: PosNode | undefined): string | undefined => (node?.kind === 'string' ? (JSON.parse(text.slice(node.start, node.end)) as string) : undefined);
  const root = parsed.root;
  const meta = get(root, 'metadata');
  const language = (str(get(get(meta, 'kernelspec'), 'language')) ?? str(get(get(meta, 'language_info'), 'name')) ?? 'python').toLowerCase();
  const cellsNode = get(root, 'cells');
  if (cellsNode?.kind !== 'array') return null;
  const cells: NotebookCell[] = [];
  for (const cell of cellsNode.items ?? []) {
    const kind = str(get(cell, 'cell_type'));
    if (kind !== 'code' && kind !== 'markdown') continue;
    const source = get(cell, 'source');
    const strings = source?.kind === 'string' ? [source] : (source?.items ?? []).filter((n) => n.kind === 'string');
    const parts: SourcePart[] = [];
    let cellText = '';
    for (const node of strings) {
      parts.push({ at: cellText.length, start: node.start, end: node.end });
      cellText += str(node)!;
    }
    cells.push({ kind, text: cellText, parts });
  }
  return { language, cells };
}

/** File offset of `offset` in a cell's text (through the JSON escapes of its string). */
export function fileOffset(fileText: string, cell: NotebookCell, offset: number): number {
  let part = cell.parts[0];
  for (const p of cell.parts) {
    if (p.at <= offset) part = p;
    else break;
  }
  if (!part) return 0;
  const want = offset - part.at;
  let k = part.start + 1;
  let decoded = 0;
  while (decoded < want && k < part.end - 1) {
    // `\uXXXX` is one UTF-16 unit (a surrogate pair is two escapes); others are one character.
    k += fileText.charCodeAt(k) === 92 ? (fileText[k + 1] === 'u' ? 6 : 2) : 1;
    decoded++;
  }
  return k;
}
