/**
 * ajv over a loaded {@link SchemaSet}: meta-schema validation with positions, one compile
 * per distinct set of schema files (cached by content), and validators for any subschema.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import * as ajvFormatsModule from 'ajv-formats';
import { runBounded } from '../../core/bounded-regex.js';
import type { Location } from '../../core/types.js';
import { isRisky } from './bounded-regex.js';
import { fromPointer, getAt, pointerToFragment, toPointer } from './pointer.js';
import { childSchemas, draftOf, isObject, type Draft } from './schema-keywords.js';
import { resolveUri, type SchemaRef, type SchemaSet } from './schema-store.js';
import { locate } from './source-doc.js';

type AjvInstance = Ajv;
// ajv-formats is CommonJS: its plugin is the module itself or its `default`, depending on the loader.
const addFormats = ((ajvFormatsModule as unknown as { default?: unknown }).default ?? ajvFormatsModule) as (ajv: Ajv) => Ajv;

export interface SchemaProblem {
  rule: 'schema-invalid';
  message: string;
  location?: Location;
}

export interface CompiledSet {
  /** Root validator; null when the schema could not be compiled (see problems). */
  validate: ValidateFunction | null;
  problems: SchemaProblem[];
  /** Validator of any subschema of the set, or null when ajv cannot compile it alone. */
  validatorAt(ref: SchemaRef): ValidateFunction | null;
  /** True when ajv validates this format (unknown formats are ignored, not asserted). */
  knowsFormat(name: string): boolean;
}

/** Time bound of one validation when the set has a pattern that can backtrack catastrophically. */
export const VALIDATE_TIMEOUT_MS = 1000;

/**
 * Thrown by a validator that ran out of time: a PR's schema pattern such as `^(a+)+$` can make
 * ajv backtrack for hours on a crafted example or case, so the run must stop it.
 */
export class ValidationTimeout extends Error {
  constructor(readonly patterns: readonly string[]) {
    super(
      `validation took longer than ${VALIDATE_TIMEOUT_MS} ms and was stopped: ${patterns.join(', ')} can backtrack catastrophically ` +
        '(nested quantifiers or overlapping alternatives such as `(a+)+` or `(a|aa)+`), and a consumer validating such a payload would hang too; simplify the pattern',
    );
    this.name = 'ValidationTimeout';
  }
}

const cache = new Map<string, CompiledSet>();
const CACHE_LIMIT = 64;

export function newAjv(draft: Draft): AjvInstance {
  const opts = { allErrors: true, strict: false, logger: false as const, allowUnionTypes: true, validateFormats: true };
  let ajv: AjvInstance;
  if (draft === '2020-12') ajv = new Ajv2020(opts) as unknown as AjvInstance;
  else if (draft === '2019-09') ajv = new Ajv2019(opts) as unknown as AjvInstance;
  else ajv = new Ajv(opts);
  addFormats(ajv);
  return ajv;
}

/** One instance per draft validates schemas against their meta-schema (compiling it is the costly part). */
const metaAjvs = new Map<Draft, AjvInstance>();
function metaAjv(draft: Draft): AjvInstance {
  let a = metaAjvs.get(draft);
  if (!a) metaAjvs.set(draft, (a = newAjv(draft)));
  return a;
}

/** Compiles a schema set once per distinct content (base and head often share files). */
export function compileSet(set: SchemaSet): CompiledSet {
  const key = [set.draft, set.root?.uri ?? '', ...[...set.resources.values()].map((r) => `${r.uri}|${r.doc.sha256}|${r.aliases.join(',')}`)].join('\n');
  const hit = cache.get(key);
  if (hit) return hit;
  const compiled = compileUncached(set);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(key, compiled);
  return compiled;
}

