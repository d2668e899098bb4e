/**
 * End to end: a pull request that breaks a .pure model gets an annotation at the right line with Legend's
 * message. The action is built from the current sources into a temporary install folder (dist/, action.yml,
 * rules/) and run as the GitHub runner runs it, against the local GitHub simulator.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullRequestScenario, type PullRequestScenario } from '../helpers/e2e.js';
import { REPO_ROOT } from '../helpers/run-action.js';

let install: string;
beforeAll(() => {
  install = mkdtempSync(join(tmpdir(), 'guardian-compile-e2e-'));
  execFileSync(process.execPath, [join(REPO_ROOT, 'scripts/build.mjs'), join(install, 'dist')], { cwd: REPO_ROOT, stdio: 'ignore' });
  cpSync(join(REPO_ROOT, 'action.yml'), join(install, 'action.yml'));
  cpSync(join(REPO_ROOT, 'rules'), join(install, 'rules'), { recursive: true });
}, 300_000);
afterAll(() => {
  if (install) rmSync(install, { recursive: true, force: true });
});

const MODEL = 'Class demo::Person\n{\n  name: String[1];\n  age: Integer[1];\n}\n';

describe('compile gate end to end', () => {
  let sc: PullRequestScenario | undefined;
  afterAll(async () => {
    if (sc) await sc.cleanup();
  });

  it('annotates a broken .pure file at the line and column of the Legend compilation error', async () => {
    sc = await pullRequestScenario({
      base: { 'model/person.pure': MODEL, 'README.md': '# demo\n' },
      head: { 'model/firm.pure': 'Class demo::Firm\n{\n  employees: demo::Persn[*];\n}\n' },
    });
    const run = await sc.run({ entry: join(install, 'dist', 'index.js'), actionYml: join(install, 'action.yml') });
    expect(run.outputs.verdict, run.log).toBe('fail');
    const [checkRun] = sc.sim.checkRuns();
    const annotation = checkRun!.annotations.find((a: { path: string }) => a.path === 'model/firm.pure');
    expect(annotation, run.log).toBeDefined();
    expect(annotation).toMatchObject({ annotation_level: 'failure', start_line: 3, end_line: 3, start_column: 14, end_column: 24 });
    expect(annotation?.message).toContain("Can't find type 'demo::Persn'");
    sc.sim.assertNoViolations();
  }, 180_000);
});
