/**
 * Strings that match an ECMA-262 regular expression (JSON Schema `pattern`), for generated
 * positive cases. Supports literals, classes, escapes, groups, alternation, quantifiers and
 * backreferences; lookarounds and most Unicode property escapes are approximated, and the
 * caller verifies every sample with the real RegExp.
 */
import type { Rng } from './random.js';

type Range = [number, number];

type Node =
  | { t: 'chars'; ranges: Range[]; negated: boolean }
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; alts: Node[] }
  | { t: 'group'; body: Node; index: number | null; name: string | null }
  | { t: 'repeat'; body: Node; min: number; max: number }
  | { t: 'backref'; index: number | null; name: string | null }
  | { t: 'empty' };

export interface ParsedPattern {
  root: Node;
  /** True when the pattern uses features sampled only approximately (lookarounds, \p{…}). */
  approximate: boolean;
  /** Anchored with `$` at the end: padding the sample would break it. */
  endAnchored: boolean;
}

/** Characters we draw from for `.`, negated classes and complements: printable ASCII plus a few letters. */
const UNIVERSE: Range[] = [
  [0x20, 0x7e],
  [0xe9, 0xe9],
  [0xfc, 0xfc],
];
const DIGIT: Range[] = [[0x30, 0x39]];
const WORD: Range[] = [
  [0x30, 0x39],
  [0x41, 0x5a],
  [0x5f, 0x5f],
  [0x61, 0x7a],
];
const SPACE: Range[] = [
  [0x20, 0x20],
  [0x09, 0x09],
];
const LETTER: Range[] = [
  [0x41, 0x5a],
  [0x61, 0x7a],
  [0xe9, 0xe9],
];

class PatternSyntax extends Error {}

export function parsePattern(pattern: string): ParsedPattern | null {
  const p = new PatternParser(pattern);
  try {
    const root = p.alternation();
    if (p.i < pattern.length) return null;
    return { root, approximate: p.approximate, endAnchored: /(^|[^\\])\$$/.test(pattern) };
  } catch (e) {
    if (e instanceof PatternSyntax) return null;
    throw e;
  }
}

class PatternParser {
  i = 0;
  approximate = false;
  private groups = 0;
  constructor(private readonly s: string) {}

