/**
 * The simulator's REST routes. Each entry names a GitHub operation (`METHOD /template`), the
 * app permission it needs, and a handler over the simulator's state. The OpenAPI validator has
 * already checked parameters and body when a handler runs; handlers add GitHub's semantic
 * rules (limits, existence, append semantics) and answer with real-shaped objects.
 *
 * To add a route: `sim.route({ route: 'GET /repos/{owner}/{repo}/...', permission: '...', handler })`
 * from a test, or a new entry here when more than one test needs it.
 */
import {
  checkAnnotation,
  checkRun,
  issueComment,
  privateUser,
  pullRequest,
  pullRequestSimple,
  repository,
  type PullRequestState,
  type StoredAnnotation,
  type StoredCheckRun,
} from './github-objects.js';
import type { GitHubSimulator, RepoState, RouteContext, RouteResult } from './github-simulator.js';
import { HttpError, isoNow } from './sim-http.js';
import { linkHeader, pageRequest, slicePage } from './pagination.js';

/** GitHub's limits (see DESIGN.md "GitHub facts"). */
export const LIMITS = {
  annotationsPerRequest: 50,
  outputText: 65_535,
  annotationTitle: 255,
  annotationMessageBytes: 64 * 1024,
  commentBody: 65_536,
} as const;

