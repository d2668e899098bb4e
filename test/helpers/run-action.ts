/**
 * Run a built JavaScript action as the GitHub runner does: a child `node <entry>` process in
 * GITHUB_WORKSPACE with the runner's environment (GITHUB_*, RUNNER_*, CI), `INPUT_<NAME>` for
 * inputs with action.yml defaults applied by the "runner", the event payload in
 * GITHUB_EVENT_PATH, and fresh file-command files (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STATE,
 * GITHUB_PATH, GITHUB_STEP_SUMMARY). Afterwards it parses what the action handed back.
 *
 * The child gets a clean environment (not the test process's): nothing leaks from a CI that
 * runs the test suite itself, and GITHUB_TOKEN is NOT in the environment (the runner does not
 * set it; an action receives the token through its `github-token` input).
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import type { TriggerEvent } from './github-events.js';
import {
  annotationsOf,
  parseFileCommand,
  parsePathFile,
  parseWorkflowCommands,
  type Annotation,
  type WorkflowCommand,
} from './workflow-commands.js';

/** The repository root (where action.yml and dist/ live). */
export const REPO_ROOT = resolve(fileURLToPath(new URL('../../', import.meta.url)));

/** GitHub refuses step summaries above 1 MiB. */
export const STEP_SUMMARY_LIMIT = 1024 * 1024;

export interface RunActionOptions {
  /** JS entry to run (default: `runs.main` of action.yml, else `<repo>/dist/index.js`). */
  entry?: string;
  /** action.yml whose input defaults are applied; null disables (default `<repo>/action.yml` if present). */
  actionYml?: string | null;
  /** GITHUB_WORKSPACE: a checked-out git repository (see checkout.ts). Also the cwd. */
  workspace: string;
  /** Trigger event (see github-events.ts). */
  event: TriggerEvent;
  /** GITHUB_API_URL (the simulator's `url`). */
  apiUrl: string;
  /** GITHUB_SERVER_URL (default https://github.com). */
  serverUrl?: string;
  /** The job's GITHUB_TOKEN: the value of `${{ github.token }}` in input defaults. */
  token?: string;
  /** `with:` inputs; values are stringified like YAML scalars. */
  inputs?: Record<string, string | number | boolean>;
  /** Step `env:` (added last; `undefined` removes a variable). */
  env?: Record<string, string | undefined>;
  runId?: number;
  runAttempt?: number;
  runNumber?: number;
  job?: string;
  workflow?: string;
  /** RUNNER_DEBUG=1 (debug logging enabled on a re-run). */
  debug?: boolean;
  /** Kill the action after this long (default 60 s); the result then has `timedOut: true`. */
  timeoutMs?: number;
  /** Node binary (default: the one running the tests). */
  node?: string;
}

export interface ActionRun {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  durationMs: number;
  stdout: string;
  stderr: string;
  /** stdout + stderr with secrets masked as `***`, as the Actions log shows them. */
  log: string;
  /** Parsed GITHUB_OUTPUT (plus deprecated `::set-output` commands). */
  outputs: Record<string, string>;
  /** Parsed GITHUB_ENV / GITHUB_STATE / GITHUB_PATH. */
  exportedEnv: Record<string, string>;
  state: Record<string, string>;
  addedPath: string[];
  /** GITHUB_STEP_SUMMARY content ('' when nothing was written). */
  summary: string;
  summaryBytes: number;
  /** True when the summary exceeds 1 MiB (the runner rejects it). */
  summaryTooLarge: boolean;
  commands: WorkflowCommand[];
  annotations: Annotation[];
  /** Errors the runner would raise while reading file commands (malformed GITHUB_OUTPUT...). */
  fileCommandErrors: string[];
  /** Runner warnings (unexpected inputs, deprecated commands). */
  runnerWarnings: string[];
  /** Where a secret (the token, add-mask values) appeared unmasked: 'stdout', 'summary', 'outputs'... */
  secretLeaks: string[];
  /** Environment given to the child (for debugging a failing test). */
  childEnv: Record<string, string>;
  /** RUNNER_TEMP root (event.json, file-command files). Removed by cleanup(). */
  runnerDir: string;
  cleanup(): void;
}

