/**
 * What the embedded compiler knows of Legend's system graph (the elements that ship with the engine and that
 * user models refer to without defining): the auto-imported packages, the primitive types, the system classes,
 * enumerations and profiles. Facts taken from Legend's public sources (m3.pure, the engine's CompileContext);
 * kept as data so that adding a known system element is a one-line change.
 */

/** Packages every section imports implicitly (Legend's `CompileContext.META_IMPORTS`). */
export const AUTO_IMPORTS: readonly string[] = [
  'meta::pure::metamodel',
  'meta::pure::metamodel::type',
  'meta::pure::metamodel::type::generics',
  'meta::pure::metamodel::relationship',
  'meta::pure::metamodel::valuespecification',
  'meta::pure::metamodel::multiplicity',
  'meta::pure::metamodel::function',
  'meta::pure::metamodel::function::property',
  'meta::pure::metamodel::extension',
  'meta::pure::metamodel::import',
  'meta::pure::metamodel::variant',
  'meta::pure::functions::date',
  'meta::pure::functions::string',
  'meta::pure::functions::collection',
  'meta::pure::functions::meta',
  'meta::pure::functions::constraints',
  'meta::pure::functions::lang',
  'meta::pure::functions::boolean',
  'meta::pure::functions::tools',
  'meta::pure::functions::io',
  'meta::pure::functions::math',
  'meta::pure::functions::asserts',
  'meta::pure::functions::test',
  'meta::pure::functions::multiplicity',
  'meta::pure::functions::relation',
  'meta::pure::metamodel::relation',
  'meta::pure::router',
  'meta::pure::service',
  'meta::pure::tds',
  'meta::pure::tools',
  'meta::pure::profiles',
  'meta::pure::precisePrimitives',
];

/** Primitive types live in the root package and are never resolved through imports. */
export const PRIMITIVE_TYPES: readonly string[] = [
  'String',
  'Boolean',
  'Byte',
  'Binary',
  'Number',
  'Integer',
  'Float',
  'Decimal',
  'Date',
  'StrictDate',
  'DateTime',
  'StrictTime',
  'LatestDate',
];

/** Direct supertype of each primitive (absent: Any). */
export const PRIMITIVE_SUPERTYPE: Readonly<Record<string, string>> = {
  Integer: 'Number',
  Float: 'Number',
  Decimal: 'Number',
  StrictDate: 'Date',
  DateTime: 'Date',
  LatestDate: 'Date',
  'meta::pure::precisePrimitives::Varchar': 'String',
  'meta::pure::precisePrimitives::Char': 'String',
  'meta::pure::precisePrimitives::TinyInt': 'Integer',
  'meta::pure::precisePrimitives::UTinyInt': 'Integer',
  'meta::pure::precisePrimitives::SmallInt': 'Integer',
  'meta::pure::precisePrimitives::USmallInt': 'Integer',
  'meta::pure::precisePrimitives::Int': 'Integer',
  'meta::pure::precisePrimitives::UInt': 'Integer',
  'meta::pure::precisePrimitives::BigInt': 'Integer',
  'meta::pure::precisePrimitives::UBigInt': 'Integer',
  'meta::pure::precisePrimitives::Float4': 'Float',
  'meta::pure::precisePrimitives::Double': 'Float',
  'meta::pure::precisePrimitives::Numeric': 'Decimal',
  'meta::pure::precisePrimitives::Timestamp': 'DateTime',
};

export const ANY = 'meta::pure::metamodel::type::Any';
export const NIL = 'meta::pure::metamodel::type::Nil';
export const ENUM = 'meta::pure::metamodel::type::Enum';
export const CLASS = 'meta::pure::metamodel::type::Class';
export const ENUMERATION = 'meta::pure::metamodel::type::Enumeration';

export type SystemTypeKind = 'primitive' | 'class' | 'enumeration' | 'measure';

/**
 * System types a model may name. Classes in this list are opaque to the embedded compiler (their properties
 * are not modelled), except `Enum.name`. Precise primitives are primitives with a supertype above.
 */
