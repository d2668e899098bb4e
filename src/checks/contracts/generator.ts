/**
 * Deterministic positive cases: a value that satisfies a schema, built keyword by keyword
 * from the flattened constraints (refs and allOf merged, one branch of anyOf/oneOf/if chosen)
 * and checked against ajv at every level, retrying with fresh (seeded) choices. When no value
 * can be built, the failure says where and why, and whether the schema itself is at fault
 * (unsatisfiable) or the generator lacks a feature (a lookahead pattern, an unknown format).
 */
import type { ErrorObject } from 'ajv';
import { canonicalJson } from '../../core/canonical-json.js';
import { enumSet, flatten, jsonTypesOf, typeSet, withKeyword } from './conj.js';
import { setOwn } from './json-parse.js';
import type { Rng } from './random.js';
import { BoundedRegex, REGEX_TIMEOUT_MS } from './bounded-regex.js';
import { parsePattern, samplePattern } from './regex-gen.js';
import { isObject, itemKeywords } from './schema-keywords.js';
import { childRef, refKey, rootRef, type SchemaRef, type SchemaSet } from './schema-store.js';
import type { Taxonomy } from './taxonomy.js';
import type { CompiledSet } from './validator.js';

export type InstanceType = 'object' | 'array' | 'string' | 'number';

/** Make the instance contain `path`, and (optionally) have `type` there: bases for negative cases. */
export interface Force {
  path: string[];
  type?: InstanceType;
  /** `type` applies where this many segments of `path` remain (default 0: at its end). */
  typeAt?: number;
}

export interface GenerateOptions {
  /** Optional properties: none, all, or a seeded coin flip each. */
  optional: 'none' | 'all' | 'random';
  force?: Force;
}

export interface GenFailure {
  /** The subschema (and keyword, when known) where generation failed. */
  ref: SchemaRef;
  keyword?: string;
  instancePath: string[];
  reason: string;
  /** True when the generator lacks a feature; false when the schema looks unsatisfiable. */
  unsupported: boolean;
  /** True when the constraints contradict each other outright (retrying cannot help). */
  certain: boolean;
}

export type GenResult = { ok: true; value: unknown } | { ok: false; failure: GenFailure };

interface Ctx {
  rng: Rng;
  optional: GenerateOptions['optional'];
  force: Force | undefined;
  depth: number;
}

const ATTEMPTS = 4;
const MAX_DEPTH = 40;
/** Past this depth optional parts are left out, so recursive schemas stay finite. */
const LEAN_DEPTH = 6;
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

const codeLength = (s: string): number => [...s].length;

/** One compiled, risk-classified regex per pattern source (patterns repeat across cases). */
const regexCache = new Map<string, BoundedRegex>();
function bounded(source: string): BoundedRegex {
  let r = regexCache.get(source);
  if (!r) {
    if (regexCache.size > 5000) regexCache.clear();
    regexCache.set(source, (r = new BoundedRegex(source)));
  }
  return r;
}

/**
 * Keywords whose constraints the synthesizer does not build in (or only approximates): a
 * subschema using one is checked with ajv right away, so a retry happens at the right level.
 * Everything else is guaranteed by construction and checked once, at the root.
 */
const NEEDS_CHECK = new Set([
  'not',
  'if',
  'then',
  'else',
  'oneOf',
  'anyOf',
  'contains',
  'minContains',
  'maxContains',
  'dependencies',
  'dependentSchemas',
  'dependentRequired',
  'propertyNames',
  'unevaluatedProperties',
  'unevaluatedItems',
  '$dynamicRef',
  '$recursiveRef',
]);

/** Keywords that leave a value unconstrained beyond `enum`/`const`. */
const ANNOTATIONS = new Set(['enum', 'const', 'type', '$ref', '$id', '$schema', '$anchor', '$comment', '$defs', 'definitions', 'title', 'description', 'default', 'examples', 'example', 'deprecated', 'readOnly', 'writeOnly', 'nullable', 'allOf']);

function needsCheck(conj: readonly SchemaRef[]): boolean {
  return conj.some((r) => isObject(r.value) && Object.keys(r.value).some((k) => NEEDS_CHECK.has(k)));
}

function onlyEnumConstraints(conj: readonly SchemaRef[]): boolean {
  return conj.every((r) => !isObject(r.value) || Object.keys(r.value).every((k) => ANNOTATIONS.has(k) || k.startsWith('x-')));
}

