/** Relational class, property and association mappings → grammar text. */
import type { AssociationMapping, PropertyMapping } from '../protocol/mapping.js';
import type {
  EmbeddedRelationalPropertyMapping,
  InlineEmbeddedPropertyMapping,
  OtherwiseEmbeddedRelationalPropertyMapping,
  RelationalPropertyMapping,
  RootRelationalClassMapping,
} from '../protocol/relational.js';
import { identifier, multiplicity, path, tabs } from './format.js';
import { filterMapping, relationalOperation, type RelationalContext } from './relational.js';

const MAPPING: RelationalContext = { useFunctionNames: true };

export function composeRelationalClassMappingBody(cm: RootRelationalClassMapping, _level: number): string {
  let s = ': Relational\n' + tabs(1) + '{\n';
  if (cm.filter) s += tabs(2) + filterMapping(cm.filter) + '\n';
  if (cm.distinct) s += tabs(2) + '~distinct\n';
  if (cm.groupBy.length > 0) {
    s += tabs(2) + '~groupBy\n' + tabs(2) + '(\n' + cm.groupBy.map((o) => tabs(3) + relationalOperation(o, MAPPING)).join(',\n') + '\n' + tabs(2) + ')\n';
  }
  if (cm.primaryKey.length > 0) {
    s += tabs(2) + '~primaryKey\n' + tabs(2) + '(\n' + cm.primaryKey.map((o) => tabs(3) + relationalOperation(o, MAPPING)).join(',\n') + '\n' + tabs(2) + ')\n';
  }
  if (cm.mainTable) {
    const t = cm.mainTable;
    s += tabs(2) + '~mainTable [' + t.database + ']' + (t.schema && t.schema !== 'default' ? t.schema + '.' + t.table : t.table) + '\n';
  }
  if (cm.propertyMappings.length > 0) s += cm.propertyMappings.map((pm) => relationalPropertyMapping(pm, 4, false)).join(',\n') + '\n';
  return s + tabs(1) + '}';
}

/** A relational property mapping indented by `spaces`. */
export function relationalPropertyMapping(pm: PropertyMapping, spaces: number, renderSourceId = false): string {
  const indent = ' '.repeat(spaces);
  switch (pm._type) {
    case 'relationalPropertyMapping':
      return plain(pm, indent, renderSourceId);
    case 'embeddedPropertyMapping':
      return embedded(pm, spaces);
    case 'otherwiseEmbeddedPropertyMapping':
      return otherwise(pm, spaces);
    case 'inlineEmbeddedPropertyMapping':
      return inline(pm, indent);
    default:
      return indent + `/* Unsupported relational property mapping type ${pm._type} */`;
  }
}

function empty(s: string | undefined): boolean {
  return s === undefined || s === '';
}

function plain(pm: RelationalPropertyMapping, indent: string, renderSourceId: boolean): string {
  const local = pm.localMappingProperty;
  const head = local
    ? '+' + identifier(pm.property.property) + ': ' + local.type + '[' + multiplicity(local.multiplicity) + ']'
    : identifier(pm.property.property) +
      (empty(pm.target) ? '' : '[' + (renderSourceId ? (empty(pm.source) ? '' : pm.source + ',') : '') + pm.target + ']');
  const enumMapping = pm.enumMappingId !== undefined ? 'EnumerationMapping ' + identifier(pm.enumMappingId) + ': ' : '';
  const binding = pm.enumMappingId === undefined && pm.bindingTransformer ? 'Binding ' + path(pm.bindingTransformer.binding) + ' : ' : '';
  return indent + head + ': ' + enumMapping + binding + relationalOperation(pm.relationalOperation, MAPPING);
}

function nested(pms: PropertyMapping[], spaces: number): string {
  return pms.length > 0 ? pms.map((pm) => relationalPropertyMapping(pm, spaces + 2, false)).join(',\n') + '\n' : '';
}

function embedded(pm: EmbeddedRelationalPropertyMapping, spaces: number): string {
  const indent = ' '.repeat(spaces);
  return indent + identifier(pm.property.property) + '\n' + indent + '(\n' + nested(pm.classMapping.propertyMappings, spaces) + indent + ')';
}

function otherwise(pm: OtherwiseEmbeddedRelationalPropertyMapping, spaces: number): string {
  const indent = ' '.repeat(spaces);
  const o = pm.otherwisePropertyMapping;
  return (
    indent +
    identifier(pm.property.property) +
    '\n' +
    indent +
    '(\n' +
    nested(pm.classMapping.propertyMappings, spaces) +
    indent +
    ') Otherwise (' +
    '[' +
    (o.target === undefined ? '' : identifier(o.target)) +
    ']: ' +
    relationalOperation(o.relationalOperation, MAPPING) +
    ')'
  );
}

function inline(pm: InlineEmbeddedPropertyMapping, indent: string): string {
  return indent + identifier(pm.property.property) + '() Inline[' + identifier(pm.setImplementationId) + ']';
}

export function composeRelationalAssociationMapping(am: AssociationMapping): string {
  if (am._type !== 'relational') return `/* ${am._type} */`;
  return (
    am.association.path +
    ': Relational\n' +
    tabs(1) +
    '{\n' +
    tabs(2) +
    'AssociationMapping\n' +
    tabs(2) +
    '(\n' +
    (am.propertyMappings.length > 0 ? am.propertyMappings.map((pm) => relationalPropertyMapping(pm, 6, true)).join(',\n') + '\n' : '') +
    tabs(2) +
    ')\n' +
    tabs(1) +
    '}'
  );
}
