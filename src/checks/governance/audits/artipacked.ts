/**
 * `governance/artipacked`: `actions/checkout` keeps the job's token on disk (persisted
 * credentials) in a job that later uploads an artifact, which can publish the token with it
 * (zizmor artipacked, "ArtiPACKED" research). From checkout v6 the credential lives under
 * $RUNNER_TEMP instead of .git/config: still reported, as a notice.
 */
import type { FindingInput } from '../../../core/types.js';
import { code, yamlFinding } from '../finding.js';
import { R } from '../rule-ids.js';
import { usesAction, usesRef } from '../workflow-model.js';
import { lineText, nodeSpan, scalarText } from '../yaml-file.js';
import type { AuditInput } from './context.js';

export function auditArtipacked({ wf, rules }: AuditInput): FindingInput[] {
  const file = wf.file;
  const findings: FindingInput[] = [];
  for (const job of wf.jobs) {
    const uploads = job.steps.filter((s) => rules.artipacked.uploadActions.some((a) => usesAction(s.usesText, a)));
    if (uploads.length === 0) continue;
    for (const step of job.steps) {
      if (!step.uses || !rules.checkout.actions.some((a) => usesAction(step.usesText, a))) continue;
      const upload = uploads.find((u) => u.index > step.index);
      if (!upload) continue;
      const persist = scalarText(file, step.with.get('persist-credentials')?.value)?.trim().toLowerCase();
      if (persist === 'false') continue;
      const [s, e] = nodeSpan(file, step.uses);
      const major = checkoutMajor(step.usesText ?? '', lineText(file, s));
      const safer = major !== null && major >= rules.artipacked.saferCheckoutMajor;
      const path = scalarText(file, upload.with.get('path')?.value);
      findings.push(
        yamlFinding(
          file,
          R.artipacked,
          s,
          e,
          `\`${step.usesText}\` persists the job's GITHUB_TOKEN ${safer ? 'under $RUNNER_TEMP' : 'in `.git/config` of the checkout'}` +
            `${persist === 'true' ? ' (`persist-credentials: true`)' : ''} and step ${upload.index + 1} uploads an artifact` +
            `${path ? ` (path ${code(path, 60)})` : ''} in the same job${job.id.startsWith('(') ? '' : ` \`${job.id}\``}: ` +
            'an upload that includes the checkout publishes the token to anyone who can download the artifact. ' +
            'Fix: add `persist-credentials: false` under the checkout step\'s `with:` (a later `git push` can authenticate explicitly), ' +
            'and upload only build outputs.',
          {
            title: 'Checkout credentials persisted in a job that uploads artifacts',
            level: safer ? 'notice' : undefined,
            fingerprintKey: `${job.id}:${step.usesText}`,
            related: upload.uses ? [nodeSpan(file, upload.uses)] : [],
          },
        ),
      );
    }
  }
  return findings;
}

/** Major version of a checkout reference: from `@v6`/`@v6.1.0`, or the `# v6…` comment after a SHA. */
export function checkoutMajor(uses: string, line: string): number | null {
  const ref = usesRef(uses) ?? '';
  const fromRef = /^[0-9a-f]{40}$/.test(ref) ? null : /^v?(\d+)(?:\.|$)/.exec(ref);
  if (fromRef) return Number(fromRef[1]);
  const comment = /#\s*v?(\d+)(?:\.\d+)*\b/.exec(line.slice(line.indexOf('#') >= 0 ? line.indexOf('#') : line.length));
  return comment ? Number(comment[1]) : null;
}
