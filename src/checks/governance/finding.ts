/** Building findings with exact YAML positions (pure). */
import type { FindingInput, Level } from '../../core/types.js';
import { lineText, spanLocation, type YamlFile } from './yaml-file.js';

export interface FindingExtras {
  title?: string;
  level?: Level;
  fingerprintKey?: string;
  properties?: Record<string, unknown>;
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
  return f;
}

/** Inline code for messages: backticks inside the text cannot close the span early. */
export function code(text: string, max = 120): string {
  const t = text.replace(/\s+/g, ' ').trim();
  const cut = t.length > max ? `${t.slice(0, max)}…` : t;
  const fence = cut.includes('`') ? '``' : '`';
  const pad = cut.startsWith('`') || cut.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${cut}${pad}${fence}`;
}
