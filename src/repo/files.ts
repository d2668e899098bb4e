/** {@link RepoFiles} over a working tree: git's own file list inside a repository, a walk outside. */
import { lstat, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { RepoFiles } from '../core/types.js';
import { runGit, gitTopLevel } from '../git/exec.js';
import { compileIgnore } from './ignore-file.js';

export interface RepoFilesOptions {
  /** Extra gitignore-style patterns (the config's global `ignore`). */
  ignore?: string[];
}

/** Folders never walked outside git (inside git, .gitignore decides). */
const WALK_EXCLUDES = ['**/.git/**', '**/node_modules/**'];

export async function openRepoFiles(root: string, opts: RepoFilesOptions = {}): Promise<RepoFiles> {
  // Asked only when needed: a git spawn is a few milliseconds of start-up a diff-mode run never uses.
  let topLevel: Promise<string | null> | undefined;
  const top = (): Promise<string | null> => (topLevel ??= gitTopLevel(root));
  let listing: Promise<string[]> | undefined;

  let ignoring: Promise<(path: string) => boolean> | undefined;
  const ignored = (): Promise<(path: string) => boolean> =>
    (ignoring ??= readText(join(root, '.guardianignore')).then((text) => compileIgnore(`${text ?? ''}\n${(opts.ignore ?? []).join('\n')}`)));

  const list = async (): Promise<string[]> => {
    const [raw, isIgnored] = await Promise.all([(await top()) === null ? walk(root) : gitListFiles(root), ignored()]);
    return raw.filter((p) => !isIgnored(p)).sort();
  };

  // Paths handed to select() come from `git diff` (tracked, or untracked and not ignored), so
  // git's own view already holds for them: only Guardian's ignores and existence remain. This
  // keeps a 50-file PR from paying for a listing (or a pathspec walk) of the whole tree.
  const select = async (paths: readonly string[]): Promise<string[]> => {
    if (listing) {
      const wanted = new Set(paths);
      return (await listing).filter((p) => wanted.has(p));
    }
    const isIgnored = await ignored();
    const kept = await Promise.all(paths.map(async (p) => (!isIgnored(p) && (await isRegularFile(join(root, p))) ? p : null)));
    return kept.filter((p): p is string => p !== null).sort();
  };

  return {
    root,
    readsWorkingTree: true,
    list: () => (listing ??= list()),
    select,
    async read(path) {
      try {
        // lstat: a symlink in a PR could point at runner secrets; only regular files are read.
        const abs = join(root, path);
        if (!(await lstat(abs)).isFile()) return null;
        return await readFile(abs);
      } catch {
        return null;
      }
    },
    async readAtRevision(path, revision) {
      const topDir = await top();
      if (topDir === null) return null;
      const prefix = relative(topDir, root).split(sep).join('/');
      const spec = `${revision}:${prefix ? `${prefix}/` : ''}${path}`;
      const r = await runGit(['cat-file', 'blob', spec], { cwd: root, timeoutMs: 30_000 });
      return r.code === 0 ? r.stdout : null;
    },
  };
}

async function isRegularFile(abs: string): Promise<boolean> {
  try {
    return (await lstat(abs)).isFile();
  } catch {
    return false;
  }
}

async function gitListFiles(cwd: string): Promise<string[]> {
  // --cached --others --exclude-standard: tracked plus untracked-but-not-ignored, exactly git's view.
  const r = await runGit(['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--deduplicate'], { cwd });
  if (r.code !== 0) throw new Error(`git ls-files failed in ${cwd}: ${r.stderr.trim()}`);
  const out = r.stdout.toString('utf8').split('\0').filter((p) => p !== '');
  // Tracked files deleted in the work tree are still listed by --cached: drop them.
  const deleted = await runGit(['ls-files', '-z', '--deleted'], { cwd });
  if (deleted.code !== 0 || deleted.stdout.length === 0) return out;
  const gone = new Set(deleted.stdout.toString('utf8').split('\0'));
  return out.filter((p) => !gone.has(p));
}

async function walk(root: string): Promise<string[]> {
  const { default: fg } = await import('fast-glob');
  return fg('**/*', { cwd: root, dot: true, onlyFiles: true, followSymbolicLinks: false, ignore: WALK_EXCLUDES });
}

async function readText(path: string): Promise<string | null> {
  try {
    const s = await stat(path);
    if (!s.isFile()) return null;
    return await readFile(path, 'utf8');
  } catch {
    return null;
  }
}
