export const id = 364;
export const ids = [364,998];
export const modules = {

/***/ 4323:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* binding */ flatten),
/* harmony export */   EO: () => (/* binding */ conjKey),
/* harmony export */   MU: () => (/* binding */ ALL_TYPES),
/* harmony export */   TL: () => (/* binding */ jsonTypesOf),
/* harmony export */   Y1: () => (/* binding */ withKeyword),
/* harmony export */   Yf: () => (/* binding */ enumSet),
/* harmony export */   qm: () => (/* binding */ allowedTypes),
/* harmony export */   xh: () => (/* binding */ typeSet)
/* harmony export */ });
/* harmony import */ var _core_canonical_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(484);
/* harmony import */ var _schema_store_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90);
/* harmony import */ var _schema_keywords_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7671);
/**
 * A subschema's effective constraints: the schema itself plus everything it pulls in through
 * `$ref` and `allOf`, flattened into one list (a conjunction). Both the breaking-change diff
 * and the case generator read keywords through it, so inlining a definition or moving it
 * behind a `$ref` changes nothing.
 */



function flatten(set, refs, seen = new Set()) {
    const out = [];
    for (const r of refs) {
        const key = (0,_schema_store_js__WEBPACK_IMPORTED_MODULE_0__/* .refKey */ .XF)(r);
        if (seen.has(key))
            continue;
        seen.add(key);
        if (r.value === true)
            continue;
        if (r.value === false) {
            out.push(r);
            continue;
        }
        if (!(0,_schema_keywords_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(r.value))
            continue;
        out.push(r);
        const t = (0,_schema_store_js__WEBPACK_IMPORTED_MODULE_0__/* .refTarget */ .L2)(set, r);
        if (t?.kind === 'ok')
            out.push(...flatten(set, [t.target], seen));
        const all = r.value.allOf;
        if (Array.isArray(all))
            out.push(...flatten(set, all.map((_, i) => (0,_schema_store_js__WEBPACK_IMPORTED_MODULE_0__/* .childRef */ ._3)(r, ['allOf', String(i)])), seen));
    }
    return out;
}
/** Nodes of the conjunction holding `keyword`, with its value. */
function withKeyword(conj, keyword) {
    const out = [];
    for (const r of conj) {
        if ((0,_schema_keywords_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(r.value) && Object.prototype.hasOwnProperty.call(r.value, keyword))
            out.push({ ref: r, value: r.value[keyword] });
    }
    return out;
}
const ALL_TYPES = ['null', 'boolean', 'object', 'array', 'number', 'integer', 'string'];
/**
 * Allowed instance types (number implies integer), or null when unconstrained. A `false`
 * schema in the conjunction allows nothing. OpenAPI's `nullable: true` adds null.
 */
function typeSet(conj) {
    let acc = null;
    for (const r of conj) {
        if (r.value === false)
            return new Set();
        if (!(0,_schema_keywords_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(r.value))
            continue;
        const t = r.value.type;
        let types = null;
        if (typeof t === 'string')
            types = [t];
        else if (Array.isArray(t))
            types = t.filter((x) => typeof x === 'string');
        if (!types)
            continue;
        const s = new Set(types);
        if (s.has('number'))
            s.add('integer');
        if (r.value.nullable === true)
            s.add('null');
        acc = acc === null ? s : new Set(Array.from(acc).filter((x) => s.has(x)));
    }
    return acc;
}
/** Allowed values from `enum`/`const` (canonical JSON), or null when unconstrained. */
function enumSet(conj) {
    let acc = null;
    for (const r of conj) {
        if (!(0,_schema_keywords_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(r.value))
            continue;
        const lists = [];
        if (Array.isArray(r.value.enum))
            lists.push(r.value.enum);
        if (Object.prototype.hasOwnProperty.call(r.value, 'const'))
            lists.push([r.value.const]);
        for (const l of lists) {
            const m = new Map(l.map((v) => [(0,_core_canonical_json_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalJson */ .d)(v), v]));
            acc = acc === null ? m : new Map(Array.from(acc).filter(([k]) => m.has(k)));
        }
    }
    return acc;
}
function conjKey(conj) {
    return conj.map(_schema_store_js__WEBPACK_IMPORTED_MODULE_0__/* .refKey */ .XF).sort().join('&');
}
/** JSON types a value belongs to (an integral number is also an integer). */
function jsonTypesOf(v) {
    if (v === null)
        return ['null'];
    if (Array.isArray(v))
        return ['array'];
    if (typeof v === 'number')
        return Number.isInteger(v) ? ['number', 'integer'] : ['number'];
    if (typeof v === 'object')
        return ['object'];
    return [typeof v];
}
/** Types a value can actually have: `type` narrowed by the values `enum`/`const` allow. */
function allowedTypes(conj) {
    let types = typeSet(conj) ?? new Set(ALL_TYPES);
    const en = enumSet(conj);
    if (en) {
        const fromEnum = new Set([...en.values()].flatMap(jsonTypesOf));
        types = new Set([...types].filter((t) => fromEnum.has(t)));
    }
    return types;
}


/***/ }),

/***/ 3364:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  check: () => (/* binding */ check)
});

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/core/canonical-json.ts
var canonical_json = __webpack_require__(484);
// EXTERNAL MODULE: ./src/checks/contracts/conj.ts
var contracts_conj = __webpack_require__(4323);
// EXTERNAL MODULE: ./src/checks/contracts/pointer.ts
var contracts_pointer = __webpack_require__(200);
// EXTERNAL MODULE: ./src/checks/contracts/schema-keywords.ts
var schema_keywords = __webpack_require__(7671);
// EXTERNAL MODULE: ./src/checks/contracts/schema-store.ts
var schema_store = __webpack_require__(90);
// EXTERNAL MODULE: ./src/checks/contracts/source-doc.ts + 2 modules
var source_doc = __webpack_require__(8333);
;// CONCATENATED MODULE: ./src/checks/contracts/breaking.ts






const MAX_DEPTH = 64;
function diffSchemas(tax, base, head) {
    const b = (0,schema_store/* rootRef */.A6)(base);
    const h = (0,schema_store/* rootRef */.A6)(head);
    if (!b || !h)
        return [];
    const w = { tax, base, head, out: [], visited: new Set() };
    diffNodes(w, [b], [h], [], 0);
    return dedupe(w.out);
}
function dedupe(changes) {
    const seen = new Map();
    for (const c of changes) {
        const k = `${c.id}|${c.location.path}|${c.schemaPointer}|${c.detail}`;
        if (!seen.has(k))
            seen.set(k, c);
    }
    return [...seen.values()];
}
function emit(w, id, place, side, inst, detail) {
    const segments = [...place.ref.segments, ...place.rel];
    w.out.push({
        id,
        side,
        location: (0,source_doc/* locate */.x5)(place.ref.res.doc, segments),
        schemaPointer: (0,contracts_pointer/* toPointer */.rb)(segments),
        instancePath: (0,contracts_pointer/* toPointer */.rb)(inst),
        detail,
    });
}
/** The head place of a keyword if head has it, else the base place (the keyword was removed). */
function where(hk, bk, keyword, fallbackHead) {
    if (hk[0])
        return [{ ref: hk[0].ref, rel: [keyword] }, 'head'];
    if (bk[0])
        return [{ ref: bk[0].ref, rel: [keyword] }, 'base'];
    return [{ ref: fallbackHead, rel: [] }, 'head'];
}
function show(v) {
    const s = (0,canonical_json/* canonicalJson */.d)(v);
    return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
function diffNodes(w, bRefs, hRefs, inst, depth) {
    if (depth > MAX_DEPTH || bRefs.length === 0 || hRefs.length === 0)
        return;
    refChange(w, bRefs, hRefs, inst);
    const b = (0,contracts_conj/* flatten */.Bq)(w.base, bRefs);
    const h = (0,contracts_conj/* flatten */.Bq)(w.head, hRefs);
    const key = `${(0,contracts_conj/* conjKey */.EO)(b)}|${(0,contracts_conj/* conjKey */.EO)(h)}`;
    if (w.visited.has(key))
        return;
    w.visited.add(key);
    const anchor = h[0] ?? hRefs[0];
    const bt = (0,contracts_conj/* typeSet */.xh)(b) ?? new Set(contracts_conj/* ALL_TYPES */.MU);
    const ht = (0,contracts_conj/* typeSet */.xh)(h) ?? new Set(contracts_conj/* ALL_TYPES */.MU);
    types(w, b, h, bt, ht, inst, anchor);
    const both = (t) => (t === 'number' ? (bt.has('number') || bt.has('integer')) && (ht.has('number') || ht.has('integer')) : bt.has(t) && ht.has(t));
    enums(w, b, h, inst, anchor);
    for (const bound of w.tax.bounds)
        if (both(bound.appliesTo))
            bounds(w, bound, b, h, inst);
    if (both('number'))
        scalarKeyword(w, 'multipleOf', b, h, inst, anchor, () => 'multiple-of-changed');
    if (both('array'))
        uniqueItems(w, b, h, inst, anchor);
    if (both('string'))
        patterns(w, b, h, inst, anchor);
    scalarKeyword(w, 'format', b, h, inst, anchor, (bv, hv) => (bv === undefined ? 'format-added' : hv === undefined ? 'format-removed' : 'format-changed'));
    scalarKeyword(w, 'default', b, h, inst, anchor, () => 'default-changed');
    if (both('object'))
        objects(w, b, h, inst, anchor, depth);
    if (both('array'))
        arrays(w, b, h, inst, anchor, depth);
    compositions(w, b, h, inst, anchor, depth);
    for (const k of w.tax.unclassifiedKeywords)
        unclassified(w, k, b, h, inst, anchor);
}
function refChange(w, bRefs, hRefs, inst) {
    const bRef = bRefs.find((r) => (0,schema_keywords/* isObject */.Gv)(r.value) && typeof r.value.$ref === 'string');
    const hRef = hRefs.find((r) => (0,schema_keywords/* isObject */.Gv)(r.value) && typeof r.value.$ref === 'string');
    if (!bRef || !hRef)
        return;
    const bt = (0,schema_store/* refTarget */.L2)(w.base, bRef);
    const ht = (0,schema_store/* refTarget */.L2)(w.head, hRef);
    if (bt?.kind !== 'ok' || ht?.kind !== 'ok')
        return;
    if ((0,schema_store/* refKey */.XF)(bt.target) === (0,schema_store/* refKey */.XF)(ht.target))
        return;
    emit(w, 'ref-target-changed', { ref: hRef, rel: ['$ref'] }, 'head', inst, `$ref changed from ${show(bRef.value.$ref)} (${(0,schema_store/* refKey */.XF)(bt.target)}) to ${show(hRef.value.$ref)} (${(0,schema_store/* refKey */.XF)(ht.target)})`);
}
function types(w, b, h, bt, ht, inst, anchor) {
    const list = (s) => {
        const v = [...s].filter((t) => t !== 'null' && !(t === 'integer' && s.has('number')));
        return v.length === 0 ? 'none' : v.sort().join(', ');
    };
    const bn = new Set([...bt].filter((t) => t !== 'null'));
    const hn = new Set([...ht].filter((t) => t !== 'null'));
    const [place, side] = where((0,contracts_conj/* withKeyword */.Y1)(h, 'type'), (0,contracts_conj/* withKeyword */.Y1)(b, 'type'), 'type', anchor);
    const sub = (x, y) => [...x].every((t) => y.has(t));
    if (!(sub(bn, hn) && sub(hn, bn))) {
        const id = sub(hn, bn) ? 'type-narrowed' : sub(bn, hn) ? 'type-widened' : 'type-changed';
        emit(w, id, place, side, inst, `type changed from [${list(bt)}] to [${list(ht)}]`);
    }
    if (bt.has('null') !== ht.has('null')) {
        const nb = (0,contracts_conj/* withKeyword */.Y1)(b, 'nullable');
        const nh = (0,contracts_conj/* withKeyword */.Y1)(h, 'nullable');
        const [p, s] = nh.length || nb.length ? where(nh, nb, 'nullable', anchor) : [place, side];
        emit(w, ht.has('null') ? 'nullable-added' : 'nullable-removed', p, s, inst, ht.has('null') ? 'null is now allowed' : 'null is no longer allowed');
    }
}
function enums(w, b, h, inst, anchor) {
    const be = (0,contracts_conj/* enumSet */.Yf)(b);
    const he = (0,contracts_conj/* enumSet */.Yf)(h);
    if (!be && !he)
        return;
    const kwOf = (c) => [
        ...(0,contracts_conj/* withKeyword */.Y1)(c, 'enum').map((x) => ({ ...x, kw: 'enum' })),
        ...(0,contracts_conj/* withKeyword */.Y1)(c, 'const').map((x) => ({ ...x, kw: 'const' })),
    ];
    const hk = kwOf(h);
    const bk = kwOf(b);
    if (!be && he) {
        emit(w, 'enum-added', { ref: hk[0].ref, rel: [hk[0].kw] }, 'head', inst, `${hk[0].kw} now restricts the value to ${[...he.keys()].join(', ')}`);
        return;
    }
    if (be && !he) {
        emit(w, 'enum-removed', { ref: bk[0].ref, rel: [bk[0].kw] }, 'base', inst, `${bk[0].kw} (${[...be.keys()].join(', ')}) was removed: any value is allowed`);
        return;
    }
    const removed = [...be.keys()].filter((k) => !he.has(k));
    const added = [...he.keys()].filter((k) => !be.has(k));
    if (removed.length) {
        emit(w, 'enum-value-removed', { ref: hk[0].ref, rel: [hk[0].kw] }, 'head', inst, `value${removed.length > 1 ? 's' : ''} ${removed.join(', ')} no longer allowed by ${hk[0].kw}`);
    }
    if (added.length) {
        // Point at the first added element when it sits in an `enum` array.
        let place = { ref: hk[0].ref, rel: [hk[0].kw] };
        for (const x of hk) {
            if (x.kw !== 'enum' || !Array.isArray(x.value))
                continue;
            const i = x.value.findIndex((v) => (0,canonical_json/* canonicalJson */.d)(v) === added[0]);
            if (i !== -1) {
                place = { ref: x.ref, rel: ['enum', String(i)] };
                break;
            }
        }
        emit(w, 'enum-value-added', place, 'head', inst, `value${added.length > 1 ? 's' : ''} ${added.join(', ')} now allowed by ${hk[0].kw}`);
    }
}
function effective(c, kw, kind) {
    let best;
    for (const x of (0,contracts_conj/* withKeyword */.Y1)(c, kw)) {
        if (typeof x.value !== 'number')
            continue;
        if (!best || (kind === 'upper' ? x.value < best.value : x.value > best.value))
            best = { value: x.value, ref: x.ref };
    }
    return best;
}
function bounds(w, def, b, h, inst) {
    const bv = effective(b, def.keyword, def.kind);
    const hv = effective(h, def.keyword, def.kind);
    const kw = def.keyword;
    if (!bv && !hv)
        return;
    if (!bv && hv)
        return emit(w, def.tightened, { ref: hv.ref, rel: [kw] }, 'head', inst, `${kw} set to ${hv.value}`);
    if (bv && !hv)
        return emit(w, def.loosened, { ref: bv.ref, rel: [kw] }, 'base', inst, `${kw} ${bv.value} removed`);
    if (bv.value === hv.value)
        return;
    const up = hv.value > bv.value;
    const tightened = def.kind === 'upper' ? !up : up;
    emit(w, tightened ? def.tightened : def.loosened, { ref: hv.ref, rel: [kw] }, 'head', inst, `${kw} ${up ? 'increased' : 'decreased'} from ${bv.value} to ${hv.value}`);
}
function scalarKeyword(w, kw, b, h, inst, anchor, idOf) {
    const bk = (0,contracts_conj/* withKeyword */.Y1)(b, kw);
    const hk = (0,contracts_conj/* withKeyword */.Y1)(h, kw);
    const bv = bk[0]?.value;
    const hv = hk[0]?.value;
    if ((0,canonical_json/* canonicalJson */.d)(bk.map((x) => x.value)) === (0,canonical_json/* canonicalJson */.d)(hk.map((x) => x.value)))
        return;
    const [place, side] = where(hk, bk, kw, anchor);
    const detail = bv === undefined ? `${kw} set to ${show(hv)}` : hv === undefined ? `${kw} ${show(bv)} removed` : `${kw} changed from ${show(bv)} to ${show(hv)}`;
    emit(w, idOf(bv, hv), place, side, inst, detail);
}
function uniqueItems(w, b, h, inst, anchor) {
    const on = (c) => (0,contracts_conj/* withKeyword */.Y1)(c, 'uniqueItems').filter((x) => x.value === true);
    const bo = on(b);
    const ho = on(h);
    if (bo.length > 0 === ho.length > 0)
        return;
    if (ho.length)
        emit(w, 'unique-items-added', { ref: ho[0].ref, rel: ['uniqueItems'] }, 'head', inst, 'uniqueItems: true now rejects arrays with duplicates');
    else
        emit(w, 'unique-items-removed', ...where((0,contracts_conj/* withKeyword */.Y1)(h, 'uniqueItems'), bo, 'uniqueItems', anchor), inst, 'uniqueItems removed: duplicates are allowed');
}
function patterns(w, b, h, inst, anchor) {
    const bk = (0,contracts_conj/* withKeyword */.Y1)(b, 'pattern').filter((x) => typeof x.value === 'string');
    const hk = (0,contracts_conj/* withKeyword */.Y1)(h, 'pattern').filter((x) => typeof x.value === 'string');
    const bs = new Set(bk.map((x) => x.value));
    const hs = new Set(hk.map((x) => x.value));
    if (bs.size === hs.size && [...bs].every((p) => hs.has(p)))
        return;
    const [place, side] = where(hk, bk, 'pattern', anchor);
    if (bs.size === 0)
        emit(w, 'pattern-added', place, side, inst, `pattern ${show([...hs][0])} added`);
    else if (hs.size === 0)
        emit(w, 'pattern-removed', place, side, inst, `pattern ${show([...bs][0])} removed`);
    else
        emit(w, 'pattern-changed', place, side, inst, `pattern changed from ${show([...bs].join(' & '))} to ${show([...hs].join(' & '))}`);
}
function propInfo(c) {
    const defs = new Map();
    const required = new Map();
    for (const r of c) {
        if (!(0,schema_keywords/* isObject */.Gv)(r.value))
            continue;
        const props = r.value.properties;
        if ((0,schema_keywords/* isObject */.Gv)(props))
            for (const n of Object.keys(props))
                defs.set(n, [...(defs.get(n) ?? []), (0,schema_store/* childRef */._3)(r, ['properties', n])]);
        const req = r.value.required;
        if (Array.isArray(req))
            req.forEach((n, i) => typeof n === 'string' && !required.has(n) && required.set(n, { ref: r, rel: ['required', String(i)] }));
    }
    return { defs, required };
}
function breaking_closed(c) {
    const out = [];
    for (const kw of ['additionalProperties', 'unevaluatedProperties'])
        for (const x of (0,contracts_conj/* withKeyword */.Y1)(c, kw))
            if (x.value === false)
                out.push({ ref: x.ref, kw });
    return out;
}
function objects(w, b, h, inst, anchor, depth) {
    const bp = propInfo(b);
    const hp = propInfo(h);
    const names = new Set([...bp.defs.keys(), ...bp.required.keys(), ...hp.defs.keys(), ...hp.required.keys()]);
    for (const n of names) {
        const inB = bp.defs.has(n) || bp.required.has(n);
        const inH = hp.defs.has(n) || hp.required.has(n);
        const reqB = bp.required.has(n);
        const reqH = hp.required.has(n);
        const at = [...inst, n];
        const propPlace = (info) => {
            const d = info.defs.get(n)?.[0];
            return d ? { ref: d, rel: [] } : info.required.get(n);
        };
        if (inB && !inH) {
            emit(w, reqB ? 'required-property-removed' : 'property-removed', propPlace(bp), 'base', at, `${reqB ? 'required ' : ''}property "${n}" removed`);
            continue;
        }
        if (!inB && inH) {
            emit(w, reqH ? 'required-property-added' : 'property-added', reqH && !hp.defs.has(n) ? hp.required.get(n) : propPlace(hp), 'head', at, `${reqH ? 'required ' : 'optional '}property "${n}" added`);
            continue;
        }
        if (reqB && !reqH) {
            const req = (0,contracts_conj/* withKeyword */.Y1)(h, 'required')[0];
            if (req)
                emit(w, 'property-became-optional', { ref: req.ref, rel: ['required'] }, 'head', at, `property "${n}" is no longer required`);
            else
                emit(w, 'property-became-optional', bp.required.get(n), 'base', at, `property "${n}" is no longer required`);
        }
        else if (!reqB && reqH) {
            emit(w, 'property-became-required', hp.required.get(n), 'head', at, `property "${n}" is now required`);
        }
        diffNodes(w, bp.defs.get(n) ?? [], hp.defs.get(n) ?? [], at, depth + 1);
    }
    const bc = breaking_closed(b);
    const hc = breaking_closed(h);
    if (bc.length === 0 && hc.length > 0) {
        emit(w, 'additional-properties-closed', { ref: hc[0].ref, rel: [hc[0].kw] }, 'head', inst, `${hc[0].kw}: false now rejects properties not listed`);
    }
    else if (bc.length > 0 && hc.length === 0) {
        const still = (0,contracts_conj/* withKeyword */.Y1)(h, bc[0].kw)[0];
        const [place, side] = still ? [{ ref: still.ref, rel: [bc[0].kw] }, 'head'] : [{ ref: bc[0].ref, rel: [bc[0].kw] }, 'base'];
        emit(w, 'additional-properties-opened', place, side, inst, `${bc[0].kw}: false removed: properties not listed are allowed`);
    }
    const schemaValued = (c) => (0,contracts_conj/* withKeyword */.Y1)(c, 'additionalProperties').filter((x) => (0,schema_keywords/* isObject */.Gv)(x.value)).map((x) => (0,schema_store/* childRef */._3)(x.ref, ['additionalProperties']));
    const ba = schemaValued(b);
    const ha = schemaValued(h);
    if (ba.length && ha.length)
        diffNodes(w, ba, ha, [...inst, '*'], depth + 1);
    const pp = (c) => {
        const m = new Map();
        for (const x of (0,contracts_conj/* withKeyword */.Y1)(c, 'patternProperties'))
            if ((0,schema_keywords/* isObject */.Gv)(x.value))
                for (const k of Object.keys(x.value))
                    m.set(k, [...(m.get(k) ?? []), (0,schema_store/* childRef */._3)(x.ref, ['patternProperties', k])]);
        return m;
    };
    const bpp = pp(b);
    const hpp = pp(h);
    for (const k of new Set([...bpp.keys(), ...hpp.keys()])) {
        const bx = bpp.get(k);
        const hx = hpp.get(k);
        if (bx && hx)
            diffNodes(w, bx, hx, [...inst, `{${k}}`], depth + 1);
        else if (hx)
            emit(w, 'unclassified-change', { ref: hx[0], rel: [] }, 'head', inst, `patternProperties "${k}" added`);
        else
            emit(w, 'unclassified-change', { ref: bx[0], rel: [] }, 'base', inst, `patternProperties "${k}" removed`);
    }
}
function itemsShape(c) {
    const shape = { tuple: null, tupleAt: null, rest: 'free', restAt: null };
    for (const r of c) {
        if (!(0,schema_keywords/* isObject */.Gv)(r.value))
            continue;
        const { tuple, rest } = (0,schema_keywords/* itemKeywords */.A6)(r.res.draft, r.value);
        if (tuple && !shape.tuple) {
            shape.tuple = r.value[tuple].map((_, i) => (0,schema_store/* childRef */._3)(r, [tuple, String(i)]));
            shape.tupleAt = { ref: r, rel: [tuple] };
        }
        if (!rest)
            continue;
        const rv = r.value[rest];
        if (rv === false) {
            shape.rest = 'none';
            shape.restAt = { ref: r, rel: [rest] };
        }
        else if (((0,schema_keywords/* isObject */.Gv)(rv) || rv === true) && shape.rest !== 'none') {
            if (rv !== true)
                shape.rest = [...(shape.rest === 'free' ? [] : shape.rest), (0,schema_store/* childRef */._3)(r, [rest])];
            shape.restAt ??= { ref: r, rel: [rest] };
        }
    }
    return shape;
}
function arrays(w, b, h, inst, anchor, depth) {
    const bs = itemsShape(b);
    const hs = itemsShape(h);
    const kind = (s) => `${s.tuple ? `tuple of ${s.tuple.length}` : 'no tuple'}, ${s.rest === 'free' ? 'any further items' : s.rest === 'none' ? 'no further items' : 'further items by schema'}`;
    if (kind(bs) !== kind(hs)) {
        const place = hs.tupleAt ?? hs.restAt;
        const basePlace = bs.tupleAt ?? bs.restAt;
        if (place)
            emit(w, 'items-changed', place, 'head', inst, `items changed from ${kind(bs)} to ${kind(hs)}`);
        else
            emit(w, 'items-changed', basePlace ?? { ref: anchor, rel: [] }, basePlace ? 'base' : 'head', inst, `items changed from ${kind(bs)} to ${kind(hs)}`);
    }
    if (bs.tuple && hs.tuple) {
        const n = Math.min(bs.tuple.length, hs.tuple.length);
        for (let i = 0; i < n; i++)
            diffNodes(w, [bs.tuple[i]], [hs.tuple[i]], [...inst, String(i)], depth + 1);
    }
    if (Array.isArray(bs.rest) && Array.isArray(hs.rest))
        diffNodes(w, bs.rest, hs.rest, [...inst, '*'], depth + 1);
}
function compositions(w, b, h, inst, anchor, depth) {
    for (const kw of ['anyOf', 'oneOf']) {
        const bk = (0,contracts_conj/* withKeyword */.Y1)(b, kw).filter((x) => Array.isArray(x.value));
        const hk = (0,contracts_conj/* withKeyword */.Y1)(h, kw).filter((x) => Array.isArray(x.value));
        if (bk.length === 0 && hk.length === 0)
            continue;
        if (bk.length === 1 && hk.length === 1 && bk[0].value.length === hk[0].value.length) {
            // Same number of branches: compare them pairwise (narrowing a branch narrows the union).
            const n = bk[0].value.length;
            for (let i = 0; i < n; i++)
                diffNodes(w, [(0,schema_store/* childRef */._3)(bk[0].ref, [kw, String(i)])], [(0,schema_store/* childRef */._3)(hk[0].ref, [kw, String(i)])], inst, depth + 1);
            continue;
        }
        const [place, side] = where(hk, bk, kw, anchor);
        const count = (k) => (k.length ? `${k[0].value.length} branches` : 'absent');
        emit(w, 'unclassified-change', place, side, inst, `${kw} changed from ${count(bk)} to ${count(hk)}`);
    }
}
function unclassified(w, kw, b, h, inst, anchor) {
    const bk = (0,contracts_conj/* withKeyword */.Y1)(b, kw);
    const hk = (0,contracts_conj/* withKeyword */.Y1)(h, kw);
    if (bk.length === 0 && hk.length === 0)
        return;
    if ((0,canonical_json/* canonicalJson */.d)(bk.map((x) => x.value)) === (0,canonical_json/* canonicalJson */.d)(hk.map((x) => x.value)))
        return;
    const [place, side] = where(hk, bk, kw, anchor);
    const what = bk.length === 0 ? 'added' : hk.length === 0 ? 'removed' : 'changed';
    emit(w, 'unclassified-change', place, side, inst, `${kw} ${what}`);
}

// EXTERNAL MODULE: ./src/checks/contracts/json-parse.ts
var json_parse = __webpack_require__(8037);
// EXTERNAL MODULE: ./src/core/bounded-regex.ts
var bounded_regex = __webpack_require__(2976);
;// CONCATENATED MODULE: ./src/checks/contracts/regex-gen.ts
/** Characters we draw from for `.`, negated classes and complements: printable ASCII plus a few letters. */
const UNIVERSE = [
    [0x20, 0x7e],
    [0xe9, 0xe9],
    [0xfc, 0xfc],
];
const DIGIT = [[0x30, 0x39]];
const WORD = [
    [0x30, 0x39],
    [0x41, 0x5a],
    [0x5f, 0x5f],
    [0x61, 0x7a],
];
const SPACE = [
    [0x20, 0x20],
    [0x09, 0x09],
];
const LETTER = [
    [0x41, 0x5a],
    [0x61, 0x7a],
    [0xe9, 0xe9],
];
class PatternSyntax extends Error {
}
function parsePattern(pattern) {
    const p = new PatternParser(pattern);
    try {
        const root = p.alternation();
        if (p.i < pattern.length)
            return null;
        return { root, approximate: p.approximate, endAnchored: /(^|[^\\])\$$/.test(pattern) };
    }
    catch (e) {
        if (e instanceof PatternSyntax)
            return null;
        throw e;
    }
}
class PatternParser {
    s;
    i = 0;
    approximate = false;
    groups = 0;
    constructor(s) {
        this.s = s;
    }
    alternation() {
        const alts = [this.sequence()];
        while (this.s[this.i] === '|') {
            this.i++;
            alts.push(this.sequence());
        }
        return alts.length === 1 ? alts[0] : { t: 'alt', alts };
    }
    sequence() {
        const items = [];
        while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') {
            const atom = this.atom();
            items.push(this.quantified(atom));
        }
        return { t: 'seq', items };
    }
    quantified(atom) {
        const s = this.s;
        let min;
        let max;
        const c = s[this.i];
        if (c === '*')
            [min, max] = [0, Infinity];
        else if (c === '+')
            [min, max] = [1, Infinity];
        else if (c === '?')
            [min, max] = [0, 1];
        else if (c === '{') {
            const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(this.i));
            if (!m)
                return atom;
            min = Number(m[1]);
            max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
            this.i += m[0].length - 1;
        }
        else
            return atom;
        this.i++;
        if (s[this.i] === '?')
            this.i++;
        return { t: 'repeat', body: atom, min, max };
    }
    atom() {
        const s = this.s;
        const c = s[this.i];
        switch (c) {
            case '^':
            case '$':
                this.i++;
                return { t: 'empty' };
            case '.':
                this.i++;
                return { t: 'chars', ranges: [[0x0a, 0x0a], [0x0d, 0x0d]], negated: true };
            case '[':
                return this.charClass();
            case '(':
                return this.group();
            case '\\':
                return this.escape(false);
            default: {
                const cp = s.codePointAt(this.i);
                this.i += cp > 0xffff ? 2 : 1;
                return { t: 'chars', ranges: [[cp, cp]], negated: false };
            }
        }
    }
    group() {
        const s = this.s;
        this.i++;
        let index = null;
        let name = null;
        if (s.startsWith('?:', this.i))
            this.i += 2;
        else if (s.startsWith('?=', this.i) || s.startsWith('?!', this.i) || s.startsWith('?<=', this.i) || s.startsWith('?<!', this.i)) {
            // Lookarounds constrain without consuming: skipped; the caller verifies the sample.
            this.approximate = true;
            this.i += s[this.i + 1] === '<' ? 3 : 2;
            this.alternation();
            if (s[this.i] !== ')')
                throw new PatternSyntax();
            this.i++;
            return { t: 'empty' };
        }
        else if (s.startsWith('?<', this.i)) {
            const m = /^\?<([A-Za-z_$][\w$]*)>/.exec(s.slice(this.i));
            if (!m)
                throw new PatternSyntax();
            name = m[1];
            index = ++this.groups;
            this.i += m[0].length;
        }
        else
            index = ++this.groups;
        const body = this.alternation();
        if (s[this.i] !== ')')
            throw new PatternSyntax();
        this.i++;
        return { t: 'group', body, index, name };
    }
    charClass() {
        const s = this.s;
        this.i++;
        let negated = false;
        if (s[this.i] === '^') {
            negated = true;
            this.i++;
        }
        const ranges = [];
        while (this.i < s.length && s[this.i] !== ']') {
            const lo = this.classAtom();
            if (s[this.i] === '-' && s[this.i + 1] !== ']' && this.i + 1 < s.length && lo.single !== null) {
                this.i++;
                const hi = this.classAtom();
                if (hi.single === null) {
                    ranges.push(...lo.ranges, [0x2d, 0x2d], ...hi.ranges);
                }
                else
                    ranges.push([lo.single, hi.single]);
            }
            else
                ranges.push(...lo.ranges);
        }
        if (s[this.i] !== ']')
            throw new PatternSyntax();
        this.i++;
        return { t: 'chars', ranges, negated };
    }
    classAtom() {
        const s = this.s;
        if (s[this.i] === '\\') {
            const n = this.escape(true);
            if (n.t === 'chars' && !n.negated && n.ranges.length === 1 && n.ranges[0][0] === n.ranges[0][1])
                return { ranges: n.ranges, single: n.ranges[0][0] };
            if (n.t === 'chars')
                return { ranges: n.negated ? complement(n.ranges) : n.ranges, single: null };
            return { ranges: [], single: null };
        }
        const cp = s.codePointAt(this.i);
        this.i += cp > 0xffff ? 2 : 1;
        return { ranges: [[cp, cp]], single: cp };
    }
    escape(inClass) {
        const s = this.s;
        this.i++;
        const c = s[this.i];
        if (c === undefined)
            throw new PatternSyntax();
        this.i++;
        const one = (cp) => ({ t: 'chars', ranges: [[cp, cp]], negated: false });
        switch (c) {
            case 'd':
                return { t: 'chars', ranges: DIGIT, negated: false };
            case 'D':
                return { t: 'chars', ranges: DIGIT, negated: true };
            case 'w':
                return { t: 'chars', ranges: WORD, negated: false };
            case 'W':
                return { t: 'chars', ranges: WORD, negated: true };
            case 's':
                return { t: 'chars', ranges: SPACE, negated: false };
            case 'S':
                return { t: 'chars', ranges: SPACE, negated: true };
            case 'b':
                return inClass ? one(8) : { t: 'empty' };
            case 'B':
                return { t: 'empty' };
            case 'n':
                return one(10);
            case 'r':
                return one(13);
            case 't':
                return one(9);
            case 'v':
                return one(11);
            case 'f':
                return one(12);
            case '0':
                return one(0);
            case 'c': {
                const l = s.charCodeAt(this.i++);
                return one(l % 32);
            }
            case 'x': {
                const h = s.slice(this.i, this.i + 2);
                if (!/^[0-9a-fA-F]{2}$/.test(h))
                    throw new PatternSyntax();
                this.i += 2;
                return one(parseInt(h, 16));
            }
            case 'u': {
                if (s[this.i] === '{') {
                    const end = s.indexOf('}', this.i);
                    if (end === -1)
                        throw new PatternSyntax();
                    const cp = parseInt(s.slice(this.i + 1, end), 16);
                    this.i = end + 1;
                    return one(cp);
                }
                const h = s.slice(this.i, this.i + 4);
                if (!/^[0-9a-fA-F]{4}$/.test(h))
                    throw new PatternSyntax();
                this.i += 4;
                return one(parseInt(h, 16));
            }
            case 'p':
            case 'P': {
                const m = /^\{([^}]*)\}/.exec(s.slice(this.i));
                if (!m)
                    throw new PatternSyntax();
                this.i += m[0].length;
                const prop = m[1].replace(/^(General_Category|gc)=/, '');
                let ranges;
                if (['L', 'Letter', 'Alphabetic', 'Alpha'].includes(prop))
                    ranges = LETTER;
                else if (['Lu', 'Uppercase_Letter', 'Uppercase', 'Upper'].includes(prop))
                    ranges = [[0x41, 0x5a]];
                else if (['Ll', 'Lowercase_Letter', 'Lowercase', 'Lower'].includes(prop))
                    ranges = [[0x61, 0x7a]];
                else if (['N', 'Nd', 'Number', 'Decimal_Number', 'digit'].includes(prop))
                    ranges = DIGIT;
                else {
                    this.approximate = true;
                    ranges = LETTER;
                }
                return { t: 'chars', ranges, negated: c === 'P' };
            }
            case 'k': {
                const m = /^<([A-Za-z_$][\w$]*)>/.exec(s.slice(this.i));
                if (!m)
                    throw new PatternSyntax();
                this.i += m[0].length;
                return { t: 'backref', index: null, name: m[1] };
            }
            default:
                if (/[1-9]/.test(c) && !inClass) {
                    let digits = c;
                    while (/[0-9]/.test(s[this.i] ?? ''))
                        digits += s[this.i++];
                    return { t: 'backref', index: Number(digits), name: null };
                }
                return one(c.codePointAt(0));
        }
    }
}
function complement(ranges) {
    const out = [];
    for (const [lo, hi] of UNIVERSE) {
        for (let cp = lo; cp <= hi; cp++)
            if (!ranges.some(([a, b]) => cp >= a && cp <= b))
                out.push([cp, cp]);
    }
    return out;
}
const complements = new WeakMap();
function pickChar(node, rng) {
    let ranges = node.ranges;
    if (node.negated) {
        ranges = complements.get(node) ?? complement(node.ranges);
        complements.set(node, ranges);
    }
    if (ranges.length === 0)
        return null;
    // Weight ranges by size, capped so one huge range does not drown the others.
    const weights = ranges.map(([a, b]) => Math.min(b - a + 1, 64));
    let r = rng.next() * weights.reduce((x, y) => x + y, 0);
    for (let k = 0; k < ranges.length; k++) {
        r -= weights[k];
        if (r < 0 || k === ranges.length - 1) {
            const [a, b] = ranges[k];
            return String.fromCodePoint(rng.int(a, Math.min(b, a + 0x10ffff)));
        }
    }
    return null;
}
/**
 * One sample of the pattern's language. `stretch` bounds unbounded repetition (`*`, `+`,
 * `{n,}`) to at most `min + stretch` iterations.
 */
