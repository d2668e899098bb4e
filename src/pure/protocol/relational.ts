/** `###Relational` stores and the relational parts of mappings and connections, in the engine's JSON shape. */
import type { SourceInformation } from './sourceInformation.js';
import type { PackageableElementBase, PackageableElementPointer, StereotypePtr, TaggedValue } from './domain.js';
import type { LocalMappingPropertyInfo, PropertyPointer } from './mapping.js';
import type { CDateTime, CStrictDate } from './valueSpecification.js';

interface Located {
  sourceInformation?: SourceInformation;
}

// ----------------------------------------------------------------------------------------------- data types

export type RelationalDataType =
  | { _type: 'Varchar'; size: number }
  | { _type: 'Char'; size: number }
  | { _type: 'Varbinary'; size: number }
  | { _type: 'Binary'; size: number }
  | { _type: 'Decimal'; precision: number; scale: number }
  | { _type: 'Numeric'; precision: number; scale: number }
  | {
      _type:
        | 'Float'
        | 'Double'
        | 'Real'
        | 'Integer'
        | 'BigInt'
        | 'SmallInt'
        | 'TinyInt'
        | 'Date'
        | 'Timestamp'
        | 'Bit'
        | 'Other'
        | 'SemiStructured'
        | 'Json';
    };

// ----------------------------------------------------------------------------------------------- operations

export interface TablePtr extends Located {
  _type: 'Table';
  table: string;
  schema: string;
  database: string;
  mainTableDb: string;
}

export interface JoinPointer extends Located {
  db: string;
  name: string;
  joinType?: string;
}

/** `[db]schema.table.column` / `{target}.column` / `table.column`. */
export interface TableAliasColumn extends Located {
  _type: 'column';
  table: TablePtr;
  tableAlias: string;
  column: string;
}

/** `fn(a, b)` and the infix operators (`equal`, `and`, `greaterThan`, ...). */
export interface DynaFunc extends Located {
  _type: 'dynaFunc';
  funcName: string;
  parameters: RelationalOperationElement[];
}

export interface Literal extends Located {
  _type: 'literal';
  value: string | number | boolean;
}

export interface LiteralList extends Located {
  _type: 'literalList';
  values: Literal[];
}

/** `@J1 > (INNER) @J2 | table.col`. */
export interface ElementWithJoins extends Located {
  _type: 'elemtWithJoins';
  joins: JoinPointer[];
  relationalElement?: RelationalOperationElement;
}

export type RelationalOperationElement = TableAliasColumn | DynaFunc | Literal | LiteralList | ElementWithJoins;

// ----------------------------------------------------------------------------------------------- database

export interface RelationalColumn extends Located {
  name: string;
  type: RelationalDataType;
  nullable: boolean;
  stereotypes?: StereotypePtr[];
  taggedValues?: TaggedValue[];
}

export type Milestoning =
  | (Located & {
      _type: 'businessMilestoning';
      from: string;
      thru: string;
      thruIsInclusive?: boolean;
      infinityDate?: CStrictDate | CDateTime;
    })
  | (Located & {
      _type: 'processingMilestoning';
      in: string;
      out: string;
      outIsInclusive?: boolean;
      infinityDate?: CStrictDate | CDateTime;
    })
  | (Located & { _type: 'businessSnapshotMilestoning'; snapshotDate: string; infinityDate?: CStrictDate | CDateTime })
  | (Located & { _type: 'processingSnapshotMilestoning'; snapshotDate: string });

export interface Table extends Located {
  name: string;
  columns: RelationalColumn[];
  primaryKey: string[];
  milestoning: Milestoning[];
  stereotypes?: StereotypePtr[];
  taggedValues?: TaggedValue[];
}

export interface ColumnMapping extends Located {
  name: string;
  operation: RelationalOperationElement;
}

export interface FilterPointer {
  db: string;
  name: string;
}

export interface FilterMapping extends Located {
  filter: FilterPointer;
  joins: JoinPointer[];
}

export interface View extends Located {
  name: string;
  mainTable?: TablePtr;
  primaryKey: string[];
  filter?: FilterMapping;
  groupBy: RelationalOperationElement[];
  distinct?: boolean;
  columnMappings: ColumnMapping[];
  stereotypes?: StereotypePtr[];
  taggedValues?: TaggedValue[];
}

