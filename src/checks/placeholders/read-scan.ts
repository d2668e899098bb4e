/**
 * Reads working-tree files into one reused buffer and scans them (synchronous: this runs in a
 * worker thread, or on the main thread for small file sets). A file is read at most up to the
 * size cap plus one byte; anything larger is reported as skipped, never dropped silently.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from 'node:fs';
import { createKernel, type PairScanKernel } from './pair-scan-wasm.js';
import { wordsOf, type ScanBuffer } from './prefilter.js';
import type { FileResult } from './spec.js';
import type { Scanner } from './scanner.js';

export interface BatchResult {
  /** Only files with findings or skipped. */
  results: FileResult[];
  files: number;
  bytes: number;
}

const NOFOLLOW = constants.O_NOFOLLOW ?? 0;
// Non-blocking: opening a FIFO that slipped into the list must not hang the scan.
const OPEN_FLAGS = constants.O_RDONLY | NOFOLLOW | (constants.O_NONBLOCK ?? 0);

let kernel: PairScanKernel | null | undefined;
let kernelLeased = false;

export interface LeasedBuffer extends ScanBuffer {
  release(): void;
}

/**
 * The buffer files are read into: `maxFileBytes + 1` bytes (a full read means "too large").
 * The thread's WebAssembly kernel buffer when it is free and big enough (files are then read
 * straight into kernel memory), else a plain one. Release it when the scan is done.
 */
export function acquireScanBuffer(maxFileBytes: number): LeasedBuffer {
  const size = maxFileBytes + 1;
  if (kernel === undefined) kernel = createKernel(Math.max(size, 1024 * 1024 + 1));
  if (kernel && !kernelLeased && kernel.capacity >= size) {
    kernelLeased = true;
    const buf = kernel.file.subarray(0, size);
    return { buf, words: wordsOf(buf), kernel, release: () => (kernelLeased = false) };
  }
  const buf = Buffer.allocUnsafeSlow(size);
  return { buf, words: wordsOf(buf), kernel: null, release: () => {} };
}

/** Reads one regular file (symlinks are not followed) into `buf`: its length, or a skip. */
export function readInto(abs: string, buf: Buffer): { len: number } | { skipped: 'too-large' | 'unreadable'; size?: number } {
  let fd: number;
  try {
    // Without O_NOFOLLOW (Windows) check by lstat: a symlink could point outside the repository.
    if (NOFOLLOW === 0 && !lstatSync(abs).isFile()) return { skipped: 'unreadable' };
    fd = openSync(abs, OPEN_FLAGS);
  } catch {
    return { skipped: 'unreadable' };
  }
  try {
    // Regular files return everything up to the requested length in one read; a short read
    // means end of file. A full buffer means the file is above the cap.
    const len = readSync(fd, buf, 0, buf.length, 0);
    if (len === buf.length) {
      let size: number | undefined;
      try {
        size = fstatSync(fd).size;
      } catch {
        size = undefined;
      }
      return size === undefined ? { skipped: 'too-large' } : { skipped: 'too-large', size };
    }
    return { len };
  } catch {
    return { skipped: 'unreadable' };
  } finally {
    closeSync(fd);
  }
}

export function scanBatch(root: string, paths: readonly string[], from: number, to: number, scanner: Scanner, sb: ScanBuffer, into: BatchResult): void {
  const prefix = root.endsWith('/') ? root : `${root}/`;
  const buf = sb.buf;
  for (let n = from; n < to; n++) {
    const path = paths[n]!;
    const r = readInto(prefix + path, buf);
    into.files++;
    if ('skipped' in r) {
      into.results.push({ path, findings: [], ...r });
      continue;
    }
    into.bytes += r.len;
    keep(into, scanSafely(scanner, path, buf, r.len, sb));
  }
}

/** Scans bytes already read. The lexer is written never to throw; if it does, the file is skipped, the run goes on. */
export function scanSafely(scanner: Scanner, path: string, buf: Buffer, len: number, sb?: ScanBuffer): FileResult {
  try {
    return scanner.scanBuffer(path, buf, len, sb);
  } catch {
    return { path, findings: [], skipped: 'unreadable' };
  }
}

/** Adds a file's result to the batch when there is something to report (findings or a skip). */
export function keep(into: BatchResult, r: FileResult): void {
  if (r.findings.length || r.skipped) into.results.push(r);
}
