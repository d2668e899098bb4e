/**
 * A local GitHub REST API simulator for end-to-end tests: a real HTTP server on 127.0.0.1 with
 * in-memory state (repositories, pull requests, issue comments, check runs), token identities
 * and permissions, rate-limit headers, scripted faults, a request log, and OpenAPI validation
 * of every request and response (GitHub's official description from `@octokit/openapi`).
 *
 *   const sim = await GitHubSimulator.start();
 *   const pr = sim.seedPullRequest({ number: 7, headSha, baseSha });
 *   sim.seedComment({ issueNumber: 7, author: 'mallory', body: '<!-- guardian:Guardian -->' });
 *   sim.inject('POST /repos/{owner}/{repo}/check-runs', { kind: 'status', status: 502 });
 *   ... run the action with GITHUB_API_URL=sim.url, token sim.tokens.installation ...
 *   sim.assertNoViolations();
 *   expect(sim.count('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}')).toBe(2);
 *   await sim.stop();
 *
 * Routes live in `sim-routes.ts`; `sim.route(...)` adds or replaces one from a test. A route
 * must be an operation of GitHub's description (checked on registration).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes, randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { OpenApiValidator } from './openapi-validator.js';
import type { SpecVariant } from './openapi-spec.js';
import { FaultPlan, type Fault, type FaultKind, type FaultMatch, type FaultRule } from './faults.js';
import {
  GITHUB_ACTIONS_APP,
  GITHUB_ACTIONS_BOT,
  type Account,
  type AppIdentity,
  type PullRequestState,
  type RepoSpec,
  type StoredCheckRun,
  type StoredComment,
  type Urls,
} from './github-objects.js';
import { registerDefaultRoutes } from './sim-routes.js';
import { HttpError, isoNow } from './sim-http.js';

export { HttpError, isoNow };

// ---- identities ----------------------------------------------------------------------------

export type PermissionLevel = 'read' | 'write';

export type TokenIdentity =
  | {
      kind: 'installation';
      account: Account;
      app: AppIdentity;
      /** e.g. { checks: 'write', issues: 'write', pull_requests: 'write', contents: 'read', metadata: 'read' } */
      permissions: Record<string, PermissionLevel>;
      rateLimit?: number;
    }
  | {
      kind: 'user';
      account: Account;
      /** A fine-grained PAT limited to reads: writes get 403 "...by personal access token". */
      readOnly?: boolean;
      scopes?: string[];
      rateLimit?: number;
    };

export const WRITE_PERMISSIONS: Record<string, PermissionLevel> = {
  checks: 'write',
  issues: 'write',
  pull_requests: 'write',
  contents: 'read',
  metadata: 'read',
  actions: 'read',
  statuses: 'write',
};

/** What a fork PR's GITHUB_TOKEN gets: read on everything. */
export const READ_ONLY_PERMISSIONS: Record<string, PermissionLevel> = {
  checks: 'read',
  issues: 'read',
  pull_requests: 'read',
  contents: 'read',
  metadata: 'read',
  actions: 'read',
  statuses: 'read',
};

export const ACCOUNTS = {
  org: { login: 'octo-org', id: 5_000_001, type: 'Organization' } as Account,
  /** The default PR author. */
  alice: { login: 'alice', id: 6_000_001, type: 'User' } as Account,
  /** Another user (spoofs markers in tests). */
  mallory: { login: 'mallory', id: 6_000_002, type: 'User' } as Account,
  /** Owner of fork repositories. */
  forker: { login: 'forker', id: 6_000_003, type: 'User' } as Account,
  /** Holder of the default personal access token. */
  maintainer: { login: 'maintainer', id: 6_000_004, type: 'User' } as Account,
};

// ---- log & violations ------------------------------------------------------------------------

export interface LogEntry {
  seq: number;
  method: string;
  /** Concrete path without query string. */
  path: string;
  /** OpenAPI path template, null for unknown routes. */
  route: string | null;
  operationId: string | null;
  /** Raw query parameters (repeated keys → arrays). */
  query: Record<string, string | string[]>;
  /** Parsed JSON body (or raw text when it was not JSON); undefined without body. */
  body: unknown;
  /** Response status; null when the connection was reset before answering. */
  status: number | null;
  /** Injected fault that shaped the answer, if any. */
  fault: FaultKind | null;
  /** Login of the token's identity, null when unauthenticated. */
  login: string | null;
  responseBody: unknown;
  startedAt: number;
  endedAt: number;
}

export type ViolationKind = 'unknown-route' | 'invalid-request' | 'invalid-response' | 'unimplemented-route' | 'missing-user-agent';