export const SYSTEM_TYPES: Readonly<Record<string, SystemTypeKind>> = {
  ...Object.fromEntries(Object.keys(PRIMITIVE_SUPERTYPE).filter((p) => p.includes('::')).map((p) => [p, 'primitive' as const])),
  // m3 metamodel
  'meta::pure::metamodel::ModelElement': 'class',
  'meta::pure::metamodel::PackageableElement': 'class',
  'meta::pure::metamodel::PropertyOwner': 'class',
  'meta::pure::metamodel::ReferenceUsage': 'class',
  'meta::pure::metamodel::Referenceable': 'class',
  'meta::pure::metamodel::constraint::Constraint': 'class',
  'meta::pure::metamodel::extension::AnnotatedElement': 'class',
  'meta::pure::metamodel::extension::Annotation': 'class',
  'meta::pure::metamodel::extension::ElementWithConstraints': 'class',
  'meta::pure::metamodel::extension::ElementWithStereotypes': 'class',
  'meta::pure::metamodel::extension::ElementWithTaggedValues': 'class',
  'meta::pure::metamodel::extension::Profile': 'class',
  'meta::pure::metamodel::extension::Stereotype': 'class',
  'meta::pure::metamodel::extension::Tag': 'class',
  'meta::pure::metamodel::extension::TaggedValue': 'class',
  'meta::pure::metamodel::function::ConcreteFunctionDefinition': 'class',
  'meta::pure::metamodel::function::Function': 'class',
  'meta::pure::metamodel::function::FunctionDefinition': 'class',
  'meta::pure::metamodel::function::KeyExpression': 'class',
  'meta::pure::metamodel::function::LambdaFunction': 'class',
  'meta::pure::metamodel::function::NativeFunction': 'class',
  'meta::pure::metamodel::function::PackageableFunction': 'class',
  'meta::pure::metamodel::function::property::AbstractProperty': 'class',
  'meta::pure::metamodel::function::property::DefaultValue': 'class',
  'meta::pure::metamodel::function::property::Property': 'class',
  'meta::pure::metamodel::function::property::QualifiedProperty': 'class',
  'meta::pure::metamodel::function::property::AggregationKind': 'enumeration',
  'meta::pure::metamodel::multiplicity::Multiplicity': 'class',
  'meta::pure::metamodel::multiplicity::MultiplicityValue': 'class',
  'meta::pure::metamodel::path::Path': 'class',
  'meta::pure::metamodel::relation::Column': 'class',
  'meta::pure::metamodel::relation::Relation': 'class',
  'meta::pure::metamodel::relation::RelationType': 'class',
  'meta::pure::metamodel::relation::RelationElementAccessor': 'class',
  'meta::pure::metamodel::relation::TDS': 'class',
  'meta::pure::metamodel::relation::ColSpec': 'class',
  'meta::pure::metamodel::relation::ColSpecArray': 'class',
  'meta::pure::metamodel::relation::FuncColSpec': 'class',
  'meta::pure::metamodel::relation::FuncColSpecArray': 'class',
  'meta::pure::metamodel::relation::AggColSpec': 'class',
  'meta::pure::metamodel::relation::AggColSpecArray': 'class',
  'meta::pure::metamodel::relationship::Association': 'class',
  'meta::pure::metamodel::relationship::Generalization': 'class',
  'meta::pure::metamodel::testable::Test': 'class',
  'meta::pure::metamodel::testable::Testable': 'class',
  [ANY]: 'class',
  [CLASS]: 'class',
  'meta::pure::metamodel::type::DataType': 'class',
  [ENUM]: 'class',
  [ENUMERATION]: 'class',
  'meta::pure::metamodel::type::FunctionType': 'class',
  'meta::pure::metamodel::type::Measure': 'class',
  [NIL]: 'class',
  'meta::pure::metamodel::type::PrimitiveType': 'class',
  'meta::pure::metamodel::type::Type': 'class',
  'meta::pure::metamodel::type::Unit': 'class',
  'meta::pure::metamodel::type::generics::GenericType': 'class',
  'meta::pure::metamodel::type::generics::TypeParameter': 'class',
  'meta::pure::metamodel::valuespecification::ValueSpecification': 'class',
  'meta::pure::metamodel::valuespecification::InstanceValue': 'class',
  'meta::pure::metamodel::valuespecification::VariableExpression': 'class',
  'meta::pure::metamodel::valuespecification::SimpleFunctionExpression': 'class',
  'meta::pure::metamodel::variant::Variant': 'class',
  // standard library types
  'meta::pure::functions::collection::List': 'class',
  'meta::pure::functions::collection::Map': 'class',
  'meta::pure::functions::collection::Pair': 'class',
  'meta::pure::functions::collection::AggregateValue': 'class',
  'meta::pure::functions::collection::TreeNode': 'class',
  'meta::pure::functions::date::Duration': 'class',
  'meta::pure::functions::date::DayOfWeek': 'enumeration',
  'meta::pure::functions::date::DurationUnit': 'enumeration',
  'meta::pure::functions::date::Month': 'enumeration',
  'meta::pure::functions::date::Quarter': 'enumeration',
  'meta::pure::functions::date::DateTimeFormat': 'enumeration',
  'meta::pure::functions::date::StrictDateFormat': 'enumeration',
  'meta::pure::functions::lang::KeyValue': 'class',
  'meta::pure::functions::meta::SourceInformation': 'class',
  'meta::pure::functions::relation::SortInfo': 'class',
  'meta::pure::functions::relation::SortType': 'enumeration',
  'meta::pure::functions::relation::JoinKind': 'enumeration',
  'meta::pure::functions::relation::_Window': 'class',
  'meta::pure::functions::string::RegexpParameter': 'enumeration',
  'meta::pure::functions::string::CharType': 'enumeration',
  'meta::pure::service::ServiceResult': 'class',
  'meta::pure::tds::TabularDataSet': 'class',
  'meta::pure::tds::TDSRow': 'class',
  'meta::pure::tds::TDSColumn': 'class',
  'meta::pure::tds::TDSNull': 'class',
  'meta::pure::tds::SortDirection': 'enumeration',
  'meta::pure::tds::SortInformation': 'class',
  'meta::pure::tds::BasicColumnSpecification': 'class',
  'meta::pure::tds::ColumnSpecification': 'class',
  'meta::pure::tds::AggregateValue': 'class',
  'meta::pure::tds::OlapOperation': 'class',
  // stores and runtimes referenced as types
  'meta::pure::mapping::Mapping': 'class',
  'meta::core::runtime::Runtime': 'class',
  'meta::pure::runtime::PackageableRuntime': 'class',
  'meta::pure::store::Store': 'class',
  'meta::external::store::model::ModelStore': 'class',
};

