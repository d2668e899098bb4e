/**
 * `governance/hardcoded-container-credentials`: a literal registry password in `container:` or
 * `services:` credentials (zizmor hardcoded-container-credentials).
 * `governance/unpinned-images`: a job container or service image without a tag or on `latest`
 * (warning), or with a tag but no `@sha256:` digest (notice) (zizmor unpinned-images).
 */
import type { Node } from 'yaml';
import type { FindingInput } from '../../../core/types.js';
import { yamlFinding } from '../finding.js';
import { R } from '../rule-ids.js';
import type { JobModel } from '../workflow-model.js';
import { asMap, asScalar, entries, entry, nodeSpan, scalarText } from '../yaml-file.js';
import type { AuditInput } from './context.js';

interface ContainerSpec {
  node: Node | null;
  where: string;
}

export function auditContainers({ wf }: AuditInput): FindingInput[] {
  const file = wf.file;
  const findings: FindingInput[] = [];
  for (const job of wf.jobs) {
    for (const spec of containersOf(wf.file, job)) {
      const map = asMap(file, spec.node);
      const imageNode = map ? entry(file, map, 'image')?.value : spec.node;
      const image = asScalar(file, imageNode);
      const text = scalarText(file, image)?.trim();
      if (image && text && !text.includes('${{')) {
        const problem = imageProblem(text);
        if (problem) {
          const [s, e] = nodeSpan(file, image);
          findings.push(
            yamlFinding(file, R.unpinnedImages, s, e, `${spec.where} uses image \`${text}\`, ${problem.message}`, {
              title: `Unpinned image ${text.slice(0, 80)}`,
              level: problem.level,
              fingerprintKey: `${job.id}:${text}`,
            }),
          );
        }
      }
      const creds = asMap(file, entry(file, map, 'credentials')?.value);
      const password = entry(file, creds, 'password');
      const pw = asScalar(file, password?.value);
      const pwText = scalarText(file, pw);
      if (pw && pwText && !pwText.includes('${{')) {
        const [s, e] = nodeSpan(file, pw);
        findings.push(
          yamlFinding(
            file,
            R.hardcodedContainerCredentials,
            s,
            e,
            `${spec.where} has a registry password written in the workflow: anyone who can read the repository can use it. ` +
              'Fix: rotate it, store it as a secret and write `password: ${{ secrets.REGISTRY_PASSWORD }}`.',
            { title: 'Hard-coded container registry password', fingerprintKey: `${job.id}:${spec.where}` },
          ),
        );
      }
    }
  }
  return findings;
}

function containersOf(file: AuditInput['wf']['file'], job: JobModel): ContainerSpec[] {
  const out: ContainerSpec[] = [];
  if (job.container) out.push({ node: job.container.value, where: `The container of job \`${job.id}\`` });
  for (const svc of entries(file, asMap(file, job.services?.value))) {
    out.push({ node: svc.value, where: `Service \`${svc.keyText}\` of job \`${job.id}\`` });
  }
  return out;
}

/** What is wrong with an image reference's pinning (pure). */
export function imageProblem(image: string): { message: string; level?: 'notice' } | null {
  if (/@sha256:[0-9a-f]{64}$/.test(image)) return null;
  const name = image.replace(/^docker:\/\//, '');
  const lastSlash = name.lastIndexOf('/');
  const colon = name.indexOf(':', lastSlash + 1);
  const tag = colon < 0 ? null : name.slice(colon + 1);
  const fix = 'Fix: pin the image digest, e.g. `image: postgres:16@sha256:<64 hex digits>` (`docker inspect --format "{{.RepoDigests}}" <image>` shows it).';
  if (tag === null || tag === 'latest') {
    return { message: `${tag === null ? 'which has no tag, so it means `latest`:' : 'on the `latest` tag:'} the registry decides what runs, and it changes without notice. ${fix}` };
  }
  return { message: `a tag the registry can re-point at different content. ${fix}`, level: 'notice' };
}
