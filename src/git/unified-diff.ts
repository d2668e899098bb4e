/** Parses `git diff -U0` output into changed files with added line ranges (pure). */
import type { ChangedFile } from '../core/types.js';

/** Undoes git's C-style quoting of paths ("a/\303\244 b.txt"). */
export function unquoteGitPath(s: string): string {
  if (!s.startsWith('"') || !s.endsWith('"')) return s;
  const bytes: number[] = [];
  const body = s.slice(1, -1);
  const ESC: Record<string, number> = { n: 10, t: 9, r: 13, a: 7, b: 8, f: 12, v: 11, '\\': 92, '"': 34 };
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\') {
      for (const b of Buffer.from(c, 'utf8')) bytes.push(b);
      continue;
    }
    const n = body[i + 1] ?? '';
    if (/[0-7]/.test(n)) {
      bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
      i += 3;
    } else {
      bytes.push(ESC[n] ?? n.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

function stripPrefix(p: string): string {
  const u = unquoteGitPath(p);
  return u.startsWith('a/') || u.startsWith('b/') ? u.slice(2) : u;
}

/** Splits the `diff --git a/x b/y` header when paths are unquoted and contain no " b/". */
function headerPaths(line: string): [string, string] | null {
  const rest = line.slice('diff --git '.length);
  if (rest.startsWith('"')) {
    const m = /^("(?:[^"\\]|\\.)*")\s+(.*)$/.exec(rest);
    return m ? [stripPrefix(m[1]!), stripPrefix(m[2]!)] : null;
  }
  const idx = rest.indexOf(' b/');
  return idx < 0 ? null : [stripPrefix(rest.slice(0, idx)), stripPrefix(rest.slice(idx + 1))];
}

const HUNK = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

/** Merges touching or overlapping ranges so lookups stay a binary search. */
export function normalizeRanges(ranges: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1] + 1) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

export function parseUnifiedDiff(text: string): ChangedFile[] {
  const files: ChangedFile[] = [];
  let cur: ChangedFile | null = null;
  let inHunk = false;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith('diff --git ')) {
      const paths = headerPaths(line);
      cur = {
        path: paths?.[1] ?? '',
        status: 'modified',
        addedRanges: [],
        removedLines: [],
        wholeFile: false,
        binary: false,
      };
      if (paths && paths[0] !== paths[1]) cur.oldPath = paths[0];
      files.push(cur);
      inHunk = false;
      continue;
    }
    if (!cur) continue;
    if (inHunk) {
      if (line.startsWith('-')) {
        cur.removedLines.push(line.slice(1));
        continue;
      }
      if (line.startsWith('+') || line.startsWith(' ') || line.startsWith('\\')) continue;
      inHunk = false;
    }
    const hunk = HUNK.exec(line);
    if (hunk) {
      const start = Number(hunk[3]);
      const count = hunk[4] === undefined ? 1 : Number(hunk[4]);
      if (count > 0) cur.addedRanges.push([start, start + count - 1]);
      inHunk = true;
    } else if (line.startsWith('new file mode')) cur.status = 'added';
    else if (line.startsWith('deleted file mode')) cur.status = 'deleted';
    else if (line.startsWith('rename from ')) {
      cur.status = 'renamed';
      cur.oldPath = unquoteGitPath(line.slice('rename from '.length));
    } else if (line.startsWith('rename to ')) cur.path = unquoteGitPath(line.slice('rename to '.length));
    else if (line.startsWith('copy from ')) {
      cur.status = 'copied';
      cur.oldPath = unquoteGitPath(line.slice('copy from '.length));
    } else if (line.startsWith('copy to ')) cur.path = unquoteGitPath(line.slice('copy to '.length));
    else if (line.startsWith('Binary files ') || line === 'GIT binary patch') cur.binary = true;
    else if (line.startsWith('+++ ') && !line.startsWith('+++ /dev/null')) cur.path = stripPrefix(line.slice(4));
    else if (line.startsWith('--- ') && cur.status === 'deleted' && !line.startsWith('--- /dev/null'))
      cur.path = stripPrefix(line.slice(4));
  }
  for (const f of files) {
    f.addedRanges = normalizeRanges(f.addedRanges);
    if (f.status === 'deleted' && f.oldPath === undefined) f.oldPath = f.path;
    if (f.oldPath === f.path) delete f.oldPath;
  }
  return files;
}

/** True when `line` falls in one of the sorted, merged ranges. */
export function lineInRanges(ranges: ReadonlyArray<readonly [number, number]>, line: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = ranges[mid]!;
    if (line < a) hi = mid - 1;
    else if (line > b) lo = mid + 1;
    else return true;
  }
  return false;
}
