/** A real CheckContext over a temp git repository (real RepoFiles, real git diff). */
import type { CheckContext, Scope } from '../../src/core/types.js';
import { computeDiff } from '../../src/git/diff.js';
import { openRepoFiles } from '../../src/repo/files.js';
import type { GovernanceOptions, GovernanceOptionsInput } from '../../src/checks/governance/options.js';
import { INSTALL_DIR, options } from './util.js';

export async function contextFor(
  root: string,
  o: { options?: GovernanceOptionsInput; scope?: Scope; base?: string; installDir?: string; direct?: boolean } = {},
): Promise<CheckContext<GovernanceOptions>> {
  const diff = o.base ? await computeDiff({ root, base: o.base }) : null;
  const progress: Array<[number, number]> = [];
  return {
    options: options(o.options),
    files: o.direct ? { ...(await openRepoFiles(root)), readsWorkingTree: true } : await openRepoFiles(root),
    scope: o.scope ?? (o.base ? 'diff' : 'all'),
    diff,
    installDir: o.installDir ?? INSTALL_DIR,
    now: new Date('2026-01-15T00:00:00Z'),
    signal: new AbortController().signal,
    log: { info() {}, warn() {}, debug() {} },
    progress: (d, t) => progress.push([d, t]),
  };
}
