/**
 * Reads the repository's PURE sources — grammar files and Legend SDLC entity files — into one
 * PureModelContextData, with parser errors and unreadable files as problems at exact positions.
 */
import { createHash } from 'node:crypto';
import { parseJsonWithPositions } from '../contracts/json-parse.js';
import type { RepoFiles } from '../../core/types.js';
import { entityToElement, isEngineError, parseEntityFile, parsePureGrammar, type PackageableElement, type PureModelContextData, type SourceInformation } from '../../pure/index.js';

export interface SourceProblem {
  /** `not-supported`: a part the embedded parser cannot read (skipped, the rest is compiled). */
  kind: 'parser' | 'invalid-file' | 'not-supported';
  path: string;
  message: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
}

export interface SourceFile {
  path: string;
  kind: 'pure' | 'entity';
  sha256: string;
}

export interface LoadedSources {
  model: PureModelContextData;
  files: SourceFile[];
  problems: SourceProblem[];
  /** Elements read from entity files (they carry no source information): where each one is. */
  entityElements: Map<PackageableElement, { path: string; text: string }>;
  /**
   * True when a section the parser supports had to be skipped (it holds a construct the embedded parser
   * cannot read), so elements other parts refer to may be missing from the model.
   */
  partial: boolean;
}

const NOT_SUPPORTED = /not supported by the embedded engine/;
const HEADER = /^###\w/;
const MAX_SKIPPED_PARTS = 200;

/**
 * Parses grammar text, skipping what the embedded parser does not support: a whole unsupported `###Section`
 * (every section of that kind at once), or the section holding an unsupported construct. Skipped lines are
 * blanked, so positions stay exact.
 */
