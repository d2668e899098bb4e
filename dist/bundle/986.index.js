export const id = 986;
export const ids = [986];
export const modules = {

/***/ 5262:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HX: () => (/* binding */ toDefect),
/* harmony export */   m$: () => (/* binding */ CompilationError),
/* harmony export */   xf: () => (/* binding */ notSupportedMessage)
/* harmony export */ });
/* unused harmony export NOT_SUPPORTED_SUFFIX */
/** Thrown inside the compiler for a COMPILATION error; caught per element (Legend's partial compilation). */
class CompilationError extends Error {
    sourceInformation;
    constructor(message, sourceInformation) {
        super(message);
        this.sourceInformation = sourceInformation;
        this.name = 'CompilationError';
    }
}
const NOT_SUPPORTED_SUFFIX = 'is not supported by the embedded engine; configure a Legend engine URL to compile it';
function notSupportedMessage(what) {
    return `${what} ${NOT_SUPPORTED_SUFFIX}`;
}
function toDefect(d) {
    const defect = {
        defectSeverityLevel: d.severity === 'error' ? 'ERROR' : 'WARN',
        message: d.message,
        defectTypeId: d.notSupported ? 'EmbeddedEngineNotSupported' : 'PureWarning',
    };
    if (d.sourceInformation)
        defect.sourceInformation = d.sourceInformation;
    return defect;
}


/***/ }),

/***/ 4986:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J$: () => (/* binding */ functionBaseName),
/* harmony export */   TX: () => (/* binding */ kindSet),
/* harmony export */   XM: () => (/* binding */ pathOf),
/* harmony export */   il: () => (/* binding */ ModelIndex),
/* harmony export */   oY: () => (/* binding */ signaturePath)
/* harmony export */ });
/* unused harmony exports elementKind, functionSignatureSuffix */
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5262);
/* harmony import */ var _system_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8605);


