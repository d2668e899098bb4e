/**
 * The placeholder scan inside a worker thread: compile the scanner once, then pull chunks of
 * the shared path list through an atomic counter (no per-chunk messages) until it runs dry.
 */
import type { MessagePort } from 'node:worker_threads';
import { acquireScanBuffer, scanBatch, type BatchResult } from './read-scan.js';
import { Scanner } from './scanner.js';
import type { ScanConfig } from './spec.js';

export interface PlaceholderWorkerData {
  task: 'placeholders';
  config: ScanConfig;
  root: string;
  /** Int32 [next index, files done]. */
  counter: SharedArrayBuffer;
  chunk: number;
}

/** Main → worker: the paths, NUL-joined (one string clones faster than an array). */
export interface ScanRequest {
  paths: string;
}

export function runPlaceholderWorker(port: MessagePort, data: PlaceholderWorkerData): void {
  const scanner = new Scanner(data.config);
  const sb = acquireScanBuffer(data.config.maxFileBytes);
  const counter = new Int32Array(data.counter);
  port.once('message', (msg: ScanRequest) => {
    const paths = msg.paths === '' ? [] : msg.paths.split('\0');
    const out: BatchResult = { results: [], files: 0, bytes: 0 };
    for (;;) {
      const from = Atomics.add(counter, 0, data.chunk);
      if (from >= paths.length) break;
      const to = Math.min(paths.length, from + data.chunk);
      scanBatch(data.root, paths, from, to, scanner, sb, out);
      Atomics.add(counter, 1, to - from);
    }
    port.postMessage(out);
    port.close();
  });
}
