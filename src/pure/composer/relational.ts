/** `###Relational` databases, relational operations and relational test data → grammar text. */
import type { RelationalCSVData } from '../protocol/data.js';
import type {
  Database,
  DynaFunc,
  ElementWithJoins,
  FilterMapping,
  JoinPointer,
  Milestoning,
  RelationalColumn,
  RelationalOperationElement,
  Schema,
  Table,
  TableAliasColumn,
  View,
} from '../protocol/relational.js';
import { quoteString } from '../grammar/strings.js';
import { identifier, path, tabs } from './format.js';
import { annotations, declarationPrefix } from './domain.js';
import { composeValueSpecification } from './valueSpecification.js';

/** The content of `Relational #{ ... }#` test data. */
export function composeRelationalCsv(data: RelationalCSVData, indent: string): string {
  return data.tables
    .map((t) => {
      // Java's split("\\n") drops trailing empty strings
      const lines = t.values.split('\n');
      if (t.values !== '') while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
      const rows = lines.map((l) => indent + '  ' + quoteString(l + '\n')).join('+\n');
      return indent + t.schema + '.' + t.table + ':\n' + rows + ';';
    })
    .join('\n\n');
}

// ----------------------------------------------------------------------------------------------- operations

export interface RelationalContext {
  /** Columns of this database are written without their `[db]` pointer. */
  currentDatabase?: string;
  /** Mappings write operators as function names (`equal(a, b)`); the store writes infix (`a = b`). */
  useFunctionNames: boolean;
}

const INFIX: Record<string, string> = {
  equal: ' = ',
  greaterThan: ' > ',
  lessThan: ' < ',
  greaterThanEqual: ' >= ',
  lessThanEqual: ' <= ',
  notEqual: ' != ',
  notEqualAnsi: ' <> ',
};

export function relationalOperation(op: RelationalOperationElement, ctx: RelationalContext): string {
  const o = op as RelationalOperationElement | { _type: 'relationalLambda'; parameterNames: string[]; body: RelationalOperationElement } | { _type: 'lambdaParameter'; name: string };
  switch (o._type) {
    case 'dynaFunc':
      return dynaFunc(o, ctx);
    case 'column':
      return tableAliasColumn(o, ctx);
    case 'elemtWithJoins':
      return elementWithJoins(o, ctx);
    case 'literalList':
      return '[' + o.values.map((v) => relationalOperation(v, ctx)).join(', ') + ']';
    case 'literal': {
      const v = o.value as unknown;
      if (typeof v === 'string') return quoteString(v);
      if (typeof v === 'number') return Number.isInteger(v) && !String(v).includes('.') ? String(v) : String(v);
      if (v && typeof v === 'object') return relationalOperation(v as RelationalOperationElement, ctx);
      return String(v);
    }
    case 'relationalLambda': {
      const body = relationalOperation(o.body, ctx);
      return o.parameterNames.length === 1 ? o.parameterNames[0] + ' | ' + body : '(' + o.parameterNames.join(', ') + ' | ' + body + ')';
    }
    case 'lambdaParameter':
      return '$' + o.name;
    default:
      return `/* Unsupported relational operation element type */`;
  }
}

function dynaFunc(f: DynaFunc, ctx: RelationalContext): string {
  const r = (x: RelationalOperationElement): string => relationalOperation(x, ctx);
  if (ctx.useFunctionNames && f.funcName !== 'group') return identifier(f.funcName) + '(' + f.parameters.map(r).join(', ') + ')';
  switch (f.funcName) {
    case 'group':
      return f.parameters.length === 1 ? '(' + r(f.parameters[0]!) + ')' : "/* Unable to transform operation: exactly 1 parameter is expected for '(group)' operation */";
    case 'and':
    case 'or':
      return f.parameters.map(r).join(' ' + identifier(f.funcName) + ' ');
    case 'isNull':
      return r(f.parameters[0]!) + ' is null';
    case 'isNotNull':
      return r(f.parameters[0]!) + ' is not null';
    default: {
      const infix = INFIX[f.funcName];
      if (infix && f.parameters.length === 2) return r(f.parameters[0]!) + infix + r(f.parameters[1]!);
      return identifier(f.funcName) + '(' + f.parameters.map(r).join(', ') + ')';
    }
  }
}

function dbPointer(db: string): string {
  return '[' + db + ']';
}

function tableAliasColumn(c: TableAliasColumn, ctx: RelationalContext): string {
  const db = c.table.database;
  const selfJoin = c.table.table === '{target}' && c.tableAlias === '{target}';
  return (
    (db ? (ctx.currentDatabase !== undefined && ctx.currentDatabase === db ? '' : dbPointer(db)) : '') +
    (c.table.schema && c.table.schema !== 'default' && !selfJoin ? c.table.schema + '.' : '') +
    c.table.table +
    (c.column !== undefined ? '.' + c.column : '')
  );
}

function joinType(t: string): string {
  return t === 'LEFT_OUTER' ? 'OUTER' : t;
}

