/**
 * Token cursor, source information and errors shared by every section parser. Positions follow the Legend
 * engine: 1-based lines and columns; a node spans from its first token's start to its last token's end, where
 * the end column is the last token's start column plus its length (also for tokens spanning lines).
 */
import { EngineError } from '../protocol/engineError.js';
import type { SourceInformation } from '../protocol/sourceInformation.js';
import type { TokenStream } from './lexer.js';
import { T, TOKEN_TEXT } from './tokens.js';
import { fromGrammarString } from './strings.js';

export interface ParseOptions {
  sourceId: string;
  returnSourceInformation: boolean;
}

/** Splits `a::b::C` into package and name. */
export function splitPath(path: string): { package: string; name: string } {
  const i = path.lastIndexOf('::');
  return i < 0 ? { package: '', name: path } : { package: path.slice(0, i), name: path.slice(i + 2) };
}

export class ParserBase {
  pos = 0;
  protected readonly n: number;

  constructor(
    readonly src: string,
    readonly ts: TokenStream,
    readonly opts: ParseOptions,
  ) {
    this.n = ts.count;
  }

  // ----------------------------------------------------------------------------------------------- cursor

  /** Kind of the token `ahead` positions from the cursor (EOF past the end). */
  k(ahead = 0): T {
    const i = this.pos + ahead;
    return i < this.n ? (this.ts.kinds[i] as T) : T.EOF;
  }

  /** Kind of the token at absolute index `i`. */
  kindAt(i: number): T {
    return i < this.n ? (this.ts.kinds[i] as T) : T.EOF;
  }

  text(i: number): string {
    return i < this.n ? this.src.slice(this.ts.starts[i], this.ts.ends[i]) : '<EOF>';
  }

  /** True when the token at `i` is an identifier spelled `word`. */
  isWordAt(i: number, word: string): boolean {
    if (i >= this.n || this.ts.kinds[i] !== T.IDENT) return false;
    const s = this.ts.starts[i]!;
    return this.ts.ends[i]! - s === word.length && this.src.startsWith(word, s);
  }

  isWord(word: string, ahead = 0): boolean {
    return this.isWordAt(this.pos + ahead, word);
  }

  /** Consumes the current token and returns its index. */
  next(): number {
    return this.pos++;
  }

  /** Index of the last consumed token. */
  get last(): number {
    return this.pos - 1;
  }

  atEnd(): boolean {
    return this.pos >= this.n;
  }

  expect(kind: T): number {
    if (this.k() !== kind) this.unexpected([kind]);
    return this.pos++;
  }

  accept(kind: T): boolean {
    if (this.k() === kind) {
      this.pos++;
      return true;
    }
    return false;
  }

  expectWord(word: string): number {
    if (!this.isWord(word)) this.unexpected([], [word]);
    return this.pos++;
  }

  acceptWord(word: string): boolean {
    if (this.isWord(word)) {
      this.pos++;
      return true;
    }
    return false;
  }

  /** `item, item, ...` up to `close` (which the caller consumes); none when `close` comes first. */
  commaSeparated<X>(close: T, item: () => X): X[] {
    const items: X[] = [];
    if (this.k() !== close) {
      do items.push(item());
      while (this.accept(T.COMMA));
    }
    return items;
  }

  /** Index after the bracket group opening at `i` ((), {}, [] nest together); -1 when unbalanced. */
  skipGroup(i: number): number {
    let depth = 0;
    let p = i;
    do {
      const k = this.kindAt(p);
      if (k === T.PAREN_OPEN || k === T.BRACE_OPEN || k === T.BRACKET_OPEN) depth++;
      else if (k === T.PAREN_CLOSE || k === T.BRACE_CLOSE || k === T.BRACKET_CLOSE) depth--;
      else if (k === T.EOF) return -1;
      p++;
    } while (depth > 0);
    return p;
  }

  // ----------------------------------------------------------------------------------------------- identifiers

  /** `identifier`: a ValidString or a quoted string (keywords are identifiers too). */
  isIdentifier(ahead = 0): boolean {
    const k = this.k(ahead);
    return k === T.IDENT || k === T.STRING;
  }

  /** Reads an identifier and returns its value (quoted identifiers unescaped). */
  identifier(): string {
    const k = this.k();
    if (k !== T.IDENT && k !== T.STRING) this.unexpected([T.IDENT]);
    const i = this.pos++;
    return k === T.STRING ? fromGrammarString(this.text(i), true) : this.text(i);
  }

