import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/load.js';
import { TEST_CHECKS } from '../helpers/test-checks.js';

function setup(files: Record<string, string>): { root: string; installDir: string } {
  const root = mkdtempSync(join(tmpdir(), 'guardian-config-'));
  const installDir = mkdtempSync(join(tmpdir(), 'guardian-install-'));
  mkdirSync(join(installDir, 'rules', 'presets'), { recursive: true });
  writeFileSync(join(installDir, 'rules', 'presets', 'recommended.yaml'), 'fail-on: warning\nchecks:\n  line-marker:\n    words: [BAD]\n');
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(join(root, p, '..'), { recursive: true });
    writeFileSync(join(root, p), text);
  }
  return { root, installDir };
}

async function problems(files: Record<string, string>, path?: string): Promise<string[]> {
  const env = setup(files);
  try {
    await loadConfig({ ...env, checks: TEST_CHECKS, ...(path ? { path } : {}) });
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('returns defaults when no config file exists', async () => {
    const loaded = await loadConfig({ ...setup({}), checks: TEST_CHECKS });
    expect(loaded.file).toBeNull();
    expect(loaded.config).toEqual({});
    expect(loaded.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('falls back from .github/guardian.yml to guardian.yml', async () => {
    const loaded = await loadConfig({ ...setup({ 'guardian.yml': 'fail-on: never\n' }), checks: TEST_CHECKS, path: '.github/guardian.yml' });
    expect(loaded.file).toBe('guardian.yml');
    expect(loaded.config['fail-on']).toBe('never');
  });

  it('names file, line, column, key path and allowed values for a bad level', async () => {
    const text = ['fail-on: error', 'checks:', '  line-marker:', '    rules:', '      bad:', '        level: fatal', ''].join('\n');
    expect(await problems({ '.github/guardian.yml': text })).toEqual([
      '.github/guardian.yml:6:16 checks.line-marker.rules.bad.level: expected error|warning|notice|off, got "fatal"',
    ]);
  });

  it('reports the check-level level the way the issue example shows it', async () => {
    const text = 'checks:\n  line-marker:\n    level: fatal\n';
    expect(await problems({ '.github/guardian.yml': text })).toEqual([
      '.github/guardian.yml:3:12 checks.line-marker.level: expected error|warning|notice|off, got "fatal"',
    ]);
  });

  it('rejects unknown keys with a did-you-mean and the allowed keys', async () => {
    const [p] = await problems({ '.github/guardian.yml': 'fail_on: error\n' });
    expect(p).toBe(
      '.github/guardian.yml:1:1 fail_on: unknown key "fail_on" (did you mean "fail-on"?); allowed keys: extends, fail-on, scope, ignore, checks, exceptions',
    );
  });

  it('rejects unknown keys nested in a check option object', async () => {
    const [p] = await problems({ '.github/guardian.yml': 'checks:\n  line-marker:\n    shout:\n      lound: true\n' });
    expect(p).toContain('.github/guardian.yml:4:7 checks.line-marker.shout.lound: unknown key "lound" (did you mean "loud"?)');
  });

  it('suggests a check id for a misspelt check', async () => {
    const [p] = await problems({ '.github/guardian.yml': 'checks:\n  line-markers: {}\n' });
    expect(p).toContain('unknown key "line-markers" (did you mean "line-marker"?)');
  });

  it('names the wrong type even inside a union branch (rule shorthand vs object)', async () => {
    const text = 'checks:\n  line-marker:\n    rules:\n      bad:\n        paths: lots\n';
    expect(await problems({ '.github/guardian.yml': text })).toEqual([
      '.github/guardian.yml:5:16 checks.line-marker.rules.bad.paths: expected array, got "lots"',
    ]);
  });

  it('requires a reason on exceptions and a valid expiry date', async () => {
    const text = 'exceptions:\n  - rule: line-marker/bad\n    reason: ""\n  - rule: line-marker/bad\n    reason: legacy\n    expires: 31-12-2026\n';
    const ps = await problems({ '.github/guardian.yml': text });
    expect(ps).toHaveLength(2);
    expect(ps[0]).toMatch(/^\.github\/guardian\.yml:3:13 exceptions\.0\.reason: .*reason/);
    expect(ps[1]).toMatch(/^\.github\/guardian\.yml:6:14 exceptions\.1\.expires: expected a date YYYY-MM-DD/);
  });

  it('reports YAML syntax errors with a position', async () => {
    const [p] = await problems({ '.github/guardian.yml': 'checks:\n  line-marker: [\n' });
    expect(p).toMatch(/^\.github\/guardian\.yml:\d+:\d+: YAML syntax error: /);
  });

  it('reports duplicate keys', async () => {
    const [p] = await problems({ '.github/guardian.yml': 'fail-on: error\nfail-on: never\n' });
    expect(p).toMatch(/^\.github\/guardian\.yml:2:1: YAML syntax error: .*unique/i);
  });

  it('rejects a document that is not a mapping', async () => {
    expect(await problems({ 'guardian.yml': '- a\n- b\n' })).toEqual(['guardian.yml:1:1 (top level): expected a mapping of configuration keys, got a list']);
  });

  it('fails clearly on an explicit config path that does not exist', async () => {
    const [p] = await problems({}, 'ci/guardian.yml');
    expect(p).toMatch(/^ci\/guardian\.yml: config file not found/);
  });

  it('merges presets and relative extends; the user file wins, exceptions accumulate', async () => {
    const env = setup({
      'base.yml': 'extends: guardian:recommended\nexceptions:\n  - rule: line-marker/*\n    reason: from base\n',
      '.github/guardian.yml': 'extends: ../base.yml\nfail-on: error\nexceptions:\n  - rule: line-marker/bad\n    reason: mine\n',
    });
    const loaded = await loadConfig({ ...env, checks: TEST_CHECKS });
    expect(loaded.files).toEqual([join(env.installDir, 'rules/presets/recommended.yaml'), 'base.yml', '.github/guardian.yml']);
    expect(loaded.config['fail-on']).toBe('error');
    expect(loaded.config.checks?.['line-marker']).toMatchObject({ words: ['BAD'] });
    expect(loaded.config.exceptions?.map((e) => e.reason)).toEqual(['from base', 'mine']);
    expect(loaded.exceptionSources).toEqual(['base.yml:3', '.github/guardian.yml:4']);
  });

  it('detects extends cycles and unknown presets', async () => {
    const cyc = await problems({ 'a.yml': 'extends: b.yml\n', 'b.yml': 'extends: a.yml\n' }, 'a.yml');
    expect(cyc[0]).toMatch(/extends cycle: a\.yml -> b\.yml -> a\.yml/);
    const preset = await problems({ 'guardian.yml': 'extends: [guardian:Nope]\n' });
    expect(preset[0]).toBe('guardian.yml:1:11 extends: unknown preset "guardian:Nope"; use guardian:recommended, guardian:strict or a relative path');
  });
});
