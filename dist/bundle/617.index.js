export const id = 617;
export const ids = [617];
export const modules = {

/***/ 4617:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  K: () => (/* binding */ buildSemanticModel),
  compilePureModel: () => (/* binding */ compilePureModel),
  f: () => (/* binding */ compileResponse)
});

// EXTERNAL MODULE: ./src/pure/compiler/context.ts
var context = __webpack_require__(4061);
// EXTERNAL MODULE: ./src/pure/compiler/diagnostics.ts
var diagnostics = __webpack_require__(5262);
;// CONCATENATED MODULE: ./src/pure/compiler/cycles.ts
/** Cycle search in the compiler's reference graphs (super types, mapping includes). */
/**
 * The first cycle reachable from `start`, as the path that closes it (`[a, b, a]`), or undefined. `edges` gives a
 * node's successors, undefined for a node outside the graph (an unknown or external element: not followed).
 * `done` is shared across calls so that a whole model is walked once (linear in nodes and edges).
 */
function findCycle(start, edges, done) {
    const stack = [];
    const onStack = new Set();
    const visit = (p) => {
        if (onStack.has(p))
            return [...stack, p];
        if (done.has(p))
            return undefined;
        const next = edges(p);
        if (!next)
            return undefined;
        stack.push(p);
        onStack.add(p);
        for (const n of next) {
            const cycle = visit(n);
            if (cycle)
                return cycle;
        }
        stack.pop();
        onStack.delete(p);
        done.add(p);
        return undefined;
    };
    return visit(start);
}

// EXTERNAL MODULE: ./src/pure/compiler/infer.ts + 2 modules
var infer = __webpack_require__(6797);
// EXTERNAL MODULE: ./src/pure/compiler/resolver.ts
var resolver = __webpack_require__(4986);
// EXTERNAL MODULE: ./src/pure/compiler/system.ts
var system = __webpack_require__(8605);
// EXTERNAL MODULE: ./src/pure/compiler/types.ts
var types = __webpack_require__(3459);
;// CONCATENATED MODULE: ./src/pure/compiler/domain.ts







function registerProfile(comp, rec, p) {
    comp.profiles.set(rec.path, {
        stereotypes: new Set((p.stereotypes ?? []).map((s) => (typeof s === 'string' ? s : s.value))),
        tags: new Set((p.tags ?? []).map((t) => (typeof t === 'string' ? t : t.value))),
    });
}
function registerEnumeration(comp, rec, e) {
    comp.enums.set(rec.path, new Set((e.values ?? []).map((v) => v.value)));
}
function registerClass(comp, rec, c) {
    comp.classes.set(rec.path, {
        path: rec.path,
        element: c,
        superTypes: [],
        properties: new Map(),
        qualified: new Map(),
        associationProperties: new Map(),
        associationQualified: new Map(),
    });
}
// ----------------------------------------------------------------------------------------------- first pass
function firstPassEnumeration(scope, e) {
    scope.checkAnnotations(e);
    for (const v of e.values ?? [])
        scope.checkAnnotations(v);
}
function firstPassClass(scope, c) {
    scope.checkAnnotations(c);
}
function firstPassAssociation(scope, rec, a) {
    if ((a.properties ?? []).length !== 2)
        throw new diagnostics/* CompilationError */.m$(`Expected 2 properties for an association '${rec.path}'`, a.sourceInformation);
    scope.checkAnnotations(a);
}
/** Functions: annotations and signature (parameter and return types). */
function firstPassFunction(scope, rec, f) {
    scope.checkAnnotations(f);
    // A function's own type parameters (`function f<T>(x: T[*]): T[1]`) are single capital letters.
    const signatureType = (gt, m) => {
        const raw = gt?.rawType;
        if (raw && raw._type === 'packageableType' && /^[A-Z]$/.test(raw.fullPath) && !scope.comp.index.byPath.has(raw.fullPath))
            return { t: types/* UNKNOWN */.HV, m: (0,types/* toMult */.Of)(m) };
        return (0,context/* typedOf */.EY)(scope, gt, m);
    };
    const params = (f.parameters ?? []).map((p) => signatureType(p.genericType, p.multiplicity));
    const ret = signatureType(f.returnGenericType, f.returnMultiplicity);
    scope.comp.functions.set(rec, { record: rec, element: f, basePath: (0,resolver/* pathOf */.XM)({ package: f.package, name: (0,resolver/* functionBaseName */.J$)(f) }), params, ret });
}
// ----------------------------------------------------------------------------------------------- second pass
function secondPassClass(scope, rec, c) {
    const info = scope.comp.classes.get(rec.path);
    // Register everything even past an error (unknown types stand in), so other elements do not cascade;
    // the element's first error is reported.
    let first;
    const attempt = (fn, fallback) => {
        try {
            return fn();
        }
        catch (e) {
            if (!(e instanceof diagnostics/* CompilationError */.m$))
                throw e;
            first ??= e;
            return fallback;
        }
    };
    const seen = new Set();
    for (const st of c.superTypes ?? []) {
        if (seen.has(st.path)) {
            first ??= new diagnostics/* CompilationError */.m$(`Duplicated super type '${st.path}' in class '${rec.path}'`, c.sourceInformation);
            continue;
        }
        seen.add(st.path);
        const t = attempt(() => scope.resolveType(st.path, st.sourceInformation), types/* UNKNOWN */.HV);
        if (t.k === 'unknown')
            continue;
        if (t.k !== 'class') {
            first ??= new diagnostics/* CompilationError */.m$(`Invalid supertype: '${c.name}' cannot extend '${st.path}' as it is not a class.`, c.sourceInformation);
            continue;
        }
        info.superTypes.push(t.path);
    }
    for (const p of c.properties ?? []) {
        const typed = attempt(() => (0,context/* typedOf */.EY)(scope, p.genericType, p.multiplicity), { t: types/* UNKNOWN */.HV, m: (0,types/* toMult */.Of)(p.multiplicity) });
        attempt(() => scope.checkAnnotations(p, true), undefined);
        if (!info.properties.has(p.name))
            info.properties.set(p.name, { name: p.name, type: typed.t, mult: typed.m, owner: rec.path });
    }
    addMilestoningProperties(scope, rec.path, info);
    for (const q of c.qualifiedProperties ?? []) {
        const sig = attempt(() => qualifiedSignature(scope, rec.path, q), {
            name: q.name,
            params: (q.parameters ?? []).filter((p) => p.name !== 'this').map(() => ({ t: types/* UNKNOWN */.HV, m: types/* ZERO_MANY */.zK })),
            type: types/* UNKNOWN */.HV,
            mult: types/* ZERO_MANY */.zK,
            owner: rec.path,
        });
        addQualified(info.qualified, sig);
    }
    if (first)
        throw first;
}
// ----------------------------------------------------------------------------------------------- milestoning
const TEMPORAL_PROFILE = 'meta::pure::profiles::temporal';
/** The temporal stereotypes of a class (its own or inherited): `businesstemporal`, `processingtemporal`, `bitemporal`. */
function temporalOf(comp, classPath, seen = new Set()) {
    const none = { business: false, processing: false };
    if (seen.has(classPath))
        return none;
    seen.add(classPath);
    const rec = comp.index.byPath.get(classPath);
    const el = rec?.element;
    if (!rec || !el || el._type !== 'class')
        return none;
    const scope = new context/* Scope */.HG(comp, rec);
    const t = { business: false, processing: false };
    for (const s of el.stereotypes ?? []) {
        let profile;
        try {
            profile = comp.index.resolve(s.profile, rec, PROFILE_KIND.set, PROFILE_KIND.key, undefined)?.path;
        }
        catch {
            profile = undefined;
        }
        if (profile !== TEMPORAL_PROFILE)
            continue;
        if (s.value === 'businesstemporal' || s.value === 'bitemporal')
            t.business = true;
        if (s.value === 'processingtemporal' || s.value === 'bitemporal')
            t.processing = true;
    }
    for (const st of el.superTypes ?? []) {
        let sup;
        try {
            sup = scope.resolveType(st.path, undefined);
        }
        catch {
            continue;
        }
        if (sup.k !== 'class')
            continue;
        const inherited = temporalOf(comp, sup.path, seen);
        t.business ||= inherited.business;
        t.processing ||= inherited.processing;
    }
    return t;
}
/**
 * The properties the engine generates for milestoned classes: `businessDate`/`processingDate` and `milestoning`
 * on a temporal class; `<p>AllVersions` and `<p>AllVersionsInRange(start, end)` for a property whose type is one.
 */
function addMilestoningProperties(scope, owner, info) {
    const comp = scope.comp;
    const own = temporalOf(comp, owner);
    const date = { t: { k: 'prim', path: 'Date' }, m: types/* ONE */.xr };
    const add = (name, t) => {
        if (!info.properties.has(name))
            info.properties.set(name, { name, type: t.t, mult: t.m, owner });
    };
    if (own.business)
        add('businessDate', date);
    if (own.processing)
        add('processingDate', date);
    if (own.business || own.processing)
        add('milestoning', { t: types/* UNKNOWN */.HV, m: types/* ZERO_ONE */.Av });
    for (const p of [...info.properties.values()]) {
        if (p.type.k !== 'class')
            continue;
        const target = temporalOf(comp, p.type.path);
        if (!target.business && !target.processing)
            continue;
        add(`${p.name}AllVersions`, { t: p.type, m: types/* ZERO_MANY */.zK });
        const range = { name: `${p.name}AllVersionsInRange`, params: [date, date], type: p.type, mult: types/* ZERO_MANY */.zK, owner };
        addQualified(info.qualified, range);
    }
}
const PROFILE_KIND = (0,resolver/* kindSet */.TX)('profile', 'system');
function qualifiedSignature(scope, owner, q) {
    scope.checkAnnotations(q, true);
    const ret = (0,context/* typedOf */.EY)(scope, q.returnGenericType, q.returnMultiplicity);
    const params = (q.parameters ?? []).filter((p) => p.name !== 'this').map((p) => (0,context/* typedOf */.EY)(scope, p.genericType, p.multiplicity));
    return { name: q.name, params, type: ret.t, mult: ret.m, owner };
}
function addQualified(map, q) {
    const list = map.get(q.name);
    if (list)
        list.push(q);
    else
        map.set(q.name, [q]);
}
/** Association ends become properties of the class at the other end; `this` of its derived properties likewise. */
function secondPassAssociation(scope, rec, a) {
    const [p0, p1] = a.properties;
    if (!p0 || !p1)
        return;
    const rawPath = (gt) => (gt?.rawType && gt.rawType._type === 'packageableType' ? gt.rawType.fullPath : '');
    const source = scope.resolveClass(rawPath(p0.genericType), p0.sourceInformation);
    const target = scope.resolveClass(rawPath(p1.genericType), p1.sourceInformation);
    if (source === system/* ANY */.x4 || target === system/* ANY */.x4)
        throw new diagnostics/* CompilationError */.m$(`Associations to Any are not allowed. Found in '${rec.path}'`, a.sourceInformation);
    const ends = [
        [p0, target],
        [p1, source],
    ];
    for (const [p, holder] of ends) {
        scope.checkAnnotations(p, true);
        const info = scope.comp.classes.get(holder);
        const prop = { name: p.name, type: { k: 'class', path: holder === target ? source : target }, mult: (0,types/* toMult */.Of)(p.multiplicity), owner: rec.path };
        if (info && !info.associationProperties.has(p.name))
            info.associationProperties.set(p.name, prop);
    }
    for (const q of a.qualifiedProperties ?? []) {
        const sig = qualifiedSignature(scope, rec.path, q);
        const holder = sig.type.k === 'class' && sig.type.path === source ? target : source;
        const info = scope.comp.classes.get(holder);
        if (info)
            addQualified(info.associationQualified, sig);
    }
}
// ----------------------------------------------------------------------------------------------- third pass
const thisOf = (path) => ({ t: { k: 'class', path }, m: types/* ONE */.xr });
/** Derived properties, default values and constraints of a class. */
function thirdPassClass(scope, rec, c) {
    const ctx = `Class '${rec.path}' Third Pass`;
    for (const p of c.properties ?? []) {
        if (!p.defaultValue?.value)
            continue;
        const inf = new infer/* Inferrer */.QV(scope, ['Build Lambda']);
        inf.inferLambda({ _type: 'lambda', parameters: [], body: [p.defaultValue.value] }, new infer/* Vars */.dd(), []);
    }
    for (const q of c.qualifiedProperties ?? []) {
        const inf = new infer/* Inferrer */.QV(scope, [ctx, `Qualified Property ${q.name}`]);
        const vars = new infer/* Vars */.dd();
        vars.set('this', thisOf(rec.path));
        for (const p of q.parameters ?? [])
            if (p.name !== 'this')
                vars.set(p.name, (0,context/* typedOf */.EY)(scope, p.genericType, p.multiplicity));
        const body = q.body ?? [];
        const last = inf.inferBody(body, vars);
        const expected = (0,context/* typedOf */.EY)(scope, q.returnGenericType, q.returnMultiplicity);
        checkCompatibility(scope, last, expected, `Error in derived property '${c.name}.${q.name}'`, body[body.length - 1]?.sourceInformation ?? q.sourceInformation);
    }
    for (const con of c.constraints ?? [])
        checkConstraint(scope, ctx, rec.path, con);
}
function checkConstraint(scope, ctx, classPath, con) {
    const vars = new infer/* Vars */.dd();
    vars.set('this', thisOf(classPath));
    const inf = new infer/* Inferrer */.QV(scope, [ctx, `Constraint ${con.name}`]);
    const lambda = con.functionDefinition;
    if (!lambda)
        return;
    // Newer engines give constraint lambdas an untyped `this` parameter: it is the class instance.
    const thisParam = (l) => (l.parameters ?? []).map((p) => (p.name === 'this' ? thisOf(classPath) : { t: types/* UNKNOWN */.HV, m: types/* ONE */.xr }));
    const fn = inf.inferLambda(lambda, vars, thisParam(lambda));
    const body = lambda.body ?? [];
    const last = fn.t.k === 'fn' ? fn.t.ret : undefined;
    if (last && last.t.k !== 'unknown' && !(last.t.k === 'prim' && last.t.path === 'Boolean')) {
        throw new diagnostics/* CompilationError */.m$("Constraint must be of type 'Boolean'", body[body.length - 1]?.sourceInformation ?? con.sourceInformation);
    }
    if (con.messageFunction) {
        // The engine lets an invalid message function through (it falls back to the default message).
        try {
            new infer/* Inferrer */.QV(scope, [ctx, `Constraint ${con.name}`]).inferLambda(con.messageFunction, vars, thisParam(con.messageFunction));
        }
        catch (e) {
            if (!(e instanceof diagnostics/* CompilationError */.m$))
                throw e;
        }
    }
}
function thirdPassAssociation(scope, rec, a) {
    const [p0, p1] = a.properties ?? [];
    if (!p0 || !p1)
        return;
    const raw = (gt) => (gt?.rawType && gt.rawType._type === 'packageableType' ? gt.rawType.fullPath : '');
    for (const p of a.properties) {
        if (!p.defaultValue?.value)
            continue;
        new infer/* Inferrer */.QV(scope, ['Build Lambda']).inferLambda({ _type: 'lambda', parameters: [], body: [p.defaultValue.value] }, new infer/* Vars */.dd(), []);
    }
    for (const q of a.qualifiedProperties ?? []) {
        const thisWritten = raw(p0.genericType) === raw(q.returnGenericType) ? raw(p1.genericType) : raw(p0.genericType);
        const thisPath = scope.resolveClass(thisWritten, a.sourceInformation);
        const vars = new infer/* Vars */.dd();
        vars.set('this', thisOf(thisPath));
        for (const p of q.parameters ?? [])
            if (p.name !== 'this')
                vars.set(p.name, (0,context/* typedOf */.EY)(scope, p.genericType, p.multiplicity));
        new infer/* Inferrer */.QV(scope, [`Association ${rec.path} (third pass)`, `Qualified Property ${q.name}`]).inferBody(q.body ?? [], vars);
    }
}
function thirdPassFunction(scope, rec, f) {
    const info = scope.comp.functions.get(rec);
    if (!info)
        return;
    const vars = new infer/* Vars */.dd();
    (f.parameters ?? []).forEach((p, i) => vars.set(p.name, info.params[i]));
    for (const con of [...(f.preConstraints ?? []), ...(f.postConstraints ?? [])]) {
        const inf = new infer/* Inferrer */.QV(scope, [`Function '${rec.path}'`, `Constraint ${con.name}`]);
        if (con.functionDefinition)
            inf.inferLambda(con.functionDefinition, vars.child(), []);
    }
    const body = f.body ?? [];
    const last = new infer/* Inferrer */.QV(scope, [`Function '${rec.path}'`]).inferBody(body, vars);
    checkCompatibility(scope, last, info.ret, `Error in function '${rec.path}'`, body[body.length - 1]?.sourceInformation ?? f.sourceInformation);
}
/** Legend's `HelperModelBuilder.checkCompatibility`: type, then multiplicity. */
function checkCompatibility(scope, actual, expected, stub, si) {
    if (actual.t.k === 'unknown' || expected.t.k === 'unknown')
        return;
    if (!(0,types/* isSubtype */.x4)(scope.comp, actual.t, expected.t)) {
        throw new diagnostics/* CompilationError */.m$(`${stub} - Type error: '${(0,types/* printType */.OC)(actual.t, true)}' is not a subtype of '${(0,types/* printType */.OC)(expected.t, true)}'`, si);
    }
    if (!(0,types/* subsumes */.Id)(expected.m, actual.m)) {
        throw new diagnostics/* CompilationError */.m$(`${stub} - Multiplicity error: ${(0,types/* printMult */.cq)(expected.m)} doesn't subsume ${(0,types/* printMult */.cq)(actual.m)}`, si);
    }
}
// ----------------------------------------------------------------------------------------------- validators
/** Duplicated stereotypes/tags of profiles (warnings at the profile). */
function validateProfile(comp, rec, p) {
    for (const t of duplicates((p.tags ?? []).map((x) => (typeof x === 'string' ? x : x.value))))
        comp.warn(`Found duplicated tag '${t}' in profile '${rec.path}'`, p.sourceInformation, rec);
    for (const s of duplicates((p.stereotypes ?? []).map((x) => (typeof x === 'string' ? x : x.value))))
        comp.warn(`Found duplicated stereotype '${s}' in profile '${rec.path}'`, p.sourceInformation, rec);
}
function validateEnumeration(comp, rec, e) {
    firstOfDuplicates(e.values ?? [], (v) => v.value, (v) => comp.warn(`Found duplicated value '${v.value}' in enumeration '${rec.path}'`, v.sourceInformation, rec));
}
function validateClassProperties(comp, rec, c) {
    firstOfDuplicates(c.properties ?? [], (p) => p.name, (p) => comp.warn(`Found duplicated property '${p.name}' in class '${rec.path}'`, p.sourceInformation, rec));
}
function validateAssociationProperties(comp, rec, a) {
    firstOfDuplicates(a.properties ?? [], (p) => p.name, (p) => comp.warn(`Found duplicated property '${p.name}' in association '${rec.path}'`, p.sourceInformation, rec));
}
/**
 * Cycles in the super-type graph: `Cycle detected in class supertype hierarchy: a::A -> a::B -> a::A`.
 * `done` is shared across calls so that the whole model is walked once (linear in classes and edges).
 */
