/** Runs one user compile command through the shell, with a time limit and bounded output. */
import { spawn } from 'node:child_process';

export interface CommandRun {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  /** stdout and stderr interleaved in arrival order (bounded). */
  output: string;
  truncated: boolean;
  timedOut: boolean;
  /** Set when the shell itself could not start. */
  spawnError?: string;
  durationMs: number;
}

export interface RunOptions {
  cwd: string;
  timeoutMs: number;
  signal?: AbortSignal;
}

/** Bytes of output kept (the rest is dropped and the run marked truncated). */
const MAX_OUTPUT = 4 * 1024 * 1024;

export function runCommand(commandLine: string, opts: RunOptions): Promise<CommandRun> {
  const started = Date.now();
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let truncated = false;
    let timedOut = false;
    let settled = false;
    const posix = process.platform !== 'win32';
    const child = spawn(commandLine, {
      cwd: opts.cwd,
      shell: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      // A process group, so a timeout stops the command and everything it started.
      detached: posix,
      windowsHide: true,
    });
    const keep = (b: Buffer): void => {
      if (size >= MAX_OUTPUT) {
        truncated = true;
        return;
      }
      const room = MAX_OUTPUT - size;
      chunks.push(b.length > room ? b.subarray(0, room) : b);
      size += Math.min(b.length, room);
      if (b.length > room) truncated = true;
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    const kill = (sig: NodeJS.Signals): void => {
      try {
        if (posix && child.pid) process.kill(-child.pid, sig);
        else child.kill(sig);
      } catch {
        // already gone
      }
    };
    let hardKill: NodeJS.Timeout | undefined;
    const timer = setTimeout(() => {
      timedOut = true;
      kill('SIGTERM');
      hardKill = setTimeout(() => kill('SIGKILL'), 2000);
    }, opts.timeoutMs);
    const onAbort = (): void => kill('SIGTERM');
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    const finish = (exitCode: number | null, signal: NodeJS.Signals | null, spawnError?: string): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (hardKill) clearTimeout(hardKill);
      opts.signal?.removeEventListener('abort', onAbort);
      const run: CommandRun = { exitCode, signal, output: Buffer.concat(chunks).toString('utf8'), truncated, timedOut, durationMs: Date.now() - started };
      if (spawnError) run.spawnError = spawnError;
      resolve(run);
    };
    child.on('error', (e) => finish(null, null, e.message));
    child.on('close', (code, signal) => finish(code, signal));
  });
}

/** True when the shell could not find the program (`sh: tsc: not found`, exit 127; Windows 9009). */
export function isMissingTool(run: CommandRun): boolean {
  if (run.exitCode === 127 || run.exitCode === 9009) return true;
  return /(command not found|: not found|is not recognized as an internal or external command)/i.test(run.output) && run.exitCode !== 0;
}

/** The last non-empty lines of the output, for a message. */
export function tail(output: string, lines = 10, maxChars = 2000): string {
  const kept = output
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .slice(-lines)
    .join('\n');
  return kept.length > maxChars ? `…${kept.slice(kept.length - maxChars)}` : kept;
}
