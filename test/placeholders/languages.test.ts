/**
 * Per-language fixtures (fixtures/languages/<name>.fixture, scanned as <name>). Convention: every whole-word FIXME in a fixture sits in a comment (or a
 * docstring) and must be reported at its exact line and column; every other tag word sits in a
 * string, code, prose, a heredoc or a data section, or is not a whole word, and must not be.
 * The expected positions are found by a plain regular expression over the raw fixture text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Scanner } from '../../src/checks/placeholders/scanner.js';
import { brief, FIXTURES, repoData, scanner, scanWith } from './helpers.js';

const DIR = join(FIXTURES, 'languages');
// Stored as `<name>.fixture` so no tool (tsc, linters) treats them as sources; scanned as `<name>`.
const fixtures = readdirSync(DIR)
  .filter((f) => f.endsWith('.fixture'))
  .map((f) => f.slice(0, -'.fixture'.length))
  .sort();

function expectedFixmes(text: string): string[] {
  const out: string[] = [];
  text.split('\n').forEach((line, i) => {
    for (const m of line.matchAll(/(?<![\p{L}\p{N}_])FIXME(?![\p{L}\p{N}_])/gu)) out.push(`${i + 1}:${m.index + 1} fixme`);
  });
  return out;
}

let s: Scanner;
beforeAll(async () => {
  s = await scanner();
});

describe('language fixtures', () => {
  it('cover at least 40 languages of the table', async () => {
    const ids = new Set(fixtures.map((f) => s.languageFor(f, Buffer.alloc(0), 0).id));
    expect(ids.size).toBeGreaterThanOrEqual(40);
    expect((await repoData()).languages.length).toBeGreaterThanOrEqual(40);
  });

  it.each(fixtures)('%s: FIXMEs in comments found exactly, nothing else', (name) => {
    const text = readFileSync(join(DIR, `${name}.fixture`), 'utf8');
    const want = expectedFixmes(text);
    expect(want.length).toBeGreaterThanOrEqual(2);
    expect(brief(scanWith(s, name, text))).toEqual(want);
  });
});

describe('language selection', () => {
  it.each([
    ['src/a.ts', 'typescript'],
    ['a.d.ts', 'typescript'],
    ['x/y.MJS', 'javascript'],
    ['Dockerfile', 'dockerfile'],
    ['Dockerfile.dev', 'dockerfile'],
    ['Makefile', 'makefile'],
    ['infra/main.tf', 'hcl'],
    ['a.tftest.hcl', 'hcl'],
    ['.bashrc', 'shell'],
    ['CMakeLists.txt', 'cmake'],
    ['notes.txt', 'text'],
    ['model.pure', 'pure'],
    ['nb.ipynb', 'jupyter'],
    ['weird.zzz', 'generic'],
  ])('%s is %s', (path, id) => {
    expect(s.languageFor(path, Buffer.alloc(0), 0).id).toBe(id);
  });

  it.each([
    ['#!/usr/bin/env python3\n', 'python'],
    ['#!/usr/bin/env -S node --no-warnings\n', 'javascript'],
    ['#!/bin/bash -e\n', 'shell'],
    ['#!/usr/bin/python3.11\n', 'python'],
    ['#!/usr/bin/perl -w\n', 'perl'],
  ])('an extensionless file with %j is %s', (head, id) => {
    const buf = Buffer.from(head);
    expect(s.languageFor('bin/tool', buf, buf.length).id).toBe(id);
  });

  it('user mappings add extensions and file names', async () => {
    const custom = await scanner({ languages: { '.tpl': 'html', 'Jenkinsfile.ci': 'groovy' } });
    expect(custom.languageFor('a/b.tpl', Buffer.alloc(0), 0).id).toBe('html');
    expect(custom.languageFor('Jenkinsfile.ci', Buffer.alloc(0), 0).id).toBe('groovy');
  });
});

describe('docstrings option', () => {
  const src = 'def f():\n    """FIXME in a docstring"""\n    return 1\n';
  it('treats docstrings as comments by default', () => {
    expect(brief(scanWith(s, 'a.py', src))).toEqual(['2:8 fixme']);
  });
  it('treats them as strings with docstrings: strings', async () => {
    expect(scanWith(await scanner({ docstrings: 'strings' }), 'a.py', src)).toEqual([]);
  });
  it('a module docstring and a class attribute docstring count too', () => {
    const text = '"""Module FIXME."""\nclass A:\n    x = 1\n    """Attribute FIXME."""\n';
    expect(brief(scanWith(s, 'm.py', text))).toEqual(['1:11 fixme', '4:18 fixme']);
  });
  it('a triple-quoted string continuing an expression is a string', () => {
    const text = 'x = (\n    """FIXME in a string"""\n)\ny = 1 + \\\n    """FIXME in a string too"""\n';
    expect(scanWith(s, 'm.py', text)).toEqual([]);
  });
});
