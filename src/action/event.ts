/** What the workflow event tells us: the PR, its head/base, and whether writes are possible (pure). */
import type { PullRequestInfo } from '../settings.js';

export const PR_EVENTS = ['pull_request', 'pull_request_target'] as const;

interface PrPayload {
  number?: number;
  head?: { sha?: string; ref?: string; repo?: { full_name?: string } | null };
  base?: { sha?: string; ref?: string; repo?: { full_name?: string } };
}

export function pullRequestFrom(eventName: string, payload: unknown): PullRequestInfo | undefined {
  if (!(PR_EVENTS as readonly string[]).includes(eventName)) return undefined;
  const pr = (payload as { pull_request?: PrPayload } | null)?.pull_request;
  if (!pr?.number || !pr.head?.sha || !pr.base?.sha) return undefined;
  const baseRepo = pr.base.repo?.full_name ?? '';
  // A deleted fork has head.repo null: treat it as a fork (never trusted).
  const headRepo = pr.head.repo?.full_name ?? '(deleted fork)';
  return {
    number: pr.number,
    headSha: pr.head.sha,
    baseSha: pr.base.sha,
    baseRef: pr.base.ref ?? '',
    headRef: pr.head.ref ?? '',
    headRepo,
    baseRepo,
    isFork: headRepo.toLowerCase() !== baseRepo.toLowerCase(),
  };
}

/**
 * Why this run must not write to GitHub, or undefined. GitHub gives `pull_request` runs from
 * forks, and Dependabot's runs, a read-only token without secrets.
 */
export function readOnlyReason(opts: { eventName: string; pr?: PullRequestInfo; actor?: string; token: string }): string | undefined {
  if (!opts.token) return 'no github-token was given';
  if (opts.eventName === 'pull_request' && opts.pr?.isFork) {
    return `pull request from fork ${opts.pr.headRepo}: GitHub gives this run a read-only token. Use the workflow_run reporter (workflows-examples/pr-report.yml) to post results`;
  }
  if (opts.actor === 'dependabot[bot]' && opts.eventName !== 'pull_request_target') {
    return 'Dependabot run: GitHub gives it a read-only token';
  }
  return undefined;
}
