/** `###Connection` and `###Runtime` elements in the engine's JSON shape. */
import type { SourceInformation } from './sourceInformation.js';
import type { PackageableElementBase, PackageableElementPointer } from './domain.js';
import type { RelationalDatabaseConnection } from './relational.js';

interface Located {
  sourceInformation?: SourceInformation;
}

interface ConnectionBase extends Located {
  /** The store the connection serves (`store:` in grammar); absent in a packageable connection. */
  element?: string;
  elementSourceInformation?: SourceInformation;
}

/** A reference to a packageable connection, used inside runtimes. */
export interface ConnectionPointer extends ConnectionBase {
  _type: 'connectionPointer';
  connection: string;
}

/** `JsonModelConnection { class: my::Source; url: 'data:application/json,...'; }`. */
export interface JsonModelConnection extends ConnectionBase {
  _type: 'JsonModelConnection';
  class: string;
  url: string;
  classSourceInformation?: SourceInformation;
}

export interface XmlModelConnection extends ConnectionBase {
  _type: 'XmlModelConnection';
  class: string;
  url: string;
  classSourceInformation?: SourceInformation;
}

/** `ModelChainConnection { mappings: [ a::M1, a::M2 ]; }`. */
export interface ModelChainConnection extends ConnectionBase {
  _type: 'ModelChainConnection';
  mappings: string[];
  mappingsSourceInformation?: SourceInformation;
}

export type Connection =
  | ConnectionPointer
  | JsonModelConnection
  | XmlModelConnection
  | ModelChainConnection
  | RelationalDatabaseConnection;

export interface PackageableConnection extends PackageableElementBase {
  _type: 'connection';
  connectionValue: Connection;
}

export interface IdentifiedConnection extends Located {
  id: string;
  connection: Connection;
}

export interface StoreConnections extends Located {
  store: PackageableElementPointer;
  storeConnections: IdentifiedConnection[];
}

export interface ConnectionStores extends Located {
  connectionPointer: ConnectionPointer;
  storePointers: PackageableElementPointer[];
}

/** The body of `Runtime x { mappings: [...]; connections: [...]; connectionStores: [...]; }`. */
export interface EngineRuntime extends Located {
  _type: 'engineRuntime';
  mappings: PackageableElementPointer[];
  connections: StoreConnections[];
  connectionStores: ConnectionStores[];
}

/** `SingleConnectionRuntime x { ... }`. */
export interface SingleConnectionEngineRuntime extends Located {
  _type: 'localEngineRuntime';
  mappings: PackageableElementPointer[];
  connections: StoreConnections[];
  connectionStores: ConnectionStores[];
}

export interface RuntimePointer extends Located {
  _type: 'runtimePointer';
  runtime: string;
}

export type Runtime = EngineRuntime | SingleConnectionEngineRuntime | RuntimePointer;

export interface PackageableRuntime extends PackageableElementBase {
  _type: 'runtime';
  runtimeValue: EngineRuntime | SingleConnectionEngineRuntime;
}
