/**
 * GitHub Actions expressions (`${{ … }}`) found in YAML scalars, with exact source offsets,
 * and the context paths they read (pure). Quoted YAML scalars are decoded character by
 * character so an expression inside `'…'` or `"…"` still maps back to its columns.
 */
import type { Scalar } from 'yaml';
import type { YamlFile } from './yaml-file.js';

/** Scalar text decoded, with the source offset of every decoded character. */
export interface DecodedText {
  text: string;
  /** Source offset of decoded character `i` (clamped to the text). */
  offsetAt(i: number): number;
  /** Offset just past the scalar in the source. */
  end: number;
}

export function decodeScalar(file: YamlFile, scalar: Scalar): DecodedText {
  const range = scalar.range;
  if (!range) return { text: '', offsetAt: () => 0, end: 0 };
  const [start, end] = [range[0], Math.min(range[1], file.text.length)];
  const raw = file.text;
  if (scalar.type !== 'QUOTE_SINGLE' && scalar.type !== 'QUOTE_DOUBLE') {
    // Plain and block scalars: the source is the text (line folding only changes whitespace), so
    // offsets are a shift, computed without allocating. A block scalar's header line (`|`, `>-`,
    // maybe a comment) is not content.
    let from = start;
    if (scalar.type === 'BLOCK_LITERAL' || scalar.type === 'BLOCK_FOLDED') {
      const nl = raw.indexOf('\n', start);
      from = nl < 0 || nl >= end ? end : nl + 1;
    }
    const text = raw.slice(from, end);
    return { text, offsetAt: (i) => from + Math.max(0, Math.min(i, text.length - 1)), end };
  }
  const chars: string[] = [];
  const offsets: number[] = [];
  const push = (c: string, at: number): void => {
    chars.push(c);
    offsets.push(at);
  };
  if (scalar.type === 'QUOTE_SINGLE') {
    for (let i = start + 1; i < end - 1; i++) {
      if (raw[i] === "'" && raw[i + 1] === "'") {
        push("'", i);
        i++;
      } else push(raw[i]!, i);
    }
  } else {
    for (let i = start + 1; i < end - 1; i++) {
      if (raw[i] === '\\' && i + 1 < end - 1) {
        const n = raw[i + 1]!;
        if (n === '\n' || n === '\r') {
          i++;
          continue;
        }
        push(DOUBLE_ESCAPES[n] ?? n, i);
        i++;
      } else push(raw[i]!, i);
    }
  }
  return { text: chars.join(''), offsetAt: (i) => offsets[Math.max(0, Math.min(i, offsets.length - 1))] ?? start, end };
}

const DOUBLE_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '0': '\0', '"': '"', '\\': '\\', '/': '/', ' ': ' ' };

/** One `${{ … }}` occurrence. */
export interface Expression {
  /** The text between `${{` and `}}`. */
  inner: string;
  /** Source offset of `$` and just past the closing `}}`. */
  start: number;
  end: number;
  /** Source offset of character `i` of `inner`. */
  innerOffset(i: number): number;
  /** False when `}}` is missing (GitHub rejects the workflow). */
  closed: boolean;
}

/** Every `${{ … }}` in decoded scalar text; `}}` inside a '…' literal does not close. */
export function findExpressions(d: DecodedText): Expression[] {
  const out: Expression[] = [];
  const t = d.text;
  let i = t.indexOf('${{');
  while (i >= 0) {
    let j = i + 3;
    let inString = false;
    let close = -1;
    for (; j < t.length; j++) {
      const c = t[j];
      if (inString) {
        if (c === "'") {
          if (t[j + 1] === "'") j++;
          else inString = false;
        }
      } else if (c === "'") inString = true;
      else if (c === '}' && t[j + 1] === '}') {
        close = j;
        break;
      }
    }
    const innerStart = i + 3;
    const innerEnd = close >= 0 ? close : t.length;
    const lastIdx = close >= 0 ? close + 1 : t.length - 1;
    out.push({
      inner: t.slice(innerStart, innerEnd),
      start: d.offsetAt(i),
      end: d.offsetAt(Math.max(i, lastIdx)) + 1,
      innerOffset: (k) => d.offsetAt(innerStart + k),
      closed: close >= 0,
    });
    if (close < 0) break;
    i = t.indexOf('${{', close + 2);
  }
  return out;
}

/** A whole scalar treated as one expression (an `if:` without `${{ }}`). */
export function bareExpression(d: DecodedText): Expression {
  return {
    inner: d.text,
    start: d.offsetAt(0),
    end: d.offsetAt(d.text.length - 1) + 1,
    innerOffset: (k) => d.offsetAt(k),
    closed: true,
  };
}

type TokenKind = 'ident' | 'string' | 'number' | 'punct' | 'op' | 'other';
export interface Token {
  kind: TokenKind;
  text: string;
  /** For strings: the literal's value. */
  value?: string;
  start: number;
  end: number;
}