function findSupertypeCycle(comp, start, done = new Set()) {
    return findCycle(start, (p) => (comp.classes.get(p)?.element ? comp.superTypesOf(p) : undefined), done);
}
function duplicates(values) {
    const seen = new Set();
    const dup = [];
    for (const v of values) {
        if (seen.has(v) && !dup.includes(v))
            dup.push(v);
        seen.add(v);
    }
    return dup;
}
function firstOfDuplicates(items, key, report) {
    const groups = new Map();
    for (const i of items) {
        const k = key(i);
        const g = groups.get(k);
        if (g)
            g.push(i);
        else
            groups.set(k, [i]);
    }
    for (const g of groups.values())
        if (g.length > 1)
            report(g[0]);
}

;// CONCATENATED MODULE: ./src/pure/compiler/mapping.ts





class MappingRegistry {
    mappings = new Map();
    databases = new Map();
    /** A class mapping by id, in the mapping or (recursively) its includes. */
    findSet(mappingPath, id) {
        return this.findThroughIncludes(mappingPath, (m) => m.sets.get(id), new Set());
    }
    findEnumerationMapping(mappingPath, id) {
        return this.findThroughIncludes(mappingPath, (m) => m.enumerationMappings.get(id), new Set());
    }
    /** The first hit of `own` in the mapping, then depth-first in its includes (each mapping visited once). */
    findThroughIncludes(mappingPath, own, seen) {
        if (seen.has(mappingPath))
            return undefined;
        seen.add(mappingPath);
        const m = this.mappings.get(mappingPath);
        if (!m)
            return undefined;
        const found = own(m);
        if (found)
            return found;
        for (const inc of m.includes) {
            const deeper = this.findThroughIncludes(inc, own, seen);
            if (deeper)
                return deeper;
        }
        return undefined;
    }
    /** All databases reachable from one through includes, itself first. */
    databaseClosure(path) {
        const out = [];
        const visit = (p) => {
            const db = this.databases.get(p);
            if (!db || out.includes(db))
                return;
            out.push(db);
            db.includes.forEach(visit);
        };
        visit(path);
        return out;
    }
}
const defaultSetId = (classPath) => classPath.replace(/::/g, '_');
// ----------------------------------------------------------------------------------------------- databases
function registerDatabase(reg, rec, db) {
    const schemas = new Map();
    for (const s of db.schemas ?? []) {
        const tables = schemas.get(s.name) ?? new Map();
        for (const t of s.tables ?? [])
            tables.set(t.name, new Set((t.columns ?? []).map((c) => c.name)));
        for (const v of s.views ?? [])
            tables.set(v.name, new Set((v.columnMappings ?? []).map((c) => c.name)));
        schemas.set(s.name, tables);
    }
    reg.databases.set(rec.path, {
        path: rec.path,
        name: db.name,
        includes: [],
        schemas,
        joins: new Set((db.joins ?? []).map((j) => j.name)),
        filters: new Set((db.filters ?? []).map((f) => f.name)),
    });
}
function secondPassDatabase(scope, reg, rec, db) {
    const info = reg.databases.get(rec.path);
    if (!info)
        return;
    scope.checkAnnotations(db);
    for (const inc of db.includedStores ?? [])
        info.includes.push(scope.resolveDatabase(inc.path, inc.sourceInformation));
}
// ----------------------------------------------------------------------------------------------- mappings
function registerMapping(reg, rec, m) {
    reg.mappings.set(rec.path, { path: rec.path, includes: [], sets: new Map(), enumerationMappings: new Map(), record: rec });
}
/** Includes and enumeration mappings (the engine's mapping second pass). */
function secondPassMapping(scope, reg, rec, m) {
    const info = reg.mappings.get(rec.path);
    for (const em of m.enumerationMappings ?? []) {
        const enumPath = scope.resolveEnumeration(em.enumeration.path, em.enumeration.sourceInformation ?? em.sourceInformation);
        const values = scope.comp.enums.get(enumPath);
        for (const vm of em.enumValueMappings ?? []) {
            if (values && !values.has(vm.enumValue))
                throw new diagnostics/* CompilationError */.m$(`Can't find enum value '${vm.enumValue}' in enumeration '${em.enumeration.path}'`, em.sourceInformation);
            for (const sv of vm.sourceValues ?? []) {
                if (sv._type === 'enumSourceValue') {
                    const sourceEnum = scope.resolveEnumeration(sv.enumeration, em.sourceInformation);
                    const sourceValues = scope.comp.enums.get(sourceEnum);
                    if (sourceValues && !sourceValues.has(sv.value))
                        throw new diagnostics/* CompilationError */.m$(`Can't find enum value '${sv.value}' in enumeration '${sv.enumeration}'`, em.sourceInformation);
                }
            }
        }
        info.enumerationMappings.set(em.id ?? defaultSetId(enumPath), em);
    }
    const seen = new Set();
    for (const inc of m.includedMappings ?? []) {
        const included = scope.resolveMapping(inc.includedMapping, inc.sourceInformation);
        if (seen.has(included))
            throw new diagnostics/* CompilationError */.m$(`Duplicated mapping include '${included}' in mapping '${rec.path}'`, m.sourceInformation);
        seen.add(included);
        info.includes.push(included);
    }
}
/** Class mapping targets, sources and ids; the root rule (the engine's class-mapping first pass). */
function registerClassMappings(scope, reg, rec, m) {
    const info = reg.mappings.get(rec.path);
    const byClass = new Map();
    for (const cm of m.classMappings ?? []) {
        const classPath = scope.resolveClass(cm.class, cm.sourceInformation ?? cm.classSourceInformation);
        const id = cm.id ?? defaultSetId(classPath);
        const set = { id, classPath, mapping: rec.path };
        if (cm._type === 'pureInstance' && cm.srcClass)
            set.srcType = scope.resolveType(cm.srcClass, cm.sourceClassSourceInformation ?? cm.sourceInformation);
        if (cm._type === 'operation' || cm._type === 'mergeOperation')
            set.operationParameters = [...(cm.parameters ?? [])];
        if (cm._type === 'relational' && cm.mainTable)
            checkTable(scope, reg, cm.mainTable, cm.mainTable.sourceInformation ?? cm.sourceInformation);
        info.sets.set(id, set);
        const c = byClass.get(classPath) ?? { count: 0, roots: 0 };
        c.count++;
        if (cm.root)
            c.roots++;
        byClass.set(classPath, c);
    }
    for (const [classPath, c] of byClass) {
        if (c.count > 1 && c.roots !== 1) {
            throw new diagnostics/* CompilationError */.m$(`Class '${classPath}' is mapped by ${c.count} set implementations and has ${c.roots} roots. There should be exactly one root set implementation for the class, and it should be marked with a '*'`, m.sourceInformation);
        }
    }
}
/** Property mappings (the engine's class-mapping second and third passes). */
function thirdPassMapping(scope, reg, rec, m) {
    for (const cm of m.classMappings ?? []) {
        const set = reg.mappings.get(rec.path)?.sets.get(cm.id ?? defaultSetId(scope.resolveClass(cm.class, cm.sourceInformation)));
        if (!set)
            continue;
        if (set.operationParameters) {
            for (const p of set.operationParameters) {
                if (!reg.findSet(rec.path, p))
                    throw new diagnostics/* CompilationError */.m$(`Can't find class mapping '${p}' in mapping '${rec.path}'`, cm.sourceInformation);
            }
            continue;
        }
        if (cm.extendsClassMappingId && !reg.findSet(rec.path, cm.extendsClassMappingId)) {
            throw new diagnostics/* CompilationError */.m$(`Can't find extends class mapping '${cm.extendsClassMappingId}' in mapping '${rec.path}'`, cm.sourceInformation);
        }
        if (cm._type === 'pureInstance') {
            if (cm.filter) {
                const vars = new infer/* Vars */.dd();
                vars.set('src', { t: set.srcType ?? types/* UNKNOWN */.HV, m: types/* ONE */.xr });
                new infer/* Inferrer */.QV(scope, ['Create PureInstanceClassMapping Filter']).inferLambda(cm.filter, vars, []);
            }
            for (const pm of cm.propertyMappings ?? []) {
                if (pm._type === 'purePropertyMapping')
                    checkPurePropertyMapping(scope, reg, rec.path, set, pm);
            }
        }
        else if (cm._type === 'relational') {
            checkRelationalPropertyMappings(scope, reg, set.classPath, cm.propertyMappings ?? [], cm.mainTable);
        }
    }
}
function mappedProperty(scope, classPath, pm) {
    if (pm.localMappingProperty) {
        return { t: scope.resolveType(pm.localMappingProperty.type, pm.localMappingProperty.sourceInformation ?? pm.sourceInformation), m: (0,types/* toMult */.Of)(pm.localMappingProperty.multiplicity) };
    }
    let owner = classPath;
    if (pm.property.class) {
        const r = scope.findElement(pm.property.class, pm.property.sourceInformation);
        if (r && r.kind === 'class')
            owner = r.path;
        else if (!r)
            throw new diagnostics/* CompilationError */.m$(`Can't find property owner '${pm.property.class}'`, pm.property.sourceInformation ?? pm.sourceInformation);
        else
            return undefined;
    }
    if (!scope.comp.classes.has(owner))
        return undefined;
    const found = (0,infer/* findProperty */.bs)(scope.comp, owner, pm.property.property, 0);
    if (!found && (0,infer/* hasOpaqueAncestor */.H$)(scope.comp, owner))
        return undefined;
    if (!found) {
        const order = (0,types/* classAncestors */.pT)(scope.comp, owner).map((p) => (p === system/* ANY */.x4 ? 'Any' : (0,types/* simpleName */.ct)(p)));
        throw new diagnostics/* CompilationError */.m$(`Can't find property '${pm.property.property}' in [${order.join(', ')}]`, pm.property.sourceInformation ?? pm.sourceInformation);
    }
    return { t: found.type, m: found.mult };
}
function checkPurePropertyMapping(scope, reg, mappingPath, set, pm) {
    const prop = mappedProperty(scope, set.classPath, pm);
    const vars = new infer/* Vars */.dd();
    vars.set('src', { t: set.srcType ?? types/* UNKNOWN */.HV, m: types/* ONE */.xr });
    const body = pm.transform?.body ?? [];
    const last = new infer/* Inferrer */.QV(scope, ['Pure M2M Transform Lambda']).inferBody(body, vars);
    let enumMapping;
    if (pm.enumMappingId) {
        enumMapping = reg.findEnumerationMapping(mappingPath, pm.enumMappingId);
        if (!enumMapping)
            throw new diagnostics/* CompilationError */.m$(`Can't find enumeration mapping '${pm.enumMappingId}'`, pm.sourceInformation);
    }
    if (!prop || prop.t.k === 'unknown' || body.length === 0)
        return;
    const lastSi = body[body.length - 1]?.sourceInformation ?? pm.sourceInformation;
    const stub = `Error in class mapping '${mappingPath}' for property '${pm.property.property}'`;
    let typesToCheck = [];
    if (prop.t.k === 'class') {
        const target = pm.target ?? defaultSetId(prop.t.path);
        const targetSet = reg.findSet(mappingPath, target);
        if (!targetSet) {
            const passThrough = defaultSetId(prop.t.path) === target && last.t.k !== 'unknown' && (0,types/* isSubtype */.x4)(scope.comp, last.t, prop.t);
            if (!passThrough && last.t.k !== 'unknown')
                throw new diagnostics/* CompilationError */.m$(`Can't find class mapping '${target}'`, pm.sourceInformation);
        }
        else {
            typesToCheck = sourceTypes(reg, mappingPath, targetSet);
        }
    }
    else if (enumMapping) {
        const first = enumMapping.enumValueMappings?.[0]?.sourceValues?.[0];
        if (first?._type === 'stringSourceValue')
            typesToCheck = [{ k: 'prim', path: 'String' }];
        else if (first?._type === 'integerSourceValue')
            typesToCheck = [{ k: 'prim', path: 'Integer' }];
        else if (first?._type === 'enumSourceValue')
            typesToCheck = [{ k: 'enum', path: scope.resolveEnumeration(first.enumeration, pm.sourceInformation) }];
    }
    else {
        typesToCheck = [prop.t];
    }
    if (last.t.k === 'unknown')
        return;
    for (const t of typesToCheck) {
        if (t.k === 'unknown')
            continue;
        if (!(0,types/* isSubtype */.x4)(scope.comp, last.t, t) && !(0,types/* isSubtype */.x4)(scope.comp, t, last.t)) {
            throw new diagnostics/* CompilationError */.m$(`${stub} - Type error: '${(0,types/* printType */.OC)(last.t, true)}' is not in the class hierarchy of '${(0,types/* printType */.OC)(t, true)}'`, lastSi);
        }
    }
    const expected = pm.explodeProperty ? types/* ZERO_MANY */.zK : prop.m;
    if (!(0,types/* subsumes */.Id)(expected, last.m))
        throw new diagnostics/* CompilationError */.m$(`${stub} - Multiplicity error: ${(0,types/* printMult */.cq)(expected)} doesn't subsume ${(0,types/* printMult */.cq)(last.m)}`, lastSi);
}
/** Source types behind a set implementation (operations resolve to their parameters' sources). */
function sourceTypes(reg, mappingPath, set, seen = new Set()) {
    if (seen.has(set.id))
        return [];
    seen.add(set.id);
    if (set.operationParameters) {
        return set.operationParameters.flatMap((p) => {
            const s = reg.findSet(mappingPath, p);
            return s ? sourceTypes(reg, mappingPath, s, seen) : [];
        });
    }
    return set.srcType ? [set.srcType] : [];
}
// ----------------------------------------------------------------------------------------------- relational
function checkTable(scope, reg, t, si) {
    const dbPath = t.database || t.mainTableDb;
    if (!dbPath)
        return undefined;
    const db = scope.resolveDatabase(dbPath, t.sourceInformation ?? si);
    const info = reg.databases.get(db);
    if (!info)
        return undefined;
    const schemaName = t.schema || 'default';
    const closure = reg.databaseClosure(db);
    if (!closure.some((d) => d.schemas.has(schemaName)))
        throw new diagnostics/* CompilationError */.m$(`Can't find schema '${schemaName}' in database '${info.name}'`, t.sourceInformation ?? si);
    for (const d of closure) {
        const cols = d.schemas.get(schemaName)?.get(t.table);
        if (cols)
            return { db, columns: cols };
    }
    throw new diagnostics/* CompilationError */.m$(`Can't find table '${t.table}' in schema '${schemaName}' and database '${info.name}'`, t.sourceInformation ?? si);
}
function checkOperation(scope, reg, op, mainTable, inJoin) {
    if (!op)
        return;
    switch (op._type) {
        case 'column': {
            if (inJoin || op.tableAlias === '{target}')
                return;
            const table = op.table?.table ? op.table : mainTable;
            if (!table)
                return;
            const ptr = { ...table, database: op.table?.database || table.database || mainTable?.database || '', mainTableDb: mainTable?.database ?? '' };
            const found = checkTable(scope, reg, ptr, op.sourceInformation);
            if (found && !found.columns.has(op.column))
                throw new diagnostics/* CompilationError */.m$(`Can't find column '${op.column}'`, op.sourceInformation);
            return;
        }
        case 'dynaFunc':
            for (const p of op.parameters ?? [])
                checkOperation(scope, reg, p, mainTable, inJoin);
            return;
        case 'elemtWithJoins': {
            for (const j of op.joins ?? []) {
                const dbPath = j.db || mainTable?.database;
                if (!dbPath)
                    continue;
                const db = scope.resolveDatabase(dbPath, j.sourceInformation ?? op.sourceInformation);
                const closure = reg.databaseClosure(db);
                if (closure.length && !closure.some((d) => d.joins.has(j.name))) {
                    throw new diagnostics/* CompilationError */.m$(`Can't find join '${j.name}' in database '${reg.databases.get(db)?.name ?? (0,types/* simpleName */.ct)(db)}'`, j.sourceInformation ?? op.sourceInformation);
                }
            }
            checkOperation(scope, reg, op.relationalElement, mainTable, true);
            return;
        }
        default:
            return;
    }
}
function checkRelationalPropertyMappings(scope, reg, classPath, pms, mainTable) {
    for (const pm of pms) {
        const prop = mappedProperty(scope, classPath, pm);
        if (pm._type === 'relationalPropertyMapping')
            checkOperation(scope, reg, pm.relationalOperation, mainTable, false);
        else if (pm._type === 'embeddedPropertyMapping' || pm._type === 'otherwiseEmbeddedPropertyMapping') {
            if (prop && prop.t.k === 'class')
                checkRelationalPropertyMappings(scope, reg, prop.t.path, pm.classMapping?.propertyMappings ?? [], mainTable);
            if (pm._type === 'otherwiseEmbeddedPropertyMapping')
                checkOperation(scope, reg, pm.otherwisePropertyMapping?.relationalOperation, mainTable, false);
        }
    }
}
// ----------------------------------------------------------------------------------------------- validators
/** `Cycle detected in mapping include hierarchy: a -> b -> a`. */
function findIncludeCycle(reg, start, done = new Set()) {
    return findCycle(start, (p) => reg.mappings.get(p)?.includes, done);
}
/** Source values of one enumeration mapping must all be strings, integers or enum values. */
function validateEnumerationMappings(comp, rec, m) {
    for (const em of m.enumerationMappings ?? []) {
        const kinds = new Set();
        for (const vm of em.enumValueMappings ?? [])
            for (const sv of vm.sourceValues ?? [])
                kinds.add(sv._type);
        if (kinds.size > 1) {
            comp.error('Only one type of source value (integer, string or an enum) is allowed for enumeration mapping', em.sourceInformation ?? m.sourceInformation, rec);
            return;
        }
    }
}

