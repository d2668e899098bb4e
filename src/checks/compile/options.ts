/**
 * User options under `checks.compile` in .github/guardian.yml. Loaded eagerly to validate the config, so this
 * module imports nothing but zod. (Per-rule levels, paths, exceptions and suppressions are the pipeline's.)
 */
import { z } from 'zod';

export const BUILT_IN_MATCHERS = ['tsc', 'gcc', 'eslint-compact'] as const;
export const DEFAULT_PURE_PATHS = ['**/*.pure', '**/entities/**/*.json'];

const REQUIRED_GROUPS = ['file', 'line', 'message'];

/** `tsc`, `gcc`, `eslint-compact` or `regex:<pattern with named groups file, line, col, message, severity>`. */
const matcher = z.string().superRefine((m, ctx) => {
  if ((BUILT_IN_MATCHERS as readonly string[]).includes(m)) return;
  if (!m.startsWith('regex:')) {
    ctx.addIssue({ code: 'custom', message: `expected one of ${BUILT_IN_MATCHERS.join(', ')} or 'regex:<pattern>'` });
    return;
  }
  const source = m.slice('regex:'.length);
  try {
    new RegExp(source);
  } catch (e) {
    ctx.addIssue({ code: 'custom', message: `invalid regular expression: ${(e as Error).message}` });
    return;
  }
  const groups = new Set([...source.matchAll(/\(\?<([A-Za-z]\w*)>/g)].map((g) => g[1]));
  const missing = REQUIRED_GROUPS.filter((g) => !groups.has(g));
  if (missing.length) ctx.addIssue({ code: 'custom', message: `the pattern needs the named groups ${missing.map((g) => `(?<${g}>...)`).join(', ')}` });
});

export const commandSchema = z.strictObject({
  /** Shown in findings and evidence. */
  name: z.string().min(1),
  /** A shell command line, run with the repository root (or `cwd`) as working directory. */
  run: z.string().min(1),
  matcher,
  /** Working directory relative to the repository root. */
  cwd: z.string().min(1).optional(),
  /** Seconds before the command is stopped. */
  timeout: z.number().int().positive().max(7200).default(900),
});

export const optionsSchema = z.object({
  pure: z
    .strictObject({
      /** Compile the repository's PURE sources (as one model). */
      enabled: z.boolean().default(true),
      /** Globs of PURE grammar files and Legend SDLC entity files. */
      paths: z.array(z.string().min(1)).default(DEFAULT_PURE_PATHS),
    })
    .prefault({}),
  /** User compile commands whose output becomes findings. */
  commands: z
    .array(commandSchema)
    .default([])
    .superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((c, i) => {
        if (seen.has(c.name)) ctx.addIssue({ code: 'custom', path: [i, 'name'], message: `duplicate command name '${c.name}'` });
        seen.add(c.name);
      });
    }),
});

export type CompileOptions = z.output<typeof optionsSchema>;
export type CompileCommand = z.output<typeof commandSchema>;
