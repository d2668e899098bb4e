/**
 * A table-driven lexer that finds comment and string spans, driven by rules/languages.yaml.
 * It never throws and always terminates: every step advances, unterminated constructs end at
 * the end of the range, and single-line ones at the end of their line.
 *
 * Output is a flat list of spans `[kind, start, end, kind, start, end, ...]` in text order,
 * offsets in UTF-16 code units of the decoded text. Everything outside a span is code.
 */
import type { BlockCommentSpec, HeredocSpec, IslandSpec, LanguageSpec, LineCommentSpec, QuoteLikeSpec, StringSpec } from './spec.js';

export const COMMENT = 1;
export const STRING = 2;
/** A statement-level string (Python docstring): a comment or a string by option. */
export const DOC = 3;

const NL = 10;
const BACKSLASH = 92;

// ---------------------------------------------------------------------------------------------
// Compiled form
// ---------------------------------------------------------------------------------------------

interface StringRt {
  close: string;
  close0: number;
  escape: number; // -1: none
  doubled: boolean;
  multiline: boolean;
  interp: string | null;
  interp0: number;
  interpDoubled: boolean;
  /** Bracket counted inside the interpolation and the one that ends it. */
  interpOpenChar: number;
  interpCloseChar: number;
  closeLineStart: boolean;
}

type Opener =
  | { t: 'line'; token: string; where: 0 | 1 | 2; after: string; notAfter: string; notBefore: string }
  | { t: 'block'; open: string; close: string; nests: boolean; lineStart: boolean; leveled: boolean }
  | { t: 'string'; token: string; prefixLen: number; s: StringRt; char: boolean; notAfterIdent: boolean; lineStart: boolean; openAfter: string | null; doc: boolean }
  | { t: 'raw-hashes'; prefix: string; quote: string; minHashes: number }
  | { t: 'raw-cpp'; prefix: string }
  | { t: 'raw-leveled'; prefix: string }
  | { t: 'heredoc'; h: HeredocSpec }
  | { t: 'quote'; re: RegExp; parts: number; expression: boolean; exclude: string }
  | { t: 'regex' }
  | { t: 'island'; spec: IslandSpec; lower: string; closeRe: RegExp | null }
  | { t: 'end'; token: string }
  | { t: 'escape' };

export interface CompiledLanguage {
  id: string;
  spec: LanguageSpec;
  /** Openers by first character code (ASCII only; other characters never open anything). */
  table: Array<Opener[] | undefined>;
  regexAfterWords: Set<string>;
  docstrings: boolean;
  /** Finds the next character that can matter in code (a `g` regex, used with `test`). */
  jump: RegExp;
  /** Resolves island language ids (set by the {@link LanguageIndex} that compiled it). */
  resolve: (id: string) => CompiledLanguage | undefined;
}

const PRIORITY: Record<Opener['t'], number> = {
  island: 0,
  end: 1,
  block: 2,
  'raw-hashes': 3,
  'raw-cpp': 3,
  'raw-leveled': 3,
  string: 4,
  heredoc: 5,
  quote: 6,
  line: 7,
  regex: 8,
  escape: 9,
};

function openerLength(o: Opener): number {
  switch (o.t) {
    case 'line':
      return o.token.length;
    case 'block':
      return o.open.length;
    case 'string':
      return o.token.length;
    case 'raw-hashes':
      return o.prefix.length + o.quote.length;
    case 'raw-cpp':
    case 'raw-leveled':
      return o.prefix.length + 1;
    case 'heredoc':
      return o.h.opener.length;
    case 'island':
      return o.spec.open.length;
    case 'end':
      return o.token.length;
    default:
      return 1;
  }
}

function caseVariants(s: string): string[] {
  let out = [''];
  for (const ch of s) {
    const lo = ch.toLowerCase();
    const up = ch.toUpperCase();
    out = out.flatMap((p) => (lo === up ? [p + ch] : [p + lo, p + up]));
  }
  return out;
}

