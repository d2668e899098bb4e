/**
 * Inline suppressions: `guardian-ignore[<check>/<rule>, <check>/*]: <reason>` in any comment
 * syntax, on the finding's line or the line above (pure).
 */

export interface InlineSuppression {
  /** 1-based line of the suppression comment. */
  line: number;
  /** Rule patterns: `check/rule`, `check/*` or `check`. */
  rules: string[];
  /** Empty when the author gave none (then it does not apply and is itself reported). */
  reason: string;
}

const MARK = 'guardian-ignore[';
const PATTERN = /guardian-ignore\[([^\]\r\n]*)\](?:\s*:\s*(.*))?/;

/** Parses the suppressions on one line of text. */
export function parseSuppressionLine(text: string, line: number): InlineSuppression | null {
  if (!text.includes(MARK)) return null;
  const m = PATTERN.exec(text);
  if (!m) return null;
  const rules = m[1]!.split(',').map((r) => r.trim()).filter(Boolean);
  const reason = stripCommentClose(m[2] ?? '').trim();
  return { line, rules, reason };
}

/** Drops a trailing block-comment close (`*\/`, `-->`, `#}`) from the reason. */
function stripCommentClose(s: string): string {
  return s.replace(/\s*(\*\/|-->|#\}|%\}|-\}|\*\))\s*$/, '');
}

export function ruleMatches(pattern: string, ruleId: string): boolean {
  if (pattern === ruleId) return true;
  if (pattern.endsWith('/*')) return ruleId.startsWith(pattern.slice(0, -1));
  return !pattern.includes('/') && ruleId.startsWith(`${pattern}/`);
}

/** Index of a file's suppressions by line, built only for files that have findings. */
export function indexSuppressions(text: string): Map<number, InlineSuppression> {
  const out = new Map<number, InlineSuppression>();
  if (!text.includes(MARK)) return out;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const s = parseSuppressionLine(lines[i]!, i + 1);
    if (s) out.set(i + 1, s);
  }
  return out;
}
