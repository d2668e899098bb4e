/**
 * The Legend engine's own compiler test cases (fixtures/legend-compiler-cases.json): the embedded engine
 * reports the same first error, message and position, for every case in its subset, and no error at all for
 * the others (never an error the engine would not report).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { compileGrammar, firstError } from './helpers.js';

interface LegendCase {
  source: string;
  grammar: string;
  expected: string;
  embedded: 'same' | 'outside-subset';
}

const CASES: LegendCase[] = JSON.parse(readFileSync(join(__dirname, 'fixtures/legend-compiler-cases.json'), 'utf8'));

describe("the Legend engine's compiler test cases", () => {
  test('there are cases of both kinds', () => {
    expect(CASES.filter((c) => c.embedded === 'same').length).toBeGreaterThanOrEqual(70);
    expect(CASES.filter((c) => c.embedded === 'outside-subset').length).toBeGreaterThanOrEqual(1);
  });

  test.each(CASES.filter((c) => c.embedded === 'same').map((c) => [c.source, c] as const))('%s: same error as the engine', (_source, c) => {
    const got = firstError(compileGrammar(c.grammar));
    // The engine's tests compare prefixes (candidate lists follow some messages); a shorter message is not a match.
    expect(got?.startsWith(c.expected), got).toBe(true);
  });

  test.each(CASES.filter((c) => c.embedded === 'outside-subset').map((c) => [c.source, c] as const))('%s: outside the subset, no false error', (_source, c) => {
    expect(firstError(compileGrammar(c.grammar))).toBeUndefined();
  });
});
