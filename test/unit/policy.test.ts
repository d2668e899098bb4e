import { describe, expect, it } from 'vitest';
import { applyPolicy, isInDiff, partitionExceptions, type PolicyInput } from '../../src/core/policy.js';
import { indexSuppressions } from '../../src/core/inline-suppressions.js';
import type { ChangedFile, DiffInfo, FindingInput, RuleMeta } from '../../src/core/types.js';

const RULES: RuleMeta[] = [
  { id: 'x/bad', name: 'Bad', shortDescription: '', fullDescription: '', help: '', defaultLevel: 'error' },
  { id: 'x/meh', name: 'Meh', shortDescription: '', fullDescription: '', help: '', defaultLevel: 'warning' },
];

const f = (ruleId: string, path: string, line: number, extra: Partial<FindingInput> = {}): FindingInput => ({
  ruleId,
  message: `${ruleId} at ${path}:${line}`,
  location: { path, startLine: line },
  snippet: `text ${ruleId}`,
  ...extra,
});

function diffOf(files: Array<Partial<ChangedFile> & { path: string }>): DiffInfo {
  return {
    baseRef: 'main',
    headRef: 'HEAD',
    mergeBase: 'b'.repeat(40),
    files: new Map(files.map((x) => [x.path, { status: 'modified', addedRanges: [], removedLines: [], wholeFile: false, binary: false, ...x }])),
  };
}

const input = (over: Partial<PolicyInput>): PolicyInput => ({
  checkId: 'x',
  findings: [],
  rules: RULES,
  policy: {},
  exceptions: [],
  suppressionsFor: () => undefined,
  diff: null,
  scope: 'all',
  ...over,
});

