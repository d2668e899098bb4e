export const id = 923;
export const ids = [923];
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

/***/ 1287:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vq: () => (/* binding */ TABLE_AT),
/* harmony export */   eI: () => (/* binding */ createKernel),
/* harmony export */   le: () => (/* binding */ FILE_AT)
/* harmony export */ });
/**
 * A small (about 200 bytes) WebAssembly kernel for the prefilter's hot loop, assembled here byte by byte (no
 * toolchain, nothing downloaded). `scan(p, end, table)` returns the first even address `a` in
 * `[p, end)` whose byte pair `mem[a] | mem[a+1] << 8` is flagged in the 64 KB table at `table`,
 * or -1. It reads 8 bytes (4 pairs) per step and finishes pair by pair. WebAssembly is always
 * little-endian, so pairs read the same on every host. About twice the speed of the same loop
 * in JavaScript; when WebAssembly is unavailable the caller uses the JavaScript loop.
 *
 * Memory: [0, 64 KB) the pair table; [64 KB, 64 KB + capacity + 8) the file buffer, which files
 * are read into directly (no copy).
 */
const TABLE_AT = 0;
const FILE_AT = 65536;
const uleb = (n) => {
    const out = [];
    do {
        let b = n & 0x7f;
        n >>>= 7;
        if (n)
            b |= 0x80;
        out.push(b);
    } while (n);
    return out;
};
const section = (id, bytes) => [id, ...uleb(bytes.length), ...bytes];
const name = (s) => [...uleb(s.length), ...[...s].map((c) => c.charCodeAt(0))];
// Opcodes used below.
const GET = 0x20, SET = 0x21, I32 = 0x41, I64 = 0x42, ADD = 0x6a, SUB = 0x6b, AND = 0x71, OR = 0x72, GT_U = 0x4b;
const SHR_U64 = 0x88, WRAP = 0xa7, LOAD64 = 0x29, LOAD16U = 0x2f, LOAD8U = 0x2d;
const BLOCK = 0x02, LOOP = 0x03, IF = 0x04, END = 0x0b, BR = 0x0c, BR_IF = 0x0d, RETURN = 0x0f, VOID = 0x40;
// Locals: 0 p, 1 end, 2 table (parameters); 3 x (i64), 4 lim.
const P = 0, E = 1, T = 2, X = 3, LIM = 4;
/** table[(x >> shift) & 0xffff] */
const lane = (shift) => [GET, T, GET, X, ...(shift ? [I64, shift, SHR_U64] : []), WRAP, I32, 0xff, 0xff, 0x03, AND, ADD, LOAD8U, 0, 0];
const BODY = [
    0x02, 0x01, 0x7e, 0x01, 0x7f, // locals: 1 × i64, 1 × i32
    GET, E, I32, 8, SUB, SET, LIM, // lim = end - 8
    BLOCK, VOID, LOOP, VOID,
    GET, P, GET, LIM, GT_U, BR_IF, 1, // while p <= lim
    GET, P, LOAD64, 0, 0, SET, X, // x = 8 bytes at p
    ...lane(0), ...lane(16), OR, ...lane(32), OR, ...lane(48), OR,
    BR_IF, 1, // a flagged pair among the four: finish pair by pair from p
    GET, P, I32, 8, ADD, SET, P,
    BR, 0, END, END,
    BLOCK, VOID, LOOP, VOID,
    GET, P, I32, 2, ADD, GET, E, GT_U, BR_IF, 1, // while p + 2 <= end
    GET, T, GET, P, LOAD16U, 0, 0, ADD, LOAD8U, 0, 0,
    IF, VOID, GET, P, RETURN, END,
    GET, P, I32, 2, ADD, SET, P,
    BR, 0, END, END,
    I32, 0x7f, // -1
    END,
];
const MODULE = new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, [1, 0x60, 3, 0x7f, 0x7f, 0x7f, 1, 0x7f]), // type: (i32 i32 i32) -> i32
    ...section(3, [1, 0]), // one function of that type
    ...section(5, [1, 0x00, 1]), // memory, 1 page to start
    ...section(7, [2, ...name('scan'), 0x00, 0, ...name('mem'), 0x02, 0]),
    ...section(10, [1, ...uleb(BODY.length), ...BODY]),
]);
/** A kernel whose file buffer holds `capacity` bytes, or null without WebAssembly. */
function createKernel(capacity) {
    const wasm = globalThis.WebAssembly;
    if (!wasm)
        return null;
    try {
        const { scan, mem } = new wasm.Instance(new wasm.Module(MODULE)).exports;
        const bytes = FILE_AT + capacity + 16;
        const pages = Math.ceil(bytes / 65536);
        mem.grow(pages - 1);
        return { scan, table: new Uint8Array(mem.buffer, TABLE_AT, 65536), file: Buffer.from(mem.buffer, FILE_AT, capacity), capacity };
    }
    catch {
        return null;
    }
}


