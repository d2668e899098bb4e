/** The compile check's data pack (rules/compile.yaml): output matchers and fix hints, validated on load. */
import { z } from 'zod';
import type { Level } from '../../core/types.js';
import { loadPack } from '../../data-pack.js';
import { parsePack } from '../../data-pack-yaml.js';

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

type RawData = z.output<typeof dataSchema>;

function compile(d: RawData, sha256: string): CompileData {
  return {
    severities: d.severities,
    matchers: Object.fromEntries(Object.entries(d.matchers).map(([k, v]) => [k, v.map((p) => ({ re: new RegExp(p.pattern), ...(p.level ? { level: p.level } : {}) }))])),
    hints: d.hints.map((h) => ({ re: new RegExp(h.match), fix: h.fix })),
    sha256,
  };
}

const PACK = { file: DATA_FILE, schema: dataSchema };

/** Parses pack text (tests and tools); throws DataPackError naming file:line:column. */
export function parseCompileData(text: string): Omit<CompileData, 'sha256'> {
  return compile(parsePack(text, PACK), '');
}

export async function loadCompileData(installDir: string): Promise<CompileData> {
  const pack = await loadPack(installDir, PACK);
  return compile(pack.data, pack.sha256);
}

/** Legend's message plus the first matching fix hint. */
export function withHint(data: Pick<CompileData, 'hints'>, message: string): string {
  const hint = data.hints.find((h) => h.re.test(message));
  if (!hint) return message;
  const [first, ...rest] = message.split('\n');
  const sep = /[.!?]$/.test(first!) ? ' ' : '. ';
  return [`${first}${sep}${hint.fix}`, ...rest].join('\n').trimEnd();
}
