/** Glob matching (picomatch, the pipeline's glob semantics) and where a file-level finding points. */
import picomatch from 'picomatch';
import type { DiffInfo } from '../../../core/types.js';

export type PathMatcher = (path: string) => boolean;

/** Matches when any glob matches; never matches for an empty list. */
export function globsMatcher(globs: readonly string[], opts: { nocase?: boolean } = {}): PathMatcher {
  if (globs.length === 0) return () => false;
  const ms = globs.map((g) => picomatch(g, { dot: true, nocase: opts.nocase ?? false }));
  return (p) => ms.some((m) => m(p));
}

/**
 * The line a finding about a whole file points at: the first line the PR adds when the file
 * is in the diff (so it is annotated on the PR), else line 1.
 */
export function fileAnchorLine(diff: DiffInfo | null, path: string): number {
  const first = diff?.files.get(path)?.addedRanges[0];
  return first ? first[0] : 1;
}
