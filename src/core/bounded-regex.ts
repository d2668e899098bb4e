/**
 * Regular expressions from untrusted sources (a user's content rule, a PR's schema `pattern`)
 * run under a time bound, so a catastrophic pattern such as `(a+)+$` cannot hang the run.
 *
 * {@link runBounded} calls a function from a script in a `node:vm` context with the `timeout`
 * option: when the bound expires V8 interrupts whatever JavaScript is running, a backtracking
 * regular expression included (irregexp checks for interrupts while it backtracks). Each call
 * starts a watchdog (about 0.3 ms), so many small tests are batched into one call.
 */
import vm from 'node:vm';

export type Bounded<T> = { ok: true; value: T } | { ok: false };

const sandbox = vm.createContext(Object.create(null) as object) as Record<string, unknown>;
const call = new vm.Script('__fn()', { filename: 'guardian-time-bound.js' });

/** `fn()`, or `{ ok: false }` when it ran out of time; other errors are thrown. Do not nest. */
export function runBounded<T>(fn: () => T, timeoutMs: number): Bounded<T> {
  sandbox.__fn = fn;
  try {
    return { ok: true, value: call.runInContext(sandbox, { timeout: timeoutMs }) as T };
  } catch (e) {
    if ((e as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return { ok: false };
    throw e;
  } finally {
    sandbox.__fn = undefined;
  }
}

export interface BoundedPattern {
  /** Caller's id (e.g. the rule name). */
  id: string;
  regex: RegExp;
}

export interface ScanFile {
  path: string;
  text: string;
  /** Indexes into the pattern list to run on this file. */
  patterns: number[];
}

/**
 * [index, length] pairs per (file, pattern): hits[f][k] for the k-th of file f's patterns;
 * null when that pattern was not evaluated on the file (it timed out and was dropped).
 */
export type Hits = Array<Array<number[] | null>>;

export interface Timeout {
  patternId: string;
  path: string;
}

export interface BoundedOptions {
  fileTimeoutMs: number;
  batchTimeoutMs: number;
  maxMatches: number;
}

/**
 * Matches files in batches under one bound. A batch that runs out of time is re-run file by
 * file and pattern by pattern under the per-file bound; a pattern that exceeds it is reported
 * and dropped for the rest of the run, so the whole scan costs at most
 * (patterns × (batch bound + file bound)) on top of normal matching.
 */
export class BoundedMatcher {
  /** Patterns dropped after a timeout. */
  private readonly dropped = new Set<number>();
  readonly timeouts: Timeout[] = [];

  constructor(
    private readonly patterns: readonly BoundedPattern[],
    private readonly opts: BoundedOptions,
  ) {
    for (const p of patterns) if (!p.regex.global) throw new Error(`pattern ${p.id} must be compiled with the g flag`);
  }

  /** Matches of every file's patterns (null where a dropped pattern was not evaluated). */
  scan(files: readonly ScanFile[]): Hits {
    if (files.length === 0) return [];
    const batch = runBounded(() => files.map((f) => f.patterns.map((p) => (this.dropped.has(p) ? null : this.matches(p, f.text)))), this.opts.batchTimeoutMs);
    if (batch.ok) return batch.value;
    // Too slow as a batch: find the culprit file by file, pattern by pattern.
    return files.map((file) =>
      file.patterns.map((p) => {
        if (this.dropped.has(p)) return null;
        const one = runBounded(() => this.matches(p, file.text), this.opts.fileTimeoutMs);
        if (one.ok) return one.value;
        this.dropped.add(p);
        this.timeouts.push({ patternId: this.patterns[p]!.id, path: file.path });
        return null;
      }),
    );
  }

  private matches(p: number, text: string): number[] {
    const re = this.patterns[p]!.regex;
    const hits: number[] = [];
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while (hits.length < 2 * this.opts.maxMatches && (m = re.exec(text)) !== null) {
      hits.push(m.index, m[0].length);
      if (m[0].length === 0) re.lastIndex++;
    }
    return hits;
  }
}
