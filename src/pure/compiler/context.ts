/**
 * Compilation state shared by all passes (the semantic model built so far and the diagnostics), and the
 * per-element scope that resolves names the way the engine does, with the engine's error messages.
 */
import type {
  Class,
  GenericType,
  PureFunction,
  SourceInformation,
  StereotypePtr,
  TaggedValue,
} from '../protocol/index.js';
import { CompilationError, notSupportedMessage, type CompileDiagnostic } from './diagnostics.js';
import { ModelIndex, kindSet, type ElementKind, type ElementRecord, type Resolved } from './resolver.js';
import { CLASS, SYSTEM_PROFILES } from './system.js';
import { UNKNOWN, toMult, type Mult, type PType, type Typed, type TypeEnv } from './types.js';

export interface PropertyInfo {
  name: string;
  type: PType;
  mult: Mult;
  /** Path of the class or association declaring it. */
  owner: string;
}

export interface QualifiedPropertyInfo {
  name: string;
  params: Typed[];
  type: PType;
  mult: Mult;
  owner: string;
}

export interface ClassInfo {
  path: string;
  element?: Class;
  superTypes: string[];
  properties: Map<string, PropertyInfo>;
  qualified: Map<string, QualifiedPropertyInfo[]>;
  /** Properties contributed by associations (the other end). */
  associationProperties: Map<string, PropertyInfo>;
  associationQualified: Map<string, QualifiedPropertyInfo[]>;
}

export interface FunctionInfo {
  record: ElementRecord;
  element: PureFunction;
  /** `package::name` without the signature suffix. */
  basePath: string;
  params: Typed[];
  ret: Typed;
}

export interface ProfileInfo {
  stereotypes: Set<string>;
  tags: Set<string>;
}

const TYPES = kindSet('class', 'enumeration', 'primitive', 'measure', 'unit', 'system');
const CLASSES = kindSet('class', 'system');
const ENUMERATIONS = kindSet('enumeration', 'system');
const PROFILES = kindSet('profile', 'system');
const MAPPINGS = kindSet('mapping', 'system');
const RUNTIMES = kindSet('runtime', 'system');
const CONNECTIONS = kindSet('connection', 'system');
const STORES = kindSet('store', 'system');
const ASSOCIATIONS = kindSet('association', 'system');
const ANY_ELEMENT = kindSet(
  'class',
  'enumeration',
  'primitive',
  'measure',
  'unit',
  'profile',
  'association',
  'function',
  'mapping',
  'runtime',
  'connection',
  'store',
  'service',
  'data',
  'other',
  'system',
);

export class Compilation implements TypeEnv {
  readonly diagnostics: CompileDiagnostic[] = [];
  readonly classes = new Map<string, ClassInfo>();
  readonly enums = new Map<string, Set<string>>();
  readonly profiles = new Map<string, ProfileInfo>();
  readonly functions = new Map<ElementRecord, FunctionInfo>();
  phase = 0;
  /** Set once super types are final (after the second pass). */
  ancestorsMemo: Map<string, string[]> | undefined;
  /** The element being compiled, for diagnostics. */
  current: ElementRecord | undefined;

  constructor(readonly index: ModelIndex) {}

  superTypesOf(path: string): readonly string[] {
    return this.classes.get(path)?.superTypes ?? [];
  }

  error(message: string, si: SourceInformation | undefined, record = this.current): void {
    this.push({ severity: 'error', message, sourceInformation: si, record });
  }

  warn(message: string, si: SourceInformation | undefined, record = this.current, notSupported = false): void {
    this.push({ severity: 'warning', message, sourceInformation: si, record, notSupported });
  }

  private push(d: { severity: 'error' | 'warning'; message: string; sourceInformation: SourceInformation | undefined; record: ElementRecord | undefined; notSupported?: boolean }): void {
    const diag: CompileDiagnostic = { severity: d.severity, message: d.message, phase: this.phase, order: d.record?.index ?? -1 };
    if (d.sourceInformation) diag.sourceInformation = d.sourceInformation;
    if (d.record) diag.element = d.record.path;
    if (d.notSupported) diag.notSupported = true;
    this.diagnostics.push(diag);
  }

