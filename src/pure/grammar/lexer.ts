/**
 * One linear pass over a slice of the source: no regular expressions, no substring copies. Tokens are kept in
 * parallel typed arrays (kind, start, end, line, column); text is sliced by the parsers only when needed.
 *
 * Longest-match rules follow Legend's ANTLR lexer (CoreLexerGrammar): numbers win ties over identifiers
 * (`1d` is a Decimal, `1e5` an identifier), `'''` starts a text block only when a line break follows, and a
 * `#` opens an island that runs to the matching `}#` (nested `#{ ... }#` counted).
 */
import { T } from './tokens.js';

export class TokenStream {
  kinds: Uint8Array;
  starts: Int32Array;
  ends: Int32Array;
  lines: Int32Array;
  cols: Int32Array;
  count = 0;
  /** Position of the end of input (line and 0-based column), used for the EOF token. */
  eofLine = 1;
  eofCol = 0;

  constructor(capacity: number) {
    const cap = Math.max(16, capacity);
    this.kinds = new Uint8Array(cap);
    this.starts = new Int32Array(cap);
    this.ends = new Int32Array(cap);
    this.lines = new Int32Array(cap);
    this.cols = new Int32Array(cap);
  }

  push(kind: T, start: number, end: number, line: number, col: number): void {
    if (this.count === this.kinds.length) this.grow();
    const i = this.count++;
    this.kinds[i] = kind;
    this.starts[i] = start;
    this.ends[i] = end;
    this.lines[i] = line;
    this.cols[i] = col;
  }

  private grow(): void {
    const cap = this.kinds.length * 2;
    const k = new Uint8Array(cap);
    k.set(this.kinds);
    this.kinds = k;
    const s = new Int32Array(cap);
    s.set(this.starts);
    this.starts = s;
    const e = new Int32Array(cap);
    e.set(this.ends);
    this.ends = e;
    const l = new Int32Array(cap);
    l.set(this.lines);
    this.lines = l;
    const c = new Int32Array(cap);
    c.set(this.cols);
    this.cols = c;
  }
}

const enum C {
  TAB = 9,
  LF = 10,
  CR = 13,
  SPACE = 32,
  BANG = 33,
  DQUOTE = 34,
  HASH = 35,
  DOLLAR = 36,
  PERCENT = 37,
  AMP = 38,
  QUOTE = 39,
  LPAREN = 40,
  RPAREN = 41,
  STAR = 42,
  PLUS = 43,
  COMMA = 44,
  MINUS = 45,
  DOT = 46,
  SLASH = 47,
  D0 = 48,
  D9 = 57,
  COLON = 58,
  SEMI = 59,
  LT = 60,
  EQ = 61,
  GT = 62,
  AT = 64,
  UA = 65,
  UD = 68,
  UE = 69,
  UF = 70,
  UT = 84,
  UZ = 90,
  LBRACKET = 91,
  BACKSLASH = 92,
  RBRACKET = 93,
  CARET = 94,
  UNDERSCORE = 95,
  LA = 97,
  LD = 100,
  LE = 101,
  LF_ = 102,
  LZ = 122,
  LBRACE = 123,
  PIPE = 124,
  RBRACE = 125,
  TILDE = 126,
}

function isDigit(c: number): boolean {
  return c >= C.D0 && c <= C.D9;
}

function isLetter(c: number): boolean {
  return (c >= C.LA && c <= C.LZ) || (c >= C.UA && c <= C.UZ);
}

/** First character of a ValidString (an identifier, which may start with a digit). */
export function isIdentStart(c: number): boolean {
  return isLetter(c) || isDigit(c) || c === C.UNDERSCORE;
}

export function isIdentPart(c: number): boolean {
  return isLetter(c) || isDigit(c) || c === C.UNDERSCORE || c === C.DOLLAR;
}

/** Length of the digit run starting at `p` (0 if none). */
function digitRun(src: string, p: number, end: number): number {
  let q = p;
  while (q < end && isDigit(src.charCodeAt(q))) q++;
  return q - p;
}

/**
 * Lexes `src[start, end)`. `line` is the line number of `start` and `firstCol` its 0-based column; inside a
 * section Legend counts columns of the first line from the section content start (firstCol 0).
 */
