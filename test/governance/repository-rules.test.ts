/**
 * Repository rules on real git repositories: one vulnerable and one safe case per rule,
 * findings at the exact file, line and column.
 */
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { check } from '../../src/checks/governance/index.js';
import { makeRepo, type TempRepo } from '../helpers/git-repo.js';
import { contextFor } from './context.js';
import { locate, ofRule } from './util.js';

const repos: TempRepo[] = [];
const repo = (files: Record<string, string | Buffer>) => {
  const r = makeRepo(files);
  r.commit('initial');
  repos.push(r);
  return r;
};
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
});

const BASICS = {
  'LICENSE': 'Apache-2.0',
  'README.md': '# x\n',
  'SECURITY.md': 'mail security@example.com\n',
  '.github/CODEOWNERS': '* @org/maintainers\n',
};
const ELF = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(200, 1)]);
const ZIP = Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(100, 7)]);

async function run(dir: string, options = {}) {
  return check.run(await contextFor(dir, { options }));
}

describe('governance/file-existence', () => {
  it('reports each missing requirement without a location', async () => {
    const r = repo({ 'README.md': '# hi\n', 'src/a.ts': 'x\n' });
    const out = await run(r.dir);
    const found = ofRule(out.findings, 'file-existence');
    expect(found.map((f) => f.properties?.requirement).sort()).toEqual(['codeowners', 'license', 'security-policy']);
    expect(found.every((f) => f.location === undefined)).toBe(true);
    expect(found.find((f) => f.properties?.requirement === 'license')!.message).toMatch(/Fix: add a LICENSE/);
  });

  it('accepts documented alternatives, case-insensitively, and honours skip/extra requirements', async () => {
    const r = repo({ 'License.md': 'MIT', 'readme.rst': 'x', '.github/SECURITY.md': 'x', 'docs/CODEOWNERS': '* @a\n' });
    expect(ofRule((await run(r.dir)).findings, 'file-existence')).toEqual([]);
    const extra = await run(r.dir, {
      skipRequiredFiles: ['license'],
      requiredFiles: [{ id: 'contributing', description: 'contributing guide', anyOf: ['CONTRIBUTING.md'] }],
    });
    expect(ofRule(extra.findings, 'file-existence').map((f) => f.properties?.requirement)).toEqual(['contributing']);
  });
});

describe('governance/file-contents and file-not-contents', () => {
  const rules = {
    fileContents: [{ name: 'license-header', paths: ['src/**/*.ts'], pattern: 'Copyright \\d{4}', message: 'add the license header' }],
    fileNotContents: [{ name: 'no-private-keys', paths: ['**'], pattern: '-----BEGIN [A-Z ]*PRIVATE KEY-----' }],
  };

  it('reports a missing header at line 1 and a forbidden key at its exact span', async () => {
    const key = 'config:\n  key: |\n    -----BEGIN RSA PRIVATE KEY-----\n    MIIE\n';
    const r = repo({ ...BASICS, 'src/a.ts': '// Copyright 2025 ACME\nexport {};\n', 'src/b.ts': 'export {};\n', 'deploy/values.yml': key });
    const out = await run(r.dir, rules);
    const missing = ofRule(out.findings, 'file-contents');
    expect(missing.map((f) => f.location)).toEqual([{ path: 'src/b.ts', startLine: 1 }]);
    expect(missing[0]!.message).toMatch(/license-header.*Fix: add the license header/s);
    const forbidden = ofRule(out.findings, 'file-not-contents');
    expect(forbidden.map((f) => f.location)).toEqual([locate(key, '-----BEGIN RSA PRIVATE KEY-----', 1, 'deploy/values.yml')]);
  });

  it('passes compliant files', async () => {
    const r = repo({ ...BASICS, 'src/a.ts': '// Copyright 2025 ACME\n', 'deploy/values.yml': 'key: ${{ secrets.KEY }}\n' });
    const out = await run(r.dir, rules);
    expect([...ofRule(out.findings, 'file-contents'), ...ofRule(out.findings, 'file-not-contents')]).toEqual([]);
  });

  it('a catastrophic user pattern cannot hang the run: it is stopped, reported and dropped', async () => {
    const r = repo({ ...BASICS, 'data/a.txt': `${'a'.repeat(40)}!\n`, 'data/b.txt': `${'a'.repeat(40)}!\n` });
    const out = await run(r.dir, {
      regexTimeoutMs: 50,
      fileNotContents: [{ name: 'evil', paths: ['data/**'], pattern: '^(a+)+$', flags: 'm' }],
    });
    const found = ofRule(out.findings, 'file-not-contents');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/took longer than 50 ms on data\/a.txt.*simplify/s);
    expect(found[0]!.level).toBe('warning');
  });

  it('rejects an invalid user pattern when options are validated', async () => {
    const { optionsSchema } = await import('../../src/checks/governance/options.js');
    const r = optionsSchema.safeParse({ fileNotContents: [{ name: 'bad', paths: ['**'], pattern: '(unclosed' }] });
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error!.issues)).toMatch(/invalid regular expression/);
  });
});

