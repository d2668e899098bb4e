/**
 * CODEOWNERS semantics. Expected values come from GitHub's "About code owners" documentation
 * and from GitHub's observed behaviour for each pattern form (facts, re-stated as tables).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileCodeownersPattern, globSegment, ownersOf, parseCodeowners, patternMatches } from '../../src/checks/governance/codeowners.js';

const TABLE: Array<[string, Record<string, boolean>]> = [
  ['foo', { foo: true, 'foo.txt': false, 'foo/bar': true, 'bar/foo': true, 'bar/foo.txt': false, 'bar/baz': false, 'bar/foo/baz': true }],
  ['/foo', { foo: true, 'fool.txt': false, 'foo/bar': true, 'bar/foo': false, 'foo/bar/baz': true, 'bar/foo/baz': false }],
  ['foo/', { foo: false, 'foo/bar': true, 'foo/bar/baz': true, 'bar/foo': false, 'bar/foo/baz': true, 'bar/foo/baz/qux': true }],
  ['/foo/', { foo: false, 'foo/bar': true, 'foo/bar/baz': true, 'bar/foo': false, 'bar/foo/baz': false }],
  ['foo/bar', { 'foo/bar': true, 'foo/bart': false, 'foo/bar/baz': true, 'baz/foo/bar': false, 'baz/foo/bar/qux': false }],
  ['/foo/bar', { 'foo/bar': true, 'foo/bart': false, 'foo/bar/baz': true, 'baz/foo/bar': false }],
  ['foo/bar/', { 'foo/bar': false, 'foo/bar/baz': true, 'baz/foo/bar': false, 'baz/foo/bar/qux': false }],
  ['*', { foo: true, 'foo/bar': true, 'bar/foo/baz': true, xfoo: true }],
  ['f*', { foo: true, 'foo/bar': true, 'foo/bar/baz': true, 'bar/foo': true, 'bar/foo/baz': true, 'bar/baz': false, xfoo: false }],
  ['/*', { foo: true, bar: true, 'foo/bar': false, 'foo/bar/baz': false }],
  ['/f*', { foo: true, 'foo/bar': true, 'foo/bar/baz': true, 'bar/foo': false, xfoo: false }],
  ['f*/', { foo: false, 'foo/bar': true, 'bar/foo': false, 'bar/foo/baz': true, xfoo: false }],
  ['/*/', { foo: false, 'foo/bar': true, 'bar/foo': true, 'bar/foo/baz': true }],
  ['/f*/', { foo: false, 'foo/bar': true, 'bar/foo': false, 'bar/foo/baz': false }],
  ['f\\*o', { foo: false, 'f*o': true }],
  ['foo/*', { foo: false, 'foo/bar': true, 'foo/bar/baz': false, 'bar/foo': false, 'bar/foo/baz': false }],
  ['foo/*.txt', { foo: false, 'foo/bar.txt': true, 'foo/bar/baz.txt': false, 'qux/foo/bar.txt': false }],
  ['foo/*/baz', { foo: false, 'foo/bar': false, 'foo/baz': false, 'foo/bar/baz': true, 'foo/bar/baz/qux': true }],
  ['f?o', { foo: true, fo: false, fooo: false }],
  ['f\\?o', { foo: false, 'f?o': true }],
  ['**/foo/bar', { 'foo/bar': true, 'qux/foo/bar': true, 'qux/foo/bar/baz': true, 'foo/baz/bar': false, 'qux/foo/baz/bar': false }],
  ['**/*bar*', { bar: true, 'foo/bar': true, 'foo/rebar': true, 'foo/barrio': true, 'foo/qux/bar': true }],
  ['foo/bar/**', { 'foo/bar': false, 'foo/bar/baz': true, 'foo/bar/baz/qux': true, 'qux/foo/bar': false, 'qux/foo/bar/baz': false }],
  ['foo/**/bar', { 'foo/bar': true, 'foo/bar/baz': true, 'foo/qux/bar/baz': true, 'foo/qux/quux/bar/baz': true, 'qux/foo/bar': false }],
  ['foo/**/', { foo: false, 'foo/bar': true, 'foo/bar/baz': true }],
  ['foo/**/bar/b*', { 'foo/bar': false, 'foo/bar/baz': true, 'foo/bar/qux': false, 'foo/qux/bar': false, 'foo/qux/bar/baz': true, 'foo/qux/bar/qux': false }],
];

describe('CODEOWNERS pattern semantics', () => {
  for (const [pattern, paths] of TABLE) {
    it(`${pattern}`, () => {
      const m = compileCodeownersPattern(pattern);
      const got = Object.fromEntries(Object.keys(paths).map((p) => [p, patternMatches(m, p)]));
      expect(got).toEqual(paths);
    });
  }

  it('is case-sensitive', () => {
    expect(patternMatches(compileCodeownersPattern('/Docs/'), 'docs/a.md')).toBe(false);
    expect(patternMatches(compileCodeownersPattern('/Docs/'), 'Docs/a.md')).toBe(true);
  });
});