function samplePattern(parsed, rng, stretch) {
    const captures = new Map();
    let ok = true;
    const gen = (n, depth) => {
        if (!ok || depth > 200) {
            ok = false;
            return '';
        }
        switch (n.t) {
            case 'empty':
                return '';
            case 'chars': {
                const ch = pickChar(n, rng);
                if (ch === null)
                    ok = false;
                return ch ?? '';
            }
            case 'seq':
                return n.items.map((x) => gen(x, depth + 1)).join('');
            case 'alt':
                return gen(rng.pick(n.alts), depth + 1);
            case 'group': {
                const text = gen(n.body, depth + 1);
                if (n.index !== null)
                    captures.set(n.index, text);
                if (n.name !== null)
                    captures.set(n.name, text);
                return text;
            }
            case 'repeat': {
                const max = n.max === Infinity ? n.min + stretch : Math.min(n.max, n.min + Math.max(stretch, 1) * 4);
                const count = rng.int(n.min, max);
                let out = '';
                for (let k = 0; k < count; k++)
                    out += gen(n.body, depth + 1);
                return out;
            }
            case 'backref':
                return captures.get(n.index ?? n.name ?? '') ?? '';
        }
    };
    const s = gen(parsed.root, 0);
    return ok ? s : null;
}

;// CONCATENATED MODULE: ./src/checks/contracts/bounded-regex.ts
/**
 * Schema patterns tested on generated strings under a time bound. A pattern with nested
 * unbounded quantifiers (`(a+)+`, `(.{2,}|x)*`) can backtrack for minutes on some inputs;
 * such patterns run under core/bounded-regex.ts's time bound. Plain patterns run directly,
 * as they cannot blow up. A string is only ever handed to ajv after it passed here, so ajv's
 * own test of it is fast too.
 */


const REGEX_TIMEOUT_MS = 50;
class BoundedRegex {
    source;
    re;
    /** Nested unbounded quantifiers: tested under the time bound. */
    risky;
    /** Set once a test ran out of time. */
    timedOut = false;
    constructor(source) {
        this.source = source;
        this.re = new RegExp(source, 'u');
        this.risky = isRisky(source);
    }
    /** True/false, or null when the test ran out of time (treat the string as unusable). */
    test(s) {
        if (!this.risky)
            return this.re.test(s);
        const r = (0,bounded_regex/* runBounded */.B)(() => this.re.test(s), REGEX_TIMEOUT_MS);
        if (r.ok)
            return r.value;
        this.timedOut = true;
        return null;
    }
}
/**
 * Risky: a repeated part (`*`, `+`, `{n,m}` with m > 1) that itself contains a repetition or
 * an alternation — the shapes that backtrack exponentially (`(a+)+`, `(\\w|\\d)+$`). Patterns
 * the sampler cannot read are treated as risky too.
 */
function isRisky(source) {
    const parsed = parsePattern(source);
    return !parsed || risky(parsed.root, false);
}
function risky(n, insideRepeat) {
    switch (n.t) {
        case 'seq':
            return n.items.some((x) => risky(x, insideRepeat));
        case 'alt':
            return insideRepeat || n.alts.some((x) => risky(x, insideRepeat));
        case 'group':
            return risky(n.body, insideRepeat);
        case 'repeat':
            if (n.max <= 1)
                return risky(n.body, insideRepeat);
            return insideRepeat || risky(n.body, true);
        default:
            return false;
    }
}

;// CONCATENATED MODULE: ./src/checks/contracts/generator.ts







const ATTEMPTS = 4;
const generator_MAX_DEPTH = 40;
/** Past this depth optional parts are left out, so recursive schemas stay finite. */
const LEAN_DEPTH = 6;
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
const codeLength = (s) => [...s].length;
/** One compiled, risk-classified regex per pattern source (patterns repeat across cases). */
const regexCache = new Map();
function bounded(source) {
    let r = regexCache.get(source);
    if (!r) {
        if (regexCache.size > 5000)
            regexCache.clear();
        regexCache.set(source, (r = new BoundedRegex(source)));
    }
    return r;
}
/**
 * Keywords whose constraints the synthesizer does not build in (or only approximates): a
 * subschema using one is checked with ajv right away, so a retry happens at the right level.
 * Everything else is guaranteed by construction and checked once, at the root.
 */