/** System profiles with their stereotypes and tags (so `<<doc.deprecated>>` and `{doc.doc = '...'}` check). */
export const SYSTEM_PROFILES: Readonly<Record<string, { stereotypes: readonly string[]; tags: readonly string[] }>> = {
  'meta::pure::profiles::doc': { stereotypes: ['deprecated'], tags: ['doc', 'todo'] },
  'meta::pure::profiles::temporal': { stereotypes: ['bitemporal', 'businesstemporal', 'processingtemporal'], tags: [] },
  'meta::pure::profiles::equality': { stereotypes: ['Key'], tags: [] },
  'meta::pure::profiles::access': { stereotypes: ['public', 'protected', 'private', 'externalizable'], tags: [] },
  'meta::pure::profiles::typemodifiers': { stereotypes: ['abstract'], tags: [] },
  'meta::pure::profiles::milestoning': { stereotypes: ['generatedmilestoningproperty', 'generatedmilestoningdateproperty'], tags: [] },
  'meta::pure::profiles::functionType': {
    stereotypes: ['SideEffectFunction', 'NotImplementedFunction', 'NormalizeRequiredFunction', 'ReducerFunction', 'EvaluationRequiredFunction'],
    tags: [],
  },
  'meta::pure::profiles::test': {
    stereotypes: ['Test', 'TestCollection', 'BeforePackage', 'AfterPackage', 'ToFix', 'ExcludeAlloy', 'ExcludeLazy', 'ExcludeModular', 'AlloyOnly', 'ExcludeAlloyTextMode'],
    tags: ['excludePlatform', 'sensitiveToStereotype'],
  },
  'meta::pure::profiles::temporaryLazyExclusion': { stereotypes: ['exclude'], tags: [] },
};

/** Stores every runtime may name without declaring them. */
export const BUILT_IN_STORES: readonly string[] = ['ModelStore'];

/** Package prefixes whose unknown elements are assumed to exist in the engine (never a false error). */
export const SYSTEM_PACKAGE_PREFIXES: readonly string[] = ['meta::'];

export function isSystemPath(path: string): boolean {
  return SYSTEM_PACKAGE_PREFIXES.some((p) => path.startsWith(p));
}
