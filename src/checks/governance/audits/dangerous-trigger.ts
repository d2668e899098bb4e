/**
 * `governance/dangerous-trigger`: a `pull_request_target` or `workflow_run` workflow that checks
 * out (or fetches) the pull request head, so attacker code runs with the base repository's
 * secrets and write token (Scorecard Dangerous-Workflow "untrusted code checkout").
 */
import type { FindingInput } from '../../../core/types.js';
import { contextRefs, decodeScalar, findExpressions, readsPattern, tokenize, pathText } from '../expressions.js';
import { code, yamlFinding } from '../finding.js';
import { R } from '../rule-ids.js';
import type { JobModel, StepModel } from '../workflow-model.js';
import { usesAction } from '../workflow-model.js';
import { asScalar, nodeSpan } from '../yaml-file.js';
import { list, type AuditInput } from './context.js';

export function auditDangerousTrigger({ wf, rules, compiled }: AuditInput): FindingInput[] {
  if (wf.kind !== 'workflow') return [];
  const dangerous = wf.triggers.filter((t) => rules.dangerousTriggers.some((d) => d.event === t.event));
  if (dangerous.length === 0) return [];
  const events = [...new Set(dangerous.map((t) => t.event))];
  const why = rules.dangerousTriggers.find((d) => d.event === events[0])!.why;
  const findings: FindingInput[] = [];
  const file = wf.file;
  const related = dangerous.map((t) => nodeSpan(file, t.node));

  const report = (job: JobModel, step: StepModel, start: number, end: number, what: string): void => {
    const runner = nextExecutingStep(job, step);
    const then = runner
      ? ` Step ${runner.index + 1}${runner.name ? ` (${code(runner.name, 60)})` : ''} then runs code from that checkout.`
      : ' Any later step, build script or local action then runs the PR author\'s code.';
    findings.push(
      yamlFinding(
        file,
        R.dangerousTrigger,
        start,
        end,
        `This ${list(events)} workflow checks out the pull request head (${what}) in job \`${job.id}\`: ${why}.${then} ` +
          'Fix: run untrusted code in a separate `pull_request` workflow (no secrets, read-only token) and hand results over as ' +
          'artifacts to a privileged `workflow_run` workflow that treats them as data; or keep the default checkout of the base branch ' +
          '(drop `ref:`/`repository:`).',
        {
          title: `Checkout of untrusted PR code in a ${events.join('/')} workflow`,
          fingerprintKey: `${job.id}:${what}`,
          properties: { triggers: events, job: job.id },
          related,
        },
      ),
    );
  };

  for (const job of wf.jobs) {
    for (const step of job.steps) {
      if (rules.checkout.actions.some((a) => usesAction(step.usesText, a))) {
        for (const input of [...rules.checkout.refInputs, ...rules.checkout.repositoryInputs]) {
          const value = asScalar(file, step.with.get(input.toLowerCase())?.value);
          if (!value) continue;
          const decoded = decodeScalar(file, value);
          let hit = false;
          for (const expr of findExpressions(decoded)) {
            const head = contextRefs(tokenize(expr.inner)).find((r) => compiled.prHead.some((p) => readsPattern(r.path, p)));
            if (head) {
              report(job, step, expr.start, expr.end, `\`${input}: \${{ ${pathText(head.path)} }}\``);
              hit = true;
              break;
            }
          }
          if (!hit && rules.prHeadRefText.some((t) => decoded.text.includes(t))) {
            const [s, e] = [decoded.offsetAt(0), decoded.offsetAt(decoded.text.length - 1) + 1];
            report(job, step, s, e, `${code(`${input}: ${decoded.text}`)}`);
          }
        }
      }
      if (step.run) {
        const decoded = decodeScalar(file, step.run);
        for (const re of compiled.runCheckout) {
          re.lastIndex = 0;
          const m = re.exec(decoded.text);
          if (!m) continue;
          const s = decoded.offsetAt(m.index);
          const e = decoded.offsetAt(m.index + m[0].length - 1) + 1;
          report(job, step, s, e, code(m[0]));
          break;
        }
      }
    }
  }

  if (findings.length === 0 && rules.reportBareDangerousTrigger) {
    for (const t of dangerous) {
      const range = t.node.range ?? [0, 1];
      findings.push(
        yamlFinding(
          file,
          R.dangerousTrigger,
          range[0],
          range[1],
          `\`${t.event}\` is a dangerous trigger: ${rules.dangerousTriggers.find((d) => d.event === t.event)!.why}. ` +
            'No step checks out the PR head, but argument, environment (`GITHUB_ENV`) or file injection can still run attacker input. ' +
            'Fix: prefer `pull_request` (or `workflow_call` instead of `workflow_run`), and restrict the trigger with branch filters.',
          { level: 'notice', title: `Dangerous trigger ${t.event}`, fingerprintKey: `bare:${t.event}` },
        ),
      );
    }
  }
  return findings;
}

/** The first later step in the job that executes code: a `run:` or a local action. */
function nextExecutingStep(job: JobModel, after: StepModel): StepModel | undefined {
  return job.steps.find((s) => s.index > after.index && (s.run || s.usesText?.startsWith('./')));
}