const NEEDS_CHECK = new Set([
    'not',
    'if',
    'then',
    'else',
    'oneOf',
    'anyOf',
    'contains',
    'minContains',
    'maxContains',
    'dependencies',
    'dependentSchemas',
    'dependentRequired',
    'propertyNames',
    'unevaluatedProperties',
    'unevaluatedItems',
    '$dynamicRef',
    '$recursiveRef',
]);
/** Keywords that leave a value unconstrained beyond `enum`/`const`. */
const ANNOTATIONS = new Set(['enum', 'const', 'type', '$ref', '$id', '$schema', '$anchor', '$comment', '$defs', 'definitions', 'title', 'description', 'default', 'examples', 'example', 'deprecated', 'readOnly', 'writeOnly', 'nullable', 'allOf']);
function needsCheck(conj) {
    return conj.some((r) => (0,schema_keywords/* isObject */.Gv)(r.value) && Object.keys(r.value).some((k) => NEEDS_CHECK.has(k)));
}
function onlyEnumConstraints(conj) {
    return conj.every((r) => !(0,schema_keywords/* isObject */.Gv)(r.value) || Object.keys(r.value).every((k) => ANNOTATIONS.has(k) || k.startsWith('x-')));
}
class CaseGenerator {
    set;
    compiled;
    formats;
    constructor(set, compiled, formats) {
        this.set = set;
        this.compiled = compiled;
        this.formats = formats;
    }
    /** A value valid against the whole schema, or the reason none could be made. */
    generate(rng, opts) {
        // The optional-property mode is a preference: when it cannot work (e.g. `not` forbids a
        // combination), the leaner modes are tried before giving up.
        const modes = [...new Set([opts.optional, 'random', 'none'])];
        let first;
        for (const optional of modes) {
            const r = this.generateWith(rng.fork(optional), { ...opts, optional });
            if (r.ok)
                return r;
            first ??= r;
            if (r.failure.certain)
                break;
        }
        return first;
    }
    generateWith(rng, opts) {
        const root = (0,schema_store/* rootRef */.A6)(this.set);
        const validate = this.compiled.validate;
        if (!root || !validate)
            throw new Error('generate() needs a loaded, compiled schema');
        let last;
        for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
            const r = this.gen([root], [], { rng: rng.fork(`root-${attempt}`), optional: opts.optional, force: opts.force, depth: 0 });
            if (!r.ok) {
                last = r.failure;
                if (r.failure.certain)
                    break;
                continue;
            }
            if (validate(r.value))
                return r;
            const e = validate.errors?.[0];
            last = { ref: root, instancePath: [], reason: `the generated value is rejected: ${describeError(e)}`, unsupported: false, certain: false };
        }
        return { ok: false, failure: last };
    }
    fail(ref, inst, reason, extra = {}) {
        return { ok: false, failure: { ref, instancePath: inst, reason, unsupported: false, certain: false, ...extra } };
    }
    gen(refs, inst, ctx) {
        const anchor = refs[0] ?? (0,schema_store/* rootRef */.A6)(this.set);
        if (ctx.depth > generator_MAX_DEPTH)
            return this.fail(anchor, inst, `nesting deeper than ${generator_MAX_DEPTH} levels is required (a recursive schema without a way out)`, { certain: true });
        let last;
        for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
            const rng = ctx.rng.fork(attempt);
            const { top, conj } = this.choose(refs, rng);
            const never = conj.find((r) => r.value === false);
            if (never)
                return this.fail(never, inst, 'the schema is `false`: no value is allowed', { certain: true });
            const r = this.synth(top, conj, inst, { ...ctx, rng });
            if (r.ok)
                return r;
            last = r.failure;
            if (r.failure.certain)
                break;
        }
        return { ok: false, failure: last };
    }
    /** The refs plus one chosen branch of every anyOf/oneOf/if, and their flattened constraints. */
    choose(refs, rng) {
        const top = [...refs];
        const decided = new Set();
        let conj = (0,contracts_conj/* flatten */.Bq)(this.set, top);
        for (let round = 0; round < 32; round++) {
            let changed = false;
            for (const node of conj) {
                if (!(0,schema_keywords/* isObject */.Gv)(node.value))
                    continue;
                for (const kw of ['anyOf', 'oneOf']) {
                    const list = node.value[kw];
                    const key = `${(0,schema_store/* refKey */.XF)(node)}|${kw}`;
                    if (!Array.isArray(list) || list.length === 0 || decided.has(key))
                        continue;
                    decided.add(key);
                    top.push((0,schema_store/* childRef */._3)(node, [kw, String(rng.int(0, list.length - 1))]));
                    changed = true;
                }
                const key = `${(0,schema_store/* refKey */.XF)(node)}|if`;
                if ('if' in node.value && !decided.has(key)) {
                    decided.add(key);
                    if (rng.bool()) {
                        top.push((0,schema_store/* childRef */._3)(node, ['if']));
                        if ('then' in node.value)
                            top.push((0,schema_store/* childRef */._3)(node, ['then']));
                    }
                    else if ('else' in node.value)
                        top.push((0,schema_store/* childRef */._3)(node, ['else']));
                    changed = true;
                }
            }
            if (!changed)
                break;
            conj = (0,contracts_conj/* flatten */.Bq)(this.set, top);
        }
        return { top, conj };
    }
    /** First ajv error of `value` against the chosen refs, or null when it satisfies them all. */
    check(top, value) {
        for (const ref of top) {
            const v = this.compiled.validatorAt(ref);
            if (v && !v(value))
                return describeError(v.errors?.[0]);
        }
        return null;
    }
    synth(top, conj, inst, ctx) {
        const anchor = conj[0] ?? top[0];
        const atTarget = ctx.force !== undefined && ctx.force.type !== undefined && ctx.force.path.length === (ctx.force.typeAt ?? 0);
        const en = (0,contracts_conj/* enumSet */.Yf)(conj);
        if (en) {
            const values = ctx.rng.shuffle([...en.values()]);
            if (values.length === 0)
                return this.fail(anchor, inst, 'the `enum`/`const` keywords of this schema have no value in common', { certain: true, keyword: 'enum' });
            let why = '';
            const types = (0,contracts_conj/* typeSet */.xh)(conj);
            const simple = onlyEnumConstraints(conj);
            for (const v of values) {
                if (atTarget && ctx.force.type && jsonType(v) !== ctx.force.type)
                    continue;
                if (ctx.force && ctx.force.path.length > 0 && !containsPath(v, ctx.force.path))
                    continue;
                if (simple) {
                    if (!types || (0,contracts_conj/* jsonTypesOf */.TL)(v).some((t) => types.has(t)))
                        return { ok: true, value: structuredClone(v) };
                    why = `${JSON.stringify(v)} is not of type ${[...types].join('|')}`;
                    continue;
                }
                why = this.check(top, v) ?? '';
                if (!why)
                    return { ok: true, value: structuredClone(v) };
            }
            return this.fail(anchor, inst, `no value of \`enum\`/\`const\` satisfies the other constraints${why ? ` (${why})` : ''}`, { certain: true, keyword: 'enum' });
        }
        let allowed = (0,contracts_conj/* typeSet */.xh)(conj) ? [...(0,contracts_conj/* typeSet */.xh)(conj)] : inferTypes(conj, this.formats);
        if (ctx.force && ctx.force.path.length > 0) {
            const seg = ctx.force.path[0];
            allowed = allowed.filter((t) => t === 'object' || (t === 'array' && /^(0|[1-9]\d*)$/.test(seg)));
            if (allowed.length === 0)
                return this.fail(anchor, inst, `no value here can contain "${seg}" (type ${[...((0,contracts_conj/* typeSet */.xh)(conj) ?? [])].join('|')})`, { certain: true, keyword: 'type' });
        }
        if (atTarget) {
            const want = ctx.force.type;
            allowed = allowed.filter((t) => t === want || (want === 'number' && t === 'integer'));
            if (allowed.length === 0)
                return this.fail(anchor, inst, `no ${want} value is allowed here`, { certain: true, keyword: 'type' });
        }
        if (allowed.length === 0)
            return this.fail(anchor, inst, 'the `type` keywords of this schema allow no type in common', { certain: true, keyword: 'type' });
        // Prefer structure over null so cases exercise the schema; integers over general numbers.
        const order = [...ctx.rng.shuffle(allowed.filter((t) => t !== 'null')), ...allowed.filter((t) => t === 'null')];
        if (order.includes('number') && order.includes('integer'))
            order.splice(order.indexOf('integer'), 1);
        let last;
        const verify = needsCheck(conj);
        for (const t of order) {
            const r = this.synthType(t, conj, inst, ctx);
            if (!r.ok) {
                last = r.failure;
                continue;
            }
            const why = verify ? this.check(top, r.value) : null;
            if (!why)
                return r;
            last = { ref: anchor, instancePath: inst, reason: `the generated value ${preview(r.value)} is rejected: ${why}`, unsupported: false, certain: false };
        }
        return { ok: false, failure: last };
    }
    synthType(t, conj, inst, ctx) {
        switch (t) {
            case 'null':
                return { ok: true, value: null };
            case 'boolean':
                return { ok: true, value: ctx.rng.bool() };
            case 'integer':
            case 'number':
                return this.synthNumber(conj, inst, ctx, t === 'integer');
            case 'string':
                return this.synthString(conj, inst, ctx);
            case 'array':
                return this.synthArray(conj, inst, ctx);
            case 'object':
                return this.synthObject(conj, inst, ctx);
            default:
                return this.fail(conj[0], inst, `unknown type "${t}"`, { certain: true, keyword: 'type' });
        }
    }
    synthNumber(conj, inst, ctx, integerOnly) {
        const nums = (kw) => (0,contracts_conj/* withKeyword */.Y1)(conj, kw).filter((x) => typeof x.value === 'number');
        const maxOf = (xs) => (xs.length ? Math.max(...xs.map((x) => x.value)) : undefined);
        const minOf = (xs) => (xs.length ? Math.min(...xs.map((x) => x.value)) : undefined);
        const lo = maxOf(nums('minimum'));
        const hi = minOf(nums('maximum'));
        const exLo = maxOf(nums('exclusiveMinimum'));
        const exHi = minOf(nums('exclusiveMaximum'));
        const steps = nums('multipleOf').map((x) => x.value).filter((m) => m > 0);
        const format = (0,contracts_conj/* withKeyword */.Y1)(conj, 'format').find((x) => typeof x.value === 'string')?.value;
        const fmt = format ? this.formats[format] : undefined;
        const integer = integerOnly || format === 'int32' || format === 'int64';
        const fits = (v) => Number.isFinite(v) &&
            (lo === undefined || v >= lo) &&
            (hi === undefined || v <= hi) &&
            (exLo === undefined || v > exLo) &&
            (exHi === undefined || v < exHi) &&
            (!integer || Number.isInteger(v)) &&
            steps.every((m) => v / m === Math.trunc(v / m));
        const L = Math.max(lo ?? -Infinity, exLo ?? -Infinity);
        const U = Math.min(hi ?? Infinity, exHi ?? Infinity);
        const at = (kw) => ({ keyword: kw, certain: true });
        if (L > U || (L === U && (exLo === L || exHi === U))) {
            const ref = (nums('maximum')[0] ?? nums('exclusiveMaximum')[0])?.ref ?? conj[0];
            return this.fail(ref, inst, `the range is empty: the lower bound ${L} is not below the upper bound ${U}`, at(nums('maximum')[0] ? 'maximum' : 'exclusiveMaximum'));
        }
        const rng = ctx.rng;
        if (fmt?.type === 'number')
            for (const v of rng.shuffle(fmt.valid))
                if (typeof v === 'number' && fits(v))
                    return { ok: true, value: v };
        const candidates = [];
        if (steps.length) {
            let step = steps[0];
            if (integer && !Number.isInteger(step)) {
                for (let k = 2; k <= 1000 && !Number.isInteger(step); k++)
                    step = roundTo(steps[0] * k, 10);
            }
            const dec = decimals(step);
            const kLo = Number.isFinite(L) ? Math.ceil(L / step) : Number.isFinite(U) ? Math.floor(U / step) - 40 : -20;
            const kHi = Number.isFinite(U) ? Math.floor(U / step) : kLo + 40;
            for (let i = 0; i < 12; i++)
                candidates.push(roundTo(rng.int(kLo, Math.min(kHi, kLo + 60)) * step, dec));
            for (let k = kLo; k <= Math.min(kHi, kLo + 20); k++)
                candidates.push(roundTo(k * step, dec));
            candidates.push(0);
        }
        else if (integer) {
            const a = Number.isFinite(L) ? (exLo === L ? Math.floor(L) + 1 : Math.ceil(L)) : Number.isFinite(U) ? Math.floor(U) - 200 : -100;
            const b = Number.isFinite(U) ? (exHi === U ? Math.ceil(U) - 1 : Math.floor(U)) : a + 200;
            if (a > b)
                return this.fail(conj[0], inst, `no integer lies between ${L} and ${U}`, { certain: true, keyword: 'type' });
            candidates.push(rng.int(a, Math.min(b, a + 1000)), a, b);
        }
        else {
            const a = Number.isFinite(L) ? L : Number.isFinite(U) ? U - 1000 : -1000;
            const b = Number.isFinite(U) ? U : a + 1000;
            const v = a + (b - a) * rng.next();
            candidates.push(roundTo(v, 2), v, (a + b) / 2, Math.round(v));
        }
        for (const v of candidates)
            if (fits(v))
                return { ok: true, value: Object.is(v, -0) ? 0 : v };
        return this.fail(conj[0], inst, `no ${integer ? 'integer' : 'number'} satisfying the bounds${steps.length ? ` and multipleOf ${steps.join(', ')}` : ''} was found`, {
            keyword: steps.length ? 'multipleOf' : 'minimum',
        });
    }
    synthString(conj, inst, ctx) {
        const num = (kw) => (0,contracts_conj/* withKeyword */.Y1)(conj, kw).filter((x) => typeof x.value === 'number');
        const minL = Math.max(0, ...num('minLength').map((x) => x.value));
        const maxes = num('maxLength');
        const maxL = maxes.length ? Math.min(...maxes.map((x) => x.value)) : undefined;
        if (maxL !== undefined && minL > maxL) {
            return this.fail(maxes[0].ref, inst, `minLength ${minL} exceeds maxLength ${maxL}`, { certain: true, keyword: 'maxLength' });
        }
        const patterns = (0,contracts_conj/* withKeyword */.Y1)(conj, 'pattern').filter((x) => typeof x.value === 'string');
        const regexes = patterns.map((p) => bounded(p.value));
        const fits = (s) => codeLength(s) >= minL && (maxL === undefined || codeLength(s) <= maxL) && regexes.every((r) => r.test(s) === true);
        const rng = ctx.rng;
        const formatAt = (0,contracts_conj/* withKeyword */.Y1)(conj, 'format').find((x) => typeof x.value === 'string');
        const format = formatAt?.value;
        if (format !== undefined) {
            const fmt = this.formats[format];
            if (fmt?.type === 'string') {
                for (const s of rng.shuffle(fmt.valid))
                    if (typeof s === 'string' && fits(s))
                        return { ok: true, value: s };
            }
            if (this.compiled.knowsFormat(format)) {
                return this.fail(formatAt.ref, inst, fmt ? `none of Guardian's sample values for format "${format}" satisfies the length and pattern constraints` : `Guardian has no sample values for format "${format}" (rules/contracts.yaml formats)`, {
                    unsupported: true,
                    keyword: 'format',
                });
            }
        }
        if (patterns.length) {
            const parsed = parsePattern(patterns[0].value);
            if (!parsed)
                return this.fail(patterns[0].ref, inst, `the generator cannot read the pattern ${JSON.stringify(patterns[0].value)}`, { unsupported: true, keyword: 'pattern' });
            const stretches = [2, 5, 12, Math.max(20, minL), Math.max(60, minL * 2)];
            for (let attempt = 0; attempt < 40; attempt++) {
                let s = samplePattern(parsed, rng, stretches[attempt % stretches.length]);
                if (s === null)
                    continue;
                if (codeLength(s) < minL && !parsed.endAnchored)
                    s += 'a'.repeat(minL - codeLength(s));
                if (fits(s))
                    return { ok: true, value: s };
            }
            const slow = regexes.find((r) => r.timedOut);
            if (slow) {
                return this.fail(patterns[0].ref, inst, `the pattern ${JSON.stringify(slow.source)} backtracks for more than ${REGEX_TIMEOUT_MS} ms on generated strings (nested quantifiers); simplify it`, {
                    unsupported: true,
                    keyword: 'pattern',
                });
            }
            return this.fail(patterns[0].ref, inst, `no string matching ${patterns.map((p) => JSON.stringify(p.value)).join(' and ')} with length ${minL}..${maxL ?? '∞'} was found`, {
                unsupported: parsed.approximate || patterns.length > 1,
                keyword: 'pattern',
            });
        }
        const len = rng.int(minL, maxL === undefined ? minL + 12 : Math.min(maxL, minL + 12));
        let s = '';
        for (let i = 0; i < len; i++)
            s += ALPHABET[rng.int(0, ALPHABET.length - 1)];
        return { ok: true, value: s };
    }
    synthArray(conj, inst, ctx) {
        const nodes = conj.filter((r) => (0,schema_keywords/* isObject */.Gv)(r.value));
        const num = (kw) => (0,contracts_conj/* withKeyword */.Y1)(conj, kw).flatMap((x) => (typeof x.value === 'number' ? [x.value] : []));
        const perNode = nodes.map((r) => {
            const v = r.value;
            const { tuple, rest } = (0,schema_keywords/* itemKeywords */.A6)(r.res.draft, v);
            const t = tuple ? v[tuple].map((_, i) => (0,schema_store/* childRef */._3)(r, [tuple, String(i)])) : [];
            const rv = rest ? v[rest] : undefined;
            return { tuple: t, rest: rv === false ? 'none' : rest && rv !== undefined ? (0,schema_store/* childRef */._3)(r, [rest]) : null };
        });
        const contains = (0,contracts_conj/* withKeyword */.Y1)(conj, 'contains').map((x) => (0,schema_store/* childRef */._3)(x.ref, ['contains']));
        const minContains = contains.length ? Math.max(1, ...num('minContains')) : 0;
        const unique = (0,contracts_conj/* withKeyword */.Y1)(conj, 'uniqueItems').some((x) => x.value === true);
        const forceIdx = ctx.force && ctx.force.path.length > 0 ? Number(ctx.force.path[0]) : -1;
        const lo = Math.max(0, ...num('minItems'), forceIdx + 1, minContains);
        let hi = Math.min(Infinity, ...num('maxItems'));
        for (const n of perNode)
            if (n.rest === 'none')
                hi = Math.min(hi, n.tuple.length);
        if (lo > hi) {
            const ref = (0,contracts_conj/* withKeyword */.Y1)(conj, 'maxItems')[0]?.ref ?? conj[0];
            return this.fail(ref, inst, `the array needs at least ${lo} items but at most ${hi} are allowed`, { certain: true, keyword: 'maxItems' });
        }
        const tupleLen = Math.max(0, ...perNode.map((n) => n.tuple.length));
        const rng = ctx.rng;
        const mode = ctx.depth > LEAN_DEPTH ? 'none' : ctx.optional;
        const n = mode === 'none' ? lo : mode === 'all' ? Math.max(lo, Math.min(hi, Math.max(tupleLen, 2))) : rng.int(lo, Math.min(hi, lo + 3));
        const out = [];
        const seen = new Set();
        for (let i = 0; i < n; i++) {
            const refs = [];
            for (const node of perNode) {
                const r = i < node.tuple.length ? node.tuple[i] : node.rest;
                if (r && r !== 'none')
                    refs.push(r);
            }
            if (i < minContains)
                refs.push(...contains);
            const force = i === forceIdx ? { ...ctx.force, path: ctx.force.path.slice(1) } : undefined;
            let made;
            for (let k = 0; k < (unique ? 6 : 1); k++) {
                made = this.gen(refs, [...inst, String(i)], { rng: rng.fork(`${i}-${k}`), optional: ctx.optional, force, depth: ctx.depth + 1 });
                if (!made.ok || !unique || !seen.has((0,canonical_json/* canonicalJson */.d)(made.value)))
                    break;
                made = this.fail(conj[0], [...inst, String(i)], `cannot make ${n} distinct items (uniqueItems)`, { keyword: 'uniqueItems' });
            }
            if (!made.ok) {
                if (i < lo)
                    return made;
                break;
            }
            seen.add((0,canonical_json/* canonicalJson */.d)(made.value));
            out.push(made.value);
        }
        return { ok: true, value: out };
    }
    synthObject(conjIn, inst, ctx) {
        const rng = ctx.rng;
        const mode = ctx.depth > LEAN_DEPTH ? 'none' : ctx.optional;
        const forced = ctx.force && ctx.force.path.length > 0 ? ctx.force.path[0] : undefined;
        let conj = conjIn;
        let info = objectInfo(conj);
        const chosen = new Set([...info.required]);
        if (forced !== undefined)
            chosen.add(forced);
        for (const [name] of info.props) {
            if (chosen.has(name))
                continue;
            if (mode === 'all' || (mode === 'random' && rng.bool()))
                chosen.add(name);
        }
        // dependentSchemas apply to this object once their trigger is present: merge them in once.
        const triggered = [...chosen].flatMap((n) => info.depSchemas.get(n) ?? []);
        if (triggered.length) {
            conj = (0,contracts_conj/* flatten */.Bq)(this.set, [...conj, ...triggered]);
            info = objectInfo(conj);
            for (const r of info.required)
                chosen.add(r);
        }
        for (let grew = true; grew;) {
            grew = false;
            for (const n of [...chosen])
                for (const d of info.depRequired.get(n) ?? [])
                    if (!chosen.has(d))
                        chosen.add(d), (grew = true);
        }
        const mustHave = (n) => info.required.has(n) || n === forced;
        const names = [];
        for (const n of chosen) {
            const why = this.nameProblem(info, n);
            if (why) {
                if (mustHave(n))
                    return this.fail(info.requiredAt.get(n) ?? conj[0], inst, `required property "${n}" ${why}`, { certain: true, keyword: 'required' });
                continue;
            }
            names.push(n);
        }
        const minP = Math.max(0, ...info.minProperties);
        const maxP = Math.min(Infinity, ...info.maxProperties);
        for (const [n] of info.props) {
            if (names.length >= minP)
                break;
            if (!names.includes(n) && !this.nameProblem(info, n))
                names.push(n);
        }
        for (let k = 1; names.length < minP && k <= minP * 4 + 8; k++) {
            const n = this.extraName(info, rng.fork(`extra-${k}`), k);
            if (n !== null && !names.includes(n) && !this.nameProblem(info, n))
                names.push(n);
        }
        if (names.length < minP)
            return this.fail(conj[0], inst, `cannot make an object with ${minP} allowed properties (minProperties)`, { certain: true, keyword: 'minProperties' });
        for (let i = names.length - 1; names.length > maxP && i >= 0; i--)
            if (!mustHave(names[i]))
                names.splice(i, 1);
        if (names.length > maxP)
            return this.fail(conj[0], inst, `${names.length} properties are required but maxProperties is ${maxP}`, { certain: true, keyword: 'maxProperties' });
        const out = {};
        for (const n of names) {
            const refs = this.schemasFor(info, n);
            const force = n === forced ? { ...ctx.force, path: ctx.force.path.slice(1) } : undefined;
            const r = this.gen(refs, [...inst, n], { rng: rng.fork(`p:${n}`), optional: ctx.optional, force, depth: ctx.depth + 1 });
            if (!r.ok) {
                if (mustHave(n))
                    return r;
                continue;
            }
            (0,json_parse/* setOwn */.P5)(out, n, r.value);
        }
        return { ok: true, value: out };
    }
    /** Why a property name is not allowed on this object, or null. */
    nameProblem(info, n) {
        for (const c of info.closed) {
            if (c.props.has(n) || c.patterns.some((re) => re.test(n) === true))
                continue;
            return `is not allowed by ${c.keyword}: false at ${(0,schema_store/* refKey */.XF)(c.ref)}`;
        }
        if ((info.props.get(n) ?? []).some((r) => r.value === false))
            return 'has the schema `false`';
        for (const pn of info.propertyNames) {
            const v = this.compiled.validatorAt(pn);
            if (v && !v(n))
                return `is rejected by propertyNames (${describeError(v.errors?.[0])})`;
        }
        return null;
    }
    extraName(info, rng, k) {
        const pattern = info.patternList[0];
        if (pattern) {
            const parsed = parsePattern(pattern.source);
            for (let i = 0; parsed && i < 8; i++) {
                let s = samplePattern(parsed, rng, 4 + i);
                if (s === null)
                    continue;
                if (!parsed.endAnchored)
                    s += String(k);
                if (pattern.re.test(s) === true)
                    return s;
            }
        }
        return `extra${k}`;
    }
    schemasFor(info, n) {
        const refs = [...(info.props.get(n) ?? [])];
        const matched = info.patternList.filter((p) => p.re.test(n) === true);
        refs.push(...matched.map((p) => p.ref));
        if (!info.props.has(n) && matched.length === 0)
            refs.push(...info.additional);
        return refs;
    }
}
function objectInfo(conj) {
    const info = {
        props: new Map(),
        required: new Set(),
        requiredAt: new Map(),
        patternList: [],
        additional: [],
        closed: [],
        depRequired: new Map(),
        depSchemas: new Map(),
        propertyNames: [],
        minProperties: [],
        maxProperties: [],
    };
    const allProps = new Set();
    const allPatterns = [];
    let unevaluatedClosed = null;
    for (const r of conj) {
        if (!(0,schema_keywords/* isObject */.Gv)(r.value))
            continue;
        const v = r.value;
        const own = new Set();
        const ownPatterns = [];
        if ((0,schema_keywords/* isObject */.Gv)(v.properties)) {
            for (const n of Object.keys(v.properties)) {
                own.add(n);
                allProps.add(n);
                info.props.set(n, [...(info.props.get(n) ?? []), (0,schema_store/* childRef */._3)(r, ['properties', n])]);
            }
        }
        if ((0,schema_keywords/* isObject */.Gv)(v.patternProperties)) {
            for (const p of Object.keys(v.patternProperties)) {
                const re = bounded(p);
                ownPatterns.push(re);
                allPatterns.push(re);
                info.patternList.push({ source: p, re, ref: (0,schema_store/* childRef */._3)(r, ['patternProperties', p]) });
            }
        }
        if (Array.isArray(v.required))
            for (const n of v.required)
                if (typeof n === 'string')
                    info.required.add(n), info.requiredAt.has(n) || info.requiredAt.set(n, r);
        if (v.additionalProperties === false)
            info.closed.push({ ref: r, keyword: 'additionalProperties', props: own, patterns: ownPatterns });
        else if ((0,schema_keywords/* isObject */.Gv)(v.additionalProperties))
            info.additional.push((0,schema_store/* childRef */._3)(r, ['additionalProperties']));
        if (v.unevaluatedProperties === false)
            unevaluatedClosed = r;
        for (const kw of ['dependentRequired', 'dependencies']) {
            const d = v[kw];
            if (!(0,schema_keywords/* isObject */.Gv)(d))
                continue;
            for (const [n, x] of Object.entries(d)) {
                if (Array.isArray(x))
                    info.depRequired.set(n, [...(info.depRequired.get(n) ?? []), ...x.filter((s) => typeof s === 'string')]);
                else
                    info.depSchemas.set(n, [...(info.depSchemas.get(n) ?? []), (0,schema_store/* childRef */._3)(r, [kw, n])]);
            }
        }
        if ((0,schema_keywords/* isObject */.Gv)(v.dependentSchemas))
            for (const n of Object.keys(v.dependentSchemas))
                info.depSchemas.set(n, [...(info.depSchemas.get(n) ?? []), (0,schema_store/* childRef */._3)(r, ['dependentSchemas', n])]);
        if ('propertyNames' in v)
            info.propertyNames.push((0,schema_store/* childRef */._3)(r, ['propertyNames']));
        if (typeof v.minProperties === 'number')
            info.minProperties.push(v.minProperties);
        if (typeof v.maxProperties === 'number')
            info.maxProperties.push(v.maxProperties);
    }
    if (unevaluatedClosed)
        info.closed.push({ ref: unevaluatedClosed, keyword: 'unevaluatedProperties', props: allProps, patterns: allPatterns });
    return info;
}
/** Types a schema without `type` most plausibly wants, from the keywords it uses. */
function inferTypes(conj, formats) {
    const has = (...kws) => kws.some((k) => (0,contracts_conj/* withKeyword */.Y1)(conj, k).length > 0);
    const out = [];
    if (has('properties', 'required', 'additionalProperties', 'patternProperties', 'minProperties', 'maxProperties', 'propertyNames', 'dependentRequired'))
        out.push('object');
    if (has('items', 'prefixItems', 'additionalItems', 'minItems', 'maxItems', 'uniqueItems', 'contains'))
        out.push('array');
    if (has('minLength', 'maxLength', 'pattern'))
        out.push('string');
    if (has('minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'))
        out.push('number');
    const f = (0,contracts_conj/* withKeyword */.Y1)(conj, 'format')[0]?.value;
    if (typeof f === 'string' && formats[f] && !out.includes(formats[f].type))
        out.push(formats[f].type);
    return out.length ? out : ['string', 'integer', 'boolean', 'null', 'object', 'array'];
}
function jsonType(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'array';
    if (typeof v === 'object')
        return 'object';
    if (typeof v === 'number')
        return 'number';
    if (typeof v === 'boolean')
        return 'boolean';
    return 'string';
}
function containsPath(v, path) {
    let cur = v;
    for (const seg of path) {
        if (Array.isArray(cur))
            cur = cur[Number(seg)];
        else if ((0,schema_keywords/* isObject */.Gv)(cur) && Object.prototype.hasOwnProperty.call(cur, seg))
            cur = cur[seg];
        else
            return false;
        if (cur === undefined)
            return false;
    }
    return true;
}
function decimals(x) {
    const s = String(x);
    if (s.includes('e-'))
        return Math.min(20, Number(s.split('e-')[1]) + (s.split('e-')[0].split('.')[1]?.length ?? 0));
    return s.split('.')[1]?.length ?? 0;
}
function roundTo(x, dec) {
    return Number(x.toFixed(Math.min(20, dec)));
}
function describeError(e) {
    if (!e)
        return 'rejected';
    const p = e.params;
    const extra = typeof p.missingProperty === 'string' ? '' : typeof p.additionalProperty === 'string' ? ` ("${p.additionalProperty}")` : '';
    return `${e.instancePath || '(root)'} ${e.message ?? 'is invalid'}${extra} [${e.keyword}]`;
}
function preview(v) {
    const s = JSON.stringify(v) ?? String(v);
    return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

;// CONCATENATED MODULE: ./src/checks/contracts/mutator.ts







const mutator_MAX_DEPTH = 12;
/** Every mutation target of a schema, in a stable order, at most `limit`. */
function mutationTargets(set, compiled, tax, limit) {
    const root = (0,schema_store/* rootRef */.A6)(set);
    if (!root)
        return [];
    const out = [];
    const walk = (refs, inst, stack) => {
        if (out.length >= limit || inst.length > mutator_MAX_DEPTH)
            return;
        const conj = (0,contracts_conj/* flatten */.Bq)(set, refs);
        const key = (0,contracts_conj/* conjKey */.EO)(conj);
        if (stack.has(key) || conj.some((r) => r.value === false))
            return;
        const inner = new Set(stack).add(key);
        const types = (0,contracts_conj/* typeSet */.xh)(conj);
        const allows = (t) => types === null || types.has(t) || (t === 'number' && types.has('integer'));
        for (const node of conj) {
            if (!(0,schema_keywords/* isObject */.Gv)(node.value))
                continue;
            for (const m of nodeMutations(node, inst, allows, compiled, tax))
                if (out.length < limit)
                    out.push(m);
        }
        if (allows('object')) {
            const props = new Map();
            for (const r of conj) {
                if ((0,schema_keywords/* isObject */.Gv)(r.value) && (0,schema_keywords/* isObject */.Gv)(r.value.properties)) {
                    for (const n of Object.keys(r.value.properties))
                        props.set(n, [...(props.get(n) ?? []), (0,schema_store/* childRef */._3)(r, ['properties', n])]);
                }
            }
            for (const [n, refsN] of props)
                walk(refsN, [...inst, n], inner);
        }
        if (allows('array')) {
            const at = new Map();
            const rest = [];
            let tupleLen = 0;
            for (const r of conj) {
                if (!(0,schema_keywords/* isObject */.Gv)(r.value))
                    continue;
                const { tuple, rest: restKw } = (0,schema_keywords/* itemKeywords */.A6)(r.res.draft, r.value);
                if (tuple) {
                    const t = r.value[tuple];
                    tupleLen = Math.max(tupleLen, t.length);
                    t.forEach((_, i) => at.set(i, [...(at.get(i) ?? []), (0,schema_store/* childRef */._3)(r, [tuple, String(i)])]));
                }
                if (restKw && (0,schema_keywords/* isObject */.Gv)(r.value[restKw]))
                    rest.push((0,schema_store/* childRef */._3)(r, [restKw]));
            }
            for (const [i, refsI] of [...at].sort((a, b) => a[0] - b[0]))
                walk(refsI, [...inst, String(i)], inner);
            if (rest.length)
                walk(rest, [...inst, String(tupleLen)], inner);
        }
    };
    walk([root], [], new Set());
    return out;
}
const WRONG_TYPES = [
    { type: 'string', value: 'guardian-wrong-type' },
    { type: 'integer', value: 7 },
    { type: 'number', value: 1.5 },
    { type: 'boolean', value: true },
    { type: 'null', value: null },
    { type: 'object', value: {} },
    { type: 'array', value: [] },
];
function nodeTypes(v) {
    const t = v.type;
    const list = typeof t === 'string' ? [t] : Array.isArray(t) ? t.filter((x) => typeof x === 'string') : null;
    if (!list)
        return null;
    const s = new Set(list);
    if (s.has('number'))
        s.add('integer');
    return s;
}
function nodeMutations(node, inst, allows, compiled, tax) {
    const v = node.value;
    const out = [];
    const ptr = (0,contracts_pointer/* toPointer */.rb)(inst);
    const add = (keyword, needs, describe, mutate, extra = {}) => {
        out.push({
            keyword,
            instancePath: inst,
            node,
            needs,
            forcePath: inst,
            label: `${keyword}@${ptr || '/'}`,
            describe,
            expect: { keyword },
            mutate,
            ...extra,
        });
    };
    const num = (k) => (typeof v[k] === 'number' ? v[k] : undefined);
    const intOnly = !allows('number') || (nodeTypes(v)?.has('integer') === true && !nodeTypes(v).has('number'));
    const types = nodeTypes(v);
    if (types) {
        add('type', null, `replace the value with one whose type is not ${[...types].join('|')}`, (_cur, rng) => {
            const wrong = rng.shuffle(WRONG_TYPES.filter((w) => !types.has(w.type)));
            return wrong[0] ? { value: structuredClone(wrong[0].value), what: `a ${wrong[0].type}` } : null;
        });
    }
    for (const kw of ['enum', 'const']) {
        const members = kw === 'enum' ? (Array.isArray(v.enum) ? v.enum : null) : Object.prototype.hasOwnProperty.call(v, 'const') ? [v.const] : null;
        if (!members)
            continue;
        const taken = new Set(members.map(canonical_json/* canonicalJson */.d));
        add(kw, null, `replace the value with one not allowed by ${kw}`, (cur) => {
            const candidates = [];
            if (typeof cur === 'string')
                candidates.push(`${cur}-not-allowed`, 'guardian-not-allowed');
            if (typeof cur === 'number')
                candidates.push(Math.max(cur, ...members.filter((m) => typeof m === 'number')) + 1);
            if (typeof cur === 'boolean')
                candidates.push(!cur);
            candidates.push('guardian-not-allowed', 987654321, true, false, null, {}, []);
            const c = candidates.find((x) => !taken.has((0,canonical_json/* canonicalJson */.d)(x)));
            return c === undefined ? null : { value: c, what: JSON.stringify(c) };
        });
    }
    if (allows('number') || allows('integer')) {
        const m = num('minimum');
        if (m !== undefined)
            add('minimum', null, `set the value below minimum ${m}`, () => ({ value: intOnly ? Math.ceil(m) - 1 : m - 1, what: String(intOnly ? Math.ceil(m) - 1 : m - 1) }));
        const M = num('maximum');
        if (M !== undefined)
            add('maximum', null, `set the value above maximum ${M}`, () => ({ value: intOnly ? Math.floor(M) + 1 : M + 1, what: String(intOnly ? Math.floor(M) + 1 : M + 1) }));
        const xm = num('exclusiveMinimum');
        if (xm !== undefined)
            add('exclusiveMinimum', null, `set the value to exclusiveMinimum ${xm} or below`, () => ({ value: intOnly ? Math.floor(xm) : xm, what: String(intOnly ? Math.floor(xm) : xm) }));
        const xM = num('exclusiveMaximum');
        if (xM !== undefined)
            add('exclusiveMaximum', null, `set the value to exclusiveMaximum ${xM} or above`, () => ({ value: intOnly ? Math.ceil(xM) : xM, what: String(intOnly ? Math.ceil(xM) : xM) }));
        const step = num('multipleOf');
        if (step !== undefined && step > 0) {
            add('multipleOf', null, `set the value to a number that is not a multiple of ${step}`, () => {
                const candidates = intOnly && Number.isInteger(step) && step > 1 ? [step + 1, step * 2 + 1] : [step * 1.5, step / 2, step * 2.5, step + 0.37];
                const c = candidates.find((x) => x / step !== Math.trunc(x / step));
                return c === undefined ? null : { value: c, what: String(c) };
            });
        }
    }
    if (allows('string')) {
        const min = num('minLength');
        if (min !== undefined && min >= 1) {
            add('minLength', null, `make the string ${min - 1} characters long (minLength ${min})`, (cur) => {
                const base = typeof cur === 'string' ? [...cur] : [];
                const s = [...base, ...'a'.repeat(min)].slice(0, min - 1).join('');
                return { value: s, what: JSON.stringify(s) };
            });
        }
        const max = num('maxLength');
        if (max !== undefined) {
            add('maxLength', null, `make the string ${max + 1} characters long (maxLength ${max})`, (cur) => {
                const base = typeof cur === 'string' ? [...cur].slice(0, max + 1) : [];
                const s = base.join('') + 'x'.repeat(max + 1 - base.length);
                return { value: s, what: `a ${max + 1}-character string` };
            });
        }
        if (typeof v.pattern === 'string') {
            const re = new BoundedRegex(v.pattern);
            add('pattern', null, `use a string that does not match ${JSON.stringify(v.pattern)}`, (cur, rng) => {
                const base = typeof cur === 'string' ? cur : '';
                const candidates = ['', '~', ' ', '!!', `${base}~`, `~${base}`, '\n', 'ZZZZ', '0000', 'a', '-', `${base} ${base}`];
                for (let i = 0; i < 8; i++)
                    candidates.push(String.fromCharCode(rng.int(33, 126)).repeat(rng.int(1, 5)));
                // A candidate the pattern cannot decide quickly is unusable (ajv would hang on it too).
                const c = candidates.find((x) => re.test(x) === false);
                return c === undefined ? null : { value: c, what: JSON.stringify(c) };
            });
        }
    }
    if (typeof v.format === 'string' && compiled.knowsFormat(v.format)) {
        const f = tax.formats[v.format];
        const bad = f?.invalid[0];
        if (f && bad !== undefined && allows(f.type))
            add('format', null, `use a value that is not a valid ${v.format}`, () => ({ value: bad, what: JSON.stringify(bad) }));
    }
    if (allows('array')) {
        const minI = num('minItems');
        if (minI !== undefined && minI >= 1) {
            add('minItems', 'array', `drop items to leave ${minI - 1} (minItems ${minI})`, (cur) => (Array.isArray(cur) ? { value: cur.slice(0, minI - 1), what: `${minI - 1} items` } : null));
        }
        const maxI = num('maxItems');
        if (maxI !== undefined) {
            add('maxItems', 'array', `repeat items to reach ${maxI + 1} (maxItems ${maxI})`, (cur) => {
                if (!Array.isArray(cur))
                    return null;
                const a = [...cur];
                while (a.length <= maxI)
                    a.push(structuredClone(a[a.length - 1] ?? null));
                return { value: a, what: `${a.length} items` };
            });
        }
        if (v.uniqueItems === true) {
            add('uniqueItems', 'array', 'repeat the first item', (cur) => (Array.isArray(cur) && cur.length > 0 ? { value: [cur[0], structuredClone(cur[0]), ...cur.slice(1)], what: 'a duplicate of item 0' } : null), { forcePath: [...inst, '0'], needsAt: 1 });
        }
    }
    if (allows('object')) {
        if (Array.isArray(v.required)) {
            for (const name of v.required) {
                if (typeof name !== 'string')
                    continue;
                add('required', 'object', `drop the required property "${name}"`, (cur) => {
                    if (!(0,schema_keywords/* isObject */.Gv)(cur) || !Object.prototype.hasOwnProperty.call(cur, name))
                        return null;
                    const o = {};
                    for (const [k, x] of Object.entries(cur))
                        if (k !== name)
                            (0,json_parse/* setOwn */.P5)(o, k, x);
                    return { value: o, what: `without "${name}"` };
                }, { label: `required@${ptr || '/'}:${name}`, expect: { keyword: 'required', param: ['missingProperty', name] } });
            }
        }
        for (const kw of ['additionalProperties', 'unevaluatedProperties']) {
            if (v[kw] !== false)
                continue;
            const known = (0,schema_keywords/* isObject */.Gv)(v.properties) ? new Set(Object.keys(v.properties)) : new Set();
            const patterns = (0,schema_keywords/* isObject */.Gv)(v.patternProperties) ? Object.keys(v.patternProperties).map((p) => new BoundedRegex(p)) : [];
            const taken = (name) => known.has(name) || patterns.some((re) => re.test(name) !== false);
            let extra = 'guardianExtraProperty';
            for (let i = 2; i < 50 && taken(extra); i++)
                extra = `guardianExtraProperty${i}`;
            if (taken(extra))
                continue;
            const param = kw === 'additionalProperties' ? 'additionalProperty' : 'unevaluatedProperty';
            add(kw, 'object', `add the property "${extra}" that ${kw}: false forbids`, (cur) => {
                if (!(0,schema_keywords/* isObject */.Gv)(cur))
                    return null;
                const o = { ...cur };
                (0,json_parse/* setOwn */.P5)(o, extra, 'x');
                return { value: o, what: `with "${extra}"` };
            }, { expect: { keyword: kw, param: [param, extra] } });
        }
        const minP = num('minProperties');
        if (minP !== undefined && minP >= 1) {
            const required = new Set(Array.isArray(v.required) ? v.required : []);
            add('minProperties', 'object', `drop properties to leave ${minP - 1} (minProperties ${minP})`, (cur) => {
                if (!(0,schema_keywords/* isObject */.Gv)(cur))
                    return null;
                const keys = Object.keys(cur).sort((a, b) => Number(required.has(a)) - Number(required.has(b)));
                const keep = new Set(keys.slice(keys.length - (minP - 1)));
                const o = {};
                for (const k of Object.keys(cur))
                    if (keep.has(k) && minP - 1 > 0)
                        (0,json_parse/* setOwn */.P5)(o, k, cur[k]);
                return { value: o, what: `${Object.keys(o).length} properties` };
            });
        }
        const maxP = num('maxProperties');
        if (maxP !== undefined) {
            add('maxProperties', 'object', `add properties to reach ${maxP + 1} (maxProperties ${maxP})`, (cur) => {
                if (!(0,schema_keywords/* isObject */.Gv)(cur))
                    return null;
                const o = { ...cur };
                for (let i = 1; Object.keys(o).length <= maxP; i++)
                    if (!(`guardianExtra${i}` in o))
                        (0,json_parse/* setOwn */.P5)(o, `guardianExtra${i}`, 'x');
                return { value: o, what: `${Object.keys(o).length} properties` };
            });
        }
    }
    return out;
}
/** The instance with the value at `path` replaced (a structural copy along the path). */
function replaceAt(root, path, value) {
    if (path.length === 0)
        return value;
    const [head, ...rest] = path;
    if (Array.isArray(root)) {
        const a = [...root];
        a[Number(head)] = replaceAt(a[Number(head)], rest, value);
        return a;
    }
    const o = { ...root };
    (0,json_parse/* setOwn */.P5)(o, head, replaceAt(o[head], rest, value));
    return o;
}
function valueAt(root, path) {
    let cur = root;
    for (const seg of path) {
        if (Array.isArray(cur))
            cur = cur[Number(seg)];
        else if ((0,schema_keywords/* isObject */.Gv)(cur))
            cur = Object.prototype.hasOwnProperty.call(cur, seg) ? cur[seg] : undefined;
        else
            return undefined;
    }
    return cur;
}
/** True when ajv rejected the case for the mutation's keyword at its instance path. */
function failsAsExpected(errors, m) {
    const ptr = (0,contracts_pointer/* toPointer */.rb)(m.instancePath);
    return (errors ?? []).some((e) => e.keyword === m.expect.keyword &&
        e.instancePath === ptr &&
        (!m.expect.param || e.params[m.expect.param[0]] === m.expect.param[1]));
}

;// CONCATENATED MODULE: ./src/checks/contracts/random.ts
/** A small seeded PRNG (mulberry32) so generated cases are identical on every run (pure). */
class Rng {
    state;
    constructor(seed) {
        this.state = seed >>> 0;
    }
    /** A generator seeded from any mix of numbers and strings (FNV-1a over their text). */
    static from(...parts) {
        let h = 0x811c9dc5;
        for (const ch of parts.join('\u0000')) {
            h ^= ch.codePointAt(0);
            h = Math.imul(h, 0x01000193) >>> 0;
        }
        return new Rng(h);
    }
    /** Uniform in [0, 1). */
    next() {
        let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    }
    /** Integer in [lo, hi] (inclusive). */
    int(lo, hi) {
        if (hi <= lo)
            return lo;
        return lo + Math.floor(this.next() * (hi - lo + 1));
    }
    bool(p = 0.5) {
        return this.next() < p;
    }
    pick(items) {
        return items[Math.floor(this.next() * items.length)];
    }
    shuffle(items) {
        const a = [...items];
        for (let i = a.length - 1; i > 0; i--) {
            const j = Math.floor(this.next() * (i + 1));
            [a[i], a[j]] = [a[j], a[i]];
        }
        return a;
    }
    /** An independent generator derived from this one (so sub-steps do not shift each other). */
    fork(label) {
        return Rng.from(this.state, label);
    }
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var dist_ajv = __webpack_require__(2463);
// EXTERNAL MODULE: ./node_modules/ajv/dist/2019.js
var _2019 = __webpack_require__(878);
// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(2210);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var dist = __webpack_require__(2815);
var dist_default = /*#__PURE__*/__webpack_require__.n(dist);
;// CONCATENATED MODULE: ./src/checks/contracts/validator.ts
/**
 * ajv over a loaded {@link SchemaSet}: meta-schema validation with positions, one compile
 * per distinct set of schema files (cached by content), and validators for any subschema.
 */










// ajv-formats is CommonJS: its plugin is the module itself or its `default`, depending on the loader.
const addFormats = ((dist_default()) ?? dist);
/** Time bound of one validation when the set has a pattern that can backtrack catastrophically. */
const VALIDATE_TIMEOUT_MS = 1000;
/**
 * Thrown by a validator that ran out of time: a PR's schema pattern such as `^(a+)+$` can make
 * ajv backtrack for hours on a crafted example or case, so the run must stop it.
 */
class ValidationTimeout extends Error {
    patterns;
    constructor(patterns) {
        super(`validation took longer than ${VALIDATE_TIMEOUT_MS} ms and was stopped: ${patterns.join(', ')} can backtrack catastrophically ` +
            '(nested quantifiers or overlapping alternatives such as `(a+)+` or `(a|aa)+`), and a consumer validating such a payload would hang too; simplify the pattern');
        this.patterns = patterns;
        this.name = 'ValidationTimeout';
    }
}
const cache = new Map();
const CACHE_LIMIT = 64;
function newAjv(draft) {
    const opts = { allErrors: true, strict: false, logger: false, allowUnionTypes: true, validateFormats: true };
    let ajv;
    if (draft === '2020-12')
        ajv = new _2020.Ajv2020(opts);
    else if (draft === '2019-09')
        ajv = new _2019.Ajv2019(opts);
    else
        ajv = new dist_ajv.Ajv(opts);
    addFormats(ajv);
    return ajv;
}
/** One instance per draft validates schemas against their meta-schema (compiling it is the costly part). */
const metaAjvs = new Map();
function metaAjv(draft) {
    let a = metaAjvs.get(draft);
    if (!a)
        metaAjvs.set(draft, (a = newAjv(draft)));
    return a;
}
/** Compiles a schema set once per distinct content (base and head often share files). */
function compileSet(set) {
    const key = [set.draft, set.root?.uri ?? '', ...[...set.resources.values()].map((r) => `${r.uri}|${r.doc.sha256}|${r.aliases.join(',')}`)].join('\n');
    const hit = cache.get(key);
    if (hit)
        return hit;
    const compiled = compileUncached(set);
    if (cache.size >= CACHE_LIMIT)
        cache.delete(cache.keys().next().value);
    cache.set(key, compiled);
    return compiled;
}
function compileUncached(set) {
    const ajv = newAjv(set.draft);
    const problems = [];
    /** Patterns that can backtrack catastrophically: every validation then runs under a time bound. */
    const risky = [];
    for (const res of set.resources.values()) {
        const before = problems.length;
        if (res.draft !== set.draft) {
            problems.push({
                rule: 'schema-invalid',
                message: `${res.doc.path} declares JSON Schema ${res.draft} but the contract's root schema ${set.rootPath} is ${set.draft}; one validator cannot mix drafts. Declare the same "$schema" in every file of the contract.`,
                location: (0,source_doc/* locate */.x5)(res.doc, ['$schema']),
            });
            continue;
        }
        const value = forAjv(res.doc.value);
        let valid;
        const meta = metaAjv(set.draft);
        try {
            valid = meta.validateSchema(value);
        }
        catch (e) {
            problems.push({ rule: 'schema-invalid', message: `${res.doc.path} cannot be checked against its meta-schema: ${e.message}.`, location: (0,source_doc/* locate */.x5)(res.doc, []) });
            continue;
        }
        if (!valid) {
            for (const e of dedupeMetaErrors(meta.errors ?? [])) {
                const segments = safeSegments(e.instancePath);
                problems.push({
                    rule: 'schema-invalid',
                    message: `${res.doc.path}${e.instancePath ? ` at ${e.instancePath}` : ''} is not a valid JSON Schema (${res.draft}): ${e.instancePath || 'the schema'} ${e.message ?? 'is invalid'}${describeParams(e)}. Fix the keyword so the schema passes its meta-schema.`,
                    location: (0,source_doc/* locate */.x5)(res.doc, segments),
                });
            }
        }
        for (const p of patternsOf(res.doc.value)) {
            const problem = patternProblem(p.source);
            if (problem) {
                problems.push({
                    rule: 'schema-invalid',
                    message: `${res.doc.path} at ${(0,contracts_pointer/* toPointer */.rb)(p.at)}: the regular expression ${JSON.stringify(p.source)} is invalid (${problem}). JSON Schema patterns are ECMA-262 regexes with the u flag; fix the expression.`,
                    location: (0,source_doc/* locate */.x5)(res.doc, p.at),
                });
            }
            else if (isRisky(p.source))
                risky.push(`the pattern ${JSON.stringify(p.source)} at ${res.doc.path}#${(0,contracts_pointer/* toPointer */.rb)(p.at)}`);
        }
        if (problems.length > before)
            continue;
        const add = (uri) => {
            try {
                ajv.addSchema({ ...value, $id: uri }, undefined, undefined, false);
            }
            catch (e) {
                problems.push({ rule: 'schema-invalid', message: `${res.doc.path} cannot be registered with the validator: ${e.message}.`, location: (0,source_doc/* locate */.x5)(res.doc, []) });
            }
        };
        if ((0,schema_keywords/* isObject */.Gv)(res.doc.value)) {
            add(res.uri);
            if (res.fileUri !== res.uri)
                add(res.fileUri);
            for (const a of res.aliases)
                add(a);
        }
        else if (typeof res.doc.value !== 'boolean') {
            problems.push({ rule: 'schema-invalid', message: `${res.doc.path} is not a JSON Schema: the top level must be an object (or a boolean).`, location: (0,source_doc/* locate */.x5)(res.doc, []) });
        }
    }
    let validate = null;
    const root = set.root;
    if (root && problems.length === 0 && set.problems.length === 0) {
        try {
            validate = typeof root.doc.value === 'boolean' ? ajv.compile(root.doc.value) : (ajv.getSchema(root.uri) ?? null);
        }
        catch (e) {
            problems.push({
                rule: 'schema-invalid',
                message: `${root.doc.path} does not compile: ${e.message}. Fix the schema so a validator can be built.`,
                location: (0,source_doc/* locate */.x5)(root.doc, []),
            });
        }
    }
    const guard = (v) => (v && risky.length ? timeBounded(v, risky) : v);
    const subs = new Map();
    return {
        validate: guard(validate),
        problems,
        validatorAt(ref) {
            if (!validate)
                return null;
            if (typeof ref.value === 'boolean') {
                const k = `bool:${ref.value}`;
                if (!subs.has(k))
                    subs.set(k, ajv.compile(ref.value));
                return subs.get(k);
            }
            const key = `${ref.res.uri}\u0000${ref.segments.join('\u0000')}`;
            let v = subs.get(key);
            if (v === undefined) {
                try {
                    v = guard(ajv.getSchema(`${ref.res.uri}#${(0,contracts_pointer/* pointerToFragment */.jg)((0,contracts_pointer/* toPointer */.rb)(ref.segments))}`) ?? null);
                }
                catch {
                    v = null;
                }
                subs.set(key, v);
            }
            return v;
        },
        knowsFormat(name) {
            return Object.prototype.hasOwnProperty.call(ajv.formats, name);
        },
    };
}
/** The value handed to ajv: a `$schema` ajv does not know is dropped (already reported). */
function forAjv(value) {
    if (!(0,schema_keywords/* isObject */.Gv)(value) || typeof value.$schema !== 'string' || (0,schema_keywords/* draftOf */.bz)(value.$schema))
        return value;
    const { $schema: _dropped, ...rest } = value;
    return rest;
}
/** A validator that throws {@link ValidationTimeout} instead of running away. */
function timeBounded(v, risky) {
    const bounded = ((data) => {
        const r = (0,bounded_regex/* runBounded */.B)(() => v(data), VALIDATE_TIMEOUT_MS);
        if (!r.ok)
            throw new ValidationTimeout(risky);
        bounded.errors = v.errors;
        return r.value;
    });
    bounded.schema = v.schema;
    bounded.schemaEnv = v.schemaEnv;
    return bounded;
}
/** Every `pattern` and `patternProperties` key of a schema document, with its pointer segments. */
function patternsOf(value, segments = [], depth = 0) {
    if (!(0,schema_keywords/* isObject */.Gv)(value) || depth > 200)
        return [];
    const out = [];
    if (typeof value.pattern === 'string')
        out.push({ source: value.pattern, at: [...segments, 'pattern'] });
    if ((0,schema_keywords/* isObject */.Gv)(value.patternProperties))
        for (const k of Object.keys(value.patternProperties))
            out.push({ source: k, at: [...segments, 'patternProperties', k] });
    for (const [rel, child] of (0,schema_keywords/* childSchemas */.T8)(value))
        out.push(...patternsOf(child, [...segments, ...rel], depth + 1));
    return out;
}
/** Why a pattern is not a valid `u`-flag regex (ajv would only say "invalid regexp"), or null. */
function patternProblem(source) {
    try {
        new RegExp(source, 'u');
        return null;
    }
    catch (e) {
        return e.message.replace(/^Invalid regular expression: /, '');
    }
}
function dedupeMetaErrors(errors) {
    // Meta-schema failures cascade (anyOf branches); keep the most specific one per location.
    const byPath = new Map();
    for (const e of errors) {
        const prev = byPath.get(e.instancePath);
        if (!prev || (prev.keyword === 'anyOf' && e.keyword !== 'anyOf'))
            byPath.set(e.instancePath, e);
    }
    return [...byPath.values()];
}
function describeParams(e) {
    const p = e.params;
    if (Array.isArray(p.allowedValues))
        return ` (${p.allowedValues.map((v) => JSON.stringify(v)).join(', ')})`;
    if (typeof p.additionalProperty === 'string')
        return ` ("${p.additionalProperty}")`;
    return '';
}
function safeSegments(pointer) {
    try {
        return (0,contracts_pointer/* fromPointer */.kU)(pointer);
    }
    catch {
        return [];
    }
}
/**
 * Where ajv's `schemaPath` points (e.g. `common.json#/definitions/zip/maxLength`): the file
 * and JSON pointer, when it can be found in the set.
 */
function schemaPathLocation(set, schemaPath) {
    const hash = schemaPath.indexOf('#');
    if (hash === -1 || !set.root)
        return null;
    const docPart = schemaPath.slice(0, hash);
    const pointer = schemaPath.slice(hash + 1);
    const bases = docPart === '' ? [set.root.uri] : [set.root.uri, ...[...set.resources.values()].map((r) => r.uri)];
    for (const base of bases) {
        const r = (0,schema_store/* resolveUri */.Hi)(set, docPart === '' ? '#' : docPart, base);
        if (r.kind !== 'ok')
            continue;
        let segments;
        try {
            segments = [...r.target.segments, ...(0,contracts_pointer/* fromPointer */.kU)(decodeURIComponent(pointer))];
        }
        catch {
            continue;
        }
        // ajv appends the keyword even for boolean/absent keys; accept the deepest existing prefix.
        const doc = r.target.res.doc;
        if ((0,contracts_pointer/* getAt */.sM)(doc.value, segments.slice(0, -1)) === undefined)
            continue;
        return { path: doc.path, pointer: (0,contracts_pointer/* toPointer */.rb)(segments), location: (0,source_doc/* locate */.x5)(doc, segments) };
    }
    return null;
}

;// CONCATENATED MODULE: ./src/checks/contracts/cases.ts
/**
 * Generated cases for one contract: seeded positive instances (each must validate) and one
 * negative case per mutation target (each must fail for its keyword). Everything that does
 * not behave is reported, never skipped: an unsatisfiable schema, a part of it that can never
 * be present, a generator limitation, or a mutation the schema does not reject.
 */





function runGeneratedCases(set, compiled, tax, opts) {
    const run = { positivesPassed: [], positivesFailed: [], negativesPassed: [], negativesFailed: [], negativesNotBuilt: [], problems: [], positives: [] };
    const at = { case: '' };
    try {
        generateCases(set, compiled, tax, opts, run, at);
    }
    catch (e) {
        // A catastrophic pattern stops this contract's cases at the first validation that runs out
        // of time (each further one would cost the whole bound again).
        if (!(e instanceof ValidationTimeout))
            throw e;
        (at.case.startsWith('positive-') ? run.positivesFailed : run.negativesFailed).push(at.case);
        run.problems.push({ kind: 'timeout', failure: rootFailure(set, e.message), cases: [at.case] });
    }
    return run;
}
/** Fills `run`; `at.case` names the case being built or validated. */
function generateCases(set, compiled, tax, opts, run, at) {
    const validate = compiled.validate;
    if (!validate)
        throw new Error('runGeneratedCases needs a compiled schema');
    const gen = new CaseGenerator(set, compiled, tax.formats);
    const byFailure = new Map();
    const noteFailure = (f, name, scope) => {
        const kind = f.unsupported || (scope === 'part' && !f.certain) ? 'unsupported' : 'unsatisfiable';
        const key = `${kind}|${f.ref.res.doc.path}|${f.ref.segments.join('/')}|${f.keyword ?? ''}|${f.instancePath.join('/')}`;
        const prev = byFailure.get(key);
        if (prev)
            prev.cases.push(name);
        else {
            const p = kind === 'unsupported' ? { kind, failure: f, cases: [name] } : { kind, failure: f, scope, cases: [name] };
            byFailure.set(key, p);
            run.problems.push(p);
        }
    };
    const modes = ['none', 'all', 'random'];
    for (let i = 0; i < opts.positiveCases; i++) {
        const name = (at.case = `positive-${i + 1}`);
        const r = gen.generate(Rng.from(opts.seed, opts.contract, 'positive', i), { optional: modes[Math.min(i, 2)] });
        if (r.ok && validate(r.value)) {
            run.positivesPassed.push(name);
            run.positives.push(r.value);
        }
        else {
            run.positivesFailed.push(name);
            noteFailure(r.ok ? rejected(set, validate.errors) : r.failure, name, 'root');
        }
    }
    // Without a single valid instance there is nothing to mutate.
    if (run.positivesPassed.length === 0 && opts.positiveCases > 0)
        return;
    // Mutations at the same place share one valid base instance (seeded by the place, not the label).
    const bases = new Map();
    for (const m of mutationTargets(set, compiled, tax, opts.maxNegativeCases)) {
        at.case = m.label;
        const rng = Rng.from(opts.seed, opts.contract, 'negative', m.label, m.node.res.doc.path, m.node.segments.join('/'));
        const placeKey = JSON.stringify([m.forcePath, m.needs, m.needsAt ?? 0]);
        let base = bases.get(placeKey);
        if (!base) {
            base = gen.generate(Rng.from(opts.seed, opts.contract, 'base', placeKey), { optional: 'random', force: { path: m.forcePath, ...(m.needs ? { type: m.needs, typeAt: m.needsAt ?? 0 } : {}) } });
            bases.set(placeKey, base);
        }
        if (!base.ok) {
            run.negativesNotBuilt.push(m.label);
            noteFailure(base.failure, m.label, m.forcePath.length ? 'part' : 'root');
            continue;
        }
        const mutated = m.mutate(valueAt(base.value, m.instancePath), rng.fork('mutate'));
        if (!mutated)
            continue; // the keyword cannot be violated (e.g. a pattern that matches everything)
        const instance = replaceAt(base.value, m.instancePath, mutated.value);
        const valid = validate(instance);
        if (!valid && failsAsExpected(validate.errors, m)) {
            run.negativesPassed.push(m.label);
            continue;
        }
        run.negativesFailed.push(m.label);
        run.problems.push({
            kind: 'negative-accepted',
            mutation: m,
            what: mutated.what,
            errors: valid ? 'the schema accepted it' : `the schema rejected it for another reason: ${(validate.errors ?? []).slice(0, 3).map(describeError).join('; ')}`,
        });
    }
}
function rejected(set, errors) {
    return rootFailure(set, `the generated value is rejected: ${describeError(errors?.[0] ?? undefined)}`);
}
function rootFailure(set, reason) {
    return { ref: (0,schema_store/* rootRef */.A6)(set), instancePath: [], reason, unsupported: false, certain: false };
}

;// CONCATENATED MODULE: ./src/checks/contracts/examples.ts



function testExample(path, bytes, expected, validate, set, opts) {
    const fail = (f) => ({ path, expected, passed: false, findings: [f] });
    if (bytes === null) {
        return fail({
            rule: 'example-parse-error',
            title: 'Example cannot be read',
            message: `Example ${path} of contract "${opts.contract}" cannot be read (not a regular file). Replace it with a JSON or YAML file.`,
            location: { path, startLine: 1 },
            properties: { contract: opts.contract },
        });
    }
    const parsed = (0,source_doc/* parseSource */.PJ)(path, bytes, opts.maxFileBytes);
    if (!parsed.ok) {
        return fail({
            rule: 'example-parse-error',
            title: 'Example is not valid JSON/YAML',
            message: `Example ${path} of contract "${opts.contract}" cannot be parsed: ${parsed.problem.message}. Fix the syntax at this position.`,
            location: (0,source_doc/* pointLocation */.Wn)(parsed.problem),
            properties: { contract: opts.contract },
        });
    }
    const doc = parsed.doc;
    let ok;
    try {
        ok = validate(doc.value);
    }
    catch (e) {
        if (!(e instanceof ValidationTimeout))
            throw e;
        return fail({
            rule: expected === 'valid' ? 'example-rejected' : 'example-accepted',
            title: 'Example validation timed out',
            message: `Example ${path} of contract "${opts.contract}" could not be tested against ${set.rootPath}: ${e.message}.`,
            location: (0,source_doc/* locate */.x5)(doc, []),
            properties: { contract: opts.contract, timedOut: true },
        });
    }
    if (expected === 'invalid') {
        if (!ok)
            return { path, expected, passed: true, findings: [] };
        return fail({
            rule: 'example-accepted',
            title: 'Invalid example is accepted',
            message: `Example ${path} of contract "${opts.contract}" is listed as invalid but ${set.rootPath} accepts it. ` +
                'Tighten the schema so it rejects this payload, or move the file to the valid examples.',
            location: (0,source_doc/* locate */.x5)(doc, []),
            properties: { contract: opts.contract },
        });
    }
    if (ok)
        return { path, expected, passed: true, findings: [], value: doc.value, doc };
    const errors = relevantErrors(validate.errors ?? []);
    const findings = errors.slice(0, opts.maxErrors).map((e) => errorFinding(doc, e, set, opts.contract));
    if (errors.length > opts.maxErrors && findings.length) {
        findings[findings.length - 1].message += ` (${errors.length - opts.maxErrors} more errors in this example are not shown.)`;
    }
    return { path, expected, passed: false, findings };
}
/** Drops the per-branch errors under a failed anyOf/oneOf and the bare `if` error: they bury the cause. */
function relevantErrors(errors) {
    const unions = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf').map((e) => `${e.schemaPath}/`);
    return errors.filter((e) => e.keyword !== 'if' && !unions.some((u) => e.schemaPath.startsWith(u)));
}
function errorFinding(doc, e, set, contract) {
    let segments;
    try {
        segments = (0,contracts_pointer/* fromPointer */.kU)(e.instancePath);
    }
    catch {
        segments = [];
    }
    const p = e.params;
    // Point at the offending key itself when ajv names one.
    for (const k of ['additionalProperty', 'unevaluatedProperty', 'propertyName'])
        if (typeof p[k] === 'string')
            segments = [...segments, p[k]];
    const schemaAt = schemaPathLocation(set, e.schemaPath);
    const where = schemaAt ? `${schemaAt.path}#${schemaAt.pointer}` : e.schemaPath;
    const what = `${e.instancePath || '(root)'} ${e.message ?? 'is invalid'}${typeof p.additionalProperty === 'string' ? ` ("${p.additionalProperty}")` : ''}`;
    return {
        rule: 'example-rejected',
        title: `Valid example rejected: ${e.keyword} at ${e.instancePath || '/'}`,
        message: `Example ${doc.path} of contract "${contract}" must be valid but ${what} (keyword \`${e.keyword}\` at ${where}). Fix the example, or the schema if the example is right.`,
        location: (0,source_doc/* locate */.x5)(doc, segments),
        properties: { contract, instancePath: e.instancePath, keyword: e.keyword, schemaPath: where, params: p },
    };
}

// EXTERNAL MODULE: ./src/checks/contracts/options.ts
var options = __webpack_require__(1255);
;// CONCATENATED MODULE: ./src/checks/contracts/taxonomy-uri.ts
/** README anchors of the contracts rules (`### \`contracts/<id>\`` → `#contracts<id>`). */
const HELP_BASE = 'https://github.com/guardian-ci/guardian#';
function helpUri(id) {
    return `${HELP_BASE}contracts${id}`;
}

;// CONCATENATED MODULE: ./src/checks/contracts/rules.ts

const rule = (id, name, short, full, help, defaultLevel) => ({
    id: `contracts/${id}`,
    name,
    shortDescription: short,
    fullDescription: full,
    help,
    helpUri: helpUri(id),
    defaultLevel,
    tags: ['contracts'],
});
const STATIC_RULES = [
    rule('schema-missing', 'Contract schema missing', 'The configured schema file does not exist.', 'A contract in checks.contracts.contracts names a schema path that is not in the repository.', 'Fix the `schema` path or add the file.', 'error'),
    rule('schema-parse-error', 'Schema not parseable', 'A schema file is not valid JSON or YAML.', 'A contract schema (or a file it references) cannot be parsed; the finding points at the exact syntax error.', 'Fix the syntax at the reported line and column.', 'error'),
    rule('schema-invalid', 'Schema invalid', 'A schema does not pass its JSON Schema meta-schema or cannot be compiled.', 'The schema breaks the rules of its draft (a wrong keyword value, an invalid regular expression, mixed drafts) so no validator can be built from it.', 'Fix the keyword named in the message.', 'error'),
    rule('schema-unsupported-draft', 'Unsupported JSON Schema draft', 'The `$schema` names a draft Guardian does not validate.', 'Guardian validates draft-07, 2019-09 and 2020-12 schemas; other drafts are validated as the configured default draft.', 'Migrate the schema to draft-07 or 2020-12 and set `$schema` accordingly.', 'warning'),
    rule('ref-unresolved', 'Unresolved $ref', 'A `$ref` points to a file, definition or anchor that does not exist.', 'Refs are resolved relative to the referencing file, against `$id`s and anchors of the loaded schemas; this one leads nowhere.', 'Fix the reference or add the missing file or definition.', 'error'),
    rule('ref-outside-repository', '$ref outside the repository', 'A `$ref` leaves the repository (`../` past the root, an absolute path or a file: URI).', 'Guardian reads schemas from the repository only, so a CI run never depends on files that are not versioned with the contract.', 'Copy the referenced schema into the repository and reference it by a relative path.', 'error'),
    rule('ref-remote', 'Remote $ref', 'A `$ref` points to the network.', 'Guardian never fetches schemas over the network: a contract must not change because a remote file did.', 'Vendor the schema into the repository and reference it by a relative path (or give the vendored file the `$id` the ref uses).', 'error'),
    rule('example-parse-error', 'Example not parseable', 'An example file is not valid JSON or YAML.', 'An example matched by `examples.valid` or `examples.invalid` cannot be parsed; the finding points at the exact syntax error.', 'Fix the syntax at the reported position.', 'error'),
    rule('example-rejected', 'Valid example rejected', 'A valid example fails the schema.', 'Each file matched by `examples.valid` must validate; each failure names the JSON pointer in the example, the schema keyword and the schema location.', 'Fix the example, or the schema if the example shows the intended payload.', 'error'),
    rule('example-accepted', 'Invalid example accepted', 'An invalid example passes the schema.', 'Each file matched by `examples.invalid` must be rejected by the schema.', 'Tighten the schema so it rejects the payload, or move the file to the valid examples.', 'error'),
    rule('examples-missing', 'Example glob matches nothing', 'An `examples` glob matches no file.', 'A configured example glob matches no file in the repository, so the contract has fewer tests than configured.', 'Fix the glob or add example files.', 'warning'),
    rule('unsatisfiable-schema', 'Unsatisfiable schema', 'No value satisfies the schema (or a part of it can never be present).', 'Guardian generates valid instances from each schema; when the constraints contradict each other (minLength above maxLength, a required property that additionalProperties forbids, disjoint types) no payload can ever pass. For an optional part the finding is a warning: that part can never appear.', 'Fix the contradicting keywords named in the message.', 'error'),
    rule('generation-unsupported', 'Case generation limited', 'Guardian could not generate cases for part of the schema.', 'The generator lacks a feature the schema uses (e.g. a lookahead-heavy pattern, a format without sample values, `not` of a complex schema); positive or negative cases for that part were not generated.', 'Add valid and invalid examples that cover this part of the schema.', 'notice'),
    rule('model-class-missing', 'Model class missing', 'The PURE class named by `model:` is not defined.', 'A contract names a PURE class (`model: pkg::Class`) that no PURE file matched by checks.contracts.modelPaths defines (or the file defining it does not parse).', 'Fix the class path in `model:`, add the class, or fix the PURE file that does not parse.', 'error'),
    rule('model-mismatch', 'Schema and model disagree', 'A schema property differs from the PURE class property it represents.', 'The schema is compared with the class named by `model:`: property names, types (per rules/contracts.yaml modelTypes), multiplicities, enumeration values and nested classes. The schema may be narrower than the model, never wider: a payload the schema accepts must fit the model. A property the model requires but the schema lacks is an error; an optional one, or a schema property the model lacks, is a warning. Examples that do not fit the class structure are reported here too.', 'Align the schema with the class (or the class with the schema) as the message says.', 'error'),
    rule('model-constraint-violated', 'Model constraint violated', 'A valid example or generated case violates a constraint of the model class.', "Every valid example and generated positive case is checked against the PURE class's constraints with the embedded evaluator; a violation means the schema accepts a payload the model rejects. Constraints with enforcement level Warn are reported as warnings.", 'Tighten the schema so it rejects such payloads, fix the example, or relax the constraint.', 'error'),
    rule('model-constraint-unevaluable', 'Model constraint not evaluated', 'A model constraint could not be evaluated on a case.', 'The embedded evaluator could not evaluate the constraint (an unsupported function, or an error while evaluating it), so conformance for it is unknown.', 'Check the constraint with the engine; if it relies on an unsupported function, cover it with a test in the model project.', 'notice'),
    rule('negative-case-accepted', 'Negative case not rejected', 'A single-mutation case was not rejected for the keyword it targets.', 'Each negative case violates exactly one keyword on a path where that keyword always applies; the schema must reject it with that keyword at that instance path.', 'Check the keyword for an override or contradiction that makes it ineffective.', 'error'),
];

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
// EXTERNAL MODULE: ./src/data-pack.ts
var data_pack = __webpack_require__(4393);
// EXTERNAL MODULE: ./src/data-pack-yaml.ts
var data_pack_yaml = __webpack_require__(3617);
;// CONCATENATED MODULE: ./src/checks/contracts/taxonomy.ts
/**
 * The breaking-change taxonomy (rules/contracts.yaml): ids, names, levels per side, bounds,
 * unclassified keywords and format samples, validated with zod on load; and the pure level
 * decision from a contract's direction and compatibility mode.
 */



const TAXONOMY_FILE = 'rules/contracts.yaml';


const level = schemas/* enum */.k5n(['error', 'warning', 'notice']);
const side = schemas/* enum */.k5n(['consumer', 'producer']);
const kebab = schemas/* string */.YjP().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id');
const changeSchema = schemas/* strictObject */.rej({
    name: schemas/* string */.YjP().min(1),
    description: schemas/* string */.YjP().min(1),
    levels: schemas/* strictObject */.rej({ consumer: level, producer: level }),
    fix: schemas/* string */.YjP().min(1),
    example: schemas/* strictObject */.rej({ base: schemas/* string */.YjP().min(1), head: schemas/* string */.YjP().min(1) }),
});
const boundSchema = schemas/* strictObject */.rej({
    keyword: schemas/* string */.YjP().min(1),
    kind: schemas/* enum */.k5n(['upper', 'lower']),
    appliesTo: schemas/* enum */.k5n(['number', 'string', 'array', 'object']),
    tightened: kebab,
    loosened: kebab,
});
const formatSchema = schemas/* strictObject */.rej({
    type: schemas/* enum */.k5n(['string', 'number']),
    valid: schemas/* array */.YOg(schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()])).min(1),
    invalid: schemas/* array */.YOg(schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()])),
});
const taxonomySchema = schemas/* strictObject */.rej({
    version: schemas/* literal */.euz(1),
    compatibility: schemas/* strictObject */.rej({ backward: schemas/* array */.YOg(side), forward: schemas/* array */.YOg(side), full: schemas/* array */.YOg(side), none: schemas/* array */.YOg(side) }),
    defaultCompatibility: schemas/* strictObject */.rej({
        consumer: schemas/* enum */.k5n(options/* COMPATIBILITY_MODES */.mO),
        producer: schemas/* enum */.k5n(options/* COMPATIBILITY_MODES */.mO),
        both: schemas/* enum */.k5n(options/* COMPATIBILITY_MODES */.mO),
    }),
    ungatedLevel: level,
    changes: schemas/* record */.g1P(kebab, changeSchema),
    bounds: schemas/* array */.YOg(boundSchema),
    unclassifiedKeywords: schemas/* array */.YOg(schemas/* string */.YjP().min(1)),
    formats: schemas/* record */.g1P(schemas/* string */.YjP().min(1), formatSchema),
    modelTypes: schemas/* record */.g1P(schemas/* string */.YjP().min(1), schemas/* strictObject */.rej({ types: schemas/* array */.YOg(schemas/* enum */.k5n(['string', 'number', 'integer', 'boolean'])).min(1), formats: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).optional() })),
})
    .superRefine((t, ctx) => {
    t.bounds.forEach((b, i) => {
        for (const k of ['tightened', 'loosened']) {
            if (!(b[k] in t.changes))
                ctx.addIssue({ code: 'custom', path: ['bounds', i, k], message: `"${b[k]}" is not an id under changes:` });
        }
    });
});
const PACK = { file: TAXONOMY_FILE, schema: taxonomySchema };
async function loadTaxonomy(installDir) {
    const pack = await (0,data_pack/* loadPack */.eC)(installDir, PACK);
    return { taxonomy: pack.data, sha256: pack.sha256 };
}
/** Parses and validates taxonomy text; throws DataPackError naming file:line:column. */
function parseTaxonomy(text) {
    return parsePack(text, PACK);
}
const RANK = { notice: 0, warning: 1, error: 2 };
function effectiveCompatibility(t, direction, compatibility) {
    return compatibility ?? t.defaultCompatibility[direction];
}
/** The level of a change for a contract: the strictest level among the sides its mode gates. */
function levelFor(t, id, direction, compatibility) {
    const change = t.changes[id];
    if (!change)
        throw new Error(`unknown breaking-change id ${id}`);
    const sides = t.compatibility[effectiveCompatibility(t, direction, compatibility)];
    if (sides.length === 0)
        return t.ungatedLevel;
    return sides.map((s) => change.levels[s]).reduce((a, b) => (RANK[b] > RANK[a] ? b : a));
}
/** RuleMeta for every breaking-change id (data-driven, so returned in CheckOutput.rules). */
function changeRules(t) {
    return Object.entries(t.changes).map(([id, c]) => {
        const strictest = levelFor(t, id, 'both', 'full');
        return {
            id: `contracts/${id}`,
            name: c.name,
            shortDescription: c.description,
            fullDescription: `${c.description} Default level: ${c.levels.consumer} for consumer (request-like) contracts, ` +
                `${c.levels.producer} for producer (response-like) contracts, ${strictest} for both; ` +
                `${t.ungatedLevel} under compatibility: none.`,
            help: c.fix,
            helpUri: helpUri(id),
            defaultLevel: strictest,
            tags: ['contracts', 'breaking-change'],
        };
    });
}

