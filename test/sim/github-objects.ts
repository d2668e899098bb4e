/**
 * Builders of real-shaped GitHub REST objects (users, apps, repositories, pull requests, check
 * runs, comments, annotations). Field sets follow GitHub's responses and the OpenAPI response
 * schemas (the simulator validates what it sends). URLs are built from the simulator's API URL
 * and the web server URL so that links an action follows lead back to the simulator.
 */

export interface Urls {
  /** REST base, e.g. http://127.0.0.1:PORT (GITHUB_API_URL). */
  api: string;
  /** Web base, e.g. https://github.com (GITHUB_SERVER_URL). */
  server: string;
}

export type UserType = 'User' | 'Bot' | 'Organization';

export interface Account {
  login: string;
  id: number;
  type: UserType;
  /** Real GitHub ids for known accounts; otherwise derived from the numeric id. */
  node_id?: string;
  avatar_url?: string;
}

/** `github-actions[bot]`: the user behind the Actions `GITHUB_TOKEN` (installation token). */
export const GITHUB_ACTIONS_BOT: Account = {
  login: 'github-actions[bot]',
  id: 41898282,
  type: 'Bot',
  node_id: 'MDM6Qm90NDE4OTgyODI=',
  avatar_url: 'https://avatars.githubusercontent.com/in/15368?v=4',
};

export const GITHUB_ORG: Account = {
  login: 'github',
  id: 9919,
  type: 'Organization',
  node_id: 'MDEyOk9yZ2FuaXphdGlvbjk5MTk=',
  avatar_url: 'https://avatars.githubusercontent.com/u/9919?v=4',
};

const FIXED_TIME = '2024-01-01T00:00:00Z';

function nodeId(prefix: string, id: number): string {
  return Buffer.from(`0:${prefix}${id}`).toString('base64');
}

