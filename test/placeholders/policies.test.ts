/** Marker matching and policies: whole words, references, expiry, levels per tag and path, user tags. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Scanner } from '../../src/checks/placeholders/scanner.js';
import { brief, effective, scanner, scanWith } from './helpers.js';

let s: Scanner;
beforeAll(async () => {
  s = await scanner();
});

const one = (line: string, path = 'a.ts'): string[] => brief(scanWith(s, path, `${line}\n`));

describe('whole-word, case-sensitive matching', () => {
  it.each(['// OTODOKE', '// Todorov', '// AutoDown', '// todos', '// TODOs', '// TODO_LIST', '// xTODO', '// todo: lower case', '// MYFIXME', '// XXXL'])('%s is not a marker', (line) => {
    expect(one(line)).toEqual([]);
  });
  it.each([
    ['// TODO: do it', '1:4 todo'],
    ['// (TODO) in parentheses', '1:5 todo'],
    ['// see TODO.', '1:8 todo'],
    ['// TODO-list handling', '1:4 todo'],
    ['// @todo JSDoc tag', '1:4 todo'],
    ['/** @todo */', '1:5 todo'],
    ['x(); // XXX', '1:9 xxx'],
    ['// HACK', '1:4 hack'],
    ['// TBD', '1:4 tbd'],
    ['// élanTODO is not, but é TODO is', '1:27 todo'],
  ])('%s is a marker', (line, want) => {
    expect(one(line)).toEqual([want]);
  });
  it('reports every marker on a line, with inclusive end columns', () => {
    const f = scanWith(s, 'a.ts', '// TODO and FIXME\n');
    expect(f.map((x) => [x.ruleId, x.column, x.endColumn])).toEqual([
      ['placeholders/todo', 4, 7],
      ['placeholders/fixme', 13, 17],
    ]);
  });
});

describe('references', () => {
  it.each(['// TODO(#123) fix', '// TODO(ABC-123)', '// TODO(@alice) later', '// TODO: see https://example.com/issue/5', '// TODO #45 fix', '// TODO(#1, @bob)', '// FIXME(#9)', '// HACK(JIRA-7): x', '// TODO: blocked by GH-12'])('%s references work: accepted', (line) => {
    expect(one(line)).toEqual([]);
  });
  it.each(['// TODO(alice) a bare name is no reference', '// TODO: handle UTF-8', '// TODO: SHA-256 support', '// TODO: @alice outside the group', '// TODO &#123; entity'])('%s: still reported', (line) => {
    expect(one(line)).toEqual([expect.stringMatching(/todo$/)]);
  });
  it('a reference must be on the marker line', () => {
    expect(one('/* TODO fix\n   see #123 */')).toEqual(['1:4 todo']);
  });
  it('PLACEHOLDER is never acceptable, even with a reference', () => {
    expect(one('// PLACEHOLDER(#12)')).toEqual(['1:4 placeholder']);
  });
  it('messages say what fixes the finding', () => {
    const [todo] = scanWith(s, 'a.ts', '// TODO x\n');
    expect(todo!.message).toContain('link an issue');
    expect(todo!.message).toContain('TODO(#123)');
    const [ph] = scanWith(s, 'a.ts', '// PLACEHOLDER\n');
    expect(ph!.message).toContain('remove the placeholder before merge');
  });
});

describe('expiring markers (today is 2026-06-15)', () => {
  it.each([
    ['// TODO[2026-01-31] migrate', 'expired-marker', '2026-01-31'],
    ['// TODO(2025-12-31)', 'expired-marker', '2025-12-31'],
    ['// FIXME(#12, 2026-06-14)', 'expired-marker', '2026-06-14'],
  ])('%s is expired: an error under its own rule', (line, rule, date) => {
    const [f, ...rest] = scanWith(s, 'a.ts', `${line}\n`);
    expect(rest).toEqual([]);
    expect(f!.ruleId).toBe(`placeholders/${rule}`);
    expect(f!.expires).toBe(date);
    expect(f!.message).toContain(`expired on ${date}`);
  });
  it.each(['// TODO[2026-06-15] today is still fine', '// TODO(2027-01-01) future date counts as tracked'])('%s is accepted', (line) => {
    expect(one(line)).toEqual([]);
  });
  it('an impossible date is reported with a fix', () => {
    const [f] = scanWith(s, 'a.ts', '// TODO[2026-02-30]\n');
    expect(f!.ruleId).toBe('placeholders/todo');
    expect(f!.message).toContain('YYYY-MM-DD');
  });
  it('a PLACEHOLDER with a future date is still a placeholder', () => {
    expect(one('// PLACEHOLDER[2099-01-01]')).toEqual(['1:4 placeholder']);
  });
  it('expiry follows the clock', async () => {
    const later = await scanner({}, new Date('2027-02-01T00:00:00Z'));
    expect(brief(scanWith(later, 'a.ts', '// TODO(2027-01-01)\n'))).toEqual(['1:4 expired-marker']);
  });
});