  alternation(): Node {
    const alts: Node[] = [this.sequence()];
    while (this.s[this.i] === '|') {
      this.i++;
      alts.push(this.sequence());
    }
    return alts.length === 1 ? alts[0]! : { t: 'alt', alts };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') {
      const atom = this.atom();
      items.push(this.quantified(atom));
    }
    return { t: 'seq', items };
  }

  private quantified(atom: Node): Node {
    const s = this.s;
    let min: number;
    let max: number;
    const c = s[this.i];
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(this.i));
      if (!m) return atom;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.i += m[0].length - 1;
    } else return atom;
    this.i++;
    if (s[this.i] === '?') this.i++;
    return { t: 'repeat', body: atom, min, max };
  }

  private atom(): Node {
    const s = this.s;
    const c = s[this.i]!;
    switch (c) {
      case '^':
      case '$':
        this.i++;
        return { t: 'empty' };
      case '.':
        this.i++;
        return { t: 'chars', ranges: [[0x0a, 0x0a], [0x0d, 0x0d]], negated: true };
      case '[':
        return this.charClass();
      case '(':
        return this.group();
      case '\\':
        return this.escape(false);
      default: {
        const cp = s.codePointAt(this.i)!;
        this.i += cp > 0xffff ? 2 : 1;
        return { t: 'chars', ranges: [[cp, cp]], negated: false };
      }
    }
  }

  private group(): Node {
    const s = this.s;
    this.i++;
    let index: number | null = null;
    let name: string | null = null;
    if (s.startsWith('?:', this.i)) this.i += 2;
    else if (s.startsWith('?=', this.i) || s.startsWith('?!', this.i) || s.startsWith('?<=', this.i) || s.startsWith('?<!', this.i)) {
      // Lookarounds constrain without consuming: skipped; the caller verifies the sample.
      this.approximate = true;
      this.i += s[this.i + 1] === '<' ? 3 : 2;
      this.alternation();
      if (s[this.i] !== ')') throw new PatternSyntax();
      this.i++;
      return { t: 'empty' };
    } else if (s.startsWith('?<', this.i)) {
      const m = /^\?<([A-Za-z_$][\w$]*)>/.exec(s.slice(this.i));
      if (!m) throw new PatternSyntax();
      name = m[1]!;
      index = ++this.groups;
      this.i += m[0].length;
    } else index = ++this.groups;
    const body = this.alternation();
    if (s[this.i] !== ')') throw new PatternSyntax();
    this.i++;
    return { t: 'group', body, index, name };
  }

  private charClass(): Node {
    const s = this.s;
    this.i++;
    let negated = false;
    if (s[this.i] === '^') {
      negated = true;
      this.i++;
    }
    const ranges: Range[] = [];
    while (this.i < s.length && s[this.i] !== ']') {
      const lo = this.classAtom();
      if (s[this.i] === '-' && s[this.i + 1] !== ']' && this.i + 1 < s.length && lo.single !== null) {
        this.i++;
        const hi = this.classAtom();
        if (hi.single === null) {
          ranges.push(...lo.ranges, [0x2d, 0x2d], ...hi.ranges);
        } else ranges.push([lo.single, hi.single]);
      } else ranges.push(...lo.ranges);
    }
    if (s[this.i] !== ']') throw new PatternSyntax();
    this.i++;
    return { t: 'chars', ranges, negated };
  }

  private classAtom(): { ranges: Range[]; single: number | null } {
    const s = this.s;
    if (s[this.i] === '\\') {
      const n = this.escape(true);
      if (n.t === 'chars' && !n.negated && n.ranges.length === 1 && n.ranges[0]![0] === n.ranges[0]![1]) return { ranges: n.ranges, single: n.ranges[0]![0] };
      if (n.t === 'chars') return { ranges: n.negated ? complement(n.ranges) : n.ranges, single: null };
      return { ranges: [], single: null };
    }
    const cp = s.codePointAt(this.i)!;
    this.i += cp > 0xffff ? 2 : 1;
    return { ranges: [[cp, cp]], single: cp };
  }

  private escape(inClass: boolean): Node {
    const s = this.s;
    this.i++;
    const c = s[this.i];
    if (c === undefined) throw new PatternSyntax();
    this.i++;
    const one = (cp: number): Node => ({ t: 'chars', ranges: [[cp, cp]], negated: false });
    switch (c) {
      case 'd':
        return { t: 'chars', ranges: DIGIT, negated: false };
      case 'D':
        return { t: 'chars', ranges: DIGIT, negated: true };
      case 'w':
        return { t: 'chars', ranges: WORD, negated: false };
      case 'W':
        return { t: 'chars', ranges: WORD, negated: true };
      case 's':
        return { t: 'chars', ranges: SPACE, negated: false };
      case 'S':
        return { t: 'chars', ranges: SPACE, negated: true };
      case 'b':
        return inClass ? one(8) : { t: 'empty' };
      case 'B':
        return { t: 'empty' };
      case 'n':
        return one(10);
      case 'r':
        return one(13);
      case 't':
        return one(9);
      case 'v':
        return one(11);
      case 'f':
        return one(12);
      case '0':
        return one(0);
      case 'c': {
        const l = s.charCodeAt(this.i++);
        return one(l % 32);
      }
      case 'x': {
        const h = s.slice(this.i, this.i + 2);
        if (!/^[0-9a-fA-F]{2}$/.test(h)) throw new PatternSyntax();
        this.i += 2;
        return one(parseInt(h, 16));
      }
      case 'u': {
        if (s[this.i] === '{') {
          const end = s.indexOf('}', this.i);
          if (end === -1) throw new PatternSyntax();
          const cp = parseInt(s.slice(this.i + 1, end), 16);
          this.i = end + 1;
          return one(cp);
        }
        const h = s.slice(this.i, this.i + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(h)) throw new PatternSyntax();
        this.i += 4;
        return one(parseInt(h, 16));
      }
      case 'p':
      case 'P': {
        const m = /^\{([^}]*)\}/.exec(s.slice(this.i));
        if (!m) throw new PatternSyntax();
        this.i += m[0].length;
        const prop = m[1]!.replace(/^(General_Category|gc)=/, '');
        let ranges: Range[];
        if (['L', 'Letter', 'Alphabetic', 'Alpha'].includes(prop)) ranges = LETTER;
        else if (['Lu', 'Uppercase_Letter', 'Uppercase', 'Upper'].includes(prop)) ranges = [[0x41, 0x5a]];
        else if (['Ll', 'Lowercase_Letter', 'Lowercase', 'Lower'].includes(prop)) ranges = [[0x61, 0x7a]];
        else if (['N', 'Nd', 'Number', 'Decimal_Number', 'digit'].includes(prop)) ranges = DIGIT;
        else {
          this.approximate = true;
          ranges = LETTER;
        }
        return { t: 'chars', ranges, negated: c === 'P' };
      }
      case 'k': {
        const m = /^<([A-Za-z_$][\w$]*)>/.exec(s.slice(this.i));
        if (!m) throw new PatternSyntax();
        this.i += m[0].length;
        return { t: 'backref', index: null, name: m[1]! };
      }
      default:
        if (/[1-9]/.test(c) && !inClass) {
          let digits = c;
          while (/[0-9]/.test(s[this.i] ?? '')) digits += s[this.i++];
          return { t: 'backref', index: Number(digits), name: null };
        }
        return one(c.codePointAt(0)!);
    }
  }
}

