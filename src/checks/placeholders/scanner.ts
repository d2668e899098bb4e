/**
 * Scans one file's bytes: skip checks, the byte-level literal prefilter, decoding, lexing only
 * up to the last candidate, then markers, stubs and placeholder literals with exact positions.
 * Pure apart from the reused buffer it is handed; used on the main thread and in workers.
 */
import { COMMENT, DOC, kindsAt, lex, spanAt, type CompiledLanguage } from './lexer.js';
import { LanguageIndex } from './language-index.js';
import { markerFinding, preparePolicy, tagLiterals, wholeWordOccurrences, type PreparedPolicy } from './markers.js';
import { fileOffset, readNotebook } from './notebook.js';
import { lineKey, linePositions, snippetOf, type LinePos } from './positions.js';
import type { FileResult, RawFinding, ScanConfig } from './spec.js';
import { Prefilter, wordsOf, type ScanBuffer } from './prefilter.js';
import { patternHits, prepareStub, pythonEmptyFunctions, type PreparedStub, type StubHit } from './stubs.js';

const BINARY_WINDOW = 8192;
const GENERATED_WINDOW = 1024;
const MIN_MINIFIED_BYTES = 2048;

interface Located extends RawFinding {
  offset: number;
  len: number;
}

interface PendingHit {
  offset: number;
  len: number;
  build(pos: LinePos): RawFinding | null;
}

export class Scanner {
  readonly langs: LanguageIndex;
  private readonly policy: PreparedPolicy;
  private readonly tagLiterals: Array<{ literal: string; index: number }>;
  private readonly placeholderLiterals: Array<{ literal: string; index: number }>;
  private readonly stubs: PreparedStub[];
  private readonly stubsByLang = new Map<string, PreparedStub[]>();
  private readonly prefilters = new Map<string, Prefilter>();
  /** Even-aligned copy space for buffers handed in at odd offsets (tests, pooled buffers). */
  private scratch = Buffer.allocUnsafeSlow(0);
  private readonly generated: Buffer[];

  constructor(readonly cfg: ScanConfig) {
    this.langs = new LanguageIndex(cfg.languages, cfg.languageOverrides);
    this.policy = preparePolicy(cfg);
    this.tagLiterals = tagLiterals(cfg.tags);
    this.placeholderLiterals = cfg.placeholderLiterals.literals.map((literal, index) => ({ literal, index }));
    this.stubs = cfg.stubs.map(prepareStub);
    this.generated = cfg.generatedMarkers.map((m) => Buffer.from(m));
  }

  /** Language by name, then by `#!` line, else the generic mode. */
  languageFor(path: string, buf: Buffer, len: number): CompiledLanguage {
    const byName = this.langs.forPath(path);
    if (byName) return byName;
    if (len > 2 && buf[0] === 0x23 && buf[1] === 0x21) {
      let nl = buf.subarray(0, Math.min(len, 256)).indexOf(10);
      if (nl === -1) nl = Math.min(len, 256);
      const lang = this.langs.forShebang(buf.toString('latin1', 0, nl));
      if (lang) return lang;
    }
    return this.langs.generic;
  }

  private stubsFor(lang: CompiledLanguage): PreparedStub[] {
    let list = this.stubsByLang.get(lang.id);
    if (!list) {
      // Embedded languages count too: JavaScript stubs in an HTML <script>, PHP in <?php ... ?>.
      const ids = new Set([lang.id]);
      for (const i of lang.spec.islands ?? []) for (const id of [i.language, ...Object.values(i.attributeLanguages ?? {})]) ids.add(id);
      list = this.stubs.filter((s) => [...ids].some((id) => s.languages.has(id)));
      this.stubsByLang.set(lang.id, list);
    }
    return list;
  }