/***/ }),

/***/ 2703:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ wordsOf),
/* harmony export */   _: () => (/* binding */ Prefilter)
/* harmony export */ });
/* harmony import */ var _pair_scan_wasm_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1287);
/**
 * The byte-level literal prefilter: does a file's raw bytes contain any literal that can lead
 * to a finding? It runs on every file before any decoding, so it is the hot loop of a scan.
 *
 * With few literals, `Buffer.indexOf` per literal (a native memchr-driven search) is fastest.
 * With many (tags, their aliases, stub and placeholder literals: 15 or more), one pass over
 * byte pairs at even offsets beats that many passes: a literal of 3 or more bytes contains the
 * pairs at its offsets k and k+1 for any k, and one of the two starts at an even offset, so
 * reading the buffer as 16-bit words finds every occurrence; candidates are then verified.
 * k is chosen per literal so that both pairs are rare in source code (fewer false candidates).
 * The pass runs in a small WebAssembly kernel when the buffer is the kernel's own.
 */

/** Literals at or below this count use one `indexOf` pass each. */
const INDEXOF_MAX = 4;
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const BY_FREQUENCY = 'etaoinsrhldcumfpgwybvkxjqz';
/** How rare a byte is in source text, roughly: spaces and common letters low, symbols high. */
function rarity(b) {
    if (b === 32 || b === 9 || b === 10 || b === 13)
        return 0;
    if (b >= 97 && b <= 122)
        return 1 + BY_FREQUENCY.indexOf(String.fromCharCode(b));
    if (b >= 65 && b <= 90)
        return 30 + BY_FREQUENCY.indexOf(String.fromCharCode(b + 32));
    if (b >= 48 && b <= 57)
        return 40;
    return b >= 128 ? 45 : 50;
}
/** The offset k whose pairs (k, k+1) and (k+1, k+2) are both as rare as possible. */
function anchorOffset(n) {
    let best = 0;
    let bestScore = -1;
    for (let k = 0; k + 2 < n.length; k++) {
        const score = Math.min(rarity(n[k]) + rarity(n[k + 1]), rarity(n[k + 1]) + rarity(n[k + 2]));
        if (score > bestScore) {
            bestScore = score;
            best = k;
        }
    }
    return best;
}
class Prefilter {
    needles;
    literalText;
    /** Pair (16-bit word, host order) → 1 + index into `candidates`, 0 when no literal has it. */
    table;
    candidates = [];
    /** The pairs flagged, little-endian (for the kernel's table). */
    pairs = [];
    /** Literals shorter than 3 bytes: searched with indexOf. */
    short = [];
    attached = new WeakSet();
    constructor(literals) {
        this.literalText = [...new Set(literals.filter(Boolean))];
        this.needles = this.literalText.map((l) => Buffer.from(l, 'utf8'));
        if (this.needles.length <= INDEXOF_MAX) {
            this.table = null;
            return;
        }
        this.table = new Uint16Array(65536);
        this.needles.forEach((n, index) => {
            if (n.length < 3) {
                this.short.push(index);
                return;
            }
            const k = anchorOffset(n);
            for (const offset of [k, k + 1]) {
                const le = n[offset] | (n[offset + 1] << 8);
                const word = LITTLE_ENDIAN ? le : (n[offset] << 8) | n[offset + 1];
                let slot = this.table[word];
                if (slot === 0) {
                    this.candidates.push([]);
                    slot = this.candidates.length;
                    this.table[word] = slot;
                    this.pairs.push(le);
                }
                this.candidates[slot - 1].push([index, offset]);
            }
        });
    }
    /** True when `buf[0, len)` contains a literal; bytes past `len` are never matched. */
    test(sb, len) {
        const { buf, words } = sb;
        if (this.table === null) {
            const view = buf.subarray(0, len);
            for (const n of this.needles)
                if (view.indexOf(n) !== -1)
                    return true;
            return false;
        }
        if (this.short.length) {
            const view = buf.subarray(0, len);
            for (const k of this.short)
                if (view.indexOf(this.needles[k]) !== -1)
                    return true;
        }
        const table = this.table;
        if (sb.kernel) {
            const kernel = sb.kernel;
            this.attach(kernel);
            const end = _pair_scan_wasm_js__WEBPACK_IMPORTED_MODULE_0__/* .FILE_AT */ .le + len;
            for (let p = _pair_scan_wasm_js__WEBPACK_IMPORTED_MODULE_0__/* .FILE_AT */ .le;;) {
                const at = kernel.scan(p, end, _pair_scan_wasm_js__WEBPACK_IMPORTED_MODULE_0__/* .TABLE_AT */ .Vq);
                if (at < 0)
                    return false;
                const w = at - _pair_scan_wasm_js__WEBPACK_IMPORTED_MODULE_0__/* .FILE_AT */ .le;
                // The kernel's table is shared by every language: this one may not know the pair.
                const slot = table[words[w >> 1]];
                if (slot !== 0 && this.verify(buf, len, w, slot))
                    return true;
                p = at + 2;
            }
        }
        const pairs = len >> 1;
        for (let w = 0; w < pairs; w++) {
            const slot = table[words[w]];
            if (slot !== 0 && this.verify(buf, len, w << 1, slot))
                return true;
        }
        // An odd last byte needs no look: a literal of 3+ bytes ending there has an aligned pair
        // inside the words already read.
        return false;
    }
    /** Flags this prefilter's pairs in the kernel's (shared) table, once. */
    attach(kernel) {
        if (this.attached.has(kernel))
            return;
        for (const le of this.pairs)
            kernel.table[le] = 1;
        this.attached.add(kernel);
    }
    /** Every literal `buf[0, len)` contains (one full pass; for files that passed {@link test}). */
    present(sb, len) {
        const { buf, words } = sb;
        const found = new Set();
        const view = buf.subarray(0, len);
        if (this.table === null) {
            this.needles.forEach((n, k) => view.indexOf(n) !== -1 && found.add(k));
        }
        else {
            for (const k of this.short)
                if (view.indexOf(this.needles[k]) !== -1)
                    found.add(k);
            const table = this.table;
            const note = (w) => {
                const slot = table[words[w]];
                if (slot === 0)
                    return;
                for (const [index, offset] of this.candidates[slot - 1]) {
                    if (!found.has(index) && this.matchesAt(buf, len, (w << 1) - offset, index))
                        found.add(index);
                }
            };
            if (sb.kernel) {
                this.attach(sb.kernel);
                const end = _pair_scan_wasm_js__WEBPACK_IMPORTED_MODULE_0__/* .FILE_AT */ .le + len;
                for (let p = _pair_scan_wasm_js__WEBPACK_IMPORTED_MODULE_0__/* .FILE_AT */ .le;; p += 2) {
                    p = sb.kernel.scan(p, end, _pair_scan_wasm_js__WEBPACK_IMPORTED_MODULE_0__/* .TABLE_AT */ .Vq);
                    if (p < 0)
                        break;
                    note((p - _pair_scan_wasm_js__WEBPACK_IMPORTED_MODULE_0__/* .FILE_AT */ .le) >> 1);
                }
            }
            else {
                const pairs = len >> 1;
                for (let w = 0; w < pairs; w++)
                    note(w);
            }
        }
        return new Set([...found].map((k) => this.literalText[k]));
    }
    matchesAt(buf, len, start, index) {
        const n = this.needles[index];
        if (start < 0 || start + n.length > len)
            return false;
        let k = 0;
        while (k < n.length && buf[start + k] === n[k])
            k++;
        return k === n.length;
    }
    verify(buf, len, at, slot) {
        for (const [index, offset] of this.candidates[slot - 1]) {
            if (this.matchesAt(buf, len, at - offset, index))
                return true;
        }
        return false;
    }
}
/** A 16-bit view of a buffer allocated on its own (offset 0, so even-aligned). */
function wordsOf(buf) {
    if (buf.byteOffset & 1)
        throw new Error('the scan buffer must be even-aligned');
    return new Uint16Array(buf.buffer, buf.byteOffset, buf.length >> 1);
}


