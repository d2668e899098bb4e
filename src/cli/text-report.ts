/** The CLI's human-readable report (pure). Untrusted text is stripped of control characters. */
import type { CheckStatus, Finding, Level } from '../core/types.js';
import { allFindings, type RunReport } from '../report/context.js';
import { stripControl, truncate } from '../report/escape.js';

export interface TextStyle {
  color: boolean;
}

const CODES = { red: 31, yellow: 33, blue: 34, green: 32, gray: 90, bold: 1 } as const;

export function renderText(report: RunReport, opts: TextStyle & { evidencePath?: string; maxFindings?: number }): string {
  const paint = (code: keyof typeof CODES, s: string): string => (opts.color ? `\u001b[${CODES[code]}m${s}\u001b[0m` : s);
  const levelColor: Record<Level, keyof typeof CODES> = { error: 'red', warning: 'yellow', notice: 'blue' };
  const statusMark: Record<CheckStatus, string> = {
    passed: paint('green', '✔'),
    failed: paint('red', '✖'),
    neutral: paint('gray', '○'),
    error: paint('red', '!'),
  };
  const lines: string[] = [];
  const findings = allFindings(report);
  const max = opts.maxFindings ?? 200;
  const clean = (s: string): string => stripControl(s).replace(/[\r\n\t]+/g, ' ');
  for (const r of report.results) {
    const c = r.counts;
    const detail = r.status === 'error' ? `could not run: ${clean(r.error ?? '')}` : `${c.error} error(s), ${c.warning} warning(s), ${c.notice} notice(s)${c.suppressed ? `, ${c.suppressed} suppressed` : ''}`;
    lines.push(`${statusMark[r.status]} ${paint('bold', r.checkId)}  ${detail}  ${paint('gray', `(${Math.round(r.durationMs)} ms)`)}`);
    if (r.summary) lines.push(`    ${paint('gray', clean(r.summary))}`);
  }
  const shown = findings.filter((f) => !f.suppression).slice(0, max);
  if (shown.length) lines.push('');
  for (const f of shown) lines.push(findingLine(f, paint, levelColor, clean));
  const hidden = findings.filter((f) => !f.suppression).length - shown.length;
  if (hidden > 0) lines.push(paint('gray', `…and ${hidden} more (see findings.json in the evidence bundle)`));
  const notes = [...report.context.notices, ...report.results.flatMap((r) => r.notes.map((n) => `${r.checkId}: ${n}`))];
  if (notes.length) {
    lines.push('');
    for (const n of notes) lines.push(paint('gray', `note: ${clean(n)}`));
  }
  const v = report.verdict;
  const word = v.verdict === 'fail' ? paint('red', 'FAIL') : v.verdict === 'pass' ? paint('green', 'PASS') : paint('gray', 'NEUTRAL');
  lines.push('', `${paint('bold', 'Verdict:')} ${word} — ${clean(v.reasons.join('; '))}`);
  if (opts.evidencePath) lines.push(paint('gray', `Evidence: ${opts.evidencePath}`));
  return `${lines.join('\n')}\n`;
}

function findingLine(
  f: Finding,
  paint: (c: keyof typeof CODES, s: string) => string,
  levelColor: Record<Level, keyof typeof CODES>,
  clean: (s: string) => string,
): string {
  const loc = f.location ? `${f.location.path}:${f.location.startLine}${f.location.startColumn ? `:${f.location.startColumn}` : ''}` : '(repository)';
  return `  ${clean(loc)}  ${paint(levelColor[f.level], f.level)}  ${paint('gray', f.ruleId)}  ${clean(truncate(f.message, 300))}`;
}
