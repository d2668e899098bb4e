export const id = 426;
export const ids = [426];
export const modules = {

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

/***/ 6426:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   acquireScanBuffer: () => (/* binding */ acquireScanBuffer),
/* harmony export */   keep: () => (/* binding */ keep),
/* harmony export */   readInto: () => (/* binding */ readInto),
/* harmony export */   scanBatch: () => (/* binding */ scanBatch),
/* harmony export */   scanSafely: () => (/* binding */ scanSafely)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _pair_scan_wasm_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1287);
/* harmony import */ var _prefilter_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2703);
/**
 * Reads working-tree files into one reused buffer and scans them (synchronous: this runs in a
 * worker thread, or on the main thread for small file sets). A file is read at most up to the
 * size cap plus one byte; anything larger is reported as skipped, never dropped silently.
 */



const NOFOLLOW = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0;
// Non-blocking: opening a FIFO that slipped into the list must not hang the scan.
const OPEN_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | NOFOLLOW | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0);
let kernel;
let kernelLeased = false;
/**
 * The buffer files are read into: `maxFileBytes + 1` bytes (a full read means "too large").
 * The thread's WebAssembly kernel buffer when it is free and big enough (files are then read
 * straight into kernel memory), else a plain one. Release it when the scan is done.
 */
function acquireScanBuffer(maxFileBytes) {
    const size = maxFileBytes + 1;
    if (kernel === undefined)
        kernel = (0,_pair_scan_wasm_js__WEBPACK_IMPORTED_MODULE_1__/* .createKernel */ .eI)(Math.max(size, 1024 * 1024 + 1));
    if (kernel && !kernelLeased && kernel.capacity >= size) {
        kernelLeased = true;
        const buf = kernel.file.subarray(0, size);
        return { buf, words: (0,_prefilter_js__WEBPACK_IMPORTED_MODULE_2__/* .wordsOf */ .Z)(buf), kernel, release: () => (kernelLeased = false) };
    }
    const buf = Buffer.allocUnsafeSlow(size);
    return { buf, words: (0,_prefilter_js__WEBPACK_IMPORTED_MODULE_2__/* .wordsOf */ .Z)(buf), kernel: null, release: () => { } };
}
/** Reads one regular file (symlinks are not followed) into `buf`: its length, or a skip. */
function readInto(abs, buf) {
    let fd;
    try {
        // Without O_NOFOLLOW (Windows) check by lstat: a symlink could point outside the repository.
        if (NOFOLLOW === 0 && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(abs).isFile())
            return { skipped: 'unreadable' };
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(abs, OPEN_FLAGS);
    }
    catch {
        return { skipped: 'unreadable' };
    }
    try {
        // Regular files return everything up to the requested length in one read; a short read
        // means end of file. A full buffer means the file is above the cap.
        const len = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buf, 0, buf.length, 0);
        if (len === buf.length) {
            let size;
            try {
                size = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd).size;
            }
            catch {
                size = undefined;
            }
            return size === undefined ? { skipped: 'too-large' } : { skipped: 'too-large', size };
        }
        return { len };
    }
    catch {
        return { skipped: 'unreadable' };
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
function scanBatch(root, paths, from, to, scanner, sb, into) {
    const prefix = root.endsWith('/') ? root : `${root}/`;
    const buf = sb.buf;
    for (let n = from; n < to; n++) {
        const path = paths[n];
        const r = readInto(prefix + path, buf);
        into.files++;
        if ('skipped' in r) {
            into.results.push({ path, findings: [], ...r });
            continue;
        }
        into.bytes += r.len;
        keep(into, scanSafely(scanner, path, buf, r.len, sb));
    }
}
/** Scans bytes already read. The lexer is written never to throw; if it does, the file is skipped, the run goes on. */
function scanSafely(scanner, path, buf, len, sb) {
    try {
        return scanner.scanBuffer(path, buf, len, sb);
    }
    catch {
        return { path, findings: [], skipped: 'unreadable' };
    }
}
/** Adds a file's result to the batch when there is something to report (findings or a skip). */
function keep(into, r) {
    if (r.findings.length || r.skipped)
        into.results.push(r);
}


/***/ })

};
