/**
 * End to end: a pull request that breaks a .pure model gets an annotation at the right line with
 * Legend's message. The committed dist/index.js (kept equal to a fresh build by
 * test/dist/freshness.test.ts) runs as the GitHub runner runs it, against the GitHub simulator.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { pullRequestScenario, type PullRequestScenario } from '../helpers/e2e.js';

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
    const run = await sc.run();
    expect(run.outputs.verdict, run.log).toBe('fail');
    const [checkRun] = sc.sim.checkRuns();
    const annotation = checkRun!.annotations.find((a: { path: string }) => a.path === 'model/firm.pure');
    expect(annotation, run.log).toBeDefined();
    expect(annotation).toMatchObject({ annotation_level: 'failure', start_line: 3, end_line: 3, start_column: 14, end_column: 24 });
    expect(annotation?.message).toContain("Can't find type 'demo::Persn'");
    sc.sim.assertNoViolations();
  }, 60_000);
});
