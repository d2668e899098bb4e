/**
 * Test-only checks for pipeline, report and end-to-end tests where no real gate is needed.
 * They are real Check implementations (no mocks): they read real files through RepoFiles.
 */
import { z } from 'zod';
import type { Check, FindingInput } from '../../src/core/types.js';
import type { CheckEntry } from '../../src/checks/registry.js';

/** Reports every line containing `BAD` (error) or `MEH` (warning) in text files. */
export const lineMarkerOptions = z.strictObject({
  words: z.array(z.string()).default(['BAD', 'MEH']),
  shout: z.strictObject({ loud: z.boolean().default(false) }).default({ loud: false }),
});

export const lineMarkerCheck: Check<typeof lineMarkerOptions> = {
  meta: {
    id: 'line-marker',
    title: 'Line markers (test)',
    description: 'Finds BAD and MEH words.',
    rules: [
      { id: 'line-marker/bad', name: 'Bad line', shortDescription: 'A BAD line', fullDescription: 'A line containing BAD.', help: 'Remove BAD.', defaultLevel: 'error' },
      { id: 'line-marker/meh', name: 'Meh line', shortDescription: 'A MEH line', fullDescription: 'A line containing MEH.', help: 'Remove MEH.', defaultLevel: 'warning' },
    ],
  },
  optionsSchema: lineMarkerOptions,
  async run(ctx) {
    const findings: FindingInput[] = [];
    const paths = ctx.scope === 'diff' && ctx.diff && !ctx.diff.unavailable ? [...ctx.diff.files.keys()] : await ctx.files.list();
    for (const path of paths) {
      const buf = await ctx.files.read(path);
      if (!buf || buf.subarray(0, 8000).includes(0)) continue;
      const lines = buf.toString('utf8').split('\n');
      lines.forEach((text, i) => {
        for (const word of ctx.options.words) {
          const col = text.indexOf(word);
          if (col < 0) continue;
          findings.push({
            ruleId: word === 'BAD' ? 'line-marker/bad' : 'line-marker/meh',
            message: `Line contains ${word}. Remove it before merge.`,
            location: { path, startLine: i + 1, startColumn: col + 1, endLine: i + 1, endColumn: col + word.length },
            snippet: text,
          });
        }
      });
    }
    return { findings, summary: `${paths.length} files read` };
  },
};

export const throwingOptions = z.strictObject({});
export const throwingCheck: Check<typeof throwingOptions> = {
  meta: { id: 'throws', title: 'Always throws (test)', description: 'Throws.', rules: [] },
  optionsSchema: throwingOptions,
  async run() {
    throw new Error('boom: the test check failed on purpose');
  },
};

export const TEST_CHECKS: CheckEntry[] = [
  { id: 'line-marker', optionsSchema: lineMarkerOptions, load: async () => lineMarkerCheck as unknown as Check },
  { id: 'throws', optionsSchema: throwingOptions, load: async () => throwingCheck as unknown as Check },
];
