/**
 * Legend SDLC entity files (`entities/**\/*.json`): `{classifierPath, content, path}` where `content` is the
 * element's protocol JSON. Read them into protocol elements, and write elements back the way legend-sdlc's
 * default JSON serializer does (keys sorted, Jackson's pretty printer: `"key" : value`, `[ a, b ]`, no final
 * newline).
 */
import type { PackageableElement, PackageableElementKind, PureModelContextData } from './protocol/context.js';
import { elementPath } from './protocol/context.js';
import { EngineError } from './protocol/engineError.js';
import type { SourceInformation } from './protocol/sourceInformation.js';
import { parseJsonWithPositions } from '../checks/contracts/json-parse.js';

export interface Entity {
  path: string;
  classifierPath: string;
  content: Record<string, unknown>;
}

/** Classifier path of each element kind, as the engine's protocol extensions declare them. */
export const CLASSIFIER_PATHS: Readonly<Record<Exclude<PackageableElementKind, 'sectionIndex'>, string>> = {
  class: 'meta::pure::metamodel::type::Class',
  Enumeration: 'meta::pure::metamodel::type::Enumeration',
  association: 'meta::pure::metamodel::relationship::Association',
  profile: 'meta::pure::metamodel::extension::Profile',
  function: 'meta::pure::metamodel::function::ConcreteFunctionDefinition',
  measure: 'meta::pure::metamodel::type::Measure',
  mapping: 'meta::pure::mapping::Mapping',
  connection: 'meta::pure::runtime::PackageableConnection',
  runtime: 'meta::pure::runtime::PackageableRuntime',
  service: 'meta::legend::service::metamodel::Service',
  executionEnvironmentInstance: 'meta::legend::service::metamodel::ExecutionEnvironmentInstance',
  relational: 'meta::relational::metamodel::Database',
  dataElement: 'meta::pure::data::DataElement',
};

const KIND_BY_CLASSIFIER = new Map<string, string>(Object.entries(CLASSIFIER_PATHS).map(([kind, cp]) => [cp, kind]));

/** The classifier path for an element (undefined for the section index, which SDLC does not store). */
export function classifierPathOf(element: PackageableElement): string | undefined {
  return element._type === 'sectionIndex' ? undefined : CLASSIFIER_PATHS[element._type];
}

/** Element → entity, without source information (SDLC content carries none). */
export function elementToEntity(element: PackageableElement): Entity {
  const classifierPath = classifierPathOf(element);
  if (!classifierPath) throw new Error(`Elements of type '${element._type}' are not stored as SDLC entities`);
  const content = withoutSourceInformation(element) as Record<string, unknown>;
  return { path: elementPath(element), classifierPath, content };
}

/** Every element of a model as entities (the section index is left out). */
export function modelToEntities(model: PureModelContextData): Entity[] {
  return model.elements.filter((e) => e._type !== 'sectionIndex').map((e) => elementToEntity(e));
}

/** Entity → element, checking that path, content and classifier path agree. */
export function entityToElement(entity: Entity): PackageableElement {
  const content = entity.content;
  const type = content._type;
  if (typeof type !== 'string') throw new Error("The entity content has no '_type'");
  const name = typeof content.name === 'string' ? content.name : undefined;
  const pkg = typeof content.package === 'string' ? content.package : '';
  let element: Record<string, unknown> = content;
  if (name === undefined) {
    // older files may leave package/name to the entity path
    const i = entity.path.lastIndexOf('::');
    element = { ...content, package: i < 0 ? '' : entity.path.slice(0, i), name: i < 0 ? entity.path : entity.path.slice(i + 2) };
  } else {
    const contentPath = pkg ? `${pkg}::${name}` : name;
    if (entity.path && entity.path !== contentPath) {
      throw new Error(`The entity path '${entity.path}' does not match its content's '${contentPath}'`);
    }
  }
  const expectedKind = KIND_BY_CLASSIFIER.get(entity.classifierPath);
  if (expectedKind !== undefined && expectedKind !== type) {
    throw new Error(`The classifier path '${entity.classifierPath}' does not match the content's _type '${type}'`);
  }
  return element as unknown as PackageableElement;
}