/** `simple-user`, as embedded in comments, pull requests, repositories. */
export function simpleUser(a: Account, urls: Urls): Record<string, unknown> {
  const isBot = a.type === 'Bot';
  const api = `${urls.api}/users/${encodeURIComponent(a.login)}`;
  return {
    login: a.login,
    id: a.id,
    node_id: a.node_id ?? nodeId(a.type === 'Organization' ? 'Organization' : isBot ? 'Bot' : 'User', a.id),
    avatar_url: a.avatar_url ?? `https://avatars.githubusercontent.com/u/${a.id}?v=4`,
    gravatar_id: '',
    url: api,
    html_url: isBot ? `${urls.server}/apps/${a.login.replace(/\[bot\]$/, '')}` : `${urls.server}/${a.login}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: a.type,
    user_view_type: 'public',
    site_admin: false,
  };
}

/** `GET /user` for a personal access token (the `private-user` shape). */
export function privateUser(a: Account, urls: Urls): Record<string, unknown> {
  return {
    ...simpleUser(a, urls),
    user_view_type: 'private',
    name: a.login,
    company: null,
    blog: '',
    location: null,
    email: null,
    notification_email: null,
    hireable: null,
    bio: null,
    twitter_username: null,
    public_repos: 1,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: FIXED_TIME,
    updated_at: FIXED_TIME,
    private_gists: 0,
    total_private_repos: 0,
    owned_private_repos: 0,
    disk_usage: 0,
    collaborators: 0,
    two_factor_authentication: true,
    plan: { name: 'free', space: 976562499, collaborators: 0, private_repos: 10000 },
  };
}

export interface AppIdentity {
  id: number;
  slug: string;
  name: string;
  node_id: string;
  client_id: string;
  description: string;
  external_url: string;
  owner: Account;
}

/** The GitHub Actions app (owner of check runs and comments made with GITHUB_TOKEN). */
export const GITHUB_ACTIONS_APP: AppIdentity = {
  id: 15368,
  slug: 'github-actions',
  name: 'GitHub Actions',
  node_id: 'MDM6QXBwMTUzNjg=',
  client_id: 'Iv1.05c79e9ad1f6bdfa',
  description: 'Automate your workflow from idea to production',
  external_url: 'https://help.github.com/en/actions',
  owner: GITHUB_ORG,
};

/** `integration`: the `app` of a check run, `performed_via_github_app` of a comment. */
export function integration(app: AppIdentity, urls: Urls): Record<string, unknown> {
  return {
    id: app.id,
    client_id: app.client_id,
    slug: app.slug,
    node_id: app.node_id,
    owner: simpleUser(app.owner, urls),
    name: app.name,
    description: app.description,
    external_url: app.external_url,
    html_url: `${urls.server}/apps/${app.slug}`,
    created_at: '2018-07-30T09:30:17Z',
    updated_at: FIXED_TIME,
    permissions: {
      actions: 'write', checks: 'write', contents: 'write', deployments: 'write', issues: 'write',
      metadata: 'read', packages: 'write', pages: 'write', pull_requests: 'write', statuses: 'write',
      security_events: 'write',
    },
    events: ['check_run', 'check_suite', 'issue_comment', 'issues', 'pull_request', 'push', 'workflow_dispatch', 'workflow_run'],
  };
}

export interface RepoSpec {
  owner: Account;
  name: string;
  id: number;
  private?: boolean;
  fork?: boolean;
  defaultBranch?: string;
}

/** Full `repository` object (as embedded in pull request head/base and event payloads). */
export function repository(r: RepoSpec, urls: Urls): Record<string, unknown> {
  const full = `${r.owner.login}/${r.name}`;
  const api = `${urls.api}/repos/${full}`;
  const host = new URL(urls.server).host;
  return {
    id: r.id,
    node_id: nodeId('Repository', r.id),
    name: r.name,
    full_name: full,
    private: r.private ?? false,
    owner: simpleUser(r.owner, urls),
    html_url: `${urls.server}/${full}`,
    description: null,
    fork: r.fork ?? false,
    url: api,
    archive_url: `${api}/{archive_format}{/ref}`,
    assignees_url: `${api}/assignees{/user}`,
    blobs_url: `${api}/git/blobs{/sha}`,
    branches_url: `${api}/branches{/branch}`,
    collaborators_url: `${api}/collaborators{/collaborator}`,
    comments_url: `${api}/comments{/number}`,
    commits_url: `${api}/commits{/sha}`,
    compare_url: `${api}/compare/{base}...{head}`,
    contents_url: `${api}/contents/{+path}`,
    contributors_url: `${api}/contributors`,
    deployments_url: `${api}/deployments`,
    downloads_url: `${api}/downloads`,
    events_url: `${api}/events`,
    forks_url: `${api}/forks`,
    git_commits_url: `${api}/git/commits{/sha}`,
    git_refs_url: `${api}/git/refs{/sha}`,
    git_tags_url: `${api}/git/tags{/sha}`,
    git_url: `git://${host}/${full}.git`,
    issue_comment_url: `${api}/issues/comments{/number}`,
    issue_events_url: `${api}/issues/events{/number}`,
    issues_url: `${api}/issues{/number}`,
    keys_url: `${api}/keys{/key_id}`,
    labels_url: `${api}/labels{/name}`,
    languages_url: `${api}/languages`,
    merges_url: `${api}/merges`,
    milestones_url: `${api}/milestones{/number}`,
    notifications_url: `${api}/notifications{?since,all,participating}`,
    pulls_url: `${api}/pulls{/number}`,
    releases_url: `${api}/releases{/id}`,
    ssh_url: `git@${host}:${full}.git`,
    stargazers_url: `${api}/stargazers`,
    statuses_url: `${api}/statuses/{sha}`,
    subscribers_url: `${api}/subscribers`,
    subscription_url: `${api}/subscription`,
    tags_url: `${api}/tags`,
    teams_url: `${api}/teams`,
    trees_url: `${api}/git/trees{/sha}`,
    clone_url: `${urls.server}/${full}.git`,
    mirror_url: null,
    hooks_url: `${api}/hooks`,
    svn_url: `${urls.server}/${full}`,
    homepage: null,
    language: 'TypeScript',
    forks_count: 0,
    stargazers_count: 0,
    watchers_count: 0,
    size: 100,
    default_branch: r.defaultBranch ?? 'main',
    open_issues_count: 1,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: true,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: r.private ? 'private' : 'public',
    pushed_at: FIXED_TIME,
    created_at: FIXED_TIME,
    updated_at: FIXED_TIME,
    allow_forking: true,
    web_commit_signoff_required: false,
    license: null,
    forks: 0,
    open_issues: 1,
    watchers: 0,
  };
}

