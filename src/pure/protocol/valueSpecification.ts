/**
 * Value specifications (the expression language) as the Legend engine serialises them: a `_type` discriminated
 * union. Optional `sourceInformation` is present only when the parser was asked for it.
 */
import type { Multiplicity, SourceInformation } from './sourceInformation.js';
import type { StereotypePtr, TaggedValue } from './domain.js';

interface Located {
  sourceInformation?: SourceInformation;
}

// ----------------------------------------------------------------------------------------------- types

export interface PackageableType extends Located {
  _type: 'packageableType';
  fullPath: string;
}

export interface RelationTypeColumn extends Located {
  name: string;
  genericType: GenericType;
  multiplicity: Multiplicity;
  /** Omitted by the engine when empty. */
  stereotypes?: StereotypePtr[];
  taggedValues?: TaggedValue[];
}

export interface RelationType extends Located {
  _type: 'relationType';
  columns: RelationTypeColumn[];
}

export type Type = PackageableType | RelationType;

export interface GenericType extends Located {
  rawType: Type;
  typeArguments: GenericType[];
  multiplicityArguments: Multiplicity[];
  typeVariableValues: ValueSpecification[];
}

// ----------------------------------------------------------------------------------------------- expressions

/** `f(a, b)`, `a->f(b)` and every operator (`plus`, `minus`, `times`, `divide`, `equal`, `lessThan`, `and`, `or`, `not`, ...). */
export interface AppliedFunction extends Located {
  _type: 'func';
  function: string;
  parameters: ValueSpecification[];
  fControl?: string;
}

/** `$x.prop` and `$x.prop(arg)` (qualified property call). */
export interface AppliedProperty extends Located {
  _type: 'property';
  property: string;
  parameters: ValueSpecification[];
}

/** `$x`, and a typed parameter `x: Type[m]` in a function or lambda signature. */
export interface Variable extends Located {
  _type: 'var';
  name: string;
  genericType?: GenericType;
  multiplicity?: Multiplicity;
  supportsStream?: boolean;
}

/** `{x, y | body}` / `x | body` / `| body`. */
export interface LambdaFunction extends Located {
  _type: 'lambda';
  body: ValueSpecification[];
  parameters: Variable[];
}

/** `[a, b]`; also the operand list of n-ary `plus`/`minus`/`times`. */
export interface Collection extends Located {
  _type: 'collection';
  multiplicity: Multiplicity;
  values: ValueSpecification[];
}

export interface CString extends Located {
  _type: 'string';
  value: string;
  /** Set (true) only when the literal was written as a `'''` text block. */
  multiLine?: boolean;
}

export interface CInteger extends Located {
  _type: 'integer';
  value: number;
}

export interface CFloat extends Located {
  _type: 'float';
  value: number;
}

export interface CDecimal extends Located {
  _type: 'decimal';
  value: number;
}

export interface CBoolean extends Located {
  _type: 'boolean';
  value: boolean;
}

export interface CDateTime extends Located {
  _type: 'dateTime';
  value: string;
}

export interface CStrictDate extends Located {
  _type: 'strictDate';
  value: string;
}

export interface CStrictTime extends Located {
  _type: 'strictTime';
  value: string;
}

export interface CLatestDate extends Located {
  _type: 'latestDate';
  multiplicity?: Multiplicity;
}

export interface CByteArray extends Located {
  _type: 'byteArray';
  value: number[];
}

/** `my::Enum.VALUE` in a primitive-value position (function tests, service parameters). */
export interface EnumValue extends Located {
  _type: 'enumValue';
  fullPath: string;
  value: string;
}

/** A bare element reference, e.g. `my::Person` in `my::Person.all()`, or `Class` in `Class.name`. */
export interface PackageableElementPtr extends Located {
  _type: 'packageableElementPtr';
  fullPath: string;
}

/** `@Type`, and the class argument of `^Type(...)`. */
export interface GenericTypeInstance extends Located {
  _type: 'genericTypeInstance';
  genericType: GenericType;
}

/** `key = value` inside `^Type(key = value)`. */
export interface KeyExpression extends Located {
  _type: 'keyExpression';
  add: boolean;
  key: CString;
  expression: ValueSpecification;
}

/** A measure unit reference `Mass~Kilogram`. */
export interface UnitType extends Located {
  _type: 'unitType';
  fullPath: string;
}

// ----------------------------------------------------------------------------------------------- class instances

export interface ColSpec extends Located {
  name: string;
  genericType?: GenericType;
  multiplicity?: Multiplicity;
  function1?: LambdaFunction;
  function2?: LambdaFunction;
  stereotypes?: StereotypePtr[];
  taggedValues?: TaggedValue[];
}

export interface ColSpecArray {
  colSpecs: ColSpec[];
}

export interface PropertyGraphFetchTree extends Located {
  _type: 'propertyGraphFetchTree';
  property: string;
  parameters: ValueSpecification[];
  alias?: string;
  subType?: string;
  subTrees: GraphFetchTree[];
  subTypeTrees: SubTypeGraphFetchTree[];
}

export interface SubTypeGraphFetchTree extends Located {
  _type: 'subTypeGraphFetchTree';
  subTypeClass: string;
  subTrees: GraphFetchTree[];
  subTypeTrees: SubTypeGraphFetchTree[];
}

export interface RootGraphFetchTree extends Located {
  _type: 'rootGraphFetchTree';
  class: string;
  subTrees: GraphFetchTree[];
  subTypeTrees: SubTypeGraphFetchTree[];
}

export type GraphFetchTree = RootGraphFetchTree | PropertyGraphFetchTree | SubTypeGraphFetchTree;

export interface PropertyPathElement extends Located {
  _type: 'propertyPath';
  property: string;
  parameters: ValueSpecification[];
}

export interface Path extends Located {
  name: string;
  startType: string;
  path: PropertyPathElement[];
}

export interface RelationStoreAccessor extends Located {
  path: string[];
}

/** A DSL island inside an expression: `~col`, `~[a, b]`, `#{...}#` graph fetch, `#/...#` path, `#>{db.table}#`. */
export type ClassInstance =
  | (Located & { _type: 'classInstance'; type: 'colSpec'; value: ColSpec })
  | (Located & { _type: 'classInstance'; type: 'colSpecArray'; value: ColSpecArray })
  | (Located & { _type: 'classInstance'; type: 'rootGraphFetchTree'; value: RootGraphFetchTree })
  | (Located & { _type: 'classInstance'; type: 'path'; value: Path })
  | (Located & { _type: 'classInstance'; type: '>'; value: RelationStoreAccessor })
  | (Located & { _type: 'classInstance'; type: 'listInstance'; value: PureList });

/** `list([a, b])` parameter values of legacy service tests. */
export interface PureList extends Located {
  values: ValueSpecification[];
}

export type PrimitiveValueSpecification =
  | CString
  | CInteger
  | CFloat
  | CDecimal
  | CBoolean
  | CDateTime
  | CStrictDate
  | CStrictTime
  | CLatestDate
  | CByteArray;

export type ValueSpecification =
  | AppliedFunction
  | AppliedProperty
  | Variable
  | LambdaFunction
  | Collection
  | PrimitiveValueSpecification
  | EnumValue
  | PackageableElementPtr
  | GenericTypeInstance
  | KeyExpression
  | UnitType
  | ClassInstance;
