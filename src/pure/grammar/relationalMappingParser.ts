/** Relational class and association mappings inside `###Mapping` (filled in with the ###Relational support). */
import type { ClassMapping, AssociationMapping } from '../protocol/mapping.js';
import type { MappingElementHeader, MappingParser } from './mappingParser.js';

export function parseRelationalClassMapping(p: MappingParser, h: MappingElementHeader): ClassMapping {
  return p.errorAt('Relational class mappings are not supported yet', h.start, h.braceOpen);
}

export function parseRelationalAssociationMapping(p: MappingParser, h: MappingElementHeader): AssociationMapping {
  return p.errorAt('Relational association mappings are not supported yet', h.start, h.braceOpen);
}
