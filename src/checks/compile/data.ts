/** The compile check's data pack (rules/compile.yaml): output matchers and fix hints, validated on load. */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { parseYamlSource, positionOf } from '../../config/yaml-source.js';
import type { Level } from '../../core/types.js';

export const DATA_FILE = 'rules/compile.yaml';

const regex = z.string().superRefine((s, ctx) => {
  try {
    new RegExp(s);
  } catch (e) {
    ctx.addIssue({ code: 'custom', message: `invalid regular expression: ${(e as Error).message}` });
  }
});

const level = z.enum(['error', 'warning', 'notice']);

const dataSchema = z.strictObject({
  version: z.literal(1),
  severities: z.record(z.string(), level),
  matchers: z.record(z.string(), z.array(z.strictObject({ pattern: regex, level: level.optional() })).min(1)),
  hints: z.array(z.strictObject({ match: regex, fix: z.string().min(1) })).min(1),
});

export interface MatcherPattern {
  re: RegExp;
  level?: Level;
}

export interface CompileData {
  severities: Record<string, Level>;
  matchers: Record<string, MatcherPattern[]>;
  hints: Array<{ re: RegExp; fix: string }>;
  sha256: string;
}

export class CompileDataError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid ${DATA_FILE}:\n${problems.join('\n')}`);
    this.name = 'CompileDataError';
  }
}

export function parseCompileData(text: string, file = DATA_FILE): Omit<CompileData, 'sha256'> {
  const src = parseYamlSource(file, text);
  if (src.errors.length) throw new CompileDataError(src.errors);
  const parsed = dataSchema.safeParse(src.value);
  if (!parsed.success) {
    throw new CompileDataError(
      parsed.error.issues.map((i) => {
        const p = positionOf(src, i.path as PropertyKey[]);
        return `${file}:${p.line}:${p.column}: ${i.path.join('.')}: ${i.message}`;
      }),
    );
  }
  const d = parsed.data;
  return {
    severities: d.severities,
    matchers: Object.fromEntries(Object.entries(d.matchers).map(([k, v]) => [k, v.map((p) => ({ re: new RegExp(p.pattern), ...(p.level ? { level: p.level } : {}) }))])),
    hints: d.hints.map((h) => ({ re: new RegExp(h.match), fix: h.fix })),
  };
}

const cache = new Map<string, Promise<CompileData>>();

export function loadCompileData(installDir: string): Promise<CompileData> {
  let p = cache.get(installDir);
  if (!p) {
    p = (async () => {
      const abs = join(installDir, DATA_FILE);
      let bytes: Buffer;
      try {
        bytes = await readFile(abs);
      } catch (e) {
        throw new CompileDataError([`${DATA_FILE}: cannot read ${abs} (${(e as Error).message}); reinstall Guardian.`]);
      }
      return { ...parseCompileData(bytes.toString('utf8')), sha256: createHash('sha256').update(bytes).digest('hex') };
    })();
    p.catch(() => cache.delete(installDir));
    cache.set(installDir, p);
  }
  return p;
}

/** Legend's message plus the first matching fix hint. */
export function withHint(data: Pick<CompileData, 'hints'>, message: string): string {
  const hint = data.hints.find((h) => h.re.test(message));
  if (!hint) return message;
  const [first, ...rest] = message.split('\n');
  const sep = /[.!?]$/.test(first!) ? ' ' : '. ';
  return [`${first}${sep}${hint.fix}`, ...rest].join('\n').trimEnd();
}
