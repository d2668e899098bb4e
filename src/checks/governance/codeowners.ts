/**
 * GitHub CODEOWNERS: parsing and ownership lookup, following GitHub's documentation (pure).
 *
 * - One rule per line: a pattern, then owners (`@user`, `@org/team`, an e-mail address).
 *   `#` starts a comment (a whole line, or a word after the pattern). A line with invalid
 *   syntax is skipped, as GitHub does, and reported.
 * - Patterns follow gitignore rules except for the three GitHub documents as not working:
 *   `!` negation, `[ ]` character ranges, and `\#` escaping of a leading `#`.
 *   A pattern with a `/` at its start or in its middle is anchored at the repository root;
 *   otherwise it matches at any depth. A trailing `/` matches directories only (everything
 *   beneath them). `*` and `?` never cross `/`; `**` matches any number of directories
 *   (a leading `**` / matches at any depth, a trailing `/**` everything inside). A pattern
 *   that matches a directory owns everything beneath it, except when its last segment is a
 *   lone `*` (`docs/*` owns `docs/a.md`, not `docs/sub/b.md`). Matching is case-sensitive.
 * - The LAST matching rule decides; a matching rule without owners leaves the path unowned.
 *
 * Matching is segment by segment with a small dynamic programme, so no pattern can make it
 * backtrack exponentially.
 */

export interface CodeownersRule {
  pattern: string;
  owners: string[];
  /** 1-based line and the pattern's column span in the file. */
  line: number;
  column: number;
  endColumn: number;
  matcher: CompiledPattern;
}

export interface CodeownersError {
  line: number;
  column: number;
  endColumn: number;
  message: string;
}

export interface Codeowners {
  rules: CodeownersRule[];
  errors: CodeownersError[];
}

export interface CompiledPattern {
  anchored: boolean;
  /** Glob segments; `**` for any number of directories. */
  segments: string[];
  /** Trailing `/`: matches directories only. */
  dirOnly: boolean;
  /** Last segment is a lone `*` without a trailing `/`: no ownership of nested paths. */
  noDescend: boolean;
}

const USER_OR_TEAM = /^@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\/[A-Za-z0-9][A-Za-z0-9._-]*)?$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

export function parseCodeowners(text: string): Codeowners {
  const rules: CodeownersRule[] = [];
  const errors: CodeownersError[] = [];
  const lines = text.split('\n');
  lines.forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    const lineNo = i + 1;
    const words = splitWords(line);
    const first = words[0];
    if (!first || first.text.startsWith('#')) return;
    const err = (w: Word, message: string): void => {
      errors.push({ line: lineNo, column: w.start + 1, endColumn: w.end, message });
    };
    const owners: string[] = [];
    let bad = false;
    for (const w of words.slice(1)) {
      if (w.text.startsWith('#')) break;
      if (!USER_OR_TEAM.test(w.text) && !EMAIL.test(w.text)) {
        err(w, `\`${w.text}\` is not an owner: use \`@user\`, \`@org/team\` or an e-mail address`);
        bad = true;
      }
      owners.push(w.text);
    }
    const problem = patternProblem(first.text);
    if (problem) {
      err(first, problem);
      bad = true;
    }
    if (bad) return; // GitHub skips a line with invalid syntax.
    rules.push({
      pattern: first.text,
      owners,
      line: lineNo,
      column: first.start + 1,
      endColumn: first.end,
      matcher: compileCodeownersPattern(first.text),
    });
  });
  return { rules, errors };
}

interface Word {
  text: string;
  start: number;
  end: number;
}

/** Whitespace-separated words; `\ ` keeps a space inside a word. */
function splitWords(line: string): Word[] {
  const out: Word[] = [];
  let i = 0;
  while (i < line.length) {
    while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
    if (i >= line.length) break;
    const start = i;
    while (i < line.length && line[i] !== ' ' && line[i] !== '\t') i += line[i] === '\\' && i + 1 < line.length ? 2 : 1;
    out.push({ text: line.slice(start, i), start, end: i });
  }
  return out;
}

function patternProblem(p: string): string | null {
  if (p.startsWith('!')) return `\`${p}\`: negation with \`!\` does not work in CODEOWNERS; list the paths that need owners instead`;
  if (p.startsWith('\\#')) return `\`${p}\`: escaping a leading \`#\` does not work in CODEOWNERS`;
  for (let i = 0; i < p.length; i++) {
    if (p[i] === '\\') {
      i++;
      continue;
    }
    if (p[i] === '[' || p[i] === ']') return `\`${p}\`: character ranges with \`[ ]\` do not work in CODEOWNERS; write one line per name`;
  }
  if (p === '/') return '`/` matches nothing; use `*` to own every file';
  return null;
}

