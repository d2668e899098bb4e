/**
 * `###Connection` (JsonModelConnection, XmlModelConnection, ModelChainConnection, RelationalDatabaseConnection)
 * and `###Runtime` (Runtime, SingleConnectionRuntime) sections.
 */
import type { PackageableElement } from '../protocol/context.js';
import type { PackageableElementPointer } from '../protocol/domain.js';
import type {
  Connection,
  ConnectionPointer,
  ConnectionStores,
  EngineRuntime,
  IdentifiedConnection,
  PackageableConnection,
  PackageableRuntime,
  SingleConnectionEngineRuntime,
  StoreConnections,
} from '../protocol/runtime.js';
import type { RelationalConnectionPart, RelationalDatabaseConnection } from '../protocol/relational.js';
import type { SourceInformation } from '../protocol/sourceInformation.js';
import { DomainParser, type SectionResult } from './domainParser.js';
import { splitPath, type ParserBase } from './parserBase.js';
import { T } from './tokens.js';
import { fromGrammarString } from './strings.js';
import { openIsland } from './embeddedData.js';
import { AUTHENTICATION_STRATEGIES, DATASOURCE_SPECS, specByGrammar, type PartSpec } from './connectionSpecs.js';

/**
 * Reads `key: ...;` fields in any order until `}`; the callback consumes each value. A field given twice is
 * reported once the element is read, at the element's whole position (the engine checks after parsing).
 */
function fields(p: ParserBase, siAlways: () => SourceInformation, onField: (key: string, keyTok: number) => void): void {
  const seen = new Set<string>();
  let duplicate: string | undefined;
  while (p.k() !== T.BRACE_CLOSE) {
    if (p.atEnd()) p.unexpected([T.BRACE_CLOSE]);
    const keyTok = p.pos;
    const key = p.identifier();
    if (seen.has(key)) duplicate ??= key;
    seen.add(key);
    p.expect(T.COLON);
    onField(key, keyTok);
  }
  if (duplicate !== undefined) {
    p.expect(T.BRACE_CLOSE);
    p.error(`Field '${duplicate}' should be specified only once`, siAlways());
  }
}

/** `si` extended to the end of token `tok` (the closing brace of the element being checked). */
function through(p: ParserBase, si: SourceInformation, tok: number): SourceInformation {
  if (p.k() !== T.BRACE_CLOSE) return si;
  const end = p.siAlways(tok, tok);
  return { ...si, endLine: end.endLine, endColumn: end.endColumn };
}

// ----------------------------------------------------------------------------------------------- connections

/** `Type { ... }` connection values; `embedded` is true inside a runtime's `#{ ... }#`. */
export function connectionValue(p: ParserBase, type: string, typeTok: number, embedded: boolean, si: SourceInformation | undefined): Connection {
  const open = p.expect(T.BRACE_OPEN);
  const siAlways = (): SourceInformation => p.siAlways(typeTok, p.last);
  switch (type) {
    case 'JsonModelConnection':
    case 'XmlModelConnection': {
      let cls: string | undefined;
      let classSi: SourceInformation | undefined;
      let url: string | undefined;
      fields(p, siAlways, (key) => {
        if (key === 'class') {
          const s = p.pos;
          cls = p.qualifiedName();
          classSi = p.si(s, p.last);
        } else if (key === 'url') url = fromGrammarString(p.text(p.expect(T.STRING)), true);
        else p.errorAt(`Unexpected field '${key}'`, p.last - 1);
        p.expect(T.SEMI_COLON);
      });
      p.expect(T.BRACE_CLOSE);
      if (cls === undefined) p.error("Field 'class' is required", siAlways());
      if (url === undefined) p.error("Field 'url' is required", siAlways());
      const c = { _type: type, class: cls, url } as Connection & { class: string; url: string; classSourceInformation?: SourceInformation };
      if (!embedded) (c as { element?: string }).element = 'ModelStore';
      if (classSi) c.classSourceInformation = classSi;
      return p.withSi(c, si);
    }
    case 'ModelChainConnection': {
      let mappings: string[] | undefined;
      let mappingsSi: SourceInformation | undefined;
      fields(p, siAlways, (key, keyTok) => {
        if (key !== 'mappings') p.errorAt(`Unexpected field '${key}'`, keyTok);
        p.expect(T.BRACKET_OPEN);
        mappings = [];
        if (p.k() !== T.BRACKET_CLOSE) {
          do mappings.push(p.qualifiedName());
          while (p.accept(T.COMMA));
        }
        p.expect(T.BRACKET_CLOSE);
        p.expect(T.SEMI_COLON);
        mappingsSi = p.si(keyTok, p.last);
      });
      p.expect(T.BRACE_CLOSE);
      if (mappings === undefined) p.error("Field 'mappings' is required", siAlways());
      const c: Connection = { _type: 'ModelChainConnection', mappings };
      if (!embedded) (c as { element?: string }).element = 'ModelStore';
      if (mappingsSi) (c as { mappingsSourceInformation?: SourceInformation }).mappingsSourceInformation = mappingsSi;
      return p.withSi(c, si);
    }
    case 'RelationalDatabaseConnection':
      return relationalDatabaseConnection(p, siAlways, si);
    default:
      return p.errorAt(`Connections of type '${type}' are not supported by the embedded engine; configure a Legend engine URL`, typeTok, open);
  }
}

