/**
 * `governance/excessive-permissions`: the workflow leaves GITHUB_TOKEN permissions to the
 * repository default (no top-level `permissions:`), grants `write-all`, or grants write scopes
 * to every job at workflow level instead of to the job that needs them (Scorecard
 * Token-Permissions, zizmor excessive-permissions).
 */
import type { FindingInput } from '../../../core/types.js';
import { yamlFinding } from '../finding.js';
import { R } from '../rule-ids.js';
import { asMap, asScalar, entries, nodeSpan, scalarText } from '../yaml-file.js';
import { list, type AuditInput } from './context.js';

export function auditExcessivePermissions({ wf, rules }: AuditInput): FindingInput[] {
  if (wf.kind !== 'workflow' || !wf.root) return [];
  const file = wf.file;
  const findings: FindingInput[] = [];
  const callerDecides =
    wf.triggers.length > 0 && wf.triggers.every((t) => rules.permissions.callerDecidesTriggers.includes(t.event));

  const top = wf.permissions;
  if (!top) {
    if (!callerDecides && wf.onEntry) {
      const without = wf.jobs.filter((j) => !j.permissions).map((j) => j.id);
      const [s, e] = nodeSpan(file, wf.onEntry.key);
      if (without.length > 0) {
        findings.push(
          yamlFinding(
            file,
            R.excessivePermissions,
            s,
            e,
            `The workflow sets no top-level \`permissions:\` and job${without.length > 1 ? 's' : ''} ${list(without.slice(0, 5))}${without.length > 5 ? ' …' : ''} ` +
              'set none either, so their GITHUB_TOKEN gets the repository default, which can be read and write on every scope. ' +
              'Fix: add `permissions: {}` (or `contents: read`) at the top of the workflow and grant each job only the scopes it needs.',
            {
              title: 'No top-level permissions',
              fingerprintKey: 'no-top-level',
              related: wf.jobs.filter((j) => !j.permissions).map((j) => nodeSpan(file, j.key)),
            },
          ),
        );
      } else {
        findings.push(
          yamlFinding(
            file,
            R.excessivePermissions,
            s,
            e,
            'Every job declares its permissions but the workflow has no top-level `permissions:`, so a job added later gets the ' +
              'repository default token. Fix: add `permissions: {}` at the top of the workflow.',
            { level: 'notice', title: 'No top-level permissions', fingerprintKey: 'no-top-level' },
          ),
        );
      }
    }
  } else {
    const scalar = asScalar(file, top.value);
    const mode = scalarText(file, scalar)?.trim().toLowerCase();
    if (scalar && mode === 'write-all') {
      const [s, e] = nodeSpan(file, scalar);
      findings.push(
        yamlFinding(
          file,
          R.excessivePermissions,
          s,
          e,
          '`permissions: write-all` gives every job a token that can push code, publish packages and change settings. ' +
            'Fix: use `permissions: {}` (or `contents: read`) at the top and grant write scopes only in the jobs that need them.',
          { title: 'write-all permissions', fingerprintKey: 'top:write-all' },
        ),
      );
    }
    const onlyJob = wf.jobs.length === 1 ? wf.jobs[0]!.id : undefined;
    for (const scope of entries(file, asMap(file, top.value))) {
      if (scalarText(file, scope.value)?.trim().toLowerCase() !== 'write') continue;
      const [s] = nodeSpan(file, scope.key);
      const [, e] = nodeSpan(file, scope.value);
      findings.push(
        yamlFinding(
          file,
          R.excessivePermissions,
          s,
          e,
          `\`${scope.keyText}: write\` is granted at workflow level, so every job${onlyJob ? ' (and any job added later)' : ''} gets it. ` +
            `Fix: set the top-level \`permissions:\` to \`{}\` or read scopes and move \`${scope.keyText}: write\` into the \`permissions:\` ` +
            `of the job${onlyJob ? ` \`${onlyJob}\`` : 's'} that need${onlyJob ? 's' : ''} it.`,
          { title: `Workflow-level ${scope.keyText}: write`, fingerprintKey: `top:${scope.keyText}` },
        ),
      );
    }
  }

  for (const job of wf.jobs) {
    const scalar = asScalar(file, job.permissions?.value);
    if (!scalar || scalarText(file, scalar)?.trim().toLowerCase() !== 'write-all') continue;
    const [s, e] = nodeSpan(file, scalar);
    findings.push(
      yamlFinding(
        file,
        R.excessivePermissions,
        s,
        e,
        `Job \`${job.id}\` has \`permissions: write-all\`: its token can push code, publish packages and change settings. ` +
          'Fix: list only the scopes the job needs, e.g. `permissions: { contents: read, pull-requests: write }`.',
        { title: 'write-all permissions', fingerprintKey: `job:${job.id}:write-all` },
      ),
    );
  }
  return findings;
}
