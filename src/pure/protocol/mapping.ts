/** `###Mapping` elements in the engine's JSON shape. */
import type { Multiplicity, SourceInformation } from './sourceInformation.js';
import type { PackageableElementBase, PackageableElementPointer } from './domain.js';
import type { LambdaFunction } from './valueSpecification.js';
import type { EmbeddedData, TestAssertion } from './data.js';
import type {
  EmbeddedRelationalPropertyMapping,
  InlineEmbeddedPropertyMapping,
  OtherwiseEmbeddedRelationalPropertyMapping,
  RelationalAssociationMapping,
  RelationalPropertyMapping,
  RootRelationalClassMapping,
} from './relational.js';

interface Located {
  sourceInformation?: SourceInformation;
}

export interface PropertyPointer extends Located {
  class?: string;
  property: string;
}

/** `+name: Type[m]: ...` local mapping property. */
export interface LocalMappingPropertyInfo extends Located {
  type: string;
  multiplicity: Multiplicity;
}

interface PropertyMappingBase extends Located {
  property: PropertyPointer;
  source?: string;
  target?: string;
  localMappingProperty?: LocalMappingPropertyInfo;
}

/** `prop[targetId]: EnumerationMapping enumId: expression` in a Pure (model-to-model) class mapping. */
export interface PurePropertyMapping extends PropertyMappingBase {
  _type: 'purePropertyMapping';
  transform: LambdaFunction;
  enumMappingId?: string;
  explodeProperty?: boolean;
}

export interface XStorePropertyMapping extends PropertyMappingBase {
  _type: 'xStorePropertyMapping';
  crossExpression: LambdaFunction;
}

/** `prop: COLUMN`, `prop: EnumerationMapping id : COLUMN` or `prop: $src.A + $src.B` in a Relation class mapping. */
export interface RelationFunctionPropertyMapping extends PropertyMappingBase {
  _type: 'relationFunctionPropertyMapping';
  column?: string;
  valueFn?: LambdaFunction;
  bindingTransformer?: { binding: string; sourceInformation?: SourceInformation };
  enumMappingId?: string;
}

/** `prop ( sub: COL, ... )` or `prop () Inline [setId]` in a Relation class mapping. */
export interface RelationFunctionEmbeddedPropertyMapping extends PropertyMappingBase {
  _type: 'relationFunctionEmbeddedPropertyMapping';
  id?: string;
  propertyMappings: PropertyMapping[];
}

export type PropertyMapping =
  | PurePropertyMapping
  | RelationFunctionPropertyMapping
  | RelationFunctionEmbeddedPropertyMapping
  | XStorePropertyMapping
  | RelationalPropertyMapping
  | EmbeddedRelationalPropertyMapping
  | OtherwiseEmbeddedRelationalPropertyMapping
  | InlineEmbeddedPropertyMapping;

interface ClassMappingBase extends Located {
  /** Absent when the mapping has no explicit `[id]` (the compiler then derives one). */
  id?: string;
  class: string;
  root: boolean;
  extendsClassMappingId?: string;
  classSourceInformation?: SourceInformation;
}

/** `*my::Target[id]: Pure { ~src my::Source ~filter ... prop: expr }`. */
export interface PureInstanceClassMapping extends ClassMappingBase {
  _type: 'pureInstance';
  srcClass?: string;
  filter?: LambdaFunction;
  propertyMappings: PropertyMapping[];
  sourceClassSourceInformation?: SourceInformation;
}

export type MappingOperation = 'STORE_UNION' | 'ROUTER_UNION' | 'INHERITANCE' | 'MERGE';

/** `my::Class[id]: Operation { meta::pure::router::operations::union_OperationSetImplementation_1__SetImplementation_MANY_(a, b) }`. */
export interface OperationClassMapping extends ClassMappingBase {
  _type: 'operation';
  operation: MappingOperation;
  parameters: string[];
}

export interface MergeOperationClassMapping extends ClassMappingBase {
  _type: 'mergeOperation';
  operation: MappingOperation;
  parameters: string[];
  validationFunction: LambdaFunction;
}

/** `*my::Class[id]: Relation { ~func my::f():Relation<Any>[1] | ~src <expr>  ~primaryKey: ID  prop: COL, ... }`. */
export interface RelationFunctionClassMapping extends ClassMappingBase {
  _type: 'relation';
  relationFunction?: PackageableElementPointer;
  sourceLambda?: LambdaFunction;
  primaryKey: string[];
  propertyMappings: PropertyMapping[];
}

export type ClassMapping =
  | PureInstanceClassMapping
  | RelationFunctionClassMapping
  | OperationClassMapping
  | MergeOperationClassMapping
  | RootRelationalClassMapping;

export interface XStoreAssociationMapping extends Located {
  _type: 'xStore';
  id?: string;
  association: PackageableElementPointer;
  stores: string[];
  propertyMappings: PropertyMapping[];
}

export type AssociationMapping = XStoreAssociationMapping | RelationalAssociationMapping;

export type EnumValueMappingSourceValue =
  | { _type: 'stringSourceValue'; value: string }
  | { _type: 'integerSourceValue'; value: number }
  | { _type: 'enumSourceValue'; enumeration: string; value: string };

export interface EnumValueMapping {
  enumValue: string;
  sourceValues: EnumValueMappingSourceValue[];
}

/** `my::Enum[id]: EnumerationMapping { A: ['a', 'b'], B: 1 }`. */
export interface EnumerationMapping extends Located {
  id?: string;
  enumeration: PackageableElementPointer;
  enumValueMappings: EnumValueMapping[];
}

export interface MappingIncludeMapping extends Located {
  _type: 'mappingIncludeMapping';
  includedMapping: string;
  sourceDatabasePath?: string;
  targetDatabasePath?: string;
}

export interface StoreTestData extends Located {
  doc?: string;
  store: PackageableElementPointer;
  data: EmbeddedData;
}

export interface MappingTest extends Located {
  _type: 'mappingTest';
  id: string;
  doc?: string;
  storeTestData?: StoreTestData[];
  assertions: TestAssertion[];
}

/** `testSuites: [ suite: { function: |...; tests: [ ... ]; } ]`, kept structured. */
export interface MappingTestSuite extends Located {
  _type: 'mappingTestSuite';
  id: string;
  doc?: string;
  func: LambdaFunction;
  tests: MappingTest[];
}

/** Legacy `MappingTests` input data: `<Object, JSON, a::Class, '...'>` or `<Relational, SQL, a::Db, '...'>`. */
export type MappingTestInputData =
  | (Located & { _type: 'object'; inputType: 'JSON' | 'XML'; sourceClass: string; data: string })
  | (Located & { _type: 'relational'; inputType: 'SQL' | 'CSV'; database: string; data: string });

/** A legacy `MappingTests` entry: `name ( query: |...; data: [ ... ]; assert: '...'; )`. */
export interface MappingTestLegacy extends Located {
  name: string;
  query: LambdaFunction;
  inputData: MappingTestInputData[];
  assert: Located & { _type: 'expectedOutputMappingTestAssert'; expectedOutput: string };
}

export interface Mapping extends PackageableElementBase {
  _type: 'mapping';
  includedMappings: MappingIncludeMapping[];
  classMappings: ClassMapping[];
  associationMappings: AssociationMapping[];
  enumerationMappings: EnumerationMapping[];
  /** Legacy `MappingTests` (superseded by testSuites). */
  tests: MappingTestLegacy[];
  testSuites?: MappingTestSuite[];
}
