/**
 * `governance/file-existence`: required files (license, README, security policy, CODEOWNERS…)
 * are present. A repository-level rule: it runs on every scope (a PR that deletes LICENSE is
 * caught) and its findings have no location.
 */
import type { FindingInput } from '../../../core/types.js';
import type { FileRequirement } from '../ruleset-schema.js';
import { R } from '../rule-ids.js';
import { globsMatcher } from './paths.js';

export interface ExistenceResult {
  findings: FindingInput[];
  /** Which requirement matched which file (for the summary). */
  found: Map<string, string>;
}

export function checkFileExistence(files: readonly string[], requirements: readonly FileRequirement[]): ExistenceResult {
  const findings: FindingInput[] = [];
  const found = new Map<string, string>();
  for (const req of requirements) {
    const match = globsMatcher(req.anyOf, { nocase: true });
    const hit = files.find((f) => match(f));
    if (hit) {
      found.set(req.id, hit);
      continue;
    }
    const looked = req.anyOf.slice(0, 6).map((g) => `\`${g}\``).join(', ') + (req.anyOf.length > 6 ? ', …' : '');
    findings.push({
      ruleId: R.fileExistence,
      message:
        `The repository has no ${req.description} (looked for ${looked})${req.why ? `: ${req.why}` : ''}. ` +
        `Fix: ${req.fix || `add one of those files`}.`,
      title: `Missing ${req.description}`,
      fingerprintKey: `missing:${req.id}`,
      properties: { requirement: req.id, anyOf: req.anyOf },
    });
  }
  return { findings, found };
}
