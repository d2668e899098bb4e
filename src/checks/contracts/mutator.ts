/**
 * Negative cases: single mutations of a valid instance, each aimed at one keyword of one
 * subschema on a definite path (reached through properties, items, $ref and allOf only, so
 * the keyword always applies), labelled `<keyword>@<instance pointer>` and checked to fail
 * with exactly that ajv keyword at that instance path.
 */
import type { ErrorObject } from 'ajv';
import { canonicalJson } from '../../core/canonical-json.js';
import { conjKey, flatten, typeSet } from './conj.js';
import type { InstanceType } from './generator.js';
import { setOwn } from './json-parse.js';
import { toPointer } from './pointer.js';
import type { Rng } from './random.js';
import { BoundedRegex } from './bounded-regex.js';
import { isObject, itemKeywords } from './schema-keywords.js';
import { childRef, rootRef, type SchemaRef, type SchemaSet } from './schema-store.js';
import type { Taxonomy } from './taxonomy.js';
import type { CompiledSet } from './validator.js';

export interface Mutation {
  keyword: string;
  /** Instance location of the mutated value (for `required` & co: the object). */
  instancePath: string[];
  /** The subschema holding the keyword. */
  node: SchemaRef;
  /** What the base instance must hold at `instancePath` (and `forcePath` must exist). */
  needs: InstanceType | null;
  forcePath: string[];
  /** Where along `forcePath` `needs` applies (segments left; 0 = its end). */
  needsAt?: number;
  label: string;
  /** A human description of the mutation, e.g. "made 6 characters long (maxLength 5)". */
  describe: string;
  /** The expected ajv error. */
  expect: { keyword: string; param?: [string, string] };
  /** New value for `instancePath`, or null when this keyword cannot be violated. */
  mutate(current: unknown, rng: Rng): { value: unknown; what: string } | null;
}

const MAX_DEPTH = 12;

/** Every mutation target of a schema, in a stable order, at most `limit`. */
export function mutationTargets(set: SchemaSet, compiled: CompiledSet, tax: Taxonomy, limit: number): Mutation[] {
  const root = rootRef(set);
  if (!root) return [];
  const out: Mutation[] = [];
  const walk = (refs: SchemaRef[], inst: string[], stack: Set<string>): void => {
    if (out.length >= limit || inst.length > MAX_DEPTH) return;
    const conj = flatten(set, refs);
    const key = conjKey(conj);
    if (stack.has(key) || conj.some((r) => r.value === false)) return;
    const inner = new Set(stack).add(key);
    const types = typeSet(conj);
    const allows = (t: string): boolean => types === null || types.has(t) || (t === 'number' && types.has('integer'));
    for (const node of conj) {
      if (!isObject(node.value)) continue;
      for (const m of nodeMutations(node, inst, allows, compiled, tax)) if (out.length < limit) out.push(m);
    }
    if (allows('object')) {
      const props = new Map<string, SchemaRef[]>();
      for (const r of conj) {
        if (isObject(r.value) && isObject(r.value.properties)) {
          for (const n of Object.keys(r.value.properties)) props.set(n, [...(props.get(n) ?? []), childRef(r, ['properties', n])]);
        }
      }
      for (const [n, refsN] of props) walk(refsN, [...inst, n], inner);
    }
    if (allows('array')) {
      const at = new Map<number, SchemaRef[]>();
      const rest: SchemaRef[] = [];
      let tupleLen = 0;
      for (const r of conj) {
        if (!isObject(r.value)) continue;
        const { tuple, rest: restKw } = itemKeywords(r.res.draft, r.value);
        if (tuple) {
          const t = r.value[tuple] as unknown[];
          tupleLen = Math.max(tupleLen, t.length);
          t.forEach((_, i) => at.set(i, [...(at.get(i) ?? []), childRef(r, [tuple, String(i)])]));
        }
        if (restKw && isObject(r.value[restKw])) rest.push(childRef(r, [restKw]));
      }
      for (const [i, refsI] of [...at].sort((a, b) => a[0] - b[0])) walk(refsI, [...inst, String(i)], inner);
      if (rest.length) walk(rest, [...inst, String(tupleLen)], inner);
    }
  };
  walk([root], [], new Set());
  return out;
}

