import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: ./src/checks/placeholders/pair-scan-wasm.ts
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
const pair_scan_wasm_name = (s) => [...uleb(s.length), ...[...s].map((c) => c.charCodeAt(0))];
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
    ...section(7, [2, ...pair_scan_wasm_name('scan'), 0x00, 0, ...pair_scan_wasm_name('mem'), 0x02, 0]),
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

;// CONCATENATED MODULE: ./src/checks/placeholders/prefilter.ts
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
            const end = FILE_AT + len;
            for (let p = FILE_AT;;) {
                const at = kernel.scan(p, end, TABLE_AT);
                if (at < 0)
                    return false;
                const w = at - FILE_AT;
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
                const end = FILE_AT + len;
                for (let p = FILE_AT;; p += 2) {
                    p = sb.kernel.scan(p, end, TABLE_AT);
                    if (p < 0)
                        break;
                    note((p - FILE_AT) >> 1);
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

;// CONCATENATED MODULE: ./src/checks/placeholders/read-scan.ts
/**
 * Reads working-tree files into one reused buffer and scans them (synchronous: this runs in a
 * worker thread, or on the main thread for small file sets). A file is read at most up to the
 * size cap plus one byte; anything larger is reported as skipped, never dropped silently.
 */



const NOFOLLOW = external_node_fs_namespaceObject.constants.O_NOFOLLOW ?? 0;
// Non-blocking: opening a FIFO that slipped into the list must not hang the scan.
const OPEN_FLAGS = external_node_fs_namespaceObject.constants.O_RDONLY | NOFOLLOW | (external_node_fs_namespaceObject.constants.O_NONBLOCK ?? 0);
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
        kernel = createKernel(Math.max(size, 1024 * 1024 + 1));
    if (kernel && !kernelLeased && kernel.capacity >= size) {
        kernelLeased = true;
        const buf = kernel.file.subarray(0, size);
        return { buf, words: wordsOf(buf), kernel, release: () => (kernelLeased = false) };
    }
    const buf = Buffer.allocUnsafeSlow(size);
    return { buf, words: wordsOf(buf), kernel: null, release: () => { } };
}
/** Reads one regular file (symlinks are not followed) into `buf`: its length, or a skip. */
function readInto(abs, buf) {
    let fd;
    try {
        // Without O_NOFOLLOW (Windows) check by lstat: a symlink could point outside the repository.
        if (NOFOLLOW === 0 && !(0,external_node_fs_namespaceObject.lstatSync)(abs).isFile())
            return { skipped: 'unreadable' };
        fd = (0,external_node_fs_namespaceObject.openSync)(abs, OPEN_FLAGS);
    }
    catch {
        return { skipped: 'unreadable' };
    }
    try {
        // Regular files return everything up to the requested length in one read; a short read
        // means end of file. A full buffer means the file is above the cap.
        const len = (0,external_node_fs_namespaceObject.readSync)(fd, buf, 0, buf.length, 0);
        if (len === buf.length) {
            let size;
            try {
                size = (0,external_node_fs_namespaceObject.fstatSync)(fd).size;
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
        (0,external_node_fs_namespaceObject.closeSync)(fd);
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

;// CONCATENATED MODULE: ./src/checks/placeholders/lexer.ts
const COMMENT = 1;
const STRING = 2;
/** A statement-level string (Python docstring): a comment or a string by option. */
const DOC = 3;
const NL = 10;
const BACKSLASH = 92;
const PRIORITY = {
    island: 0,
    end: 1,
    block: 2,
    'raw-hashes': 3,
    'raw-cpp': 3,
    'raw-leveled': 3,
    string: 4,
    heredoc: 5,
    quote: 6,
    line: 7,
    regex: 8,
    escape: 9,
};
function openerLength(o) {
    switch (o.t) {
        case 'line':
            return o.token.length;
        case 'block':
            return o.open.length;
        case 'string':
            return o.token.length;
        case 'raw-hashes':
            return o.prefix.length + o.quote.length;
        case 'raw-cpp':
        case 'raw-leveled':
            return o.prefix.length + 1;
        case 'heredoc':
            return o.h.opener.length;
        case 'island':
            return o.spec.open.length;
        case 'end':
            return o.token.length;
        default:
            return 1;
    }
}
function caseVariants(s) {
    let out = [''];
    for (const ch of s) {
        const lo = ch.toLowerCase();
        const up = ch.toUpperCase();
        out = out.flatMap((p) => (lo === up ? [p + ch] : [p + lo, p + up]));
    }
    return out;
}
function stringRt(s) {
    const close = s.close ?? s.open;
    const interp = s.interpolation ?? null;
    const openChar = interp ? interp.charCodeAt(interp.length - 1) : -1;
    const closeChar = openChar === 123 ? 125 : openChar === 40 ? 41 : openChar === 91 ? 93 : -1;
    return {
        close,
        close0: close.charCodeAt(0),
        escape: s.escape === null ? -1 : (s.escape ?? '\\').charCodeAt(0),
        doubled: s.doubled ?? false,
        multiline: s.multiline ?? false,
        interp,
        interp0: interp ? interp.charCodeAt(0) : -1,
        interpDoubled: s.interpolationDoubled ?? false,
        interpOpenChar: openChar,
        interpCloseChar: closeChar,
        closeLineStart: s.closeLineStart ?? false,
    };
}
const WHERE = { anywhere: 0, 'word-start': 1, 'line-start': 2 };
function compileLanguage(spec) {
    const openers = [];
    for (const l of spec.lineComments ?? [])
        openers.push(lineOpener(l));
    for (const b of spec.blockComments ?? [])
        openers.push(blockOpener(b));
    for (const s of spec.strings ?? [])
        openers.push(...stringOpeners(s));
    for (const h of spec.heredocs ?? [])
        openers.push({ t: 'heredoc', h });
    for (const q of spec.quoteLike ?? [])
        openers.push(quoteOpener(q));
    if (spec.regexLiterals)
        openers.push({ t: 'regex' });
    for (const i of spec.islands ?? [])
        openers.push(islandOpener(i));
    for (const e of spec.endMarkers ?? [])
        openers.push({ t: 'end', token: e });
    if (spec.codeEscape)
        openers.push({ t: 'escape' });
    const table = new Array(128).fill(undefined);
    const add = (c, o) => {
        if (c < 0 || c >= 128)
            return;
        (table[c] ??= []).push(o);
    };
    for (const o of openers) {
        for (const c of firstChars(o, spec))
            add(c, o);
    }
    for (const list of table) {
        list?.sort((a, b) => openerLength(b) - openerLength(a) || PRIORITY[a.t] - PRIORITY[b.t]);
    }
    // Characters worth stopping at: openers, brackets where they are counted (interpolation,
    // docstrings), newlines where heredoc bodies start. Everything else is skipped by the regex.
    const stops = new Set();
    table.forEach((list, c) => list && stops.add(c));
    const docstrings = spec.docstrings ?? false;
    const interpolates = (spec.strings ?? []).some((x) => x.interpolation);
    if (docstrings || interpolates)
        for (const ch of '()[]{}')
            stops.add(ch.charCodeAt(0));
    if ((spec.heredocs ?? []).length)
        stops.add(NL);
    const cls = [...stops].map((c) => `\\x${c.toString(16).padStart(2, '0')}`).join('');
    return {
        id: spec.id,
        spec,
        table,
        regexAfterWords: new Set(spec.regexAfterWords ?? []),
        docstrings,
        jump: new RegExp(cls ? `[${cls}]` : '[^\\s\\S]', 'g'),
        resolve: () => undefined,
    };
}
function lineOpener(l) {
    return { t: 'line', token: l.token, where: WHERE[l.where ?? 'anywhere'] ?? 0, after: l.after ?? '', notAfter: l.notAfter ?? '', notBefore: l.notBefore ?? '' };
}
function blockOpener(b) {
    return { t: 'block', open: b.open, close: b.close ?? '', nests: b.nests ?? false, lineStart: b.lineStart ?? false, leveled: b.leveled ?? false };
}
function stringOpeners(s) {
    const prefixes = (s.prefixes ?? ['']).flatMap((p) => (s.anyCase ? caseVariants(p) : [p]));
    const unique = [...new Set(prefixes)];
    if (s.raw === 'hashes')
        return unique.map((prefix) => ({ t: 'raw-hashes', prefix, quote: s.open, minHashes: s.minHashes ?? 0 }));
    if (s.raw === 'cpp')
        return unique.map((prefix) => ({ t: 'raw-cpp', prefix }));
    if (s.raw === 'leveled')
        return unique.map((prefix) => ({ t: 'raw-leveled', prefix }));
    const rt = stringRt(s);
    return unique.map((prefix) => ({
        t: 'string',
        token: prefix + s.open,
        prefixLen: prefix.length,
        s: rt,
        char: s.char ?? false,
        notAfterIdent: (s.notAfterIdent ?? false) || prefix.length > 0,
        lineStart: s.lineStart ?? false,
        openAfter: s.openAfter ?? null,
        doc: s.doc ?? false,
    }));
}
function islandOpener(i) {
    // Case-insensitive closers (`</SCRIPT>`) need a search by regular expression.
    const closeRe = i.ignoreCase ? new RegExp(i.close.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi') : null;
    return { t: 'island', spec: i, lower: i.open.toLowerCase(), closeRe };
}
function quoteOpener(q) {
    return { t: 'quote', re: new RegExp(`(?:${q.prefix})`, 'y'), parts: q.parts ?? 1, expression: (q.context ?? 'any') === 'expression', exclude: q.exclude ?? '' };
}
function firstChars(o, spec) {
    switch (o.t) {
        case 'line':
            return [o.token.charCodeAt(0)];
        case 'block':
            return [o.leveled && o.open === '' ? 91 : o.open.charCodeAt(0)];
        case 'string':
            return [o.token.charCodeAt(0)];
        case 'raw-hashes':
            return [o.prefix ? o.prefix.charCodeAt(0) : 35];
        case 'raw-cpp':
            return [o.prefix.charCodeAt(0)];
        case 'raw-leveled':
            return [o.prefix ? o.prefix.charCodeAt(0) : 91];
        case 'heredoc':
            return [o.h.opener.charCodeAt(0)];
        case 'island': {
            const c = o.spec.open.charCodeAt(0);
            const up = o.spec.open[0].toUpperCase().charCodeAt(0);
            return o.spec.ignoreCase && up !== c ? [c, up] : [c];
        }
        case 'end':
            return [o.token.charCodeAt(0)];
        case 'regex':
            return [47];
        case 'escape':
            return [spec.codeEscape.charCodeAt(0)];
        case 'quote': {
            // Which ASCII characters can start this prefix: try each against two-character probes.
            const out = [];
            const probe = new RegExp(`^(?:${o.re.source})`);
            const seconds = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ(/{[<|"\'!#%~';
            for (let c = 33; c < 127; c++) {
                const ch = String.fromCharCode(c);
                for (const d of seconds) {
                    if (probe.test(ch + d + '(')) {
                        out.push(c);
                        break;
                    }
                }
            }
            return out;
        }
    }
}
// ---------------------------------------------------------------------------------------------
// Character classes
// ---------------------------------------------------------------------------------------------
const IDENT = new Uint8Array(128);
for (let c = 48; c <= 57; c++)
    IDENT[c] = 1;
for (let c = 65; c <= 90; c++)
    IDENT[c] = 1;
for (let c = 97; c <= 122; c++)
    IDENT[c] = 1;
IDENT[95] = 1;
const LETTER_RE = /[\p{L}\p{N}\p{M}]/u;
/** Identifier character: ASCII letter, digit or `_`, or a non-ASCII letter, digit or mark. */
function isIdentCode(c) {
    if (c < 0)
        return false;
    if (c < 128)
        return IDENT[c] === 1;
    return LETTER_RE.test(String.fromCharCode(c));
}
function isSpace(c) {
    return c === 32 || c === 9 || c === 13 || c === 12 || c === 11 || c === 0xfeff;
}
/** `/` starts a regular expression (not a division) after these code characters. */
const REGEX_AFTER = new Uint8Array(128);
for (const ch of '(,=:[!&|?{};+-*%<>~^')
    REGEX_AFTER[ch.charCodeAt(0)] = 1;
const CLOSING_BRACKET = { 40: 41, 91: 93, 123: 125, 60: 62 };
/** Mutable state of one lexing run over one range. */
class Run {
    spans;
    text;
    lang;
    end;
    stopAt;
    depth = 0;
    frames = [];
    heredocs = [];
    constructor(spans, text, lang, end, stopAt) {
        this.spans = spans;
        this.text = text;
        this.lang = lang;
        this.end = end;
        this.stopAt = stopAt;
    }
    push(kind, start, end) {
        if (end > start)
            this.spans.push(kind, start, end);
    }
    /** Only whitespace between the start of the line and `pos`. */
    atLineStart(pos) {
        const t = this.text;
        for (let k = pos - 1; k >= 0; k--) {
            const c = t.charCodeAt(k);
            if (c === NL)
                return true;
            if (!isSpace(c))
                return false;
        }
        return true;
    }
    lineEnd(pos) {
        const k = this.text.indexOf('\n', pos);
        return k === -1 || k > this.end ? this.end : k;
    }
    /**
     * The last code character before `pos` and its offset (-1 at the start): whitespace and
     * comments are skipped; a string, regex or quote-like literal counts as a `"` (a value).
     */
    prevSignificant(pos) {
        const t = this.text;
        const spans = this.spans;
        let s = spans.length - 3;
        let k = pos - 1;
        while (k >= 0) {
            const c = t.charCodeAt(k);
            if (c === NL || isSpace(c)) {
                k--;
                continue;
            }
            while (s >= 0 && spans[s + 1] > k)
                s -= 3;
            if (s >= 0 && spans[s + 2] > k) {
                if (spans[s] === COMMENT) {
                    k = spans[s + 1] - 1;
                    s -= 3;
                    continue;
                }
                return [34, k];
            }
            return [c, k];
        }
        return [-1, -1];
    }
    /** `/` or a quote-like literal may start an expression here (JavaScript-style heuristic). */
    expressionAllowed(pos) {
        const [c, at] = this.prevSignificant(pos);
        if (c < 0)
            return true;
        if (c < 128 && REGEX_AFTER[c] === 1)
            return true;
        if (!isIdentCode(c))
            return false;
        const words = this.lang.regexAfterWords;
        if (words.size === 0)
            return false;
        let k = at;
        while (k >= 0 && isIdentCode(this.text.charCodeAt(k)))
            k--;
        return words.has(this.text.slice(k + 1, at + 1));
    }
    run(start) {
        const t = this.text;
        const table = this.lang.table;
        const jump = this.lang.jump;
        // Bracket depth matters only for docstrings, which are statement-level.
        const trackDepth = this.lang.docstrings;
        let i = start;
        while (i < this.end) {
            if (i > this.stopAt && this.frames.length === 0)
                return;
            jump.lastIndex = i;
            if (!jump.test(t))
                return;
            i = jump.lastIndex - 1;
            if (i >= this.end)
                return;
            const c = t.charCodeAt(i);
            if (c === NL) {
                i = this.heredocs.length ? this.consumeHeredocs(i + 1) : i + 1;
                continue;
            }
            const ops = table[c];
            if (ops !== undefined) {
                const next = this.tryOpeners(ops, i);
                if (next >= 0) {
                    i = next;
                    continue;
                }
            }
            const frame = this.frames.length ? this.frames[this.frames.length - 1] : undefined;
            if (frame !== undefined) {
                if (c === frame.s.interpOpenChar)
                    frame.depth++;
                else if (c === frame.s.interpCloseChar) {
                    if (frame.depth === 0) {
                        this.frames.pop();
                        i = this.scanString(frame.s, i + 1, i + 1);
                        continue;
                    }
                    frame.depth--;
                }
            }
            else if (trackDepth) {
                if (c === 40 || c === 91 || c === 123)
                    this.depth++;
                else if ((c === 41 || c === 93 || c === 125) && this.depth > 0)
                    this.depth--;
            }
            i++;
        }
    }
    tryOpeners(ops, i) {
        for (const o of ops) {
            const next = this.tryOpener(o, i);
            if (next >= 0)
                return next;
        }
        return -1;
    }
    tryOpener(o, i) {
        const t = this.text;
        switch (o.t) {
            case 'line': {
                if (!t.startsWith(o.token, i))
                    return -1;
                const before = i > 0 ? t.charCodeAt(i - 1) : NL;
                if (o.notAfter && i > 0 && o.notAfter.includes(t[i - 1]))
                    return -1;
                if (o.notBefore && i + o.token.length < this.end && o.notBefore.includes(t[i + o.token.length]))
                    return -1;
                if (o.where === 1 && !(before === NL || isSpace(before) || (i > 0 && o.after.includes(t[i - 1]))))
                    return -1;
                if (o.where === 2 && !this.atLineStart(i))
                    return -1;
                const e = this.lineEnd(i);
                this.push(COMMENT, i, e);
                return e;
            }
            case 'block':
                return this.blockComment(o, i);
            case 'string':
                return this.stringOpen(o, i);
            case 'raw-hashes':
                return this.rawHashes(o, i);
            case 'raw-cpp':
                return this.rawCpp(o, i);
            case 'raw-leveled':
                return this.rawLeveled(o.prefix, i, STRING);
            case 'heredoc':
                return this.heredocOpen(o.h, i);
            case 'quote':
                return this.quoteLike(o, i);
            case 'regex':
                return this.regexLiteral(i);
            case 'island':
                return this.island(o, i);
            case 'end': {
                if (!t.startsWith(o.token, i) || !this.atLineStart(i))
                    return -1;
                const after = i + o.token.length;
                if (after < this.end && t.charCodeAt(after) !== NL && t.charCodeAt(after) !== 13)
                    return -1;
                this.push(STRING, i, this.end);
                return this.end;
            }
            case 'escape':
                return Math.min(i + 2, this.end);
        }
    }
    blockComment(o, i) {
        const t = this.text;
        if (o.leveled)
            return this.rawLeveled(o.open, i, COMMENT);
        if (!t.startsWith(o.open, i))
            return -1;
        if (o.lineStart) {
            if (i > 0 && t.charCodeAt(i - 1) !== NL)
                return -1;
            let k = t.indexOf(`\n${o.close}`, i);
            while (k !== -1 && k < this.end) {
                const a = t.charCodeAt(k + 1 + o.close.length);
                if (!isIdentCode(a))
                    break;
                k = t.indexOf(`\n${o.close}`, k + 1);
            }
            const e = k === -1 || k >= this.end ? this.end : this.lineEnd(k + 1);
            this.push(COMMENT, i, e);
            return e;
        }
        if (!o.nests) {
            const k = t.indexOf(o.close, i + o.open.length);
            const e = k === -1 || k + o.close.length > this.end ? this.end : k + o.close.length;
            this.push(COMMENT, i, e);
            return e;
        }
        let depth = 1;
        let k = i + o.open.length;
        while (k < this.end) {
            if (t.startsWith(o.close, k)) {
                depth--;
                k += o.close.length;
                if (depth === 0)
                    break;
            }
            else if (t.startsWith(o.open, k)) {
                depth++;
                k += o.open.length;
            }
            else
                k++;
        }
        const e = Math.min(k, this.end);
        this.push(COMMENT, i, e);
        return e;
    }
    /** `prefix` + `[` + `=`* + `[` ... `]` + `=`* + `]` (Lua long brackets, CMake bracket comments). */
    rawLeveled(prefix, i, kind) {
        const t = this.text;
        if (!t.startsWith(prefix, i))
            return -1;
        let k = i + prefix.length;
        if (t.charCodeAt(k) !== 91)
            return -1;
        k++;
        let level = 0;
        while (t.charCodeAt(k) === 61) {
            level++;
            k++;
        }
        if (t.charCodeAt(k) !== 91)
            return -1;
        const close = `]${'='.repeat(level)}]`;
        const c = t.indexOf(close, k + 1);
        const e = c === -1 || c + close.length > this.end ? this.end : c + close.length;
        this.push(kind, i, e);
        return e;
    }
    stringOpen(o, i) {
        const t = this.text;
        if (!t.startsWith(o.token, i))
            return -1;
        if (o.notAfterIdent && i > 0 && isIdentCode(t.charCodeAt(i - 1)))
            return -1;
        if (o.lineStart && !this.atLineStart(i))
            return -1;
        if (o.openAfter !== null && i > 0) {
            const b = t[i - 1];
            if (b !== '\n' && !o.openAfter.includes(b))
                return -1;
        }
        const bodyStart = i + o.token.length;
        if (o.char)
            return this.charLiteral(o, i, bodyStart);
        let kind = STRING;
        if (o.doc && this.lang.docstrings && this.depth === 0 && this.frames.length === 0 && this.atLineStart(i) && this.prevSignificant(i)[0] !== BACKSLASH)
            kind = DOC;
        const e = this.scanString(o.s, i, bodyStart, kind);
        return e;
    }
    charLiteral(o, i, k) {
        const t = this.text;
        const q = o.s.close0;
        if (k >= this.end)
            return -1;
        let c = t.charCodeAt(k);
        if (c === NL || c === q)
            return -1;
        if (c === o.s.escape) {
            const limit = Math.min(this.end, k + 12);
            for (let j = k + 2; j < limit; j++) {
                c = t.charCodeAt(j);
                if (c === q) {
                    this.push(STRING, i, j + 1);
                    return j + 1;
                }
                if (c === NL)
                    return -1;
            }
            return -1;
        }
        const cp = t.codePointAt(k);
        const j = k + (cp > 0xffff ? 2 : 1);
        if (j < this.end && t.charCodeAt(j) === q) {
            this.push(STRING, i, j + 1);
            return j + 1;
        }
        return -1;
    }
    /**
     * Scans a string body from `k`; records the span from `spanStart`. Returns the position to
     * continue at: after the closing delimiter, at the newline ending a single-line string, at the
     * end of the range, or inside an interpolation (a frame is pushed; code resumes there).
     */
    scanString(s, spanStart, k, kind = STRING) {
        const t = this.text;
        const end = this.end;
        while (k < end) {
            const c = t.charCodeAt(k);
            if (c === s.escape) {
                k += 2;
                continue;
            }
            if (c === NL && !s.multiline) {
                this.push(kind, spanStart, k);
                return k;
            }
            if (c === s.close0 && t.startsWith(s.close, k) && (!s.closeLineStart || this.atLineStart(k))) {
                if (s.doubled && t.startsWith(s.close, k + s.close.length)) {
                    k += 2 * s.close.length;
                    continue;
                }
                const e = k + s.close.length;
                this.push(kind, spanStart, e);
                return e;
            }
            if (c === s.interp0 && s.interp !== null && t.startsWith(s.interp, k)) {
                if (s.interpDoubled && t.charCodeAt(k + 1) === c) {
                    k += 2;
                    continue;
                }
                this.push(kind, spanStart, k);
                this.frames.push({ s, depth: 0 });
                return k + s.interp.length;
            }
            k++;
        }
        this.push(kind, spanStart, end);
        return end;
    }
    rawHashes(o, i) {
        const t = this.text;
        if (o.prefix && (!t.startsWith(o.prefix, i) || (i > 0 && isIdentCode(t.charCodeAt(i - 1)))))
            return -1;
        let k = i + o.prefix.length;
        let hashes = 0;
        while (t.charCodeAt(k) === 35) {
            hashes++;
            k++;
        }
        if (hashes < o.minHashes || !t.startsWith(o.quote, k))
            return -1;
        const close = o.quote + '#'.repeat(hashes);
        const c = t.indexOf(close, k + o.quote.length);
        const e = c === -1 || c + close.length > this.end ? this.end : c + close.length;
        this.push(STRING, i, e);
        return e;
    }
    rawCpp(o, i) {
        const t = this.text;
        if (!t.startsWith(o.prefix, i) || (i > 0 && isIdentCode(t.charCodeAt(i - 1))))
            return -1;
        let k = i + o.prefix.length;
        if (t.charCodeAt(k) !== 34)
            return -1;
        const paren = t.indexOf('(', k + 1);
        if (paren === -1 || paren - k - 1 > 16)
            return -1;
        const delim = t.slice(k + 1, paren);
        if (/[\s()\\]/.test(delim))
            return -1;
        const close = `)${delim}"`;
        const c = t.indexOf(close, paren + 1);
        const e = c === -1 || c + close.length > this.end ? this.end : c + close.length;
        this.push(STRING, i, e);
        return e;
    }
    heredocOpen(h, i) {
        const t = this.text;
        if (!t.startsWith(h.opener, i))
            return -1;
        let k = i + h.opener.length;
        if (h.notFollowedBy && k < this.end && h.notFollowedBy.includes(t[k]))
            return -1;
        let flag = false;
        if (h.flags && k < this.end && h.flags.includes(t[k])) {
            flag = true;
            k++;
        }
        if (h.spaces)
            while (t.charCodeAt(k) === 32 || t.charCodeAt(k) === 9)
                k++;
        let term = '';
        const q = t[k];
        if (q !== undefined && h.quotes?.includes(q)) {
            const close = t.indexOf(q, k + 1);
            const eol = this.lineEnd(k);
            if (close === -1 || close > eol || close === k + 1)
                return -1;
            term = t.slice(k + 1, close);
            k = close + 1;
        }
        else {
            if (h.backslash && t.charCodeAt(k) === BACKSLASH)
                k++;
            const m = /[A-Za-z_][A-Za-z0-9_]*/y;
            m.lastIndex = k;
            const hit = m.exec(t);
            if (!hit || !h.bare)
                return -1;
            term = hit[0];
            if (h.bare === 'upper-or-flag' && !flag && !/^[A-Z_]/.test(term))
                return -1;
            k += term.length;
        }
        this.heredocs.push({ term, trailing: h.trailing ?? false });
        return k;
    }
    /** Consumes pending heredoc bodies starting at `pos` (the line after the opener). */
    consumeHeredocs(pos) {
        const t = this.text;
        const pending = this.heredocs;
        this.heredocs = [];
        let p = pos;
        for (let n = 0; n < pending.length; n++) {
            const h = pending[n];
            const bodyStart = p;
            let found = -1;
            let termAt = -1;
            while (p < this.end) {
                const e = this.lineEnd(p);
                let s = p;
                while (s < e && isSpace(t.charCodeAt(s)))
                    s++;
                if (t.startsWith(h.term, s)) {
                    const after = s + h.term.length;
                    let rest = after;
                    while (rest < e && isSpace(t.charCodeAt(rest)))
                        rest++;
                    if (rest === e || (h.trailing && !isIdentCode(t.charCodeAt(after)))) {
                        found = p;
                        termAt = after;
                        break;
                    }
                }
                p = e + 1;
            }
            if (found === -1) {
                this.push(STRING, bodyStart, this.end);
                return this.end;
            }
            this.push(STRING, bodyStart, found);
            if (n === pending.length - 1)
                return termAt;
            p = this.lineEnd(found) + 1;
        }
        return p;
    }
    quoteLike(o, i) {
        const t = this.text;
        if (i > 0) {
            const b = t.charCodeAt(i - 1);
            // `$s`, `@q`, `%y`, `&m`, `->s`, `::m`: a variable, method or package name, not a quote.
            if (isIdentCode(b) || b === 36 || b === 64 || b === 37 || b === 38 || b === 62 || b === 58)
                return -1;
        }
        if (o.expression && !this.expressionAllowed(i))
            return -1;
        o.re.lastIndex = i;
        const m = o.re.exec(t);
        if (!m)
            return -1;
        let k = i + m[0].length;
        if (k >= this.end)
            return -1;
        const d = t.charCodeAt(k);
        if (isIdentCode(d) || isSpace(d) || d === NL || o.exclude.includes(t[k]))
            return -1;
        if (o.exclude.includes('>') && d === 61 && t.charCodeAt(k + 1) === 62)
            return -1;
        if (t.startsWith('"""', k) || t.startsWith("'''", k)) {
            const close = t.slice(k, k + 3);
            const c = t.indexOf(close, k + 3);
            const e = c === -1 || c + 3 > this.end ? this.end : c + 3;
            this.push(STRING, i, e);
            return e;
        }
        k = this.delimited(k);
        if (o.parts === 2 && k < this.end) {
            if (CLOSING_BRACKET[d] !== undefined) {
                while (k < this.end && (isSpace(t.charCodeAt(k)) || t.charCodeAt(k) === NL))
                    k++;
                if (k < this.end)
                    k = this.delimited(k);
            }
            else {
                k = this.delimited(k - 1);
            }
        }
        this.push(STRING, i, k);
        return k;
    }
    /** From the opening delimiter at `k`, returns the position after its closing delimiter. */
    delimited(k) {
        const t = this.text;
        const open = t.charCodeAt(k);
        const close = CLOSING_BRACKET[open] ?? open;
        let depth = 0;
        let j = k + 1;
        while (j < this.end) {
            const c = t.charCodeAt(j);
            if (c === BACKSLASH) {
                j += 2;
                continue;
            }
            if (c === close) {
                if (depth === 0)
                    return j + 1;
                depth--;
            }
            else if (c === open && close !== open)
                depth++;
            j++;
        }
        return this.end;
    }
    regexLiteral(i) {
        const t = this.text;
        const next = t.charCodeAt(i + 1);
        if (next === 47 || next === 42)
            return -1;
        if (!this.expressionAllowed(i))
            return -1;
        let k = i + 1;
        let inClass = false;
        while (k < this.end) {
            const c = t.charCodeAt(k);
            if (c === NL)
                return -1;
            if (c === BACKSLASH) {
                k += 2;
                continue;
            }
            if (c === 91)
                inClass = true;
            else if (c === 93)
                inClass = false;
            else if (c === 47 && !inClass)
                break;
            k++;
        }
        if (k >= this.end)
            return -1;
        k++;
        while (k < this.end && isIdentCode(t.charCodeAt(k)))
            k++;
        this.push(STRING, i, k);
        return k;
    }
    island(o, i) {
        const t = this.text;
        const spec = o.spec;
        const head = t.slice(i, i + spec.open.length);
        if (spec.ignoreCase ? head.toLowerCase() !== o.lower : head !== spec.open)
            return -1;
        let contentStart = i + spec.open.length;
        let attrs = '';
        if (spec.openEnd) {
            const after = t.charCodeAt(contentStart);
            if (!(isSpace(after) || after === NL || after === 62 || after === 47))
                return -1;
            const gt = t.indexOf(spec.openEnd, contentStart);
            if (gt === -1 || gt >= this.end)
                return -1;
            attrs = t.slice(contentStart, gt);
            contentStart = gt + spec.openEnd.length;
        }
        let closeAt;
        if (o.closeRe) {
            o.closeRe.lastIndex = contentStart;
            closeAt = o.closeRe.exec(t)?.index ?? -1;
        }
        else
            closeAt = t.indexOf(spec.close, contentStart);
        const contentEnd = closeAt === -1 || closeAt > this.end ? this.end : closeAt;
        const target = this.islandLanguage(spec, attrs);
        if (target) {
            const sub = new Run(this.spans, t, target, contentEnd, this.stopAt);
            sub.run(contentStart);
        }
        else
            this.push(STRING, contentStart, contentEnd);
        return closeAt === -1 || closeAt > this.end ? this.end : closeAt + spec.close.length;
    }
    islandLanguage(spec, attrs) {
        const resolve = this.lang.resolve;
        if (attrs && spec.attributeLanguages) {
            const m = /\b(?:lang|type)\s*=\s*["']?(?:text\/|application\/)?([\w-]+)/i.exec(attrs);
            if (m) {
                const key = m[1].toLowerCase();
                const id = spec.attributeLanguages[key];
                if (id)
                    return resolve(id);
                // A script of another type (a template, JSON data) is data, not code.
                if (!/^(?:javascript|ecmascript|module|babel|jsx|text|css)$/.test(key))
                    return undefined;
            }
        }
        return resolve(spec.language);
    }
}
/**
 * Lexes `text` and returns its comment and string spans. `stopAt`: lexing may stop once past
 * this offset (spans containing it are still complete).
 */
function lex(text, lang, stopAt = Number.MAX_SAFE_INTEGER) {
    const spans = [];
    // A `#!` first line is an interpreter line, not code of the language.
    let from = 0;
    if (text.startsWith('#!')) {
        const nl = text.indexOf('\n');
        from = nl === -1 ? text.length : nl;
    }
    new Run(spans, text, lang, text.length, stopAt).run(from);
    return spans;
}
/**
 * Kind of the span containing each offset (0: code), for ascending `offsets`, in one merge pass.
 */
function kindsAt(spans, offsets) {
    const out = new Array(offsets.length).fill(0);
    let s = 0;
    for (let n = 0; n < offsets.length; n++) {
        const off = offsets[n];
        while (s < spans.length && spans[s + 2] <= off)
            s += 3;
        if (s < spans.length && spans[s + 1] <= off)
            out[n] = spans[s];
    }
    return out;
}
/** The span `[kind, start, end]` containing `offset`, or undefined (binary search). */
function spanAt(spans, offset) {
    let lo = 0;
    let hi = spans.length / 3 - 1;
    while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const start = spans[mid * 3 + 1];
        const end = spans[mid * 3 + 2];
        if (offset < start)
            hi = mid - 1;
        else if (offset >= end)
            lo = mid + 1;
        else
            return [spans[mid * 3], start, end];
    }
    return undefined;
}

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
            lang = compileLanguage(spec);
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

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/core/fingerprint.ts
/** Fingerprints that survive line moves: rule + path + normalized text + occurrence (pure). */

function normalizeForFingerprint(text) {
    return text.trim().replace(/\s+/g, ' ');
}
/**
 * Assigns fingerprints in input order. Identical (rule, path, text) triples are told apart by
 * their occurrence index, so two equal TODOs in one file keep distinct, stable fingerprints.
 */
function fingerprintAll(findings) {
    const seen = new Map();
    return findings.map((f) => {
        const key = `${f.ruleId}\0${f.location?.path ?? ''}\0${normalizeForFingerprint(f.fingerprintKey ?? f.snippet ?? f.message)}`;
        const n = seen.get(key) ?? 0;
        seen.set(key, n + 1);
        return createHash('sha256').update(`${key}\0${n}`).digest('hex').slice(0, 32);
    });
}

;// CONCATENATED MODULE: ./src/report/escape.ts
/**
 * Escaping for untrusted text (paths, messages, code excerpts, PR content) before it reaches
 * Markdown or HTML: no injected formatting, links, HTML, @mentions, #references or fake
 * `<!-- guardian:... -->` markers (pure).
 */
const HTML = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
function escapeHtml(s) {
    return s.replace(/[&<>"']/g, (c) => HTML[c]);
}
/**
 * Escapes text for Markdown inline context (also safe in table cells): HTML-escapes, then
 * backslash-escapes Markdown punctuation, breaks @mentions and #123 references with a
 * zero-width joiner, and folds newlines into spaces.
 */
function escapeMarkdown(s) {
    return stripControl(s)
        .replace(/\r?\n|\r/g, ' ')
        .replace(/[\\`*_{}[\]()#+\-.!|~:=^$]/g, (c) => `\\${c}`)
        .replace(/[&<>]/g, (c) => HTML[c])
        .replace(/([@#])/g, '$1\u200d');
}
/** A code span that cannot be broken out of: `<code>` with HTML escaping, newlines folded. */
function codeSpan(s, max = 200) {
    const t = truncate(stripControl(s).replace(/\r?\n|\r/g, ' ').trim(), max);
    return `<code>${escapeHtml(t).replace(/@/g, '@\u200d').replace(/\|/g, '&#124;')}</code>`;
}
/** Removes C0/C1 control characters except tab and newline (terminal and renderer safety). */
function stripControl(s) {
    return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '');
}
function truncate(s, max) {
    if (s.length <= max)
        return s;
    return `${s.slice(0, Math.max(0, max - 1))}…`;
}
/** URL-encodes each segment of a repository path for blob links. */
function encodePath(path) {
    return path.split('/').map(encodeURIComponent).join('/');
}
/** Text for GitHub check-run annotations and workflow commands: control characters removed, bounded. */
function plainText(s, max) {
    return truncate(stripControl(s), max);
}

;// CONCATENATED MODULE: ./src/checks/placeholders/positions.ts
/** Line and column of text offsets, computed in one linear pass (pure). */


/** Positions of ascending `offsets`; walks the text once, newline to newline. */
function linePositions(text, offsets) {
    const out = [];
    let line = 1;
    let lineStart = 0;
    let nl = text.indexOf('\n');
    for (const off of offsets) {
        while (nl !== -1 && nl < off) {
            line++;
            lineStart = nl + 1;
            nl = text.indexOf('\n', lineStart);
        }
        let lineEnd = nl === -1 ? text.length : nl;
        if (lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 13)
            lineEnd--;
        out.push({ line, column: off - lineStart + 1, lineStart, lineEnd });
    }
    return out;
}
/** The line's text, trimmed and cut to `max` characters, for snippets. */
function snippetOf(text, p, max = 240) {
    return truncate(text.slice(p.lineStart, p.lineEnd).trim(), max);
}
/** The line's text normalized as fingerprints normalize it: a key that survives re-indenting. */
function lineKey(text, p) {
    return normalizeForFingerprint(text.slice(p.lineStart, p.lineEnd));
}

;// CONCATENATED MODULE: ./src/checks/placeholders/markers.ts
/**
 * Marker tags in comment text: whole-word candidates, the group right after the tag
 * (references, expiry date) and the policy outcome (pure).
 */



/** Each tag and alias of `tags` as a literal to search for, with the index of its tag. */
function tagLiterals(tags) {
    return tags.flatMap((t, index) => [t.tag, ...t.aliases].map((literal) => ({ literal, index })));
}
/**
 * Every whole-word occurrence of each literal, ascending by position: no word character right
 * before it, nor right after it when it ends with one (`todo!` may be followed by `(`).
 */
function wholeWordOccurrences(text, literals) {
    const out = [];
    for (const { literal, index } of literals) {
        if (!literal)
            continue;
        const len = literal.length;
        const wordEnd = isIdentCode(literal.charCodeAt(len - 1));
        for (let at = text.indexOf(literal); at !== -1; at = text.indexOf(literal, at + 1)) {
            if (at > 0 && isIdentCode(text.charCodeAt(at - 1)))
                continue;
            if (wordEnd && at + len < text.length && isIdentCode(text.charCodeAt(at + len)))
                continue;
            out.push({ pos: at, len, index });
        }
    }
    out.sort((a, b) => a.pos - b.pos || b.len - a.len);
    // A longer literal at the same place wins (an alias like the JSDoc tag over the tag inside it).
    return out.filter((c, n) => n === 0 || c.pos >= out[n - 1].pos + out[n - 1].len);
}
function preparePolicy(cfg) {
    return {
        references: cfg.references.map((r) => ({ re: new RegExp(r.pattern, 'g'), group: r.group })),
        notReferences: cfg.notReferences.map((p) => new RegExp(p)),
    };
}
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A comment's closing delimiter at the end of the text (not part of what a marker says). */
const TRAILING_CLOSER = /(?:\*\/|-->|#>|-\}|\*\)|\]\]|"""|''')\s*$/;
/**
 * The text that identifies a marker wherever it stands: from its tag to the end of its comment
 * line, closer dropped, whitespace collapsed. "Moved, not new" compares removed lines by it.
 */
function markerKey(fromTag) {
    return normalizeForFingerprint(fromTag.replace(TRAILING_CLOSER, ''));
}
function validDate(s) {
    const m = DATE.exec(s);
    if (!m)
        return false;
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}
function hasReference(text, policy, inGroup) {
    for (const r of policy.references) {
        if (r.group && !inGroup)
            continue;
        r.re.lastIndex = 0;
        for (let m = r.re.exec(text); m; m = r.re.exec(text)) {
            if (!policy.notReferences.some((n) => n.test(m[0])))
                return true;
            if (m[0].length === 0)
                r.re.lastIndex++;
        }
    }
    return false;
}
/** The finding for one marker, or null when its policy accepts it. */
function markerFinding(tag, start, len, ctx, cfg, policy) {
    const { text, pos } = ctx;
    const stop = Math.min(ctx.commentEnd, pos.lineEnd);
    let k = start + len;
    while (k < stop && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9))
        k++;
    let group = [];
    const open = text.charCodeAt(k);
    if (open === 40 || open === 91) {
        const close = text.indexOf(open === 40 ? ')' : ']', k + 1);
        if (close !== -1 && close < stop) {
            group = text.slice(k + 1, close).split(/[\s,;]+/).filter(Boolean);
            k = close + 1;
        }
    }
    const rest = text.slice(k, stop);
    const markerText = markerKey(text.slice(start, stop));
    const base = {
        line: pos.line,
        column: pos.column,
        endColumn: pos.column + len - 1,
        snippet: snippetOf(text, pos),
        key: markerText,
        tag: tag.tag,
    };
    const fill = (s, date = '') => s.replaceAll('{tag}', tag.tag).replaceAll('{date}', date);
    let date;
    let referenced = false;
    for (const item of group) {
        if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(item))
            date = item;
        else if (hasReference(item, policy, true))
            referenced = true;
    }
    if (!referenced && rest && hasReference(rest, policy, false))
        referenced = true;
    if (date !== undefined) {
        if (!validDate(date)) {
            return { ...base, ruleId: tag.ruleId, title: `${tag.tag} with an invalid date`, message: fill(cfg.expiry.invalidMessage, date) };
        }
        if (date < cfg.today) {
            return { ...base, ruleId: cfg.expiry.ruleId, title: `Expired ${tag.tag}`, message: fill(cfg.expiry.message, date), expires: date };
        }
        // A future date makes the marker tracked work, like a reference.
        referenced = true;
    }
    if (tag.requireReference) {
        if (referenced)
            return null;
        return { ...base, ruleId: tag.ruleId, title: `${tag.tag} without a reference`, message: fill(cfg.unreferencedMessage) };
    }
    return { ...base, ruleId: tag.ruleId, title: `${tag.tag} marker`, message: fill(tag.message) };
}

;// CONCATENATED MODULE: ./src/checks/contracts/json-parse.ts
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

;// CONCATENATED MODULE: ./src/checks/placeholders/notebook.ts
/**
 * Jupyter notebooks: the cells' source text, with a map from each cell offset back to the
 * notebook file's offset (through JSON string escapes), so findings land on notebook lines.
 * Read with the project's positioned JSON parser; malformed JSON yields null, never an exception.
 */

function readNotebook(text) {
    const parsed = parseJsonWithPositions(text);
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
        if (spanAt(spans, m.index) !== undefined)
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
        if (spanAt(spans, asyncPos) !== undefined)
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
        const span = spanAt(spans, k);
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
        const span = spanAt(spans, first);
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
        this.policy = preparePolicy(cfg);
        this.tagLiterals = tagLiterals(cfg.tags);
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
            p = new Prefilter([...literals]);
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
        return { buf: this.scratch, words: wordsOf(this.scratch), kernel: null };
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
        const pos = linePositions(text, found.map((x) => x.at));
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
        const tagHits = wholeWordOccurrences(text, this.tagLiterals.filter((l) => has(l.literal)));
        const literalHits = wholeWordOccurrences(text, this.placeholderLiterals.filter((l) => has(l.literal)));
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
        const spans = lex(text, lang, stopAt);
        const docIsComment = this.cfg.docstringsAsComments;
        const pending = [];
        const tagKinds = kindsAt(spans, tagHits.map((c) => c.pos));
        tagHits.forEach((c, n) => {
            const kind = tagKinds[n];
            if (kind !== COMMENT && !(kind === DOC && docIsComment))
                return;
            const tag = this.cfg.tags[c.index];
            const commentEnd = spanAt(spans, c.pos)[2];
            pending.push({ offset: c.pos, len: c.len, build: (pos) => markerFinding(tag, c.pos, c.len, { text, commentEnd, pos }, this.cfg, this.policy) });
        });
        const litKinds = kindsAt(spans, literalHits.map((c) => c.pos));
        literalHits.forEach((c, n) => {
            const kind = litKinds[n];
            if (kind === COMMENT || (kind === DOC && docIsComment))
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
                    snippet: snippetOf(text, pos),
                    key: lineKey(text, pos),
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
                            snippet: snippetOf(text, pos),
                            key: lineKey(text, pos),
                        };
                    },
                });
            }
        }
        pending.sort((a, b) => a.offset - b.offset);
        const positions = linePositions(text, pending.map((p) => p.offset));
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

;// CONCATENATED MODULE: ./src/checks/placeholders/worker-task.ts


function runPlaceholderWorker(port, data) {
    const scanner = new Scanner(data.config);
    const sb = acquireScanBuffer(data.config.maxFileBytes);
    const counter = new Int32Array(data.counter);
    port.once('message', (msg) => {
        const paths = msg.paths === '' ? [] : msg.paths.split('\0');
        const out = { results: [], files: 0, bytes: 0 };
        for (;;) {
            const from = Atomics.add(counter, 0, data.chunk);
            if (from >= paths.length)
                break;
            const to = Math.min(paths.length, from + data.chunk);
            scanBatch(data.root, paths, from, to, scanner, sb, out);
            Atomics.add(counter, 1, to - from);
        }
        port.postMessage(out);
        port.close();
    });
}

;// CONCATENATED MODULE: ./src/workers/worker.ts
/**
 * Worker-thread entry, bundled to dist/worker/index.js. Each task kind is a small module of its
 * own so this bundle stays light (no zod, no YAML): the main thread sends validated data.
 */


const data = external_node_worker_threads_namespaceObject.workerData;
if (!external_node_worker_threads_namespaceObject.parentPort || !data)
    throw new Error('dist/worker/index.js runs only as a worker thread started by Guardian.');
if (data.task === 'placeholders')
    runPlaceholderWorker(external_node_worker_threads_namespaceObject.parentPort, data);
else
    throw new Error(`unknown worker task ${String(data.task)}`);

