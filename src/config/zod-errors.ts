/** Turns zod issues into `file:line:col key.path: expected …, got …` messages (pure). */
import type { z } from 'zod';
import { didYouMean } from './did-you-mean.js';
import { positionOf, type YamlSource } from './yaml-source.js';

type Issue = z.core.$ZodIssue;

export function formatIssues(src: YamlSource, schema: z.ZodType, issues: readonly Issue[]): string[] {
  return issues.flatMap((issue) => formatIssue(src, schema, issue));
}

function formatIssue(src: YamlSource, schema: z.ZodType, issue: Issue): string[] {
  const path = issue.path as PropertyKey[];
  const where = (p: PropertyKey[], key = false): string => {
    const pos = positionOf(src, p, key);
    return `${src.file}:${pos.line}:${pos.column} ${p.map(String).join('.') || '(top level)'}`;
  };
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = allowedKeysAt(schema, path);
      return issue.keys.map((k) => {
        const hint = didYouMean(k, allowed);
        const suggestion = hint ? ` (did you mean "${hint}"?)` : '';
        const list = allowed.length ? `; allowed keys: ${allowed.join(', ')}` : '';
        return `${where([...path, k], true)}: unknown key "${k}"${suggestion}${list}`;
      });
    }
    case 'invalid_value': {
      const values = issue.values.map(String);
      const got = describe(issue.input);
      const hint = typeof issue.input === 'string' ? didYouMean(issue.input, values) : undefined;
      return [`${where(path)}: expected ${values.join('|')}, got ${got}${hint ? ` (did you mean "${hint}"?)` : ''}`];
    }
    case 'invalid_type': {
      // Issues nested in unions may omit `input`: read the value from the document itself.
      const actual = issue.input !== undefined ? { found: true, value: issue.input } : valueAt(src.value, path);
      if (!actual.found) return [`${where(path)}: required key is missing (expected ${issue.expected})`];
      return [`${where(path)}: expected ${issue.expected}, got ${describe(actual.value)}`];
    }
    case 'invalid_union': {
      // Report the branch that got furthest: it is the one the user meant.
      const branches = issue.errors.filter((b) => b.length > 0);
      const best = branches.sort((a, b) => depth(b) - depth(a))[0];
      if (best && depth(best) > 0) {
        return best.flatMap((i) => formatIssue(src, schema, { ...i, path: [...path, ...i.path] } as Issue));
      }
      const expectations = branches.flatMap((b) => b.map(expectation)).filter(Boolean);
      return [`${where(path)}: expected ${[...new Set(expectations)].join(' or ')}, got ${describe(issue.input)}`];
    }
    default:
      return [`${where(path)}: ${issue.message}`];
  }
}

function valueAt(root: unknown, path: readonly PropertyKey[]): { found: boolean; value?: unknown } {
  let cur: unknown = root;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object' || !(String(seg) in (cur as object))) return { found: false };
    cur = (cur as Record<string, unknown>)[String(seg)];
  }
  return { found: true, value: cur };
}

function depth(branch: readonly Issue[]): number {
  return Math.max(...branch.map((i) => i.path.length + (i.code === 'unrecognized_keys' ? 1 : 0)));
}

function expectation(i: Issue): string {
  if (i.code === 'invalid_value') return i.values.map(String).join('|');
  if (i.code === 'invalid_type') return i.expected;
  return '';
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return JSON.stringify(v);
  return `${typeof v} ${String(v)}`;
}

/** Keys the object schema at `path` accepts, found by walking the schema definition. */
export function allowedKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let cur: unknown = schema;
  for (const seg of [...path, null]) {
    cur = unwrap(cur);
    const def = (cur as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
    if (!def) return [];
    if (seg === null) return def.type === 'object' ? Object.keys(def.shape as object) : [];
    if (def.type === 'object') cur = (def.shape as Record<string, unknown>)[String(seg)];
    else if (def.type === 'array') cur = def.element;
    else if (def.type === 'record') cur = def.valueType;
    else if (def.type === 'union') cur = (def.options as unknown[]).find((o) => defOf(unwrap(o))?.type === 'object');
    else return [];
  }
  return [];
}

function defOf(s: unknown): Record<string, unknown> | undefined {
  return (s as { _zod?: { def?: Record<string, unknown> } })?._zod?.def;
}

function unwrap(s: unknown): unknown {
  let cur = s;
  for (let i = 0; i < 10; i++) {
    const def = defOf(cur);
    if (def && ['optional', 'default', 'nullable', 'prefault', 'readonly', 'catch', 'nonoptional'].includes(def.type as string)) {
      cur = def.innerType;
    } else if (def?.type === 'pipe') {
      cur = def.in;
    } else break;
  }
  return cur;
}
