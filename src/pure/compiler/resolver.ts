/**
 * Element index and name resolution the way Legend's `CompileContext.resolve` does it: primitive types first,
 * a qualified path as written, otherwise the section's imports plus the auto-imported packages (one match
 * wins, several are an ambiguity error), and last the root package. Results are cached per section.
 */
import type { GenericType, PackageableElement, PureFunction, PureModelContextData, SectionIndex, SourceInformation } from '../protocol/index.js';
import { CompilationError } from './diagnostics.js';
import { AUTO_IMPORTS, BUILT_IN_STORES, PRIMITIVE_TYPES, SYSTEM_PROFILES, SYSTEM_TYPES, isSystemPath } from './system.js';

export type ElementKind =
  | 'class'
  | 'enumeration'
  | 'primitive'
  | 'measure'
  | 'unit'
  | 'profile'
  | 'association'
  | 'function'
  | 'mapping'
  | 'runtime'
  | 'connection'
  | 'store'
  | 'service'
  | 'data'
  | 'other'
  /** A `meta::` path the embedded engine does not know: assumed to exist in the engine. */
  | 'system';

export interface ElementRecord {
  path: string;
  element: PackageableElement;
  /** Position in the model (elements of the section index excluded). */
  index: number;
  /** Imports of the element's section (auto-imports not included). */
  imports: readonly string[];
  /** Cache key of the import set. */
  scopeKey: string;
}

export interface Resolved {
  path: string;
  kind: ElementKind;
  /** The user element, absent for system elements. */
  record?: ElementRecord;
}

const USER_KINDS: Readonly<Record<string, ElementKind>> = {
  class: 'class',
  Enumeration: 'enumeration',
  association: 'association',
  profile: 'profile',
  function: 'function',
  measure: 'measure',
  mapping: 'mapping',
  runtime: 'runtime',
  connection: 'connection',
  service: 'service',
  relational: 'store',
  dataElement: 'data',
};

export function elementKind(el: PackageableElement): ElementKind {
  return USER_KINDS[el._type] ?? 'other';
}

export function pathOf(el: { package?: string; name: string }): string {
  return el.package ? `${el.package}::${el.name}` : el.name;
}

/** Legend's terse signature suffix of a function (`_Integer_1__String_MANY__String_$0_1$_`). */
export function functionSignatureSuffix(fn: PureFunction): string {
  const cls = (gt: GenericType | undefined): string | null => {
    if (!gt) return null;
    const raw = gt.rawType;
    const full = raw && raw._type === 'packageableType' ? raw.fullPath : 'Relation';
    return full.includes('::') ? full.slice(full.lastIndexOf('::') + 2) : full;
  };
  const mult = (m: { lowerBound: number; upperBound?: number } | undefined): string => {
    const lower = m?.lowerBound ?? 1;
    const upper = m ? m.upperBound : 1;
    if (upper !== undefined && upper !== null && lower === upper) return String(lower);
    if (lower === 0 && (upper === undefined || upper === null)) return 'MANY';
    return `$${lower}_${upper === undefined || upper === null ? 'MANY' : upper}$`;
  };
  const params = (fn.parameters ?? [])
    .map((p) => (p.genericType ? `${cls(p.genericType)}_${mult(p.multiplicity)}` : null))
    .filter((x): x is string => x !== null)
    .join('__');
  const sig = `${params}__${cls(fn.returnGenericType) ?? 'Nil'}_${mult(fn.returnMultiplicity)}_`;
  return (fn.parameters ?? []).length === 0 ? sig : `_${sig}`;
}

/** A function's name without the signature suffix (`f_Integer_1__String_1_` → `f`). */
export function functionBaseName(fn: PureFunction): string {
  const suffix = functionSignatureSuffix(fn);
  return fn.name.endsWith(suffix) ? fn.name.slice(0, fn.name.length - suffix.length) : fn.name;
}

/** Legend's element path for duplicate checks: a function's path always carries its signature. */
export function signaturePath(fn: PureFunction): string {
  const suffix = functionSignatureSuffix(fn);
  const name = fn.name.endsWith(suffix) ? fn.name : fn.name + suffix;
  return pathOf({ package: fn.package, name });
}

export class ModelIndex {
  readonly records: ElementRecord[] = [];
  /** First element per path (functions: per path with signature). */
  readonly byPath = new Map<string, ElementRecord>();
  /** User functions by `package::baseName`. */
  readonly functionsByBase = new Map<string, ElementRecord[]>();
  /** Measures' units: `measure~unit` → measure path. */
  readonly units = new Map<string, string>();
  readonly sections: SectionIndex | undefined;
  private readonly cache = new Map<string, Resolved | string[] | null>();

