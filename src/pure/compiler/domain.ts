/**
 * Compilation of `###Pure` elements: profiles, enumerations, classes, associations, measures and functions,
 * in the engine's pass order (register, first pass: annotations and signatures; second pass: super types and
 * properties; third pass: expressions).
 */
import type { Association, Class, Constraint, Enumeration, GenericType, Profile, PureFunction, QualifiedProperty } from '../protocol/index.js';
import { Compilation, Scope, typedOf, type ClassInfo, type PropertyInfo, type QualifiedPropertyInfo } from './context.js';
import { findCycle } from './cycles.js';
import { CompilationError } from './diagnostics.js';
import { Inferrer, Vars } from './infer.js';
import { functionBaseName, kindSet, pathOf, type ElementRecord } from './resolver.js';
import { ANY } from './system.js';
import { ONE, UNKNOWN, ZERO_MANY, ZERO_ONE, isSubtype, printMult, printType, subsumes, toMult, type PType, type Typed } from './types.js';

export function registerProfile(comp: Compilation, rec: ElementRecord, p: Profile): void {
  comp.profiles.set(rec.path, {
    stereotypes: new Set((p.stereotypes ?? []).map((s) => (typeof s === 'string' ? s : s.value))),
    tags: new Set((p.tags ?? []).map((t) => (typeof t === 'string' ? t : t.value))),
  });
}

export function registerEnumeration(comp: Compilation, rec: ElementRecord, e: Enumeration): void {
  comp.enums.set(rec.path, new Set((e.values ?? []).map((v) => v.value)));
}

export function registerClass(comp: Compilation, rec: ElementRecord, c: Class): void {
  comp.classes.set(rec.path, {
    path: rec.path,
    element: c,
    superTypes: [],
    properties: new Map(),
    qualified: new Map(),
    associationProperties: new Map(),
    associationQualified: new Map(),
  });
}

// ----------------------------------------------------------------------------------------------- first pass

export function firstPassEnumeration(scope: Scope, e: Enumeration): void {
  scope.checkAnnotations(e);
  for (const v of e.values ?? []) scope.checkAnnotations(v);
}

export function firstPassClass(scope: Scope, c: Class): void {
  scope.checkAnnotations(c);
}

export function firstPassAssociation(scope: Scope, rec: ElementRecord, a: Association): void {
  if ((a.properties ?? []).length !== 2) throw new CompilationError(`Expected 2 properties for an association '${rec.path}'`, a.sourceInformation);
  scope.checkAnnotations(a);
}

/** Functions: annotations and signature (parameter and return types). */
export function firstPassFunction(scope: Scope, rec: ElementRecord, f: PureFunction): void {
  scope.checkAnnotations(f);
  // A function's own type parameters (`function f<T>(x: T[*]): T[1]`) are single capital letters.
  const signatureType = (gt: GenericType | undefined, m: PureFunction['returnMultiplicity'] | undefined): Typed => {
    const raw = gt?.rawType;
    if (raw && raw._type === 'packageableType' && /^[A-Z]$/.test(raw.fullPath) && !scope.comp.index.byPath.has(raw.fullPath)) return { t: UNKNOWN, m: toMult(m) };
    return typedOf(scope, gt, m);
  };
  const params = (f.parameters ?? []).map((p) => signatureType(p.genericType, p.multiplicity));
  const ret = signatureType(f.returnGenericType, f.returnMultiplicity);
  scope.comp.functions.set(rec, { record: rec, element: f, basePath: pathOf({ package: f.package, name: functionBaseName(f) }), params, ret });
}

// ----------------------------------------------------------------------------------------------- second pass

