/** Fingerprints that survive line moves: rule + path + normalized text + occurrence (pure). */
import { createHash } from 'node:crypto';
import type { FindingInput } from './types.js';

export function normalizeForFingerprint(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

/**
 * Assigns fingerprints in input order. Identical (rule, path, text) triples are told apart by
 * their occurrence index, so two equal TODOs in one file keep distinct, stable fingerprints.
 */
export function fingerprintAll(findings: readonly FindingInput[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const key = `${f.ruleId}\0${f.location?.path ?? ''}\0${normalizeForFingerprint(f.fingerprintKey ?? f.snippet ?? f.message)}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return createHash('sha256').update(`${key}\0${n}`).digest('hex').slice(0, 32);
  });
}
