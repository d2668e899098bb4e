/**
 * Real-shaped workflow trigger events: the webhook payload the runner writes to
 * GITHUB_EVENT_PATH plus the GITHUB_REF / GITHUB_SHA / GITHUB_HEAD_REF / GITHUB_BASE_REF values
 * the runner sets for that event. Objects are built with the simulator's builders so URLs in
 * the payload point at the simulator, as they point at api.github.com on GitHub.
 */
import {
  pullRequest,
  pullRequestMinimal,
  repository,
  simpleUser,
  type Account,
  type PullRequestState,
  type RepoSpec,
  type Urls,
} from '../sim/github-objects.js';

export type EventName = 'pull_request' | 'pull_request_target' | 'push' | 'workflow_run' | 'workflow_dispatch';

export interface TriggerEvent {
  name: EventName;
  payload: Record<string, unknown>;
  /** GITHUB_REF */
  ref: string;
  /** GITHUB_SHA */
  sha: string;
  /** GITHUB_HEAD_REF / GITHUB_BASE_REF (pull_request and pull_request_target only). */
  headRef?: string;
  baseRef?: string;
  /** GITHUB_ACTOR */
  actor: Account;
  /** The repository the workflow runs in. */
  repo: RepoSpec;
}

function senderAndOrg(repo: RepoSpec, actor: Account, urls: Urls): Record<string, unknown> {
  const out: Record<string, unknown> = { sender: simpleUser(actor, urls) };
  if (repo.owner.type === 'Organization') {
    const api = `${urls.api}/orgs/${repo.owner.login}`;
    out['organization'] = {
      login: repo.owner.login,
      id: repo.owner.id,
      node_id: Buffer.from(`0:Organization${repo.owner.id}`).toString('base64'),
      url: api,
      repos_url: `${api}/repos`,
      events_url: `${api}/events`,
      hooks_url: `${api}/hooks`,
      issues_url: `${api}/issues`,
      members_url: `${api}/members{/member}`,
      public_members_url: `${api}/public_members{/member}`,
      avatar_url: `https://avatars.githubusercontent.com/u/${repo.owner.id}?v=4`,
      description: null,
    };
  }
  return out;
}

/**
 * `pull_request` (default) or `pull_request_target`. On `pull_request` the runner checks out
 * and reports the PR merge commit: GITHUB_SHA = `mergeSha` (required: see
 * `checkoutPullRequest`), GITHUB_REF = refs/pull/N/merge. On `pull_request_target` the run is in
 * the base branch context: GITHUB_SHA = base tip, GITHUB_REF = refs/heads/<base>.
 */
export function pullRequestEvent(o: {
  pr: PullRequestState;
  urls: Urls;
  /** The PR merge commit (refs/pull/N/merge) for `pull_request`. */
  mergeSha?: string;
  action?: 'opened' | 'synchronize' | 'reopened' | 'edited' | 'labeled' | 'ready_for_review';
  /** For `synchronize`: the previous head. */
  before?: string;
  target?: boolean;
}): TriggerEvent {
  const { pr, urls } = o;
  const action = o.action ?? 'synchronize';
  const payload: Record<string, unknown> = {
    action,
    number: pr.number,
    pull_request: pullRequest(pr, urls),
    repository: repository(pr.base.repo, urls),
    ...senderAndOrg(pr.base.repo, pr.author, urls),
  };
  if (action === 'synchronize') {
    payload['before'] = o.before ?? '0'.repeat(40);
    payload['after'] = pr.head.sha;
  }
  if (o.target) {
    return {
      name: 'pull_request_target', payload, ref: `refs/heads/${pr.base.ref}`, sha: pr.base.sha,
      headRef: pr.head.ref, baseRef: pr.base.ref, actor: pr.author, repo: pr.base.repo,
    };
  }
  if (o.mergeSha === undefined) throw new Error('pullRequestEvent: give mergeSha (GITHUB_SHA of a pull_request run is the PR merge commit)');
  return {
    name: 'pull_request', payload, ref: `refs/pull/${pr.number}/merge`, sha: o.mergeSha,
    headRef: pr.head.ref, baseRef: pr.base.ref, actor: pr.author, repo: pr.base.repo,
  };
}

/** `push` to a branch of `repo`. */
export function pushEvent(o: { repo: RepoSpec; urls: Urls; ref?: string; before?: string; after: string; pusher?: Account; message?: string }): TriggerEvent {
  const ref = o.ref ?? `refs/heads/${o.repo.defaultBranch ?? 'main'}`;
  const pusher = o.pusher ?? o.repo.owner;
  const full = `${o.repo.owner.login}/${o.repo.name}`;
  const commit = {
    id: o.after,
    tree_id: 'f'.repeat(40),
    distinct: true,
    message: o.message ?? 'Change',
    timestamp: '2024-01-01T00:00:00Z',
    url: `${o.urls.server}/${full}/commit/${o.after}`,
    author: { name: pusher.login, email: `${pusher.login}@users.noreply.github.com`, username: pusher.login },
    committer: { name: pusher.login, email: `${pusher.login}@users.noreply.github.com`, username: pusher.login },
    added: [],
    removed: [],
    modified: [],
  };
  const repo = repository(o.repo, o.urls);
  const payload: Record<string, unknown> = {
    ref,
    before: o.before ?? '0'.repeat(40),
    after: o.after,
    // Push payloads describe the owner with name/email and pushed_at/created_at as epoch seconds.
    repository: {
      ...repo,
      owner: { ...(repo['owner'] as object), name: o.repo.owner.login, email: null },
      created_at: 1704067200,
      pushed_at: 1704067200,
      master_branch: o.repo.defaultBranch ?? 'main',
    },
    pusher: { name: pusher.login, email: `${pusher.login}@users.noreply.github.com` },
    created: false,
    deleted: false,
    forced: false,
    base_ref: null,
    compare: `${o.urls.server}/${full}/compare/${(o.before ?? '0'.repeat(40)).slice(0, 12)}...${o.after.slice(0, 12)}`,
    commits: [commit],
    head_commit: commit,
    ...senderAndOrg(o.repo, pusher, o.urls),
  };
  return { name: 'push', payload, ref, sha: o.after, actor: pusher, repo: o.repo };
}

