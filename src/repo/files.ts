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
  const top = await gitTopLevel(root);
  let listing: Promise<string[]> | undefined;

  const list = async (): Promise<string[]> => {
    const raw = top === null ? await walk(root) : await gitListFiles(root);
    const ignoreText = (await readText(join(root, '.guardianignore'))) ?? '';
    const extra = (opts.ignore ?? []).join('\n');
    const ignored = compileIgnore(`${ignoreText}\n${extra}`);
    return raw.filter((p) => !ignored(p)).sort();
  };

  return {
    root,
    readsWorkingTree: true,
    list: () => (listing ??= list()),
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
      if (top === null) return null;
      const prefix = relative(top, root).split(sep).join('/');
      const spec = `${revision}:${prefix ? `${prefix}/` : ''}${path}`;
      const r = await runGit(['cat-file', 'blob', spec], { cwd: root, timeoutMs: 30_000 });
      return r.code === 0 ? r.stdout : null;
    },
  };
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
