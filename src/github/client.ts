/**
 * The GitHub client: octokit with throttling (honours `retry-after` and rate-limit resets,
 * serialises writes) and retry (5xx and network faults). The only module that builds one.
 */
import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { Logger } from '../core/types.js';
import type { GitHubSettings } from '../settings.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';

const GuardianOctokit = Octokit.plugin(throttling, retry);
export type GitHubClient = InstanceType<typeof GuardianOctokit>;

/** Retries after a rate limit or secondary limit; beyond this the call fails and is reported. */
const MAX_LIMIT_RETRIES = 2;
/** Never sleep longer than this for one limit: a CI job has better things to do. */
const MAX_WAIT_SECONDS = 120;

export function createClient(gh: GitHubSettings, log: Logger): GitHubClient {
  return new GuardianOctokit({
    auth: gh.token,
    baseUrl: gh.apiUrl,
    userAgent: `${TOOL_NAME}/${TOOL_VERSION}`,
    log: { debug: () => {}, info: () => {}, warn: (m: string) => log.debug(m), error: (m: string) => log.debug(m) },
    request: { timeout: 30_000 },
    retry: { retries: 3, doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
    throttle: {
      onRateLimit: (retryAfter: number, options: { method: string; url: string }, _o: unknown, retryCount: number) => {
        const again = retryCount < MAX_LIMIT_RETRIES && retryAfter <= MAX_WAIT_SECONDS;
        log.warn(`GitHub rate limit on ${options.method} ${options.url}: ${again ? `retrying in ${retryAfter}s` : 'giving up'}`);
        return again;
      },
      onSecondaryRateLimit: (retryAfter: number, options: { method: string; url: string }, _o: unknown, retryCount: number) => {
        const again = retryCount < MAX_LIMIT_RETRIES && retryAfter <= MAX_WAIT_SECONDS;
        log.warn(`GitHub secondary rate limit on ${options.method} ${options.url}: ${again ? `retrying after ${retryAfter}s (retry-after)` : 'giving up'}`);
        return again;
      },
    },
  });
}

/** A one-line description of a failed call: status and GitHub's own message. */
export function describeHttpError(e: unknown): string {
  const err = e as { status?: number; message?: string; response?: { data?: { message?: string } } };
  const msg = err.response?.data?.message ?? err.message ?? String(e);
  return err.status ? `HTTP ${err.status}: ${msg}` : msg;
}

export function httpStatus(e: unknown): number | undefined {
  return (e as { status?: number }).status;
}