;// CONCATENATED MODULE: ./src/pure/compiler/runtime.ts


function compileConnection(scope, c) {
    if (!c)
        return;
    switch (c._type) {
        case 'connectionPointer':
            scope.resolveConnection(c.connection, c.sourceInformation);
            return;
        case 'JsonModelConnection':
        case 'XmlModelConnection':
            if (c.element !== undefined && c.element !== null && c.element !== 'ModelStore') {
                throw new diagnostics/* CompilationError */.m$("Model connection must use 'ModelStore'", c.elementSourceInformation ?? c.sourceInformation);
            }
            scope.resolveClass(c.class, c.classSourceInformation ?? c.sourceInformation);
            return;
        case 'ModelChainConnection':
            if (c.element !== undefined && c.element !== null && c.element !== 'ModelStore') {
                throw new diagnostics/* CompilationError */.m$("Model connection must use 'ModelStore'", c.elementSourceInformation ?? c.sourceInformation);
            }
            for (const m of c.mappings ?? [])
                scope.resolveMapping(m, c.mappingsSourceInformation ?? c.sourceInformation);
            return;
        default:
            // Relational connections: the engine accepts an unknown store here (it creates a stub database).
            return;
    }
}
function compilePackageableConnection(scope, c) {
    compileConnection(scope, c.connectionValue);
}
/** Compiles a runtime body; returns the resolved mapping paths. */
function compileEngineRuntime(scope, r, implicitMapping) {
    const pointers = r.mappings ?? [];
    if (pointers.length === 0 && !implicitMapping)
        scope.comp.warn('Runtime must cover at least one mapping', r.sourceInformation);
    const mappings = pointers.map((m) => scope.resolveMapping(m.path, m.sourceInformation ?? r.sourceInformation));
    if (implicitMapping && mappings.length === 0)
        mappings.push(implicitMapping);
    for (const cs of r.connectionStores ?? []) {
        if (cs.connectionPointer)
            scope.resolveConnection(cs.connectionPointer.connection, cs.connectionPointer.sourceInformation ?? cs.sourceInformation);
        for (const sp of cs.storePointers ?? [])
            if (sp.path !== 'ModelStore')
                scope.resolveStore(sp.path, sp.sourceInformation ?? cs.sourceInformation);
    }
    const ids = new Set();
    const perStore = new Map();
    for (const sc of r.connections ?? []) {
        const store = sc.store?.path ?? '';
        if (store !== 'ModelStore')
            scope.resolveElement(store, sc.store?.sourceInformation ?? sc.sourceInformation);
        for (const ic of sc.storeConnections ?? []) {
            if (ids.has(ic.id))
                throw new diagnostics/* CompilationError */.m$(`Runtime connection with ID '${ic.id}' has already been specified`, ic.sourceInformation);
            ids.add(ic.id);
            const conn = ic.connection;
            if (conn && conn._type !== 'connectionPointer' && conn.element && conn.element !== store) {
                throw new diagnostics/* CompilationError */.m$(`Connection for store '${conn.element}' should not be indexed to store '${store}'`, ic.sourceInformation);
            }
            compileConnection(scope, conn);
            perStore.set(store, (perStore.get(store) ?? 0) + 1);
        }
    }
    for (const [store, count] of perStore) {
        if (store !== 'ModelStore' && count > 1) {
            const name = store.includes('::') ? store.slice(store.lastIndexOf('::') + 2) : store;
            throw new diagnostics/* CompilationError */.m$(`Found ${count} connections against store [${name}] under a single runtime.`, r.sourceInformation);
        }
    }
    return mappings;
}
function compilePackageableRuntime(scope, rec, r, runtimes) {
    if (!r.runtimeValue)
        return;
    runtimes.set(rec.path, compileEngineRuntime(scope, r.runtimeValue));
}
/** Runtime referenced or embedded in a service execution; returns the mappings it covers (undefined: unknown). */
function compileServiceRuntime(scope, r, mapping, runtimes) {
    if (!r)
        return undefined;
    if (r._type === 'runtimePointer') {
        const path = scope.resolveRuntime(r.runtime, r.sourceInformation);
        return runtimes.get(path);
    }
    return compileEngineRuntime(scope, r, mapping);
}
function coversMapping(reg, runtimeMappings, mapping) {
    const seen = new Set();
    const includes = (m) => {
        if (m === mapping)
            return true;
        if (seen.has(m))
            return false;
        seen.add(m);
        return (reg.mappings.get(m)?.includes ?? []).some(includes);
    };
    return runtimeMappings.some(includes);
}
function checkCoverage(comp, reg, context, runtime, covered, mapping, written, si) {
    if (!covered || !runtime || coversMapping(reg, covered, mapping))
        return;
    const name = runtime._type === 'runtimePointer' ? ` '${runtime.runtime}'` : '';
    comp.warn(`${context} Runtime${name} does not cover mapping '${written}'`, si);
}
/** The service's own checks (the engine's service first pass): ownership, documentation, title, annotations. */
function firstPassService(scope, s) {
    if ((s.owners ?? []).length > 0 && s.ownership)
        throw new diagnostics/* CompilationError */.m$('Cannot use both ownership model and explicit owners list.', s.sourceInformation);
    if (!s.documentation)
        scope.comp.warn(`Service '${s.name}' has empty documentation`, s.sourceInformation);
    if (!s.title)
        scope.comp.warn(`Service '${s.name}' has no title, it is recommended to provide a title for better readability`, s.sourceInformation);
    scope.checkAnnotations(s);
}
function compileService(scope, reg, rec, s, runtimes) {
    const exec = s.execution;
    if (!exec)
        return;
    const inferQuery = () => {
        if (exec.func)
            new infer/* Inferrer */.QV(scope, ['Service query']).inferLambda(exec.func, new infer/* Vars */.dd(), []);
    };
    if (exec._type === 'pureSingleExecution') {
        if (exec.mapping && exec.runtime) {
            const mapping = scope.resolveMapping(exec.mapping, exec.mappingSourceInformation ?? exec.sourceInformation);
            const covered = compileServiceRuntime(scope, exec.runtime, mapping, runtimes);
            checkCoverage(scope.comp, reg, `Service '${rec.path}'`, exec.runtime, covered, mapping, exec.mapping, exec.runtime.sourceInformation ?? exec.sourceInformation);
        }
        inferQuery();
        return;
    }
    if (exec._type === 'pureMultiExecution') {
        inferQuery();
        const params = exec.executionParameters;
        if (params && params.length === 0)
            throw new diagnostics/* CompilationError */.m$('Service multi execution must not be empty', exec.sourceInformation);
        const keys = new Set();
        for (const p of params ?? []) {
            const mapping = scope.resolveMapping(p.mapping, p.mappingSourceInformation ?? p.sourceInformation);
            if (keys.has(p.key))
                throw new diagnostics/* CompilationError */.m$(`Execution parameter with key '${p.key}' already existed`, p.sourceInformation);
            keys.add(p.key);
            const covered = compileServiceRuntime(scope, p.runtime, mapping, runtimes);
            checkCoverage(scope.comp, reg, `Service '${rec.path}', key: '${p.key}'`, p.runtime, covered, mapping, p.mapping, p.runtime?.sourceInformation ?? p.sourceInformation);
        }
    }
}
/** `ExecutionEnvironment` (in `###Service`): every execution's mapping, runtime and runtime/mapping coverage. */
function compileExecutionEnvironment(scope, reg, rec, env, runtimes) {
    const singles = [];
    for (const p of env.executionParameters ?? []) {
        if (p._type === 'multiExecutionParameters')
            singles.push(...(p.singleExecutionParameters ?? []));
        else
            singles.push(p);
    }
    for (const p of singles) {
        const mapping = scope.resolveMapping(p.mapping, p.mappingSourceInformation ?? p.sourceInformation);
        if (p.runtime && p.runtimeComponents)
            throw new diagnostics/* CompilationError */.m$('Cannot use both runtime and runtime components', p.sourceInformation);
        const runtime = p.runtime ?? p.runtimeComponents?.runtime;
        if (p.runtimeComponents?.clazz)
            scope.resolveClass(p.runtimeComponents.clazz.path, p.runtimeComponents.clazz.sourceInformation ?? p.sourceInformation);
        const covered = compileServiceRuntime(scope, runtime, mapping, runtimes);
        checkCoverage(scope.comp, reg, `Execution Environment '${rec.path}', key: '${p.key}'`, runtime, covered, mapping, p.mapping, runtime?.sourceInformation ?? p.sourceInformation);
    }
}

