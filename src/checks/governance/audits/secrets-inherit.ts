/**
 * `governance/secrets-inherit`: a reusable-workflow call with `secrets: inherit` hands every
 * repository and organisation secret to the called workflow, whatever it needs (zizmor
 * secrets-inherit).
 */
import type { FindingInput } from '../../../core/types.js';
import { yamlFinding } from '../finding.js';
import { R } from '../rule-ids.js';
import { asScalar, nodeSpan, scalarText } from '../yaml-file.js';
import type { AuditInput } from './context.js';

export function auditSecretsInherit({ wf }: AuditInput): FindingInput[] {
  const file = wf.file;
  const findings: FindingInput[] = [];
  for (const job of wf.jobs) {
    const value = asScalar(file, job.secrets?.value);
    if (!value || scalarText(file, value)?.trim().toLowerCase() !== 'inherit') continue;
    const called = scalarText(file, job.uses)?.trim() ?? 'the called workflow';
    const [s, e] = nodeSpan(file, value);
    findings.push(
      yamlFinding(
        file,
        R.secretsInherit,
        s,
        e,
        `Job \`${job.id}\` passes \`secrets: inherit\` to \`${called}\`: every secret of the repository and organisation reaches it, ` +
          'and nobody can tell from the caller which ones it uses. Fix: replace it with a `secrets:` mapping that forwards only what ' +
          'the workflow declares, e.g. `secrets: { NPM_TOKEN: ${{ secrets.NPM_TOKEN }} }`.',
        { title: 'secrets: inherit', fingerprintKey: `${job.id}:${called}` },
      ),
    );
  }
  return findings;
}