export function registerDefaultRoutes(sim: GitHubSimulator): void {
  // ---- identity ----
  sim.route({
    route: 'GET /user',
    handler: (ctx) => {
      if (ctx.identity.kind === 'installation') throw new HttpError(403, 'Resource not accessible by integration');
      return { status: 200, body: privateUser(ctx.identity.account, ctx.sim.urls) };
    },
  });

  sim.route({
    route: 'GET /repos/{owner}/{repo}',
    permission: 'metadata',
    handler: (ctx) => {
      const r = ctx.repo();
      return {
        status: 200,
        body: { ...repository(r.spec, ctx.sim.urls), network_count: 0, subscribers_count: 0, has_discussions: false },
      };
    },
  });

  // ---- check runs ----
  sim.route({
    route: 'POST /repos/{owner}/{repo}/check-runs',
    permission: 'checks',
    appsOnly: true,
    handler: (ctx) => {
      const r = ctx.repo();
      const b = ctx.body as Record<string, any>;
      if (!/^[0-9a-f]{40}$/.test(b['head_sha']) || (r.knownCommits && !r.knownCommits.has(b['head_sha']))) {
        throw validationFailed('CheckRun', 'head_sha', `No commit found for SHA: ${String(b['head_sha'])}`);
      }
      const now = isoNow();
      const run: StoredCheckRun = {
        id: ctx.sim.nextCheckRunId(),
        owner: r.spec.owner.login,
        repo: r.spec.name,
        name: b['name'],
        head_sha: b['head_sha'],
        status: 'queued',
        conclusion: null,
        started_at: now,
        completed_at: null,
        details_url: b['details_url'] ?? null,
        external_id: b['external_id'] ?? null,
        output: { title: null, summary: null, text: null },
        annotations: [],
        app: ctx.identity.kind === 'installation' ? ctx.identity.app : null,
        checkSuiteId: ctx.sim.nextCheckSuiteId(),
        history: [],
      };
      applyCheckRunChange(run, b, true);
      run.history.push({ method: 'POST', body: b });
      r.checkRuns.set(run.id, run);
      return {
        status: 201,
        body: checkRun(run, ctx.sim.urls, pullsForSha(r, run.head_sha)),
        headers: { location: `${ctx.sim.url}/repos/${r.fullName}/check-runs/${run.id}` },
      };
    },
  });

  sim.route({
    route: 'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}',
    permission: 'checks',
    appsOnly: true,
    handler: (ctx) => {
      const r = ctx.repo();
      const run = findCheckRun(r, ctx.params['check_run_id']);
      const b = ctx.body as Record<string, any>;
      applyCheckRunChange(run, b, false);
      run.history.push({ method: 'PATCH', body: b });
      return { status: 200, body: checkRun(run, ctx.sim.urls, pullsForSha(r, run.head_sha)) };
    },
  });

  sim.route({
    route: 'GET /repos/{owner}/{repo}/check-runs/{check_run_id}',
    permission: 'checks',
    handler: (ctx) => {
      const r = ctx.repo();
      const run = findCheckRun(r, ctx.params['check_run_id']);
      return { status: 200, body: checkRun(run, ctx.sim.urls, pullsForSha(r, run.head_sha)) };
    },
  });

  sim.route({
    route: 'GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations',
    permission: 'checks',
    handler: (ctx) => {
      const r = ctx.repo();
      const run = findCheckRun(r, ctx.params['check_run_id']);
      return paged(ctx, run.annotations.map((a) => checkAnnotation(run, a, ctx.sim.urls)));
    },
  });

  sim.route({
    route: 'GET /repos/{owner}/{repo}/commits/{ref}/check-runs',
    permission: 'checks',
    handler: (ctx) => {
      const r = ctx.repo();
      const ref = String(ctx.params['ref']);
      let runs = [...r.checkRuns.values()].filter((c) => c.head_sha === ref).sort((a, b) => b.id - a.id);
      if (typeof ctx.query['check_name'] === 'string') runs = runs.filter((c) => c.name === ctx.query['check_name']);
      if (typeof ctx.query['status'] === 'string') runs = runs.filter((c) => c.status === ctx.query['status']);
      const page = pageRequest(ctx.query);
      const headers: Record<string, string> = {};
      const link = linkHeader(ctx.sim.url, ctx.path, ctx.rawQuery, runs.length, page);
      if (link) headers['link'] = link;
      return {
        status: 200,
        headers,
        body: {
          total_count: runs.length,
          check_runs: slicePage(runs, page).map((c) => checkRun(c, ctx.sim.urls, pullsForSha(r, c.head_sha))),
        },
      };
    },
  });

  // ---- issue comments ----
  const commentPermission = ['issues', 'pull_requests'];

  sim.route({
    route: 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
    permission: commentPermission,
    handler: (ctx) => {
      const r = ctx.repo();
      const n = requireIssue(r, ctx.params['issue_number']);
      let list = [...r.comments.values()].filter((c) => c.issueNumber === n).sort((a, b) => a.id - b.id);
      if (typeof ctx.query['since'] === 'string') {
        const since = Date.parse(ctx.query['since']);
        list = list.filter((c) => Date.parse(c.updated_at) >= since);
      }
      return paged(ctx, list.map((c) => issueComment(c, ctx.sim.urls)));
    },
  });

  sim.route({
    route: 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
    permission: commentPermission,
    handler: (ctx) => {
      const r = ctx.repo();
      const n = requireIssue(r, ctx.params['issue_number']);
      const body = checkCommentBody(ctx.body);
      const c = ctx.sim.createComment(r, n, body, ctx.identity.account, ctx.identity.kind === 'installation' ? ctx.identity.app : null);
      return {
        status: 201,
        body: issueComment(c, ctx.sim.urls),
        headers: { location: `${ctx.sim.url}/repos/${r.fullName}/issues/comments/${c.id}` },
      };
    },
  });

  sim.route({
    route: 'GET /repos/{owner}/{repo}/issues/comments/{comment_id}',
    permission: commentPermission,
    handler: (ctx) => {
      const c = findComment(ctx.repo(), ctx.params['comment_id']);
      return { status: 200, body: issueComment(c, ctx.sim.urls) };
    },
  });

  sim.route({
    route: 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
    permission: commentPermission,
    handler: (ctx) => {
      const c = findComment(ctx.repo(), ctx.params['comment_id']);
      c.body = checkCommentBody(ctx.body);
      c.updated_at = isoNow();
      return { status: 200, body: issueComment(c, ctx.sim.urls) };
    },
  });

  sim.route({
    route: 'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}',
    permission: commentPermission,
    handler: (ctx) => {
      const r = ctx.repo();
      const c = findComment(r, ctx.params['comment_id']);
      r.comments.delete(c.id);
      return { status: 204 };
    },
  });

  // ---- pull requests ----
  const pullPermission = ['pull_requests', 'contents'];

  sim.route({
    route: 'GET /repos/{owner}/{repo}/pulls/{pull_number}',
    permission: pullPermission,
    handler: (ctx) => {
      const pr = ctx.repo().pulls.get(ctx.params['pull_number']);
      if (!pr) throw new HttpError(404, 'Not Found');
      return { status: 200, body: pullRequest(pr, ctx.sim.urls) };
    },
  });

  sim.route({
    route: 'GET /repos/{owner}/{repo}/pulls',
    permission: pullPermission,
    handler: (ctx) => {
      const r = ctx.repo();
      const state = (ctx.query['state'] as string | undefined) ?? 'open';
      let list = [...r.pulls.values()].filter((p) => state === 'all' || p.state === state);
      if (typeof ctx.query['head'] === 'string') {
        const [owner, ref] = (ctx.query['head'] as string).includes(':') ? (ctx.query['head'] as string).split(':', 2) : [r.spec.owner.login, ctx.query['head']];
        list = list.filter((p) => p.head.repo.owner.login === owner && p.head.ref === ref);
      }
      if (typeof ctx.query['base'] === 'string') list = list.filter((p) => p.base.ref === ctx.query['base']);
      const dir = (ctx.query['direction'] as string | undefined) ?? 'desc';
      list.sort((a, b) => (dir === 'asc' ? a.number - b.number : b.number - a.number));
      return paged(ctx, list.map((p) => pullRequestSimple(p, ctx.sim.urls)));
    },
  });

  sim.route({
    route: 'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls',
    permission: pullPermission,
    handler: (ctx) => {
      const r = ctx.repo();
      const sha = String(ctx.params['commit_sha']);
      const list = [...r.pulls.values()]
        .filter((p) => p.head.sha === sha || p.mergeCommitSha === sha)
        .sort((a, b) => (a.state === b.state ? b.number - a.number : a.state === 'open' ? -1 : 1));
      return paged(ctx, list.map((p) => pullRequestSimple(p, ctx.sim.urls)));
    },
  });
}

