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
import { FILE_AT, TABLE_AT, type PairScanKernel } from './pair-scan-wasm.js';

/** Literals at or below this count use one `indexOf` pass each. */
const INDEXOF_MAX = 4;
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const BY_FREQUENCY = 'etaoinsrhldcumfpgwybvkxjqz';

/** How rare a byte is in source text, roughly: spaces and common letters low, symbols high. */
function rarity(b: number): number {
  if (b === 32 || b === 9 || b === 10 || b === 13) return 0;
  if (b >= 97 && b <= 122) return 1 + BY_FREQUENCY.indexOf(String.fromCharCode(b));
  if (b >= 65 && b <= 90) return 30 + BY_FREQUENCY.indexOf(String.fromCharCode(b + 32));
  if (b >= 48 && b <= 57) return 40;
  return b >= 128 ? 45 : 50;
}

/** The offset k whose pairs (k, k+1) and (k+1, k+2) are both as rare as possible. */
function anchorOffset(n: Buffer): number {
  let best = 0;
  let bestScore = -1;
  for (let k = 0; k + 2 < n.length; k++) {
    const score = Math.min(rarity(n[k]!) + rarity(n[k + 1]!), rarity(n[k + 1]!) + rarity(n[k + 2]!));
    if (score > bestScore) {
      bestScore = score;
      best = k;
    }
  }
  return best;
}

export interface ScanBuffer {
  buf: Buffer;
  /** 16-bit view of `buf` (even-aligned). */
  words: Uint16Array;
  /** Set when `buf` is the WebAssembly kernel's file buffer. */
  kernel: PairScanKernel | null;
}

export class Prefilter {
  private readonly needles: Buffer[];
  private readonly literalText: string[];
  /** Pair (16-bit word, host order) → 1 + index into `candidates`, 0 when no literal has it. */
  private readonly table: Uint16Array | null;
  private readonly candidates: Array<Array<[needle: number, offset: number]>> = [];
  /** The pairs flagged, little-endian (for the kernel's table). */
  private readonly pairs: number[] = [];
  /** Literals shorter than 3 bytes: searched with indexOf. */
  private readonly short: number[] = [];
  private readonly attached = new WeakSet<PairScanKernel>();

  constructor(literals: readonly string[]) {
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
        const le = n[offset]! | (n[offset + 1]! << 8);
        const word = LITTLE_ENDIAN ? le : (n[offset]! << 8) | n[offset + 1]!;
        let slot = this.table![word]!;
        if (slot === 0) {
          this.candidates.push([]);
          slot = this.candidates.length;
          this.table![word] = slot;
          this.pairs.push(le);
        }
        this.candidates[slot - 1]!.push([index, offset]);
      }
    });
  }

  /** True when `buf[0, len)` contains a literal; bytes past `len` are never matched. */
  test(sb: ScanBuffer, len: number): boolean {
    const { buf, words } = sb;
    if (this.table === null) {
      const view = buf.subarray(0, len);
      for (const n of this.needles) if (view.indexOf(n) !== -1) return true;
      return false;
    }
    if (this.short.length) {
      const view = buf.subarray(0, len);
      for (const k of this.short) if (view.indexOf(this.needles[k]!) !== -1) return true;
    }
    const table = this.table;
    if (sb.kernel) {
      const kernel = sb.kernel;
      this.attach(kernel);
      const end = FILE_AT + len;
      for (let p = FILE_AT; ; ) {
        const at = kernel.scan(p, end, TABLE_AT);
        if (at < 0) return false;
        const w = at - FILE_AT;
        // The kernel's table is shared by every language: this one may not know the pair.
        const slot = table[words[w >> 1]!]!;
        if (slot !== 0 && this.verify(buf, len, w, slot)) return true;
        p = at + 2;
      }
    }
    const pairs = len >> 1;
    for (let w = 0; w < pairs; w++) {
      const slot = table[words[w]!]!;
      if (slot !== 0 && this.verify(buf, len, w << 1, slot)) return true;
    }
    // An odd last byte needs no look: a literal of 3+ bytes ending there has an aligned pair
    // inside the words already read.
    return false;
  }

  /** Flags this prefilter's pairs in the kernel's (shared) table, once. */
  private attach(kernel: PairScanKernel): void {
    if (this.attached.has(kernel)) return;
    for (const le of this.pairs) kernel.table[le] = 1;
    this.attached.add(kernel);
  }

  /** Every literal `buf[0, len)` contains (one full pass; for files that passed {@link test}). */
  present(sb: ScanBuffer, len: number): Set<string> {
    const { buf, words } = sb;
    const found = new Set<number>();
    const view = buf.subarray(0, len);
    if (this.table === null) {
      this.needles.forEach((n, k) => view.indexOf(n) !== -1 && found.add(k));
    } else {
      for (const k of this.short) if (view.indexOf(this.needles[k]!) !== -1) found.add(k);
      const table = this.table;
      const note = (w: number): void => {
        const slot = table[words[w]!]!;
        if (slot === 0) return;
        for (const [index, offset] of this.candidates[slot - 1]!) {
          if (!found.has(index) && this.matchesAt(buf, len, (w << 1) - offset, index)) found.add(index);
        }
      };
      if (sb.kernel) {
        this.attach(sb.kernel);
        const end = FILE_AT + len;
        for (let p = FILE_AT; ; p += 2) {
          p = sb.kernel.scan(p, end, TABLE_AT);
          if (p < 0) break;
          note((p - FILE_AT) >> 1);
        }
      } else {
        const pairs = len >> 1;
        for (let w = 0; w < pairs; w++) note(w);
      }
    }
    return new Set([...found].map((k) => this.literalText[k]!));
  }

  private matchesAt(buf: Buffer, len: number, start: number, index: number): boolean {
    const n = this.needles[index]!;
    if (start < 0 || start + n.length > len) return false;
    let k = 0;
    while (k < n.length && buf[start + k] === n[k]) k++;
    return k === n.length;
  }

  private verify(buf: Buffer, len: number, at: number, slot: number): boolean {
    for (const [index, offset] of this.candidates[slot - 1]!) {
      if (this.matchesAt(buf, len, at - offset, index)) return true;
    }
    return false;
  }
}

/** A 16-bit view of a buffer allocated on its own (offset 0, so even-aligned). */
export function wordsOf(buf: Buffer): Uint16Array {
  if (buf.byteOffset & 1) throw new Error('the scan buffer must be even-aligned');
  return new Uint16Array(buf.buffer, buf.byteOffset, buf.length >> 1);
}