function stringRt(s: StringSpec): StringRt {
  const close = s.close ?? s.open;
  const interp = s.interpolation ?? null;
  const openChar = interp ? interp.charCodeAt(interp.length - 1) : -1;
  const closeChar = openChar === 123 ? 125 : openChar === 40 ? 41 : openChar === 91 ? 93 : -1;
  return {
    close,
    close0: close.charCodeAt(0),
    escape: s.escape === null ? -1 : (s.escape ?? '\\').charCodeAt(0),
    doubled: s.doubled ?? false,
    multiline: s.multiline ?? false,
    interp,
    interp0: interp ? interp.charCodeAt(0) : -1,
    interpDoubled: s.interpolationDoubled ?? false,
    interpOpenChar: openChar,
    interpCloseChar: closeChar,
    closeLineStart: s.closeLineStart ?? false,
  };
}

const WHERE: Record<string, 0 | 1 | 2> = { anywhere: 0, 'word-start': 1, 'line-start': 2 };

export function compileLanguage(spec: LanguageSpec): CompiledLanguage {
  const openers: Opener[] = [];
  for (const l of spec.lineComments ?? []) openers.push(lineOpener(l));
  for (const b of spec.blockComments ?? []) openers.push(blockOpener(b));
  for (const s of spec.strings ?? []) openers.push(...stringOpeners(s));
  for (const h of spec.heredocs ?? []) openers.push({ t: 'heredoc', h });
  for (const q of spec.quoteLike ?? []) openers.push(quoteOpener(q));
  if (spec.regexLiterals) openers.push({ t: 'regex' });
  for (const i of spec.islands ?? []) openers.push(islandOpener(i));
  for (const e of spec.endMarkers ?? []) openers.push({ t: 'end', token: e });
  if (spec.codeEscape) openers.push({ t: 'escape' });

  const table: Array<Opener[] | undefined> = new Array(128).fill(undefined);
  const add = (c: number, o: Opener): void => {
    if (c < 0 || c >= 128) return;
    (table[c] ??= []).push(o);
  };
  for (const o of openers) {
    for (const c of firstChars(o, spec)) add(c, o);
  }
  for (const list of table) {
    list?.sort((a, b) => openerLength(b) - openerLength(a) || PRIORITY[a.t] - PRIORITY[b.t]);
  }
  // Characters worth stopping at: openers, brackets where they are counted (interpolation,
  // docstrings), newlines where heredoc bodies start. Everything else is skipped by the regex.
  const stops = new Set<number>();
  table.forEach((list, c) => list && stops.add(c));
  const docstrings = spec.docstrings ?? false;
  const interpolates = (spec.strings ?? []).some((x) => x.interpolation);
  if (docstrings || interpolates) for (const ch of '()[]{}') stops.add(ch.charCodeAt(0));
  if ((spec.heredocs ?? []).length) stops.add(NL);
  const cls = [...stops].map((c) => `\\x${c.toString(16).padStart(2, '0')}`).join('');
  return {
    id: spec.id,
    spec,
    table,
    regexAfterWords: new Set(spec.regexAfterWords ?? []),
    docstrings,
    jump: new RegExp(cls ? `[${cls}]` : '[^\\s\\S]', 'g'),
    resolve: () => undefined,
  };
}

function lineOpener(l: LineCommentSpec): Opener {
  return { t: 'line', token: l.token, where: WHERE[l.where ?? 'anywhere'] ?? 0, after: l.after ?? '', notAfter: l.notAfter ?? '', notBefore: l.notBefore ?? '' };
}

function blockOpener(b: BlockCommentSpec): Opener {
  return { t: 'block', open: b.open, close: b.close ?? '', nests: b.nests ?? false, lineStart: b.lineStart ?? false, leveled: b.leveled ?? false };
}

function stringOpeners(s: StringSpec): Opener[] {
  const prefixes = (s.prefixes ?? ['']).flatMap((p) => (s.anyCase ? caseVariants(p) : [p]));
  const unique = [...new Set(prefixes)];
  if (s.raw === 'hashes') return unique.map((prefix) => ({ t: 'raw-hashes', prefix, quote: s.open, minHashes: s.minHashes ?? 0 }));
  if (s.raw === 'cpp') return unique.map((prefix) => ({ t: 'raw-cpp', prefix }));
  if (s.raw === 'leveled') return unique.map((prefix) => ({ t: 'raw-leveled', prefix }));
  const rt = stringRt(s);
  return unique.map((prefix) => ({
    t: 'string',
    token: prefix + s.open,
    prefixLen: prefix.length,
    s: rt,
    char: s.char ?? false,
    notAfterIdent: (s.notAfterIdent ?? false) || prefix.length > 0,
    lineStart: s.lineStart ?? false,
    openAfter: s.openAfter ?? null,
    doc: s.doc ?? false,
  }));
}