;// CONCATENATED MODULE: ./src/pure/compiler/compile.ts






/** Element types the embedded compiler does not compile (they are parsed and kept, and reported once). */
const COMPILED_TYPES = new Set(['class', 'Enumeration', 'association', 'profile', 'function', 'measure', 'mapping', 'connection', 'runtime', 'service', 'executionEnvironmentInstance', 'relational', 'dataElement', 'sectionIndex']);
function buildSemanticModel(pmcd) {
    const index = new resolver/* ModelIndex */.il(pmcd);
    const comp = new context/* Compilation */.O2(index);
    const reg = new MappingRegistry();
    const failed = new Set();
    const records = index.records;
    const each = (phase, fn) => {
        comp.phase = phase;
        for (const rec of records) {
            if (failed.has(rec))
                continue;
            const scope = new context/* Scope */.HG(comp, rec);
            if (!comp.guard(rec, () => fn(rec, scope)))
                failed.add(rec);
        }
    };
    // phase 0: the engine's PureModelContextData validation
    comp.phase = 0;
    const seenPaths = new Set();
    for (const rec of records) {
        const el = rec.element;
        const si = el.sourceInformation;
        if (!el.package) {
            comp.error('Element package is required', si, rec);
            failed.add(rec);
            continue;
        }
        if (!el.name) {
            comp.error('Element name is required', si, rec);
            failed.add(rec);
            continue;
        }
        let p = rec.path;
        try {
            if (el._type === 'function')
                p = (0,resolver/* signaturePath */.oY)(el);
        }
        catch {
            // a malformed function signature: its plain path identifies it
        }
        if (seenPaths.has(p)) {
            comp.error(`Duplicated element '${p}'`, si, rec);
            failed.add(rec);
            continue;
        }
        seenPaths.add(p);
    }
    // registration: the semantic skeleton other elements resolve against
    for (const rec of records) {
        if (failed.has(rec))
            continue;
        const el = rec.element;
        const ok = comp.guard(rec, () => {
            if (el._type === 'profile')
                registerProfile(comp, rec, el);
            else if (el._type === 'Enumeration')
                registerEnumeration(comp, rec, el);
            else if (el._type === 'class')
                registerClass(comp, rec, el);
            else if (el._type === 'mapping')
                registerMapping(reg, rec, el);
            else if (el._type === 'relational')
                registerDatabase(reg, rec, el);
        });
        if (!ok)
            failed.add(rec);
    }
    each(1, (rec, scope) => {
        const el = rec.element;
        if (el._type === 'Enumeration')
            firstPassEnumeration(scope, el);
        else if (el._type === 'class')
            firstPassClass(scope, el);
        else if (el._type === 'association')
            firstPassAssociation(scope, rec, el);
        else if (el._type === 'function')
            firstPassFunction(scope, rec, el);
        else if (el._type === 'service')
            firstPassService(scope, el);
        else if (!COMPILED_TYPES.has(el._type))
            scope.notSupported(`The '${el._type}' element`, el.sourceInformation);
    });
    // second pass: classes before associations (which add properties to classes)
    comp.phase = 2;
    for (const rec of records) {
        if (failed.has(rec) || rec.element._type !== 'class')
            continue;
        const el = rec.element;
        if (!comp.guard(rec, () => secondPassClass(new context/* Scope */.HG(comp, rec), rec, el)))
            failed.add(rec);
    }
    each(2, (rec, scope) => {
        const el = rec.element;
        if (el._type === 'association')
            secondPassAssociation(scope, rec, el);
        else if (el._type === 'relational')
            secondPassDatabase(scope, reg, rec, el);
        else if (el._type === 'mapping')
            secondPassMapping(scope, reg, rec, el);
    });
    comp.ancestorsMemo = new Map();
    return { comp, reg, failed, each };
}
function compilePureModel(pmcd) {
    const { comp, reg, failed, each } = buildSemanticModel(pmcd);
    const runtimes = new Map();
    const records = comp.index.records;
    each(3, (rec, scope) => {
        if (rec.element._type === 'mapping')
            registerClassMappings(scope, reg, rec, rec.element);
    });
    each(4, (rec, scope) => {
        const el = rec.element;
        if (el._type === 'class')
            thirdPassClass(scope, rec, el);
        else if (el._type === 'association')
            thirdPassAssociation(scope, rec, el);
        else if (el._type === 'function')
            thirdPassFunction(scope, rec, el);
        else if (el._type === 'mapping')
            thirdPassMapping(scope, reg, rec, el);
        else if (el._type === 'connection')
            compilePackageableConnection(scope, el);
        else if (el._type === 'runtime')
            compilePackageableRuntime(scope, rec, el, runtimes);
    });
    each(5, (rec, scope) => {
        const el = rec.element;
        if (el._type === 'service')
            compileService(scope, reg, rec, el, runtimes);
        else if (el._type === 'executionEnvironmentInstance')
            compileExecutionEnvironment(scope, reg, rec, el, runtimes);
    });
    // validators
    comp.phase = 6;
    for (const rec of records) {
        if (failed.has(rec))
            continue;
        const el = rec.element;
        comp.guard(rec, () => {
            if (el._type === 'profile')
                validateProfile(comp, rec, el);
            else if (el._type === 'Enumeration')
                validateEnumeration(comp, rec, el);
            else if (el._type === 'association')
                validateAssociationProperties(comp, rec, el);
        });
    }
    let classCycle = false;
    const walked = new Set();
    for (const rec of records) {
        const el = rec.element;
        if (el._type !== 'class' || failed.has(rec))
            continue;
        comp.guard(rec, () => {
            const cycle = classCycle ? undefined : findSupertypeCycle(comp, rec.path, walked);
            if (cycle) {
                classCycle = true;
                comp.error(`Cycle detected in class supertype hierarchy: ${cycle.join(' -> ')}`, el.sourceInformation, rec);
            }
            validateClassProperties(comp, rec, el);
        });
    }
    const walkedMappings = new Set();
    for (const rec of records) {
        const el = rec.element;
        if (el._type !== 'mapping' || failed.has(rec))
            continue;
        const cycle = findIncludeCycle(reg, rec.path, walkedMappings);
        if (cycle) {
            comp.error(`Cycle detected in mapping include hierarchy: ${cycle.join(' -> ')}`, el.sourceInformation, rec);
            break;
        }
    }
    for (const rec of records) {
        const el = rec.element;
        if (el._type === 'mapping' && !failed.has(rec))
            comp.guard(rec, () => validateEnumerationMappings(comp, rec, el));
    }
    const diagnostics = [...comp.diagnostics].sort((a, b) => a.phase - b.phase || a.order - b.order);
    return {
        diagnostics,
        errors: diagnostics.filter((d) => d.severity === 'error'),
        warnings: diagnostics.filter((d) => d.severity === 'warning'),
    };
}
/**
 * The compile endpoint's answer for an outcome: the first error as the engine's error JSON, otherwise
 * `{message:"OK", defects}` with every warning.
 */
function compileResponse(outcome) {
    const first = outcome.errors[0];
    if (first) {
        const err = { status: 'error', message: first.message, errorType: 'COMPILATION' };
        if (first.sourceInformation)
            err.sourceInformation = first.sourceInformation;
        return err;
    }
    return { message: 'OK', defects: outcome.warnings.map(diagnostics/* toDefect */.HX) };
}


/***/ }),

/***/ 4061:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ typedOf),
/* harmony export */   HG: () => (/* binding */ Scope),
/* harmony export */   O2: () => (/* binding */ Compilation)
/* harmony export */ });
/* unused harmony export typeOfResolved */
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5262);
/* harmony import */ var _resolver_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4986);
/* harmony import */ var _system_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8605);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3459);




const TYPES = (0,_resolver_js__WEBPACK_IMPORTED_MODULE_1__/* .kindSet */ .TX)('class', 'enumeration', 'primitive', 'measure', 'unit', 'system');
const CLASSES = (0,_resolver_js__WEBPACK_IMPORTED_MODULE_1__/* .kindSet */ .TX)('class', 'system');
const ENUMERATIONS = (0,_resolver_js__WEBPACK_IMPORTED_MODULE_1__/* .kindSet */ .TX)('enumeration', 'system');
const PROFILES = (0,_resolver_js__WEBPACK_IMPORTED_MODULE_1__/* .kindSet */ .TX)('profile', 'system');
const MAPPINGS = (0,_resolver_js__WEBPACK_IMPORTED_MODULE_1__/* .kindSet */ .TX)('mapping', 'system');
const RUNTIMES = (0,_resolver_js__WEBPACK_IMPORTED_MODULE_1__/* .kindSet */ .TX)('runtime', 'system');
const CONNECTIONS = (0,_resolver_js__WEBPACK_IMPORTED_MODULE_1__/* .kindSet */ .TX)('connection', 'system');
const STORES = (0,_resolver_js__WEBPACK_IMPORTED_MODULE_1__/* .kindSet */ .TX)('store', 'system');
const ASSOCIATIONS = (0,_resolver_js__WEBPACK_IMPORTED_MODULE_1__/* .kindSet */ .TX)('association', 'system');
const ANY_ELEMENT = (0,_resolver_js__WEBPACK_IMPORTED_MODULE_1__/* .kindSet */ .TX)('class', 'enumeration', 'primitive', 'measure', 'unit', 'profile', 'association', 'function', 'mapping', 'runtime', 'connection', 'store', 'service', 'data', 'other', 'system');
class Compilation {
    index;
    diagnostics = [];
    classes = new Map();
    enums = new Map();
    profiles = new Map();
    functions = new Map();
    phase = 0;
    /** Set once super types are final (after the second pass). */
    ancestorsMemo;
    /** The element being compiled, for diagnostics. */
    current;
    constructor(index) {
        this.index = index;
    }
    superTypesOf(path) {
        return this.classes.get(path)?.superTypes ?? [];
    }
    error(message, si, record = this.current) {
        this.push({ severity: 'error', message, sourceInformation: si, record });
    }
    warn(message, si, record = this.current, notSupported = false) {
        this.push({ severity: 'warning', message, sourceInformation: si, record, notSupported });
    }
    push(d) {
        const diag = { severity: d.severity, message: d.message, phase: this.phase, order: d.record?.index ?? -1 };
        if (d.sourceInformation)
            diag.sourceInformation = d.sourceInformation;
        if (d.record)
            diag.element = d.record.path;
        if (d.notSupported)
            diag.notSupported = true;
        this.diagnostics.push(diag);
    }
    /** Runs `fn` for one element; its first COMPILATION error ends that element's pass (Legend's partial compilation). */
    guard(record, fn) {
        this.current = record;
        try {
            fn();
            return true;
        }
        catch (e) {
            if (e instanceof _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .CompilationError */ .m$) {
                this.error(e.message, e.sourceInformation ?? record.element.sourceInformation, record);
                return false;
            }
            if (e instanceof RangeError) {
                // call stack exhausted on an expression nested thousands deep: valid for Legend, too deep to check here
                this.warn((0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .notSupportedMessage */ .xf)(`Element '${record.path}', nested too deeply for the embedded compiler,`), record.element.sourceInformation, record, true);
                return false;
            }
            // Protocol JSON from entity files is untrusted: a shape the compiler cannot read is that element's error.
            this.error(`Element '${record.path}' is not valid protocol JSON (${e instanceof Error ? e.message : String(e)})`, record.element.sourceInformation, record);
            return false;
        }
        finally {
            this.current = undefined;
        }
    }
}
/** Name resolution and element lookups from inside one element (its section's imports apply). */
class Scope {
    comp;
    record;
    constructor(comp, record) {
        this.comp = comp;
        this.record = record;
    }
    find(name, kinds, si) {
        return this.comp.index.resolve(name, this.record, kinds.set, kinds.key, si);
    }
    /** `Can't find type 'X'`. */
    resolveType(name, si) {
        const r = this.find(name, TYPES, si);
        if (!r)
            throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .CompilationError */ .m$(`Can't find type '${name}'`, si);
        return typeOfResolved(r);
    }
    /** Resolves a protocol generic type (raw type and type arguments); relation types are not modelled. */
    resolveGenericType(gt) {
        if (!gt || !gt.rawType)
            return _types_js__WEBPACK_IMPORTED_MODULE_3__/* .UNKNOWN */ .HV;
        for (const arg of gt.typeArguments ?? [])
            this.resolveGenericType(arg);
        const raw = gt.rawType;
        if (raw._type !== 'packageableType')
            return _types_js__WEBPACK_IMPORTED_MODULE_3__/* .UNKNOWN */ .HV;
        const t = this.resolveType(raw.fullPath, raw.sourceInformation ?? gt.sourceInformation);
        if (t.k === 'class' && t.path === _system_js__WEBPACK_IMPORTED_MODULE_2__/* .CLASS */ .tp && gt.typeArguments?.length === 1)
            return { k: 'classRef', of: this.resolveGenericType(gt.typeArguments[0]) };
        return t;
    }
    /** The path of `name` among elements of `kinds`, else Legend's `Can't find <noun> 'X'`. */
    resolveOrFail(name, kinds, noun, si) {
        const r = this.find(name, kinds, si);
        if (!r)
            throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .CompilationError */ .m$(`Can't find ${noun} '${name}'`, si);
        return r.path;
    }
    resolveClass(name, si) {
        return this.resolveOrFail(name, CLASSES, 'class', si);
    }
    resolveEnumeration(name, si) {
        return this.resolveOrFail(name, ENUMERATIONS, 'enumeration', si);
    }
    resolveAssociation(name, si) {
        return this.resolveOrFail(name, ASSOCIATIONS, 'association', si);
    }
    resolveMapping(name, si) {
        return this.resolveOrFail(name, MAPPINGS, 'mapping', si);
    }
    resolveRuntime(name, si) {
        return this.resolveOrFail(name, RUNTIMES, 'runtime', si);
    }
    resolveConnection(name, si) {
        return this.resolveOrFail(name, CONNECTIONS, 'connection', si);
    }
    /** `The store 'X' can't be found.` */
    resolveStore(name, si) {
        const r = this.find(name, STORES, si);
        if (!r)
            throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .CompilationError */ .m$(`The store '${name}' can't be found.`, si);
        return r.path;
    }
    /** `Can't find database 'X'` (relational references). */
    resolveDatabase(name, si) {
        const r = this.find(name, STORES, si);
        if (!r || (r.record && r.record.element._type !== 'relational'))
            throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .CompilationError */ .m$(`Can't find database '${name}'`, si);
        return r.path;
    }
    /** `Can't find the packageable element 'X'`. */
    resolveElement(name, si) {
        const r = this.find(name, ANY_ELEMENT, si);
        if (!r)
            throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .CompilationError */ .m$(`Can't find the packageable element '${name}'`, si);
        return r;
    }
    /** Same as {@link resolveElement} but null when absent. */
    findElement(name, si) {
        return this.find(name, ANY_ELEMENT, si);
    }
    profile(name, si) {
        const r = this.find(name, PROFILES, si);
        if (!r)
            throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .CompilationError */ .m$(`Can't find the profile '${name}'`, si);
        return this.comp.profiles.get(r.path) ?? systemProfile(r.path);
    }
    /** Checks a `<<Profile.stereotype>>`. */
    checkStereotype(s) {
        const p = this.profile(s.profile, s.profileSourceInformation ?? s.sourceInformation);
        if (p && !p.stereotypes.has(s.value))
            throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .CompilationError */ .m$(`Can't find stereotype '${s.value}' in profile '${s.profile}'`, s.sourceInformation);
    }
    /**
     * Checks a `{Profile.tag = 'value'}`. The engine reports a missing tag at the tag itself, except on
     * properties where it reports the whole tagged value (`onProperty`).
     */
    checkTaggedValue(t, onProperty = false) {
        const p = this.profile(t.tag.profile, t.tag.profileSourceInformation ?? t.sourceInformation);
        const si = onProperty ? (t.sourceInformation ?? t.tag.sourceInformation) : (t.tag.sourceInformation ?? t.sourceInformation);
        if (p && !p.tags.has(t.tag.value))
            throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .CompilationError */ .m$(`Can't find tag '${t.tag.value}' in profile '${t.tag.profile}'`, si);
    }
    checkAnnotations(el, onProperty = false) {
        for (const s of el.stereotypes ?? [])
            this.checkStereotype(s);
        for (const t of el.taggedValues ?? [])
            this.checkTaggedValue(t, onProperty);
    }
    notSupported(what, si) {
        this.comp.warn((0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .notSupportedMessage */ .xf)(what), si, this.comp.current, true);
    }
}
function systemProfile(path) {
    const p = _system_js__WEBPACK_IMPORTED_MODULE_2__/* .SYSTEM_PROFILES */ .Np[path];
    return p ? { stereotypes: new Set(p.stereotypes), tags: new Set(p.tags) } : undefined;
}
function typeOfResolved(r) {
    switch (r.kind) {
        case 'primitive':
            return { k: 'prim', path: r.path };
        case 'class':
            return { k: 'class', path: r.path };
        case 'enumeration':
            return { k: 'enum', path: r.path };
        default:
            // measures, units and unknown system types are outside the embedded type model
            return _types_js__WEBPACK_IMPORTED_MODULE_3__/* .UNKNOWN */ .HV;
    }
}
function typedOf(scope, gt, m) {
    return { t: scope.resolveGenericType(gt), m: (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .toMult */ .Of)(m) };
}