describe('governance/large-file', () => {
  it('reports files over the cap unless allowed', async () => {
    const r = repo({ ...BASICS, 'assets/big.csv': 'x'.repeat(2000), 'assets/ok.csv': 'x'.repeat(10), 'vendor/big.dat': 'y'.repeat(3000) });
    const out = await run(r.dir, { maxFileBytes: 1000, allowLargeFiles: ['vendor/**'] });
    const found = ofRule(out.findings, 'large-file');
    expect(found.map((f) => f.location)).toEqual([{ path: 'assets/big.csv', startLine: 1 }]);
    expect(found[0]!.message).toMatch(/2 KiB, over the 1000 bytes cap/);
  });
  it('passes files under the default cap', async () => {
    const r = repo({ ...BASICS, 'assets/ok.csv': 'x'.repeat(5000) });
    expect(ofRule((await run(r.dir)).findings, 'large-file')).toEqual([]);
  });
});

describe('governance/binary-artifact', () => {
  it('detects executables and archives by signature and extension, outside allowed paths', async () => {
    const r = repo({
      ...BASICS,
      'tools/helper': ELF,
      'lib/app.jar': ZIP,
      'build/out.pyc': 'not really bytecode',
      'docs/spec.docx': ZIP,
      'gradle/wrapper/gradle-wrapper.jar': ZIP,
      'third_party/blob.so': ELF,
    });
    const out = await run(r.dir, { allowBinaries: ['third_party/**'] });
    const found = ofRule(out.findings, 'binary-artifact');
    expect(found.map((f) => [f.location!.path, f.properties?.type, f.properties?.detectedBy])).toEqual([
      ['build/out.pyc', '.pyc file', 'extension'],
      ['lib/app.jar', 'ZIP archive', 'signature'],
      ['tools/helper', 'ELF executable', 'signature'],
    ]);
  });
  it('passes source, documents and media', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]);
    const r = repo({ ...BASICS, 'src/main.c': 'int main(){}\n', 'docs/logo.png': png, 'docs/deck.pptx': ZIP, 'scripts/run.sh': '#!/bin/sh\n' });
    expect(ofRule((await run(r.dir)).findings, 'binary-artifact')).toEqual([]);
  });
});

