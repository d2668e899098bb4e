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

export const TABLE_AT = 0;
export const FILE_AT = 65536;

const uleb = (n: number): number[] => {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n) b |= 0x80;
    out.push(b);
  } while (n);
  return out;
};
const section = (id: number, bytes: number[]): number[] => [id, ...uleb(bytes.length), ...bytes];
const name = (s: string): number[] => [...uleb(s.length), ...[...s].map((c) => c.charCodeAt(0))];

// Opcodes used below.
const GET = 0x20, SET = 0x21, I32 = 0x41, I64 = 0x42, ADD = 0x6a, SUB = 0x6b, AND = 0x71, OR = 0x72, GT_U = 0x4b;
const SHR_U64 = 0x88, WRAP = 0xa7, LOAD64 = 0x29, LOAD16U = 0x2f, LOAD8U = 0x2d;
const BLOCK = 0x02, LOOP = 0x03, IF = 0x04, END = 0x0b, BR = 0x0c, BR_IF = 0x0d, RETURN = 0x0f, VOID = 0x40;
// Locals: 0 p, 1 end, 2 table (parameters); 3 x (i64), 4 lim.
const P = 0, E = 1, T = 2, X = 3, LIM = 4;

/** table[(x >> shift) & 0xffff] */
const lane = (shift: number): number[] => [GET, T, GET, X, ...(shift ? [I64, shift, SHR_U64] : []), WRAP, I32, 0xff, 0xff, 0x03, AND, ADD, LOAD8U, 0, 0];

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

export interface PairScanKernel {
  scan(p: number, end: number, table: number): number;
  /** The table (flags, one byte per pair). */
  table: Uint8Array;
  /** The file buffer: `capacity` bytes at {@link FILE_AT}. */
  file: Buffer;
  capacity: number;
}

/** The slice of the WebAssembly API used here (the TypeScript lib in use does not declare it). */
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: { scan: PairScanKernel['scan']; mem: { buffer: ArrayBuffer; grow(pages: number): number } } };
}

/** A kernel whose file buffer holds `capacity` bytes, or null without WebAssembly. */
export function createKernel(capacity: number): PairScanKernel | null {
  const wasm = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
  if (!wasm) return null;
  try {
    const { scan, mem } = new wasm.Instance(new wasm.Module(MODULE)).exports;
    const bytes = FILE_AT + capacity + 16;
    const pages = Math.ceil(bytes / 65536);
    mem.grow(pages - 1);
    return { scan, table: new Uint8Array(mem.buffer, TABLE_AT, 65536), file: Buffer.from(mem.buffer, FILE_AT, capacity), capacity };
  } catch {
    return null;
  }
}
