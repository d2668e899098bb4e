/**
 * A strict JSON parser (RFC 8259) that keeps the position of every value and key, so
 * findings can point at exact lines, and syntax errors name their exact offset (pure).
 */

export type NodeKind = 'object' | 'array' | 'string' | 'number' | 'boolean' | 'null';

/** A parsed value with its source span; offsets are UTF-16 indices, `end` exclusive. */
export interface PosNode {
  kind: NodeKind;
  start: number;
  end: number;
  /** Span of the member key when this node is an object member's value. */
  keyStart?: number;
  keyEnd?: number;
  /** Object members by key (the last duplicate wins, as with JSON.parse). */
  entries?: Map<string, PosNode>;
  /** Array items. */
  items?: PosNode[];
}

export type JsonParseResult =
  | { ok: true; value: unknown; root: PosNode }
  | { ok: false; message: string; offset: number };

/** Deeper nesting is refused (a clear error instead of a stack overflow). */
export const MAX_JSON_DEPTH = 512;

class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

export function parseJsonWithPositions(text: string): JsonParseResult {
  const p = new Parser(text);
  try {
    p.skipWs();
    const { value, node } = p.value(0);
    p.skipWs();
    if (p.i < text.length) throw new JsonSyntaxError(`unexpected ${p.describe()} after the JSON value`, p.i);
    return { ok: true, value, root: node };
  } catch (e) {
    if (e instanceof JsonSyntaxError) return { ok: false, message: e.message, offset: e.offset };
    throw e;
  }
}

/** Sets a key on a plain object without invoking the `__proto__` setter. */
export function setOwn(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else obj[key] = value;
}

class Parser {
  i = 0;
  constructor(private readonly s: string) {
    if (s.charCodeAt(0) === 0xfeff) this.i = 1;
  }

  skipWs(): void {
    const s = this.s;
    while (this.i < s.length) {
      const c = s.charCodeAt(this.i);
      if (c === 32 || c === 9 || c === 10 || c === 13) this.i++;
      else break;
    }
  }

  describe(): string {
    if (this.i >= this.s.length) return 'end of input';
    const cp = this.s.codePointAt(this.i)!;
    const ch = String.fromCodePoint(cp);
    return cp < 32 ? `control character U+${cp.toString(16).padStart(4, '0').toUpperCase()}` : `'${ch}'`;
  }

  value(depth: number): { value: unknown; node: PosNode } {
    if (depth > MAX_JSON_DEPTH) throw new JsonSyntaxError(`nesting deeper than ${MAX_JSON_DEPTH} levels`, this.i);
    const s = this.s;
    const start = this.i;
    const c = s[this.i];
    switch (c) {
      case '{':
        return this.object(depth);
      case '[':
        return this.array(depth);
      case '"': {
        const value = this.string();
        return { value, node: { kind: 'string', start, end: this.i } };
      }
      case 't':
      case 'f':
      case 'n': {
        for (const [word, v] of [['true', true], ['false', false], ['null', null]] as const) {
          if (s.startsWith(word, this.i)) {
            this.i += word.length;
            return { value: v, node: { kind: v === null ? 'null' : 'boolean', start, end: this.i } };
          }
        }
        throw new JsonSyntaxError(`unexpected ${this.describe()}: expected a JSON value (did you mean true, false or null?)`, this.i);
      }
      default:
        if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return this.number();
        if (c === undefined) throw new JsonSyntaxError('unexpected end of input: expected a JSON value', this.i);
        if (c === "'") throw new JsonSyntaxError("unexpected ''': JSON strings use double quotes", this.i);
        if (c === '/') throw new JsonSyntaxError("unexpected '/': JSON does not allow comments", this.i);
        throw new JsonSyntaxError(`unexpected ${this.describe()}: expected a JSON value`, this.i);
    }
  }

