/**
 * The breaking-change taxonomy (rules/contracts.yaml): ids, names, levels per side, bounds,
 * unclassified keywords and format samples, validated with zod on load; and the pure level
 * decision from a contract's direction and compatibility mode.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { parseYamlSource } from '../../config/yaml-source.js';
import { formatIssues } from '../../config/zod-errors.js';
import type { Level, RuleMeta } from '../../core/types.js';

export const TAXONOMY_FILE = 'rules/contracts.yaml';
import { COMPATIBILITY_MODES, DIRECTIONS } from './options.js';
import { helpUri } from './taxonomy-uri.js';

export type Direction = (typeof DIRECTIONS)[number];
export type Compatibility = (typeof COMPATIBILITY_MODES)[number];
export type Side = 'consumer' | 'producer';

const level = z.enum(['error', 'warning', 'notice']);
const side = z.enum(['consumer', 'producer']);
const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id');

const changeSchema = z.strictObject({
  name: z.string().min(1),
  description: z.string().min(1),
  levels: z.strictObject({ consumer: level, producer: level }),
  fix: z.string().min(1),
  example: z.strictObject({ base: z.string().min(1), head: z.string().min(1) }),
});

const boundSchema = z.strictObject({
  keyword: z.string().min(1),
  kind: z.enum(['upper', 'lower']),
  appliesTo: z.enum(['number', 'string', 'array', 'object']),
  tightened: kebab,
  loosened: kebab,
});

const formatSchema = z.strictObject({
  type: z.enum(['string', 'number']),
  valid: z.array(z.union([z.string(), z.number()])).min(1),
  invalid: z.array(z.union([z.string(), z.number()])),
});

export const taxonomySchema = z
  .strictObject({
    version: z.literal(1),
    compatibility: z.strictObject({ backward: z.array(side), forward: z.array(side), full: z.array(side), none: z.array(side) }),
    defaultCompatibility: z.strictObject({
      consumer: z.enum(COMPATIBILITY_MODES),
      producer: z.enum(COMPATIBILITY_MODES),
      both: z.enum(COMPATIBILITY_MODES),
    }),
    ungatedLevel: level,
    changes: z.record(kebab, changeSchema),
    bounds: z.array(boundSchema),
    unclassifiedKeywords: z.array(z.string().min(1)),
    formats: z.record(z.string().min(1), formatSchema),
    modelTypes: z.record(
      z.string().min(1),
      z.strictObject({ types: z.array(z.enum(['string', 'number', 'integer', 'boolean'])).min(1), formats: z.array(z.string().min(1)).optional() }),
    ),
  })
  .superRefine((t, ctx) => {
    t.bounds.forEach((b, i) => {
      for (const k of ['tightened', 'loosened'] as const) {
        if (!(b[k] in t.changes)) ctx.addIssue({ code: 'custom', path: ['bounds', i, k], message: `"${b[k]}" is not an id under changes:` });
      }
    });
  });

export type Taxonomy = z.output<typeof taxonomySchema>;
export type ChangeDef = Taxonomy['changes'][string];
export type BoundDef = Taxonomy['bounds'][number];

export interface LoadedTaxonomy {
  taxonomy: Taxonomy;
  sha256: string;
}

export class TaxonomyError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid contracts taxonomy:\n${problems.join('\n')}`);
    this.name = 'TaxonomyError';
  }
}

const loaded = new Map<string, Promise<LoadedTaxonomy>>();

export function loadTaxonomy(installDir: string): Promise<LoadedTaxonomy> {
  let p = loaded.get(installDir);
  if (!p) {
    p = (async () => {
      const abs = join(installDir, TAXONOMY_FILE);
      let bytes: Buffer;
      try {
        bytes = await readFile(abs);
      } catch (e) {
        throw new TaxonomyError([`${TAXONOMY_FILE}: cannot read ${abs} (${(e as Error).message}); reinstall Guardian.`]);
      }
      return { taxonomy: parseTaxonomy(bytes.toString('utf8')), sha256: createHash('sha256').update(bytes).digest('hex') };
    })();
    p.catch(() => loaded.delete(installDir));
    loaded.set(installDir, p);
  }
  return p;
}

/** Parses and validates taxonomy text; throws {@link TaxonomyError} naming file:line:column. */
export function parseTaxonomy(text: string, file = TAXONOMY_FILE): Taxonomy {
  const src = parseYamlSource(file, text);
  if (src.errors.length) throw new TaxonomyError(src.errors);
  const parsed = taxonomySchema.safeParse(src.value);
  if (!parsed.success) throw new TaxonomyError(formatIssues(src, taxonomySchema, parsed.error.issues));
  return parsed.data;
}

const RANK: Record<Level, number> = { notice: 0, warning: 1, error: 2 };

export function effectiveCompatibility(t: Taxonomy, direction: Direction, compatibility?: Compatibility): Compatibility {
  return compatibility ?? t.defaultCompatibility[direction];
}

/** The level of a change for a contract: the strictest level among the sides its mode gates. */
export function levelFor(t: Taxonomy, id: string, direction: Direction, compatibility?: Compatibility): Level {
  const change = t.changes[id];
  if (!change) throw new Error(`unknown breaking-change id ${id}`);
  const sides = t.compatibility[effectiveCompatibility(t, direction, compatibility)];
  if (sides.length === 0) return t.ungatedLevel;
  return sides.map((s) => change.levels[s]).reduce((a, b) => (RANK[b] > RANK[a] ? b : a));
}


/** RuleMeta for every breaking-change id (data-driven, so returned in CheckOutput.rules). */
export function changeRules(t: Taxonomy): RuleMeta[] {
  return Object.entries(t.changes).map(([id, c]) => {
    const strictest = levelFor(t, id, 'both', 'full');
    return {
      id: `contracts/${id}`,
      name: c.name,
      shortDescription: c.description,
      fullDescription:
        `${c.description} Default level: ${c.levels.consumer} for consumer (request-like) contracts, ` +
        `${c.levels.producer} for producer (response-like) contracts, ${strictest} for both; ` +
        `${t.ungatedLevel} under compatibility: none.`,
      help: c.fix,
      helpUri: helpUri(id),
      defaultLevel: strictest,
      tags: ['contracts', 'breaking-change'],
    };
  });
}
