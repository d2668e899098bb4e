/**
 * One orchestration of a run: config → diff → checks → policy → verdict → reports →
 * evidence on disk → GitHub. Both entries (action and CLI) call {@link run}.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { CHECKS, type CheckEntry } from './checks/registry.js';
import { UsageError } from './core/errors.js';
import { didYouMean } from './config/did-you-mean.js';
import { loadConfig, type LoadedConfig } from './config/load.js';
import { applyBaseline, indexBaseline } from './core/baseline.js';
import { metaResult, reasonlessFinding } from './core/meta-check.js';
import { indexSuppressions, type InlineSuppression } from './core/inline-suppressions.js';
import { applyPolicy, emptyCounts, partitionExceptions, pathSelected, type CheckPolicy, type ExceptionRule } from './core/policy.js';
import { rulesOf, runChecks, type CheckRun } from './core/run-checks.js';
import type { CheckContext, CheckResult, DiffInfo, FailOn, FindingInput, RepoFiles, Scope, Verdict } from './core/types.js';
import { checkStatus, computeVerdict } from './core/verdict.js';
import { computeDiff, UnknownBaseError } from './git/diff.js';
import { runGit } from './git/exec.js';
import { openRepoFiles } from './repo/files.js';
import type { ReportContext, RunReport } from './report/context.js';
import { planEvidence } from './report/evidence.js';
import { planJobSummary } from './report/job-summary.js';
import { planJunit } from './report/junit.js';
import { planSarif } from './report/sarif.js';
import { planWorkflowCommands } from './report/workflow-commands.js';
import type { Settings } from './settings.js';
import { TOOL_NAME, TOOL_VERSION } from './version.js';

export interface RunOutcome {
  verdict: Verdict;
  results: CheckResult[];
  report: RunReport;
  evidencePath: string;
  sarifPath?: string;
  junitPath?: string;
  checkRunUrl?: string;
  commentUrl?: string;
  /** `::error file=…::` lines for the entry to print (token-free annotations). */
  workflowCommands: string[];
}

const COMMON_KEYS = new Set(['enabled', 'level', 'scope', 'paths', 'ignore', 'rules']);
export async function run(settings: Settings, registry: readonly CheckEntry[] = CHECKS): Promise<RunOutcome> {
  const loaded = await loadConfig({
    root: settings.root,
    installDir: settings.installDir,
    checks: registry,
    ...(settings.configPath ? { path: settings.configPath } : {}),
  });
  const entries = selectChecks(registry, settings.checks, loaded);
  const failOn: FailOn = settings.failOn ?? loaded.config['fail-on'] ?? 'error';
  const notices: string[] = [];

  let diff: DiffInfo | null = null;
  if (settings.base) {
    try {
      diff = await computeDiff({ root: settings.root, base: settings.base, fetchMissingBase: settings.fetchMissingBase });
    } catch (e) {
      if (e instanceof UnknownBaseError) throw new UsageError(e.message);
      throw e;
    }
    if (diff.warning) {
      settings.log.warn(diff.warning);
      notices.push(diff.warning);
    }
  }

  const { active, expired } = partitionExceptions(exceptionsOf(loaded), settings.now);
  const evaluated = await evaluate(settings, loaded, entries, settings.root, diff, active, failOn);
  let results = evaluated.results;
  if (settings.baseline) {
    results = await withBaseline(settings, loaded, entries, active, failOn, results);
    notices.push(`Baseline mode: only counts per rule and path that rose above ${settings.baseline} gate.`);
  }
  const meta = metaResult(expired, evaluated.meta, failOn);
  if (meta) results.push(meta);
  const verdict = computeVerdict(results, failOn);

  const gh = settings.github;
  const context: ReportContext = {
    toolName: TOOL_NAME,
    toolVersion: TOOL_VERSION,
    checkName: settings.reporting.checkName,
    commitSha: gh?.sha ?? (await headCommit(settings.root)),
    configFile: loaded.file,
    notices,
    ...(gh ? { repoUrl: `${gh.serverUrl}/${gh.owner}/${gh.repo}` } : {}),
    ...(gh?.runId ? { runUrl: `${gh.serverUrl}/${gh.owner}/${gh.repo}/actions/runs/${gh.runId}` } : {}),
  };
  const report: RunReport = { results, verdict, context };

  // Evidence first: it must exist even when every GitHub call fails.
  const outcome = await writeLocalReports(settings, report, loaded);
  if (gh) {
    const { publishToGitHub } = await import('./github/publish.js');
    const published = await publishToGitHub(gh, settings.reporting, report, settings.log);
    if (published.checkRunUrl) outcome.checkRunUrl = published.checkRunUrl;
    if (published.commentUrl) outcome.commentUrl = published.commentUrl;
  }
  return outcome;
}

