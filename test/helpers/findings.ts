/** Builders for findings and results in report tests. */
import type { CheckResult, Finding, Level } from '../../src/core/types.js';
import { emptyCounts } from '../../src/core/policy.js';
import { computeVerdict } from '../../src/core/verdict.js';
import type { RunReport } from '../../src/report/context.js';

let n = 0;
export function finding(over: Partial<Finding> & { level?: Level } = {}): Finding {
  n++;
  return {
    ruleId: 'line-marker/bad',
    level: 'error',
    message: `Problem number ${n}. Fix it.`,
    fingerprint: n.toString(16).padStart(32, '0'),
    inDiff: true,
    location: { path: `src/file${n % 7}.ts`, startLine: n, startColumn: 3, endLine: n, endColumn: 9 },
    ...over,
  };
}

export function result(checkId: string, findings: Finding[], over: Partial<CheckResult> = {}): CheckResult {
  const counts = emptyCounts();
  for (const f of findings) {
    if (f.suppression) counts.suppressed++;
    else counts[f.level]++;
  }
  return {
    checkId,
    title: checkId,
    status: counts.error ? 'failed' : 'passed',
    findings,
    counts,
    durationMs: 12,
    evidence: {},
    rules: [],
    notes: [],
    ...over,
  };
}

export function report(results: CheckResult[], over: Partial<RunReport['context']> = {}): RunReport {
  return {
    results,
    verdict: computeVerdict(results, 'error'),
    context: {
      toolName: 'Guardian',
      toolVersion: '0.1.0',
      checkName: 'Guardian',
      commitSha: 'a'.repeat(40),
      repoUrl: 'https://github.com/acme/widgets',
      runUrl: 'https://github.com/acme/widgets/actions/runs/42',
      configFile: '.github/guardian.yml',
      notices: [],
      ...over,
    },
  };
}
