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
  // A glob without `**` only matches paths with as many segments as it has: test those alone,
  // so a 100k-file repository costs one pass to bucket paths, not one per glob.
  const byDepth = new Map<number, string[]>();
  for (const f of files) {
    const depth = segments(f);
    let bucket = byDepth.get(depth);
    if (!bucket) byDepth.set(depth, (bucket = []));
    bucket.push(f);
  }
  for (const req of requirements) {
    let hit: string | undefined;
    for (const glob of req.anyOf) {
      const match = globsMatcher([glob], { nocase: true });
      const candidates = /\*\*|[{(]/.test(glob) ? files : (byDepth.get(segments(glob)) ?? []);
      hit = candidates.find((f) => match(f));
      if (hit) break;
    }
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

function segments(path: string): number {
  let n = 1;
  for (let i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) n++;
  return n;
}
