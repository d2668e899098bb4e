/**
 * End-to-end: each gate through the built dist/index.js on a real pull request, with the
 * findings annotated on the PR's changed lines of the check run in the GitHub simulator.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { pullRequestScenario, type PullRequestScenario } from '../helpers/e2e.js';

let scenario: PullRequestScenario | undefined;
afterEach(async () => {
  if (scenario) {
    scenario.sim.assertNoViolations();
    await scenario.cleanup();
  }
  scenario = undefined;
});

type Ann = { path: string; start_line: number; annotation_level: string; message: string; title?: string | null };
const annotations = (sc: PullRequestScenario): Ann[] => sc.sim.checkRuns().flatMap((c) => c.annotations as Ann[]);

const BASE_FILES = { 'README.md': '# demo\n', LICENSE: 'MIT\n', 'SECURITY.md': 'Report to security@example.com\n', '.github/CODEOWNERS': '* @acme/devs\n' };

describe('placeholders gate end to end', () => {
  const OLD = 'export const legacy = 1;\n// FIXME old debt, not this PR\n';
  const NEW = [
    'import { client } from "./client";',
    '',
    '// PLACEHOLDER: wire the real client',
    'const label = "TODO is fine inside a string";',
    '// TODO tidy this up',
    '// TODO(#42) tracked work is fine',
    'export const run = () => client(label);',
    '',
  ].join('\n');

  it('fails on a new PLACEHOLDER, annotating only the lines the PR adds', async () => {
    scenario = await pullRequestScenario({ base: { ...BASE_FILES, 'src/old.ts': OLD }, head: { 'src/app.ts': NEW } });
    const run = await scenario.run();
    expect(run.exitCode, run.log).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    const anns = annotations(scenario).map((a) => [a.path, a.start_line, a.annotation_level, a.title]);
    expect(anns).toEqual([
      ['src/app.ts', 3, 'failure', expect.stringContaining('(placeholders/placeholder)')],
      ['src/app.ts', 5, 'warning', expect.stringContaining('(placeholders/todo)')],
    ]);
    const placeholder = annotations(scenario).find((a) => a.start_line === 3)!;
    expect(placeholder.message).toMatch(/remove the placeholder before merge/);
    const comment = scenario.sim.comments(scenario.pr.number)[0]!.body;
    expect(comment).toMatch(/placeholders\/placeholder/);
  });

  it('passes once the placeholder is gone', async () => {
    scenario = await pullRequestScenario({ base: { ...BASE_FILES, 'src/old.ts': OLD }, head: { 'src/app.ts': NEW.replace('// PLACEHOLDER: wire the real client\n', '') } });
    const run = await scenario.run();
    expect(run.exitCode, run.log).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    expect(Number(run.outputs['warning-count'])).toBe(1);
    expect(scenario.sim.checkRuns()[0]!.conclusion).toBe('success');
  });
});

describe('governance gate end to end', () => {
  it('annotates an unpinned action and a template injection the PR adds', async () => {
    const workflow = [
      'name: greet',
      'on: pull_request_target',
      'permissions:',
      '  contents: read',
      'jobs:',
      '  greet:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: some-org/greeter@v2',
      '      - run: echo "Thanks for ${{ github.event.pull_request.title }}"',
      '',
    ].join('\n');
    scenario = await pullRequestScenario({ base: BASE_FILES, head: { '.github/workflows/greet.yml': workflow } });
    const run = await scenario.run();
    expect(run.exitCode, run.log).toBe(1);
    const anns = annotations(scenario).filter((a) => a.path === '.github/workflows/greet.yml');
    const byRule = (needle: RegExp) => anns.find((a) => needle.test(`${a.title} ${a.message}`));
    expect(byRule(/pin the full 40-character commit SHA/)).toMatchObject({ start_line: 9, annotation_level: 'failure' });
    const injection = byRule(/env:/);
    expect(injection).toMatchObject({ start_line: 10 });
    expect(injection!.message).toContain('github.event.pull_request.title');
  });
});

describe('contracts gate end to end', () => {
  const json = (v: unknown): string => `${JSON.stringify(v, null, 2)}\n`;
  const CONFIG = [
    'checks:',
    '  contracts:',
    '    contracts:',
    '      - name: order-response',
    '        schema: schemas/order-response.json',
    '        direction: producer',
    '      - name: order-request',
    '        schema: schemas/order-request.json',
    '        direction: consumer',
    '',
  ].join('\n');
  const responseBase = json({ type: 'object', properties: { id: { type: 'string' }, total: { type: 'number' } }, required: ['id', 'total'] });
  const responseHead = json({ type: 'object', properties: { id: { type: 'string' } }, required: ['id'] });
  const requestBase = json({ type: 'object', properties: { item: { type: 'string' } }, required: ['item'] });
  const requestHead = json({ type: 'object', properties: { item: { type: 'string' }, customerId: { type: 'string' } }, required: ['item', 'customerId'] });
  const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

  it('annotates a removed required response property and a new required request property as errors', async () => {
    scenario = await pullRequestScenario({
      base: { ...BASE_FILES, '.github/guardian.yml': CONFIG, 'schemas/order-response.json': responseBase, 'schemas/order-request.json': requestBase },
      head: { 'schemas/order-response.json': responseHead, 'schemas/order-request.json': requestHead },
    });
    const run = await scenario.run();
    expect(run.exitCode, run.log).toBe(1);
    const anns = annotations(scenario).filter((a) => a.path.startsWith('schemas/'));
    expect(anns.map((a) => [a.path, a.start_line, a.annotation_level, a.title])).toEqual(
      expect.arrayContaining([
        ['schemas/order-response.json', lineOf(responseBase, '"total"'), 'failure', expect.stringMatching(/required-property-removed|removed/)],
        ['schemas/order-request.json', lineOf(requestHead, '"customerId"'), 'failure', expect.stringMatching(/required-property-added|added/)],
      ]),
    );
  });
});