function relationalDatabaseConnection(p: ParserBase, siAlways: () => SourceInformation, si: SourceInformation | undefined): RelationalDatabaseConnection {
  const c = { _type: 'RelationalDatabaseConnection' } as RelationalDatabaseConnection;
  let localMode = false;
  fields(p, siAlways, (key, keyTok) => {
    switch (key) {
      case 'store': {
        const s = p.pos;
        c.element = p.qualifiedName();
        const esi = p.si(s, p.last);
        if (esi) c.elementSourceInformation = esi;
        break;
      }
      case 'type': {
        const t = p.identifier();
        c.type = t;
        c.databaseType = t;
        break;
      }
      case 'timezone': {
        const s = p.pos;
        while (p.k() !== T.SEMI_COLON && !p.atEnd()) p.pos++;
        c.timeZone = p.rawText(s, p.last);
        break;
      }
      case 'quoteIdentifiers':
        c.quoteIdentifiers = p.text(p.expect(T.BOOLEAN)) === 'true';
        break;
      case 'queryTimeOutInSeconds':
        c.queryTimeOutInSeconds = Number.parseInt(p.text(p.expect(T.INTEGER)), 10);
        break;
      case 'mode':
        localMode = p.identifier() === 'local';
        break;
      case 'specification':
        c.datasourceSpecification = connectionPart(p, DATASOURCE_SPECS);
        break;
      case 'auth':
        c.authenticationStrategy = connectionPart(p, AUTHENTICATION_STRATEGIES);
        break;
      case 'queryGenerationConfigs':
        c.queryGenerationConfigs = queryGenerationConfigs(p);
        break;
      default:
        p.errorAt(`Field '${key}' of RelationalDatabaseConnection is not supported by the embedded engine`, keyTok);
    }
    p.expect(T.SEMI_COLON);
  });
  p.expect(T.BRACE_CLOSE);
  if (c.type === undefined) p.error("Field 'type' is required", siAlways());
  if (localMode) {
    c.localMode = true;
  } else {
    if (!c.datasourceSpecification) p.error("Field 'specification' is required", siAlways());
    if (!c.authenticationStrategy) p.error("Field 'auth' is required", siAlways());
  }
  return p.withSi(c, si);
}

/** `[ GenerationFeaturesConfig { enabled: ['X']; disabled: []; } ]`. */
function queryGenerationConfigs(p: ParserBase): { _type: string; enabled: string[]; disabled: string[] }[] {
  p.expect(T.BRACKET_OPEN);
  const configs: { _type: string; enabled: string[]; disabled: string[] }[] = [];
  if (p.k() !== T.BRACKET_CLOSE) {
    do {
      const start = p.pos;
      const type = p.text(p.expect(T.IDENT));
      if (type !== 'GenerationFeaturesConfig') p.errorAt(`Query generation config '${type}' is not supported by the embedded engine`, start);
      const config = { _type: 'generationFeaturesConfig', enabled: [] as string[], disabled: [] as string[] };
      p.expect(T.BRACE_OPEN);
      fields(p, () => p.siAlways(start, p.last), (key, keyTok) => {
        if (key !== 'enabled' && key !== 'disabled') p.errorAt(`Unexpected field '${key}'`, keyTok);
        p.expect(T.BRACKET_OPEN);
        const values: string[] = [];
        if (p.k() !== T.BRACKET_CLOSE) {
          do values.push(fromGrammarString(p.text(p.expect(T.STRING)), false));
          while (p.accept(T.COMMA));
        }
        p.expect(T.BRACKET_CLOSE);
        p.expect(T.SEMI_COLON);
        config[key] = values;
      });
      p.expect(T.BRACE_CLOSE);
      configs.push(p.withSi(config, p.si(start, p.last)));
    } while (p.accept(T.COMMA));
  }
  p.expect(T.BRACKET_CLOSE);
  return configs;
}

