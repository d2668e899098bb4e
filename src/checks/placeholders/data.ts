/**
 * Loads rules/placeholders.yaml and rules/languages.yaml, validated with zod; every error names
 * the file, line and column. Cross-references (stub languages, island languages) are checked too.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { YamlSource } from '../../config/yaml-source.js';
import type { LanguageSpec } from './spec.js';

export const RULES_FILE = 'rules/placeholders.yaml';
export const LANGUAGES_FILE = 'rules/languages.yaml';

const level = z.enum(['error', 'warning', 'notice', 'off']);
const nonEmpty = z.string().min(1);
const regex = z.string().refine(
  (s) => {
    try {
      new RegExp(s);
      return true;
    } catch {
      return false;
    }
  },
  { message: 'not a valid JavaScript regular expression' },
);
const chars = z.string();

const lineComment = z.strictObject({
  token: nonEmpty,
  where: z.enum(['anywhere', 'word-start', 'line-start']).optional(),
  after: chars.optional(),
  notAfter: chars.optional(),
  notBefore: chars.optional(),
});
const blockComment = z
  .strictObject({ open: z.string(), close: z.string().optional(), nests: z.boolean().optional(), lineStart: z.boolean().optional(), leveled: z.boolean().optional() })
  .refine((b) => b.leveled || (b.open !== '' && !!b.close), { message: 'a block comment needs open and close (or leveled: true)' });
const singleChar = z.string().length(1);
const stringSpec = z
  .strictObject({
    open: z.string(),
    close: z.string().min(1).optional(),
    escape: singleChar.nullable().optional(),
    doubled: z.boolean().optional(),
    multiline: z.boolean().optional(),
    interpolation: nonEmpty.optional(),
    interpolationDoubled: z.boolean().optional(),
    prefixes: z.array(z.string()).min(1).optional(),
    anyCase: z.boolean().optional(),
    char: z.boolean().optional(),
    notAfterIdent: z.boolean().optional(),
    lineStart: z.boolean().optional(),
    closeLineStart: z.boolean().optional(),
    openAfter: chars.optional(),
    doc: z.boolean().optional(),
    raw: z.enum(['hashes', 'cpp', 'leveled']).optional(),
    minHashes: z.number().int().min(0).max(8).optional(),
  })
  .refine((s) => s.raw === 'leveled' || s.raw === 'cpp' || s.open !== '' || (s.prefixes ?? []).some((p) => p !== ''), {
    message: 'a string needs an opening delimiter',
  })
  .refine((s) => !s.interpolation || /[{(\[]$/.test(s.interpolation), { message: 'interpolation must end with {, ( or [' });
const heredoc = z.strictObject({
  opener: nonEmpty,
  notFollowedBy: chars.optional(),
  flags: chars.optional(),
  spaces: z.boolean().optional(),
  quotes: chars.optional(),
  backslash: z.boolean().optional(),
  bare: z.enum(['any', 'upper-or-flag']).optional(),
  trailing: z.boolean().optional(),
});
const quoteLike = z.strictObject({
  prefix: regex,
  parts: z.union([z.literal(1), z.literal(2)]).optional(),
  context: z.enum(['expression', 'any']).optional(),
  exclude: chars.optional(),
});
const island = z.strictObject({
  open: nonEmpty,
  openEnd: nonEmpty.optional(),
  close: nonEmpty,
  language: nonEmpty,
  ignoreCase: z.boolean().optional(),
  attributeLanguages: z.record(z.string(), nonEmpty).optional(),
});
const language = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'a language id is lower-case kebab-case'),
  name: nonEmpty,
  extensions: z.array(nonEmpty).optional(),
  filenames: z.array(nonEmpty).optional(),
  filenamePrefixes: z.array(nonEmpty).optional(),
  shebangs: z.array(nonEmpty).optional(),
  minifiable: z.boolean().optional(),
  notebook: z.boolean().optional(),
  docstrings: z.boolean().optional(),
  lineComments: z.array(lineComment).optional(),
  blockComments: z.array(blockComment).optional(),
  strings: z.array(stringSpec).optional(),
  heredocs: z.array(heredoc).optional(),
  quoteLike: z.array(quoteLike).optional(),
  regexLiterals: z.boolean().optional(),
  regexAfterWords: z.array(nonEmpty).optional(),
  codeEscape: singleChar.optional(),
  islands: z.array(island).optional(),
  endMarkers: z.array(nonEmpty).optional(),
});
export const languagesSchema = z.strictObject({ version: z.literal(1), languages: z.array(language).min(1) });

const tagName = z.string().regex(/^@?[A-Za-z][A-Za-z0-9_-]*$/, 'a tag is letters, digits, _ or -, optionally after @');
const pathLevel = z.strictObject({ paths: z.array(nonEmpty).min(1), level });
const stub = z
  .strictObject({
    rule: z.string().regex(/^[a-z][a-z0-9-]*$/, 'a rule name is lower-case kebab-case'),
    name: nonEmpty,
    level,
    enabled: z.boolean().optional(),
    languages: z.array(nonEmpty).min(1),
    literals: z.array(nonEmpty).min(1),
    pattern: regex.optional(),
    detector: z.enum(['python-empty-function']).optional(),
    notInAbstractMethod: z.boolean().optional(),
    message: nonEmpty,
  })
  .refine((s) => (s.pattern === undefined) !== (s.detector === undefined), { message: 'a stub rule needs exactly one of pattern or detector' });
export const placeholdersSchema = z.strictObject({
  version: z.literal(1),
  tags: z
    .array(
      z.strictObject({
        tag: tagName,
        name: nonEmpty,
        aliases: z.array(tagName).optional(),
        level,
        requireReference: z.boolean(),
        message: nonEmpty.optional(),
        paths: z.array(pathLevel).optional(),
      }),
    )
    .min(1),
  unreferencedMessage: nonEmpty,
  markerMessage: nonEmpty,
  references: z.array(z.strictObject({ name: nonEmpty, pattern: regex, group: z.boolean().optional() })).min(1),
  notReferences: z.array(regex),
  expiry: z.strictObject({ rule: nonEmpty, name: nonEmpty, level, message: nonEmpty, invalidMessage: nonEmpty }),
  stubs: z.array(stub),
  placeholderLiterals: z.strictObject({
    rule: nonEmpty,
    name: nonEmpty,
    level,
    literals: z.array(z.string().min(3)),
    excludePaths: z.array(nonEmpty),
    message: nonEmpty,
  }),
  testPaths: z.array(nonEmpty),
  skip: z.strictObject({
    generatedMarkers: z.array(nonEmpty),
    minifiedPaths: z.array(nonEmpty),
    minifiedLineLength: z.number().int().min(40),
  }),
});

export type PlaceholdersData = z.output<typeof placeholdersSchema>;
export type LanguagesData = z.output<typeof languagesSchema>;

export interface LoadedData {
  placeholders: PlaceholdersData;
  languages: LanguageSpec[];
  sha256: { placeholders: string; languages: string };
}

export class DataError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid placeholder rules:\n${problems.join('\n')}`);
    this.name = 'DataError';
  }
}

type YamlModules = [typeof import('../../config/yaml-source.js'), typeof import('../../config/zod-errors.js')];
// The YAML parser is slow to load and to run (about 100 ms for the language table): it is used
// only when no precompiled copy matches, and for error positions.
const yamlModules = (): Promise<YamlModules> => Promise.all([import('../../config/yaml-source.js'), import('../../config/zod-errors.js')]);

function validated<S extends z.ZodType>(m: YamlModules, text: string, file: string, schema: S): { value: z.output<S>; src: YamlSource } {
  const src = m[0].parseYamlSource(file, text);
  if (src.errors.length) throw new DataError(src.errors);
  const parsed = schema.safeParse(src.value);
  if (!parsed.success) throw new DataError(m[1].formatIssues(src, schema, parsed.error.issues));
  return { value: parsed.data, src };
}

/** Parses both files' YAML text; throws {@link DataError} naming file:line:column. */
export async function parseData(placeholdersText: string, languagesText: string): Promise<Omit<LoadedData, 'sha256'>> {
  const m = await yamlModules();
  const p = validated(m, placeholdersText, RULES_FILE, placeholdersSchema);
  const l = validated(m, languagesText, LANGUAGES_FILE, languagesSchema);
  const problems = crossCheck(p.value, l.value).map(({ file, path, message }) => at(m, file === RULES_FILE ? p.src : l.src, path, message));
  if (problems.length) throw new DataError(problems);
  return { placeholders: p.value, languages: l.value.languages as LanguageSpec[] };
}

