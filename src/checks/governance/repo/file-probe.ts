/**
 * Size, first bytes and contents of repository files, fast. When RepoFiles reads the working
 * tree (`readsWorkingTree`), files are read directly with synchronous calls on one descriptor
 * opened with O_NOFOLLOW (a PR could point a symlink at runner secrets), so a large file's size
 * is known before any byte is read. Otherwise everything goes through `RepoFiles.read()`.
 * Either way callers iterate with {@link prefetch}, which keeps a bounded number of reads in
 * flight and yields results in order.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import type { RepoFiles } from '../../../core/types.js';

export interface Sniff {
  size: number;
  head: Buffer;
}

export type ReadResult = { bytes: Buffer } | { tooLarge: number } | null;

export interface FileProbe {
  /** Size and the first `n` bytes of a regular file, or null (missing, directory, symlink). */
  sniff(path: string, n: number): Promise<Sniff | null>;
  /** Whole contents when at most `max` bytes, else its size; null when not a regular file. */
  read(path: string, max: number): Promise<ReadResult>;
}

export function probeFor(files: RepoFiles): FileProbe {
  return files.readsWorkingTree ? directProbe(files.root) : repoProbe(files);
}

/** Through RepoFiles.read() (whole files). */
export function repoProbe(files: RepoFiles): FileProbe {
  return {
    async sniff(path, n) {
      const buf = await files.read(path);
      return buf ? { size: buf.length, head: buf.subarray(0, n) } : null;
    },
    async read(path, max) {
      const buf = await files.read(path);
      if (!buf) return null;
      return buf.length > max ? { tooLarge: buf.length } : { bytes: buf };
    },
  };
}

const NOFOLLOW = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0);

/** Straight from the working tree under `root`. */
export function directProbe(root: string): FileProbe {
  const withFile = <T>(path: string, fn: (fd: number, size: number) => T): T | null => {
    let fd: number;
    try {
      fd = openSync(join(root, path), NOFOLLOW);
    } catch {
      return null;
    }
    try {
      const st = fstatSync(fd);
      return st.isFile() ? fn(fd, st.size) : null;
    } catch {
      return null;
    } finally {
      closeSync(fd);
    }
  };
  return {
    async sniff(path, n) {
      return withFile(path, (fd, size) => {
        const head = Buffer.alloc(Math.min(n, size));
        const got = head.length ? readSync(fd, head, 0, head.length, 0) : 0;
        return { size, head: head.subarray(0, got) };
      });
    },
    async read(path, max) {
      return withFile(path, (fd, size): ReadResult => {
        if (size > max) return { tooLarge: size };
        const bytes = Buffer.alloc(size);
        let off = 0;
        while (off < size) {
          const got = readSync(fd, bytes, off, size - off, off);
          if (got <= 0) break;
          off += got;
        }
        return { bytes: bytes.subarray(0, off) };
      });
    },
  };
}

/** Runs `fn` over `items` with at most `window` calls in flight, yielding results in order. */
export async function* prefetch<T>(items: readonly string[], fn: (item: string) => Promise<T>, window = 16): AsyncGenerator<[string, T]> {
  const queue: Array<Promise<T>> = [];
  let next = 0;
  while (next < items.length && queue.length < window) queue.push(fn(items[next++]!));
  for (let i = 0; i < items.length; i++) {
    const value = await queue.shift()!;
    if (next < items.length) queue.push(fn(items[next++]!));
    yield [items[i]!, value];
  }
}
