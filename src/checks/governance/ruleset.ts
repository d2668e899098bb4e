/**
 * Loads rules/governance.yaml (validated with zod, errors naming file:line:column) and merges
 * the user's options into it: the effective ruleset every audit reads.
 */
import { canonicalJson } from '../../core/canonical-json.js';
import { loadPack, sha256Hex } from '../../data-pack.js';
import { parsePack } from '../../data-pack-yaml.js';
import type { GovernanceOptions } from './options.js';
import { rulesetSchema, type FileRequirement, type Ruleset } from './ruleset-schema.js';

export const RULESET_FILE = 'rules/governance.yaml';

export interface LoadedRuleset {
  ruleset: Ruleset;
  /** sha256 (hex) of the ruleset file's bytes. */
  sha256: string;
}

const PACK = { file: RULESET_FILE, schema: rulesetSchema };

export async function loadRuleset(installDir: string): Promise<LoadedRuleset> {
  const pack = await loadPack(installDir, PACK);
  return { ruleset: pack.data, sha256: pack.sha256 };
}

/** Parses and validates ruleset text; throws DataPackError naming file:line:column. */
export function parseRuleset(text: string): Ruleset {
  return parsePack(text, PACK);
}

/** The data with the user's options applied (pure). */
export function applyOptions(r: Ruleset, o: GovernanceOptions): Ruleset {
  const w = r.workflows;
  const repo = r.repository;
  const existing = new Map<string, FileRequirement>(repo.fileExistence.map((f) => [f.id, f]));
  for (const f of o.requiredFiles) existing.set(f.id, f);
  for (const id of o.skipRequiredFiles) existing.delete(id);
  const extraTriggers = o.dangerousTriggers
    .filter((e) => !w.dangerousTriggers.some((d) => d.event === e))
    .map((event) => ({ event, why: 'your configuration marks it as dangerous (checks.governance.dangerousTriggers)' }));
  return {
    ...r,
    workflows: {
      ...w,
      dangerousTriggers: [...w.dangerousTriggers, ...extraTriggers],
      reportBareDangerousTrigger: o.reportBareDangerousTrigger ?? w.reportBareDangerousTrigger,
      untrustedContexts: uniq([...w.untrustedContexts, ...o.untrustedContexts]),
      unpinnedUses: {
        allowRefPinning: o.requireHashPinning ? [] : uniq([...w.unpinnedUses.allowRefPinning, ...o.allowRefPinning]),
      },
      selfHosted: { ...w.selfHosted, labels: uniq([...w.selfHosted.labels, ...o.selfHostedLabels]) },
      forbiddenUses: { allow: uniq([...w.forbiddenUses.allow, ...o.allowUses]), deny: uniq([...w.forbiddenUses.deny, ...o.denyUses]) },
    },
    repository: {
      ...repo,
      fileExistence: [...existing.values()],
      fileContents: [...repo.fileContents, ...o.fileContents],
      fileNotContents: [...repo.fileNotContents, ...o.fileNotContents],
      contentScan: { ...repo.contentScan, regexTimeoutMs: o.regexTimeoutMs ?? repo.contentScan.regexTimeoutMs },
      largeFile: { maxBytes: o.maxFileBytes ?? repo.largeFile.maxBytes, allow: [...repo.largeFile.allow, ...o.allowLargeFiles] },
      binaryArtifact: {
        ...repo.binaryArtifact,
        extensions: uniq([...repo.binaryArtifact.extensions, ...o.binaryExtensions.map((e) => e.replace(/^\./, ''))]),
        allow: [...repo.binaryArtifact.allow, ...o.allowBinaries],
      },
    },
    models: {
      ...r.models,
      serviceMinOwners: o.modelServiceMinOwners ?? r.models.serviceMinOwners,
      servicePattern: o.modelServicePattern ?? r.models.servicePattern,
      piiNames: o.modelPiiNames ?? r.models.piiNames,
      piiClassifications: uniq([...r.models.piiClassifications, ...o.modelPiiClassifications]),
      constraintsRequiredFor: o.modelConstraintsRequiredFor ?? r.models.constraintsRequiredFor,
    },
  };
}

/** sha256 of the options as canonical JSON (sorted keys), for the evidence bundle. */
export function optionsDigest(o: unknown): string {
  return sha256Hex(canonicalJson(o));
}

function uniq(xs: string[]): string[] {
  return [...new Set(xs)];
}
