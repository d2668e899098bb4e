/** Shared set-up for the placeholder tests: the real data files, a scanner, a real RepoFiles. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildConfig, type EffectiveConfig } from '../../src/checks/placeholders/config.js';
import { parseData, type LoadedData } from '../../src/checks/placeholders/data.js';
import { optionsSchema, type PlaceholderOptions } from '../../src/checks/placeholders/options.js';
import { Scanner } from '../../src/checks/placeholders/scanner.js';
import type { RawFinding } from '../../src/checks/placeholders/spec.js';
import type { CheckContext, DiffInfo, RepoFiles } from '../../src/core/types.js';
import { openRepoFiles } from '../../src/repo/files.js';

export const ROOT = join(import.meta.dirname, '..', '..');
export const FIXTURES = join(import.meta.dirname, 'fixtures');
export const NOW = new Date('2026-06-15T12:00:00Z');

let data: Promise<LoadedData> | undefined;
export function repoData(): Promise<LoadedData> {
  data ??= parseData(readFileSync(join(ROOT, 'rules/placeholders.yaml'), 'utf8'), readFileSync(join(ROOT, 'rules/languages.yaml'), 'utf8')).then((d) => ({
    ...d,
    sha256: { placeholders: 'test', languages: 'test' },
  }));
  return data;
}

export async function effective(options: Record<string, unknown> = {}, now = NOW): Promise<EffectiveConfig> {
  return buildConfig(await repoData(), optionsSchema.parse(options), now);
}

export async function scanner(options: Record<string, unknown> = {}, now = NOW): Promise<Scanner> {
  return new Scanner((await effective(options, now)).scan);
}

/** Findings for one file's content, as the scanner reports them. */
export function scanWith(s: Scanner, path: string, content: string | Buffer): RawFinding[] {
  const buf = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const r = s.scanBuffer(path, buf, buf.length);
  return r.findings;
}

/** `line:column rule` strings, for compact assertions. */
export const brief = (fs: readonly RawFinding[]): string[] => fs.map((f) => `${f.line}:${f.column} ${f.ruleId.replace('placeholders/', '')}`);

/** A real RepoFiles over a directory (git ls-files inside a repo), marked as the working tree. */
export async function workingTree(dir: string): Promise<RepoFiles> {
  return { ...(await openRepoFiles(dir)), readsWorkingTree: true };
}

export function context(files: RepoFiles, opts: { options?: Record<string, unknown>; diff?: DiffInfo | null; installDir?: string; now?: Date } = {}): CheckContext<PlaceholderOptions> {
  const diff = opts.diff ?? null;
  const warnings: string[] = [];
  return {
    options: optionsSchema.parse(opts.options ?? {}),
    files,
    scope: diff ? 'diff' : 'all',
    diff,
    installDir: opts.installDir ?? ROOT,
    now: opts.now ?? NOW,
    signal: new AbortController().signal,
    log: { info: () => {}, warn: (m) => warnings.push(m), debug: () => {} },
    progress: () => {},
  };
}
