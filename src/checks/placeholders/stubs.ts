/** Code stubs: data-driven patterns matched in code, plus the Python detectors (pure). */
import { spanAt } from './lexer.js';
import type { StubConfig } from './spec.js';

export interface PreparedStub {
  cfg: StubConfig;
  re: RegExp | null;
  languages: Set<string>;
}

export function prepareStub(cfg: StubConfig): PreparedStub {
  return { cfg, re: cfg.pattern ? new RegExp(cfg.pattern, 'g') : null, languages: new Set(cfg.languages) };
}

export interface StubHit {
  pos: number;
  len: number;
  /** Function name, for messages of detectors. */
  name?: string;
}

/** Matches of a pattern rule whose start lies in code (outside every comment and string span). */
export function patternHits(text: string, spans: readonly number[], stub: PreparedStub): StubHit[] {
  const re = stub.re;
  if (!re) return [];
  const out: StubHit[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    if (spanAt(spans, m.index) !== undefined) continue;
    if (stub.cfg.notInAbstractMethod && inAbstractMethod(text, m.index)) continue;
    out.push({ pos: m.index, len: m[0].length });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Python structure, by indentation
// ---------------------------------------------------------------------------------------------

interface Line {
  start: number;
  end: number;
  indent: number;
  text: string;
}

function lineAt(text: string, pos: number): Line {
  const start = text.lastIndexOf('\n', pos - 1) + 1;
  let end = text.indexOf('\n', pos);
  if (end === -1) end = text.length;
  return lineFrom(text, start, end);
}

function lineFrom(text: string, start: number, end: number): Line {
  const raw = text.slice(start, end).replace(/\r$/, '');
  const indent = raw.length - raw.trimStart().length;
  return { start, end, indent, text: raw.trim() };
}

function previousLine(text: string, line: Line): Line | undefined {
  if (line.start === 0) return undefined;
  const end = line.start - 1;
  const start = text.lastIndexOf('\n', end - 1) + 1;
  return lineFrom(text, start, end);
}

const DEF = /^(?:async\s+)?def\s+([A-Za-z_]\w*)/;
const ABSTRACT = /(?:^|\.)(?:abstractmethod|abstractproperty|abstractclassmethod|abstractstaticmethod|overload)\b/;

/** Decorator lines right above a `def` line. */
function decoratorsOf(text: string, def: Line): string[] {
  const out: string[] = [];
  for (let l = previousLine(text, def); l; l = previousLine(text, l)) {
    if (l.text === '' || l.text.startsWith('#')) continue;
    if (!l.text.startsWith('@')) break;
    out.push(l.text.slice(1));
  }
  return out;
}

/** The `def` enclosing `pos` (the nearest less-indented `def` line above it). */
function enclosingDef(text: string, pos: number): Line | undefined {
  let limit = lineAt(text, pos).indent;
  for (let l = previousLine(text, lineAt(text, pos)); l; l = previousLine(text, l)) {
    if (l.text === '' || l.text.startsWith('#') || l.indent >= limit) continue;
    if (DEF.test(l.text)) return l;
    if (l.text.startsWith('class ')) return undefined;
    limit = l.indent;
    if (limit === 0) return undefined;
  }
  return undefined;
}

function inAbstractMethod(text: string, pos: number): boolean {
  const def = enclosingDef(text, pos);
  return def !== undefined && decoratorsOf(text, def).some((d) => ABSTRACT.test(d));
}

/** Enclosing class header declares a Protocol (its methods are meant to be empty). */
function inProtocolClass(text: string, def: Line): boolean {
  for (let l = previousLine(text, def); l; l = previousLine(text, l)) {
    if (l.text === '' || l.indent >= def.indent) continue;
    return /^class\s+\w+\s*\(.*\bProtocol\b/.test(l.text);
  }
  return false;
}

const EMPTY_BODY = /^(?:pass|\.\.\.)\s*(?:#.*)?$/;

/**
 * `def` statements whose body is only `pass` or `...` (after an optional docstring), outside
 * abstract methods, overloads and Protocol classes.
 */
export function pythonEmptyFunctions(text: string, spans: readonly number[]): StubHit[] {
  const out: StubHit[] = [];
  const re = /^[ \t]*(?:async[ \t]+)?def[ \t]+([A-Za-z_]\w*)/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const defPos = m.index + m[0].indexOf('def');
    const asyncPos = m[0].trimStart().startsWith('async') ? m.index + m[0].indexOf('async') : defPos;
    if (spanAt(spans, asyncPos) !== undefined) continue;
    const colon = signatureEnd(text, spans, defPos);
    if (colon === -1) continue;
    const def = lineAt(text, asyncPos);
    if (decoratorsOf(text, def).some((d) => ABSTRACT.test(d)) || inProtocolClass(text, def)) continue;
    if (bodyIsEmpty(text, spans, colon, def.indent)) out.push({ pos: asyncPos, len: m[0].length - (asyncPos - m.index), name: m[1]! });
  }
  return out;
}

/** Offset of the `:` ending the signature that starts at `from`, skipping strings and brackets. */
function signatureEnd(text: string, spans: readonly number[], from: number): number {
  let depth = 0;
  for (let k = from; k < text.length; k++) {
    const span = spanAt(spans, k);
    if (span) {
      k = span[2] - 1;
      continue;
    }
    const c = text.charCodeAt(k);
    if (c === 40 || c === 91 || c === 123) depth++;
    else if (c === 41 || c === 93 || c === 125) depth--;
    else if (c === 58 && depth === 0) return k;
  }
  return -1;
}

function bodyIsEmpty(text: string, spans: readonly number[], colon: number, defIndent: number): boolean {
  let end = text.indexOf('\n', colon);
  if (end === -1) end = text.length;
  const inline = text.slice(colon + 1, end).trim();
  if (inline && !inline.startsWith('#')) return EMPTY_BODY.test(inline);
  const statements: string[] = [];
  let pos = end + 1;
  while (pos < text.length) {
    let e = text.indexOf('\n', pos);
    if (e === -1) e = text.length;
    const line = lineFrom(text, pos, e);
    if (line.text === '' || line.text.startsWith('#')) {
      pos = e + 1;
      continue;
    }
    if (line.indent <= defIndent) break;
    const first = pos + line.indent;
    const span = spanAt(spans, first);
    if (span && span[1] === first && statements.length === 0) {
      // A docstring: skip to the line after it.
      const after = text.indexOf('\n', span[2]);
      pos = after === -1 ? text.length : after + 1;
      statements.push('"doc"');
      continue;
    }
    statements.push(line.text);
    if (statements.filter((s) => s !== '"doc"').length > 1) return false;
    pos = e + 1;
  }
  const real = statements.filter((s) => s !== '"doc"');
  return real.length === 1 && EMPTY_BODY.test(real[0]!);
}