/***/ }),

/***/ 6797:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  QV: () => (/* binding */ Inferrer),
  dd: () => (/* binding */ Vars),
  bs: () => (/* binding */ findProperty),
  H$: () => (/* binding */ hasOpaqueAncestor)
});

// UNUSED EXPORTS: stdlibName

// EXTERNAL MODULE: ./src/pure/compiler/diagnostics.ts
var diagnostics = __webpack_require__(5262);
;// CONCATENATED MODULE: ./src/pure/compiler/signature.ts
function parseSignature(text) {
    let i = 0;
    const fail = (what) => {
        throw new Error(`Bad signature '${text}' at ${i}: expected ${what}`);
    };
    const peek = (s) => text.startsWith(s, i);
    const expect = (s) => {
        if (!peek(s))
            fail(`'${s}'`);
        i += s.length;
    };
    const ident = () => {
        const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i));
        if (!m)
            return fail('a name');
        i += m[0].length;
        return m[0];
    };
    const mult = () => {
        expect('[');
        const m = /^([0-9]+)(\.\.([0-9]+|\*))?|^\*|^[a-z]/.exec(text.slice(i));
        if (!m)
            return fail('a multiplicity');
        i += m[0].length;
        expect(']');
        if (m[0] === '*')
            return { k: 'fixed', m: { lower: 0, upper: null } };
        if (/^[a-z]$/.test(m[0]))
            return { k: 'var', name: m[0] };
        const lower = Number(m[1]);
        if (m[2] === undefined)
            return { k: 'fixed', m: { lower, upper: lower } };
        return { k: 'fixed', m: { lower, upper: m[3] === '*' ? null : Number(m[3]) } };
    };
    const param = () => {
        const type = sigType();
        return { type, mult: mult() };
    };
    const sigType = () => {
        const name = ident();
        if (name === 'Function' && peek('<{')) {
            expect('<{');
            const params = [];
            while (!peek('->')) {
                params.push(param());
                if (peek(','))
                    expect(',');
            }
            expect('->');
            const ret = param();
            expect('}>');
            return { k: 'fn', params, ret };
        }
        if (/^[A-Z]$/.test(name))
            return { k: 'var', name };
        const args = [];
        if (peek('<')) {
            expect('<');
            args.push(sigType());
            while (peek(',')) {
                expect(',');
                args.push(sigType());
            }
            expect('>');
        }
        return { k: 'named', name, args };
    };
    const name = ident();
    expect('(');
    const params = [];
    while (!peek(')')) {
        params.push(param());
        if (peek(','))
            expect(',');
    }
    expect(')');
    expect(':');
    const ret = param();
    if (i !== text.length)
        fail('end of signature');
    return { name, params, ret, text };
}

;// CONCATENATED MODULE: ./src/pure/compiler/stdlib.ts
/**
 * The standard-library subset the embedded compiler type-checks, as data: every overload Legend's engine
 * registers for each supported function name, in Legend's registration order (so a "Can't find a match"
 * message lists candidates in the same order the engine does), written in Pure's own signature notation.
 *
 * Notation: `name(P1[m1],P2[m2]):R[m]`. Single upper-case letters (`T`, `U`, `V`, `X`, `P`) are type
 * parameters, single lower-case letters (`m`, `n`, `o`) multiplicity parameters. `Function<{A[1]->B[1]}>` is a
 * function (lambda) parameter with its parameter and return types. Types the embedded engine does not model
 * (`Relation`, `TabularDataSet`, `_Window`, `ColSpec`, ...) are kept so that arities and candidate lists are
 * complete; only an argument of unknown type can match them.
 *
 * A function name outside this table is "not supported by the embedded engine" (a warning, never an error).
 */
