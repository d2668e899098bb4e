/** Plans the one sticky PR comment: verdict, a table per gate, top findings, links (pure). */
import { allFindings, type RunReport } from './context.js';
import { escapeMarkdown } from './escape.js';
import { checksTable, findingsTable, fitWithin, headline, reasonsList } from './markdown.js';
import { rowsWithin } from './check-run.js';

/** GitHub's limit is 65,536; stay well under it. */
export const COMMENT_MAX = 60_000;
export const TOP_FINDINGS = 20;

/** The hidden marker that identifies our comment; the check name cannot close the HTML comment. */
export function commentMarker(checkName: string): string {
  return `<!-- guardian:${checkName.replace(/--/g, '- -').replace(/[<>\r\n]/g, '')} -->`;
}

export function planComment(report: RunReport): string {
  const ctx = report.context;
  const marker = commentMarker(ctx.checkName);
  const active = allFindings(report).filter((f) => !f.suppression);
  const errors = active.filter((f) => f.level === 'error');
  const links = [
    ctx.checkRunUrl ? `[Check run](${ctx.checkRunUrl})` : '',
    ctx.runUrl ? `[Evidence bundle and logs](${ctx.runUrl})` : '',
  ].filter(Boolean);
  const head = [
    marker,
    `## ${escapeMarkdown(ctx.checkName)}: ${headline(report)}`,
    '',
    reasonsList(report),
    '',
    checksTable(report.results),
  ].join('\n');
  const foot = [
    '',
    links.length ? links.join(' · ') : '',
    `<sub>Commit ${escapeMarkdown(ctx.commitSha.slice(0, 12))} · ${escapeMarkdown(`${ctx.toolName} ${ctx.toolVersion}`)}</sub>`,
  ].join('\n');
  const top = active.slice(0, TOP_FINDINGS);
  const section = (title: string, body: string): string => `\n\n### ${title}\n\n${body}`;
  return fitWithin(
    COMMENT_MAX,
    [
      () => head + (active.length ? section(`Top findings (${top.length} of ${active.length})`, findingsTable(ctx, top, active.length - top.length)) : '') + foot,
      () => head + section(`Errors (${errors.length})`, findingsTable(ctx, errors.slice(0, TOP_FINDINGS), Math.max(0, errors.length - TOP_FINDINGS))) + foot,
    ],
    (budget) => {
      const room = budget - head.length - foot.length - 40;
      return head + (room > 200 ? section('Errors (truncated)', rowsWithin(report, errors, room, '')) : '\n\n…findings are in the evidence bundle (findings.json).') + foot;
    },
  );
}
