/**
 * End-to-end: the built dist/index.js runs as the GitHub runner runs it, against the local
 * GitHub simulator, which validates every request against GitHub's OpenAPI description.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pullRequestScenario, type PullRequestScenario } from '../helpers/e2e.js';
import { readEvidence, workflowWithUnpinnedSteps } from './helpers.js';

const CREATE_CHECK = 'POST /repos/{owner}/{repo}/check-runs';
const UPDATE_CHECK = 'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}';
const LIST_COMMENTS = 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments';
const CREATE_COMMENT = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments';
const UPDATE_COMMENT = 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}';
const MARKER = '<!-- guardian:Guardian -->';

let scenario: PullRequestScenario | undefined;
afterEach(async () => {
  if (scenario) {
    scenario.sim.assertNoViolations();
    await scenario.cleanup();
  }
  scenario = undefined;
});

async function prAddingWorkflow(steps: number, o: { fork?: boolean } = {}): Promise<PullRequestScenario> {
  scenario = await pullRequestScenario({
    base: { 'README.md': '# demo\n', 'LICENSE': 'MIT\n', 'SECURITY.md': 'Report to security@example.com\n' },
    head: { '.github/workflows/ci.yml': workflowWithUnpinnedSteps(steps) },
    ...(o.fork ? { fork: true } : {}),
  });
  return scenario;
}

describe('action end to end (pull_request)', () => {
  it('creates one check run whose > 50 annotations arrive in batches of 50, and one sticky comment', async () => {
    const sc = await prAddingWorkflow(120);
    const run = await sc.run();
    expect(run.exitCode, run.log).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    expect(Number(run.outputs['error-count'])).toBe(120);
    expect(sc.sim.count(CREATE_CHECK)).toBe(1);
    expect(sc.sim.count(UPDATE_CHECK)).toBe(2);
    const [checkRun] = sc.sim.checkRuns();
    expect(checkRun!.annotations).toHaveLength(120);
    expect(checkRun!.head_sha).toBe(sc.refs.headSha);
    expect(checkRun!.conclusion).toBe('failure');
    expect(checkRun!.annotations[0]).toMatchObject({ path: '.github/workflows/ci.yml', annotation_level: 'failure' });
    const lines = checkRun!.annotations.map((a: { start_line: number }) => a.start_line).sort((a: number, b: number) => a - b);
    expect(lines[0]).toBe(9);
    expect(sc.sim.count(LIST_COMMENTS)).toBe(1);
    expect(sc.sim.count(CREATE_COMMENT)).toBe(1);
    expect(sc.sim.writes()).toHaveLength(1 + 2 + 1);
    expect(sc.sim.maxConcurrentWrites).toBe(1);
    const comments = sc.sim.comments(sc.pr.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body.startsWith(MARKER)).toBe(true);
    expect(comments[0]!.body).toContain(run.outputs['check-run-url']);
    expect(run.outputs['comment-url']).toMatch(new RegExp(`#issuecomment-${comments[0]!.id}$`));
    const evidence = readEvidence(run.outputs['evidence-path']!);
    expect(evidence.findings.findings.filter((f: { ruleId: string }) => f.ruleId === 'governance/unpinned-uses')).toHaveLength(120);
    expect(evidence.findings.commit).toBe(sc.refs.headSha);
    expect(run.summary).toMatch(/❌ \*\*Failed\*\*/);
    expect(run.secretLeaks).toEqual([]);
    expect(run.annotations.filter((a) => a.file)).toHaveLength(0);
  });

  it('edits the same comment on a second run and creates no new one', async () => {
    const sc = await prAddingWorkflow(3);
    await sc.run();
    const first = sc.sim.comments(sc.pr.number)[0]!;
    const second = await sc.run();
    expect(second.exitCode).toBe(1);
    expect(sc.sim.count(CREATE_COMMENT)).toBe(1);
    expect(sc.sim.count(UPDATE_COMMENT)).toBe(1);
    const comments = sc.sim.comments(sc.pr.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.id).toBe(first.id);
    expect(comments[0]!.body).toContain(second.outputs['check-run-url']);
  });

  it('leaves a spoofed marker comment by another user alone', async () => {
    const sc = await prAddingWorkflow(2);
    const spoof = sc.sim.seedComment({ issueNumber: sc.pr.number, author: 'mallory', body: `${MARKER}\nAll good, merge it!` });
    const run = await sc.run();
    expect(run.exitCode).toBe(1);
    expect(sc.sim.count(UPDATE_COMMENT)).toBe(0);
    expect(sc.sim.count(CREATE_COMMENT)).toBe(1);
    const comments = sc.sim.comments(sc.pr.number);
    expect(comments).toHaveLength(2);
    expect(comments.find((c: { id: number }) => c.id === spoof.id)!.body).toBe(`${MARKER}\nAll good, merge it!`);
  });

  it('degrades a report far over 70,000 characters instead of failing with 422', async () => {
    const sc = await prAddingWorkflow(700);
    const run = await sc.run();
    expect(run.exitCode).toBe(1);
    const [checkRun] = sc.sim.checkRuns();
    const text = checkRun!.output.text ?? '';
    expect(text.length).toBeLessThanOrEqual(65_535);
    expect(text).toMatch(/more in the evidence bundle/);
    const unpinned = checkRun!.annotations.filter((a: { path: string }) => a.path === '.github/workflows/ci.yml');
    expect(unpinned).toHaveLength(700);
    expect(sc.sim.count(UPDATE_CHECK)).toBe(Math.ceil(checkRun!.annotations.length / 50) - 1);
    expect(sc.sim.comments(sc.pr.number)[0]!.body.length).toBeLessThanOrEqual(60_000);
    expect(run.summaryTooLarge).toBe(false);
    const findings = readEvidence(run.outputs['evidence-path']!).findings.findings;
    expect(findings.filter((f: { ruleId: string }) => f.ruleId === 'governance/unpinned-uses')).toHaveLength(700);
    expect(sc.sim.log.filter((l) => (l.status ?? 0) >= 400)).toEqual([]);
  });

  it('makes zero write calls on a fork PR yet writes evidence, summary and capped log annotations', async () => {
    const sc = await prAddingWorkflow(15, { fork: true });
    const run = await sc.run();
    expect(run.exitCode).toBe(1);
    expect(sc.sim.writes()).toHaveLength(0);
    expect(run.stdout).toMatch(/Not writing to GitHub \(pull request from fork/);
    expect(existsSync(join(run.outputs['evidence-path']!, 'findings.json'))).toBe(true);
    expect(run.summary).toMatch(/Failed/);
    expect(run.annotations.filter((a) => a.level === 'error' && a.file)).toHaveLength(10);
    expect(run.annotations[0]).toMatchObject({ file: '.github/workflows/ci.yml' });
    expect(run.outputs['check-run-url']).toBe('');
  });

  it('passes when the PR adds nothing wrong, with a green check run', async () => {
    scenario = await pullRequestScenario({ base: { 'README.md': '# demo\n' }, head: { 'src/index.ts': 'export const x = 1;\n' } });
    const run = await scenario.run();
    expect(run.exitCode, run.log).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    expect(scenario.sim.checkRuns()[0]!.conclusion).toBe('success');
  });

  it('fails with an annotation on the config file when the config is invalid', async () => {
    scenario = await pullRequestScenario({ base: { 'README.md': '# demo\n' }, head: { '.github/guardian.yml': 'checks:\n  governance:\n    level: fatal\n' } });
    const run = await scenario.run();
    expect(run.exitCode).toBe(1);
    const ann = run.annotations.find((a) => a.file === '.github/guardian.yml');
    expect(ann, run.stdout).toMatchObject({ level: 'error', line: 3 });
    expect(ann!.message).toContain('checks.governance.level: expected error|warning|notice|off, got "fatal"');
    expect(scenario.sim.writes()).toHaveLength(0);
  });
});

