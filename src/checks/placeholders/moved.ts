/**
 * "Moved, not new": a finding on an added line whose normalized text is among the lines the
 * pull request removes (in any file) was moved, so it does not gate. Each removed line excuses
 * one finding, so two added copies of one removed marker leave one reported (pure).
 */
import { normalizeForFingerprint } from '../../core/fingerprint.js';
import type { ChangedFile, DiffInfo } from '../../core/types.js';
import { lineInRanges } from '../../git/unified-diff.js';
import { markerKey, tagLiterals, wholeWordOccurrences } from './markers.js';
import type { RawFinding, TagConfig } from './spec.js';

const FIRST_CLOSER = /\*\/|-->|#>|-\}|\*\)/;

/** Each removed line has several keys (whole line, text from each tag on); it is used once. */
export interface MovedKeys {
  byKey: Map<string, number[]>;
  used: Set<number>;
}

/** Keys of every removed line: the whole line, and the text from each marker tag on. */
export function movedKeys(diff: DiffInfo, tags: readonly TagConfig[]): MovedKeys {
  const byKey = new Map<string, number[]>();
  const literals = tagLiterals(tags);
  let id = 0;
  for (const file of diff.files.values()) {
    for (const line of file.removedLines) {
      const lineKeys = new Set<string>([normalizeForFingerprint(line)]);
      for (const c of wholeWordOccurrences(line, literals)) {
        const rest = line.slice(c.pos);
        lineKeys.add(markerKey(rest));
        const cut = FIRST_CLOSER.exec(rest);
        if (cut) lineKeys.add(normalizeForFingerprint(rest.slice(0, cut.index)));
      }
      for (const k of lineKeys) {
        if (!k) continue;
        const ids = byKey.get(k);
        if (ids) ids.push(id);
        else byKey.set(k, [id]);
      }
      id++;
    }
  }
  return { byKey, used: new Set() };
}

/** True (and the removed line used up) when the finding sits on an added line and was moved there. */
export function takeMoved(keys: MovedKeys, file: ChangedFile, f: RawFinding): boolean {
  if (!file.wholeFile && !lineInRanges(file.addedRanges, f.line)) return false;
  for (const k of [f.key, normalizeForFingerprint(f.snippet)]) {
    const free = keys.byKey.get(k)?.find((id) => !keys.used.has(id));
    if (free !== undefined) {
      keys.used.add(free);
      return true;
    }
  }
  return false;
}
