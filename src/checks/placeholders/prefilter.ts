/**
 * The byte-level literal prefilter: does a file's raw bytes contain any literal that can lead
 * to a finding? It runs on every file before any decoding, so it is the hot loop of a scan.
 *
 * With few literals, `Buffer.indexOf` per literal (a native memchr-driven search) is fastest.
 * With many (tags, their aliases, stub and placeholder literals: 15 or more), one pass that
 * looks up byte pairs at even offsets in a 64 KB table beats that many passes: every literal
 * of 3 or more bytes has a pair at an even offset starting at its first or second byte, so
 * reading the buffer as 16-bit words finds every occurrence; candidates are then verified.
 */

/** Literals at or below this count use one `indexOf` pass each. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const INDEXOF_MAX = 4;

export class Prefilter {
  private readonly needles: Buffer[];
  private readonly literalText: string[];
  /** Pair (little-endian 16-bit word) → 1 + index into `candidates`, 0 when no literal has it. */
  private readonly table: Uint16Array | null;
  private readonly candidates: Array<Array<[needle: number, offset: number]>> = [];
  /** Literals shorter than 3 bytes: searched with indexOf. */
  private readonly short: number[] = [];

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
      for (const offset of [0, 1]) {
        const word = LITTLE_ENDIAN ? n[offset]! | (n[offset + 1]! << 8) : (n[offset]! << 8) | n[offset + 1]!;
        let slot = this.table![word]!;
        if (slot === 0) {
          this.candidates.push([]);
          slot = this.candidates.length;
          this.table![word] = slot;
        }
        this.candidates[slot - 1]!.push([index, offset]);
      }
    });
  }

  /**
   * True when `buf[0, len)` contains a literal. `words` must view the same memory as `buf`
   * (the caller's reused, even-aligned buffer); bytes past `len` are never matched.
   */
  test(buf: Buffer, len: number, words: Uint16Array): boolean {
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
    const pairs = len >> 1;
    // Two pairs per iteration, read as one 32-bit word where the view allows (it usually does).
    let w = 0;
    const quads = this.quads(words, pairs);
    if (quads) {
      for (const end = pairs >> 1; w >> 1 < end; w += 2) {
        const x = quads[w >> 1]!;
        const a = table[LITTLE_ENDIAN ? x & 0xffff : x >>> 16]!;
        if (a !== 0 && this.verify(buf, len, w << 1, a)) return true;
        const b = table[LITTLE_ENDIAN ? x >>> 16 : x & 0xffff]!;
        if (b !== 0 && this.verify(buf, len, (w + 1) << 1, b)) return true;
      }
    }
    for (; w < pairs; w++) {
      const slot = table[words[w]!]!;
      if (slot !== 0 && this.verify(buf, len, w << 1, slot)) return true;
    }
    // An odd last byte needs no look: a literal of 3+ bytes ending there starts at an even
    // offset (len is odd), so its first pair is a whole word already read.
    return false;
  }

  private quadCache: { words: Uint16Array; quads: Uint32Array | null } | undefined;

  /** A 32-bit view of the same memory, when it is 4-byte aligned (cached per word view). */
  private quads(words: Uint16Array, pairs: number): Uint32Array | null {
    if (pairs < 8) return null;
    const c = this.quadCache;
    if (c && c.words === words) return c.quads;
    const quads = words.byteOffset & 3 ? null : new Uint32Array(words.buffer, words.byteOffset, words.length >> 1);
    this.quadCache = { words, quads };
    return quads;
  }

  /** Every literal `buf[0, len)` contains (one full pass; for files that passed {@link test}). */
  present(buf: Buffer, len: number, words: Uint16Array): Set<string> {
    const found = new Set<number>();
    const view = buf.subarray(0, len);
    if (this.table === null) {
      this.needles.forEach((n, k) => view.indexOf(n) !== -1 && found.add(k));
    } else {
      for (const k of this.short) if (view.indexOf(this.needles[k]!) !== -1) found.add(k);
      const table = this.table;
      const pairs = len >> 1;
      for (let w = 0; w < pairs; w++) {
        const slot = table[words[w]!]!;
        if (slot === 0) continue;
        for (const [index, offset] of this.candidates[slot - 1]!) {
          if (!found.has(index) && this.matchesAt(buf, len, (w << 1) - offset, index)) found.add(index);
        }
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
      const n = this.needles[index]!;
      const start = at - offset;
      const end = start + n.length;
      if (start < 0 || end > len) continue;
      let k = 0;
      while (k < n.length && buf[start + k] === n[k]) k++;
      if (k === n.length) return true;
    }
    return false;
  }
}

/** A 16-bit view of a buffer allocated on its own (offset 0, so even-aligned). */
export function wordsOf(buf: Buffer): Uint16Array {
  if (buf.byteOffset & 1) throw new Error('the scan buffer must be even-aligned');
  return new Uint16Array(buf.buffer, buf.byteOffset, buf.length >> 1);
}
