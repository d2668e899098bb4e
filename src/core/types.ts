/**
 * Core contracts shared by every layer (see DESIGN.md "Core contracts").
 * Pure data types only: no I/O, no imports of GitHub or Node APIs.
 */
import type { ZodObject, output } from 'zod';

export const LEVELS = ['error', 'warning', 'notice'] as const;
export type Level = (typeof LEVELS)[number];
/** A configured level: a finding level, or `off` to disable the rule. */
export const RULE_LEVELS = ['error', 'warning', 'notice', 'off'] as const;
export type RuleLevel = (typeof RULE_LEVELS)[number];

export type Scope = 'diff' | 'all';

/**
 * A place in a file. Lines and columns are 1-based; `endColumn` is inclusive
 * (the column of the last character), as in GitHub annotations and Legend's
 * sourceInformation. SARIF's exclusive end column is derived in report/.
 */
export interface Location {
  /** Repository-relative path with forward slashes. */
  path: string;
  startLine: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
}

/**
 * Why a finding does not gate: an inline `guardian-ignore[...]`, a config exception, or
 * (with `--baseline <ref>`) its presence at the baseline.
 */
export interface Suppression {
  kind: 'inline' | 'exception' | 'baseline';
  reason: string;
  /** ISO date (YYYY-MM-DD) after which an exception stops applying. */
  expires?: string;
  /** Where the suppression was declared, e.g. `src/a.ts:12` or `.github/guardian.yml:30`. */
  source?: string;
}

/** What a check reports; the pipeline completes it into a {@link Finding}. */
export interface FindingInput {
  /** Full rule id, `check/rule`, stable kebab-case. */
  ruleId: string;
  /** Defaults to the rule's configured (or default) level. */
  level?: Level;
  /** Says what is wrong and what fixes it. Untrusted text may appear in it; reporters escape. */
  message: string;
  /** Absent for repository-level findings (e.g. a missing SECURITY.md). */
  location?: Location;
  /** Short title for annotations (≤ 255 chars after escaping). */
  title?: string;
  /** The offending source line or excerpt, untrusted. */
  snippet?: string;
  /**
   * Text that identifies this finding independent of its line number, used for the
   * fingerprint (e.g. the normalized comment text). Defaults to `snippet ?? message`.
   */
  fingerprintKey?: string;
  /** Check-specific structured data kept in findings.json (e.g. a JSON pointer). */
  properties?: Record<string, unknown>;
  /**
   * True when the PR itself causes the finding even though its location need not be on an
   * added line (e.g. a breaking change that removes a schema property: the removal adds no
   * line in head, and the finding points at the base line). The pipeline should count such
   * findings as in the diff, so `scope: diff` does not drop them.
   */
  introducedByDiff?: boolean;
}

export interface Finding extends FindingInput {
  level: Level;
  /** Stable across line moves: hash of rule, path, fingerprintKey and occurrence index. */
  fingerprint: string;
  /** True when the location is on a line the PR adds or changes (always true outside PRs). */
  inDiff: boolean;
  /** Set when the finding is suppressed; suppressed findings never gate but are always reported. */
  suppression?: Suppression;
}

export type CheckStatus = 'passed' | 'failed' | 'neutral' | 'error';

export interface Counts {
  error: number;
  warning: number;
  notice: number;
  /** Findings that would have counted but are suppressed (inline or exception). */
  suppressed: number;
  /** Findings dropped because they lie outside the PR diff under `scope: diff`. */
  outsideDiff: number;
}

/** An in-toto ResourceDescriptor (https://github.com/in-toto/attestation/blob/main/spec/v1/resource_descriptor.md). */
export interface ResourceDescriptor {
  name?: string;
  uri?: string;
  digest?: Record<string, string>;
  mediaType?: string;
  annotations?: Record<string, unknown>;
}

/** Evidence a check contributes to its `<check>.intoto.json` (test-result predicate v0.1). */
export interface CheckEvidence {
  /** Inputs that determined the outcome: rule sets, schemas, configs (with sha256 digests). */
  configuration?: ResourceDescriptor[];
  passedTests?: string[];
  warnedTests?: string[];
  failedTests?: string[];
}

/** Metadata of one rule, used for SARIF `rules[]`, docs and config validation. */
export interface RuleMeta {
  /** Full id `check/rule`. */
  id: string;
  /** Human name, e.g. "Unreferenced marker". */
  name: string;
  shortDescription: string;
  fullDescription: string;
  /** How to fix it; plain text or Markdown written by us (trusted). */
  help: string;
  helpUri?: string;
  defaultLevel: RuleLevel;
  tags?: string[];
}

export interface CheckMeta {
  /** Check id, kebab-case: `placeholders`, `governance`, `contracts`, `compile`. */
  id: string;
  title: string;
  description: string;
  /** Rules known statically; checks may add data-driven rules in {@link CheckOutput.rules}. */
  rules: RuleMeta[];
}