  constructor(pmcd: PureModelContextData) {
    const importsByPath = new Map<string, readonly string[]>();
    let sectionIndex: SectionIndex | undefined;
    for (const el of Array.isArray(pmcd.elements) ? pmcd.elements : []) {
      if (el && el._type === 'sectionIndex') {
        sectionIndex = el;
        for (const s of Array.isArray(el.sections) ? el.sections : []) {
          const imports = s && s._type === 'importAware' && Array.isArray(s.imports) ? s.imports.filter((i): i is string => typeof i === 'string') : [];
          for (const p of Array.isArray(s?.elements) ? s.elements : []) importsByPath.set(p, imports);
        }
      }
    }
    this.sections = sectionIndex;
    let index = 0;
    for (const el of Array.isArray(pmcd.elements) ? pmcd.elements : []) {
      if (!el || typeof el !== 'object' || el._type === 'sectionIndex') continue;
      const path = pathOf(el);
      const imports = importsByPath.get(path) ?? [];
      const rec: ElementRecord = { path, element: el, index: index++, imports, scopeKey: imports.join(',') };
      this.records.push(rec);
      if (!this.byPath.has(path)) this.byPath.set(path, rec);
      if (el._type === 'function') {
        let baseName = el.name;
        try {
          baseName = functionBaseName(el);
        } catch {
          // malformed parameters: the name as written
        }
        const base = pathOf({ package: el.package, name: baseName });
        const list = this.functionsByBase.get(base);
        if (list) list.push(rec);
        else this.functionsByBase.set(base, [rec]);
      }
      if (el._type === 'measure' && Array.isArray(el.nonCanonicalUnits ?? [])) {
        for (const u of [el.canonicalUnit, ...(el.nonCanonicalUnits ?? [])]) if (u && typeof u.name === 'string') this.units.set(`${path}~${u.name.includes('~') ? u.name.split('~').pop() : u.name}`, path);
      }
    }
  }

  /** What an exact path names, or undefined. */
  lookup(path: string): Resolved | undefined {
    const rec = this.byPath.get(path);
    if (rec) return { path, kind: elementKind(rec.element), record: rec };
    if (this.functionsByBase.has(path)) return { path, kind: 'function', record: this.functionsByBase.get(path)![0]! };
    if (path.includes('~')) {
      if (this.units.has(path)) return { path, kind: 'unit' };
      return undefined;
    }
    const sys = SYSTEM_TYPES[path];
    if (sys) return { path, kind: sys === 'enumeration' ? 'enumeration' : sys === 'primitive' ? 'primitive' : sys === 'measure' ? 'measure' : 'class' };
    if (SYSTEM_PROFILES[path]) return { path, kind: 'profile' };
    return undefined;
  }

  /**
   * Resolves `name` as written in an element of `scope`, accepting only elements of the given kinds.
   * Returns null when nothing matches; throws the engine's ambiguity error when several imports match.
   */
  resolve(name: string, scope: Pick<ElementRecord, 'imports' | 'scopeKey'>, kinds: ReadonlySet<ElementKind>, kindsKey: string, si: SourceInformation | undefined): Resolved | null {
    const key = `${scope.scopeKey}\u0000${kindsKey}\u0000${name}`;
    let hit = this.cache.get(key);
    if (hit === undefined) {
      hit = this.resolveUncached(name, scope.imports, kinds);
      this.cache.set(key, hit);
    }
    if (Array.isArray(hit)) throw new CompilationError(`Can't resolve element with path '${name}' - multiple matches found [${hit.join(', ')}]`, si);
    return hit;
  }

  private resolveUncached(name: string, imports: readonly string[], kinds: ReadonlySet<ElementKind>): Resolved | string[] | null {
    if (PRIMITIVE_TYPES.includes(name)) return kinds.has('primitive') ? { path: name, kind: 'primitive' } : null;
    if (kinds.has('store') && BUILT_IN_STORES.includes(name)) return { path: name, kind: 'store' };
    if (name.includes('::')) {
      const found = this.lookup(name);
      if (found) return kinds.has(found.kind) ? found : null;
      return isSystemPath(name) && kinds.has('system') ? { path: name, kind: 'system' } : null;
    }
    const matches: Resolved[] = [];
    const seen = new Set<string>();
    for (const pkg of [...imports, ...AUTO_IMPORTS]) {
      if (seen.has(pkg)) continue;
      seen.add(pkg);
      const found = this.lookup(`${pkg}::${name}`);
      if (found && kinds.has(found.kind)) matches.push(found);
    }
    if (matches.length === 1) return matches[0]!;
    if (matches.length > 1) return matches.map((m) => m.path).sort(comparePaths);
    const root = this.lookup(name);
    return root && kinds.has(root.kind) ? root : null;
  }
}

/** Orders paths package by package (`test::doc` before `test2::doc`), as the engine lists ambiguous matches. */
function comparePaths(a: string, b: string): number {
  const x = a.split('::');
  const y = b.split('::');
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
  }
  return x.length - y.length;
}

export function kindSet(...kinds: ElementKind[]): { set: ReadonlySet<ElementKind>; key: string } {
  return { set: new Set(kinds), key: kinds.join('|') };
}
