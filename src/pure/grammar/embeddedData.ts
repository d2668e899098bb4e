/**
 * Embedded test data (`ExternalFormat #{...}#`, `Reference #{...}#`, `ModelStore #{...}#`, `Relational #{...}#`)
 * and the short external format form `(JSON) '...'`.
 */
import type { EmbeddedData, ExternalFormatData } from '../protocol/data.js';
import type { ParserBase } from './parserBase.js';
import { T } from './tokens.js';
import { fromGrammarString } from './strings.js';

const CONTENT_TYPES: Record<string, string> = { JSON: 'application/json', XML: 'application/xml' };

/** `(JSON) '...'` → ExternalFormatData (the value is kept as written, unescaped once). */
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
  const si = p.si(start, p.last);
  if (si) data.sourceInformation = si;
  return data;
}

/** `Type #{ ... }#` → EmbeddedData. */
export function parseEmbeddedData(p: ParserBase): EmbeddedData {
  const start = p.pos;
  const type = p.identifier();
  const island = p.expect(T.ISLAND);
  return p.errorAt(`Embedded data of type '${type}' is not supported by the embedded engine`, start, island);
}
