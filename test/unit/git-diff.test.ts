import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeDiff } from '../../src/git/diff.js';
import { lineInRanges, normalizeRanges, parseUnifiedDiff, unquoteGitPath } from '../../src/git/unified-diff.js';
import { openRepoFiles } from '../../src/repo/files.js';
import { makeRepo, type TempRepo } from '../helpers/git-repo.js';

const repos: TempRepo[] = [];
const repo = (files: Record<string, string | Buffer> = {}): TempRepo => {
  const r = makeRepo(files);
  repos.push(r);
  return r;
};
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
});

describe('parseUnifiedDiff', () => {
  it('reads added ranges, removed lines, statuses and renames', () => {
    const text = [
      'diff --git a/src/a.ts b/src/a.ts',
      'index 1..2 100644',
      '--- a/src/a.ts',
      '+++ b/src/a.ts',
      '@@ -2,0 +3,2 @@ ctx',
      '+one',
      '+two',
      '@@ -10 +12 @@',
      '-old line',
      '+new line',
      '@@ -20,2 +22,0 @@',
      '-gone 1',
      '-gone 2',
      'diff --git a/old.txt b/new.txt',
      'similarity index 90%',
      'rename from old.txt',
      'rename to new.txt',
      'diff --git a/bin.png b/bin.png',
      'new file mode 100644',
      'Binary files /dev/null and b/bin.png differ',
      'diff --git a/del.ts b/del.ts',
      'deleted file mode 100644',
      '--- a/del.ts',
      '+++ /dev/null',
      '@@ -1 +0,0 @@',
      '-x',
      'diff --git "a/sp ace\\303\\244.ts" "b/sp ace\\303\\244.ts"',
      'new file mode 100644',
      '--- /dev/null',
      '+++ "b/sp ace\\303\\244.ts"',
      '@@ -0,0 +1 @@',
      '+hi',
      '',
    ].join('\n');
    const files = parseUnifiedDiff(text);
    expect(files.map((f) => [f.path, f.status])).toEqual([
      ['src/a.ts', 'modified'],
      ['new.txt', 'renamed'],
      ['bin.png', 'added'],
      ['del.ts', 'deleted'],
      ['sp aceä.ts', 'added'],
    ]);
    expect(files[0]!.addedRanges).toEqual([[3, 4], [12, 12]]);
    expect(files[0]!.removedLines).toEqual(['old line', 'gone 1', 'gone 2']);
    expect(files[1]!.oldPath).toBe('old.txt');
    expect(files[2]!.binary).toBe(true);
    expect(files[4]!.addedRanges).toEqual([[1, 1]]);
  });

  it('unquotes C-style git paths', () => {
    expect(unquoteGitPath('"a/tab\\there\\"q"')).toBe('a/tab\there"q');
    expect(unquoteGitPath('plain')).toBe('plain');
  });

  it('merges ranges so that lookup agrees with a naive scan', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 0, max: 20 })), { maxLength: 30 }), fc.integer({ min: 1, max: 230 }), (raw, line) => {
        const ranges = raw.map(([a, n]) => [a, a + n] as [number, number]);
        const merged = normalizeRanges(ranges);
        const naive = ranges.some(([a, b]) => line >= a && line <= b);
        expect(lineInRanges(merged, line)).toBe(naive);
        for (let i = 1; i < merged.length; i++) expect(merged[i]![0]).toBeGreaterThan(merged[i - 1]![1] + 1);
      }),
      { numRuns: 300 },
    );
  });
});

