/**
 * `###Relational` sections (Database: includes, schemas, tables with typed columns, PRIMARY KEY / NOT NULL,
 * milestoning, views, joins, filters) and the relational operation language shared with relational mappings
 * (columns, joins `@J1 > (INNER) @J2 | t.col`, functions, comparisons, `and`/`or`, `is null`).
 */
import type { PackageableElement } from '../protocol/context.js';
import type { PackageableElementPointer } from '../protocol/domain.js';
import type {
  ColumnMapping,
  Database,
  DynaFunc,
  ElementWithJoins,
  Filter,
  FilterMapping,
  Join,
  JoinPointer,
  Literal,
  Milestoning,
  RelationalColumn,
  RelationalDataType,
  RelationalOperationElement,
  Schema,
  Table,
  TablePtr,
  View,
} from '../protocol/relational.js';
import type { SourceInformation } from '../protocol/sourceInformation.js';
import type { CDateTime, CStrictDate } from '../protocol/valueSpecification.js';
import { DomainParser, type SectionResult } from './domainParser.js';
import { splitPath, type ParserBase } from './parserBase.js';
import { T } from './tokens.js';
import { fromGrammarString } from './strings.js';

/** What a relational operation knows of its surroundings: database, and the schema/table a bare column belongs to. */
export interface ScopeInfo {
  database?: string | undefined;
  schemaTok?: number | undefined;
  aliasTok?: number | undefined;
  columnTok?: number | undefined;
}

const JOIN_TYPES = new Set(['INNER', 'OUTER']);

const SIZED_TYPES: Record<string, RelationalDataType['_type']> = { CHAR: 'Char', VARCHAR: 'Varchar', BINARY: 'Binary', VARBINARY: 'Varbinary' };
const PRECISION_TYPES: Record<string, RelationalDataType['_type']> = { NUMERIC: 'Numeric', DECIMAL: 'Decimal' };
const PLAIN_TYPES: Record<string, RelationalDataType['_type']> = {
  BIT: 'Bit',
  INT: 'Integer',
  INTEGER: 'Integer',
  BIGINT: 'BigInt',
  SMALLINT: 'SmallInt',
  TINYINT: 'TinyInt',
  TIMESTAMP: 'Timestamp',
  DATE: 'Date',
  FLOAT: 'Float',
  DOUBLE: 'Double',
  REAL: 'Real',
  ARRAY: 'Other',
  OTHER: 'Other',
  SEMISTRUCTURED: 'SemiStructured',
  JSON: 'Json',
};

// ----------------------------------------------------------------------------------------------- operations

/** `relationalIdentifier`: an unquoted identifier or a "quoted" one (kept with its quotes, as the engine does). */
export function isRelationalIdentifier(p: ParserBase, ahead = 0): boolean {
  const k = p.k(ahead);
  return k === T.IDENT || k === T.DQ_STRING;
}

export function relationalIdentifier(p: ParserBase): number {
  if (!isRelationalIdentifier(p)) p.unexpected([T.IDENT]);
  return p.next();
}

/** `[my::Db]` → the database path. */
export function databasePointer(p: ParserBase): string {
  p.expect(T.BRACKET_OPEN);
  const path = p.qualifiedName();
  p.expect(T.BRACKET_CLOSE);
  return path;
}

/** At `is null` / `is not null`. */
function selfOperator(p: ParserBase): 'isNull' | 'isNotNull' | undefined {
  if (!p.isWord('is')) return undefined;
  if (p.isWord('null', 1)) return 'isNull';
  if (p.isWord('not', 1) && p.isWord('null', 2)) return 'isNotNull';
  return undefined;
}

export class RelationalOperations {
  constructor(private readonly p: ParserBase) {}

  private si(from: number, to: number): SourceInformation | undefined {
    return this.p.si(from, to);
  }

  /** `operation: booleanOperation | joinOperation`. */
  operation(scope: ScopeInfo): RelationalOperationElement {
    return this.booleanOperation(scope);
  }

