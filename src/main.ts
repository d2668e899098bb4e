/**
 * The action entry (runs.main): inputs → Settings → run → outputs. Thin on purpose; heavy
 * modules load lazily so the first check starts quickly.
 */
import { readFileSync } from 'node:fs';
import * as core from '@actions/core';
import { InputError, readActionInputs } from './action/inputs.js';
import { loadEvent, settingsFromAction } from './action/settings.js';
import { findInstallDir } from './install-dir.js';
import type { Settings } from './settings.js';

const PROBLEM_POSITION = /^(?<file>[^:\s][^:]*):(?<line>\d+)(?::(?<col>\d+))?/;

async function main(): Promise<void> {
  const env = process.env;
  const inputs = readActionInputs(env);
  const event = loadEvent(env, (p) => readFileSync(p, 'utf8'));
  const settings = settingsFromAction(inputs, env, event, {
    installDir: findInstallDir(import.meta.url),
    cwd: process.cwd(),
    now: new Date(),
    log: { info: (m) => core.info(m), warn: (m) => core.warning(m), debug: (m) => core.debug(m) },
  });
  if (settings.secrets[0]) core.setSecret(settings.secrets[0]);
  if (inputs.mode === 'report') return relayBundle(settings, event.payload, inputs.evidenceDir !== undefined);
  const { run } = await import('./app.js');
  const outcome = await run(settings);
  // Check-run annotations already carry the findings; workflow commands are the fallback channel.
  if (!outcome.checkRunUrl) for (const line of outcome.workflowCommands) process.stdout.write(`${line}\n`);
  const { verdict } = outcome;
  core.setOutput('verdict', verdict.verdict);
  core.setOutput('error-count', String(verdict.counts.error));
  core.setOutput('warning-count', String(verdict.counts.warning));
  core.setOutput('evidence-path', outcome.evidencePath);
  core.setOutput('sarif-path', outcome.sarifPath ?? '');
  core.setOutput('check-run-url', outcome.checkRunUrl ?? '');
  core.setOutput('comment-url', outcome.commentUrl ?? '');
  core.info(`Guardian verdict: ${verdict.verdict} (${verdict.reasons.join('; ')})`);
  core.info(`Evidence bundle: ${outcome.evidencePath}`);
  if (verdict.verdict === 'fail') core.setFailed(`Guardian: ${verdict.reasons.join('; ')}`);
}

/** `mode: report`: post a downloaded bundle from a trusted workflow_run job. */
async function relayBundle(settings: Settings, payload: unknown, evidenceDirGiven: boolean): Promise<void> {
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
  core.setOutput('verdict', outcome.verdict.verdict);
  core.setOutput('error-count', String(outcome.verdict.counts.error));
  core.setOutput('warning-count', String(outcome.verdict.counts.warning));
  core.setOutput('evidence-path', settings.reporting.evidenceDir);
  core.setOutput('sarif-path', '');
  core.setOutput('check-run-url', outcome.checkRunUrl ?? '');
  core.setOutput('comment-url', outcome.commentUrl ?? '');
  core.info(`Posted the bundle's verdict (${outcome.verdict.verdict}) for ${wr.head_sha}${outcome.pullRequest ? ` on PR #${outcome.pullRequest}` : ''}.`);
}

interface WorkflowRunPayload {
  head_sha?: string;
  head_branch?: string | null;
  conclusion?: string | null;
  html_url?: string;
  pull_requests?: Array<{ number: number }>;
  head_repository?: { name?: string; owner?: { login?: string } };
}

main().catch((e: unknown) => {
  const err = e as Error & { problems?: string[] };
  if (err.name === 'ConfigError' && err.problems) {
    for (const p of err.problems) {
      const m = PROBLEM_POSITION.exec(p);
      const props: core.AnnotationProperties = m?.groups
        ? { file: m.groups.file!, startLine: Number(m.groups.line), ...(m.groups.col ? { startColumn: Number(m.groups.col) } : {}), title: 'Guardian configuration' }
        : { title: 'Guardian configuration' };
      core.error(p, props);
    }
    core.setFailed(`Guardian: the configuration is invalid (${err.problems.length} problem(s) above).`);
    return;
  }
  core.setFailed(`Guardian: ${err.message ?? String(e)}`);
});