;// CONCATENATED MODULE: ./src/checks/contracts/index.ts
/**
 * The `contracts` gate: for each configured JSON Schema contract, example tests, generated
 * positive and negative cases, and (in a PR) breaking changes between the base and head
 * versions of the schema, with levels that follow the contract's direction and compatibility.
 */











const check = {
    meta: {
        id: 'contracts',
        title: 'Contract tests',
        description: 'JSON Schema contracts: valid and invalid examples, generated positive and negative cases, and breaking changes between the PR base and head, graded by direction and compatibility.',
        rules: STATIC_RULES,
    },
    optionsSchema: options/* optionsSchema */.ci,
    async run(ctx) {
        const { taxonomy, sha256: taxonomySha } = await loadTaxonomy(ctx.installDir);
        const rules = changeRules(taxonomy);
        const contracts = ctx.options.contracts;
        if (contracts.length === 0) {
            return { findings: [], rules, neutralReason: 'No contracts configured (checks.contracts.contracts).' };
        }
        const listing = await ctx.files.list();
        const out = { findings: [], rules, notes: [], evidence: { configuration: [{ name: TAXONOMY_FILE, digest: { sha256: taxonomySha } }], passedTests: [], warnedTests: [], failedTests: [] } };
        const totals = { examplesPassed: 0, examples: 0, positives: 0, negatives: 0, casesFailed: 0, breaking: { error: 0, warning: 0, notice: 0 } };
        if (!ctx.diff)
            out.notes.push('Not a pull request (no base revision): breaking-change detection was skipped.');
        else if (ctx.diff.unavailable)
            out.notes.push('The PR base is unavailable: breaking-change detection was skipped.');
        // PURE models are parsed once per run, and only when a contract names a class.
        let model;
        const pureModel = () => (model ??= Promise.all(/* import() */[__webpack_require__.e(692), __webpack_require__.e(617), __webpack_require__.e(986), __webpack_require__.e(165)]).then(__webpack_require__.bind(__webpack_require__, 8165)).then((m) => {
            const globs = ctx.options.modelPaths.map((g) => picomatch_default()(g, { dot: true }));
            return m.loadPureModel(listing.filter((f) => globs.some((g) => g(f))), (p) => ctx.files.read(p));
        }));
        for (let i = 0; i < contracts.length; i++) {
            if (ctx.signal.aborted)
                break;
            ctx.progress(i, contracts.length);
            const r = await runContract(ctx, contracts[i], taxonomy, listing, pureModel);
            out.findings.push(...r.findings);
            out.notes.push(...r.notes);
            out.evidence.configuration.push(...r.configuration);
            out.evidence.passedTests.push(...r.passed);
            out.evidence.warnedTests.push(...r.warned);
            out.evidence.failedTests.push(...r.failed);
            for (const k of ['examplesPassed', 'examples', 'positives', 'negatives', 'casesFailed'])
                totals[k] += r.counts[k];
            for (const l of ['error', 'warning', 'notice'])
                totals.breaking[l] += r.counts.breaking[l];
        }
        ctx.progress(contracts.length, contracts.length);
        const b = totals.breaking;
        out.summary =
            `${contracts.length} contract${contracts.length === 1 ? '' : 's'}: ${totals.examplesPassed}/${totals.examples} examples passed, ` +
                `${totals.positives} positive + ${totals.negatives} negative generated cases${totals.casesFailed ? ` (${totals.casesFailed} failed)` : ''}, ` +
                (ctx.diff && !ctx.diff.unavailable ? `${b.error + b.warning + b.notice} breaking-change findings (${b.error} error, ${b.warning} warning, ${b.notice} notice)` : 'breaking changes not checked (no PR base)');
        return out;
    },
};
async function runContract(ctx, c, tax, listing, pureModel) {
    const o = ctx.options;
    const rep = {
        findings: [],
        passed: [],
        warned: [],
        failed: [],
        configuration: [],
        notes: [],
        counts: { examplesPassed: 0, examples: 0, positives: 0, negatives: 0, casesFailed: 0, breaking: { error: 0, warning: 0, notice: 0 } },
    };
    const test = (name) => `contracts/${c.name}/${name}`;
    const draft = c.draft ?? o.defaultDraft;
    const head = await (0,schema_store/* loadSchemaSet */.iP)(c.schema, (p) => ctx.files.read(p), { defaultDraft: draft, maxFileBytes: o.maxFileBytes, revision: 'head' });
    for (const p of head.problems) {
        rep.findings.push({ ruleId: `contracts/${p.rule}`, message: `Contract "${c.name}": ${p.message}`, ...(p.location ? { location: p.location } : {}), properties: { contract: c.name } });
    }
    rep.configuration.push(descriptor(c, head, 'head'));
    const compiled = head.root && head.problems.length === 0 ? compileSet(head) : null;
    for (const p of compiled?.problems ?? []) {
        rep.findings.push({ ruleId: `contracts/${p.rule}`, message: `Contract "${c.name}": ${p.message}`, ...(p.location ? { location: p.location } : {}), properties: { contract: c.name } });
    }
    const validate = compiled?.validate ?? null;
    const validExamples = [];
    let positives = [];
    if (!validate)
        rep.failed.push(test('schema'));
    else {
        rep.passed.push(test('schema'));
        // Example tests.
        for (const expected of ['valid', 'invalid']) {
            for (const glob of (0,options/* globList */.Xq)(c.examples[expected])) {
                const isMatch = picomatch_default()(glob, { dot: true });
                const files = listing.filter((f) => isMatch(f));
                if (files.length === 0) {
                    rep.findings.push({
                        ruleId: 'contracts/examples-missing',
                        message: `Contract "${c.name}": the ${expected} examples glob "${glob}" matches no file. Fix the glob or add example files.`,
                        properties: { contract: c.name, glob },
                        fingerprintKey: `${c.name}|${expected}|${glob}`,
                    });
                    continue;
                }
                for (const f of files) {
                    const r = testExample(f, await ctx.files.read(f), expected, validate, head, { contract: c.name, maxFileBytes: o.maxFileBytes, maxErrors: o.maxErrorsPerExample });
                    rep.counts.examples++;
                    (r.passed ? rep.passed : rep.failed).push(test(`example/${expected}/${f}`));
                    if (r.passed)
                        rep.counts.examplesPassed++;
                    if (r.passed && r.doc)
                        validExamples.push({ doc: r.doc, value: r.value });
                    for (const x of r.findings)
                        rep.findings.push({ ruleId: `contracts/${x.rule}`, message: x.message, title: x.title, location: x.location, properties: x.properties });
                }
            }
        }
        // Generated cases.
        const run = runGeneratedCases(head, compiled, tax, { seed: o.seed, positiveCases: o.positiveCases, maxNegativeCases: o.maxNegativeCases, contract: c.name });
        rep.counts.positives += run.positivesPassed.length + run.positivesFailed.length;
        rep.counts.negatives += run.negativesPassed.length + run.negativesFailed.length + run.negativesNotBuilt.length;
        rep.counts.casesFailed += run.positivesFailed.length + run.negativesFailed.length;
        rep.passed.push(...run.positivesPassed.map((n) => test(`generated/${n}`)), ...run.negativesPassed.map((n) => test(`generated/negative/${n}`)));
        rep.failed.push(...run.positivesFailed.map((n) => test(`generated/${n}`)), ...run.negativesFailed.map((n) => test(`generated/negative/${n}`)));
        rep.warned.push(...run.negativesNotBuilt.map((n) => test(`generated/negative/${n}`)));
        for (const p of run.problems)
            rep.findings.push(caseFinding(c, p));
        positives = run.positives;
    }
    if (c.model && validate)
        await conformance(ctx, c, tax, head, rep, await pureModel(), validExamples, positives);
    // Breaking changes between the PR base and head.
    const diff = ctx.diff;
    if (diff && !diff.unavailable) {
        const rev = diff.mergeBase ?? diff.baseRef;
        const base = await (0,schema_store/* loadSchemaSet */.iP)(c.schema, (p) => ctx.files.readAtRevision(p, rev), { defaultDraft: draft, maxFileBytes: o.maxFileBytes, revision: `base ${rev.slice(0, 12)}` });
        if (!base.root)
            rep.notes.push(`Contract "${c.name}": ${c.schema} does not exist at the base revision: a new contract, nothing to compare.`);
        else {
            rep.configuration.push(descriptor(c, base, rev));
            if (base.problems.length) {
                rep.notes.push(`Contract "${c.name}": the base version of ${c.schema} cannot be loaded (${base.problems[0].message}); breaking changes were not checked.`);
            }
            else if (!head.root || head.problems.length) {
                rep.notes.push(`Contract "${c.name}": the head schema has errors (reported above); breaking changes were not checked.`);
            }
            else {
                for (const ch of diffSchemas(tax, base, head)) {
                    const f = changeFinding(c, ch, tax);
                    rep.findings.push(f);
                    rep.counts.breaking[f.level]++;
                    const name = test(`breaking/${ch.id}@${ch.location.path}#${ch.schemaPointer}`);
                    (f.level === 'error' ? rep.failed : f.level === 'warning' ? rep.warned : rep.passed).push(name);
                }
            }
        }
    }
    const b = rep.counts.breaking;
    const headDescriptor = rep.configuration[0];
    headDescriptor.annotations = { ...headDescriptor.annotations, counts: { ...rep.counts, breaking: { ...b } } };
    const mode = effectiveCompatibility(tax, c.direction, c.compatibility);
    rep.notes.push(`Contract "${c.name}" (${c.direction}, ${mode} compatibility): examples ${rep.counts.examplesPassed}/${rep.counts.examples} passed; ` +
        `generated ${rep.counts.positives} positive, ${rep.counts.negatives} negative (${rep.counts.casesFailed} failed); ` +
        (diff && !diff.unavailable ? `breaking changes: ${b.error} error, ${b.warning} warning, ${b.notice} notice.` : 'breaking changes: not checked.'));
    return rep;
}
/** Item 5: the schema against the PURE class, and the class's constraints on every valid case. */
async function conformance(ctx, c, tax, head, rep, model, examples, positives) {
    const m = await Promise.all(/* import() */[__webpack_require__.e(692), __webpack_require__.e(617), __webpack_require__.e(986), __webpack_require__.e(165)]).then(__webpack_require__.bind(__webpack_require__, 8165));
    const cls = c.model;
    const test = (name) => `contracts/${c.name}/model/${name}`;
    rep.configuration.push({
        name: `model:${cls}`,
        annotations: { contract: c.name, files: Object.fromEntries(model.files.map((f) => [f.path, f.sha256])) },
    });
    if (!m.hasClass(model, cls)) {
        const why = model.files.length === 0 ? `no PURE file matches checks.contracts.modelPaths (${ctx.options.modelPaths.join(', ')})` : `none of the ${model.files.length} PURE files defines it`;
        const unreadable = model.unreadable.length ? ` These files do not parse: ${model.unreadable.slice(0, 3).join('; ')}.` : '';
        rep.findings.push({
            ruleId: 'contracts/model-class-missing',
            message: `Contract "${c.name}": model class ${cls} is not available: ${why}.${unreadable} Fix \`model:\` or the PURE files.`,
            properties: { contract: c.name, model: cls },
            fingerprintKey: `${c.name}|${cls}`,
        });
        rep.failed.push(test('class'));
        return;
    }
    const mismatches = m.compareWithModel(model, cls, head, tax);
    for (const x of mismatches) {
        rep.findings.push({
            ruleId: 'contracts/model-mismatch',
            level: x.level,
            title: `Schema and ${cls} disagree at ${x.instancePath || '/'}`,
            message: `Contract "${c.name}" vs ${cls}: ${x.detail} (at ${x.instancePath || '/'}). A payload the schema accepts must fit the model; align the two.`,
            location: x.location,
            fingerprintKey: `${c.name}|${x.kind}|${x.instancePath}|${x.detail}`,
            properties: { contract: c.name, model: cls, mismatch: x.kind, instancePath: x.instancePath },
        });
    }
    const worst = mismatches.some((x) => x.level === 'error') ? rep.failed : mismatches.length ? rep.warned : rep.passed;
    worst.push(test('structure'));
    // Constraints on every valid example and generated positive case.
    const violated = new Map();
    const unevaluable = new Map();
    const seenStructure = new Set();
    const instances = [
        ...examples.map((e) => ({ name: e.doc.path, value: e.value, doc: e.doc })),
        ...positives.map((v, i) => ({ name: `generated positive-${i + 1}`, value: v, doc: undefined })),
    ];
    for (const inst of instances) {
        const r = m.checkInstance(model, cls, inst.value);
        if (!r.result) {
            unevaluable.set(`instance|${r.error}`, `the evaluator failed on ${inst.name}: ${r.error}`);
            continue;
        }
        for (const o of r.result.constraints) {
            const key = `${o.ruleDefinerPath}|${o.id}`;
            if (o.status === 'error' || o.status === 'unsupported') {
                unevaluable.set(key, `constraint ${o.id} of ${o.ruleDefinerPath} could not be evaluated (${o.detail ?? o.status})`);
                continue;
            }
            if (o.status !== 'failed')
                continue;
            const level = o.enforcementLevel === 'Warn' ? 'warning' : 'error';
            const where = pathText(m.pathSegments(o.path));
            const prev = violated.get(`${key}|${inst.doc ? inst.name : 'generated'}`);
            if (prev) {
                prev.cases.push(inst.name);
                continue;
            }
            const si = o.sourceInformation;
            const location = inst.doc
                ? (0,source_doc/* locate */.x5)(inst.doc, m.pathSegments(o.path))
                : si
                    ? { path: si.sourceId, startLine: si.startLine, startColumn: si.startColumn, endLine: si.endLine, endColumn: si.endColumn }
                    : undefined;
            const preview = JSON.stringify(inst.value);
            violated.set(`${key}|${inst.doc ? inst.name : 'generated'}`, {
                level,
                cases: [inst.name],
                first: {
                    ruleId: 'contracts/model-constraint-violated',
                    level,
                    title: `Constraint ${o.id} violated`,
                    message: inst.doc
                        ? `Contract "${c.name}": valid example ${inst.name} violates constraint ${o.id} of ${o.ruleDefinerPath}${where}: ${o.message ?? ''}. The schema accepts it but the model rejects it; fix the example or tighten the schema.`
                        : `Contract "${c.name}": ${inst.name} (${preview.length > 200 ? `${preview.slice(0, 197)}...` : preview}) is valid for the schema but violates constraint ${o.id} of ${o.ruleDefinerPath}${where}: ${o.message ?? ''}. Tighten the schema so it rejects such payloads, or relax the constraint.`,
                    ...(location ? { location } : {}),
                    fingerprintKey: `${c.name}|${key}|${inst.doc ? inst.name : 'generated'}`,
                    properties: { contract: c.name, model: cls, constraint: o.id, owner: o.ruleDefinerPath, case: inst.name },
                },
            });
        }
        if (inst.doc) {
            for (const d of r.result.defects.filter((x) => x.ruleType === 'ClassStructure')) {
                const k = `${inst.name}|${d.message}`;
                if (seenStructure.has(k))
                    continue;
                seenStructure.add(k);
                rep.findings.push({
                    ruleId: 'contracts/model-mismatch',
                    title: `Example does not fit ${cls}`,
                    message: `Contract "${c.name}": valid example ${inst.name} does not fit class ${d.ruleDefinerPath}${pathText(m.pathSegments(d.path))}: ${d.message}. The schema accepts it but the model does not; align the schema with the model.`,
                    location: (0,source_doc/* locate */.x5)(inst.doc, m.pathSegments(d.path)),
                    fingerprintKey: k,
                    properties: { contract: c.name, model: cls, mismatch: 'instance-structure' },
                });
            }
        }
    }
    for (const v of violated.values()) {
        if (v.cases.length > 1)
            v.first.message += ` (${v.cases.length} cases in all)`;
        rep.findings.push(v.first);
        const on = v.first.properties.case.startsWith('generated') ? 'generated' : v.first.properties.case;
        (v.level === 'error' ? rep.failed : rep.warned).push(test(`constraint/${v.first.properties.owner}.${v.first.properties.constraint}@${on}`));
    }
    for (const [key, text] of unevaluable) {
        rep.findings.push({ ruleId: 'contracts/model-constraint-unevaluable', message: `Contract "${c.name}": ${text}. Conformance for it is unknown.`, fingerprintKey: `${c.name}|${key}`, properties: { contract: c.name, model: cls } });
    }
    rep.passed.push(...(violated.size === 0 && instances.length ? [test('constraints')] : []));
    rep.notes.push(`Contract "${c.name}": model ${cls}: ${mismatches.length} mismatch(es), constraints checked on ${instances.length} instance(s), ${violated.size} violation(s).`);
}
function pathText(segments) {
    return segments.length ? ` at /${segments.join('/')}` : '';
}
function descriptor(c, set, revision) {
    const files = (0,schema_store/* digests */.cI)(set);
    const root = files.find((f) => f.path === c.schema);
    return {
        name: `contract:${c.name}@${revision === 'head' ? 'head' : 'base'}`,
        uri: c.schema,
        ...(root ? { digest: { sha256: root.sha256 } } : {}),
        mediaType: 'application/schema+json',
        annotations: { contract: c.name, direction: c.direction, revision, files: Object.fromEntries(files.map((f) => [f.path, f.sha256])) },
    };
}
function changeFinding(c, ch, tax) {
    const def = tax.changes[ch.id];
    const mode = effectiveCompatibility(tax, c.direction, c.compatibility);
    const level = levelFor(tax, ch.id, c.direction, c.compatibility);
    const sides = tax.compatibility[mode];
    const impact = [];
    if (sides.includes('consumer') && def.levels.consumer !== 'notice')
        impact.push('senders built against the old schema may now be rejected');
    if (sides.includes('producer') && def.levels.producer !== 'notice')
        impact.push('readers built against the old schema may receive data they do not accept');
    const baseNote = ch.side === 'base' ? ` (line ${ch.location.startLine} is in the base version of ${ch.location.path}; the keyword is gone from head)` : '';
    const message = `Contract "${c.name}" (${c.direction}, ${mode} compatibility): ${ch.detail} at ${ch.instancePath || '/'} ` +
        `(schema ${ch.location.path}#${ch.schemaPointer})${baseNote}. ` +
        (impact.length ? `Breaking: ${impact.join('; ')}. ` : `Compatible under ${mode} compatibility. `) +
        `Fix: ${def.fix}`;
    return {
        ruleId: `contracts/${ch.id}`,
        level,
        title: `${def.name}: ${ch.instancePath || '/'}`,
        message,
        location: ch.location,
        fingerprintKey: `${c.name}|${ch.id}|${ch.schemaPointer}|${ch.detail}`,
        // The PR causes every breaking change, even a removal that adds no line in head.
        introducedByDiff: true,
        properties: { contract: c.name, direction: c.direction, compatibility: mode, change: ch.id, side: ch.side, schemaPointer: ch.schemaPointer, instancePath: ch.instancePath },
    };
}
function caseFinding(c, p) {
    if (p.kind === 'negative-accepted') {
        const m = p.mutation;
        return {
            ruleId: 'contracts/negative-case-accepted',
            title: `Negative case not rejected: ${m.label}`,
            message: `Contract "${c.name}": the generated negative case ${m.label} (${m.describe}: ${p.what}) should fail with \`${m.expect.keyword}\` at ${(0,contracts_pointer/* toPointer */.rb)(m.instancePath) || '/'}, but ${p.errors}. ` +
                'Check this keyword for an override or contradiction that makes it ineffective.',
            location: (0,source_doc/* locate */.x5)(m.node.res.doc, [...m.node.segments, m.keyword]),
            fingerprintKey: `${c.name}|${m.label}`,
            properties: { contract: c.name, case: m.label, keyword: m.keyword, instancePath: (0,contracts_pointer/* toPointer */.rb)(m.instancePath) },
        };
    }
    const f = p.failure;
    const location = (0,source_doc/* locate */.x5)(f.ref.res.doc, f.keyword ? [...f.ref.segments, f.keyword] : f.ref.segments);
    const at = (0,contracts_pointer/* toPointer */.rb)(f.instancePath) || '/';
    const cases = `${p.cases.length} generated case${p.cases.length === 1 ? '' : 's'} (${p.cases.slice(0, 3).join(', ')}${p.cases.length > 3 ? ', …' : ''})`;
    const props = { contract: c.name, instancePath: at, schemaPointer: (0,contracts_pointer/* toPointer */.rb)(f.ref.segments), cases: p.cases };
    if (p.kind === 'timeout') {
        return {
            ruleId: 'contracts/generation-unsupported',
            title: 'Generated cases stopped',
            message: `Contract "${c.name}": generated case ${p.cases[0]} could not be tested: ${f.reason}. The remaining generated cases were not run.`,
            location,
            fingerprintKey: `${c.name}|timeout`,
            properties: props,
        };
    }
    if (p.kind === 'unsupported') {
        return {
            ruleId: 'contracts/generation-unsupported',
            title: `Cases not generated at ${at}`,
            message: `Contract "${c.name}": Guardian could not generate a valid instance ${p.cases.some((n) => n.startsWith('positive')) ? '' : `containing ${at} `}for ${cases}: ${f.reason}. ` +
                'This may be a generator limitation rather than a schema error; add valid and invalid examples that cover this part of the schema.',
            location,
            fingerprintKey: `${c.name}|unsupported|${props.schemaPointer}|${at}`,
            properties: props,
        };
    }
    const root = p.scope === 'root';
    return {
        ruleId: 'contracts/unsatisfiable-schema',
        level: root ? 'error' : 'warning',
        title: root ? 'Schema accepts no value' : `${at} can never be present`,
        message: root
            ? `Contract "${c.name}": no value satisfies ${c.schema}: at ${at}, ${f.reason}. Every payload would be rejected; fix the contradicting keywords.`
            : `Contract "${c.name}": ${at} can never be present in a valid payload: ${f.reason}. Fix the contradicting keywords, or remove the dead part of the schema.`,
        location,
        fingerprintKey: `${c.name}|unsatisfiable|${props.schemaPointer}|${at}`,
        properties: props,
    };
}


