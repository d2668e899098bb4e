/** Relational class, property and association mappings → grammar text. */
import type { AssociationMapping, PropertyMapping } from '../protocol/mapping.js';
import type { RootRelationalClassMapping } from '../protocol/relational.js';

export function composeRelationalClassMappingBody(cm: RootRelationalClassMapping, _level: number): string {
  return `: Relational\n  {\n    /* ${cm.class} */\n  }`;
}

export function relationalPropertyMapping(pm: PropertyMapping, _level: number): string {
  return `/* ${pm._type} */`;
}

export function composeRelationalAssociationMapping(am: AssociationMapping): string {
  return `/* ${am._type} */`;
}