const STDLIB_SIGNATURES = {
    // --- boolean
    and: ['and(Boolean[1],Boolean[1]):Boolean[1]', 'and(Boolean[*]):Boolean[1]'],
    or: ['or(Boolean[1],Boolean[1]):Boolean[1]', 'or(Boolean[1..*]):Boolean[1]', 'or(Boolean[*]):Boolean[1]'],
    not: ['not(Boolean[1]):Boolean[1]'],
    xor: ['xor(Boolean[1],Boolean[1]):Boolean[1]'],
    equal: ['equal(Any[*],Any[*]):Boolean[1]'],
    eq: ['eq(Any[1],Any[1]):Boolean[1]'],
    is: ['is(Any[1],Any[1]):Boolean[1]'],
    greaterThan: comparison('greaterThan'),
    greaterThanEqual: comparison('greaterThanEqual'),
    lessThan: comparison('lessThan'),
    lessThanEqual: comparison('lessThanEqual'),
    between: [
        'between(StrictDate[0..1],StrictDate[0..1],StrictDate[0..1]):Boolean[1]',
        'between(DateTime[0..1],DateTime[0..1],DateTime[0..1]):Boolean[1]',
        'between(Number[0..1],Number[0..1],Number[0..1]):Boolean[1]',
        'between(String[0..1],String[0..1],String[0..1]):Boolean[1]',
    ],
    // --- arithmetic
    plus: ['plus(String[*]):String[1]', 'plus(Integer[*]):Integer[1]', 'plus(Float[*]):Float[1]', 'plus(Decimal[*]):Decimal[1]', 'plus(Number[*]):Number[1]'],
    minus: ['minus(Integer[*]):Integer[1]', 'minus(Float[*]):Float[1]', 'minus(Decimal[*]):Decimal[1]', 'minus(Number[*]):Number[1]'],
    times: ['times(Integer[*]):Integer[1]', 'times(Float[*]):Float[1]', 'times(Number[*]):Number[1]', 'times(Decimal[*]):Decimal[1]'],
    divide: ['divide(Number[1],Number[1]):Float[1]', 'divide(Decimal[1],Decimal[1],Integer[1]):Decimal[1]'],
    abs: ['abs(Float[1]):Float[1]', 'abs(Integer[1]):Integer[1]', 'abs(Decimal[1]):Decimal[1]', 'abs(Number[1]):Number[1]'],
    round: ['round(Float[1],Integer[1]):Float[1]', 'round(Decimal[1],Integer[1]):Decimal[1]', 'round(Number[1]):Integer[1]'],
    ceiling: ['ceiling(Number[1]):Integer[1]'],
    floor: ['floor(Number[1]):Integer[1]'],
    mod: ['mod(Integer[1],Integer[1]):Integer[1]'],
    rem: ['rem(Number[1],Number[1]):Number[1]'],
    pow: ['pow(Number[1],Number[1]):Number[1]'],
    sqrt: ['sqrt(Number[1]):Float[1]'],
    exp: ['exp(Number[1]):Float[1]'],
    log: ['log(Number[1]):Float[1]'],
    toFloat: ['toFloat(Number[1]):Float[1]'],
    toDecimal: ['toDecimal(Number[1]):Decimal[1]'],
    max: extremum('max'),
    min: extremum('min'),
    sum: ['sum(Float[*]):Float[1]', 'sum(Integer[*]):Integer[1]', 'sum(Number[*]):Number[1]'],
    average: [
        'average(Relation<T>[1],_Window<T>[1],T[1],ColSpec<T>[1]):Float[1]',
        'average(Float[*]):Float[1]',
        'average(Integer[*]):Float[1]',
        'average(Number[*]):Float[1]',
    ],
    // --- collections and multiplicity
    isEmpty: ['isEmpty(Any[0..1]):Boolean[1]', 'isEmpty(Any[*]):Boolean[1]'],
    isNotEmpty: ['isNotEmpty(Any[0..1]):Boolean[1]', 'isNotEmpty(Any[*]):Boolean[1]'],
    size: ['size(Relation<T>[1]):Integer[1]', 'size(Any[*]):Integer[1]'],
    count: ['count(Any[*]):Integer[1]'],
    toOne: ['toOne(T[*]):T[1]'],
    toOneMany: ['toOneMany(T[*]):T[1..*]'],
    first: ['first(T[*]):T[0..1]', 'first(Relation<T>[1],_Window<T>[1],T[1]):T[0..1]'],
    last: ['last(T[*]):T[0..1]', 'last(Relation<T>[1],_Window<T>[1],T[1]):T[0..1]'],
    head: ['head(T[*]):T[0..1]'],
    tail: ['tail(T[*]):T[*]'],
    at: ['at(T[*],Integer[1]):T[1]'],
    exists: ['exists(Relation<T>[1],Function<{T[1]->Boolean[1]}>[1]):Boolean[1]', 'exists(T[*],Function<{T[1]->Boolean[1]}>[1]):Boolean[1]'],
    forAll: ['forAll(T[*],Function<{T[1]->Boolean[1]}>[1]):Boolean[1]'],
    filter: [
        'filter(Relation<T>[1],Function<{T[1]->Boolean[1]}>[1]):Relation<T>[1]',
        'filter(TabularDataSet[1],Function<{TDSRow[1]->Boolean[1]}>[1]):TabularDataSet[1]',
        'filter(T[*],Function<{T[1]->Boolean[1]}>[1]):T[*]',
    ],
    map: ['map(T[m],Function<{T[1]->V[1]}>[1]):V[m]', 'map(T[0..1],Function<{T[1]->V[0..1]}>[1]):V[0..1]', 'map(T[*],Function<{T[1]->V[*]}>[1]):V[*]'],
    in: ['in(U[0..1],Relation<T>[1]):Boolean[1]', 'in(Any[1],Any[*]):Boolean[1]', 'in(Any[0..1],Any[*]):Boolean[1]'],
    contains: ['contains(String[1],String[1]):Boolean[1]', 'contains(String[0..1],String[1]):Boolean[1]', 'contains(Any[*],Any[1]):Boolean[1]'],
    concatenate: [
        'concatenate(TabularDataSet[1],TabularDataSet[1]):TabularDataSet[1]',
        'concatenate(Relation<T>[1],Relation<V>[1]):Relation<X>[1]',
        'concatenate(T[*],T[*]):T[*]',
    ],
    union: ['union(T[*],T[*]):T[*]'],
    distinct: [
        'distinct(Relation<T>[1],ColSpecArray<X>[1]):Relation<X>[1]',
        'distinct(Relation<T>[1]):Relation<T>[1]',
        'distinct(TabularDataSet[1]):TabularDataSet[1]',
        'distinct(T[*]):T[*]',
    ],
    removeDuplicates: [
        'removeDuplicates(T[*]):T[*]',
        'removeDuplicates(T[*],Function<{T[1],T[1]->Boolean[1]}>[1]):T[*]',
        'removeDuplicates(T[*],Function<{T[1]->V[1]}>[0..1],Function<{V[1],V[1]->Boolean[1]}>[0..1]):T[*]',
    ],
    isDistinct: ['isDistinct(T[*]):Boolean[1]', 'isDistinct(T[*],RootGraphFetchTree<T>[1]):Boolean[1]'],
    sort: [
        'sort(T[m]):T[m]',
        'sort(Relation<T>[1],SortInfo<T>[*]):Relation<T>[1]',
        'sort(T[m],Function<{T[1],T[1]->Integer[1]}>[0..1]):T[m]',
        'sort(T[m],Function<{T[1]->U[1]}>[0..1],Function<{U[1],U[1]->Integer[1]}>[0..1]):T[m]',
        'sort(TabularDataSet[1],String[1],SortDirection[1]):TabularDataSet[1]',
        'sort(TabularDataSet[1],String[*]):TabularDataSet[1]',
        'sort(TabularDataSet[1],SortInformation[*]):TabularDataSet[1]',
    ],
    sortBy: ['sortBy(T[m],Function<{T[1]->U[1]}>[0..1]):T[m]'],
    take: ['take(TabularDataSet[1],Integer[1]):TabularDataSet[1]', 'take(T[*],Integer[1]):T[*]'],
    drop: ['drop(TabularDataSet[1],Integer[1]):TabularDataSet[1]', 'drop(Relation<T>[1],Integer[1]):Relation<T>[1]', 'drop(T[*],Integer[1]):T[*]'],
    slice: [
        'slice(TabularDataSet[1],Integer[1],Integer[1]):TabularDataSet[1]',
        'slice(Relation<T>[1],Integer[1],Integer[1]):Relation<T>[1]',
        'slice(T[*],Integer[1],Integer[1]):T[*]',
    ],
    reverse: ['reverse(T[m]):T[m]'],
    indexOf: ['indexOf(String[1],String[1]):Integer[1]', 'indexOf(T[*],T[1]):Integer[1]', 'indexOf(String[1],String[1],Integer[1]):Integer[1]'],
    range: ['range(Integer[1],Integer[1],Integer[1]):Integer[*]', 'range(Integer[1],Integer[1]):Integer[*]', 'range(Integer[1]):Integer[*]'],
    greatest: ['greatest(X[1..*]):X[1]', 'greatest(X[*]):X[0..1]'],
    least: ['least(X[1..*]):X[1]', 'least(X[*]):X[0..1]'],
    coalesce: [
        'coalesce(T[0..1],T[1]):T[1]',
        'coalesce(T[0..1],T[0..1]):T[0..1]',
        'coalesce(T[0..1],T[0..1],T[1]):T[1]',
        'coalesce(T[0..1],T[0..1],T[0..1]):T[0..1]',
        'coalesce(T[0..1],T[0..1],T[0..1],T[1]):T[1]',
        'coalesce(T[0..1],T[0..1],T[0..1],T[0..1]):T[0..1]',
    ],
    // --- language
    if: ['if(Boolean[1],Function<{->T[m]}>[1],Function<{->T[m]}>[1]):T[m]', 'if(Pair<Function<{->Boolean[1]}>,Function<{->T[m]}>>[*],Function<{->T[m]}>[1]):T[m]'],
    getAll: ['getAll(Class<T>[1]):T[*]', 'getAll(Class<T>[1],Date[1]):T[*]', 'getAll(Class<T>[1],Date[1],Date[1]):T[*]'],
    new: ['new(Class<T>[1],String[1],KeyExpression[*]):T[1]'],
    cast: ['cast(Any[m],T[1]):T[m]'],
    instanceOf: ['instanceOf(Any[1],Type[1]):Boolean[1]'],
    letFunction: ['letFunction(String[1],T[m]):T[m]'],
    // --- strings
    startsWith: ['startsWith(String[1],String[1]):Boolean[1]', 'startsWith(String[0..1],String[1]):Boolean[1]'],
    endsWith: ['endsWith(String[1],String[1]):Boolean[1]', 'endsWith(String[0..1],String[1]):Boolean[1]'],
    length: ['length(String[1]):Integer[1]'],
    toString: ['toString(Any[1]):String[1]'],
    toUpper: ['toUpper(String[1]):String[1]'],
    toLower: ['toLower(String[1]):String[1]'],
    trim: ['trim(String[1]):String[1]'],
    ltrim: ['ltrim(String[1]):String[1]'],
    rtrim: ['rtrim(String[1]):String[1]'],
    substring: ['substring(String[1],Integer[1],Integer[1]):String[1]', 'substring(String[1],Integer[1]):String[1]'],
    replace: ['replace(String[1],String[1],String[1]):String[1]'],
    split: ['split(String[1],String[1]):String[*]'],
    joinStrings: [
        'joinStrings(String[*],String[1]):String[1]',
        'joinStrings(String[*],String[1],String[1],String[1]):String[1]',
        'joinStrings(String[*]):String[1]',
        'joinStrings(Relation<T>[1],ColSpec<T>[1],String[1]):String[1]',
        'joinStrings(Relation<T>[1],ColSpec<T>[1],String[1],SortInfo<T>[*]):String[1]',
        'joinStrings(Relation<T>[1],Function<{T[1]->String[0..1]}>[1],String[1]):String[1]',
        'joinStrings(Relation<T>[1],Function<{T[1]->String[0..1]}>[1],String[1],SortInfo<T>[*]):String[1]',
    ],
    lpad: ['lpad(String[1],Integer[1]):String[1]', 'lpad(String[1],Integer[1],String[1]):String[1]'],
    rpad: ['rpad(String[1],Integer[1]):String[1]', 'rpad(String[1],Integer[1],String[1]):String[1]'],
    format: ['format(String[1],Any[*]):String[1]'],
    makeString: [
        'makeString(Pair<Any,Any>[*]):String[1]',
        'makeString(Any[*]):String[1]',
        'makeString(Any[*],String[1]):String[1]',
        'makeString(Any[*],String[1],String[1],String[1]):String[1]',
    ],
    parseInteger: ['parseInteger(String[1]):Integer[1]'],
    parseFloat: ['parseFloat(String[1]):Float[1]'],
    parseDate: ['parseDate(String[1]):Date[1]'],
    parseBoolean: ['parseBoolean(String[1]):Boolean[1]'],
    parseDecimal: ['parseDecimal(String[1],Integer[1],Integer[1]):Decimal[1]', 'parseDecimal(String[1]):Decimal[1]'],
    // --- dates
    isAfterDay: dayComparison('isAfterDay'),
    isBeforeDay: dayComparison('isBeforeDay'),
    isOnDay: dayComparison('isOnDay'),
    isOnOrAfterDay: dayComparison('isOnOrAfterDay'),
    isOnOrBeforeDay: dayComparison('isOnOrBeforeDay'),
    today: ['today():StrictDate[1]'],
    now: ['now():DateTime[1]'],
    year: ['year(Date[1]):Integer[1]', 'year(Date[0..1]):Integer[0..1]'],
    monthNumber: ['monthNumber(Date[1]):Integer[1]', 'monthNumber(Date[0..1]):Integer[0..1]'],
    weekOfYear: ['weekOfYear(Date[1]):Integer[1]', 'weekOfYear(Date[0..1]):Integer[0..1]'],
    dayOfMonth: ['dayOfMonth(Date[1]):Integer[1]'],
    dayOfWeekNumber: ['dayOfWeekNumber(Date[1]):Integer[1]', 'dayOfWeekNumber(Date[1],DayOfWeek[1]):Integer[1]'],
    hour: ['hour(Date[1]):Integer[1]'],
    minute: ['minute(Date[1]):Integer[1]'],
    second: ['second(Date[1]):Integer[1]'],
    datePart: ['datePart(Date[1]):Date[1]', 'datePart(Date[0..1]):Date[0..1]'],
    adjust: ['adjust(Date[1],Integer[1],DurationUnit[1]):Date[1]'],
    dateDiff: ['dateDiff(Date[1],Date[1],DurationUnit[1]):Integer[1]', 'dateDiff(Date[0..1],Date[0..1],DurationUnit[1]):Integer[0..1]'],
    date: [
        'date(Integer[1]):Date[1]',
        'date(Integer[1],Integer[1]):Date[1]',
        'date(Integer[1],Integer[1],Integer[1]):StrictDate[1]',
        'date(Integer[1],Integer[1],Integer[1],Integer[1]):DateTime[1]',
        'date(Integer[1],Integer[1],Integer[1],Integer[1],Integer[1]):DateTime[1]',
        'date(Integer[1],Integer[1],Integer[1],Integer[1],Integer[1],Number[1]):DateTime[1]',
    ],
};
function comparison(name) {
    const out = [];
    for (const t of ['Boolean', 'Date', 'Number', 'String']) {
        for (const [a, b] of [['1', '1'], ['1', '0..1'], ['0..1', '1'], ['0..1', '0..1']])
            out.push(`${name}(${t}[${a}],${t}[${b}]):Boolean[1]`);
    }
    return out;
}
function dayComparison(name) {
    return [`${name}(Date[1],Date[1]):Boolean[1]`, `${name}(Date[0..1],Date[1]):Boolean[1]`, `${name}(Date[1],Date[0..1]):Boolean[1]`, `${name}(Date[0..1],Date[0..1]):Boolean[1]`];
}
function extremum(name) {
    return [
        `${name}(Integer[1],Integer[1]):Integer[1]`,
        `${name}(Float[1],Float[1]):Float[1]`,
        `${name}(Number[1],Number[1]):Number[1]`,
        `${name}(DateTime[1],DateTime[1]):DateTime[1]`,
        `${name}(StrictDate[1],StrictDate[1]):StrictDate[1]`,
        `${name}(Date[1],Date[1]):Date[1]`,
        `${name}(T[1..*],Function<{T[1],T[1]->Boolean[1]}>[1]):T[1]`,
        `${name}(Integer[1..*]):Integer[1]`,
        `${name}(Integer[*]):Integer[0..1]`,
        `${name}(Float[1..*]):Float[1]`,
        `${name}(Float[*]):Float[0..1]`,
        `${name}(Number[1..*]):Number[1]`,
        `${name}(Number[*]):Number[0..1]`,
        `${name}(DateTime[*]):DateTime[0..1]`,
        `${name}(StrictDate[*]):StrictDate[0..1]`,
        `${name}(Date[*]):Date[0..1]`,
        `${name}(X[1..*]):X[1]`,
        `${name}(X[*]):X[0..1]`,
    ];
}
/** Named types in the signatures above that are not primitives: what each stands for. */
const STDLIB_TYPE_NAMES = {
    Any: { kind: 'class', path: 'meta::pure::metamodel::type::Any' },
    Nil: { kind: 'class', path: 'meta::pure::metamodel::type::Nil' },
    DurationUnit: { kind: 'enumeration', path: 'meta::pure::functions::date::DurationUnit' },
    DayOfWeek: { kind: 'enumeration', path: 'meta::pure::functions::date::DayOfWeek' },
    SortDirection: { kind: 'enumeration', path: 'meta::pure::tds::SortDirection' },
    Pair: { kind: 'class', path: 'meta::pure::functions::collection::Pair' },
    TDSRow: { kind: 'class', path: 'meta::pure::tds::TDSRow' },
    Class: { kind: 'meta', path: 'meta::pure::metamodel::type::Class' },
    Type: { kind: 'meta', path: 'meta::pure::metamodel::type::Type' },
    KeyExpression: { kind: 'meta', path: 'meta::pure::metamodel::function::KeyExpression' },
    Relation: { kind: 'opaque', path: 'meta::pure::metamodel::relation::Relation' },
    TabularDataSet: { kind: 'opaque', path: 'meta::pure::tds::TabularDataSet' },
    _Window: { kind: 'opaque', path: 'meta::pure::functions::relation::_Window' },
    ColSpec: { kind: 'opaque', path: 'meta::pure::metamodel::relation::ColSpec' },
    ColSpecArray: { kind: 'opaque', path: 'meta::pure::metamodel::relation::ColSpecArray' },
    SortInfo: { kind: 'opaque', path: 'meta::pure::functions::relation::SortInfo' },
    SortInformation: { kind: 'opaque', path: 'meta::pure::tds::SortInformation' },
    RootGraphFetchTree: { kind: 'opaque', path: 'meta::pure::graphFetch::RootGraphFetchTree' },
};

// EXTERNAL MODULE: ./src/pure/compiler/system.ts
var system = __webpack_require__(8605);
// EXTERNAL MODULE: ./src/pure/compiler/types.ts
var types = __webpack_require__(3459);
;// CONCATENATED MODULE: ./src/pure/compiler/infer.ts