export function tokenize(src: string, start: number, end: number, line: number, firstCol = 0): TokenStream {
  const ts = new TokenStream(Math.ceil((end - start) / 3) + 16);
  let p = start;
  let lineStart = start - firstCol;

  // Moves `p` to `to`, counting line breaks on the way (for tokens that may span lines).
  const advanceOver = (from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      if (src.charCodeAt(i) === C.LF) {
        line++;
        lineStart = i + 1;
      }
    }
  };

  while (p < end) {
    const c = src.charCodeAt(p);
    // whitespace
    if (c === C.SPACE || c === C.TAB || c === C.CR) {
      p++;
      continue;
    }
    if (c === C.LF) {
      p++;
      line++;
      lineStart = p;
      continue;
    }
    const tokLine = line;
    const tokCol = p - lineStart;
    const next = p + 1 < end ? src.charCodeAt(p + 1) : -1;

    // comments
    if (c === C.SLASH) {
      if (next === C.SLASH) {
        let q = p + 2;
        while (q < end) {
          const ch = src.charCodeAt(q);
          if (ch === C.LF || ch === C.CR) break;
          q++;
        }
        p = q;
        continue;
      }
      if (next === C.STAR) {
        const close = src.indexOf('*/', p + 2);
        if (close >= 0 && close + 2 <= end) {
          advanceOver(p, close + 2);
          p = close + 2;
          continue;
        }
      }
      ts.push(T.DIVIDE, p, p + 1, tokLine, tokCol);
      p++;
      continue;
    }

    // identifiers and numbers (a ValidString may start with a digit: longest match decides)
    if (isIdentStart(c)) {
      let q = p + 1;
      while (q < end && isIdentPart(src.charCodeAt(q))) q++;
      const identLen = q - p;
      if (isDigit(c)) {
        const num = scanNumber(src, p, end);
        if (num.len >= identLen) {
          ts.push(num.kind, p, p + num.len, tokLine, tokCol);
          p += num.len;
          continue;
        }
      } else if (identLen === 4 && src.startsWith('true', p)) {
        ts.push(T.BOOLEAN, p, q, tokLine, tokCol);
        p = q;
        continue;
      } else if (identLen === 5 && src.startsWith('false', p)) {
        ts.push(T.BOOLEAN, p, q, tokLine, tokCol);
        p = q;
        continue;
      }
      ts.push(T.IDENT, p, q, tokLine, tokCol);
      p = q;
      continue;
    }

    switch (c) {
      case C.QUOTE: {
        const blockEnd = scanTextBlock(src, p, end);
        if (blockEnd > 0) {
          ts.push(T.STRING, p, blockEnd, tokLine, tokCol);
          advanceOver(p, blockEnd);
          p = blockEnd;
          break;
        }
        let q = p + 1;
        let ok = false;
        while (q < end) {
          const ch = src.charCodeAt(q);
          if (ch === C.BACKSLASH) {
            q += 2;
            continue;
          }
          if (ch === C.QUOTE) {
            ok = true;
            q++;
            break;
          }
          if (ch === C.LF || ch === C.CR) break;
          q++;
        }
        if (ok && q <= end) {
          ts.push(T.STRING, p, q, tokLine, tokCol);
          advanceOver(p, q); // an escaped line break may sit inside
          p = q;
        } else {
          ts.push(T.INVALID, p, p + 1, tokLine, tokCol);
          p++;
        }
        break;
      }
      case C.DQUOTE: {
        // relational quoted identifiers: '"' (EscSeq | ~["\r\n])* '"'
        let q = p + 1;
        while (q < end) {
          const ch = src.charCodeAt(q);
          if (ch === C.BACKSLASH) {
            q += 2;
            continue;
          }
          if (ch === C.DQUOTE || ch === C.LF || ch === C.CR) break;
          q++;
        }
        if (q < end && src.charCodeAt(q) === C.DQUOTE) {
          ts.push(T.DQ_STRING, p, q + 1, tokLine, tokCol);
          p = q + 1;
        } else {
          ts.push(T.INVALID, p, p + 1, tokLine, tokCol);
          p++;
        }
        break;
      }
      case C.DOT:
        if (isDigit(next)) {
          const num = scanNumber(src, p, end);
          ts.push(num.kind, p, p + num.len, tokLine, tokCol);
          p += num.len;
        } else if (next === C.DOT) {
          ts.push(T.DOT_DOT, p, p + 2, tokLine, tokCol);
          p += 2;
        } else {
          ts.push(T.DOT, p, p + 1, tokLine, tokCol);
          p++;
        }
        break;
      case C.PERCENT: {
        const d = scanPercent(src, p, end);
        ts.push(d.kind, p, p + d.len, tokLine, tokCol);
        p += d.len;
        break;
      }
      case C.HASH: {
        const isl = scanIsland(src, p, end);
        if (isl.kind === T.INVALID) {
          ts.push(T.INVALID, p, p + 1, tokLine, tokCol);
          p++;
        } else {
          ts.push(isl.kind, p, isl.end, tokLine, tokCol);
          advanceOver(p, isl.end);
          p = isl.end;
        }
        break;
      }
      case C.AMP:
        if (next === C.AMP) {
          ts.push(T.AND, p, p + 2, tokLine, tokCol);
          p += 2;
        } else {
          ts.push(T.INVALID, p, p + 1, tokLine, tokCol);
          p++;
        }
        break;
      case C.PIPE:
        if (next === C.PIPE) {
          ts.push(T.OR, p, p + 2, tokLine, tokCol);
          p += 2;
        } else {
          ts.push(T.PIPE, p, p + 1, tokLine, tokCol);
          p++;
        }
        break;
      case C.BANG:
        p += pushPair(ts, next === C.EQ, T.TEST_NOT_EQUAL, T.NOT, p, tokLine, tokCol);
        break;
      case C.EQ:
        p += pushPair(ts, next === C.EQ, T.TEST_EQUAL, T.EQUAL, p, tokLine, tokCol);
        break;
      case C.LT:
        p += pushPair(ts, next === C.EQ, T.LESS_OR_EQUAL, T.LESS_THAN, p, tokLine, tokCol);
        break;
      case C.GT:
        p += pushPair(ts, next === C.EQ, T.GREATER_OR_EQUAL, T.GREATER_THAN, p, tokLine, tokCol);
        break;
      case C.MINUS:
        p += pushPair(ts, next === C.GT, T.ARROW, T.MINUS, p, tokLine, tokCol);
        break;
      case C.COLON:
        p += pushPair(ts, next === C.COLON, T.PATH_SEPARATOR, T.COLON, p, tokLine, tokCol);
        break;
      default: {
        const kind = SINGLE[c] ?? T.INVALID;
        // a lone high surrogate and its pair form one invalid character
        const len = c >= 0xd800 && c <= 0xdbff && p + 1 < end ? 2 : 1;
        ts.push(kind, p, p + (kind === T.INVALID ? len : 1), tokLine, tokCol);
        p += kind === T.INVALID ? len : 1;
      }
    }
  }
  ts.eofLine = line;
  ts.eofCol = end - lineStart;
  return ts;
}

