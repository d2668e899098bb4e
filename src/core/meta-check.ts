/**
 * The `guardian` pseudo-check: findings about Guardian's own configuration and suppressions
 * (expired exceptions, inline suppressions without a reason), gated like any other (pure).
 */
import { applyPolicy, type ExceptionRule } from './policy.js';
import type { InlineSuppression } from './inline-suppressions.js';
import type { CheckResult, FailOn, FindingInput, RuleMeta } from './types.js';
import { checkStatus } from './verdict.js';

export const META_CHECK = 'guardian';

export const META_RULES: RuleMeta[] = [
  {
    id: 'guardian/expired-exception',
    name: 'Expired exception',
    shortDescription: 'A config exception is past its expiry date and no longer applies.',
    fullDescription: 'Exceptions may carry `expires: YYYY-MM-DD`. After that date the exception stops hiding findings and is reported here.',
    help: 'Fix the findings it covered, or renew the exception with a new `expires` date and an updated reason.',
    helpUri: 'https://github.com/guardian-ci/guardian#exceptions',
    defaultLevel: 'warning',
  },
  {
    id: 'guardian/suppression-without-reason',
    name: 'Suppression without a reason',
    shortDescription: 'An inline guardian-ignore comment gives no reason, so it does not apply.',
    fullDescription: 'Inline suppressions must say why: `guardian-ignore[check/rule]: <reason>`. One without a reason is ignored and reported.',
    help: 'Add the reason after a colon, e.g. `guardian-ignore[placeholders/todo]: tracked in #123`.',
    helpUri: 'https://github.com/guardian-ci/guardian#suppressing-findings',
    defaultLevel: 'warning',
  },
];

export function reasonlessFinding(path: string, s: InlineSuppression): FindingInput {
  return {
    ruleId: 'guardian/suppression-without-reason',
    message: `guardian-ignore[${s.rules.join(', ')}] has no reason, so it does not apply. Add one: guardian-ignore[${s.rules.join(', ')}]: <why this is acceptable>.`,
    location: { path, startLine: s.line },
  };
}

/** Config and suppression hygiene, reported as the `guardian` pseudo-check when there is any. */
export function metaResult(expired: readonly ExceptionRule[], pending: readonly FindingInput[], failOn: FailOn): CheckResult | null {
  const inputs: FindingInput[] = [...pending];
  for (const e of expired) {
    const [path, line] = splitSource(e.source);
    inputs.push({
      ruleId: 'guardian/expired-exception',
      message: `The exception for ${e.rule} expired on ${e.expires} and no longer applies (reason given: "${e.reason}"). Fix the findings or renew it with a new expiry date.`,
      location: { path, startLine: line },
    });
  }
  if (inputs.length === 0) return null;
  const out = applyPolicy({
    checkId: META_CHECK,
    findings: inputs,
    rules: META_RULES,
    policy: {},
    exceptions: [],
    suppressionsFor: () => undefined,
    diff: null,
    scope: 'all',
  });
  return {
    checkId: META_CHECK,
    title: 'Configuration and suppressions',
    status: checkStatus(out.counts, failOn, false),
    findings: out.findings,
    counts: out.counts,
    durationMs: 0,
    evidence: {},
    rules: META_RULES,
    notes: [],
  };
}

function splitSource(source: string): [string, number] {
  const m = /^(.*):(\d+)$/.exec(source);
  return m ? [m[1]!, Number(m[2])] : [source, 1];
}