function selectChecks(registry: readonly CheckEntry[], wanted: Settings['checks'], loaded: LoadedConfig): CheckEntry[] {
  const ids = registry.map((e) => e.id);
  if (wanted !== 'all') {
    for (const id of wanted) {
      if (!ids.includes(id)) {
        const hint = didYouMean(id, ids);
        throw new UsageError(`unknown check "${id}"${hint ? ` (did you mean "${hint}"?)` : ''}; available: ${ids.join(', ')}`);
      }
    }
  }
  return registry.filter((e) => {
    if (wanted !== 'all' && !wanted.includes(e.id)) return false;
    const section = sectionOf(loaded, e.id);
    return section.enabled !== false && section.level !== 'off';
  });
}

function sectionOf(loaded: LoadedConfig, id: string): Record<string, unknown> {
  return ((loaded.config.checks as Record<string, Record<string, unknown> | undefined> | undefined)?.[id] ?? {}) as Record<string, unknown>;
}

function exceptionsOf(loaded: LoadedConfig): ExceptionRule[] {
  return (loaded.config.exceptions ?? []).map((e, i) => ({
    rule: e.rule,
    reason: e.reason,
    source: loaded.exceptionSources[i] ?? loaded.file ?? 'config',
    ...(e.paths ? { paths: e.paths } : {}),
    ...(e.fingerprint ? { fingerprint: e.fingerprint } : {}),
    ...(e.expires ? { expires: e.expires } : {}),
  }));
}

async function evaluate(
  settings: Settings,
  loaded: LoadedConfig,
  entries: readonly CheckEntry[],
  root: string,
  diff: DiffInfo | null,
  exceptions: readonly ExceptionRule[],
  failOn: FailOn,
): Promise<{ results: CheckResult[]; meta: FindingInput[] }> {
  const files = await openRepoFiles(root, { ignore: [...(loaded.config.ignore ?? []), ...ownOutputs(settings, root)] });
  const controller = new AbortController();
  const scopes = new Map<string, Scope>();
  let first = true;
  const contextFor = (entry: CheckEntry): CheckContext => {
    if (first) {
      first = false;
      // Read by bench/startup.mjs: start-up cost is measured, not guessed.
      settings.log.debug(`first check starting at ${performance.now().toFixed(1)} ms after process start`);
    }
    const section = sectionOf(loaded, entry.id);
    const parsed = entry.optionsSchema.extend({}).passthrough().parse(section) as Record<string, unknown>;
    const options = Object.fromEntries(Object.entries(parsed).filter(([k]) => !COMMON_KEYS.has(k)));
    const wantedScope = (section.scope as Scope | undefined) ?? settings.scope ?? loaded.config.scope ?? 'diff';
    const scope: Scope = !diff || diff.unavailable ? 'all' : wantedScope;
    scopes.set(entry.id, scope);
    return {
      options,
      files: scopedFiles(files, section.paths as string[] | undefined, section.ignore as string[] | undefined),
      scope,
      diff,
      installDir: settings.installDir,
      now: settings.now,
      signal: controller.signal,
      log: settings.log,
      progress: (done, total) => settings.progress(done, total, entry.id),
    };
  };
  const runs = await runChecks(entries, contextFor);
  const suppressions = await suppressionIndex(files, runs);
  const meta: FindingInput[] = [];
  const results = runs.map((r) => toResult(r, loaded, exceptions, suppressions, diff, scopes.get(r.entry.id) ?? 'all', failOn, meta));
  return { results, meta };
}