const PARSED_STDLIB = new Map(Object.entries(STDLIB_SIGNATURES).map(([k, v]) => [k, v.map(parseSignature)]));
const PRIMITIVE_LITERALS = {
    string: 'String',
    integer: 'Integer',
    float: 'Float',
    decimal: 'Decimal',
    boolean: 'Boolean',
    dateTime: 'DateTime',
    strictDate: 'StrictDate',
    strictTime: 'StrictTime',
    latestDate: 'LatestDate',
    byteArray: 'Byte',
};
/** Variables in scope: a chain of frames (lambda parameters, `let`). */
class Vars {
    parent;
    frame = new Map();
    constructor(parent) {
        this.parent = parent;
    }
    get(name) {
        return this.frame.get(name) ?? this.parent?.get(name);
    }
    set(name, t) {
        this.frame.set(name, t);
    }
    child() {
        return new Vars(this);
    }
}
/** One expression root (a constraint, a derived property body, a mapping transform, ...). */
class Inferrer {
    scope;
    /** Legend's processing-context stack, printed in some messages. */
    stack;
    warned = false;
    constructor(scope, stack = []) {
        this.scope = scope;
        this.stack = [...stack];
    }
    get env() {
        return this.scope.comp;
    }
    notSupported(what, si) {
        if (!this.warned) {
            this.warned = true;
            this.scope.notSupported(what, si);
        }
        return { t: types/* UNKNOWN */.HV, m: types/* ZERO_MANY */.zK };
    }
    /** Infers a sequence (a body): returns the last expression's type. */
    inferBody(body, vars) {
        let last = { t: { k: 'nil' }, m: { lower: 0, upper: 0 } };
        for (const vs of body)
            last = this.infer(vs, vars);
        return last;
    }
    infer(vs, vars) {
        const prim = PRIMITIVE_LITERALS[vs._type];
        if (prim)
            return { t: { k: 'prim', path: prim }, m: 'multiplicity' in vs && vs.multiplicity ? (0,types/* toMult */.Of)(vs.multiplicity) : types/* ONE */.xr };
        switch (vs._type) {
            case 'collection':
                return this.inferCollection(vs, vars);
            case 'var':
                return this.inferVariable(vs, vars);
            case 'property':
                return this.inferProperty(vs, vars);
            case 'func':
                return this.inferFunction(vs, vars);
            case 'lambda':
                return this.inferLambda(vs, vars, []);
            case 'packageableElementPtr':
                return this.inferElementPtr(vs.fullPath, vs.sourceInformation);
            case 'enumValue': {
                const path = this.scope.resolveEnumeration(vs.fullPath, vs.sourceInformation);
                this.checkEnumValue(path, vs.fullPath, vs.value, vs.sourceInformation);
                return { t: { k: 'enum', path }, m: types/* ONE */.xr };
            }
            case 'genericTypeInstance':
                return { t: this.scope.resolveGenericType(vs.genericType), m: types/* ONE */.xr };
            case 'keyExpression':
                this.infer(vs.expression, vars);
                return { t: { k: 'keyExpr' }, m: types/* ONE */.xr };
            case 'unitType':
                return { t: types/* UNKNOWN */.HV, m: types/* ONE */.xr };
            case 'classInstance':
                if (vs.type === 'rootGraphFetchTree') {
                    this.checkGraphFetchTree(vs.value.class, vs.value.sourceInformation ?? vs.sourceInformation, vs.value.subTrees ?? [], vars);
                    return { t: types/* UNKNOWN */.HV, m: types/* ONE */.xr };
                }
                return this.notSupported(`The '${vs.type}' expression`, vs.sourceInformation);
            default:
                return this.notSupported(`The '${vs._type}' expression`, vs.sourceInformation);
        }
    }
    // --------------------------------------------------------------------------------------------- collections
    inferCollection(c, vars) {
        const values = c.values ?? [];
        const typed = values.map((v) => {
            const t = this.infer(v, vars);
            if (values.length > 1 && !(0,types/* isOne */.HA)(t.m) && t.t.k !== 'unknown') {
                throw new diagnostics/* CompilationError */.m$(`Collection element must have a multiplicity [1] - Context:[${this.stack.join(', ')}], multiplicity:${(0,types/* printMult */.cq)(t.m)}`, v.sourceInformation);
            }
            return t;
        });
        if (typed.length === 0)
            return { t: { k: 'nil' }, m: { lower: 0, upper: 0 } };
        const t = (0,types/* mostCommon */.fA)(this.env, typed.map((x) => x.t));
        if (typed.length === 1 && !(0,types/* isOne */.HA)(typed[0].m))
            return { t, m: typed[0].m };
        return { t, m: c.multiplicity ? (0,types/* toMult */.Of)(c.multiplicity) : { lower: typed.length, upper: typed.length } };
    }
    // --------------------------------------------------------------------------------------------- variables
    inferVariable(v, vars) {
        const t = vars.get(v.name);
        if (!t)
            throw new diagnostics/* CompilationError */.m$(`Can't find variable class for variable '${v.name}' in the graph`, v.sourceInformation);
        return t;
    }
    /** A lambda; `paramTypes` supplies inferred types for untyped parameters (from the calling function). */
    inferLambda(l, vars, paramTypes) {
        this.stack.push('new lambda');
        try {
            const inner = vars.child();
            const params = (l.parameters ?? []).map((p, i) => {
                const declared = p.genericType ? { t: this.scope.resolveGenericType(p.genericType), m: (0,types/* toMult */.Of)(p.multiplicity) } : undefined;
                const t = declared ?? paramTypes[i] ?? { t: types/* UNKNOWN */.HV, m: types/* ONE */.xr };
                inner.set(p.name, t);
                return t;
            });
            const ret = this.inferBody(l.body ?? [], inner);
            return { t: { k: 'fn', params, ret }, m: types/* ONE */.xr };
        }
        finally {
            this.stack.pop();
        }
    }
    // --------------------------------------------------------------------------------------------- elements
    inferElementPtr(fullPath, si) {
        if (fullPath.includes('~'))
            return { t: types/* UNKNOWN */.HV, m: types/* ONE */.xr };
        const r = this.scope.resolveElement(fullPath, si);
        switch (r.kind) {
            case 'class':
                return { t: { k: 'classRef', of: { k: 'class', path: r.path } }, m: types/* ONE */.xr };
            case 'enumeration':
                return { t: { k: 'enumerationRef', path: r.path }, m: types/* ONE */.xr };
            case 'primitive':
            case 'measure':
            case 'unit':
                return { t: { k: 'typeRef', of: r.kind === 'primitive' ? { k: 'prim', path: r.path } : types/* UNKNOWN */.HV }, m: types/* ONE */.xr };
            case 'mapping':
                return { t: { k: 'element', classifier: 'Mapping', path: r.path }, m: types/* ONE */.xr };
            case 'profile':
                return { t: { k: 'element', classifier: 'Profile', path: r.path }, m: types/* ONE */.xr };
            case 'association':
                return { t: { k: 'element', classifier: 'Association', path: r.path }, m: types/* ONE */.xr };
            case 'runtime':
                return { t: { k: 'element', classifier: 'PackageableRuntime', path: r.path }, m: types/* ONE */.xr };
            case 'connection':
                return { t: { k: 'element', classifier: 'PackageableConnection', path: r.path }, m: types/* ONE */.xr };
            case 'store':
                return { t: { k: 'element', classifier: 'Database', path: r.path }, m: types/* ONE */.xr };
            case 'service':
                return { t: { k: 'element', classifier: 'Service', path: r.path }, m: types/* ONE */.xr };
            default:
                return { t: types/* UNKNOWN */.HV, m: types/* ONE */.xr };
        }
    }
    checkEnumValue(path, written, value, si) {
        const values = this.env.enums.get(path);
        if (values && !values.has(value))
            throw new diagnostics/* CompilationError */.m$(`Can't find enum value '${value}' in enumeration '${written}'`, si);
    }
    checkGraphFetchTree(classPath, si, subTrees, vars) {
        const path = this.scope.resolveClass(classPath, si);
        this.checkGraphSubTrees(path, subTrees, vars);
    }
    checkGraphSubTrees(classPath, subTrees, vars) {
        const info = this.env.classes.get(classPath);
        for (const raw of subTrees) {
            const tree = raw;
            if (tree._type !== 'propertyGraphFetchTree' || !tree.property || !info)
                continue;
            for (const p of tree.parameters ?? [])
                this.infer(p, vars);
            const found = findProperty(this.env, classPath, tree.property, (tree.parameters ?? []).length);
            if (!found) {
                const order = (0,types/* classAncestors */.pT)(this.env, classPath).map((p) => (p === system/* ANY */.x4 ? 'Any' : (0,types/* simpleName */.ct)(p)));
                throw new diagnostics/* CompilationError */.m$(`Can't find property '${tree.property}' in [${order.join(', ')}]`, tree.sourceInformation);
            }
            if (found.type.k === 'class' && this.env.classes.has(found.type.path))
                this.checkGraphSubTrees(found.type.path, tree.subTrees ?? [], vars);
        }
    }
    // --------------------------------------------------------------------------------------------- properties
    inferProperty(p, vars) {
        const params = p.parameters ?? [];
        const receiverVs = params[0];
        if (!receiverVs)
            return this.notSupported('A property access without a receiver', p.sourceInformation);
        if (receiverVs._type === 'packageableElementPtr' && !receiverVs.fullPath.includes('~')) {
            const r = this.scope.findElement(receiverVs.fullPath, receiverVs.sourceInformation);
            if (r && r.kind === 'enumeration') {
                this.checkEnumValue(r.path, receiverVs.fullPath, p.property, p.sourceInformation);
                return { t: { k: 'enum', path: r.path }, m: types/* ONE */.xr };
            }
        }
        this.stack.push(`Processing property ${p.property}`);
        let receiver;
        let args;
        try {
            receiver = this.infer(receiverVs, vars);
            args = params.slice(1).map((a) => this.infer(a, vars));
        }
        finally {
            this.stack.pop();
        }
        const found = this.propertyOf(receiver.t, p.property, args.length, p.sourceInformation);
        if (!found)
            return { t: types/* UNKNOWN */.HV, m: types/* ZERO_MANY */.zK };
        if ((0,types/* isOne */.HA)(receiver.m))
            return { t: found.t, m: found.m };
        // auto-map over a collection: Legend's `map` multiplicity rules
        if ((0,types/* isOne */.HA)(found.m))
            return { t: found.t, m: receiver.m };
        if ((0,types/* subsumes */.Id)(types/* ZERO_ONE */.Av, receiver.m) && (0,types/* subsumes */.Id)(types/* ZERO_ONE */.Av, found.m))
            return { t: found.t, m: types/* ZERO_ONE */.Av };
        return { t: found.t, m: types/* ZERO_MANY */.zK };
    }
    propertyOf(t, name, argCount, si) {
        switch (t.k) {
            case 'unknown':
            case 'nil':
                return undefined;
            case 'prim':
                throw new diagnostics/* CompilationError */.m$(`The property '${name}' can't be accessed on primitive types. Inferred primitive type is ${(0,types/* simpleName */.ct)(t.path)}`, si);
            case 'enum':
                if (name === 'name')
                    return { t: { k: 'prim', path: 'String' }, m: types/* ONE */.xr };
                throw new diagnostics/* CompilationError */.m$(`Can't find property '${name}' in class '${system/* ENUM */.uA}'`, si);
            case 'class': {
                if (!this.env.classes.has(t.path)) {
                    this.notSupported(`Navigating properties of the system class '${t.path}'`, si);
                    return undefined;
                }
                const found = findProperty(this.env, t.path, name, argCount);
                if (!found && hasOpaqueAncestor(this.env, t.path)) {
                    this.notSupported(`Properties inherited from a system class of '${t.path}'`, si);
                    return undefined;
                }
                if (!found)
                    throw new diagnostics/* CompilationError */.m$(`Can't find property '${name}' in class '${t.path}'`, si);
                return { t: found.type, m: found.mult };
            }
            default:
                this.notSupported('Navigating the metamodel', si);
                return undefined;
        }
    }
    // --------------------------------------------------------------------------------------------- functions
    inferFunction(f, vars) {
        const name = f.function;
        this.stack.push(`Applying ${name}`);
        try {
            if (name === 'letFunction')
                return this.inferLet(f, vars);
            const stdName = stdlibName(name);
            if (stdName !== undefined)
                return this.applyStdlib(stdName, f, vars);
            const userFns = this.userFunctions(name);
            if (userFns)
                return this.applyUser(userFns, f, vars);
            // still check the arguments: errors inside them are real
            for (const p of f.parameters ?? [])
                this.infer(p, vars);
            return this.notSupported(`The function '${name}'`, f.sourceInformation);
        }
        finally {
            this.stack.pop();
        }
    }
    inferLet(f, vars) {
        const [nameVs, valueVs] = f.parameters ?? [];
        if (!nameVs || !valueVs || nameVs._type !== 'string')
            return this.notSupported("A 'let' without a name", f.sourceInformation);
        const value = this.infer(valueVs, vars);
        vars.set(nameVs.value, value);
        return value;
    }
    userFunctions(name) {
        const index = this.env.index;
        const basePaths = [];
        if (name.includes('::'))
            basePaths.push(name);
        else
            for (const pkg of this.scope.record.imports)
                basePaths.push(`${pkg}::${name}`);
        const found = [];
        for (const base of basePaths) {
            for (const rec of index.functionsByBase.get(base) ?? []) {
                const info = this.env.functions.get(rec);
                if (info)
                    found.push(info);
            }
            if (found.length)
                break;
        }
        return found.length ? found : undefined;
    }
    inferArgs(params, vars, lambdaParams) {
        const out = params.map((p) => (p._type === 'lambda' ? undefined : this.infer(p, vars)));
        params.forEach((p, i) => {
            if (p._type === 'lambda')
                out[i] = this.inferLambda(p, vars, lambdaParams(i));
        });
        return out;
    }
    applyUser(candidates, f, vars) {
        const params = f.parameters ?? [];
        const sameArity = candidates.filter((c) => c.params.length === params.length);
        const args = this.inferArgs(params, vars, (i) => {
            const p = sameArity[0]?.params[i];
            return p && p.t.k === 'fn' ? p.t.params : [];
        });
        for (const c of sameArity) {
            if (c.params.every((p, i) => argMatches(this.env, args[i], p)))
                return c.ret;
        }
        if (args.some((a) => containsUnknown(a.t)))
            return { t: types/* UNKNOWN */.HV, m: types/* ZERO_MANY */.zK };
        const detail = candidatesDetail(candidates.map((c) => ({
            arity: c.params.length,
            text: `${(0,types/* simpleName */.ct)(c.basePath)}(${c.params.map((p) => (0,types/* printType */.OC)(p.t) + (0,types/* printMult */.cq)(p.m)).join(',')}):${(0,types/* printType */.OC)(c.ret.t)}${(0,types/* printMult */.cq)(c.ret.m)}`,
        })), params.length);
        throw new diagnostics/* CompilationError */.m$(`Can't find a match for function '${f.function}(${args.map((a) => (0,types/* printType */.OC)(a.t) + (0,types/* printMult */.cq)(a.m)).join(',')})'.\n${detail}`, f.sourceInformation);
    }
    applyStdlib(name, f, vars) {
        const sigs = PARSED_STDLIB.get(name);
        const params = f.parameters ?? [];
        const sameArity = sigs.filter((s) => s.params.length === params.length);
        // Non-lambda arguments first, then lambdas typed from the first signature their neighbours fit.
        const partial = params.map((p) => (p._type === 'lambda' ? undefined : this.infer(p, vars)));
        const guide = sameArity.find((s) => matchSignature(this, s, partial) !== undefined) ?? sameArity[0];
        const guideBindings = guide ? matchSignature(this, guide, partial) ?? new Bindings() : new Bindings();
        const args = params.map((p, i) => {
            if (p._type !== 'lambda')
                return partial[i];
            const spec = guide?.params[i]?.type;
            const lambdaParams = spec && spec.k === 'fn' ? spec.params.map((sp) => guideBindings.typed(this, sp)) : [];
            return this.inferLambda(p, vars, lambdaParams);
        });
        for (const s of sameArity) {
            const b = matchSignature(this, s, args);
            if (b)
                return resultOf(this, name, s, b, args);
        }
        if (args.some((a) => containsUnknown(a.t)))
            return { t: types/* UNKNOWN */.HV, m: types/* ZERO_MANY */.zK };
        const detail = candidatesDetail(sigs.map((s) => ({ arity: s.params.length, text: s.text })), params.length);
        throw new diagnostics/* CompilationError */.m$(`Can't find a match for function '${f.function}(${args.map((a) => (0,types/* printType */.OC)(a.t) + (0,types/* printMult */.cq)(a.m)).join(',')})'.\n${detail}`, f.sourceInformation);
    }
    /** Resolves a named type of the signature notation. */
    sigNamedType(name, args) {
        if (system/* PRIMITIVE_TYPES */.qq.includes(name))
            return { k: 'prim', path: name };
        const known = STDLIB_TYPE_NAMES[name];
        if (!known)
            return 'opaque';
        switch (known.kind) {
            case 'class':
                return known.path === system/* ANY */.x4 ? types/* ANY_TYPE */.si : { k: 'class', path: known.path };
            case 'enumeration':
                return { k: 'enum', path: known.path };
            case 'meta':
                if (name === 'Class')
                    return { k: 'classRef', of: args[0] ?? types/* UNKNOWN */.HV };
                if (name === 'KeyExpression')
                    return { k: 'keyExpr' };
                return { k: 'class', path: known.path };
            default:
                return 'opaque';
        }
    }
}
// ----------------------------------------------------------------------------------------------- matching
/** Type and multiplicity parameter bindings of one signature match. */
class Bindings {
    types = new Map();
    mults = new Map();
    bindType(inf, name, t) {
        const old = this.types.get(name);
        this.types.set(name, old ? (0,types/* mostCommon */.fA)(inf.scope.comp, [old, t]) : t);
    }
    bindMult(name, m) {
        const old = this.mults.get(name);
        this.mults.set(name, old ? (0,types/* multUnion */.E2)(old, m) : m);
    }
    type(inf, t) {
        switch (t.k) {
            case 'var':
                return this.types.get(t.name) ?? types/* UNKNOWN */.HV;
            case 'fn':
                return { k: 'fn', params: t.params.map((p) => this.typed(inf, p)), ret: this.typed(inf, t.ret) };
            case 'named': {
                const r = inf.sigNamedType(t.name, t.args.map((a) => this.type(inf, a)));
                return r === 'opaque' ? types/* UNKNOWN */.HV : r;
            }
        }
    }
    mult(m) {
        return m.k === 'fixed' ? m.m : this.mults.get(m.name) ?? types/* ZERO_MANY */.zK;
    }
    typed(inf, p) {
        return { t: this.type(inf, p.type), m: this.mult(p.mult) };
    }
}
/** Matches arguments (undefined = not inferred yet, skipped) against a signature; the bindings, or undefined. */
function matchSignature(inf, sig, args) {
    if (sig.params.length !== args.length)
        return undefined;
    const b = new Bindings();
    for (let i = 0; i < args.length; i++) {
        const a = args[i];
        if (!a)
            continue;
        if (!matchParam(inf, b, sig.params[i], a))
            return undefined;
    }
    return b;
}
function matchParam(inf, b, p, a) {
    if (!matchMult(b, p.mult, a.m, a.t))
        return false;
    return matchType(inf, b, p.type, a.t);
}
function matchMult(b, p, m, t) {
    if (p.k === 'var') {
        b.bindMult(p.name, m);
        return true;
    }
    if (t.k === 'unknown')
        return true;
    return (0,types/* subsumes */.Id)(p.m, m);
}
function matchType(inf, b, p, t) {
    const env = inf.scope.comp;
    if (t.k === 'unknown') {
        if (p.k === 'var')
            b.bindType(inf, p.name, t);
        return true;
    }
    switch (p.k) {
        case 'var':
            if (t.k !== 'nil')
                b.bindType(inf, p.name, t);
            return true;
        case 'fn': {
            if (t.k === 'nil')
                return true;
            if (t.k !== 'fn')
                return false;
            if (t.params.length !== p.params.length)
                return false;
            for (let i = 0; i < p.params.length; i++) {
                const sp = p.params[i];
                const ap = t.params[i];
                if (sp.type.k === 'var' && !b.types.has(sp.type.name))
                    b.bindType(inf, sp.type.name, ap.t);
            }
            return matchParam(inf, b, p.ret, t.ret);
        }
        case 'named': {
            if (t.k === 'nil')
                return true;
            if (p.name === 'Class') {
                if (t.k !== 'classRef')
                    return false;
                const arg = p.args[0];
                if (arg && arg.k === 'var')
                    b.bindType(inf, arg.name, t.of);
                return true;
            }
            if (p.name === 'Type')
                return t.k === 'classRef' || t.k === 'enumerationRef' || t.k === 'typeRef';
            if (p.name === 'Function')
                return t.k === 'fn';
            const named = inf.sigNamedType(p.name, []);
            if (named === 'opaque')
                return false;
            return (0,types/* isSubtype */.x4)(env, t, named);
        }
    }
}
function resultOf(inf, name, sig, b, args) {
    if (name === 'new' || name === 'getAll') {
        const ref = args[0]?.t;
        const of = ref && ref.k === 'classRef' ? ref.of : types/* UNKNOWN */.HV;
        return { t: of, m: name === 'new' ? types/* ONE */.xr : types/* ZERO_MANY */.zK };
    }
    if (name === 'cast') {
        return { t: args[1]?.t ?? types/* UNKNOWN */.HV, m: args[0]?.m ?? types/* ZERO_MANY */.zK };
    }
    const r = b.typed(inf, sig.ret);
    if (sig.ret.type.k === 'var' && !b.types.has(sig.ret.type.name)) {
        // only Nil arguments bound the type parameter
        return { t: { k: 'nil' }, m: r.m };
    }
    return r;
}
function argMatches(env, a, p) {
    if (a.t.k === 'unknown' || p.t.k === 'unknown')
        return true;
    if (!(0,types/* subsumes */.Id)(p.m, a.m))
        return false;
    if (p.t.k === 'fn')
        return a.t.k === 'fn' || a.t.k === 'nil';
    return (0,types/* isSubtype */.x4)(env, a.t, p.t);
}
function containsUnknown(t) {
    if (t.k === 'unknown')
        return true;
    if (t.k === 'fn')
        return t.params.some((p) => containsUnknown(p.t)) || containsUnknown(t.ret.t);
    if (t.k === 'classRef' || t.k === 'typeRef')
        return containsUnknown(t.of);
    return false;
}
function candidatesDetail(candidates, arity) {
    const same = candidates.filter((c) => c.arity === arity).map((c) => c.text);
    const other = candidates.filter((c) => c.arity !== arity).map((c) => c.text);
    let msg = '';
    if (same.length)
        msg += `Functions that can match if parameter types or multiplicities are changed:\n\t\t${same.join('\n\t\t')}\n`;
    if (other.length)
        msg += `Functions that can match if number of parameters are changed:\n\t\t${other.join('\n\t\t')}\n`;
    return msg;
}
/** The standard-library name a call refers to (`max`, or `meta::pure::functions::math::max`), if supported. */
function stdlibName(name) {
    if (PARSED_STDLIB.has(name))
        return name;
    if (name.startsWith('meta::')) {
        const simple = (0,types/* simpleName */.ct)(name);
        if (PARSED_STDLIB.has(simple))
            return simple;
    }
    return undefined;
}
/** True when a class extends a system class whose properties the embedded engine does not model. */
function hasOpaqueAncestor(env, classPath) {
    return (0,types/* classAncestors */.pT)(env, classPath).some((c) => c !== system/* ANY */.x4 && !env.classes.has(c));
}
function findProperty(env, classPath, name, argCount) {
    for (const c of (0,types/* classAncestors */.pT)(env, classPath)) {
        const info = env.classes.get(c);
        if (!info)
            continue;
        const prop = info.properties.get(name) ?? info.associationProperties.get(name);
        if (prop)
            return prop;
        const qps = [...(info.qualified.get(name) ?? []), ...(info.associationQualified.get(name) ?? [])];
        if (qps.length)
            return qps.find((q) => q.params.length === argCount) ?? qps[0];
    }
    return undefined;
}


