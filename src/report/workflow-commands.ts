/**
 * `::error file=…::message` workflow commands: the annotation channel that needs no token
 * (fork PRs, read-only tokens). GitHub shows 10 errors and 10 warnings per step, so we
 * emit at most that many of each, errors first (pure).
 */
import type { Finding } from '../core/types.js';
import { allFindings, type RunReport } from './context.js';
import { plainText } from './escape.js';

export const WORKFLOW_COMMANDS_PER_LEVEL = 10;

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One `::name key=value,…::message` line, escaped as the runner expects. */
export function formatCommand(name: string, props: Record<string, string | number | undefined>, message: string): string {
  const list = Object.entries(props)
    .filter((e): e is [string, string | number] => e[1] !== undefined)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
  return `::${name}${list.length ? ` ${list.join(',')}` : ''}::${escapeData(message)}`;
}

export function workflowCommand(f: Finding): string {
  const cmd = f.level === 'error' ? 'error' : f.level === 'warning' ? 'warning' : 'notice';
  const loc = f.location;
  const singleLine = loc !== undefined && (loc.endLine ?? loc.startLine) === loc.startLine;
  return formatCommand(
    cmd,
    {
      file: loc?.path,
      line: loc?.startLine,
      endLine: loc?.endLine,
      col: loc?.startColumn,
      endColumn: singleLine ? loc?.endColumn : undefined,
      title: plainText(f.title ?? f.ruleId, 255),
    },
    plainText(f.message, 4_000),
  );
}

export function planWorkflowCommands(report: RunReport): string[] {
  const active = allFindings(report).filter((f) => !f.suppression);
  const pick = (level: Finding['level']): Finding[] => active.filter((f) => f.level === level).slice(0, WORKFLOW_COMMANDS_PER_LEVEL);
  return [...pick('error'), ...pick('warning'), ...pick('notice')].map(workflowCommand);
}