/***/ }),

/***/ 4923:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Scanner: () => (/* binding */ Scanner)
});

// EXTERNAL MODULE: ./src/checks/placeholders/lexer.ts
var lexer = __webpack_require__(3462);
;// CONCATENATED MODULE: ./src/checks/placeholders/language-index.ts
/** Chooses a file's language from the table: file name, extension, `#!` line, else generic. */

const GENERIC = 'generic';
class LanguageIndex {
    specs = new Map();
    compiled = new Map();
    byName = new Map();
    byExt = new Map();
    byPrefix = [];
    byInterpreter = new Map();
    extCache = new Map();
    constructor(specs, overrides = {}) {
        for (const spec of specs) {
            this.specs.set(spec.id, spec);
            for (const e of spec.extensions ?? [])
                if (!this.byExt.has(e.toLowerCase()))
                    this.byExt.set(e.toLowerCase(), spec.id);
            for (const n of spec.filenames ?? [])
                if (!this.byName.has(n))
                    this.byName.set(n, spec.id);
            for (const p of spec.filenamePrefixes ?? [])
                this.byPrefix.push([p, spec.id]);
            for (const s of spec.shebangs ?? [])
                if (!this.byInterpreter.has(s))
                    this.byInterpreter.set(s, spec.id);
        }
        for (const [key, id] of Object.entries(overrides)) {
            if (!this.specs.has(id))
                continue;
            if (key.startsWith('.') && !this.byName.has(key))
                this.byExt.set(key.slice(1).toLowerCase(), id);
            else
                this.byName.set(key, id);
        }
        if (!this.specs.has(GENERIC))
            this.specs.set(GENERIC, { id: GENERIC, name: 'Generic' });
    }
    /** The compiled language (compiled on first use: a diff touches few languages). */
    get(id) {
        let lang = this.compiled.get(id);
        if (!lang) {
            const spec = this.specs.get(id);
            if (!spec)
                return undefined;
            lang = (0,lexer/* compileLanguage */.IJ)(spec);
            lang.resolve = (other) => this.get(other);
            this.compiled.set(id, lang);
        }
        return lang;
    }
    get generic() {
        return this.get(GENERIC);
    }
    /** By name only (no `#!` sniffing); undefined when the name says nothing. */
    forPath(path) {
        const base = path.slice(path.lastIndexOf('/') + 1);
        const named = this.byName.get(base);
        if (named)
            return this.get(named);
        const first = base.indexOf('.', 1);
        if (first !== -1) {
            const last = base.lastIndexOf('.');
            // Longest extension first (`a.tftest.hcl` tries `tftest.hcl`, then `hcl`); the common
            // single-dot case is one lookup, cached by its spelling.
            if (first !== last) {
                const lower = base.toLowerCase();
                for (let dot = first; dot !== last; dot = lower.indexOf('.', dot + 1)) {
                    const id = this.byExt.get(lower.slice(dot + 1));
                    if (id)
                        return this.get(id);
                }
            }
            const ext = base.slice(last + 1);
            let id = this.extCache.get(ext);
            if (id === undefined) {
                id = this.byExt.get(ext.toLowerCase()) ?? '';
                this.extCache.set(ext, id);
            }
            if (id)
                return this.get(id);
        }
        for (const [prefix, id] of this.byPrefix)
            if (base.startsWith(prefix))
                return this.get(id);
        return undefined;
    }
    /** The interpreter of a `#!` line, e.g. `#!/usr/bin/env -S python3 -u` → python. */
    forShebang(firstLine) {
        if (!firstLine.startsWith('#!'))
            return undefined;
        const words = firstLine.slice(2).trim().split(/\s+/);
        let prog = words[0]?.split('/').pop() ?? '';
        if (prog === 'env')
            prog = words.slice(1).find((w) => !w.startsWith('-') && !w.includes('=')) ?? '';
        const id = this.byInterpreter.get(prog) ?? this.byInterpreter.get(prog.replace(/[\d.]+$/, ''));
        return id ? this.get(id) : undefined;
    }
}