/** Guardian's own output files inside the tree (evidence, SARIF, JUnit) are never checked. */
function ownOutputs(settings: Settings, root: string): string[] {
  const rep = settings.reporting;
  return [rep.evidenceDir, rep.sarifFile, rep.junitFile]
    .filter((p): p is string => p !== undefined)
    .map((p) => relative(root, resolve(settings.root, p)).split(sep).join('/'))
    .filter((rel) => rel !== '' && !rel.startsWith('..') && !isAbsolute(rel))
    .map((rel) => `/${rel}`);
}

/** A view of the repository files limited by a check's `paths`/`ignore`. */
function scopedFiles(files: RepoFiles, paths?: string[], ignore?: string[]): RepoFiles {
  if (!paths?.length && !ignore?.length) return files;
  const keep = (all: string[]): string[] => all.filter((p) => pathSelected(p, paths, ignore));
  let listing: Promise<string[]> | undefined;
  const select = files.select?.bind(files);
  return {
    ...files,
    list: () => (listing ??= files.list().then(keep)),
    ...(select ? { select: (wanted: readonly string[]) => select(wanted).then(keep) } : {}),
  };
}

async function suppressionIndex(files: RepoFiles, runs: readonly CheckRun[]): Promise<Map<string, Map<number, InlineSuppression>>> {
  const paths = new Set<string>();
  for (const r of runs) for (const f of r.output?.findings ?? []) if (f.location) paths.add(f.location.path);
  const index = new Map<string, Map<number, InlineSuppression>>();
  await Promise.all(
    [...paths].map(async (p) => {
      const buf = await files.read(p);
      if (buf && buf.includes('guardian-ignore[')) index.set(p, indexSuppressions(buf.toString('utf8')));
    }),
  );
  return index;
}

function toResult(
  r: CheckRun,
  loaded: LoadedConfig,
  exceptions: readonly ExceptionRule[],
  suppressions: Map<string, Map<number, InlineSuppression>>,
  diff: DiffInfo | null,
  scope: Scope,
  failOn: FailOn,
  meta: FindingInput[],
): CheckResult {
  const rules = rulesOf(r);
  const title = r.check?.meta.title ?? r.entry.id;
  if (r.error !== undefined || !r.output) {
    return {
      checkId: r.entry.id,
      title,
      status: 'error',
      findings: [],
      counts: emptyCounts(),
      durationMs: r.durationMs,
      evidence: {},
      rules,
      notes: [],
      error: r.error ?? 'the check returned nothing',
    };
  }
  const section = sectionOf(loaded, r.entry.id);
  const policy: CheckPolicy = {
    ...(section.level ? { level: section.level as CheckPolicy['level'] } : {}),
    ...(section.paths ? { paths: section.paths as string[] } : {}),
    ...(section.ignore ? { ignore: section.ignore as string[] } : {}),
    ...(section.rules ? { rules: section.rules as CheckPolicy['rules'] } : {}),
  };
  const out = applyPolicy({
    checkId: r.entry.id,
    findings: r.output.findings,
    rules,
    policy,
    exceptions,
    suppressionsFor: (p) => suppressions.get(p),
    diff,
    scope,
  });
  const notes = [...(r.output.notes ?? [])];
  const known = new Set(rules.map((m) => m.id.slice(m.id.indexOf('/') + 1)));
  for (const name of Object.keys(policy.rules ?? {})) {
    if (known.size && !known.has(name)) {
      const hint = didYouMean(name, [...known]);
      notes.push(`config names rule "${name}", which this check does not have${hint ? ` (did you mean "${hint}"?)` : ''}`);
    }
  }
  if (out.counts.outsideDiff) notes.push(`${out.counts.outsideDiff} finding(s) outside the PR's changed lines were not reported (scope: diff)`);
  for (const { path, suppression } of out.reasonless) meta.push(reasonlessFinding(path, suppression));
  return {
    checkId: r.entry.id,
    title,
    status: checkStatus(out.counts, failOn, r.output.neutralReason !== undefined),
    findings: out.findings,
    counts: out.counts,
    durationMs: r.durationMs,
    evidence: r.output.evidence ?? {},
    rules,
    notes,
    ...(r.output.summary || r.output.neutralReason ? { summary: r.output.summary ?? r.output.neutralReason } : {}),
  };
}

