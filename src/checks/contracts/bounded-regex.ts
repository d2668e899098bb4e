/**
 * Schema patterns tested on generated strings under a time bound. A pattern with nested
 * unbounded quantifiers (`(a+)+`, `(.{2,}|x)*`) can backtrack for minutes on some inputs;
 * such patterns run under core/bounded-regex.ts's time bound. Plain patterns run directly,
 * as they cannot blow up. A string is only ever handed to ajv after it passed here, so ajv's
 * own test of it is fast too.
 */
import { runBounded } from '../../core/bounded-regex.js';
import { parsePattern } from './regex-gen.js';

export const REGEX_TIMEOUT_MS = 50;

export class BoundedRegex {
  readonly re: RegExp;
  /** Nested unbounded quantifiers: tested under the time bound. */
  readonly risky: boolean;
  /** Set once a test ran out of time. */
  timedOut = false;

  constructor(readonly source: string) {
    this.re = new RegExp(source, 'u');
    this.risky = isRisky(source);
  }

  /** True/false, or null when the test ran out of time (treat the string as unusable). */
  test(s: string): boolean | null {
    if (!this.risky) return this.re.test(s);
    const r = runBounded(() => this.re.test(s), REGEX_TIMEOUT_MS);
    if (r.ok) return r.value;
    this.timedOut = true;
    return null;
  }
}

/**
 * Risky: a repeated part (`*`, `+`, `{n,m}` with m > 1) that itself contains a repetition or
 * an alternation — the shapes that backtrack exponentially (`(a+)+`, `(\\w|\\d)+$`). Patterns
 * the sampler cannot read are treated as risky too.
 */
export function isRisky(source: string): boolean {
  const parsed = parsePattern(source);
  return !parsed || risky(parsed.root, false);
}

type Node = NonNullable<ReturnType<typeof parsePattern>>['root'];

function risky(n: Node, insideRepeat: boolean): boolean {
  switch (n.t) {
    case 'seq':
      return n.items.some((x) => risky(x, insideRepeat));
    case 'alt':
      return insideRepeat || n.alts.some((x) => risky(x, insideRepeat));
    case 'group':
      return risky(n.body, insideRepeat);
    case 'repeat':
      if (n.max <= 1) return risky(n.body, insideRepeat);
      return insideRepeat || risky(n.body, true);
    default:
      return false;
  }
}
