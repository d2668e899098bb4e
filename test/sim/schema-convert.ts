/**
 * OpenAPI 3.0 Schema Object → JSON Schema (draft-07, what ajv compiles by default).
 *
 * OpenAPI 3.0 schemas are a dialect: `nullable`, boolean `exclusiveMinimum`, no `type` arrays,
 * annotation-only keywords (`example`, `discriminator`, `xml`, `x-*`...). The converter copies
 * only validation keywords it knows, so property NAMES such as "example" inside `properties`
 * are never mistaken for keywords, and it rewrites `$ref: '#/components/schemas/X'` into
 * `#/definitions/X`, collecting exactly the definitions the root schema reaches (recursive
 * schemas work because each definition is converted once).
 *
 * `nullable: true` adds null to the allowed values: to `type`, to `enum` when present, and for a
 * schema without `type` (a nullable `allOf`/`oneOf` wrapper) by an `anyOf` with `{type: null}`.
 * GitHub's description depends on that reading: e.g. `check-run.conclusion` is
 * `{type: string, enum: [success, ...], nullable: true}` and is null while the run is in progress.
 */
import { resolvePointer, type OpenApiDocument } from './openapi-spec.js';

export type JsonSchema = Record<string, unknown>;

const SCHEMA_MAP_KEYWORDS = ['properties', 'patternProperties'] as const;
const SCHEMA_LIST_KEYWORDS = ['allOf', 'anyOf', 'oneOf'] as const;
const SCHEMA_KEYWORDS = ['not', 'additionalProperties', 'items', 'additionalItems', 'propertyNames', 'contains'] as const;
const VALUE_KEYWORDS = [
  'type', 'enum', 'const', 'format', 'pattern', 'minLength', 'maxLength', 'minimum', 'maximum',
  'multipleOf', 'minItems', 'maxItems', 'uniqueItems', 'required', 'minProperties', 'maxProperties',
] as const;

const COMPONENT_SCHEMA_PREFIX = '#/components/schemas/';

export interface ConvertResult {
  schema: JsonSchema;
  /** Names of the component schemas pulled in (for diagnostics). */
  definitions: string[];
  /** With `refBase`: the converted component schemas, to register under `refBase + name`. */
  components: Record<string, JsonSchema>;
}

export interface ConvertOptions {
  /**
   * When set, component references become `$ref: refBase + name` and the converted components
   * are returned in `components` instead of being embedded: a caller can register each one once
   * (ajv then compiles a shared component such as `repository` once for all operations).
   */
  refBase?: string;
}

/** Convert one OpenAPI schema (possibly a `$ref`) into JSON Schema. */
export function convertSchema(doc: OpenApiDocument, schema: unknown, options: ConvertOptions = {}): ConvertResult {
  const definitions: Record<string, JsonSchema> = {};
  const pending: string[] = [];
  const seen = new Set<string>();

  const refTo = (ref: string): JsonSchema => {
    if (ref.startsWith(COMPONENT_SCHEMA_PREFIX)) {
      const name = ref.slice(COMPONENT_SCHEMA_PREFIX.length);
      if (!seen.has(name)) {
        seen.add(name);
        pending.push(name);
      }
      return { $ref: options.refBase !== undefined ? options.refBase + encodeURIComponent(name) : `#/definitions/${escapePointer(name)}` };
    }
    // Any other local ref (rare in schemas): inline it.
    return convert(resolvePointer(doc, ref));
  };

  const convert = (node: unknown): JsonSchema => {
    if (node === true || node === false) return node ? {} : { not: {} };
    if (node === null || typeof node !== 'object' || Array.isArray(node)) {
      throw new Error(`not a schema object: ${JSON.stringify(node)?.slice(0, 80)}`);
    }
    const s = node as Record<string, unknown>;
    if (typeof s['$ref'] === 'string') return refTo(s['$ref']);
    const out: JsonSchema = {};
    for (const k of VALUE_KEYWORDS) if (k in s) out[k] = s[k];
    for (const k of SCHEMA_MAP_KEYWORDS) {
      const m = s[k];
      if (m && typeof m === 'object') {
        out[k] = Object.fromEntries(Object.entries(m as Record<string, unknown>).map(([name, sub]) => [name, convert(sub)]));
      }
    }
    for (const k of SCHEMA_LIST_KEYWORDS) {
      const l = s[k];
      if (Array.isArray(l)) out[k] = l.map(convert);
    }
    for (const k of SCHEMA_KEYWORDS) {
      const v = s[k];
      if (v === undefined) continue;
      if (typeof v === 'boolean') out[k] = v;
      else if (k === 'items' && Array.isArray(v)) out[k] = v.map(convert);
      else out[k] = convert(v);
    }
    // OpenAPI 3.0 inherits draft-04's boolean exclusive bounds.
    if (s['exclusiveMinimum'] === true && typeof s['minimum'] === 'number') {
      out['exclusiveMinimum'] = s['minimum'];
      delete out['minimum'];
    } else if (typeof s['exclusiveMinimum'] === 'number') out['exclusiveMinimum'] = s['exclusiveMinimum'];
    if (s['exclusiveMaximum'] === true && typeof s['maximum'] === 'number') {
      out['exclusiveMaximum'] = s['maximum'];
      delete out['maximum'];
    } else if (typeof s['exclusiveMaximum'] === 'number') out['exclusiveMaximum'] = s['exclusiveMaximum'];

    if (s['nullable'] === true) return makeNullable(out);
    return out;
  };

  const root = convert(schema);
  while (pending.length > 0) {
    const name = pending.shift()!;
    definitions[name] = convert(resolvePointer(doc, COMPONENT_SCHEMA_PREFIX + escapePointer(name)));
  }
  const names = Object.keys(definitions);
  if (options.refBase !== undefined) return { schema: root, definitions: names, components: definitions };
  // Wrap so a root `$ref` never has `definitions` as an ignored sibling.
  const schemaOut: JsonSchema = names.length === 0 ? root : { allOf: [root], definitions };
  return { schema: schemaOut, definitions: names, components: {} };
}

function makeNullable(s: JsonSchema): JsonSchema {
  const t = s['type'];
  if (typeof t === 'string') {
    const out: JsonSchema = { ...s, type: [t, 'null'] };
    if (Array.isArray(s['enum']) && !s['enum'].includes(null)) out['enum'] = [...s['enum'], null];
    return out;
  }
  if (Array.isArray(t)) {
    return t.includes('null') ? s : { ...s, type: [...t, 'null'] };
  }
  if (Array.isArray(s['enum'])) {
    return s['enum'].includes(null) ? s : { ...s, enum: [...s['enum'], null] };
  }
  return { anyOf: [{ type: 'null' }, s] };
}

function escapePointer(name: string): string {
  return name.replace(/~/g, '~0').replace(/\//g, '~1');
}