  /** The prefilter over every literal that can lead to a finding in this language. */
  prefilterFor(lang: CompiledLanguage): Prefilter {
    let p = this.prefilters.get(lang.id);
    if (!p) {
      const literals = new Set<string>();
      for (const { literal } of this.tagLiterals) literals.add(literal);
      // A notebook's cells may be in any language: every stub's literals count.
      for (const s of lang.spec.notebook ? this.stubs : this.stubsFor(lang)) for (const l of s.cfg.literals) literals.add(l);
      for (const { literal } of this.placeholderLiterals) literals.add(literal);
      p = new Prefilter([...literals]);
      this.prefilters.set(lang.id, p);
    }
    return p;
  }

  /** `buf` as a {@link ScanBuffer}: as is when even-aligned, else copied to scratch space. */
  private asScanBuffer(buf: Buffer, len: number): ScanBuffer {
    if ((buf.byteOffset & 1) === 0) return { buf, words: new Uint16Array(buf.buffer, buf.byteOffset, len >> 1), kernel: null };
    if (this.scratch.length < len) this.scratch = Buffer.allocUnsafeSlow(Math.max(len, 4096));
    buf.copy(this.scratch, 0, 0, len);
    return { buf: this.scratch, words: wordsOf(this.scratch), kernel: null };
  }

  /**
   * Scans `buf[0, len)` (a reused buffer: nothing past `len` is read). `sb`: the caller's scan
   * buffer holding `buf` (kept across files: word view, WebAssembly kernel), else made here.
   */
  scanBuffer(path: string, buf: Buffer, len: number, sb?: ScanBuffer): FileResult {
    const head = buf.subarray(0, Math.min(len, BINARY_WINDOW));
    if (head.indexOf(0) !== -1) return { path, findings: [], skipped: 'binary' };
    const top = buf.subarray(0, Math.min(len, GENERATED_WINDOW));
    for (const g of this.generated) if (top.indexOf(g) !== -1) return { path, findings: [], skipped: 'generated' };
    const lang = this.languageFor(path, buf, len);
    if (lang.spec.minifiable && len >= MIN_MINIFIED_BYTES && this.looksMinified(head)) return { path, findings: [], skipped: 'minified' };
    const aligned = sb ?? this.asScanBuffer(buf, len);
    const prefilter = this.prefilterFor(lang);
    if (!prefilter.test(aligned, len)) return { path, findings: [] };
    const bom = len >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
    const text = buf.toString('utf8', bom, len);
    if (lang.spec.notebook) return this.scanNotebook(path, text);
    return { path, findings: this.scanText(text, lang, prefilter.present(aligned, len)).map(strip) };
  }

  /** Average line length over the first 8 KB above the limit: stop counting once it cannot be. */
  private looksMinified(head: Buffer): boolean {
    const needed = Math.ceil(head.length / this.cfg.minifiedLineLength);
    let lines = 0;
    for (let k = head.indexOf(10); k !== -1; k = head.indexOf(10, k + 1)) {
      if (++lines >= needed) return false;
    }
    return true;
  }

  scanNotebook(path: string, text: string): FileResult {
    const nb = readNotebook(text);
    if (!nb) return { path, findings: [], skipped: 'invalid-notebook' };
    const code = this.langs.get(nb.language) ?? this.langs.get('python') ?? this.langs.generic;
    const markdown = this.langs.get('markdown') ?? this.langs.generic;
    const found: Array<{ f: Located; at: number }> = [];
    for (const cell of nb.cells) {
      for (const f of this.scanText(cell.text, cell.kind === 'code' ? code : markdown)) found.push({ f, at: fileOffset(text, cell, f.offset) });
    }
    found.sort((a, b) => a.at - b.at);
    const pos = linePositions(
      text,
      found.map((x) => x.at),
    );
    return {
      path,
      findings: found.map(({ f }, n) => {
        const p = pos[n]!;
        return strip({ ...f, line: p.line, column: p.column, endColumn: p.column + (f.endColumn - f.column) });
      }),
    };
  }