  private booleanOperation(scope: ScopeInfo): RelationalOperationElement {
    const left = this.atomicOperation(scope);
    const p = this.p;
    if (p.isWord('and') || p.isWord('or')) {
      const start = p.next();
      const op = p.text(start);
      const inverse = op === 'and' ? 'or' : 'and';
      const right = this.operation(scope);
      const f: DynaFunc = { _type: 'dynaFunc', funcName: op, parameters: [left] };
      if (right._type === 'dynaFunc' && right.funcName === op) f.parameters.push(...right.parameters);
      else if (right._type === 'dynaFunc' && right.funcName === inverse) {
        // the right operand is wrapped in a group to keep the engine's precedence (a and b or c = a and (b or c))
        f.parameters.push(p.withSi({ _type: 'dynaFunc' as const, funcName: 'group', parameters: [right] }, right.sourceInformation));
      } else f.parameters.push(right);
      return p.withSi(f, this.si(start, p.last));
    }
    return left;
  }

  /** True at the start of a join sequence: `@J`, `(INNER) @J`, `[db]@J`, `[db] (INNER) @J`. */
  private isJoinAhead(ahead = 0): boolean {
    const p = this.p;
    let i = ahead;
    if (p.k(i) === T.BRACKET_OPEN) {
      // skip a database pointer
      while (p.k(i) !== T.BRACKET_CLOSE) {
        if (p.k(i) === T.EOF) return false;
        i++;
      }
      i++;
    }
    if (p.k(i) === T.PAREN_OPEN && p.isIdentifier(i + 1) && p.k(i + 2) === T.PAREN_CLOSE && p.k(i + 3) === T.AT) return true;
    return p.k(i) === T.AT;
  }

  private atomicOperation(scope: ScopeInfo): RelationalOperationElement {
    const p = this.p;
    const start = p.pos;
    if (this.isJoinAhead()) return this.joinOperation(scope);
    let element: RelationalOperationElement | undefined;
    const k = p.k();
    if (k === T.PAREN_OPEN) {
      p.pos++;
      const inner = this.operation(scope);
      p.expect(T.PAREN_CLOSE);
      element = { _type: 'dynaFunc', funcName: 'group', parameters: [inner] };
    } else if (k === T.DOLLAR) {
      p.pos++;
      element = { _type: 'lambdaParameter', name: p.identifier() } as unknown as RelationalOperationElement;
    } else if (k === T.STRING || k === T.INTEGER || k === T.FLOAT || ((k === T.MINUS || k === T.PLUS) && (p.k(1) === T.INTEGER || p.k(1) === T.FLOAT))) {
      element = this.constant();
    } else if (k === T.BRACKET_OPEN || (p.isIdentifier() && p.k(1) === T.PAREN_OPEN) || k === T.IDENT || k === T.DQ_STRING || k === T.BRACE_OPEN) {
      let database: string | undefined;
      const save = p.pos;
      if (k === T.BRACKET_OPEN) database = databasePointer(p);
      if (p.isIdentifier() && p.k(1) === T.PAREN_OPEN && p.k() !== T.DQ_STRING) {
        element = this.functionOperation(database !== undefined ? { ...scope, database } : scope);
      } else if (this.isJoinAhead()) {
        p.pos = save;
        return this.joinOperation(scope);
      } else {
        element = this.tableAliasColumnOperation(database ?? scope.database, scope);
      }
    }
    if (!element) return p.unexpected();
    // the engine gives the element the position of the whole atomic operation (right-hand side included)
    const right = this.atomicOperationRight(element, scope);
    const si = this.si(start, p.last);
    if (si) element.sourceInformation = si;
    else delete element.sourceInformation;
    return right ?? element;
  }

  private atomicOperationRight(left: RelationalOperationElement, scope: ScopeInfo): RelationalOperationElement | undefined {
    const p = this.p;
    const start = p.pos;
    const self = selfOperator(p);
    if (self) {
      p.pos += self === 'isNull' ? 2 : 3;
      return p.withSi({ _type: 'dynaFunc' as const, funcName: self, parameters: [left] }, this.si(start, p.last));
    }
    let funcName: string | undefined;
    const k = p.k();
    if (k === T.EQUAL) funcName = 'equal';
    else if (k === T.TEST_NOT_EQUAL) funcName = 'notEqual';
    else if (k === T.LESS_THAN && p.k(1) === T.GREATER_THAN && p.ts.starts[p.pos + 1] === p.ts.ends[p.pos]) {
      funcName = 'notEqualAnsi';
      p.pos++;
    } else if (k === T.GREATER_THAN) funcName = 'greaterThan';
    else if (k === T.LESS_THAN) funcName = 'lessThan';
    else if (k === T.GREATER_OR_EQUAL) funcName = 'greaterThanEqual';
    else if (k === T.LESS_OR_EQUAL) funcName = 'lessThanEqual';
    if (!funcName) return undefined;
    p.pos++;
    const right = this.atomicOperation(scope);
    return p.withSi({ _type: 'dynaFunc' as const, funcName, parameters: [left, right] }, this.si(start, p.last));
  }

