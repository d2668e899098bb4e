/**
 * `governance/github-env`: a `run:` step writes to $GITHUB_ENV or $GITHUB_PATH in a workflow with
 * a dangerous trigger (pull_request_target, workflow_run). Whoever controls the written value sets
 * LD_PRELOAD, NODE_OPTIONS, BASH_ENV or a PATH entry for every later step (zizmor github-env).
 */
import type { FindingInput } from '../../../core/types.js';
import { decodeScalar } from '../expressions.js';
import { code, yamlFinding } from '../finding.js';
import { R } from '../rule-ids.js';
import { nodeSpan } from '../yaml-file.js';
import { list, type AuditInput } from './context.js';

export function auditGithubEnv({ wf, rules, compiled }: AuditInput): FindingInput[] {
  if (wf.kind !== 'workflow') return [];
  const events = [...new Set(wf.triggers.map((t) => t.event).filter((e) => rules.dangerousTriggers.some((d) => d.event === e)))];
  if (events.length === 0) return [];
  const findings: FindingInput[] = [];
  for (const job of wf.jobs) {
    for (const step of job.steps) {
      if (!step.run) continue;
      const d = decodeScalar(wf.file, step.run);
      for (const re of compiled.githubEnv) {
        re.lastIndex = 0;
        const m = re.exec(d.text);
        if (!m) continue;
        const target = /GITHUB_PATH/.test(m[0]) ? 'GITHUB_PATH' : 'GITHUB_ENV';
        findings.push(
          yamlFinding(
            wf.file,
            R.githubEnv,
            d.offsetAt(m.index),
            d.offsetAt(m.index + m[0].length - 1) + 1,
            `Step ${step.index + 1} of job \`${job.id}\` writes to \`$${target}\` (${code(m[0], 40)}) in a ${list(events)} workflow: if any part of ` +
              `the written text comes from the event, an artifact or PR files, the attacker sets ${target === 'GITHUB_PATH' ? 'a PATH entry that shadows commands' : 'variables such as LD_PRELOAD or NODE_OPTIONS'} ` +
              'for every later step, which run with secrets and a write token. Fix: pass values between steps with `$GITHUB_OUTPUT` and ' +
              '`steps.<id>.outputs`, or write only literals and values computed from trusted sources.',
            {
              title: `Write to ${target} in a privileged workflow`,
              fingerprintKey: `${job.id}:${step.index}:${target}`,
              related: wf.triggers.filter((t) => events.includes(t.event)).map((t) => nodeSpan(wf.file, t.node)),
            },
          ),
        );
        break;
      }
    }
  }
  return findings;
}