const USER_KINDS = {
    class: 'class',
    Enumeration: 'enumeration',
    association: 'association',
    profile: 'profile',
    function: 'function',
    measure: 'measure',
    mapping: 'mapping',
    runtime: 'runtime',
    connection: 'connection',
    service: 'service',
    relational: 'store',
    dataElement: 'data',
};
function elementKind(el) {
    return USER_KINDS[el._type] ?? 'other';
}
function pathOf(el) {
    return el.package ? `${el.package}::${el.name}` : el.name;
}
/** Legend's terse signature suffix of a function (`_Integer_1__String_MANY__String_$0_1$_`). */
function functionSignatureSuffix(fn) {
    const cls = (gt) => {
        if (!gt)
            return null;
        const raw = gt.rawType;
        const full = raw && raw._type === 'packageableType' ? raw.fullPath : 'Relation';
        return full.includes('::') ? full.slice(full.lastIndexOf('::') + 2) : full;
    };
    const mult = (m) => {
        const lower = m?.lowerBound ?? 1;
        const upper = m ? m.upperBound : 1;
        if (upper !== undefined && upper !== null && lower === upper)
            return String(lower);
        if (lower === 0 && (upper === undefined || upper === null))
            return 'MANY';
        return `$${lower}_${upper === undefined || upper === null ? 'MANY' : upper}$`;
    };
    const params = (fn.parameters ?? [])
        .map((p) => (p.genericType ? `${cls(p.genericType)}_${mult(p.multiplicity)}` : null))
        .filter((x) => x !== null)
        .join('__');
    const sig = `${params}__${cls(fn.returnGenericType) ?? 'Nil'}_${mult(fn.returnMultiplicity)}_`;
    return (fn.parameters ?? []).length === 0 ? sig : `_${sig}`;
}
/** A function's name without the signature suffix (`f_Integer_1__String_1_` → `f`). */
function functionBaseName(fn) {
    const suffix = functionSignatureSuffix(fn);
    return fn.name.endsWith(suffix) ? fn.name.slice(0, fn.name.length - suffix.length) : fn.name;
}
/** Legend's element path for duplicate checks: a function's path always carries its signature. */
function signaturePath(fn) {
    const suffix = functionSignatureSuffix(fn);
    const name = fn.name.endsWith(suffix) ? fn.name : fn.name + suffix;
    return pathOf({ package: fn.package, name });
}
class ModelIndex {
    records = [];
    /** First element per path (functions: per path with signature). */
    byPath = new Map();
    /** User functions by `package::baseName`. */
    functionsByBase = new Map();
    /** Measures' units: `measure~unit` → measure path. */
    units = new Map();
    sections;
    cache = new Map();
    constructor(pmcd) {
        const importsByPath = new Map();
        let sectionIndex;
        for (const el of Array.isArray(pmcd.elements) ? pmcd.elements : []) {
            if (el && el._type === 'sectionIndex') {
                sectionIndex = el;
                for (const s of Array.isArray(el.sections) ? el.sections : []) {
                    const imports = s && s._type === 'importAware' && Array.isArray(s.imports) ? s.imports.filter((i) => typeof i === 'string') : [];
                    for (const p of Array.isArray(s?.elements) ? s.elements : [])
                        importsByPath.set(p, imports);
                }
            }
        }
        this.sections = sectionIndex;
        let index = 0;
        for (const el of Array.isArray(pmcd.elements) ? pmcd.elements : []) {
            if (!el || typeof el !== 'object' || el._type === 'sectionIndex')
                continue;
            const path = pathOf(el);
            const imports = importsByPath.get(path) ?? [];
            const rec = { path, element: el, index: index++, imports, scopeKey: imports.join(',') };
            this.records.push(rec);
            if (!this.byPath.has(path))
                this.byPath.set(path, rec);
            if (el._type === 'function') {
                let baseName = el.name;
                try {
                    baseName = functionBaseName(el);
                }
                catch {
                    // malformed parameters: the name as written
                }
                const base = pathOf({ package: el.package, name: baseName });
                const list = this.functionsByBase.get(base);
                if (list)
                    list.push(rec);
                else
                    this.functionsByBase.set(base, [rec]);
            }
            if (el._type === 'measure' && Array.isArray(el.nonCanonicalUnits ?? [])) {
                for (const u of [el.canonicalUnit, ...(el.nonCanonicalUnits ?? [])])
                    if (u && typeof u.name === 'string')
                        this.units.set(`${path}~${u.name.includes('~') ? u.name.split('~').pop() : u.name}`, path);
            }
        }
    }
    /** What an exact path names, or undefined. */
    lookup(path) {
        const rec = this.byPath.get(path);
        if (rec)
            return { path, kind: elementKind(rec.element), record: rec };
        if (this.functionsByBase.has(path))
            return { path, kind: 'function', record: this.functionsByBase.get(path)[0] };
        if (path.includes('~')) {
            if (this.units.has(path))
                return { path, kind: 'unit' };
            return undefined;
        }
        const sys = _system_js__WEBPACK_IMPORTED_MODULE_1__/* .SYSTEM_TYPES */ .O3[path];
        if (sys)
            return { path, kind: sys === 'enumeration' ? 'enumeration' : sys === 'primitive' ? 'primitive' : sys === 'measure' ? 'measure' : 'class' };
        if (_system_js__WEBPACK_IMPORTED_MODULE_1__/* .SYSTEM_PROFILES */ .Np[path])
            return { path, kind: 'profile' };
        return undefined;
    }
    /**
     * Resolves `name` as written in an element of `scope`, accepting only elements of the given kinds.
     * Returns null when nothing matches; throws the engine's ambiguity error when several imports match.
     */
    resolve(name, scope, kinds, kindsKey, si) {
        const key = `${scope.scopeKey}\u0000${kindsKey}\u0000${name}`;
        let hit = this.cache.get(key);
        if (hit === undefined) {
            hit = this.resolveUncached(name, scope.imports, kinds);
            this.cache.set(key, hit);
        }
        if (Array.isArray(hit))
            throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .CompilationError */ .m$(`Can't resolve element with path '${name}' - multiple matches found [${hit.join(', ')}]`, si);
        return hit;
    }
    resolveUncached(name, imports, kinds) {
        if (_system_js__WEBPACK_IMPORTED_MODULE_1__/* .PRIMITIVE_TYPES */ .qq.includes(name))
            return kinds.has('primitive') ? { path: name, kind: 'primitive' } : null;
        if (kinds.has('store') && _system_js__WEBPACK_IMPORTED_MODULE_1__/* .BUILT_IN_STORES */ .E4.includes(name))
            return { path: name, kind: 'store' };
        if (name.includes('::')) {
            const found = this.lookup(name);
            if (found)
                return kinds.has(found.kind) ? found : null;
            return (0,_system_js__WEBPACK_IMPORTED_MODULE_1__/* .isSystemPath */ .bW)(name) && kinds.has('system') ? { path: name, kind: 'system' } : null;
        }
        const matches = [];
        const seen = new Set();
        for (const pkg of [...imports, ..._system_js__WEBPACK_IMPORTED_MODULE_1__/* .AUTO_IMPORTS */ .D6]) {
            if (seen.has(pkg))
                continue;
            seen.add(pkg);
            const found = this.lookup(`${pkg}::${name}`);
            if (found && kinds.has(found.kind))
                matches.push(found);
        }
        if (matches.length === 1)
            return matches[0];
        if (matches.length > 1)
            return matches.map((m) => m.path).sort(comparePaths);
        const root = this.lookup(name);
        return root && kinds.has(root.kind) ? root : null;
    }
}
/** Orders paths package by package (`test::doc` before `test2::doc`), as the engine lists ambiguous matches. */
function comparePaths(a, b) {
    const x = a.split('::');
    const y = b.split('::');
    for (let i = 0; i < Math.min(x.length, y.length); i++) {
        if (x[i] !== y[i])
            return x[i] < y[i] ? -1 : 1;
    }
    return x.length - y.length;
}
function kindSet(...kinds) {
    return { set: new Set(kinds), key: kinds.join('|') };
}