  private constant(): Literal {
    const p = this.p;
    const start = p.pos;
    let text = '';
    if (p.k() === T.MINUS || p.k() === T.PLUS) text = p.text(p.next());
    const tok = p.next();
    const kind = p.kindAt(tok);
    let value: string | number;
    if (kind === T.STRING) value = fromGrammarString(p.text(tok), true);
    else if (kind === T.INTEGER) {
      value = Number.parseInt(text + p.text(tok), 10);
      if (!Number.isSafeInteger(value) || Math.abs(value) > 2147483647) p.errorAt(`For input string: "${text + p.text(tok)}"`, start, tok);
    } else value = Number.parseFloat(text + p.text(tok));
    return p.withSi({ _type: 'literal' as const, value }, this.si(start, p.last));
  }

  private functionOperation(scope: ScopeInfo): DynaFunc {
    const p = this.p;
    const start = p.pos;
    const funcName = p.identifier();
    p.expect(T.PAREN_OPEN);
    const parameters: RelationalOperationElement[] = [];
    if (p.k() !== T.PAREN_CLOSE) {
      do parameters.push(this.functionArgument(scope));
      while (p.accept(T.COMMA));
    }
    p.expect(T.PAREN_CLOSE);
    return p.withSi({ _type: 'dynaFunc' as const, funcName, parameters }, this.si(start, p.last));
  }

  private functionArgument(scope: ScopeInfo): RelationalOperationElement {
    const p = this.p;
    const start = p.pos;
    if (p.k() === T.BRACKET_OPEN && !this.isDatabasePointerAhead()) {
      p.pos++;
      const values: Literal[] = [];
      if (p.k() !== T.BRACKET_CLOSE) {
        do values.push({ _type: 'literal', value: this.functionArgument(scope) as unknown as string });
        while (p.accept(T.COMMA));
      }
      p.expect(T.BRACKET_CLOSE);
      return p.withSi({ _type: 'literalList' as const, values }, this.si(start, p.last));
    }
    // lambdas: `x | op` and `(x, y | op)`
    if (p.isIdentifier() && p.k(1) === T.PIPE) {
      const names = [p.identifier()];
      p.pos++;
      const body = this.operation(scope);
      return p.withSi({ _type: 'relationalLambda', parameterNames: names, body } as unknown as RelationalOperationElement, this.si(start, p.last));
    }
    if (p.k() === T.PAREN_OPEN && p.isIdentifier(1) && (p.k(2) === T.COMMA || p.k(2) === T.PIPE)) {
      p.pos++;
      const names = [p.identifier()];
      while (p.accept(T.COMMA)) names.push(p.identifier());
      p.expect(T.PIPE);
      const body = this.operation(scope);
      p.expect(T.PAREN_CLOSE);
      return p.withSi({ _type: 'relationalLambda', parameterNames: names, body } as unknown as RelationalOperationElement, this.si(start, p.last));
    }
    return this.operation(scope);
  }

  /** `[a::b::Db]` followed by something a database pointer introduces (not a literal list). */
  private isDatabasePointerAhead(): boolean {
    const p = this.p;
    let i = 1;
    if (!p.isIdentifier(i)) return false;
    i++;
    while (p.k(i) === T.PATH_SEPARATOR && p.isIdentifier(i + 1)) i += 2;
    if (p.k(i) !== T.BRACKET_CLOSE) return false;
    const after = p.k(i + 1);
    return after === T.IDENT || after === T.DQ_STRING || after === T.AT || after === T.PAREN_OPEN;
  }

