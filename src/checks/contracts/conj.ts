/**
 * A subschema's effective constraints: the schema itself plus everything it pulls in through
 * `$ref` and `allOf`, flattened into one list (a conjunction). Both the breaking-change diff
 * and the case generator read keywords through it, so inlining a definition or moving it
 * behind a `$ref` changes nothing.
 */
import { canonicalJson } from '../../core/canonical-json.js';
import { childRef, refKey, refTarget, type SchemaRef, type SchemaSet } from './schema-store.js';
import { isObject } from './schema-keywords.js';

export function flatten(set: SchemaSet, refs: readonly SchemaRef[], seen = new Set<string>()): SchemaRef[] {
  const out: SchemaRef[] = [];
  for (const r of refs) {
    const key = refKey(r);
    if (seen.has(key)) continue;
    seen.add(key);
    if (r.value === true) continue;
    if (r.value === false) {
      out.push(r);
      continue;
    }
    if (!isObject(r.value)) continue;
    out.push(r);
    const t = refTarget(set, r);
    if (t?.kind === 'ok') out.push(...flatten(set, [t.target], seen));
    const all = r.value.allOf;
    if (Array.isArray(all)) out.push(...flatten(set, all.map((_, i) => childRef(r, ['allOf', String(i)])), seen));
  }
  return out;
}

/** Nodes of the conjunction holding `keyword`, with its value. */
export function withKeyword(conj: readonly SchemaRef[], keyword: string): Array<{ ref: SchemaRef; value: unknown }> {
  const out: Array<{ ref: SchemaRef; value: unknown }> = [];
  for (const r of conj) {
    if (isObject(r.value) && Object.prototype.hasOwnProperty.call(r.value, keyword)) out.push({ ref: r, value: r.value[keyword] });
  }
  return out;
}

export const ALL_TYPES = ['null', 'boolean', 'object', 'array', 'number', 'integer', 'string'] as const;

/**
 * Allowed instance types (number implies integer), or null when unconstrained. A `false`
 * schema in the conjunction allows nothing. OpenAPI's `nullable: true` adds null.
 */
export function typeSet(conj: readonly SchemaRef[]): Set<string> | null {
  let acc: Set<string> | null = null;
  for (const r of conj) {
    if (r.value === false) return new Set();
    if (!isObject(r.value)) continue;
    const t = r.value.type;
    let types: string[] | null = null;
    if (typeof t === 'string') types = [t];
    else if (Array.isArray(t)) types = t.filter((x): x is string => typeof x === 'string');
    if (!types) continue;
    const s = new Set<string>(types);
    if (s.has('number')) s.add('integer');
    if (r.value.nullable === true) s.add('null');
    acc = acc === null ? s : new Set<string>(Array.from(acc as Set<string>).filter((x: string) => s.has(x)));
  }
  return acc;
}

/** Allowed values from `enum`/`const` (canonical JSON), or null when unconstrained. */
export function enumSet(conj: readonly SchemaRef[]): Map<string, unknown> | null {
  let acc: Map<string, unknown> | null = null;
  for (const r of conj) {
    if (!isObject(r.value)) continue;
    const lists: unknown[][] = [];
    if (Array.isArray(r.value.enum)) lists.push(r.value.enum);
    if (Object.prototype.hasOwnProperty.call(r.value, 'const')) lists.push([r.value.const]);
    for (const l of lists) {
      const m = new Map<string, unknown>(l.map((v): [string, unknown] => [canonicalJson(v), v]));
      acc = acc === null ? m : new Map<string, unknown>(Array.from(acc as Map<string, unknown>).filter(([k]) => m.has(k)));
    }
  }
  return acc;
}

export function conjKey(conj: readonly SchemaRef[]): string {
  return conj.map(refKey).sort().join('&');
}

/** JSON types a value belongs to (an integral number is also an integer). */
export function jsonTypesOf(v: unknown): string[] {
  if (v === null) return ['null'];
  if (Array.isArray(v)) return ['array'];
  if (typeof v === 'number') return Number.isInteger(v) ? ['number', 'integer'] : ['number'];
  if (typeof v === 'object') return ['object'];
  return [typeof v];
}

/** Types a value can actually have: `type` narrowed by the values `enum`/`const` allow. */
export function allowedTypes(conj: readonly SchemaRef[]): Set<string> {
  let types = typeSet(conj) ?? new Set<string>(ALL_TYPES);
  const en = enumSet(conj);
  if (en) {
    const fromEnum = new Set([...en.values()].flatMap(jsonTypesOf));
    types = new Set([...types].filter((t) => fromEnum.has(t)));
  }
  return types;
}
