/**
 * Types and multiplicities as the embedded compiler infers them, with Pure's subtyping, "most common type"
 * and the engine's way of printing them in messages.
 */
import { ANY, ENUM, PRIMITIVE_SUPERTYPE } from './system.js';

/** `upper: null` is `*`. */
export interface Mult {
  lower: number;
  upper: number | null;
}

export const ONE: Mult = { lower: 1, upper: 1 };
export const ZERO_ONE: Mult = { lower: 0, upper: 1 };
export const ZERO_MANY: Mult = { lower: 0, upper: null };

export type PType =
  /** A primitive (`String`) or precise primitive (`meta::pure::precisePrimitives::Varchar`). */
  | { k: 'prim'; path: string }
  /** A user or system class, including `Any`. */
  | { k: 'class'; path: string }
  /** A value of a user or system enumeration. */
  | { k: 'enum'; path: string }
  | { k: 'nil' }
  /** Outside what the embedded engine models: matches everything and never causes an error. */
  | { k: 'unknown' }
  /** A lambda or function value. */
  | { k: 'fn'; params: Typed[]; ret: Typed }
  /** The value of a class reference `my::Person` (Legend: `Class<Person>`). */
  | { k: 'classRef'; of: PType }
  /** The value of an enumeration reference `my::Color` (Legend: `Enumeration<Color>`). */
  | { k: 'enumerationRef'; path: string }
  /** Any other type used as a value (`String` in `instanceOf($x, String)`). */
  | { k: 'typeRef'; of: PType }
  /** Another packageable element used as a value (a mapping, a profile, ...). */
  | { k: 'element'; classifier: string; path: string }
  | { k: 'keyExpr' };

export interface Typed {
  t: PType;
  m: Mult;
}

export const UNKNOWN: PType = { k: 'unknown' };
export const ANY_TYPE: PType = { k: 'class', path: ANY };
export const BOOLEAN: PType = { k: 'prim', path: 'Boolean' };
export const STRING: PType = { k: 'prim', path: 'String' };
export const INTEGER: PType = { k: 'prim', path: 'Integer' };

export function prim(name: string): PType {
  return { k: 'prim', path: name };
}

/** What the compiler needs to know about user classes to relate types. */
export interface TypeEnv {
  /** Direct supertypes (resolved paths) of a class; empty for unknown classes. */
  superTypesOf(classPath: string): readonly string[];
  /** Optional memo of {@link classAncestors} (valid once super types are final). */
  ancestorsMemo?: Map<string, string[]>;
}

// ----------------------------------------------------------------------------------------------- multiplicity

export function printMult(m: Mult): string {
  if (m.upper === null) return m.lower === 0 ? '[*]' : `[${m.lower}..*]`;
  if (m.lower === m.upper) return `[${m.lower}]`;
  return `[${m.lower}..${m.upper}]`;
}

/** Pure's `Multiplicity.subsumes(signature, actual)`. */
export function subsumes(signature: Mult, actual: Mult): boolean {
  if (actual.lower < signature.lower) return false;
  if (signature.upper === null) return true;
  return actual.upper !== null && actual.upper <= signature.upper;
}

export function multUnion(a: Mult, b: Mult): Mult {
  return { lower: Math.min(a.lower, b.lower), upper: a.upper === null || b.upper === null ? null : Math.max(a.upper, b.upper) };
}

export function isOne(m: Mult): boolean {
  return m.lower === 1 && m.upper === 1;
}

export function toMult(m: { lowerBound: number; upperBound?: number | null } | undefined): Mult {
  if (!m) return ONE;
  return { lower: m.lowerBound, upper: m.upperBound === undefined || m.upperBound === null ? null : m.upperBound };
}

// ----------------------------------------------------------------------------------------------- types

export function simpleName(path: string): string {
  const i = path.lastIndexOf('::');
  return i < 0 ? path : path.slice(i + 2);
}

/** Legend's `GenericType.print(type, fullPath)`: `A` / `test::A`, `Class<A>`, `Nil`, `Any`. */
export function printType(t: PType, fullPath = false): string {
  const name = (p: string): string => (fullPath ? p : simpleName(p));
  switch (t.k) {
    case 'prim':
      return fullPath && t.path.includes('::') ? t.path : simpleName(t.path);
    case 'class':
      return t.path === ANY ? 'Any' : name(t.path);
    case 'enum':
      return name(t.path);
    case 'nil':
      return 'Nil';
    case 'unknown':
      return '?';
    case 'fn':
      return `LambdaFunction<{${t.params.map((p) => printType(p.t, fullPath) + printMult(p.m)).join(', ')}->${printType(t.ret.t, fullPath)}${printMult(t.ret.m)}}>`;
    case 'classRef':
      return `Class<${printType(t.of, fullPath)}>`;
    case 'enumerationRef':
      return `Enumeration<${name(t.path)}>`;
    case 'typeRef':
      return t.of.k === 'prim' ? 'PrimitiveType' : printType(t.of, fullPath);
    case 'element':
      return t.classifier;
    case 'keyExpr':
      return 'KeyExpression';
  }
}

