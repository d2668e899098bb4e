/**
 * Embedded test data (`ExternalFormat #{...}#`, `Reference #{...}#`, `ModelStore #{...}#`, `Relational #{...}#`),
 * the short external format form `(JSON) '...'`, and test assertions (`EqualTo`, `EqualToJson`). Island
 * contents are lexed again with their positions in the whole text.
 */
import type { PackageableElementPointer } from '../protocol/domain.js';
import type {
  DataResolver,
  EmbeddedData,
  ExternalFormatData,
  ModelEmbeddedTestData,
  ModelInstanceTestData,
  RelationalCSVTable,
  TestAssertion,
} from '../protocol/data.js';
import type { KeyExpression, ValueSpecification } from '../protocol/valueSpecification.js';
import type { SourceInformation } from '../protocol/sourceInformation.js';
import { tokenize } from './lexer.js';
import type { ParserBase } from './parserBase.js';
import { ExpressionParser } from './expressionParser.js';
import { T } from './tokens.js';
import { fromGrammarString } from './strings.js';

/** Embedded data kinds Legend extensions define that this engine does not parse (reported as such). */
const LEGEND_EMBEDDED_DATA = new Set(['ServiceStore', 'Relation', 'MongoDB', 'Elasticsearch', 'DataQuality', 'Persistence']);

const CONTENT_TYPES: Record<string, string> = { JSON: 'application/json', XML: 'application/xml' };

/** `(JSON) '...'` → ExternalFormatData. */
export function parseExternalFormatValue(p: ParserBase): ExternalFormatData {
  const start = p.expect(T.PAREN_OPEN);
  const type = p.identifier();
  p.expect(T.PAREN_CLOSE);
  const str = p.expect(T.STRING);
  const data: ExternalFormatData = {
    _type: 'externalFormat',
    contentType: CONTENT_TYPES[type] ?? type,
    data: fromGrammarString(p.text(str), true),
  };
  return p.withSi(data, p.si(start, p.last));
}

/** A parser over an island's content (between `#{` and `}#`). */
export class IslandParser extends ExpressionParser {
  /** The island token's own position (for errors about the whole island). */
  islandSi!: SourceInformation;
}

/** Opens the ISLAND token at the cursor of `p` (consumed) and returns a parser over its content. */
export function openIsland(p: ParserBase): IslandParser {
  const tok = p.expect(T.ISLAND);
  const ts = p.ts;
  const start = ts.starts[tok]!;
  const brace = p.src.indexOf('{', start);
  const contentStart = brace + 1;
  const contentEnd = ts.ends[tok]! - 2;
  const firstCol = ts.cols[tok]! + (contentStart - start);
  const inner = new IslandParser(p.src, tokenize(p.src, contentStart, contentEnd, ts.lines[tok]!, firstCol), p.opts);
  inner.islandSi = p.siAlways(tok, tok);
  return inner;
}

/** `Type #{ ... }#` → EmbeddedData. */
export function parseEmbeddedData(p: ParserBase): EmbeddedData {
  const start = p.pos;
  const type = p.identifier();
  const typeTok = start;
  if (p.k() !== T.ISLAND) p.unexpected([T.ISLAND]);
  const inner = openIsland(p);
  const si = p.si(start, p.last);
  const siAlways = p.siAlways(start, p.last);
  switch (type) {
    case 'ExternalFormat':
      return externalFormat(inner, si, siAlways);
    case 'Reference':
      return reference(inner, si, siAlways);
    case 'ModelStore':
      return modelStore(inner, si);
    case 'Relational':
      return relationalCsv(inner, si);
    default:
      if (LEGEND_EMBEDDED_DATA.has(type)) {
        return p.errorAt(`Embedded data of type '${type}' is not supported by the embedded engine; configure a Legend engine URL`, typeTok);
      }
      return p.errorAt(`Unknown embedded data type: ${type}`, typeTok);
  }
}

