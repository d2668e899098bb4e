/**
 * Loads rules/governance.yaml (validated with zod, errors naming file:line:column) and merges
 * the user's options into it: the effective ruleset every audit reads.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseYamlSource } from '../../config/yaml-source.js';
import { formatIssues } from '../../config/zod-errors.js';
import type { GovernanceOptions } from './options.js';
import { rulesetSchema, type FileRequirement, type Ruleset } from './ruleset-schema.js';

export const RULESET_FILE = 'rules/governance.yaml';

export interface LoadedRuleset {
  ruleset: Ruleset;
  /** sha256 (hex) of the ruleset file's bytes. */
  sha256: string;
}

export class RulesetError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid governance ruleset:\n${problems.join('\n')}`);
    this.name = 'RulesetError';
  }
}

export async function loadRuleset(installDir: string): Promise<LoadedRuleset> {
  const abs = join(installDir, RULESET_FILE);
  let bytes: Buffer;
  try {
    bytes = await readFile(abs);
  } catch (e) {
    throw new RulesetError([`${RULESET_FILE}: cannot read ${abs} (${(e as Error).message}); reinstall Guardian.`]);
  }
  return { ruleset: parseRuleset(bytes.toString('utf8'), RULESET_FILE), sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** Parses and validates ruleset text; throws {@link RulesetError} naming file:line:column. */
export function parseRuleset(text: string, file = RULESET_FILE): Ruleset {
  const src = parseYamlSource(file, text);
  if (src.errors.length) throw new RulesetError(src.errors);
  const parsed = rulesetSchema.safeParse(src.value);
  if (!parsed.success) throw new RulesetError(formatIssues(src, rulesetSchema, parsed.error.issues));
  return parsed.data;
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
  return createHash('sha256').update(canonicalJson(o)).digest('hex');
}

export function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (v && typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>)
      .filter(([, x]) => x !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${canonicalJson(x)}`).join(',')}}`;
  }
  return JSON.stringify(v ?? null);
}

function uniq(xs: string[]): string[] {
  return [...new Set(xs)];
}