export interface PullRequestState {
  number: number;
  id: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  draft: boolean;
  merged: boolean;
  author: Account;
  head: { ref: string; sha: string; repo: RepoSpec };
  base: { ref: string; sha: string; repo: RepoSpec };
  mergeCommitSha: string | null;
  createdAt: string;
  updatedAt: string;
  labels: string[];
  commits: number;
  additions: number;
  deletions: number;
  changedFiles: number;
  maintainerCanModify: boolean;
  authorAssociation: string;
}

function branchSide(side: PullRequestState['head'], urls: Urls): Record<string, unknown> {
  return {
    label: `${side.repo.owner.login}:${side.ref}`,
    ref: side.ref,
    sha: side.sha,
    user: simpleUser(side.repo.owner, urls),
    repo: repository(side.repo, urls),
  };
}

/** `pull-request-simple` (list endpoints such as `GET /repos/{o}/{r}/commits/{sha}/pulls`). */
export function pullRequestSimple(pr: PullRequestState, urls: Urls): Record<string, unknown> {
  const full = `${pr.base.repo.owner.login}/${pr.base.repo.name}`;
  const api = `${urls.api}/repos/${full}`;
  const html = `${urls.server}/${full}/pull/${pr.number}`;
  return {
    url: `${api}/pulls/${pr.number}`,
    id: pr.id,
    node_id: nodeId('PullRequest', pr.id),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${api}/issues/${pr.number}`,
    commits_url: `${api}/pulls/${pr.number}/commits`,
    review_comments_url: `${api}/pulls/${pr.number}/comments`,
    review_comment_url: `${api}/pulls/comments{/number}`,
    comments_url: `${api}/issues/${pr.number}/comments`,
    statuses_url: `${api}/statuses/${pr.head.sha}`,
    number: pr.number,
    state: pr.state,
    locked: false,
    title: pr.title,
    user: simpleUser(pr.author, urls),
    body: pr.body,
    labels: pr.labels.map((name, i) => ({
      id: 1000 + i,
      node_id: nodeId('Label', 1000 + i),
      url: `${api}/labels/${encodeURIComponent(name)}`,
      name,
      description: null,
      color: 'ededed',
      default: false,
    })),
    milestone: null,
    active_lock_reason: null,
    created_at: pr.createdAt,
    updated_at: pr.updatedAt,
    closed_at: pr.state === 'closed' ? pr.updatedAt : null,
    merged_at: pr.merged ? pr.updatedAt : null,
    merge_commit_sha: pr.mergeCommitSha,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: branchSide(pr.head, urls),
    base: branchSide(pr.base, urls),
    _links: {
      self: { href: `${api}/pulls/${pr.number}` },
      html: { href: html },
      issue: { href: `${api}/issues/${pr.number}` },
      comments: { href: `${api}/issues/${pr.number}/comments` },
      review_comments: { href: `${api}/pulls/${pr.number}/comments` },
      review_comment: { href: `${api}/pulls/comments{/number}` },
      commits: { href: `${api}/pulls/${pr.number}/commits` },
      statuses: { href: `${api}/statuses/${pr.head.sha}` },
    },
    author_association: pr.authorAssociation,
    auto_merge: null,
    draft: pr.draft,
  };
}

/** Full `pull-request` (`GET /repos/{o}/{r}/pulls/{n}` and the `pull_request` event payload). */
export function pullRequest(pr: PullRequestState, urls: Urls): Record<string, unknown> {
  return {
    ...pullRequestSimple(pr, urls),
    merged: pr.merged,
    mergeable: pr.state === 'open' ? true : null,
    rebaseable: pr.state === 'open' ? true : null,
    mergeable_state: pr.state === 'open' ? 'clean' : 'unknown',
    merged_by: null,
    comments: 0,
    review_comments: 0,
    maintainer_can_modify: pr.maintainerCanModify,
    commits: pr.commits,
    additions: pr.additions,
    deletions: pr.deletions,
    changed_files: pr.changedFiles,
  };
}

/** `pull-request-minimal` (the `pull_requests` array of check runs and workflow runs). */
export function pullRequestMinimal(pr: PullRequestState, urls: Urls): Record<string, unknown> {
  const side = (s: PullRequestState['head']) => ({
    ref: s.ref,
    sha: s.sha,
    repo: { id: s.repo.id, url: `${urls.api}/repos/${s.repo.owner.login}/${s.repo.name}`, name: s.repo.name },
  });
  return {
    id: pr.id,
    number: pr.number,
    url: `${urls.api}/repos/${pr.base.repo.owner.login}/${pr.base.repo.name}/pulls/${pr.number}`,
    head: side(pr.head),
    base: side(pr.base),
  };
}

export interface StoredAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column: number | null;
  end_column: number | null;
  annotation_level: 'notice' | 'warning' | 'failure';
  title: string | null;
  message: string;
  raw_details: string | null;
}

export interface StoredCheckRun {
  id: number;
  owner: string;
  repo: string;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  started_at: string;
  completed_at: string | null;
  details_url: string | null;
  external_id: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
  annotations: StoredAnnotation[];
  app: AppIdentity | null;
  checkSuiteId: number;
  /** Requests that changed this run, in order (create, updates). */
  history: Array<{ method: string; body: unknown }>;
}

export function checkRun(run: StoredCheckRun, urls: Urls, pulls: PullRequestState[]): Record<string, unknown> {
  const api = `${urls.api}/repos/${run.owner}/${run.repo}`;
  return {
    id: run.id,
    name: run.name,
    node_id: nodeId('CheckRun', run.id),
    head_sha: run.head_sha,
    external_id: run.external_id ?? '',
    url: `${api}/check-runs/${run.id}`,
    html_url: `${urls.server}/${run.owner}/${run.repo}/runs/${run.id}`,
    details_url: run.details_url ?? `${urls.server}/${run.owner}/${run.repo}/runs/${run.id}`,
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.started_at,
    completed_at: run.completed_at,
    output: {
      title: run.output.title,
      summary: run.output.summary,
      text: run.output.text,
      annotations_count: run.annotations.length,
      annotations_url: `${api}/check-runs/${run.id}/annotations`,
    },
    check_suite: { id: run.checkSuiteId },
    app: run.app ? integration(run.app, urls) : null,
    pull_requests: pulls.map((p) => pullRequestMinimal(p, urls)),
  };
}

export function checkAnnotation(run: StoredCheckRun, a: StoredAnnotation, urls: Urls): Record<string, unknown> {
  return {
    path: a.path,
    blob_href: `${urls.server}/${run.owner}/${run.repo}/blob/${run.head_sha}/${a.path.split('/').map(encodeURIComponent).join('/')}`,
    start_line: a.start_line,
    start_column: a.start_column,
    end_line: a.end_line,
    end_column: a.end_column,
    annotation_level: a.annotation_level,
    title: a.title,
    message: a.message,
    raw_details: a.raw_details,
  };
}

export interface StoredComment {
  id: number;
  owner: string;
  repo: string;
  issueNumber: number;
  /** True when the issue is a pull request (html_url then points at /pull/N). */
  isPull: boolean;
  body: string;
  author: Account;
  app: AppIdentity | null;
  authorAssociation: string;
  created_at: string;
  updated_at: string;
}

export function issueComment(c: StoredComment, urls: Urls): Record<string, unknown> {
  const api = `${urls.api}/repos/${c.owner}/${c.repo}`;
  return {
    id: c.id,
    node_id: nodeId('IssueComment', c.id),
    url: `${api}/issues/comments/${c.id}`,
    html_url: `${urls.server}/${c.owner}/${c.repo}/${c.isPull ? 'pull' : 'issues'}/${c.issueNumber}#issuecomment-${c.id}`,
    body: c.body,
    user: simpleUser(c.author, urls),
    created_at: c.created_at,
    updated_at: c.updated_at,
    issue_url: `${api}/issues/${c.issueNumber}`,
    author_association: c.authorAssociation,
    reactions: {
      url: `${api}/issues/comments/${c.id}/reactions`,
      total_count: 0, '+1': 0, '-1': 0, laugh: 0, hooray: 0, confused: 0, heart: 0, rocket: 0, eyes: 0,
    },
    performed_via_github_app: c.app ? integration(c.app, urls) : null,
  };
}