function externalFormat(inner: IslandParser, si: SourceInformation | undefined, siAlways: SourceInformation): ExternalFormatData {
  let contentType: string | undefined;
  let data: string | undefined;
  let duplicate: string | undefined;
  while (!inner.atEnd()) {
    const field = inner.isWord('contentType') ? 'contentType' : inner.isWord('data') ? 'data' : undefined;
    if (!field) inner.unexpected([], ['contentType', 'data']);
    inner.pos++;
    inner.expect(T.COLON);
    const value = fromGrammarString(inner.text(inner.expect(T.STRING)), true);
    inner.expect(T.SEMI_COLON);
    if (field === 'contentType') {
      if (contentType !== undefined) duplicate ??= field;
      contentType = value;
    } else {
      if (data !== undefined) duplicate ??= field;
      data = value;
    }
  }
  if (contentType === undefined) inner.error("Field 'contentType' is required", siAlways);
  if (data === undefined) inner.error("Field 'data' is required", siAlways);
  if (duplicate) inner.error(`Field '${duplicate}' should be specified only once`, siAlways);
  return inner.withSi({ _type: 'externalFormat' as const, contentType, data }, si);
}

function reference(inner: IslandParser, si: SourceInformation | undefined, siAlways: SourceInformation): EmbeddedData {
  if (inner.atEnd()) inner.error('Path should be provided for DataElementReference', siAlways);
  const path = inner.qualifiedName();
  if (!inner.atEnd()) inner.unexpected();
  return inner.withSi({ _type: 'reference' as const, dataElement: inner.withSi({ type: 'DATA' as const, path }, si) }, si);
}

function modelStore(inner: IslandParser, si: SourceInformation | undefined): EmbeddedData {
  const modelData: (ModelEmbeddedTestData | ModelInstanceTestData)[] = [];
  const seen = new Set<string>();
  if (!inner.atEnd()) {
    do {
      const start = inner.pos;
      const model = inner.qualifiedName();
      inner.expect(T.COLON);
      let entry: ModelEmbeddedTestData | ModelInstanceTestData;
      if (inner.k() === T.BRACKET_OPEN) {
        inner.pos++;
        const instances: ValueSpecification[] = [];
        if (inner.k() !== T.BRACKET_CLOSE) {
          do instances.push(modelInstance(inner));
          while (inner.accept(T.COMMA));
        }
        inner.expect(T.BRACKET_CLOSE);
        entry = { _type: 'modelInstanceData', model, instances: collection(instances) };
      } else {
        entry = { _type: 'modelEmbeddedData', model, data: parseEmbeddedData(inner) };
      }
      if (seen.has(model)) inner.errorAt(`Multiple entries found for type: '${model}'`, start, inner.last);
      seen.add(model);
      modelData.push(inner.withSi(entry, inner.si(start, inner.last)));
    } while (inner.accept(T.COMMA));
  }
  if (!inner.atEnd()) inner.unexpected([T.COMMA]);
  const data = { _type: 'modelStore' as const, modelData };
  return inner.withSi(data, si);
}

function collection(values: ValueSpecification[]): ValueSpecification {
  return { _type: 'collection', multiplicity: { lowerBound: values.length, upperBound: values.length }, values };
}

/** `^my::Class(prop = value, other = [v1, v2])` inside ModelStore data. */
function modelInstance(inner: IslandParser): ValueSpecification {
  inner.expect(T.NEW_SYMBOL);
  const fullPath = inner.qualifiedName();
  inner.expect(T.PAREN_OPEN);
  const keys: KeyExpression[] = [];
  if (inner.k() !== T.PAREN_CLOSE) {
    do {
      const property = inner.identifier();
      inner.expect(T.EQUAL);
      const values: ValueSpecification[] = [];
      if (inner.accept(T.BRACKET_OPEN)) {
        if (inner.k() !== T.BRACKET_CLOSE) {
          do values.push(modelValue(inner));
          while (inner.accept(T.COMMA));
        }
        inner.expect(T.BRACKET_CLOSE);
      } else values.push(modelValue(inner));
      keys.push({ _type: 'keyExpression', add: false, key: { _type: 'string', value: property }, expression: collection(values) });
    } while (inner.accept(T.COMMA));
  }
  inner.expect(T.PAREN_CLOSE);
  return {
    _type: 'func',
    function: 'new',
    parameters: [{ _type: 'packageableElementPtr', fullPath }, { _type: 'string', value: 'dummy' }, collection(keys)],
  };
}

