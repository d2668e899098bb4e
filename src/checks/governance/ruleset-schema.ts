/**
 * Shape of `rules/governance.yaml` (zod). Shared pieces (content rules, file requirements) are
 * also used by the user options in options.ts, so data and config read the same way.
 */
import { z } from 'zod';

const nonEmpty = z.string().min(1);
const list = z.array(nonEmpty);

/** A JavaScript regular expression source that must compile with the given flags. */
function compiles(pattern: string, flags: string): string | null {
  try {
    new RegExp(pattern, flags);
    return null;
  } catch (e) {
    return `invalid regular expression /${pattern}/${flags}: ${(e as Error).message}`;
  }
}

export const regexSource = nonEmpty.superRefine((p, ctx) => {
  const problem = compiles(p, 'u');
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** A repolinter-style content rule: files matching `paths` must (not) contain `pattern`. */
export const contentRuleSchema = z
  .strictObject({
    /** Kebab-case name shown in findings, e.g. `license-header`. */
    name: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a kebab-case name'),
    paths: z.array(nonEmpty).min(1),
    ignore: list.default([]),
    pattern: nonEmpty,
    /** Regular-expression flags: any of i, m, s, u, v (g is implied). */
    flags: z.string().regex(/^[imsuv]*$/, 'flags may only use i, m, s, u, v').default(''),
    /** What to tell the author (the fix); a default sentence is used when absent. */
    message: z.string().optional(),
  })
  .superRefine((r, ctx) => {
    const problem = compiles(r.pattern, r.flags);
    if (problem) ctx.addIssue({ code: 'custom', path: ['pattern'], message: problem });
  });
export type ContentRule = z.output<typeof contentRuleSchema>;

/** A file-existence requirement: at least one file matches one of `anyOf` (case-insensitive). */
export const fileRequirementSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a kebab-case id'),
  /** A noun phrase without article: "license file", "contributing guide". */
  description: nonEmpty,
  anyOf: z.array(nonEmpty).min(1),
  why: z.string().default(''),
  fix: z.string().default(''),
});
export type FileRequirement = z.output<typeof fileRequirementSchema>;

const magicSchema = z.strictObject({
  type: nonEmpty,
  hex: z.string().regex(/^(?:[0-9a-f]{2})+$/, 'expected lowercase hex bytes'),
  offset: z.number().int().min(0).max(4096).default(0),
});

const workflowsSchema = z.strictObject({
  workflowFiles: list,
  actionFiles: list,
  dangerousTriggers: z.array(z.strictObject({ event: nonEmpty, why: nonEmpty })),
  reportBareDangerousTrigger: z.boolean(),
  checkout: z.strictObject({ actions: list, refInputs: list, repositoryInputs: list }),
  prHeadContexts: list,
  prHeadRefText: list,
  runCheckoutPatterns: z.array(regexSource),
  untrustedContexts: list,
  untrustedInputs: z.strictObject({
    triggers: list,
    contexts: list,
    inActions: z.boolean(),
    safeInputTypes: list,
  }),
  codeInputs: z.array(z.strictObject({ uses: nonEmpty, inputs: list })),
  permissions: z.strictObject({ callerDecidesTriggers: list }),
  unpinnedUses: z.strictObject({ allowRefPinning: list }),
  artipacked: z.strictObject({ uploadActions: list, saferCheckoutMajor: z.number().int().positive() }),
  botConditions: z.strictObject({
    spoofableContexts: list,
    botLoginPattern: regexSource,
    botIds: list,
    saferContext: nonEmpty,
  }),
  selfHosted: z.strictObject({ labels: list, publicTriggers: list }),
  githubEnvPatterns: z.array(regexSource),
  insecureCommandsVariables: list,
  cachePoisoning: z.strictObject({
    releaseTriggers: list,
    tagPushIsRelease: z.boolean(),
    cachingActions: z.array(z.strictObject({ uses: nonEmpty, input: nonEmpty.optional(), defaultOn: z.boolean().default(false) })),
  }),
  forbiddenUses: z.strictObject({ allow: list, deny: list }),
  archivedActions: list,
  dependabot: z.strictObject({ files: list }),
  downloadThenRun: z.strictObject({ scriptFiles: list, patterns: z.array(regexSource) }),
  dockerfiles: list,
});

const repositorySchema = z.strictObject({
  fileExistence: z.array(fileRequirementSchema),
  fileContents: z.array(contentRuleSchema),
  fileNotContents: z.array(contentRuleSchema),
  contentScan: z.strictObject({
    maxFileBytes: z.number().int().positive(),
    maxMatchesPerFile: z.number().int().positive(),
    regexTimeoutMs: z.number().int().positive().max(60_000),
    batchTimeoutMs: z.number().int().positive().max(600_000),
    batchSize: z.number().int().positive().max(10_000),
  }),
  largeFile: z.strictObject({ maxBytes: z.number().int().positive(), allow: list }),
  binaryArtifact: z.strictObject({
    extensions: list,
    magic: z.array(magicSchema),
    documentExtensions: list,
    allow: list,
  }),
  codeowners: z.strictObject({
    locations: list.min(1),
    maxBytes: z.number().int().positive(),
    maxFindings: z.number().int().positive(),
  }),
});

export const modelsSchema = z.strictObject({
  /** PURE grammar files (parsed with the embedded parser). */
  pureFiles: list,
  /** Legend SDLC entity files (`{path, classifierPath, content}` JSON). */
  entityFiles: list,
  /** Tagged values that count as documentation, as `profile.tag` (profile by its last segment). */
  docTags: list,
  /** Kinds of elements that must be documented. */
  documentKinds: z.array(z.enum(['class', 'property', 'enumeration', 'association', 'service'])),
  serviceMinOwners: z.number().int().min(0),
  /** Regular expression a service `pattern:` must match. */
  servicePattern: regexSource,
  /** Property names that hold personal data (regular expression, matched case-insensitively). */
  piiNames: regexSource,
  /** Profiles (`PII`) or tags/stereotypes (`profile.value`) that count as a data classification. */
  piiClassifications: list,
  naming: z.strictObject({
    type: regexSource,
    property: regexSource,
    package: regexSource,
  }),
  /** Regular expression of class paths (`pkg::Class`) that must declare a constraint; empty: none. */
  constraintsRequiredFor: z.string(),
});

export const rulesetSchema = z.strictObject({
  version: z.literal(1),
  workflows: workflowsSchema,
  repository: repositorySchema,
  models: modelsSchema,
});

export type Ruleset = z.output<typeof rulesetSchema>;
export type WorkflowRules = Ruleset['workflows'];
export type RepositoryRules = Ruleset['repository'];
export type ModelRules = z.output<typeof modelsSchema>;
