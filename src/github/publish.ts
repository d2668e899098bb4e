/**
 * Sends the planned reports to GitHub: one check-run create (+ ⌈annotations/50⌉ − 1 updates),
 * one paginated comment lookup and at most one comment write. Every failure is logged in one
 * line and the run goes on: the verdict and evidence never depend on GitHub answering.
 */
import type { Logger } from '../core/types.js';
import { planCheckRun } from '../report/check-run.js';
import { commentMarker, planComment } from '../report/comment.js';
import type { RunReport } from '../report/context.js';
import type { GitHubSettings, ReportingSettings } from '../settings.js';
import { createClient, describeHttpError, httpStatus, type GitHubClient } from './client.js';

export interface PublishResult {
  checkRunUrl?: string;
  commentUrl?: string;
  /** Plain sentences about what was skipped or failed, also logged. */
  problems: string[];
}

export async function publishToGitHub(gh: GitHubSettings, rep: ReportingSettings, report: RunReport, log: Logger): Promise<PublishResult> {
  const result: PublishResult = { problems: [] };
  if (gh.readOnlyReason) {
    log.info(`Not writing to GitHub (${gh.readOnlyReason}): no check run or PR comment; the job summary, annotations in the log, SARIF and the evidence bundle carry the results.`);
    return result;
  }
  const client = createClient(gh, log);
  const problem = (what: string, e: unknown): void => {
    const line = `${what} failed (${describeHttpError(e)}); the verdict and evidence are unaffected.`;
    result.problems.push(line);
    log.warn(line);
  };

  let identity: string | undefined;
  // The comment links the check run, once there is one.
  let linked = report;
  try {
    const created = await createCheckRun(client, gh, rep, report);
    result.checkRunUrl = created.url;
    if (created.appSlug) identity = `${created.appSlug}[bot]`;
    linked = { ...report, context: { ...report.context, checkRunUrl: created.url } };
  } catch (e) {
    const hint = httpStatus(e) === 403 ? ' (the token needs `checks: write`)' : '';
    problem(`Creating the check run${hint}`, e);
  }

  const pr = gh.pullRequest;
  if (!pr || rep.comment === 'never') return result;
  try {
    identity ??= await whoAmI(client);
    const url = await upsertComment(client, gh, rep, linked, pr.number, identity, log);
    if (url) result.commentUrl = url;
  } catch (e) {
    const hint = httpStatus(e) === 403 ? ' (the token needs `pull-requests: write`)' : '';
    problem(`Updating the PR comment${hint}`, e);
  }
  return result;
}

async function createCheckRun(
  client: GitHubClient,
  gh: GitHubSettings,
  rep: ReportingSettings,
  report: RunReport,
): Promise<{ url: string; appSlug?: string }> {
  const runUrl = report.context.runUrl;
  const plan = planCheckRun(report, { annotations: rep.annotations, ...(runUrl ? { detailsUrl: runUrl } : {}) });
  const { data } = await client.rest.checks.create({ owner: gh.owner, repo: gh.repo, ...plan.create });
  for (const update of plan.updates) {
    await client.rest.checks.update({ owner: gh.owner, repo: gh.repo, check_run_id: data.id, ...update });
  }
  const slug = data.app?.slug;
  return { url: data.html_url ?? data.url, ...(slug ? { appSlug: slug } : {}) };
}

/**
 * The login our comments appear under. Without a check run to tell us (a PAT cannot create
 * one), ask `GET /user`; an installation token cannot, and its comments are by github-actions[bot].
 */
async function whoAmI(client: GitHubClient): Promise<string> {
  try {
    const { data } = await client.rest.users.getAuthenticated();
    return data.login;
  } catch {
    return 'github-actions[bot]';
  }
}

async function upsertComment(
  client: GitHubClient,
  gh: GitHubSettings,
  rep: ReportingSettings,
  report: RunReport,
  issueNumber: number,
  identity: string,
  log: Logger,
): Promise<string | undefined> {
  const marker = commentMarker(rep.checkName);
  const comments = await client.paginate(client.rest.issues.listComments, { owner: gh.owner, repo: gh.repo, issue_number: issueNumber, per_page: 100 });
  // Ours = carries the marker on its first line AND is authored by this token's identity:
  // a comment by anyone else quoting the marker is left alone.
  const ours = comments.find(
    (c) => c.user?.login.toLowerCase() === identity.toLowerCase() && (c.body ?? '').split('\n', 1)[0]!.trim() === marker,
  );
  if (!ours && rep.comment === 'on-failure' && report.verdict.verdict !== 'fail') return undefined;
  const body = planComment(report);
  if (ours) {
    if (ours.body === body) {
      log.info('PR comment unchanged; not updated.');
      return ours.html_url;
    }
    const { data } = await client.rest.issues.updateComment({ owner: gh.owner, repo: gh.repo, comment_id: ours.id, body });
    return data.html_url;
  }
  const { data } = await client.rest.issues.createComment({ owner: gh.owner, repo: gh.repo, issue_number: issueNumber, body });
  return data.html_url;
}
