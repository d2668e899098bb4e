/** The byte prefilter agrees with a plain `includes`, in JavaScript and in the WebAssembly kernel. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createKernel } from '../../src/checks/placeholders/pair-scan-wasm.js';
import { Prefilter, wordsOf, type ScanBuffer } from '../../src/checks/placeholders/prefilter.js';

const alphabet = fc.constantFrom(...'TODOFIXMEXH@!? \n\u00e9abcdlorem_'.split(''));
const literal = fc.array(alphabet, { minLength: 1, maxLength: 8 }).map((a) => a.join(''));
// A fresh kernel per case: its pair table is shared by every prefilter that uses it, and flags
// left by other cases would send it down its exhaustive tail path and hide faults of the fast one.
const fresh = (): NonNullable<ReturnType<typeof createKernel>> => createKernel(4096)!;

/** The same bytes in a plain buffer and in a kernel's buffer, stale bytes after `len`. */
function buffers(content: Buffer, kernel = fresh()): ScanBuffer[] {
  const plain = Buffer.allocUnsafeSlow(content.length + 8).fill(0x54);
  content.copy(plain);
  kernel.file.fill(0x54, 0, content.length + 64);
  content.copy(kernel.file);
  return [
    { buf: plain, words: wordsOf(plain), kernel: null },
    { buf: kernel.file, words: wordsOf(kernel.file), kernel },
  ];
}

describe('Prefilter', () => {
  it('has a WebAssembly kernel here', () => {
    expect(createKernel(4096)).not.toBeNull();
  });

  it('test() and present() equal includes() on the first len bytes, whatever lies beyond them', () => {
    fc.assert(
      fc.property(fc.array(literal, { minLength: 1, maxLength: 20 }), fc.array(alphabet, { maxLength: 300 }), fc.nat(), (lits, chars, cut) => {
        const content = Buffer.from(chars.join(''), 'utf8');
        const len = content.length ? cut % (content.length + 1) : 0;
        const p = new Prefilter(lits);
        const inside = content.subarray(0, len);
        const all = [...new Set(lits)].filter((l) => inside.includes(Buffer.from(l, 'utf8')));
        for (const sb of buffers(content)) {
          expect(p.test(sb, len)).toBe(all.length > 0);
          expect([...p.present(sb, len)].sort()).toEqual([...all].sort());
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('finds a literal at every offset and parity, including at the very end', () => {
    const p = new Prefilter(['TODO', 'FIXME', 'XXX', 'HACK', 'TBD', 'PLACEHOLDER', '@todo', 'lorem ipsum', 'replace_me']);
    for (const lit of ['XXX', 'TBD', 'FIXME', '@todo', 'lorem ipsum', 'replace_me']) {
      for (let pad = 0; pad < 20; pad++) {
        const content = Buffer.concat([Buffer.alloc(pad, 0x20), Buffer.from(lit), Buffer.alloc(16, 0x20)]);
        for (const sb of buffers(content)) {
          expect(p.test(sb, pad + lit.length)).toBe(true);
          expect(p.test(sb, pad + lit.length - 1)).toBe(false);
        }
      }
    }
  });
});
