/**
 * Model elements from the two places Legend models live, each with a way back to exact source
 * positions: PURE grammar files (the embedded parser's sourceInformation) and SDLC entity files
 * (`{path, classifierPath, content}` JSON, positions from a YAML/JSON parse of the same text).
 */
import { isMap, isSeq, type Node } from 'yaml';
import type { Location } from '../../../core/types.js';
import { EngineError, parsePureGrammar, type PackageableElement, type SourceInformation } from '../../../pure/index.js';
import { parseYamlFile, nodeLocation, entry, type YamlFile } from '../yaml-file.js';

export interface ModelSource {
  path: string;
  elements: PackageableElement[];
  /** Where a protocol object (element, property, service…) is written. */
  locate(obj: object): Location;
}

export interface SourceProblem {
  path: string;
  message: string;
}

/** Sections the embedded parser cannot read yet are blanked (positions kept) and reported. */
export function pureSource(path: string, text: string): { source?: ModelSource; problems: SourceProblem[] } {
  const problems: SourceProblem[] = [];
  let input = text;
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      const data = parsePureGrammar(input, { sourceId: path });
      const elements = data.elements.filter((e) => e._type !== 'sectionIndex');
      return { source: { path, elements, locate: (obj) => pureLocation(path, obj) }, problems };
    } catch (e) {
      const section = e instanceof EngineError ? unsupportedSection(e.message) : null;
      const si = e instanceof EngineError ? e.sourceInformation : undefined;
      if (section && si) {
        const blanked = blankSection(input, si.startLine);
        if (blanked !== input) {
          problems.push({ path, message: `the ###${section} section at line ${si.startLine} was not checked: the embedded parser does not read it yet` });
          input = blanked;
          continue;
        }
      }
      const where = si ? `:${si.startLine}:${si.startColumn}` : '';
      problems.push({ path, message: `${path}${where} could not be parsed (${e instanceof Error ? e.message : String(e)}); the compile check reports it` });
      return { problems };
    }
  }
  return { problems };
}

function unsupportedSection(message: string): string | null {
  const m = /^Section '###(\w+)' is not supported|^'(\w+)' is not a known section parser/.exec(message);
  return m ? (m[1] ?? m[2] ?? null) : null;
}

/** Replaces the section whose header is on `line` (up to the next `###` header) with spaces. */
function blankSection(text: string, line: number): string {
  const lines = text.split('\n');
  if (line < 1 || line > lines.length || !lines[line - 1]!.trimStart().startsWith('###')) return text;
  let end = line;
  while (end < lines.length && !lines[end]!.trimStart().startsWith('###')) end++;
  for (let i = line - 1; i < end; i++) lines[i] = lines[i]!.replace(/[^\r]/g, ' ');
  return lines.join('\n');
}

function pureLocation(path: string, obj: object): Location {
  const si = (obj as { sourceInformation?: SourceInformation }).sourceInformation;
  if (!si) return { path, startLine: 1 };
  // A multi-line element is reported at its first line (its whole body would be annotated otherwise).
  if (si.endLine !== si.startLine) return { path, startLine: si.startLine, startColumn: si.startColumn };
  return { path, startLine: si.startLine, startColumn: si.startColumn, endLine: si.endLine, endColumn: si.endColumn };
}

const ENTITY_TYPES = new Set(['class', 'Enumeration', 'association', 'profile', 'service', 'concreteFunctionDefinition']);

/** An SDLC entity file; null when the JSON is not an entity of a kind governance reads. */
export function entitySource(path: string, text: string): { source?: ModelSource; problems: SourceProblem[] } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { problems: [{ path, message: `${path} is not valid JSON (${(e as Error).message}); not checked` }] };
  }
  const content = (value as { content?: { _type?: unknown } } | null)?.content;
  if (!content || typeof content !== 'object' || typeof content._type !== 'string' || !ENTITY_TYPES.has(content._type)) return { problems: [] };
  const file = parseYamlFile(path, text);
  const nodes = new WeakMap<object, Node>();
  if (file.errors.length === 0) pair(value, file.doc.contents as Node | null, nodes);
  return {
    source: { path, elements: [content as unknown as PackageableElement], locate: (obj) => jsonLocation(file, nodes, obj) },
    problems: [],
  };
}

/** Walks the JSON value and its YAML node together, remembering each object's node. */
function pair(value: unknown, node: Node | null, nodes: WeakMap<object, Node>): void {
  if (!node || value === null || typeof value !== 'object') return;
  if (Array.isArray(value) && isSeq(node)) {
    value.forEach((v, i) => pair(v, node.items[i] as Node | null, nodes));
  } else if (!Array.isArray(value) && isMap(node)) {
    nodes.set(value, node);
    for (const it of node.items) {
      const key = (it.key as { value?: unknown } | null)?.value;
      if (typeof key === 'string') pair((value as Record<string, unknown>)[key], it.value as Node | null, nodes);
    }
  }
}

function jsonLocation(file: YamlFile, nodes: WeakMap<object, Node>, obj: object): Location {
  const node = nodes.get(obj);
  if (!node || !isMap(node)) return { path: file.path, startLine: 1 };
  const name = entry(file, node, 'name') ?? entry(file, node, 'pattern');
  return nodeLocation(file, name?.value ?? node);
}
