/** `###Connection` and `###Runtime` elements → grammar text, as Legend's composer renders them. */
import type { Connection, EngineRuntime, IdentifiedConnection, PackageableConnection, PackageableRuntime, SingleConnectionEngineRuntime } from '../protocol/runtime.js';
import type { RelationalConnectionPart, RelationalDatabaseConnection } from '../protocol/relational.js';
import { quoteString } from '../grammar/strings.js';
import { AUTHENTICATION_STRATEGIES, DATASOURCE_SPECS, genericGrammarName, specByType, type PartSpec } from '../grammar/connectionSpecs.js';
import { identifier, path, tabs } from './format.js';
import { packageableElementPointer } from './domain.js';

export function connectionTypeName(c: Connection): string {
  return c._type === 'connectionPointer' ? '' : c._type;
}

/** A connection value, each line prefixed with `indent` (the engine's indentation string). */
export function composeConnectionValue(c: Connection, indent: string): string {
  switch (c._type) {
    case 'JsonModelConnection':
    case 'XmlModelConnection':
      return indent + '{\n' + indent + tabs(1) + 'class: ' + c.class + ';\n' + indent + tabs(1) + 'url: ' + quoteString(c.url) + ';\n' + indent + '}';
    case 'ModelChainConnection': {
      const mappings = c.mappings.map((m) => indent + tabs(2) + m).join(',\n') + (c.mappings.length === 0 ? '' : '\n');
      return indent + '{\n' + indent + tabs(1) + 'mappings: [\n' + mappings + indent + tabs(1) + '];\n' + indent + '}';
    }
    case 'RelationalDatabaseConnection':
      return relationalConnection(c, indent);
    case 'connectionPointer':
      return c.connection;
  }
}

function relationalConnection(c: RelationalDatabaseConnection, indent: string): string {
  const line = (s: string): string => indent + tabs(1) + s + ';\n';
  let s = indent + '{\n';
  if (c.element !== undefined) s += line('store: ' + c.element);
  s += line('type: ' + c.type);
  if (c.timeZone !== undefined) s += line('timezone: ' + c.timeZone);
  if (c.quoteIdentifiers !== undefined) s += line('quoteIdentifiers: ' + c.quoteIdentifiers);
  if (c.localMode) s += line('mode: local');
  else {
    s += line('specification: ' + connectionPart(c.datasourceSpecification, DATASOURCE_SPECS, indent, true));
    s += line('auth: ' + connectionPart(c.authenticationStrategy, AUTHENTICATION_STRATEGIES, indent, false));
  }
  if (c.queryTimeOutInSeconds !== undefined) s += line('queryTimeOutInSeconds: ' + c.queryTimeOutInSeconds);
  if (c.queryGenerationConfigs && c.queryGenerationConfigs.length > 0) {
    const list = (values: string[]): string => values.map((v) => "'" + v + "'").join(', ');
    s +=
      indent + tabs(1) + 'queryGenerationConfigs: [\n' +
      c.queryGenerationConfigs
        .map(
          (g) =>
            indent + tabs(2) + 'GenerationFeaturesConfig\n' + indent + tabs(2) + '{\n' +
            indent + tabs(3) + 'enabled: [' + list(g.enabled) + '];\n' +
            indent + tabs(3) + 'disabled: [' + list(g.disabled) + '];\n' +
            indent + tabs(2) + '}',
        )
        .join(',\n') +
      '\n' + indent + tabs(1) + '];\n';
  }
  return s + indent + '}';
}

/** A datasource specification (always with braces) or an authentication strategy (braces only with fields). */
function connectionPart(part: RelationalConnectionPart, specs: PartSpec[], indent: string, alwaysBraces: boolean): string {
  const spec = specByType(specs, part._type);
  const name = spec ? spec.grammar : genericGrammarName(part._type);
  const entries = Object.entries(part).filter(([k, v]) => k !== '_type' && k !== 'sourceInformation' && v !== undefined && v !== null);
  if (entries.length === 0 && !alwaysBraces) return name;
  const body = entries
    .map(([json, value]) => {
      const field = spec?.fields.find((f) => f.json === json);
      const key = field?.key ?? json;
      return indent + tabs(2) + key + ': ' + fieldValue(value, field?.kind, indent) + ';\n';
    })
    .join('');
  return name + '\n' + indent + tabs(1) + '{\n' + body + indent + tabs(1) + '}';
}