  /**
   * Findings in decoded text of a known language, with their offsets. `present`: the literals
   * the prefilter saw in the raw bytes (others need no search); absent: search for all.
   */
  scanText(text: string, lang: CompiledLanguage, present?: ReadonlySet<string>): Located[] {
    const has = present ? (l: string): boolean => present.has(l) : (l: string): boolean => text.includes(l);
    const tagHits = wholeWordOccurrences(text, this.tagLiterals.filter((l) => has(l.literal)));
    const literalHits = wholeWordOccurrences(text, this.placeholderLiterals.filter((l) => has(l.literal)));
    const stubs = this.stubsFor(lang).filter((s) => s.cfg.literals.some(has));
    if (tagHits.length === 0 && literalHits.length === 0 && stubs.length === 0) return [];

    let stopAt = -1;
    for (const c of tagHits) stopAt = Math.max(stopAt, c.pos);
    for (const c of literalHits) stopAt = Math.max(stopAt, c.pos);
    if (stubs.length) stopAt = Number.MAX_SAFE_INTEGER;
    const spans = lex(text, lang, stopAt);
    const docIsComment = this.cfg.docstringsAsComments;
    const pending: PendingHit[] = [];

    const tagKinds = kindsAt(
      spans,
      tagHits.map((c) => c.pos),
    );
    tagHits.forEach((c, n) => {
      const kind = tagKinds[n]!;
      if (kind !== COMMENT && !(kind === DOC && docIsComment)) return;
      const tag = this.cfg.tags[c.index]!;
      const commentEnd = spanAt(spans, c.pos)![2];
      pending.push({ offset: c.pos, len: c.len, build: (pos) => markerFinding(tag, c.pos, c.len, { text, commentEnd, pos }, this.cfg, this.policy) });
    });

    const litKinds = kindsAt(
      spans,
      literalHits.map((c) => c.pos),
    );
    literalHits.forEach((c, n) => {
      const kind = litKinds[n]!;
      if (kind === COMMENT || (kind === DOC && docIsComment)) return;
      const literal = this.cfg.placeholderLiterals.literals[c.index]!;
      const rule = this.cfg.placeholderLiterals;
      pending.push({
        offset: c.pos,
        len: c.len,
        build: (pos) => ({
          ruleId: rule.ruleId,
          title: rule.title,
          message: rule.message.replaceAll('{literal}', literal),
          line: pos.line,
          column: pos.column,
          endColumn: pos.column + c.len - 1,
          snippet: snippetOf(text, pos),
          key: lineKey(text, pos),
        }),
      });
    });

    const seen = new Set<number>();
    for (const stub of stubs) {
      const hits: StubHit[] = stub.cfg.detector === 'python-empty-function' ? pythonEmptyFunctions(text, spans) : patternHits(text, spans, stub);
      for (const h of hits) {
        if (seen.has(h.pos)) continue;
        seen.add(h.pos);
        pending.push({
          offset: h.pos,
          len: h.len,
          build: (pos) => {
            const lineLen = pos.lineEnd - pos.lineStart;
            return {
              ruleId: stub.cfg.ruleId,
              title: stub.cfg.title,
              message: stub.cfg.message.replaceAll('{name}', h.name ?? ''),
              line: pos.line,
              column: pos.column,
              endColumn: Math.max(pos.column, Math.min(pos.column + h.len - 1, lineLen)),
              snippet: snippetOf(text, pos),
              key: lineKey(text, pos),
            };
          },
        });
      }
    }

    pending.sort((a, b) => a.offset - b.offset);
    const positions = linePositions(
      text,
      pending.map((p) => p.offset),
    );
    const out: Located[] = [];
    pending.forEach((p, n) => {
      const f = p.build(positions[n]!);
      if (f) out.push({ ...f, offset: p.offset, len: p.len });
    });
    return out;
  }
}

function strip(f: Located): RawFinding {
  const { offset: _o, len: _l, ...rest } = f;
  return rest;
}