function compileUncached(set: SchemaSet): CompiledSet {
  const ajv = newAjv(set.draft);
  const problems: SchemaProblem[] = [];
  /** Patterns that can backtrack catastrophically: every validation then runs under a time bound. */
  const risky: string[] = [];
  for (const res of set.resources.values()) {
    const before = problems.length;
    if (res.draft !== set.draft) {
      problems.push({
        rule: 'schema-invalid',
        message: `${res.doc.path} declares JSON Schema ${res.draft} but the contract's root schema ${set.rootPath} is ${set.draft}; one validator cannot mix drafts. Declare the same "$schema" in every file of the contract.`,
        location: locate(res.doc, ['$schema']),
      });
      continue;
    }
    const value = forAjv(res.doc.value);
    let valid: boolean;
    const meta = metaAjv(set.draft);
    try {
      valid = meta.validateSchema(value as never) as boolean;
    } catch (e) {
      problems.push({ rule: 'schema-invalid', message: `${res.doc.path} cannot be checked against its meta-schema: ${(e as Error).message}.`, location: locate(res.doc, []) });
      continue;
    }
    if (!valid) {
      for (const e of dedupeMetaErrors(meta.errors ?? [])) {
        const segments = safeSegments(e.instancePath);
        problems.push({
          rule: 'schema-invalid',
          message: `${res.doc.path}${e.instancePath ? ` at ${e.instancePath}` : ''} is not a valid JSON Schema (${res.draft}): ${e.instancePath || 'the schema'} ${e.message ?? 'is invalid'}${describeParams(e)}. Fix the keyword so the schema passes its meta-schema.`,
          location: locate(res.doc, segments),
        });
      }
    }
    for (const p of patternsOf(res.doc.value)) {
      const problem = patternProblem(p.source);
      if (problem) {
        problems.push({
          rule: 'schema-invalid',
          message: `${res.doc.path} at ${toPointer(p.at)}: the regular expression ${JSON.stringify(p.source)} is invalid (${problem}). JSON Schema patterns are ECMA-262 regexes with the u flag; fix the expression.`,
          location: locate(res.doc, p.at),
        });
      } else if (isRisky(p.source)) risky.push(`the pattern ${JSON.stringify(p.source)} at ${res.doc.path}#${toPointer(p.at)}`);
    }
    if (problems.length > before) continue;
    const add = (uri: string): void => {
      try {
        ajv.addSchema({ ...(value as object), $id: uri } as never, undefined, undefined, false);
      } catch (e) {
        problems.push({ rule: 'schema-invalid', message: `${res.doc.path} cannot be registered with the validator: ${(e as Error).message}.`, location: locate(res.doc, []) });
      }
    };
    if (isObject(res.doc.value)) {
      add(res.uri);
      if (res.fileUri !== res.uri) add(res.fileUri);
      for (const a of res.aliases) add(a);
    } else if (typeof res.doc.value !== 'boolean') {
      problems.push({ rule: 'schema-invalid', message: `${res.doc.path} is not a JSON Schema: the top level must be an object (or a boolean).`, location: locate(res.doc, []) });
    }
  }
  let validate: ValidateFunction | null = null;
  const root = set.root;
  if (root && problems.length === 0 && set.problems.length === 0) {
    try {
      validate = typeof root.doc.value === 'boolean' ? ajv.compile(root.doc.value) : (ajv.getSchema(root.uri) ?? null);
    } catch (e) {
      problems.push({
        rule: 'schema-invalid',
        message: `${root.doc.path} does not compile: ${(e as Error).message}. Fix the schema so a validator can be built.`,
        location: locate(root.doc, []),
      });
    }
  }
  const guard = (v: ValidateFunction | null): ValidateFunction | null => (v && risky.length ? timeBounded(v, risky) : v);
  const subs = new Map<string, ValidateFunction | null>();
  return {
    validate: guard(validate),
    problems,
    validatorAt(ref) {
      if (!validate) return null;
      if (typeof ref.value === 'boolean') {
        const k = `bool:${ref.value}`;
        if (!subs.has(k)) subs.set(k, ajv.compile(ref.value));
        return subs.get(k)!;
      }
      const key = `${ref.res.uri}\u0000${ref.segments.join('\u0000')}`;
      let v = subs.get(key);
      if (v === undefined) {
        try {
          v = guard(ajv.getSchema(`${ref.res.uri}#${pointerToFragment(toPointer(ref.segments))}`) ?? null);
        } catch {
          v = null;
        }
        subs.set(key, v);
      }
      return v;
    },
    knowsFormat(name) {
      return Object.prototype.hasOwnProperty.call(ajv.formats, name);
    },
  };
}