// ---- check-run semantics ---------------------------------------------------------------------

/**
 * Apply a create/update body to a stored check run with GitHub's rules: a conclusion completes
 * the run; `status: completed` needs a conclusion; output title/summary/text replace the
 * previous ones while annotations APPEND (at most 50 per request).
 */
export function applyCheckRunChange(run: StoredCheckRun, b: Record<string, any>, isCreate: boolean): void {
  if (b['status'] === 'completed' && b['conclusion'] === undefined) {
    throw validationFailed('CheckRun', 'conclusion', '"conclusion" wasn\'t supplied.');
  }
  if (b['completed_at'] !== undefined && b['conclusion'] === undefined) {
    throw validationFailed('CheckRun', 'conclusion', '"conclusion" is required when "completed_at" is given.');
  }
  if (b['conclusion'] === 'stale') {
    throw validationFailed('CheckRun', 'conclusion', 'You cannot change a check run conclusion to stale, only GitHub can set this.');
  }
  const output = b['output'] as Record<string, any> | undefined;
  let newAnnotations: StoredAnnotation[] = [];
  if (output !== undefined) {
    for (const k of ['summary', 'text'] as const) {
      if (typeof output[k] === 'string' && output[k].length > LIMITS.outputText) {
        throw validationFailed('CheckRun', `output.${k}`, `Only ${LIMITS.outputText} characters are allowed; ${output[k].length} were supplied.`);
      }
    }
    const list = (output['annotations'] ?? []) as Array<Record<string, any>>;
    if (list.length > LIMITS.annotationsPerRequest) {
      throw validationFailed('CheckRun', 'output.annotations', `Only ${LIMITS.annotationsPerRequest} annotations are allowed per request; ${list.length} were supplied.`);
    }
    newAnnotations = list.map((a, i) => checkAnnotationInput(a, i));
  }

  // All checks passed: mutate.
  if (b['name'] !== undefined) run.name = b['name'];
  if (b['details_url'] !== undefined) run.details_url = b['details_url'];
  if (b['external_id'] !== undefined) run.external_id = b['external_id'];
  if (b['started_at'] !== undefined) run.started_at = b['started_at'];
  if (b['conclusion'] !== undefined) {
    run.status = 'completed';
    run.conclusion = b['conclusion'];
    run.completed_at = b['completed_at'] ?? isoNow();
  } else if (b['status'] !== undefined) {
    run.status = b['status'];
  } else if (isCreate) {
    run.status = 'queued';
  }
  if (output !== undefined) {
    if (output['title'] !== undefined) run.output.title = output['title'];
    if (output['summary'] !== undefined) run.output.summary = output['summary'];
    if (output['text'] !== undefined) run.output.text = output['text'];
    run.annotations.push(...newAnnotations);
  }
}