/***/ }),

/***/ 8037:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P5: () => (/* binding */ setOwn),
/* harmony export */   ed: () => (/* binding */ parseJsonWithPositions)
/* harmony export */ });
/* unused harmony export MAX_JSON_DEPTH */
/**
 * A strict JSON parser (RFC 8259) that keeps the position of every value and key, so
 * findings can point at exact lines, and syntax errors name their exact offset (pure).
 */
/** Deeper nesting is refused (a clear error instead of a stack overflow). */
const MAX_JSON_DEPTH = 512;
class JsonSyntaxError extends Error {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
    }
}
function parseJsonWithPositions(text) {
    const p = new Parser(text);
    try {
        p.skipWs();
        const { value, node } = p.value(0);
        p.skipWs();
        if (p.i < text.length)
            throw new JsonSyntaxError(`unexpected ${p.describe()} after the JSON value`, p.i);
        return { ok: true, value, root: node };
    }
    catch (e) {
        if (e instanceof JsonSyntaxError)
            return { ok: false, message: e.message, offset: e.offset };
        throw e;
    }
}
/** Sets a key on a plain object without invoking the `__proto__` setter. */
function setOwn(obj, key, value) {
    if (key === '__proto__')
        Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
    else
        obj[key] = value;
}
class Parser {
    s;
    i = 0;
    constructor(s) {
        this.s = s;
        if (s.charCodeAt(0) === 0xfeff)
            this.i = 1;
    }
    skipWs() {
        const s = this.s;
        while (this.i < s.length) {
            const c = s.charCodeAt(this.i);
            if (c === 32 || c === 9 || c === 10 || c === 13)
                this.i++;
            else
                break;
        }
    }
    describe() {
        if (this.i >= this.s.length)
            return 'end of input';
        const cp = this.s.codePointAt(this.i);
        const ch = String.fromCodePoint(cp);
        return cp < 32 ? `control character U+${cp.toString(16).padStart(4, '0').toUpperCase()}` : `'${ch}'`;
    }
    value(depth) {
        if (depth > MAX_JSON_DEPTH)
            throw new JsonSyntaxError(`nesting deeper than ${MAX_JSON_DEPTH} levels`, this.i);
        const s = this.s;
        const start = this.i;
        const c = s[this.i];
        switch (c) {
            case '{':
                return this.object(depth);
            case '[':
                return this.array(depth);
            case '"': {
                const value = this.string();
                return { value, node: { kind: 'string', start, end: this.i } };
            }
            case 't':
            case 'f':
            case 'n': {
                for (const [word, v] of [['true', true], ['false', false], ['null', null]]) {
                    if (s.startsWith(word, this.i)) {
                        this.i += word.length;
                        return { value: v, node: { kind: v === null ? 'null' : 'boolean', start, end: this.i } };
                    }
                }
                throw new JsonSyntaxError(`unexpected ${this.describe()}: expected a JSON value (did you mean true, false or null?)`, this.i);
            }
            default:
                if (c === '-' || (c !== undefined && c >= '0' && c <= '9'))
                    return this.number();
                if (c === undefined)
                    throw new JsonSyntaxError('unexpected end of input: expected a JSON value', this.i);
                if (c === "'")
                    throw new JsonSyntaxError("unexpected ''': JSON strings use double quotes", this.i);
                if (c === '/')
                    throw new JsonSyntaxError("unexpected '/': JSON does not allow comments", this.i);
                throw new JsonSyntaxError(`unexpected ${this.describe()}: expected a JSON value`, this.i);
        }
    }
    object(depth) {
        const s = this.s;
        const start = this.i++;
        const value = {};
        const entries = new Map();
        this.skipWs();
        if (s[this.i] === '}') {
            this.i++;
            return { value, node: { kind: 'object', start, end: this.i, entries } };
        }
        for (;;) {
            this.skipWs();
            if (s[this.i] !== '"') {
                const hint = s[this.i] === '}' ? ' (JSON does not allow a trailing comma)' : '';
                throw new JsonSyntaxError(`unexpected ${this.describe()}: expected a property name in double quotes${hint}`, this.i);
            }
            const keyStart = this.i;
            const key = this.string();
            const keyEnd = this.i;
            this.skipWs();
            if (s[this.i] !== ':')
                throw new JsonSyntaxError(`unexpected ${this.describe()}: expected ':' after property name "${key}"`, this.i);
            this.i++;
            this.skipWs();
            const member = this.value(depth + 1);
            member.node.keyStart = keyStart;
            member.node.keyEnd = keyEnd;
            setOwn(value, key, member.value);
            entries.delete(key);
            entries.set(key, member.node);
            this.skipWs();
            const c = s[this.i];
            if (c === ',') {
                this.i++;
                continue;
            }
            if (c === '}') {
                this.i++;
                return { value, node: { kind: 'object', start, end: this.i, entries } };
            }
            throw new JsonSyntaxError(`unexpected ${this.describe()}: expected ',' or '}' after the value of "${key}"`, this.i);
        }
    }
    array(depth) {
        const s = this.s;
        const start = this.i++;
        const value = [];
        const items = [];
        this.skipWs();
        if (s[this.i] === ']') {
            this.i++;
            return { value, node: { kind: 'array', start, end: this.i, items } };
        }
        for (;;) {
            this.skipWs();
            if (s[this.i] === ']')
                throw new JsonSyntaxError("unexpected ']': JSON does not allow a trailing comma", this.i);
            const item = this.value(depth + 1);
            value.push(item.value);
            items.push(item.node);
            this.skipWs();
            const c = s[this.i];
            if (c === ',') {
                this.i++;
                continue;
            }
            if (c === ']') {
                this.i++;
                return { value, node: { kind: 'array', start, end: this.i, items } };
            }
            throw new JsonSyntaxError(`unexpected ${this.describe()}: expected ',' or ']' after an array item`, this.i);
        }
    }
    string() {
        const s = this.s;
        const open = this.i++;
        let out = '';
        let chunk = this.i;
        for (;;) {
            if (this.i >= s.length)
                throw new JsonSyntaxError('unterminated string: add the closing double quote', open);
            const c = s.charCodeAt(this.i);
            if (c === 34) {
                out += s.slice(chunk, this.i);
                this.i++;
                return out;
            }
            if (c < 32)
                throw new JsonSyntaxError(`${this.describe()} inside a string: escape it (e.g. \\n)`, this.i);
            if (c !== 92) {
                this.i++;
                continue;
            }
            out += s.slice(chunk, this.i);
            const esc = s[this.i + 1];
            switch (esc) {
                case '"':
                case '\\':
                case '/':
                    out += esc;
                    this.i += 2;
                    break;
                case 'b':
                    out += '\b';
                    this.i += 2;
                    break;
                case 'f':
                    out += '\f';
                    this.i += 2;
                    break;
                case 'n':
                    out += '\n';
                    this.i += 2;
                    break;
                case 'r':
                    out += '\r';
                    this.i += 2;
                    break;
                case 't':
                    out += '\t';
                    this.i += 2;
                    break;
                case 'u': {
                    const hex = s.slice(this.i + 2, this.i + 6);
                    if (!/^[0-9a-fA-F]{4}$/.test(hex))
                        throw new JsonSyntaxError('invalid \\u escape: expected four hex digits', this.i);
                    out += String.fromCharCode(parseInt(hex, 16));
                    this.i += 6;
                    break;
                }
                default:
                    throw new JsonSyntaxError(`invalid escape '\\${esc ?? ''}' in a string`, this.i);
            }
            chunk = this.i;
        }
    }
    number() {
        const s = this.s;
        const start = this.i;
        const m = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
        m.lastIndex = start;
        const hit = m.exec(s);
        if (!hit || hit[0] === '-')
            throw new JsonSyntaxError(`invalid number: expected a digit after '-'`, start + 1);
        this.i = start + hit[0].length;
        const next = s[this.i];
        if (next !== undefined && /[0-9.eE+\-xXa-zA-Z]/.test(next)) {
            throw new JsonSyntaxError(`invalid number '${s.slice(start, this.i + 1)}': JSON numbers have no leading zeros, hex or trailing dots`, this.i);
        }
        return { value: Number(hit[0]), node: { kind: 'number', start, end: this.i } };
    }
}


