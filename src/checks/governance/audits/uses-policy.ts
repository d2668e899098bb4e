/**
 * `governance/forbidden-uses`: a `uses:` outside the configured allow-list or inside the deny-list
 * (opt-in; zizmor forbidden-uses). `governance/archived-uses`: a `uses:` of an archived,
 * unmaintained action repository (data: `workflows.archivedActions`; zizmor archived-uses).
 */
import type { Scalar } from 'yaml';
import type { FindingInput } from '../../../core/types.js';
import { yamlFinding } from '../finding.js';
import { R } from '../rule-ids.js';
import { usesRepository } from '../workflow-model.js';
import { nodeSpan, scalarText } from '../yaml-file.js';
import type { AuditInput } from './context.js';
import { repoMatches } from './unpinned-uses.js';

export function auditUsesPolicy({ wf, rules }: AuditInput): FindingInput[] {
  const file = wf.file;
  const { allow, deny } = rules.forbiddenUses;
  const findings: FindingInput[] = [];
  const check = (scalar: Scalar): void => {
    const text = scalarText(file, scalar)?.trim() ?? '';
    const repo = usesRepository(text);
    if (!repo) return;
    const [s, e] = nodeSpan(file, scalar);
    const denied = deny.find((p) => repoMatches(repo, p));
    if (denied || (allow.length > 0 && !allow.some((p) => repoMatches(repo, p)))) {
      findings.push(
        yamlFinding(
          file,
          R.forbiddenUses,
          s,
          e,
          denied
            ? `\`${text}\` matches \`${denied}\` in the deny-list of allowed actions (checks.governance.denyUses). Fix: replace it with an approved action or a \`run:\` step.`
            : `\`${text}\` is not in the allow-list of actions (checks.governance.allowUses: ${allow.map((a) => `\`${a}\``).join(', ')}). Fix: use an approved action, or get \`${repo}\` reviewed and added to the list.`,
          { title: `Forbidden action ${repo}`, fingerprintKey: `forbidden:${text}` },
        ),
      );
    }
    const archived = rules.archivedActions.find((p) => repoMatches(repo, p));
    if (archived) {
      findings.push(
        yamlFinding(
          file,
          R.archivedUses,
          s,
          e,
          `\`${text}\` comes from an archived repository (\`${archived}\`): it is read-only and gets no fixes, including security fixes. ` +
            'Fix: replace it with a maintained action (e.g. `ruby/setup-ruby` for `actions/setup-ruby`, `dtolnay/rust-toolchain` for ' +
            '`actions-rs/toolchain`) or a `run:` step using the preinstalled `gh` CLI.',
          { title: `Archived action ${repo}`, fingerprintKey: `archived:${text}` },
        ),
      );
    }
  };
  for (const job of wf.jobs) {
    if (job.uses) check(job.uses);
    for (const step of job.steps) if (step.uses) check(step.uses);
  }
  return findings;
}
