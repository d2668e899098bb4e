/** The byte prefilter agrees with a plain `includes` for any bytes and any literal set. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Prefilter, wordsOf } from '../../src/checks/placeholders/prefilter.js';

const alphabet = fc.constantFrom(...'TODOFIXMEXH@!? \n\u00e9abcd'.split(''));
const literal = fc.array(alphabet, { minLength: 1, maxLength: 8 }).map((a) => a.join(''));

describe('Prefilter', () => {
  it('test() and present() equal includes() on the first len bytes, whatever lies beyond them', () => {
    fc.assert(
      fc.property(fc.array(literal, { minLength: 1, maxLength: 20 }), fc.array(alphabet, { maxLength: 300 }), fc.nat(), (lits, chars, cut) => {
        const content = Buffer.from(chars.join(''), 'utf8');
        const len = content.length ? cut % (content.length + 1) : 0;
        const buf = Buffer.allocUnsafeSlow(content.length + 8);
        buf.fill(0x54); // stale bytes ('T') past len must not count
        content.copy(buf);
        const p = new Prefilter(lits);
        const want = [...new Set(lits)].some((l) => buf.subarray(0, len).includes(Buffer.from(l, 'utf8')));
        expect(p.test(buf, len, wordsOf(buf))).toBe(want);
        const all = [...new Set(lits)].filter((l) => buf.subarray(0, len).includes(Buffer.from(l, 'utf8')));
        expect([...p.present(buf, len, wordsOf(buf))].sort()).toEqual(all.sort());
      }),
      { numRuns: 3000 },
    );
  });
  it('finds a literal at every offset and parity, including at the very end', () => {
    const p = new Prefilter(['TODO', 'FIXME', 'XXX', 'HACK', 'TBD', 'PLACEHOLDER', '@todo']);
    for (const lit of ['XXX', 'TBD', 'FIXME', '@todo']) {
      for (let pad = 0; pad < 6; pad++) {
        const buf = Buffer.allocUnsafeSlow(64).fill(0x20);
        Buffer.from(lit).copy(buf, pad);
        expect(p.test(buf, pad + lit.length, wordsOf(buf))).toBe(true);
        expect(p.test(buf, pad + lit.length - 1, wordsOf(buf))).toBe(false);
      }
    }
  });
});