// EXTERNAL MODULE: ./src/checks/placeholders/markers.ts
var markers = __webpack_require__(9495);
// EXTERNAL MODULE: ./src/checks/contracts/json-parse.ts
var json_parse = __webpack_require__(8037);
;// CONCATENATED MODULE: ./src/checks/placeholders/notebook.ts
/**
 * Jupyter notebooks: the cells' source text, with a map from each cell offset back to the
 * notebook file's offset (through JSON string escapes), so findings land on notebook lines.
 * Read with the project's positioned JSON parser; malformed JSON yields null, never an exception.
 */

function readNotebook(text) {
    const parsed = (0,json_parse/* parseJsonWithPositions */.ed)(text);
    if (!parsed.ok)
        return null;
    const get = (node, key) => node?.entries?.get(key);
    const str = (node) => (node?.kind === 'string' ? JSON.parse(text.slice(node.start, node.end)) : undefined);
    const root = parsed.root;
    const meta = get(root, 'metadata');
    const language = (str(get(get(meta, 'kernelspec'), 'language')) ?? str(get(get(meta, 'language_info'), 'name')) ?? 'python').toLowerCase();
    const cellsNode = get(root, 'cells');
    if (cellsNode?.kind !== 'array')
        return null;
    const cells = [];
    for (const cell of cellsNode.items ?? []) {
        const kind = str(get(cell, 'cell_type'));
        if (kind !== 'code' && kind !== 'markdown')
            continue;
        const source = get(cell, 'source');
        const strings = source?.kind === 'string' ? [source] : (source?.items ?? []).filter((n) => n.kind === 'string');
        const parts = [];
        let cellText = '';
        for (const node of strings) {
            parts.push({ at: cellText.length, start: node.start, end: node.end });
            cellText += str(node);
        }
        cells.push({ kind, text: cellText, parts });
    }
    return { language, cells };
}
/** File offset of `offset` in a cell's text (through the JSON escapes of its string). */
function fileOffset(fileText, cell, offset) {
    let part = cell.parts[0];
    for (const p of cell.parts) {
        if (p.at <= offset)
            part = p;
        else
            break;
    }
    if (!part)
        return 0;
    const want = offset - part.at;
    let k = part.start + 1;
    let decoded = 0;
    while (decoded < want && k < part.end - 1) {
        // `\uXXXX` is one UTF-16 unit (a surrogate pair is two escapes); others are one character.
        k += fileText.charCodeAt(k) === 92 ? (fileText[k + 1] === 'u' ? 6 : 2) : 1;
        decoded++;
    }
    return k;
}