function checkAnnotationInput(a: Record<string, any>, i: number): StoredAnnotation {
  const where = `output.annotations[${i}]`;
  const start = a['start_line'] as number;
  const end = a['end_line'] as number;
  if (start < 1 || end < 1) throw validationFailed('CheckRun', where, `line numbers start at 1 (start_line ${start}, end_line ${end})`);
  if (end < start) throw validationFailed('CheckRun', where, `end_line ${end} is before start_line ${start}`);
  const hasCols = a['start_column'] !== undefined || a['end_column'] !== undefined;
  if (hasCols && start !== end) {
    throw validationFailed('CheckRun', where, 'start_column and end_column may only be given when start_line equals end_line');
  }
  if (a['start_column'] !== undefined && a['start_column'] < 1) throw validationFailed('CheckRun', where, 'column numbers start at 1');
  if (a['start_column'] !== undefined && a['end_column'] !== undefined && a['end_column'] < a['start_column']) {
    throw validationFailed('CheckRun', where, `end_column ${a['end_column']} is before start_column ${a['start_column']}`);
  }
  if (typeof a['title'] === 'string' && a['title'].length > LIMITS.annotationTitle) {
    throw validationFailed('CheckRun', `${where}.title`, `title is too long (maximum is ${LIMITS.annotationTitle} characters, got ${a['title'].length})`);
  }
  for (const k of ['message', 'raw_details']) {
    if (typeof a[k] === 'string' && Buffer.byteLength(a[k]) > LIMITS.annotationMessageBytes) {
      throw validationFailed('CheckRun', `${where}.${k}`, `${k} is too large (maximum is 64 KB)`);
    }
  }
  return {
    path: a['path'],
    start_line: start,
    end_line: end,
    start_column: a['start_column'] ?? null,
    end_column: a['end_column'] ?? null,
    annotation_level: a['annotation_level'],
    title: a['title'] ?? null,
    message: a['message'],
    raw_details: a['raw_details'] ?? null,
  };
}

function findCheckRun(r: RepoState, id: number): StoredCheckRun {
  const run = r.checkRuns.get(id);
  if (!run) throw new HttpError(404, 'Not Found');
  return run;
}

/** Open pull requests whose head is this commit (what GitHub lists in `check_run.pull_requests`). */
function pullsForSha(r: RepoState, sha: string): PullRequestState[] {
  // GitHub leaves this empty for pull requests from forks.
  return [...r.pulls.values()].filter((p) => p.state === 'open' && p.head.sha === sha && p.head.repo.id === r.spec.id);
}

// ---- comments ----------------------------------------------------------------------------------

function requireIssue(r: RepoState, n: number): number {
  if (!r.pulls.has(n) && !r.issues.has(n)) throw new HttpError(404, 'Not Found');
  return n;
}

function findComment(r: RepoState, id: number) {
  const c = r.comments.get(id);
  if (!c) throw new HttpError(404, 'Not Found');
  return c;
}

function checkCommentBody(b: unknown): string {
  const body = (b as { body?: unknown })['body'];
  if (typeof body !== 'string' || body.trim() === '') {
    throw new HttpError(422, 'Validation Failed', { errors: [{ resource: 'IssueComment', code: 'missing_field', field: 'body' }] });
  }
  if (body.length > LIMITS.commentBody) {
    throw new HttpError(422, 'Validation Failed', {
      errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: `Body is too long (maximum is ${LIMITS.commentBody} characters)` }],
    });
  }
  return body;
}

// ---- shared --------------------------------------------------------------------------------------

function validationFailed(resource: string, field: string, message: string): HttpError {
  return new HttpError(422, `Invalid request.\n\n${message}`, { errors: [{ resource, field, code: 'invalid', message }] });
}

/** Answer a list with GitHub's pagination (per_page ≤ 100, `Link` header when there are more pages). */
function paged(ctx: RouteContext, items: unknown[]): RouteResult {
  const page = pageRequest(ctx.query);
  const headers: Record<string, string> = {};
  const link = linkHeader(ctx.sim.url, ctx.path, ctx.rawQuery, items.length, page);
  if (link) headers['link'] = link;
  return { status: 200, body: slicePage(items, page), headers };
}
