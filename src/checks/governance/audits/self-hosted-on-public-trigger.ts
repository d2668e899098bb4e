/**
 * `governance/self-hosted-on-public-trigger`: a job on a self-hosted runner in a workflow that
 * people outside the project can trigger (fork pull requests, comments, issues). Their code or
 * input then runs on a machine you own and can persist there (zizmor self-hosted-runner,
 * GitHub's self-hosted runner security guidance).
 */
import type { Node, Scalar } from 'yaml';
import type { FindingInput } from '../../../core/types.js';
import { yamlFinding } from '../finding.js';
import { R } from '../rule-ids.js';
import type { JobModel } from '../workflow-model.js';
import { asMap, asScalar, asSeq, entry, nodeSpan, scalarText, type YamlFile } from '../yaml-file.js';
import { hasTrigger, list, type AuditInput } from './context.js';

export function auditSelfHosted({ wf, rules }: AuditInput): FindingInput[] {
  if (wf.kind !== 'workflow') return [];
  const publicTriggers = hasTrigger(wf, rules.selfHosted.publicTriggers);
  if (publicTriggers.length === 0) return [];
  const file = wf.file;
  const wanted = new Set(rules.selfHosted.labels.map((l) => l.toLowerCase()));
  const findings: FindingInput[] = [];
  for (const job of wf.jobs) {
    if (!job.runsOn) continue;
    for (const label of runnerLabels(file, job, job.runsOn.value)) {
      const text = scalarText(file, label.node)?.trim().toLowerCase();
      if (!text || !wanted.has(text)) continue;
      const [s, e] = nodeSpan(file, label.node);
      findings.push(
        yamlFinding(
          file,
          R.selfHostedOnPublicTrigger,
          s,
          e,
          `Job \`${job.id}\` runs on a self-hosted runner (\`${text}\`${label.viaMatrix ? ` via \`matrix.${label.viaMatrix}\`` : ''}) and the workflow ` +
            `is triggered by ${list(publicTriggers)}, which people outside the project can fire: their code or input runs on your machine ` +
            'and can persist there between jobs. Fix: use GitHub-hosted runners for these triggers, or require approval for workflows ' +
            'from outside contributors and use ephemeral (just-in-time) self-hosted runners.',
          {
            title: 'Self-hosted runner on a public trigger',
            fingerprintKey: `${job.id}:${text}`,
            related: wf.triggers.filter((t) => publicTriggers.includes(t.event)).map((t) => nodeSpan(file, t.node)),
          },
        ),
      );
    }
  }
  return findings;
}

interface Label {
  node: Scalar;
  viaMatrix?: string;
}

/** The label scalars of `runs-on:` (string, list, `{group, labels}`, or `${{ matrix.x }}`). */
function runnerLabels(file: YamlFile, job: JobModel, value: Node | null): Label[] {
  const scalar = asScalar(file, value);
  if (scalar) {
    const text = scalarText(file, scalar) ?? '';
    const m = /^\s*\$\{\{\s*matrix\.([A-Za-z0-9_-]+)\s*\}\}\s*$/.exec(text);
    if (m) return matrixValues(file, job, m[1]!).map((node) => ({ node, viaMatrix: m[1] }));
    return [{ node: scalar }];
  }
  const seq = asSeq(file, value);
  if (seq) return seq.items.flatMap((item) => runnerLabels(file, job, item as Node));
  const map = asMap(file, value);
  if (map) return runnerLabels(file, job, entry(file, map, 'labels')?.value ?? null);
  return [];
}

/** Literal values a matrix key takes (its list and `include:` entries). */
function matrixValues(file: YamlFile, job: JobModel, key: string): Scalar[] {
  if (!job.matrix) return [];
  const out: Scalar[] = [];
  const collect = (n: Node | null | undefined): void => {
    const s = asScalar(file, n);
    if (s) out.push(s);
    const seq = asSeq(file, n);
    if (seq) for (const it of seq.items) collect(it as Node);
  };
  collect(entry(file, job.matrix, key)?.value);
  const include = asSeq(file, entry(file, job.matrix, 'include')?.value);
  for (const item of include?.items ?? []) collect(entry(file, asMap(file, item), key)?.value);
  return out;
}