/** What `Check.run` returns. The pipeline turns it into a {@link CheckResult}. */
export interface CheckOutput {
  findings: FindingInput[];
  /** Rules created from data at run time (e.g. a user-added marker tag). */
  rules?: RuleMeta[];
  /** `neutral` with a reason when nothing applied (e.g. no PURE files). */
  neutralReason?: string;
  evidence?: CheckEvidence;
  /** One-line human summary, e.g. "1,204 files scanned, 3 skipped (binary)". */
  summary?: string;
  /** Informational notes shown in reports (e.g. files skipped because of size). */
  notes?: string[];
}

export interface CheckResult {
  checkId: string;
  title: string;
  status: CheckStatus;
  findings: Finding[];
  counts: Counts;
  durationMs: number;
  evidence: CheckEvidence;
  rules: RuleMeta[];
  summary?: string;
  notes: string[];
  /** The error message when status is `error` (the check threw). */
  error?: string;
}

export type VerdictValue = 'pass' | 'fail' | 'neutral';
export type FailOn = 'error' | 'warning' | 'never';

export interface Verdict {
  verdict: VerdictValue;
  /** Why, in plain sentences: "placeholders: 2 errors", "compile: check errored: …". */
  reasons: string[];
  checks: Array<{ checkId: string; status: CheckStatus }>;
  counts: Counts;
  failOn: FailOn;
}

/** Lines added or changed in one file of the PR, in head coordinates. */
export interface ChangedFile {
  path: string;
  oldPath?: string;
  status: 'added' | 'modified' | 'deleted' | 'renamed' | 'copied' | 'type-changed';
  /** Inclusive 1-based line ranges in the head version; sorted, non-overlapping. */
  addedRanges: Array<[number, number]>;
  /** Text of lines the PR removes from this file (for "moved, not new" detection). */
  removedLines: string[];
  /** True when line ranges are unknown (shallow clone fallback): every line counts as changed. */
  wholeFile: boolean;
  binary: boolean;
}

export interface DiffInfo {
  baseRef: string;
  headRef: string;
  /** Null when the merge base could not be found (shallow clone): see `warning`. */
  mergeBase: string | null;
  files: Map<string, ChangedFile>;
  /** One clear message when the diff is degraded (e.g. names `fetch-depth: 0`). */
  warning?: string;
  /** True when no changed-file list could be made at all: the run checks every file. */
  unavailable?: boolean;
}

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  debug(message: string): void;
}

/** Read access to the repository under check. Paths are repository-relative. */
export interface RepoFiles {
  /** Absolute path of the working tree root. */
  readonly root: string;
  /**
   * Files to consider: `git ls-files -z --cached --others --exclude-standard` inside a git
   * repository (so `.gitignore` is exact), a filesystem walk otherwise; `.guardianignore`
   * and the config's global `ignore` already applied. Cached.
   */
  list(): Promise<string[]>;
  /** Raw bytes of a file, or null when it does not exist / is not a regular file. */
  read(path: string): Promise<Buffer | null>;
  /** The file's content at a git revision, or null when absent there. */
  readAtRevision(path: string, revision: string): Promise<Buffer | null>;
  /**
   * True when `read(path)` returns exactly the bytes of the regular file at `join(root, path)`
   * (symlinks not followed). Checks may then read files directly, e.g. from worker threads with
   * reused buffers, instead of one promise per file. Absent or false: use `read()` only.
   */
  readonly readsWorkingTree?: boolean;
  /**
   * Of the given paths — a PR's changed files, as `git diff` reports them — those that exist as
   * regular files and pass `.guardianignore` and the configured ignores, sorted; without listing
   * the whole tree (a PR touching 50 files should not pay for `git ls-files` over 50,000).
   * Optional: see `listAmong` in core/repo-files.ts for the fallback.
   */
  select?(paths: readonly string[]): Promise<string[]>;
}

export interface CheckContext<O = Record<string, unknown>> {
  /** Validated, check-specific options from `checks.<id>` in the config. */
  options: O;
  files: RepoFiles;
  /** `diff`: only findings on changed lines gate (the pipeline filters; checks may use it to scan less). */
  scope: Scope;
  /** The PR diff, or null outside a PR / without a base. */
  diff: DiffInfo | null;
  /** Root of Guardian's own install (holds `rules/`). */
  installDir: string;
  now: Date;
  signal: AbortSignal;
  log: Logger;
  /** Progress for long runs; the CLI shows it on a TTY. */
  progress(done: number, total: number): void;
}

/**
 * A gate. One folder per check under src/checks/<id>/: `options.ts` exports the zod schema
 * (loaded eagerly to validate config), `index.ts` exports `check` (loaded lazily).
 */
export interface Check<S extends ZodObject<any> = ZodObject<any>> {
  meta: CheckMeta;
  /**
   * Zod object of the check-specific keys under `checks.<id>`, with defaults. The pipeline
   * extends it with the common keys `enabled`, `level`, `scope`, `paths`, `ignore`, `rules`
   * and makes it strict (unknown keys are errors).
   */
  optionsSchema: S;
  run(ctx: CheckContext<output<S>>): Promise<CheckOutput>;
}
