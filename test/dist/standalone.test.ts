/** `node dist/cli.js check` must work on a fresh clone with no `npm ci`: dist/ needs no node_modules. */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/run-action.js';
import { makeRepo } from '../helpers/git-repo.js';

describe('dist/cli.js without node_modules', () => {
  const install = mkdtempSync(join(tmpdir(), 'guardian-install-'));
  const repo = makeRepo({ 'README.md': '# demo\n', 'src/a.ts': 'export const a = 1;\n' });
  repo.commit('init');
  afterAll(() => {
    rmSync(install, { recursive: true, force: true });
    repo.cleanup();
  });

  it('runs check on a repository and prints a verdict', () => {
    for (const p of ['dist', 'rules', 'action.yml', 'package.json']) cpSync(join(REPO_ROOT, p), join(install, p), { recursive: true });
    const r = spawnSync(process.execPath, [join(install, 'dist', 'cli.js'), 'check', repo.dir, '--no-color'], { encoding: 'utf8', timeout: 60_000 });
    expect(r.stderr).not.toMatch(/Cannot find (module|package)/);
    expect(r.stdout).toMatch(/Verdict: (PASS|FAIL|NEUTRAL)/);
    expect([0, 1]).toContain(r.status);
    expect(execFileSync(process.execPath, [join(install, 'dist', 'cli.js'), '--version'], { encoding: 'utf8' })).toMatch(/^guardian \d+\.\d+\.\d+/);
  });

  it('exits 2 with a clear message on a usage error', () => {
    const r = spawnSync(process.execPath, [join(REPO_ROOT, 'dist', 'cli.js'), 'check', '--format', 'yaml'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--format: expected text|json|sarif|markdown, got "yaml"');
  });
});
