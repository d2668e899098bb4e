/**
 * The action entry (runs.main): inputs → Settings → run → outputs. Thin on purpose, and fast
 * to start: log lines are plain workflow commands, and `@actions/core` (which pulls in an
 * HTTP client for OIDC) loads only after the gates have run, to set outputs and the result.
 */
import { readFileSync } from 'node:fs';
import { InputError, readActionInputs } from './action/inputs.js';
import { loadEvent, settingsFromAction } from './action/settings.js';
import type { Logger } from './core/types.js';
import { findInstallDir } from './install-dir.js';
import { formatCommand } from './report/workflow-commands.js';
import type { Settings } from './settings.js';

const PROBLEM_POSITION = /^(?<file>[^:\s][^:]*):(?<line>\d+)(?::(?<col>\d+))?/;

const print = (line: string): void => void process.stdout.write(`${line}\n`);
const log: Logger = {
  info: (m) => print(m),
  warn: (m) => print(formatCommand('warning', {}, m)),
  debug: (m) => print(formatCommand('debug', {}, m)),
};

/** What the step hands back: outputs, and the failure message when the step fails. */
interface StepResult {
  outputs: Record<string, string>;
  failure?: string;
}

async function main(): Promise<StepResult> {
  const env = process.env;
  const inputs = readActionInputs(env);
  if (inputs.token) print(formatCommand('add-mask', {}, inputs.token));
  const event = loadEvent(env, (p) => readFileSync(p, 'utf8'));
  const settings = settingsFromAction(inputs, env, event, {
    installDir: findInstallDir(import.meta.url),
    cwd: process.cwd(),
    now: new Date(),
    log,
  });
  if (inputs.mode === 'report') return relayBundle(settings, event.payload, inputs.evidenceDir !== undefined);
  const { run } = await import('./app.js');
  const outcome = await run(settings);
  // Check-run annotations already carry the findings; workflow commands are the fallback channel.
  if (!outcome.checkRunUrl) for (const line of outcome.workflowCommands) print(line);
  const { verdict } = outcome;
  log.info(`Guardian verdict: ${verdict.verdict} (${verdict.reasons.join('; ')})`);
  log.info(`Evidence bundle: ${outcome.evidencePath}`);
  return {
    outputs: {
      verdict: verdict.verdict,
      'error-count': String(verdict.counts.error),
      'warning-count': String(verdict.counts.warning),
      'evidence-path': outcome.evidencePath,
      'sarif-path': outcome.sarifPath ?? '',
      'check-run-url': outcome.checkRunUrl ?? '',
      'comment-url': outcome.commentUrl ?? '',
    },
    ...(verdict.verdict === 'fail' ? { failure: `Guardian: ${verdict.reasons.join('; ')}` } : {}),
  };
}

/** `mode: report`: post a downloaded bundle from a trusted workflow_run job. */
async function relayBundle(settings: Settings, payload: unknown, evidenceDirGiven: boolean): Promise<StepResult> {
  const wr = (payload as { workflow_run?: WorkflowRunPayload }).workflow_run;
  if (!settings.github || !wr?.head_sha) {
    throw new InputError('mode "report" runs on `workflow_run` events: the event payload has no workflow_run.head_sha');
  }
  if (!evidenceDirGiven) throw new InputError('mode "report" needs `evidence-dir`: the folder the evidence artifact was downloaded to');
  const { relay } = await import('./relay.js');
  const outcome = await relay({
    bundleDir: settings.reporting.evidenceDir,
    github: settings.github,
    reporting: settings.reporting,
    log: settings.log,
    run: {
      headSha: wr.head_sha,
      headBranch: wr.head_branch ?? '',
      headOwner: wr.head_repository?.owner?.login ?? settings.github.owner,
      headRepo: wr.head_repository?.name ?? settings.github.repo,
      listedNumbers: (wr.pull_requests ?? []).map((p) => p.number),
      conclusion: wr.conclusion ?? 'success',
      ...(wr.html_url ? { htmlUrl: wr.html_url } : {}),
    },
  });
  log.info(`Posted the bundle's verdict (${outcome.verdict.verdict}) for ${wr.head_sha}${outcome.pullRequest ? ` on PR #${outcome.pullRequest}` : ''}.`);
  return {
    outputs: {
      verdict: outcome.verdict.verdict,
      'error-count': String(outcome.verdict.counts.error),
      'warning-count': String(outcome.verdict.counts.warning),
      'evidence-path': settings.reporting.evidenceDir,
      'sarif-path': '',
      'check-run-url': outcome.checkRunUrl ?? '',
      'comment-url': outcome.commentUrl ?? '',
    },
  };
}

interface WorkflowRunPayload {
  head_sha?: string;
  head_branch?: string | null;
  conclusion?: string | null;
  html_url?: string;
  pull_requests?: Array<{ number: number }>;
  head_repository?: { name?: string; owner?: { login?: string } };
}

/** Config problems become annotations on the config file, each at its line. */
function reportProblems(problems: readonly string[]): void {
  for (const p of problems) {
    const m = PROBLEM_POSITION.exec(p)?.groups;
    print(formatCommand('error', m ? { file: m.file, line: m.line, col: m.col, title: 'Guardian configuration' } : { title: 'Guardian configuration' }, p));
  }
}

async function finish(result: StepResult | { error: unknown }): Promise<void> {
  const core = await import('@actions/core');
  if ('error' in result) {
    const err = result.error as Error & { problems?: string[] };
    if (err.name === 'ConfigError' && err.problems) {
      reportProblems(err.problems);
      core.setFailed(`Guardian: the configuration is invalid (${err.problems.length} problem(s) above).`);
    } else {
      core.setFailed(`Guardian: ${err.message ?? String(err)}`);
    }
    return;
  }
  for (const [name, value] of Object.entries(result.outputs)) core.setOutput(name, value);
  if (result.failure) core.setFailed(result.failure);
}

await main().then(finish, (error: unknown) => finish({ error }));
