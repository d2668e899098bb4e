/**
 * Relational class mappings (`~filter`, `~distinct`, `~groupBy`, `~primaryKey`, `~mainTable`, property mappings
 * with columns, joins, embedded / Otherwise / Inline mappings, `scope(...)` blocks) and relational association
 * mappings inside `###Mapping`.
 */
import type { AssociationMapping, ClassMapping, LocalMappingPropertyInfo, PropertyPointer } from '../protocol/mapping.js';
import type {
  EmbeddedRelationalPropertyMapping,
  InlineEmbeddedPropertyMapping,
  OtherwiseEmbeddedRelationalPropertyMapping,
  RelationalAssociationMapping,
  RelationalClassMappingBody,
  RelationalOperationElement,
  RelationalPropertyMapping,
  RootRelationalClassMapping,
} from '../protocol/relational.js';
import type { MappingElementHeader, MappingParser } from './mappingParser.js';
import { T } from './tokens.js';
import { databasePointer, isRelationalIdentifier, relationalIdentifier, RelationalOperations, type ScopeInfo } from './relationalParser.js';

type AnyRelationalPropertyMapping = RelationalClassMappingBody['propertyMappings'][number];

export function parseRelationalClassMapping(p: MappingParser, h: MappingElementHeader): ClassMapping {
  const ops = new RelationalOperations(p);
  const cm: RootRelationalClassMapping = {
    _type: 'relational',
    class: h.path,
    root: h.root,
    distinct: false,
    groupBy: [],
    primaryKey: [],
    propertyMappings: [],
  };
  if (h.id !== undefined) cm.id = h.id;
  if (h.extendsId !== undefined) cm.extendsClassMappingId = h.extendsId;
  const csi = p.si(h.pathStart, h.pathEnd);
  if (csi) cm.classSourceInformation = csi;
  let database: string | undefined;
  const isCommand = (word: string): boolean => p.k() === T.TILDE && p.isWord(word, 1);
  if (isCommand('filter')) {
    const start = p.pos;
    p.pos += 2;
    cm.filter = ops.filterMapping(start, false);
    database = cm.filter.filter.db;
  }
  if (isCommand('distinct')) {
    p.pos += 2;
    cm.distinct = true;
  }
  if (isCommand('groupBy')) {
    p.pos += 2;
    cm.groupBy = operationList(p, ops, { database });
  }
  if (isCommand('primaryKey')) {
    p.pos += 2;
    cm.primaryKey = operationList(p, ops, { database });
  }
  if (isCommand('mainTable')) {
    p.pos += 2;
    const db = databasePointer(p);
    const scopeStart = p.pos;
    const scope = mappingScopeInfo(p, db);
    cm.mainTable = ops.tablePtr(scope, p.siAlways(scopeStart, p.last));
  }
  if (p.k() !== T.BRACE_CLOSE) {
    do cm.propertyMappings.push(...propertyMapping(p, ops, h.id, h.path));
    while (p.accept(T.COMMA));
  }
  p.expect(T.BRACE_CLOSE);
  return p.withSi(cm, p.si(h.start, p.last)) as unknown as ClassMapping;
}

export function parseRelationalAssociationMapping(p: MappingParser, h: MappingElementHeader): AssociationMapping {
  const ops = new RelationalOperations(p);
  p.expectWord('AssociationMapping');
  p.expect(T.PAREN_OPEN);
  const am: RelationalAssociationMapping = {
    _type: 'relational',
    association: p.withSi({ type: 'ASSOCIATION' as const, path: h.path }, p.si(h.pathStart, h.pathEnd)),
    stores: [],
    propertyMappings: [],
  };
  if (h.id !== undefined) am.id = h.id;
  do am.propertyMappings.push(...(propertyMapping(p, ops, undefined, undefined) as RelationalPropertyMapping[]));
  while (p.accept(T.COMMA));
  p.expect(T.PAREN_CLOSE);
  p.expect(T.BRACE_CLOSE);
  // the engine records the store of the first join as the association mapping's store
  const first = am.propertyMappings.find((pm) => pm._type === 'relationalPropertyMapping');
  if (first && first.relationalOperation._type === 'elemtWithJoins') {
    const db = first.relationalOperation.joins.find((j) => j.db)?.db;
    if (db) am.stores = [db];
  }
  return p.withSi(am, p.si(h.start, p.last)) as unknown as AssociationMapping;
}