/** `Name` or `Name { key: value; ... }` → `{_type, fields...}` in the order written. */
function connectionPart(p: ParserBase, specs: PartSpec[]): RelationalConnectionPart {
  const start = p.pos;
  const grammar = p.text(p.expect(T.IDENT));
  const spec = specByGrammar(specs, grammar);
  const part: RelationalConnectionPart = { _type: spec ? spec.type : grammar.charAt(0).toLowerCase() + grammar.slice(1) };
  if (p.accept(T.BRACE_OPEN)) {
    fields(p, () => p.siAlways(start, p.last), (key) => {
      const fieldSpec = spec?.fields.find((x) => x.key === key);
      const json = fieldSpec?.json ?? key;
      const k = p.k();
      if (k === T.BRACKET_OPEN) {
        p.pos++;
        const values: string[] = [];
        if (p.k() !== T.BRACKET_CLOSE) {
          do values.push(fromGrammarString(p.text(p.expect(T.STRING)), true));
          while (p.accept(T.COMMA));
        }
        p.expect(T.BRACKET_CLOSE);
        part[json] = values;
      } else if (k === T.STRING) {
        part[json] = fromGrammarString(p.text(p.next()), true);
      } else if (k === T.INTEGER) {
        const text = p.text(p.next());
        part[json] = fieldSpec?.kind === 'string' ? text : Number.parseInt(text, 10);
      } else if (k === T.BOOLEAN) {
        part[json] = p.text(p.next()) === 'true';
      } else {
        part[json] = p.identifier();
      }
      p.expect(T.SEMI_COLON);
    });
    p.expect(T.BRACE_CLOSE);
  }
  return p.withSi(part, p.si(start, p.last));
}

export class ConnectionParser extends DomainParser {
  override parseSection(): SectionResult {
    const imports = this.imports();
    const elements: PackageableElement[] = [];
    while (!this.atEnd()) {
      const start = this.pos;
      const typeTok = this.pos;
      const type = this.identifier();
      const path = this.qualifiedName();
      const si = this.si(start, Math.max(this.pos, this.skipGroup(this.pos) - 1));
      const value = connectionValue(this, type, typeTok, false, si);
      const c: PackageableConnection = { _type: 'connection', ...splitPath(path), connectionValue: value };
      elements.push(this.withSi(c, this.si(start, this.last)));
    }
    return { elements, imports };
  }
}

// ----------------------------------------------------------------------------------------------- runtimes

export class RuntimeParser extends DomainParser {
  override parseSection(): SectionResult {
    const imports = this.imports();
    const runtimes: PackageableElement[] = [];
    const single: PackageableElement[] = [];
    while (!this.atEnd()) {
      if (this.isWord('Runtime')) runtimes.push(this.runtime(false));
      else if (this.isWord('SingleConnectionRuntime')) single.push(this.runtime(true));
      else this.unexpected([], ['Runtime', 'SingleConnectionRuntime']);
    }
    // the engine lists all Runtimes before all SingleConnectionRuntimes
    return { elements: [...runtimes, ...single], imports };
  }

  private runtime(singleConnection: boolean): PackageableRuntime {
    const start = this.next();
    const path = this.qualifiedName();
    this.expect(T.BRACE_OPEN);
    const value = runtimeBody(this, singleConnection, false, () => this.siAlways(start, this.last));
    this.expect(T.BRACE_CLOSE);
    const si = this.si(start, this.last);
    this.withSi(value, si);
    return this.withSi({ _type: 'runtime' as const, ...splitPath(path), runtimeValue: value }, si);
  }
}

/**
 * The fields of a runtime (`mappings`, `connections`, `connectionStores`, or `connection` for a single
 * connection runtime) up to the closing brace, which the caller consumes.
 */