export interface Violation {
  kind: ViolationKind;
  seq: number;
  method: string;
  path: string;
  route: string | null;
  message: string;
  errors: string[];
}

// ---- routes ------------------------------------------------------------------------------------

export interface RouteContext {
  sim: GitHubSimulator;
  method: string;
  path: string;
  route: string;
  /** Path parameters coerced per the description (e.g. check_run_id is a number). */
  params: Record<string, any>;
  /** Query parameters coerced per the description. */
  query: Record<string, any>;
  rawQuery: URLSearchParams;
  body: any;
  identity: TokenIdentity;
  token: string;
  docsUrl: string | undefined;
  /** The repository named by {owner}/{repo}; throws 404 when the simulator does not know it. */
  repo(): RepoState;
}

interface Auth {
  token: string;
  identity: TokenIdentity;
}

export interface RouteResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type RouteHandler = (ctx: RouteContext) => RouteResult | Promise<RouteResult>;

export interface RouteDef {
  /** `'POST /repos/{owner}/{repo}/check-runs'` */
  route: string;
  /** App permission the call needs (any of the list); GET needs read, other methods write. */
  permission?: string | string[];
  /** Only GitHub Apps may call it (check runs): a PAT gets 403 "You must authenticate via a GitHub App." */
  appsOnly?: boolean;
  handler: RouteHandler;
}


// ---- state -------------------------------------------------------------------------------------

export interface RepoState {
  spec: RepoSpec;
  fullName: string;
  pulls: Map<number, PullRequestState>;
  /** Plain issues (numbers that are not pull requests). */
  issues: Set<number>;
  comments: Map<number, StoredComment>;
  checkRuns: Map<number, StoredCheckRun>;
  /** When set, check runs must name one of these commits (else 422 like GitHub). */
  knownCommits: Set<string> | null;
}

export interface SimState {
  repos: Map<string, RepoState>;
}

export interface SimulatorOptions {
  /** GITHUB_SERVER_URL the simulated objects link to (default https://github.com). */
  serverUrl?: string;
  /** OpenAPI description variant (default: env GUARDIAN_SIM_OPENAPI or the referenced one). */
  variant?: SpecVariant;
  /** Validate the simulator's own JSON responses too (default true). */
  validateResponses?: boolean;
  /** Content-creating requests per token per minute before a secondary rate limit (GitHub: 80). */
  contentCreationPerMinute?: number;
  /** Repository seeded at start (default octo-org/guardian-demo). */
  defaultRepo?: string;
}

const SECONDARY_RATE_LIMIT_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID';
const SECONDARY_DOCS = 'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits';

export class GitHubSimulator {
  readonly validator: OpenApiValidator;
  readonly state: SimState = { repos: new Map() };
  readonly log: LogEntry[] = [];
  readonly violations: Violation[] = [];
  readonly urls: Urls;
  readonly defaultRepo: string;
  /** Tokens known from the start; more with addToken(). */
  readonly tokens: { installation: string; readOnly: string; user: string; readOnlyUser: string };
  /** Highest number of write requests (non-GET) in flight at the same time. */
  maxConcurrentWrites = 0;

  private readonly identities = new Map<string, TokenIdentity>();
  private readonly routes = new Map<string, RouteDef>();
  private readonly faults = new FaultPlan();
  private readonly rate = new Map<string, { used: number; reset: number; creations: number[] }>();
  private readonly opts: Required<Omit<SimulatorOptions, 'variant' | 'serverUrl' | 'defaultRepo'>>;
  private inflightWrites = 0;
  private readonly listeners: Array<(entry: LogEntry) => void> = [];
  private seq = 0;
  private nextIds = { checkRun: 20_000_000_001, comment: 2_200_000_001, pull: 1_900_000_001, repo: 800_000_001, checkSuite: 30_000_000_001 };

  private constructor(private readonly server: Server, port: number, options: SimulatorOptions) {
    this.validator = new OpenApiValidator(options.variant);
    this.urls = { api: `http://127.0.0.1:${port}`, server: options.serverUrl ?? 'https://github.com' };
    this.opts = {
      validateResponses: options.validateResponses ?? true,
      contentCreationPerMinute: options.contentCreationPerMinute ?? 80,
    };
    this.tokens = {
      installation: this.addToken(newToken('ghs'), {
        kind: 'installation', account: GITHUB_ACTIONS_BOT, app: GITHUB_ACTIONS_APP, permissions: { ...WRITE_PERMISSIONS },
      }),
      readOnly: this.addToken(newToken('ghs'), {
        kind: 'installation', account: GITHUB_ACTIONS_BOT, app: GITHUB_ACTIONS_APP, permissions: { ...READ_ONLY_PERMISSIONS },
      }),
      user: this.addToken(newToken('ghp'), { kind: 'user', account: ACCOUNTS.maintainer, scopes: ['repo'] }),
      readOnlyUser: this.addToken(newToken('github_pat'), { kind: 'user', account: ACCOUNTS.maintainer, readOnly: true }),
    };
    this.defaultRepo = options.defaultRepo ?? `${ACCOUNTS.org.login}/guardian-demo`;
    const [o, r] = this.defaultRepo.split('/');
    this.seedRepo({ owner: o!, name: r! });
    registerDefaultRoutes(this);
  }

