/**
 * Runs user-supplied regular expressions under a time bound, so a catastrophic pattern such
 * as `(a+)+$` cannot hang the run. Matching happens inside a `node:vm` context with the
 * `timeout` option: V8 interrupts a regular expression that is still backtracking when the
 * bound expires (irregexp checks for interrupts while it backtracks).
 *
 * Files are matched in batches under one bound (one watchdog per batch keeps it cheap). A batch
 * that runs out of time is re-run file by file and pattern by pattern under the per-file bound;
 * a pattern that exceeds it is reported and dropped for the rest of the run, so the whole scan
 * costs at most (patterns × (batch bound + file bound)) on top of normal matching.
 */
import vm from 'node:vm';

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

// Runs in the sandbox context: plain loops, nothing else reachable.
const SCAN_SOURCE = `(function () {
  var out = [];
  for (var f = 0; f < __files.length; f++) {
    var file = __files[f];
    var perPattern = [];
    for (var k = 0; k < file.patterns.length; k++) {
      var re = __patterns[file.patterns[k]];
      var hits = [];
      if (re) {
        re.lastIndex = 0;
        var m;
        while (hits.length < 2 * __max && (m = re.exec(file.text)) !== null) {
          hits.push(m.index, m[0].length);
          if (m[0].length === 0) re.lastIndex++;
        }
      }
      perPattern.push(hits);
    }
    out.push(perPattern);
  }
  return out;
})()`;

export class BoundedMatcher {
  private readonly context = vm.createContext(Object.create(null) as object);
  private readonly script = new vm.Script(SCAN_SOURCE, { filename: 'guardian-bounded-regex.js' });
  /** Patterns dropped after a timeout: their slot becomes null in the sandbox. */
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
    const batch = this.run(files, this.opts.batchTimeoutMs);
    if (batch) return batch;
    // Too slow as a batch: find the culprit file by file, pattern by pattern.
    return files.map((file) =>
      file.patterns.map((p) => {
        if (this.dropped.has(p)) return null;
        const one = this.run([{ ...file, patterns: [p] }], this.opts.fileTimeoutMs);
        if (one) return one[0]![0]!;
        this.dropped.add(p);
        this.timeouts.push({ patternId: this.patterns[p]!.id, path: file.path });
        return null;
      }),
    );
  }

  private run(files: readonly ScanFile[], timeout: number): Hits | null {
    const ctx = this.context as Record<string, unknown>;
    ctx.__files = files.map((f) => ({ text: f.text, patterns: f.patterns.filter((p) => !this.dropped.has(p)) }));
    ctx.__patterns = this.patterns.map((p, i) => (this.dropped.has(i) ? null : p.regex));
    ctx.__max = this.opts.maxMatches;
    try {
      const raw = this.script.runInContext(this.context, { timeout }) as number[][][];
      // Re-align results with the caller's pattern lists (dropped patterns were filtered out).
      return files.map((f, fi) => {
        const live = f.patterns.filter((p) => !this.dropped.has(p));
        return f.patterns.map((p) => (this.dropped.has(p) ? null : Array.from(raw[fi]![live.indexOf(p)]!)));
      });
    } catch (e) {
      if ((e as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return null;
      throw e;
    } finally {
      ctx.__files = undefined;
      ctx.__patterns = undefined;
    }
  }
}