interface Problem {
  file: string;
  path: Array<string | number>;
  message: string;
}

/** References between the files and duplicates, which the schemas cannot see. */
function crossCheck(p: PlaceholdersData, l: LanguagesData): Problem[] {
  const problems: Problem[] = [];
  const ids = new Set<string>();
  l.languages.forEach((lang, i) => {
    if (ids.has(lang.id)) problems.push({ file: LANGUAGES_FILE, path: ['languages', i, 'id'], message: `duplicate language id "${lang.id}"` });
    ids.add(lang.id);
  });
  l.languages.forEach((lang, i) =>
    (lang.islands ?? []).forEach((isl, j) => {
      for (const id of [isl.language, ...Object.values(isl.attributeLanguages ?? {})]) {
        if (!ids.has(id)) problems.push({ file: LANGUAGES_FILE, path: ['languages', i, 'islands', j, 'language'], message: `unknown language "${id}"` });
      }
    }),
  );
  p.stubs.forEach((s, i) =>
    s.languages.forEach((id, j) => {
      if (!ids.has(id)) problems.push({ file: RULES_FILE, path: ['stubs', i, 'languages', j], message: `unknown language "${id}" (not in ${LANGUAGES_FILE})` });
    }),
  );
  const tags = new Set<string>();
  p.tags.forEach((t, i) => {
    if (tags.has(t.tag)) problems.push({ file: RULES_FILE, path: ['tags', i, 'tag'], message: `duplicate tag "${t.tag}"` });
    tags.add(t.tag);
  });
  return problems;
}

