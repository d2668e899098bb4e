import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BoundedRegex } from '../../src/checks/contracts/bounded-regex.js';
import { Rng } from '../../src/checks/contracts/random.js';
import { parsePattern, samplePattern } from '../../src/checks/contracts/regex-gen.js';

/** Patterns from a small grammar: literals, classes, escapes, groups, alternation, quantifiers. */
const atom = fc.oneof(
  fc.constantFrom('a', 'Z', '0', '-', '_', '\\.', '\\d', '\\w', '\\s', '\\D', '\\W', '.', '[a-f]', '[^0-9]', '[A-Z0-9_]', '[\\d-]', '\\u00e9', '\\x41', '[.]'),
);
const quant = fc.constantFrom('', '', '*', '+', '?', '{2}', '{1,3}', '{2,}', '*?');
const piece = fc.tuple(atom, quant).map(([a, q]) => a + q);
const seq = fc.array(piece, { minLength: 1, maxLength: 5 }).map((xs) => xs.join(''));
const group = fc.tuple(seq, seq, quant).map(([a, b, q]) => `(${a}|${b})${q}`);
const pattern = fc
  .tuple(fc.boolean(), fc.array(fc.oneof(seq, group), { minLength: 1, maxLength: 3 }), fc.boolean())
  .map(([s, body, e]) => `${s ? '^' : ''}${body.join('')}${e ? '$' : ''}`);

describe('samplePattern', () => {
  it('every sample matches its pattern (property)', () => {
    fc.assert(
      fc.property(pattern, fc.integer(), (p, seed) => {
        const parsed = parsePattern(p);
        expect(parsed).not.toBeNull();
        // Bounded: some grammar patterns backtrack exponentially in V8 on their own samples.
        const re = new BoundedRegex(p);
        const rng = new Rng(seed);
        for (const stretch of [0, 3, 10]) {
          const s = samplePattern(parsed!, rng, stretch);
          expect(s).not.toBeNull();
          const matched = re.test(s!);
          if (matched !== null) expect([p, s, matched]).toEqual([p, s, true]);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('handles backreferences, named groups and anchors of real-world patterns', () => {
    const cases = ['^(a|b)\\1$', '^(?<q>["\'])x\\k<q>$', '^[A-Z]{3}-\\d{4}$', '^\\+?[1-9]\\d{1,14}$', '^[a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,}$', '^\\p{Lu}\\p{Ll}+$'];
    for (const p of cases) {
      const s = samplePattern(parsePattern(p)!, new Rng(7), 3);
      expect([p, new RegExp(p, 'u').test(s!)]).toEqual([p, true]);
    }
  });

  it('never hangs on a catastrophically backtracking pattern: the test is bounded', () => {
    const p = '(.{2,}\\.{1,3}0*0*?-*|[A-Z0-9_]*?\\W*?){2,}\\s{2,}-{2,}\\u00e9+\\d*?[\\d-](\\x41{2,}|\\D*[A-Z0-9_]{2,}[A-Z0-9_]{2})';
    const re = new BoundedRegex(p);
    expect(re.risky).toBe(true);
    const s = samplePattern(parsePattern(p)!, new Rng(1478), 10)!;
    const r = re.test(s);
    expect(r === true || r === null).toBe(true);
    expect(new BoundedRegex('^[a-z]+$').risky).toBe(false);
    expect(new BoundedRegex('^(a+)+$').risky).toBe(true);
    expect(new BoundedRegex('^(\\w|\\d)+$').risky).toBe(true);
  });

  it('flags lookarounds as approximate', () => {
    expect(parsePattern('^(?=.*\\d)[a-z0-9]{8}$')!.approximate).toBe(true);
    expect(parsePattern('^[a-z]+$')!.approximate).toBe(false);
  });

  it('is deterministic for a seed', () => {
    const p = parsePattern('^[a-z]{3,10}\\d*$')!;
    expect(samplePattern(p, new Rng(42), 5)).toBe(samplePattern(p, new Rng(42), 5));
  });
});