/***/ }),

/***/ 200:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jg: () => (/* binding */ pointerToFragment),
/* harmony export */   kU: () => (/* binding */ fromPointer),
/* harmony export */   rb: () => (/* binding */ toPointer),
/* harmony export */   sM: () => (/* binding */ getAt)
/* harmony export */ });
/* unused harmony exports escapeSegment, unescapeSegment */
/** JSON Pointer (RFC 6901) helpers (pure). */
function escapeSegment(s) {
    return s.replace(/~/g, '~0').replace(/\//g, '~1');
}
function unescapeSegment(s) {
    return s.replace(/~1/g, '/').replace(/~0/g, '~');
}
function toPointer(segments) {
    return segments.map((s) => `/${escapeSegment(String(s))}`).join('');
}
/** Segments of a pointer; `''` is the whole document. Throws on a pointer not starting with `/`. */
function fromPointer(pointer) {
    if (pointer === '')
        return [];
    if (!pointer.startsWith('/'))
        throw new Error(`invalid JSON pointer "${pointer}": it must start with "/"`);
    return pointer.slice(1).split('/').map(unescapeSegment);
}
/** A pointer as a URI fragment (percent-encoding what a fragment cannot hold). */
function pointerToFragment(pointer) {
    return pointer
        .split('/')
        .map((s) => encodeURIComponent(s).replace(/%24/g, '$').replace(/%40/g, '@').replace(/%3A/gi, ':'))
        .join('/');
}
/** The value at a pointer inside a parsed document, or undefined. */
function getAt(value, segments) {
    let cur = value;
    for (const seg of segments) {
        if (Array.isArray(cur)) {
            if (!/^(0|[1-9]\d*)$/.test(seg))
                return undefined;
            cur = cur[Number(seg)];
        }
        else if (cur !== null && typeof cur === 'object') {
            if (!Object.prototype.hasOwnProperty.call(cur, seg))
                return undefined;
            cur = cur[seg];
        }
        else
            return undefined;
    }
    return cur;
}


/***/ }),

