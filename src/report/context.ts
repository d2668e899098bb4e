/** What reporters need to know about the run besides the results (pure data). */
import type { CheckResult, Finding, Level, Verdict } from '../core/types.js';

export interface ReportContext {
  toolName: string;
  toolVersion: string;
  /** Check-run name and sticky-comment key, e.g. "Guardian". */
  checkName: string;
  /** Commit the findings refer to (PR head SHA on pull requests). */
  commitSha: string;
  /** `https://github.com/owner/repo`, when known: enables file-line links. */
  repoUrl?: string;
  /** Workflow run page, where the evidence artifact is listed. */
  runUrl?: string;
  checkRunUrl?: string;
  /** Repository-relative config file, or null for defaults. */
  configFile: string | null;
  /** One-line notices about the run itself (shallow clone, skipped publishing, ...). */
  notices: string[];
}

export interface RunReport {
  results: CheckResult[];
  verdict: Verdict;
  context: ReportContext;
}

const LEVEL_ORDER: Record<Level, number> = { error: 0, warning: 1, notice: 2 };

/** Errors first, then warnings, notices; suppressed last; then by path and line. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      Number(!!a.suppression) - Number(!!b.suppression) ||
      LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] ||
      (a.location?.path ?? '').localeCompare(b.location?.path ?? '') ||
      (a.location?.startLine ?? 0) - (b.location?.startLine ?? 0) ||
      a.ruleId.localeCompare(b.ruleId),
  );
}

export function allFindings(report: RunReport): Finding[] {
  return sortFindings(report.results.flatMap((r) => r.findings));
}