  /** Runs `fn` for one element; its first COMPILATION error ends that element's pass (Legend's partial compilation). */
  guard(record: ElementRecord, fn: () => void): boolean {
    this.current = record;
    try {
      fn();
      return true;
    } catch (e) {
      if (e instanceof CompilationError) {
        this.error(e.message, e.sourceInformation ?? record.element.sourceInformation, record);
        return false;
      }
      if (e instanceof RangeError) {
        // call stack exhausted on an expression nested thousands deep: valid for Legend, too deep to check here
        this.warn(notSupportedMessage(`Element '${record.path}', nested too deeply for the embedded compiler,`), record.element.sourceInformation, record, true);
        return false;
      }
      // Protocol JSON from entity files is untrusted: a shape the compiler cannot read is that element's error.
      this.error(`Element '${record.path}' is not valid protocol JSON (${e instanceof Error ? e.message : String(e)})`, record.element.sourceInformation, record);
      return false;
    } finally {
      this.current = undefined;
    }
  }
}

/** Name resolution and element lookups from inside one element (its section's imports apply). */
export class Scope {
  constructor(
    readonly comp: Compilation,
    readonly record: Pick<ElementRecord, 'imports' | 'scopeKey'>,
  ) {}

  private find(name: string, kinds: { set: ReadonlySet<ElementKind>; key: string }, si: SourceInformation | undefined): Resolved | null {
    return this.comp.index.resolve(name, this.record, kinds.set, kinds.key, si);
  }

  /** `Can't find type 'X'`. */
  resolveType(name: string, si: SourceInformation | undefined): PType {
    const r = this.find(name, TYPES, si);
    if (!r) throw new CompilationError(`Can't find type '${name}'`, si);
    return typeOfResolved(r);
  }

  /** Resolves a protocol generic type (raw type and type arguments); relation types are not modelled. */
  resolveGenericType(gt: GenericType | undefined): PType {
    if (!gt || !gt.rawType) return UNKNOWN;
    for (const arg of gt.typeArguments ?? []) this.resolveGenericType(arg);
    const raw = gt.rawType;
    if (raw._type !== 'packageableType') return UNKNOWN;
    const t = this.resolveType(raw.fullPath, raw.sourceInformation ?? gt.sourceInformation);
    if (t.k === 'class' && t.path === CLASS && gt.typeArguments?.length === 1) return { k: 'classRef', of: this.resolveGenericType(gt.typeArguments[0]) };
    return t;
  }

  /** The path of `name` among elements of `kinds`, else Legend's `Can't find <noun> 'X'`. */
  private resolveOrFail(name: string, kinds: ReturnType<typeof kindSet>, noun: string, si: SourceInformation | undefined): string {
    const r = this.find(name, kinds, si);
    if (!r) throw new CompilationError(`Can't find ${noun} '${name}'`, si);
    return r.path;
  }

  resolveClass(name: string, si: SourceInformation | undefined): string {
    return this.resolveOrFail(name, CLASSES, 'class', si);
  }

  resolveEnumeration(name: string, si: SourceInformation | undefined): string {
    return this.resolveOrFail(name, ENUMERATIONS, 'enumeration', si);
  }

  resolveAssociation(name: string, si: SourceInformation | undefined): string {
    return this.resolveOrFail(name, ASSOCIATIONS, 'association', si);
  }

  resolveMapping(name: string, si: SourceInformation | undefined): string {
    return this.resolveOrFail(name, MAPPINGS, 'mapping', si);
  }

  resolveRuntime(name: string, si: SourceInformation | undefined): string {
    return this.resolveOrFail(name, RUNTIMES, 'runtime', si);
  }

