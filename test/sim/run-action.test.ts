/**
 * The e2e harness end to end: a real git repo checked out like actions/checkout, a
 * `pull_request` event, the simulator on 127.0.0.1, and a small action script (real
 * @actions/core + fetch) run as a child process exactly as the runner runs an action.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { makeRepo, type TempRepo } from '../helpers/git-repo.js';
import { checkoutLikeActions, checkoutPullRequest, type Workspace } from '../helpers/checkout.js';
import { pullRequestEvent, pushEvent, workflowDispatchEvent, workflowRunEvent } from '../helpers/github-events.js';
import { REPO_ROOT, evaluateDefault, inputEnvName, readActionYml, refName, runAction } from '../helpers/run-action.js';
import { GitHubSimulator } from './github-simulator.js';
import { OpenApiValidator } from './openapi-validator.js';
import { pullRequestScenario } from '../helpers/e2e.js';

const CORE = pathToFileURL(join(REPO_ROOT, 'node_modules/@actions/core/lib/core.js')).href;

let sim: GitHubSimulator;
let source: TempRepo;
let scratch: string;
const cleanups: Array<() => void> = [];

beforeEach(async () => {
  sim = await GitHubSimulator.start();
  source = makeRepo({ 'README.md': '# demo\n', 'src/a.ts': 'export const a = 1;\n' });
  source.commit('base');
  source.git('checkout', '-q', '-b', 'feature/x');
  source.write({ 'src/a.ts': 'export const a = 2;\n' });
  source.commit('change');
  source.git('checkout', '-q', 'main');
  scratch = mkdtempSync(join(tmpdir(), 'guardian-probe-'));
});

afterEach(async () => {
  await sim.stop();
  source.cleanup();
  rmSync(scratch, { recursive: true, force: true });
  while (cleanups.length) cleanups.pop()!();
});

function script(name: string, body: string): string {
  const file = join(scratch, name);
  writeFileSync(file, `import * as core from ${JSON.stringify(CORE)};\nimport { readFileSync } from 'node:fs';\nimport { execFileSync } from 'node:child_process';\n${body}\n`);
  return file;
}

function prSetup(o: { fork?: boolean; fetchDepth?: number } = {}): { ws: Workspace; event: ReturnType<typeof pullRequestEvent>; headSha: string; mergeSha: string; baseSha: string } {
  const { refs, workspace } = checkoutPullRequest(source, { number: 7, baseRef: 'main', headRef: 'feature/x', fetchDepth: o.fetchDepth ?? 1 });
  cleanups.push(workspace.cleanup);
  const pr = sim.seedPullRequest({ number: 7, headSha: refs.headSha, baseSha: refs.baseSha, headRef: 'feature/x', fork: o.fork ?? false });
  const event = pullRequestEvent({ pr, urls: sim.urls, mergeSha: refs.mergeSha });
  return { ws: workspace, event, headSha: refs.headSha, mergeSha: refs.mergeSha, baseSha: refs.baseSha };
}

const PROBE = `
const event = JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH, 'utf8'));
const token = core.getInput('github-token', { required: true });
const res = await fetch(process.env.GITHUB_API_URL + '/repos/' + process.env.GITHUB_REPOSITORY + '/issues/' + event.number + '/comments', {
  method: 'POST',
  headers: { authorization: 'token ' + token, 'user-agent': 'probe', 'content-type': 'application/json' },
  body: JSON.stringify({ body: 'probe for ' + event.pull_request.head.sha }),
});
const comment = await res.json();
core.setOutput('comment-url', comment.html_url);
core.setOutput('multi', 'line1\\nline2');
const env = process.env;
core.setOutput('seen', JSON.stringify({
  cwd: process.cwd(), head: execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim(),
  GITHUB_ACTIONS: env.GITHUB_ACTIONS, CI: env.CI, GITHUB_WORKSPACE: env.GITHUB_WORKSPACE, GITHUB_REF: env.GITHUB_REF,
  GITHUB_SHA: env.GITHUB_SHA, GITHUB_HEAD_REF: env.GITHUB_HEAD_REF, GITHUB_BASE_REF: env.GITHUB_BASE_REF,
  GITHUB_EVENT_NAME: env.GITHUB_EVENT_NAME, GITHUB_REPOSITORY: env.GITHUB_REPOSITORY, GITHUB_SERVER_URL: env.GITHUB_SERVER_URL,
  GITHUB_RUN_ID: env.GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT: env.GITHUB_RUN_ATTEMPT, GITHUB_JOB: env.GITHUB_JOB, RUNNER_OS: env.RUNNER_OS,
  RUNNER_TEMP: env.RUNNER_TEMP, GITHUB_TOKEN: env.GITHUB_TOKEN ?? null, checkName: env['INPUT_CHECK-NAME'] ?? null,
  eventHeadSha: event.pull_request.head.sha, eventHeadRepo: event.pull_request.head.repo.full_name,
}));
await core.summary.addHeading('Probe').addRaw('all good').write();
core.error('bad thing', { file: 'src/a,b.ts', startLine: 3, title: 'T: x' });
core.warning('multi\\nline');
core.exportVariable('FOO', 'bar');
core.saveState('s', 'v');
core.addPath('/opt/probe');
`;

describe('runAction', () => {
  it('runs a JS action like the runner: env, event, inputs, outputs, summary, commands', async () => {
    const { ws, event, headSha, mergeSha } = prSetup();
    const run = await runAction({
      entry: script('probe.mjs', PROBE),
      actionYml: null,
      workspace: ws.dir,
      event,
      apiUrl: sim.url,
      inputs: { 'github-token': sim.tokens.installation, 'check-name': 'Guardian' },
    });
    cleanups.push(run.cleanup);
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.timedOut).toBe(false);

    const comment = sim.comments(7)[0]!;
    expect(comment.body).toBe(`probe for ${headSha}`);
    expect(comment.author.login).toBe('github-actions[bot]');
    expect(run.outputs['comment-url']).toBe(`https://github.com/octo-org/guardian-demo/pull/7#issuecomment-${comment.id}`);
    expect(run.outputs['multi']).toBe('line1\nline2');

    const seen = JSON.parse(run.outputs['seen']!);
    expect(seen).toEqual({
      cwd: ws.dir, head: mergeSha,
      GITHUB_ACTIONS: 'true', CI: 'true', GITHUB_WORKSPACE: ws.dir, GITHUB_REF: 'refs/pull/7/merge',
      GITHUB_SHA: mergeSha, GITHUB_HEAD_REF: 'feature/x', GITHUB_BASE_REF: 'main',
      GITHUB_EVENT_NAME: 'pull_request', GITHUB_REPOSITORY: 'octo-org/guardian-demo', GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_RUN_ID: '9200000001', GITHUB_RUN_ATTEMPT: '1', GITHUB_JOB: 'gate', RUNNER_OS: 'Linux',
      RUNNER_TEMP: run.childEnv['RUNNER_TEMP'], GITHUB_TOKEN: null, checkName: 'Guardian',
      eventHeadSha: headSha, eventHeadRepo: 'octo-org/guardian-demo',
    });
    expect(run.childEnv['INPUT_GITHUB-TOKEN']).toBe(sim.tokens.installation);

    expect(run.summary).toContain('<h1>Probe</h1>');
    expect(run.summary).toContain('all good');
    expect(run.summaryTooLarge).toBe(false);
    expect(run.annotations).toEqual([
      { level: 'error', message: 'bad thing', title: 'T: x', file: 'src/a,b.ts', line: 3 },
      { level: 'warning', message: 'multi\nline' },
    ]);
    expect(run.exportedEnv).toEqual({ FOO: 'bar' });
    expect(run.state).toEqual({ s: 'v' });
    expect(run.addedPath).toEqual(['/opt/probe']);
    expect(run.fileCommandErrors).toEqual([]);
    expect(run.secretLeaks).toEqual([]);
    sim.assertNoViolations();
    expect(sim.writes().map((w) => `${w.method} ${w.route} ${w.status}`)).toEqual(['POST /repos/{owner}/{repo}/issues/{issue_number}/comments 201']);
  });

  it('applies action.yml defaults (evaluating ${{ github.* }}) for inputs not given, as the runner does', async () => {
    const { ws, event } = prSetup();
    const yml = join(scratch, 'action.yml');
    writeFileSync(
      yml,
      [
        'name: probe',
        'inputs:',
        '  github-token: { default: "${{ github.token }}" }',
        '  check name: { default: Guardian }',
        '  pr: { default: "#${{ github.event.pull_request.number }} on ${{ github.repository }}" }',
        '  given: { default: from-default }',
        '  no-default: { required: true }',
        'runs: { using: node24, main: probe.mjs }',
      ].join('\n'),
    );
    script('probe.mjs', `for (const k of Object.keys(process.env).filter((k) => k.startsWith('INPUT_')).sort()) core.setOutput(k, process.env[k]);`);
    const run = await runAction({ actionYml: yml, workspace: ws.dir, event, apiUrl: sim.url, token: sim.tokens.installation, inputs: { given: 'explicit', extra: 'x' } });
    cleanups.push(run.cleanup);
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toEqual({
      'INPUT_CHECK_NAME': 'Guardian',
      'INPUT_EXTRA': 'x',
      'INPUT_GITHUB-TOKEN': sim.tokens.installation,
      'INPUT_GIVEN': 'explicit',
      'INPUT_PR': '#7 on octo-org/guardian-demo',
    });
    expect(run.runnerWarnings).toEqual([`Unexpected input(s) 'extra', valid inputs are ['github-token', 'check name', 'pr', 'given', 'no-default']`]);
    // The token went to an output file: the harness reports where a secret surfaced.
    expect(run.secretLeaks).toEqual(['outputs']);
  });

  it('applies the defaults of the repository\'s own action.yml', async () => {
    const actionYml = join(REPO_ROOT, 'action.yml');
    if (!existsSync(actionYml)) return; // the lead's action.yml is not there yet
    const { ws, event } = prSetup();
    const entry = script('probe.mjs', `for (const k of Object.keys(process.env).filter((k) => k.startsWith('INPUT_'))) core.setOutput(k, process.env[k]);`);
    const run = await runAction({ entry, workspace: ws.dir, event, apiUrl: sim.url, token: sim.tokens.installation });
    cleanups.push(run.cleanup);
    const meta = readActionYml(actionYml);
    const contexts = { github: { token: sim.tokens.installation } };
    for (const [name, def] of Object.entries(meta.inputs)) {
      if (def.default === undefined || def.default === null) continue;
      expect(run.outputs[inputEnvName(name)], name).toBe(evaluateDefault(String(def.default), contexts, name));
    }
    if ('github-token' in meta.inputs) expect(run.outputs['INPUT_GITHUB-TOKEN']).toBe(sim.tokens.installation);
  });

  it('reports exit code, masks secrets in the log, and flags a leaked token', async () => {
    const { ws, event } = prSetup();
    const entry = script('leak.mjs', `console.log('token is ' + core.getInput('github-token')); core.setFailed('gate failed');`);
    const run = await runAction({ entry, actionYml: null, workspace: ws.dir, event, apiUrl: sim.url, token: sim.tokens.installation, inputs: { 'github-token': sim.tokens.installation } });
    cleanups.push(run.cleanup);
    expect(run.exitCode).toBe(1);
    expect(run.annotations).toEqual([{ level: 'error', message: 'gate failed' }]);
    expect(run.secretLeaks).toEqual(['stdout']);
    expect(run.log).toContain('token is ***');
    expect(run.log).not.toContain(sim.tokens.installation);
  });

  it('kills an action that runs past the timeout', async () => {
    const { ws, event } = prSetup();
    const entry = script('hang.mjs', `setInterval(() => {}, 1000); console.log('started');`);
    // Generous: under load node alone can take a second to start and print.
    const run = await runAction({ entry, actionYml: null, workspace: ws.dir, event, apiUrl: sim.url, timeoutMs: 2500 });
    cleanups.push(run.cleanup);
    expect(run.timedOut).toBe(true);
    expect(run.exitCode).toBeNull();
    expect(run.signal).toBe('SIGTERM');
    expect(run.stdout).toContain('started');
  });

  it('flags a step summary above 1 MiB and a malformed GITHUB_OUTPUT', async () => {
    const { ws, event } = prSetup();
    const entry = script('big.mjs', `
import { appendFileSync } from 'node:fs';
appendFileSync(process.env.GITHUB_STEP_SUMMARY, 'x'.repeat(1024 * 1024 + 1));
appendFileSync(process.env.GITHUB_OUTPUT, 'broken<<EOF\\nnever closed\\n');`);
    const run = await runAction({ entry, actionYml: null, workspace: ws.dir, event, apiUrl: sim.url });
    cleanups.push(run.cleanup);
    expect(run.summaryBytes).toBe(1024 * 1024 + 1);
    expect(run.summaryTooLarge).toBe(true);
    expect(run.fileCommandErrors).toEqual(["GITHUB_OUTPUT: Invalid value. Matching delimiter not found 'EOF'"]);
  });

  it('refuses a missing entry with a clear message', async () => {
    const { ws, event } = prSetup();
    await expect(runAction({ entry: join(scratch, 'nope.js'), actionYml: null, workspace: ws.dir, event, apiUrl: sim.url })).rejects.toThrow(/does not exist \(run `npm run build` first\)/);
  });
});

describe('workspaces like actions/checkout', () => {
  it('fetch-depth 1: only the merge commit, no base history', () => {
    const { ws, mergeSha, baseSha, headSha } = prSetup();
    expect(ws.git('rev-parse', 'HEAD')).toBe(mergeSha);
    expect(ws.git('rev-parse', '--is-shallow-repository')).toBe('true');
    // The merge commit names base and head as parents, but a shallow clone does not have them.
    expect(ws.git('cat-file', '-p', 'HEAD').split('\n').filter((l) => l.startsWith('parent '))).toEqual([`parent ${baseSha}`, `parent ${headSha}`]);
    expect(() => ws.git('cat-file', '-e', `${baseSha}^{commit}`)).toThrow();
    expect(() => ws.git('cat-file', '-e', `${headSha}^{commit}`)).toThrow();
    expect(ws.git('show', 'HEAD:src/a.ts')).toBe('export const a = 2;');
  });

  it('fetch-depth 0: full history and remote branches', () => {
    const { ws, baseSha } = prSetup({ fetchDepth: 0 });
    expect(ws.git('rev-parse', '--is-shallow-repository')).toBe('false');
    expect(ws.git('rev-parse', 'origin/main')).toBe(baseSha);
    expect(ws.git('merge-base', 'HEAD', 'origin/main')).toBe(baseSha);
  });

  it('checks out any commit for push-like events', () => {
    const sha = source.git('rev-parse', 'main');
    const ws = checkoutLikeActions(source, { sha, remoteRef: 'refs/remotes/origin/main' });
    cleanups.push(ws.cleanup);
    expect(ws.git('rev-parse', 'HEAD')).toBe(sha);
  });
});

describe('event builders', () => {
  const v = new OpenApiValidator();

  it('pull_request: real-shaped payload (the PR object validates as GitHub\'s pull-request schema)', () => {
    const pr = sim.seedPullRequest({ number: 3, headSha: 'a'.repeat(40), baseSha: 'b'.repeat(40), fork: true, headRef: 'patch-1' });
    const ev = pullRequestEvent({ pr, urls: sim.urls, mergeSha: 'c'.repeat(40), action: 'opened' });
    expect(ev).toMatchObject({ name: 'pull_request', ref: 'refs/pull/3/merge', sha: 'c'.repeat(40), headRef: 'patch-1', baseRef: 'main' });
    const p = ev.payload as any;
    expect(p.number).toBe(3);
    expect(p.pull_request.head).toMatchObject({ sha: 'a'.repeat(40), ref: 'patch-1', repo: { full_name: 'forker/guardian-demo', fork: true } });
    expect(p.pull_request.base.repo.full_name).toBe('octo-org/guardian-demo');
    expect(p.repository.full_name).toBe('octo-org/guardian-demo');
    expect(p.sender.login).toBe('forker');
    expect(p.organization.login).toBe('octo-org');
    expect(p.pull_request.url).toBe(`${sim.url}/repos/octo-org/guardian-demo/pulls/3`);
    expect(v.validateResponse('get', '/repos/{owner}/{repo}/pulls/{pull_number}', 200, p.pull_request).errors).toEqual([]);
    const target = pullRequestEvent({ pr, urls: sim.urls, target: true });
    expect(target).toMatchObject({ name: 'pull_request_target', ref: 'refs/heads/main', sha: 'b'.repeat(40) });
    expect(() => pullRequestEvent({ pr, urls: sim.urls })).toThrow(/mergeSha/);
  });

  it('workflow_run: fork PRs have an empty pull_requests list', () => {
    const own = sim.seedPullRequest({ number: 4, headSha: 'd'.repeat(40), baseSha: 'b'.repeat(40) });
    const fork = sim.seedPullRequest({ number: 5, headSha: 'e'.repeat(40), baseSha: 'b'.repeat(40), fork: true });
    const a = workflowRunEvent({ pr: own, urls: sim.urls, defaultBranchSha: 'b'.repeat(40) }).payload as any;
    const b = workflowRunEvent({ pr: fork, urls: sim.urls, defaultBranchSha: 'b'.repeat(40) });
    expect(a.workflow_run.pull_requests.map((p: any) => p.number)).toEqual([4]);
    expect((b.payload as any).workflow_run.pull_requests).toEqual([]);
    expect((b.payload as any).workflow_run).toMatchObject({ head_sha: 'e'.repeat(40), event: 'pull_request', conclusion: 'success', head_repository: { full_name: 'forker/guardian-demo' } });
    expect(b).toMatchObject({ name: 'workflow_run', ref: 'refs/heads/main', sha: 'b'.repeat(40) });
  });

  it('push and workflow_dispatch', () => {
    const repo = sim.repo().spec;
    const push = pushEvent({ repo, urls: sim.urls, after: 'f'.repeat(40) });
    expect(push).toMatchObject({ name: 'push', ref: 'refs/heads/main', sha: 'f'.repeat(40) });
    expect((push.payload as any).head_commit.id).toBe('f'.repeat(40));
    const dispatch = workflowDispatchEvent({ repo, urls: sim.urls, sha: 'f'.repeat(40), inputs: { version: '1.2.0', dry_run: true } });
    expect(dispatch.payload).toMatchObject({ inputs: { version: '1.2.0', dry_run: true }, ref: 'refs/heads/main' });
    expect(refName('refs/pull/7/merge')).toBe('7/merge');
    expect(refName('refs/tags/v1.0.0')).toBe('v1.0.0');
  });
});

describe('pullRequestScenario', () => {
  const POSTER = `
const event = JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH, 'utf8'));
const diff = execFileSync('git', ['diff', '--name-only', 'HEAD^1', 'HEAD'], { encoding: 'utf8' }).trim();
const res = await fetch(process.env.GITHUB_API_URL + '/repos/' + process.env.GITHUB_REPOSITORY + '/issues/' + event.number + '/comments', {
  method: 'POST',
  headers: { authorization: 'token ' + core.getInput('github-token'), 'user-agent': 'probe', 'content-type': 'application/json' },
  body: JSON.stringify({ body: 'changed: ' + diff }),
});
core.setOutput('status', String(res.status));
core.setOutput('fork', String(event.pull_request.head.repo.fork));
`;

  it('sets up repo, PR refs, checkout, simulator PR and event; a fork gets the read-only token', async () => {
    const entry = script('poster.mjs', POSTER);
    const own = await pullRequestScenario({ base: { 'a.txt': 'one\n' }, head: { 'b.txt': 'two\n' } });
    try {
      const run = await own.run({ entry, actionYml: null, inputs: { 'github-token': own.token } });
      expect(run.outputs).toEqual({ status: '201', fork: 'false' });
      expect(own.sim.comments(7).map((c) => c.body)).toEqual(['changed: b.txt']);
      expect(own.workspace.git('rev-parse', 'HEAD')).toBe(own.refs.mergeSha);
      own.sim.assertNoViolations();
    } finally {
      await own.cleanup();
    }
    const fork = await pullRequestScenario({ base: { 'a.txt': 'one\n' }, head: { 'a.txt': 'changed\n' }, fork: true });
    try {
      expect(fork.token).toBe(fork.sim.tokens.readOnly);
      const run = await fork.run({ entry, actionYml: null, inputs: { 'github-token': fork.token } });
      expect(run.outputs).toEqual({ status: '403', fork: 'true' });
      expect(fork.sim.comments(7)).toEqual([]);
      expect((fork.workflowRun().payload as any).workflow_run.pull_requests).toEqual([]);
    } finally {
      await fork.cleanup();
    }
  });
});