/** The value handed to ajv: a `$schema` ajv does not know is dropped (already reported). */
function forAjv(value: unknown): unknown {
  if (!isObject(value) || typeof value.$schema !== 'string' || draftOf(value.$schema)) return value;
  const { $schema: _dropped, ...rest } = value;
  return rest;
}

/** A validator that throws {@link ValidationTimeout} instead of running away. */
function timeBounded(v: ValidateFunction, risky: readonly string[]): ValidateFunction {
  const bounded = ((data: unknown) => {
    const r = runBounded(() => v(data), VALIDATE_TIMEOUT_MS);
    if (!r.ok) throw new ValidationTimeout(risky);
    bounded.errors = v.errors;
    return r.value;
  }) as ValidateFunction;
  bounded.schema = v.schema;
  bounded.schemaEnv = v.schemaEnv;
  return bounded;
}

/** Every `pattern` and `patternProperties` key of a schema document, with its pointer segments. */
function patternsOf(value: unknown, segments: string[] = [], depth = 0): Array<{ source: string; at: string[] }> {
  if (!isObject(value) || depth > 200) return [];
  const out: Array<{ source: string; at: string[] }> = [];
  if (typeof value.pattern === 'string') out.push({ source: value.pattern, at: [...segments, 'pattern'] });
  if (isObject(value.patternProperties)) for (const k of Object.keys(value.patternProperties)) out.push({ source: k, at: [...segments, 'patternProperties', k] });
  for (const [rel, child] of childSchemas(value)) out.push(...patternsOf(child, [...segments, ...rel], depth + 1));
  return out;
}

/** Why a pattern is not a valid `u`-flag regex (ajv would only say "invalid regexp"), or null. */
function patternProblem(source: string): string | null {
  try {
    new RegExp(source, 'u');
    return null;
  } catch (e) {
    return (e as Error).message.replace(/^Invalid regular expression: /, '');
  }
}

function dedupeMetaErrors(errors: ErrorObject[]): ErrorObject[] {
  // Meta-schema failures cascade (anyOf branches); keep the most specific one per location.
  const byPath = new Map<string, ErrorObject>();
  for (const e of errors) {
    const prev = byPath.get(e.instancePath);
    if (!prev || (prev.keyword === 'anyOf' && e.keyword !== 'anyOf')) byPath.set(e.instancePath, e);
  }
  return [...byPath.values()];
}

function describeParams(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  if (Array.isArray(p.allowedValues)) return ` (${p.allowedValues.map((v) => JSON.stringify(v)).join(', ')})`;
  if (typeof p.additionalProperty === 'string') return ` ("${p.additionalProperty}")`;
  return '';
}

function safeSegments(pointer: string): string[] {
  try {
    return fromPointer(pointer);
  } catch {
    return [];
  }
}

/**
 * Where ajv's `schemaPath` points (e.g. `common.json#/definitions/zip/maxLength`): the file
 * and JSON pointer, when it can be found in the set.
 */
export function schemaPathLocation(set: SchemaSet, schemaPath: string): { path: string; pointer: string; location: Location } | null {
  const hash = schemaPath.indexOf('#');
  if (hash === -1 || !set.root) return null;
  const docPart = schemaPath.slice(0, hash);
  const pointer = schemaPath.slice(hash + 1);
  const bases = docPart === '' ? [set.root.uri] : [set.root.uri, ...[...set.resources.values()].map((r) => r.uri)];
  for (const base of bases) {
    const r = resolveUri(set, docPart === '' ? '#' : docPart, base);
    if (r.kind !== 'ok') continue;
    let segments: string[];
    try {
      segments = [...r.target.segments, ...fromPointer(decodeURIComponent(pointer))];
    } catch {
      continue;
    }
    // ajv appends the keyword even for boolean/absent keys; accept the deepest existing prefix.
    const doc = r.target.res.doc;
    if (getAt(doc.value, segments.slice(0, -1)) === undefined) continue;
    return { path: doc.path, pointer: toPointer(segments), location: locate(doc, segments) };
  }
  return null;
}