function complement(ranges: Range[]): Range[] {
  const out: Range[] = [];
  for (const [lo, hi] of UNIVERSE) {
    for (let cp = lo; cp <= hi; cp++) if (!ranges.some(([a, b]) => cp >= a && cp <= b)) out.push([cp, cp]);
  }
  return out;
}

const complements = new WeakMap<object, Range[]>();

function pickChar(node: { ranges: Range[]; negated: boolean }, rng: Rng): string | null {
  let ranges = node.ranges;
  if (node.negated) {
    ranges = complements.get(node) ?? complement(node.ranges);
    complements.set(node, ranges);
  }
  if (ranges.length === 0) return null;
  // Weight ranges by size, capped so one huge range does not drown the others.
  const weights = ranges.map(([a, b]) => Math.min(b - a + 1, 64));
  let r = rng.next() * weights.reduce((x, y) => x + y, 0);
  for (let k = 0; k < ranges.length; k++) {
    r -= weights[k]!;
    if (r < 0 || k === ranges.length - 1) {
      const [a, b] = ranges[k]!;
      return String.fromCodePoint(rng.int(a, Math.min(b, a + 0x10ffff)));
    }
  }
  return null;
}

/**
 * One sample of the pattern's language. `stretch` bounds unbounded repetition (`*`, `+`,
 * `{n,}`) to at most `min + stretch` iterations.
 */
export function samplePattern(parsed: ParsedPattern, rng: Rng, stretch: number): string | null {
  const captures = new Map<number | string, string>();
  let ok = true;
  const gen = (n: Node, depth: number): string => {
    if (!ok || depth > 200) {
      ok = false;
      return '';
    }
    switch (n.t) {
      case 'empty':
        return '';
      case 'chars': {
        const ch = pickChar(n, rng);
        if (ch === null) ok = false;
        return ch ?? '';
      }
      case 'seq':
        return n.items.map((x) => gen(x, depth + 1)).join('');
      case 'alt':
        return gen(rng.pick(n.alts), depth + 1);
      case 'group': {
        const text = gen(n.body, depth + 1);
        if (n.index !== null) captures.set(n.index, text);
        if (n.name !== null) captures.set(n.name, text);
        return text;
      }
      case 'repeat': {
        const max = n.max === Infinity ? n.min + stretch : Math.min(n.max, n.min + Math.max(stretch, 1) * 4);
        const count = rng.int(n.min, max);
        let out = '';
        for (let k = 0; k < count; k++) out += gen(n.body, depth + 1);
        return out;
      }
      case 'backref':
        return captures.get(n.index ?? n.name ?? '') ?? '';
    }
  };
  const s = gen(parsed.root, 0);
  return ok ? s : null;
}
