/**
 * User options under `checks.governance` in .github/guardian.yml. They extend or override the
 * data in rules/governance.yaml; every key has a default that leaves the data as it is.
 * (Per-rule level/paths/ignore, exceptions and inline suppressions are the pipeline's.)
 */
import { z } from 'zod';
import { contentRuleSchema, fileRequirementSchema, regexSource } from './ruleset-schema.js';

const names = z.array(z.string().min(1));
const positiveOrData = z.number().int().positive().nullable().default(null);

export const optionsSchema = z.object({
  /** Audit workflows and action definitions. */
  workflows: z.boolean().default(true),
  /** Apply the repository rules (files, contents, sizes, binaries, CODEOWNERS). */
  repository: z.boolean().default(true),
  /** Apply the model governance rules to Legend (PURE) models. */
  models: z.boolean().default(true),

  /** Extra `owner/*` or `owner/repo` patterns allowed to pin actions by tag or branch. */
  allowRefPinning: names.default([]),
  /** Require a full commit SHA on every `uses:`, ignoring the data allow-list. */
  requireHashPinning: z.boolean().default(false),
  /** Extra attacker-controllable contexts for template-injection (e.g. `github.event.release.body`). */
  untrustedContexts: names.default([]),
  /** Extra triggers treated as dangerous. */
  dangerousTriggers: names.default([]),
  /** Also report dangerous triggers that do not check out the PR head (as notices). */
  reportBareDangerousTrigger: z.boolean().nullable().default(null),
  /** Extra `runs-on` labels that select self-hosted runners. */
  selfHostedLabels: names.default([]),
  /** `forbidden-uses`: only these `owner/*` / `owner/repo` patterns may be used (empty: no allow-list). */
  allowUses: names.default([]),
  /** `forbidden-uses`: these `owner/*` / `owner/repo` patterns may not be used. */
  denyUses: names.default([]),

  /** Extra required files; an entry with the id of a data requirement replaces it. */
  requiredFiles: z.array(fileRequirementSchema).default([]),
  /** Ids of required files not to check (e.g. `security-policy`). */
  skipRequiredFiles: names.default([]),
  /** Files matching `paths` must contain `pattern`. */
  fileContents: z.array(contentRuleSchema).default([]),
  /** Files matching `paths` must not contain `pattern`. */
  fileNotContents: z.array(contentRuleSchema).default([]),
  /** Time bound for one user pattern on one file (null: the ruleset's, 250 ms). */
  regexTimeoutMs: z.number().int().positive().max(60_000).nullable().default(null),
  /** Size cap for `large-file` in bytes (null: the ruleset's, 5 MiB). */
  maxFileBytes: positiveOrData,
  /** Globs where large files are expected. */
  allowLargeFiles: names.default([]),
  /** Globs where binaries are expected (added to the ruleset's). */
  allowBinaries: names.default([]),
  /** Extra binary extensions (without the dot). */
  binaryExtensions: names.default([]),
  /**
   * Which CODEOWNERS governs a pull request: `base` (GitHub's rule: the base branch's file)
   * or `head` (the file as the PR leaves it).
   */
  codeownersRevision: z.enum(['base', 'head']).default('base'),

  /** Model governance overrides (see rules/governance.yaml `models`). */
  modelServiceMinOwners: z.number().int().min(0).nullable().default(null),
  modelServicePattern: regexSource.nullable().default(null),
  modelPiiNames: regexSource.nullable().default(null),
  modelPiiClassifications: names.default([]),
  modelConstraintsRequiredFor: z.string().nullable().default(null),
});

export type GovernanceOptions = z.output<typeof optionsSchema>;
/** What a user may write under `checks.governance` (defaults filled in by the schema). */
export type GovernanceOptionsInput = z.input<typeof optionsSchema>;
