/**
 * Compilation of `###Mapping` (includes, enumeration mappings, Pure model-to-model and relational class
 * mappings, operations) and of `###Relational` databases, with the engine's checks and messages.
 */
import type {
  ClassMapping,
  Database,
  EnumerationMapping,
  Mapping,
  PropertyMapping,
  PurePropertyMapping,
  RelationalOperationElement,
  SourceInformation,
  TablePtr,
} from '../protocol/index.js';
import { Compilation, Scope } from './context.js';
import { findCycle } from './cycles.js';
import { CompilationError } from './diagnostics.js';
import { Inferrer, Vars, findProperty, hasOpaqueAncestor } from './infer.js';
import type { ElementRecord } from './resolver.js';
import { ANY } from './system.js';
import { ONE, UNKNOWN, ZERO_MANY, classAncestors, isSubtype, printMult, printType, simpleName, subsumes, toMult, type Mult, type PType, type Typed } from './types.js';

interface SetImplementation {
  id: string;
  classPath: string;
  /** Source type of a Pure class mapping (`~src`). */
  srcType?: PType;
  /** Set ids an operation class mapping combines. */
  operationParameters?: string[];
  mapping: string;
}

export interface MappingInfo {
  path: string;
  includes: string[];
  sets: Map<string, SetImplementation>;
  enumerationMappings: Map<string, EnumerationMapping>;
  record: ElementRecord;
}

export interface DatabaseInfo {
  path: string;
  name: string;
  includes: string[];
  /** schema → table/view → columns */
  schemas: Map<string, Map<string, Set<string>>>;
  joins: Set<string>;
  filters: Set<string>;
}

export class MappingRegistry {
  readonly mappings = new Map<string, MappingInfo>();
  readonly databases = new Map<string, DatabaseInfo>();

  /** A class mapping by id, in the mapping or (recursively) its includes. */
  findSet(mappingPath: string, id: string): SetImplementation | undefined {
    return this.findThroughIncludes(mappingPath, (m) => m.sets.get(id), new Set());
  }

  findEnumerationMapping(mappingPath: string, id: string): EnumerationMapping | undefined {
    return this.findThroughIncludes(mappingPath, (m) => m.enumerationMappings.get(id), new Set());
  }

  /** The first hit of `own` in the mapping, then depth-first in its includes (each mapping visited once). */
  private findThroughIncludes<X>(mappingPath: string, own: (m: MappingInfo) => X | undefined, seen: Set<string>): X | undefined {
    if (seen.has(mappingPath)) return undefined;
    seen.add(mappingPath);
    const m = this.mappings.get(mappingPath);
    if (!m) return undefined;
    const found = own(m);
    if (found) return found;
    for (const inc of m.includes) {
      const deeper = this.findThroughIncludes(inc, own, seen);
      if (deeper) return deeper;
    }
    return undefined;
  }

  /** All databases reachable from one through includes, itself first. */
  databaseClosure(path: string): DatabaseInfo[] {
    const out: DatabaseInfo[] = [];
    const visit = (p: string): void => {
      const db = this.databases.get(p);
      if (!db || out.includes(db)) return;
      out.push(db);
      db.includes.forEach(visit);
    };
    visit(path);
    return out;
  }
}

const defaultSetId = (classPath: string): string => classPath.replace(/::/g, '_');

// ----------------------------------------------------------------------------------------------- databases

export function registerDatabase(reg: MappingRegistry, rec: ElementRecord, db: Database): void {
  const schemas = new Map<string, Map<string, Set<string>>>();
  for (const s of db.schemas ?? []) {
    const tables = schemas.get(s.name) ?? new Map<string, Set<string>>();
    for (const t of s.tables ?? []) tables.set(t.name, new Set((t.columns ?? []).map((c) => c.name)));
    for (const v of s.views ?? []) tables.set(v.name, new Set((v.columnMappings ?? []).map((c) => c.name)));
    schemas.set(s.name, tables);
  }
  reg.databases.set(rec.path, {
    path: rec.path,
    name: db.name,
    includes: [],
    schemas,
    joins: new Set((db.joins ?? []).map((j) => j.name)),
    filters: new Set((db.filters ?? []).map((f) => f.name)),
  });
}

export function secondPassDatabase(scope: Scope, reg: MappingRegistry, rec: ElementRecord, db: Database): void {
  const info = reg.databases.get(rec.path);
  if (!info) return;
  scope.checkAnnotations(db);
  for (const inc of db.includedStores ?? []) info.includes.push(scope.resolveDatabase(inc.path, inc.sourceInformation));
}

// ----------------------------------------------------------------------------------------------- mappings

export function registerMapping(reg: MappingRegistry, rec: ElementRecord, m: Mapping): void {
  reg.mappings.set(rec.path, { path: rec.path, includes: [], sets: new Map(), enumerationMappings: new Map(), record: rec });
}