const WRONG_TYPES: Array<{ type: string; value: unknown }> = [
  { type: 'string', value: 'guardian-wrong-type' },
  { type: 'integer', value: 7 },
  { type: 'number', value: 1.5 },
  { type: 'boolean', value: true },
  { type: 'null', value: null },
  { type: 'object', value: {} },
  { type: 'array', value: [] },
];

function nodeTypes(v: Record<string, unknown>): Set<string> | null {
  const t = v.type;
  const list = typeof t === 'string' ? [t] : Array.isArray(t) ? t.filter((x): x is string => typeof x === 'string') : null;
  if (!list) return null;
  const s = new Set(list);
  if (s.has('number')) s.add('integer');
  return s;
}

function nodeMutations(
  node: SchemaRef,
  inst: string[],
  allows: (t: string) => boolean,
  compiled: CompiledSet,
  tax: Taxonomy,
): Mutation[] {
  const v = node.value as Record<string, unknown>;
  const out: Mutation[] = [];
  const ptr = toPointer(inst);
  const add = (keyword: string, needs: InstanceType | null, describe: string, mutate: Mutation['mutate'], extra: Partial<Mutation> = {}): void => {
    out.push({
      keyword,
      instancePath: inst,
      node,
      needs,
      forcePath: inst,
      label: `${keyword}@${ptr || '/'}`,
      describe,
      expect: { keyword },
      mutate,
      ...extra,
    });
  };
  const num = (k: string): number | undefined => (typeof v[k] === 'number' ? (v[k] as number) : undefined);
  const intOnly = !allows('number') || (nodeTypes(v)?.has('integer') === true && !nodeTypes(v)!.has('number'));

  const types = nodeTypes(v);
  if (types) {
    add('type', null, `replace the value with one whose type is not ${[...types].join('|')}`, (_cur, rng) => {
      const wrong = rng.shuffle(WRONG_TYPES.filter((w) => !types.has(w.type)));
      return wrong[0] ? { value: structuredClone(wrong[0].value), what: `a ${wrong[0].type}` } : null;
    });
  }
  for (const kw of ['enum', 'const'] as const) {
    const members = kw === 'enum' ? (Array.isArray(v.enum) ? v.enum : null) : Object.prototype.hasOwnProperty.call(v, 'const') ? [v.const] : null;
    if (!members) continue;
    const taken = new Set(members.map(canonicalJson));
    add(kw, null, `replace the value with one not allowed by ${kw}`, (cur) => {
      const candidates: unknown[] = [];
      if (typeof cur === 'string') candidates.push(`${cur}-not-allowed`, 'guardian-not-allowed');
      if (typeof cur === 'number') candidates.push(Math.max(cur, ...members.filter((m): m is number => typeof m === 'number')) + 1);
      if (typeof cur === 'boolean') candidates.push(!cur);
      candidates.push('guardian-not-allowed', 987654321, true, false, null, {}, []);
      const c = candidates.find((x) => !taken.has(canonicalJson(x)));
      return c === undefined ? null : { value: c, what: JSON.stringify(c) };
    });
  }
  if (allows('number') || allows('integer')) {
    const m = num('minimum');
    if (m !== undefined) add('minimum', null, `set the value below minimum ${m}`, () => ({ value: intOnly ? Math.ceil(m) - 1 : m - 1, what: String(intOnly ? Math.ceil(m) - 1 : m - 1) }));
    const M = num('maximum');
    if (M !== undefined) add('maximum', null, `set the value above maximum ${M}`, () => ({ value: intOnly ? Math.floor(M) + 1 : M + 1, what: String(intOnly ? Math.floor(M) + 1 : M + 1) }));
    const xm = num('exclusiveMinimum');
    if (xm !== undefined) add('exclusiveMinimum', null, `set the value to exclusiveMinimum ${xm} or below`, () => ({ value: intOnly ? Math.floor(xm) : xm, what: String(intOnly ? Math.floor(xm) : xm) }));
    const xM = num('exclusiveMaximum');
    if (xM !== undefined) add('exclusiveMaximum', null, `set the value to exclusiveMaximum ${xM} or above`, () => ({ value: intOnly ? Math.ceil(xM) : xM, what: String(intOnly ? Math.ceil(xM) : xM) }));
    const step = num('multipleOf');
    if (step !== undefined && step > 0) {
      add('multipleOf', null, `set the value to a number that is not a multiple of ${step}`, () => {
        const candidates = intOnly && Number.isInteger(step) && step > 1 ? [step + 1, step * 2 + 1] : [step * 1.5, step / 2, step * 2.5, step + 0.37];
        const c = candidates.find((x) => x / step !== Math.trunc(x / step));
        return c === undefined ? null : { value: c, what: String(c) };
      });
    }
  }
  if (allows('string')) {
    const min = num('minLength');
    if (min !== undefined && min >= 1) {
      add('minLength', null, `make the string ${min - 1} characters long (minLength ${min})`, (cur) => {
        const base = typeof cur === 'string' ? [...cur] : [];
        const s = [...base, ...'a'.repeat(min)].slice(0, min - 1).join('');
        return { value: s, what: JSON.stringify(s) };
      });
    }
    const max = num('maxLength');
    if (max !== undefined) {
      add('maxLength', null, `make the string ${max + 1} characters long (maxLength ${max})`, (cur) => {
        const base = typeof cur === 'string' ? [...cur].slice(0, max + 1) : [];
        const s = base.join('') + 'x'.repeat(max + 1 - base.length);
        return { value: s, what: `a ${max + 1}-character string` };
      });
    }
    if (typeof v.pattern === 'string') {
      const re = new BoundedRegex(v.pattern);
      add('pattern', null, `use a string that does not match ${JSON.stringify(v.pattern)}`, (cur, rng) => {
        const base = typeof cur === 'string' ? cur : '';
        const candidates = ['', '~', ' ', '!!', `${base}~`, `~${base}`, '\n', 'ZZZZ', '0000', 'a', '-', `${base} ${base}`];
        for (let i = 0; i < 8; i++) candidates.push(String.fromCharCode(rng.int(33, 126)).repeat(rng.int(1, 5)));
        // A candidate the pattern cannot decide quickly is unusable (ajv would hang on it too).
        const c = candidates.find((x) => re.test(x) === false);
        return c === undefined ? null : { value: c, what: JSON.stringify(c) };
      });
    }
  }
  if (typeof v.format === 'string' && compiled.knowsFormat(v.format)) {
    const f = tax.formats[v.format];
    const bad = f?.invalid[0];
    if (f && bad !== undefined && allows(f.type)) add('format', null, `use a value that is not a valid ${v.format}`, () => ({ value: bad, what: JSON.stringify(bad) }));
  }
  if (allows('array')) {
    const minI = num('minItems');
    if (minI !== undefined && minI >= 1) {
      add('minItems', 'array', `drop items to leave ${minI - 1} (minItems ${minI})`, (cur) => (Array.isArray(cur) ? { value: cur.slice(0, minI - 1), what: `${minI - 1} items` } : null));
    }
    const maxI = num('maxItems');
    if (maxI !== undefined) {
      add('maxItems', 'array', `repeat items to reach ${maxI + 1} (maxItems ${maxI})`, (cur) => {
        if (!Array.isArray(cur)) return null;
        const a = [...cur];
        while (a.length <= maxI) a.push(structuredClone(a[a.length - 1] ?? null));
        return { value: a, what: `${a.length} items` };
      });
    }
    if (v.uniqueItems === true) {
      add(
        'uniqueItems',
        'array',
        'repeat the first item',
        (cur) => (Array.isArray(cur) && cur.length > 0 ? { value: [cur[0], structuredClone(cur[0]), ...cur.slice(1)], what: 'a duplicate of item 0' } : null),
        { forcePath: [...inst, '0'], needsAt: 1 },
      );
    }
  }
  if (allows('object')) {
    if (Array.isArray(v.required)) {
      for (const name of v.required) {
        if (typeof name !== 'string') continue;
        add('required', 'object', `drop the required property "${name}"`, (cur) => {
          if (!isObject(cur) || !Object.prototype.hasOwnProperty.call(cur, name)) return null;
          const o: Record<string, unknown> = {};
          for (const [k, x] of Object.entries(cur)) if (k !== name) setOwn(o, k, x);
          return { value: o, what: `without "${name}"` };
        }, { label: `required@${ptr || '/'}:${name}`, expect: { keyword: 'required', param: ['missingProperty', name] } });
      }
    }
    for (const kw of ['additionalProperties', 'unevaluatedProperties'] as const) {
      if (v[kw] !== false) continue;
      const known = isObject(v.properties) ? new Set(Object.keys(v.properties)) : new Set<string>();
      const patterns = isObject(v.patternProperties) ? Object.keys(v.patternProperties).map((p) => new BoundedRegex(p)) : [];
      const taken = (name: string): boolean => known.has(name) || patterns.some((re) => re.test(name) !== false);
      let extra = 'guardianExtraProperty';
      for (let i = 2; i < 50 && taken(extra); i++) extra = `guardianExtraProperty${i}`;
      if (taken(extra)) continue;
      const param = kw === 'additionalProperties' ? 'additionalProperty' : 'unevaluatedProperty';
      add(kw, 'object', `add the property "${extra}" that ${kw}: false forbids`, (cur) => {
        if (!isObject(cur)) return null;
        const o = { ...cur };
        setOwn(o, extra, 'x');
        return { value: o, what: `with "${extra}"` };
      }, { expect: { keyword: kw, param: [param, extra] } });
    }
    const minP = num('minProperties');
    if (minP !== undefined && minP >= 1) {
      const required = new Set(Array.isArray(v.required) ? v.required : []);
      add('minProperties', 'object', `drop properties to leave ${minP - 1} (minProperties ${minP})`, (cur) => {
        if (!isObject(cur)) return null;
        const keys = Object.keys(cur).sort((a, b) => Number(required.has(a)) - Number(required.has(b)));
        const keep = new Set(keys.slice(keys.length - (minP - 1)));
        const o: Record<string, unknown> = {};
        for (const k of Object.keys(cur)) if (keep.has(k) && minP - 1 > 0) setOwn(o, k, cur[k]);
        return { value: o, what: `${Object.keys(o).length} properties` };
      });
    }
    const maxP = num('maxProperties');
    if (maxP !== undefined) {
      add('maxProperties', 'object', `add properties to reach ${maxP + 1} (maxProperties ${maxP})`, (cur) => {
        if (!isObject(cur)) return null;
        const o = { ...cur };
        for (let i = 1; Object.keys(o).length <= maxP; i++) if (!(`guardianExtra${i}` in o)) setOwn(o, `guardianExtra${i}`, 'x');
        return { value: o, what: `${Object.keys(o).length} properties` };
      });
    }
  }
  return out;
}

