/**
 * Plans the check run: one create carrying the first 50 annotations, then PATCHes appending
 * the rest in batches of 50; summary and text each within 65,535 characters (pure).
 */
import type { Finding, VerdictValue } from '../core/types.js';
import { allFindings, type RunReport } from './context.js';
import { plainText, truncate } from './escape.js';
import { checksTable, findingsTable, FINDINGS_HEADER, findingRow, fitWithin, headline, notesBlock, reasonsList } from './markdown.js';

export const ANNOTATIONS_PER_REQUEST = 50;
export const CHECK_OUTPUT_MAX = 65_535;
/** Annotations beyond this stay in the text and the evidence bundle, keeping calls bounded. */
export const MAX_ANNOTATIONS = 1_000;

export interface Annotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
  raw_details?: string;
}

export interface CheckRunOutput {
  title: string;
  summary: string;
  text?: string;
  annotations?: Annotation[];
}

export interface CheckRunPlan {
  create: {
    name: string;
    head_sha: string;
    status: 'completed';
    conclusion: 'success' | 'failure' | 'neutral';
    external_id: string;
    details_url?: string;
    output: CheckRunOutput;
  };
  /** Each appends one batch of annotations (title and summary are required with annotations). */
  updates: Array<{ output: CheckRunOutput }>;
  annotationCount: number;
  /** Annotations not sent because of {@link MAX_ANNOTATIONS} or the `annotations: false` input. */
  annotationsOmitted: number;
}

const CONCLUSION: Record<VerdictValue, CheckRunPlan['create']['conclusion']> = { pass: 'success', fail: 'failure', neutral: 'neutral' };

export function toAnnotation(f: Finding): Annotation | null {
  const loc = f.location;
  if (!loc) return null;
  const endLine = Math.max(loc.startLine, loc.endLine ?? loc.startLine);
  const a: Annotation = {
    path: loc.path,
    start_line: loc.startLine,
    end_line: endLine,
    annotation_level: f.level === 'error' ? 'failure' : f.level,
    message: plainText(f.message, 4_000),
    // The rule id in the title tells the reader what to configure or suppress.
    title: plainText(f.title ? `${f.title} (${f.ruleId})` : f.ruleId, 255),
  };
  // GitHub accepts columns only on single-line annotations.
  if (endLine === loc.startLine && loc.startColumn) {
    a.start_column = loc.startColumn;
    a.end_column = Math.max(loc.startColumn, loc.endColumn ?? loc.startColumn);
  }
  if (f.snippet) a.raw_details = plainText(f.snippet, 1_000);
  return a;
}

export function checkRunTitle(report: RunReport): string {
  const c = report.verdict.counts;
  const word = { pass: 'Passed', fail: 'Failed', neutral: 'Neutral' }[report.verdict.verdict];
  return `${word}: ${c.error} error(s), ${c.warning} warning(s), ${c.notice} notice(s)`;
}

export function planCheckRun(report: RunReport, opts: { annotations: boolean; detailsUrl?: string }): CheckRunPlan {
  const findings = allFindings(report);
  const active = findings.filter((f) => !f.suppression);
  const annotatable = active.map(toAnnotation).filter((a): a is Annotation => a !== null);
  const sent = opts.annotations ? annotatable.slice(0, MAX_ANNOTATIONS) : [];
  const omitted = annotatable.length - sent.length;
  const title = checkRunTitle(report);
  const summary = planSummary(report, omitted);
  const text = planText(report, findings);
  const batches: Annotation[][] = [];
  for (let i = 0; i < sent.length; i += ANNOTATIONS_PER_REQUEST) batches.push(sent.slice(i, i + ANNOTATIONS_PER_REQUEST));
  const output: CheckRunOutput = { title, summary, text };
  if (batches[0]) output.annotations = batches[0];
  return {
    create: {
      name: report.context.checkName,
      head_sha: report.context.commitSha,
      status: 'completed',
      conclusion: CONCLUSION[report.verdict.verdict],
      external_id: `guardian:${report.context.commitSha}`,
      ...(opts.detailsUrl ? { details_url: opts.detailsUrl } : {}),
      output,
    },
    updates: batches.slice(1).map((annotations) => ({ output: { title, summary, annotations } })),
    annotationCount: sent.length,
    annotationsOmitted: omitted,
  };
}

function planSummary(report: RunReport, annotationsOmitted: number): string {
  const omittedLine = annotationsOmitted
    ? `\n\n${annotationsOmitted} finding(s) are not annotated (annotation budget); all are listed below and in the evidence bundle.`
    : '';
  const head = `${headline(report)}\n\n${reasonsList(report)}\n\n${checksTable(report.results)}${omittedLine}`;
  return fitWithin(CHECK_OUTPUT_MAX, [() => `${head}\n\n${notesBlock(report)}`.trimEnd(), () => head], (max) => truncate(head, max));
}

/** All findings → errors only → as many rows as fit, with "N more in the evidence bundle". */
export function planText(report: RunReport, findings = allFindings(report), max = CHECK_OUTPUT_MAX): string {
  const ctx = report.context;
  const errors = findings.filter((f) => f.level === 'error' && !f.suppression);
  const heading = (what: string): string => `### Findings (${what})\n\n`;
  return fitWithin(
    max,
    [
      () => heading(`all ${findings.length}`) + findingsTable(ctx, findings, 0),
      () => heading(`errors only: ${errors.length} of ${findings.length}; the rest are in the evidence bundle`) + findingsTable(ctx, errors, 0),
    ],
    (budget) => rowsWithin(report, errors, budget, heading(`errors, truncated`)),
  );
}

/** Adds table rows while they fit; always ends with the count of rows left out. */
export function rowsWithin(report: RunReport, findings: readonly Finding[], budget: number, prefix: string): string {
  const tail = (n: number): string => `\n\n…and ${n} more in the evidence bundle (findings.json).`;
  let out = `${prefix}${FINDINGS_HEADER}`;
  let i = 0;
  for (; i < findings.length; i++) {
    const row = `\n${findingRow(report.context, findings[i]!)}`;
    if (out.length + row.length + tail(findings.length - i).length > budget) break;
    out += row;
  }
  return i < findings.length ? out + tail(findings.length - i) : out;
}