/** Includes and enumeration mappings (the engine's mapping second pass). */
export function secondPassMapping(scope: Scope, reg: MappingRegistry, rec: ElementRecord, m: Mapping): void {
  const info = reg.mappings.get(rec.path)!;
  for (const em of m.enumerationMappings ?? []) {
    const enumPath = scope.resolveEnumeration(em.enumeration.path, em.enumeration.sourceInformation ?? em.sourceInformation);
    const values = scope.comp.enums.get(enumPath);
    for (const vm of em.enumValueMappings ?? []) {
      if (values && !values.has(vm.enumValue)) throw new CompilationError(`Can't find enum value '${vm.enumValue}' in enumeration '${em.enumeration.path}'`, em.sourceInformation);
      for (const sv of vm.sourceValues ?? []) {
        if (sv._type === 'enumSourceValue') {
          const sourceEnum = scope.resolveEnumeration(sv.enumeration, em.sourceInformation);
          const sourceValues = scope.comp.enums.get(sourceEnum);
          if (sourceValues && !sourceValues.has(sv.value)) throw new CompilationError(`Can't find enum value '${sv.value}' in enumeration '${sv.enumeration}'`, em.sourceInformation);
        }
      }
    }
    info.enumerationMappings.set(em.id ?? defaultSetId(enumPath), em);
  }
  const seen = new Set<string>();
  for (const inc of m.includedMappings ?? []) {
    const included = scope.resolveMapping(inc.includedMapping, inc.sourceInformation);
    if (seen.has(included)) throw new CompilationError(`Duplicated mapping include '${included}' in mapping '${rec.path}'`, m.sourceInformation);
    seen.add(included);
    info.includes.push(included);
  }
}

/** Class mapping targets, sources and ids; the root rule (the engine's class-mapping first pass). */
export function registerClassMappings(scope: Scope, reg: MappingRegistry, rec: ElementRecord, m: Mapping): void {
  const info = reg.mappings.get(rec.path)!;
  const byClass = new Map<string, { count: number; roots: number }>();
  for (const cm of m.classMappings ?? []) {
    const classPath = scope.resolveClass(cm.class, cm.sourceInformation ?? cm.classSourceInformation);
    const id = cm.id ?? defaultSetId(classPath);
    const set: SetImplementation = { id, classPath, mapping: rec.path };
    if (cm._type === 'pureInstance' && cm.srcClass) set.srcType = scope.resolveType(cm.srcClass, cm.sourceClassSourceInformation ?? cm.sourceInformation);
    if (cm._type === 'operation' || cm._type === 'mergeOperation') set.operationParameters = [...(cm.parameters ?? [])];
    if (cm._type === 'relational' && cm.mainTable) checkTable(scope, reg, cm.mainTable, cm.mainTable.sourceInformation ?? cm.sourceInformation);
    info.sets.set(id, set);
    const c = byClass.get(classPath) ?? { count: 0, roots: 0 };
    c.count++;
    if (cm.root) c.roots++;
    byClass.set(classPath, c);
  }
  for (const [classPath, c] of byClass) {
    if (c.count > 1 && c.roots !== 1) {
      throw new CompilationError(
        `Class '${classPath}' is mapped by ${c.count} set implementations and has ${c.roots} roots. There should be exactly one root set implementation for the class, and it should be marked with a '*'`,
        m.sourceInformation,
      );
    }
  }
}

/** Property mappings (the engine's class-mapping second and third passes). */
export function thirdPassMapping(scope: Scope, reg: MappingRegistry, rec: ElementRecord, m: Mapping): void {
  for (const cm of m.classMappings ?? []) {
    const set = reg.mappings.get(rec.path)?.sets.get(cm.id ?? defaultSetId(scope.resolveClass(cm.class, cm.sourceInformation)));
    if (!set) continue;
    if (set.operationParameters) {
      for (const p of set.operationParameters) {
        if (!reg.findSet(rec.path, p)) throw new CompilationError(`Can't find class mapping '${p}' in mapping '${rec.path}'`, cm.sourceInformation);
      }
      continue;
    }
    if (cm.extendsClassMappingId && !reg.findSet(rec.path, cm.extendsClassMappingId)) {
      throw new CompilationError(`Can't find extends class mapping '${cm.extendsClassMappingId}' in mapping '${rec.path}'`, cm.sourceInformation);
    }
    if (cm._type === 'pureInstance') {
      if (cm.filter) {
        const vars = new Vars();
        vars.set('src', { t: set.srcType ?? UNKNOWN, m: ONE });
        new Inferrer(scope, ['Create PureInstanceClassMapping Filter']).inferLambda(cm.filter, vars, []);
      }
      for (const pm of cm.propertyMappings ?? []) {
        if (pm._type === 'purePropertyMapping') checkPurePropertyMapping(scope, reg, rec.path, set, pm);
      }
    } else if (cm._type === 'relational') {
      checkRelationalPropertyMappings(scope, reg, set.classPath, cm.propertyMappings ?? [], cm.mainTable);
    }
  }
}

