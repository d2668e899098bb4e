/** The data files: valid, at least 40 languages, and errors that name file, line and column. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { loadData, parseData } from '../../src/checks/placeholders/data.js';
import { compiledPackPath, DataPackError, sha256Hex } from '../../src/data-pack.js';
import { ROOT } from './helpers.js';

const placeholders = readFileSync(join(ROOT, 'rules/placeholders.yaml'), 'utf8');
const languages = readFileSync(join(ROOT, 'rules/languages.yaml'), 'utf8');
const tmp = mkdtempSync(join(tmpdir(), 'guardian-ph-data-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function problems(p: string, l: string): Promise<string[]> {
  try {
    await parseData(p, l);
  } catch (e) {
    if (e instanceof DataPackError) return e.problems;
    throw e;
  }
  return [];
}

describe('rules/placeholders.yaml and rules/languages.yaml', () => {
  it('are valid and cover the languages the issue lists', async () => {
    const d = await parseData(placeholders, languages);
    const ids = d.languages.map((l) => l.id);
    expect(ids.length).toBeGreaterThanOrEqual(40);
    for (const id of ['javascript', 'typescript', 'python', 'go', 'rust', 'java', 'kotlin', 'scala', 'groovy', 'c', 'cpp', 'csharp', 'objective-c', 'swift', 'ruby', 'php', 'perl', 'shell', 'powershell', 'sql', 'yaml', 'toml', 'ini', 'dockerfile', 'makefile', 'html', 'xml', 'vue', 'svelte', 'css', 'scss', 'less', 'markdown', 'lua', 'r', 'haskell', 'elixir', 'erlang', 'clojure', 'dart', 'hcl', 'protobuf', 'graphql', 'pure', 'jupyter', 'generic']) {
      expect(ids).toContain(id);
    }
    expect(d.placeholders.tags.map((t) => t.tag)).toEqual(['PLACEHOLDER', 'FIXME', 'XXX', 'TODO', 'HACK', 'TBD']);
  });

  it('name the file, line and column of a schema error', async () => {
    const bad = languages.replace("      - { open: '`', escape: null, multiline: true }", "      - { open: '`', escape: null, multiline: maybe }");
    const lineNo = bad.split('\n').findIndex((l) => l.includes('multiline: maybe')) + 1;
    const [p] = await problems(placeholders, bad);
    expect(p).toMatch(new RegExp(`^rules/languages\\.yaml:${lineNo}:\\d+ languages\\.\\d+\\.strings\\.\\d+\\.multiline: .*expected boolean`));
  });

  it('name unknown languages, duplicate tags and invalid patterns', async () => {
    const bad = placeholders
      .replace('languages: [rust]', 'languages: [rust, klingon]')
      .replace('  - tag: HACK', '  - tag: TODO')
      .replace(`pattern: '\\b(?:todo|unimplemented)!\\s*[(\\[{]'`, "pattern: '(unclosed'");
    const found = await problems(bad, languages);
    expect(found.join('\n')).toMatch(/rules\/placeholders\.yaml:\d+:\d+ stubs\.\d+\.pattern: not a valid JavaScript regular expression/);
    const fixed = bad.replace("pattern: '(unclosed'", "pattern: 'x'");
    const again = await problems(fixed, languages);
    expect(again.join('\n')).toMatch(/rules\/placeholders\.yaml:\d+:\d+ stubs\.\d+\.languages\.1: unknown language "klingon"/);
    expect(again.join('\n')).toMatch(/tags\.\d+\.tag: duplicate tag "TODO"/);
  });

  it('report YAML syntax errors with positions', async () => {
    const [p] = await problems('tags: [\n', languages);
    expect(p).toMatch(/^rules\/placeholders\.yaml:\d+:\d+: YAML syntax error/);
  });

  it('use a precompiled JSON copy only when it matches the YAML', async () => {
    const dir = join(tmp, 'install');
    mkdirSync(join(dir, 'rules'), { recursive: true });
    writeFileSync(join(dir, 'rules/placeholders.yaml'), placeholders);
    writeFileSync(join(dir, 'rules/languages.yaml'), languages);
    mkdirSync(join(dir, 'dist/rules'), { recursive: true });
    const langData = parse(languages) as { languages: Array<{ id: string; name: string }> };
    langData.languages[0]!.name = 'JavaScript (from the precompiled copy)';
    writeFileSync(compiledPackPath(dir, 'rules/languages.yaml'), JSON.stringify({ sha256: sha256Hex(languages), data: langData }));
    writeFileSync(compiledPackPath(dir, 'rules/placeholders.yaml'), JSON.stringify({ sha256: sha256Hex(placeholders), data: parse(placeholders) }));
    expect((await loadData(dir)).languages[0]!.name).toBe('JavaScript (from the precompiled copy)');
    const stale = join(tmp, 'stale');
    mkdirSync(join(stale, 'dist/rules'), { recursive: true });
    mkdirSync(join(stale, 'rules'), { recursive: true });
    writeFileSync(join(stale, 'rules/placeholders.yaml'), placeholders);
    writeFileSync(join(stale, 'rules/languages.yaml'), languages);
    writeFileSync(compiledPackPath(stale, 'rules/languages.yaml'), JSON.stringify({ sha256: 'old', data: langData }));
    writeFileSync(compiledPackPath(stale, 'rules/placeholders.yaml'), JSON.stringify({ sha256: sha256Hex(placeholders), data: parse(placeholders) }));
    expect((await loadData(stale)).languages[0]!.name).toBe('JavaScript');
  });

  it('say what to do when a file is missing', async () => {
    await expect(loadData(join(tmp, 'nowhere'))).rejects.toThrow(/rules\/placeholders\.yaml: cannot read .*reinstall Guardian/);
  });
});
