/**
 * The configuration schema, assembled from the common keys and each registered check's
 * option schema. Every object is strict: unknown keys are errors with a did-you-mean.
 */
import { z } from 'zod';
import { RULE_LEVELS } from '../core/types.js';
import type { CheckEntry } from '../checks/registry.js';

export const levelSchema = z.enum(RULE_LEVELS);
export const scopeSchema = z.enum(['diff', 'all']);
export const failOnSchema = z.enum(['error', 'warning', 'never']);
const globs = z.array(z.string().min(1));
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');

export const ruleConfigSchema = z.union([
  levelSchema,
  z.strictObject({ level: levelSchema.optional(), paths: globs.optional(), ignore: globs.optional() }),
]);

/** Keys every check section accepts; the pipeline, not the check, applies them. */
export const commonCheckShape = {
  enabled: z.boolean().optional(),
  level: levelSchema.optional(),
  scope: scopeSchema.optional(),
  paths: globs.optional(),
  ignore: globs.optional(),
  rules: z.record(z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a kebab-case rule name'), ruleConfigSchema).optional(),
};

export const exceptionSchema = z.strictObject({
  /** `check/rule` or `check/*`. */
  rule: z.string().regex(/^[a-z0-9-]+\/(?:[a-z0-9-]+|\*)$/, 'expected a rule id like "placeholders/todo" or "governance/*"'),
  paths: globs.optional(),
  fingerprint: z.string().optional(),
  reason: z.string().trim().min(1, 'an exception needs a reason'),
  expires: isoDate.optional(),
});

export function buildConfigSchema(checks: readonly CheckEntry[]) {
  const checkShapes = Object.fromEntries(
    checks.map((c) => [c.id, c.optionsSchema.extend(commonCheckShape).strict().optional()]),
  );
  return z.strictObject({
    extends: z.union([z.string(), z.array(z.string())]).optional(),
    'fail-on': failOnSchema.optional(),
    scope: scopeSchema.optional(),
    ignore: globs.optional(),
    checks: z.strictObject(checkShapes).optional(),
    exceptions: z.array(exceptionSchema).optional(),
  });
}

export type GuardianConfig = z.output<ReturnType<typeof buildConfigSchema>>;
export type ExceptionConfig = z.output<typeof exceptionSchema>;
export type RuleConfig = z.output<typeof ruleConfigSchema>;
