/**
 * gitignore-syntax matching for `.guardianignore` (pure). Git itself applies `.gitignore`
 * through `git ls-files --exclude-standard`; this covers our own ignore file, which git
 * cannot apply to tracked files.
 */
import picomatch from 'picomatch';

interface IgnoreRule {
  negate: boolean;
  dirOnly: boolean;
  match: (path: string) => boolean;
}

/** Compiles gitignore lines: `#` comments, `!` negation, leading `/` anchors, trailing `/` dirs. */
export function compileIgnore(text: string): (path: string) => boolean {
  const rules: IgnoreRule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    let line = raw.replace(/(?<!\\)\s+$/, '');
    if (line === '' || line.startsWith('#')) continue;
    let negate = false;
    if (line.startsWith('!')) {
      negate = true;
      line = line.slice(1);
    } else if (line.startsWith('\\!') || line.startsWith('\\#')) {
      line = line.slice(1);
    }
    const dirOnly = line.endsWith('/');
    if (dirOnly) line = line.slice(0, -1);
    const anchored = line.startsWith('/') || line.slice(0, -1).includes('/');
    if (line.startsWith('/')) line = line.slice(1);
    if (line === '') continue;
    const base = anchored ? line : `**/${line}`;
    const self = picomatch(base, { dot: true });
    const inside = picomatch(`${base}/**`, { dot: true });
    // A file matches a dir-only rule only through one of its parent directories.
    const match = dirOnly ? (p: string): boolean => inside(p) : (p: string): boolean => self(p) || inside(p);
    rules.push({ negate, dirOnly, match });
  }
  return (path: string): boolean => {
    let ignored = false;
    for (const rule of rules) if (rule.match(path)) ignored = !rule.negate;
    return ignored;
  };
}
