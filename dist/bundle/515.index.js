export const id = 515;
export const ids = [515];
export const modules = {

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

/***/ 3262:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  u: () => (/* binding */ composePureGrammar)
});

// UNUSED EXPORTS: composeElement

// EXTERNAL MODULE: ./src/pure/protocol/context.ts
var context = __webpack_require__(9516);
// EXTERNAL MODULE: ./src/pure/grammar/strings.ts
var strings = __webpack_require__(1722);
// EXTERNAL MODULE: ./src/pure/composer/format.ts
var format = __webpack_require__(3954);
// EXTERNAL MODULE: ./src/pure/composer/valueSpecification.ts
var valueSpecification = __webpack_require__(8591);
// EXTERNAL MODULE: ./src/pure/grammar/functionSignature.ts
var functionSignature = __webpack_require__(3074);
;// CONCATENATED MODULE: ./src/pure/composer/relational.ts




/** The content of `Relational #{ ... }#` test data. */
function composeRelationalCsv(data, indent) {
    return data.tables
        .map((t) => {
        // Java's split("\\n") drops trailing empty strings
        const lines = t.values.split('\n');
        if (t.values !== '')
            while (lines.length > 0 && lines[lines.length - 1] === '')
                lines.pop();
        const rows = lines.map((l) => indent + '  ' + (0,strings/* quoteString */.Ov)(l + '\n')).join('+\n');
        return indent + t.schema + '.' + t.table + ':\n' + rows + ';';
    })
        .join('\n\n');
}
const INFIX = {
    equal: ' = ',
    greaterThan: ' > ',
    lessThan: ' < ',
    greaterThanEqual: ' >= ',
    lessThanEqual: ' <= ',
    notEqual: ' != ',
    notEqualAnsi: ' <> ',
};
function relationalOperation(op, ctx) {
    const o = op;
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
            const v = o.value;
            if (typeof v === 'string')
                return (0,strings/* quoteString */.Ov)(v);
            if (typeof v === 'number')
                return Number.isInteger(v) && !String(v).includes('.') ? String(v) : String(v);
            if (v && typeof v === 'object')
                return relationalOperation(v, ctx);
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
function dynaFunc(f, ctx) {
    const r = (x) => relationalOperation(x, ctx);
    if (ctx.useFunctionNames && f.funcName !== 'group')
        return (0,format/* identifier */.Cv)(f.funcName) + '(' + f.parameters.map(r).join(', ') + ')';
    switch (f.funcName) {
        case 'group':
            return f.parameters.length === 1 ? '(' + r(f.parameters[0]) + ')' : "/* Unable to transform operation: exactly 1 parameter is expected for '(group)' operation */";
        case 'and':
        case 'or':
            return f.parameters.map(r).join(' ' + (0,format/* identifier */.Cv)(f.funcName) + ' ');
        case 'isNull':
            return r(f.parameters[0]) + ' is null';
        case 'isNotNull':
            return r(f.parameters[0]) + ' is not null';
        default: {
            const infix = INFIX[f.funcName];
            if (infix && f.parameters.length === 2)
                return r(f.parameters[0]) + infix + r(f.parameters[1]);
            return (0,format/* identifier */.Cv)(f.funcName) + '(' + f.parameters.map(r).join(', ') + ')';
        }
    }
}
function dbPointer(db) {
    return '[' + db + ']';
}
function tableAliasColumn(c, ctx) {
    const db = c.table.database;
    const selfJoin = c.table.table === '{target}' && c.tableAlias === '{target}';
    return ((db ? (ctx.currentDatabase !== undefined && ctx.currentDatabase === db ? '' : dbPointer(db)) : '') +
        (c.table.schema && c.table.schema !== 'default' && !selfJoin ? c.table.schema + '.' : '') +
        c.table.table +
        (c.column !== undefined ? '.' + c.column : ''));
}
function joinType(t) {
    return t === 'LEFT_OUTER' ? 'OUTER' : t;
}
function firstJoinPointer(j) {
    return (j.db ? dbPointer(j.db) : '') + (j.joinType !== undefined ? ' (' + joinType(j.joinType) + ') ' : '') + '@' + (0,format/* identifier */.Cv)(j.name);
}
function joinPointer(j) {
    return (j.joinType !== undefined ? '(' + joinType(j.joinType) + ') ' : '') + (j.db ? dbPointer(j.db) : '') + '@' + (0,format/* identifier */.Cv)(j.name);
}
function elementWithJoins(e, ctx) {
    let s = '';
    if (e.joins.length > 0) {
        s += firstJoinPointer(e.joins[0]);
        if (e.joins.length > 1)
            s += ' > ' + e.joins.slice(1).map(joinPointer).join(' > ');
    }
    if (e.relationalElement)
        s += (e.joins.length > 0 ? ' | ' : '') + relationalOperation(e.relationalElement, ctx);
    return s;
}
function filterMapping(f) {
    const joins = f.joins ?? [];
    const first = joins[0];
    const firstJoin = first ? (first.db ? dbPointer(first.db) : '') + ' ' + (first.joinType !== undefined ? '(' + joinType(first.joinType) + ') ' : '') + '@' + (0,format/* identifier */.Cv)(first.name) : '';
    const others = joins.length > 1 ? ' > ' + joins.slice(1).map(joinPointer).join(' > ') : '';
    const body = firstJoin + others + (joins.length > 0 ? ' | ' : '') + dbPointer(f.filter.db);
    return '~filter ' + (f.filter.db ? body : '') + (0,format/* identifier */.Cv)(f.filter.name);
}
// ----------------------------------------------------------------------------------------------- database
function composeDatabase(db) {
    const dbPath = (0,format/* path */.Ae)(db.package ? db.package + '::' + db.name : db.name);
    const ctx = { currentDatabase: dbPath, useFunctionNames: false };
    const nonDefault = db.schemas.filter((s) => s.name !== 'default');
    const defaultSchema = db.schemas.find((s) => s.name === 'default');
    let s = declarationPrefix('Database', '', db.stereotypes ?? [], db.taggedValues ?? []) + dbPath + '\n(\n';
    let nonEmpty = false;
    if (db.includedStores.length > 0) {
        s += db.includedStores.map((i) => (0,format/* tabs */.vR)(1) + 'include ' + (0,format/* path */.Ae)(i.path)).join('\n') + '\n';
        nonEmpty = true;
    }
    const specs = db.includedStoreSpecifications;
    if (specs && specs.length > 0) {
        s += specs.map((i) => (0,format/* tabs */.vR)(1) + 'include ' + i.storeType + ' ' + i.packageableElementPointer.path).join('\n') + '\n';
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
        s += (nonEmpty ? '\n' : '') + db.joins.map((j) => (0,format/* tabs */.vR)(1) + 'Join ' + (0,format/* identifier */.Cv)(j.name) + '(' + relationalOperation(j.operation, ctx) + ')').join('\n') + '\n';
        nonEmpty = true;
    }
    if (db.filters.length > 0) {
        s +=
            (nonEmpty ? '\n' : '') +
                db.filters
                    .map((f) => (0,format/* tabs */.vR)(1) + (f._type === 'multigrain' ? 'MultiGrainFilter ' : 'Filter ') + (0,format/* identifier */.Cv)(f.name) + '(' + relationalOperation(f.operation, ctx) + ')')
                    .join('\n') +
                '\n';
    }
    return s + ')';
}
function schema(sc, ctx) {
    let s = (0,format/* tabs */.vR)(1) + declarationPrefix('Schema', (0,format/* tabs */.vR)(1), sc.stereotypes ?? [], sc.taggedValues ?? []) + sc.name + '\n' + (0,format/* tabs */.vR)(1) + '(\n';
    let nonEmpty = false;
    if (sc.tables.length > 0) {
        s += sc.tables.map((t) => table(t, 2)).join('\n') + '\n';
        nonEmpty = true;
    }
    if (sc.views.length > 0)
        s += (nonEmpty ? '\n' : '') + sc.views.map((v) => view(v, 2, ctx)).join('\n') + '\n';
    return s + (0,format/* tabs */.vR)(1) + ')';
}
function table(t, indent) {
    let s = (0,format/* tabs */.vR)(indent) + declarationPrefix('Table', (0,format/* tabs */.vR)(indent), t.stereotypes ?? [], t.taggedValues ?? []) + t.name + '\n' + (0,format/* tabs */.vR)(indent) + '(\n';
    let nonEmpty = false;
    if (t.milestoning.length > 0) {
        s += (0,format/* tabs */.vR)(indent + 1) + 'milestoning\n' + (0,format/* tabs */.vR)(indent + 1) + '(\n' + t.milestoning.map((m) => milestoning(m, indent + 2)).join(',\n') + '\n' + (0,format/* tabs */.vR)(indent + 1) + ')\n';
        nonEmpty = true;
    }
    if (t.columns.length > 0)
        s += (nonEmpty ? '\n' : '') + t.columns.map((c) => column(c, t.primaryKey, indent + 1)).join(',\n') + '\n';
    return s + (0,format/* tabs */.vR)(indent) + ')';
}
function dataType(c) {
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
function column(c, primaryKey, indent) {
    const docPrefix = declarationPrefix('', (0,format/* tabs */.vR)(indent), [], (c.taggedValues ?? []).filter((tv) => tv.tag.value === 'doc'));
    const docOnly = docPrefix.startsWith("'''") ? docPrefix : '';
    const rest = docOnly ? (c.taggedValues ?? []).filter((tv) => !(tv.tag.value === 'doc')) : c.taggedValues ?? [];
    const name = c.name.startsWith('"') && c.name.endsWith('"') ? c.name : identifierDoubleQuoted(c.name);
    return ((0,format/* tabs */.vR)(indent) +
        docOnly +
        name +
        ' ' +
        annotations(c.stereotypes, rest) +
        dataType(c) +
        (primaryKey.includes(c.name) ? ' PRIMARY KEY' : !c.nullable ? ' NOT NULL' : ''));
}
/** A column name: bare when it is a plain identifier, otherwise in double quotes. */
function identifierDoubleQuoted(s) {
    return /^[A-Za-z_][A-Za-z0-9_$~]*$/.test(s) ? s : '"' + s.replace(/\\/g, '\\\\').replace(/"/g, '\\"') + '"';
}
function milestoning(m, indent) {
    const date = (d) => (d ? ', INFINITY_DATE = ' + (0,valueSpecification/* composeValueSpecification */.v3)(d) : '');
    switch (m._type) {
        case 'businessMilestoning':
            return (0,format/* tabs */.vR)(indent) + 'business(BUS_FROM = ' + m.from + ', BUS_THRU = ' + m.thru + (m.thruIsInclusive ? ', THRU_IS_INCLUSIVE = true' : '') + date(m.infinityDate) + ')';
        case 'businessSnapshotMilestoning':
            return (0,format/* tabs */.vR)(indent) + 'business(BUS_SNAPSHOT_DATE = ' + m.snapshotDate + ')';
        case 'processingMilestoning':
            return (0,format/* tabs */.vR)(indent) + 'processing(PROCESSING_IN = ' + m.in + ', PROCESSING_OUT = ' + m.out + (m.outIsInclusive ? ', OUT_IS_INCLUSIVE = true' : '') + date(m.infinityDate) + ')';
        case 'processingSnapshotMilestoning':
            return (0,format/* tabs */.vR)(indent) + 'processing(PROCESSING_SNAPSHOT_DATE = ' + m.snapshotDate + ')';
    }
}
function view(v, indent, ctx) {
    let s = (0,format/* tabs */.vR)(indent) + declarationPrefix('View', (0,format/* tabs */.vR)(indent), v.stereotypes ?? [], v.taggedValues ?? []) + v.name + '\n' + (0,format/* tabs */.vR)(indent) + '(\n';
    if (v.filter)
        s += (0,format/* tabs */.vR)(indent + 1) + filterMapping(v.filter) + '\n';
    if (v.groupBy.length > 0) {
        s += (0,format/* tabs */.vR)(indent + 1) + '~groupBy\n' + (0,format/* tabs */.vR)(indent + 1) + '(\n' + v.groupBy.map((o) => (0,format/* tabs */.vR)(indent + 2) + relationalOperation(o, ctx)).join(',\n') + '\n' + (0,format/* tabs */.vR)(indent + 1) + ')\n';
    }
    if (v.distinct)
        s += (0,format/* tabs */.vR)(indent + 1) + '~distinct\n';
    if (v.columnMappings.length > 0) {
        s +=
            v.columnMappings
                .map((c) => (0,format/* tabs */.vR)(indent + 1) + c.name + ': ' + relationalOperation(c.operation, ctx) + (v.primaryKey.includes(c.name) ? ' PRIMARY KEY' : ''))
                .join(',\n') + '\n';
    }
    return s + (0,format/* tabs */.vR)(indent) + ')';
}

;// CONCATENATED MODULE: ./src/pure/composer/data.ts





/** `Type\n#{\n<content>\n}#` at `indent`, the content one level deeper. */
function composeEmbeddedData(data, indent) {
    const inner = indent + format/* TAB */.wn;
    let type;
    let content;
    switch (data._type) {
        case 'externalFormat':
            type = 'ExternalFormat';
            content = inner + 'contentType: ' + (0,strings/* quoteString */.Ov)(data.contentType) + ';\n' + inner + 'data: ' + (0,strings/* quoteString */.Ov)(data.data) + ';';
            break;
        case 'reference':
            type = 'Reference';
            content = inner + (0,format/* path */.Ae)(data.dataElement.path);
            break;
        case 'modelStore':
            type = 'ModelStore';
            content = data.modelData.map((d) => modelTestData(d, inner)).join(',\n');
            break;
        case 'relationalCSVData':
            type = 'Relational';
            content = composeRelationalCsv(data, inner);
            break;
        default:
            return indent + `/* embedded data of type '${data._type}' is not rendered by the embedded engine */`;
    }
    return indent + type + '\n' + indent + '#{\n' + content + '\n' + indent + '}#';
}
function modelTestData(d, indent) {
    const head = indent + d.model + ':\n';
    const inner = indent + format/* TAB */.wn;
    if (d._type === 'modelEmbeddedData')
        return head + composeEmbeddedData(d.data, inner);
    const vs = d.instances;
    if (vs._type === 'packageableElementPtr') {
        return head + composeEmbeddedData({ _type: 'reference', dataElement: { type: 'DATA', path: vs.fullPath } }, inner);
    }
    const c = new ModelStoreValues(indent);
    if (vs._type === 'collection' && vs.values.length === 1) {
        c.level++;
        const s = head + inner + '[\n' + inner + format/* TAB */.wn + c.value(vs) + '\n';
        c.level--;
        return s + inner + ']';
    }
    return head + inner + c.value(vs);
}
/** Model store instance values, with the engine's collection layout (parentheses for `new`, brackets for lists). */
class ModelStoreValues {
    indent;
    level = 1;
    styles = ['[]'];
    constructor(indent) {
        this.indent = indent;
    }
    value(v) {
        switch (v._type) {
            case 'string':
                // always quoted: a model store value is never a text block
                return (0,strings/* quoteString */.Ov)(v.value);
            case 'enumValue':
                return (0,format/* path */.Ae)(v.fullPath) + '.' + (0,format/* identifier */.Cv)(v.value);
            case 'keyExpression': {
                this.styles.push('[]');
                const s = v.key.value + ' = ' + this.value(v.expression);
                this.styles.pop();
                return s;
            }
            case 'func': {
                const cls = v.parameters[0];
                const fullPath = cls && cls._type === 'packageableElementPtr' ? cls.fullPath : '';
                this.styles.push('()');
                const s = '^' + fullPath + this.value(v.parameters[2]);
                this.styles.pop();
                return s;
            }
            case 'collection': {
                const values = v.values;
                const oneLine = values.length <= 1 || (0,valueSpecification/* isPrimitiveValue */.tZ)(values[0]);
                return this.list(values, oneLine);
            }
            default:
                return (0,valueSpecification/* composeValueSpecification */.v3)(v);
        }
    }
    list(values, oneLine) {
        const style = this.styles[this.styles.length - 1];
        if (values.length === 0)
            return style;
        if (values.length === 1 && style === '[]')
            return this.value(values[0]);
        this.level++;
        this.styles.push('[]');
        const nl = '\n' + this.indent + format/* TAB */.wn.repeat(this.level);
        let s = style[0] + (oneLine ? '' : nl);
        s += values.map((x) => this.value(x)).join(oneLine ? ', ' : ',' + nl);
        this.styles.pop();
        this.level--;
        s += (oneLine ? '' : '\n' + this.indent + format/* TAB */.wn.repeat(this.level)) + style[1];
        return s;
    }
}
/** `id:\n  Type\n  #{\n    expected: ...;\n  }#` at `indent`. */
function composeTestAssertion(a, indent) {
    const one = indent + format/* TAB */.wn;
    const two = one + format/* TAB */.wn;
    let type;
    let content;
    switch (a._type) {
        case 'equalTo':
            type = 'EqualTo';
            content = two + 'expected:\n' + two + format/* TAB */.wn + (0,valueSpecification/* composeValueSpecification */.v3)(a.expected, { indent: two + format/* TAB */.wn, inSignature: false }) + ';';
            break;
        case 'equalToJson':
            type = 'EqualToJson';
            content = two + 'expected:\n' + composeEmbeddedData(a.expected, two + format/* TAB */.wn) + ';';
            break;
        default:
            type = 'Relation';
            content = two + '/* relation assertions are not rendered by the embedded engine */';
    }
    return indent + (0,format/* identifier */.Cv)(a.id) + ':\n' + one + type + '\n' + one + '#{\n' + content + '\n' + one + '}#';
}
/** A `###Data` element. */
function composeDataElement(e) {
    let s = declarationPrefix('Data', '', e.stereotypes ?? [], e.taggedValues ?? []) + (0,format/* path */.Ae)(e.package ? e.package + '::' + e.name : e.name) + '\n{\n';
    if (e.data)
        s += composeEmbeddedData(e.data, format/* TAB */.wn) + '\n';
    if (e.dataResolvers && e.dataResolvers.length > 0)
        s += e.dataResolvers.map((r) => dataResolver(r, format/* TAB */.wn)).join('\n') + '\n';
    return s + '}';
}
function dataResolver(r, indent) {
    if (r._type === 'referenceDataResolver')
        return indent + (0,format/* path */.Ae)(r.elementPointer.path) + ';';
    return indent + (0,format/* path */.Ae)(r.elementPointer.path) + ':\n' + composeEmbeddedData(r.data, indent + format/* TAB */.wn) + ';';
}

;// CONCATENATED MODULE: ./src/pure/composer/domain.ts





const DOC_PROFILE = 'meta::pure::profiles::doc';
function taggedValueString(tv) {
    return typeof tv.value === 'string' ? tv.value : tv.value.value;
}
function isDocTag(tv) {
    return tv.tag.value === 'doc' && (tv.tag.profile === 'doc' || tv.tag.profile === DOC_PROFILE);
}
function renderableAsDocumentation(value) {
    if (value === '' || value.includes("'''") || value.includes('\r') || value.startsWith('\n') || value.endsWith('\n'))
        return false;
    for (const line of value.split('\n')) {
        if (line.startsWith('###'))
            return false;
        if (line.length > 0 && /\s/.test(line[line.length - 1]))
            return false;
    }
    return true;
}
/** The one doc tagged value written as a `'''` block (authored multi-line and renderable), if any. */
function documentationOf(taggedValues) {
    let found;
    for (const tv of taggedValues) {
        if (!isDocTag(tv))
            continue;
        if (found)
            return undefined;
        found = tv;
    }
    if (!found || typeof found.value === 'string' || !found.value.multiLine)
        return undefined;
    return renderableAsDocumentation(found.value.value) ? found : undefined;
}
function renderDocumentation(doc, indent) {
    let s = "'''\n";
    for (const line of taggedValueString(doc).split('\n'))
        s += (line === '' ? '' : indent + line) + '\n';
    return s + indent + "'''\n" + indent;
}
function stereotypePointer(s) {
    return (0,format/* path */.Ae)(s.profile) + '.' + (0,format/* identifier */.Cv)(s.value);
}
function taggedValue(tv) {
    return (0,format/* path */.Ae)(tv.tag.profile) + '.' + (0,format/* identifier */.Cv)(tv.tag.value) + ' = ' + (0,strings/* quoteString */.Ov)(taggedValueString(tv));
}
function annotations(stereotypes, taggedValues) {
    return ((stereotypes && stereotypes.length > 0 ? '<<' + stereotypes.map(stereotypePointer).join(', ') + '>> ' : '') +
        (taggedValues && taggedValues.length > 0 ? '{' + taggedValues.map(taggedValue).join(', ') + '} ' : ''));
}
/** Documentation block, keyword and annotations of a declaration. */
function declarationPrefix(keyword, indent, stereotypes, taggedValues) {
    const doc = documentationOf(taggedValues);
    const rest = doc ? taggedValues.filter((tv) => tv !== doc) : taggedValues;
    return (doc ? renderDocumentation(doc, indent) : '') + (keyword === '' ? '' : keyword + ' ') + annotations(stereotypes, rest);
}
function aggregation(p) {
    switch (p.aggregation) {
        case 'NONE':
            return '(none) ';
        case 'SHARED':
            return '(shared) ';
        case 'COMPOSITE':
            return '(composite) ';
        default:
            return '';
    }
}
function property(p) {
    return (declarationPrefix('', format/* TAB */.wn, p.stereotypes, p.taggedValues) +
        aggregation(p) +
        (0,format/* identifier */.Cv)(p.name) +
        ': ' +
        (0,valueSpecification/* genericType */.k_)(p.genericType) +
        '[' +
        (0,format/* multiplicity */.As)(p.multiplicity) +
        ']' +
        (p.defaultValue ? ' = ' + (0,valueSpecification/* composeValueSpecification */.v3)(p.defaultValue.value) : ''));
}
function qualifiedProperty(q) {
    const params = q.parameters.filter((p) => p.name !== 'this');
    const body = q.body.map((b) => (0,valueSpecification/* composeValueSpecification */.v3)(b));
    return (declarationPrefix('', format/* TAB */.wn, q.stereotypes, q.taggedValues) +
        (0,format/* identifier */.Cv)(q.name) +
        '(' +
        params.map((p) => (0,valueSpecification/* composeValueSpecification */.v3)(p, { indent: '', inSignature: true })).join(', ') +
        ') {' +
        (body.length <= 1 ? body.join('\n') : '\n' + (0,format/* tabs */.vR)(2) + body.join(';\n' + (0,format/* tabs */.vR)(2)) + ';\n' + format/* TAB */.wn) +
        '}: ' +
        (0,valueSpecification/* genericType */.k_)(q.returnGenericType) +
        '[' +
        (0,format/* multiplicity */.As)(q.returnMultiplicity) +
        ']');
}
/** A lambda without its parameters, with the leading `|` removed (constraints, mapping expressions). */
function lambdaBody(l) {
    return (0,valueSpecification/* lambda */.u3)({ ...l, parameters: [] }, { indent: '', inSignature: false }).replace('|', '');
}
function constraint(c, index) {
    const fn = lambdaBody(c.functionDefinition);
    if (c.enforcementLevel === undefined && c.externalId === undefined && c.messageFunction === undefined) {
        return (String(index) === c.name ? '' : (0,format/* identifier */.Cv)(c.name) + ': ') + fn;
    }
    let s = c.name + '\n' + format/* TAB */.wn + '(\n';
    if (c.owner !== undefined)
        s += (0,format/* tabs */.vR)(2) + '~owner: ' + c.owner + '\n';
    if (c.externalId !== undefined)
        s += (0,format/* tabs */.vR)(2) + '~externalId: ' + (0,strings/* quoteString */.Ov)(c.externalId) + '\n';
    s += (0,format/* tabs */.vR)(2) + '~function: ' + fn + '\n';
    if (c.enforcementLevel !== undefined)
        s += (0,format/* tabs */.vR)(2) + '~enforcementLevel: ' + c.enforcementLevel + '\n';
    if (c.messageFunction)
        s += (0,format/* tabs */.vR)(2) + '~message: ' + lambdaBody(c.messageFunction) + '\n';
    return s + format/* TAB */.wn + ')';
}
function composeClass(c) {
    let s = declarationPrefix('Class', '', c.stereotypes, c.taggedValues) + (0,format/* path */.Ae)(elementPath(c));
    const superTypes = c.superTypes.map((t) => t.path).filter((t) => t !== 'meta::pure::metamodel::type::Any');
    if (superTypes.length > 0)
        s += ' extends ' + superTypes.join(', ');
    s += '\n';
    if (c.constraints.length > 0)
        s += '[\n' + c.constraints.map((x, i) => format/* TAB */.wn + constraint(x, i)).join(',\n') + '\n]\n';
    s += '{\n';
    if (c.properties.length > 0)
        s += c.properties.map((p) => format/* TAB */.wn + property(p) + ';').join('\n') + '\n';
    if (c.qualifiedProperties.length > 0)
        s += c.qualifiedProperties.map((q) => format/* TAB */.wn + qualifiedProperty(q) + ';').join('\n') + '\n';
    return s + '}';
}
function composeAssociation(a) {
    return (declarationPrefix('Association', '', a.stereotypes, a.taggedValues) +
        (0,format/* path */.Ae)(elementPath(a)) +
        '\n{\n' +
        a.properties.map((p) => format/* TAB */.wn + property(p) + ';').join('\n') +
        (a.properties.length === 0 ? '' : '\n') +
        a.qualifiedProperties.map((q) => format/* TAB */.wn + qualifiedProperty(q) + ';').join('\n') +
        (a.qualifiedProperties.length === 0 ? '' : '\n') +
        '}');
}
function enumValue(v) {
    return declarationPrefix('', format/* TAB */.wn, v.stereotypes, v.taggedValues) + (0,format/* identifier */.Cv)(v.value);
}
function composeEnumeration(e) {
    return (declarationPrefix('Enum', '', e.stereotypes, e.taggedValues) +
        (0,format/* path */.Ae)(elementPath(e)) +
        '\n{\n' +
        e.values.map((v) => format/* TAB */.wn + enumValue(v)).join(',\n') +
        (e.values.length === 0 ? '' : '\n') +
        '}');
}
function composeProfile(p) {
    let s = 'Profile ' + (0,format/* path */.Ae)(elementPath(p)) + '\n{\n';
    if (p.stereotypes.length > 0)
        s += format/* TAB */.wn + 'stereotypes: [' + p.stereotypes.map((x) => (0,format/* identifier */.Cv)(x.value)).join(', ') + '];\n';
    if (p.tags.length > 0)
        s += format/* TAB */.wn + 'tags: [' + p.tags.map((x) => (0,format/* identifier */.Cv)(x.value)).join(', ') + '];\n';
    return s + '}';
}
function unit(u) {
    if (!u.conversionFunction)
        return (0,format/* identifier */.Cv)(u.name) + ';';
    const f = u.conversionFunction;
    return (0,format/* identifier */.Cv)(u.name) + ': ' + f.parameters.map((p) => p.name).join(',') + ' -> ' + f.body.map((b) => (0,valueSpecification/* composeValueSpecification */.v3)(b)).join(';') + ';';
}
function composeMeasure(m) {
    let s = 'Measure ' + (0,format/* path */.Ae)(elementPath(m)) + '\n{\n';
    if (m.canonicalUnit)
        s += format/* TAB */.wn + (m.canonicalUnit.conversionFunction ? '*' : '') + unit(m.canonicalUnit) + '\n';
    if (m.nonCanonicalUnits && m.nonCanonicalUnits.length > 0)
        s += m.nonCanonicalUnits.map((u) => format/* TAB */.wn + unit(u)).join('\n') + '\n';
    return s + '}';
}
// ----------------------------------------------------------------------------------------------- function
function composeFunction(f) {
    const name = (0,functionSignature/* functionNameWithoutSignature */.oV)(f);
    const fullName = f.package ? f.package + '::' + name : name;
    return (declarationPrefix('function', '', f.stereotypes, f.taggedValues) +
        (0,format/* path */.Ae)(fullName) +
        '(' +
        f.parameters.map((p) => (0,valueSpecification/* composeValueSpecification */.v3)(p, { indent: '', inSignature: true })).join(', ') +
        '): ' +
        (0,valueSpecification/* genericType */.k_)(f.returnGenericType) +
        '[' +
        (0,format/* multiplicity */.As)(f.returnMultiplicity) +
        ']\n{\n' +
        f.body.map((b) => format/* TAB */.wn + (0,valueSpecification/* composeValueSpecification */.v3)(b)).join(';\n') +
        (f.body.length > 1 ? ';' : '') +
        '\n}' +
        functionTestSuites(f, name));
}
function functionTestSuites(f, name) {
    if (f.tests.length === 0)
        return '';
    return '\n{\n' + f.tests.map((s) => functionTestSuite(s, name)).join('\n' + (f.tests.length > 1 ? '\n' : '')) + '\n}';
}
function functionTestSuite(suite, name) {
    const data = suite.testData ?? [];
    if (suite.id !== 'default') {
        let s = format/* TAB */.wn + suite.id + '\n' + format/* TAB */.wn + '(\n';
        if (data.length > 0)
            s += data.map((d) => functionTestData(d, 2)).join('\n') + '\n';
        s += suite.tests.map((t) => functionTest(t, name, 2)).join('\n');
        return s + '\n' + format/* TAB */.wn + ')';
    }
    let s = '';
    if (data.length > 0)
        s += data.map((d) => functionTestData(d, 1)).join('\n') + '\n';
    return s + suite.tests.map((t) => functionTest(t, name, 1)).join('\n');
}
function packageableElementPointer(p) {
    return (p.type === undefined || p.type === 'STORE' ? '' : '(' + p.type.toLowerCase() + ') ') + (0,format/* path */.Ae)(p.path);
}
function functionTestData(d, indent) {
    let s = (0,format/* tabs */.vR)(indent) + packageableElementPointer(d.packageableElementPointer) + ':';
    const data = d.data;
    if (data._type === 'reference')
        s += ' ' + data.dataElement.path;
    else if (data._type === 'externalFormat')
        s += ' ' + simpleExternalFormat(data);
    else
        s += '\n' + composeEmbeddedData(data, (0,format/* tabs */.vR)(indent + 2));
    return s + ';';
}
function simpleExternalFormat(d) {
    const type = d.contentType === 'application/json' ? 'JSON' : d.contentType === 'application/xml' ? 'XML' : d.contentType;
    return '(' + type + ') ' + (0,strings/* quoteString */.Ov)(d.data);
}
function functionTest(t, name, indent) {
    let s = (0,format/* tabs */.vR)(indent) + t.id;
    if (t.doc !== undefined)
        s += ' ' + (0,strings/* quoteString */.Ov)(t.doc);
    s += ' | ' + name + '(';
    if (t.parameters && t.parameters.length > 0)
        s += t.parameters.map((p) => (0,valueSpecification/* composeValueSpecification */.v3)(p.value)).join(',');
    s += ') => ';
    const assertion = t.assertions[0];
    if (assertion)
        s += testAssertion(assertion);
    return s + ';';
}
function testAssertion(a) {
    if (a._type === 'equalTo')
        return (0,valueSpecification/* composeValueSpecification */.v3)(a.expected);
    if (a._type === 'equalToJson')
        return simpleExternalFormat(a.expected);
    return '/* relation assertions are not rendered by the embedded engine */';
}
function elementPath(e) {
    return e.package ? e.package + '::' + e.name : e.name;
}

;// CONCATENATED MODULE: ./src/pure/composer/relationalMapping.ts


const MAPPING = { useFunctionNames: true };
function composeRelationalClassMappingBody(cm, _level) {
    let s = ': Relational\n' + (0,format/* tabs */.vR)(1) + '{\n';
    if (cm.filter)
        s += (0,format/* tabs */.vR)(2) + filterMapping(cm.filter) + '\n';
    if (cm.distinct)
        s += (0,format/* tabs */.vR)(2) + '~distinct\n';
    if (cm.groupBy.length > 0) {
        s += (0,format/* tabs */.vR)(2) + '~groupBy\n' + (0,format/* tabs */.vR)(2) + '(\n' + cm.groupBy.map((o) => (0,format/* tabs */.vR)(3) + relationalOperation(o, MAPPING)).join(',\n') + '\n' + (0,format/* tabs */.vR)(2) + ')\n';
    }
    if (cm.primaryKey.length > 0) {
        s += (0,format/* tabs */.vR)(2) + '~primaryKey\n' + (0,format/* tabs */.vR)(2) + '(\n' + cm.primaryKey.map((o) => (0,format/* tabs */.vR)(3) + relationalOperation(o, MAPPING)).join(',\n') + '\n' + (0,format/* tabs */.vR)(2) + ')\n';
    }
    if (cm.mainTable) {
        const t = cm.mainTable;
        s += (0,format/* tabs */.vR)(2) + '~mainTable [' + t.database + ']' + (t.schema && t.schema !== 'default' ? t.schema + '.' + t.table : t.table) + '\n';
    }
    if (cm.propertyMappings.length > 0)
        s += cm.propertyMappings.map((pm) => relationalPropertyMapping(pm, 4, false)).join(',\n') + '\n';
    return s + (0,format/* tabs */.vR)(1) + '}';
}
/** A relational property mapping indented by `spaces`. */
function relationalPropertyMapping(pm, spaces, renderSourceId = false) {
    const indent = ' '.repeat(spaces);
    switch (pm._type) {
        case 'relationalPropertyMapping':
            return plain(pm, indent, renderSourceId);
        case 'embeddedPropertyMapping':
            return embedded(pm, spaces);
        case 'otherwiseEmbeddedPropertyMapping':
            return otherwise(pm, spaces);
        case 'inlineEmbeddedPropertyMapping':
            return inline(pm, indent);
        default:
            return indent + `/* Unsupported relational property mapping type ${pm._type} */`;
    }
}
function empty(s) {
    return s === undefined || s === '';
}
function plain(pm, indent, renderSourceId) {
    const local = pm.localMappingProperty;
    const head = local
        ? '+' + (0,format/* identifier */.Cv)(pm.property.property) + ': ' + local.type + '[' + (0,format/* multiplicity */.As)(local.multiplicity) + ']'
        : (0,format/* identifier */.Cv)(pm.property.property) +
            (empty(pm.target) ? '' : '[' + (renderSourceId ? (empty(pm.source) ? '' : pm.source + ',') : '') + pm.target + ']');
    const enumMapping = pm.enumMappingId !== undefined ? 'EnumerationMapping ' + (0,format/* identifier */.Cv)(pm.enumMappingId) + ': ' : '';
    const binding = pm.enumMappingId === undefined && pm.bindingTransformer ? 'Binding ' + (0,format/* path */.Ae)(pm.bindingTransformer.binding) + ' : ' : '';
    return indent + head + ': ' + enumMapping + binding + relationalOperation(pm.relationalOperation, MAPPING);
}
function nested(pms, spaces) {
    return pms.length > 0 ? pms.map((pm) => relationalPropertyMapping(pm, spaces + 2, false)).join(',\n') + '\n' : '';
}
function embedded(pm, spaces) {
    const indent = ' '.repeat(spaces);
    return indent + (0,format/* identifier */.Cv)(pm.property.property) + '\n' + indent + '(\n' + nested(pm.classMapping.propertyMappings, spaces) + indent + ')';
}
function otherwise(pm, spaces) {
    const indent = ' '.repeat(spaces);
    const o = pm.otherwisePropertyMapping;
    return (indent +
        (0,format/* identifier */.Cv)(pm.property.property) +
        '\n' +
        indent +
        '(\n' +
        nested(pm.classMapping.propertyMappings, spaces) +
        indent +
        ') Otherwise (' +
        '[' +
        (o.target === undefined ? '' : (0,format/* identifier */.Cv)(o.target)) +
        ']: ' +
        relationalOperation(o.relationalOperation, MAPPING) +
        ')');
}
function inline(pm, indent) {
    return indent + (0,format/* identifier */.Cv)(pm.property.property) + '() Inline[' + (0,format/* identifier */.Cv)(pm.setImplementationId) + ']';
}
function composeRelationalAssociationMapping(am) {
    if (am._type !== 'relational')
        return `/* ${am._type} */`;
    return (am.association.path +
        ': Relational\n' +
        (0,format/* tabs */.vR)(1) +
        '{\n' +
        (0,format/* tabs */.vR)(2) +
        'AssociationMapping\n' +
        (0,format/* tabs */.vR)(2) +
        '(\n' +
        (am.propertyMappings.length > 0 ? am.propertyMappings.map((pm) => relationalPropertyMapping(pm, 6, true)).join(',\n') + '\n' : '') +
        (0,format/* tabs */.vR)(2) +
        ')\n' +
        (0,format/* tabs */.vR)(1) +
        '}');
}

;// CONCATENATED MODULE: ./src/pure/composer/mapping.ts






const OPERATION_FUNCTIONS = {
    STORE_UNION: 'meta::pure::router::operations::union_OperationSetImplementation_1__SetImplementation_MANY_',
    ROUTER_UNION: 'meta::pure::router::operations::special_union_OperationSetImplementation_1__SetImplementation_MANY_',
    INHERITANCE: 'meta::pure::router::operations::inheritance_OperationSetImplementation_1__SetImplementation_MANY_',
    MERGE: 'meta::pure::router::operations::merge_OperationSetImplementation_1__SetImplementation_MANY_',
};
function mappingId(id) {
    return id !== undefined ? '[' + id + ']' : '';
}
function include(inc) {
    return ('include mapping ' +
        inc.includedMapping +
        (inc.sourceDatabasePath !== undefined && inc.targetDatabasePath !== undefined
            ? '[' + (0,format/* path */.Ae)(inc.sourceDatabasePath) + '->' + (0,format/* path */.Ae)(inc.targetDatabasePath) + ']'
            : ''));
}
function composeMapping(m) {
    let s = 'Mapping ' + (0,format/* path */.Ae)(m.package ? m.package + '::' + m.name : m.name) + '\n(\n';
    let empty = true;
    if (m.includedMappings.length > 0) {
        empty = false;
        s += m.includedMappings.map((i) => format/* TAB */.wn + include(i)).join('\n') + '\n';
    }
    if (m.classMappings.length > 0) {
        s += empty ? '' : '\n';
        empty = false;
        s +=
            m.classMappings
                .map((cm) => format/* TAB */.wn +
                (cm.root ? '*' : '') +
                cm.class +
                mappingId(cm.id) +
                (cm.extendsClassMappingId !== undefined ? ' extends ' + mappingId(cm.extendsClassMappingId) : '') +
                classMapping(cm))
                .join('\n') + '\n';
    }
    if (m.associationMappings.length > 0) {
        s += empty ? '' : '\n';
        empty = false;
        s += m.associationMappings.map((am) => format/* TAB */.wn + associationMapping(am)).join('\n') + '\n';
    }
    if (m.enumerationMappings.length > 0) {
        s += empty ? '' : '\n';
        empty = false;
        s += m.enumerationMappings.map((em) => format/* TAB */.wn + enumerationMapping(em)).join('\n') + '\n';
    }
    if (m.tests && m.tests.length > 0) {
        s += empty ? '' : '\n';
        s += format/* TAB */.wn + 'MappingTests\n' + format/* TAB */.wn + '[\n' + m.tests.map((t) => format/* TAB */.wn + legacyTest(t)).join(',\n') + '\n' + format/* TAB */.wn + ']\n';
    }
    if (m.testSuites && m.testSuites.length > 0) {
        s += empty ? '' : '\n';
        s += format/* TAB */.wn + 'testSuites:\n' + format/* TAB */.wn + '[\n' + m.testSuites.map((t) => format/* TAB */.wn + testSuite(t)).join(',\n') + '\n' + format/* TAB */.wn + ']\n';
    }
    return s + ')';
}
function classMapping(cm) {
    switch (cm._type) {
        case 'pureInstance':
            return pureInstanceClassMapping(cm);
        case 'operation':
            return ': Operation\n' + format/* TAB */.wn + '{\n' + (0,format/* tabs */.vR)(2) + OPERATION_FUNCTIONS[cm.operation] + '(' + cm.parameters.join(',') + ')\n' + format/* TAB */.wn + '}';
        case 'mergeOperation':
            return (': Operation\n' +
                format/* TAB */.wn +
                '{\n' +
                (0,format/* tabs */.vR)(2) +
                OPERATION_FUNCTIONS[cm.operation] +
                '([' +
                cm.parameters.join(',') +
                '],' +
                (0,valueSpecification/* composeValueSpecification */.v3)(cm.validationFunction.body[0]) +
                ')\n' +
                format/* TAB */.wn +
                '}');
        case 'relational':
            return composeRelationalClassMappingBody(cm, 1);
        case 'relation':
            return relationFunctionClassMapping(cm);
    }
}
function relationFunctionClassMapping(cm) {
    let source = '';
    if (cm.relationFunction)
        source = (0,format/* tabs */.vR)(2) + '~func ' + cm.relationFunction.path + '\n';
    else if (cm.sourceLambda)
        source = (0,format/* tabs */.vR)(2) + '~src ' + relationLambdaBody(cm.sourceLambda) + '\n';
    let primaryKey = '';
    if (cm.primaryKey && cm.primaryKey.length > 0) {
        primaryKey =
            (0,format/* tabs */.vR)(2) + '~primaryKey: ' + (cm.primaryKey.length === 1 ? (0,format/* identifier */.Cv)(cm.primaryKey[0]) : '[' + cm.primaryKey.map(format/* identifier */.Cv).join(', ') + ']') + '\n';
    }
    return (': Relation\n' + format/* TAB */.wn + '{\n' + source + primaryKey +
        cm.propertyMappings.map((pm) => (0,format/* tabs */.vR)(2) + propertyMapping(pm)).join(',\n') +
        (cm.propertyMappings.length === 0 ? '' : '\n') +
        format/* TAB */.wn + '}');
}
/** The expression of a parameterless lambda the parser wrapped around an inline relation expression. */
function relationLambdaBody(l) {
    if (l.body.length === 1 && l.parameters.length === 0)
        return (0,valueSpecification/* composeValueSpecification */.v3)(l.body[0]);
    return (0,valueSpecification/* lambda */.u3)(l, { indent: '', inSignature: false });
}
function relationPropertyMapping(pm) {
    if (pm._type === 'relationFunctionEmbeddedPropertyMapping') {
        if (pm.id !== undefined && pm.id !== null && pm.propertyMappings.length === 0)
            return pm.property.property + ' () Inline [' + pm.id + ']';
        return (pm.property.property + '\n' + (0,format/* tabs */.vR)(2) + '(\n' +
            pm.propertyMappings.map((x) => (0,format/* tabs */.vR)(3) + propertyMapping(x)).join(',\n') +
            (pm.propertyMappings.length === 0 ? '' : '\n') +
            (0,format/* tabs */.vR)(2) + ')');
    }
    const rhs = pm.valueFn ? relationLambdaBody(pm.valueFn) : (0,format/* identifier */.Cv)(pm.column);
    return (localMappingPropertyPrefix(pm) +
        (pm.bindingTransformer ? ': Binding ' + pm.bindingTransformer.binding + ' ' : '') +
        (pm.enumMappingId !== undefined && pm.enumMappingId !== null ? ': EnumerationMapping ' + pm.enumMappingId + ' ' : '') +
        ': ' + rhs);
}
function pureInstanceClassMapping(cm) {
    return (': Pure\n' +
        format/* TAB */.wn +
        '{\n' +
        (cm.srcClass === undefined ? '' : (0,format/* tabs */.vR)(2) + '~src ' + cm.srcClass + '\n') +
        (cm.filter ? (0,format/* tabs */.vR)(2) + '~filter ' + lambdaBody(cm.filter) + '\n' : '') +
        cm.propertyMappings.map((pm) => (0,format/* tabs */.vR)(2) + propertyMapping(pm)).join(',\n') +
        (cm.propertyMappings.length === 0 ? '' : '\n') +
        format/* TAB */.wn +
        '}');
}
function localMappingPropertyPrefix(pm) {
    const local = pm.localMappingProperty;
    return ((local ? '+' : '') + (0,format/* identifier */.Cv)(pm.property.property) + (local ? ': ' + local.type + '[' + (0,format/* multiplicity */.As)(local.multiplicity) + ']' : ''));
}
function propertyMapping(pm) {
    switch (pm._type) {
        case 'purePropertyMapping':
            return purePropertyMapping(pm);
        case 'relationFunctionPropertyMapping':
        case 'relationFunctionEmbeddedPropertyMapping':
            return relationPropertyMapping(pm);
        case 'relationalPropertyMapping':
        case 'embeddedPropertyMapping':
        case 'otherwiseEmbeddedPropertyMapping':
        case 'inlineEmbeddedPropertyMapping':
            return relationalPropertyMapping(pm, 1);
        default:
            return `/* unsupported property mapping ${pm._type} */`;
    }
}
function purePropertyMapping(pm) {
    return (localMappingPropertyPrefix(pm) +
        (pm.explodeProperty ? '*' : '') +
        (pm.target === undefined || pm.target === '' ? '' : '[' + (0,format/* identifier */.Cv)(pm.target) + ']') +
        (pm.enumMappingId === undefined ? '' : ': EnumerationMapping ' + pm.enumMappingId) +
        ': ' +
        lambdaBody(pm.transform));
}
function associationMapping(am) {
    if (am._type === 'xStore')
        return xStoreAssociationMapping(am);
    return composeRelationalAssociationMapping(am);
}
function xStoreAssociationMapping(am) {
    return (am.association.path +
        mappingId(am.id) +
        ': XStore\n' +
        format/* TAB */.wn +
        '{\n' +
        am.propertyMappings
            .map((p) => {
            if (p._type !== 'xStorePropertyMapping')
                return (0,format/* tabs */.vR)(2) + `/* unsupported property mapping ${p._type} */`;
            return ((0,format/* tabs */.vR)(2) +
                (0,format/* identifier */.Cv)(p.property.property) +
                (p.source === undefined || p.source === '' ? '' : '[' + (0,format/* identifier */.Cv)(p.source) + ', ' + (0,format/* identifier */.Cv)(p.target) + ']') +
                ': ' +
                (0,valueSpecification/* composeValueSpecification */.v3)(p.crossExpression.body[0]));
        })
            .join(',\n') +
        (am.propertyMappings.length === 0 ? '' : '\n') +
        format/* TAB */.wn +
        '}');
}
function enumerationMapping(em) {
    let s = (0,format/* path */.Ae)(em.enumeration.path) + ': EnumerationMapping' + (em.id !== undefined ? ' ' + (0,format/* identifier */.Cv)(em.id) : '') + '\n' + format/* TAB */.wn + '{\n';
    if (em.enumValueMappings.length > 0) {
        s +=
            em.enumValueMappings
                .map((v) => v.sourceValues.length === 0
                ? (0,format/* tabs */.vR)(2)
                : (0,format/* tabs */.vR)(2) +
                    (0,format/* identifier */.Cv)(v.enumValue) +
                    ': [' +
                    v.sourceValues
                        .map((sv) => {
                        if (sv._type === 'stringSourceValue')
                            return (0,strings/* quoteString */.Ov)(sv.value);
                        if (sv._type === 'integerSourceValue')
                            return String(sv.value);
                        return (0,format/* path */.Ae)(sv.enumeration) + '.' + (0,format/* identifier */.Cv)(sv.value);
                    })
                        .join(', ') +
                    ']')
                .join(',\n') + '\n';
    }
    return s + format/* TAB */.wn + '}';
}
// ----------------------------------------------------------------------------------------------- legacy tests
function legacyTest(t) {
    return (format/* TAB */.wn + t.name + '\n' + (0,format/* tabs */.vR)(2) + '(\n' +
        (0,format/* tabs */.vR)(3) + 'query: ' + (0,valueSpecification/* lambda */.u3)(t.query, { indent: '', inSignature: false }) + ';\n' +
        (0,format/* tabs */.vR)(3) + 'data:\n' + (0,format/* tabs */.vR)(3) + '[\n' +
        t.inputData.map((i) => (0,format/* tabs */.vR)(4) + legacyInputData(i)).join(',\n') + (t.inputData.length === 0 ? '' : '\n') +
        (0,format/* tabs */.vR)(3) + '];\n' +
        (0,format/* tabs */.vR)(3) + 'assert: ' + (0,strings/* quoteRaw */.ZB)(t.assert.expectedOutput) + ';\n' +
        (0,format/* tabs */.vR)(2) + ')');
}
/** Java's `String.split`, which drops trailing empty strings. */
function javaSplit(s, separator) {
    const parts = s.split(separator);
    while (parts.length > 0 && parts[parts.length - 1] === '')
        parts.pop();
    return parts;
}
function legacyInputData(i) {
    if (i._type === 'object')
        return '<Object, ' + i.inputType + ', ' + (0,format/* path */.Ae)(i.sourceClass) + ', ' + (0,strings/* quoteRaw */.ZB)(i.data) + '>';
    let data;
    if (i.inputType === 'SQL') {
        const lines = javaSplit(i.data.replace(/\r/g, '').replace(/\n/g, ''), /(?<!\\);/);
        data = '\n' + lines.map((l) => (0,format/* tabs */.vR)(5) + (0,strings/* quoteString */.Ov)(l + ';\n').replace(/\\\\;/g, '\\;')).join('+\n');
    }
    else if (i.inputType === 'CSV') {
        const lines = javaSplit(i.data, '\n');
        lines.push('\n\n');
        data = '\n' + lines.map((l) => (0,format/* tabs */.vR)(5) + (0,strings/* quoteString */.Ov)(l + '\n')).join('+\n');
    }
    else
        data = i.data;
    return '<Relational, ' + i.inputType + ', ' + i.database + ', ' + data + '\n' + (0,format/* tabs */.vR)(4) + '>';
}
// ----------------------------------------------------------------------------------------------- test suites
function testSuite(suite) {
    let s = format/* TAB */.wn + suite.id + ':\n' + (0,format/* tabs */.vR)(2) + '{\n';
    if (suite.doc !== undefined)
        s += (0,format/* tabs */.vR)(3) + 'doc: ' + (0,strings/* quoteString */.Ov)(suite.doc) + ';\n';
    s += (0,format/* tabs */.vR)(3) + 'function: ' + (0,valueSpecification/* lambda */.u3)(suite.func, { indent: '', inSignature: false }) + ';\n';
    if (suite.tests.length > 0) {
        s += (0,format/* tabs */.vR)(3) + 'tests:\n' + (0,format/* tabs */.vR)(3) + '[\n' + suite.tests.map(mappingTest).join(',\n') + '\n' + (0,format/* tabs */.vR)(3) + '];\n';
    }
    return s + (0,format/* tabs */.vR)(2) + '}';
}
function mappingTest(test) {
    let s = (0,format/* tabs */.vR)(4) + test.id + ':\n' + (0,format/* tabs */.vR)(4) + '{\n';
    if (test.doc !== undefined)
        s += (0,format/* tabs */.vR)(5) + 'doc: ' + (0,strings/* quoteString */.Ov)(test.doc) + ';\n';
    s += storeTestData(test.storeTestData ?? [], 4);
    s += (0,format/* tabs */.vR)(5) + 'asserts:\n' + (0,format/* tabs */.vR)(5) + '[\n';
    s += test.assertions.map((a) => composeTestAssertion(a, (0,format/* tabs */.vR)(6))).join(',\n') + '\n';
    return s + (0,format/* tabs */.vR)(5) + '];\n' + (0,format/* tabs */.vR)(4) + '}';
}
function storeTestData(data, indent) {
    let s = (0,format/* tabs */.vR)(indent + 1) + 'data:\n' + (0,format/* tabs */.vR)(indent + 1) + '[\n';
    if (data.length > 0) {
        s += data.map((d) => (0,format/* tabs */.vR)(indent + 2) + d.store.path + ':\n' + composeEmbeddedData(d.data, (0,format/* tabs */.vR)(indent + 3))).join(',\n') + '\n';
    }
    return s + (0,format/* tabs */.vR)(indent + 1) + '];\n';
}

// EXTERNAL MODULE: ./src/pure/grammar/connectionSpecs.ts
var connectionSpecs = __webpack_require__(3752);
;// CONCATENATED MODULE: ./src/pure/composer/runtime.ts




function connectionTypeName(c) {
    return c._type === 'connectionPointer' ? '' : c._type;
}
/** A connection value, each line prefixed with `indent` (the engine's indentation string). */
function composeConnectionValue(c, indent) {
    switch (c._type) {
        case 'JsonModelConnection':
        case 'XmlModelConnection':
            return indent + '{\n' + indent + (0,format/* tabs */.vR)(1) + 'class: ' + c.class + ';\n' + indent + (0,format/* tabs */.vR)(1) + 'url: ' + (0,strings/* quoteString */.Ov)(c.url) + ';\n' + indent + '}';
        case 'ModelChainConnection': {
            const mappings = c.mappings.map((m) => indent + (0,format/* tabs */.vR)(2) + m).join(',\n') + (c.mappings.length === 0 ? '' : '\n');
            return indent + '{\n' + indent + (0,format/* tabs */.vR)(1) + 'mappings: [\n' + mappings + indent + (0,format/* tabs */.vR)(1) + '];\n' + indent + '}';
        }
        case 'RelationalDatabaseConnection':
            return relationalConnection(c, indent);
        case 'connectionPointer':
            return c.connection;
    }
}
function relationalConnection(c, indent) {
    const line = (s) => indent + (0,format/* tabs */.vR)(1) + s + ';\n';
    let s = indent + '{\n';
    if (c.element !== undefined)
        s += line('store: ' + c.element);
    s += line('type: ' + c.type);
    if (c.timeZone !== undefined)
        s += line('timezone: ' + c.timeZone);
    if (c.quoteIdentifiers !== undefined)
        s += line('quoteIdentifiers: ' + c.quoteIdentifiers);
    if (c.localMode)
        s += line('mode: local');
    else {
        s += line('specification: ' + connectionPart(c.datasourceSpecification, connectionSpecs/* DATASOURCE_SPECS */.jA, indent, true));
        s += line('auth: ' + connectionPart(c.authenticationStrategy, connectionSpecs/* AUTHENTICATION_STRATEGIES */.hl, indent, false));
    }
    if (c.queryTimeOutInSeconds !== undefined)
        s += line('queryTimeOutInSeconds: ' + c.queryTimeOutInSeconds);
    if (c.queryGenerationConfigs && c.queryGenerationConfigs.length > 0) {
        const list = (values) => values.map((v) => "'" + v + "'").join(', ');
        s +=
            indent + (0,format/* tabs */.vR)(1) + 'queryGenerationConfigs: [\n' +
                c.queryGenerationConfigs
                    .map((g) => indent + (0,format/* tabs */.vR)(2) + 'GenerationFeaturesConfig\n' + indent + (0,format/* tabs */.vR)(2) + '{\n' +
                    indent + (0,format/* tabs */.vR)(3) + 'enabled: [' + list(g.enabled) + '];\n' +
                    indent + (0,format/* tabs */.vR)(3) + 'disabled: [' + list(g.disabled) + '];\n' +
                    indent + (0,format/* tabs */.vR)(2) + '}')
                    .join(',\n') +
                '\n' + indent + (0,format/* tabs */.vR)(1) + '];\n';
    }
    return s + indent + '}';
}
/** A datasource specification (always with braces) or an authentication strategy (braces only with fields). */
function connectionPart(part, specs, indent, alwaysBraces) {
    const spec = (0,connectionSpecs/* specByType */.hj)(specs, part._type);
    const name = spec ? spec.grammar : (0,connectionSpecs/* genericGrammarName */.qO)(part._type);
    const entries = Object.entries(part).filter(([k, v]) => k !== '_type' && k !== 'sourceInformation' && v !== undefined && v !== null);
    if (entries.length === 0 && !alwaysBraces)
        return name;
    const body = entries
        .map(([json, value]) => {
        const field = spec?.fields.find((f) => f.json === json);
        const key = field?.key ?? json;
        return indent + (0,format/* tabs */.vR)(2) + key + ': ' + fieldValue(value, field?.kind, indent) + ';\n';
    })
        .join('');
    return name + '\n' + indent + (0,format/* tabs */.vR)(1) + '{\n' + body + indent + (0,format/* tabs */.vR)(1) + '}';
}
function fieldValue(value, kind, indent) {
    if (Array.isArray(value)) {
        return '[\n' + value.map((v) => indent + (0,format/* tabs */.vR)(3) + (0,strings/* quoteString */.Ov)(String(v))).join(',\n') + '\n' + indent + (0,format/* tabs */.vR)(3) + ']';
    }
    if (typeof value === 'string')
        return kind === 'identifier' ? value : (0,strings/* quoteString */.Ov)(value);
    return String(value);
}
function composeConnection(c) {
    return connectionTypeName(c.connectionValue) + ' ' + (0,format/* path */.Ae)(c.package ? c.package + '::' + c.name : c.name) + '\n' + composeConnectionValue(c.connectionValue, '');
}
// ----------------------------------------------------------------------------------------------- runtime
function composeRuntime(r) {
    const single = r.runtimeValue._type === 'localEngineRuntime';
    return (single ? 'SingleConnectionRuntime ' : 'Runtime ') + (0,format/* path */.Ae)(r.package ? r.package + '::' + r.name : r.name) + '\n{' + runtimeValue(r.runtimeValue, 1, false) + '\n}';
}
/** The body of a runtime at `level` (a packageable runtime, or an embedded one in a service). */
function runtimeValue(rt, level, embedded) {
    let s = '';
    if (!embedded || rt.mappings.length > 0) {
        s += '\n' + (0,format/* tabs */.vR)(level) + 'mappings:\n' + (0,format/* tabs */.vR)(level) + '[\n';
        s += rt.mappings.map((m) => (0,format/* tabs */.vR)(level + 1) + m.path).join(',\n') + (rt.mappings.length === 0 ? '' : '\n');
        s += (0,format/* tabs */.vR)(level) + '];';
    }
    if (rt._type === 'localEngineRuntime') {
        const first = rt.connectionStores[0];
        if (first)
            s += '\n' + (0,format/* tabs */.vR)(level) + 'connection: ' + (0,format/* path */.Ae)(first.connectionPointer.connection) + ';';
        return s;
    }
    const stores = rt.connections.filter((sc) => sc.storeConnections.length > 0);
    if (stores.length > 0) {
        s += '\n' + (0,format/* tabs */.vR)(level) + 'connections:\n' + (0,format/* tabs */.vR)(level) + '[\n';
        s += stores
            .map((sc) => (0,format/* tabs */.vR)(level + 1) + (0,format/* path */.Ae)(sc.store.path) + ':\n' + (0,format/* tabs */.vR)(level + 1) + '[\n' +
            sc.storeConnections.map((ic) => identifiedConnection(ic, level + 2)).join(',\n') + '\n' +
            (0,format/* tabs */.vR)(level + 1) + ']')
            .join(',\n');
        s += '\n' + (0,format/* tabs */.vR)(level) + '];';
    }
    if (rt.connectionStores.length > 0) {
        s += '\n' + (0,format/* tabs */.vR)(level) + 'connectionStores:\n' + (0,format/* tabs */.vR)(level) + '[\n';
        s += rt.connectionStores
            .filter((cs) => cs.storePointers.length > 0)
            .map((cs) => (0,format/* tabs */.vR)(level + 1) + (0,format/* path */.Ae)(cs.connectionPointer.connection) + ':\n' + (0,format/* tabs */.vR)(level + 1) + '[\n' +
            cs.storePointers.map((sp) => (0,format/* tabs */.vR)(level + 2) + packageableElementPointer(sp)).join(',\n') + '\n' +
            (0,format/* tabs */.vR)(level + 1) + ']')
            .join(',\n');
        s += '\n' + (0,format/* tabs */.vR)(level) + '];';
    }
    return s;
}
function identifiedConnection(ic, level) {
    if (ic.connection._type === 'connectionPointer')
        return (0,format/* tabs */.vR)(level) + (0,format/* identifier */.Cv)(ic.id) + ': ' + (0,format/* path */.Ae)(ic.connection.connection);
    return ((0,format/* tabs */.vR)(level) + (0,format/* identifier */.Cv)(ic.id) + ':\n' +
        (0,format/* tabs */.vR)(level) + '#{\n' +
        (0,format/* tabs */.vR)(level + 1) + connectionTypeName(ic.connection) + '\n' +
        composeConnectionValue(ic.connection, (0,format/* tabs */.vR)(level + 1)) + '\n' +
        (0,format/* tabs */.vR)(level) + '}#');
}

;// CONCATENATED MODULE: ./src/pure/composer/service.ts






const PLAIN = { indent: '', inSignature: false };
function composeService(s) {
    let out = declarationPrefix('Service', '', s.stereotypes ?? [], s.taggedValues ?? []) + (0,format/* path */.Ae)(s.package ? s.package + '::' + s.name : s.name);
    out += '\n{\n';
    out += (0,format/* tabs */.vR)(1) + 'pattern: ' + (0,strings/* quoteString */.Ov)(s.pattern) + ';\n';
    if (s.title !== undefined && s.title !== null)
        out += (0,format/* tabs */.vR)(1) + 'title: ' + (0,strings/* quoteString */.Ov)(s.title) + ';\n';
    const owners = s.owners ?? [];
    if (owners.length > 0) {
        out += (0,format/* tabs */.vR)(1) + 'owners:\n' + (0,format/* tabs */.vR)(1) + '[\n' + owners.map((o) => (0,format/* tabs */.vR)(2) + (0,strings/* quoteString */.Ov)(o)).join(',\n') + '\n' + (0,format/* tabs */.vR)(1) + '];\n';
    }
    if (s.ownership)
        out += (0,format/* tabs */.vR)(1) + 'ownership: ' + ownership(s.ownership) + ';\n';
    out += (0,format/* tabs */.vR)(1) + 'documentation: ' + (0,strings/* quoteString */.Ov)(s.documentation ?? '') + ';\n';
    out += (0,format/* tabs */.vR)(1) + 'autoActivateUpdates: ' + (s.autoActivateUpdates ? 'true' : 'false') + ';\n';
    out += (0,format/* tabs */.vR)(1) + 'execution: ' + execution(s.execution);
    if (s.testSuites) {
        out += (0,format/* tabs */.vR)(1) + 'testSuites:\n' + (0,format/* tabs */.vR)(1) + '[\n' + s.testSuites.map(service_testSuite).join(',\n') + '\n' + (0,format/* tabs */.vR)(1) + ']\n';
    }
    if (s.test && !isLegacyTestEmpty(s.test))
        out += (0,format/* tabs */.vR)(1) + 'test: ' + service_legacyTest(s.test);
    const validations = s.postValidations ?? [];
    if (validations.length > 0) {
        out += (0,format/* tabs */.vR)(1) + 'postValidations:\n' + (0,format/* tabs */.vR)(1) + '[\n' + validations.map(postValidation).join(',\n') + (0,format/* tabs */.vR)(1) + ']\n';
    }
    if (s.mcpServer !== undefined && s.mcpServer !== null)
        out += (0,format/* tabs */.vR)(1) + 'mcpServer: ' + (0,format/* identifier */.Cv)(s.mcpServer) + ';\n';
    return out + '}';
}
/** The engine writes ownership values without escaping. */
function ownership(o) {
    if (o._type === 'deploymentOwnership')
        return "DID { identifier: '" + o.identifier + "' }";
    return "UserList { users: ['" + o.users.join("', '") + "'] }";
}
// ----------------------------------------------------------------------------------------------- execution
function execution(e) {
    const query = (0,format/* tabs */.vR)(2) + 'query: ' + (0,valueSpecification/* lambda */.u3)(e.func, { indent: (0,format/* tabs */.vR)(2), inSignature: false }) + ';\n';
    if (e._type === 'pureSingleExecution') {
        let explicit = '';
        if (e.mapping && e.runtime)
            explicit = (0,format/* tabs */.vR)(2) + 'mapping: ' + e.mapping + ';\n' + executionRuntime(e.runtime, 2) + '\n';
        return 'Single\n' + (0,format/* tabs */.vR)(1) + '{\n' + query + explicit + (0,format/* tabs */.vR)(1) + '}\n';
    }
    let out = 'Multi\n' + (0,format/* tabs */.vR)(1) + '{\n' + query;
    if (e.executionKey !== undefined && e.executionKey !== null)
        out += (0,format/* tabs */.vR)(2) + 'key: ' + (0,strings/* quoteString */.Ov)(e.executionKey) + ';\n';
    if (e.executionParameters && e.executionParameters.length > 0)
        out += e.executionParameters.map(keyedExecutionParameter).join('\n') + '\n';
    return out + (0,format/* tabs */.vR)(1) + '}\n';
}
function executionRuntime(r, level) {
    if (r._type === 'runtimePointer')
        return (0,format/* tabs */.vR)(level) + 'runtime: ' + r.runtime + ';';
    return (0,format/* tabs */.vR)(level) + 'runtime:\n' + (0,format/* tabs */.vR)(level) + '#{' + runtimeValue(r, level + 1, true) + '\n' + (0,format/* tabs */.vR)(level) + '}#;';
}
function keyedExecutionParameter(p) {
    return ((0,format/* tabs */.vR)(2) + 'executions[' + (0,strings/* quoteString */.Ov)(p.key) + ']:\n' + (0,format/* tabs */.vR)(2) + '{\n' +
        (0,format/* tabs */.vR)(3) + 'mapping: ' + p.mapping + ';\n' +
        executionRuntime(p.runtime, 3) + '\n' +
        (0,format/* tabs */.vR)(2) + '}');
}
// ----------------------------------------------------------------------------------------------- test suites
function service_testSuite(suite) {
    const flat = (suite.testData?.serviceTestData?.length ?? 0) > 0;
    return flat ? flatTestSuite(suite) : braceTestSuite(suite);
}
function braceTestSuite(suite) {
    let s = (0,format/* tabs */.vR)(2) + (0,format/* identifier */.Cv)(suite.id) + ':\n' + (0,format/* tabs */.vR)(2) + '{\n';
    if (suite.testData) {
        s += (0,format/* tabs */.vR)(3) + 'data:\n' + (0,format/* tabs */.vR)(3) + '[\n';
        const connections = suite.testData.connectionsTestData ?? [];
        if (connections.length > 0) {
            s += (0,format/* tabs */.vR)(4) + 'connections:\n' + (0,format/* tabs */.vR)(4) + '[\n';
            s += connections.map((c) => (0,format/* tabs */.vR)(5) + c.id + ':\n' + composeEmbeddedData(c.data, (0,format/* tabs */.vR)(6))).join(',\n') + '\n';
            s += (0,format/* tabs */.vR)(4) + ']\n';
        }
        s += (0,format/* tabs */.vR)(3) + ']\n';
    }
    if (suite.tests) {
        s += (0,format/* tabs */.vR)(3) + 'tests:\n' + (0,format/* tabs */.vR)(3) + '[\n' + suite.tests.map((t) => braceTest(t, 4)).join(',\n') + '\n' + (0,format/* tabs */.vR)(3) + ']\n';
    }
    return s + (0,format/* tabs */.vR)(2) + '}';
}
function braceTest(t, level) {
    let s = (0,format/* tabs */.vR)(level) + (0,format/* identifier */.Cv)(t.id) + ':\n' + (0,format/* tabs */.vR)(level) + '{\n';
    if (t.serializationFormat !== undefined && t.serializationFormat !== null)
        s += (0,format/* tabs */.vR)(level + 1) + 'serializationFormat: ' + t.serializationFormat + ';\n';
    if (t.parameters && t.parameters.length > 0) {
        s += (0,format/* tabs */.vR)(level + 1) + 'parameters:\n' + (0,format/* tabs */.vR)(level + 1) + '[\n';
        s += t.parameters.map((p) => (0,format/* tabs */.vR)(level + 2) + (p.name ?? '') + ' = ' + (0,valueSpecification/* composeValueSpecification */.v3)(p.value, PLAIN)).join(',\n') + '\n';
        s += (0,format/* tabs */.vR)(level + 1) + ']\n';
    }
    if (t.keys && t.keys.length > 0) {
        // the engine indents only the first key
        s += (0,format/* tabs */.vR)(level + 1) + 'keys:\n' + (0,format/* tabs */.vR)(level + 1) + '[\n' + (0,format/* tabs */.vR)(level + 2) + t.keys.map(strings/* quoteString */.Ov).join(',\n') + '\n' + (0,format/* tabs */.vR)(level + 1) + '];\n';
    }
    if (t.assertions) {
        s += (0,format/* tabs */.vR)(level + 1) + 'asserts:\n' + (0,format/* tabs */.vR)(level + 1) + '[\n';
        s += t.assertions.map((a) => composeTestAssertion(a, (0,format/* tabs */.vR)(level + 2))).join(',\n') + '\n';
        s += (0,format/* tabs */.vR)(level + 1) + ']\n';
    }
    return s + (0,format/* tabs */.vR)(level) + '}';
}
function flatTestSuite(suite) {
    let s = (0,format/* tabs */.vR)(2) + (0,format/* identifier */.Cv)(suite.id);
    if (suite.doc !== undefined && suite.doc !== null)
        s += ' ' + (0,strings/* quoteString */.Ov)(suite.doc);
    s += '\n' + (0,format/* tabs */.vR)(2) + '(\n';
    for (const r of suite.testData?.serviceTestData ?? [])
        s += service_dataResolver(r, 3) + '\n';
    for (const t of suite.tests ?? [])
        s += atomicTest(t, 3) + '\n';
    return s + (0,format/* tabs */.vR)(2) + ')';
}
function service_dataResolver(r, level) {
    if (r._type === 'referenceDataResolver')
        return (0,format/* tabs */.vR)(level) + r.elementPointer.path + ';';
    return (0,format/* tabs */.vR)(level) + r.elementPointer.path + ':\n' + composeEmbeddedData(r.data, (0,format/* tabs */.vR)(level + 1)) + ';';
}
function atomicTest(t, level) {
    let s = (0,format/* tabs */.vR)(level) + (0,format/* identifier */.Cv)(t.id);
    if (t.doc !== undefined && t.doc !== null)
        s += ' ' + (0,strings/* quoteString */.Ov)(t.doc);
    if (t.parameters && t.parameters.length > 0) {
        s += ' (' + t.parameters.map((p) => (p.name ?? '') + ' = ' + (0,valueSpecification/* composeValueSpecification */.v3)(p.value, PLAIN)).join(', ') + ')';
    }
    if (t.keys && t.keys.length > 0)
        s += ' [' + t.keys.map(strings/* quoteString */.Ov).join(', ') + ']';
    if (t.serializationFormat !== undefined && t.serializationFormat !== null)
        s += ' : ' + t.serializationFormat;
    s += ' =>\n';
    const a = t.assertions[0];
    if (a && a._type === 'equalToJson')
        s += composeEmbeddedData(a.expected, (0,format/* tabs */.vR)(level + 1));
    else
        s += (0,format/* tabs */.vR)(level + 1) + '/* only EqualToJson expectations are rendered by the embedded engine */';
    return s + ';';
}
// ----------------------------------------------------------------------------------------------- legacy test
function isLegacyTestEmpty(t) {
    if (t._type === 'singleExecutionTest')
        return !t.asserts || t.asserts.length === 0;
    return t.tests.every((k) => !k.asserts || k.asserts.length === 0);
}
function service_legacyTest(t) {
    if (t._type === 'singleExecutionTest') {
        return ('Single\n' + (0,format/* tabs */.vR)(1) + '{\n' +
            (0,format/* tabs */.vR)(2) + 'data: ' + (0,strings/* quoteString */.Ov)(t.data) + ';\n' +
            (0,format/* tabs */.vR)(2) + 'asserts:\n' + testContainers(t.asserts, 2) + '\n' +
            (0,format/* tabs */.vR)(1) + '}\n');
    }
    const keyed = t.tests.map((k) => (0,format/* tabs */.vR)(2) + 'tests[' + (0,strings/* quoteString */.Ov)(k.key) + ']:\n' + (0,format/* tabs */.vR)(2) + '{\n' +
        (0,format/* tabs */.vR)(3) + 'data: ' + (0,strings/* quoteString */.Ov)(k.data) + ';\n' +
        (0,format/* tabs */.vR)(3) + 'asserts:\n' + testContainers(k.asserts, 3) + '\n' +
        (0,format/* tabs */.vR)(2) + '}');
    return 'Multi\n' + (0,format/* tabs */.vR)(1) + '{\n' + keyed.join('\n') + '\n' + (0,format/* tabs */.vR)(1) + '}\n';
}
function testContainers(containers, level) {
    const items = containers.map((c) => (0,format/* tabs */.vR)(level + 1) + '{ [' + (c.parametersValues ?? []).map((p) => (0,valueSpecification/* composeValueSpecification */.v3)(p, PLAIN)).join(', ') + '], ' + (0,valueSpecification/* lambda */.u3)(c.assert, PLAIN) + ' }');
    return (0,format/* tabs */.vR)(level) + '[\n' + items.join(',\n') + (containers.length === 0 ? '' : '\n') + (0,format/* tabs */.vR)(level) + '];';
}
// ----------------------------------------------------------------------------------------------- post validations
function postValidation(v) {
    return ((0,format/* tabs */.vR)(2) + '{\n' +
        (0,format/* tabs */.vR)(3) + 'description: ' + (0,strings/* quoteString */.Ov)(v.description) + ';\n' +
        (0,format/* tabs */.vR)(3) + 'params:[\n' + v.parameters.map((p) => (0,format/* tabs */.vR)(4) + (0,valueSpecification/* lambda */.u3)(p, PLAIN)).join(',\n') + '\n' + (0,format/* tabs */.vR)(3) + '];\n' +
        (0,format/* tabs */.vR)(3) + 'assertions:[\n' + v.assertions.map((a) => (0,format/* tabs */.vR)(4) + a.id + ': ' + (0,valueSpecification/* lambda */.u3)(a.assertion, PLAIN)).join(',\n') + '\n' + (0,format/* tabs */.vR)(3) + '];\n' +
        (0,format/* tabs */.vR)(2) + '}\n');
}
// ----------------------------------------------------------------------------------------------- execution environments
function composeExecutionEnvironment(env) {
    const params = env.executionParameters.map((p) => p._type === 'multiExecutionParameters' ? multiExecutionParameters(p, 2) : singleExecutionParameters(p, 2));
    return ('ExecutionEnvironment ' + (0,format/* path */.Ae)(env.package ? env.package + '::' + env.name : env.name) + '\n{\n' +
        (0,format/* tabs */.vR)(1) + 'executions:\n' + (0,format/* tabs */.vR)(1) + '[\n' + params.join(',\n') + '\n' + (0,format/* tabs */.vR)(1) + '];\n' +
        '}');
}
function singleExecutionParameters(p, level) {
    let s = (0,format/* tabs */.vR)(level) + p.key + ':\n' + (0,format/* tabs */.vR)(level) + '{\n' + (0,format/* tabs */.vR)(level + 1) + 'mapping: ' + p.mapping + ';\n';
    if (p.runtime)
        s += executionRuntime(p.runtime, level + 1);
    if (p.runtimeComponents) {
        const c = p.runtimeComponents;
        s += (0,format/* tabs */.vR)(level + 1) + 'runtimeComponents:\n' + (0,format/* tabs */.vR)(level + 1) + '{\n';
        s += (0,format/* tabs */.vR)(level + 2) + 'class: ' + c.clazz.path + ';\n';
        s += (0,format/* tabs */.vR)(level + 2) + 'binding: ' + c.binding.path + ';\n';
        s += executionRuntime(c.runtime, level + 2);
        s += '\n' + (0,format/* tabs */.vR)(level + 1) + '}';
    }
    return s + '\n' + (0,format/* tabs */.vR)(level) + '}';
}
function multiExecutionParameters(p, level) {
    return ((0,format/* tabs */.vR)(level) + p.masterKey + ':\n' + (0,format/* tabs */.vR)(level) + '[\n' +
        p.singleExecutionParameters.map((x) => singleExecutionParameters(x, level + 1)).join(',\n') + '\n' +
        (0,format/* tabs */.vR)(level) + ']');
}

;// CONCATENATED MODULE: ./src/pure/composer/elementComposers.ts






const ELEMENT_COMPOSERS = {
    class: composeClass,
    association: composeAssociation,
    Enumeration: composeEnumeration,
    profile: composeProfile,
    function: composeFunction,
    measure: composeMeasure,
    mapping: composeMapping,
    relational: composeDatabase,
    connection: composeConnection,
    runtime: composeRuntime,
    service: composeService,
    executionEnvironmentInstance: composeExecutionEnvironment,
    dataElement: composeDataElement,
};
const SECTION_OF_KIND = {
    class: 'Pure',
    association: 'Pure',
    Enumeration: 'Pure',
    profile: 'Pure',
    function: 'Pure',
    measure: 'Pure',
    mapping: 'Mapping',
    connection: 'Connection',
    runtime: 'Runtime',
    service: 'Service',
    executionEnvironmentInstance: 'Service',
    relational: 'Relational',
    dataElement: 'Data',
};

;// CONCATENATED MODULE: ./src/pure/composer/compose.ts



function composePureGrammar(model, options = {}) {
    const elements = model.elements;
    const remaining = new Set(elements);
    const composed = [];
    // several elements may share a path (an invalid model, but composable): each section takes the one of its kind
    const byPath = new Map();
    for (const e of elements) {
        const list = byPath.get((0,context/* elementPath */.y)(e));
        if (list)
            list.push(e);
        else
            byPath.set((0,context/* elementPath */.y)(e), [e]);
    }
    for (const e of elements) {
        if (e._type !== 'sectionIndex')
            continue;
        remaining.delete(e);
        for (const section of e.sections) {
            let s = composed.length > 0 || section.parserName !== 'Pure' ? `###${section.parserName}\n` : '';
            const imports = section._type === 'importAware' ? [...new Set(section.imports)] : [];
            if (imports.length > 0)
                s += imports.map((i) => `import ${(0,format/* path */.Ae)(i)}::*;`).join('\n') + '\n';
            const sectionElements = [];
            for (const p of new Set(section.elements)) {
                const candidates = (byPath.get(p) ?? []).filter((x) => remaining.has(x));
                const ofKind = candidates.filter((x) => (SECTION_OF_KIND[x._type] ?? 'Pure') === section.parserName);
                for (const el of ofKind.length > 0 ? ofKind : candidates.slice(0, 1)) {
                    remaining.delete(el);
                    sectionElements.push(el);
                }
            }
            if (options.sortBy)
                sortInPlace(sectionElements, options.sortBy);
            if (sectionElements.length > 0)
                s += sectionElements.map(composeElement).join('\n\n') + '\n';
            composed.push(s);
        }
    }
    // elements no section index accounts for, one section per kind
    const groups = new Map();
    for (const e of elements) {
        if (!remaining.has(e) || e._type === 'sectionIndex')
            continue;
        const section = SECTION_OF_KIND[e._type] ?? 'Pure';
        const list = groups.get(section) ?? [];
        list.push(e);
        groups.set(section, list);
    }
    for (const section of ['Pure', 'Relational', 'Mapping', 'Connection', 'Runtime', 'Service', 'Data']) {
        const list = groups.get(section);
        if (!list)
            continue;
        if (options.sortBy)
            sortInPlace(list, options.sortBy);
        const header = composed.length > 0 || section !== 'Pure' ? `###${section}\n` : '';
        composed.push(header + list.map(composeElement).join('\n\n') + '\n');
    }
    return composed.filter((s) => s !== '').join('\n\n');
}
function sortInPlace(list, key) {
    list.sort((a, b) => {
        const ka = key(a);
        const kb = key(b);
        return ka < kb ? -1 : ka > kb ? 1 : 0;
    });
}
function composeElement(e) {
    const composer = ELEMENT_COMPOSERS[e._type];
    return composer ? composer(e) : `/* Can't transform element '${(0,context/* elementPath */.y)(e)}' in this section */`;
}


/***/ }),

/***/ 3954:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ae: () => (/* binding */ path),
/* harmony export */   As: () => (/* binding */ multiplicity),
/* harmony export */   Cv: () => (/* binding */ identifier),
/* harmony export */   G_: () => (/* binding */ javaDecimal),
/* harmony export */   SA: () => (/* binding */ javaDouble),
/* harmony export */   vR: () => (/* binding */ tabs),
/* harmony export */   wn: () => (/* binding */ TAB)
/* harmony export */ });
/* harmony import */ var _grammar_strings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1722);