function modelValue(inner: IslandParser): ValueSpecification {
  const k = inner.k();
  const tok = inner.pos;
  const text = inner.text(tok);
  switch (k) {
    case T.NEW_SYMBOL:
      return modelInstance(inner);
    case T.STRING:
      inner.pos++;
      return { _type: 'string', value: fromGrammarString(text, true) };
    case T.INTEGER:
      inner.pos++;
      return { _type: 'integer', value: Number.parseInt(text, 10) };
    case T.FLOAT:
      inner.pos++;
      return { _type: 'float', value: Number.parseFloat(text) };
    case T.DECIMAL:
      inner.pos++;
      return { _type: 'decimal', value: Number.parseFloat(text.slice(0, -1)) };
    case T.BOOLEAN:
      inner.pos++;
      return { _type: 'boolean', value: text === 'true' };
    case T.DATE:
      inner.pos++;
      return text.includes('T') || text.split('-').length < 3
        ? { _type: 'dateTime', value: text.slice(1) }
        : { _type: 'strictDate', value: text.slice(1) };
    case T.STRICT_TIME:
      inner.pos++;
      return { _type: 'strictTime', value: text.slice(1) };
    case T.MINUS:
    case T.PLUS: {
      inner.pos++;
      const n = inner.next();
      const v = Number.parseFloat(text + inner.text(n));
      return inner.kindAt(n) === T.INTEGER ? { _type: 'integer', value: v } : { _type: 'float', value: v };
    }
    default: {
      const fullPath = inner.qualifiedName();
      inner.expect(T.DOT);
      return { _type: 'enumValue', fullPath, value: inner.identifier() };
    }
  }
}

/** `Relational #{ schema.table: 'csv' + 'csv'; ... }#`. */
function relationalCsv(inner: IslandParser, si: SourceInformation | undefined): EmbeddedData {
  const tables: RelationalCSVTable[] = [];
  // a `\;` in the text stays `\;` in the value (the engine escapes it before unescaping)
  const value = (tok: number): string => fromGrammarString(inner.text(tok).replace(/\\;/g, '\\\\;'), true);
  while (!inner.atEnd()) {
    const start = inner.pos;
    const schema = inner.identifier();
    inner.expect(T.DOT);
    const table = inner.identifier();
    inner.expect(T.COLON);
    let values = value(inner.expect(T.STRING));
    while (inner.accept(T.PLUS)) values += value(inner.expect(T.STRING));
    inner.expect(T.SEMI_COLON);
    tables.push(inner.withSi({ schema, table, values }, inner.si(start, inner.last)));
  }
  return inner.withSi({ _type: 'relationalCSVData' as const, tables }, si);
}

/** `a::b: Type #{...}#` (base) or `a::b` (reference) data resolver; the caller consumes the `;`. */
export function parseDataResolver(p: ParserBase): DataResolver {
  const start = p.pos;
  const path = p.qualifiedName();
  const pointer = p.withSi({ path } as PackageableElementPointer, p.si(start, p.last));
  if (p.accept(T.COLON)) {
    const data = parseEmbeddedData(p);
    return p.withSi({ _type: 'baseDataResolver' as const, elementPointer: pointer, data }, p.si(start, p.last));
  }
  return p.withSi({ _type: 'referenceDataResolver' as const, elementPointer: pointer }, p.si(start, p.last));
}

/** `EqualToJson #{ expected: ExternalFormat #{...}#; }#` / `EqualTo #{ expected: value; }#`. */
export function parseTestAssertion(p: ParserBase): TestAssertion {
  const start = p.pos;
  const type = p.identifier();
  if (p.k() !== T.ISLAND) p.unexpected([T.ISLAND]);
  const inner = openIsland(p);
  const si = p.si(start, p.last);
  switch (type) {
    case 'EqualToJson': {
      inner.expectWord('expected');
      inner.expect(T.COLON);
      const expected = parseEmbeddedData(inner);
      inner.expect(T.SEMI_COLON);
      if (!inner.atEnd()) inner.unexpected();
      if (expected._type !== 'externalFormat') return inner.error('EqualToJson expects ExternalFormat data', inner.islandSi);
      const a: TestAssertion = { _type: 'equalToJson', id: '', expected };
      return p.withSi(a, si);
    }
    case 'EqualTo': {
      inner.expectWord('expected');
      inner.expect(T.COLON);
      const expected = inner.primitiveValue();
      inner.expect(T.SEMI_COLON);
      if (!inner.atEnd()) inner.unexpected();
      const a: TestAssertion = { _type: 'equalTo', id: '', expected };
      return p.withSi(a, si);
    }
    default:
      if (type === 'EqualToRelation' || type === 'Relation') {
        return p.errorAt(`Test assertions of type '${type}' are not supported by the embedded engine`, start);
      }
      return p.errorAt(`Unknown test assertion type: ${type}`, start);
  }
}
