/** `guardian` command-line parsing (pure). Usage errors exit 2. */
import type { FailOn, Scope } from '../core/types.js';
import { parseCheckList } from '../action/inputs.js';
import { UsageError } from '../core/errors.js';

export { UsageError };

export type Format = 'text' | 'json' | 'sarif' | 'markdown';

export interface CheckArgs {
  command: 'check';
  path: string;
  config?: string;
  checks: 'all' | string[];
  base?: string;
  baseline?: string;
  scope?: Scope;
  failOn?: FailOn;
  format: Format;
  evidenceDir?: string;
  sarifFile?: string;
  junitFile?: string;
  color?: boolean;
}

export type Command =
  | CheckArgs
  | { command: 'init'; path: string; force: boolean }
  | { command: 'pure'; argv: string[] }
  | { command: 'help'; topic?: string }
  | { command: 'version' };

export const USAGE = `Usage: guardian <command> [options]

Commands:
  check [path]              Run the gates on a working tree (default: .)
  init [path]               Write a commented starter config to .github/guardian.yml
  pure parse|compose|compile <files...>
                            Legend PURE tools: grammar → protocol JSON, JSON → grammar, compile
  help                      Show this help
  version                   Print the version

Options for check:
  --config <file>           Config file (default: .github/guardian.yml, then guardian.yml)
  --checks <a,b>            Gates to run (default: all)
  --base <ref>              Diff base: only findings on lines changed since the merge base gate
  --baseline <ref>          Gate only where counts per rule and path rise above <ref>
  --scope diff|all          Override the config's scope (diff needs --base)
  --fail-on error|warning|never
  --format text|json|sarif|markdown   Report on stdout (default: text)
  --evidence-dir <dir>      Evidence bundle folder (default: .guardian/evidence)
  --sarif-file <file>       Also write SARIF 2.1.0 here
  --junit-file <file>       Also write JUnit XML here
  --no-color                Plain text output

Exit codes: 0 pass, 1 fail, 2 usage or configuration error.`;

const VALUE_FLAGS = ['--config', '--checks', '--base', '--baseline', '--scope', '--fail-on', '--format', '--evidence-dir', '--sarif-file', '--junit-file'] as const;

function oneOf<T extends string>(flag: string, v: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(v)) return v as T;
  throw new UsageError(`${flag}: expected ${allowed.join('|')}, got "${v}"`);
}

export function parseArgs(argv: readonly string[]): Command {
  const [cmd, ...rest] = argv;
  if (cmd === undefined || cmd === 'help' || cmd === '--help' || cmd === '-h') return { command: 'help', ...(rest[0] ? { topic: rest[0] } : {}) };
  if (cmd === 'version' || cmd === '--version' || cmd === '-v') return { command: 'version' };
  if (cmd === 'pure') return { command: 'pure', argv: rest };
  if (cmd === 'init') {
    const force = rest.includes('--force');
    const positional = rest.filter((a) => a !== '--force');
    for (const a of positional) if (a.startsWith('-')) throw new UsageError(`init: unknown option ${a}`);
    return { command: 'init', path: positional[0] ?? '.', force };
  }
  if (cmd !== 'check') throw new UsageError(`unknown command "${cmd}"; run \`guardian help\``);

  const values: Partial<Record<(typeof VALUE_FLAGS)[number], string>> = {};
  const positional: string[] = [];
  let color: boolean | undefined;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a === '--no-color') {
      color = false;
      continue;
    }
    if (a === '--color') {
      color = true;
      continue;
    }
    const eq = a.indexOf('=');
    const flag = (eq > 0 ? a.slice(0, eq) : a) as (typeof VALUE_FLAGS)[number];
    if (a.startsWith('-')) {
      if (!VALUE_FLAGS.includes(flag)) throw new UsageError(`check: unknown option ${a}; run \`guardian help\``);
      const v = eq > 0 ? a.slice(eq + 1) : rest[++i];
      if (v === undefined || v === '') throw new UsageError(`${flag} needs a value`);
      values[flag] = v;
    } else positional.push(a);
  }
  if (positional.length > 1) throw new UsageError(`check takes one path, got ${positional.length}: ${positional.join(' ')}`);
  const scope = values['--scope'] ? oneOf('--scope', values['--scope'], ['diff', 'all'] as const) : undefined;
  if (scope === 'diff' && !values['--base']) throw new UsageError('--scope diff needs --base <ref> to know what changed');
  return {
    command: 'check',
    path: positional[0] ?? '.',
    checks: parseCheckList(values['--checks'] ?? 'all'),
    format: oneOf('--format', values['--format'] ?? 'text', ['text', 'json', 'sarif', 'markdown'] as const),
    ...(values['--config'] ? { config: values['--config'] } : {}),
    ...(values['--base'] ? { base: values['--base'] } : {}),
    ...(values['--baseline'] ? { baseline: values['--baseline'] } : {}),
    ...(scope ? { scope } : {}),
    ...(values['--fail-on'] ? { failOn: oneOf('--fail-on', values['--fail-on'], ['error', 'warning', 'never'] as const) } : {}),
    ...(values['--evidence-dir'] ? { evidenceDir: values['--evidence-dir'] } : {}),
    ...(values['--sarif-file'] ? { sarifFile: values['--sarif-file'] } : {}),
    ...(values['--junit-file'] ? { junitFile: values['--junit-file'] } : {}),
    ...(color !== undefined ? { color } : {}),
  };
}
