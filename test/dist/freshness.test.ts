/**
 * The action runs dist/, not src/: this fails when the committed dist/ differs from a fresh
 * build of src/ (run `npm run build` and commit dist/).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/run-action.js';

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}

describe('dist/', () => {
  const fresh = mkdtempSync(join(tmpdir(), 'guardian-dist-'));
  afterAll(() => rmSync(fresh, { recursive: true, force: true }));

  it('matches a fresh build of src/ byte for byte', () => {
    execFileSync(process.execPath, [join(REPO_ROOT, 'scripts', 'build.mjs'), fresh], { cwd: REPO_ROOT, stdio: 'pipe' });
    const committed = join(REPO_ROOT, 'dist');
    const stale = 'dist/ is stale: run `npm run build` and commit dist/.';
    expect(listFiles(committed), stale).toEqual(listFiles(fresh));
    for (const f of listFiles(fresh)) {
      const same = readFileSync(join(committed, f)).equals(readFileSync(join(fresh, f)));
      expect(same, `${stale} (${f} differs)`).toBe(true);
    }
  }, 180_000);
});