  /** `{target}.col` | `col` | `table.col` | `schema.table.col`. */
  tableAliasColumnOperation(database: string | undefined, scope: ScopeInfo): RelationalOperationElement {
    const p = this.p;
    if (p.k() === T.BRACE_OPEN) {
      p.expect(T.BRACE_OPEN);
      if (!p.isWord('target')) p.unexpected([], ['target']);
      const targetTok = p.next();
      p.expect(T.BRACE_CLOSE);
      p.expect(T.DOT);
      const colTok = relationalIdentifier(p);
      const si = this.si(colTok, colTok);
      const table = this.tablePtr({ database, aliasTok: targetTok, columnTok: colTok }, si, '{target}', targetTok - 1, targetTok + 1);
      return p.withSi({ _type: 'column' as const, table, tableAlias: table.table, column: p.text(colTok) }, si);
    }
    const first = relationalIdentifier(p);
    let second: number | undefined;
    let third: number | undefined;
    if (p.k() === T.DOT && isRelationalIdentifier(p, 1)) {
      p.pos++;
      second = relationalIdentifier(p);
      if (p.k() === T.DOT && isRelationalIdentifier(p, 1)) {
        p.pos++;
        third = relationalIdentifier(p);
      }
    }
    const info: ScopeInfo = { ...scope, database: database && database !== '' ? database : scope.database };
    let columnTok: number;
    if (second === undefined) {
      columnTok = first;
    } else if (third === undefined) {
      info.aliasTok = first;
      columnTok = second;
    } else {
      info.schemaTok = first;
      info.aliasTok = second;
      columnTok = third;
    }
    info.columnTok = columnTok;
    const si = this.si(columnTok, columnTok);
    const table = this.tablePtr(info, si);
    return p.withSi({ _type: 'column' as const, table, tableAlias: table.table, column: p.text(columnTok) }, si);
  }

  /** The table a column refers to, from the scope (schema and alias tokens). */
  tablePtr(info: ScopeInfo, columnSi: SourceInformation | undefined, fixedTable?: string, fixedFrom?: number, fixedTo?: number): TablePtr {
    const p = this.p;
    let schemaTok = info.schemaTok;
    let aliasTok = info.aliasTok;
    if (aliasTok === undefined) {
      if (schemaTok === undefined) {
        p.error(
          'Missing table or alias' + (info.columnTok === undefined ? '' : ` for column '${p.text(info.columnTok)}'`),
          columnSi ?? (info.columnTok !== undefined ? p.siAlways(info.columnTok, info.columnTok) : undefined),
        );
      }
      aliasTok = schemaTok;
      schemaTok = undefined;
    }
    const database = info.database ?? '';
    const ptr: TablePtr = {
      _type: 'Table',
      table: fixedTable ?? p.text(aliasTok!),
      schema: schemaTok !== undefined ? p.text(schemaTok) : 'default',
      database,
      mainTableDb: database,
    };
    if (info.database === undefined) {
      delete (ptr as Partial<TablePtr>).database;
      delete (ptr as Partial<TablePtr>).mainTableDb;
    }
    const si =
      fixedFrom !== undefined ? this.si(fixedFrom, fixedTo!) : schemaTok !== undefined ? this.si(schemaTok, aliasTok!) : this.si(aliasTok!, aliasTok!);
    return p.withSi(ptr, si);
  }

  /** `[db]? joinSequence ('|' (booleanOperation | column))?`. */
  joinOperation(scope: ScopeInfo): ElementWithJoins {
    const p = this.p;
    const start = p.pos;
    let database = scope.database;
    if (p.k() === T.BRACKET_OPEN) database = databasePointer(p);
    const joins = this.joinSequence(database, scope);
    const last = joins[joins.length - 1];
    if (last?.db) database = last.db;
    const op: ElementWithJoins = { _type: 'elemtWithJoins', joins };
    if (p.accept(T.PIPE)) {
      const s: ScopeInfo = { ...scope, database };
      // `t.col` alone is a column; anything more is a boolean operation over the joined tables
      op.relationalElement = this.booleanOperation(s);
    }
    return p.withSi(op, this.si(start, p.last));
  }