export class CaseGenerator {
  constructor(
    private readonly set: SchemaSet,
    private readonly compiled: CompiledSet,
    private readonly formats: Taxonomy['formats'],
  ) {}

  /** A value valid against the whole schema, or the reason none could be made. */
  generate(rng: Rng, opts: GenerateOptions): GenResult {
    // The optional-property mode is a preference: when it cannot work (e.g. `not` forbids a
    // combination), the leaner modes are tried before giving up.
    const modes = [...new Set([opts.optional, 'random', 'none'] as const)];
    let first: GenResult | undefined;
    for (const optional of modes) {
      const r = this.generateWith(rng.fork(optional), { ...opts, optional });
      if (r.ok) return r;
      first ??= r;
      if (r.failure.certain) break;
    }
    return first!;
  }

  private generateWith(rng: Rng, opts: GenerateOptions): GenResult {
    const root = rootRef(this.set);
    const validate = this.compiled.validate;
    if (!root || !validate) throw new Error('generate() needs a loaded, compiled schema');
    let last: GenFailure | undefined;
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const r = this.gen([root], [], { rng: rng.fork(`root-${attempt}`), optional: opts.optional, force: opts.force, depth: 0 });
      if (!r.ok) {
        last = r.failure;
        if (r.failure.certain) break;
        continue;
      }
      if (validate(r.value)) return r;
      const e = validate.errors?.[0];
      last = { ref: root, instancePath: [], reason: `the generated value is rejected: ${describeError(e)}`, unsupported: false, certain: false };
    }
    return { ok: false, failure: last! };
  }

  private fail(ref: SchemaRef, inst: string[], reason: string, extra: Partial<GenFailure> = {}): GenResult {
    return { ok: false, failure: { ref, instancePath: inst, reason, unsupported: false, certain: false, ...extra } };
  }

  private gen(refs: SchemaRef[], inst: string[], ctx: Ctx): GenResult {
    const anchor = refs[0] ?? rootRef(this.set)!;
    if (ctx.depth > MAX_DEPTH) return this.fail(anchor, inst, `nesting deeper than ${MAX_DEPTH} levels is required (a recursive schema without a way out)`, { certain: true });
    let last: GenFailure | undefined;
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const rng = ctx.rng.fork(attempt);
      const { top, conj } = this.choose(refs, rng);
      const never = conj.find((r) => r.value === false);
      if (never) return this.fail(never, inst, 'the schema is `false`: no value is allowed', { certain: true });
      const r = this.synth(top, conj, inst, { ...ctx, rng });
      if (r.ok) return r;
      last = r.failure;
      if (r.failure.certain) break;
    }
    return { ok: false, failure: last! };
  }

  /** The refs plus one chosen branch of every anyOf/oneOf/if, and their flattened constraints. */
  private choose(refs: SchemaRef[], rng: Rng): { top: SchemaRef[]; conj: SchemaRef[] } {
    const top = [...refs];
    const decided = new Set<string>();
    let conj = flatten(this.set, top);
    for (let round = 0; round < 32; round++) {
      let changed = false;
      for (const node of conj) {
        if (!isObject(node.value)) continue;
        for (const kw of ['anyOf', 'oneOf']) {
          const list = node.value[kw];
          const key = `${refKey(node)}|${kw}`;
          if (!Array.isArray(list) || list.length === 0 || decided.has(key)) continue;
          decided.add(key);
          top.push(childRef(node, [kw, String(rng.int(0, list.length - 1))]));
          changed = true;
        }
        const key = `${refKey(node)}|if`;
        if ('if' in node.value && !decided.has(key)) {
          decided.add(key);
          if (rng.bool()) {
            top.push(childRef(node, ['if']));
            if ('then' in node.value) top.push(childRef(node, ['then']));
          } else if ('else' in node.value) top.push(childRef(node, ['else']));
          changed = true;
        }
      }
      if (!changed) break;
      conj = flatten(this.set, top);
    }
    return { top, conj };
  }

  /** First ajv error of `value` against the chosen refs, or null when it satisfies them all. */
  private check(top: SchemaRef[], value: unknown): string | null {
    for (const ref of top) {
      const v = this.compiled.validatorAt(ref);
      if (v && !v(value)) return describeError(v.errors?.[0]);
    }
    return null;
  }

  private synth(top: SchemaRef[], conj: SchemaRef[], inst: string[], ctx: Ctx): GenResult {
    const anchor = conj[0] ?? top[0]!;
    const atTarget = ctx.force !== undefined && ctx.force.type !== undefined && ctx.force.path.length === (ctx.force.typeAt ?? 0);
    const en = enumSet(conj);
    if (en) {
      const values = ctx.rng.shuffle([...en.values()]);
      if (values.length === 0) return this.fail(anchor, inst, 'the `enum`/`const` keywords of this schema have no value in common', { certain: true, keyword: 'enum' });
      let why = '';
      const types = typeSet(conj);
      const simple = onlyEnumConstraints(conj);
      for (const v of values) {
        if (atTarget && ctx.force!.type && jsonType(v) !== ctx.force!.type) continue;
        if (ctx.force && ctx.force.path.length > 0 && !containsPath(v, ctx.force.path)) continue;
        if (simple) {
          if (!types || jsonTypesOf(v).some((t) => types.has(t))) return { ok: true, value: structuredClone(v) };
          why = `${JSON.stringify(v)} is not of type ${[...types].join('|')}`;
          continue;
        }
        why = this.check(top, v) ?? '';
        if (!why) return { ok: true, value: structuredClone(v) };
      }
      return this.fail(anchor, inst, `no value of \`enum\`/\`const\` satisfies the other constraints${why ? ` (${why})` : ''}`, { certain: true, keyword: 'enum' });
    }

    let allowed = typeSet(conj) ? [...typeSet(conj)!] : inferTypes(conj, this.formats);
    if (ctx.force && ctx.force.path.length > 0) {
      const seg = ctx.force.path[0]!;
      allowed = allowed.filter((t) => t === 'object' || (t === 'array' && /^(0|[1-9]\d*)$/.test(seg)));
      if (allowed.length === 0) return this.fail(anchor, inst, `no value here can contain "${seg}" (type ${[...(typeSet(conj) ?? [])].join('|')})`, { certain: true, keyword: 'type' });
    }
    if (atTarget) {
      const want = ctx.force!.type;
      allowed = allowed.filter((t) => t === want || (want === 'number' && t === 'integer'));
      if (allowed.length === 0) return this.fail(anchor, inst, `no ${want} value is allowed here`, { certain: true, keyword: 'type' });
    }
    if (allowed.length === 0) return this.fail(anchor, inst, 'the `type` keywords of this schema allow no type in common', { certain: true, keyword: 'type' });
    // Prefer structure over null so cases exercise the schema; integers over general numbers.
    const order = [...ctx.rng.shuffle(allowed.filter((t) => t !== 'null')), ...allowed.filter((t) => t === 'null')];
    if (order.includes('number') && order.includes('integer')) order.splice(order.indexOf('integer'), 1);
    let last: GenFailure | undefined;
    const verify = needsCheck(conj);
    for (const t of order) {
      const r = this.synthType(t, conj, inst, ctx);
      if (!r.ok) {
        last = r.failure;
        continue;
      }
      const why = verify ? this.check(top, r.value) : null;
      if (!why) return r;
      last = { ref: anchor, instancePath: inst, reason: `the generated value ${preview(r.value)} is rejected: ${why}`, unsupported: false, certain: false };
    }
    return { ok: false, failure: last! };
  }

  private synthType(t: string, conj: SchemaRef[], inst: string[], ctx: Ctx): GenResult {
    switch (t) {
      case 'null':
        return { ok: true, value: null };
      case 'boolean':
        return { ok: true, value: ctx.rng.bool() };
      case 'integer':
      case 'number':
        return this.synthNumber(conj, inst, ctx, t === 'integer');
      case 'string':
        return this.synthString(conj, inst, ctx);
      case 'array':
        return this.synthArray(conj, inst, ctx);
      case 'object':
        return this.synthObject(conj, inst, ctx);
      default:
        return this.fail(conj[0]!, inst, `unknown type "${t}"`, { certain: true, keyword: 'type' });
    }
  }

  private synthNumber(conj: SchemaRef[], inst: string[], ctx: Ctx, integerOnly: boolean): GenResult {
    const nums = (kw: string): Array<{ ref: SchemaRef; value: number }> =>
      withKeyword(conj, kw).filter((x): x is { ref: SchemaRef; value: number } => typeof x.value === 'number');
    const maxOf = (xs: Array<{ value: number }>): number | undefined => (xs.length ? Math.max(...xs.map((x) => x.value)) : undefined);
    const minOf = (xs: Array<{ value: number }>): number | undefined => (xs.length ? Math.min(...xs.map((x) => x.value)) : undefined);
    const lo = maxOf(nums('minimum'));
    const hi = minOf(nums('maximum'));
    const exLo = maxOf(nums('exclusiveMinimum'));
    const exHi = minOf(nums('exclusiveMaximum'));
    const steps = nums('multipleOf').map((x) => x.value).filter((m) => m > 0);
    const format = withKeyword(conj, 'format').find((x) => typeof x.value === 'string')?.value as string | undefined;
    const fmt = format ? this.formats[format] : undefined;
    const integer = integerOnly || format === 'int32' || format === 'int64';
    const fits = (v: number): boolean =>
      Number.isFinite(v) &&
      (lo === undefined || v >= lo) &&
      (hi === undefined || v <= hi) &&
      (exLo === undefined || v > exLo) &&
      (exHi === undefined || v < exHi) &&
      (!integer || Number.isInteger(v)) &&
      steps.every((m) => v / m === Math.trunc(v / m));
    const L = Math.max(lo ?? -Infinity, exLo ?? -Infinity);
    const U = Math.min(hi ?? Infinity, exHi ?? Infinity);
    const at = (kw: string): Partial<GenFailure> => ({ keyword: kw, certain: true });
    if (L > U || (L === U && (exLo === L || exHi === U))) {
      const ref = (nums('maximum')[0] ?? nums('exclusiveMaximum')[0])?.ref ?? conj[0]!;
      return this.fail(ref, inst, `the range is empty: the lower bound ${L} is not below the upper bound ${U}`, at(nums('maximum')[0] ? 'maximum' : 'exclusiveMaximum'));
    }
    const rng = ctx.rng;
    if (fmt?.type === 'number') for (const v of rng.shuffle(fmt.valid)) if (typeof v === 'number' && fits(v)) return { ok: true, value: v };
    const candidates: number[] = [];
    if (steps.length) {
      let step = steps[0]!;
      if (integer && !Number.isInteger(step)) {
        for (let k = 2; k <= 1000 && !Number.isInteger(step); k++) step = roundTo(steps[0]! * k, 10);
      }
      const dec = decimals(step);
      const kLo = Number.isFinite(L) ? Math.ceil(L / step) : Number.isFinite(U) ? Math.floor(U / step) - 40 : -20;
      const kHi = Number.isFinite(U) ? Math.floor(U / step) : kLo + 40;
      for (let i = 0; i < 12; i++) candidates.push(roundTo(rng.int(kLo, Math.min(kHi, kLo + 60)) * step, dec));
      for (let k = kLo; k <= Math.min(kHi, kLo + 20); k++) candidates.push(roundTo(k * step, dec));
      candidates.push(0);
    } else if (integer) {
      const a = Number.isFinite(L) ? (exLo === L ? Math.floor(L) + 1 : Math.ceil(L)) : Number.isFinite(U) ? Math.floor(U) - 200 : -100;
      const b = Number.isFinite(U) ? (exHi === U ? Math.ceil(U) - 1 : Math.floor(U)) : a + 200;
      if (a > b) return this.fail(conj[0]!, inst, `no integer lies between ${L} and ${U}`, { certain: true, keyword: 'type' });
      candidates.push(rng.int(a, Math.min(b, a + 1000)), a, b);
    } else {
      const a = Number.isFinite(L) ? L : Number.isFinite(U) ? U - 1000 : -1000;
      const b = Number.isFinite(U) ? U : a + 1000;
      const v = a + (b - a) * rng.next();
      candidates.push(roundTo(v, 2), v, (a + b) / 2, Math.round(v));
    }
    for (const v of candidates) if (fits(v)) return { ok: true, value: Object.is(v, -0) ? 0 : v };
    return this.fail(conj[0]!, inst, `no ${integer ? 'integer' : 'number'} satisfying the bounds${steps.length ? ` and multipleOf ${steps.join(', ')}` : ''} was found`, {
      keyword: steps.length ? 'multipleOf' : 'minimum',
    });
  }

  private synthString(conj: SchemaRef[], inst: string[], ctx: Ctx): GenResult {
    const num = (kw: string): Array<{ ref: SchemaRef; value: number }> =>
      withKeyword(conj, kw).filter((x): x is { ref: SchemaRef; value: number } => typeof x.value === 'number');
    const minL = Math.max(0, ...num('minLength').map((x) => x.value));
    const maxes = num('maxLength');
    const maxL = maxes.length ? Math.min(...maxes.map((x) => x.value)) : undefined;
    if (maxL !== undefined && minL > maxL) {
      return this.fail(maxes[0]!.ref, inst, `minLength ${minL} exceeds maxLength ${maxL}`, { certain: true, keyword: 'maxLength' });
    }
    const patterns = withKeyword(conj, 'pattern').filter((x): x is { ref: SchemaRef; value: string } => typeof x.value === 'string');
    const regexes = patterns.map((p) => bounded(p.value));
    const fits = (s: string): boolean => codeLength(s) >= minL && (maxL === undefined || codeLength(s) <= maxL) && regexes.every((r) => r.test(s) === true);
    const rng = ctx.rng;
    const formatAt = withKeyword(conj, 'format').find((x) => typeof x.value === 'string');
    const format = formatAt?.value as string | undefined;
    if (format !== undefined) {
      const fmt = this.formats[format];
      if (fmt?.type === 'string') {
        for (const s of rng.shuffle(fmt.valid)) if (typeof s === 'string' && fits(s)) return { ok: true, value: s };
      }
      if (this.compiled.knowsFormat(format)) {
        return this.fail(formatAt!.ref, inst, fmt ? `none of Guardian's sample values for format "${format}" satisfies the length and pattern constraints` : `Guardian has no sample values for format "${format}" (rules/contracts.yaml formats)`, {
          unsupported: true,
          keyword: 'format',
        });
      }
    }
    if (patterns.length) {
      const parsed = parsePattern(patterns[0]!.value);
      if (!parsed) return this.fail(patterns[0]!.ref, inst, `the generator cannot read the pattern ${JSON.stringify(patterns[0]!.value)}`, { unsupported: true, keyword: 'pattern' });
      const stretches = [2, 5, 12, Math.max(20, minL), Math.max(60, minL * 2)];
      for (let attempt = 0; attempt < 40; attempt++) {
        let s = samplePattern(parsed, rng, stretches[attempt % stretches.length]!);
        if (s === null) continue;
        if (codeLength(s) < minL && !parsed.endAnchored) s += 'a'.repeat(minL - codeLength(s));
        if (fits(s)) return { ok: true, value: s };
      }
      const slow = regexes.find((r) => r.timedOut);
      if (slow) {
        return this.fail(patterns[0]!.ref, inst, `the pattern ${JSON.stringify(slow.source)} backtracks for more than ${REGEX_TIMEOUT_MS} ms on generated strings (nested quantifiers); simplify it`, {
          unsupported: true,
          keyword: 'pattern',
        });
      }
      return this.fail(patterns[0]!.ref, inst, `no string matching ${patterns.map((p) => JSON.stringify(p.value)).join(' and ')} with length ${minL}..${maxL ?? '∞'} was found`, {
        unsupported: parsed.approximate || patterns.length > 1,
        keyword: 'pattern',
      });
    }
    const len = rng.int(minL, maxL === undefined ? minL + 12 : Math.min(maxL, minL + 12));
    let s = '';
    for (let i = 0; i < len; i++) s += ALPHABET[rng.int(0, ALPHABET.length - 1)];
    return { ok: true, value: s };
  }

  private synthArray(conj: SchemaRef[], inst: string[], ctx: Ctx): GenResult {
    const nodes = conj.filter((r) => isObject(r.value));
    const num = (kw: string): number[] => withKeyword(conj, kw).flatMap((x) => (typeof x.value === 'number' ? [x.value] : []));
    const perNode = nodes.map((r) => {
      const v = r.value as Record<string, unknown>;
      const { tuple, rest } = itemKeywords(r.res.draft, v);
      const t = tuple ? (v[tuple] as unknown[]).map((_, i) => childRef(r, [tuple, String(i)])) : [];
      const rv = rest ? v[rest] : undefined;
      return { tuple: t, rest: rv === false ? ('none' as const) : rest && rv !== undefined ? childRef(r, [rest]) : null };
    });
    const contains = withKeyword(conj, 'contains').map((x) => childRef(x.ref, ['contains']));
    const minContains = contains.length ? Math.max(1, ...num('minContains')) : 0;
    const unique = withKeyword(conj, 'uniqueItems').some((x) => x.value === true);
    const forceIdx = ctx.force && ctx.force.path.length > 0 ? Number(ctx.force.path[0]) : -1;
    const lo = Math.max(0, ...num('minItems'), forceIdx + 1, minContains);
    let hi = Math.min(Infinity, ...num('maxItems'));
    for (const n of perNode) if (n.rest === 'none') hi = Math.min(hi, n.tuple.length);
    if (lo > hi) {
      const ref = withKeyword(conj, 'maxItems')[0]?.ref ?? conj[0]!;
      return this.fail(ref, inst, `the array needs at least ${lo} items but at most ${hi} are allowed`, { certain: true, keyword: 'maxItems' });
    }
    const tupleLen = Math.max(0, ...perNode.map((n) => n.tuple.length));
    const rng = ctx.rng;
    const mode = ctx.depth > LEAN_DEPTH ? 'none' : ctx.optional;
    const n = mode === 'none' ? lo : mode === 'all' ? Math.max(lo, Math.min(hi, Math.max(tupleLen, 2))) : rng.int(lo, Math.min(hi, lo + 3));
    const out: unknown[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < n; i++) {
      const refs: SchemaRef[] = [];
      for (const node of perNode) {
        const r = i < node.tuple.length ? node.tuple[i]! : node.rest;
        if (r && r !== 'none') refs.push(r);
      }
      if (i < minContains) refs.push(...contains);
      const force = i === forceIdx ? { ...ctx.force!, path: ctx.force!.path.slice(1) } : undefined;
      let made: GenResult | undefined;
      for (let k = 0; k < (unique ? 6 : 1); k++) {
        made = this.gen(refs, [...inst, String(i)], { rng: rng.fork(`${i}-${k}`), optional: ctx.optional, force, depth: ctx.depth + 1 });
        if (!made.ok || !unique || !seen.has(canonicalJson(made.value))) break;
        made = this.fail(conj[0]!, [...inst, String(i)], `cannot make ${n} distinct items (uniqueItems)`, { keyword: 'uniqueItems' });
      }
      if (!made!.ok) {
        if (i < lo) return made!;
        break;
      }
      seen.add(canonicalJson(made!.value));
      out.push(made!.value);
    }
    return { ok: true, value: out };
  }

  private synthObject(conjIn: SchemaRef[], inst: string[], ctx: Ctx): GenResult {
    const rng = ctx.rng;
    const mode = ctx.depth > LEAN_DEPTH ? 'none' : ctx.optional;
    const forced = ctx.force && ctx.force.path.length > 0 ? ctx.force.path[0]! : undefined;
    let conj = conjIn;
    let info = objectInfo(conj);
    const chosen = new Set<string>([...info.required]);
    if (forced !== undefined) chosen.add(forced);
    for (const [name] of info.props) {
      if (chosen.has(name)) continue;
      if (mode === 'all' || (mode === 'random' && rng.bool())) chosen.add(name);
    }
    // dependentSchemas apply to this object once their trigger is present: merge them in once.
    const triggered = [...chosen].flatMap((n) => info.depSchemas.get(n) ?? []);
    if (triggered.length) {
      conj = flatten(this.set, [...conj, ...triggered]);
      info = objectInfo(conj);
      for (const r of info.required) chosen.add(r);
    }
    for (let grew = true; grew; ) {
      grew = false;
      for (const n of [...chosen]) for (const d of info.depRequired.get(n) ?? []) if (!chosen.has(d)) chosen.add(d), (grew = true);
    }
    const mustHave = (n: string): boolean => info.required.has(n) || n === forced;
    const names: string[] = [];
    for (const n of chosen) {
      const why = this.nameProblem(info, n);
      if (why) {
        if (mustHave(n)) return this.fail(info.requiredAt.get(n) ?? conj[0]!, inst, `required property "${n}" ${why}`, { certain: true, keyword: 'required' });
        continue;
      }
      names.push(n);
    }
    const minP = Math.max(0, ...info.minProperties);
    const maxP = Math.min(Infinity, ...info.maxProperties);
    for (const [n] of info.props) {
      if (names.length >= minP) break;
      if (!names.includes(n) && !this.nameProblem(info, n)) names.push(n);
    }
    for (let k = 1; names.length < minP && k <= minP * 4 + 8; k++) {
      const n = this.extraName(info, rng.fork(`extra-${k}`), k);
      if (n !== null && !names.includes(n) && !this.nameProblem(info, n)) names.push(n);
    }
    if (names.length < minP) return this.fail(conj[0]!, inst, `cannot make an object with ${minP} allowed properties (minProperties)`, { certain: true, keyword: 'minProperties' });
    for (let i = names.length - 1; names.length > maxP && i >= 0; i--) if (!mustHave(names[i]!)) names.splice(i, 1);
    if (names.length > maxP) return this.fail(conj[0]!, inst, `${names.length} properties are required but maxProperties is ${maxP}`, { certain: true, keyword: 'maxProperties' });

    const out: Record<string, unknown> = {};
    for (const n of names) {
      const refs = this.schemasFor(info, n);
      const force = n === forced ? { ...ctx.force!, path: ctx.force!.path.slice(1) } : undefined;
      const r = this.gen(refs, [...inst, n], { rng: rng.fork(`p:${n}`), optional: ctx.optional, force, depth: ctx.depth + 1 });
      if (!r.ok) {
        if (mustHave(n)) return r;
        continue;
      }
      setOwn(out, n, r.value);
    }
    return { ok: true, value: out };
  }

  /** Why a property name is not allowed on this object, or null. */
  private nameProblem(info: ObjectInfo, n: string): string | null {
    for (const c of info.closed) {
      if (c.props.has(n) || c.patterns.some((re) => re.test(n) === true)) continue;
      return `is not allowed by ${c.keyword}: false at ${refKey(c.ref)}`;
    }
    if ((info.props.get(n) ?? []).some((r) => r.value === false)) return 'has the schema `false`';
    for (const pn of info.propertyNames) {
      const v = this.compiled.validatorAt(pn);
      if (v && !v(n)) return `is rejected by propertyNames (${describeError(v.errors?.[0])})`;
    }
    return null;
  }

  private extraName(info: ObjectInfo, rng: Rng, k: number): string | null {
    const pattern = info.patternList[0];
    if (pattern) {
      const parsed = parsePattern(pattern.source);
      for (let i = 0; parsed && i < 8; i++) {
        let s = samplePattern(parsed, rng, 4 + i);
        if (s === null) continue;
        if (!parsed.endAnchored) s += String(k);
        if (pattern.re.test(s) === true) return s;
      }
    }
    return `extra${k}`;
  }

  private schemasFor(info: ObjectInfo, n: string): SchemaRef[] {
    const refs = [...(info.props.get(n) ?? [])];
    const matched = info.patternList.filter((p) => p.re.test(n) === true);
    refs.push(...matched.map((p) => p.ref));
    if (!info.props.has(n) && matched.length === 0) refs.push(...info.additional);
    return refs;
  }
}