  static async start(options: SimulatorOptions = {}): Promise<GitHubSimulator> {
    let sim: GitHubSimulator | undefined;
    const server = createServer((req, res) => {
      void sim!.handle(req, res);
    });
    server.keepAliveTimeout = 5_000;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    const port = (server.address() as AddressInfo).port;
    try {
      sim = new GitHubSimulator(server, port, options);
    } catch (e) {
      server.close();
      throw e;
    }
    return sim;
  }

  get url(): string {
    return this.urls.api;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ---- tokens ----

  addToken(token: string, identity: TokenIdentity): string {
    this.identities.set(token, identity);
    return token;
  }

  identityOf(token: string): TokenIdentity | undefined {
    return this.identities.get(token);
  }

  // ---- routes ----

  /** Add or replace a route. Throws unless GitHub's description has this operation. */
  route(def: RouteDef): void {
    const [method, template] = splitRoute(def.route);
    if (!this.validator.operation(method, template)) {
      throw new Error(`sim.route: ${def.route} is not an operation in GitHub's REST API description`);
    }
    this.routes.set(`${method} ${template}`, def);
  }

  implementedRoutes(): string[] {
    return [...this.routes.keys()].sort();
  }

  // ---- seeding ----

  seedRepo(r: { owner: string; name: string; private?: boolean; defaultBranch?: string; ownerType?: Account['type']; fork?: boolean }): RepoState {
    const fullName = `${r.owner}/${r.name}`;
    const existing = this.state.repos.get(fullName);
    if (existing) return existing;
    const owner = this.account(r.owner, r.ownerType ?? (r.owner === ACCOUNTS.org.login ? 'Organization' : 'User'));
    const spec: RepoSpec = {
      owner,
      name: r.name,
      id: this.nextIds.repo++,
      private: r.private ?? false,
      fork: r.fork ?? false,
      defaultBranch: r.defaultBranch ?? 'main',
    };
    const state: RepoState = { spec, fullName, pulls: new Map(), issues: new Set(), comments: new Map(), checkRuns: new Map(), knownCommits: null };
    this.state.repos.set(fullName, state);
    return state;
  }

  repo(fullName: string = this.defaultRepo): RepoState {
    const r = this.state.repos.get(fullName);
    if (!r) throw new Error(`simulator has no repository ${fullName} (seedRepo it first)`);
    return r;
  }

  /** Restrict check runs in a repository to these commit SHAs (others get 422 "No commit found"). */
  seedCommits(shas: string[], repo: string = this.defaultRepo): void {
    const r = this.repo(repo);
    r.knownCommits ??= new Set();
    for (const s of shas) r.knownCommits.add(s);
  }

  seedIssue(number: number, repo: string = this.defaultRepo): void {
    this.repo(repo).issues.add(number);
  }

  /**
   * A pull request in `repo` (default repository). `fork: true` puts the head in
   * `forker/<name>`; a string names the fork's full name.
   */
  seedPullRequest(p: {
    repo?: string;
    number?: number;
    headSha: string;
    baseSha: string;
    headRef?: string;
    baseRef?: string;
    fork?: boolean | string;
    author?: string | Account;
    title?: string;
    body?: string | null;
    draft?: boolean;
    state?: 'open' | 'closed';
    merged?: boolean;
    mergeCommitSha?: string | null;
    labels?: string[];
    stats?: { commits?: number; additions?: number; deletions?: number; changedFiles?: number };
  }): PullRequestState {
    const base = this.repo(p.repo ?? this.defaultRepo);
    const number = p.number ?? this.nextIssueNumber(base);
    if (base.pulls.has(number) || base.issues.has(number)) throw new Error(`#${number} already exists in ${base.fullName}`);
    let headRepo = base.spec;
    if (p.fork) {
      const forkName = typeof p.fork === 'string' ? p.fork : `${ACCOUNTS.forker.login}/${base.spec.name}`;
      const [fo, fr] = forkName.split('/');
      headRepo = this.seedRepo({ owner: fo!, name: fr!, fork: true }).spec;
    }
    const author = typeof p.author === 'object' ? p.author : this.account(p.author ?? (p.fork ? ACCOUNTS.forker.login : ACCOUNTS.alice.login));
    const now = isoNow();
    const pr: PullRequestState = {
      number,
      id: this.nextIds.pull++,
      title: p.title ?? `Change #${number}`,
      body: p.body === undefined ? 'Pull request body' : p.body,
      state: p.state ?? 'open',
      draft: p.draft ?? false,
      merged: p.merged ?? false,
      author,
      head: { ref: p.headRef ?? 'feature', sha: p.headSha, repo: headRepo },
      base: { ref: p.baseRef ?? base.spec.defaultBranch ?? 'main', sha: p.baseSha, repo: base.spec },
      mergeCommitSha: p.mergeCommitSha === undefined ? null : p.mergeCommitSha,
      createdAt: now,
      updatedAt: now,
      labels: p.labels ?? [],
      commits: p.stats?.commits ?? 1,
      additions: p.stats?.additions ?? 1,
      deletions: p.stats?.deletions ?? 0,
      changedFiles: p.stats?.changedFiles ?? 1,
      maintainerCanModify: !!p.fork,
      authorAssociation: p.fork ? 'FIRST_TIME_CONTRIBUTOR' : 'MEMBER',
    };
    base.pulls.set(number, pr);
    return pr;
  }

  /**
   * A comment that exists before the run. `author` is a login (another user by default,
   * `mallory`), an Account, or a token (the comment then belongs to that token's identity,
   * e.g. a sticky comment left by an earlier run).
   */
  seedComment(c: { repo?: string; issueNumber: number; body: string; author?: string | Account; token?: string; createdAt?: string }): StoredComment {
    const repo = this.repo(c.repo ?? this.defaultRepo);
    if (!repo.pulls.has(c.issueNumber) && !repo.issues.has(c.issueNumber)) {
      throw new Error(`seedComment: #${c.issueNumber} does not exist in ${repo.fullName} (seedPullRequest or seedIssue first)`);
    }
    let author: Account;
    let app: AppIdentity | null = null;
    if (c.token !== undefined) {
      const id = this.identities.get(c.token);
      if (!id) throw new Error('seedComment: unknown token');
      author = id.account;
      app = id.kind === 'installation' ? id.app : null;
    } else {
      author = typeof c.author === 'object' ? c.author : this.account(c.author ?? ACCOUNTS.mallory.login);
    }
    return this.createComment(repo, c.issueNumber, c.body, author, app, c.createdAt);
  }

  /** Used by routes and seeding: store a new comment. */
  createComment(repo: RepoState, issueNumber: number, body: string, author: Account, app: AppIdentity | null, createdAt?: string): StoredComment {
    const ts = createdAt ?? isoNow();
    const comment: StoredComment = {
      id: this.nextIds.comment++,
      owner: repo.spec.owner.login,
      repo: repo.spec.name,
      issueNumber,
      isPull: repo.pulls.has(issueNumber),
      body,
      author,
      app,
      authorAssociation: associationOf(author, repo),
      created_at: ts,
      updated_at: ts,
    };
    repo.comments.set(comment.id, comment);
    return comment;
  }

  private nextIssueNumber(r: RepoState): number {
    return Math.max(0, ...r.pulls.keys(), ...r.issues) + 1;
  }

  nextCheckRunId(): number {
    return this.nextIds.checkRun++;
  }

  nextCheckSuiteId(): number {
    return this.nextIds.checkSuite++;
  }

  /** Comments of an issue/PR in creation order (for assertions). */
  comments(issueNumber: number, repo: string = this.defaultRepo): StoredComment[] {
    return [...this.repo(repo).comments.values()].filter((c) => c.issueNumber === issueNumber).sort((a, b) => a.id - b.id);
  }

  checkRuns(repo: string = this.defaultRepo): StoredCheckRun[] {
    return [...this.repo(repo).checkRuns.values()].sort((a, b) => a.id - b.id);
  }

  /** Known account or a new `User` with a stable id derived from the login. */
  account(login: string, type: Account['type'] = 'User'): Account {
    for (const a of [...Object.values(ACCOUNTS), GITHUB_ACTIONS_BOT]) if (a.login === login) return a;
    let h = 7;
    for (const ch of login) h = (h * 31 + ch.charCodeAt(0)) % 1_000_000;
    return { login, id: 7_000_000 + h, type };
  }

  // ---- faults ----

  /**
   * Script faults for matching requests, served in order, one per request:
   *   sim.inject('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', { kind: 'status', status: 500 }, { kind: 'status', status: 502 })
   *   sim.inject({ method: 'POST' }, ...repeat(3, { kind: 'reset' }))
   * Returns the rule: `rule.hits` lists the requests that got a fault, `rule.done` says all were served.
   */
  inject(match: string | FaultMatch, ...faults: Fault[]): FaultRule {
    return this.faults.add(match, faults);
  }

  /** Fault rules with faults never served. */
  pendingFaults(): FaultRule[] {
    return this.faults.pending();
  }

  /** Throw when a scripted fault was never served (the test's premise did not happen). */
  assertAllFaultsServed(): void {
    const pending = this.faults.pending();
    if (pending.length === 0) return;
    const lines = pending.map((r) => `${r.match.method ?? '*'} ${String(r.match.route ?? '*')}: ${r.remaining} of ${r.remaining + r.hits.length} fault(s) never served`);
    throw new Error(`GitHub simulator: scripted faults not served:\n${lines.join('\n')}`);
  }

  /**
   * Call `listener` with each log entry once its response is sent (or the connection reset):
   * a hook for assertions at request time. Returns a function that removes the listener.
   */
  onRequest(listener: (entry: LogEntry) => void): () => void {
    this.listeners.push(listener);
    return () => {
      const i = this.listeners.indexOf(listener);
      if (i >= 0) this.listeners.splice(i, 1);
    };
  }

  // ---- inspection ----

  /**
   * Log entries matching `'METHOD /template'`, a bare template, or a predicate.
   * Entries answered by an injected fault are included (their `fault` is set).
   */
  requests(filter?: string | ((e: LogEntry) => boolean)): LogEntry[] {
    if (filter === undefined) return [...this.log];
    if (typeof filter === 'function') return this.log.filter(filter);
    const [method, template] = splitRoute(filter, true);
    return this.log.filter((e) => (method === '' || e.method === method) && (e.route === template || e.path === template));
  }

  count(filter?: string | ((e: LogEntry) => boolean)): number {
    return this.requests(filter).length;
  }

  /** Requests that could change state (anything but GET/HEAD/OPTIONS). */
  writes(): LogEntry[] {
    return this.log.filter((e) => !['GET', 'HEAD', 'OPTIONS'].includes(e.method));
  }

  /** Throw with a readable list when any request or response broke the description. */
  assertNoViolations(): void {
    if (this.violations.length === 0) return;
    const lines = this.violations.map((v) => `#${v.seq} ${v.method} ${v.path} [${v.kind}] ${v.message}`);
    throw new Error(`GitHub simulator recorded ${this.violations.length} violation(s):\n${lines.join('\n')}`);
  }

  /** A compact transcript for failure messages: `#3 POST /repos/o/r/check-runs → 201`. */
  transcript(): string {
    return this.log
      .map((e) => `#${e.seq} ${e.method} ${e.path}${Object.keys(e.query).length ? '?' + new URLSearchParams(e.query as Record<string, string>).toString() : ''} → ${e.status ?? 'reset'}${e.fault ? ` [fault ${e.fault}]` : ''}`)
      .join('\n');
  }

  // ---- request handling ----

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const seq = ++this.seq;
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', this.urls.api);
    const path = url.pathname;
    const query: Record<string, string | string[]> = {};
    for (const [k, v] of url.searchParams) {
      const prev = query[k];
      query[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
    }
    const isWrite = !['GET', 'HEAD', 'OPTIONS'].includes(method);
    const entry: LogEntry = {
      seq, method, path, route: null, operationId: null, query, body: undefined, status: null, fault: null,
      login: null, responseBody: undefined, startedAt: Date.now(), endedAt: 0,
    };
    this.log.push(entry);
    if (isWrite) {
      this.inflightWrites++;
      this.maxConcurrentWrites = Math.max(this.maxConcurrentWrites, this.inflightWrites);
    }
    try {
      await this.process(req, res, entry, url);
    } catch (e) {
      // A simulator bug: answer 500 and make the test fail through a violation.
      this.violations.push({ kind: 'invalid-response', seq, method, path, route: entry.route, message: `simulator crashed: ${(e as Error).stack ?? String(e)}`, errors: [] });
      if (!res.headersSent && !res.destroyed) this.send(res, entry, null, 500, { message: 'Simulator error' });
    } finally {
      if (isWrite) this.inflightWrites--;
      entry.endedAt = Date.now();
      for (const l of [...this.listeners]) l(entry);
    }
  }

  private async process(req: IncomingMessage, res: ServerResponse, entry: LogEntry, url: URL): Promise<void> {
    const { method, path, seq } = entry;
    const raw = await readBody(req);
    let body: unknown;
    let bodyParseError: string | undefined;
    if (raw.length > 0) {
      const text = raw.toString('utf8');
      try {
        body = JSON.parse(text);
      } catch (e) {
        body = text;
        bodyParseError = (e as Error).message;
      }
    }
    entry.body = body;

    const token = tokenOf(req.headers['authorization']);
    const identity = token !== null ? this.identities.get(token) : undefined;
    entry.login = identity?.account.login ?? null;
    const auth: Auth | null = token !== null && identity ? { token, identity } : null;

    // 1. The request must be an operation of GitHub's description, with valid parameters and body.
    const v = this.validator.validateRequest({ method, path, query: entry.query, body, ...(bodyParseError !== undefined ? { bodyParseError } : {}) });
    entry.route = v.operation?.template ?? null;
    entry.operationId = v.operation?.operationId ?? null;
    if (v.problem) {
      if (v.problem.kind === 'unknown-route') {
        this.violations.push({ kind: 'unknown-route', seq, method, path, route: null, message: v.problem.message, errors: [] });
        return this.send(res, entry, auth, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
      }
      this.violations.push({ kind: 'invalid-request', seq, method, path, route: entry.route, message: v.problem.message, errors: v.problem.errors });
      if (bodyParseError !== undefined) {
        return this.send(res, entry, auth, 400, { message: 'Problems parsing JSON', documentation_url: v.operation?.docsUrl });
      }
      return this.send(res, entry, auth, 422, {
        message: `Invalid request.\n\n${v.problem.errors.join('\n')}`,
        documentation_url: v.operation?.docsUrl,
      });
    }
    const op = v.operation!;

    // GitHub refuses requests without a User-Agent.
    if (!req.headers['user-agent']) {
      this.violations.push({ kind: 'missing-user-agent', seq, method, path, route: op.template, message: 'request has no User-Agent header', errors: [] });
      return this.send(res, entry, auth, 403, {
        message: 'Request forbidden by administrative rules. Please make sure your request has a User-Agent header (https://docs.github.com/en/rest/overview/resources-in-the-rest-api#user-agent-required). Check https://www.githubstatus.com for possible causes.',
      });
    }

    // 2. Scripted faults.
    let resetAfter = false;
    const fault = this.faults.take(method, path, op.template, seq);
    if (fault) {
      entry.fault = fault.kind;
      switch (fault.kind) {
        case 'delay':
          await sleep(fault.ms);
          break;
        case 'reset':
          if (fault.after) resetAfter = true;
          else return this.reset(res);
          break;
        default:
          return this.sendFault(res, entry, auth, fault, op.docsUrl);
      }
    }

    // 3. Authentication.
    if (token === null) {
      return this.send(res, entry, null, 401, { message: 'Requires authentication', documentation_url: op.docsUrl });
    }
    if (!identity) {
      return this.send(res, entry, null, 401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });
    }

    // 4. Rate limits: primary (per token per hour), secondary (content creation per minute).
    const rl = this.rateState(token);
    if (rl.used >= rateLimitOf(identity)) {
      return this.send(res, entry, auth, 403, {
        message: `API rate limit exceeded for ${identity.kind === 'installation' ? 'installation ID 1' : `user ID ${identity.account.id}`}.`,
        documentation_url: 'https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting',
      });
    }
    rl.used++;
    if (['POST', 'PATCH', 'PUT', 'DELETE'].includes(method)) {
      const now = Date.now();
      while (rl.creations.length > 0 && rl.creations[0]! < now - 60_000) rl.creations.shift();
      if (rl.creations.length >= this.opts.contentCreationPerMinute) {
        const retryAfter = Math.ceil((rl.creations[0]! + 60_000 - now) / 1000);
        return this.sendFault(res, entry, auth, { kind: 'secondary-rate-limit', retryAfter }, op.docsUrl);
      }
      rl.creations.push(now);
    }

    // 5. Route.
    const def = this.routes.get(`${method} ${op.template}`);
    if (!def) {
      this.violations.push({
        kind: 'unimplemented-route', seq, method, path, route: op.template,
        message: `${method} ${op.template} (${op.operationId}) is valid GitHub API but the simulator does not implement it: add it with sim.route() or in test/sim/sim-routes.ts`,
        errors: [],
      });
      return this.send(res, entry, auth, 404, { message: 'Not Found', documentation_url: op.docsUrl });
    }

    // 6. Permissions.
    const denied = this.denial(def, identity, method);
    if (denied) {
      return this.send(res, entry, auth, 403, { message: denied.message, documentation_url: op.docsUrl }, denied.headers);
    }

    // 7. Handler.
    const ctx: RouteContext = {
      sim: this, method, path, route: op.template, params: v.pathParams, query: v.query, rawQuery: url.searchParams,
      body, identity, token, docsUrl: op.docsUrl,
      repo: () => {
        const full = `${String(v.pathParams['owner'])}/${String(v.pathParams['repo'])}`;
        const r = this.state.repos.get(full);
        if (!r) throw new HttpError(404, 'Not Found');
        return r;
      },
    };
    let result: RouteResult;
    try {
      result = await def.handler(ctx);
    } catch (e) {
      if (!(e instanceof HttpError)) throw e;
      result = { status: e.status, body: { message: e.message, ...e.extra, documentation_url: op.docsUrl }, headers: e.headers };
    }
    if (resetAfter) return this.reset(res);

    // 8. The simulator's own answer must match the description too.
    if (this.opts.validateResponses && result.body !== undefined) {
      const rv = this.validator.validateResponse(method, op.template, result.status, withStatus(result.status, result.body));
      const documented = this.validator.documentedStatuses(method, op.template);
      if (rv.errors.length > 0) {
        this.violations.push({ kind: 'invalid-response', seq, method, path, route: op.template, message: `simulator response ${result.status} does not match the description`, errors: rv.errors });
      } else if (result.status < 300 && !documented.includes(String(result.status))) {
        this.violations.push({ kind: 'invalid-response', seq, method, path, route: op.template, message: `simulator answered ${result.status}, the description documents ${documented.join(', ')}`, errors: [] });
      }
    }
    return this.send(res, entry, auth, result.status, result.body, result.headers);
  }

  private denial(def: RouteDef, identity: TokenIdentity, method: string): { message: string; headers: Record<string, string> } | null {
    const needed: PermissionLevel = method === 'GET' ? 'read' : 'write';
    const perms = def.permission === undefined ? [] : Array.isArray(def.permission) ? def.permission : [def.permission];
    if (identity.kind === 'user') {
      if (def.appsOnly) return { message: 'You must authenticate via a GitHub App.', headers: {} };
      if (identity.readOnly && needed === 'write') return { message: 'Resource not accessible by personal access token', headers: {} };
      return null;
    }
    if (perms.length === 0) return null;
    const ok = perms.some((p) => {
      const have = identity.permissions[p];
      return have === 'write' || (have === 'read' && needed === 'read');
    });
    if (ok) return null;
    return {
      message: 'Resource not accessible by integration',
      headers: { 'x-accepted-github-permissions': perms.map((p) => `${p}=${needed}`).join('; ') },
    };
  }

  private rateState(token: string): { used: number; reset: number; creations: number[] } {
    let s = this.rate.get(token);
    const now = Math.floor(Date.now() / 1000);
    if (!s || s.reset <= now) {
      s = { used: 0, reset: now + 3600, creations: s?.creations ?? [] };
      this.rate.set(token, s);
    }
    return s;
  }

  private sendFault(res: ServerResponse, entry: LogEntry, auth: Auth | null, fault: Fault, docsUrl: string | undefined): void {
    const requestId = githubRequestId();
    switch (fault.kind) {
      case 'status': {
        if (fault.body !== undefined) return this.send(res, entry, auth, fault.status, fault.body, fault.headers);
        if (fault.status === 502) {
          return this.sendRaw(res, entry, auth, 502, 'text/html; charset=utf-8',
            '<!DOCTYPE html>\n<html><head><title>Unicorn! &middot; GitHub</title></head><body><p>We had issues producing the response to your request.</p></body></html>\n', fault.headers);
        }
        const message = fault.status === 503 ? 'Service Unavailable' : fault.status === 504 ? 'Gateway Timeout' : 'Server Error';
        return this.send(res, entry, auth, fault.status, { message, documentation_url: 'https://docs.github.com/rest' }, fault.headers);
      }
      case 'secondary-rate-limit':
        return this.send(res, entry, auth, fault.status ?? 403,
          { message: `${SECONDARY_RATE_LIMIT_MESSAGE} ${requestId}.`, documentation_url: SECONDARY_DOCS },
          { 'retry-after': String(fault.retryAfter ?? 60) });
      case 'primary-rate-limit': {
        const reset = Math.floor(Date.now() / 1000) + (fault.resetInSeconds ?? 60);
        return this.send(res, entry, auth, 403,
          { message: 'API rate limit exceeded for installation ID 1.', documentation_url: 'https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting' },
          { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset), 'x-ratelimit-used': String(rateLimitOf(auth?.identity)) });
      }
      case 'validation':
        return this.send(res, entry, auth, 422, {
          message: fault.message ?? 'Validation Failed',
          errors: fault.errors ?? [{ resource: 'Issue', code: 'custom', field: 'body', message: 'injected validation failure' }],
          documentation_url: docsUrl,
        });
      default:
        throw new Error(`fault ${fault.kind} is not a response`);
    }
  }