  /** `(INNER)? @J1 (> (OUTER)? [db]? @J2)*`. */
  joinSequence(database: string | undefined, scope: ScopeInfo): JoinPointer[] {
    const p = this.p;
    const joins: JoinPointer[] = [];
    let type: string | undefined;
    if (p.k() === T.PAREN_OPEN) {
      p.pos++;
      const typeTok = p.pos;
      type = p.identifier();
      p.expect(T.PAREN_CLOSE);
      if (!JOIN_TYPES.has(type)) {
        p.errorAt(`Unsupported join type '${p.text(typeTok)}'. The supported join types are: [INNER, OUTER]`, typeTok);
      }
    }
    joins.push(this.joinPointer(type, scope, database));
    while (p.k() === T.GREATER_THAN && (p.k(1) === T.AT || p.k(1) === T.PAREN_OPEN || p.k(1) === T.BRACKET_OPEN)) {
      p.pos++;
      let t: string | undefined;
      if (p.k() === T.PAREN_OPEN) {
        p.pos++;
        const typeTok = p.pos;
        t = p.identifier();
        p.expect(T.PAREN_CLOSE);
        if (!JOIN_TYPES.has(t)) p.errorAt(`Unsupported join type '${p.text(typeTok)}'`, typeTok);
      }
      const db = p.k() === T.BRACKET_OPEN ? databasePointer(p) : database;
      joins.push(this.joinPointer(t, scope, db));
    }
    return joins;
  }

  private joinPointer(joinType: string | undefined, scope: ScopeInfo, database: string | undefined): JoinPointer {
    const p = this.p;
    const start = p.expect(T.AT);
    const name = p.identifier();
    const jp: JoinPointer = { db: '', name };
    const db = database === undefined || database === '' ? (scope.database === undefined || scope.database === '' ? undefined : scope.database) : database;
    if (db === undefined) delete (jp as Partial<JoinPointer>).db;
    else jp.db = db;
    if (joinType !== undefined) jp.joinType = joinType;
    return p.withSi(jp, this.si(start, p.last));
  }

  /** `~filter [db] (joins | [db])? FilterName` (class mappings) or a view's `~filter`. */
  filterMapping(start: number, viewStyle: boolean): FilterMapping {
    const p = this.p;
    const filter: { db: string; name: string } = { db: '', name: '' };
    const fm: FilterMapping = { filter, joins: [] };
    if (p.k() === T.BRACKET_OPEN) {
      const db = databasePointer(p);
      if (this.isJoinAhead()) {
        fm.joins = this.joinSequence(db, { database: db });
        p.expect(T.PIPE);
        filter.db = databasePointer(p);
      } else filter.db = db;
    } else if (!viewStyle) {
      p.unexpected([T.BRACKET_OPEN]);
    } else {
      delete (filter as Partial<typeof filter>).db;
    }
    filter.name = p.identifier();
    return p.withSi(fm, this.si(start, p.last));
  }
}

// ----------------------------------------------------------------------------------------------- database

export class RelationalParser extends DomainParser {
  override parseSection(): SectionResult {
    const elements: PackageableElement[] = [];
    while (!this.atEnd()) elements.push(this.database());
    return { elements, imports: [] };
  }

  private database(): Database {
    const start = this.pos;
    const doc = this.k() === T.STRING ? this.next() : undefined;
    this.expectWord('Database');
    const { stereotypes, taggedValues } = this.annotations();
    const path = this.qualifiedName();
    const { package: pkg, name } = splitPath(path);
    this.expect(T.PAREN_OPEN);
    const db: Database = { _type: 'relational', package: pkg, name, includedStores: [], schemas: [], joins: [], filters: [], stereotypes };
    const scope: ScopeInfo = { database: path };
    const ops = new RelationalOperations(this);
    while (this.isWord('include')) {
      const incStart = this.next();
      if (this.isIdentifier() && this.isIdentifier(1)) {
        // `include storeType my::Store`
        const storeType = this.identifier();
        const p = this.qualifiedName();
        const si = this.si(incStart, this.last);
        const spec = this.withSi({ storeType, packageableElementPointer: this.withSi({ path: p } as PackageableElementPointer, si) }, si);
        ((db as unknown as { includedStoreSpecifications?: unknown[] }).includedStoreSpecifications ??= []).push(spec);
      } else {
        const p = this.qualifiedName();
        db.includedStores.push(this.withSi({ type: 'STORE' as const, path: p }, this.si(incStart, this.last)));
      }
    }
    const defaultTables: Table[] = [];
    const defaultViews: View[] = [];
    const multiGrain: Filter[] = [];
    while (this.k() !== T.PAREN_CLOSE) {
      if (this.atEnd()) this.unexpected([T.PAREN_CLOSE]);
      const elStart = this.pos;
      const elDoc = this.k() === T.STRING ? this.next() : undefined;
      if (this.isWord('Schema')) db.schemas.push(this.schema(elStart, elDoc, scope));
      else if (this.isWord('Table')) defaultTables.push(this.table(elStart, elDoc));
      else if (this.isWord('View')) defaultViews.push(this.view(elStart, elDoc, scope));
      else if (elDoc === undefined && this.isWord('Join')) db.joins.push(this.join(scope, ops));
      else if (elDoc === undefined && (this.isWord('Filter') || this.isWord('MultiGrainFilter'))) {
        const f = this.filter(scope, ops);
        if (f._type === 'multigrain') multiGrain.push(f);
        else db.filters.push(f);
      } else if (elDoc === undefined && this.isWord('TabularFunction')) {
        this.errorAt('TabularFunction is not supported by the embedded engine', this.pos);
      } else this.unexpected([T.PAREN_CLOSE], ['Schema', 'Table', 'View', 'Join', 'Filter', 'MultiGrainFilter']);
    }
    this.expect(T.PAREN_CLOSE);
    const si = this.si(start, this.last);
    if (defaultTables.length > 0 || defaultViews.length > 0) {
      db.schemas.push(this.withSi({ name: 'default', tables: defaultTables, views: defaultViews, tabularFunctions: [] }, si));
    }
    db.filters.push(...multiGrain);
    const tvs = this.withDocumentation(doc, taggedValues);
    if (tvs.length > 0) db.taggedValues = tvs;
    return this.withSi(db, si);
  }

