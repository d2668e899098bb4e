/**
 * Finds the PR a `workflow_run` belongs to, by head SHA. GitHub leaves
 * `workflow_run.pull_requests` empty for fork PRs, so fall back to listing open PRs by
 * `head=<fork-owner>:<branch>` and matching the SHA.
 */
import type { PullRequestInfo } from '../settings.js';
import type { GitHubClient } from './client.js';

export interface WorkflowRunRef {
  headSha: string;
  headBranch: string;
  headOwner: string;
  headRepo: string;
  /** Numbers from `workflow_run.pull_requests` (same-repository PRs only). */
  listedNumbers: number[];
}

export async function findPullRequest(client: GitHubClient, owner: string, repo: string, run: WorkflowRunRef): Promise<PullRequestInfo | undefined> {
  const candidates: number[] = [...run.listedNumbers];
  if (candidates.length === 0 && run.headBranch) {
    const { data } = await client.rest.pulls.list({ owner, repo, state: 'open', head: `${run.headOwner}:${run.headBranch}`, per_page: 10 });
    for (const p of data) if (p.head.sha === run.headSha) candidates.push(p.number);
  }
  for (const number of candidates) {
    const { data: p } = await client.rest.pulls.get({ owner, repo, pull_number: number });
    if (p.head.sha !== run.headSha) continue;
    const headRepo = p.head.repo?.full_name ?? '(deleted fork)';
    return {
      number: p.number,
      headSha: p.head.sha,
      baseSha: p.base.sha,
      baseRef: p.base.ref,
      headRef: p.head.ref,
      headRepo,
      baseRepo: p.base.repo.full_name,
      isFork: headRepo.toLowerCase() !== p.base.repo.full_name.toLowerCase(),
    };
  }
  return undefined;
}
