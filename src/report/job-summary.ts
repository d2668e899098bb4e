/** Plans the job summary ($GITHUB_STEP_SUMMARY, ≤ 1 MiB per step) (pure). */
import { allFindings, type RunReport } from './context.js';
import { escapeMarkdown } from './escape.js';
import { checksTable, findingsTable, fitWithin, headline, notesBlock, reasonsList } from './markdown.js';
import { rowsWithin } from './check-run.js';

/** 1 MiB is GitHub's cap; leave room for other steps' Markdown. */
export const SUMMARY_MAX = 1_000_000;

export function planJobSummary(report: RunReport, max = SUMMARY_MAX): string {
  const ctx = report.context;
  const findings = allFindings(report);
  const errors = findings.filter((f) => f.level === 'error' && !f.suppression);
  const head = [`## ${escapeMarkdown(ctx.checkName)}: ${headline(report)}`, '', reasonsList(report), '', checksTable(report.results)].join('\n');
  const notes = notesBlock(report);
  const links = [ctx.checkRunUrl ? `[Check run](${ctx.checkRunUrl})` : '', ctx.configFile ? `Config: \`${escapeMarkdown(ctx.configFile)}\`` : 'Config: built-in defaults']
    .filter(Boolean)
    .join(' · ');
  const compose = (body: string): string => `${head}\n\n${body}\n\n${notes}\n\n${links}\n`;
  return fitWithin(
    max,
    [
      () => compose(`### Findings (${findings.length})\n\n${findingsTable(ctx, findings, 0)}`),
      () => compose(`### Errors (${errors.length} of ${findings.length} findings; all are in the evidence bundle)\n\n${findingsTable(ctx, errors, 0)}`),
    ],
    (budget) => compose(rowsWithin(report, errors, budget - head.length - notes.length - links.length - 200, '### Errors (truncated)\n\n')),
  );
}
