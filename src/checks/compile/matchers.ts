/** Turns compiler output into positioned diagnostics with a matcher (built-in from data, or a user regex). */
import type { Level } from '../../core/types.js';
import type { CompileData, MatcherPattern } from './data.js';

export interface MatchedDiagnostic {
  /** The file as the tool printed it. */
  file: string;
  line: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  level: Level;
  code?: string;
  message: string;
  /** The output line it came from. */
  raw: string;
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;

export function matcherPatterns(data: Pick<CompileData, 'matchers'>, matcher: string): MatcherPattern[] {
  if (matcher.startsWith('regex:')) return [{ re: new RegExp(matcher.slice('regex:'.length)) }];
  const built = data.matchers[matcher];
  if (!built) throw new Error(`Unknown matcher '${matcher}'`);
  return built;
}

function levelOf(data: Pick<CompileData, 'severities'>, severity: string | undefined, fallback: Level | undefined): Level | undefined {
  if (severity === undefined) return fallback ?? 'error';
  return data.severities[severity.trim().toLowerCase()];
}

/** Diagnostics found in the output, in output order. Lines of unknown severity are left out. */
export function matchOutput(data: Pick<CompileData, 'severities'>, patterns: readonly MatcherPattern[], output: string): MatchedDiagnostic[] {
  const out: MatchedDiagnostic[] = [];
  for (const rawLine of output.split(/\r?\n/)) {
    const line = rawLine.replace(ANSI, '').trimEnd();
    if (!line) continue;
    for (const p of patterns) {
      const m = p.re.exec(line);
      const g = m?.groups;
      if (!g || !g.file || !g.line || g.message === undefined) continue;
      const level = levelOf(data, g.severity, p.level);
      if (!level) break;
      const d: MatchedDiagnostic = { file: g.file.trim(), line: Number(g.line), level, message: g.message.trim(), raw: line };
      if (g.col) d.column = Number(g.col);
      if (g.endLine) d.endLine = Number(g.endLine);
      if (g.endCol) d.endColumn = Number(g.endCol);
      if (g.code) d.code = g.code;
      out.push(d);
      break;
    }
  }
  return out;
}