function parseSkippingUnsupported(path: string, text: string, problems: SourceProblem[]): { elements: PackageableElement[]; partial: boolean } {
  let current = text;
  let partial = false;
  const skipped: SourceProblem[] = [];
  // the notices in file order, then what ended the parse
  const done = (elements: PackageableElement[], last?: SourceProblem): { elements: PackageableElement[]; partial: boolean } => {
    problems.push(...skipped.sort((x, y) => (x.line ?? 0) - (y.line ?? 0)), ...(last ? [last] : []));
    return { elements, partial };
  };
  for (let attempt = 0; attempt < MAX_SKIPPED_PARTS; attempt++) {
    try {
      return done(parsePureGrammar(current, { sourceId: path, returnSourceInformation: true }).elements);
    } catch (e) {
      if (!isEngineError(e)) return done([], { kind: 'parser', path, message: `The parser failed: ${(e as Error).message}` });
      const si = e.sourceInformation;
      if (!NOT_SUPPORTED.test(e.message) || !si) return done([], { kind: 'parser', path, message: e.message, ...fromSourceInformation(si) });
      const lines = current.split('\n');
      const header = lines[si.startLine - 1] ?? '';
      const wholeSection = HEADER.test(header) && /^Section '###/.test(e.message);
      if (!wholeSection) partial = true;
      // an unsupported section kind: all its sections at once (a notice at each header), not one per parse
      const name = wholeSection ? /^###\w+/.exec(header)![0] : undefined;
      const skippedLines = name ? lines.flatMap((l, i) => (/^###\w+/.exec(l)?.[0] === name ? [i] : [])) : [si.startLine - 1];
      for (const line of skippedLines) {
        const at = line === si.startLine - 1 ? fromSourceInformation(si) : { line: line + 1, column: 1, endLine: line + 1, endColumn: name!.length };
        skipped.push({ kind: 'not-supported', path, message: e.message, ...at });
        let start = line;
        while (start > 0 && !HEADER.test(lines[start]!)) start--;
        let end = Math.max(start + 1, line + 1);
        while (end < lines.length && !HEADER.test(lines[end]!)) end++;
        for (let i = start; i < end; i++) lines[i] = lines[i]!.replace(/[^\s]/g, ' ');
      }
      current = lines.join('\n');
    }
  }
  partial = true;
  return done([], { kind: 'not-supported', path, message: `More than ${MAX_SKIPPED_PARTS} parts of the file are not read by the embedded engine, so none of it was compiled; split the file or configure a Legend engine URL`, line: 1, column: 1 });
}

const MAX_BYTES = 64 * 1024 * 1024;
const utf8 = new TextDecoder('utf-8', { fatal: true });

function decode(path: string, bytes: Buffer, problems: SourceProblem[]): string | undefined {
  if (bytes.length > MAX_BYTES) {
    problems.push({ kind: 'invalid-file', path, message: `The file is larger than ${MAX_BYTES / 1024 / 1024} MiB and was not compiled; split the model into smaller files.` });
    return undefined;
  }
  if (bytes.includes(0)) {
    problems.push({ kind: 'invalid-file', path, message: 'The file is binary (it contains NUL bytes), not PURE grammar or entity JSON; remove it from checks.compile.pure.paths.' });
    return undefined;
  }
  try {
    return utf8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    problems.push({ kind: 'invalid-file', path, message: 'The file is not valid UTF-8; save it as UTF-8.' });
    return undefined;
  }
}

function fromSourceInformation(si: SourceInformation | undefined): Pick<SourceProblem, 'line' | 'column' | 'endLine' | 'endColumn'> {
  if (!si) return {};
  return { line: si.startLine, column: si.startColumn, endLine: si.endLine, endColumn: si.endColumn };
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

/** An entity file's element, read as `guardian pure parse|compile` read it (src/pure/entities.ts). */
function readEntity(path: string, text: string, problems: SourceProblem[]): PackageableElement | undefined {
  try {
    return entityToElement(parseEntityFile(text, path));
  } catch (e) {
    const message = `${(e as Error).message}. Fix the file (a Legend SDLC entity {"classifierPath": "...", "content": {"_type": ...}, "path": "pkg::Name"}) or exclude it from checks.compile.pure.paths.`;
    problems.push({ kind: 'invalid-file', path, message, ...(isEngineError(e) ? fromSourceInformation(e.sourceInformation) : { line: 1, column: 1 }) });
    return undefined;
  }
}

export async function loadSources(files: RepoFiles, paths: readonly string[], progress?: (done: number, total: number) => void): Promise<LoadedSources> {
  const problems: SourceProblem[] = [];
  const elements: PackageableElement[] = [];
  const loaded: SourceFile[] = [];
  const entityElements = new Map<PackageableElement, { path: string; text: string }>();
  let partial = false;
  let done = 0;
  for (const path of paths) {
    progress?.(done++, paths.length);
    const bytes = await files.read(path);
    if (!bytes) continue;
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const text = decode(path, bytes, problems);
    if (text === undefined) continue;
    if (path.toLowerCase().endsWith('.json')) {
      const el = readEntity(path, text, problems);
      loaded.push({ path, kind: 'entity', sha256 });
      if (el) {
        elements.push(el);
        entityElements.set(el, { path, text });
      }
      continue;
    }
    loaded.push({ path, kind: 'pure', sha256 });
    const parsed = parseSkippingUnsupported(path, text, problems);
    elements.push(...parsed.elements);
    partial ||= parsed.partial;
  }
  progress?.(paths.length, paths.length);
  return { model: { _type: 'data', elements }, files: loaded, problems, entityElements, partial };
}

/** Where an entity element is, for findings without source information: its `content.name`, else the file start. */
export function entityPosition(text: string): { line: number; column: number } {
  const parsed = parseJsonWithPositions(text);
  if (!parsed.ok) return { line: 1, column: 1 };
  const content = parsed.root.entries?.get('content');
  const name = content?.entries?.get('name');
  const node = name ?? content;
  return node ? lineColumn(text, node.keyStart ?? node.start) : { line: 1, column: 1 };
}
