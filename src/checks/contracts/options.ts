/**
 * User options under `checks.contracts` in .github/guardian.yml. Loaded eagerly to validate
 * the config, so this module imports nothing but zod. (Per-rule levels, paths, exceptions
 * and suppressions are the pipeline's: `checks.contracts.rules.<id>.level` etc.)
 */
import { z } from 'zod';

export const DIRECTIONS = ['producer', 'consumer', 'both'] as const;
export const COMPATIBILITY_MODES = ['backward', 'forward', 'full', 'none'] as const;
export const DRAFTS = ['draft-07', '2019-09', '2020-12'] as const;

/** One glob or a list (normalized with {@link globList}). */
const globs = z.union([z.string().min(1), z.array(z.string().min(1))]);

export function globList(v: string | string[] | undefined): string[] {
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

export const contractSchema = z.strictObject({
  /** Unique name, used in messages, test names and evidence. */
  name: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'expected a name of letters, digits, ".", "_" or "-"'),
  /** Repository path of the root JSON Schema (JSON or YAML). */
  schema: z.string().min(1),
  /** producer: the system emits this data (response-like); consumer: it accepts it (request-like). */
  direction: z.enum(DIRECTIONS),
  /** Globs of example files that must validate / must be rejected. */
  examples: z.strictObject({ valid: globs.optional(), invalid: globs.optional() }).default({}),
  /** A PURE class (`pkg::Class`) the schema must conform to. */
  model: z
    .string()
    .regex(/^[A-Za-z_]\w*(::[A-Za-z_]\w*)+$/, 'expected a PURE class path like model::Order')
    .optional(),
  /** Overrides the mode `direction` implies (consumer → backward, producer → forward, both → full). */
  compatibility: z.enum(COMPATIBILITY_MODES).optional(),
  /** Draft for schemas without `$schema` (default: checks.contracts.defaultDraft). */
  draft: z.enum(DRAFTS).optional(),
});

export const optionsSchema = z.object({
  contracts: z
    .array(contractSchema)
    .default([])
    .superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((c, i) => {
        if (seen.has(c.name)) ctx.addIssue({ code: 'custom', path: [i, 'name'], message: `duplicate contract name "${c.name}"` });
        seen.add(c.name);
      });
    }),
  /** Seed of the generated cases; the same seed gives the same cases on every run. */
  seed: z.number().int().default(1),
  /** Positive cases generated per contract. */
  positiveCases: z.number().int().min(0).max(1000).default(10),
  /** At most this many negative (single-mutation) cases per contract. */
  maxNegativeCases: z.number().int().min(0).max(10_000).default(200),
  /** Draft for schemas without `$schema`. */
  defaultDraft: z.enum(DRAFTS).default('draft-07'),
  /** Schema and example files larger than this are reported, not parsed. */
  maxFileBytes: z
    .number()
    .int()
    .positive()
    .default(5 * 1024 * 1024),
  /** PURE files that hold the classes named by `model:` (parsed only when a contract has one). */
  modelPaths: z.array(z.string().min(1)).default(['**/*.pure']),
  /** Findings per rejected example (the rest are counted in the last one). */
  maxErrorsPerExample: z.number().int().positive().default(20),
});

export type ContractsOptions = z.output<typeof optionsSchema>;
export type ContractConfig = z.output<typeof contractSchema>;
