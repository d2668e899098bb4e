/** A real CheckContext for the contracts check over a temp git repository (real RepoFiles, real git diff). */
import { join } from 'node:path';
import { optionsSchema, type ContractsOptions } from '../../src/checks/contracts/options.js';
import type { CheckContext } from '../../src/core/types.js';
import { computeDiff } from '../../src/git/diff.js';
import { openRepoFiles } from '../../src/repo/files.js';
import { makeRepo, type TempRepo } from '../helpers/git-repo.js';

export const INSTALL_DIR = join(import.meta.dirname, '..', '..');

export async function contractsContext(root: string, options: unknown, o: { base?: string } = {}): Promise<CheckContext<ContractsOptions>> {
  return {
    options: optionsSchema.parse(options),
    files: await openRepoFiles(root),
    scope: o.base ? 'diff' : 'all',
    diff: o.base ? await computeDiff({ root, base: o.base }) : null,
    installDir: INSTALL_DIR,
    now: new Date('2026-01-15T00:00:00Z'),
    signal: new AbortController().signal,
    log: { info() {}, warn() {}, debug() {} },
    progress() {},
  };
}

/** Base files committed on main, then `change` committed on a feature branch (checked out). */
export function prRepo(base: Record<string, string>, change: Record<string, string>, removed: string[] = []): TempRepo {
  const r = makeRepo(base);
  r.commit('base');
  r.git('checkout', '-q', '-b', 'feature');
  r.write(change);
  if (removed.length) r.remove(...removed);
  r.commit('change');
  return r;
}

export const json = (v: unknown): string => `${JSON.stringify(v, null, 2)}\n`;

/** 1-based line of the first line containing `needle` (after `after` when given). */
export function lineOf(text: string, needle: string, after = 0): number {
  const lines = text.split('\n');
  for (let i = after; i < lines.length; i++) if (lines[i]!.includes(needle)) return i + 1;
  throw new Error(`"${needle}" not found`);
}