export function secondPassClass(scope: Scope, rec: ElementRecord, c: Class): void {
  const info = scope.comp.classes.get(rec.path)!;
  // Register everything even past an error (unknown types stand in), so other elements do not cascade;
  // the element's first error is reported.
  let first: CompilationError | undefined;
  const attempt = <T>(fn: () => T, fallback: T): T => {
    try {
      return fn();
    } catch (e) {
      if (!(e instanceof CompilationError)) throw e;
      first ??= e;
      return fallback;
    }
  };
  const seen = new Set<string>();
  for (const st of c.superTypes ?? []) {
    if (seen.has(st.path)) {
      first ??= new CompilationError(`Duplicated super type '${st.path}' in class '${rec.path}'`, c.sourceInformation);
      continue;
    }
    seen.add(st.path);
    const t = attempt(() => scope.resolveType(st.path, st.sourceInformation), UNKNOWN);
    if (t.k === 'unknown') continue;
    if (t.k !== 'class') {
      first ??= new CompilationError(`Invalid supertype: '${c.name}' cannot extend '${st.path}' as it is not a class.`, c.sourceInformation);
      continue;
    }
    info.superTypes.push(t.path);
  }
  for (const p of c.properties ?? []) {
    const typed = attempt(() => typedOf(scope, p.genericType, p.multiplicity), { t: UNKNOWN, m: toMult(p.multiplicity) });
    attempt(() => scope.checkAnnotations(p, true), undefined);
    if (!info.properties.has(p.name)) info.properties.set(p.name, { name: p.name, type: typed.t, mult: typed.m, owner: rec.path });
  }
  addMilestoningProperties(scope, rec.path, info);
  for (const q of c.qualifiedProperties ?? []) {
    const sig = attempt(() => qualifiedSignature(scope, rec.path, q), {
      name: q.name,
      params: (q.parameters ?? []).filter((p) => p.name !== 'this').map(() => ({ t: UNKNOWN, m: ZERO_MANY })),
      type: UNKNOWN,
      mult: ZERO_MANY,
      owner: rec.path,
    });
    addQualified(info.qualified, sig);
  }
  if (first) throw first;
}

// ----------------------------------------------------------------------------------------------- milestoning

const TEMPORAL_PROFILE = 'meta::pure::profiles::temporal';
type Temporal = { business: boolean; processing: boolean };

/** The temporal stereotypes of a class (its own or inherited): `businesstemporal`, `processingtemporal`, `bitemporal`. */
export function temporalOf(comp: Compilation, classPath: string, seen = new Set<string>()): Temporal {
  const none = { business: false, processing: false };
  if (seen.has(classPath)) return none;
  seen.add(classPath);
  const rec = comp.index.byPath.get(classPath);
  const el = rec?.element;
  if (!rec || !el || el._type !== 'class') return none;
  const scope = new Scope(comp, rec);
  const t = { business: false, processing: false };
  for (const s of el.stereotypes ?? []) {
    let profile: string | undefined;
    try {
      profile = comp.index.resolve(s.profile, rec, PROFILE_KIND.set, PROFILE_KIND.key, undefined)?.path;
    } catch {
      profile = undefined;
    }
    if (profile !== TEMPORAL_PROFILE) continue;
    if (s.value === 'businesstemporal' || s.value === 'bitemporal') t.business = true;
    if (s.value === 'processingtemporal' || s.value === 'bitemporal') t.processing = true;
  }
  for (const st of el.superTypes ?? []) {
    let sup: PType;
    try {
      sup = scope.resolveType(st.path, undefined);
    } catch {
      continue;
    }
    if (sup.k !== 'class') continue;
    const inherited = temporalOf(comp, sup.path, seen);
    t.business ||= inherited.business;
    t.processing ||= inherited.processing;
  }
  return t;
}

/**
 * The properties the engine generates for milestoned classes: `businessDate`/`processingDate` and `milestoning`
 * on a temporal class; `<p>AllVersions` and `<p>AllVersionsInRange(start, end)` for a property whose type is one.
 */
