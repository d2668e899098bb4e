/**
 * User options under `checks.placeholders` in .github/guardian.yml. They extend or override the
 * data in rules/placeholders.yaml and rules/languages.yaml; every default leaves the data as is.
 * (Per-rule level/paths/ignore, exceptions and inline suppressions are the pipeline's.)
 */
import { z } from 'zod';
import { RULE_LEVELS } from '../../core/types.js';

export const ruleLevel = z.enum(RULE_LEVELS);
const globs = z.array(z.string().min(1));

/** A tag as written in code: letters, digits, `_`, `-`, optionally a leading `@`. */
export const tagName = z.string().regex(/^@?[A-Za-z][A-Za-z0-9_-]*$/, 'a tag is letters, digits, _ or -, optionally after @');

export const pathLevel = z.strictObject({
  /** Picomatch globs over repository-relative paths. */
  paths: globs.min(1),
  level: ruleLevel,
});

const tagOptions = z.strictObject({
  level: ruleLevel.optional(),
  /** Accept the marker when it references work: an issue, a URL, an owner, a future date. */
  requireReference: z.boolean().optional(),
  /** Other spellings matched as this tag, e.g. a JSDoc-style tag with a leading `@`. */
  aliases: z.array(tagName).optional(),
  /** Message for a marker needing no reference; `{tag}` is replaced. */
  message: z.string().min(1).optional(),
  /** Levels for paths (added after the data's, so they win). */
  paths: z.array(pathLevel).optional(),
});

export const optionsSchema = z.object({
  /** Add tags (e.g. `NOCOMMIT: { level: error, requireReference: false }`) or change the data's. */
  tags: z.record(tagName, tagOptions).default({}),
  /** Levels per path for any of this check's rules (`rules` names them; absent: all). Later entries win. */
  pathLevels: z
    .array(
      z.strictObject({
        paths: globs.min(1),
        rules: z.array(z.string().min(1)).optional(),
        level: ruleLevel,
      }),
    )
    .default([]),
  /** Switch stub rules on or off by name, e.g. `python-empty-function: true`. */
  stubs: z.record(z.string(), z.boolean()).default({}),
  /** More placeholder values (matched whole-word, case-sensitively). */
  placeholderLiterals: z.array(z.string().min(3)).default([]),
  /** Python docstrings hold markers like comments (default) or are strings. */
  docstrings: z.enum(['comments', 'strings']).default('comments'),
  /** Scan test and fixture paths too. */
  includeTests: z.boolean().default(false),
  /** More test or fixture globs (added to the data's). */
  testPaths: globs.default([]),
  /** Map file names or `.ext` extensions to language ids of rules/languages.yaml. */
  languages: z.record(z.string().min(1), z.string().min(1)).default({}),
  /** Files larger than this are skipped and listed (bytes). */
  maxFileBytes: z
    .number()
    .int()
    .positive()
    .max(256 * 1024 * 1024)
    .default(1024 * 1024),
  /** Skip files marked generated (`@generated`, `DO NOT EDIT` in the first 1 KB). */
  skipGenerated: z.boolean().default(true),
  /** Worker threads for full scans: 0 picks the available parallelism; 1 scans on the main thread. */
  threads: z.number().int().min(0).max(64).default(0),
});

export type PlaceholderOptions = z.output<typeof optionsSchema>;