  private reset(res: ServerResponse): void {
    res.socket?.destroy();
    res.destroy();
  }

  private commonHeaders(auth: Auth | null): Record<string, string> {
    const identity = auth?.identity;
    const limit = rateLimitOf(identity);
    const rl = auth ? this.rateState(auth.token) : { used: 0, reset: Math.floor(Date.now() / 1000) + 3600 };
    const h: Record<string, string> = {
      'x-github-media-type': 'github.v3; format=json',
      'x-github-api-version-selected': '2022-11-28',
      'x-github-request-id': githubRequestId(),
      'x-ratelimit-limit': String(limit),
      'x-ratelimit-remaining': String(Math.max(0, limit - rl.used)),
      'x-ratelimit-reset': String(rl.reset),
      'x-ratelimit-used': String(rl.used),
      'x-ratelimit-resource': 'core',
    };
    if (identity?.kind === 'user' && identity.scopes) h['x-oauth-scopes'] = identity.scopes.join(', ');
    return h;
  }

  private send(res: ServerResponse, entry: LogEntry, auth: Auth | null, status: number, body: unknown, headers: Record<string, string> = {}): void {
    const payload = body === undefined ? undefined : withStatus(status, body);
    entry.responseBody = payload;
    const text = payload === undefined ? '' : JSON.stringify(payload);
    this.sendRaw(res, entry, auth, status, 'application/json; charset=utf-8', text, headers);
  }