/** Entities → one model (in the given order). */
export function entitiesToModel(entities: Entity[]): PureModelContextData {
  return { _type: 'data', elements: entities.map(entityToElement) };
}

/** Reads a JSON file's text; syntax errors are PARSER errors at their 1-based line and column. */
export function parseJsonFile(text: string, sourceId = ''): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // JSON.parse does not always say where: the positional parser does
    const parsed = parseJsonWithPositions(text);
    const message = parsed.ok ? 'unreadable JSON' : parsed.message;
    throw new EngineError(`Invalid JSON: ${message}`, 'PARSER', positionAt(text, parsed.ok ? 0 : parsed.offset, sourceId));
  }
}

/** Reads an entity file's text; syntax errors are PARSER errors at their 1-based line and column. */
export function parseEntityFile(text: string, sourceId = ''): Entity {
  return entityFromJson(parseJsonFile(text, sourceId), sourceId);
}

/** An entity from parsed JSON; a shape that is not `{classifierPath, content, path?}` is a PARSER error. */
export function entityFromJson(json: unknown, sourceId = ''): Entity {
  const at = (): SourceInformation => ({ sourceId, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 });
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new EngineError('Not a Legend SDLC entity: expected an object {classifierPath, content, path}', 'PARSER', at());
  }
  const o = json as Record<string, unknown>;
  const content = o.content;
  if (typeof content !== 'object' || content === null || Array.isArray(content)) {
    throw new EngineError("Not a Legend SDLC entity: 'content' must be an object", 'PARSER', at());
  }
  if (typeof o.classifierPath !== 'string') throw new EngineError("Not a Legend SDLC entity: 'classifierPath' must be a string", 'PARSER', at());
  const c = content as Record<string, unknown>;
  let path = typeof o.path === 'string' ? o.path : undefined;
  if (path === undefined) {
    // newer legend-sdlc files leave the path out: it is the content's package::name
    if (typeof c.name !== 'string') throw new EngineError("Not a Legend SDLC entity: no 'path' and no content 'name'", 'PARSER', at());
    path = typeof c.package === 'string' && c.package !== '' ? `${c.package}::${c.name}` : c.name;
  }
  return { path, classifierPath: o.classifierPath, content: c };
}

/** The entity file's text, as legend-sdlc writes it. */
export function serializeEntity(entity: Entity): string {
  return jacksonPretty({ classifierPath: entity.classifierPath, content: entity.content, path: entity.path }, '');
}

/** `entities/my/pkg/Name.json` for `my::pkg::Name`. */
export function entityFilePath(path: string, root = 'entities'): string {
  return `${root}/${path.split('::').join('/')}.json`;
}

// ----------------------------------------------------------------------------------------------- helpers

function withoutSourceInformation(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(withoutSourceInformation);
  if (v === null || typeof v !== 'object') return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
    if (k === 'sourceInformation' || k.endsWith('SourceInformation')) continue;
    if (x === undefined) continue;
    out[k] = withoutSourceInformation(x);
  }
  return out;
}

/** Jackson's DefaultPrettyPrinter with sorted keys: objects one entry a line, arrays on one line. */
function jacksonPretty(v: unknown, indent: string): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'null';
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) {
    if (v.length === 0) return '[ ]';
    return '[ ' + v.map((x) => jacksonPretty(x, indent)).join(', ') + ' ]';
  }
  const entries = Object.entries(v as Record<string, unknown>)
    .filter(([, x]) => x !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (entries.length === 0) return '{ }';
  const inner = indent + '  ';
  return '{\n' + entries.map(([k, x]) => inner + JSON.stringify(k) + ' : ' + jacksonPretty(x, inner)).join(',\n') + '\n' + indent + '}';
}

function positionAt(text: string, offset: number, sourceId: string): SourceInformation {
  let line = 1;
  let column = 1;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      column = 1;
    } else column++;
  }
  return { sourceId, startLine: line, startColumn: column, endLine: line, endColumn: column };
}
