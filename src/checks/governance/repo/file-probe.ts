/**
 * Size and first bytes of repository files without reading them whole (large binaries stay on
 * disk). Symlinks are never followed: a PR could point one at runner secrets.
 */
import { lstat, open } from 'node:fs/promises';
import { join } from 'node:path';

export interface FileProbe {
  /** Size in bytes of a regular file, or null (missing, directory, symlink). */
  size(path: string): Promise<number | null>;
  /** The first `n` bytes of a regular file, or null. */
  head(path: string, n: number): Promise<Buffer | null>;
}

export function fsProbe(root: string): FileProbe {
  return {
    async size(path) {
      try {
        const s = await lstat(join(root, path));
        return s.isFile() ? s.size : null;
      } catch {
        return null;
      }
    },
    async head(path, n) {
      const abs = join(root, path);
      try {
        if (!(await lstat(abs)).isFile()) return null;
        const fh = await open(abs, 'r');
        try {
          const buf = Buffer.alloc(n);
          const { bytesRead } = await fh.read(buf, 0, n, 0);
          return buf.subarray(0, bytesRead);
        } finally {
          await fh.close();
        }
      } catch {
        return null;
      }
    },
  };
}
