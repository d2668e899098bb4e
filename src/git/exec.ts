/** Runs git as a child process. The only place that spawns git. */
import { spawn } from 'node:child_process';

export interface GitResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

export class GitError extends Error {
  constructor(
    message: string,
    readonly args: string[],
    readonly code: number,
    readonly stderr: string,
  ) {
    super(message);
    this.name = 'GitError';
  }
}

export interface GitOptions {
  cwd: string;
  /** Milliseconds before the process is killed (default 60 s). */
  timeoutMs?: number;
  input?: string | Buffer;
}

/** Runs `git <args>` and resolves with its exit code and output; never throws on a non-zero exit. */
export function runGit(args: string[], opts: GitOptions): Promise<GitResult> {
  return new Promise((resolvePromise) => {
    // quotePath=false keeps non-ASCII paths readable; -c keeps user config from changing output.
    const child = spawn('git', ['-c', 'core.quotePath=false', '-c', 'color.ui=false', ...args], {
      cwd: opts.cwd,
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
      stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let settled = false;
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 60_000);
    child.stdout!.on('data', (b: Buffer) => out.push(b));
    child.stderr!.on('data', (b: Buffer) => err.push(b));
    const finish = (code: number, extra = ''): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolvePromise({ code, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') + extra });
    };
    child.on('error', (e) => finish(127, String(e.message)));
    child.on('close', (code, signal) => finish(code ?? (signal ? 128 : 1), signal ? ` (killed by ${signal})` : ''));
    if (opts.input !== undefined) child.stdin?.end(opts.input);
  });
}

/** Like {@link runGit} but returns stdout as text and throws a {@link GitError} on failure. */
export async function git(args: string[], opts: GitOptions): Promise<string> {
  const r = await runGit(args, opts);
  if (r.code !== 0) {
    throw new GitError(`git ${args.join(' ')} failed (${r.code}): ${r.stderr.trim()}`, args, r.code, r.stderr);
  }
  return r.stdout.toString('utf8');
}

/** The repository top level containing `dir`, or null when `dir` is not inside a git work tree. */
export async function gitTopLevel(dir: string): Promise<string | null> {
  const r = await runGit(['rev-parse', '--show-toplevel'], { cwd: dir, timeoutMs: 10_000 });
  return r.code === 0 ? r.stdout.toString('utf8').trim() : null;
}