export interface ActionMetadata {
  inputs: Record<string, { description?: string; required?: boolean; default?: unknown; deprecationMessage?: string }>;
  runs?: { using?: string; main?: string; pre?: string; post?: string };
}

export function readActionYml(file: string): ActionMetadata {
  const text = readFileSync(file, 'utf8');
  const doc = parseYaml(text) as ActionMetadata | null;
  if (!doc || typeof doc !== 'object') throw new Error(`${file}: not a YAML mapping`);
  return { inputs: doc.inputs ?? {}, ...(doc.runs ? { runs: doc.runs } : {}) };
}

/** The runner's environment variable name for an input: upper-case, spaces → `_`, hyphens kept. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** `refs/pull/7/merge` → `7/merge`, `refs/heads/main` → `main`, `refs/tags/v1` → `v1`. */
export function refName(ref: string): string {
  return ref.replace(/^refs\/(heads|tags|pull)\//, '');
}

/**
 * Evaluate the `${{ … }}` expressions runners allow in input defaults. Supports dotted context
 * paths (`github.token`, `github.event.pull_request.number`, `runner.temp`); anything else
 * throws so a test does not silently run with a wrong value.
 */
export function evaluateDefault(value: string, contexts: Record<string, unknown>, inputName = '?'): string {
  return value.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_m, expr: string) => {
    if (!/^[A-Za-z_][\w-]*(\.[\w-]+)*$/.test(expr)) {
      throw new Error(`run-action: cannot evaluate \${{ ${expr} }} in the default of input "${inputName}" (only context paths such as github.token are supported)`);
    }
    let cur: unknown = contexts;
    for (const key of expr.split('.')) {
      cur = cur !== null && typeof cur === 'object' ? (cur as Record<string, unknown>)[key] : undefined;
    }
    if (cur === undefined || cur === null) return '';
    return typeof cur === 'object' ? JSON.stringify(cur) : String(cur);
  });
}

function safeBaseEnv(): Record<string, string> {
  const keep = ['PATH', 'HOME', 'LANG', 'LC_ALL', 'TMPDIR', 'TEMP', 'TMP', 'USER', 'SHELL', 'SYSTEMROOT', 'TZ'];
  const out: Record<string, string> = {};
  for (const k of keep) {
    const v = process.env[k];
    if (v !== undefined) out[k] = v;
  }
  return out;
}