export function runtimeBody(
  p: ParserBase,
  singleConnection: boolean,
  embedded: boolean,
  siAlways: () => SourceInformation,
): EngineRuntime | SingleConnectionEngineRuntime {
  const value = {
    _type: singleConnection ? 'localEngineRuntime' : 'engineRuntime',
    mappings: [],
    connections: [],
    connectionStores: [],
  } as unknown as EngineRuntime;
  let mappingsSeen = false;
  const seen = new Set<string>();
  const twice = new Set<string>();
  while (p.k() !== T.BRACE_CLOSE && !p.atEnd()) {
    const keyTok = p.pos;
    const key = p.identifier();
    if (seen.has(key)) twice.add(key);
    seen.add(key);
    p.expect(T.COLON);
    if (key === 'mappings') {
      mappingsSeen = true;
      p.expect(T.BRACKET_OPEN);
      if (p.k() !== T.BRACKET_CLOSE) {
        do {
          const s = p.pos;
          const path = p.qualifiedName();
          value.mappings.push(p.withSi({ type: 'MAPPING' as const, path }, p.si(s, p.last)));
        } while (p.accept(T.COMMA));
      }
      p.expect(T.BRACKET_CLOSE);
    } else if (key === 'connections' && !singleConnection) {
      p.expect(T.BRACKET_OPEN);
      if (p.k() !== T.BRACKET_CLOSE) {
        do storeConnections(p, value);
        while (p.accept(T.COMMA));
      }
      p.expect(T.BRACKET_CLOSE);
    } else if (key === 'connectionStores' && !singleConnection && !embedded) {
      p.expect(T.BRACKET_OPEN);
      if (p.k() !== T.BRACKET_CLOSE) {
        do value.connectionStores.push(connectionStores(p));
        while (p.accept(T.COMMA));
      }
      p.expect(T.BRACKET_CLOSE);
    } else if (key === 'connection' && singleConnection) {
      const s = p.pos;
      const connection = p.qualifiedName();
      const si = p.si(s, p.last);
      const pointer: ConnectionPointer = p.withSi({ _type: 'connectionPointer', connection }, si);
      value.connectionStores.push(p.withSi({ connectionPointer: pointer, storePointers: [] }, si));
    } else {
      p.errorAt(`Unexpected field '${key}'`, keyTok);
    }
    p.expect(T.SEMI_COLON);
  }
  // the engine's checks, in its order, once the whole runtime is read
  const si = (): SourceInformation => through(p, siAlways(), p.pos);
  if (!mappingsSeen && !embedded) p.error("Field 'mappings' is required", si());
  for (const key of ['mappings', 'connection', 'connections', 'connectionStores']) {
    if (twice.has(key)) p.error(`Field '${key === 'connectionStores' ? 'connectionPointerStores' : key}' should be specified only once`, si());
  }
  if (singleConnection && !seen.has('connection')) p.error("Field 'connection' is required", si());
  return value;
}

function storeConnections(p: ParserBase, runtime: EngineRuntime): void {
  const start = p.pos;
  const store = p.qualifiedName();
  const storeSi = p.si(start, p.last);
  p.expect(T.COLON);
  p.expect(T.BRACKET_OPEN);
  const sc: StoreConnections = { store: p.withSi({ type: 'STORE' as const, path: store }, storeSi), storeConnections: [] };
  if (runtime.connections.some((c) => c.store.path === store)) {
    p.errorAt(`Connections for store '${store}' is already specified`, start, p.last);
  }
  if (p.k() !== T.BRACKET_CLOSE) {
    do sc.storeConnections.push(identifiedConnection(p));
    while (p.accept(T.COMMA));
  }
  p.expect(T.BRACKET_CLOSE);
  p.withSi(sc, p.si(start, p.last));
  // only stores with connections are kept, as the engine does
  if (sc.storeConnections.length > 0) runtime.connections.push(sc);
}

function identifiedConnection(p: ParserBase): IdentifiedConnection {
  const start = p.pos;
  const id = p.identifier();
  p.expect(T.COLON);
  let connection: Connection;
  if (p.k() === T.ISLAND) {
    const islandTok = p.pos;
    const inner = openIsland(p);
    const islandSi = p.si(islandTok, islandTok);
    if (inner.atEnd()) p.error('Embedded connection must not be empty', p.siAlways(islandTok, islandTok));
    const typeTok = inner.pos;
    const type = inner.identifier();
    const valueSi = inner.si(typeTok, Math.max(inner.pos, inner.skipGroup(inner.pos) - 1));
    connection = connectionValue(inner, type, typeTok, true, valueSi ?? islandSi);
    if (!inner.atEnd()) inner.unexpected();
  } else {
    const s = p.pos;
    const path = p.qualifiedName();
    connection = p.withSi({ _type: 'connectionPointer' as const, connection: path }, p.si(s, p.last));
  }
  return p.withSi({ id, connection }, p.si(start, p.last));
}

function connectionStores(p: ParserBase): ConnectionStores {
  const start = p.pos;
  const connection = p.qualifiedName();
  const pointer: ConnectionPointer = p.withSi({ _type: 'connectionPointer', connection }, p.si(start, p.last));
  p.expect(T.COLON);
  p.expect(T.BRACKET_OPEN);
  const storePointers: PackageableElementPointer[] = [];
  if (p.k() !== T.BRACKET_CLOSE) {
    do {
      const s = p.pos;
      let type: string | undefined;
      if (p.k() === T.PAREN_OPEN) {
        p.pos++;
        type = p.text(p.expect(T.IDENT)).toUpperCase();
        p.expect(T.PAREN_CLOSE);
      }
      const path = p.qualifiedName();
      const ptr = p.withSi({ path } as PackageableElementPointer, p.si(s, p.last));
      if (type !== undefined) ptr.type = type as PackageableElementPointer['type'];
      storePointers.push(ptr);
    } while (p.accept(T.COMMA));
  }
  p.expect(T.BRACKET_CLOSE);
  return p.withSi({ connectionPointer: pointer, storePointers }, p.si(start, p.last));
}