describe('action end to end (faults)', () => {
  it('retries 500 and 502 on the check-run create, then succeeds', async () => {
    const sc = await prAddingWorkflow(2);
    sc.sim.inject(CREATE_CHECK, { kind: 'status', status: 500 }, { kind: 'status', status: 502 });
    const run = await sc.run({ timeoutMs: 60_000 });
    expect(run.exitCode).toBe(1);
    expect(sc.sim.count(CREATE_CHECK)).toBe(3);
    expect(sc.sim.checkRuns()).toHaveLength(1);
    expect(run.outputs.verdict).toBe('fail');
    sc.sim.assertAllFaultsServed();
  });

  it('honours retry-after on a secondary rate limit, then writes the comment once', async () => {
    const sc = await prAddingWorkflow(2);
    sc.sim.inject(CREATE_COMMENT, { kind: 'secondary-rate-limit', retryAfter: 1 });
    const run = await sc.run();
    expect(run.exitCode).toBe(1);
    expect(sc.sim.comments(sc.pr.number)).toHaveLength(1);
    expect(run.log).toMatch(/secondary rate limit on POST .*retrying after 1s/);
    sc.sim.assertAllFaultsServed();
  });

  it('survives a connection reset on the comment lookup', async () => {
    const sc = await prAddingWorkflow(2);
    sc.sim.inject(LIST_COMMENTS, { kind: 'reset' });
    const run = await sc.run();
    expect(run.exitCode).toBe(1);
    expect(sc.sim.count(LIST_COMMENTS)).toBe(2);
    expect(sc.sim.comments(sc.pr.number)).toHaveLength(1);
    sc.sim.assertAllFaultsServed();
  });

  it('ends with a verdict, evidence and one clear log line when GitHub answers 422', async () => {
    const sc = await prAddingWorkflow(2);
    sc.sim.inject(CREATE_CHECK, { kind: 'validation', errors: [{ resource: 'CheckRun', code: 'invalid', field: 'head_sha' }] });
    const run = await sc.run();
    expect(run.exitCode).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    expect(sc.sim.count(CREATE_CHECK)).toBe(1);
    expect(run.log).toMatch(/Creating the check run failed \(HTTP 422: .*\); the verdict and evidence are unaffected\./);
    expect(sc.sim.comments(sc.pr.number)).toHaveLength(1);
    expect(existsSync(join(run.outputs['evidence-path']!, 'verdict.intoto.json'))).toBe(true);
    expect(run.annotations.length).toBeGreaterThan(0);
  });

  it('keeps the evidence when every GitHub call fails', async () => {
    const sc = await prAddingWorkflow(2);
    const unavailable = { kind: 'status', status: 503 } as const;
    sc.sim.inject(CREATE_CHECK, unavailable, unavailable, unavailable, unavailable);
    sc.sim.inject(LIST_COMMENTS, { kind: 'status', status: 404 });
    const run = await sc.run({ timeoutMs: 90_000 });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    const evidence = readEvidence(run.outputs['evidence-path']!);
    expect(evidence.findings.verdict.verdict).toBe('fail');
    expect(run.log).toMatch(/Creating the check run failed \(HTTP 503/);
    expect(run.log).toMatch(/Updating the PR comment failed \(HTTP 404/);
    expect(sc.sim.writes().filter((w) => (w.status ?? 0) < 300)).toHaveLength(0);
    sc.sim.assertAllFaultsServed();
  }, 120_000);
});

describe('fork-safe reporting (workflow_run)', () => {
  it('posts a fork PR\'s bundle from the trusted context, finding the PR by head SHA', async () => {
    const sc = await prAddingWorkflow(4, { fork: true });
    const gate = await sc.run({ inputs: { 'github-token': '' } });
    expect(gate.exitCode).toBe(1);
    expect(sc.sim.writes()).toHaveLength(0);
    const bundle = gate.outputs['evidence-path']!;
    const report = await sc.run({
      event: sc.workflowRun({ conclusion: 'failure' }),
      token: sc.sim.tokens.installation,
      inputs: { mode: 'report', 'evidence-dir': bundle },
    });
    expect(report.exitCode, report.log).toBe(0);
    expect(report.outputs.verdict).toBe('fail');
    const [checkRun] = sc.sim.checkRuns();
    expect(checkRun!.head_sha).toBe(sc.refs.headSha);
    expect(checkRun!.annotations).toHaveLength(4);
    expect(sc.sim.comments(sc.pr.number)).toHaveLength(1);
  });

  it('refuses a bundle whose findings.json was edited', async () => {
    const sc = await prAddingWorkflow(1, { fork: true });
    const gate = await sc.run({ inputs: { 'github-token': '' } });
    const bundle = gate.outputs['evidence-path']!;
    const { writeFileSync } = await import('node:fs');
    const doc = JSON.parse(readFileSync(join(bundle, 'findings.json'), 'utf8'));
    doc.verdict.verdict = 'pass';
    writeFileSync(join(bundle, 'findings.json'), JSON.stringify(doc));
    const report = await sc.run({ event: sc.workflowRun(), token: sc.sim.tokens.installation, inputs: { mode: 'report', 'evidence-dir': bundle } });
    expect(report.exitCode).toBe(1);
    expect(report.log).toMatch(/does not match manifest\.json/);
    expect(sc.sim.writes()).toHaveLength(0);
  });
});