  private schema(start: number, doc: number | undefined, dbScope: ScopeInfo): Schema {
    this.expectWord('Schema');
    const { stereotypes, taggedValues } = this.annotations();
    let nameTok: number;
    if (this.k() === T.DQ_STRING || this.isIdentifier()) nameTok = this.next();
    else this.unexpected([T.IDENT]);
    const name = this.kindAt(nameTok) === T.STRING ? this.text(nameTok) : this.text(nameTok);
    this.expect(T.PAREN_OPEN);
    const tables: Table[] = [];
    const views: View[] = [];
    const scope: ScopeInfo = { ...dbScope, schemaTok: nameTok };
    while (this.k() !== T.PAREN_CLOSE) {
      if (this.atEnd()) this.unexpected([T.PAREN_CLOSE]);
      const elStart = this.pos;
      const elDoc = this.k() === T.STRING ? this.next() : undefined;
      if (this.isWord('Table')) tables.push(this.table(elStart, elDoc));
      else if (this.isWord('View')) views.push(this.view(elStart, elDoc, scope));
      else if (elDoc === undefined && this.isWord('TabularFunction')) this.errorAt('TabularFunction is not supported by the embedded engine', this.pos);
      else this.unexpected([T.PAREN_CLOSE], ['Table', 'View']);
    }
    this.expect(T.PAREN_CLOSE);
    const s: Schema = { name, tables, views, tabularFunctions: [] };
    if (this.opts.returnSourceInformation) s.sourceInformation = this.si(start, this.last)!;
    if (stereotypes.length > 0) s.stereotypes = stereotypes;
    const tvs = this.withDocumentation(doc, taggedValues);
    if (tvs.length > 0) s.taggedValues = tvs;
    return s;
  }

  private table(start: number, doc: number | undefined): Table {
    this.expectWord('Table');
    const { stereotypes, taggedValues } = this.annotations();
    const name = this.text(relationalIdentifier(this));
    this.expect(T.PAREN_OPEN);
    const t: Table = { name, columns: [], primaryKey: [], milestoning: [] };
    if (this.isWord('milestoning') && this.k(1) === T.PAREN_OPEN) t.milestoning = this.milestoningSpec();
    if (this.k() !== T.PAREN_CLOSE) {
      do t.columns.push(this.column(t.primaryKey));
      while (this.accept(T.COMMA));
    }
    this.expect(T.PAREN_CLOSE);
    const si = this.si(start, this.last);
    const table = this.withSi(t, si);
    if (stereotypes.length > 0) table.stereotypes = stereotypes;
    const tvs = this.withDocumentation(doc, taggedValues);
    if (tvs.length > 0) table.taggedValues = tvs;
    return table;
  }