function pushPair(ts: TokenStream, two: boolean, twoKind: T, oneKind: T, p: number, line: number, col: number): number {
  if (two) {
    ts.push(twoKind, p, p + 2, line, col);
    return 2;
  }
  ts.push(oneKind, p, p + 1, line, col);
  return 1;
}

const SINGLE: (T | undefined)[] = [];
SINGLE[C.COMMA] = T.COMMA;
SINGLE[C.LBRACE] = T.BRACE_OPEN;
SINGLE[C.RBRACE] = T.BRACE_CLOSE;
SINGLE[C.LBRACKET] = T.BRACKET_OPEN;
SINGLE[C.RBRACKET] = T.BRACKET_CLOSE;
SINGLE[C.LPAREN] = T.PAREN_OPEN;
SINGLE[C.RPAREN] = T.PAREN_CLOSE;
SINGLE[C.DOLLAR] = T.DOLLAR;
SINGLE[C.SEMI] = T.SEMI_COLON;
SINGLE[C.CARET] = T.NEW_SYMBOL;
SINGLE[C.TILDE] = T.TILDE;
SINGLE[C.AT] = T.AT;
SINGLE[C.PLUS] = T.PLUS;
SINGLE[C.STAR] = T.STAR;

/** Integer / Float / Decimal starting at `p` (a digit, or a '.' followed by a digit). */
function scanNumber(src: string, p: number, end: number): { kind: T; len: number } {
  let q = p + digitRun(src, p, end);
  const intEnd = q;
  let hasFraction = false;
  if (q < end && src.charCodeAt(q) === C.DOT && q + 1 < end && isDigit(src.charCodeAt(q + 1))) {
    q += 1 + digitRun(src, q + 1, end);
    hasFraction = true;
  }
  let expEnd = q;
  if (q < end) {
    const e = src.charCodeAt(q);
    if (e === C.LE || e === C.UE) {
      let r = q + 1;
      const sign = r < end ? src.charCodeAt(r) : -1;
      if (sign === C.PLUS || sign === C.MINUS) r++;
      const run = digitRun(src, r, end);
      if (run > 0) expEnd = r + run;
    }
  }
  const suffix = expEnd < end ? src.charCodeAt(expEnd) : -1;
  if (suffix === C.LD || suffix === C.UD) return { kind: T.DECIMAL, len: expEnd + 1 - p };
  if (!hasFraction) return { kind: T.INTEGER, len: intEnd - p };
  if (suffix === C.LF_ || suffix === C.UF) return { kind: T.FLOAT, len: expEnd + 1 - p };
  return { kind: T.FLOAT, len: expEnd - p };
}