export function compileCodeownersPattern(pattern: string): CompiledPattern {
  let p = pattern;
  let dirOnly = false;
  if (p.endsWith('/') && !p.endsWith('\\/')) {
    dirOnly = true;
    p = p.replace(/\/+$/, '');
  }
  let anchored = p.startsWith('/') || p.slice(0, -1).includes('/');
  p = p.replace(/^\/+/, '');
  let segments = p.split('/').filter((s) => s !== '');
  if (segments[0] === '**') {
    // `**/x`: x at any depth.
    anchored = false;
    segments = segments.slice(1);
  }
  if (segments.length > 1 && segments[segments.length - 1] === '**') {
    // `x/**`: everything inside x.
    segments = segments.slice(0, -1);
    dirOnly = true;
  }
  // Collapse runs of `**`.
  segments = segments.filter((s, i) => !(s === '**' && segments[i - 1] === '**'));
  const noDescend = !dirOnly && segments[segments.length - 1] === '*';
  return { anchored, segments, dirOnly, noDescend };
}

/** Whether a compiled pattern owns `path` (a file path, repository-relative, `/`-separated). */
export function patternMatches(m: CompiledPattern, path: string): boolean {
  const parts = path.split('/').filter((s) => s !== '');
  if (m.segments.length === 0) return !m.anchored || m.dirOnly ? parts.length > 0 : false;
  const starts = m.anchored ? [0] : parts.map((_, i) => i);
  for (const s of starts) {
    // ends[k]: the pattern matches parts[s..k) exactly.
    const ends = prefixMatches(m.segments, parts, s);
    for (const k of ends) {
      const isWhole = k === parts.length;
      if (isWhole) {
        if (!m.dirOnly) return true;
      } else if (!m.noDescend) return true; // parts[s..k) is a directory holding the path
    }
  }
  return false;
}

/** Every k such that segments match parts[start..k) (k > start). */
function prefixMatches(segments: readonly string[], parts: readonly string[], start: number): number[] {
  // reach[i] = set of part indexes reachable after matching segments[0..i).
  let reach = new Set<number>([start]);
  for (const seg of segments) {
    const next = new Set<number>();
    for (const at of reach) {
      if (seg === '**') {
        for (let k = at; k <= parts.length; k++) next.add(k);
      } else if (at < parts.length && globSegment(seg, parts[at]!)) next.add(at + 1);
    }
    reach = next;
    if (reach.size === 0) return [];
  }
  return [...reach].filter((k) => k > start);
}

/** One path segment against one glob segment (`*`, `?`, `\` escapes), without backtracking blow-up. */
export function globSegment(glob: string, text: string): boolean {
  // Tokenise: literal characters, '?' and '*'.
  const toks: Array<{ kind: 'lit' | 'any' | 'star'; c?: string }> = [];
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '\\' && i + 1 < glob.length) toks.push({ kind: 'lit', c: glob[++i]! });
    else if (c === '*') {
      if (toks[toks.length - 1]?.kind !== 'star') toks.push({ kind: 'star' });
    } else if (c === '?') toks.push({ kind: 'any' });
    else toks.push({ kind: 'lit', c });
  }
  // Classic greedy wildcard match with a single backtrack point: O(len(glob) * len(text)).
  let t = 0;
  let g = 0;
  let starG = -1;
  let starT = 0;
  while (t < text.length) {
    const tok = toks[g];
    if (tok && (tok.kind === 'any' || (tok.kind === 'lit' && tok.c === text[t]))) {
      g++;
      t++;
    } else if (tok && tok.kind === 'star') {
      starG = g++;
      starT = t;
    } else if (starG >= 0) {
      g = starG + 1;
      t = ++starT;
    } else return false;
  }
  while (toks[g]?.kind === 'star') g++;
  return g === toks.length;
}

export interface Ownership {
  /** The last matching rule, or undefined when none matches. */
  rule?: CodeownersRule;
  owners: string[];
}

export function ownersOf(co: Codeowners, path: string): Ownership {
  for (let i = co.rules.length - 1; i >= 0; i--) {
    const rule = co.rules[i]!;
    if (patternMatches(rule.matcher, path)) return { rule, owners: rule.owners };
  }
  return { owners: [] };
}
