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

/**
 * Parses grammar text, skipping what the embedded parser does not support: a whole unsupported `###Section`,
 * or the section holding an unsupported construct. Skipped lines are blanked, so positions stay exact.
 */
function parseSkippingUnsupported(path: string, text: string, problems: SourceProblem[]): { elements: PackageableElement[]; partial: boolean } {
  let current = text;
  let partial = false;
  for (let attempt = 0; attempt < 200; attempt++) {
    try {
      return { elements: parsePureGrammar(current, { sourceId: path, returnSourceInformation: true }).elements, partial };
    } catch (e) {
      if (!isEngineError(e)) {
        problems.push({ kind: 'parser', path, message: `The parser failed: ${(e as Error).message}` });
        return { elements: [], partial };
      }
      const si = e.sourceInformation;
      if (!NOT_SUPPORTED.test(e.message) || !si) {
        problems.push({ kind: 'parser', path, message: e.message, ...fromSourceInformation(si) });
        return { elements: [], partial };
      }
      const lines = current.split('\n');
      let start = si.startLine - 1;
      while (start > 0 && !HEADER.test(lines[start]!)) start--;
      let end = Math.max(start + 1, si.startLine);
      while (end < lines.length && !HEADER.test(lines[end]!)) end++;
      const wholeSection = HEADER.test(lines[si.startLine - 1] ?? '') && /^Section '###/.test(e.message);
      if (!wholeSection) partial = true;
      problems.push({ kind: 'not-supported', path, message: e.message, ...fromSourceInformation(si) });
      for (let i = start; i < end; i++) lines[i] = lines[i]!.replace(/[^\s]/g, ' ');
      current = lines.join('\n');
    }
  }
  return { elements: [], partial };
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
