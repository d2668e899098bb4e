/** The `fail-on` policy: per-check status and the run's verdict (pure). */
import { emptyCounts } from './policy.js';
import type { CheckResult, CheckStatus, Counts, FailOn, Verdict } from './types.js';

export function gatingCount(counts: Counts, failOn: FailOn): number {
  if (failOn === 'never') return 0;
  return failOn === 'warning' ? counts.error + counts.warning : counts.error;
}

export function checkStatus(counts: Counts, failOn: FailOn, neutral: boolean): CheckStatus {
  if (gatingCount(counts, failOn) > 0) return 'failed';
  if (neutral && counts.error + counts.warning + counts.notice + counts.suppressed === 0) return 'neutral';
  return 'passed';
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function computeVerdict(results: readonly CheckResult[], failOn: FailOn): Verdict {
  const counts = emptyCounts();
  const reasons: string[] = [];
  for (const r of results) {
    for (const k of Object.keys(counts) as Array<keyof typeof counts>) counts[k] += r.counts[k];
    if (r.status === 'error') reasons.push(`${r.checkId}: the check could not run: ${r.error ?? 'unknown error'}`);
    else if (r.status === 'failed') {
      const parts = [plural(r.counts.error, 'error')];
      if (failOn === 'warning') parts.push(plural(r.counts.warning, 'warning'));
      reasons.push(`${r.checkId}: ${parts.join(', ')}`);
    }
  }
  const failing = results.some((r) => r.status === 'failed' || r.status === 'error');
  let verdict: Verdict['verdict'];
  if (failOn === 'never') verdict = failing || counts.error + counts.warning > 0 ? 'neutral' : 'pass';
  else if (failing) verdict = 'fail';
  else if (results.length > 0 && results.every((r) => r.status === 'neutral')) verdict = 'neutral';
  else verdict = 'pass';
  if (verdict === 'pass' && reasons.length === 0) reasons.push(results.length ? 'no blocking findings' : 'no checks ran');
  if (failOn === 'never' && verdict === 'neutral') reasons.push('fail-on is "never": findings are reported without failing');
  return { verdict, reasons, checks: results.map((r) => ({ checkId: r.checkId, status: r.status })), counts, failOn };
}
