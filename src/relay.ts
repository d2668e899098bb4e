/**
 * `mode: report` — the trusted half of the fork-safe pattern. A `workflow_run` job downloads
 * the evidence bundle the untrusted PR run uploaded, validates findings.json against the
 * BUILT-IN schema (never the bundle's copy), finds the PR by head SHA, and posts the check run
 * and sticky comment. It never checks out or runs PR code: it only reads JSON.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { emptyCounts } from './core/policy.js';
import type { CheckResult, CheckStatus, Finding, Logger, Verdict } from './core/types.js';
import { findingsSchema } from './report/findings-schema.js';
import type { ReportContext, RunReport } from './report/context.js';
import { sha256 } from './report/evidence.js';
import type { GitHubSettings, ReportingSettings } from './settings.js';
import { TOOL_NAME, TOOL_VERSION } from './version.js';

export class BundleError extends Error {
  override name = 'BundleError';
}

/** Generous, but a bundle is JSON we parse in memory: refuse absurd sizes up front. */
const MAX_FINDINGS_BYTES = 64 * 1024 * 1024;

export interface RelaySettings {
  bundleDir: string;
  github: GitHubSettings;
  reporting: ReportingSettings;
  /** From the workflow_run payload (trusted: written by GitHub). */
  run: { headSha: string; headBranch: string; headOwner: string; headRepo: string; listedNumbers: number[]; conclusion: string; htmlUrl?: string };
  log: Logger;
}

export interface RelayOutcome {
  verdict: Verdict;
  pullRequest?: number;
  checkRunUrl?: string;
  commentUrl?: string;
}

interface FindingsDoc {
  commit: string | null;
  verdict: { verdict: Verdict['verdict']; reasons: string[]; failOn: Verdict['failOn']; counts: Verdict['counts'] };
  checks: Array<{ id: string; title: string; status: CheckStatus; counts: Verdict['counts']; durationMs: number; error?: string; summary?: string; notes?: string[] }>;
  findings: Finding[];
}

export async function readBundle(dir: string): Promise<FindingsDoc> {
  const file = join(dir, 'findings.json');
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch {
    throw new BundleError(`${file}: not found. Download the evidence artifact into evidence-dir before this step.`);
  }
  if (size > MAX_FINDINGS_BYTES) throw new BundleError(`${file}: ${size} bytes is over the ${MAX_FINDINGS_BYTES}-byte limit for a findings document`);
  const text = await readFile(file, 'utf8');
  await verifyManifest(dir, text);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new BundleError(`${file}: not valid JSON (${(e as Error).message})`);
  }
  const validate = (await loadAjv2020())({ strict: false, allErrors: false }).compile(findingsSchema);
  if (!validate(doc)) {
    const e = validate.errors?.[0];
    throw new BundleError(`${file}: does not match Guardian's findings schema at ${e?.instancePath || '/'}: ${e?.message ?? 'invalid'}`);
  }
  return doc as FindingsDoc;
}

/** ajv ships CommonJS; bundlers expose its class as a named export or as the default. */
async function loadAjv2020(): Promise<(opts: import('ajv').Options) => import('ajv/dist/2020.js').Ajv2020> {
  const mod = (await import('ajv/dist/2020.js')) as unknown as { Ajv2020?: typeof import('ajv/dist/2020.js').Ajv2020; default?: typeof import('ajv/dist/2020.js').Ajv2020 };
  const Ajv = mod.Ajv2020 ?? mod.default;
  if (!Ajv) throw new Error('ajv/dist/2020 did not load');
  return (opts) => new Ajv(opts);
}

/** The manifest detects a truncated or edited findings.json (integrity, not authenticity). */
async function verifyManifest(dir: string, findingsText: string): Promise<void> {
  let manifest: { files?: Array<{ name?: string; sha256?: string }> };
  try {
    manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
  } catch {
    throw new BundleError(`${join(dir, 'manifest.json')}: missing or not JSON; the bundle is incomplete`);
  }
  const entry = manifest.files?.find((f) => f.name === 'findings.json');
  if (!entry || entry.sha256 !== sha256(findingsText)) {
    throw new BundleError(`${join(dir, 'findings.json')}: its sha256 does not match manifest.json; the bundle was altered or truncated`);
  }
}

/** Rebuilds a report from the document; the conclusion is the worse of the run's and the bundle's. */
export function reportFromBundle(doc: FindingsDoc, context: ReportContext, runConclusion: string): RunReport {
  const byCheck = new Map<string, Finding[]>();
  for (const f of doc.findings) {
    const id = f.ruleId.slice(0, f.ruleId.indexOf('/'));
    byCheck.set(id, [...(byCheck.get(id) ?? []), f]);
  }
  const results: CheckResult[] = doc.checks.map((c) => ({
    checkId: c.id,
    title: c.title,
    status: c.status,
    findings: byCheck.get(c.id) ?? [],
    counts: c.counts ?? emptyCounts(),
    durationMs: c.durationMs,
    evidence: {},
    rules: [],
    notes: c.notes ?? [],
    ...(c.error ? { error: c.error } : {}),
    ...(c.summary ? { summary: c.summary } : {}),
  }));
  const verdict: Verdict = {
    verdict: doc.verdict.verdict,
    reasons: [...doc.verdict.reasons],
    failOn: doc.verdict.failOn,
    counts: doc.verdict.counts,
    checks: results.map((r) => ({ checkId: r.checkId, status: r.status })),
  };
  if (runConclusion !== 'success' && verdict.verdict !== 'fail') {
    verdict.verdict = 'fail';
    verdict.reasons.unshift(`the gate workflow run concluded "${runConclusion}"`);
  }
  return { results, verdict, context };
}

export async function relay(settings: RelaySettings): Promise<RelayOutcome> {
  const doc = await readBundle(settings.bundleDir);
  const gh = settings.github;
  if (doc.commit && doc.commit !== settings.run.headSha) {
    throw new BundleError(`the bundle is for commit ${doc.commit}, but the workflow run is for ${settings.run.headSha}; refusing to post it`);
  }
  const { createClient } = await import('./github/client.js');
  const { findPullRequest } = await import('./github/find-pull-request.js');
  const { publishToGitHub } = await import('./github/publish.js');
  const client = createClient(gh, settings.log);
  const pr = await findPullRequest(client, gh.owner, gh.repo, settings.run);
  if (!pr) settings.log.warn(`No open pull request has head ${settings.run.headSha}; posting the check run only.`);
  const context: ReportContext = {
    toolName: TOOL_NAME,
    toolVersion: TOOL_VERSION,
    checkName: settings.reporting.checkName,
    commitSha: settings.run.headSha,
    repoUrl: `${gh.serverUrl}/${gh.owner}/${gh.repo}`,
    configFile: null,
    notices: ['Posted from a workflow_run job: the results come from the pull request\'s own run.'],
    ...(settings.run.htmlUrl ? { runUrl: settings.run.htmlUrl } : {}),
  };
  const report = reportFromBundle(doc, context, settings.run.conclusion);
  const published = await publishToGitHub({ ...gh, sha: settings.run.headSha, ...(pr ? { pullRequest: pr } : {}) }, settings.reporting, report, settings.log);
  return {
    verdict: report.verdict,
    ...(pr ? { pullRequest: pr.number } : {}),
    ...(published.checkRunUrl ? { checkRunUrl: published.checkRunUrl } : {}),
    ...(published.commentUrl ? { commentUrl: published.commentUrl } : {}),
  };
}