// EXTERNAL MODULE: ./src/checks/placeholders/positions.ts
var placeholders_positions = __webpack_require__(7592);
// EXTERNAL MODULE: ./src/checks/placeholders/prefilter.ts
var prefilter = __webpack_require__(2703);
;// CONCATENATED MODULE: ./src/checks/placeholders/stubs.ts
/** Code stubs: data-driven patterns matched in code, plus the Python detectors (pure). */

function prepareStub(cfg) {
    return { cfg, re: cfg.pattern ? new RegExp(cfg.pattern, 'g') : null, languages: new Set(cfg.languages) };
}
/** Matches of a pattern rule whose start lies in code (outside every comment and string span). */
function patternHits(text, spans, stub) {
    const re = stub.re;
    if (!re)
        return [];
    const out = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
        if (m[0].length === 0) {
            re.lastIndex++;
            continue;
        }
        if ((0,lexer/* spanAt */.i6)(spans, m.index) !== undefined)
            continue;
        if (stub.cfg.notInAbstractMethod && inAbstractMethod(text, m.index))
            continue;
        out.push({ pos: m.index, len: m[0].length });
    }
    return out;
}
function lineAt(text, pos) {
    const start = text.lastIndexOf('\n', pos - 1) + 1;
    let end = text.indexOf('\n', pos);
    if (end === -1)
        end = text.length;
    return lineFrom(text, start, end);
}
function lineFrom(text, start, end) {
    const raw = text.slice(start, end).replace(/\r$/, '');
    const indent = raw.length - raw.trimStart().length;
    return { start, end, indent, text: raw.trim() };
}
function previousLine(text, line) {
    if (line.start === 0)
        return undefined;
    const end = line.start - 1;
    const start = text.lastIndexOf('\n', end - 1) + 1;
    return lineFrom(text, start, end);
}
const DEF = /^(?:async\s+)?def\s+([A-Za-z_]\w*)/;
const ABSTRACT = /(?:^|\.)(?:abstractmethod|abstractproperty|abstractclassmethod|abstractstaticmethod|overload)\b/;
/** Decorator lines right above a `def` line. */
function decoratorsOf(text, def) {
    const out = [];
    for (let l = previousLine(text, def); l; l = previousLine(text, l)) {
        if (l.text === '' || l.text.startsWith('#'))
            continue;
        if (!l.text.startsWith('@'))
            break;
        out.push(l.text.slice(1));
    }
    return out;
}
/** The `def` enclosing `pos` (the nearest less-indented `def` line above it). */
function enclosingDef(text, pos) {
    let limit = lineAt(text, pos).indent;
    for (let l = previousLine(text, lineAt(text, pos)); l; l = previousLine(text, l)) {
        if (l.text === '' || l.text.startsWith('#') || l.indent >= limit)
            continue;
        if (DEF.test(l.text))
            return l;
        if (l.text.startsWith('class '))
            return undefined;
        limit = l.indent;
        if (limit === 0)
            return undefined;
    }
    return undefined;
}
function inAbstractMethod(text, pos) {
    const def = enclosingDef(text, pos);
    return def !== undefined && decoratorsOf(text, def).some((d) => ABSTRACT.test(d));
}
/** Enclosing class header declares a Protocol (its methods are meant to be empty). */
function inProtocolClass(text, def) {
    for (let l = previousLine(text, def); l; l = previousLine(text, l)) {
        if (l.text === '' || l.indent >= def.indent)
            continue;
        return /^class\s+\w+\s*\(.*\bProtocol\b/.test(l.text);
    }
    return false;
}
const EMPTY_BODY = /^(?:pass|\.\.\.)\s*(?:#.*)?$/;
/**
 * `def` statements whose body is only `pass` or `...` (after an optional docstring), outside
 * abstract methods, overloads and Protocol classes.
 */
function pythonEmptyFunctions(text, spans) {
    const out = [];
    const re = /^[ \t]*(?:async[ \t]+)?def[ \t]+([A-Za-z_]\w*)/gm;
    for (let m = re.exec(text); m; m = re.exec(text)) {
        const defPos = m.index + m[0].indexOf('def');
        const asyncPos = m[0].trimStart().startsWith('async') ? m.index + m[0].indexOf('async') : defPos;
        if ((0,lexer/* spanAt */.i6)(spans, asyncPos) !== undefined)
            continue;
        const colon = signatureEnd(text, spans, defPos);
        if (colon === -1)
            continue;
        const def = lineAt(text, asyncPos);
        if (decoratorsOf(text, def).some((d) => ABSTRACT.test(d)) || inProtocolClass(text, def))
            continue;
        if (bodyIsEmpty(text, spans, colon, def.indent))
            out.push({ pos: asyncPos, len: m[0].length - (asyncPos - m.index), name: m[1] });
    }
    return out;
}
/** Offset of the `:` ending the signature that starts at `from`, skipping strings and brackets. */
function signatureEnd(text, spans, from) {
    let depth = 0;
    for (let k = from; k < text.length; k++) {
        const span = (0,lexer/* spanAt */.i6)(spans, k);
        if (span) {
            k = span[2] - 1;
            continue;
        }
        const c = text.charCodeAt(k);
        if (c === 40 || c === 91 || c === 123)
            depth++;
        else if (c === 41 || c === 93 || c === 125)
            depth--;
        else if (c === 58 && depth === 0)
            return k;
    }
    return -1;
}
function bodyIsEmpty(text, spans, colon, defIndent) {
    let end = text.indexOf('\n', colon);
    if (end === -1)
        end = text.length;
    const inline = text.slice(colon + 1, end).trim();
    if (inline && !inline.startsWith('#'))
        return EMPTY_BODY.test(inline);
    const statements = [];
    let pos = end + 1;
    while (pos < text.length) {
        let e = text.indexOf('\n', pos);
        if (e === -1)
            e = text.length;
        const line = lineFrom(text, pos, e);
        if (line.text === '' || line.text.startsWith('#')) {
            pos = e + 1;
            continue;
        }
        if (line.indent <= defIndent)
            break;
        const first = pos + line.indent;
        const span = (0,lexer/* spanAt */.i6)(spans, first);
        if (span && span[1] === first && statements.length === 0) {
            // A docstring: skip to the line after it.
            const after = text.indexOf('\n', span[2]);
            pos = after === -1 ? text.length : after + 1;
            statements.push('"doc"');
            continue;
        }
        statements.push(line.text);
        if (statements.filter((s) => s !== '"doc"').length > 1)
            return false;
        pos = e + 1;
    }
    const real = statements.filter((s) => s !== '"doc"');
    return real.length === 1 && EMPTY_BODY.test(real[0]);
}

;// CONCATENATED MODULE: ./src/checks/placeholders/scanner.ts
/**
 * Scans one file's bytes: skip checks, the byte-level literal prefilter, decoding, lexing only
 * up to the last candidate, then markers, stubs and placeholder literals with exact positions.
 * Pure apart from the reused buffer it is handed; used on the main thread and in workers.
 */







const BINARY_WINDOW = 8192;
const GENERATED_WINDOW = 1024;
const MIN_MINIFIED_BYTES = 2048;
class Scanner {
    cfg;
    langs;
    policy;
    tagLiterals;
    placeholderLiterals;
    stubs;
    stubsByLang = new Map();
    prefilters = new Map();
    /** Even-aligned copy space for buffers handed in at odd offsets (tests, pooled buffers). */
    scratch = Buffer.allocUnsafeSlow(0);
    generated;
    constructor(cfg) {
        this.cfg = cfg;
        this.langs = new LanguageIndex(cfg.languages, cfg.languageOverrides);
        this.policy = (0,markers/* preparePolicy */.U2)(cfg);
        this.tagLiterals = (0,markers/* tagLiterals */.V3)(cfg.tags);
        this.placeholderLiterals = cfg.placeholderLiterals.literals.map((literal, index) => ({ literal, index }));
        this.stubs = cfg.stubs.map(prepareStub);
        this.generated = cfg.generatedMarkers.map((m) => Buffer.from(m));
    }
    /** Language by name, then by `#!` line, else the generic mode. */
    languageFor(path, buf, len) {
        const byName = this.langs.forPath(path);
        if (byName)
            return byName;
        if (len > 2 && buf[0] === 0x23 && buf[1] === 0x21) {
            let nl = buf.subarray(0, Math.min(len, 256)).indexOf(10);
            if (nl === -1)
                nl = Math.min(len, 256);
            const lang = this.langs.forShebang(buf.toString('latin1', 0, nl));
            if (lang)
                return lang;
        }
        return this.langs.generic;
    }
    stubsFor(lang) {
        let list = this.stubsByLang.get(lang.id);
        if (!list) {
            // Embedded languages count too: JavaScript stubs in an HTML <script>, PHP in <?php ... ?>.
            const ids = new Set([lang.id]);
            for (const i of lang.spec.islands ?? [])
                for (const id of [i.language, ...Object.values(i.attributeLanguages ?? {})])
                    ids.add(id);
            list = this.stubs.filter((s) => [...ids].some((id) => s.languages.has(id)));
            this.stubsByLang.set(lang.id, list);
        }
        return list;
    }
    /** The prefilter over every literal that can lead to a finding in this language. */
    prefilterFor(lang) {
        let p = this.prefilters.get(lang.id);
        if (!p) {
            const literals = new Set();
            for (const { literal } of this.tagLiterals)
                literals.add(literal);
            // A notebook's cells may be in any language: every stub's literals count.
            for (const s of lang.spec.notebook ? this.stubs : this.stubsFor(lang))
                for (const l of s.cfg.literals)
                    literals.add(l);
            for (const { literal } of this.placeholderLiterals)
                literals.add(literal);
            p = new prefilter/* Prefilter */._([...literals]);
            this.prefilters.set(lang.id, p);
        }
        return p;
    }
    /** `buf` as a {@link ScanBuffer}: as is when even-aligned, else copied to scratch space. */
    asScanBuffer(buf, len) {
        if ((buf.byteOffset & 1) === 0)
            return { buf, words: new Uint16Array(buf.buffer, buf.byteOffset, len >> 1), kernel: null };
        if (this.scratch.length < len)
            this.scratch = Buffer.allocUnsafeSlow(Math.max(len, 4096));
        buf.copy(this.scratch, 0, 0, len);
        return { buf: this.scratch, words: (0,prefilter/* wordsOf */.Z)(this.scratch), kernel: null };
    }
    /**
     * Scans `buf[0, len)` (a reused buffer: nothing past `len` is read). `sb`: the caller's scan
     * buffer holding `buf` (kept across files: word view, WebAssembly kernel), else made here.
     */
    scanBuffer(path, buf, len, sb) {
        const head = buf.subarray(0, Math.min(len, BINARY_WINDOW));
        if (head.indexOf(0) !== -1)
            return { path, findings: [], skipped: 'binary' };
        const top = buf.subarray(0, Math.min(len, GENERATED_WINDOW));
        for (const g of this.generated)
            if (top.indexOf(g) !== -1)
                return { path, findings: [], skipped: 'generated' };
        const lang = this.languageFor(path, buf, len);
        if (lang.spec.minifiable && len >= MIN_MINIFIED_BYTES && this.looksMinified(head))
            return { path, findings: [], skipped: 'minified' };
        const aligned = sb ?? this.asScanBuffer(buf, len);
        const prefilter = this.prefilterFor(lang);
        if (!prefilter.test(aligned, len))
            return { path, findings: [] };
        const bom = len >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
        const text = buf.toString('utf8', bom, len);
        if (lang.spec.notebook)
            return this.scanNotebook(path, text);
        return { path, findings: this.scanText(text, lang, prefilter.present(aligned, len)).map(strip) };
    }
    /** Average line length over the first 8 KB above the limit: stop counting once it cannot be. */
    looksMinified(head) {
        const needed = Math.ceil(head.length / this.cfg.minifiedLineLength);
        let lines = 0;
        for (let k = head.indexOf(10); k !== -1; k = head.indexOf(10, k + 1)) {
            if (++lines >= needed)
                return false;
        }
        return true;
    }
    scanNotebook(path, text) {
        const nb = readNotebook(text);
        if (!nb)
            return { path, findings: [], skipped: 'invalid-notebook' };
        const code = this.langs.get(nb.language) ?? this.langs.get('python') ?? this.langs.generic;
        const markdown = this.langs.get('markdown') ?? this.langs.generic;
        const found = [];
        for (const cell of nb.cells) {
            for (const f of this.scanText(cell.text, cell.kind === 'code' ? code : markdown))
                found.push({ f, at: fileOffset(text, cell, f.offset) });
        }
        found.sort((a, b) => a.at - b.at);
        const pos = (0,placeholders_positions/* linePositions */.nt)(text, found.map((x) => x.at));
        return {
            path,
            findings: found.map(({ f }, n) => {
                const p = pos[n];
                return strip({ ...f, line: p.line, column: p.column, endColumn: p.column + (f.endColumn - f.column) });
            }),
        };
    }
    /**
     * Findings in decoded text of a known language, with their offsets. `present`: the literals
     * the prefilter saw in the raw bytes (others need no search); absent: search for all.
     */
    scanText(text, lang, present) {
        const has = present ? (l) => present.has(l) : (l) => text.includes(l);
        const tagHits = (0,markers/* wholeWordOccurrences */.ix)(text, this.tagLiterals.filter((l) => has(l.literal)));
        const literalHits = (0,markers/* wholeWordOccurrences */.ix)(text, this.placeholderLiterals.filter((l) => has(l.literal)));
        const stubs = this.stubsFor(lang).filter((s) => s.cfg.literals.some(has));
        if (tagHits.length === 0 && literalHits.length === 0 && stubs.length === 0)
            return [];
        let stopAt = -1;
        for (const c of tagHits)
            stopAt = Math.max(stopAt, c.pos);
        for (const c of literalHits)
            stopAt = Math.max(stopAt, c.pos);
        if (stubs.length)
            stopAt = Number.MAX_SAFE_INTEGER;
        const spans = (0,lexer/* lex */.Ii)(text, lang, stopAt);
        const docIsComment = this.cfg.docstringsAsComments;
        const pending = [];
        const tagKinds = (0,lexer/* kindsAt */.vV)(spans, tagHits.map((c) => c.pos));
        tagHits.forEach((c, n) => {
            const kind = tagKinds[n];
            if (kind !== lexer/* COMMENT */.YK && !(kind === lexer/* DOC */.dQ && docIsComment))
                return;
            const tag = this.cfg.tags[c.index];
            const commentEnd = (0,lexer/* spanAt */.i6)(spans, c.pos)[2];
            pending.push({ offset: c.pos, len: c.len, build: (pos) => (0,markers/* markerFinding */.aM)(tag, c.pos, c.len, { text, commentEnd, pos }, this.cfg, this.policy) });
        });
        const litKinds = (0,lexer/* kindsAt */.vV)(spans, literalHits.map((c) => c.pos));
        literalHits.forEach((c, n) => {
            const kind = litKinds[n];
            if (kind === lexer/* COMMENT */.YK || (kind === lexer/* DOC */.dQ && docIsComment))
                return;
            const literal = this.cfg.placeholderLiterals.literals[c.index];
            const rule = this.cfg.placeholderLiterals;
            pending.push({
                offset: c.pos,
                len: c.len,
                build: (pos) => ({
                    ruleId: rule.ruleId,
                    title: rule.title,
                    message: rule.message.replaceAll('{literal}', literal),
                    line: pos.line,
                    column: pos.column,
                    endColumn: pos.column + c.len - 1,
                    snippet: (0,placeholders_positions/* snippetOf */.Vv)(text, pos),
                    key: (0,placeholders_positions/* lineKey */.QW)(text, pos),
                }),
            });
        });
        const seen = new Set();
        for (const stub of stubs) {
            const hits = stub.cfg.detector === 'python-empty-function' ? pythonEmptyFunctions(text, spans) : patternHits(text, spans, stub);
            for (const h of hits) {
                if (seen.has(h.pos))
                    continue;
                seen.add(h.pos);
                pending.push({
                    offset: h.pos,
                    len: h.len,
                    build: (pos) => {
                        const lineLen = pos.lineEnd - pos.lineStart;
                        return {
                            ruleId: stub.cfg.ruleId,
                            title: stub.cfg.title,
                            message: stub.cfg.message.replaceAll('{name}', h.name ?? ''),
                            line: pos.line,
                            column: pos.column,
                            endColumn: Math.max(pos.column, Math.min(pos.column + h.len - 1, lineLen)),
                            snippet: (0,placeholders_positions/* snippetOf */.Vv)(text, pos),
                            key: (0,placeholders_positions/* lineKey */.QW)(text, pos),
                        };
                    },
                });
            }
        }
        pending.sort((a, b) => a.offset - b.offset);
        const positions = (0,placeholders_positions/* linePositions */.nt)(text, pending.map((p) => p.offset));
        const out = [];
        pending.forEach((p, n) => {
            const f = p.build(positions[n]);
            if (f)
                out.push({ ...f, offset: p.offset, len: p.len });
        });
        return out;
    }
}
function strip(f) {
    const { offset: _o, len: _l, ...rest } = f;
    return rest;
}


/***/ })

};
