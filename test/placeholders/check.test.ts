/** The check end to end on real git repositories: full scans, diff mode, moved markers, reporting. */
import { afterEach, describe, expect, it } from 'vitest';
import { check } from '../../src/checks/placeholders/index.js';
import type { RepoFiles } from '../../src/core/types.js';
import { computeDiff } from '../../src/git/diff.js';
import { makeRepo, type TempRepo } from '../helpers/git-repo.js';
import { context, workingTree } from './helpers.js';

let repo: TempRepo | undefined;
afterEach(() => repo?.cleanup());

describe('full scan (scope: all)', () => {
  it('reports markers, stubs and literals with locations, levels, rules, evidence, notes', async () => {
    repo = makeRepo({
      'src/a.ts': 'const s = "TODO not this";\n// TODO handle errors\nthrow new Error("not implemented");\n',
      'src/b.py': '# FIXME(#12) referenced\npassword = "CHANGEME"\n',
      'docs/guide.md': '<!-- FIXME rewrite -->\n',
      'test/a.test.ts': '// TODO tests are excluded\n',
      'src/fixtures/x.ts': '// TODO fixtures are excluded\n',
      'src/huge.ts': `// TODO\n${'x'.repeat(3000)}\n`,
      'img.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]),
      'dist/app.min.js': '/* TODO */var a=1;\n',
      'ignored.log': '// TODO ignored by git\n',
      '.gitignore': '*.log\n',
    });
    repo.commit('init');
    const out = await check.run(context(await workingTree(repo.dir), { options: { maxFileBytes: 1000 } }));
    const rows = out.findings.map((f) => `${f.location!.path}:${f.location!.startLine}:${f.location!.startColumn} ${f.ruleId} ${f.level ?? '-'}`);
    expect(rows).toEqual([
      'docs/guide.md:1:6 placeholders/fixme warning',
      'src/a.ts:2:4 placeholders/todo -',
      'src/a.ts:3:1 placeholders/stub-not-implemented -',
      'src/b.py:2:13 placeholders/placeholder-literal -',
    ]);
    const todo = out.findings[1]!;
    expect(todo).toMatchObject({ snippet: '// TODO handle errors', fingerprintKey: 'TODO handle errors', title: 'TODO without a reference', location: { endLine: 2, endColumn: 7 } });
    expect(todo.message).toContain('TODO(#123)');
    expect(out.rules!.map((r) => r.id)).toEqual(expect.arrayContaining(['placeholders/todo', 'placeholders/placeholder', 'placeholders/expired-marker', 'placeholders/stub-not-implemented']));
    expect(out.notes!.join('\n')).toMatch(/larger than 1,000 bytes: src\/huge\.ts \(0\.0 MB\)/);
    expect(out.notes!.join('\n')).toMatch(/binary.*img\.png/);
    expect(out.notes!.join('\n')).toMatch(/minified: dist\/app\.min\.js/);
    expect(out.summary).toMatch(/skipped \(.*1 too-large.*\), 2 test or fixture file\(s\) excluded; 4 finding\(s\)\./);
    expect(out.evidence!.configuration!.map((c) => c.name)).toEqual(['rules/placeholders.yaml', 'rules/languages.yaml', 'checks.placeholders (effective options)']);
    expect(out.evidence!.configuration![0]!.digest!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(out.evidence!.failedTests).toEqual(expect.arrayContaining(['placeholders/stub-not-implemented', 'placeholders/placeholder-literal']));
    expect(out.evidence!.warnedTests).toEqual(expect.arrayContaining(['placeholders/todo', 'placeholders/fixme']));
    expect(out.evidence!.passedTests).toContain('placeholders/placeholder');
  });

  it('gives the same findings through read() when the files are not the working tree', async () => {
    repo = makeRepo({ 'a.ts': '// TODO x\n', 'b.rs': 'fn f() { todo!() }\n', 'c.sh': 'echo "# TODO"\n# HACK\n' });
    repo.commit('init');
    const direct = await check.run(context(await workingTree(repo.dir)));
    const viaRead: RepoFiles = { ...(await workingTree(repo.dir)), readsWorkingTree: false };
    const indirect = await check.run(context(viaRead));
    expect(indirect.findings).toEqual(direct.findings);
    expect(direct.findings).toHaveLength(3);
  });

  it('tests are scanned with includeTests', async () => {
    repo = makeRepo({ 'test/a.test.ts': '// TODO\n' });
    repo.commit('init');
    const out = await check.run(context(await workingTree(repo.dir), { options: { includeTests: true } }));
    expect(out.findings.map((f) => f.ruleId)).toEqual(['placeholders/todo']);
  });

  it('is neutral with nothing to scan, and names a bad language mapping', async () => {
    repo = makeRepo({ '.gitkeep': '' });
    repo.remove('.gitkeep');
    const files = await workingTree(repo.dir);
    const out = await check.run(context(files));
    expect(out.neutralReason).toBe('No files to scan.');
    await expect(check.run(context(files, { options: { languages: { '.tpl': 'jinja' } } }))).rejects.toThrow(/\.tpl to "jinja".*Use one of: .*html/);
  });
});

describe('diff mode (scope: diff)', () => {
  it('reads only changed files; a marker moved within the PR is not new', async () => {
    repo = makeRepo({
      'src/a.ts': 'export const a = 1;\n// TODO(#1) old tracked\n// TODO move me later\n',
      'src/untouched.ts': '// FIXME old and untouched\n',
    });
    const base = repo.commit('base');
    repo.write({
      'src/a.ts': 'export const a = 1;\n// TODO(#1) old tracked\n// PLACEHOLDER new\n',
      'src/b.ts': 'export const b = 2;\n    // TODO   move me later\n// TODO brand new\n',
    });
    const diff = await computeDiff({ root: repo.dir, base });
    const out = await check.run(context(await workingTree(repo.dir), { diff }));
    expect(out.findings.map((f) => `${f.location!.path}:${f.location!.startLine} ${f.ruleId}`)).toEqual(['src/a.ts:3 placeholders/placeholder', 'src/b.ts:3 placeholders/todo']);
    expect(out.notes!.join('\n')).toContain('1 marker(s) or stub(s) moved within this pull request');
    expect(out.summary).toMatch(/^2 file\(s\) scanned/);
  });

  it('two added copies of one removed marker leave one reported', async () => {
    repo = makeRepo({ 'a.py': '# TODO split this\n' });
    const base = repo.commit('base');
    repo.write({ 'a.py': 'x = 1\n', 'b.py': '# TODO split this\n', 'c.py': '# TODO split this\n' });
    const diff = await computeDiff({ root: repo.dir, base });
    const out = await check.run(context(await workingTree(repo.dir), { diff }));
    expect(out.findings.map((f) => f.location!.path)).toEqual(['c.py']);
  });

  it('passes (not neutral) when the PR changes no file it reads', async () => {
    repo = makeRepo({ 'a.ts': '// TODO\n' });
    const base = repo.commit('base');
    repo.write({ 'test/x.test.ts': '// TODO\n' });
    const diff = await computeDiff({ root: repo.dir, base });
    const out = await check.run(context(await workingTree(repo.dir), { diff }));
    expect(out.findings).toEqual([]);
    expect(out.neutralReason).toBeUndefined();
    expect(out.summary).toBe('The pull request changes no file this check reads (1 test or fixture file(s) excluded); nothing new to gate.');
  });
});
