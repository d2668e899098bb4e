/**
 * Jupyter notebooks: the cells' source text, with a map from each cell offset back to the
 * notebook file's offset (through JSON string escapes), so findings land on notebook lines.
 * A small JSON reader that keeps positions; malformed JSON yields null, never an exception.
 */

interface JStr {
  t: 's';
  value: string;
  /** Offset of the opening quote in the file text. */
  start: number;
  end: number;
}
type JNode = JStr | { t: 'o'; entries: Array<[string, JNode]> } | { t: 'a'; items: JNode[] } | { t: 'v' };

class Reader {
  i = 0;
  constructor(readonly s: string) {}

  ws(): void {
    const s = this.s;
    while (this.i < s.length) {
      const c = s.charCodeAt(this.i);
      if (c === 32 || c === 9 || c === 10 || c === 13) this.i++;
      else break;
    }
  }

  value(depth: number): JNode {
    if (depth > 200) throw new Error('too deep');
    this.ws();
    const c = this.s[this.i];
    if (c === '{') return this.object(depth);
    if (c === '[') return this.array(depth);
    if (c === '"') return this.string();
    const m = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
    m.lastIndex = this.i;
    const hit = m.exec(this.s);
    if (!hit) throw new Error(`unexpected character at ${this.i}`);
    this.i += hit[0].length;
    return { t: 'v' };
  }

  object(depth: number): JNode {
    this.i++;
    const entries: Array<[string, JNode]> = [];
    this.ws();
    if (this.s[this.i] === '}') {
      this.i++;
      return { t: 'o', entries };
    }
    for (;;) {
      this.ws();
      if (this.s[this.i] !== '"') throw new Error(`expected a key at ${this.i}`);
      const key = this.string().value;
      this.ws();
      if (this.s[this.i] !== ':') throw new Error(`expected : at ${this.i}`);
      this.i++;
      entries.push([key, this.value(depth + 1)]);
      this.ws();
      const c = this.s[this.i++];
      if (c === '}') return { t: 'o', entries };
      if (c !== ',') throw new Error(`expected , or } at ${this.i - 1}`);
    }
  }

  array(depth: number): JNode {
    this.i++;
    const items: JNode[] = [];
    this.ws();
    if (this.s[this.i] === ']') {
      this.i++;
      return { t: 'a', items };
    }
    for (;;) {
      items.push(this.value(depth + 1));
      this.ws();
      const c = this.s[this.i++];
      if (c === ']') return { t: 'a', items };
      if (c !== ',') throw new Error(`expected , or ] at ${this.i - 1}`);
    }
  }

  string(): JStr {
    const start = this.i;
    const s = this.s;
    let k = start + 1;
    let simple = true;
    while (k < s.length) {
      const c = s.charCodeAt(k);
      if (c === 34) break;
      if (c === 92) {
        simple = false;
        k += 2;
        continue;
      }
      k++;
    }
    if (k >= s.length) throw new Error('unterminated string');
    const raw = s.slice(start, k + 1);
    this.i = k + 1;
    return { t: 's', value: simple ? raw.slice(1, -1) : (JSON.parse(raw) as string), start, end: k + 1 };
  }
}

function get(node: JNode | undefined, key: string): JNode | undefined {
  return node?.t === 'o' ? node.entries.find(([k]) => k === key)?.[1] : undefined;
}

function str(node: JNode | undefined): string | undefined {
  return node?.t === 's' ? node.value : undefined;
}

export interface NotebookCell {
  kind: 'code' | 'markdown';
  text: string;
  /** The JSON strings the text is made of, in order, with their offset in `text`. */
  parts: Array<{ at: number; node: JStr }>;
}

export interface Notebook {
  language: string;
  cells: NotebookCell[];
}

export function readNotebook(text: string): Notebook | null {
  let root: JNode;
  try {
    const r = new Reader(text);
    root = r.value(0);
  } catch {
    return null;
  }
  const meta = get(root, 'metadata');
  const language = (str(get(get(meta, 'kernelspec'), 'language')) ?? str(get(get(meta, 'language_info'), 'name')) ?? 'python').toLowerCase();
  const cellsNode = get(root, 'cells');
  if (cellsNode?.t !== 'a') return null;
  const cells: NotebookCell[] = [];
  for (const cell of cellsNode.items) {
    const type = str(get(cell, 'cell_type'));
    if (type !== 'code' && type !== 'markdown') continue;
    const source = get(cell, 'source');
    const nodes: JStr[] = source?.t === 's' ? [source] : source?.t === 'a' ? source.items.filter((n): n is JStr => n.t === 's') : [];
    const parts: NotebookCell['parts'] = [];
    let at = 0;
    for (const node of nodes) {
      parts.push({ at, node });
      at += node.value.length;
    }
    cells.push({ kind: type, text: nodes.map((n) => n.value).join(''), parts });
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
  let k = part.node.start + 1;
  let decoded = 0;
  while (decoded < want && k < part.node.end - 1) {
    if (fileText.charCodeAt(k) === 92) {
      const e = fileText[k + 1];
      // `\uXXXX` is one UTF-16 unit (a surrogate pair is two escapes); others are one character.
      k += e === 'u' ? 6 : 2;
      decoded++;
    } else {
      k++;
      decoded++;
    }
  }
  return k;
}