function mappedProperty(scope: Scope, classPath: string, pm: PropertyMapping): Typed | undefined {
  if (pm.localMappingProperty) {
    return { t: scope.resolveType(pm.localMappingProperty.type, pm.localMappingProperty.sourceInformation ?? pm.sourceInformation), m: toMult(pm.localMappingProperty.multiplicity) };
  }
  let owner = classPath;
  if (pm.property.class) {
    const r = scope.findElement(pm.property.class, pm.property.sourceInformation);
    if (r && r.kind === 'class') owner = r.path;
    else if (!r) throw new CompilationError(`Can't find property owner '${pm.property.class}'`, pm.property.sourceInformation ?? pm.sourceInformation);
    else return undefined;
  }
  if (!scope.comp.classes.has(owner)) return undefined;
  const found = findProperty(scope.comp, owner, pm.property.property, 0);
  if (!found && hasOpaqueAncestor(scope.comp, owner)) return undefined;
  if (!found) {
    const order = classAncestors(scope.comp, owner).map((p) => (p === ANY ? 'Any' : simpleName(p)));
    throw new CompilationError(`Can't find property '${pm.property.property}' in [${order.join(', ')}]`, pm.property.sourceInformation ?? pm.sourceInformation);
  }
  return { t: found.type, m: found.mult };
}

function checkPurePropertyMapping(scope: Scope, reg: MappingRegistry, mappingPath: string, set: SetImplementation, pm: PurePropertyMapping): void {
  const prop = mappedProperty(scope, set.classPath, pm);
  const vars = new Vars();
  vars.set('src', { t: set.srcType ?? UNKNOWN, m: ONE });
  const body = pm.transform?.body ?? [];
  const last = new Inferrer(scope, ['Pure M2M Transform Lambda']).inferBody(body, vars);
  let enumMapping: EnumerationMapping | undefined;
  if (pm.enumMappingId) {
    enumMapping = reg.findEnumerationMapping(mappingPath, pm.enumMappingId);
    if (!enumMapping) throw new CompilationError(`Can't find enumeration mapping '${pm.enumMappingId}'`, pm.sourceInformation);
  }
  if (!prop || prop.t.k === 'unknown' || body.length === 0) return;
  const lastSi = body[body.length - 1]?.sourceInformation ?? pm.sourceInformation;
  const stub = `Error in class mapping '${mappingPath}' for property '${pm.property.property}'`;
  let typesToCheck: PType[] = [];
  if (prop.t.k === 'class') {
    const target = pm.target ?? defaultSetId(prop.t.path);
    const targetSet = reg.findSet(mappingPath, target);
    if (!targetSet) {
      const passThrough = defaultSetId(prop.t.path) === target && last.t.k !== 'unknown' && isSubtype(scope.comp, last.t, prop.t);
      if (!passThrough && last.t.k !== 'unknown') throw new CompilationError(`Can't find class mapping '${target}'`, pm.sourceInformation);
    } else {
      typesToCheck = sourceTypes(reg, mappingPath, targetSet);
    }
  } else if (enumMapping) {
    const first = enumMapping.enumValueMappings?.[0]?.sourceValues?.[0];
    if (first?._type === 'stringSourceValue') typesToCheck = [{ k: 'prim', path: 'String' }];
    else if (first?._type === 'integerSourceValue') typesToCheck = [{ k: 'prim', path: 'Integer' }];
    else if (first?._type === 'enumSourceValue') typesToCheck = [{ k: 'enum', path: scope.resolveEnumeration(first.enumeration, pm.sourceInformation) }];
  } else {
    typesToCheck = [prop.t];
  }
  if (last.t.k === 'unknown') return;
  for (const t of typesToCheck) {
    if (t.k === 'unknown') continue;
    if (!isSubtype(scope.comp, last.t, t) && !isSubtype(scope.comp, t, last.t)) {
      throw new CompilationError(`${stub} - Type error: '${printType(last.t, true)}' is not in the class hierarchy of '${printType(t, true)}'`, lastSi);
    }
  }
  const expected: Mult = pm.explodeProperty ? ZERO_MANY : prop.m;
  if (!subsumes(expected, last.m)) throw new CompilationError(`${stub} - Multiplicity error: ${printMult(expected)} doesn't subsume ${printMult(last.m)}`, lastSi);
}