describe('levels per tag and path, user tags', () => {
  it('data defaults: PLACEHOLDER, FIXME, XXX errors; TODO, HACK, TBD warnings; docs lower', async () => {
    const cfg = await effective();
    const lv = (rule: string, path = 'src/a.ts', tag?: string): string => cfg.levelFor(`placeholders/${rule}`, path, tag);
    expect([lv('placeholder'), lv('fixme'), lv('xxx'), lv('todo'), lv('hack'), lv('tbd')]).toEqual(['error', 'error', 'error', 'warning', 'warning', 'warning']);
    expect(lv('fixme', 'docs/guide.md', 'FIXME')).toBe('warning');
    expect(lv('placeholder', 'README.md', 'PLACEHOLDER')).toBe('warning');
    expect(lv('expired-marker')).toBe('error');
  });
  it('users add tags, change levels and override per path', async () => {
    const options = {
      tags: { NOCOMMIT: {}, STUB: { level: 'warning', requireReference: true }, TODO: { level: 'error', paths: [{ paths: ['legacy/**'], level: 'notice' }] } },
      pathLevels: [{ paths: ['vendor/**'], level: 'off' }, { paths: ['tools/**'], rules: ['fixme'], level: 'notice' }],
    };
    const cfg = await effective(options);
    const custom = await scanner(options);
    expect(brief(scanWith(custom, 'a.ts', '// NOCOMMIT\n// STUB(#1)\n// STUB\n'))).toEqual(['1:4 nocommit', '3:4 stub']);
    expect(cfg.levelFor('placeholders/nocommit', 'a.ts', 'NOCOMMIT')).toBe('error');
    expect(cfg.levelFor('placeholders/todo', 'src/a.ts', 'TODO')).toBe('error');
    expect(cfg.levelFor('placeholders/todo', 'legacy/a.ts', 'TODO')).toBe('notice');
    expect(cfg.levelFor('placeholders/todo', 'vendor/a.ts', 'TODO')).toBe('off');
    expect(cfg.levelFor('placeholders/fixme', 'tools/x.ts', 'FIXME')).toBe('notice');
    expect(cfg.levelFor('placeholders/todo', 'tools/x.ts', 'TODO')).toBe('error');
    const ids = cfg.rules.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['placeholders/nocommit', 'placeholders/stub', 'placeholders/todo', 'placeholders/expired-marker']));
    expect(cfg.rules.find((r) => r.id === 'placeholders/todo')!.defaultLevel).toBe('error');
  });
  it('a tag switched off is not even matched', async () => {
    const quiet = await scanner({ tags: { TODO: { level: 'off' } } });
    expect(scanWith(quiet, 'a.ts', '// TODO\n// FIXME\n').map((f) => f.ruleId)).toEqual(['placeholders/fixme']);
  });
  it('aliases are matched as their tag', async () => {
    const custom = await scanner({ tags: { FIXME: { aliases: ['@fixme'] } } });
    expect(brief(scanWith(custom, 'a.ts', '/** @fixme */\n'))).toEqual(['1:5 fixme']);
  });
});

describe('path globs', () => {
  it('one combined expression decides like picomatch does glob by glob', async () => {
    const fc = (await import('fast-check')).default;
    const picomatch = (await import('picomatch')).default;
    const { glob } = await import('../../src/checks/placeholders/config.js');
    const data = await (await import('./helpers.js')).repoData();
    const globs = [...data.placeholders.testPaths, ...data.placeholders.skip.minifiedPaths, 'docs/**', '**/*.md'];
    const combined = glob(globs);
    const each = picomatch(globs, { dot: true });
    const seg = fc.constantFrom('src', 'test', 'tests', 'a.test.ts', 'x_test.go', 'test_x.py', 'FooTest.java', 'fixtures', '.github', 'docs', 'README.md', 'app.min.js', 'spec', 'lib', 'b.ts', '__tests__', 'testdata');
    fc.assert(
      fc.property(fc.array(seg, { minLength: 1, maxLength: 5 }), (parts) => {
        const path = parts.join('/');
        expect(combined(path)).toBe(each(path));
      }),
      { numRuns: 2000 },
    );
  });
});
