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

export function workflowCommand(f: Finding): string {
  const cmd = f.level === 'error' ? 'error' : f.level === 'warning' ? 'warning' : 'notice';
  const props: string[] = [];
  const loc = f.location;
  if (loc) {
    props.push(`file=${escapeProperty(loc.path)}`, `line=${loc.startLine}`);
    if (loc.endLine) props.push(`endLine=${loc.endLine}`);
    if (loc.startColumn) props.push(`col=${loc.startColumn}`);
    if (loc.endColumn && (loc.endLine ?? loc.startLine) === loc.startLine) props.push(`endColumn=${loc.endColumn}`);
  }
  props.push(`title=${escapeProperty(plainText(f.title ?? f.ruleId, 255))}`);
  return `::${cmd} ${props.join(',')}::${escapeData(plainText(f.message, 4_000))}`;
}

export function planWorkflowCommands(report: RunReport): string[] {
  const active = allFindings(report).filter((f) => !f.suppression);
  const pick = (level: Finding['level']): Finding[] => active.filter((f) => f.level === level).slice(0, WORKFLOW_COMMANDS_PER_LEVEL);
  return [...pick('error'), ...pick('warning'), ...pick('notice')].map(workflowCommand);
}
