/**
 * The `guardian` CLI entry: arguments → Settings → run → report on stdout, exit code.
 * 0 pass (or neutral), 1 fail, 2 usage or configuration error.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseArgs, USAGE, UsageError, type CheckArgs } from './cli/args.js';
import { findInstallDir } from './install-dir.js';
import type { Settings } from './settings.js';
import { TOOL_NAME, TOOL_VERSION } from './version.js';

const out = (s: string): void => void process.stdout.write(s);
const err = (s: string): void => void process.stderr.write(s);

async function main(argv: string[]): Promise<number> {
  const cmd = parseArgs(argv);
  switch (cmd.command) {
    case 'help':
      out(`${USAGE}\n`);
      return 0;
    case 'version':
      out(`${TOOL_NAME.toLowerCase()} ${TOOL_VERSION}\n`);
      return 0;
    case 'init':
      return init(resolve(cmd.path), cmd.force);
    case 'pure': {
      const { runPureCommand } = await import('./pure/cli.js');
      const { readFile } = await import('node:fs/promises');
      return runPureCommand(cmd.argv, { stdout: out, stderr: err, readFile: (p: string) => readFile(p, 'utf8') });
    }
    case 'check':
      return check(cmd);
  }
}

async function init(root: string, force: boolean): Promise<number> {
  const target = join(root, '.github', 'guardian.yml');
  if (existsSync(target) && !force) {
    err(`${target} already exists; use --force to overwrite it.\n`);
    return 2;
  }
  const { STARTER_CONFIG } = await import('./config/starter.js');
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, STARTER_CONFIG);
  out(`Wrote ${target}. Run \`guardian check\` to try it.\n`);
  return 0;
}

function progressReporter(enabled: boolean): Settings['progress'] {
  if (!enabled) return () => {};
  let last = 0;
  return (done, total, label) => {
    const now = Date.now();
    if (now - last < 100 && done < total) return;
    last = now;
    err(`\r\u001b[2K${label}: ${done}/${total}${done >= total ? '\n' : ''}`);
  };
}

async function check(args: CheckArgs): Promise<number> {
  const root = resolve(args.path);
  if (!existsSync(root)) throw new UsageError(`${args.path}: no such directory`);
  const tty = process.stderr.isTTY === true;
  const color = args.color ?? (process.stdout.isTTY === true && !process.env.NO_COLOR);
  const settings: Settings = {
    root,
    installDir: findInstallDir(import.meta.url),
    checks: args.checks,
    ...(args.config ? { configPath: args.config } : {}),
    ...(args.failOn ? { failOn: args.failOn } : {}),
    ...(args.scope ? { scope: args.scope } : {}),
    ...(args.base ? { base: args.base } : {}),
    ...(args.baseline ? { baseline: args.baseline } : {}),
    fetchMissingBase: false,
    reporting: {
      comment: 'never',
      annotations: false,
      checkName: TOOL_NAME,
      evidenceDir: resolve(root, args.evidenceDir ?? join('.guardian', 'evidence')),
      ...(args.sarifFile ? { sarifFile: resolve(args.sarifFile) } : {}),
      ...(args.junitFile ? { junitFile: resolve(args.junitFile) } : {}),
      workflowCommands: false,
    },
    secrets: [],
    now: new Date(),
    log: { info: (m) => err(`${m}\n`), warn: (m) => err(`warning: ${m}\n`), debug: () => {} },
    progress: progressReporter(tty),
  };
  const { run } = await import('./app.js');
  const outcome = await run(settings);
  const report = outcome.report;
  switch (args.format) {
    case 'text': {
      const { renderText } = await import('./cli/text-report.js');
      out(renderText(report, { color, evidencePath: outcome.evidencePath }));
      break;
    }
    case 'json': {
      const { findingsDocument } = await import('./report/evidence.js');
      out(`${JSON.stringify(findingsDocument({ report, configSha256: '', timeVerified: settings.now.toISOString() }), null, 2)}\n`);
      break;
    }
    case 'sarif': {
      const { planSarif } = await import('./report/sarif.js');
      out(`${JSON.stringify(planSarif(report), null, 2)}\n`);
      break;
    }
    case 'markdown': {
      const { planJobSummary } = await import('./report/job-summary.js');
      out(planJobSummary(report));
      break;
    }
  }
  return outcome.verdict.verdict === 'fail' ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    const error = e as Error & { problems?: string[] };
    if (error.name === 'ConfigError' && error.problems) {
      err(`Configuration error${error.problems.length > 1 ? 's' : ''}:\n${error.problems.map((p) => `  ${p}`).join('\n')}\n`);
      process.exitCode = 2;
    } else if (error.name === 'UsageError' || error.name === 'InputError') {
      err(`guardian: ${error.message}\n`);
      process.exitCode = 2;
    } else {
      err(`guardian: ${error.stack ?? error.message ?? String(e)}\n`);
      process.exitCode = 2;
    }
  },
);
