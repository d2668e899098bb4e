import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../../src/app.js';
import type { Settings } from '../../src/settings.js';
import { makeRepo, type TempRepo } from '../helpers/git-repo.js';
import { TEST_CHECKS } from '../helpers/test-checks.js';
import { REPO_ROOT } from '../helpers/run-action.js';

const repos: TempRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
});

function settings(root: string, over: Partial<Settings> = {}): Settings {
  return {
    root,
    installDir: REPO_ROOT,
    checks: 'all',
    fetchMissingBase: false,
    reporting: { comment: 'never', annotations: false, checkName: 'Guardian', evidenceDir: join(root, '.guardian', 'evidence'), workflowCommands: true },
    secrets: [],
    now: new Date('2026-11-21T10:00:00Z'),
    log: { info: () => {}, warn: () => {}, debug: () => {} },
    progress: () => {},
    ...over,
  };
}

function feature(files: Record<string, string>, change: Record<string, string>): TempRepo {
  const r = makeRepo(files);
  repos.push(r);
  r.commit('base');
  r.git('checkout', '-q', '-b', 'feature');
  r.write(change);
  r.commit('change');
  return r;
}

describe('run (pipeline on a real repository)', () => {
  it('gates only on changed lines under scope diff and writes the evidence bundle', async () => {
    const r = feature({ 'a.txt': 'BAD old\nfine\n' }, { 'a.txt': 'BAD old\nfine\nBAD new\nMEH new\n' });
    const out = await run(settings(r.dir, { base: 'main', checks: ['line-marker'] }), TEST_CHECKS);
    const lm = out.results.find((x) => x.checkId === 'line-marker')!;
    expect(lm.findings.map((f) => `${f.location!.startLine}:${f.ruleId}`)).toEqual(['3:line-marker/bad', '4:line-marker/meh']);
    expect(lm.counts).toMatchObject({ error: 1, warning: 1, outsideDiff: 1 });
    expect(out.verdict.verdict).toBe('fail');
    expect(JSON.parse(readFileSync(join(out.evidencePath, 'findings.json'), 'utf8')).findings).toHaveLength(2);
    expect(out.workflowCommands[0]).toMatch(/^::error file=a\.txt,line=3,/);
  });

  it('checks everything without a base, and never checks its own evidence folder', async () => {
    const r = feature({ 'a.txt': 'BAD\n' }, {});
    const first = await run(settings(r.dir, { checks: ['line-marker'] }), TEST_CHECKS);
    expect(first.verdict.counts.error).toBe(1);
    const second = await run(settings(r.dir, { checks: ['line-marker'] }), TEST_CHECKS);
    expect(second.verdict.counts.error).toBe(1);
  });

  it('turns a throwing check into an error result while the others still report', async () => {
    const r = feature({ 'a.txt': 'MEH\n' }, {});
    const out = await run(settings(r.dir), TEST_CHECKS);
    const thrown = out.results.find((x) => x.checkId === 'throws')!;
    expect(thrown).toMatchObject({ status: 'error', error: 'boom: the test check failed on purpose' });
    expect(out.results.find((x) => x.checkId === 'line-marker')!.counts.warning).toBe(1);
    expect(out.verdict.verdict).toBe('fail');
    expect(existsSync(join(out.evidencePath, 'throws.intoto.json'))).toBe(true);
  });

  it('reports expired exceptions and reasonless suppressions under the guardian meta check', async () => {
    const config = ['exceptions:', '  - rule: line-marker/bad', '    reason: old debt', '    expires: 2026-01-01', '  - rule: line-marker/meh', '    reason: accepted', ''].join('\n');
    const r = feature({ 'guardian.yml': config, 'a.txt': 'BAD\nMEH\n// guardian-ignore[line-marker/bad]\nBAD again\n' }, {});
    const out = await run(settings(r.dir, { checks: ['line-marker'] }), TEST_CHECKS);
    const lm = out.results.find((x) => x.checkId === 'line-marker')!;
    expect(lm.counts).toMatchObject({ error: 2, suppressed: 1 });
    const meta = out.results.find((x) => x.checkId === 'guardian')!;
    const metaFindings = [...meta.findings].sort((a, b) => a.ruleId.localeCompare(b.ruleId));
    expect(metaFindings.map((f) => [f.ruleId, f.location?.path, f.location?.startLine])).toEqual([
      ['guardian/expired-exception', 'guardian.yml', 2],
      ['guardian/suppression-without-reason', 'a.txt', 3],
    ]);
    expect(metaFindings[0]!.message).toMatch(/expired on 2026-01-01/);
  });

  it('baseline mode gates only where counts rise above the baseline ref', async () => {
    const r = feature({ 'a.txt': 'BAD 1\nBAD 2\n', 'b.txt': 'ok\n' }, { 'a.txt': 'BAD 1\nBAD 2 moved\n', 'b.txt': 'BAD new\n' });
    const out = await run(settings(r.dir, { baseline: 'main', checks: ['line-marker'] }), TEST_CHECKS);
    const lm = out.results.find((x) => x.checkId === 'line-marker')!;
    const gating = lm.findings.filter((f) => !f.suppression).map((f) => f.location!.path);
    expect(gating).toEqual(['b.txt']);
    expect(lm.counts).toMatchObject({ error: 1, suppressed: 2 });
    expect(lm.findings.find((f) => f.suppression)!.suppression!.kind).toBe('baseline');
  });

  it('rejects unknown check ids with a did-you-mean', async () => {
    const r = feature({ 'a.txt': '' }, {});
    await expect(run(settings(r.dir, { checks: ['line-markr'] }), TEST_CHECKS)).rejects.toThrow(/unknown check "line-markr" \(did you mean "line-marker"\?\)/);
  });

  it('passes check options from the config and honours enabled: false', async () => {
    const config = 'checks:\n  line-marker:\n    words: [MEH]\n    ignore: [guardian.yml]\n  throws:\n    enabled: false\n';
    const r = feature({ 'guardian.yml': config, 'a.txt': 'BAD\nMEH\n' }, {});
    const out = await run(settings(r.dir), TEST_CHECKS);
    expect(out.results.map((x) => x.checkId)).toEqual(['line-marker']);
    expect(out.verdict.counts).toMatchObject({ error: 0, warning: 1 });
    expect(out.verdict.verdict).toBe('pass');
  });
});