function islandOpener(i: IslandSpec): Opener {
  // Case-insensitive closers (`</SCRIPT>`) need a search by regular expression.
  const closeRe = i.ignoreCase ? new RegExp(i.close.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi') : null;
  return { t: 'island', spec: i, lower: i.open.toLowerCase(), closeRe };
}

function quoteOpener(q: QuoteLikeSpec): Opener {
  return { t: 'quote', re: new RegExp(`(?:${q.prefix})`, 'y'), parts: q.parts ?? 1, expression: (q.context ?? 'any') === 'expression', exclude: q.exclude ?? '' };
}

function firstChars(o: Opener, spec: LanguageSpec): number[] {
  switch (o.t) {
    case 'line':
      return [o.token.charCodeAt(0)];
    case 'block':
      return [o.leveled && o.open === '' ? 91 : o.open.charCodeAt(0)];
    case 'string':
      return [o.token.charCodeAt(0)];
    case 'raw-hashes':
      return [o.prefix ? o.prefix.charCodeAt(0) : 35];
    case 'raw-cpp':
      return [o.prefix.charCodeAt(0)];
    case 'raw-leveled':
      return [o.prefix ? o.prefix.charCodeAt(0) : 91];
    case 'heredoc':
      return [o.h.opener.charCodeAt(0)];
    case 'island': {
      const c = o.spec.open.charCodeAt(0);
      const up = o.spec.open[0]!.toUpperCase().charCodeAt(0);
      return o.spec.ignoreCase && up !== c ? [c, up] : [c];
    }
    case 'end':
      return [o.token.charCodeAt(0)];
    case 'regex':
      return [47];
    case 'escape':
      return [spec.codeEscape!.charCodeAt(0)];
    case 'quote': {
      // Which ASCII characters can start this prefix: try each against two-character probes.
      const out: number[] = [];
      const probe = new RegExp(`^(?:${o.re.source})`);
      const seconds = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ(/{[<|"\'!#%~';
      for (let c = 33; c < 127; c++) {
        const ch = String.fromCharCode(c);
        for (const d of seconds) {
          if (probe.test(ch + d + '(')) {
            out.push(c);
            break;
          }
        }
      }
      return out;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Character classes
// ---------------------------------------------------------------------------------------------

const IDENT = new Uint8Array(128);
for (let c = 48; c <= 57; c++) IDENT[c] = 1;
for (let c = 65; c <= 90; c++) IDENT[c] = 1;
for (let c = 97; c <= 122; c++) IDENT[c] = 1;
IDENT[95] = 1;
const LETTER_RE = /[\p{L}\p{N}\p{M}]/u;

/** Identifier character: ASCII letter, digit or `_`, or a non-ASCII letter, digit or mark. */
export function isIdentCode(c: number): boolean {
  if (c < 0) return false;
  if (c < 128) return IDENT[c] === 1;
  return LETTER_RE.test(String.fromCharCode(c));
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 12 || c === 11 || c === 0xfeff;
}

/** `/` starts a regular expression (not a division) after these code characters. */
const REGEX_AFTER = new Uint8Array(128);
for (const ch of '(,=:[!&|?{};+-*%<>~^') REGEX_AFTER[ch.charCodeAt(0)] = 1;

const CLOSING_BRACKET: Record<number, number> = { 40: 41, 91: 93, 123: 125, 60: 62 };

// ---------------------------------------------------------------------------------------------
// Lexing
// ---------------------------------------------------------------------------------------------

interface Frame {
  s: StringRt;
  depth: number;
}

interface PendingHeredoc {
  term: string;
  trailing: boolean;
}

/** Mutable state of one lexing run over one range. */
class Run {
  spans: number[];
  text: string;
  lang: CompiledLanguage;
  end: number;
  stopAt: number;
  depth = 0;
  frames: Frame[] = [];
  heredocs: PendingHeredoc[] = [];

  constructor(spans: number[], text: string, lang: CompiledLanguage, end: number, stopAt: number) {
    this.spans = spans;
    this.text = text;
    this.lang = lang;
    this.end = end;
    this.stopAt = stopAt;
  }

  push(kind: number, start: number, end: number): void {
    if (end > start) this.spans.push(kind, start, end);
  }

  /** Only whitespace between the start of the line and `pos`. */
  atLineStart(pos: number): boolean {
    const t = this.text;
    for (let k = pos - 1; k >= 0; k--) {
      const c = t.charCodeAt(k);
      if (c === NL) return true;
      if (!isSpace(c)) return false;
    }
    return true;
  }

  lineEnd(pos: number): number {
    const k = this.text.indexOf('\n', pos);
    return k === -1 || k > this.end ? this.end : k;
  }

  /**
   * The last code character before `pos` and its offset (-1 at the start): whitespace and
   * comments are skipped; a string, regex or quote-like literal counts as a `"` (a value).
   */
  prevSignificant(pos: number): [number, number] {
    const t = this.text;
    const spans = this.spans;
    let s = spans.length - 3;
    let k = pos - 1;
    while (k >= 0) {
      const c = t.charCodeAt(k);
      if (c === NL || isSpace(c)) {
        k--;
        continue;
      }
      while (s >= 0 && spans[s + 1]! > k) s -= 3;
      if (s >= 0 && spans[s + 2]! > k) {
        if (spans[s] === COMMENT) {
          k = spans[s + 1]! - 1;
          s -= 3;
          continue;
        }
        return [34, k];
      }
      return [c, k];
    }
    return [-1, -1];
  }

  /** `/` or a quote-like literal may start an expression here (JavaScript-style heuristic). */
  expressionAllowed(pos: number): boolean {
    const [c, at] = this.prevSignificant(pos);
    if (c < 0) return true;
    if (c < 128 && REGEX_AFTER[c] === 1) return true;
    if (!isIdentCode(c)) return false;
    const words = this.lang.regexAfterWords;
    if (words.size === 0) return false;
    let k = at;
    while (k >= 0 && isIdentCode(this.text.charCodeAt(k))) k--;
    return words.has(this.text.slice(k + 1, at + 1));
  }

  run(start: number): void {
    const t = this.text;
    const table = this.lang.table;
    const jump = this.lang.jump;
    // Bracket depth matters only for docstrings, which are statement-level.
    const trackDepth = this.lang.docstrings;
    let i = start;
    while (i < this.end) {
      if (i > this.stopAt && this.frames.length === 0) return;
      jump.lastIndex = i;
      if (!jump.test(t)) return;
      i = jump.lastIndex - 1;
      if (i >= this.end) return;
      const c = t.charCodeAt(i);
      if (c === NL) {
        i = this.heredocs.length ? this.consumeHeredocs(i + 1) : i + 1;
        continue;
      }
      const ops = table[c];
      if (ops !== undefined) {
        const next = this.tryOpeners(ops, i);
        if (next >= 0) {
          i = next;
          continue;
        }
      }
      const frame = this.frames.length ? this.frames[this.frames.length - 1]! : undefined;
      if (frame !== undefined) {
        if (c === frame.s.interpOpenChar) frame.depth++;
        else if (c === frame.s.interpCloseChar) {
          if (frame.depth === 0) {
            this.frames.pop();
            i = this.scanString(frame.s, i + 1, i + 1);
            continue;
          }
          frame.depth--;
        }
      } else if (trackDepth) {
        if (c === 40 || c === 91 || c === 123) this.depth++;
        else if ((c === 41 || c === 93 || c === 125) && this.depth > 0) this.depth--;
      }
      i++;
    }
  }

  tryOpeners(ops: Opener[], i: number): number {
    for (const o of ops) {
      const next = this.tryOpener(o, i);
      if (next >= 0) return next;
    }
    return -1;
  }

  tryOpener(o: Opener, i: number): number {
    const t = this.text;
    switch (o.t) {
      case 'line': {
        if (!t.startsWith(o.token, i)) return -1;
        const before = i > 0 ? t.charCodeAt(i - 1) : NL;
        if (o.notAfter && i > 0 && o.notAfter.includes(t[i - 1]!)) return -1;
        if (o.notBefore && i + o.token.length < this.end && o.notBefore.includes(t[i + o.token.length]!)) return -1;
        if (o.where === 1 && !(before === NL || isSpace(before) || (i > 0 && o.after.includes(t[i - 1]!)))) return -1;
        if (o.where === 2 && !this.atLineStart(i)) return -1;
        const e = this.lineEnd(i);
        this.push(COMMENT, i, e);
        return e;
      }
      case 'block':
        return this.blockComment(o, i);
      case 'string':
        return this.stringOpen(o, i);
      case 'raw-hashes':
        return this.rawHashes(o, i);
      case 'raw-cpp':
        return this.rawCpp(o, i);
      case 'raw-leveled':
        return this.rawLeveled(o.prefix, i, STRING);
      case 'heredoc':
        return this.heredocOpen(o.h, i);
      case 'quote':
        return this.quoteLike(o, i);
      case 'regex':
        return this.regexLiteral(i);
      case 'island':
        return this.island(o, i);
      case 'end': {
        if (!t.startsWith(o.token, i) || !this.atLineStart(i)) return -1;
        const after = i + o.token.length;
        if (after < this.end && t.charCodeAt(after) !== NL && t.charCodeAt(after) !== 13) return -1;
        this.push(STRING, i, this.end);
        return this.end;
      }
      case 'escape':
        return Math.min(i + 2, this.end);
    }
  }

  blockComment(o: Extract<Opener, { t: 'block' }>, i: number): number {
    const t = this.text;
    if (o.leveled) return this.rawLeveled(o.open, i, COMMENT);
    if (!t.startsWith(o.open, i)) return -1;
    if (o.lineStart) {
      if (i > 0 && t.charCodeAt(i - 1) !== NL) return -1;
      let k = t.indexOf(`\n${o.close}`, i);
      while (k !== -1 && k < this.end) {
        const a = t.charCodeAt(k + 1 + o.close.length);
        if (!isIdentCode(a)) break;
        k = t.indexOf(`\n${o.close}`, k + 1);
      }
      const e = k === -1 || k >= this.end ? this.end : this.lineEnd(k + 1);
      this.push(COMMENT, i, e);
      return e;
    }
    if (!o.nests) {
      const k = t.indexOf(o.close, i + o.open.length);
      const e = k === -1 || k + o.close.length > this.end ? this.end : k + o.close.length;
      this.push(COMMENT, i, e);
      return e;
    }
    let depth = 1;
    let k = i + o.open.length;
    while (k < this.end) {
      if (t.startsWith(o.close, k)) {
        depth--;
        k += o.close.length;
        if (depth === 0) break;
      } else if (t.startsWith(o.open, k)) {
        depth++;
        k += o.open.length;
      } else k++;
    }
    const e = Math.min(k, this.end);
    this.push(COMMENT, i, e);
    return e;
  }

  /** `prefix` + `[` + `=`* + `[` ... `]` + `=`* + `]` (Lua long brackets, CMake bracket comments). */
  rawLeveled(prefix: string, i: number, kind: number): number {
    const t = this.text;
    if (!t.startsWith(prefix, i)) return -1;
    let k = i + prefix.length;
    if (t.charCodeAt(k) !== 91) return -1;
    k++;
    let level = 0;
    while (t.charCodeAt(k) === 61) {
      level++;
      k++;
    }
    if (t.charCodeAt(k) !== 91) return -1;
    const close = `]${'='.repeat(level)}]`;
    const c = t.indexOf(close, k + 1);
    const e = c === -1 || c + close.length > this.end ? this.end : c + close.length;
    this.push(kind, i, e);
    return e;
  }

  stringOpen(o: Extract<Opener, { t: 'string' }>, i: number): number {
    const t = this.text;
    if (!t.startsWith(o.token, i)) return -1;
    if (o.notAfterIdent && i > 0 && isIdentCode(t.charCodeAt(i - 1))) return -1;
    if (o.lineStart && !this.atLineStart(i)) return -1;
    if (o.openAfter !== null && i > 0) {
      const b = t[i - 1]!;
      if (b !== '\n' && !o.openAfter.includes(b)) return -1;
    }
    const bodyStart = i + o.token.length;
    if (o.char) return this.charLiteral(o, i, bodyStart);
    let kind = STRING;
    if (o.doc && this.lang.docstrings && this.depth === 0 && this.frames.length === 0 && this.atLineStart(i) && this.prevSignificant(i)[0] !== BACKSLASH) kind = DOC;
    const e = this.scanString(o.s, i, bodyStart, kind);
    return e;
  }

  charLiteral(o: Extract<Opener, { t: 'string' }>, i: number, k: number): number {
    const t = this.text;
    const q = o.s.close0;
    if (k >= this.end) return -1;
    let c = t.charCodeAt(k);
    if (c === NL || c === q) return -1;
    if (c === o.s.escape) {
      const limit = Math.min(this.end, k + 12);
      for (let j = k + 2; j < limit; j++) {
        c = t.charCodeAt(j);
        if (c === q) {
          this.push(STRING, i, j + 1);
          return j + 1;
        }
        if (c === NL) return -1;
      }
      return -1;
    }
    const cp = t.codePointAt(k)!;
    const j = k + (cp > 0xffff ? 2 : 1);
    if (j < this.end && t.charCodeAt(j) === q) {
      this.push(STRING, i, j + 1);
      return j + 1;
    }
    return -1;
  }

  /**
   * Scans a string body from `k`; records the span from `spanStart`. Returns the position to
   * continue at: after the closing delimiter, at the newline ending a single-line string, at the
   * end of the range, or inside an interpolation (a frame is pushed; code resumes there).
   */
  scanString(s: StringRt, spanStart: number, k: number, kind = STRING): number {
    const t = this.text;
    const end = this.end;
    while (k < end) {
      const c = t.charCodeAt(k);
      if (c === s.escape) {
        k += 2;
        continue;
      }
      if (c === NL && !s.multiline) {
        this.push(kind, spanStart, k);
        return k;
      }
      if (c === s.close0 && t.startsWith(s.close, k) && (!s.closeLineStart || this.atLineStart(k))) {
        if (s.doubled && t.startsWith(s.close, k + s.close.length)) {
          k += 2 * s.close.length;
          continue;
        }
        const e = k + s.close.length;
        this.push(kind, spanStart, e);
        return e;
      }
      if (c === s.interp0 && s.interp !== null && t.startsWith(s.interp, k)) {
        if (s.interpDoubled && t.charCodeAt(k + 1) === c) {
          k += 2;
          continue;
        }
        this.push(kind, spanStart, k);
        this.frames.push({ s, depth: 0 });
        return k + s.interp.length;
      }
      k++;
    }
    this.push(kind, spanStart, end);
    return end;
  }

  rawHashes(o: Extract<Opener, { t: 'raw-hashes' }>, i: number): number {
    const t = this.text;
    if (o.prefix && (!t.startsWith(o.prefix, i) || (i > 0 && isIdentCode(t.charCodeAt(i - 1))))) return -1;
    let k = i + o.prefix.length;
    let hashes = 0;
    while (t.charCodeAt(k) === 35) {
      hashes++;
      k++;
    }
    if (hashes < o.minHashes || !t.startsWith(o.quote, k)) return -1;
    const close = o.quote + '#'.repeat(hashes);
    const c = t.indexOf(close, k + o.quote.length);
    const e = c === -1 || c + close.length > this.end ? this.end : c + close.length;
    this.push(STRING, i, e);
    return e;
  }

  rawCpp(o: Extract<Opener, { t: 'raw-cpp' }>, i: number): number {
    const t = this.text;
    if (!t.startsWith(o.prefix, i) || (i > 0 && isIdentCode(t.charCodeAt(i - 1)))) return -1;
    let k = i + o.prefix.length;
    if (t.charCodeAt(k) !== 34) return -1;
    const paren = t.indexOf('(', k + 1);
    if (paren === -1 || paren - k - 1 > 16) return -1;
    const delim = t.slice(k + 1, paren);
    if (/[\s()\\]/.test(delim)) return -1;
    const close = `)${delim}"`;
    const c = t.indexOf(close, paren + 1);
    const e = c === -1 || c + close.length > this.end ? this.end : c + close.length;
    this.push(STRING, i, e);
    return e;
  }

  heredocOpen(h: HeredocSpec, i: number): number {
    const t = this.text;
    if (!t.startsWith(h.opener, i)) return -1;
    let k = i + h.opener.length;
    if (h.notFollowedBy && k < this.end && h.notFollowedBy.includes(t[k]!)) return -1;
    let flag = false;
    if (h.flags && k < this.end && h.flags.includes(t[k]!)) {
      flag = true;
      k++;
    }
    if (h.spaces) while (t.charCodeAt(k) === 32 || t.charCodeAt(k) === 9) k++;
    let term = '';
    const q = t[k];
    if (q !== undefined && h.quotes?.includes(q)) {
      const close = t.indexOf(q, k + 1);
      const eol = this.lineEnd(k);
      if (close === -1 || close > eol || close === k + 1) return -1;
      term = t.slice(k + 1, close);
      k = close + 1;
    } else {
      if (h.backslash && t.charCodeAt(k) === BACKSLASH) k++;
      const m = /[A-Za-z_][A-Za-z0-9_]*/y;
      m.lastIndex = k;
      const hit = m.exec(t);
      if (!hit || !h.bare) return -1;
      term = hit[0];
      if (h.bare === 'upper-or-flag' && !flag && !/^[A-Z_]/.test(term)) return -1;
      k += term.length;
    }
    this.heredocs.push({ term, trailing: h.trailing ?? false });
    return k;
  }

  /** Consumes pending heredoc bodies starting at `pos` (the line after the opener). */
  consumeHeredocs(pos: number): number {
    const t = this.text;
    const pending = this.heredocs;
    this.heredocs = [];
    let p = pos;
    for (let n = 0; n < pending.length; n++) {
      const h = pending[n]!;
      const bodyStart = p;
      let found = -1;
      let termAt = -1;
      while (p < this.end) {
        const e = this.lineEnd(p);
        let s = p;
        while (s < e && isSpace(t.charCodeAt(s))) s++;
        if (t.startsWith(h.term, s)) {
          const after = s + h.term.length;
          let rest = after;
          while (rest < e && isSpace(t.charCodeAt(rest))) rest++;
          if (rest === e || (h.trailing && !isIdentCode(t.charCodeAt(after)))) {
            found = p;
            termAt = after;
            break;
          }
        }
        p = e + 1;
      }
      if (found === -1) {
        this.push(STRING, bodyStart, this.end);
        return this.end;
      }
      this.push(STRING, bodyStart, found);
      if (n === pending.length - 1) return termAt;
      p = this.lineEnd(found) + 1;
    }
    return p;
  }

  quoteLike(o: Extract<Opener, { t: 'quote' }>, i: number): number {
    const t = this.text;
    if (i > 0) {
      const b = t.charCodeAt(i - 1);
      // `$s`, `@q`, `%y`, `&m`, `->s`, `::m`: a variable, method or package name, not a quote.
      if (isIdentCode(b) || b === 36 || b === 64 || b === 37 || b === 38 || b === 62 || b === 58) return -1;
    }
    if (o.expression && !this.expressionAllowed(i)) return -1;
    o.re.lastIndex = i;
    const m = o.re.exec(t);
    if (!m) return -1;
    let k = i + m[0].length;
    if (k >= this.end) return -1;
    const d = t.charCodeAt(k);
    if (isIdentCode(d) || isSpace(d) || d === NL || o.exclude.includes(t[k]!)) return -1;
    if (o.exclude.includes('>') && d === 61 && t.charCodeAt(k + 1) === 62) return -1;
    if (t.startsWith('"""', k) || t.startsWith("'''", k)) {
      const close = t.slice(k, k + 3);
      const c = t.indexOf(close, k + 3);
      const e = c === -1 || c + 3 > this.end ? this.end : c + 3;
      this.push(STRING, i, e);
      return e;
    }
    k = this.delimited(k);
    if (o.parts === 2 && k < this.end) {
      if (CLOSING_BRACKET[d] !== undefined) {
        while (k < this.end && (isSpace(t.charCodeAt(k)) || t.charCodeAt(k) === NL)) k++;
        if (k < this.end) k = this.delimited(k);
      } else {
        k = this.delimited(k - 1);
      }
    }
    this.push(STRING, i, k);
    return k;
  }

  /** From the opening delimiter at `k`, returns the position after its closing delimiter. */
  delimited(k: number): number {
    const t = this.text;
    const open = t.charCodeAt(k);
    const close = CLOSING_BRACKET[open] ?? open;
    let depth = 0;
    let j = k + 1;
    while (j < this.end) {
      const c = t.charCodeAt(j);
      if (c === BACKSLASH) {
        j += 2;
        continue;
      }
      if (c === close) {
        if (depth === 0) return j + 1;
        depth--;
      } else if (c === open && close !== open) depth++;
      j++;
    }
    return this.end;
  }

  regexLiteral(i: number): number {
    const t = this.text;
    const next = t.charCodeAt(i + 1);
    if (next === 47 || next === 42) return -1;
    if (!this.expressionAllowed(i)) return -1;
    let k = i + 1;
    let inClass = false;
    while (k < this.end) {
      const c = t.charCodeAt(k);
      if (c === NL) return -1;
      if (c === BACKSLASH) {
        k += 2;
        continue;
      }
      if (c === 91) inClass = true;
      else if (c === 93) inClass = false;
      else if (c === 47 && !inClass) break;
      k++;
    }
    if (k >= this.end) return -1;
    k++;
    while (k < this.end && isIdentCode(t.charCodeAt(k))) k++;
    this.push(STRING, i, k);
    return k;
  }

  island(o: Extract<Opener, { t: 'island' }>, i: number): number {
    const t = this.text;
    const spec = o.spec;
    const head = t.slice(i, i + spec.open.length);
    if (spec.ignoreCase ? head.toLowerCase() !== o.lower : head !== spec.open) return -1;
    let contentStart = i + spec.open.length;
    let attrs = '';
    if (spec.openEnd) {
      const after = t.charCodeAt(contentStart);
      if (!(isSpace(after) || after === NL || after === 62 || after === 47)) return -1;
      const gt = t.indexOf(spec.openEnd, contentStart);
      if (gt === -1 || gt >= this.end) return -1;
      attrs = t.slice(contentStart, gt);
      contentStart = gt + spec.openEnd.length;
    }
    let closeAt: number;
    if (o.closeRe) {
      o.closeRe.lastIndex = contentStart;
      closeAt = o.closeRe.exec(t)?.index ?? -1;
    } else closeAt = t.indexOf(spec.close, contentStart);
    const contentEnd = closeAt === -1 || closeAt > this.end ? this.end : closeAt;
    const target = this.islandLanguage(spec, attrs);
    if (target) {
      const sub = new Run(this.spans, t, target, contentEnd, this.stopAt);
      sub.run(contentStart);
    } else this.push(STRING, contentStart, contentEnd);
    return closeAt === -1 || closeAt > this.end ? this.end : closeAt + spec.close.length;
  }

  islandLanguage(spec: IslandSpec, attrs: string): CompiledLanguage | undefined {
    const resolve = this.lang.resolve;
    if (attrs && spec.attributeLanguages) {
      const m = /\b(?:lang|type)\s*=\s*["']?(?:text\/|application\/)?([\w-]+)/i.exec(attrs);
      if (m) {
        const key = m[1]!.toLowerCase();
        const id = spec.attributeLanguages[key];
        if (id) return resolve(id);
        // A script of another type (a template, JSON data) is data, not code.
        if (!/^(?:javascript|ecmascript|module|babel|jsx|text|css)$/.test(key)) return undefined;
      }
    }
    return resolve(spec.language);
  }
}

/**
 * Lexes `text` and returns its comment and string spans. `stopAt`: lexing may stop once past
 * this offset (spans containing it are still complete).
 */
export function lex(text: string, lang: CompiledLanguage, stopAt = Number.MAX_SAFE_INTEGER): number[] {
  const spans: number[] = [];
  // A `#!` first line is an interpreter line, not code of the language.
  let from = 0;
  if (text.startsWith('#!')) {
    const nl = text.indexOf('\n');
    from = nl === -1 ? text.length : nl;
  }
  new Run(spans, text, lang, text.length, stopAt).run(from);
  return spans;
}

/**
 * Kind of the span containing each offset (0: code), for ascending `offsets`, in one merge pass.
 */
export function kindsAt(spans: readonly number[], offsets: readonly number[]): number[] {
  const out: number[] = new Array(offsets.length).fill(0);
  let s = 0;
  for (let n = 0; n < offsets.length; n++) {
    const off = offsets[n]!;
    while (s < spans.length && spans[s + 2]! <= off) s += 3;
    if (s < spans.length && spans[s + 1]! <= off) out[n] = spans[s]!;
  }
  return out;
}

/** The span `[kind, start, end]` containing `offset`, or undefined (binary search). */
export function spanAt(spans: readonly number[], offset: number): [number, number, number] | undefined {
  let lo = 0;
  let hi = spans.length / 3 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = spans[mid * 3 + 1]!;
    const end = spans[mid * 3 + 2]!;
    if (offset < start) hi = mid - 1;
    else if (offset >= end) lo = mid + 1;
    else return [spans[mid * 3]!, start, end];
  }
  return undefined;
}