/** The instance with the value at `path` replaced (a structural copy along the path). */
export function replaceAt(root: unknown, path: readonly string[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string, ...string[]];
  if (Array.isArray(root)) {
    const a = [...root];
    a[Number(head)] = replaceAt(a[Number(head)], rest, value);
    return a;
  }
  const o = { ...(root as Record<string, unknown>) };
  setOwn(o, head, replaceAt(o[head], rest, value));
  return o;
}

export function valueAt(root: unknown, path: readonly string[]): unknown {
  let cur = root;
  for (const seg of path) {
    if (Array.isArray(cur)) cur = cur[Number(seg)];
    else if (isObject(cur)) cur = Object.prototype.hasOwnProperty.call(cur, seg) ? cur[seg] : undefined;
    else return undefined;
  }
  return cur;
}

/** True when ajv rejected the case for the mutation's keyword at its instance path. */
export function failsAsExpected(errors: readonly ErrorObject[] | null | undefined, m: Mutation): boolean {
  const ptr = toPointer(m.instancePath);
  return (errors ?? []).some(
    (e) =>
      e.keyword === m.expect.keyword &&
      e.instancePath === ptr &&
      (!m.expect.param || (e.params as Record<string, unknown>)[m.expect.param[0]] === m.expect.param[1]),
  );
}