/***/ 7671:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A6: () => (/* binding */ itemKeywords),
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   Rz: () => (/* binding */ isMetaSchemaUri),
/* harmony export */   T8: () => (/* binding */ childSchemas),
/* harmony export */   Vg: () => (/* binding */ DATA_VALUED),
/* harmony export */   bz: () => (/* binding */ draftOf)
/* harmony export */ });
/* unused harmony exports SINGLE_SCHEMA, SCHEMA_ARRAY, SCHEMA_MAP */
/**
 * How JSON Schema keywords hold subschemas: the structure of the specification itself
 * (draft-07, 2019-09, 2020-12), not a policy list; policy lives in rules/contracts.yaml.
 */
/** Keywords whose value is one subschema. */
const SINGLE_SCHEMA = [
    'additionalItems',
    'additionalProperties',
    'unevaluatedItems',
    'unevaluatedProperties',
    'contains',
    'propertyNames',
    'not',
    'if',
    'then',
    'else',
    'contentSchema',
];
/** Keywords whose value is an array of subschemas. */
const SCHEMA_ARRAY = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
/** Keywords whose value is an object of subschemas. */
const SCHEMA_MAP = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'];
/** Keywords whose value is instance data, never schemas: refs inside them are not refs. */
const DATA_VALUED = new Set(['enum', 'const', 'default', 'examples', 'example']);
/** `$schema` values → draft. */
const META_SCHEMAS = {
    'http://json-schema.org/draft-07/schema': 'draft-07',
    'https://json-schema.org/draft/2019-09/schema': '2019-09',
    'https://json-schema.org/draft/2020-12/schema': '2020-12',
};
/** The draft a `$schema` value names, `null` when it names none we support. */
function draftOf(schemaUri) {
    const k = schemaUri.replace(/#$/, '').replace(/^https:\/\/json-schema\.org\/draft-0/, 'http://json-schema.org/draft-0');
    return META_SCHEMAS[k] ?? null;
}
/** True for the URIs of the meta-schemas ajv ships (refs to them need no file). */
function isMetaSchemaUri(uri) {
    const noFrag = uri.replace(/#.*$/, '');
    return draftOf(noFrag) !== null || /^https:\/\/json-schema\.org\/draft\/20(19-09|20-12)\/meta\//.test(noFrag);
}
/**
 * How a schema constrains array items: the keyword holding a tuple (per-index schemas) and the
 * keyword holding the schema of every further item. Before 2020-12 `items` is a tuple when it
 * is an array (further items: `additionalItems`) and applies to all items otherwise.
 */
function itemKeywords(draft, schema) {
    if (draft === '2020-12')
        return { tuple: Array.isArray(schema.prefixItems) ? 'prefixItems' : null, rest: 'items' in schema ? 'items' : null };
    if (Array.isArray(schema.items))
        return { tuple: 'items', rest: 'additionalItems' in schema ? 'additionalItems' : null };
    return { tuple: null, rest: 'items' in schema ? 'items' : null };
}
function isObject(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
/**
 * Every subschema directly under `schema`, as [segments relative to it, subschema].
 * `items` is a single schema or a tuple depending on its value.
 */
function childSchemas(schema) {
    const out = [];
    for (const k of SINGLE_SCHEMA)
        if (k in schema)
            out.push([[k], schema[k]]);
    if ('items' in schema) {
        const it = schema.items;
        if (Array.isArray(it))
            it.forEach((s, i) => out.push([['items', String(i)], s]));
        else
            out.push([['items'], it]);
    }
    for (const k of SCHEMA_ARRAY) {
        const v = schema[k];
        if (Array.isArray(v))
            v.forEach((s, i) => out.push([[k, String(i)], s]));
    }
    for (const k of SCHEMA_MAP) {
        const v = schema[k];
        if (isObject(v))
            for (const [name, s] of Object.entries(v))
                out.push([[k, name], s]);
    }
    const deps = schema.dependencies;
    if (isObject(deps))
        for (const [name, s] of Object.entries(deps))
            if (!Array.isArray(s))
                out.push([['dependencies', name], s]);
    return out;
}


/***/ }),

/***/ 90:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A6: () => (/* binding */ rootRef),
/* harmony export */   Hi: () => (/* binding */ resolveUri),
/* harmony export */   L2: () => (/* binding */ refTarget),
/* harmony export */   XF: () => (/* binding */ refKey),
/* harmony export */   _3: () => (/* binding */ childRef),
/* harmony export */   cI: () => (/* binding */ digests),
/* harmony export */   iP: () => (/* binding */ loadSchemaSet)
/* harmony export */ });
/* unused harmony exports fileUriOf, stripFragment, refAt */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _pointer_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(200);
/* harmony import */ var _schema_keywords_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7671);
/* harmony import */ var _source_doc_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8333);
/**
 * Loads a contract's schema and every file its `$ref`s reach, at one revision (head or base),
 * and resolves refs the way ajv does: against `$id`s (embedded too), anchors and JSON
 * pointers. Refs that leave the repository or point at the network are refused with a
 * finding at the `$ref` line; nothing is ever fetched.
 */




