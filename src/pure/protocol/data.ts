/** Embedded test data and test assertions shared by function tests, mapping test suites and service test suites. */
import type { SourceInformation } from './sourceInformation.js';
import type { PackageableElementPointer, StereotypePtr, TaggedValue, PackageableElementBase } from './domain.js';
import type { ValueSpecification } from './valueSpecification.js';

interface Located {
  sourceInformation?: SourceInformation;
}

/** `ExternalFormat #{ contentType: 'application/json'; data: '...'; }#` and `(JSON) '...'`. */
export interface ExternalFormatData extends Located {
  _type: 'externalFormat';
  contentType: string;
  data: string;
}

/** A reference to a `###Data` element: `Reference #{ my::DataElement }#` or a bare path. */
export interface DataElementReference extends Located {
  _type: 'reference';
  dataElement: PackageableElementPointer;
}

export interface ModelEmbeddedTestData extends Located {
  _type: 'modelEmbeddedData';
  model: string;
  data: EmbeddedData;
}

export interface ModelInstanceTestData extends Located {
  _type: 'modelInstanceData';
  model: string;
  instances: ValueSpecification;
}

export interface ModelStoreData extends Located {
  _type: 'modelStore';
  modelData: (ModelEmbeddedTestData | ModelInstanceTestData)[];
}

export interface RelationRowTestData {
  values: string[];
}

export interface RelationElement extends Located {
  paths: string[];
  columns: string[];
  rows: RelationRowTestData[];
}

export interface RelationElementsData extends Located {
  _type: 'relationAccessor';
  relationElements: RelationElement[];
}

export interface RelationalCSVTable extends Located {
  schema: string;
  table: string;
  values: string;
}

/** `Relational #{ schema.table: 'csv'; }#`. */
export interface RelationalCSVData extends Located {
  _type: 'relationalCSVData';
  tables: RelationalCSVTable[];
}

export type EmbeddedData =
  | ExternalFormatData
  | DataElementReference
  | ModelStoreData
  | RelationElementsData
  | RelationalCSVData;

export interface EqualTo extends Located {
  _type: 'equalTo';
  id: string;
  expected: ValueSpecification;
}

export interface EqualToJson extends Located {
  _type: 'equalToJson';
  id: string;
  expected: ExternalFormatData;
}

export interface EqualToRelation extends Located {
  _type: 'equalToRelation';
  id: string;
  expected: RelationElement;
}

export type TestAssertion = EqualTo | EqualToJson | EqualToRelation;

/** `a::Store: Relational #{...}#;` (base) or `a::DataElement;` (reference), in Data elements and flat service test suites. */
export type DataResolver =
  | (Located & { _type: 'baseDataResolver'; elementPointer: PackageableElementPointer; data: EmbeddedData })
  | (Located & { _type: 'referenceDataResolver'; elementPointer: PackageableElementPointer });

/** A `###Data` element: embedded data, data resolvers, or both. */
export interface DataElement extends PackageableElementBase {
  _type: 'dataElement';
  stereotypes: StereotypePtr[];
  taggedValues: TaggedValue[];
  data?: EmbeddedData;
  dataResolvers?: DataResolver[];
}