describe('applyPolicy', () => {
  it('uses rule defaults, then check level, then rule config', () => {
    const findings = [f('x/bad', 'a.ts', 1), f('x/meh', 'a.ts', 2)];
    expect(applyPolicy(input({ findings })).findings.map((x) => x.level)).toEqual(['error', 'warning']);
    expect(applyPolicy(input({ findings, policy: { level: 'notice' } })).findings.map((x) => x.level)).toEqual(['notice', 'notice']);
    const out = applyPolicy(input({ findings, policy: { level: 'notice', rules: { bad: 'off', meh: { level: 'error' } } } }));
    expect(out.findings.map((x) => [x.ruleId, x.level])).toEqual([['x/meh', 'error']]);
    expect(out.counts).toMatchObject({ error: 1, warning: 0, notice: 0 });
  });

  it('does not switch on an off-by-default rule through the check-wide level', () => {
    const rules: RuleMeta[] = [...RULES, { id: 'x/opt-in', name: 'Opt in', shortDescription: '', fullDescription: '', help: '', defaultLevel: 'off' }];
    const findings = [f('x/opt-in', 'a.ts', 1), f('x/bad', 'a.ts', 2)];
    expect(applyPolicy(input({ findings, rules, policy: { level: 'warning' } })).findings.map((x) => x.ruleId)).toEqual(['x/bad']);
    expect(applyPolicy(input({ findings, rules, policy: { rules: { 'opt-in': 'error' } } })).findings.map((x) => [x.ruleId, x.level])).toEqual([
      ['x/opt-in', 'error'],
      ['x/bad', 'error'],
    ]);
  });

  it('keeps a level the check chose unless config overrides it', () => {
    const out = applyPolicy(input({ findings: [f('x/meh', 'a.ts', 1, { level: 'error' })] }));
    expect(out.findings[0]!.level).toBe('error');
  });

  it('applies check and rule path filters', () => {
    const findings = [f('x/bad', 'src/a.ts', 1), f('x/bad', 'test/a.ts', 1), f('x/meh', 'src/gen/b.ts', 1)];
    const out = applyPolicy(input({ findings, policy: { paths: ['src/**'], rules: { meh: { ignore: ['src/gen/**'] } } } }));
    expect(out.findings.map((x) => x.location!.path)).toEqual(['src/a.ts']);
  });

  it('marks inDiff from added ranges and drops findings outside the diff under scope diff', () => {
    const diff = diffOf([{ path: 'a.ts', addedRanges: [[3, 5]] }, { path: 'new.ts', wholeFile: true }]);
    const findings = [f('x/bad', 'a.ts', 2), f('x/bad', 'a.ts', 4), f('x/bad', 'new.ts', 90), f('x/bad', 'other.ts', 1)];
    const all = applyPolicy(input({ findings, diff, scope: 'all' }));
    expect(all.findings.map((x) => x.inDiff)).toEqual([false, true, true, false]);
    const scoped = applyPolicy(input({ findings, diff, scope: 'diff' }));
    expect(scoped.findings.map((x) => `${x.location!.path}:${x.location!.startLine}`)).toEqual(['a.ts:4', 'new.ts:90']);
    expect(scoped.counts.outsideDiff).toBe(2);
  });

  it('counts findings the PR causes without adding a line (introducedByDiff) as in the diff', () => {
    const diff = diffOf([{ path: 'a.ts', addedRanges: [[3, 3]] }]);
    const out = applyPolicy(input({ findings: [f('x/bad', 'schema.json', 40, { introducedByDiff: true }), f('x/bad', 'schema.json', 41)], diff, scope: 'diff' }));
    expect(out.findings.map((x) => x.location!.startLine)).toEqual([40]);
    expect(out.counts.outsideDiff).toBe(1);
  });

  it('treats a multi-line finding as in the diff when any of its lines is', () => {
    const diff = diffOf([{ path: 'a.ts', addedRanges: [[10, 10]] }]);
    expect(isInDiff(diff, { path: 'a.ts', startLine: 8, endLine: 12 })).toBe(true);
    expect(isInDiff(diff, { path: 'a.ts', startLine: 11, endLine: 12 })).toBe(false);
    expect(isInDiff({ ...diff, unavailable: true }, { path: 'zzz', startLine: 1 })).toBe(true);
  });

  it('suppresses inline on the same line or the line above, with a reason only', () => {
    const text = ['ok', 'x // guardian-ignore[x/bad]: generated upstream', '// guardian-ignore[x/*]: legacy block', 'y', '// guardian-ignore[x/meh]', 'z'].join('\n');
    const idx = indexSuppressions(text);
    const findings = [f('x/bad', 'a.ts', 2), f('x/meh', 'a.ts', 4), f('x/meh', 'a.ts', 6), f('x/bad', 'a.ts', 1)];
    const out = applyPolicy(input({ findings, suppressionsFor: (p) => (p === 'a.ts' ? idx : undefined) }));
    expect(out.findings.map((x) => x.suppression?.reason ?? null)).toEqual(['generated upstream', 'legacy block', null, null]);
    expect(out.findings[0]!.suppression).toMatchObject({ kind: 'inline', source: 'a.ts:2' });
    expect(out.counts).toMatchObject({ suppressed: 2, warning: 1, error: 1 });
    expect(out.reasonless).toEqual([{ path: 'a.ts', suppression: { line: 5, rules: ['x/meh'], reason: '' } }]);
  });

  it('does not let a suppression for one rule hide another', () => {
    const idx = indexSuppressions('// guardian-ignore[x/meh]: fine\nbad');
    const out = applyPolicy(input({ findings: [f('x/bad', 'a.ts', 2)], suppressionsFor: () => idx }));
    expect(out.findings[0]!.suppression).toBeUndefined();
  });

  it('applies exceptions by rule pattern, paths and fingerprint, keeping the finding visible', () => {
    const findings = [f('x/bad', 'legacy/a.ts', 1), f('x/bad', 'src/a.ts', 1), f('x/meh', 'src/a.ts', 2)];
    const out = applyPolicy(
      input({
        findings,
        exceptions: [
          { rule: 'x/*', paths: ['legacy/**'], reason: 'legacy', source: 'g.yml:3', expires: '2030-01-01' },
          { rule: 'x/meh', reason: 'accepted', source: 'g.yml:7' },
        ],
      }),
    );
    expect(out.findings.map((x) => x.suppression?.reason ?? null)).toEqual(['legacy', null, 'accepted']);
    expect(out.findings[0]!.suppression).toEqual({ kind: 'exception', reason: 'legacy', source: 'g.yml:3', expires: '2030-01-01' });
    expect(out.counts).toMatchObject({ error: 1, suppressed: 2 });
  });

  it('gives stable fingerprints when lines move and distinct ones for duplicates', () => {
    const a = applyPolicy(input({ findings: [f('x/bad', 'a.ts', 3), f('x/bad', 'a.ts', 9)] })).findings.map((x) => x.fingerprint);
    const b = applyPolicy(input({ findings: [f('x/bad', 'a.ts', 30), f('x/bad', 'a.ts', 90)] })).findings.map((x) => x.fingerprint);
    expect(a).toEqual(b);
    expect(a[0]).not.toBe(a[1]);
    expect(a[0]).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('partitionExceptions', () => {
  it('expires exceptions after their date (inclusive of the date itself)', () => {
    const ex = [
      { rule: 'x/a', reason: 'r', source: 's', expires: '2026-11-20' },
      { rule: 'x/b', reason: 'r', source: 's', expires: '2026-11-21' },
      { rule: 'x/c', reason: 'r', source: 's' },
    ];
    const { active, expired } = partitionExceptions(ex, new Date('2026-11-21T12:00:00Z'));
    expect(expired.map((e) => e.rule)).toEqual(['x/a']);
    expect(active.map((e) => e.rule)).toEqual(['x/b', 'x/c']);
  });
});