  resolveConnection(name: string, si: SourceInformation | undefined): string {
    return this.resolveOrFail(name, CONNECTIONS, 'connection', si);
  }

  /** `The store 'X' can't be found.` */
  resolveStore(name: string, si: SourceInformation | undefined): string {
    const r = this.find(name, STORES, si);
    if (!r) throw new CompilationError(`The store '${name}' can't be found.`, si);
    return r.path;
  }

  /** `Can't find database 'X'` (relational references). */
  resolveDatabase(name: string, si: SourceInformation | undefined): string {
    const r = this.find(name, STORES, si);
    if (!r || (r.record && r.record.element._type !== 'relational')) throw new CompilationError(`Can't find database '${name}'`, si);
    return r.path;
  }

  /** `Can't find the packageable element 'X'`. */
  resolveElement(name: string, si: SourceInformation | undefined): Resolved {
    const r = this.find(name, ANY_ELEMENT, si);
    if (!r) throw new CompilationError(`Can't find the packageable element '${name}'`, si);
    return r;
  }

  /** Same as {@link resolveElement} but null when absent. */
  findElement(name: string, si: SourceInformation | undefined): Resolved | null {
    return this.find(name, ANY_ELEMENT, si);
  }

  profile(name: string, si: SourceInformation | undefined): ProfileInfo | undefined {
    const r = this.find(name, PROFILES, si);
    if (!r) throw new CompilationError(`Can't find the profile '${name}'`, si);
    return this.comp.profiles.get(r.path) ?? systemProfile(r.path);
  }

  /** Checks a `<<Profile.stereotype>>`. */
  checkStereotype(s: StereotypePtr): void {
    const p = this.profile(s.profile, s.profileSourceInformation ?? s.sourceInformation);
    if (p && !p.stereotypes.has(s.value)) throw new CompilationError(`Can't find stereotype '${s.value}' in profile '${s.profile}'`, s.sourceInformation);
  }

  /**
   * Checks a `{Profile.tag = 'value'}`. The engine reports a missing tag at the tag itself, except on
   * properties where it reports the whole tagged value (`onProperty`).
   */
  checkTaggedValue(t: TaggedValue, onProperty = false): void {
    const p = this.profile(t.tag.profile, t.tag.profileSourceInformation ?? t.sourceInformation);
    const si = onProperty ? (t.sourceInformation ?? t.tag.sourceInformation) : (t.tag.sourceInformation ?? t.sourceInformation);
    if (p && !p.tags.has(t.tag.value)) throw new CompilationError(`Can't find tag '${t.tag.value}' in profile '${t.tag.profile}'`, si);
  }

  checkAnnotations(el: { stereotypes?: StereotypePtr[]; taggedValues?: TaggedValue[] }, onProperty = false): void {
    for (const s of el.stereotypes ?? []) this.checkStereotype(s);
    for (const t of el.taggedValues ?? []) this.checkTaggedValue(t, onProperty);
  }

  notSupported(what: string, si: SourceInformation | undefined): void {
    this.comp.warn(notSupportedMessage(what), si, this.comp.current, true);
  }
}

function systemProfile(path: string): ProfileInfo | undefined {
  const p = SYSTEM_PROFILES[path];
  return p ? { stereotypes: new Set(p.stereotypes), tags: new Set(p.tags) } : undefined;
}

export function typeOfResolved(r: Resolved): PType {
  switch (r.kind) {
    case 'primitive':
      return { k: 'prim', path: r.path };
    case 'class':
      return { k: 'class', path: r.path };
    case 'enumeration':
      return { k: 'enum', path: r.path };
    default:
      // measures, units and unknown system types are outside the embedded type model
      return UNKNOWN;
  }
}

export function typedOf(scope: Scope, gt: GenericType | undefined, m: { lowerBound: number; upperBound?: number } | undefined): Typed {
  return { t: scope.resolveGenericType(gt), m: toMult(m) };
}