function fieldValue(value: unknown, kind: string | undefined, indent: string): string {
  if (Array.isArray(value)) {
    return '[\n' + value.map((v) => indent + tabs(3) + quoteString(String(v))).join(',\n') + '\n' + indent + tabs(3) + ']';
  }
  if (typeof value === 'string') return kind === 'identifier' ? value : quoteString(value);
  return String(value);
}

export function composeConnection(c: PackageableConnection): string {
  return connectionTypeName(c.connectionValue) + ' ' + path(c.package ? c.package + '::' + c.name : c.name) + '\n' + composeConnectionValue(c.connectionValue, '');
}

// ----------------------------------------------------------------------------------------------- runtime

export function composeRuntime(r: PackageableRuntime): string {
  const single = r.runtimeValue._type === 'localEngineRuntime';
  return (single ? 'SingleConnectionRuntime ' : 'Runtime ') + path(r.package ? r.package + '::' + r.name : r.name) + '\n{' + runtimeValue(r.runtimeValue, 1, false) + '\n}';
}

/** The body of a runtime at `level` (a packageable runtime, or an embedded one in a service). */
export function runtimeValue(rt: EngineRuntime | SingleConnectionEngineRuntime, level: number, embedded: boolean): string {
  let s = '';
  if (!embedded || rt.mappings.length > 0) {
    s += '\n' + tabs(level) + 'mappings:\n' + tabs(level) + '[\n';
    s += rt.mappings.map((m) => tabs(level + 1) + m.path).join(',\n') + (rt.mappings.length === 0 ? '' : '\n');
    s += tabs(level) + '];';
  }
  if (rt._type === 'localEngineRuntime') {
    const first = rt.connectionStores[0];
    if (first) s += '\n' + tabs(level) + 'connection: ' + path(first.connectionPointer.connection) + ';';
    return s;
  }
  const stores = rt.connections.filter((sc) => sc.storeConnections.length > 0);
  if (stores.length > 0) {
    s += '\n' + tabs(level) + 'connections:\n' + tabs(level) + '[\n';
    s += stores
      .map(
        (sc) =>
          tabs(level + 1) + path(sc.store.path) + ':\n' + tabs(level + 1) + '[\n' +
          sc.storeConnections.map((ic) => identifiedConnection(ic, level + 2)).join(',\n') + '\n' +
          tabs(level + 1) + ']',
      )
      .join(',\n');
    s += '\n' + tabs(level) + '];';
  }
  if (rt.connectionStores.length > 0) {
    s += '\n' + tabs(level) + 'connectionStores:\n' + tabs(level) + '[\n';
    s += rt.connectionStores
      .filter((cs) => cs.storePointers.length > 0)
      .map(
        (cs) =>
          tabs(level + 1) + path(cs.connectionPointer.connection) + ':\n' + tabs(level + 1) + '[\n' +
          cs.storePointers.map((sp) => tabs(level + 2) + packageableElementPointer(sp)).join(',\n') + '\n' +
          tabs(level + 1) + ']',
      )
      .join(',\n');
    s += '\n' + tabs(level) + '];';
  }
  return s;
}

function identifiedConnection(ic: IdentifiedConnection, level: number): string {
  if (ic.connection._type === 'connectionPointer') return tabs(level) + identifier(ic.id) + ': ' + path(ic.connection.connection);
  return (
    tabs(level) + identifier(ic.id) + ':\n' +
    tabs(level) + '#{\n' +
    tabs(level + 1) + connectionTypeName(ic.connection) + '\n' +
    composeConnectionValue(ic.connection, tabs(level + 1)) + '\n' +
    tabs(level) + '}#'
  );
}
