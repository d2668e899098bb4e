/**
 * A workspace prepared the way `actions/checkout` prepares GITHUB_WORKSPACE: a fresh `git init`,
 * a fetch from the "GitHub" repository (here a local repo over file://) of exactly the commit
 * the event names, with `fetch-depth` 1 (shallow, the default) or 0 (full history), and a
 * detached checkout. For pull requests GitHub serves `refs/pull/N/head` and `refs/pull/N/merge`;
 * `preparePullRequestRefs` creates them in the source repository.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TempRepo } from './git-repo.js';

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'GitHub',
  GIT_AUTHOR_EMAIL: 'noreply@github.com',
  GIT_COMMITTER_NAME: 'GitHub',
  GIT_COMMITTER_EMAIL: 'noreply@github.com',
  GIT_CONFIG_NOSYSTEM: '1',
};

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: { ...process.env, ...GIT_ENV }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

export interface PullRequestRefs {
  number: number;
  baseSha: string;
  headSha: string;
  /** GitHub's test merge of head into base (parents: base, head). */
  mergeSha: string;
}

/**
 * Create `refs/pull/N/head` and `refs/pull/N/merge` in `source` like GitHub does for an open PR
 * from `headRef` into `baseRef`. Throws when the branches conflict (GitHub then has no merge ref).
 */
export function preparePullRequestRefs(source: TempRepo | string, o: { number: number; baseRef: string; headRef: string }): PullRequestRefs {
  const dir = typeof source === 'string' ? source : source.dir;
  const baseSha = git(dir, 'rev-parse', `${o.baseRef}^{commit}`);
  const headSha = git(dir, 'rev-parse', `${o.headRef}^{commit}`);
  let tree: string;
  try {
    tree = git(dir, 'merge-tree', '--write-tree', baseSha, headSha).split('\n')[0]!;
  } catch (e) {
    throw new Error(`${o.headRef} does not merge cleanly into ${o.baseRef}: ${(e as Error).message}`);
  }
  const mergeSha = git(dir, 'commit-tree', tree, '-p', baseSha, '-p', headSha, '-m', `Merge ${headSha} into ${baseSha}`);
  git(dir, 'update-ref', `refs/pull/${o.number}/head`, headSha);
  git(dir, 'update-ref', `refs/pull/${o.number}/merge`, mergeSha);
  return { number: o.number, baseSha, headSha, mergeSha };
}

export interface Workspace {
  dir: string;
  git(...args: string[]): string;
  cleanup(): void;
}

/**
 * Check out `sha` from `source` into a new directory as actions/checkout does.
 * `fetchDepth: 1` (default) gives a shallow clone with only that commit; `0` fetches all
 * branches and tags first (full history, base branch available for diffs).
 * `remoteRef` is where the fetched commit is stored (e.g. `refs/remotes/pull/7/merge`).
 */
export function checkoutLikeActions(source: TempRepo | string, o: { sha: string; remoteRef?: string; fetchDepth?: number }): Workspace {
  const src = typeof source === 'string' ? source : source.dir;
  const dir = mkdtempSync(join(tmpdir(), 'guardian-ws-'));
  const run = (...args: string[]): string => git(dir, ...args);
  const remoteRef = o.remoteRef ?? 'refs/remotes/origin/checkout';
  const depth = o.fetchDepth ?? 1;
  run('init', '-q');
  run('remote', 'add', 'origin', `file://${src}`);
  run('config', '--local', 'gc.auto', '0');
  if (depth === 0) {
    run('-c', 'protocol.version=2', 'fetch', '-q', '--prune', '--no-recurse-submodules', 'origin',
      '+refs/heads/*:refs/remotes/origin/*', '+refs/tags/*:refs/tags/*');
    run('-c', 'protocol.version=2', 'fetch', '-q', '--no-tags', '--prune', '--no-recurse-submodules', 'origin', `+${o.sha}:${remoteRef}`);
  } else {
    run('-c', 'protocol.version=2', 'fetch', '-q', '--no-tags', '--prune', '--no-recurse-submodules', `--depth=${depth}`, 'origin', `+${o.sha}:${remoteRef}`);
  }
  run('checkout', '-q', '--force', remoteRef);
  return { dir, git: run, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Shortcut for a pull_request run: prepare the PR refs and check out the merge commit. */
export function checkoutPullRequest(
  source: TempRepo,
  o: { number: number; baseRef: string; headRef: string; fetchDepth?: number },
): { refs: PullRequestRefs; workspace: Workspace } {
  const refs = preparePullRequestRefs(source, o);
  const workspace = checkoutLikeActions(source, { sha: refs.mergeSha, remoteRef: `refs/remotes/pull/${o.number}/merge`, fetchDepth: o.fetchDepth ?? 1 });
  return { refs, workspace };
}
