/**
 * Scripted faults: per test, per route/method, consumed in order. A rule holds a queue of
 * faults; each matching request takes the next one until the queue is empty, then requests
 * pass through normally. Pure bookkeeping: the simulator turns a fault into a response.
 */

export type Fault =
  /** Plain error status (500, 502, 503...). 502 answers with an HTML page like GitHub's front end. */
  | { kind: 'status'; status: number; body?: unknown; headers?: Record<string, string> }
  /** Secondary rate limit: 403 (or 429) with `retry-after` and GitHub's message text. */
  | { kind: 'secondary-rate-limit'; retryAfter?: number; status?: 403 | 429 }
  /** Primary rate limit exhausted: 403 with `x-ratelimit-remaining: 0` and a reset time. */
  | { kind: 'primary-rate-limit'; resetInSeconds?: number }
  /**
   * Connection reset (socket destroyed, no response). `after: true` first applies the request
   * (state changes, e.g. the comment IS created) and then drops the connection.
   */
  | { kind: 'reset'; after?: boolean }
  /** 422 with a GitHub-shaped `Validation Failed` body. */
  | { kind: 'validation'; message?: string; errors?: unknown[] }
  /** Wait, then handle the request normally (for timeout tests). */
  | { kind: 'delay'; ms: number };

export type FaultKind = Fault['kind'];

export interface FaultMatch {
  /** HTTP method, any when omitted. */
  method?: string;
  /** OpenAPI path template (`/repos/{owner}/{repo}/check-runs`), or a RegExp on the concrete path. */
  route?: string | RegExp;
}

export interface FaultHit {
  seq: number;
  method: string;
  path: string;
  fault: Fault;
}

export interface FaultRule {
  readonly match: FaultMatch;
  readonly queue: Fault[];
  readonly hits: FaultHit[];
  /** Faults scripted but not yet consumed. */
  readonly remaining: number;
  /** True once every scripted fault has been served. */
  readonly done: boolean;
}

class Rule implements FaultRule {
  readonly hits: FaultHit[] = [];
  constructor(readonly match: FaultMatch, readonly queue: Fault[]) {}
  get remaining(): number {
    return this.queue.length;
  }
  get done(): boolean {
    return this.queue.length === 0;
  }
}

/** `'POST /repos/{owner}/{repo}/check-runs'` → {method, route}; a bare template matches any method. */
export function parseMatch(spec: string | FaultMatch): FaultMatch {
  if (typeof spec !== 'string') return spec;
  const m = /^([A-Z]+)\s+(\S+)$/.exec(spec.trim());
  if (m) return { method: m[1]!, route: m[2]! };
  return { route: spec.trim() };
}

export function repeat(n: number, fault: Fault): Fault[] {
  return Array.from({ length: n }, () => ({ ...fault }));
}

export class FaultPlan {
  private readonly rules: Rule[] = [];

  add(match: string | FaultMatch, faults: Fault[]): FaultRule {
    if (faults.length === 0) throw new Error('inject: give at least one fault');
    const rule = new Rule(parseMatch(match), [...faults]);
    this.rules.push(rule);
    return rule;
  }

  /** Take the next fault for this request, if a rule with faults left matches it. */
  take(method: string, path: string, template: string | null, seq: number): Fault | null {
    for (const rule of this.rules) {
      if (rule.done || !matches(rule.match, method, path, template)) continue;
      const fault = rule.queue.shift()!;
      rule.hits.push({ seq, method, path, fault });
      return fault;
    }
    return null;
  }

  /** Rules whose faults were not all served (a test scripted something that never happened). */
  pending(): FaultRule[] {
    return this.rules.filter((r) => !r.done);
  }

  clear(): void {
    this.rules.length = 0;
  }
}

function matches(m: FaultMatch, method: string, path: string, template: string | null): boolean {
  if (m.method && m.method.toUpperCase() !== method.toUpperCase()) return false;
  if (m.route === undefined) return true;
  if (m.route instanceof RegExp) return m.route.test(path);
  return m.route === template || m.route === path;
}