interface ObjectInfo {
  props: Map<string, SchemaRef[]>;
  required: Set<string>;
  requiredAt: Map<string, SchemaRef>;
  patternList: Array<{ source: string; re: BoundedRegex; ref: SchemaRef }>;
  additional: SchemaRef[];
  closed: Array<{ ref: SchemaRef; keyword: string; props: Set<string>; patterns: BoundedRegex[] }>;
  depRequired: Map<string, string[]>;
  depSchemas: Map<string, SchemaRef[]>;
  propertyNames: SchemaRef[];
  minProperties: number[];
  maxProperties: number[];
}

function objectInfo(conj: SchemaRef[]): ObjectInfo {
  const info: ObjectInfo = {
    props: new Map(),
    required: new Set(),
    requiredAt: new Map(),
    patternList: [],
    additional: [],
    closed: [],
    depRequired: new Map(),
    depSchemas: new Map(),
    propertyNames: [],
    minProperties: [],
    maxProperties: [],
  };
  const allProps = new Set<string>();
  const allPatterns: BoundedRegex[] = [];
  let unevaluatedClosed: SchemaRef | null = null;
  for (const r of conj) {
    if (!isObject(r.value)) continue;
    const v = r.value;
    const own = new Set<string>();
    const ownPatterns: BoundedRegex[] = [];
    if (isObject(v.properties)) {
      for (const n of Object.keys(v.properties)) {
        own.add(n);
        allProps.add(n);
        info.props.set(n, [...(info.props.get(n) ?? []), childRef(r, ['properties', n])]);
      }
    }
    if (isObject(v.patternProperties)) {
      for (const p of Object.keys(v.patternProperties)) {
        const re = bounded(p);
        ownPatterns.push(re);
        allPatterns.push(re);
        info.patternList.push({ source: p, re, ref: childRef(r, ['patternProperties', p]) });
      }
    }
    if (Array.isArray(v.required)) for (const n of v.required) if (typeof n === 'string') info.required.add(n), info.requiredAt.has(n) || info.requiredAt.set(n, r);
    if (v.additionalProperties === false) info.closed.push({ ref: r, keyword: 'additionalProperties', props: own, patterns: ownPatterns });
    else if (isObject(v.additionalProperties)) info.additional.push(childRef(r, ['additionalProperties']));
    if (v.unevaluatedProperties === false) unevaluatedClosed = r;
    for (const kw of ['dependentRequired', 'dependencies']) {
      const d = v[kw];
      if (!isObject(d)) continue;
      for (const [n, x] of Object.entries(d)) {
        if (Array.isArray(x)) info.depRequired.set(n, [...(info.depRequired.get(n) ?? []), ...x.filter((s): s is string => typeof s === 'string')]);
        else info.depSchemas.set(n, [...(info.depSchemas.get(n) ?? []), childRef(r, [kw, n])]);
      }
    }
    if (isObject(v.dependentSchemas)) for (const n of Object.keys(v.dependentSchemas)) info.depSchemas.set(n, [...(info.depSchemas.get(n) ?? []), childRef(r, ['dependentSchemas', n])]);
    if ('propertyNames' in v) info.propertyNames.push(childRef(r, ['propertyNames']));
    if (typeof v.minProperties === 'number') info.minProperties.push(v.minProperties);
    if (typeof v.maxProperties === 'number') info.maxProperties.push(v.maxProperties);
  }
  if (unevaluatedClosed) info.closed.push({ ref: unevaluatedClosed, keyword: 'unevaluatedProperties', props: allProps, patterns: allPatterns });
  return info;
}

