/**
 * `governance/cache-poisoning`: a release workflow (a `release` trigger, or `push` on tags)
 * restores a cache. Any workflow with a token for the repository (including one a PR can run)
 * can write cache entries, so a poisoned cache reaches the artifacts being published
 * (zizmor cache-poisoning).
 */
import type { FindingInput } from '../../../core/types.js';
import { yamlFinding } from '../finding.js';
import { R } from '../rule-ids.js';
import { usesAction } from '../workflow-model.js';
import { asMap, entry, nodeSpan, scalarText } from '../yaml-file.js';
import type { AuditInput } from './context.js';

export function auditCachePoisoning({ wf, rules }: AuditInput): FindingInput[] {
  if (wf.kind !== 'workflow') return [];
  const cfg = rules.cachePoisoning;
  const file = wf.file;
  const reasons = wf.triggers.filter((t) => cfg.releaseTriggers.includes(t.event)).map((t) => `\`${t.event}\``);
  if (cfg.tagPushIsRelease) {
    for (const t of wf.triggers) if (t.event === 'push' && entry(file, asMap(file, t.config), 'tags')) reasons.push('`push` of tags');
  }
  if (reasons.length === 0) return [];
  const releaseNodes = wf.triggers.filter((t) => cfg.releaseTriggers.includes(t.event) || t.event === 'push').map((t) => nodeSpan(file, t.node));
  const findings: FindingInput[] = [];
  for (const job of wf.jobs) {
    for (const step of job.steps) {
      if (!step.uses) continue;
      const action = cfg.cachingActions.find((a) => usesAction(step.usesText, a.uses));
      if (!action) continue;
      let on = true;
      if (action.input) {
        const v = scalarText(file, step.with.get(action.input.toLowerCase())?.value)?.trim().toLowerCase();
        on = v === undefined ? action.defaultOn : v !== '' && v !== 'false';
      }
      if (!on) continue;
      const [s, e] = nodeSpan(file, step.uses);
      findings.push(
        yamlFinding(
          file,
          R.cachePoisoning,
          s,
          e,
          `Step ${step.index + 1} of job \`${job.id}\` restores a cache (\`${step.usesText}\`${action.input ? ` with \`${action.input}\`` : ''}) in a workflow ` +
            `that publishes (${[...new Set(reasons)].join(', ')}): cache entries can be written by any workflow run with a repository token, so a ` +
            'poisoned entry ends up in the release. Fix: do not restore caches when building releases ' +
            `(${action.input ? `set \`${action.input}: false\`, ` : ''}remove the step, or skip it with \`if:\` on release events).`,
          { title: 'Cache restored in a release workflow', fingerprintKey: `${job.id}:${step.usesText}`, related: releaseNodes },
        ),
      );
    }
  }
  return findings;
}
