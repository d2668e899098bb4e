/** Runs every workflow audit over one parsed workflow or action file (pure). */
import type { FindingInput } from '../../../core/types.js';
import { yamlFinding } from '../finding.js';
import { R } from '../rule-ids.js';
import type { WorkflowModel } from '../workflow-model.js';
import { auditArtipacked } from './artipacked.js';
import type { AuditInput, CompiledWorkflowRules } from './context.js';
import { auditDangerousTrigger } from './dangerous-trigger.js';
import { auditExcessivePermissions } from './excessive-permissions.js';
import { auditSecretsInherit } from './secrets-inherit.js';
import { auditSelfHosted } from './self-hosted-on-public-trigger.js';
import { auditTemplateInjection } from './template-injection.js';
import { auditUnpinnedUses } from './unpinned-uses.js';
import { auditUnsafeBotCondition } from './unsafe-bot-condition.js';
import { auditGithubEnv } from './github-env.js';
import { auditInsecureCommands } from './insecure-commands.js';
import { auditSecretsExposure } from './secrets-exposure.js';
import { auditContainers } from './containers.js';
import { auditConditions } from './conditions.js';
import { auditCachePoisoning } from './cache-poisoning.js';
import { auditUsesPolicy } from './uses-policy.js';
import { auditDownloadThenRun } from './download-then-run.js';
import type { WorkflowRules } from '../ruleset-schema.js';

const AUDITS: Array<(a: AuditInput) => FindingInput[]> = [
  auditDangerousTrigger,
  auditTemplateInjection,
  auditExcessivePermissions,
  auditUnpinnedUses,
  auditSecretsInherit,
  auditArtipacked,
  auditUnsafeBotCondition,
  auditSelfHosted,
  auditGithubEnv,
  auditInsecureCommands,
  auditSecretsExposure,
  auditContainers,
  auditConditions,
  auditCachePoisoning,
  auditUsesPolicy,
  auditDownloadThenRun,
];

export function auditWorkflow(wf: WorkflowModel, rules: WorkflowRules, compiled: CompiledWorkflowRules): FindingInput[] {
  const findings = wf.problems.map((p) =>
    yamlFinding(
      wf.file,
      R.invalidWorkflow,
      p.start,
      p.end,
      `${wf.kind === 'workflow' ? 'Workflow' : 'Action'} ${wf.file.path} is invalid: ${p.message}. Fix it so GitHub can run it and Guardian can audit it.`,
      { title: `Invalid ${wf.kind}`, fingerprintKey: p.message },
    ),
  );
  // A file that does not parse is not audited further: positions would be guesses.
  if (wf.file.errors.length > 0) return findings;
  const input: AuditInput = { wf, rules, compiled };
  for (const audit of AUDITS) findings.push(...audit(input));
  return findings;
}
