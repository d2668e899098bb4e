/**
 * Turns a check's raw findings into gated findings (pure): configured levels, path filters,
 * fingerprints, diff marking and scope, inline suppressions and config exceptions.
 */
import picomatch from 'picomatch';
import { fingerprintAll } from './fingerprint.js';
import { ruleMatches, type InlineSuppression } from './inline-suppressions.js';
import { lineInRanges } from '../git/unified-diff.js';
import type { Counts, DiffInfo, Finding, FindingInput, Level, Location, RuleLevel, RuleMeta, Scope } from './types.js';

export interface RuleSettings {
  level?: RuleLevel;
  paths?: string[];
  ignore?: string[];
}

export interface CheckPolicy {
  level?: RuleLevel;
  paths?: string[];
  ignore?: string[];
  rules?: Record<string, RuleLevel | RuleSettings>;
}

export interface ExceptionRule {
  rule: string;
  paths?: string[];
  fingerprint?: string;
  reason: string;
  expires?: string;
  /** `file:line` of the declaration. */
  source: string;
}

export interface PolicyInput {
  checkId: string;
  findings: readonly FindingInput[];
  rules: readonly RuleMeta[];
  policy: CheckPolicy;
  /** Exceptions still in force (expired ones are reported separately, see {@link expiredExceptions}). */
  exceptions: readonly ExceptionRule[];
  suppressionsFor(path: string): ReadonlyMap<number, InlineSuppression> | undefined;
  diff: DiffInfo | null;
  scope: Scope;
}

export interface PolicyOutput {
  findings: Finding[];
  counts: Counts;
  /** Inline suppressions that would have applied but give no reason: reported as findings. */
  reasonless: Array<{ path: string; suppression: InlineSuppression }>;
}

export const emptyCounts = (): Counts => ({ error: 0, warning: 0, notice: 0, suppressed: 0, outsideDiff: 0 });

const matcherCache = new Map<string, (p: string) => boolean>();
function globMatch(globs: readonly string[], path: string): boolean {
  return globs.some((g) => {
    let m = matcherCache.get(g);
    if (!m) {
      m = picomatch(g, { dot: true });
      matcherCache.set(g, m);
    }
    return m(path);
  });
}

/** Applies `paths` (allow-list) and `ignore` (deny-list) globs to a path. */
export function pathSelected(path: string, paths?: readonly string[], ignore?: readonly string[]): boolean {
  if (paths?.length && !globMatch(paths, path)) return false;
  return !(ignore?.length && globMatch(ignore, path));
}

function ruleSettings(policy: CheckPolicy, ruleId: string): RuleSettings {
  const name = ruleId.slice(ruleId.indexOf('/') + 1);
  const r = policy.rules?.[name];
  return typeof r === 'string' ? { level: r } : (r ?? {});
}

/**
 * Configured rule level, then check level, then the level the check chose, then the rule's
 * default. A rule that is off by default is enabled only by naming it: a check-wide level
 * re-levels the rules that run, it does not switch on opt-in ones.
 */
export function effectiveLevel(policy: CheckPolicy, meta: RuleMeta | undefined, f: FindingInput): RuleLevel {
  const rule = ruleSettings(policy, f.ruleId);
  if (rule.level) return rule.level;
  if (meta?.defaultLevel === 'off') return 'off';
  return policy.level ?? f.level ?? meta?.defaultLevel ?? 'warning';
}

export function isInDiff(diff: DiffInfo | null, loc: Location | undefined): boolean {
  if (!diff || diff.unavailable || !loc) return true;
  const file = diff.files.get(loc.path);
  if (!file) return false;
  // Binary files have no line ranges: a changed binary is wholly changed.
  if (file.wholeFile || file.binary) return true;
  const end = Math.max(loc.startLine, loc.endLine ?? loc.startLine);
  for (let line = loc.startLine; line <= end; line++) if (lineInRanges(file.addedRanges, line)) return true;
  return false;
}

export function applyPolicy(input: PolicyInput): PolicyOutput {
  const metas = new Map(input.rules.map((r) => [r.id, r]));
  const kept: Array<FindingInput & { level: Level }> = [];
  for (const f of input.findings) {
    const level = effectiveLevel(input.policy, metas.get(f.ruleId), f);
    if (level === 'off') continue;
    const rule = ruleSettings(input.policy, f.ruleId);
    if (f.location) {
      if (!pathSelected(f.location.path, input.policy.paths, input.policy.ignore)) continue;
      if (!pathSelected(f.location.path, rule.paths, rule.ignore)) continue;
    }
    kept.push({ ...f, level });
  }
  const prints = fingerprintAll(kept);
  const counts = emptyCounts();
  const findings: Finding[] = [];
  const reasonless: PolicyOutput['reasonless'] = [];
  const reportedReasonless = new Set<string>();
  kept.forEach((f, i) => {
    const inDiff = f.introducedByDiff === true || isInDiff(input.diff, f.location);
    if (input.scope === 'diff' && !inDiff) {
      counts.outsideDiff++;
      return;
    }
    const finding: Finding = { ...f, fingerprint: prints[i]!, inDiff };
    const inline = f.location ? findInline(input.suppressionsFor(f.location.path), f.location.startLine, f.ruleId) : undefined;
    if (inline && inline.reason) {
      finding.suppression = { kind: 'inline', reason: inline.reason, source: `${f.location!.path}:${inline.line}` };
    } else if (inline) {
      const key = `${f.location!.path}:${inline.line}`;
      if (!reportedReasonless.has(key)) {
        reportedReasonless.add(key);
        reasonless.push({ path: f.location!.path, suppression: inline });
      }
    }
    if (!finding.suppression) {
      const ex = input.exceptions.find((e) => exceptionApplies(e, finding));
      if (ex) {
        finding.suppression = {
          kind: 'exception',
          reason: ex.reason,
          source: ex.source,
          ...(ex.expires ? { expires: ex.expires } : {}),
        };
      }
    }
    if (finding.suppression) counts.suppressed++;
    else counts[finding.level]++;
    findings.push(finding);
  });
  return { findings, counts, reasonless };
}

function findInline(
  index: ReadonlyMap<number, InlineSuppression> | undefined,
  line: number,
  ruleId: string,
): InlineSuppression | undefined {
  if (!index) return undefined;
  for (const l of [line, line - 1]) {
    const s = index.get(l);
    if (s && s.rules.some((p) => ruleMatches(p, ruleId))) return s;
  }
  return undefined;
}

function exceptionApplies(e: ExceptionRule, f: Finding): boolean {
  if (!ruleMatches(e.rule, f.ruleId)) return false;
  if (e.fingerprint && e.fingerprint !== f.fingerprint) return false;
  if (e.paths?.length) return f.location !== undefined && pathSelected(f.location.path, e.paths);
  return true;
}

/** Splits exceptions into those in force and those past their `expires` date (UTC, inclusive). */
export function partitionExceptions(all: readonly ExceptionRule[], now: Date): { active: ExceptionRule[]; expired: ExceptionRule[] } {
  const today = now.toISOString().slice(0, 10);
  const active: ExceptionRule[] = [];
  const expired: ExceptionRule[] = [];
  for (const e of all) (e.expires && e.expires < today ? expired : active).push(e);
  return { active, expired };
}
