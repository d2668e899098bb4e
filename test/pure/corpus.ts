/** Access to the Legend corpora in ../shared/corpora/legend and JSON normalisation helpers for comparisons. */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';

export const CORPUS_ROOT = process.env.GUARDIAN_LEGEND_CORPUS ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'corpora', 'legend');
export const ENGINE_PAIRS = join(CORPUS_ROOT, 'engine-pairs');
export const STUDIO_ROUNDTRIP = join(CORPUS_ROOT, 'studio-roundtrip');

export interface EnginePair {
  name: string;
  grammar: string;
  grammarCompare: string | undefined;
  protocol: unknown;
}

export function enginePairs(): EnginePair[] {
  const out: EnginePair[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir).sort()) {
      const p = join(dir, entry);
      if (statSync(p).isDirectory()) walk(p);
    }
    const g = join(dir, 'grammar.pure');
    if (existsSync(g)) {
      const c = join(dir, 'grammar_compare.pure');
      out.push({
        name: relative(ENGINE_PAIRS, dir),
        grammar: readFileSync(g, 'utf8'),
        grammarCompare: existsSync(c) ? readFileSync(c, 'utf8') : undefined,
        protocol: JSON.parse(readFileSync(join(dir, 'protocol.json'), 'utf8')),
      });
    }
  };
  walk(ENGINE_PAIRS);
  return out;
}

export function studioFiles(): { name: string; text: string }[] {
  return readdirSync(STUDIO_ROUNDTRIP)
    .filter((f) => f.endsWith('.pure'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(STUDIO_ROUNDTRIP, name), 'utf8') }));
}

/** Deep copy without any `sourceInformation` / `*SourceInformation` keys. */
export function stripSourceInformation(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripSourceInformation);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (k === 'sourceInformation' || k.endsWith('SourceInformation')) continue;
      out[k] = stripSourceInformation(v);
    }
    return out;
  }
  return value;
}

interface ElementLike {
  _type: string;
  package: string;
  name: string;
  sections?: { elements: string[] }[];
}

/**
 * Elements ordered by path (the corpus' protocol.json files list elements in the order of the text they were
 * generated from, which upstream later re-sorted into grammar.pure); section element lists sorted likewise.
 */
export function normaliseModel(model: unknown): unknown {
  const m = stripSourceInformation(model) as { elements: ElementLike[] };
  const elements = [...m.elements]
    .map((e) => (e.sections ? { ...e, sections: e.sections.map((s) => ({ ...s, elements: [...s.elements].sort() })) } : e))
    .sort((a, b) => `${a.package}::${a.name}`.localeCompare(`${b.package}::${b.name}`));
  return { ...m, elements };
}

/** First differing path between two JSON values, for readable failures. */
export function firstDifference(a: unknown, b: unknown, path = '$'): string | undefined {
  if (a === b) return undefined;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') {
    return `${path}: ${JSON.stringify(a)?.slice(0, 200)} !== ${JSON.stringify(b)?.slice(0, 200)}`;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return `${path}: array vs object`;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${path}: length ${a.length} !== ${b.length}`;
    for (let i = 0; i < a.length; i++) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return undefined;
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ao), ...Object.keys(bo)]);
  for (const k of [...keys].sort()) {
    if (!(k in ao)) return `${path}.${k}: missing on the left (right has ${JSON.stringify(bo[k])?.slice(0, 120)})`;
    if (!(k in bo)) return `${path}.${k}: missing on the right (left has ${JSON.stringify(ao[k])?.slice(0, 120)})`;
    const d = firstDifference(ao[k], bo[k], `${path}.${k}`);
    if (d) return d;
  }
  return undefined;
}