const TAB = '  ';
function tabs(n) {
    return TAB.repeat(n);
}
function isUnquotedIdentifier(s) {
    // [A-Za-z_][A-Za-z0-9_$~]*
    if (s.length === 0)
        return false;
    const c0 = s.charCodeAt(0);
    if (!((c0 >= 65 && c0 <= 90) || (c0 >= 97 && c0 <= 122) || c0 === 95))
        return false;
    for (let i = 1; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 36 || c === 126))
            return false;
    }
    return true;
}
/** An identifier as written in grammar: bare when it is a plain name, otherwise quoted. */
function identifier(s) {
    if (s === undefined || s === '')
        return '';
    return isUnquotedIdentifier(s) ? s : (0,_grammar_strings_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteString */ .Ov)(s);
}
/** A `a::b::C` path with each segment written as an identifier. */
function path(p) {
    return p
        .split('::')
        .map((segment) => identifier(segment))
        .join('::');
}
/** `1`, `*`, `0..1`, `1..*`. */
function multiplicity(m) {
    const lower = m?.lowerBound ?? 0;
    const upper = m?.upperBound;
    if (lower === 0 && upper === undefined)
        return '*';
    if (upper !== undefined && lower === upper)
        return String(lower);
    return `${lower}..${upper === undefined ? '*' : upper}`;
}
/** Java's `Double.toString`: always a decimal point; scientific notation below 1e-3 or from 1e7. */
function javaDouble(v) {
    if (Number.isNaN(v))
        return 'NaN';
    if (!Number.isFinite(v))
        return v > 0 ? 'Infinity' : '-Infinity';
    if (v === 0)
        return Object.is(v, -0) ? '-0.0' : '0.0';
    const abs = Math.abs(v);
    if (abs >= 1e-3 && abs < 1e7) {
        const s = String(v);
        return s.includes('.') || s.includes('e') ? s : s + '.0';
    }
    const [mantissa, exponent] = v.toExponential().split('e');
    const m = mantissa.includes('.') ? mantissa : mantissa + '.0';
    return `${m}E${exponent.startsWith('+') ? exponent.slice(1) : exponent}`;
}
/** Java's `BigDecimal.toString` for a decimal value held as a number (the scale of the literal is not kept). */
function javaDecimal(v) {
    const s = String(v);
    if (!s.includes('e'))
        return s;
    const [mantissa, exponent] = s.split('e');
    return `${mantissa}E${exponent.startsWith('+') ? '+' + exponent.slice(1) : exponent}`;
}