  private column(primaryKey: string[]): RelationalColumn {
    const start = this.pos;
    const doc = this.k() === T.STRING ? this.next() : undefined;
    const name = this.rawText(relationalIdentifier(this), this.last);
    const { stereotypes, taggedValues } = this.annotations();
    const typeTok = this.pos;
    const typeName = this.identifier();
    const ints: number[] = [];
    let closeTok = typeTok;
    if (this.accept(T.PAREN_OPEN)) {
      do {
        const t = this.expect(T.INTEGER);
        ints.push(Number.parseInt(this.text(t), 10));
      } while (this.accept(T.COMMA));
      closeTok = this.expect(T.PAREN_CLOSE);
    }
    let nullable = true;
    if (this.isWord('PRIMARY') && this.isWord('KEY', 1)) {
      this.pos += 2;
      nullable = false;
      primaryKey.push(name);
    } else if (this.isWord('NOT') && this.isWord('NULL', 1)) {
      this.pos += 2;
      nullable = false;
    }
    const upper = typeName.toUpperCase();
    const declaration = this.rawText(start, this.last);
    // the engine names INT columns INTEGER in its messages
    const label = upper === 'INT' ? 'INTEGER' : upper;
    const typeError = (message: string): never => this.errorAt(`Column data type ${label} ${message} in declaration '${declaration}'`, typeTok, closeTok);
    let type: RelationalDataType;
    if (SIZED_TYPES[upper]) {
      if (ints.length !== 1) typeError('requires 1 parameter (size)');
      type = { _type: SIZED_TYPES[upper], size: ints[0]! } as RelationalDataType;
    } else if (PRECISION_TYPES[upper]) {
      if (ints.length !== 2) typeError('requires 2 parameters (precision, scale)');
      type = { _type: PRECISION_TYPES[upper], precision: ints[0]!, scale: ints[1]! } as RelationalDataType;
    } else if (PLAIN_TYPES[upper]) {
      if (ints.length > 0) typeError('does not expect any parameters');
      type = { _type: PLAIN_TYPES[upper] } as RelationalDataType;
    } else {
      this.errorAt(`Unsupported column data type '${typeName}'`, typeTok);
    }
    const c: RelationalColumn = this.withSi({ name, type, nullable } as RelationalColumn, this.si(start, this.last));
    if (stereotypes.length > 0) c.stereotypes = stereotypes;
    const tvs = this.withDocumentation(doc, taggedValues);
    if (tvs.length > 0) c.taggedValues = tvs;
    return c;
  }

  private milestoningSpec(): Milestoning[] {
    this.pos++;
    this.expect(T.PAREN_OPEN);
    const result: Milestoning[] = [];
    if (this.k() !== T.PAREN_CLOSE) {
      do result.push(this.milestoning());
      while (this.accept(T.COMMA));
    }
    this.expect(T.PAREN_CLOSE);
    return result;
  }

  private milestoning(): Milestoning {
    const start = this.pos;
    const kind = this.identifier();
    this.expect(T.PAREN_OPEN);
    const innerStart = this.pos;
    const fields = new Map<string, { value: string; tok: number }>();
    while (this.k() !== T.PAREN_CLOSE) {
      if (this.atEnd()) this.unexpected([T.PAREN_CLOSE]);
      const key = this.identifier();
      this.expect(T.EQUAL);
      const tok = this.next();
      fields.set(key, { value: this.text(tok), tok });
      if (!this.accept(T.COMMA)) break;
    }
    const innerEnd = this.last;
    this.expect(T.PAREN_CLOSE);
    const date = (f: { value: string; tok: number } | undefined): CStrictDate | CDateTime | undefined => {
      if (!f) return undefined;
      const v = f.value.slice(f.value.lastIndexOf('%') + 1);
      const d = /^\d{4}-\d{2}-\d{2}$/.test(v) ? { _type: 'strictDate' as const, value: v } : { _type: 'dateTime' as const, value: v };
      return this.withSi({ ...d, multiplicity: { lowerBound: 1, upperBound: 1 } } as unknown as CStrictDate, this.si(f.tok, f.tok));
    };
    const bool = (f: { value: string } | undefined): boolean => f !== undefined && f.value === 'true';
    if (kind === 'business') {
      const snapshot = fields.get('BUS_SNAPSHOT_DATE');
      if (snapshot) return this.withSi({ _type: 'businessSnapshotMilestoning' as const, snapshotDate: snapshot.value }, this.si(innerStart, innerEnd));
      const m: Milestoning = {
        _type: 'businessMilestoning',
        from: fields.get('BUS_FROM')?.value ?? '',
        thru: fields.get('BUS_THRU')?.value ?? '',
        thruIsInclusive: bool(fields.get('THRU_IS_INCLUSIVE')),
      };
      const inf = date(fields.get('INFINITY_DATE'));
      if (inf) m.infinityDate = inf;
      return this.withSi(m, this.si(innerStart, innerEnd));
    }
    if (kind === 'processing') {
      const snapshot = fields.get('PROCESSING_SNAPSHOT_DATE');
      if (snapshot) return this.withSi({ _type: 'processingSnapshotMilestoning' as const, snapshotDate: snapshot.value }, this.si(innerStart, innerEnd));
      const m: Milestoning = {
        _type: 'processingMilestoning',
        in: fields.get('PROCESSING_IN')?.value ?? '',
        out: fields.get('PROCESSING_OUT')?.value ?? '',
        outIsInclusive: bool(fields.get('OUT_IS_INCLUSIVE')),
      };
      const inf = date(fields.get('INFINITY_DATE'));
      if (inf) m.infinityDate = inf;
      return this.withSi(m, this.si(start, this.last));
    }
    return this.errorAt('Unsupported syntax', start, this.last);
  }