function firstJoinPointer(j: JoinPointer): string {
  return (j.db ? dbPointer(j.db) : '') + (j.joinType !== undefined ? ' (' + joinType(j.joinType) + ') ' : '') + '@' + identifier(j.name);
}

function joinPointer(j: JoinPointer): string {
  return (j.joinType !== undefined ? '(' + joinType(j.joinType) + ') ' : '') + (j.db ? dbPointer(j.db) : '') + '@' + identifier(j.name);
}

function elementWithJoins(e: ElementWithJoins, ctx: RelationalContext): string {
  let s = '';
  if (e.joins.length > 0) {
    s += firstJoinPointer(e.joins[0]!);
    if (e.joins.length > 1) s += ' > ' + e.joins.slice(1).map(joinPointer).join(' > ');
  }
  if (e.relationalElement) s += (e.joins.length > 0 ? ' | ' : '') + relationalOperation(e.relationalElement, ctx);
  return s;
}

export function filterMapping(f: FilterMapping): string {
  const joins = f.joins ?? [];
  const first = joins[0];
  const firstJoin = first ? (first.db ? dbPointer(first.db) : '') + ' ' + (first.joinType !== undefined ? '(' + joinType(first.joinType) + ') ' : '') + '@' + identifier(first.name) : '';
  const others = joins.length > 1 ? ' > ' + joins.slice(1).map(joinPointer).join(' > ') : '';
  const body = firstJoin + others + (joins.length > 0 ? ' | ' : '') + dbPointer(f.filter.db);
  return '~filter ' + (f.filter.db ? body : '') + identifier(f.filter.name);
}

// ----------------------------------------------------------------------------------------------- database

export function composeDatabase(db: Database): string {
  const dbPath = path(db.package ? db.package + '::' + db.name : db.name);
  const ctx: RelationalContext = { currentDatabase: dbPath, useFunctionNames: false };
  const nonDefault = db.schemas.filter((s) => s.name !== 'default');
  const defaultSchema = db.schemas.find((s) => s.name === 'default');
  let s = declarationPrefix('Database', '', db.stereotypes ?? [], db.taggedValues ?? []) + dbPath + '\n(\n';
  let nonEmpty = false;
  if (db.includedStores.length > 0) {
    s += db.includedStores.map((i) => tabs(1) + 'include ' + path(i.path)).join('\n') + '\n';
    nonEmpty = true;
  }
  const specs = (db as { includedStoreSpecifications?: { storeType: string; packageableElementPointer: { path: string } }[] }).includedStoreSpecifications;
  if (specs && specs.length > 0) {
    s += specs.map((i) => tabs(1) + 'include ' + i.storeType + ' ' + i.packageableElementPointer.path).join('\n') + '\n';
    nonEmpty = true;
  }
  if (nonDefault.length > 0) {
    s += (nonEmpty ? '\n' : '') + nonDefault.map((x) => schema(x, ctx)).join('\n') + '\n';
    nonEmpty = true;
  }
  if (defaultSchema && defaultSchema.tables.length > 0) {
    s += (nonEmpty ? '\n' : '') + defaultSchema.tables.map((t) => table(t, 1)).join('\n') + '\n';
    nonEmpty = true;
  }
  if (defaultSchema && defaultSchema.views.length > 0) {
    s += (nonEmpty ? '\n' : '') + defaultSchema.views.map((v) => view(v, 1, ctx)).join('\n') + '\n';
    nonEmpty = true;
  }
  if (db.joins.length > 0) {
    s += (nonEmpty ? '\n' : '') + db.joins.map((j) => tabs(1) + 'Join ' + identifier(j.name) + '(' + relationalOperation(j.operation, ctx) + ')').join('\n') + '\n';
    nonEmpty = true;
  }
  if (db.filters.length > 0) {
    s +=
      (nonEmpty ? '\n' : '') +
      db.filters
        .map((f) => tabs(1) + (f._type === 'multigrain' ? 'MultiGrainFilter ' : 'Filter ') + identifier(f.name) + '(' + relationalOperation(f.operation, ctx) + ')')
        .join('\n') +
      '\n';
  }
  return s + ')';
}

function schema(sc: Schema, ctx: RelationalContext): string {
  let s = tabs(1) + declarationPrefix('Schema', tabs(1), sc.stereotypes ?? [], sc.taggedValues ?? []) + sc.name + '\n' + tabs(1) + '(\n';
  let nonEmpty = false;
  if (sc.tables.length > 0) {
    s += sc.tables.map((t) => table(t, 2)).join('\n') + '\n';
    nonEmpty = true;
  }
  if (sc.views.length > 0) s += (nonEmpty ? '\n' : '') + sc.views.map((v) => view(v, 2, ctx)).join('\n') + '\n';
  return s + tabs(1) + ')';
}