function operationList(p: MappingParser, ops: RelationalOperations, scope: ScopeInfo): RelationalOperationElement[] {
  p.expect(T.PAREN_OPEN);
  const list: RelationalOperationElement[] = [];
  if (p.k() !== T.PAREN_CLOSE) {
    do list.push(ops.operation(scope));
    while (p.accept(T.COMMA));
  }
  p.expect(T.PAREN_CLOSE);
  return list;
}

/** `schema`, `schema.table` or `schema.table.column` after `~mainTable [db]` or in `scope([db] ...)`. */
function mappingScopeInfo(p: MappingParser, database: string): ScopeInfo {
  const first = relationalIdentifier(p);
  const scope: ScopeInfo = { database, schemaTok: first };
  if (p.k() === T.DOT && isRelationalIdentifier(p, 1)) {
    p.pos++;
    scope.aliasTok = relationalIdentifier(p);
    if (p.k() === T.DOT && isRelationalIdentifier(p, 1)) {
      p.pos++;
      scope.columnTok = relationalIdentifier(p);
    }
  }
  return scope;
}

function propertyMapping(
  p: MappingParser,
  ops: RelationalOperations,
  classMappingId: string | undefined,
  cls: string | undefined,
): AnyRelationalPropertyMapping[] {
  if (p.isWord('scope') && p.k(1) === T.PAREN_OPEN) {
    p.pos += 2;
    const database = databasePointer(p);
    let scope: ScopeInfo = { database };
    if (p.k() !== T.PAREN_CLOSE) scope = { ...mappingScopeInfo(p, database), database };
    p.expect(T.PAREN_CLOSE);
    p.expect(T.PAREN_OPEN);
    const result: AnyRelationalPropertyMapping[] = [];
    do result.push(singlePropertyMapping(p, ops, scope, classMappingId, cls));
    while (p.accept(T.COMMA));
    p.expect(T.PAREN_CLOSE);
    return result;
  }
  return [singlePropertyMapping(p, ops, {}, classMappingId, cls)];
}

function singlePropertyMapping(
  p: MappingParser,
  ops: RelationalOperations,
  scope: ScopeInfo,
  classMappingId: string | undefined,
  cls: string | undefined,
): AnyRelationalPropertyMapping {
  if (p.k() === T.PLUS) {
    p.pos++;
    const nameTok = p.pos;
    const property = p.identifier();
    const localStart = p.pos;
    p.expect(T.COLON);
    const typeStart = p.pos;
    const type = p.qualifiedName();
    void typeStart;
    p.expect(T.BRACKET_OPEN);
    let lower = 0;
    let upper: number | undefined;
    const bound = (): number | undefined => {
      if (p.accept(T.STAR)) return undefined;
      return Number.parseInt(p.text(p.expect(T.INTEGER)), 10);
    };
    const a = bound();
    if (p.accept(T.DOT_DOT)) {
      lower = a ?? 0;
      upper = bound();
    } else {
      lower = a ?? 0;
      upper = a;
    }
    p.expect(T.BRACKET_CLOSE);
    const local: LocalMappingPropertyInfo = p.withSi(
      { type, multiplicity: upper === undefined ? { lowerBound: lower } : { lowerBound: lower, upperBound: upper } },
      p.si(localStart, p.last),
    );
    const pointer: PropertyPointer = p.withSi({ property }, p.si(nameTok, nameTok));
    return relationalPropertyMappingTail(p, ops, pointer, local, scope, classMappingId, undefined);
  }
  const nameTok = p.pos;
  const property = p.identifier();
  const pointer = p.withSi(cls !== undefined ? { class: cls, property } : { property }, p.si(nameTok, nameTok));
  let sourceId: string | undefined;
  let targetId: string | undefined;
  if (p.accept(T.BRACKET_OPEN)) {
    const first = p.text(p.next());
    if (p.accept(T.COMMA)) {
      sourceId = first;
      targetId = p.text(p.next());
    } else targetId = first;
    p.expect(T.BRACKET_CLOSE);
  }
  if (p.k() === T.COLON) return relationalPropertyMappingTail(p, ops, pointer, undefined, scope, sourceId ?? classMappingId, targetId);
  if (p.k() === T.PAREN_OPEN && p.k(1) === T.PAREN_CLOSE && p.isWord('Inline', 2)) {
    const start = p.pos;
    p.pos += 3;
    p.expect(T.BRACKET_OPEN);
    const setImplementationId = p.identifier();
    p.expect(T.BRACKET_CLOSE);
    const inline: InlineEmbeddedPropertyMapping = { _type: 'inlineEmbeddedPropertyMapping', property: pointer, id: targetId!, setImplementationId };
    if (targetId !== undefined) inline.target = targetId;
    else delete (inline as Partial<InlineEmbeddedPropertyMapping>).id;
    return p.withSi(inline, p.si(start, p.last));
  }
  return embeddedPropertyMapping(p, ops, pointer, scope, classMappingId, targetId);
}

