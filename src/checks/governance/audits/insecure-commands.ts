/**
 * `governance/insecure-commands`: ACTIONS_ALLOW_UNSECURE_COMMANDS re-enables the `::set-env` and
 * `::add-path` workflow commands GitHub disabled in 2020: anything that can print to a step's
 * output (a test name, a log line) can then set variables and PATH (zizmor insecure-commands).
 */
import type { YAMLMap } from 'yaml';
import type { FindingInput } from '../../../core/types.js';
import { yamlFinding } from '../finding.js';
import { R } from '../rule-ids.js';
import { entries, nodeSpan, scalarText } from '../yaml-file.js';
import type { AuditInput } from './context.js';

export function auditInsecureCommands({ wf, rules }: AuditInput): FindingInput[] {
  const file = wf.file;
  const names = new Set(rules.insecureCommandsVariables.map((n) => n.toUpperCase()));
  const envs: Array<{ env: YAMLMap | undefined; where: string }> = [{ env: wf.env, where: 'the workflow' }];
  for (const job of wf.jobs) {
    envs.push({ env: job.env, where: `job \`${job.id}\`` });
    for (const step of job.steps) envs.push({ env: step.env, where: `step ${step.index + 1} of job \`${job.id}\`` });
  }
  const findings: FindingInput[] = [];
  for (const { env, where } of envs) {
    for (const e of entries(file, env ?? null)) {
      if (!names.has(e.keyText.toUpperCase())) continue;
      const value = (scalarText(file, e.value) ?? '').trim().toLowerCase();
      if (value === 'false' || value === '0' || value === '') continue;
      const [s] = nodeSpan(file, e.key);
      const [, end] = nodeSpan(file, e.value ?? e.key);
      findings.push(
        yamlFinding(
          file,
          R.insecureCommands,
          s,
          end,
          `${where[0]!.toUpperCase()}${where.slice(1)} sets \`${e.keyText}\`, re-enabling the \`::set-env\` and \`::add-path\` commands: any text a step ` +
            'prints (a test name, a dependency\'s log line) can then set environment variables and PATH for later steps. ' +
            'Fix: remove it and write to `$GITHUB_ENV` / `$GITHUB_PATH` (environment files) instead.',
          { title: 'Insecure workflow commands enabled', fingerprintKey: `${where}:${e.keyText}` },
        ),
      );
    }
  }
  return findings;
}