  /** `qualifiedName`: identifier ('::' identifier)*. Returns the path with identifiers unescaped. */
  qualifiedName(): string {
    let path = this.identifier();
    while (this.k() === T.PATH_SEPARATOR && (this.k(1) === T.IDENT || this.k(1) === T.STRING)) {
      this.pos++;
      path += '::' + this.identifier();
    }
    return path;
  }

  /** Concatenated token texts of [from, to] (ANTLR's `getText()`: no whitespace or comments). */
  rawText(from: number, to: number): string {
    let s = '';
    for (let i = from; i <= to; i++) s += this.text(i);
    return s;
  }

  // ----------------------------------------------------------------------------------------------- positions

  si(from: number, to: number): SourceInformation | undefined {
    if (!this.opts.returnSourceInformation) return undefined;
    return this.siAlways(from, to);
  }

  /** Sets `sourceInformation` on a node when positions are requested. */
  withSi<X extends object>(node: X, si: SourceInformation | undefined): X {
    if (si) (node as { sourceInformation?: SourceInformation }).sourceInformation = si;
    return node;
  }

  /** Source information regardless of the returnSourceInformation option (for errors). */
  siAlways(from: number, to: number): SourceInformation {
    const ts = this.ts;
    if (from >= this.n) return this.eofSi();
    const end = Math.min(Math.max(to, from), this.n - 1);
    const si: SourceInformation = {
      sourceId: this.opts.sourceId,
      startLine: ts.lines[from]!,
      startColumn: ts.cols[from]! + 1,
      endLine: ts.lines[end]!,
      endColumn: ts.cols[end]! + (ts.ends[end]! - ts.starts[end]!),
    };
    // ANTLR ends a position on the last token's start line plus its length; an island is many tokens there,
    // the last of them its closing `}#`, so a multi-line island ends where its text ends
    if (ts.kinds[end] === T.ISLAND) {
      const last = this.src.lastIndexOf('\n', ts.ends[end]! - 1);
      if (last >= ts.starts[end]!) {
        let lines = 0;
        for (let i = ts.starts[end]!; i <= last; i++) if (this.src.charCodeAt(i) === 10) lines++;
        si.endLine = ts.lines[end]! + lines;
        si.endColumn = ts.ends[end]! - last - 1;
      }
    }
    return si;
  }

  /** The position ANTLR reports for an error at end of input: the column of the last character. */
  eofSi(): SourceInformation {
    const col = Math.max(1, this.ts.eofCol);
    return { sourceId: this.opts.sourceId, startLine: this.ts.eofLine, startColumn: col, endLine: this.ts.eofLine, endColumn: col };
  }

  // ----------------------------------------------------------------------------------------------- errors

  error(message: string, si: SourceInformation | undefined): never {
    throw new EngineError(message, 'PARSER', si);
  }

  errorAt(message: string, from: number, to = from): never {
    throw new EngineError(message, 'PARSER', this.siAlways(from, to));
  }

  /**
   * Reports the current token as unexpected, worded like Legend's parser: a stray token followed by one that
   * would have been accepted is "Unexpected token"; otherwise "Unexpected token 'x'", with the valid
   * alternatives when the caller knows them.
   */
  unexpected(expectedKinds: T[] = [], expectedWords: string[] = []): never {
    const i = this.pos;
    const kind = this.k();
    if (kind === T.EOF) throw new EngineError('Unexpected token', 'PARSER', this.eofSi());
    if (kind === T.INVALID) this.errorAt('Unexpected token', i);
    const nextKind = this.k(1);
    const extraneous =
      (expectedKinds.length > 0 && expectedKinds.includes(nextKind)) ||
      (expectedWords.length > 0 && expectedWords.some((w) => this.isWordAt(i + 1, w)));
    if (extraneous) this.errorAt('Unexpected token', i);
    const alternatives = [
      ...expectedWords.map((w) => `'${w}'`),
      ...expectedKinds.map((k) => TOKEN_TEXT[k]).filter((t): t is string => t !== undefined).map((t) => `'${t}'`),
    ];
    const message =
      `Unexpected token '${this.text(i)}'` + (alternatives.length > 0 ? `. Valid alternatives: [${alternatives.join(', ')}]` : '');
    this.errorAt(message, i);
  }
}
