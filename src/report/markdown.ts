/** Markdown building blocks shared by the check-run output, PR comment and job summary (pure). */
import type { CheckResult, CheckStatus, Finding, Level, VerdictValue } from '../core/types.js';
import type { ReportContext, RunReport } from './context.js';
import { codeSpan, encodePath, escapeMarkdown, truncate } from './escape.js';

const VERDICT_BADGE: Record<VerdictValue, string> = {
  pass: '✅ **Passed**',
  fail: '❌ **Failed**',
  neutral: '⚪ **Neutral**',
};
const STATUS_ICON: Record<CheckStatus, string> = { passed: '✅ passed', failed: '❌ failed', neutral: '⚪ neutral', error: '💥 error' };
const LEVEL_ICON: Record<Level, string> = { error: '🔴 error', warning: '🟠 warning', notice: '🔵 notice' };

export function fileLink(ctx: ReportContext, f: Finding): string {
  const loc = f.location;
  if (!loc) return '(repository)';
  const label = escapeMarkdown(`${loc.path}:${loc.startLine}`);
  if (!ctx.repoUrl) return label;
  const end = loc.endLine && loc.endLine !== loc.startLine ? `-L${loc.endLine}` : '';
  return `[${label}](${ctx.repoUrl}/blob/${encodeURIComponent(ctx.commitSha)}/${encodePath(loc.path)}#L${loc.startLine}${end})`;
}

export function headline(report: RunReport): string {
  const { verdict } = report;
  const c = verdict.counts;
  const parts = [`${c.error} error${c.error === 1 ? '' : 's'}`, `${c.warning} warning${c.warning === 1 ? '' : 's'}`, `${c.notice} notice${c.notice === 1 ? '' : 's'}`];
  if (c.suppressed) parts.push(`${c.suppressed} suppressed`);
  return `${VERDICT_BADGE[verdict.verdict]} · ${parts.join(' · ')}`;
}

export function reasonsList(report: RunReport): string {
  return report.verdict.reasons.map((r) => `- ${escapeMarkdown(r)}`).join('\n');
}

export function checksTable(results: readonly CheckResult[]): string {
  const rows = results.map(
    (r) =>
      `| ${escapeMarkdown(r.title)} | ${STATUS_ICON[r.status]} | ${r.counts.error} | ${r.counts.warning} | ${r.counts.notice} | ${r.counts.suppressed} | ${escapeMarkdown(truncate(r.error ?? r.summary ?? '', 160))} |`,
  );
  return ['| Gate | Status | Errors | Warnings | Notices | Suppressed | Details |', '|---|---|---:|---:|---:|---:|---|', ...rows].join('\n');
}

export function findingRow(ctx: ReportContext, f: Finding): string {
  const level = f.suppression ? `⚪ suppressed (${f.suppression.kind})` : LEVEL_ICON[f.level];
  return `| ${level} | \`${f.ruleId}\` | ${fileLink(ctx, f)} | ${escapeMarkdown(truncate(f.message, 400))} |`;
}

export const FINDINGS_HEADER = '| Level | Rule | Location | Message |\n|---|---|---|---|';

export function findingsTable(ctx: ReportContext, findings: readonly Finding[], omitted: number): string {
  if (findings.length === 0 && omitted === 0) return '_No findings._';
  const lines = [FINDINGS_HEADER, ...findings.map((f) => findingRow(ctx, f))];
  if (omitted > 0) lines.push('', `…and ${omitted} more in the evidence bundle (findings.json).`);
  return lines.join('\n');
}

export function notesBlock(report: RunReport): string {
  const notes = [
    ...report.context.notices.map((n) => `- ${escapeMarkdown(n)}`),
    ...report.results.flatMap((r) => r.notes.map((n) => `- ${escapeMarkdown(`${r.checkId}: ${n}`)}`)),
  ];
  return notes.length ? `<details><summary>Notes (${notes.length})</summary>\n\n${notes.join('\n')}\n\n</details>` : '';
}

export function snippetLine(f: Finding): string {
  return f.snippet ? codeSpan(f.snippet) : '';
}

/**
 * Returns the first rendering that fits in `max` characters; the last variant must take a
 * budget and always fit (it truncates).
 */
export function fitWithin(max: number, variants: Array<() => string>, last: (budget: number) => string): string {
  for (const v of variants) {
    const s = v();
    if (s.length <= max) return s;
  }
  const s = last(max);
  return s.length <= max ? s : truncate(s, max);
}
