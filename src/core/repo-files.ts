import type { RepoFiles } from './types.js';

/** The listed files among `paths` (diff mode): cheap when RepoFiles can select, else list and filter. */
export async function listAmong(files: RepoFiles, paths: readonly string[]): Promise<string[]> {
  if (files.select) return files.select(paths);
  const wanted = new Set(paths);
  return (await files.list()).filter((p) => wanted.has(p));
}
