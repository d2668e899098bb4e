/** `###Pure` elements (Class, Enumeration, Association, Profile, Function, Measure) in the engine's JSON shape. */
import type { Multiplicity, SourceInformation } from './sourceInformation.js';
import type { CString, GenericType, LambdaFunction, ValueSpecification, Variable } from './valueSpecification.js';
import type { EmbeddedData, TestAssertion } from './data.js';

interface Located {
  sourceInformation?: SourceInformation;
}

/** Fields every packageable element has. `package` is "" for an element without a package. */
export interface PackageableElementBase extends Located {
  package: string;
  name: string;
}

export interface StereotypePtr extends Located {
  profile: string;
  value: string;
  profileSourceInformation?: SourceInformation;
}

export interface TagPtr extends Located {
  profile: string;
  value: string;
  profileSourceInformation?: SourceInformation;
}

/**
 * `{Profile.tag = 'value'}`. On the wire `value` is a plain string, or `{_type:'string', multiLine:true, value}`
 * when it came from a `'''` documentation block.
 */
export interface TaggedValue extends Located {
  tag: TagPtr;
  value: string | (CString & { multiLine: true });
}

export type PackageableElementType =
  | 'PACKAGE'
  | 'PROFILE'
  | 'CLASS'
  | 'ASSOCIATION'
  | 'ENUMERATION'
  | 'FUNCTION'
  | 'STORE'
  | 'RUNTIME'
  | 'BINDING'
  | 'MAPPING'
  | 'SERVICE'
  | 'PERSISTENCE'
  | 'PERSISTENCE_CONTEXT'
  | 'FLATTEN'
  | 'DATASTORESPEC'
  | 'DATASPACE'
  | 'DIAGRAM'
  | 'FILE_GENERATION'
  | 'DATA'
  | 'QUERYPOSTPROCESSOR'
  | 'DATA_QUALITY_VALIDATION'
  | 'CONNECTION'
  | 'EXECUTION_ENVIRONMENT_INSTANCE'
  | 'DATAELEMENT';

/** A typed reference to another element, e.g. a super type `{type:'CLASS', path}`. `type` may be absent. */
export interface PackageableElementPointer extends Located {
  type?: PackageableElementType;
  path: string;
}

export type AggregationKind = 'NONE' | 'SHARED' | 'COMPOSITE';

export interface DefaultValue extends Located {
  value: ValueSpecification;
}

export interface Property extends Located {
  name: string;
  genericType: GenericType;
  multiplicity: Multiplicity;
  defaultValue?: DefaultValue;
  stereotypes: StereotypePtr[];
  taggedValues: TaggedValue[];
  aggregation?: AggregationKind;
}

/** A derived (qualified) property `name(params) { body }: Type[m]`. */
export interface QualifiedProperty extends Located {
  name: string;
  parameters: Variable[];
  returnGenericType: GenericType;
  returnMultiplicity: Multiplicity;
  stereotypes: StereotypePtr[];
  taggedValues: TaggedValue[];
  body: ValueSpecification[];
}

/**
 * A class constraint. A simple constraint without an id is named by its index ("0", "1", ...); the complex form
 * `name(~owner ~externalId ~function ~enforcementLevel ~message)` fills the optional fields.
 */
export interface Constraint extends Located {
  name: string;
  functionDefinition: LambdaFunction;
  owner?: string;
  externalId?: string;
  enforcementLevel?: string;
  messageFunction?: LambdaFunction;
}

export interface Class extends PackageableElementBase {
  _type: 'class';
  superTypes: PackageableElementPointer[];
  originalMilestonedProperties: Property[];
  properties: Property[];
  qualifiedProperties: QualifiedProperty[];
  stereotypes: StereotypePtr[];
  taggedValues: TaggedValue[];
  constraints: Constraint[];
}

export interface EnumValueDefinition extends Located {
  value: string;
  stereotypes: StereotypePtr[];
  taggedValues: TaggedValue[];
}

export interface Enumeration extends PackageableElementBase {
  _type: 'Enumeration';
  values: EnumValueDefinition[];
  stereotypes: StereotypePtr[];
  taggedValues: TaggedValue[];
}

export interface Association extends PackageableElementBase {
  _type: 'association';
  properties: Property[];
  originalMilestonedProperties: Property[];
  qualifiedProperties: QualifiedProperty[];
  stereotypes: StereotypePtr[];
  taggedValues: TaggedValue[];
}

export interface ProfileStereotype extends Located {
  value: string;
}

export interface ProfileTag extends Located {
  value: string;
}

export interface Profile extends PackageableElementBase {
  _type: 'profile';
  stereotypes: ProfileStereotype[];
  tags: ProfileTag[];
}

// ----------------------------------------------------------------------------------------------- function

export interface ParameterValue extends Located {
  name?: string;
  value: ValueSpecification;
}

export interface FunctionTest extends Located {
  _type: 'functionTest';
  id: string;
  doc?: string;
  parameters?: ParameterValue[];
  assertions: TestAssertion[];
}

export interface FunctionTestData extends Located {
  packageableElementPointer: PackageableElementPointer;
  data: EmbeddedData;
}

export interface FunctionTestSuite extends Located {
  _type: 'functionTestSuite';
  id: string;
  tests: FunctionTest[];
  testData?: FunctionTestData[];
}

/**
 * A concrete function. `name` carries the engine's signature suffix, e.g. `f_Integer_1__String_MANY_`
 * for `f(a: Integer[1]): String[*]`.
 */
export interface PureFunction extends PackageableElementBase {
  _type: 'function';
  preConstraints: Constraint[];
  postConstraints: Constraint[];
  parameters: Variable[];
  returnGenericType: GenericType;
  returnMultiplicity: Multiplicity;
  stereotypes: StereotypePtr[];
  taggedValues: TaggedValue[];
  body: ValueSpecification[];
  tests: FunctionTestSuite[];
}

// ----------------------------------------------------------------------------------------------- measure

export interface Unit extends Located {
  name: string;
  measure: string;
  conversionFunction?: LambdaFunction;
}

export interface Measure extends PackageableElementBase {
  _type: 'measure';
  canonicalUnit?: Unit;
  nonCanonicalUnits?: Unit[];
}