function addMilestoningProperties(scope: Scope, owner: string, info: ClassInfo): void {
  const comp = scope.comp;
  const own = temporalOf(comp, owner);
  const date: Typed = { t: { k: 'prim', path: 'Date' }, m: ONE };
  const add = (name: string, t: Typed): void => {
    if (!info.properties.has(name)) info.properties.set(name, { name, type: t.t, mult: t.m, owner });
  };
  if (own.business) add('businessDate', date);
  if (own.processing) add('processingDate', date);
  if (own.business || own.processing) add('milestoning', { t: UNKNOWN, m: ZERO_ONE });
  for (const p of [...info.properties.values()]) {
    if (p.type.k !== 'class') continue;
    const target = temporalOf(comp, p.type.path);
    if (!target.business && !target.processing) continue;
    add(`${p.name}AllVersions`, { t: p.type, m: ZERO_MANY });
    const range: QualifiedPropertyInfo = { name: `${p.name}AllVersionsInRange`, params: [date, date], type: p.type, mult: ZERO_MANY, owner };
    addQualified(info.qualified, range);
  }
}

const PROFILE_KIND = kindSet('profile', 'system');

function qualifiedSignature(scope: Scope, owner: string, q: QualifiedProperty): QualifiedPropertyInfo {
  scope.checkAnnotations(q, true);
  const ret = typedOf(scope, q.returnGenericType, q.returnMultiplicity);
  const params = (q.parameters ?? []).filter((p) => p.name !== 'this').map((p) => typedOf(scope, p.genericType, p.multiplicity));
  return { name: q.name, params, type: ret.t, mult: ret.m, owner };
}

function addQualified(map: Map<string, QualifiedPropertyInfo[]>, q: QualifiedPropertyInfo): void {
  const list = map.get(q.name);
  if (list) list.push(q);
  else map.set(q.name, [q]);
}

/** Association ends become properties of the class at the other end; `this` of its derived properties likewise. */
export function secondPassAssociation(scope: Scope, rec: ElementRecord, a: Association): void {
  const [p0, p1] = a.properties;
  if (!p0 || !p1) return;
  const rawPath = (gt: typeof p0.genericType): string => (gt?.rawType && gt.rawType._type === 'packageableType' ? gt.rawType.fullPath : '');
  const source = scope.resolveClass(rawPath(p0.genericType), p0.sourceInformation);
  const target = scope.resolveClass(rawPath(p1.genericType), p1.sourceInformation);
  if (source === ANY || target === ANY) throw new CompilationError(`Associations to Any are not allowed. Found in '${rec.path}'`, a.sourceInformation);
  const ends: [typeof p0, string][] = [
    [p0, target],
    [p1, source],
  ];
  for (const [p, holder] of ends) {
    scope.checkAnnotations(p, true);
    const info = scope.comp.classes.get(holder);
    const prop: PropertyInfo = { name: p.name, type: { k: 'class', path: holder === target ? source : target }, mult: toMult(p.multiplicity), owner: rec.path };
    if (info && !info.associationProperties.has(p.name)) info.associationProperties.set(p.name, prop);
  }
  for (const q of a.qualifiedProperties ?? []) {
    const sig = qualifiedSignature(scope, rec.path, q);
    const holder = sig.type.k === 'class' && sig.type.path === source ? target : source;
    const info = scope.comp.classes.get(holder);
    if (info) addQualified(info.associationQualified, sig);
  }
}

// ----------------------------------------------------------------------------------------------- third pass

const thisOf = (path: string): Typed => ({ t: { k: 'class', path }, m: ONE });

