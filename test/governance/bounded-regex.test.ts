import { describe, expect, it } from 'vitest';
import { BoundedMatcher } from '../../src/core/bounded-regex.js';

describe('BoundedMatcher', () => {
  it('returns [index, length] pairs of every match, capped per file', () => {
    const m = new BoundedMatcher([{ id: 'x', regex: /a+/g }], { fileTimeoutMs: 1000, batchTimeoutMs: 1000, maxMatches: 2 });
    const hits = m.scan([
      { path: 'one', text: 'xaaybaaa', patterns: [0] },
      { path: 'two', text: 'a.a.a.a', patterns: [0] },
      { path: 'none', text: 'zzz', patterns: [0] },
    ]);
    expect(hits).toEqual([[[1, 2, 5, 3]], [[0, 1, 2, 1]], [[]]]);
    expect(m.timeouts).toEqual([]);
  });

  it('advances past empty matches', () => {
    const m = new BoundedMatcher([{ id: 'x', regex: /b*/g }], { fileTimeoutMs: 1000, batchTimeoutMs: 1000, maxMatches: 10 });
    expect(m.scan([{ path: 'p', text: 'ab', patterns: [0] }])[0]![0]).toEqual([0, 0, 1, 1, 2, 0]);
  });

  it('stops a catastrophic pattern, reports the file, drops the pattern and keeps the others', () => {
    const evil = /^(a+)+$/g;
    const m = new BoundedMatcher(
      [
        { id: 'evil', regex: evil },
        { id: 'fine', regex: /b/g },
      ],
      { fileTimeoutMs: 100, batchTimeoutMs: 200, maxMatches: 5 },
    );
    const attack = `${'a'.repeat(40)}!`;
    const hits = m.scan([
      { path: 'ok.txt', text: 'aaa', patterns: [0, 1] },
      { path: 'attack.txt', text: attack, patterns: [0, 1] },
      { path: 'later.txt', text: 'b', patterns: [0, 1] },
    ]);
    expect(m.timeouts).toEqual([{ patternId: 'evil', path: 'attack.txt' }]);
    expect(hits[0]).toEqual([[0, 3], []]);
    expect(hits[1]).toEqual([null, []]);
    expect(hits[2]).toEqual([null, [0, 1]]);
    // Dropped for the rest of the run: a later batch does not try it again.
    expect(m.scan([{ path: 'again.txt', text: attack, patterns: [0, 1] }])).toEqual([[null, []]]);
    expect(m.timeouts).toHaveLength(1);
  });

  it('refuses patterns without the g flag', () => {
    expect(() => new BoundedMatcher([{ id: 'x', regex: /a/ }], { fileTimeoutMs: 1, batchTimeoutMs: 1, maxMatches: 1 })).toThrow(/g flag/);
  });
});