/***/ }),

/***/ 3459:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Av: () => (/* binding */ ZERO_ONE),
/* harmony export */   E2: () => (/* binding */ multUnion),
/* harmony export */   HA: () => (/* binding */ isOne),
/* harmony export */   HV: () => (/* binding */ UNKNOWN),
/* harmony export */   Id: () => (/* binding */ subsumes),
/* harmony export */   OC: () => (/* binding */ printType),
/* harmony export */   Of: () => (/* binding */ toMult),
/* harmony export */   cq: () => (/* binding */ printMult),
/* harmony export */   ct: () => (/* binding */ simpleName),
/* harmony export */   fA: () => (/* binding */ mostCommon),
/* harmony export */   pT: () => (/* binding */ classAncestors),
/* harmony export */   si: () => (/* binding */ ANY_TYPE),
/* harmony export */   x4: () => (/* binding */ isSubtype),
/* harmony export */   xr: () => (/* binding */ ONE),
/* harmony export */   zK: () => (/* binding */ ZERO_MANY)
/* harmony export */ });
/* unused harmony exports BOOLEAN, STRING, INTEGER, prim, typeEquals, isAny, primitiveAncestors */
/* harmony import */ var _system_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8605);
/**
 * Types and multiplicities as the embedded compiler infers them, with Pure's subtyping, "most common type"
 * and the engine's way of printing them in messages.
 */

const ONE = { lower: 1, upper: 1 };
const ZERO_ONE = { lower: 0, upper: 1 };
const ZERO_MANY = { lower: 0, upper: null };
const UNKNOWN = { k: 'unknown' };
const ANY_TYPE = { k: 'class', path: _system_js__WEBPACK_IMPORTED_MODULE_0__/* .ANY */ .x4 };
const BOOLEAN = { k: 'prim', path: 'Boolean' };
const STRING = { k: 'prim', path: 'String' };
const INTEGER = { k: 'prim', path: 'Integer' };
function prim(name) {
    return { k: 'prim', path: name };
}
// ----------------------------------------------------------------------------------------------- multiplicity
function printMult(m) {
    if (m.upper === null)
        return m.lower === 0 ? '[*]' : `[${m.lower}..*]`;
    if (m.lower === m.upper)
        return `[${m.lower}]`;
    return `[${m.lower}..${m.upper}]`;
}
/** Pure's `Multiplicity.subsumes(signature, actual)`. */
function subsumes(signature, actual) {
    if (actual.lower < signature.lower)
        return false;
    if (signature.upper === null)
        return true;
    return actual.upper !== null && actual.upper <= signature.upper;
}
function multUnion(a, b) {
    return { lower: Math.min(a.lower, b.lower), upper: a.upper === null || b.upper === null ? null : Math.max(a.upper, b.upper) };
}
function isOne(m) {
    return m.lower === 1 && m.upper === 1;
}
function toMult(m) {
    if (!m)
        return ONE;
    return { lower: m.lowerBound, upper: m.upperBound === undefined || m.upperBound === null ? null : m.upperBound };
}
// ----------------------------------------------------------------------------------------------- types
function simpleName(path) {
    const i = path.lastIndexOf('::');
    return i < 0 ? path : path.slice(i + 2);
}
/** Legend's `GenericType.print(type, fullPath)`: `A` / `test::A`, `Class<A>`, `Nil`, `Any`. */
function printType(t, fullPath = false) {
    const name = (p) => (fullPath ? p : simpleName(p));
    switch (t.k) {
        case 'prim':
            return fullPath && t.path.includes('::') ? t.path : simpleName(t.path);
        case 'class':
            return t.path === _system_js__WEBPACK_IMPORTED_MODULE_0__/* .ANY */ .x4 ? 'Any' : name(t.path);
        case 'enum':
            return name(t.path);
        case 'nil':
            return 'Nil';
        case 'unknown':
            return '?';
        case 'fn':
            return `LambdaFunction<{${t.params.map((p) => printType(p.t, fullPath) + printMult(p.m)).join(', ')}->${printType(t.ret.t, fullPath)}${printMult(t.ret.m)}}>`;
        case 'classRef':
            return `Class<${printType(t.of, fullPath)}>`;
        case 'enumerationRef':
            return `Enumeration<${name(t.path)}>`;
        case 'typeRef':
            return t.of.k === 'prim' ? 'PrimitiveType' : printType(t.of, fullPath);
        case 'element':
            return t.classifier;
        case 'keyExpr':
            return 'KeyExpression';
    }
}
function typeEquals(a, b) {
    if (a.k !== b.k)
        return false;
    switch (a.k) {
        case 'prim':
        case 'class':
        case 'enum':
            return a.path === b.path;
        case 'enumerationRef':
            return a.path === b.path;
        case 'classRef':
        case 'typeRef':
            return typeEquals(a.of, b.of);
        case 'element':
            return a.path === b.path;
        default:
            return true;
    }
}
function isAny(t) {
    return t.k === 'class' && t.path === _system_js__WEBPACK_IMPORTED_MODULE_0__/* .ANY */ .x4;
}
/** The chain of primitive supertypes, the type itself first (`Integer`, `Number`). */
function primitiveAncestors(path) {
    const out = [path];
    let p = _system_js__WEBPACK_IMPORTED_MODULE_0__/* .PRIMITIVE_SUPERTYPE */ ._D[path];
    while (p) {
        out.push(p);
        p = _system_js__WEBPACK_IMPORTED_MODULE_0__/* .PRIMITIVE_SUPERTYPE */ ._D[p];
    }
    return out;
}
/**
 * Class generalization order of Pure (C3 linearization), the class itself first and `Any` last. Tolerates
 * cycles (which the cycle validator reports) by visiting each class once.
 */
function classAncestors(env, path) {
    const memo = env.ancestorsMemo?.get(path);
    if (memo)
        return memo;
    const out = [];
    const seen = new Set();
    const visit = (p) => {
        if (seen.has(p))
            return;
        seen.add(p);
        out.push(p);
        for (const s of env.superTypesOf(p))
            visit(s);
    };
    visit(path);
    // Breadth of real models is small; a DFS order equals C3 for single inheritance and chains.
    const withoutAny = out.filter((p) => p !== _system_js__WEBPACK_IMPORTED_MODULE_0__/* .ANY */ .x4);
    withoutAny.push(_system_js__WEBPACK_IMPORTED_MODULE_0__/* .ANY */ .x4);
    env.ancestorsMemo?.set(path, withoutAny);
    return withoutAny;
}
/** Is `a` a subtype of (or equal to) `b`? Unknown types are compatible with everything. */
function isSubtype(env, a, b) {
    if (a.k === 'unknown' || b.k === 'unknown')
        return true;
    if (a.k === 'nil')
        return true;
    if (isAny(b))
        return true;
    switch (a.k) {
        case 'prim':
            return b.k === 'prim' && primitiveAncestors(a.path).includes(b.path);
        case 'class':
            return b.k === 'class' && classAncestors(env, a.path).includes(b.path);
        case 'enum':
            return (b.k === 'enum' && b.path === a.path) || (b.k === 'class' && b.path === _system_js__WEBPACK_IMPORTED_MODULE_0__/* .ENUM */ .uA);
        case 'fn':
            return b.k === 'fn' || (b.k === 'class' && /::(Function|LambdaFunction|FunctionDefinition)$/.test(b.path));
        case 'classRef':
            return (b.k === 'classRef' && isSubtype(env, a.of, b.of)) || (b.k === 'class' && /::(Class|Type)$/.test(b.path));
        case 'enumerationRef':
            return (b.k === 'enumerationRef' && b.path === a.path) || (b.k === 'class' && /::(Enumeration|Type)$/.test(b.path));
        case 'typeRef':
            return b.k === 'typeRef' || (b.k === 'class' && /::Type$/.test(b.path));
        case 'element':
            return b.k === 'element' && b.classifier === a.classifier;
        case 'keyExpr':
            return b.k === 'keyExpr';
    }
}
/** Legend's `MostCommonType.mostCommon`: the most specific common supertype of all (Nil ignored). */
function mostCommon(env, types) {
    const real = types.filter((t) => t.k !== 'nil');
    if (real.length === 0)
        return types.length ? { k: 'nil' } : ANY_TYPE;
    if (real.some((t) => t.k === 'unknown'))
        return UNKNOWN;
    const first = real[0];
    if (real.every((t) => typeEquals(t, first)))
        return first;
    if (real.every((t) => t.k === 'prim')) {
        for (const candidate of primitiveAncestors(first.path)) {
            if (real.every((t) => primitiveAncestors(t.path).includes(candidate)))
                return prim(candidate);
        }
        return ANY_TYPE;
    }
    if (real.every((t) => t.k === 'class')) {
        for (const candidate of classAncestors(env, first.path)) {
            if (real.every((t) => classAncestors(env, t.path).includes(candidate)))
                return { k: 'class', path: candidate };
        }
        return ANY_TYPE;
    }
    if (real.every((t) => t.k === 'fn'))
        return first;
    return ANY_TYPE;
}


/***/ })

};
