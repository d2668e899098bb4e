/**
 * Marker tags in comment text: whole-word candidates, the group right after the tag
 * (references, expiry date) and the policy outcome (pure).
 */
import { isIdentCode } from './lexer.js';
import { normalizeForFingerprint } from '../../core/fingerprint.js';
import { snippetOf, type LinePos } from './positions.js';
import type { RawFinding, ScanConfig, TagConfig } from './spec.js';

export interface Candidate {
  pos: number;
  len: number;
  /** Index into the matcher's list (a tag, a stub rule or a literal, by caller). */
  index: number;
}

/** Each tag and alias of `tags` as a literal to search for, with the index of its tag. */
export function tagLiterals(tags: readonly TagConfig[]): Array<{ literal: string; index: number }> {
  return tags.flatMap((t, index) => [t.tag, ...t.aliases].map((literal) => ({ literal, index })));
}

/**
 * Every whole-word occurrence of each literal, ascending by position: no word character right
 * before it, nor right after it when it ends with one (`todo!` may be followed by `(`).
 */
export function wholeWordOccurrences(text: string, literals: ReadonlyArray<{ literal: string; index: number }>): Candidate[] {
  const out: Candidate[] = [];
  for (const { literal, index } of literals) {
    if (!literal) continue;
    const len = literal.length;
    const wordEnd = isIdentCode(literal.charCodeAt(len - 1));
    for (let at = text.indexOf(literal); at !== -1; at = text.indexOf(literal, at + 1)) {
      if (at > 0 && isIdentCode(text.charCodeAt(at - 1))) continue;
      if (wordEnd && at + len < text.length && isIdentCode(text.charCodeAt(at + len))) continue;
      out.push({ pos: at, len, index });
    }
  }
  out.sort((a, b) => a.pos - b.pos || b.len - a.len);
  // A longer literal at the same place wins (an alias like the JSDoc tag over the tag inside it).
  return out.filter((c, n) => n === 0 || c.pos >= out[n - 1]!.pos + out[n - 1]!.len);
}

export interface PreparedPolicy {
  references: Array<{ re: RegExp; group: boolean }>;
  notReferences: RegExp[];
}

export function preparePolicy(cfg: ScanConfig): PreparedPolicy {
  return {
    references: cfg.references.map((r) => ({ re: new RegExp(r.pattern, 'g'), group: r.group })),
    notReferences: cfg.notReferences.map((p) => new RegExp(p)),
  };
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A comment's closing delimiter at the end of the text (not part of what a marker says). */
const TRAILING_CLOSER = /(?:\*\/|-->|#>|-\}|\*\)|\]\]|"""|''')\s*$/;

/**
 * The text that identifies a marker wherever it stands: from its tag to the end of its comment
 * line, closer dropped, whitespace collapsed. "Moved, not new" compares removed lines by it.
 */
export function markerKey(fromTag: string): string {
  return normalizeForFingerprint(fromTag.replace(TRAILING_CLOSER, ''));
}

function validDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

function hasReference(text: string, policy: PreparedPolicy, inGroup: boolean): boolean {
  for (const r of policy.references) {
    if (r.group && !inGroup) continue;
    r.re.lastIndex = 0;
    for (let m = r.re.exec(text); m; m = r.re.exec(text)) {
      if (!policy.notReferences.some((n) => n.test(m![0]))) return true;
      if (m[0].length === 0) r.re.lastIndex++;
    }
  }
  return false;
}

export interface MarkerContext {
  text: string;
  /** Where the comment containing the marker ends. */
  commentEnd: number;
  pos: LinePos;
}

/** The finding for one marker, or null when its policy accepts it. */
export function markerFinding(tag: TagConfig, start: number, len: number, ctx: MarkerContext, cfg: ScanConfig, policy: PreparedPolicy): RawFinding | null {
  const { text, pos } = ctx;
  const stop = Math.min(ctx.commentEnd, pos.lineEnd);
  let k = start + len;
  while (k < stop && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
  let group: string[] = [];
  const open = text.charCodeAt(k);
  if (open === 40 || open === 91) {
    const close = text.indexOf(open === 40 ? ')' : ']', k + 1);
    if (close !== -1 && close < stop) {
      group = text.slice(k + 1, close).split(/[\s,;]+/).filter(Boolean);
      k = close + 1;
    }
  }
  const rest = text.slice(k, stop);
  const markerText = markerKey(text.slice(start, stop));
  const base = {
    line: pos.line,
    column: pos.column,
    endColumn: pos.column + len - 1,
    snippet: snippetOf(text, pos),
    key: markerText,
    tag: tag.tag,
  };
  const fill = (s: string, date = ''): string => s.replaceAll('{tag}', tag.tag).replaceAll('{date}', date);

  let date: string | undefined;
  let referenced = false;
  for (const item of group) {
    if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(item)) date = item;
    else if (hasReference(item, policy, true)) referenced = true;
  }
  if (!referenced && rest && hasReference(rest, policy, false)) referenced = true;

  if (date !== undefined) {
    if (!validDate(date)) {
      return { ...base, ruleId: tag.ruleId, title: `${tag.tag} with an invalid date`, message: fill(cfg.expiry.invalidMessage, date) };
    }
    if (date < cfg.today) {
      return { ...base, ruleId: cfg.expiry.ruleId, title: `Expired ${tag.tag}`, message: fill(cfg.expiry.message, date), expires: date };
    }
    // A future date makes the marker tracked work, like a reference.
    referenced = true;
  }
  if (tag.requireReference) {
    if (referenced) return null;
    return { ...base, ruleId: tag.ruleId, title: `${tag.tag} without a reference`, message: fill(cfg.unreferencedMessage) };
  }
  return { ...base, ruleId: tag.ruleId, title: `${tag.tag} marker`, message: fill(tag.message) };
}