function relationalPropertyMappingTail(
  p: MappingParser,
  ops: RelationalOperations,
  property: PropertyPointer,
  local: LocalMappingPropertyInfo | undefined,
  scope: ScopeInfo,
  source: string | undefined,
  target: string | undefined,
): RelationalPropertyMapping {
  const start = p.expect(T.COLON);
  const pm: RelationalPropertyMapping = { _type: 'relationalPropertyMapping', property, relationalOperation: undefined as never };
  if (p.isWord('EnumerationMapping') && p.isIdentifier(1) && p.k(2) === T.COLON) {
    p.pos++;
    pm.enumMappingId = p.identifier();
    p.expect(T.COLON);
  } else if (p.isWord('Binding') && p.isIdentifier(1)) {
    p.pos++;
    const bStart = p.pos;
    const binding = p.qualifiedName();
    pm.bindingTransformer = p.withSi({ binding }, p.si(bStart, p.last));
    p.expect(T.COLON);
  }
  pm.relationalOperation = ops.operation(scope);
  if (local) pm.localMappingProperty = local;
  if (source !== undefined) pm.source = source;
  if (target !== undefined) pm.target = target;
  return p.withSi(pm, p.si(start, p.last));
}

function embeddedPropertyMapping(
  p: MappingParser,
  ops: RelationalOperations,
  property: PropertyPointer,
  scope: ScopeInfo,
  classMappingId: string | undefined,
  targetId: string | undefined,
): AnyRelationalPropertyMapping {
  const start = p.expect(T.PAREN_OPEN);
  const classMapping: RelationalClassMappingBody = { _type: 'embedded' as 'relational', root: false, primaryKey: [], propertyMappings: [] };
  if (targetId !== undefined) (classMapping as { id?: string }).id = targetId;
  if (p.k() !== T.PAREN_CLOSE) {
    if (p.k() === T.TILDE && p.isWord('primaryKey', 1)) {
      p.pos += 2;
      classMapping.primaryKey = operationList(p, ops, {});
    }
    do classMapping.propertyMappings.push(singlePropertyMapping(p, ops, scope, classMappingId, undefined));
    while (p.accept(T.COMMA));
  }
  p.expect(T.PAREN_CLOSE);
  const bodySi = p.si(start, p.last);
  p.withSi(classMapping, bodySi);
  if (p.isWord('Otherwise') && p.k(1) === T.PAREN_OPEN) {
    const oStart = p.pos;
    p.pos += 2;
    const inner = p.pos;
    p.expect(T.BRACKET_OPEN);
    const otherwiseTarget = p.identifier();
    p.expect(T.BRACKET_CLOSE);
    p.expect(T.COLON);
    const db = p.k() === T.BRACKET_OPEN ? databasePointer(p) : undefined;
    const joins = ops.joinSequence(db, scope);
    const innerSi = p.si(inner, p.last);
    p.expect(T.PAREN_CLOSE);
    const otherwisePropertyMapping: RelationalPropertyMapping = p.withSi(
      {
        _type: 'relationalPropertyMapping' as const,
        property,
        target: otherwiseTarget,
        relationalOperation: p.withSi({ _type: 'elemtWithJoins' as const, joins }, innerSi),
      },
      innerSi,
    );
    const o: OtherwiseEmbeddedRelationalPropertyMapping = {
      _type: 'otherwiseEmbeddedPropertyMapping',
      property,
      id: targetId!,
      classMapping,
      otherwisePropertyMapping,
    };
    if (targetId === undefined) delete (o as Partial<OtherwiseEmbeddedRelationalPropertyMapping>).id;
    else o.target = targetId;
    return p.withSi(o, p.si(oStart, p.last));
  }
  const e: EmbeddedRelationalPropertyMapping = { _type: 'embeddedPropertyMapping', property, id: targetId!, classMapping };
  if (targetId === undefined) delete (e as Partial<EmbeddedRelationalPropertyMapping>).id;
  else e.target = targetId;
  return p.withSi(e, bodySi);
}