/** Runs the same checks on a detached worktree of the baseline ref and marks findings present there. */
async function withBaseline(
  settings: Settings,
  loaded: LoadedConfig,
  entries: readonly CheckEntry[],
  exceptions: readonly ExceptionRule[],
  failOn: FailOn,
  results: CheckResult[],
): Promise<CheckResult[]> {
  const ref = settings.baseline!;
  const dir = await mkdtemp(join(tmpdir(), 'guardian-baseline-'));
  const add = await runGit(['worktree', 'add', '--detach', '--quiet', dir, ref], { cwd: settings.root, timeoutMs: 120_000 });
  if (add.code !== 0) {
    await rm(dir, { recursive: true, force: true });
    throw new UsageError(`--baseline ${ref}: cannot check out that revision (${add.stderr.trim()}). Use a commit, tag or branch this clone has.`);
  }
  try {
    const { results: base } = await evaluate({ ...settings, scope: 'all' }, loaded, entries, dir, null, exceptions, failOn);
    return results.map((r) => {
      const b = base.find((x) => x.checkId === r.checkId);
      if (!b || r.status === 'error') return r;
      const findings = applyBaseline(r.findings, indexBaseline(ref, b.findings));
      const counts = { ...emptyCounts(), outsideDiff: r.counts.outsideDiff };
      for (const f of findings) {
        if (f.suppression) counts.suppressed++;
        else counts[f.level]++;
      }
      return { ...r, findings, counts, status: checkStatus(counts, failOn, r.status === 'neutral') };
    });
  } finally {
    await runGit(['worktree', 'remove', '--force', dir], { cwd: settings.root, timeoutMs: 60_000 });
    await rm(dir, { recursive: true, force: true });
  }
}

async function headCommit(root: string): Promise<string> {
  const r = await runGit(['rev-parse', 'HEAD'], { cwd: root, timeoutMs: 10_000 });
  return r.code === 0 ? r.stdout.toString('utf8').trim() : 'working-tree';
}

async function writeLocalReports(settings: Settings, report: RunReport, loaded: LoadedConfig): Promise<RunOutcome> {
  const rep = settings.reporting;
  const evidencePath = resolve(settings.root, rep.evidenceDir);
  const bundle = planEvidence({
    report,
    configSha256: loaded.sha256,
    timeVerified: settings.now.toISOString(),
    secrets: settings.secrets,
    ...(settings.github ? { repository: `${settings.github.owner}/${settings.github.repo}` } : {}),
    ...(settings.github?.pullRequest ? { pullRequest: settings.github.pullRequest.number } : {}),
  });
  await mkdir(evidencePath, { recursive: true });
  for (const [name, text] of bundle) await writeFile(join(evidencePath, name), text);
  const outcome: RunOutcome = {
    verdict: report.verdict,
    results: report.results,
    report,
    evidencePath,
    workflowCommands: rep.workflowCommands ? planWorkflowCommands(report) : [],
  };
  if (rep.sarifFile) {
    outcome.sarifPath = resolve(settings.root, rep.sarifFile);
    await writeText(outcome.sarifPath, `${JSON.stringify(planSarif(report), null, 2)}\n`);
  }
  if (rep.junitFile) {
    outcome.junitPath = resolve(settings.root, rep.junitFile);
    await writeText(outcome.junitPath, planJunit(report));
  }
  if (rep.stepSummaryFile) {
    const { appendFile } = await import('node:fs/promises');
    await appendFile(rep.stepSummaryFile, planJobSummary(report));
  }
  return outcome;
}

async function writeText(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
}
