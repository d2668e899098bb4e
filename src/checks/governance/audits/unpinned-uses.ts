/**
 * `governance/unpinned-uses`: a `uses:` (step action, reusable workflow, Docker image) that is
 * not pinned to an immutable commit SHA or image digest, so its owner (or whoever compromises
 * them) can change the code that runs (Scorecard Pinned-Dependencies, zizmor unpinned-uses).
 * Local `./` actions and `docker://…@sha256:` digests are immutable with the repository.
 * Repositories in the allow-list may be pinned by tag or branch.
 */
import type { Scalar } from 'yaml';
import type { FindingInput } from '../../../core/types.js';
import { yamlFinding } from '../finding.js';
import { R } from '../rule-ids.js';
import { usesRef, usesRepository } from '../workflow-model.js';
import { nodeSpan, scalarText } from '../yaml-file.js';
import type { AuditInput } from './context.js';

const FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const DOCKER_DIGEST = /@sha256:[0-9a-f]{64}$/;

export function auditUnpinnedUses({ wf, rules }: AuditInput): FindingInput[] {
  const file = wf.file;
  const allow = rules.unpinnedUses.allowRefPinning;
  const findings: FindingInput[] = [];
  const check = (scalar: Scalar, where: string): void => {
    const text = scalarText(file, scalar)?.trim();
    if (!text) return;
    const problem = pinningProblem(text, allow);
    if (!problem) return;
    const [s, e] = nodeSpan(file, scalar);
    findings.push(
      yamlFinding(file, R.unpinnedUses, s, e, `${where}: ${problem}`, {
        title: `Unpinned ${text.slice(0, 80)}`,
        fingerprintKey: text,
        properties: { uses: text },
      }),
    );
  };
  for (const job of wf.jobs) {
    if (job.uses) check(job.uses, `Job \`${job.id}\` calls a reusable workflow`);
    for (const step of job.steps) {
      if (step.uses) check(step.uses, `Step ${step.index + 1}${job.id.startsWith('(') ? '' : ` of job \`${job.id}\``}`);
    }
  }
  if (wf.actionImage) {
    const image = scalarText(file, wf.actionImage)?.trim() ?? '';
    if (image.startsWith('docker://')) check(wf.actionImage, 'The action\'s `runs.image`');
  }
  return findings;
}

/** What is wrong with a `uses:` reference's pinning, or null when it is immutable or allowed. */
export function pinningProblem(uses: string, allowRefPinning: readonly string[]): string | null {
  if (uses.startsWith('./') || uses.startsWith('.\\')) return null;
  if (uses.startsWith('docker://')) {
    if (DOCKER_DIGEST.test(uses)) return null;
    return (
      `\`${uses}\` names a Docker image by a mutable tag, which the registry can point at different content at any time. ` +
      'Fix: pin the image digest, e.g. `docker://alpine:3.20@sha256:<64 hex digits>` (`docker inspect --format "{{.RepoDigests}}" <image>` shows it).'
    );
  }
  const repo = usesRepository(uses);
  const ref = usesRef(uses);
  if (!repo || ref === null || ref === '') {
    return `\`${uses}\` has no \`@<ref>\`; GitHub rejects it. Fix: add \`@<full commit SHA>\` (with the release tag as a comment).`;
  }
  if (FULL_SHA.test(ref)) return null;
  if (allowRefPinning.some((p) => repoMatches(repo, p))) return null;
  const short = /^[0-9a-f]{7,39}$/.test(ref);
  return (
    `\`${uses}\` is pinned to ${short ? 'an abbreviated SHA, which can collide with a branch or tag name' : `\`${ref}\`, a tag or branch its owner can move`} ` +
    '(moving tags is how the tj-actions/changed-files compromise reached thousands of workflows). ' +
    `Fix: pin the full 40-character commit SHA and keep the version as a comment, e.g. \`uses: ${uses.slice(0, uses.lastIndexOf('@'))}@<commit SHA> # ${ref}\`; ` +
    `or allow \`${repo.split('/')[0]}/*\` in \`checks.governance.allowRefPinning\` if you trust its owner.`
  );
}

/** `owner/*`, `owner/repo` or `*` against a lower-cased `owner/repo`. */
export function repoMatches(repo: string, pattern: string): boolean {
  const p = pattern.trim().toLowerCase();
  if (p === '*' || p === '*/*') return true;
  const [po, pr] = p.split('/');
  const [ro, rr] = repo.split('/');
  if (po !== '*' && po !== ro) return false;
  return pr === undefined || pr === '*' || pr === rr;
}