/** Types a schema without `type` most plausibly wants, from the keywords it uses. */
function inferTypes(conj: SchemaRef[], formats: Taxonomy['formats']): string[] {
  const has = (...kws: string[]): boolean => kws.some((k) => withKeyword(conj, k).length > 0);
  const out: string[] = [];
  if (has('properties', 'required', 'additionalProperties', 'patternProperties', 'minProperties', 'maxProperties', 'propertyNames', 'dependentRequired')) out.push('object');
  if (has('items', 'prefixItems', 'additionalItems', 'minItems', 'maxItems', 'uniqueItems', 'contains')) out.push('array');
  if (has('minLength', 'maxLength', 'pattern')) out.push('string');
  if (has('minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf')) out.push('number');
  const f = withKeyword(conj, 'format')[0]?.value;
  if (typeof f === 'string' && formats[f] && !out.includes(formats[f]!.type)) out.push(formats[f]!.type);
  return out.length ? out : ['string', 'integer', 'boolean', 'null', 'object', 'array'];
}

function jsonType(v: unknown): InstanceType | 'null' | 'boolean' {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'object') return 'object';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'boolean';
  return 'string';
}

function containsPath(v: unknown, path: string[]): boolean {
  let cur = v;
  for (const seg of path) {
    if (Array.isArray(cur)) cur = cur[Number(seg)];
    else if (isObject(cur) && Object.prototype.hasOwnProperty.call(cur, seg)) cur = cur[seg];
    else return false;
    if (cur === undefined) return false;
  }
  return true;
}

function decimals(x: number): number {
  const s = String(x);
  if (s.includes('e-')) return Math.min(20, Number(s.split('e-')[1]) + (s.split('e-')[0]!.split('.')[1]?.length ?? 0));
  return s.split('.')[1]?.length ?? 0;
}

function roundTo(x: number, dec: number): number {
  return Number(x.toFixed(Math.min(20, dec)));
}

export function describeError(e: ErrorObject | undefined): string {
  if (!e) return 'rejected';
  const p = e.params as Record<string, unknown>;
  const extra = typeof p.missingProperty === 'string' ? '' : typeof p.additionalProperty === 'string' ? ` ("${p.additionalProperty}")` : '';
  return `${e.instancePath || '(root)'} ${e.message ?? 'is invalid'}${extra} [${e.keyword}]`;
}

function preview(v: unknown): string {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}
