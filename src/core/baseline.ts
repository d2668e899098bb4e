/**
 * Baseline mode (`--baseline <ref>`): on a whole-repository scan, only counts per rule and
 * path that rise above the baseline gate. Findings whose fingerprint exists at the baseline
 * are marked as baseline-suppressed; where a count did not rise, all are (pure).
 */
import type { Finding } from './types.js';

export interface BaselineIndex {
  ref: string;
  counts: Map<string, number>;
  fingerprints: Set<string>;
}

const key = (f: Pick<Finding, 'ruleId' | 'location'>): string => `${f.ruleId}\0${f.location?.path ?? ''}`;

export function indexBaseline(ref: string, findings: readonly Finding[]): BaselineIndex {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(key(f), (counts.get(key(f)) ?? 0) + 1);
  return { ref, counts, fingerprints: new Set(findings.map((f) => f.fingerprint)) };
}

export function applyBaseline(findings: readonly Finding[], baseline: BaselineIndex): Finding[] {
  const current = new Map<string, number>();
  for (const f of findings) if (!f.suppression) current.set(key(f), (current.get(key(f)) ?? 0) + 1);
  return findings.map((f) => {
    if (f.suppression) return f;
    const before = baseline.counts.get(key(f)) ?? 0;
    const now = current.get(key(f)) ?? 0;
    if (now <= before || baseline.fingerprints.has(f.fingerprint)) {
      return { ...f, suppression: { kind: 'baseline', reason: `present at baseline ${baseline.ref} (${before} finding(s) of this rule in this file)` } };
    }
    return f;
  });
}