/** Source types behind a set implementation (operations resolve to their parameters' sources). */
function sourceTypes(reg: MappingRegistry, mappingPath: string, set: SetImplementation, seen = new Set<string>()): PType[] {
  if (seen.has(set.id)) return [];
  seen.add(set.id);
  if (set.operationParameters) {
    return set.operationParameters.flatMap((p) => {
      const s = reg.findSet(mappingPath, p);
      return s ? sourceTypes(reg, mappingPath, s, seen) : [];
    });
  }
  return set.srcType ? [set.srcType] : [];
}

// ----------------------------------------------------------------------------------------------- relational

function checkTable(scope: Scope, reg: MappingRegistry, t: TablePtr, si: SourceInformation | undefined): { db: string; columns: Set<string> } | undefined {
  const dbPath = t.database || t.mainTableDb;
  if (!dbPath) return undefined;
  const db = scope.resolveDatabase(dbPath, t.sourceInformation ?? si);
  const info = reg.databases.get(db);
  if (!info) return undefined;
  const schemaName = t.schema || 'default';
  const closure = reg.databaseClosure(db);
  if (!closure.some((d) => d.schemas.has(schemaName))) throw new CompilationError(`Can't find schema '${schemaName}' in database '${info.name}'`, t.sourceInformation ?? si);
  for (const d of closure) {
    const cols = d.schemas.get(schemaName)?.get(t.table);
    if (cols) return { db, columns: cols };
  }
  throw new CompilationError(`Can't find table '${t.table}' in schema '${schemaName}' and database '${info.name}'`, t.sourceInformation ?? si);
}

function checkOperation(scope: Scope, reg: MappingRegistry, op: RelationalOperationElement | undefined, mainTable: TablePtr | undefined, inJoin: boolean): void {
  if (!op) return;
  switch (op._type) {
    case 'column': {
      if (inJoin || op.tableAlias === '{target}') return;
      const table = op.table?.table ? op.table : mainTable;
      if (!table) return;
      const ptr = { ...table, database: op.table?.database || table.database || mainTable?.database || '', mainTableDb: mainTable?.database ?? '' };
      const found = checkTable(scope, reg, ptr, op.sourceInformation);
      if (found && !found.columns.has(op.column)) throw new CompilationError(`Can't find column '${op.column}'`, op.sourceInformation);
      return;
    }
    case 'dynaFunc':
      for (const p of op.parameters ?? []) checkOperation(scope, reg, p, mainTable, inJoin);
      return;
    case 'elemtWithJoins': {
      for (const j of op.joins ?? []) {
        const dbPath = j.db || mainTable?.database;
        if (!dbPath) continue;
        const db = scope.resolveDatabase(dbPath, j.sourceInformation ?? op.sourceInformation);
        const closure = reg.databaseClosure(db);
        if (closure.length && !closure.some((d) => d.joins.has(j.name))) {
          throw new CompilationError(`Can't find join '${j.name}' in database '${reg.databases.get(db)?.name ?? simpleName(db)}'`, j.sourceInformation ?? op.sourceInformation);
        }
      }
      checkOperation(scope, reg, op.relationalElement, mainTable, true);
      return;
    }
    default:
      return;
  }
}

function checkRelationalPropertyMappings(scope: Scope, reg: MappingRegistry, classPath: string, pms: readonly PropertyMapping[], mainTable: TablePtr | undefined): void {
  for (const pm of pms) {
    const prop = mappedProperty(scope, classPath, pm);
    if (pm._type === 'relationalPropertyMapping') checkOperation(scope, reg, pm.relationalOperation, mainTable, false);
    else if (pm._type === 'embeddedPropertyMapping' || pm._type === 'otherwiseEmbeddedPropertyMapping') {
      if (prop && prop.t.k === 'class') checkRelationalPropertyMappings(scope, reg, prop.t.path, pm.classMapping?.propertyMappings ?? [], mainTable);
      if (pm._type === 'otherwiseEmbeddedPropertyMapping') checkOperation(scope, reg, pm.otherwisePropertyMapping?.relationalOperation, mainTable, false);
    }
  }
}

// ----------------------------------------------------------------------------------------------- validators

/** `Cycle detected in mapping include hierarchy: a -> b -> a`. */
export function findIncludeCycle(reg: MappingRegistry, start: string, done: Set<string> = new Set()): string[] | undefined {
  return findCycle(start, (p) => reg.mappings.get(p)?.includes, done);
}

/** Source values of one enumeration mapping must all be strings, integers or enum values. */
export function validateEnumerationMappings(comp: Compilation, rec: ElementRecord, m: Mapping): void {
  for (const em of m.enumerationMappings ?? []) {
    const kinds = new Set<string>();
    for (const vm of em.enumValueMappings ?? []) for (const sv of vm.sourceValues ?? []) kinds.add(sv._type);
    if (kinds.size > 1) {
      comp.error('Only one type of source value (integer, string or an enum) is allowed for enumeration mapping', em.sourceInformation ?? m.sourceInformation, rec);
      return;
    }
  }
}

export type { ClassMapping, Typed };