/***/ }),

/***/ 8591:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k_: () => (/* binding */ genericType),
/* harmony export */   tZ: () => (/* binding */ isPrimitiveValue),
/* harmony export */   u3: () => (/* binding */ lambda),
/* harmony export */   v3: () => (/* binding */ composeValueSpecification)
/* harmony export */ });
/* unused harmony export isInfix */
/* harmony import */ var _grammar_strings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1722);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3954);


const STANDARD = { indent: '', inSignature: false };
const SPECIAL_INFIX = {
    equal: '==',
    lessThanEqual: '<=',
    lessThan: '<',
    greaterThanEqual: '>=',
    greaterThan: '>',
    plus: '+',
    minus: '-',
    times: '*',
    divide: '/',
    and: '&&',
    or: '||',
};
function isFunc(v) {
    return v !== undefined && v._type === 'func';
}
function isInfix(f) {
    if (Object.prototype.hasOwnProperty.call(SPECIAL_INFIX, f.function))
        return true;
    const p0 = f.parameters[0];
    return f.function === 'not' && isFunc(p0) && p0.function === 'equal';
}
function isPrimitiveValue(v) {
    if (!v)
        return false;
    switch (v._type) {
        case 'string':
        case 'boolean':
        case 'integer':
        case 'float':
        case 'decimal':
        case 'dateTime':
        case 'strictDate':
        case 'strictTime':
        case 'latestDate':
            return true;
        default:
            return false;
    }
}
function composeValueSpecification(v, ctx = STANDARD) {
    switch (v._type) {
        case 'func':
            return appliedFunction(v, ctx);
        case 'property': {
            const first = v.parameters[0];
            let owner = composeValueSpecification(first, ctx);
            // Legend writes `(!$a).b` and `($a + $b).c` without their parentheses, which changes their meaning;
            // they are kept here so the text parses back to the same expression
            if (isFunc(first) && (isInfix(first) || first.function === 'not'))
                owner = '(' + owner + ')';
            let s = owner + '.' + (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .identifier */ .Cv)(v.property);
            if (v.parameters.length > 1)
                s += '(' + v.parameters.slice(1).map((p) => composeValueSpecification(p, ctx)).join(', ') + ')';
            return s;
        }
        case 'var':
            return variable(v, ctx);
        case 'lambda':
            return lambda(v, ctx);
        case 'collection':
            return v.values.length === 0 ? '[]' : '[' + v.values.map((x) => withParentheses(x, ctx)).join(', ') + ']';
        case 'string':
            return v.multiLine ? (0,_grammar_strings_js__WEBPACK_IMPORTED_MODULE_1__/* .renderTextBlock */ .F3)(v.value, ctx.indent) : (0,_grammar_strings_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteString */ .Ov)(v.value);
        case 'integer':
            return String(v.value);
        case 'float':
            return (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .javaDouble */ .SA)(v.value);
        case 'decimal':
            return (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .javaDecimal */ .G_)(v.value) + 'D';
        case 'boolean':
            return String(v.value);
        case 'dateTime':
        case 'strictDate':
        case 'strictTime':
            return v.value.includes('%') ? v.value : '%' + v.value;
        case 'latestDate':
            return '%latest';
        case 'byteArray':
            return 'toBytes(' + (0,_grammar_strings_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteString */ .Ov)(new TextDecoder().decode(new Uint8Array(v.value))) + ')';
        case 'enumValue':
            return v.fullPath + '.' + (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .identifier */ .Cv)(v.value);
        case 'packageableElementPtr':
            return v.fullPath;
        case 'genericTypeInstance':
            return genericType(v.genericType, ctx);
        case 'keyExpression':
            return stripQuotes(composeValueSpecification(v.key, ctx)) + '=' + composeValueSpecification(v.expression, ctx);
        case 'unitType':
            return v.fullPath;
        case 'classInstance':
            return classInstance(v, ctx);
    }
}
function stripQuotes(s) {
    return s.slice(1, s.length - 1);
}
function variable(v, ctx) {
    const name = (ctx.inSignature ? '' : '$') + (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .identifier */ .Cv)(v.name);
    return v.genericType ? `${name}: ${genericType(v.genericType, ctx)}[${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .multiplicity */ .As)(v.multiplicity)}]` : name;
}
function lambda(l, ctx) {
    const addWrapper = l.body.length > 1 || l.parameters.length > 1;
    const addCR = l.body.length > 1;
    const params = l.parameters.map((p) => variable(p, { ...ctx, inSignature: true })).join(', ');
    const bodyCtx = { ...ctx, inSignature: false };
    return ((addWrapper ? '{' : '') +
        params +
        '|' +
        (addCR ? '\n' + ctx.indent : '') +
        l.body.map((b) => composeValueSpecification(b, bodyCtx)).join(';\n' + ctx.indent) +
        (addCR ? ';\n' : '') +
        (addWrapper ? ctx.indent + '}' : ''));
}
function genericType(g, ctx = STANDARD) {
    let s = type(g.rawType, ctx);
    if (g.typeArguments.length > 0 || g.multiplicityArguments.length > 0) {
        s +=
            '<' +
                g.typeArguments.map((t) => genericType(t, ctx)).join(', ') +
                (g.multiplicityArguments.length === 0 ? '' : '|' + g.multiplicityArguments.map(_format_js__WEBPACK_IMPORTED_MODULE_0__/* .multiplicity */ .As).join(',')) +
                '>';
    }
    if (g.typeVariableValues.length > 0)
        s += '(' + g.typeVariableValues.map((v) => composeValueSpecification(v, ctx)).join(',') + ')';
    return s;
}
function type(t, ctx) {
    if (t._type === 'packageableType')
        return t.fullPath;
    return ('(' +
        t.columns
            .map((c) => {
            const zeroOne = c.multiplicity.lowerBound === 0 && c.multiplicity.upperBound === 1;
            return (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .identifier */ .Cv)(c.name) + ':' + genericType(c.genericType, ctx) + (zeroOne ? '' : '[' + (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .multiplicity */ .As)(c.multiplicity) + ']');
        })
            .join(', ') +
        ')');
}
/** `possiblyAddParenthesis(param)`: parentheses around an infix operation with several operands. */
function withParentheses(p, ctx) {
    return legendWraps(p) ? '(' + composeValueSpecification(p, ctx) + ')' : composeValueSpecification(p, ctx);
}
function legendWraps(p) {
    if (!isFunc(p) || !isInfix(p))
        return false;
    const ps = p.parameters;
    const oneAppliedParam = ps.length === 1 && isFunc(ps[0]);
    const many = ps.length > 1 || (ps[0]?._type === 'collection' && ps[0].values.length > 1);
    return oneAppliedParam || many;
}
const PARENTHESISED_OPERANDS = new Set(['and', 'or', 'plus', 'minus', 'times', 'divide', 'not']);
const RELATIONAL = new Set(['lessThan', 'lessThanEqual', 'greaterThan', 'greaterThanEqual']);
const EQUALITY = new Set(['equal']);
function isEquality(v) {
    return isFunc(v) && (v.function === 'equal' || (v.function === 'not' && isFunc(v.parameters[0]) && v.parameters[0].function === 'equal'));
}
function isBooleanOperation(v) {
    return isFunc(v) && (v.function === 'and' || v.function === 'or') && v.parameters.length === 2;
}
/**
 * Operands of `==`, `!=` and comparisons that Legend's composer writes bare although the text would parse back
 * differently (`($a + 1) == 2` as `$a + 1 == 2`, `($a && $b) < $c` as `$a && $b < $c`): parenthesised here.
 */
