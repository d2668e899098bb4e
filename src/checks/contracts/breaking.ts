/**
 * Breaking-change detection: walks the base and head versions of a contract's schema side by
 * side (refs resolved on both sides) and classifies every difference with an id from the
 * taxonomy. Pure over the two loaded schema sets.
 */
import type { Location } from '../../core/types.js';
import { canonicalJson } from '../../core/canonical-json.js';
import { ALL_TYPES, conjKey, enumSet, flatten, typeSet, withKeyword } from './conj.js';
import { toPointer } from './pointer.js';
import { isObject, itemKeywords } from './schema-keywords.js';
import { childRef, refKey, refTarget, rootRef, type SchemaRef, type SchemaSet } from './schema-store.js';
import { locate } from './source-doc.js';
import type { BoundDef, Taxonomy } from './taxonomy.js';

export interface SchemaChange {
  /** Taxonomy id (without the `contracts/` prefix). */
  id: string;
  /** Which version the location points into: head, or base when the keyword is gone from head. */
  side: 'head' | 'base';
  location: Location;
  /** JSON pointer of the changed keyword inside `location.path`. */
  schemaPointer: string;
  /** Where in an instance the change applies (`*` stands for any item / extra property). */
  instancePath: string;
  /** What changed, e.g. `maxLength decreased from 64 to 32`. */
  detail: string;
}

interface Walk {
  tax: Taxonomy;
  base: SchemaSet;
  head: SchemaSet;
  out: SchemaChange[];
  visited: Set<string>;
}

const MAX_DEPTH = 64;

export function diffSchemas(tax: Taxonomy, base: SchemaSet, head: SchemaSet): SchemaChange[] {
  const b = rootRef(base);
  const h = rootRef(head);
  if (!b || !h) return [];
  const w: Walk = { tax, base, head, out: [], visited: new Set() };
  diffNodes(w, [b], [h], [], 0);
  return dedupe(w.out);
}

function dedupe(changes: SchemaChange[]): SchemaChange[] {
  const seen = new Map<string, SchemaChange>();
  for (const c of changes) {
    const k = `${c.id}|${c.location.path}|${c.schemaPointer}|${c.detail}`;
    if (!seen.has(k)) seen.set(k, c);
  }
  return [...seen.values()];
}

type Place = { ref: SchemaRef; rel: string[] };

function emit(w: Walk, id: string, place: Place, side: 'head' | 'base', inst: string[], detail: string): void {
  const segments = [...place.ref.segments, ...place.rel];
  w.out.push({
    id,
    side,
    location: locate(place.ref.res.doc, segments),
    schemaPointer: toPointer(segments),
    instancePath: toPointer(inst),
    detail,
  });
}

/** The head place of a keyword if head has it, else the base place (the keyword was removed). */
function where(hk: Array<{ ref: SchemaRef }>, bk: Array<{ ref: SchemaRef }>, keyword: string, fallbackHead: SchemaRef): [Place, 'head' | 'base'] {
  if (hk[0]) return [{ ref: hk[0].ref, rel: [keyword] }, 'head'];
  if (bk[0]) return [{ ref: bk[0].ref, rel: [keyword] }, 'base'];
  return [{ ref: fallbackHead, rel: [] }, 'head'];
}