describe('computeDiff on real repositories', () => {
  it('diffs the merge base against the work tree, including untracked files', async () => {
    const r = repo({ 'a.txt': 'one\ntwo\nthree\n', 'keep.txt': 'k\n' });
    r.commit('base');
    r.git('checkout', '-q', '-b', 'feature');
    r.write({ 'a.txt': 'one\nTWO\nthree\nfour\n' });
    r.commit('feature change');
    r.git('checkout', '-q', 'main');
    r.write({ 'main-only.txt': 'm\n' });
    r.commit('main moves on');
    r.git('checkout', '-q', 'feature');
    r.write({ 'untracked.txt': 'u\n' });
    const diff = await computeDiff({ root: r.dir, base: 'main' });
    expect(diff.warning).toBeUndefined();
    expect(diff.mergeBase).toMatch(/^[0-9a-f]{40}$/);
    expect([...diff.files.keys()].sort()).toEqual(['a.txt', 'untracked.txt']);
    expect(diff.files.get('a.txt')!.addedRanges).toEqual([[2, 2], [4, 4]]);
    expect(diff.files.get('a.txt')!.removedLines).toEqual(['two']);
    expect(diff.files.get('untracked.txt')!.wholeFile).toBe(true);
  });

  it('falls back with one clear fetch-depth message when the base is not in a shallow clone', async () => {
    const origin = repo({ 'a.txt': '1\n' });
    origin.commit('c1');
    const base = origin.git('rev-parse', 'HEAD');
    origin.write({ 'a.txt': '1\n2\n', 'b.txt': 'b\n' });
    origin.commit('c2');
    origin.write({ 'c.txt': 'c\n' });
    origin.commit('c3');
    const clone = repo();
    clone.git('fetch', '-q', '--depth=2', `file://${origin.dir}`, 'main');
    clone.git('checkout', '-q', 'FETCH_HEAD');
    const diff = await computeDiff({ root: clone.dir, base });
    expect(diff.warning).toMatch(/fetch-depth: 0/);
    expect(diff.mergeBase).toBeNull();
    expect([...diff.files.keys()]).toEqual(['c.txt']);
    expect(diff.files.get('c.txt')!.wholeFile).toBe(true);
  });

  it('says a base that names nothing in a complete clone is unknown, not missing history', async () => {
    const r = repo({ 'a.txt': '1\n' });
    r.commit('c1');
    await expect(computeDiff({ root: r.dir, base: 'mian' })).rejects.toThrow(/base "mian" is not a commit, branch or tag/);
  });

  it('fetches a missing base from origin when asked', async () => {
    const origin = repo({ 'a.txt': '1\n' });
    const base = origin.commit('c1');
    origin.write({ 'a.txt': '1\n2\n' });
    origin.commit('c2');
    const clone = repo();
    clone.git('remote', 'add', 'origin', `file://${origin.dir}`);
    clone.git('fetch', '-q', '--depth=1', 'origin', 'main');
    clone.git('checkout', '-q', 'FETCH_HEAD');
    const diff = await computeDiff({ root: clone.dir, base, fetchMissingBase: true });
    expect(diff.files.get('a.txt')?.addedRanges).toEqual([[2, 2]]);
    expect(diff.warning).toMatch(/fetch-depth: 0/);
  });
});

describe('openRepoFiles', () => {
  it('lists exactly what git sees, minus .guardianignore and extra ignores, and reads no symlinks', async () => {
    const r = repo({ '.gitignore': 'build/\n*.log\n', '.guardianignore': 'vendor/\n!vendor/keep.ts\ndocs/*.md\n', 'src/a.ts': 'a', 'build/out.js': 'x', 'x.log': 'l', 'vendor/v.ts': 'v', 'vendor/keep.ts': 'k', 'docs/a.md': 'd', 'docs/deep/b.md': 'd', 'gen/g.ts': 'g' });
    r.commit('init');
    r.write({ 'new.ts': 'n' });
    r.git('rm', '-q', '--cached', 'docs/deep/b.md');
    const { symlinkSync } = await import('node:fs');
    symlinkSync('/etc/hostname', `${r.dir}/link.txt`);
    const files = await openRepoFiles(r.dir, { ignore: ['/gen/'] });
    expect(await files.list()).toEqual(['.gitignore', '.guardianignore', 'docs/deep/b.md', 'link.txt', 'new.ts', 'src/a.ts', 'vendor/keep.ts']);
    expect(await files.read('link.txt')).toBeNull();
    expect((await files.read('src/a.ts'))!.toString()).toBe('a');
    expect((await files.readAtRevision('src/a.ts', 'HEAD'))!.toString()).toBe('a');
    expect(await files.readAtRevision('new.ts', 'HEAD')).toBeNull();
  });

  it('selects the changed paths a diff reports without listing the tree, as list() would', async () => {
    const r = repo({ '.guardianignore': 'vendor/\n', 'src/a.ts': 'a', 'src/[b].ts': 'b', 'vendor/v.ts': 'v' });
    r.commit('init');
    r.write({ 'new.ts': 'n' });
    const { symlinkSync } = await import('node:fs');
    symlinkSync('/etc/hostname', `${r.dir}/link.txt`);
    const diff = await computeDiff({ root: r.dir, base: 'HEAD' });
    const changed = [...diff.files.keys(), 'src/[b].ts', 'vendor/v.ts', 'missing.ts'];
    const files = await openRepoFiles(r.dir);
    const selected = await files.select!(changed);
    expect(selected).toEqual(['new.ts', 'src/[b].ts']);
    expect(selected).toEqual((await files.list()).filter((p) => changed.includes(p) && p !== 'link.txt'));
  });
});