function needsParentheses(fn, side, p) {
    if (!isFunc(p))
        return false;
    if (EQUALITY.has(fn))
        return side === 0 ? isInfix(p) || p.function === 'not' || p.function === 'minus' : isBooleanOperation(p);
    if (RELATIONAL.has(fn))
        return isBooleanOperation(p) || (side === 0 ? isEquality(p) : RELATIONAL.has(p.function));
    return false;
}
/** `possiblyAddParenthesis(function, param)`, plus the parentheses the meaning needs (see needsParentheses). */
function operand(fn, p, ctx, side = 0) {
    if (PARENTHESISED_OPERANDS.has(fn))
        return withParentheses(p, ctx);
    const s = composeValueSpecification(p, ctx);
    return needsParentheses(fn, side, p) ? '(' + s + ')' : s;
}
function appliedFunction(af, ctx) {
    const full = af.function;
    const i = full.lastIndexOf('::');
    const fn = i < 0 ? full : full.slice(i + 2);
    const ps = af.parameters;
    const r = (v) => composeValueSpecification(v, ctx);
    // the special forms need their usual arity; other calls with these names render as plain calls
    const arity = {
        getAll: (n) => n >= 1,
        getAllVersions: (n) => n >= 1,
        letFunction: (n) => n === 2 && ps[0]?._type === 'string',
        cast: (n) => n === 2,
        to: (n) => n === 2,
        toMany: (n) => n === 2,
        subType: (n) => n === 2,
        new: (n) => n >= 1,
        not: (n) => n === 1,
    };
    // (Legend matches the last path segment only; a user's own `my::not(x)` stays a call here)
    const special = (i < 0 || full.startsWith('meta::')) && (arity[fn]?.(ps.length) ?? false);
    switch (special ? fn : '') {
        case 'getAll':
            return r(ps[0]) + '.all(' + ps.slice(1).map(r).join(', ') + ')';
        case 'getAllVersions':
            return r(ps[0]) + '.allVersions(' + ps.slice(1).map(r).join(', ') + ')';
        case 'letFunction': {
            const name = ps[0]?._type === 'string' ? ps[0].value : '';
            return 'let ' + (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .identifier */ .Cv)(name) + ' = ' + r(ps[1]);
        }
        case 'cast':
        case 'to':
        case 'toMany': {
            const target = ps[1];
            const castType = (target._type === 'genericTypeInstance' ? '@' : '') + r(target);
            return withParentheses(ps[0], ctx) + '->' + full + '(' + castType + ')';
        }
        case 'subType':
            return r(ps[0]) + '->' + full + '(@' + r(ps[1]) + ')';
        case 'new': {
            const last = ps[ps.length - 1];
            const values = last._type === 'collection' ? last.values : [last];
            const first = ps[0];
            const typeName = first._type === 'genericTypeInstance' && first.genericType.typeArguments[0]
                ? genericType(first.genericType.typeArguments[0], ctx)
                : r(first);
            return '^' + typeName + '(' + values.map(r).join(' , ') + ')';
        }
        case 'not': {
            const p0 = ps[0];
            if (isFunc(p0) && p0.function === 'equal') {
                const side = (v, i) => {
                    const s = composeValueSpecification(v, ctx);
                    return legendWraps(v) || needsParentheses('equal', i, v) ? '(' + s + ')' : s;
                };
                return side(p0.parameters[0], 0) + ' != ' + side(p0.parameters[1], 1);
            }
            return '!' + operand('not', p0, ctx);
        }
        default:
            break;
    }
    if (fn === 'divide' && ps.length === 3)
        return renderFunction(af, ctx);
    if (isInfix(af)) {
        const op = SPECIAL_INFIX[full];
        const p0 = ps[0];
        // (Legend also takes this branch for `[x] / y`, dropping `y`: a binary call keeps both operands here)
        if (p0?._type === 'collection' && ps.length === 1 && (full === 'plus' || full === 'minus' || full === 'times' || full === 'divide')) {
            return p0.values.map((v) => operand(full, v, ctx)).join(' ' + op + ' ');
        }
        if (full === 'minus')
            return '-' + operand('minus', p0, ctx);
        if (ps.length === 1)
            return renderFunction(af, ctx);
        return operand(full, ps[0], ctx, 0) + ' ' + op + ' ' + operand(full, ps[1], ctx, 1);
    }
    if (fn === 'if' || fn === 'over')
        return fn + '(' + ps.map(r).join(', ') + ')';
    return renderFunction(af, ctx);
}
/** `(x)` around a `minus`/`not` receiver of an arrow call. */
function receiver(v, ctx) {
    const wrap = isFunc(v) && (v.function === 'minus' || v.function === 'not');
    const s = composeValueSpecification(v, ctx);
    return wrap ? '(' + s + ')' : s;
}
function renderFunction(af, ctx) {
    const ps = af.parameters;
    const name = af.function
        .split('::')
        .map((s) => (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .identifier */ .Cv)(s))
        .join('::');
    if (ps.length === 0)
        return name + '()';
    const first = ps[0];
    const others = ps.slice(1);
    const r = (v) => composeValueSpecification(v, ctx);
    if (first._type === 'lambda' || (isFunc(first) && first.function !== 'minus' && isInfix(first))) {
        return name + '(' + ps.map(r).join(', ') + ')';
    }
    if (others.length === 0) {
        if (isPrimitiveValue(first))
            return name + '(' + r(first) + ')';
        return receiver(first, ctx) + '->' + name + '()';
    }
    return receiver(first, ctx) + '->' + name + '(' + others.map(r).join(', ') + ')';
}
function colSpec(c, ctx) {
    return ((0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .identifier */ .Cv)(c.name) +
        (c.genericType ? ':' + genericType(c.genericType, ctx) : '') +
        (c.function1 ? ':' + lambda(c.function1, ctx) : '') +
        (c.function2 ? ':' + lambda(c.function2, ctx) : ''));
}
function classInstance(ci, ctx) {
    switch (ci.type) {
        case 'colSpec':
            return '~' + colSpec(ci.value, ctx);
        case 'colSpecArray':
            return '~[' + ci.value.colSpecs.map((c) => colSpec(c, ctx)).join(', ') + ']';
        case 'rootGraphFetchTree':
            return rootGraphFetchTree(ci.value);
        case 'path': {
            const p = ci.value;
            const elements = p.path.map((e) => e.property + (e.parameters.length > 1 ? '(' + e.parameters.map((x) => composeValueSpecification(x, ctx)).join(', ') + ')' : ''));
            return '#/' + (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .path */ .Ae)(p.startType) + (elements.length === 0 ? '' : '/' + elements.join('/')) + (p.name ? '!' + p.name : '') + '#';
        }
        case '>':
            return '#>{' + ci.value.path.join('.') + '}#';
        case 'listInstance':
            return 'list([' + ci.value.values.map((x) => composeValueSpecification(x, ctx)).join(',') + '])';
    }
}
function rootGraphFetchTree(t) {
    const sub = t.subTrees.map(graphFetchTree).join(',');
    const subTypes = t.subTypeTrees.map(graphFetchTree).join(',');
    return '#{' + t.class + '{' + sub + (sub !== '' && subTypes !== '' ? ',' : '') + subTypes + '}}#';
}
function graphFetchTree(t) {
    if (t._type === 'propertyGraphFetchTree')
        return propertyGraphFetchTree(t);
    if (t._type === 'subTypeGraphFetchTree')
        return subTypeGraphFetchTree(t);
    return rootGraphFetchTree(t);
}
function propertyGraphFetchTree(t) {
    const alias = t.alias !== undefined ? "'" + t.alias + "':" : '';
    const params = t.parameters.length > 0 ? '(' + t.parameters.map((p) => composeValueSpecification(p)).join(', ') + ')' : '';
    const subType = t.subType !== undefined ? '->subType(@' + t.subType + ')' : '';
    const sub = t.subTrees.length > 0 ? '{' + t.subTrees.map(graphFetchTree).join(',') + '}' : '';
    return alias + t.property + params + subType + sub;
}
function subTypeGraphFetchTree(t) {
    const sub = t.subTrees.length > 0 ? '{' + t.subTrees.map(graphFetchTree).join(',') + '}' : '';
    return '->subType(@' + t.subTypeClass + ')' + sub;
}