function table(t: Table, indent: number): string {
  let s = tabs(indent) + declarationPrefix('Table', tabs(indent), t.stereotypes ?? [], t.taggedValues ?? []) + t.name + '\n' + tabs(indent) + '(\n';
  let nonEmpty = false;
  if (t.milestoning.length > 0) {
    s += tabs(indent + 1) + 'milestoning\n' + tabs(indent + 1) + '(\n' + t.milestoning.map((m) => milestoning(m, indent + 2)).join(',\n') + '\n' + tabs(indent + 1) + ')\n';
    nonEmpty = true;
  }
  if (t.columns.length > 0) s += (nonEmpty ? '\n' : '') + t.columns.map((c) => column(c, t.primaryKey, indent + 1)).join(',\n') + '\n';
  return s + tabs(indent) + ')';
}

function dataType(c: RelationalColumn): string {
  const t = c.type;
  switch (t._type) {
    case 'Char':
      return 'CHAR(' + t.size + ')';
    case 'Varchar':
      return 'VARCHAR(' + t.size + ')';
    case 'Numeric':
      return 'NUMERIC(' + t.precision + ', ' + t.scale + ')';
    case 'Decimal':
      return 'DECIMAL(' + t.precision + ', ' + t.scale + ')';
    case 'Binary':
      return 'BINARY(' + t.size + ')';
    case 'Varbinary':
      return 'VARBINARY(' + t.size + ')';
    case 'SemiStructured':
      return 'SEMISTRUCTURED';
    case 'BigInt':
      return 'BIGINT';
    case 'SmallInt':
      return 'SMALLINT';
    case 'TinyInt':
      return 'TINYINT';
    default:
      return t._type.toUpperCase();
  }
}

function column(c: RelationalColumn, primaryKey: string[], indent: number): string {
  const docPrefix = declarationPrefix('', tabs(indent), [], (c.taggedValues ?? []).filter((tv) => tv.tag.value === 'doc'));
  const docOnly = docPrefix.startsWith("'''") ? docPrefix : '';
  const rest = docOnly ? (c.taggedValues ?? []).filter((tv) => !(tv.tag.value === 'doc')) : c.taggedValues ?? [];
  const name = c.name.startsWith('"') && c.name.endsWith('"') ? c.name : identifierDoubleQuoted(c.name);
  return (
    tabs(indent) +
    docOnly +
    name +
    ' ' +
    annotations(c.stereotypes, rest) +
    dataType(c) +
    (primaryKey.includes(c.name) ? ' PRIMARY KEY' : !c.nullable ? ' NOT NULL' : '')
  );
}

/** A column name: bare when it is a plain identifier, otherwise in double quotes. */
function identifierDoubleQuoted(s: string): string {
  return /^[A-Za-z_][A-Za-z0-9_$~]*$/.test(s) ? s : '"' + s.replace(/\\/g, '\\\\').replace(/"/g, '\\"') + '"';
}

function milestoning(m: Milestoning, indent: number): string {
  const date = (d: { _type: string; value: string } | undefined): string => (d ? ', INFINITY_DATE = ' + composeValueSpecification(d as never) : '');
  switch (m._type) {
    case 'businessMilestoning':
      return tabs(indent) + 'business(BUS_FROM = ' + m.from + ', BUS_THRU = ' + m.thru + (m.thruIsInclusive ? ', THRU_IS_INCLUSIVE = true' : '') + date(m.infinityDate) + ')';
    case 'businessSnapshotMilestoning':
      return tabs(indent) + 'business(BUS_SNAPSHOT_DATE = ' + m.snapshotDate + ')';
    case 'processingMilestoning':
      return tabs(indent) + 'processing(PROCESSING_IN = ' + m.in + ', PROCESSING_OUT = ' + m.out + (m.outIsInclusive ? ', OUT_IS_INCLUSIVE = true' : '') + date(m.infinityDate) + ')';
    case 'processingSnapshotMilestoning':
      return tabs(indent) + 'processing(PROCESSING_SNAPSHOT_DATE = ' + m.snapshotDate + ')';
  }
}

function view(v: View, indent: number, ctx: RelationalContext): string {
  let s = tabs(indent) + declarationPrefix('View', tabs(indent), v.stereotypes ?? [], v.taggedValues ?? []) + v.name + '\n' + tabs(indent) + '(\n';
  if (v.filter) s += tabs(indent + 1) + filterMapping(v.filter) + '\n';
  if (v.groupBy.length > 0) {
    s += tabs(indent + 1) + '~groupBy\n' + tabs(indent + 1) + '(\n' + v.groupBy.map((o) => tabs(indent + 2) + relationalOperation(o, ctx)).join(',\n') + '\n' + tabs(indent + 1) + ')\n';
  }
  if (v.distinct) s += tabs(indent + 1) + '~distinct\n';
  if (v.columnMappings.length > 0) {
    s +=
      v.columnMappings
        .map((c) => tabs(indent + 1) + c.name + ': ' + relationalOperation(c.operation, ctx) + (v.primaryKey.includes(c.name) ? ' PRIMARY KEY' : ''))
        .join(',\n') + '\n';
  }
  return s + tabs(indent) + ')';
}
