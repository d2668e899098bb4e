/**
 * `governance/unpinned-base-image`: a Dockerfile `FROM` image not pinned by `@sha256:` digest, so
 * the registry decides what the build starts from (Scorecard Pinned-Dependencies). `scratch`,
 * earlier build stages and images chosen by a build argument (`FROM ${BASE}`) are not reported.
 */
import type { FindingInput } from '../../../core/types.js';
import { lineStarts, textSpan } from '../text-span.js';
import { R } from '../rule-ids.js';
import { imageProblem } from './containers.js';

export function auditDockerfile(path: string, text: string): FindingInput[] {
  const findings: FindingInput[] = [];
  const starts = lineStarts(text);
  const stages = new Set<string>();
  // FROM's image is its first argument that is not a --flag (`--platform=…`).
  const instruction = /^[ \t]*FROM[ \t]+(?:--\S+[ \t]+)*(\S+)(?:[ \t]+AS[ \t]+(\S+))?/dgim;
  for (let m = instruction.exec(text); m; m = instruction.exec(text)) {
    const image = m[1]!;
    const stage = m[2];
    if (stage) stages.add(stage.toLowerCase());
    if (image.toLowerCase() === 'scratch' || image.includes('$') || stages.has(image.toLowerCase())) continue;
    const problem = imageProblem(image);
    if (!problem) continue;
    const { location, snippet } = textSpan(path, text, starts, m.indices![1]![0], image.length);
    findings.push({
      ruleId: R.unpinnedBaseImage,
      level: problem.level,
      message: `${path} builds FROM \`${image}\`, ${problem.message.replace('`image: postgres:16@sha256:<64 hex digits>`', '`FROM postgres:16@sha256:<64 hex digits>`')}`,
      location,
      title: `Unpinned base image ${image.slice(0, 80)}`,
      snippet,
      fingerprintKey: `from:${image}`,
    });
  }
  return findings;
}