export interface Schema extends Located {
  name: string;
  tables: Table[];
  views: View[];
  tabularFunctions: unknown[];
  stereotypes?: StereotypePtr[];
  taggedValues?: TaggedValue[];
}

export interface Join extends Located {
  name: string;
  target?: string;
  operation: RelationalOperationElement;
}

export interface Filter extends Located {
  _type: 'filter' | 'multigrain';
  name: string;
  operation: RelationalOperationElement;
}

export interface Database extends PackageableElementBase {
  _type: 'relational';
  includedStores: PackageableElementPointer[];
  schemas: Schema[];
  joins: Join[];
  filters: Filter[];
  stereotypes: StereotypePtr[];
  taggedValues?: TaggedValue[];
}

// ----------------------------------------------------------------------------------------------- mapping

interface RelationalPropertyMappingBase extends Located {
  property: PropertyPointer;
  source?: string;
  target?: string;
  localMappingProperty?: LocalMappingPropertyInfo;
}

export interface RelationalPropertyMapping extends RelationalPropertyMappingBase {
  _type: 'relationalPropertyMapping';
  relationalOperation: RelationalOperationElement;
  enumMappingId?: string;
  bindingTransformer?: { binding: string };
}

export interface RelationalClassMappingBody extends Located {
  _type: 'relational';
  class?: string;
  root: boolean;
  primaryKey: RelationalOperationElement[];
  propertyMappings: (RelationalPropertyMapping | EmbeddedRelationalPropertyMapping | OtherwiseEmbeddedRelationalPropertyMapping | InlineEmbeddedPropertyMapping)[];
}

export interface EmbeddedRelationalPropertyMapping extends RelationalPropertyMappingBase {
  _type: 'embeddedPropertyMapping';
  id: string;
  classMapping: RelationalClassMappingBody;
}

export interface OtherwiseEmbeddedRelationalPropertyMapping extends RelationalPropertyMappingBase {
  _type: 'otherwiseEmbeddedPropertyMapping';
  id: string;
  classMapping: RelationalClassMappingBody;
  otherwisePropertyMapping: RelationalPropertyMapping;
}

export interface InlineEmbeddedPropertyMapping extends RelationalPropertyMappingBase {
  _type: 'inlineEmbeddedPropertyMapping';
  id: string;
  setImplementationId: string;
}

/** `*my::Class[id]: Relational { ~mainTable [db]schema.table ~filter [db]F ~distinct prop: [db]t.col }`. */
export interface RootRelationalClassMapping extends Located {
  _type: 'relational';
  id?: string;
  class: string;
  root: boolean;
  extendsClassMappingId?: string;
  classSourceInformation?: SourceInformation;
  distinct: boolean;
  mainTable?: TablePtr;
  filter?: FilterMapping;
  groupBy: RelationalOperationElement[];
  primaryKey: RelationalOperationElement[];
  propertyMappings: RelationalClassMappingBody['propertyMappings'];
}

export interface RelationalAssociationMapping extends Located {
  _type: 'relational';
  id?: string;
  association: PackageableElementPointer;
  stores: string[];
  propertyMappings: RelationalPropertyMapping[];
}

// ----------------------------------------------------------------------------------------------- connection

/** A datasource specification or authentication strategy: `_type` plus its scalar fields. */
export interface RelationalConnectionPart extends Located {
  _type: string;
  [field: string]: unknown;
}

export interface RelationalDatabaseConnection extends Located {
  _type: 'RelationalDatabaseConnection';
  element?: string;
  elementSourceInformation?: SourceInformation;
  type: string;
  databaseType: string;
  timeZone?: string;
  quoteIdentifiers?: boolean;
  queryTimeOutInSeconds?: number;
  datasourceSpecification: RelationalConnectionPart;
  authenticationStrategy: RelationalConnectionPart;
  postProcessors?: unknown[];
  postProcessorWithParameter?: unknown[];
  queryGenerationConfigs?: { _type: string; enabled: string[]; disabled: string[] }[];
  localMode?: boolean;
}
