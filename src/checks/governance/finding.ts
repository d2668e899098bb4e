/** Building findings with exact YAML positions (pure). */
import type { FindingInput, Level, Location } from '../../core/types.js';
import { lineText, spanLocation, type YamlFile } from './yaml-file.js';

export interface FindingExtras {
  title?: string;
  level?: Level;
  fingerprintKey?: string;
  properties?: Record<string, unknown>;
  /**
   * Other source spans [start, end) the finding depends on (e.g. the trigger that makes a
   * checkout dangerous). Kept as `properties.relatedLocations`; under a PR the finding is
   * anchored on one of them when only that one is changed (see {@link anchorInDiff}).
   */
  related?: ReadonlyArray<readonly [number, number]>;
}

/** A finding over source offsets [start, end) of a YAML file. */
export function yamlFinding(file: YamlFile, ruleId: string, start: number, end: number, message: string, extra: FindingExtras = {}): FindingInput {
  const f: FindingInput = {
    ruleId,
    message,
    location: spanLocation(file, start, end),
    snippet: lineText(file, start).trim(),
  };
  if (extra.title) f.title = extra.title;
  if (extra.level) f.level = extra.level;
  if (extra.fingerprintKey) f.fingerprintKey = extra.fingerprintKey;
  if (extra.properties) f.properties = extra.properties;
  if (extra.related?.length) {
    f.properties = { ...f.properties, relatedLocations: extra.related.map(([s, e]) => spanLocation(file, s, e)) };
  }
  return f;
}

/**
 * A finding that depends on several lines (a trigger and a checkout, a checkout and an upload)
 * is introduced by a PR that changes any of them. The pipeline gates on the finding's own line,
 * so when that line is unchanged but a related one is, the finding is moved there (the message
 * still describes the whole problem and names where it was found).
 */
export function anchorInDiff(findings: FindingInput[], changed: (path: string, line: number) => boolean): FindingInput[] {
  return findings.map((f) => {
    const related = f.properties?.relatedLocations as Location[] | undefined;
    if (!f.location || !related?.length || spans(f.location, changed)) return f;
    const alt = related.find((r) => spans(r, changed));
    if (!alt) return f;
    return {
      ...f,
      location: alt,
      message: `${f.message} (Reported on line ${alt.startLine}, which this pull request changes; the problem is at line ${f.location.startLine}.)`,
      properties: { ...f.properties, primaryLocation: f.location },
    };
  });
}

function spans(loc: Location, changed: (path: string, line: number) => boolean): boolean {
  for (let l = loc.startLine; l <= (loc.endLine ?? loc.startLine); l++) if (changed(loc.path, l)) return true;
  return false;
}

/** Inline code for messages: backticks inside the text cannot close the span early. */
export function code(text: string, max = 120): string {
  const t = text.replace(/\s+/g, ' ').trim();
  const cut = t.length > max ? `${t.slice(0, max)}…` : t;
  const fence = cut.includes('`') ? '``' : '`';
  const pad = cut.startsWith('`') || cut.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${cut}${pad}${fence}`;
}