describe('governance/codeowners-coverage and codeowners-syntax', () => {
  it('reports unowned files, naming the rule that leaves them without owners', async () => {
    const co = '/src/ @org/dev\n/vendor/\n';
    const r = repo({ ...BASICS, '.github/CODEOWNERS': co, 'src/a.ts': 'x', 'vendor/lib.js': 'x', 'Makefile': 'all:' });
    const out = await run(r.dir);
    const found = ofRule(out.findings, 'codeowners-coverage');
    const byPath = Object.fromEntries(found.map((f) => [f.properties?.path, f]));
    expect(Object.keys(byPath).sort()).toEqual(['.github/CODEOWNERS', 'LICENSE', 'Makefile', 'README.md', 'SECURITY.md', 'vendor/lib.js']);
    expect(byPath['vendor/lib.js']!.message).toMatch(/`\/vendor\/` on line 2 of \.github\/CODEOWNERS, lists no owners/);
    expect(byPath['Makefile']!.message).toMatch(/no rule in \.github\/CODEOWNERS matches it/);
    expect(byPath['Makefile']!.location).toEqual({ path: 'Makefile', startLine: 1 });
  });
  it('passes when a catch-all owns everything', async () => {
    const r = repo({ ...BASICS, 'src/a.ts': 'x' });
    const out = await run(r.dir);
    expect([...ofRule(out.findings, 'codeowners-coverage'), ...ofRule(out.findings, 'codeowners-syntax')]).toEqual([]);
  });
  it('reports lines GitHub skips at their position', async () => {
    const co = '* @org/all\nsrc/*.[ch] @c-team\n';
    const r = repo({ ...BASICS, '.github/CODEOWNERS': co });
    const found = ofRule((await run(r.dir)).findings, 'codeowners-syntax');
    expect(found.map((f) => f.location)).toEqual([{ path: '.github/CODEOWNERS', startLine: 2, startColumn: 1, endLine: 2, endColumn: 10 }]);
  });
});

describe('reading files directly from the working tree (readsWorkingTree)', () => {
  it('gives the same findings as RepoFiles.read() and never follows symlinks', async () => {
    const r = repo({
      ...BASICS,
      'tools/helper': ELF,
      'assets/big.csv': 'x'.repeat(2000),
      'src/b.ts': 'export {};\n',
      'deploy/key.pem': 'a\n-----BEGIN EC PRIVATE KEY-----\n',
    });
    symlinkSync('/etc/passwd', join(r.dir, 'tools/link.bin'));
    r.commit('symlink');
    const options = {
      maxFileBytes: 1000,
      fileContents: [{ name: 'header', paths: ['src/**'], pattern: 'Copyright' }],
      fileNotContents: [{ name: 'keys', paths: ['**'], pattern: 'PRIVATE KEY' }],
    };
    const viaRead = await check.run(await contextFor(r.dir, { options }));
    const direct = await check.run(await contextFor(r.dir, { options, direct: true }));
    const pick = (fs: typeof viaRead.findings) => fs.filter((f) => f.location).map((f) => [f.ruleId, f.location]).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    expect(pick(direct.findings)).toEqual(pick(viaRead.findings));
    expect(pick(direct.findings).map(([rule]) => rule)).toEqual([
      'governance/binary-artifact',
      'governance/file-contents',
      'governance/file-not-contents',
      'governance/large-file',
    ]);
    expect(direct.findings.some((f) => f.location?.path === 'tools/link.bin')).toBe(false);
  });
});

describe('the default security-policy-contact content rule', () => {
  it('requires an e-mail address or URL in SECURITY.md', async () => {
    const bad = repo({ ...BASICS, 'SECURITY.md': 'Please be nice.\n' });
    const found = ofRule((await run(bad.dir)).findings, 'file-contents');
    expect(found.map((f) => [f.location, f.properties?.rule])).toEqual([[{ path: 'SECURITY.md', startLine: 1 }, 'security-policy-contact']]);
    expect(found[0]!.message).toMatch(/report a vulnerability privately/);
    const good = repo({ ...BASICS, 'SECURITY.md': 'Report to https://github.com/acme/x/security/advisories/new\n' });
    expect(ofRule((await run(good.dir)).findings, 'file-contents')).toEqual([]);
  });
});

describe('file-existence globs', () => {
  it('match at any depth with ** and across depths with braces', async () => {
    const r = repo({ 'docs/legal/LICENSE.txt': 'MIT', 'README.md': 'x', 'SECURITY.md': 'a@b.co', '.github/CODEOWNERS': '* @a\n' });
    const out = await run(r.dir, {
      skipRequiredFiles: ['license'],
      requiredFiles: [
        { id: 'deep-license', description: 'license anywhere', anyOf: ['**/LICENSE.txt'] },
        { id: 'braces', description: 'license by braces', anyOf: ['{COPYING,docs/legal/LICENSE.txt}'] },
      ],
    });
    expect(ofRule(out.findings, 'file-existence')).toEqual([]);
  });
});