/***/ }),

/***/ 1215:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CY: () => (/* binding */ entityFromJson),
/* harmony export */   Dj: () => (/* binding */ entityToElement),
/* harmony export */   OW: () => (/* binding */ parseJsonFile),
/* harmony export */   tm: () => (/* binding */ parseEntityFile)
/* harmony export */ });
/* unused harmony exports CLASSIFIER_PATHS, classifierPathOf, elementToEntity, modelToEntities, entitiesToModel, serializeEntity, entityFilePath */
/* harmony import */ var _protocol_engineError_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5103);
/* harmony import */ var _checks_contracts_json_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8037);



/** Classifier path of each element kind, as the engine's protocol extensions declare them. */
const CLASSIFIER_PATHS = {
    class: 'meta::pure::metamodel::type::Class',
    Enumeration: 'meta::pure::metamodel::type::Enumeration',
    association: 'meta::pure::metamodel::relationship::Association',
    profile: 'meta::pure::metamodel::extension::Profile',
    function: 'meta::pure::metamodel::function::ConcreteFunctionDefinition',
    measure: 'meta::pure::metamodel::type::Measure',
    mapping: 'meta::pure::mapping::Mapping',
    connection: 'meta::pure::runtime::PackageableConnection',
    runtime: 'meta::pure::runtime::PackageableRuntime',
    service: 'meta::legend::service::metamodel::Service',
    executionEnvironmentInstance: 'meta::legend::service::metamodel::ExecutionEnvironmentInstance',
    relational: 'meta::relational::metamodel::Database',
    dataElement: 'meta::pure::data::DataElement',
};
const KIND_BY_CLASSIFIER = new Map(Object.entries(CLASSIFIER_PATHS).map(([kind, cp]) => [cp, kind]));
/** The classifier path for an element (undefined for the section index, which SDLC does not store). */
function classifierPathOf(element) {
    return element._type === 'sectionIndex' ? undefined : CLASSIFIER_PATHS[element._type];
}
/** Element → entity, without source information (SDLC content carries none). */
function elementToEntity(element) {
    const classifierPath = classifierPathOf(element);
    if (!classifierPath)
        throw new Error(`Elements of type '${element._type}' are not stored as SDLC entities`);
    const content = withoutSourceInformation(element);
    return { path: elementPath(element), classifierPath, content };
}
/** Every element of a model as entities (the section index is left out). */
function modelToEntities(model) {
    return model.elements.filter((e) => e._type !== 'sectionIndex').map((e) => elementToEntity(e));
}
/** Entity → element, checking that path, content and classifier path agree. */
function entityToElement(entity) {
    const content = entity.content;
    const type = content._type;
    if (typeof type !== 'string')
        throw new Error("The entity content has no '_type'");
    const name = typeof content.name === 'string' ? content.name : undefined;
    const pkg = typeof content.package === 'string' ? content.package : '';
    let element = content;
    if (name === undefined) {
        // older files may leave package/name to the entity path
        const i = entity.path.lastIndexOf('::');
        element = { ...content, package: i < 0 ? '' : entity.path.slice(0, i), name: i < 0 ? entity.path : entity.path.slice(i + 2) };
    }
    else {
        const contentPath = pkg ? `${pkg}::${name}` : name;
        if (entity.path && entity.path !== contentPath) {
            throw new Error(`The entity path '${entity.path}' does not match its content's '${contentPath}'`);
        }
    }
    const expectedKind = KIND_BY_CLASSIFIER.get(entity.classifierPath);
    if (expectedKind !== undefined && expectedKind !== type) {
        throw new Error(`The classifier path '${entity.classifierPath}' does not match the content's _type '${type}'`);
    }
    return element;
}
/** Entities → one model (in the given order). */
function entitiesToModel(entities) {
    return { _type: 'data', elements: entities.map(entityToElement) };
}
/** Reads a JSON file's text; syntax errors are PARSER errors at their 1-based line and column. */
function parseJsonFile(text, sourceId = '') {
    try {
        return JSON.parse(text);
    }
    catch {
        // JSON.parse does not always say where: the positional parser does
        const parsed = (0,_checks_contracts_json_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJsonWithPositions */ .ed)(text);
        const message = parsed.ok ? 'unreadable JSON' : parsed.message;
        throw new _protocol_engineError_js__WEBPACK_IMPORTED_MODULE_0__/* .EngineError */ .N(`Invalid JSON: ${message}`, 'PARSER', positionAt(text, parsed.ok ? 0 : parsed.offset, sourceId));
    }
}
/** Reads an entity file's text; syntax errors are PARSER errors at their 1-based line and column. */
function parseEntityFile(text, sourceId = '') {
    return entityFromJson(parseJsonFile(text, sourceId), sourceId);
}
/** An entity from parsed JSON; a shape that is not `{classifierPath, content, path?}` is a PARSER error. */
function entityFromJson(json, sourceId = '') {
    const at = () => ({ sourceId, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 });
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
        throw new _protocol_engineError_js__WEBPACK_IMPORTED_MODULE_0__/* .EngineError */ .N('Not a Legend SDLC entity: expected an object {classifierPath, content, path}', 'PARSER', at());
    }
    const o = json;
    const content = o.content;
    if (typeof content !== 'object' || content === null || Array.isArray(content)) {
        throw new _protocol_engineError_js__WEBPACK_IMPORTED_MODULE_0__/* .EngineError */ .N("Not a Legend SDLC entity: 'content' must be an object", 'PARSER', at());
    }
    if (typeof o.classifierPath !== 'string')
        throw new _protocol_engineError_js__WEBPACK_IMPORTED_MODULE_0__/* .EngineError */ .N("Not a Legend SDLC entity: 'classifierPath' must be a string", 'PARSER', at());
    const c = content;
    let path = typeof o.path === 'string' ? o.path : undefined;
    if (path === undefined) {
        // newer legend-sdlc files leave the path out: it is the content's package::name
        if (typeof c.name !== 'string')
            throw new _protocol_engineError_js__WEBPACK_IMPORTED_MODULE_0__/* .EngineError */ .N("Not a Legend SDLC entity: no 'path' and no content 'name'", 'PARSER', at());
        path = typeof c.package === 'string' && c.package !== '' ? `${c.package}::${c.name}` : c.name;
    }
    return { path, classifierPath: o.classifierPath, content: c };
}
/** The entity file's text, as legend-sdlc writes it. */
function serializeEntity(entity) {
    return jacksonPretty({ classifierPath: entity.classifierPath, content: entity.content, path: entity.path }, '');
}
/** `entities/my/pkg/Name.json` for `my::pkg::Name`. */
function entityFilePath(path, root = 'entities') {
    return `${root}/${path.split('::').join('/')}.json`;
}
// ----------------------------------------------------------------------------------------------- helpers
function withoutSourceInformation(v) {
    if (Array.isArray(v))
        return v.map(withoutSourceInformation);
    if (v === null || typeof v !== 'object')
        return v;
    const out = {};
    for (const [k, x] of Object.entries(v)) {
        if (k === 'sourceInformation' || k.endsWith('SourceInformation'))
            continue;
        if (x === undefined)
            continue;
        out[k] = withoutSourceInformation(x);
    }
    return out;
}
/** Jackson's DefaultPrettyPrinter with sorted keys: objects one entry a line, arrays on one line. */
function jacksonPretty(v, indent) {
    if (v === null || v === undefined)
        return 'null';
    if (typeof v === 'string')
        return JSON.stringify(v);
    if (typeof v === 'number')
        return Number.isFinite(v) ? String(v) : 'null';
    if (typeof v === 'boolean')
        return String(v);
    if (Array.isArray(v)) {
        if (v.length === 0)
            return '[ ]';
        return '[ ' + v.map((x) => jacksonPretty(x, indent)).join(', ') + ' ]';
    }
    const entries = Object.entries(v)
        .filter(([, x]) => x !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    if (entries.length === 0)
        return '{ }';
    const inner = indent + '  ';
    return '{\n' + entries.map(([k, x]) => inner + JSON.stringify(k) + ' : ' + jacksonPretty(x, inner)).join(',\n') + '\n' + indent + '}';
}
function positionAt(text, offset, sourceId) {
    let line = 1;
    let column = 1;
    const end = Math.min(offset, text.length);
    for (let i = 0; i < end; i++) {
        if (text.charCodeAt(i) === 10) {
            line++;
            column = 1;
        }
        else
            column++;
    }
    return { sourceId, startLine: line, startColumn: column, endLine: line, endColumn: column };
}


/***/ }),