const DOC_EXAMPLE = `# This is a comment.
# Each line is a file pattern followed by one or more owners.
*       @global-owner1 @global-owner2
*.js    @js-owner #This is an inline comment.
*.go docs@example.com
*.txt @octo-org/octocats
/build/logs/ @doctocat
docs/*  docs@example.com
apps/ @octocat
/docs/ @doctocat
/scripts/ @doctocat @octocat
**/logs @octocat
/apps/ @octocat
/apps/github
`;

describe('GitHub documentation example', () => {
  const co = parseCodeowners(DOC_EXAMPLE);
  const owners = (p: string) => ownersOf(co, p).owners;

  it('parses every rule without errors', () => {
    expect(co.errors).toEqual([]);
    expect(co.rules).toHaveLength(12);
  });
  it('the last matching rule wins', () => {
    expect(owners('src/index.js')).toEqual(['@js-owner']);
    expect(owners('some/deeply/nested/file.rb')).toEqual(['@global-owner1', '@global-owner2']);
    expect(owners('main.go')).toEqual(['docs@example.com']);
    expect(owners('notes.txt')).toEqual(['@octo-org/octocats']);
  });
  it('directory rules own nested files; docs/* does not', () => {
    expect(owners('build/logs/today/x.log')).toEqual(['@octocat']); // **/logs comes later
    expect(owners('docs/getting-started.md')).toEqual(['@doctocat']); // /docs/ comes after docs/*
    expect(owners('scripts/deploy/run.sh')).toEqual(['@doctocat', '@octocat']);
    expect(owners('deeply/nested/logs/a')).toEqual(['@octocat']);
  });
  it('a matching rule without owners leaves the path unowned', () => {
    const own = ownersOf(co, 'apps/github/index.js');
    expect(own.owners).toEqual([]);
    expect(own.rule?.pattern).toBe('/apps/github');
    expect(owners('apps/main/index.js')).toEqual(['@octocat']);
  });
});

describe('CODEOWNERS syntax GitHub skips', () => {
  it('reports negation, character ranges, escaped # and bad owners with columns, and skips those lines', () => {
    const text = ['* @org/all', '!vendor/ @x', 'src/*.[ch] @c-team', '\\#notes @y', 'lib/ owner-without-at', 'ok/ @fine'].join('\n');
    const co = parseCodeowners(text);
    expect(co.errors.map((e) => [e.line, e.column, e.endColumn])).toEqual([
      [2, 1, 8],
      [3, 1, 10],
      [4, 1, 7],
      [5, 6, 21],
    ]);
    expect(co.errors[0]!.message).toMatch(/negation/);
    expect(co.errors[1]!.message).toMatch(/character ranges/);
    expect(co.rules.map((r) => r.pattern)).toEqual(['*', 'ok/']);
  });
  it('keeps escaped spaces inside a pattern', () => {
    const co = parseCodeowners('docs/my\\ file.md @a\n');
    expect(co.rules[0]!.pattern).toBe('docs/my\\ file.md');
    expect(ownersOf(co, 'docs/my file.md').owners).toEqual(['@a']);
  });
});

describe('CODEOWNERS properties', () => {
  it('never throws and always terminates on arbitrary files and paths', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.array(fc.stringMatching(/^[a-z*?./\\]{0,30}$/), { maxLength: 5 }), (text, paths) => {
        const co = parseCodeowners(text);
        for (const p of paths) ownersOf(co, p);
        for (const e of co.errors) expect(e.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });

  it('segment globs agree with an anchored regular-expression translation', () => {
    const toRegex = (g: string) => new RegExp(`^${g.replace(/[.+^${}()|[\]]/g, '\\$&').replace(/\*+/g, '[^/]*').replace(/\?/g, '[^/]')}$`);
    fc.assert(
      fc.property(fc.stringMatching(/^[ab*?]{0,8}$/), fc.stringMatching(/^[ab]{0,10}$/), (glob, text) => {
        expect(globSegment(glob, text)).toBe(toRegex(glob).test(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('matches adversarial globs in linear-ish time (no exponential backtracking)', () => {
    // With backtracking regexes this would never finish; the test timeout is the bound.
    const m = compileCodeownersPattern(`${'*a'.repeat(30)}b`);
    expect(patternMatches(m, 'a'.repeat(5000))).toBe(false);
    expect(patternMatches(m, `${'a'.repeat(5000)}b`)).toBe(true);
  });
});