export async function runAction(o: RunActionOptions): Promise<ActionRun> {
  const actionYml = o.actionYml === undefined ? (existsSync(join(REPO_ROOT, 'action.yml')) ? join(REPO_ROOT, 'action.yml') : null) : o.actionYml;
  const meta = actionYml ? readActionYml(actionYml) : null;
  const runnerWarnings: string[] = [];
  let entry = o.entry;
  if (entry === undefined) {
    entry = meta?.runs?.main ? join(dirname(actionYml!), meta.runs.main) : join(REPO_ROOT, 'dist', 'index.js');
  }
  if (!existsSync(entry)) throw new Error(`run-action: ${entry} does not exist (run \`npm run build\` first)`);
  if (meta?.runs?.using && !/^node\d+$/.test(meta.runs.using)) {
    throw new Error(`run-action: ${actionYml} runs.using is "${meta.runs.using}", not a JavaScript action`);
  }

  // Runner directories: _temp holds the event file and file-command files.
  const runnerDir = mkdtempSync(join(tmpdir(), 'guardian-runner-'));
  const temp = join(runnerDir, '_temp');
  const fileCmdDir = join(temp, '_runner_file_commands');
  const toolCache = join(runnerDir, '_tool');
  mkdirSync(fileCmdDir, { recursive: true });
  mkdirSync(join(temp, '_github_workflow'), { recursive: true });
  mkdirSync(toolCache, { recursive: true });
  const eventPath = join(temp, '_github_workflow', 'event.json');
  writeFileSync(eventPath, JSON.stringify(o.event.payload, null, 2));
  const files = {
    output: join(fileCmdDir, `set_output_${randomUUID()}`),
    env: join(fileCmdDir, `set_env_${randomUUID()}`),
    state: join(fileCmdDir, `save_state_${randomUUID()}`),
    path: join(fileCmdDir, `add_path_${randomUUID()}`),
    summary: join(fileCmdDir, `step_summary_${randomUUID()}`),
  };
  for (const f of Object.values(files)) writeFileSync(f, '');

  const ev = o.event;
  const repoFull = `${ev.repo.owner.login}/${ev.repo.name}`;
  const serverUrl = o.serverUrl ?? 'https://github.com';
  const runId = o.runId ?? 9_200_000_001;
  const runAttempt = o.runAttempt ?? 1;
  const runNumber = o.runNumber ?? 17;
  const job = o.job ?? 'gate';
  const workflow = o.workflow ?? 'Guardian';
  const graphqlUrl = `${o.apiUrl.replace(/\/$/, '')}/graphql`;

  const env: Record<string, string> = {
    ...safeBaseEnv(),
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTION: '__guardian-ci_guardian',
    GITHUB_ACTION_REPOSITORY: 'guardian-ci/guardian',
    GITHUB_ACTION_REF: 'v1',
    GITHUB_ACTOR: ev.actor.login,
    GITHUB_ACTOR_ID: String(ev.actor.id),
    GITHUB_TRIGGERING_ACTOR: ev.actor.login,
    GITHUB_API_URL: o.apiUrl,
    GITHUB_GRAPHQL_URL: graphqlUrl,
    GITHUB_SERVER_URL: serverUrl,
    GITHUB_EVENT_NAME: ev.name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: repoFull,
    GITHUB_REPOSITORY_ID: String(ev.repo.id),
    GITHUB_REPOSITORY_OWNER: ev.repo.owner.login,
    GITHUB_REPOSITORY_OWNER_ID: String(ev.repo.owner.id),
    GITHUB_REF: ev.ref,
    GITHUB_REF_NAME: refName(ev.ref),
    GITHUB_REF_TYPE: ev.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    GITHUB_REF_PROTECTED: 'false',
    GITHUB_SHA: ev.sha,
    GITHUB_HEAD_REF: ev.headRef ?? '',
    GITHUB_BASE_REF: ev.baseRef ?? '',
    GITHUB_RUN_ID: String(runId),
    GITHUB_RUN_NUMBER: String(runNumber),
    GITHUB_RUN_ATTEMPT: String(runAttempt),
    GITHUB_JOB: job,
    GITHUB_WORKFLOW: workflow,
    GITHUB_WORKFLOW_REF: `${repoFull}/.github/workflows/guardian.yml@${ev.ref}`,
    GITHUB_WORKFLOW_SHA: ev.sha,
    GITHUB_RETENTION_DAYS: '90',
    GITHUB_WORKSPACE: o.workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_ENV: files.env,
    GITHUB_STATE: files.state,
    GITHUB_PATH: files.path,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'GitHub Actions 1',
    RUNNER_ENVIRONMENT: 'github-hosted',
    RUNNER_TEMP: temp,
    RUNNER_TOOL_CACHE: toolCache,
  };
  if (o.debug) env['RUNNER_DEBUG'] = '1';

  // Inputs: given ones, then action.yml defaults (evaluated) for the rest.
  const contexts = {
    github: {
      token: o.token ?? '',
      repository: repoFull,
      repository_owner: ev.repo.owner.login,
      sha: ev.sha,
      ref: ev.ref,
      ref_name: refName(ev.ref),
      head_ref: ev.headRef ?? '',
      base_ref: ev.baseRef ?? '',
      event_name: ev.name,
      event: ev.payload,
      workspace: o.workspace,
      server_url: serverUrl,
      api_url: o.apiUrl,
      graphql_url: graphqlUrl,
      run_id: String(runId),
      run_number: String(runNumber),
      run_attempt: String(runAttempt),
      actor: ev.actor.login,
      job,
      workflow,
      action_path: actionYml ? dirname(actionYml) : REPO_ROOT,
    },
    runner: { os: 'Linux', arch: 'X64', temp, tool_cache: toolCache, name: 'GitHub Actions 1' },
  };
  const given = o.inputs ?? {};
  const declared = meta ? Object.keys(meta.inputs) : null;
  if (declared) {
    const unexpected = Object.keys(given).filter((k) => !declared.includes(k));
    if (unexpected.length > 0) {
      runnerWarnings.push(`Unexpected input(s) '${unexpected.join("', '")}', valid inputs are ['${declared.join("', '")}']`);
    }
  }
  for (const [name, value] of Object.entries(given)) env[inputEnvName(name)] = String(value);
  if (meta) {
    for (const [name, def] of Object.entries(meta.inputs)) {
      if (name in given || def.default === undefined || def.default === null) continue;
      env[inputEnvName(name)] = evaluateDefault(String(def.default), contexts, name);
    }
  }
  for (const [k, v] of Object.entries(o.env ?? {})) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }

  const started = performance.now();
  const child = spawn(o.node ?? process.execPath, [entry], { cwd: o.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (c: Buffer) => out.push(c));
  child.stderr.on('data', (c: Buffer) => err.push(c));
  let timedOut = false;
  const timeoutMs = o.timeoutMs ?? 60_000;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 2_000).unref();
  }, timeoutMs);
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((res, rej) => {
    child.once('error', rej);
    child.once('close', (code, sig) => res([code, sig]));
  }).finally(() => clearTimeout(timer));
  const durationMs = performance.now() - started;

  const stdout = Buffer.concat(out).toString('utf8');
  const stderr = Buffer.concat(err).toString('utf8');
  const commands = parseWorkflowCommands(stdout);
  const fileCommandErrors: string[] = [];
  const readCmdFile = (label: string, file: string): Record<string, string> => {
    try {
      return parseFileCommand(readFileSync(file, 'utf8'));
    } catch (e) {
      fileCommandErrors.push(`${label}: ${(e as Error).message}`);
      return {};
    }
  };
  const outputs: Record<string, string> = {};
  for (const c of commands) {
    if (c.command === 'set-output' && c.properties['name'] !== undefined) {
      outputs[c.properties['name']] = c.message;
      runnerWarnings.push('The `set-output` command is deprecated and will be disabled soon. Please upgrade to using Environment Files.');
    }
  }
  Object.assign(outputs, readCmdFile('GITHUB_OUTPUT', files.output));
  const exportedEnv = readCmdFile('GITHUB_ENV', files.env);
  const state = readCmdFile('GITHUB_STATE', files.state);
  const addedPath = parsePathFile(readFileSync(files.path, 'utf8'));
  const summary = readFileSync(files.summary, 'utf8');
  const summaryBytes = Buffer.byteLength(summary);

  const secrets = [o.token, ...commands.filter((c) => c.command === 'add-mask').map((c) => c.message)]
    .filter((s): s is string => typeof s === 'string' && s.length > 0);
  const mask = (text: string): string => secrets.reduce((t, s) => t.split(s).join('***'), text);
  const secretLeaks: string[] = [];
  if (o.token) {
    const places: Array<[string, string]> = [
      // The runner consumes `::add-mask::` lines; they never reach the log.
      ['stdout', stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n')], ['stderr', stderr], ['summary', summary], ['outputs', JSON.stringify(outputs)],
      ['GITHUB_ENV', JSON.stringify(exportedEnv)], ['GITHUB_STATE', JSON.stringify(state)],
    ];
    for (const [where, text] of places) if (text.includes(o.token)) secretLeaks.push(where);
  }

  return {
    exitCode,
    signal,
    timedOut,
    durationMs,
    stdout,
    stderr,
    log: mask(stdout + (stderr ? `\n${stderr}` : '')),
    outputs,
    exportedEnv,
    state,
    addedPath,
    summary,
    summaryBytes,
    summaryTooLarge: summaryBytes > STEP_SUMMARY_LIMIT,
    commands,
    annotations: annotationsOf(commands),
    fileCommandErrors,
    runnerWarnings,
    secretLeaks,
    childEnv: env,
    runnerDir,
    cleanup: () => rmSync(runnerDir, { recursive: true, force: true }),
  };
}
