/** Builds {@link Settings} from action inputs and the runner's environment (pure but for `readFile`). */
import { isAbsolute, join, resolve } from 'node:path';
import type { Logger } from '../core/types.js';
import type { Settings } from '../settings.js';
import { pullRequestFrom, readOnlyReason } from './event.js';
import { InputError, type ActionInputs, type Env } from './inputs.js';

const ZERO_SHA = /^0{40}$/;

export function loadEvent(env: Env, readFile: (p: string) => string): { name: string; payload: unknown } {
  const name = env.GITHUB_EVENT_NAME ?? '';
  const path = env.GITHUB_EVENT_PATH;
  if (!path) return { name, payload: {} };
  let text: string;
  try {
    text = readFile(path);
  } catch (e) {
    throw new InputError(`GITHUB_EVENT_PATH ${path}: cannot read the event payload (${(e as Error).message})`);
  }
  try {
    return { name, payload: JSON.parse(text) };
  } catch (e) {
    throw new InputError(`GITHUB_EVENT_PATH ${path}: the event payload is not valid JSON (${(e as Error).message})`);
  }
}

export function settingsFromAction(
  inputs: ActionInputs,
  env: Env,
  event: { name: string; payload: unknown },
  deps: { installDir: string; cwd: string; log: Logger; now: Date },
): Settings {
  const root = resolve(env.GITHUB_WORKSPACE || deps.cwd);
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo) throw new InputError('GITHUB_REPOSITORY is not set (expected "owner/repo"); is this running inside GitHub Actions?');
  const pr = pullRequestFrom(event.name, event.payload);
  const before = (event.payload as { before?: string } | null)?.before;
  const base = pr?.baseSha ?? (event.name === 'push' && before && !ZERO_SHA.test(before) ? before : undefined);
  const sha = pr?.headSha ?? env.GITHUB_SHA ?? '';
  const tempRoot = env.RUNNER_TEMP || root;
  const inWorkspace = (p: string): string => (isAbsolute(p) ? p : resolve(root, p));
  const reason = readOnlyReason({ eventName: event.name, token: inputs.token, ...(pr ? { pr } : {}), ...(env.GITHUB_ACTOR ? { actor: env.GITHUB_ACTOR } : {}) });
  return {
    root,
    installDir: deps.installDir,
    configPath: inputs.config,
    checks: inputs.checks,
    ...(inputs.failOn ? { failOn: inputs.failOn } : {}),
    ...(inputs.scope ? { scope: inputs.scope } : {}),
    ...(base ? { base } : {}),
    fetchMissingBase: true,
    reporting: {
      comment: inputs.comment,
      annotations: inputs.annotations,
      checkName: inputs.checkName,
      evidenceDir: inputs.evidenceDir ? inWorkspace(inputs.evidenceDir) : join(tempRoot, 'guardian', 'evidence'),
      ...(inputs.sarifFile ? { sarifFile: inWorkspace(inputs.sarifFile) } : {}),
      ...(inputs.junitFile ? { junitFile: inWorkspace(inputs.junitFile) } : {}),
      ...(env.GITHUB_STEP_SUMMARY ? { stepSummaryFile: env.GITHUB_STEP_SUMMARY } : {}),
      workflowCommands: inputs.annotations,
    },
    github: {
      token: inputs.token,
      apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
      serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
      owner,
      repo,
      eventName: event.name,
      sha,
      ...(env.GITHUB_RUN_ID ? { runId: env.GITHUB_RUN_ID } : {}),
      ...(env.GITHUB_RUN_ATTEMPT ? { runAttempt: env.GITHUB_RUN_ATTEMPT } : {}),
      ...(pr ? { pullRequest: pr } : {}),
      ...(reason ? { readOnlyReason: reason } : {}),
    },
    secrets: inputs.token ? [inputs.token] : [],
    now: deps.now,
    log: deps.log,
    progress: () => {},
  };
}
