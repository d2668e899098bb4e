/**
 * How JSON Schema keywords hold subschemas: the structure of the specification itself
 * (draft-07, 2019-09, 2020-12), not a policy list; policy lives in rules/contracts.yaml.
 */

export type Draft = 'draft-07' | '2019-09' | '2020-12';

/** Keywords whose value is one subschema. */
export const SINGLE_SCHEMA = [
  'additionalItems',
  'additionalProperties',
  'unevaluatedItems',
  'unevaluatedProperties',
  'contains',
  'propertyNames',
  'not',
  'if',
  'then',
  'else',
  'contentSchema',
] as const;

/** Keywords whose value is an array of subschemas. */
export const SCHEMA_ARRAY = ['allOf', 'anyOf', 'oneOf', 'prefixItems'] as const;

/** Keywords whose value is an object of subschemas. */
export const SCHEMA_MAP = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'] as const;

/** Keywords whose value is instance data, never schemas: refs inside them are not refs. */
export const DATA_VALUED = new Set(['enum', 'const', 'default', 'examples', 'example']);

/** `$schema` values → draft. */
const META_SCHEMAS: Record<string, Draft> = {
  'http://json-schema.org/draft-07/schema': 'draft-07',
  'https://json-schema.org/draft/2019-09/schema': '2019-09',
  'https://json-schema.org/draft/2020-12/schema': '2020-12',
};

/** The draft a `$schema` value names, `null` when it names none we support. */
export function draftOf(schemaUri: string): Draft | null {
  const k = schemaUri.replace(/#$/, '').replace(/^https:\/\/json-schema\.org\/draft-0/, 'http://json-schema.org/draft-0');
  return META_SCHEMAS[k] ?? null;
}

/** True for the URIs of the meta-schemas ajv ships (refs to them need no file). */
export function isMetaSchemaUri(uri: string): boolean {
  const noFrag = uri.replace(/#.*$/, '');
  return draftOf(noFrag) !== null || /^https:\/\/json-schema\.org\/draft\/20(19-09|20-12)\/meta\//.test(noFrag);
}

/**
 * How a schema constrains array items: the keyword holding a tuple (per-index schemas) and the
 * keyword holding the schema of every further item. Before 2020-12 `items` is a tuple when it
 * is an array (further items: `additionalItems`) and applies to all items otherwise.
 */
export function itemKeywords(draft: Draft, schema: Record<string, unknown>): { tuple: string | null; rest: string | null } {
  if (draft === '2020-12') return { tuple: Array.isArray(schema.prefixItems) ? 'prefixItems' : null, rest: 'items' in schema ? 'items' : null };
  if (Array.isArray(schema.items)) return { tuple: 'items', rest: 'additionalItems' in schema ? 'additionalItems' : null };
  return { tuple: null, rest: 'items' in schema ? 'items' : null };
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/**
 * Every subschema directly under `schema`, as [segments relative to it, subschema].
 * `items` is a single schema or a tuple depending on its value.
 */
export function childSchemas(schema: Record<string, unknown>): Array<[string[], unknown]> {
  const out: Array<[string[], unknown]> = [];
  for (const k of SINGLE_SCHEMA) if (k in schema) out.push([[k], schema[k]]);
  if ('items' in schema) {
    const it = schema.items;
    if (Array.isArray(it)) it.forEach((s, i) => out.push([['items', String(i)], s]));
    else out.push([['items'], it]);
  }
  for (const k of SCHEMA_ARRAY) {
    const v = schema[k];
    if (Array.isArray(v)) v.forEach((s, i) => out.push([[k, String(i)], s]));
  }
  for (const k of SCHEMA_MAP) {
    const v = schema[k];
    if (isObject(v)) for (const [name, s] of Object.entries(v)) out.push([[k, name], s]);
  }
  const deps = schema.dependencies;
  if (isObject(deps)) for (const [name, s] of Object.entries(deps)) if (!Array.isArray(s)) out.push([['dependencies', name], s]);
  return out;
}
