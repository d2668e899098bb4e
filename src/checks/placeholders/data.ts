/**
 * Loads rules/placeholders.yaml and rules/languages.yaml, validated with zod; every error names
 * the file, line and column. Cross-references (stub languages, island languages) are checked too.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { DataPackError, loadPack, type CrossCheck } from '../../data-pack.js';
import { pathLevel, ruleLevel as level, tagName } from './options.js';
import type { LanguageSpec } from './spec.js';

const RULES_FILE = 'rules/placeholders.yaml';
const LANGUAGES_FILE = 'rules/languages.yaml';

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
const languagesSchema = z.strictObject({ version: z.literal(1), languages: z.array(language).min(1) });

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
const placeholdersSchema = z.strictObject({
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

type PlaceholdersData = z.output<typeof placeholdersSchema>;
type LanguagesData = z.output<typeof languagesSchema>;

export interface LoadedData {
  placeholders: PlaceholdersData;
  languages: LanguageSpec[];
  sha256: { placeholders: string; languages: string };
}

/** Duplicate tags, which the schema cannot see. */
function tagProblems(p: PlaceholdersData): ReturnType<CrossCheck<PlaceholdersData>> {
  const problems: ReturnType<CrossCheck<PlaceholdersData>> = [];
  const tags = new Set<string>();
  p.tags.forEach((t, i) => {
    if (tags.has(t.tag)) problems.push({ path: ['tags', i, 'tag'], message: `duplicate tag "${t.tag}"` });
    tags.add(t.tag);
  });
  return problems;
}

/** Duplicate language ids and islands naming unknown languages. */
function languageProblems(l: LanguagesData): ReturnType<CrossCheck<LanguagesData>> {
  const problems: ReturnType<CrossCheck<LanguagesData>> = [];
  const ids = new Set<string>();
  l.languages.forEach((lang, i) => {
    if (ids.has(lang.id)) problems.push({ path: ['languages', i, 'id'], message: `duplicate language id "${lang.id}"` });
    ids.add(lang.id);
  });
  l.languages.forEach((lang, i) =>
    (lang.islands ?? []).forEach((isl, j) => {
      for (const id of [isl.language, ...Object.values(isl.attributeLanguages ?? {})]) {
        if (!ids.has(id)) problems.push({ path: ['languages', i, 'islands', j, 'language'], message: `unknown language "${id}"` });
      }
    }),
  );
  return problems;
}

const PLACEHOLDERS_PACK = { file: RULES_FILE, schema: placeholdersSchema, crossCheck: tagProblems };
const LANGUAGES_PACK = { file: LANGUAGES_FILE, schema: languagesSchema, crossCheck: languageProblems };

/** Stub rules must name languages of the language table (a reference between the two files). */
function stubLanguageCheck(l: LanguagesData): CrossCheck<PlaceholdersData> {
  const ids = new Set(l.languages.map((x) => x.id));
  return (p) =>
    p.stubs.flatMap((s, i) =>
      s.languages.flatMap((id, j) => (ids.has(id) ? [] : [{ path: ['stubs', i, 'languages', j], message: `unknown language "${id}" (not in ${LANGUAGES_FILE})` }])),
    );
}

function assemble(p: PlaceholdersData, l: LanguagesData): Omit<LoadedData, 'sha256'> {
  return { placeholders: p, languages: l.languages };
}

/** Parses both files' YAML text; throws DataPackError naming file:line:column. */
export async function parseData(placeholdersText: string, languagesText: string): Promise<Omit<LoadedData, 'sha256'>> {
  const { parsePack } = await import('../../data-pack-yaml.js');
  const l = parsePack(languagesText, LANGUAGES_PACK);
  const p = parsePack(placeholdersText, { ...PLACEHOLDERS_PACK, crossCheck: (d) => [...tagProblems(d), ...stubLanguageCheck(l)(d)] });
  return assemble(p, l);
}

/** One error for whichever packs failed, in file order (not in the order the reads happened to end). */
function packErrors(...settled: PromiseSettledResult<unknown>[]): unknown {
  const failed = settled.flatMap((s) => (s.status === 'rejected' ? [s.reason as unknown] : []));
  if (failed.length > 1 && failed.every((e) => e instanceof DataPackError)) return new DataPackError(failed.flatMap((e) => (e as DataPackError).problems));
  return failed[0];
}

/** Reads both files from Guardian's install folder (once per process and folder). */
export async function loadData(installDir: string): Promise<LoadedData> {
  const [ps, ls] = await Promise.allSettled([loadPack(installDir, PLACEHOLDERS_PACK), loadPack(installDir, LANGUAGES_PACK)]);
  if (ps.status === 'rejected' || ls.status === 'rejected') throw packErrors(ps, ls);
  const [p, l] = [ps.value, ls.value];
  if (stubLanguageCheck(l.data)(p.data).length) {
    // Rare (a broken install): re-parse the YAML to name positions.
    const { readFile } = await import('node:fs/promises');
    const text = (f: string): Promise<string> => readFile(join(installDir, f), 'utf8');
    await parseData(await text(RULES_FILE), await text(LANGUAGES_FILE));
  }
  return { ...assemble(p.data, l.data), sha256: { placeholders: p.sha256, languages: l.sha256 } };
}
