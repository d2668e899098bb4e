/**
 * The one typed settings object a run needs. Built by the entries (src/main.ts from action
 * inputs and the runner environment, src/cli.ts from arguments); nothing below them reads
 * `process.env` or `@actions/core`.
 */
import type { FailOn, Logger, Scope } from './core/types.js';

export type CommentMode = 'always' | 'on-failure' | 'never';

export interface PullRequestInfo {
  number: number;
  headSha: string;
  baseSha: string;
  baseRef: string;
  headRef: string;
  /** `owner/repo` the PR comes from; differs from the base repository on fork PRs. */
  headRepo: string;
  baseRepo: string;
  isFork: boolean;
}

export interface GitHubSettings {
  token: string;
  apiUrl: string;
  serverUrl: string;
  owner: string;
  repo: string;
  eventName: string;
  /** The commit to report on: the PR head SHA on pull requests, GITHUB_SHA otherwise. */
  sha: string;
  runId?: string;
  runAttempt?: string;
  pullRequest?: PullRequestInfo;
  /**
   * Why writes must not be attempted (fork PR, read-only token), or undefined when they may.
   * Decided by the entry from the event and the token's permissions.
   */
  readOnlyReason?: string;
}

export interface ReportingSettings {
  comment: CommentMode;
  annotations: boolean;
  checkName: string;
  evidenceDir: string;
  sarifFile?: string;
  junitFile?: string;
  /** $GITHUB_STEP_SUMMARY, when running as an action. */
  stepSummaryFile?: string;
  /** Emit `::error file=…::` workflow commands (capped) — the token-free annotation channel. */
  workflowCommands: boolean;
}

export interface Settings {
  /** Working tree under check (absolute). */
  root: string;
  /** Guardian's install root: holds rules/ and dist/. */
  installDir: string;
  /** Explicit config path; absent: `.github/guardian.yml`, then `guardian.yml`. */
  configPath?: string;
  checks: 'all' | string[];
  /** Overrides the config's `fail-on` when set. */
  failOn?: FailOn;
  /** Overrides the config's `scope` when set. */
  scope?: Scope;
  /** Diff base (PR base SHA or `--base`); absent: no diff, whole-repository scope. */
  base?: string;
  /** `--baseline <ref>`: gate only on counts per rule and path that rise above this ref. */
  baseline?: string;
  /** Fetch a missing base commit from origin (CI shallow clones). */
  fetchMissingBase: boolean;
  reporting: ReportingSettings;
  github?: GitHubSettings;
  /** Values never written to files or logs (the token). */
  secrets: string[];
  now: Date;
  log: Logger;
  progress(done: number, total: number, label: string): void;
}