/***/ 2515:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  NJ: () => (/* reexport */ engineError/* EngineError */.N),
  Dj: () => (/* reexport */ entities/* entityToElement */.Dj),
  Vp: () => (/* reexport */ engineError/* isEngineError */.V),
  tm: () => (/* reexport */ entities/* parseEntityFile */.tm),
  DI: () => (/* reexport */ parse/* parsePureGrammar */.D)
});

// UNUSED EXPORTS: CLASSIFIER_PATHS, classifierPathOf, composePureGrammar, composeValueSpecification, elementPath, elementToEntity, entitiesToModel, entityFilePath, modelToEntities, serializeEntity

// EXTERNAL MODULE: ./src/pure/grammar/parse.ts + 15 modules
var parse = __webpack_require__(8692);
// EXTERNAL MODULE: ./src/pure/protocol/engineError.ts
var engineError = __webpack_require__(5103);
;// CONCATENATED MODULE: ./src/pure/protocol/index.ts
/**
 * TypeScript types for Legend's protocol JSON (PureModelContextData and its elements), shaped exactly as the
 * Legend engine's `grammarToJson` emits them. Every union is discriminated by `_type`.
 */











// EXTERNAL MODULE: ./src/pure/composer/compose.ts + 8 modules
var compose = __webpack_require__(3262);
// EXTERNAL MODULE: ./src/pure/composer/valueSpecification.ts
var valueSpecification = __webpack_require__(8591);
// EXTERNAL MODULE: ./src/pure/entities.ts
var entities = __webpack_require__(1215);
;// CONCATENATED MODULE: ./src/pure/index.ts
/**
 * The embedded Legend PURE toolkit: parse grammar text to the engine's protocol JSON and compose it back.
 */







/***/ })

};