/**
 * `workflow_run` (completed) for a run of `workflowName` triggered by a pull request. Runs in
 * the default branch context (GITHUB_SHA = `defaultBranchSha`). For a PR from a fork GitHub
 * leaves `workflow_run.pull_requests` EMPTY, which is why a reporter must find the PR by head SHA.
 */
export function workflowRunEvent(o: {
  pr: PullRequestState;
  urls: Urls;
  defaultBranchSha: string;
  workflowName?: string;
  runId?: number;
  conclusion?: 'success' | 'failure' | 'cancelled';
  triggeringEvent?: 'pull_request' | 'push';
}): TriggerEvent {
  const { pr, urls } = o;
  const base = pr.base.repo;
  const fork = pr.head.repo.id !== base.id;
  const full = `${base.owner.login}/${base.name}`;
  const runId = o.runId ?? 9_100_000_001;
  const api = `${urls.api}/repos/${full}`;
  const name = o.workflowName ?? 'Guardian PR gate';
  const workflowId = 61_000_001;
  const workflowRun = {
    id: runId,
    name,
    node_id: Buffer.from(`0:WorkflowRun${runId}`).toString('base64'),
    head_branch: pr.head.ref,
    head_sha: pr.head.sha,
    path: '.github/workflows/pr-gate-fork-safe.yml',
    display_title: pr.title,
    run_number: 42,
    event: o.triggeringEvent ?? 'pull_request',
    status: 'completed',
    conclusion: o.conclusion ?? 'success',
    workflow_id: workflowId,
    check_suite_id: 30_000_000_001,
    check_suite_node_id: 'CS_kwDOAAAAAA',
    url: `${api}/actions/runs/${runId}`,
    html_url: `${urls.server}/${full}/actions/runs/${runId}`,
    pull_requests: fork ? [] : [pullRequestMinimal(pr, urls)],
    created_at: pr.updatedAt,
    updated_at: pr.updatedAt,
    actor: simpleUser(pr.author, urls),
    triggering_actor: simpleUser(pr.author, urls),
    run_attempt: 1,
    referenced_workflows: [],
    run_started_at: pr.updatedAt,
    jobs_url: `${api}/actions/runs/${runId}/jobs`,
    logs_url: `${api}/actions/runs/${runId}/logs`,
    check_suite_url: `${api}/check-suites/30000000001`,
    artifacts_url: `${api}/actions/runs/${runId}/artifacts`,
    cancel_url: `${api}/actions/runs/${runId}/cancel`,
    rerun_url: `${api}/actions/runs/${runId}/rerun`,
    previous_attempt_url: null,
    workflow_url: `${api}/actions/workflows/${workflowId}`,
    head_commit: {
      id: pr.head.sha,
      tree_id: 'f'.repeat(40),
      message: pr.title,
      timestamp: pr.updatedAt,
      author: { name: pr.author.login, email: `${pr.author.login}@users.noreply.github.com` },
      committer: { name: pr.author.login, email: `${pr.author.login}@users.noreply.github.com` },
    },
    repository: repository(base, urls),
    head_repository: repository(pr.head.repo, urls),
  };
  const payload: Record<string, unknown> = {
    action: 'completed',
    workflow_run: workflowRun,
    workflow: {
      id: workflowId,
      node_id: 'W_kwDOAAAAAA',
      name,
      path: '.github/workflows/pr-gate-fork-safe.yml',
      state: 'active',
      created_at: '2024-01-01T00:00:00Z',
      updated_at: '2024-01-01T00:00:00Z',
      url: `${api}/actions/workflows/${workflowId}`,
      html_url: `${urls.server}/${full}/blob/${base.defaultBranch ?? 'main'}/.github/workflows/pr-gate-fork-safe.yml`,
      badge_url: `${urls.server}/${full}/workflows/${encodeURIComponent(name)}/badge.svg`,
    },
    repository: repository(base, urls),
    ...senderAndOrg(base, pr.author, urls),
  };
  return { name: 'workflow_run', payload, ref: `refs/heads/${base.defaultBranch ?? 'main'}`, sha: o.defaultBranchSha, actor: pr.author, repo: base };
}

/** `workflow_dispatch` with inputs, on `ref` (default: the default branch). */
export function workflowDispatchEvent(o: {
  repo: RepoSpec;
  urls: Urls;
  sha: string;
  ref?: string;
  inputs?: Record<string, string | boolean | number>;
  actor?: Account;
  workflowPath?: string;
}): TriggerEvent {
  const ref = o.ref ?? `refs/heads/${o.repo.defaultBranch ?? 'main'}`;
  const actor = o.actor ?? o.repo.owner;
  const payload: Record<string, unknown> = {
    inputs: o.inputs ?? {},
    ref,
    repository: repository(o.repo, o.urls),
    workflow: o.workflowPath ?? '.github/workflows/incident-rollback.yml',
    ...senderAndOrg(o.repo, actor, o.urls),
  };
  return { name: 'workflow_dispatch', payload, ref, sha: o.sha, actor, repo: o.repo };
}