/***/ }),

/***/ 8605:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D6: () => (/* binding */ AUTO_IMPORTS),
/* harmony export */   E4: () => (/* binding */ BUILT_IN_STORES),
/* harmony export */   Np: () => (/* binding */ SYSTEM_PROFILES),
/* harmony export */   O3: () => (/* binding */ SYSTEM_TYPES),
/* harmony export */   _D: () => (/* binding */ PRIMITIVE_SUPERTYPE),
/* harmony export */   bW: () => (/* binding */ isSystemPath),
/* harmony export */   qq: () => (/* binding */ PRIMITIVE_TYPES),
/* harmony export */   tp: () => (/* binding */ CLASS),
/* harmony export */   uA: () => (/* binding */ ENUM),
/* harmony export */   x4: () => (/* binding */ ANY)
/* harmony export */ });
/* unused harmony exports NIL, ENUMERATION, SYSTEM_PACKAGE_PREFIXES */
/**
 * What the embedded compiler knows of Legend's system graph (the elements that ship with the engine and that
 * user models refer to without defining): the auto-imported packages, the primitive types, the system classes,
 * enumerations and profiles. Facts taken from Legend's public sources (m3.pure, the engine's CompileContext);
 * kept as data so that adding a known system element is a one-line change.
 */
/** Packages every section imports implicitly (Legend's `CompileContext.META_IMPORTS`). */
const AUTO_IMPORTS = [
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
const PRIMITIVE_TYPES = [
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
const PRIMITIVE_SUPERTYPE = {
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
const ANY = 'meta::pure::metamodel::type::Any';
const NIL = 'meta::pure::metamodel::type::Nil';
const ENUM = 'meta::pure::metamodel::type::Enum';
const CLASS = 'meta::pure::metamodel::type::Class';
const ENUMERATION = 'meta::pure::metamodel::type::Enumeration';
/**
 * System types a model may name. Classes in this list are opaque to the embedded compiler (their properties
 * are not modelled), except `Enum.name`. Precise primitives are primitives with a supertype above.
 */
const SYSTEM_TYPES = {
    ...Object.fromEntries(Object.keys(PRIMITIVE_SUPERTYPE).filter((p) => p.includes('::')).map((p) => [p, 'primitive'])),
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
    // further classes and enumerations of the auto-imported packages
    'meta::pure::functions::collection::MapStats': 'class',
    'meta::pure::functions::collection::ValueHolder': 'class',
    'meta::pure::functions::date::Time': 'class',
    'meta::pure::functions::math::Accumulator': 'class',
    'meta::pure::functions::meta::CompilationFailure': 'class',
    'meta::pure::functions::meta::CompilationResult': 'class',
    'meta::pure::functions::relation::Frame': 'class',
    'meta::pure::functions::relation::FrameIntValue': 'class',
    'meta::pure::functions::relation::FrameIntervalValue': 'class',
    'meta::pure::functions::relation::FrameNumericValue': 'class',
    'meta::pure::functions::relation::FrameValue': 'class',
    'meta::pure::functions::relation::Rows': 'class',
    'meta::pure::functions::relation::UnboundedFrameValue': 'class',
    'meta::pure::functions::relation::_Range': 'class',
    'meta::pure::functions::relation::_RangeInterval': 'class',
    'meta::pure::functions::string::CamelSplit': 'class',
    'meta::pure::functions::string::SplitTextResult': 'class',
    'meta::pure::functions::test::TestedByResult': 'class',
    'meta::pure::functions::tools::ProfileResult': 'class',
    'meta::pure::metamodel::import::EnumStub': 'class',
    'meta::pure::metamodel::import::Import': 'class',
    'meta::pure::metamodel::import::ImportGroup': 'class',
    'meta::pure::metamodel::import::ImportStub': 'class',
    'meta::pure::metamodel::import::PropertyStub': 'class',
    'meta::pure::metamodel::multiplicity::PackageableMultiplicity': 'class',
    'meta::pure::metamodel::relation::GenericTypeOperation': 'class',
    'meta::pure::metamodel::relation::GenericTypeOperationType': 'enumeration',
    'meta::pure::metamodel::relation::TDSRelationAccessor': 'class',
    'meta::pure::metamodel::relationship::AssociationProjection': 'class',
    'meta::pure::metamodel::type::ClassProjection': 'class',
    'meta::pure::metamodel::type::ConstraintsGetterOverride': 'class',
    'meta::pure::metamodel::type::ConstraintsOverride': 'class',
    'meta::pure::metamodel::type::ElementOverride': 'class',
    'meta::pure::metamodel::type::GetterOverride': 'class',
    'meta::pure::metamodel::type::generics::InferredGenericType': 'class',
    'meta::pure::metamodel::valuespecification::ClassConstraintValueSpecificationContext': 'class',
    'meta::pure::metamodel::valuespecification::Expression': 'class',
    'meta::pure::metamodel::valuespecification::ExpressionSequenceValueSpecificationContext': 'class',
    'meta::pure::metamodel::valuespecification::FunctionExpression': 'class',
    'meta::pure::metamodel::valuespecification::InstanceValueSpecificationContext': 'class',
    'meta::pure::metamodel::valuespecification::KeyValueValueSpecificationContext': 'class',
    'meta::pure::metamodel::valuespecification::NonExecutableValueSpecification': 'class',
    'meta::pure::metamodel::valuespecification::ParameterValueSpecificationContext': 'class',
    'meta::pure::metamodel::valuespecification::StoreValueSpecificationContext': 'class',
    'meta::pure::metamodel::valuespecification::ValueSpecificationContext': 'class',
    'meta::pure::router::ClassSetImplementationHolder': 'class',
    'meta::pure::router::FunctionRoutedValueSpecification': 'class',
    'meta::pure::router::NoSetRoutedValueSpecification': 'class',
    'meta::pure::router::RoutedValueSpecification': 'class',
    'meta::pure::router::TDSRoutedValueSpecification': 'class',
    'meta::pure::tds::ColumnSort': 'class',
    'meta::pure::tds::OlapAggregation': 'class',
    'meta::pure::tds::OlapRank': 'class',
    'meta::pure::tds::TdsOlapAggregation': 'class',
    'meta::pure::tds::TdsOlapRank': 'class',
    'meta::pure::tds::Window': 'class',
    'meta::pure::tds::WindowColumnSpecification': 'class',
    'meta::pure::tools::DebugContext': 'class',
    'meta::pure::tools::GrammarInfoStub': 'class',
    // stores and runtimes referenced as types
    'meta::pure::mapping::Mapping': 'class',
    'meta::core::runtime::Runtime': 'class',
    'meta::pure::runtime::PackageableRuntime': 'class',
    'meta::pure::store::Store': 'class',
    'meta::external::store::model::ModelStore': 'class',
};
/** System profiles with their stereotypes and tags (so `<<doc.deprecated>>` and `{doc.doc = '...'}` check). */
const SYSTEM_PROFILES = {
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
    'meta::pure::profiles::cipher': { stereotypes: ['Cipher', 'Decipher'], tags: [] },
    'meta::pure::profiles::enterprise': { stereotypes: [], tags: ['taxonomyNodes'] },
    'meta::pure::service::service': { stereotypes: ['disableStreaming'], tags: ['contentType', 'contentDisposition', 'url', 'paramsExample'] },
};
/** Stores every runtime may name without declaring them. */
const BUILT_IN_STORES = ['ModelStore'];
/** Package prefixes whose unknown elements are assumed to exist in the engine (never a false error). */
const SYSTEM_PACKAGE_PREFIXES = ['meta::'];
function isSystemPath(path) {
    return SYSTEM_PACKAGE_PREFIXES.some((p) => path.startsWith(p));
}


/***/ })

};
