/**
 * Example tests: every `valid` example must validate, every `invalid` one must be rejected.
 * A rejection is reported at the example's offending line with the JSON pointer, the schema
 * keyword and the schema location; unreadable examples at the exact syntax-error position.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Location } from '../../core/types.js';
import { fromPointer } from './pointer.js';
import type { SchemaSet } from './schema-store.js';
import { locate, parseSource, pointLocation, type SourceDoc } from './source-doc.js';
import { schemaPathLocation, ValidationTimeout } from './validator.js';

export type ExampleRule = 'example-rejected' | 'example-accepted' | 'example-parse-error';

export interface ExampleFinding {
  rule: ExampleRule;
  message: string;
  title: string;
  location: Location;
  properties: Record<string, unknown>;
}

export interface ExampleOutcome {
  path: string;
  expected: 'valid' | 'invalid';
  passed: boolean;
  findings: ExampleFinding[];
  /** The parsed example (valid examples feed the model-conformance step). */
  value?: unknown;
  doc?: SourceDoc;
}

export interface ExampleOptions {
  contract: string;
  maxFileBytes: number;
  maxErrors: number;
}

export function testExample(
  path: string,
  bytes: Buffer | null,
  expected: 'valid' | 'invalid',
  validate: ValidateFunction,
  set: SchemaSet,
  opts: ExampleOptions,
): ExampleOutcome {
  const fail = (f: ExampleFinding): ExampleOutcome => ({ path, expected, passed: false, findings: [f] });
  if (bytes === null) {
    return fail({
      rule: 'example-parse-error',
      title: 'Example cannot be read',
      message: `Example ${path} of contract "${opts.contract}" cannot be read (not a regular file). Replace it with a JSON or YAML file.`,
      location: { path, startLine: 1 },
      properties: { contract: opts.contract },
    });
  }
  const parsed = parseSource(path, bytes, opts.maxFileBytes);
  if (!parsed.ok) {
    return fail({
      rule: 'example-parse-error',
      title: 'Example is not valid JSON/YAML',
      message: `Example ${path} of contract "${opts.contract}" cannot be parsed: ${parsed.problem.message}. Fix the syntax at this position.`,
      location: pointLocation(parsed.problem),
      properties: { contract: opts.contract },
    });
  }
  const doc = parsed.doc;
  let ok: boolean;
  try {
    ok = validate(doc.value) as boolean;
  } catch (e) {
    if (!(e instanceof ValidationTimeout)) throw e;
    return fail({
      rule: expected === 'valid' ? 'example-rejected' : 'example-accepted',
      title: 'Example validation timed out',
      message: `Example ${path} of contract "${opts.contract}" could not be tested against ${set.rootPath}: ${e.message}.`,
      location: locate(doc, []),
      properties: { contract: opts.contract, timedOut: true },
    });
  }
  if (expected === 'invalid') {
    if (!ok) return { path, expected, passed: true, findings: [] };
    return fail({
      rule: 'example-accepted',
      title: 'Invalid example is accepted',
      message:
        `Example ${path} of contract "${opts.contract}" is listed as invalid but ${set.rootPath} accepts it. ` +
        'Tighten the schema so it rejects this payload, or move the file to the valid examples.',
      location: locate(doc, []),
      properties: { contract: opts.contract },
    });
  }
  if (ok) return { path, expected, passed: true, findings: [], value: doc.value, doc };
  const errors = relevantErrors(validate.errors ?? []);
  const findings = errors.slice(0, opts.maxErrors).map((e) => errorFinding(doc, e, set, opts.contract));
  if (errors.length > opts.maxErrors && findings.length) {
    findings[findings.length - 1]!.message += ` (${errors.length - opts.maxErrors} more errors in this example are not shown.)`;
  }
  return { path, expected, passed: false, findings };
}

/** Drops the per-branch errors under a failed anyOf/oneOf and the bare `if` error: they bury the cause. */
export function relevantErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  const unions = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf').map((e) => `${e.schemaPath}/`);
  return errors.filter((e) => e.keyword !== 'if' && !unions.some((u) => e.schemaPath.startsWith(u)));
}

function errorFinding(doc: SourceDoc, e: ErrorObject, set: SchemaSet, contract: string): ExampleFinding {
  let segments: string[];
  try {
    segments = fromPointer(e.instancePath);
  } catch {
    segments = [];
  }
  const p = e.params as Record<string, unknown>;
  // Point at the offending key itself when ajv names one.
  for (const k of ['additionalProperty', 'unevaluatedProperty', 'propertyName']) if (typeof p[k] === 'string') segments = [...segments, p[k] as string];
  const schemaAt = schemaPathLocation(set, e.schemaPath);
  const where = schemaAt ? `${schemaAt.path}#${schemaAt.pointer}` : e.schemaPath;
  const what = `${e.instancePath || '(root)'} ${e.message ?? 'is invalid'}${typeof p.additionalProperty === 'string' ? ` ("${p.additionalProperty}")` : ''}`;
  return {
    rule: 'example-rejected',
    title: `Valid example rejected: ${e.keyword} at ${e.instancePath || '/'}`,
    message: `Example ${doc.path} of contract "${contract}" must be valid but ${what} (keyword \`${e.keyword}\` at ${where}). Fix the example, or the schema if the example is right.`,
    location: locate(doc, segments),
    properties: { contract, instancePath: e.instancePath, keyword: e.keyword, schemaPath: where, params: p },
  };
}