/** `%latest`, a Date (`%2020`, `%2020-01-02T10:00:00.000+0000`), a StrictTime (`%10:20:30`) or `%`. */
function scanPercent(src: string, p: number, end: number): { kind: T; len: number } {
  let best: { kind: T; len: number } = { kind: T.PERCENT, len: 1 };
  if (src.startsWith('%latest', p) && p + 7 <= end) best = { kind: T.LATEST_DATE, len: 7 };
  // Date
  {
    let q = p + 1;
    if (q < end && src.charCodeAt(q) === C.MINUS) q++;
    const y = digitRun(src, q, end);
    if (y > 0) {
      q += y;
      let accept = q;
      if (q < end && src.charCodeAt(q) === C.MINUS && digitRun(src, q + 1, end) > 0) {
        q += 1 + digitRun(src, q + 1, end);
        accept = q;
        if (q < end && src.charCodeAt(q) === C.MINUS && digitRun(src, q + 1, end) > 0) {
          q += 1 + digitRun(src, q + 1, end);
          accept = q;
          if (q < end && src.charCodeAt(q) === C.UT && digitRun(src, q + 1, end) > 0) {
            q = scanClock(src, q + 1, end);
            accept = q;
            // time zone: +hhmm / -hhmm
            const s = q < end ? src.charCodeAt(q) : -1;
            if ((s === C.PLUS || s === C.MINUS) && digitRun(src, q + 1, end) >= 4) accept = q + 5;
          }
        }
      }
      if (accept - p > best.len || best.kind === T.PERCENT) best = { kind: T.DATE, len: accept - p };
    }
  }
  // StrictTime
  {
    const h = digitRun(src, p + 1, end);
    if (h > 0) {
      const q = scanClock(src, p + 1, end);
      if (q - p > best.len) best = { kind: T.STRICT_TIME, len: q - p };
    }
  }
  return best;
}

/** `Digit+ (':' Digit+ (':' Digit+ ('.' Digit+)?)?)?` from `q`; returns the end of the longest match. */
function scanClock(src: string, q: number, end: number): number {
  q += digitRun(src, q, end);
  if (q < end && src.charCodeAt(q) === C.COLON && digitRun(src, q + 1, end) > 0) {
    q += 1 + digitRun(src, q + 1, end);
    if (q < end && src.charCodeAt(q) === C.COLON && digitRun(src, q + 1, end) > 0) {
      q += 1 + digitRun(src, q + 1, end);
      if (q < end && src.charCodeAt(q) === C.DOT && digitRun(src, q + 1, end) > 0) {
        q += 1 + digitRun(src, q + 1, end);
      }
    }
  }
  return q;
}

/** End of a `'''` text block starting at `p`, or 0 when the quote does not open one. */
function scanTextBlock(src: string, p: number, end: number): number {
  if (!(p + 3 <= end && src.charCodeAt(p + 1) === C.QUOTE && src.charCodeAt(p + 2) === C.QUOTE)) return 0;
  let q = p + 3;
  while (q < end && (src.charCodeAt(q) === C.SPACE || src.charCodeAt(q) === C.TAB)) q++;
  if (q < end && src.charCodeAt(q) === C.CR) q++;
  if (!(q < end && src.charCodeAt(q) === C.LF)) return 0;
  const close = src.indexOf("'''", q + 1);
  if (close < 0 || close + 3 > end) return 0;
  return close + 3;
}

/**
 * At a '#': a navigation path `#/...#` or an island `#tag{ ... }#`. Returns the token kind and its end; INVALID
 * when neither form applies (an island without its closing `}#` is reported by the parser as unexpected).
 */
function scanIsland(src: string, p: number, end: number): { kind: T; end: number } {
  if (p + 1 < end && src.charCodeAt(p + 1) === C.SLASH) {
    const close = src.indexOf('#', p + 2);
    if (close >= 0 && close < end) return { kind: T.NAV_PATH, end: close + 1 };
  }
  // ISLAND_OPEN: '#' (~[#{])* '{'
  let q = p + 1;
  while (q < end) {
    const ch = src.charCodeAt(q);
    if (ch === C.HASH) return { kind: T.INVALID, end: p + 1 };
    if (ch === C.LBRACE) break;
    q++;
  }
  if (q >= end) return { kind: T.INVALID, end: p + 1 };
  q++;
  let depth = 1;
  while (q < end) {
    const ch = src.charCodeAt(q);
    if (ch === C.HASH && q + 1 < end && src.charCodeAt(q + 1) === C.LBRACE) {
      depth++;
      q += 2;
    } else if (ch === C.RBRACE && q + 1 < end && src.charCodeAt(q + 1) === C.HASH) {
      depth--;
      q += 2;
      if (depth === 0) return { kind: T.ISLAND, end: q };
    } else {
      q++;
    }
  }
  return { kind: T.INVALID, end: p + 1 };
}