  private view(start: number, doc: number | undefined, scope: ScopeInfo): View {
    this.expectWord('View');
    const { stereotypes, taggedValues } = this.annotations();
    const name = this.text(relationalIdentifier(this));
    this.expect(T.PAREN_OPEN);
    const ops = new RelationalOperations(this);
    const v: View = { name, primaryKey: [], groupBy: [], distinct: false, columnMappings: [] };
    if (this.k() === T.TILDE && this.isWord('filter', 1)) {
      const fStart = this.pos;
      this.pos += 2;
      v.filter = ops.filterMapping(fStart, true);
    }
    if (this.k() === T.TILDE && this.isWord('groupBy', 1)) {
      this.pos += 2;
      this.expect(T.PAREN_OPEN);
      if (this.k() !== T.PAREN_CLOSE) {
        do v.groupBy.push(ops.operation(scope));
        while (this.accept(T.COMMA));
      }
      this.expect(T.PAREN_CLOSE);
    }
    if (this.k() === T.TILDE && this.isWord('distinct', 1)) {
      this.pos += 2;
      v.distinct = true;
    }
    if (this.k() !== T.PAREN_CLOSE) {
      do {
        const cStart = this.pos;
        const cname = this.text(this.next());
        if (this.accept(T.BRACKET_OPEN)) {
          this.identifier();
          this.expect(T.BRACKET_CLOSE);
        }
        this.expect(T.COLON);
        const operation = ops.operation(scope);
        if (this.isWord('PRIMARY') && this.isWord('KEY', 1)) {
          this.pos += 2;
          v.primaryKey.push(cname);
        }
        const cm: ColumnMapping = this.withSi({ name: cname, operation }, this.si(cStart, this.last));
        v.columnMappings.push(cm);
      } while (this.accept(T.COMMA));
    }
    this.expect(T.PAREN_CLOSE);
    const view = this.withSi(v, this.si(start, this.last));
    if (stereotypes.length > 0) view.stereotypes = stereotypes;
    const tvs = this.withDocumentation(doc, taggedValues);
    if (tvs.length > 0) view.taggedValues = tvs;
    return view;
  }

  private join(scope: ScopeInfo, ops: RelationalOperations): Join {
    const start = this.next();
    const name = this.identifier();
    this.expect(T.PAREN_OPEN);
    const operation = ops.operation(scope);
    this.expect(T.PAREN_CLOSE);
    return this.withSi({ name, operation }, this.si(start, this.last));
  }

  private filter(scope: ScopeInfo, ops: RelationalOperations): Filter {
    const start = this.pos;
    const multigrain = this.isWord('MultiGrainFilter');
    this.pos++;
    const name = this.identifier();
    this.expect(T.PAREN_OPEN);
    const operation = ops.operation(scope);
    this.expect(T.PAREN_CLOSE);
    return this.withSi({ _type: multigrain ? ('multigrain' as const) : ('filter' as const), name, operation }, this.si(start, this.last));
  }
}