  private sendRaw(res: ServerResponse, entry: LogEntry, auth: Auth | null, status: number, contentType: string, text: string, headers: Record<string, string> = {}): void {
    entry.status = status;
    if (entry.responseBody === undefined && text !== '' && !contentType.startsWith('application/json')) entry.responseBody = text;
    const h: Record<string, string> = { ...this.commonHeaders(auth), ...headers };
    if (text !== '') h['content-type'] = contentType;
    h['content-length'] = String(Buffer.byteLength(text));
    res.writeHead(status, h);
    res.end(text);
  }
}

// ---- helpers -------------------------------------------------------------------------------------

function splitRoute(spec: string, allowBare = false): [string, string] {
  const m = /^([A-Za-z]+)\s+(\S+)$/.exec(spec.trim());
  if (m) return [m[1]!.toUpperCase(), m[2]!];
  if (allowBare) return ['', spec.trim()];
  throw new Error(`route "${spec}": expected "METHOD /path/{template}"`);
}

function tokenOf(header: string | string[] | undefined): string | null {
  if (typeof header !== 'string') return null;
  const m = /^(?:token|bearer)\s+(\S+)$/i.exec(header.trim());
  return m ? m[1]! : header.trim() === '' ? null : header.trim();
}

function rateLimitOf(identity: TokenIdentity | undefined): number {
  if (!identity) return 60;
  // GITHUB_TOKEN: 1,000 requests per hour per repository; a user: 5,000.
  return identity.rateLimit ?? (identity.kind === 'installation' ? 1000 : 5000);
}

/** Error bodies from GitHub carry the status as a string ("status": "403"). */
function withStatus(status: number, body: unknown): unknown {
  if (status >= 400 && body && typeof body === 'object' && !Array.isArray(body) && !('status' in body)) {
    return { ...(body as Record<string, unknown>), status: String(status) };
  }
  return body;
}

function associationOf(author: Account, repo: RepoState): string {
  if (author.login === repo.spec.owner.login) return 'OWNER';
  if (author.type === 'Bot') return 'NONE';
  if (author.login === ACCOUNTS.maintainer.login || author.login === ACCOUNTS.alice.login) return 'MEMBER';
  return 'NONE';
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

function newToken(prefix: string): string {
  return `${prefix}_${randomBytes(27).toString('base64url').replace(/[-_]/g, 'x').slice(0, 36)}`;
}

function githubRequestId(): string {
  return randomUUID().toUpperCase().replace(/-/g, '').replace(/^(.{4})(.{5})(.{6})(.{7})(.{8}).*$/, '$1:$2:$3:$4:$5');
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

