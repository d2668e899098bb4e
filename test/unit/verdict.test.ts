import { describe, expect, it } from 'vitest';
import { checkStatus, computeVerdict } from '../../src/core/verdict.js';
import { emptyCounts } from '../../src/core/policy.js';
import { finding, result } from '../helpers/findings.js';

describe('verdict policy', () => {
  const warnOnly = result('a', [finding({ level: 'warning' })]);
  const withError = result('b', [finding({ level: 'error' })]);

  it('fails on errors by default and names the failing gate', () => {
    const v = computeVerdict([warnOnly, withError], 'error');
    expect(v.verdict).toBe('fail');
    expect(v.reasons).toEqual(['b: 1 error']);
    expect(v.counts).toMatchObject({ error: 1, warning: 1 });
  });

  it('passes with warnings under fail-on error and fails under fail-on warning', () => {
    expect(computeVerdict([warnOnly], 'error').verdict).toBe('pass');
    const counts = { ...emptyCounts(), warning: 1 };
    expect(checkStatus(counts, 'warning', false)).toBe('failed');
    expect(checkStatus(counts, 'error', false)).toBe('passed');
  });

  it('never fails under fail-on never but says findings exist', () => {
    const v = computeVerdict([withError], 'never');
    expect(v.verdict).toBe('neutral');
    expect(v.reasons.join(' ')).toMatch(/fail-on is "never"/);
  });

  it('fails when a check errored, carrying its message', () => {
    const v = computeVerdict([result('c', [], { status: 'error', error: 'boom' })], 'error');
    expect(v.verdict).toBe('fail');
    expect(v.reasons).toEqual(['c: the check could not run: boom']);
  });

  it('is neutral when every check was neutral, and suppressed findings do not gate', () => {
    expect(computeVerdict([result('n', [], { status: 'neutral' })], 'error').verdict).toBe('neutral');
    const sup = result('s', [finding({ suppression: { kind: 'exception', reason: 'ok' } })]);
    expect(sup.counts).toMatchObject({ error: 0, suppressed: 1 });
    expect(checkStatus(sup.counts, 'error', false)).toBe('passed');
  });
});