function at(m: YamlModules, src: YamlSource, path: Array<string | number>, message: string): string {
  const pos = m[0].positionOf(src, path);
  return `${src.file}:${pos.line}:${pos.column} ${path.join('.')}: ${message}`;
}

/**
 * Where the build may put a JSON copy of a data file: `{ sha256 of the YAML bytes, data }`.
 * Used only when its digest matches the YAML next to it; the data is still validated.
 */
export const precompiledPath = (installDir: string, file: string): string =>
  join(installDir, 'dist', 'rules', file.replace(/^rules\//, '').replace(/\.ya?ml$/, '.json'));

async function precompiled(installDir: string, file: string, sha256: string): Promise<unknown> {
  try {
    const copy = JSON.parse(await readFile(precompiledPath(installDir, file), 'utf8')) as { sha256?: unknown; data?: unknown };
    return copy.sha256 === sha256 ? copy.data : undefined;
  } catch {
    return undefined;
  }
}

const cache = new Map<string, Promise<LoadedData>>();

/** Reads both files from Guardian's install folder (once per process and folder). */
export function loadData(installDir: string): Promise<LoadedData> {
  let p = cache.get(installDir);
  if (!p) {
    p = readBoth(installDir);
    cache.set(installDir, p);
    p.catch(() => cache.delete(installDir));
  }
  return p;
}

async function readBoth(installDir: string): Promise<LoadedData> {
  const read = async (file: string): Promise<Buffer> => {
    try {
      return await readFile(join(installDir, file));
    } catch (e) {
      throw new DataError([`${file}: cannot read ${join(installDir, file)} (${(e as Error).message}); reinstall Guardian.`]);
    }
  };
  const [pb, lb] = await Promise.all([read(RULES_FILE), read(LANGUAGES_FILE)]);
  const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex');
  const sha256 = { placeholders: sha(pb), languages: sha(lb) };
  const [pj, lj] = await Promise.all([precompiled(installDir, RULES_FILE, sha256.placeholders), precompiled(installDir, LANGUAGES_FILE, sha256.languages)]);
  if (pj !== undefined && lj !== undefined) {
    const p = placeholdersSchema.safeParse(pj);
    const l = languagesSchema.safeParse(lj);
    if (p.success && l.success && crossCheck(p.data, l.data).length === 0) {
      return { placeholders: p.data, languages: l.data.languages as LanguageSpec[], sha256 };
    }
    // Otherwise the YAML decides, with positions in its errors.
  }
  return { ...(await parseData(pb.toString('utf8'), lb.toString('utf8'))), sha256 };
}
