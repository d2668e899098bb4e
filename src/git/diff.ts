/**
 * The PR diff, computed locally with git between the merge base and the working tree —
 * never from the PR files API (it caps at 3,000 files and refuses diffs over 300 files).
 */
import type { ChangedFile, DiffInfo } from '../core/types.js';
import { runGit } from './exec.js';
import { parseUnifiedDiff } from './unified-diff.js';

export interface DiffRequest {
  root: string;
  /** Base commit or ref (the PR's base SHA, or `--base` on the CLI). */
  base: string;
  /** Try `git fetch --depth=1 origin <base>` when the base commit is missing (shallow CI clones). */
  fetchMissingBase?: boolean;
}

/** The base names nothing in a complete clone: a typo, not missing history. */
export class UnknownBaseError extends Error {
  override name = 'UnknownBaseError';
}

const FETCH_DEPTH_HINT =
  'Set `fetch-depth: 0` on actions/checkout (or fetch the base branch) so Guardian can compute exact changed lines.';

export async function computeDiff(req: DiffRequest): Promise<DiffInfo> {
  const { root, base } = req;
  let baseCommit = await resolveCommit(root, base);
  if (!baseCommit && req.fetchMissingBase) {
    await runGit(['fetch', '--no-tags', '--quiet', '--depth=1', 'origin', base], { cwd: root, timeoutMs: 60_000 });
    baseCommit = await resolveCommit(root, base);
  }
  if (!baseCommit) {
    const shallow = await runGit(['rev-parse', '--is-shallow-repository'], { cwd: root, timeoutMs: 10_000 });
    if (shallow.stdout.toString('utf8').trim() !== 'true') {
      throw new UnknownBaseError(`base "${base}" is not a commit, branch or tag in ${root}; check the name (e.g. origin/main) or fetch it first`);
    }
    return fallbackToLastCommit(root, base);
  }

  const mb = await runGit(['merge-base', baseCommit, 'HEAD'], { cwd: root, timeoutMs: 30_000 });
  const mergeBase = mb.code === 0 ? mb.stdout.toString('utf8').trim() : null;
  const from = mergeBase ?? baseCommit;
  const files = await diffAgainstWorkTree(root, from);
  const info: DiffInfo = { baseRef: base, headRef: 'HEAD', mergeBase, files };
  if (!mergeBase) {
    info.warning =
      `The merge base of ${base} and HEAD is not in this clone (shallow history), so changed lines were computed ` +
      `against the base tip: lines the base changed since the fork also count as changed. ${FETCH_DEPTH_HINT}`;
  }
  return info;
}

async function resolveCommit(root: string, ref: string): Promise<string | null> {
  const r = await runGit(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd: root, timeoutMs: 10_000 });
  return r.code === 0 ? r.stdout.toString('utf8').trim() : null;
}

/** Diff from `from` to the working tree (uncommitted and untracked files included, for local runs). */
async function diffAgainstWorkTree(root: string, from: string): Promise<Map<string, ChangedFile>> {
  const r = await runGit(['diff', '--no-ext-diff', '--no-textconv', '-U0', '-M', from, '--'], {
    cwd: root,
    timeoutMs: 120_000,
  });
  if (r.code !== 0) throw new Error(`git diff ${from} failed in ${root}: ${r.stderr.trim()}`);
  const files = new Map<string, ChangedFile>();
  for (const f of parseUnifiedDiff(r.stdout.toString('utf8'))) files.set(f.path, f);
  const untracked = await runGit(['ls-files', '-z', '--others', '--exclude-standard'], { cwd: root });
  for (const p of untracked.stdout.toString('utf8').split('\0')) {
    if (p && !files.has(p)) files.set(p, wholeFile(p, 'added'));
  }
  return files;
}

function wholeFile(path: string, status: ChangedFile['status']): ChangedFile {
  return { path, status, addedRanges: [], removedLines: [], wholeFile: true, binary: false };
}

/**
 * The base commit is not in the clone (actions/checkout's default depth 1). List what the
 * last commit changed, if its parent is here, and treat those files as wholly changed.
 */
async function fallbackToLastCommit(root: string, base: string): Promise<DiffInfo> {
  const warning = `The base commit ${base} is not in this clone (shallow checkout). ${FETCH_DEPTH_HINT}`;
  const r = await runGit(['diff', '--name-status', '-z', '--no-renames', 'HEAD~1', 'HEAD', '--'], {
    cwd: root,
    timeoutMs: 60_000,
  });
  if (r.code !== 0) {
    return {
      baseRef: base,
      headRef: 'HEAD',
      mergeBase: null,
      files: new Map(),
      unavailable: true,
      warning: `${warning} No parent commit is available either, so every file is checked.`,
    };
  }
  const parts = r.stdout.toString('utf8').split('\0');
  const files = new Map<string, ChangedFile>();
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const status = parts[i]!;
    const path = parts[i + 1]!;
    if (status === 'D') continue;
    files.set(path, wholeFile(path, status === 'A' ? 'added' : 'modified'));
  }
  return {
    baseRef: base,
    headRef: 'HEAD',
    mergeBase: null,
    files,
    warning: `${warning} Falling back to whole-file scope for the ${files.size} file(s) the last commit changed.`,
  };
}
