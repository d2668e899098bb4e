/**
 * The breaking-change taxonomy (rules/contracts.yaml): ids, names, levels per side, bounds,
 * unclassified keywords and format samples, validated with zod on load; and the pure level
 * decision from a contract's direction and compatibility mode.
 */
import { z } from 'zod';
import type { Level, RuleMeta } from '../../core/types.js';
import { loadPack } from '../../data-pack.js';
import { parsePack } from '../../data-pack-yaml.js';

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

const PACK = { file: TAXONOMY_FILE, schema: taxonomySchema };

export async function loadTaxonomy(installDir: string): Promise<LoadedTaxonomy> {
  const pack = await loadPack(installDir, PACK);
  return { taxonomy: pack.data, sha256: pack.sha256 };
}

/** Parses and validates taxonomy text; throws DataPackError naming file:line:column. */
export function parseTaxonomy(text: string): Taxonomy {
  return parsePack(text, PACK);
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