export function typeEquals(a: PType, b: PType): boolean {
  if (a.k !== b.k) return false;
  switch (a.k) {
    case 'prim':
    case 'class':
    case 'enum':
      return a.path === (b as { path: string }).path;
    case 'enumerationRef':
      return a.path === (b as { path: string }).path;
    case 'classRef':
    case 'typeRef':
      return typeEquals(a.of, (b as { of: PType }).of);
    case 'element':
      return a.path === (b as { path: string }).path;
    default:
      return true;
  }
}

export function isAny(t: PType): boolean {
  return t.k === 'class' && t.path === ANY;
}

/** The chain of primitive supertypes, the type itself first (`Integer`, `Number`). */
export function primitiveAncestors(path: string): string[] {
  const out = [path];
  let p = PRIMITIVE_SUPERTYPE[path];
  while (p) {
    out.push(p);
    p = PRIMITIVE_SUPERTYPE[p];
  }
  return out;
}

/**
 * Class generalization order of Pure (C3 linearization), the class itself first and `Any` last. Tolerates
 * cycles (which the cycle validator reports) by visiting each class once.
 */
export function classAncestors(env: TypeEnv, path: string): string[] {
  const memo = env.ancestorsMemo?.get(path);
  if (memo) return memo;
  const out: string[] = [];
  const seen = new Set<string>();
  const visit = (p: string): void => {
    if (seen.has(p)) return;
    seen.add(p);
    out.push(p);
    for (const s of env.superTypesOf(p)) visit(s);
  };
  visit(path);
  // Breadth of real models is small; a DFS order equals C3 for single inheritance and chains.
  const withoutAny = out.filter((p) => p !== ANY);
  withoutAny.push(ANY);
  env.ancestorsMemo?.set(path, withoutAny);
  return withoutAny;
}

/** Is `a` a subtype of (or equal to) `b`? Unknown types are compatible with everything. */
export function isSubtype(env: TypeEnv, a: PType, b: PType): boolean {
  if (a.k === 'unknown' || b.k === 'unknown') return true;
  if (a.k === 'nil') return true;
  if (isAny(b)) return true;
  switch (a.k) {
    case 'prim':
      return b.k === 'prim' && primitiveAncestors(a.path).includes(b.path);
    case 'class':
      return b.k === 'class' && classAncestors(env, a.path).includes(b.path);
    case 'enum':
      return (b.k === 'enum' && b.path === a.path) || (b.k === 'class' && b.path === ENUM);
    case 'fn':
      return b.k === 'fn' || (b.k === 'class' && /::(Function|LambdaFunction|FunctionDefinition)$/.test(b.path));
    case 'classRef':
      return (b.k === 'classRef' && isSubtype(env, a.of, b.of)) || (b.k === 'class' && /::(Class|Type)$/.test(b.path));
    case 'enumerationRef':
      return (b.k === 'enumerationRef' && b.path === a.path) || (b.k === 'class' && /::(Enumeration|Type)$/.test(b.path));
    case 'typeRef':
      return b.k === 'typeRef' || (b.k === 'class' && /::Type$/.test(b.path));
    case 'element':
      return b.k === 'element' && b.classifier === a.classifier;
    case 'keyExpr':
      return b.k === 'keyExpr';
  }
}

/** Legend's `MostCommonType.mostCommon`: the most specific common supertype of all (Nil ignored). */
export function mostCommon(env: TypeEnv, types: readonly PType[]): PType {
  const real = types.filter((t) => t.k !== 'nil');
  if (real.length === 0) return types.length ? { k: 'nil' } : ANY_TYPE;
  if (real.some((t) => t.k === 'unknown')) return UNKNOWN;
  const first = real[0]!;
  if (real.every((t) => typeEquals(t, first))) return first;
  if (real.every((t) => t.k === 'prim')) {
    for (const candidate of primitiveAncestors((first as { path: string }).path)) {
      if (real.every((t) => primitiveAncestors((t as { path: string }).path).includes(candidate))) return prim(candidate);
    }
    return ANY_TYPE;
  }
  if (real.every((t) => t.k === 'class')) {
    for (const candidate of classAncestors(env, (first as { path: string }).path)) {
      if (real.every((t) => classAncestors(env, (t as { path: string }).path).includes(candidate))) return { k: 'class', path: candidate };
    }
    return ANY_TYPE;
  }
  if (real.every((t) => t.k === 'fn')) return first;
  return ANY_TYPE;
}