/** Derived properties, default values and constraints of a class. */
export function thirdPassClass(scope: Scope, rec: ElementRecord, c: Class): void {
  const ctx = `Class '${rec.path}' Third Pass`;
  for (const p of c.properties ?? []) {
    if (!p.defaultValue?.value) continue;
    const inf = new Inferrer(scope, ['Build Lambda']);
    inf.inferLambda({ _type: 'lambda', parameters: [], body: [p.defaultValue.value] }, new Vars(), []);
  }
  for (const q of c.qualifiedProperties ?? []) {
    const inf = new Inferrer(scope, [ctx, `Qualified Property ${q.name}`]);
    const vars = new Vars();
    vars.set('this', thisOf(rec.path));
    for (const p of q.parameters ?? []) if (p.name !== 'this') vars.set(p.name, typedOf(scope, p.genericType, p.multiplicity));
    const body = q.body ?? [];
    const last = inf.inferBody(body, vars);
    const expected = typedOf(scope, q.returnGenericType, q.returnMultiplicity);
    checkCompatibility(scope, last, expected, `Error in derived property '${c.name}.${q.name}'`, body[body.length - 1]?.sourceInformation ?? q.sourceInformation);
  }
  for (const con of c.constraints ?? []) checkConstraint(scope, ctx, rec.path, con);
}

function checkConstraint(scope: Scope, ctx: string, classPath: string, con: Constraint): void {
  const vars = new Vars();
  vars.set('this', thisOf(classPath));
  const inf = new Inferrer(scope, [ctx, `Constraint ${con.name}`]);
  const lambda = con.functionDefinition;
  if (!lambda) return;
  // Newer engines give constraint lambdas an untyped `this` parameter: it is the class instance.
  const thisParam = (l: typeof lambda): Typed[] => (l.parameters ?? []).map((p) => (p.name === 'this' ? thisOf(classPath) : { t: UNKNOWN, m: ONE }));
  const fn = inf.inferLambda(lambda, vars, thisParam(lambda));
  const body = lambda.body ?? [];
  const last = fn.t.k === 'fn' ? fn.t.ret : undefined;
  if (last && last.t.k !== 'unknown' && !(last.t.k === 'prim' && last.t.path === 'Boolean')) {
    throw new CompilationError("Constraint must be of type 'Boolean'", body[body.length - 1]?.sourceInformation ?? con.sourceInformation);
  }
  if (con.messageFunction) {
    // The engine lets an invalid message function through (it falls back to the default message).
    try {
      new Inferrer(scope, [ctx, `Constraint ${con.name}`]).inferLambda(con.messageFunction, vars, thisParam(con.messageFunction));
    } catch (e) {
      if (!(e instanceof CompilationError)) throw e;
    }
  }
}

export function thirdPassAssociation(scope: Scope, rec: ElementRecord, a: Association): void {
  const [p0, p1] = a.properties ?? [];
  if (!p0 || !p1) return;
  const raw = (gt: typeof p0.genericType): string => (gt?.rawType && gt.rawType._type === 'packageableType' ? gt.rawType.fullPath : '');
  for (const p of a.properties) {
    if (!p.defaultValue?.value) continue;
    new Inferrer(scope, ['Build Lambda']).inferLambda({ _type: 'lambda', parameters: [], body: [p.defaultValue.value] }, new Vars(), []);
  }
  for (const q of a.qualifiedProperties ?? []) {
    const thisWritten = raw(p0.genericType) === raw(q.returnGenericType) ? raw(p1.genericType) : raw(p0.genericType);
    const thisPath = scope.resolveClass(thisWritten, a.sourceInformation);
    const vars = new Vars();
    vars.set('this', thisOf(thisPath));
    for (const p of q.parameters ?? []) if (p.name !== 'this') vars.set(p.name, typedOf(scope, p.genericType, p.multiplicity));
    new Inferrer(scope, [`Association ${rec.path} (third pass)`, `Qualified Property ${q.name}`]).inferBody(q.body ?? [], vars);
  }
}