function show(v: unknown): string {
  const s = canonicalJson(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

function diffNodes(w: Walk, bRefs: SchemaRef[], hRefs: SchemaRef[], inst: string[], depth: number): void {
  if (depth > MAX_DEPTH || bRefs.length === 0 || hRefs.length === 0) return;
  refChange(w, bRefs, hRefs, inst);
  const b = flatten(w.base, bRefs);
  const h = flatten(w.head, hRefs);
  const key = `${conjKey(b)}|${conjKey(h)}`;
  if (w.visited.has(key)) return;
  w.visited.add(key);
  const anchor = h[0] ?? hRefs[0]!;

  const bt = typeSet(b) ?? new Set<string>(ALL_TYPES);
  const ht = typeSet(h) ?? new Set<string>(ALL_TYPES);
  types(w, b, h, bt, ht, inst, anchor);
  const both = (t: string): boolean => (t === 'number' ? (bt.has('number') || bt.has('integer')) && (ht.has('number') || ht.has('integer')) : bt.has(t) && ht.has(t));

  enums(w, b, h, inst, anchor);
  for (const bound of w.tax.bounds) if (both(bound.appliesTo)) bounds(w, bound, b, h, inst);
  if (both('number')) scalarKeyword(w, 'multipleOf', b, h, inst, anchor, () => 'multiple-of-changed');
  if (both('array')) uniqueItems(w, b, h, inst, anchor);
  if (both('string')) patterns(w, b, h, inst, anchor);
  scalarKeyword(w, 'format', b, h, inst, anchor, (bv, hv) => (bv === undefined ? 'format-added' : hv === undefined ? 'format-removed' : 'format-changed'));
  scalarKeyword(w, 'default', b, h, inst, anchor, () => 'default-changed');
  if (both('object')) objects(w, b, h, inst, anchor, depth);
  if (both('array')) arrays(w, b, h, inst, anchor, depth);
  compositions(w, b, h, inst, anchor, depth);
  for (const k of w.tax.unclassifiedKeywords) unclassified(w, k, b, h, inst, anchor);
}

function refChange(w: Walk, bRefs: SchemaRef[], hRefs: SchemaRef[], inst: string[]): void {
  const bRef = bRefs.find((r) => isObject(r.value) && typeof r.value.$ref === 'string');
  const hRef = hRefs.find((r) => isObject(r.value) && typeof r.value.$ref === 'string');
  if (!bRef || !hRef) return;
  const bt = refTarget(w.base, bRef);
  const ht = refTarget(w.head, hRef);
  if (bt?.kind !== 'ok' || ht?.kind !== 'ok') return;
  if (refKey(bt.target) === refKey(ht.target)) return;
  emit(w, 'ref-target-changed', { ref: hRef, rel: ['$ref'] }, 'head', inst, `$ref changed from ${show((bRef.value as Record<string, unknown>).$ref)} (${refKey(bt.target)}) to ${show((hRef.value as Record<string, unknown>).$ref)} (${refKey(ht.target)})`);
}

function types(w: Walk, b: SchemaRef[], h: SchemaRef[], bt: Set<string>, ht: Set<string>, inst: string[], anchor: SchemaRef): void {
  const list = (s: Set<string>): string => {
    const v = [...s].filter((t) => t !== 'null' && !(t === 'integer' && s.has('number')));
    return v.length === 0 ? 'none' : v.sort().join(', ');
  };
  const bn = new Set([...bt].filter((t) => t !== 'null'));
  const hn = new Set([...ht].filter((t) => t !== 'null'));
  const [place, side] = where(withKeyword(h, 'type'), withKeyword(b, 'type'), 'type', anchor);
  const sub = (x: Set<string>, y: Set<string>): boolean => [...x].every((t) => y.has(t));
  if (!(sub(bn, hn) && sub(hn, bn))) {
    const id = sub(hn, bn) ? 'type-narrowed' : sub(bn, hn) ? 'type-widened' : 'type-changed';
    emit(w, id, place, side, inst, `type changed from [${list(bt)}] to [${list(ht)}]`);
  }
  if (bt.has('null') !== ht.has('null')) {
    const nb = withKeyword(b, 'nullable');
    const nh = withKeyword(h, 'nullable');
    const [p, s] = nh.length || nb.length ? where(nh, nb, 'nullable', anchor) : [place, side];
    emit(w, ht.has('null') ? 'nullable-added' : 'nullable-removed', p, s, inst, ht.has('null') ? 'null is now allowed' : 'null is no longer allowed');
  }
}

function enums(w: Walk, b: SchemaRef[], h: SchemaRef[], inst: string[], anchor: SchemaRef): void {
  const be = enumSet(b);
  const he = enumSet(h);
  if (!be && !he) return;
  const kwOf = (c: SchemaRef[]): Array<{ ref: SchemaRef; value: unknown; kw: string }> => [
    ...withKeyword(c, 'enum').map((x) => ({ ...x, kw: 'enum' })),
    ...withKeyword(c, 'const').map((x) => ({ ...x, kw: 'const' })),
  ];
  const hk = kwOf(h);
  const bk = kwOf(b);
  if (!be && he) {
    emit(w, 'enum-added', { ref: hk[0]!.ref, rel: [hk[0]!.kw] }, 'head', inst, `${hk[0]!.kw} now restricts the value to ${[...he.keys()].join(', ')}`);
    return;
  }
  if (be && !he) {
    emit(w, 'enum-removed', { ref: bk[0]!.ref, rel: [bk[0]!.kw] }, 'base', inst, `${bk[0]!.kw} (${[...be.keys()].join(', ')}) was removed: any value is allowed`);
    return;
  }
  const removed = [...be!.keys()].filter((k) => !he!.has(k));
  const added = [...he!.keys()].filter((k) => !be!.has(k));
  if (removed.length) {
    emit(w, 'enum-value-removed', { ref: hk[0]!.ref, rel: [hk[0]!.kw] }, 'head', inst, `value${removed.length > 1 ? 's' : ''} ${removed.join(', ')} no longer allowed by ${hk[0]!.kw}`);
  }
  if (added.length) {
    // Point at the first added element when it sits in an `enum` array.
    let place: Place = { ref: hk[0]!.ref, rel: [hk[0]!.kw] };
    for (const x of hk) {
      if (x.kw !== 'enum' || !Array.isArray(x.value)) continue;
      const i = x.value.findIndex((v) => canonicalJson(v) === added[0]);
      if (i !== -1) {
        place = { ref: x.ref, rel: ['enum', String(i)] };
        break;
      }
    }
    emit(w, 'enum-value-added', place, 'head', inst, `value${added.length > 1 ? 's' : ''} ${added.join(', ')} now allowed by ${hk[0]!.kw}`);
  }
}

function effective(c: SchemaRef[], kw: string, kind: 'upper' | 'lower'): { value: number; ref: SchemaRef } | undefined {
  let best: { value: number; ref: SchemaRef } | undefined;
  for (const x of withKeyword(c, kw)) {
    if (typeof x.value !== 'number') continue;
    if (!best || (kind === 'upper' ? x.value < best.value : x.value > best.value)) best = { value: x.value, ref: x.ref };
  }
  return best;
}

function bounds(w: Walk, def: BoundDef, b: SchemaRef[], h: SchemaRef[], inst: string[]): void {
  const bv = effective(b, def.keyword, def.kind);
  const hv = effective(h, def.keyword, def.kind);
  const kw = def.keyword;
  if (!bv && !hv) return;
  if (!bv && hv) return emit(w, def.tightened, { ref: hv.ref, rel: [kw] }, 'head', inst, `${kw} set to ${hv.value}`);
  if (bv && !hv) return emit(w, def.loosened, { ref: bv.ref, rel: [kw] }, 'base', inst, `${kw} ${bv.value} removed`);
  if (bv!.value === hv!.value) return;
  const up = hv!.value > bv!.value;
  const tightened = def.kind === 'upper' ? !up : up;
  emit(w, tightened ? def.tightened : def.loosened, { ref: hv!.ref, rel: [kw] }, 'head', inst, `${kw} ${up ? 'increased' : 'decreased'} from ${bv!.value} to ${hv!.value}`);
}

function scalarKeyword(
  w: Walk,
  kw: string,
  b: SchemaRef[],
  h: SchemaRef[],
  inst: string[],
  anchor: SchemaRef,
  idOf: (bv: unknown, hv: unknown) => string,
): void {
  const bk = withKeyword(b, kw);
  const hk = withKeyword(h, kw);
  const bv = bk[0]?.value;
  const hv = hk[0]?.value;
  if (canonicalJson(bk.map((x) => x.value)) === canonicalJson(hk.map((x) => x.value))) return;
  const [place, side] = where(hk, bk, kw, anchor);
  const detail = bv === undefined ? `${kw} set to ${show(hv)}` : hv === undefined ? `${kw} ${show(bv)} removed` : `${kw} changed from ${show(bv)} to ${show(hv)}`;
  emit(w, idOf(bv, hv), place, side, inst, detail);
}

function uniqueItems(w: Walk, b: SchemaRef[], h: SchemaRef[], inst: string[], anchor: SchemaRef): void {
  const on = (c: SchemaRef[]): Array<{ ref: SchemaRef }> => withKeyword(c, 'uniqueItems').filter((x) => x.value === true);
  const bo = on(b);
  const ho = on(h);
  if (bo.length > 0 === ho.length > 0) return;
  if (ho.length) emit(w, 'unique-items-added', { ref: ho[0]!.ref, rel: ['uniqueItems'] }, 'head', inst, 'uniqueItems: true now rejects arrays with duplicates');
  else emit(w, 'unique-items-removed', ...where(withKeyword(h, 'uniqueItems'), bo, 'uniqueItems', anchor), inst, 'uniqueItems removed: duplicates are allowed');
}

function patterns(w: Walk, b: SchemaRef[], h: SchemaRef[], inst: string[], anchor: SchemaRef): void {
  const bk = withKeyword(b, 'pattern').filter((x) => typeof x.value === 'string');
  const hk = withKeyword(h, 'pattern').filter((x) => typeof x.value === 'string');
  const bs = new Set(bk.map((x) => x.value as string));
  const hs = new Set(hk.map((x) => x.value as string));
  if (bs.size === hs.size && [...bs].every((p) => hs.has(p))) return;
  const [place, side] = where(hk, bk, 'pattern', anchor);
  if (bs.size === 0) emit(w, 'pattern-added', place, side, inst, `pattern ${show([...hs][0])} added`);
  else if (hs.size === 0) emit(w, 'pattern-removed', place, side, inst, `pattern ${show([...bs][0])} removed`);
  else emit(w, 'pattern-changed', place, side, inst, `pattern changed from ${show([...bs].join(' & '))} to ${show([...hs].join(' & '))}`);
}

interface PropInfo {
  defs: Map<string, SchemaRef[]>;
  required: Map<string, Place>;
}

function propInfo(c: SchemaRef[]): PropInfo {
  const defs = new Map<string, SchemaRef[]>();
  const required = new Map<string, Place>();
  for (const r of c) {
    if (!isObject(r.value)) continue;
    const props = r.value.properties;
    if (isObject(props)) for (const n of Object.keys(props)) defs.set(n, [...(defs.get(n) ?? []), childRef(r, ['properties', n])]);
    const req = r.value.required;
    if (Array.isArray(req)) req.forEach((n, i) => typeof n === 'string' && !required.has(n) && required.set(n, { ref: r, rel: ['required', String(i)] }));
  }
  return { defs, required };
}

function closed(c: SchemaRef[]): Array<{ ref: SchemaRef; kw: string }> {
  const out: Array<{ ref: SchemaRef; kw: string }> = [];
  for (const kw of ['additionalProperties', 'unevaluatedProperties']) for (const x of withKeyword(c, kw)) if (x.value === false) out.push({ ref: x.ref, kw });
  return out;
}

function objects(w: Walk, b: SchemaRef[], h: SchemaRef[], inst: string[], anchor: SchemaRef, depth: number): void {
  const bp = propInfo(b);
  const hp = propInfo(h);
  const names = new Set([...bp.defs.keys(), ...bp.required.keys(), ...hp.defs.keys(), ...hp.required.keys()]);
  for (const n of names) {
    const inB = bp.defs.has(n) || bp.required.has(n);
    const inH = hp.defs.has(n) || hp.required.has(n);
    const reqB = bp.required.has(n);
    const reqH = hp.required.has(n);
    const at = [...inst, n];
    const propPlace = (info: PropInfo): Place => {
      const d = info.defs.get(n)?.[0];
      return d ? { ref: d, rel: [] } : info.required.get(n)!;
    };
    if (inB && !inH) {
      emit(w, reqB ? 'required-property-removed' : 'property-removed', propPlace(bp), 'base', at, `${reqB ? 'required ' : ''}property "${n}" removed`);
      continue;
    }
    if (!inB && inH) {
      emit(w, reqH ? 'required-property-added' : 'property-added', reqH && !hp.defs.has(n) ? hp.required.get(n)! : propPlace(hp), 'head', at, `${reqH ? 'required ' : 'optional '}property "${n}" added`);
      continue;
    }
    if (reqB && !reqH) {
      const req = withKeyword(h, 'required')[0];
      if (req) emit(w, 'property-became-optional', { ref: req.ref, rel: ['required'] }, 'head', at, `property "${n}" is no longer required`);
      else emit(w, 'property-became-optional', bp.required.get(n)!, 'base', at, `property "${n}" is no longer required`);
    } else if (!reqB && reqH) {
      emit(w, 'property-became-required', hp.required.get(n)!, 'head', at, `property "${n}" is now required`);
    }
    diffNodes(w, bp.defs.get(n) ?? [], hp.defs.get(n) ?? [], at, depth + 1);
  }

  const bc = closed(b);
  const hc = closed(h);
  if (bc.length === 0 && hc.length > 0) {
    emit(w, 'additional-properties-closed', { ref: hc[0]!.ref, rel: [hc[0]!.kw] }, 'head', inst, `${hc[0]!.kw}: false now rejects properties not listed`);
  } else if (bc.length > 0 && hc.length === 0) {
    const still = withKeyword(h, bc[0]!.kw)[0];
    const [place, side]: [Place, 'head' | 'base'] = still ? [{ ref: still.ref, rel: [bc[0]!.kw] }, 'head'] : [{ ref: bc[0]!.ref, rel: [bc[0]!.kw] }, 'base'];
    emit(w, 'additional-properties-opened', place, side, inst, `${bc[0]!.kw}: false removed: properties not listed are allowed`);
  }
  const schemaValued = (c: SchemaRef[]): SchemaRef[] => withKeyword(c, 'additionalProperties').filter((x) => isObject(x.value)).map((x) => childRef(x.ref, ['additionalProperties']));
  const ba = schemaValued(b);
  const ha = schemaValued(h);
  if (ba.length && ha.length) diffNodes(w, ba, ha, [...inst, '*'], depth + 1);

  const pp = (c: SchemaRef[]): Map<string, SchemaRef[]> => {
    const m = new Map<string, SchemaRef[]>();
    for (const x of withKeyword(c, 'patternProperties')) if (isObject(x.value)) for (const k of Object.keys(x.value)) m.set(k, [...(m.get(k) ?? []), childRef(x.ref, ['patternProperties', k])]);
    return m;
  };
  const bpp = pp(b);
  const hpp = pp(h);
  for (const k of new Set([...bpp.keys(), ...hpp.keys()])) {
    const bx = bpp.get(k);
    const hx = hpp.get(k);
    if (bx && hx) diffNodes(w, bx, hx, [...inst, `{${k}}`], depth + 1);
    else if (hx) emit(w, 'unclassified-change', { ref: hx[0]!, rel: [] }, 'head', inst, `patternProperties "${k}" added`);
    else emit(w, 'unclassified-change', { ref: bx![0]!, rel: [] }, 'base', inst, `patternProperties "${k}" removed`);
  }
}

interface ItemsShape {
  tuple: SchemaRef[] | null;
  tupleAt: Place | null;
  rest: SchemaRef[] | 'free' | 'none';
  restAt: Place | null;
}

function itemsShape(c: SchemaRef[]): ItemsShape {
  const shape: ItemsShape = { tuple: null, tupleAt: null, rest: 'free', restAt: null };
  for (const r of c) {
    if (!isObject(r.value)) continue;
    const { tuple, rest } = itemKeywords(r.res.draft, r.value);
    if (tuple && !shape.tuple) {
      shape.tuple = (r.value[tuple] as unknown[]).map((_, i) => childRef(r, [tuple, String(i)]));
      shape.tupleAt = { ref: r, rel: [tuple] };
    }
    if (!rest) continue;
    const rv = r.value[rest];
    if (rv === false) {
      shape.rest = 'none';
      shape.restAt = { ref: r, rel: [rest] };
    } else if ((isObject(rv) || rv === true) && shape.rest !== 'none') {
      if (rv !== true) shape.rest = [...(shape.rest === 'free' ? [] : shape.rest), childRef(r, [rest])];
      shape.restAt ??= { ref: r, rel: [rest] };
    }
  }
  return shape;
}

function arrays(w: Walk, b: SchemaRef[], h: SchemaRef[], inst: string[], anchor: SchemaRef, depth: number): void {
  const bs = itemsShape(b);
  const hs = itemsShape(h);
  const kind = (s: ItemsShape): string => `${s.tuple ? `tuple of ${s.tuple.length}` : 'no tuple'}, ${s.rest === 'free' ? 'any further items' : s.rest === 'none' ? 'no further items' : 'further items by schema'}`;
  if (kind(bs) !== kind(hs)) {
    const place = hs.tupleAt ?? hs.restAt;
    const basePlace = bs.tupleAt ?? bs.restAt;
    if (place) emit(w, 'items-changed', place, 'head', inst, `items changed from ${kind(bs)} to ${kind(hs)}`);
    else emit(w, 'items-changed', basePlace ?? { ref: anchor, rel: [] }, basePlace ? 'base' : 'head', inst, `items changed from ${kind(bs)} to ${kind(hs)}`);
  }
  if (bs.tuple && hs.tuple) {
    const n = Math.min(bs.tuple.length, hs.tuple.length);
    for (let i = 0; i < n; i++) diffNodes(w, [bs.tuple[i]!], [hs.tuple[i]!], [...inst, String(i)], depth + 1);
  }
  if (Array.isArray(bs.rest) && Array.isArray(hs.rest)) diffNodes(w, bs.rest, hs.rest, [...inst, '*'], depth + 1);
}

function compositions(w: Walk, b: SchemaRef[], h: SchemaRef[], inst: string[], anchor: SchemaRef, depth: number): void {
  for (const kw of ['anyOf', 'oneOf']) {
    const bk = withKeyword(b, kw).filter((x) => Array.isArray(x.value));
    const hk = withKeyword(h, kw).filter((x) => Array.isArray(x.value));
    if (bk.length === 0 && hk.length === 0) continue;
    if (bk.length === 1 && hk.length === 1 && (bk[0]!.value as unknown[]).length === (hk[0]!.value as unknown[]).length) {
      // Same number of branches: compare them pairwise (narrowing a branch narrows the union).
      const n = (bk[0]!.value as unknown[]).length;
      for (let i = 0; i < n; i++) diffNodes(w, [childRef(bk[0]!.ref, [kw, String(i)])], [childRef(hk[0]!.ref, [kw, String(i)])], inst, depth + 1);
      continue;
    }
    const [place, side] = where(hk, bk, kw, anchor);
    const count = (k: Array<{ value: unknown }>): string => (k.length ? `${(k[0]!.value as unknown[]).length} branches` : 'absent');
    emit(w, 'unclassified-change', place, side, inst, `${kw} changed from ${count(bk)} to ${count(hk)}`);
  }
}

function unclassified(w: Walk, kw: string, b: SchemaRef[], h: SchemaRef[], inst: string[], anchor: SchemaRef): void {
  const bk = withKeyword(b, kw);
  const hk = withKeyword(h, kw);
  if (bk.length === 0 && hk.length === 0) return;
  if (canonicalJson(bk.map((x) => x.value)) === canonicalJson(hk.map((x) => x.value))) return;
  const [place, side] = where(hk, bk, kw, anchor);
  const what = bk.length === 0 ? 'added' : hk.length === 0 ? 'removed' : 'changed';
  emit(w, 'unclassified-change', place, side, inst, `${kw} ${what}`);
}