  private object(depth: number): { value: unknown; node: PosNode } {
    const s = this.s;
    const start = this.i++;
    const value: Record<string, unknown> = {};
    const entries = new Map<string, PosNode>();
    this.skipWs();
    if (s[this.i] === '}') {
      this.i++;
      return { value, node: { kind: 'object', start, end: this.i, entries } };
    }
    for (;;) {
      this.skipWs();
      if (s[this.i] !== '"') {
        const hint = s[this.i] === '}' ? ' (JSON does not allow a trailing comma)' : '';
        throw new JsonSyntaxError(`unexpected ${this.describe()}: expected a property name in double quotes${hint}`, this.i);
      }
      const keyStart = this.i;
      const key = this.string();
      const keyEnd = this.i;
      this.skipWs();
      if (s[this.i] !== ':') throw new JsonSyntaxError(`unexpected ${this.describe()}: expected ':' after property name "${key}"`, this.i);
      this.i++;
      this.skipWs();
      const member = this.value(depth + 1);
      member.node.keyStart = keyStart;
      member.node.keyEnd = keyEnd;
      setOwn(value, key, member.value);
      entries.delete(key);
      entries.set(key, member.node);
      this.skipWs();
      const c = s[this.i];
      if (c === ',') {
        this.i++;
        continue;
      }
      if (c === '}') {
        this.i++;
        return { value, node: { kind: 'object', start, end: this.i, entries } };
      }
      throw new JsonSyntaxError(`unexpected ${this.describe()}: expected ',' or '}' after the value of "${key}"`, this.i);
    }
  }

  private array(depth: number): { value: unknown; node: PosNode } {
    const s = this.s;
    const start = this.i++;
    const value: unknown[] = [];
    const items: PosNode[] = [];
    this.skipWs();
    if (s[this.i] === ']') {
      this.i++;
      return { value, node: { kind: 'array', start, end: this.i, items } };
    }
    for (;;) {
      this.skipWs();
      if (s[this.i] === ']') throw new JsonSyntaxError("unexpected ']': JSON does not allow a trailing comma", this.i);
      const item = this.value(depth + 1);
      value.push(item.value);
      items.push(item.node);
      this.skipWs();
      const c = s[this.i];
      if (c === ',') {
        this.i++;
        continue;
      }
      if (c === ']') {
        this.i++;
        return { value, node: { kind: 'array', start, end: this.i, items } };
      }
      throw new JsonSyntaxError(`unexpected ${this.describe()}: expected ',' or ']' after an array item`, this.i);
    }
  }

  private string(): string {
    const s = this.s;
    const open = this.i++;
    let out = '';
    let chunk = this.i;
    for (;;) {
      if (this.i >= s.length) throw new JsonSyntaxError('unterminated string: add the closing double quote', open);
      const c = s.charCodeAt(this.i);
      if (c === 34) {
        out += s.slice(chunk, this.i);
        this.i++;
        return out;
      }
      if (c < 32) throw new JsonSyntaxError(`${this.describe()} inside a string: escape it (e.g. \\n)`, this.i);
      if (c !== 92) {
        this.i++;
        continue;
      }
      out += s.slice(chunk, this.i);
      const esc = s[this.i + 1];
      switch (esc) {
        case '"':
        case '\\':
        case '/':
          out += esc;
          this.i += 2;
          break;
        case 'b':
          out += '\b';
          this.i += 2;
          break;
        case 'f':
          out += '\f';
          this.i += 2;
          break;
        case 'n':
          out += '\n';
          this.i += 2;
          break;
        case 'r':
          out += '\r';
          this.i += 2;
          break;
        case 't':
          out += '\t';
          this.i += 2;
          break;
        case 'u': {
          const hex = s.slice(this.i + 2, this.i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new JsonSyntaxError('invalid \\u escape: expected four hex digits', this.i);
          out += String.fromCharCode(parseInt(hex, 16));
          this.i += 6;
          break;
        }
        default:
          throw new JsonSyntaxError(`invalid escape '\\${esc ?? ''}' in a string`, this.i);
      }
      chunk = this.i;
    }
  }

  private number(): { value: unknown; node: PosNode } {
    const s = this.s;
    const start = this.i;
    const m = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    m.lastIndex = start;
    const hit = m.exec(s);
    if (!hit || hit[0] === '-') throw new JsonSyntaxError(`invalid number: expected a digit after '-'`, start + 1);
    this.i = start + hit[0].length;
    const next = s[this.i];
    if (next !== undefined && /[0-9.eE+\-xXa-zA-Z]/.test(next)) {
      throw new JsonSyntaxError(`invalid number '${s.slice(start, this.i + 1)}': JSON numbers have no leading zeros, hex or trailing dots`, this.i);
    }
    return { value: Number(hit[0]), node: { kind: 'number', start, end: this.i } };
  }
}