function fileUriOf(path) {
    return `file:///${path.split('/').map(encodeURIComponent).join('/')}`;
}
async function loadSchemaSet(rootPath, read, opts) {
    const set = {
        revision: opts.revision,
        rootPath,
        root: null,
        draft: opts.defaultDraft,
        resources: new Map(),
        byUri: new Map(),
        anchors: new Map(),
        problems: [],
    };
    const refs = [];
    const pendingAliases = [];
    const missing = new Map();
    const queue = [{ path: rootPath }];
    const seen = new Set([rootPath]);
    const maxFiles = opts.maxFiles ?? 500;
    while (queue.length) {
        const { path, from } = queue.shift();
        const bytes = await read(path);
        if (bytes === null) {
            if (!from) {
                set.problems.push({
                    rule: 'schema-missing',
                    message: `The contract schema ${path} does not exist at ${opts.revision}. Fix the \`schema\` path in checks.contracts.contracts or add the file.`,
                });
            }
            else
                missing.set(path, from);
            continue;
        }
        const parsed = (0,_source_doc_js__WEBPACK_IMPORTED_MODULE_2__/* .parseSource */ .PJ)(path, bytes, opts.maxFileBytes);
        if (!parsed.ok) {
            set.problems.push({
                rule: 'schema-parse-error',
                message: `Schema file ${path} cannot be read at ${opts.revision}: ${parsed.problem.message}. Fix the syntax at this position.`,
                location: (0,_source_doc_js__WEBPACK_IMPORTED_MODULE_2__/* .pointLocation */ .Wn)(parsed.problem),
            });
            continue;
        }
        const res = makeResource(parsed.doc, from ? set.draft : null, opts, set);
        if (!from) {
            set.root = res;
            set.draft = res.draft;
        }
        set.resources.set(path, res);
        set.byUri.set(res.uri, { res, segments: [] });
        if (!set.byUri.has(res.fileUri))
            set.byUri.set(res.fileUri, { res, segments: [] });
        indexResource(res, set, refs);
        // Files the new refs point at (relative refs and refs that only a file could satisfy).
        for (let i = refs.length - 1; i >= 0 && refs[i].res === res; i--) {
            const r = refs[i];
            const file = fileTargetOf(r);
            if (!file || file.kind !== 'path')
                continue;
            if (file.alias)
                pendingAliases.push({ uri: file.alias, path: file.path });
            if (seen.has(file.path))
                continue;
            seen.add(file.path);
            if (seen.size > maxFiles) {
                set.problems.push({
                    rule: 'ref-unresolved',
                    message: `More than ${maxFiles} schema files are reachable through $ref from ${rootPath}; Guardian stops loading there. Split the contract.`,
                    location: refLocation(r),
                });
                break;
            }
            queue.push({ path: file.path, from: r });
        }
    }
    for (const a of pendingAliases) {
        const res = set.resources.get(a.path);
        if (res && !set.byUri.has(a.uri)) {
            set.byUri.set(a.uri, { res, segments: [] });
            res.aliases.push(a.uri);
        }
    }
    // Phase 2: every ref must resolve; report each one that does not, at its line.
    for (const r of refs) {
        const file = fileTargetOf(r);
        if (file?.kind === 'outside') {
            set.problems.push({ rule: 'ref-outside-repository', message: file.message, location: refLocation(r) });
            continue;
        }
        const out = resolveUri(set, r.ref, r.base);
        if (out.kind === 'ok' || out.kind === 'meta')
            continue;
        let message = out.message;
        if (file?.kind === 'path' && missing.has(file.path)) {
            message = `\`$ref\` "${r.ref}" points to ${file.path}, which does not exist at ${opts.revision}. Add the file or fix the reference.`;
        }
        set.problems.push({ rule: out.kind === 'remote' ? 'ref-remote' : 'ref-unresolved', message, location: refLocation(r) });
    }
    return set;
}
function makeResource(doc, inherited, opts, set) {
    const fileUri = fileUriOf(doc.path);
    const v = doc.value;
    let draft = inherited ?? opts.defaultDraft;
    if ((0,_schema_keywords_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(v) && typeof v.$schema === 'string') {
        const d = (0,_schema_keywords_js__WEBPACK_IMPORTED_MODULE_1__/* .draftOf */ .bz)(v.$schema);
        if (d)
            draft = d;
        else {
            set.problems.push({
                rule: 'schema-unsupported-draft',
                message: `${doc.path} declares "$schema": "${v.$schema}", which Guardian does not support (draft-07, 2019-09 and 2020-12 are). ` +
                    `Migrate the schema to draft-07 or 2020-12; Guardian validates it as ${draft} meanwhile.`,
                location: (0,_source_doc_js__WEBPACK_IMPORTED_MODULE_2__/* .locate */ .x5)(doc, ['$schema']),
            });
        }
    }
    let uri = fileUri;
    if ((0,_schema_keywords_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(v) && typeof v.$id === 'string' && !v.$id.startsWith('#')) {
        try {
            uri = stripFragment(new URL(v.$id, fileUri).href);
        }
        catch {
            /* an invalid $id is reported by meta-schema validation */
        }
    }
    return { doc, uri, fileUri, draft, aliases: [] };
}
function indexResource(res, set, refs) {
    const visitSchema = (value, segments, base, depth) => {
        if (!(0,_schema_keywords_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(value) || depth > 200)
            return;
        let here = base;
        if (typeof value.$id === 'string') {
            if (value.$id.startsWith('#') && res.draft === 'draft-07') {
                set.anchors.set(`${base}${value.$id}`, { res, segments });
            }
            else if (segments.length > 0) {
                try {
                    here = stripFragment(new URL(value.$id, base).href);
                    set.byUri.set(here, { res, segments });
                }
                catch {
                    /* reported by meta-schema validation */
                }
            }
        }
        for (const k of ['$anchor', '$dynamicAnchor']) {
            const a = value[k];
            if (typeof a === 'string')
                set.anchors.set(`${here}#${a}`, { res, segments });
        }
        for (const k of ['$ref', '$dynamicRef', '$recursiveRef']) {
            const r = value[k];
            if (typeof r === 'string')
                refs.push({ res, segments: [...segments, k], ref: r, base: here });
        }
        const known = new Set();
        for (const [rel, child] of (0,_schema_keywords_js__WEBPACK_IMPORTED_MODULE_1__/* .childSchemas */ .T8)(value)) {
            known.add(rel[0]);
            visitSchema(child, [...segments, ...rel], here, depth + 1);
        }
        for (const [k, child] of Object.entries(value)) {
            if (known.has(k) || _schema_keywords_js__WEBPACK_IMPORTED_MODULE_1__/* .DATA_VALUED */ .Vg.has(k) || k === 'items' || k === 'dependencies')
                continue;
            visitAny(child, [...segments, k], here, depth + 1);
        }
    };
    // Unknown keywords (e.g. OpenAPI `components`) may hold schemas that refs point into.
    const visitAny = (value, segments, base, depth) => {
        if (depth > 200)
            return;
        if (Array.isArray(value))
            value.forEach((v, i) => visitAny(v, [...segments, String(i)], base, depth + 1));
        else if ((0,_schema_keywords_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(value))
            visitSchema(value, segments, base, depth);
    };
    visitSchema(res.doc.value, [], res.uri, 0);
}
/** The repository file a ref needs, when it names one by a relative path (pure). */
function fileTargetOf(r) {
    const hash = r.ref.indexOf('#');
    const docPart = hash === -1 ? r.ref : r.ref.slice(0, hash);
    if (docPart === '')
        return null;
    if (/^file:/i.test(docPart)) {
        return {
            kind: 'outside',
            message: `\`$ref\` "${r.ref}" is an absolute file URI: Guardian only reads schemas inside the repository. Use a path relative to ${r.res.doc.path}.`,
        };
    }
    if (/^[a-z][a-z0-9+.-]*:/i.test(docPart))
        return null;
    let relPath;
    try {
        relPath = decodeURIComponent(docPart.replace(/[?].*$/, ''));
    }
    catch {
        return null;
    }
    let fromDir;
    let alias;
    if (r.base.startsWith('file:///')) {
        fromDir = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(decodeURIComponent(new URL(r.base).pathname).slice(1));
    }
    else {
        // The base is an http(s)/urn `$id`: the ref names a URI; a sibling file may declare it.
        fromDir = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(r.res.doc.path);
        try {
            alias = stripFragment(new URL(docPart, r.base).href);
        }
        catch {
            return null;
        }
    }
    if (relPath.startsWith('/')) {
        return {
            kind: 'outside',
            message: `\`$ref\` "${r.ref}" is an absolute path: Guardian resolves refs relative to the referencing file (${r.res.doc.path}). Use a relative path.`,
        };
    }
    const joined = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(fromDir === '.' ? '' : fromDir, relPath));
    if (joined === '..' || joined.startsWith('../')) {
        return {
            kind: 'outside',
            message: `\`$ref\` "${r.ref}" resolves to ${joined}, outside the repository: Guardian never reads files outside it. Copy the schema into the repository and reference it there.`,
        };
    }
    return alias ? { kind: 'path', path: joined, alias } : { kind: 'path', path: joined };
}
function refLocation(r) {
    return (0,_source_doc_js__WEBPACK_IMPORTED_MODULE_2__/* .locate */ .x5)(r.res.doc, r.segments);
}
function stripFragment(uri) {
    const i = uri.indexOf('#');
    return i === -1 ? uri : uri.slice(0, i);
}
/** Resolves a ref string against a base URI within a loaded set (pure over the set). */
function resolveUri(set, ref, base) {
    let abs;
    try {
        abs = new URL(ref, base).href;
    }
    catch {
        return { kind: 'unresolved', message: `\`$ref\` "${ref}" is not a valid URI reference relative to ${base}. Fix the reference.` };
    }
    if ((0,_schema_keywords_js__WEBPACK_IMPORTED_MODULE_1__/* .isMetaSchemaUri */ .Rz)(abs))
        return { kind: 'meta', uri: abs };
    const hash = abs.indexOf('#');
    const docPart = hash === -1 ? abs : abs.slice(0, hash);
    let frag = hash === -1 ? '' : abs.slice(hash + 1);
    try {
        frag = decodeURIComponent(frag);
    }
    catch {
        return { kind: 'unresolved', message: `\`$ref\` "${ref}" has a malformed percent-encoded fragment. Fix the reference.` };
    }
    const t = set.byUri.get(docPart);
    if (!t) {
        if (/^https?:/i.test(docPart)) {
            return {
                kind: 'remote',
                message: `\`$ref\` "${ref}" points to the network (${docPart}); Guardian never fetches schemas. ` +
                    'Vendor the schema into the repository and reference it by a relative path (or give the vendored file this `$id`).',
            };
        }
        return { kind: 'unresolved', message: `\`$ref\` "${ref}" names ${docPart}, which no loaded schema declares. Fix the reference or add the schema.` };
    }
    let segments;
    if (frag === '')
        segments = t.segments;
    else if (frag.startsWith('/')) {
        try {
            segments = [...t.segments, ...(0,_pointer_js__WEBPACK_IMPORTED_MODULE_3__/* .fromPointer */ .kU)(frag)];
        }
        catch {
            return { kind: 'unresolved', message: `\`$ref\` "${ref}" has an invalid JSON pointer fragment. Fix the reference.` };
        }
        if ((0,_pointer_js__WEBPACK_IMPORTED_MODULE_3__/* .getAt */ .sM)(t.res.doc.value, segments) === undefined) {
            return {
                kind: 'unresolved',
                message: `\`$ref\` "${ref}" points to #${frag} in ${t.res.doc.path}, which does not exist there. Fix the pointer or add the definition.`,
            };
        }
    }
    else {
        const a = set.anchors.get(`${docPart}#${frag}`);
        if (!a)
            return { kind: 'unresolved', message: `\`$ref\` "${ref}": no anchor "${frag}" is declared in ${t.res.doc.path}. Fix the reference.` };
        segments = a.segments;
    }
    return { kind: 'ok', target: refAt(t.res, segments) };
}
/** The subschema at `segments` of a resource, with its base URI computed along the way. */
function refAt(res, segments) {
    let base = res.uri;
    let cur = res.doc.value;
    for (const seg of segments) {
        cur = (0,_pointer_js__WEBPACK_IMPORTED_MODULE_3__/* .getAt */ .sM)(cur, [seg]);
        if ((0,_schema_keywords_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(cur) && typeof cur.$id === 'string' && !cur.$id.startsWith('#')) {
            try {
                base = stripFragment(new URL(cur.$id, base).href);
            }
            catch {
                /* keep the outer base */
            }
        }
    }
    return { res, segments, base, value: cur };
}
function rootRef(set) {
    return set.root ? refAt(set.root, []) : null;
}
/** A child subschema of `ref` (e.g. ['properties', 'name']). */
function childRef(ref, rel) {
    let base = ref.base;
    let cur = ref.value;
    for (const seg of rel) {
        cur = (0,_pointer_js__WEBPACK_IMPORTED_MODULE_3__/* .getAt */ .sM)(cur, [seg]);
        if ((0,_schema_keywords_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(cur) && typeof cur.$id === 'string' && !cur.$id.startsWith('#')) {
            try {
                base = stripFragment(new URL(cur.$id, base).href);
            }
            catch {
                /* keep */
            }
        }
    }
    return { res: ref.res, segments: [...ref.segments, ...rel], base, value: cur };
}
/** Resolves the `$ref` (or `$dynamicRef`/`$recursiveRef`) held by a subschema, if any. */
function refTarget(set, ref) {
    if (!(0,_schema_keywords_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(ref.value))
        return null;
    for (const k of ['$ref', '$dynamicRef', '$recursiveRef']) {
        const r = ref.value[k];
        if (typeof r === 'string')
            return resolveUri(set, r, ref.base);
    }
    return null;
}
/** A stable key for a subschema (file + pointer), for cycle detection and caches. */
function refKey(ref) {
    return `${ref.res.doc.path}#/${ref.segments.join('/')}`;
}
/** Every file's sha256 in the set, sorted by path. */
function digests(set) {
    return [...set.resources.values()].map((r) => ({ path: r.doc.path, sha256: r.doc.sha256 })).sort((a, b) => a.path.localeCompare(b.path));
}


/***/ }),

/***/ 8333:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x5: () => (/* binding */ locate),
  PJ: () => (/* binding */ parseSource),
  Wn: () => (/* binding */ pointLocation)
});

// UNUSED EXPORTS: isYamlPath, nodeAt, spanLocation

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/yaml-guard.ts
var yaml_guard = __webpack_require__(8156);
// EXTERNAL MODULE: ./src/data-pack.ts
var data_pack = __webpack_require__(4393);
// EXTERNAL MODULE: ./src/checks/contracts/json-parse.ts
var json_parse = __webpack_require__(8037);
;// CONCATENATED MODULE: ./src/checks/contracts/line-index.ts
/**
 * Offset → 1-based line/column over a text, for annotations (pure). Lines end at `\n` only, as
 * git, GitHub and the pipeline count them (a CRLF's `\r` ends the line's text; a lone `\r` does
 * not start a new line).
 */
class LineIndex {
    text;
    /** Offset of the first character of each line. */
    starts;
    constructor(text) {
        this.text = text;
        const starts = [0];
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
            starts.push(i + 1);
        this.starts = starts;
    }
    /** Line and column (both 1-based) of a UTF-16 offset; offsets past the end clamp to the end. */
    at(offset) {
        const o = Math.max(0, Math.min(offset, this.text.length));
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= o)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: o - this.starts[lo] + 1 };
    }
}

;// CONCATENATED MODULE: ./src/checks/contracts/text-decode.ts
/** Bytes → text for schema and example files, with the position of the first bad byte (pure). */
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
/** Decodes UTF-8 (a BOM is dropped); refuses binary content and invalid UTF-8 with a position. */
function decodeText(bytes) {
    const nul = bytes.indexOf(0);
    if (nul !== -1) {
        const { line, column } = bytePosition(bytes, nul);
        return { ok: false, message: 'the file contains a NUL byte: it is binary, not JSON or YAML text', line, column };
    }
    try {
        return { ok: true, text: decoder.decode(bytes) };
    }
    catch {
        const bad = firstInvalidUtf8(bytes);
        const { line, column } = bytePosition(bytes, bad);
        return { ok: false, message: `invalid UTF-8 at byte ${bad}: save the file as UTF-8`, line, column };
    }
}
/** Byte offset of the first byte that does not start a well-formed UTF-8 sequence. */
function firstInvalidUtf8(b) {
    let i = 0;
    while (i < b.length) {
        const c = b[i];
        let need;
        let min;
        if (c < 0x80) {
            i++;
            continue;
        }
        else if (c >= 0xc2 && c <= 0xdf) {
            need = 1;
            min = 0x80;
        }
        else if (c >= 0xe0 && c <= 0xef) {
            need = 2;
            min = 0x800;
        }
        else if (c >= 0xf0 && c <= 0xf4) {
            need = 3;
            min = 0x10000;
        }
        else
            return i;
        let cp = c & (0x3f >> need);
        for (let k = 1; k <= need; k++) {
            const n = b[i + k];
            if (n === undefined || (n & 0xc0) !== 0x80)
                return i;
            cp = (cp << 6) | (n & 0x3f);
        }
        if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return i;
        i += need + 1;
    }
    return b.length;
}
/** 1-based line and column (counted in bytes, the best we can do for undecodable text). */
function bytePosition(b, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset && i < b.length; i++) {
        if (b[i] === 10) {
            line++;
            lineStart = i + 1;
        }
    }
    return { line, column: offset - lineStart + 1 };
}

;// CONCATENATED MODULE: ./src/checks/contracts/source-doc.ts
/**
 * Schema and example files parsed with positions: JSON through our own parser, YAML through
 * `yaml`'s AST, both into the same {@link PosNode} tree so JSON pointers map to lines (pure).
 */






function isYamlPath(path) {
    return /\.ya?ml$/i.test(path);
}
function parseSource(path, bytes, maxBytes = Number.POSITIVE_INFINITY) {
    if (bytes.length > maxBytes) {
        return {
            ok: false,
            problem: { path, line: 1, column: 1, message: `the file is ${bytes.length} bytes, over the ${maxBytes}-byte limit (checks.contracts.maxFileBytes)` },
        };
    }
    const decoded = decodeText(bytes);
    if (!decoded.ok)
        return { ok: false, problem: { path, line: decoded.line, column: decoded.column, message: decoded.message } };
    const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
    const lines = new LineIndex(text);
    const digest = (0,data_pack/* sha256Hex */.fg)(bytes);
    if (isYamlPath(path))
        return parseYaml(path, text, lines, digest);
    const r = (0,json_parse/* parseJsonWithPositions */.ed)(text);
    if (!r.ok) {
        const { line, column } = lines.at(r.offset);
        return { ok: false, problem: { path, line, column, message: `invalid JSON: ${r.message}` } };
    }
    return { ok: true, doc: { path, format: 'json', text, lines, value: r.value, root: r.root, sha256: digest } };
}
function parseYaml(path, text, lines, digest) {
    const tooDeep = (0,yaml_guard/* yamlNestingProblem */.B)(text);
    if (tooDeep) {
        const { line, column } = lines.at(tooDeep.offset);
        return { ok: false, problem: { path, line, column, message: `invalid YAML: ${tooDeep.message}` } };
    }
    const doc = (0,dist/* parseDocument */.Tp)(text, { prettyErrors: false, uniqueKeys: true, schema: 'core' });
    const err = doc.errors[0];
    if (err) {
        const { line, column } = lines.at(err.pos[0]);
        return { ok: false, problem: { path, line, column, message: `invalid YAML: ${err.message.split('\n')[0].trim()}` } };
    }
    let value;
    try {
        value = doc.toJS({ maxAliasCount: 100 });
    }
    catch (e) {
        return { ok: false, problem: { path, line: 1, column: 1, message: `invalid YAML: ${e.message}` } };
    }
    const root = yamlToPos(doc, doc.contents, 0) ?? { kind: 'null', start: 0, end: 0 };
    return { ok: true, doc: { path, format: 'yaml', text, lines, value, root, sha256: digest } };
}
function yamlToPos(doc, node, depth) {
    if (!node || depth > 512)
        return undefined;
    if ((0,dist/* isAlias */.Vj)(node)) {
        const target = node.resolve(doc);
        const inner = yamlToPos(doc, target, depth + 1);
        const [start, end] = node.range ?? [0, 0];
        return inner ? { ...inner, start, end } : undefined;
    }
    const [start, end] = node.range ?? [0, 0];
    if ((0,dist/* isMap */.jh)(node)) {
        const entries = new Map();
        for (const pair of node.items) {
            if (!(0,dist/* isPair */.tO)(pair))
                continue;
            const keyNode = pair.key;
            const key = (0,dist/* isScalar */.jn)(keyNode) ? String(keyNode.value) : String(keyNode);
            const child = yamlToPos(doc, pair.value, depth + 1) ?? {
                kind: 'null',
                start: keyNode?.range?.[1] ?? start,
                end: keyNode?.range?.[1] ?? start,
            };
            if (keyNode?.range) {
                child.keyStart = keyNode.range[0];
                child.keyEnd = keyNode.range[1];
            }
            entries.delete(key);
            entries.set(key, child);
        }
        return { kind: 'object', start, end, entries };
    }
    if ((0,dist/* isSeq */.oP)(node)) {
        const items = [];
        for (const it of node.items)
            items.push(yamlToPos(doc, it, depth + 1) ?? { kind: 'null', start, end: start });
        return { kind: 'array', start, end, items };
    }
    if ((0,dist/* isScalar */.jn)(node)) {
        const v = node.value;
        const kind = v === null ? 'null' : typeof v === 'string' ? 'string' : typeof v === 'boolean' ? 'boolean' : 'number';
        return { kind, start, end };
    }
    return undefined;
}
/** The deepest node along `segments` and how many segments it consumed. */
function nodeAt(root, segments) {
    let node = root;
    let depth = 0;
    for (const seg of segments) {
        let next;
        if (node.entries)
            next = node.entries.get(seg);
        else if (node.items && /^(0|[1-9]\d*)$/.test(seg))
            next = node.items[Number(seg)];
        if (!next)
            break;
        node = next;
        depth++;
    }
    return { node, depth };
}
/**
 * Location of the value at `segments` (or of the deepest existing ancestor). A member starts
 * at its key, so the annotation lands on the `"name": …` line; it spans the value when the
 * value ends on that line, else just the key.
 */
function locate(doc, segments) {
    return spanLocation(doc, nodeAt(doc.root, segments).node);
}
function spanLocation(doc, node) {
    const start = node.keyStart ?? node.start;
    const s = doc.lines.at(start);
    let endOffset = Math.max(start, node.end - 1);
    let e = doc.lines.at(endOffset);
    if (e.line !== s.line) {
        endOffset = Math.max(start, (node.keyEnd ?? node.start + 1) - 1);
        e = doc.lines.at(endOffset);
    }
    return { path: doc.path, startLine: s.line, startColumn: s.column, endLine: e.line, endColumn: e.column };
}
/** Location of a single point (a syntax error). */
function pointLocation(problem) {
    return { path: problem.path, startLine: problem.line, startColumn: problem.column, endLine: problem.line, endColumn: problem.column };
}


/***/ }),

/***/ 2976:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ runBounded),
/* harmony export */   i: () => (/* binding */ BoundedMatcher)
/* harmony export */ });
/* harmony import */ var node_vm__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(714);
/* harmony import */ var node_vm__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_vm__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Regular expressions from untrusted sources (a user's content rule, a PR's schema `pattern`)
 * run under a time bound, so a catastrophic pattern such as `(a+)+$` cannot hang the run.
 *
 * {@link runBounded} calls a function from a script in a `node:vm` context with the `timeout`
 * option: when the bound expires V8 interrupts whatever JavaScript is running, a backtracking
 * regular expression included (irregexp checks for interrupts while it backtracks). Each call
 * starts a watchdog (about 0.3 ms), so many small tests are batched into one call.
 */

const sandbox = node_vm__WEBPACK_IMPORTED_MODULE_0___default().createContext(Object.create(null));
const call = new (node_vm__WEBPACK_IMPORTED_MODULE_0___default().Script)('__fn()', { filename: 'guardian-time-bound.js' });
/** `fn()`, or `{ ok: false }` when it ran out of time; other errors are thrown. Do not nest. */
function runBounded(fn, timeoutMs) {
    sandbox.__fn = fn;
    try {
        return { ok: true, value: call.runInContext(sandbox, { timeout: timeoutMs }) };
    }
    catch (e) {
        if (e.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT')
            return { ok: false };
        throw e;
    }
    finally {
        sandbox.__fn = undefined;
    }
}
/**
 * Matches files in batches under one bound. A batch that runs out of time is re-run file by
 * file and pattern by pattern under the per-file bound; a pattern that exceeds it is reported
 * and dropped for the rest of the run, so the whole scan costs at most
 * (patterns × (batch bound + file bound)) on top of normal matching.
 */
class BoundedMatcher {
    patterns;
    opts;
    /** Patterns dropped after a timeout. */
    dropped = new Set();
    timeouts = [];
    constructor(patterns, opts) {
        this.patterns = patterns;
        this.opts = opts;
        for (const p of patterns)
            if (!p.regex.global)
                throw new Error(`pattern ${p.id} must be compiled with the g flag`);
    }
    /** Matches of every file's patterns (null where a dropped pattern was not evaluated). */
    scan(files) {
        if (files.length === 0)
            return [];
        const batch = runBounded(() => files.map((f) => f.patterns.map((p) => (this.dropped.has(p) ? null : this.matches(p, f.text)))), this.opts.batchTimeoutMs);
        if (batch.ok)
            return batch.value;
        // Too slow as a batch: find the culprit file by file, pattern by pattern.
        return files.map((file) => file.patterns.map((p) => {
            if (this.dropped.has(p))
                return null;
            const one = runBounded(() => this.matches(p, file.text), this.opts.fileTimeoutMs);
            if (one.ok)
                return one.value;
            this.dropped.add(p);
            this.timeouts.push({ patternId: this.patterns[p].id, path: file.path });
            return null;
        }));
    }
    matches(p, text) {
        const re = this.patterns[p].regex;
        const hits = [];
        re.lastIndex = 0;
        let m;
        while (hits.length < 2 * this.opts.maxMatches && (m = re.exec(text)) !== null) {
            hits.push(m.index, m[0].length);
            if (m[0].length === 0)
                re.lastIndex++;
        }
        return hits;
    }
}


/***/ }),

/***/ 3617:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parsePack: () => (/* binding */ parsePack)
/* harmony export */ });
/* harmony import */ var _config_yaml_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2865);
/* harmony import */ var _config_zod_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5079);
/* harmony import */ var _data_pack_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4393);



/** Parses and validates pack text; throws {@link DataPackError} naming file:line:column. */
function parsePack(text, spec) {
    const src = (0,_config_yaml_source_js__WEBPACK_IMPORTED_MODULE_0__/* .parseYamlSource */ .W)(spec.file, text);
    if (src.errors.length)
        throw new _data_pack_js__WEBPACK_IMPORTED_MODULE_2__/* .DataPackError */ .Eg(src.errors);
    const parsed = spec.schema.safeParse(src.value, { reportInput: true });
    if (!parsed.success)
        throw new _data_pack_js__WEBPACK_IMPORTED_MODULE_2__/* .DataPackError */ .Eg((0,_config_zod_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .formatIssues */ .o)(src, spec.schema, parsed.error.issues));
    const cross = spec.crossCheck?.(parsed.data) ?? [];
    if (cross.length) {
        throw new _data_pack_js__WEBPACK_IMPORTED_MODULE_2__/* .DataPackError */ .Eg(cross.map((c) => {
            const pos = (0,_config_yaml_source_js__WEBPACK_IMPORTED_MODULE_0__/* .positionOf */ .d)(src, c.path);
            return `${spec.file}:${pos.line}:${pos.column} ${c.path.join('.')}: ${c.message}`;
        }));
    }
    return parsed.data;
}


/***/ }),

/***/ 4393:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eg: () => (/* binding */ DataPackError),
/* harmony export */   eC: () => (/* binding */ loadPack),
/* harmony export */   fg: () => (/* binding */ sha256Hex)
/* harmony export */ });
/* unused harmony export compiledPackPath */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/**
 * Data packs: the rule data gates read from `rules/*.yaml` (marker lists, language tables,
 * workflow-audit contexts, taxonomies). Each is read once per process, hashed (sha256 of the
 * bytes, for the evidence bundle) and validated with the gate's zod schema; every error names
 * file:line:column and the key path.
 *
 * YAML parsing is the slow part of start-up, so the build keeps a JSON copy of each pack in
 * `dist/rules/<name>.json` as `{ sha256, data }`. The copy is used only when its digest matches
 * the YAML beside it, and it is validated all the same; otherwise the YAML decides.
 */



class DataPackError extends Error {
    problems;
    constructor(problems) {
        super(`Invalid Guardian data:\n${problems.join('\n')}`);
        this.problems = problems;
        this.name = 'DataPackError';
    }
}
/** Where the build writes the JSON copy of a pack. */
function compiledPackPath(installDir, file) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(installDir, 'dist', 'rules', (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(file).replace(/\.ya?ml$/, '.json'));
}
function sha256Hex(bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex');
}
const cache = new Map();
/** Loads a pack from Guardian's install folder, once per process and folder. */
function loadPack(installDir, spec) {
    const key = `${installDir}\0${spec.file}`;
    let p = cache.get(key);
    if (!p) {
        p = readPack(installDir, spec);
        cache.set(key, p);
        p.catch(() => cache.delete(key));
    }
    return p;
}
async function readPack(installDir, spec) {
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(installDir, spec.file);
    let bytes;
    try {
        bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(abs);
    }
    catch (e) {
        throw new DataPackError([`${spec.file}: cannot read ${abs} (${e.message}); reinstall Guardian.`]);
    }
    const sha256 = sha256Hex(bytes);
    const compiled = await readCompiled(installDir, spec.file, sha256);
    if (compiled !== undefined) {
        const parsed = spec.schema.safeParse(compiled);
        if (parsed.success && (spec.crossCheck?.(parsed.data) ?? []).length === 0)
            return { file: spec.file, data: parsed.data, sha256 };
    }
    // The slow path (YAML with positions) loads only when the JSON copy is missing or stale.
    const { parsePack } = await __webpack_require__.e(/* import() */ 998).then(__webpack_require__.bind(__webpack_require__, 3617));
    return { file: spec.file, data: parsePack(bytes.toString('utf8'), spec), sha256 };
}
async function readCompiled(installDir, file, sha256) {
    try {
        const copy = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(compiledPackPath(installDir, file), 'utf8'));
        return copy.sha256 === sha256 ? copy.data : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ })

};
