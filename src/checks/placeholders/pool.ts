/**
 * Worker threads for a full scan: started early (they compile the scanner while the file list
 * is still being made), then handed the list once; they share one atomic cursor over it.
 */
import { Worker } from 'node:worker_threads';
import type { BatchResult } from './read-scan.js';
import type { ScanConfig } from './spec.js';
import type { PlaceholderWorkerData, ScanRequest } from './worker-task.js';

export class WorkerPool {
  private readonly counter = new SharedArrayBuffer(8);
  private readonly workers: Worker[] = [];
  private failure: Error | undefined;

  constructor(file: string, threads: number, config: ScanConfig, root: string, chunk: number) {
    const data: PlaceholderWorkerData = { task: 'placeholders', config, root, counter: this.counter, chunk };
    for (let n = 0; n < threads; n++) {
      const w = new Worker(file, { workerData: data });
      w.on('error', (e) => (this.failure ??= e instanceof Error ? e : new Error(String(e))));
      this.workers.push(w);
    }
  }

  get size(): number {
    return this.workers.length;
  }

  scan(paths: readonly string[], progress: (done: number, total: number) => void, signal: AbortSignal): Promise<BatchResult> {
    const counts = new Int32Array(this.counter);
    const joined = paths.join('\0');
    return new Promise<BatchResult>((resolve, reject) => {
      const merged: BatchResult = { results: [], files: 0, bytes: 0 };
      let pending = this.workers.length;
      const timer = setInterval(() => progress(Math.min(Atomics.load(counts, 1), paths.length), paths.length), 100);
      let done = false;
      const finish = (err?: Error): void => {
        if (done) return;
        done = true;
        clearInterval(timer);
        signal.removeEventListener('abort', onAbort);
        this.terminate();
        if (err) reject(err);
        else resolve(merged);
      };
      const onAbort = (): void => finish(new Error('placeholder scan aborted'));
      signal.addEventListener('abort', onAbort, { once: true });
      if (this.failure) return finish(this.failure);
      for (const w of this.workers) {
        w.once('message', (r: BatchResult) => {
          for (const x of r.results) merged.results.push(x);
          merged.files += r.files;
          merged.bytes += r.bytes;
          if (--pending === 0) finish();
        });
        w.once('error', (e) => finish(e instanceof Error ? e : new Error(String(e))));
        w.once('exit', (code) => {
          if (pending > 0 && code !== 0) finish(new Error(`a placeholder scan worker exited with code ${code}`));
        });
        const req: ScanRequest = { paths: joined };
        w.postMessage(req);
      }
    });
  }

  terminate(): void {
    for (const w of this.workers) void w.terminate();
    this.workers.length = 0;
  }
}
