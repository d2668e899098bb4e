/**
 * The simulator over real HTTP on 127.0.0.1 (fetch and @octokit/rest, no mocks): state, GitHub's
 * limits, identities and permissions, pagination, rate-limit headers, faults, request log and
 * violations.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { GitHubSimulator } from './github-simulator.js';
import { parseLinkHeader } from './pagination.js';
import { repeat } from './faults.js';

const HEAD = 'a1'.repeat(20);
const BASE = 'b2'.repeat(20);
const OWNER = 'octo-org';
const REPO = 'guardian-demo';
const R = `/repos/${OWNER}/${REPO}`;

let sim: GitHubSimulator;

beforeEach(async () => {
  sim = await GitHubSimulator.start();
  sim.seedPullRequest({ number: 7, headSha: HEAD, baseSha: BASE, headRef: 'feature/x' });
});
afterEach(async () => {
  await sim.stop();
});

interface Res {
  status: number;
  headers: Headers;
  json: any;
  text: string;
}

async function api(method: string, path: string, o: { token?: string | null; body?: unknown; ua?: boolean } = {}): Promise<Res> {
  const headers: Record<string, string> = { accept: 'application/vnd.github+json' };
  if (o.ua !== false) headers['user-agent'] = 'guardian-sim-test';
  const token = o.token === undefined ? sim.tokens.installation : o.token;
  if (token !== null) headers['authorization'] = `Bearer ${token}`;
  if (o.body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(sim.url + path, { method, headers, ...(o.body !== undefined ? { body: typeof o.body === 'string' ? o.body : JSON.stringify(o.body) } : {}) });
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, json, text };
}

const ann = (i: number) => ({ path: `src/f${i}.ts`, start_line: i + 1, end_line: i + 1, annotation_level: 'warning', message: `finding ${i}` });

describe('check runs', () => {
  it('creates once and APPENDS annotations across updates, with a real-shaped answer', async () => {
    const created = await api('POST', `${R}/check-runs`, {
      body: { name: 'Guardian', head_sha: HEAD, status: 'in_progress', output: { title: 'Guardian', summary: 'first', annotations: Array.from({ length: 50 }, (_, i) => ann(i)) } },
    });
    expect(created.status).toBe(201);
    const id = created.json.id as number;
    expect(id).toBeGreaterThan(2 ** 31); // ids do not fit in 32 bits, like GitHub's
    expect(created.json.app.slug).toBe('github-actions');
    expect(created.json.html_url).toBe(`https://github.com/${OWNER}/${REPO}/runs/${id}`);
    expect(created.json.status).toBe('in_progress');
    expect(created.json.conclusion).toBeNull();
    expect(created.json.pull_requests.map((p: any) => p.number)).toEqual([7]);
    expect(created.headers.get('location')).toBe(`${sim.url}${R}/check-runs/${id}`);

    const u1 = await api('PATCH', `${R}/check-runs/${id}`, { body: { output: { title: 'Guardian', summary: 'second', annotations: Array.from({ length: 50 }, (_, i) => ann(50 + i)) } } });
    expect(u1.status).toBe(200);
    const u2 = await api('PATCH', `${R}/check-runs/${id}`, { body: { conclusion: 'failure', output: { title: 'Guardian: 3 errors', summary: 'final', text: 'details', annotations: Array.from({ length: 20 }, (_, i) => ann(100 + i)) } } });
    expect(u2.json.status).toBe('completed');
    expect(u2.json.conclusion).toBe('failure');
    expect(u2.json.completed_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(u2.json.output).toMatchObject({ title: 'Guardian: 3 errors', summary: 'final', text: 'details', annotations_count: 120 });

    const got = await api('GET', `${R}/check-runs/${id}`);
    expect(got.json.output.annotations_count).toBe(120);
    const octokit = new Octokit({ auth: sim.tokens.installation, baseUrl: sim.url });
    const all = await octokit.paginate(octokit.rest.checks.listAnnotations, { owner: OWNER, repo: REPO, check_run_id: id, per_page: 100 });
    expect(all.map((a) => a.message)).toEqual(Array.from({ length: 120 }, (_, i) => `finding ${i}`));
    expect(all[0]!.blob_href).toBe(`https://github.com/${OWNER}/${REPO}/blob/${HEAD}/src/f0.ts`);

    expect(sim.count(`POST /repos/{owner}/{repo}/check-runs`)).toBe(1);
    expect(sim.count(`PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}`)).toBe(2);
    expect(sim.checkRuns()[0]!.history.map((h) => h.method)).toEqual(['POST', 'PATCH', 'PATCH']);
    sim.assertNoViolations();
  });

  it('rejects 51 annotations with 422 and records a violation; state unchanged', async () => {
    const c = await api('POST', `${R}/check-runs`, { body: { name: 'Guardian', head_sha: HEAD } });
    const res = await api('PATCH', `${R}/check-runs/${c.json.id}`, { body: { output: { summary: 's', annotations: Array.from({ length: 51 }, (_, i) => ann(i)) } } });
    expect(res.status).toBe(422);
    expect(res.json.message).toContain('must NOT have more than 50 items');
    expect(res.json.status).toBe('422');
    expect(sim.checkRuns()[0]!.annotations).toHaveLength(0);
    expect(sim.violations.map((v) => v.kind)).toEqual(['invalid-request']);
    expect(() => sim.assertNoViolations()).toThrow(/1 violation.*PATCH .*check-runs.*50 items/s);
  });

  it('rejects a summary or text above 65,535 characters, accepts exactly 65,535', async () => {
    const c = await api('POST', `${R}/check-runs`, { body: { name: 'Guardian', head_sha: HEAD } });
    const at = await api('PATCH', `${R}/check-runs/${c.json.id}`, { body: { output: { summary: 's'.repeat(65_535), text: 't'.repeat(65_535) } } });
    expect(at.status).toBe(200);
    const over = await api('PATCH', `${R}/check-runs/${c.json.id}`, { body: { output: { summary: 's', text: 't'.repeat(65_536) } } });
    expect(over.status).toBe(422);
    expect(sim.checkRuns()[0]!.output.text).toHaveLength(65_535);
  });

  it('applies GitHub\'s annotation rules: title ≤ 255, columns only on one line, lines from 1', async () => {
    const c = await api('POST', `${R}/check-runs`, { body: { name: 'Guardian', head_sha: HEAD } });
    const patch = (a: object) => api('PATCH', `${R}/check-runs/${c.json.id}`, { body: { output: { summary: 's', annotations: [{ ...ann(0), ...a }] } } });
    expect((await patch({ title: 'x'.repeat(255) })).status).toBe(200);
    expect((await patch({ title: 'x'.repeat(256) })).status).toBe(422);
    expect((await patch({ start_line: 2, end_line: 4, start_column: 1, end_column: 3 })).status).toBe(422);
    expect((await patch({ start_line: 0, end_line: 0 })).status).toBe(422);
    expect((await patch({ start_line: 5, end_line: 4 })).status).toBe(422);
    expect(sim.checkRuns()[0]!.annotations).toHaveLength(1);
    // Semantic rejections are GitHub's answers, not description violations.
    sim.assertNoViolations();
  });

  it('refuses status completed without conclusion, unknown commits, and personal access tokens', async () => {
    const noConclusion = await api('POST', `${R}/check-runs`, { body: { name: 'G', head_sha: HEAD, status: 'completed' } });
    expect(noConclusion.status).toBe(422);
    expect(noConclusion.json.message).toContain('"conclusion" wasn\'t supplied');
    const badSha = await api('POST', `${R}/check-runs`, { body: { name: 'G', head_sha: 'main' } });
    expect(badSha.status).toBe(422);
    expect(badSha.json.message).toContain('No commit found for SHA: main');
    sim.seedCommits([HEAD]);
    expect((await api('POST', `${R}/check-runs`, { body: { name: 'G', head_sha: BASE } })).status).toBe(422);
    expect((await api('POST', `${R}/check-runs`, { body: { name: 'G', head_sha: HEAD } })).status).toBe(201);
    const pat = await api('POST', `${R}/check-runs`, { token: sim.tokens.user, body: { name: 'G', head_sha: HEAD } });
    expect(pat.status).toBe(403);
    expect(pat.json.message).toBe('You must authenticate via a GitHub App.');
    expect(sim.checkRuns()).toHaveLength(1);
  });

  it('lists check runs for a ref', async () => {
    await api('POST', `${R}/check-runs`, { body: { name: 'Guardian', head_sha: HEAD } });
    await api('POST', `${R}/check-runs`, { body: { name: 'Other', head_sha: HEAD } });
    const res = await api('GET', `${R}/commits/${HEAD}/check-runs?check_name=Guardian`);
    expect(res.json.total_count).toBe(1);
    expect(res.json.check_runs[0].name).toBe('Guardian');
    sim.assertNoViolations();
  });
});

describe('issue comments', () => {
  it('records who wrote a comment as GitHub returns it', async () => {
    const spoof = sim.seedComment({ issueNumber: 7, body: '<!-- guardian:Guardian -->\nfake verdict: pass' });
    const mine = await api('POST', `${R}/issues/7/comments`, { body: { body: '<!-- guardian:Guardian -->\nreal' } });
    expect(mine.status).toBe(201);
    expect(mine.json.user).toMatchObject({ login: 'github-actions[bot]', id: 41898282, type: 'Bot' });
    expect(mine.json.performed_via_github_app).toMatchObject({ id: 15368, slug: 'github-actions' });
    expect(mine.json.html_url).toBe(`https://github.com/${OWNER}/${REPO}/pull/7#issuecomment-${mine.json.id}`);
    const byPat = await api('POST', `${R}/issues/7/comments`, { token: sim.tokens.user, body: { body: 'by a person' } });
    expect(byPat.json.user).toMatchObject({ login: 'maintainer', type: 'User' });
    expect(byPat.json.performed_via_github_app).toBeNull();

    const list = await api('GET', `${R}/issues/7/comments`);
    expect(list.json.map((c: any) => [c.id, c.user.login])).toEqual([
      [spoof.id, 'mallory'],
      [mine.json.id, 'github-actions[bot]'],
      [byPat.json.id, 'maintainer'],
    ]);
    expect(list.json[0].performed_via_github_app).toBeNull();
    sim.assertNoViolations();
  });

  it('edits in place; a sticky comment seeded from an earlier run belongs to the bot', async () => {
    const earlier = sim.seedComment({ issueNumber: 7, body: '<!-- guardian:Guardian --> old', token: sim.tokens.installation });
    expect(earlier.author.login).toBe('github-actions[bot]');
    const res = await api('PATCH', `${R}/issues/comments/${earlier.id}`, { body: { body: '<!-- guardian:Guardian --> new' } });
    expect(res.status).toBe(200);
    expect(sim.comments(7).map((c) => c.body)).toEqual(['<!-- guardian:Guardian --> new']);
    expect((await api('PATCH', `${R}/issues/comments/999`, { body: { body: 'x' } })).status).toBe(404);
  });

  it('enforces the 65,536-character body limit with GitHub\'s validation error', async () => {
    expect((await api('POST', `${R}/issues/7/comments`, { body: { body: 'x'.repeat(65_536) } })).status).toBe(201);
    const over = await api('POST', `${R}/issues/7/comments`, { body: { body: 'x'.repeat(65_537) } });
    expect(over.status).toBe(422);
    expect(over.json).toMatchObject({ message: 'Validation Failed', errors: [{ resource: 'IssueComment', field: 'body', message: 'Body is too long (maximum is 65536 characters)' }] });
    const blank = await api('POST', `${R}/issues/7/comments`, { body: { body: '  ' } });
    expect(blank.json.errors[0]).toMatchObject({ code: 'missing_field', field: 'body' });
    expect(sim.comments(7)).toHaveLength(1);
    expect((await api('POST', `${R}/issues/99/comments`, { body: { body: 'x' } })).status).toBe(404);
    sim.assertNoViolations();
  });
});

describe('pagination', () => {
  beforeEach(() => {
    for (let i = 0; i < 75; i++) sim.seedComment({ issueNumber: 7, body: `c${i}` });
  });

  it('sends GitHub\'s Link header with prev/next/last/first', async () => {
    const p1 = await api('GET', `${R}/issues/7/comments?per_page=30`);
    expect(p1.json).toHaveLength(30);
    const l1 = parseLinkHeader(p1.headers.get('link'));
    expect(Object.keys(l1)).toEqual(['next', 'last']);
    expect(l1['next']).toBe(`${sim.url}${R}/issues/7/comments?per_page=30&page=2`);
    expect(l1['last']).toBe(`${sim.url}${R}/issues/7/comments?per_page=30&page=3`);

    const p2 = await api('GET', `${R}/issues/7/comments?per_page=30&page=2`);
    expect(p2.headers.get('link')).toBe(
      `<${sim.url}${R}/issues/7/comments?per_page=30&page=1>; rel="prev", <${sim.url}${R}/issues/7/comments?per_page=30&page=3>; rel="next", ` +
        `<${sim.url}${R}/issues/7/comments?per_page=30&page=3>; rel="last", <${sim.url}${R}/issues/7/comments?per_page=30&page=1>; rel="first"`,
    );
    const p3 = await api('GET', `${R}/issues/7/comments?per_page=30&page=3`);
    expect(p3.json.map((c: any) => c.body)).toEqual(Array.from({ length: 15 }, (_, i) => `c${60 + i}`));
    expect(Object.keys(parseLinkHeader(p3.headers.get('link')))).toEqual(['prev', 'first']);
    const beyond = await api('GET', `${R}/issues/7/comments?per_page=30&page=4`);
    expect(beyond.json).toEqual([]);
  });

  it('defaults to 30 per page, caps per_page at 100, and omits Link when one page holds all', async () => {
    expect((await api('GET', `${R}/issues/7/comments`)).json).toHaveLength(30);
    const capped = await api('GET', `${R}/issues/7/comments?per_page=500`);
    expect(capped.json).toHaveLength(75);
    expect(capped.headers.get('link')).toBeNull();
  });

  it('works with octokit.paginate', async () => {
    const octokit = new Octokit({ auth: sim.tokens.installation, baseUrl: sim.url });
    const all = await octokit.paginate(octokit.rest.issues.listComments, { owner: OWNER, repo: REPO, issue_number: 7, per_page: 20 });
    expect(all.map((c) => c.body)).toEqual(Array.from({ length: 75 }, (_, i) => `c${i}`));
    expect(sim.count('GET /repos/{owner}/{repo}/issues/{issue_number}/comments')).toBe(4);
    sim.assertNoViolations();
  });
});

describe('identities and permissions', () => {
  it('a read-only token reads but every write gets GitHub\'s 403', async () => {
    const t = sim.tokens.readOnly;
    expect((await api('GET', `${R}/issues/7/comments`, { token: t })).status).toBe(200);
    expect((await api('GET', `${R}/pulls/7`, { token: t })).status).toBe(200);
    const comment = await api('POST', `${R}/issues/7/comments`, { token: t, body: { body: 'x' } });
    expect(comment.status).toBe(403);
    expect(comment.json).toEqual({
      message: 'Resource not accessible by integration',
      documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
      status: '403',
    });
    expect(comment.headers.get('x-accepted-github-permissions')).toBe('issues=write; pull_requests=write');
    const check = await api('POST', `${R}/check-runs`, { token: t, body: { name: 'G', head_sha: HEAD } });
    expect(check.status).toBe(403);
    expect(check.json.message).toBe('Resource not accessible by integration');
    expect(sim.comments(7)).toEqual([]);
    expect(sim.checkRuns()).toEqual([]);
    expect(sim.writes().map((w) => w.status)).toEqual([403, 403]);
    sim.assertNoViolations(); // 403 bodies match the description's basic-error
  });

  it('GET /user: 403 for an installation token, the user for a PAT', async () => {
    const inst = await api('GET', '/user');
    expect(inst.status).toBe(403);
    expect(inst.json.message).toBe('Resource not accessible by integration');
    const pat = await api('GET', '/user', { token: sim.tokens.user });
    expect(pat.status).toBe(200);
    expect(pat.json).toMatchObject({ login: 'maintainer', type: 'User' });
    expect(pat.headers.get('x-oauth-scopes')).toBe('repo');
    sim.assertNoViolations();
  });

  it('missing token → 401 Requires authentication; unknown token → 401 Bad credentials', async () => {
    const none = await api('GET', `${R}/pulls/7`, { token: null });
    expect([none.status, none.json.message]).toEqual([401, 'Requires authentication']);
    const bad = await api('GET', `${R}/pulls/7`, { token: 'ghs_doesnotexist' });
    expect([bad.status, bad.json.message]).toEqual([401, 'Bad credentials']);
    sim.assertNoViolations();
  });

  it('a read-only fine-grained PAT gets the PAT wording', async () => {
    const res = await api('POST', `${R}/issues/7/comments`, { token: sim.tokens.readOnlyUser, body: { body: 'x' } });
    expect([res.status, res.json.message]).toEqual([403, 'Resource not accessible by personal access token']);
  });
});

describe('rate-limit headers', () => {
  it('are on every response, count down per token, and show on errors too', async () => {
    const a = await api('GET', `${R}/pulls/7`);
    const b = await api('GET', `${R}/pulls/7`);
    const err = await api('GET', `${R}/pulls/99`);
    for (const r of [a, b, err]) {
      for (const h of ['x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset', 'x-ratelimit-used', 'x-ratelimit-resource']) {
        expect(r.headers.get(h), h).not.toBeNull();
      }
    }
    expect(a.headers.get('x-ratelimit-limit')).toBe('1000');
    expect(a.headers.get('x-ratelimit-resource')).toBe('core');
    expect(Number(b.headers.get('x-ratelimit-remaining'))).toBe(Number(a.headers.get('x-ratelimit-remaining')) - 1);
    expect(Number(b.headers.get('x-ratelimit-used'))).toBe(2);
    expect(Number(a.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000);
    expect(err.status).toBe(404);
  });

  it('GitHub\'s secondary limit on content creation applies without scripting', async () => {
    await sim.stop();
    sim = await GitHubSimulator.start({ contentCreationPerMinute: 2 });
    sim.seedPullRequest({ number: 7, headSha: HEAD, baseSha: BASE });
    expect((await api('POST', `${R}/issues/7/comments`, { body: { body: '1' } })).status).toBe(201);
    expect((await api('POST', `${R}/issues/7/comments`, { body: { body: '2' } })).status).toBe(201);
    const third = await api('POST', `${R}/issues/7/comments`, { body: { body: '3' } });
    expect(third.status).toBe(403);
    expect(third.json.message).toMatch(/secondary rate limit/);
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

describe('fault injection', () => {
  const CREATE = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments';

  it('N times 500/502, then success', async () => {
    const rule = sim.inject(CREATE, { kind: 'status', status: 500 }, { kind: 'status', status: 502 });
    const r1 = await api('POST', `${R}/issues/7/comments`, { body: { body: 'x' } });
    const r2 = await api('POST', `${R}/issues/7/comments`, { body: { body: 'x' } });
    const r3 = await api('POST', `${R}/issues/7/comments`, { body: { body: 'x' } });
    expect([r1.status, r2.status, r3.status]).toEqual([500, 502, 201]);
    expect(r1.json).toMatchObject({ message: 'Server Error' });
    expect(r2.headers.get('content-type')).toContain('text/html'); // GitHub's front end answers 502 with HTML
    expect(r2.headers.get('x-ratelimit-remaining')).not.toBeNull();
    expect(rule.done).toBe(true);
    expect(rule.hits.map((h) => h.seq)).toEqual([1, 2]);
    expect(sim.requests(CREATE).map((e) => e.fault)).toEqual(['status', 'status', null]);
    expect(sim.comments(7)).toHaveLength(1); // faulted requests change nothing
    sim.assertNoViolations();
  });

  it('faults apply only to the scripted route and method', async () => {
    const rule = sim.inject('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { kind: 'status', status: 500 });
    expect((await api('POST', `${R}/issues/7/comments`, { body: { body: 'x' } })).status).toBe(201);
    expect((await api('GET', `${R}/issues/7/comments`)).status).toBe(200);
    expect(rule.remaining).toBe(1);
    expect(sim.pendingFaults()).toEqual([rule]);
    expect(() => sim.assertAllFaultsServed()).toThrow('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}: 1 of 1 fault(s) never served');
    const id = sim.comments(7)[0]!.id;
    expect((await api('PATCH', `${R}/issues/comments/${id}`, { body: { body: 'y' } })).status).toBe(500);
    sim.assertAllFaultsServed();
  });

  it('onRequest hooks see each request as it completes', async () => {
    const seen: string[] = [];
    const off = sim.onRequest((e) => seen.push(`${e.method} ${e.status} ${e.fault ?? '-'}`));
    sim.inject(CREATE, { kind: 'status', status: 502 });
    await api('POST', `${R}/issues/7/comments`, { body: { body: 'x' } });
    await api('POST', `${R}/issues/7/comments`, { body: { body: 'x' } });
    off();
    await api('GET', `${R}/issues/7/comments`);
    expect(seen).toEqual(['POST 502 status', 'POST 201 -']);
  });

  it('secondary rate limit: 403 with retry-after and GitHub\'s text, which octokit\'s throttling recognises', async () => {
    sim.inject(CREATE, { kind: 'secondary-rate-limit', retryAfter: 1 });
    const raw = await api('POST', `${R}/issues/7/comments`, { body: { body: 'x' } });
    expect(raw.status).toBe(403);
    expect(raw.headers.get('retry-after')).toBe('1');
    expect(raw.json.message).toMatch(/^You have exceeded a secondary rate limit\. Please wait a few minutes before you try again\./);
    expect(raw.json.documentation_url).toContain('secondary-rate-limits');

    // (A check-run write: comment creation also passes octokit's 3 s notification limiter.)
    sim.inject('POST /repos/{owner}/{repo}/check-runs', { kind: 'secondary-rate-limit', retryAfter: 1 });
    const seen: number[] = [];
    const Throttled = Octokit.plugin(throttling, retry);
    const octokit = new Throttled({
      auth: sim.tokens.installation,
      baseUrl: sim.url,
      throttle: {
        retryAfterBaseValue: 10, // wait retry-after × 10 ms instead of seconds
        onRateLimit: () => false,
        onSecondaryRateLimit: (retryAfter: number) => {
          seen.push(retryAfter);
          return true;
        },
      },
    });
    const res = await octokit.rest.checks.create({ owner: OWNER, repo: REPO, name: 'Guardian', head_sha: HEAD });
    expect(res.status).toBe(201);
    expect(seen).toEqual([1]);
    expect(sim.requests('POST /repos/{owner}/{repo}/check-runs').map((e) => e.status)).toEqual([403, 201]);
    expect(sim.checkRuns()).toHaveLength(1);
  });

  it('primary rate limit exhausted: 403 with remaining 0 and a reset time', async () => {
    sim.inject({ method: 'GET' }, { kind: 'primary-rate-limit', resetInSeconds: 30 });
    const res = await api('GET', `${R}/pulls/7`);
    expect(res.status).toBe(403);
    expect(res.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(Number(res.headers.get('x-ratelimit-reset'))).toBeGreaterThanOrEqual(Math.floor(Date.now() / 1000) + 29);
    expect(res.json.message).toMatch(/^API rate limit exceeded/);
  });

  it('connection reset before handling changes nothing; after handling the write happened', async () => {
    sim.inject(CREATE, { kind: 'reset' }, { kind: 'reset', after: true });
    await expect(api('POST', `${R}/issues/7/comments`, { body: { body: 'lost' } })).rejects.toThrow();
    expect(sim.comments(7)).toHaveLength(0);
    await expect(api('POST', `${R}/issues/7/comments`, { body: { body: 'created, answer lost' } })).rejects.toThrow();
    expect(sim.comments(7).map((c) => c.body)).toEqual(['created, answer lost']);
    expect(sim.requests(CREATE).map((e) => [e.status, e.fault])).toEqual([[null, 'reset'], [null, 'reset']]);
    // The server still serves later requests.
    expect((await api('GET', `${R}/issues/7/comments`)).status).toBe(200);
  });

  it('422 with a GitHub-shaped validation body', async () => {
    sim.inject('POST /repos/{owner}/{repo}/check-runs', { kind: 'validation', errors: [{ resource: 'CheckRun', code: 'invalid', field: 'head_sha' }] });
    const res = await api('POST', `${R}/check-runs`, { body: { name: 'G', head_sha: HEAD } });
    expect(res.status).toBe(422);
    expect(res.json).toEqual({
      message: 'Validation Failed',
      errors: [{ resource: 'CheckRun', code: 'invalid', field: 'head_sha' }],
      documentation_url: 'https://docs.github.com/rest/reference/checks#create-a-check-run',
      status: '422',
    });
  });

  it('octokit\'s retry plugin gets through 500, 502 and a reset', async () => {
    sim.inject('GET /repos/{owner}/{repo}/pulls/{pull_number}', { kind: 'status', status: 500 }, { kind: 'status', status: 502 }, { kind: 'reset' });
    const Retrying = Octokit.plugin(retry);
    const octokit = new Retrying({ auth: sim.tokens.installation, baseUrl: sim.url, retry: { retryAfterBaseValue: 10 } });
    const pr = await octokit.rest.pulls.get({ owner: OWNER, repo: REPO, pull_number: 7 });
    expect(pr.data.head.sha).toBe(HEAD);
    expect(sim.requests('GET /repos/{owner}/{repo}/pulls/{pull_number}').map((e) => e.status)).toEqual([500, 502, null, 200]);
  });

  it('delay, then normal handling; repeat() scripts N identical faults', async () => {
    sim.inject(CREATE, { kind: 'delay', ms: 150 });
    const t0 = Date.now();
    expect((await api('POST', `${R}/issues/7/comments`, { body: { body: 'x' } })).status).toBe(201);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(140);
    const rule = sim.inject({ route: /\/issues\/7\/comments$/ }, ...repeat(3, { kind: 'status', status: 503 }));
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await api('GET', `${R}/issues/7/comments`)).status);
    expect(statuses).toEqual([503, 503, 503, 200]);
    expect(rule.done).toBe(true);
  });
});

describe('request log and violations', () => {
  it('logs method, path, query, body, status and identity', async () => {
    await api('GET', `${R}/issues/7/comments?per_page=100`);
    await api('POST', `${R}/issues/7/comments`, { body: { body: 'hi' } });
    const [list, post] = sim.log;
    expect(list).toMatchObject({ method: 'GET', route: '/repos/{owner}/{repo}/issues/{issue_number}/comments', operationId: 'issues/list-comments', query: { per_page: '100' }, status: 200, login: 'github-actions[bot]', fault: null });
    expect(post).toMatchObject({ method: 'POST', body: { body: 'hi' }, status: 201 });
    expect(sim.writes()).toEqual([post]);
    expect(sim.transcript()).toBe(`#1 GET ${R}/issues/7/comments?per_page=100 → 200\n#2 POST ${R}/issues/7/comments → 201`);
  });

  it('an unknown route is a 404 and a violation', async () => {
    const res = await api('POST', `${R}/guardian/verdict`, { body: {} });
    expect(res.status).toBe(404);
    expect(sim.violations).toMatchObject([{ kind: 'unknown-route', method: 'POST', path: `${R}/guardian/verdict` }]);
  });

  it('a valid GitHub operation the simulator lacks is a violation naming how to add it', async () => {
    const res = await api('GET', `${R}/issues/7/labels`);
    expect(res.status).toBe(404);
    expect(sim.violations[0]).toMatchObject({ kind: 'unimplemented-route', route: '/repos/{owner}/{repo}/issues/{issue_number}/labels' });
    expect(sim.violations[0]!.message).toContain('sim.route()');
  });

  it('an invalid body is a 422 and a violation; unparseable JSON a 400', async () => {
    const res = await api('POST', `${R}/check-runs`, { body: { name: 'G', head_sha: HEAD, conclusion: 'passed' } });
    expect(res.status).toBe(422);
    expect(res.json.message).toMatch(/^Invalid request\.\n\nbody\/conclusion: must be equal to one of the allowed values/);
    const broken = await api('POST', `${R}/issues/7/comments`, { body: '{"body": ' });
    expect(broken.status).toBe(400);
    expect(broken.json.message).toBe('Problems parsing JSON');
    expect(sim.violations.map((v) => v.kind)).toEqual(['invalid-request', 'invalid-request']);
    expect(sim.checkRuns()).toEqual([]);
  });

  it('a request without User-Agent is refused like GitHub does', async () => {
    const res = await api('GET', `${R}/pulls/7`, { ua: false });
    // Node's fetch always sends a User-Agent ("node"), so this passes; a raw request without one is refused.
    expect(res.status).toBe(200);
    const http = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const r = http.request(`${sim.url}${R}/pulls/7`, { headers: { authorization: `token ${sim.tokens.installation}` } }, (resp) => {
        resp.resume();
        resolve(resp.statusCode ?? 0);
      });
      r.on('error', reject);
      r.end();
    });
    expect(status).toBe(403);
    expect(sim.violations.map((v) => v.kind)).toEqual(['missing-user-agent']);
  });

  it('routes must be GitHub operations; a wrong response shape is a simulator violation', async () => {
    expect(() => sim.route({ route: 'GET /repos/{owner}/{repo}/guardian', handler: () => ({ status: 200 }) })).toThrow(/not an operation/);
    sim.route({ route: 'GET /repos/{owner}/{repo}/issues/{issue_number}', permission: 'issues', handler: () => ({ status: 200, body: { id: 'not-a-number' } }) });
    await api('GET', `${R}/issues/7`);
    expect(sim.violations[0]).toMatchObject({ kind: 'invalid-response', route: '/repos/{owner}/{repo}/issues/{issue_number}' });
    expect(sim.violations[0]!.errors).toContain('response/id: must be integer');
  });

  it('tracks concurrent writes (the action must write sequentially)', async () => {
    // Each write is held long enough that all three are in flight together even on a busy machine.
    sim.inject({ method: 'POST' }, ...repeat(3, { kind: 'delay', ms: 800 }));
    await Promise.all([1, 2, 3].map((i) => api('POST', `${R}/issues/7/comments`, { body: { body: `c${i}` } })));
    expect(sim.maxConcurrentWrites).toBe(3);
    const seq = await GitHubSimulator.start();
    try {
      seq.seedPullRequest({ number: 7, headSha: HEAD, baseSha: BASE });
      const o = new Octokit({ auth: seq.tokens.installation, baseUrl: seq.url });
      for (const b of ['a', 'b']) await o.rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: 7, body: b });
      expect(seq.maxConcurrentWrites).toBe(1);
    } finally {
      await seq.stop();
    }
  });
});

describe('pull requests', () => {
  it('finds the PR by head SHA, serves the full PR, and models forks', async () => {
    const forkHead = 'c3'.repeat(20);
    sim.seedPullRequest({ number: 8, headSha: forkHead, baseSha: BASE, fork: true, headRef: 'main' });
    const byHead = await api('GET', `${R}/commits/${forkHead}/pulls`);
    expect(byHead.json.map((p: any) => p.number)).toEqual([8]);
    const pr = await api('GET', `${R}/pulls/8`);
    expect(pr.json.head.repo.full_name).toBe('forker/guardian-demo');
    expect(pr.json.head.repo.fork).toBe(true);
    expect(pr.json.base.repo.full_name).toBe(`${OWNER}/${REPO}`);
    expect(pr.json.user.login).toBe('forker');
    // GitHub does not list fork PRs in a check run's pull_requests.
    const run = await api('POST', `${R}/check-runs`, { body: { name: 'G', head_sha: forkHead } });
    expect(run.json.pull_requests).toEqual([]);
    const list = await api('GET', `${R}/pulls?head=forker:main`);
    expect(list.json.map((p: any) => p.number)).toEqual([8]);
    expect((await api('GET', `${R}/pulls/404`)).status).toBe(404);
    expect((await api('GET', `/repos/nobody/nothing/pulls/1`)).status).toBe(404);
    sim.assertNoViolations();
  });
});
