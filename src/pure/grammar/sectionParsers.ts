/** The section parsers the embedded engine has, by `###` name, and the Legend sections it knows it lacks. */
import type { PackageableElement } from '../protocol/context.js';
import type { TokenStream } from './lexer.js';
import type { ParseOptions } from './parserBase.js';
import { DomainParser } from './domainParser.js';
import { MappingParser } from './mappingParser.js';
import { RelationalParser } from './relationalParser.js';
import { ConnectionParser, RuntimeParser } from './runtimeParser.js';
import { ServiceParser } from './serviceParser.js';
import { DataParser } from './dataParser.js';

export interface SectionParser {
  parseSection(): { elements: PackageableElement[]; imports: string[]; defaultSection?: boolean };
}

export interface SectionParserSettings {
  constraintThisParameter: boolean;
}

type Factory = (src: string, ts: TokenStream, opts: ParseOptions, settings: SectionParserSettings) => SectionParser;

export const SECTION_PARSERS: Record<string, Factory> = {
  Pure: (src, ts, opts, settings) => {
    const p = new DomainParser(src, ts, opts);
    p.domainOptions = { constraintThisParameter: settings.constraintThisParameter };
    return p;
  },
  Mapping: (src, ts, opts) => new MappingParser(src, ts, opts),
  Relational: (src, ts, opts) => new RelationalParser(src, ts, opts),
  Connection: (src, ts, opts) => new ConnectionParser(src, ts, opts),
  Runtime: (src, ts, opts) => new RuntimeParser(src, ts, opts),
  Service: (src, ts, opts) => new ServiceParser(src, ts, opts),
  Data: (src, ts, opts) => new DataParser(src, ts, opts),
};

/** Sections a Legend engine parses but this embedded engine does not (reported by name, never skipped). */
export const UNSUPPORTED_SECTIONS = new Set([
  'DataSpace',
  'Diagram',
  'ExternalFormat',
  'FileGeneration',
  'GenerationSpecification',
  'Persistence',
  'PersistenceContext',
  'ServiceStore',
  'Text',
  'DataQualityValidation',
  'HostedService',
  'Snowflake',
  'BigQuery',
  'MemSqlFunction',
  'Mastery',
  'MongoDB',
  'ElasticSearch',
  'Graph',
  'FlatData',
  'GraphQL',
  'Deephaven',
  'ExecutionEnvironment',
  'Iceberg',
  'FunctionJar',
  'PowerBI',
  'RelationalAI',
  'Morphir',
  'Authentication',
]);