export function thirdPassFunction(scope: Scope, rec: ElementRecord, f: PureFunction): void {
  const info = scope.comp.functions.get(rec);
  if (!info) return;
  const vars = new Vars();
  (f.parameters ?? []).forEach((p, i) => vars.set(p.name, info.params[i]!));
  for (const con of [...(f.preConstraints ?? []), ...(f.postConstraints ?? [])]) {
    const inf = new Inferrer(scope, [`Function '${rec.path}'`, `Constraint ${con.name}`]);
    if (con.functionDefinition) inf.inferLambda(con.functionDefinition, vars.child(), []);
  }
  const body = f.body ?? [];
  const last = new Inferrer(scope, [`Function '${rec.path}'`]).inferBody(body, vars);
  checkCompatibility(scope, last, info.ret, `Error in function '${rec.path}'`, body[body.length - 1]?.sourceInformation ?? f.sourceInformation);
}

/** Legend's `HelperModelBuilder.checkCompatibility`: type, then multiplicity. */
export function checkCompatibility(scope: Scope, actual: Typed, expected: Typed, stub: string, si: import('../protocol/index.js').SourceInformation | undefined): void {
  if (actual.t.k === 'unknown' || expected.t.k === 'unknown') return;
  if (!isSubtype(scope.comp, actual.t, expected.t)) {
    throw new CompilationError(`${stub} - Type error: '${printType(actual.t, true)}' is not a subtype of '${printType(expected.t, true)}'`, si);
  }
  if (!subsumes(expected.m, actual.m)) {
    throw new CompilationError(`${stub} - Multiplicity error: ${printMult(expected.m)} doesn't subsume ${printMult(actual.m)}`, si);
  }
}

// ----------------------------------------------------------------------------------------------- validators

/** Duplicated stereotypes/tags of profiles (warnings at the profile). */
export function validateProfile(comp: Compilation, rec: ElementRecord, p: Profile): void {
  for (const t of duplicates((p.tags ?? []).map((x) => (typeof x === 'string' ? x : x.value)))) comp.warn(`Found duplicated tag '${t}' in profile '${rec.path}'`, p.sourceInformation, rec);
  for (const s of duplicates((p.stereotypes ?? []).map((x) => (typeof x === 'string' ? x : x.value)))) comp.warn(`Found duplicated stereotype '${s}' in profile '${rec.path}'`, p.sourceInformation, rec);
}

export function validateEnumeration(comp: Compilation, rec: ElementRecord, e: Enumeration): void {
  firstOfDuplicates(e.values ?? [], (v) => v.value, (v) => comp.warn(`Found duplicated value '${v.value}' in enumeration '${rec.path}'`, v.sourceInformation, rec));
}

export function validateClassProperties(comp: Compilation, rec: ElementRecord, c: Class): void {
  firstOfDuplicates(c.properties ?? [], (p) => p.name, (p) => comp.warn(`Found duplicated property '${p.name}' in class '${rec.path}'`, p.sourceInformation, rec));
}

export function validateAssociationProperties(comp: Compilation, rec: ElementRecord, a: Association): void {
  firstOfDuplicates(a.properties ?? [], (p) => p.name, (p) => comp.warn(`Found duplicated property '${p.name}' in association '${rec.path}'`, p.sourceInformation, rec));
}

/**
 * Cycles in the super-type graph: `Cycle detected in class supertype hierarchy: a::A -> a::B -> a::A`.
 * `done` is shared across calls so that the whole model is walked once (linear in classes and edges).
 */
export function findSupertypeCycle(comp: Compilation, start: string, done: Set<string> = new Set()): string[] | undefined {
  return findCycle(start, (p) => (comp.classes.get(p)?.element ? comp.superTypesOf(p) : undefined), done);
}

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup: string[] = [];
  for (const v of values) {
    if (seen.has(v) && !dup.includes(v)) dup.push(v);
    seen.add(v);
  }
  return dup;
}

function firstOfDuplicates<T>(items: readonly T[], key: (t: T) => string, report: (first: T) => void): void {
  const groups = new Map<string, T[]>();
  for (const i of items) {
    const k = key(i);
    const g = groups.get(k);
    if (g) g.push(i);
    else groups.set(k, [i]);
  }
  for (const g of groups.values()) if (g.length > 1) report(g[0]!);
}
