/**
 * Escaping for untrusted text (paths, messages, code excerpts, PR content) before it reaches
 * Markdown or HTML: no injected formatting, links, HTML, @mentions, #references or fake
 * `<!-- guardian:... -->` markers (pure).
 */

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML[c]!);
}

/**
 * Escapes text for Markdown inline context (also safe in table cells): HTML-escapes, then
 * backslash-escapes Markdown punctuation, breaks @mentions and #123 references with a
 * zero-width joiner, and folds newlines into spaces.
 */
export function escapeMarkdown(s: string): string {
  return stripControl(s)
    .replace(/\r?\n|\r/g, ' ')
    .replace(/[\\`*_{}[\]()#+\-.!|~:=^$]/g, (c) => `\\${c}`)
    .replace(/[&<>]/g, (c) => HTML[c]!)
    .replace(/([@#])/g, '$1\u200d');
}

/** A code span that cannot be broken out of: `<code>` with HTML escaping, newlines folded. */
export function codeSpan(s: string, max = 200): string {
  const t = truncate(stripControl(s).replace(/\r?\n|\r/g, ' ').trim(), max);
  return `<code>${escapeHtml(t).replace(/@/g, '@\u200d').replace(/\|/g, '&#124;')}</code>`;
}

/** Removes C0/C1 control characters except tab and newline (terminal and renderer safety). */
export function stripControl(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '');
}

export function truncate(s: string, max: number): string {
  if (s.length <= max) return s;
  return `${s.slice(0, Math.max(0, max - 1))}…`;
}

/** URL-encodes each segment of a repository path for blob links. */
export function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** Text for GitHub check-run annotations and workflow commands: control characters removed, bounded. */
export function plainText(s: string, max: number): string {
  return truncate(stripControl(s), max);
}