const IDENT = /[A-Za-z_][A-Za-z0-9_-]*/y;
const NUMBER = /-?(?:0x[0-9a-fA-F]+|\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/y;
const OPS = ['==', '!=', '<=', '>=', '&&', '||', '<', '>', '!'];

/** Tokens of an expression; never throws (unknown characters become `other`). */
export function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === "'") {
      let j = i + 1;
      let value = '';
      for (; j < src.length; j++) {
        if (src[j] === "'") {
          if (src[j + 1] === "'") {
            value += "'";
            j++;
          } else break;
        } else value += src[j];
      }
      out.push({ kind: 'string', text: src.slice(i, j + 1), value, start: i, end: Math.min(j + 1, src.length) });
      i = j + 1;
      continue;
    }
    IDENT.lastIndex = i;
    const id = IDENT.exec(src);
    if (id) {
      out.push({ kind: 'ident', text: id[0], start: i, end: i + id[0].length });
      i += id[0].length;
      continue;
    }
    NUMBER.lastIndex = i;
    const num = /[0-9-]/.test(c) ? NUMBER.exec(src) : null;
    if (num && num[0] !== '-') {
      out.push({ kind: 'number', text: num[0], start: i, end: i + num[0].length });
      i += num[0].length;
      continue;
    }
    const op = OPS.find((o) => src.startsWith(o, i));
    if (op) {
      out.push({ kind: 'op', text: op, start: i, end: i + op.length });
      i += op.length;
      continue;
    }
    out.push({ kind: '.[](),*'.includes(c) ? 'punct' : 'other', text: c, start: i, end: i + 1 });
    i++;
  }
  return out;
}

/** A context read such as `github.event.issue.title`, normalised. */
export interface ContextRef {
  /** Lower-cased segments; `*` for `.*`, `[*]`, array indexes and computed keys. */
  path: string[];
  /** Offsets in the expression's inner text [start, end). */
  start: number;
  end: number;
  /** Lower-cased name of the function this is a direct argument of, if any. */
  argumentOf?: string;
  /** Token index of that call's `(`. */
  callOpen?: number;
  /** Token indexes of the chain [first, last]. */
  tokens: [number, number];
}

const LITERAL_WORDS = new Set(['true', 'false', 'null']);

export function contextRefs(tokens: Token[]): ContextRef[] {
  const refs: ContextRef[] = [];
  const calls: Array<{ name?: string; open: number }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'punct' && t.text === '(') {
      const prev = tokens[i - 1];
      calls.push({ name: prev?.kind === 'ident' ? prev.text.toLowerCase() : undefined, open: i });
      continue;
    }
    if (t.kind === 'punct' && t.text === ')') {
      calls.pop();
      continue;
    }
    if (t.kind !== 'ident' || LITERAL_WORDS.has(t.text.toLowerCase())) continue;
    const before = tokens[i - 1];
    if (before && before.kind === 'punct' && before.text === '.') continue;
    const after = tokens[i + 1];
    if (after && after.kind === 'punct' && after.text === '(') continue; // a function name
    const path = [t.text.toLowerCase()];
    let j = i + 1;
    let last = i;
    while (j < tokens.length) {
      const a = tokens[j]!;
      const b = tokens[j + 1];
      if (a.kind === 'punct' && a.text === '.' && b && (b.kind === 'ident' || (b.kind === 'punct' && b.text === '*'))) {
        path.push(b.kind === 'ident' ? b.text.toLowerCase() : '*');
        last = j + 1;
        j += 2;
      } else if (a.kind === 'punct' && a.text === '[') {
        const close = matchingBracket(tokens, j);
        if (close < 0) break;
        const innerTokens = tokens.slice(j + 1, close);
        const only = innerTokens.length === 1 ? innerTokens[0]! : undefined;
        path.push(only?.kind === 'string' ? (only.value ?? '').toLowerCase() : '*');
        last = close;
        j = close + 1;
      } else break;
    }
    const call = calls[calls.length - 1];
    refs.push({ path, start: t.start, end: tokens[last]!.end, argumentOf: call?.name, callOpen: call?.open, tokens: [i, last] });
  }
  return refs;
}

function matchingBracket(tokens: Token[], open: number): number {
  return matching(tokens, open, '[', ']');
}

/** Index of the token closing the bracket opened at `open`, or -1. */
export function matching(tokens: Token[], open: number, o: string, c: string): number {
  let depth = 0;
  for (let k = open; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'punct') continue;
    if (t.text === o) depth++;
    else if (t.text === c && --depth === 0) return k;
  }
  return -1;
}

/** A context pattern such as `github.event.commits.*.message`, split and lower-cased. */
export function compilePattern(p: string): string[] {
  return p
    .toLowerCase()
    .split('.')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Whether `path` reads `pattern` exactly (or something inside it). `*` matches one segment. */
export function readsPattern(path: readonly string[], pattern: readonly string[]): boolean {
  if (path.length < pattern.length) return false;
  return pattern.every((seg, i) => seg === '*' || path[i] === '*' || path[i] === seg);
}

/** Whether `path` is a strict prefix of `pattern`: the whole object holding it is read. */
export function containsPattern(path: readonly string[], pattern: readonly string[]): boolean {
  if (path.length >= pattern.length) return false;
  return path.every((seg, i) => seg === '*' || pattern[i] === '*' || pattern[i] === seg);
}

/** Functions that serialise a whole object into text. */
export const SERIALISING_FUNCTIONS = new Set(['tojson', 'join', 'format']);

export function pathText(path: readonly string[]): string {
  return path.join('.');
}
