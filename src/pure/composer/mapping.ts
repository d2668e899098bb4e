/** `###Mapping` elements → grammar text, as Legend's composer renders them. */
import type {
  AssociationMapping,
  ClassMapping,
  EnumerationMapping,
  Mapping,
  MappingIncludeMapping,
  MappingOperation,
  MappingTest,
  MappingTestInputData,
  MappingTestLegacy,
  MappingTestSuite,
  PropertyMapping,
  PureInstanceClassMapping,
  PurePropertyMapping,
  RelationFunctionClassMapping,
  RelationFunctionEmbeddedPropertyMapping,
  RelationFunctionPropertyMapping,
  StoreTestData,
  XStoreAssociationMapping,
} from '../protocol/mapping.js';
import type { TestAssertion } from '../protocol/data.js';
import type { LambdaFunction } from '../protocol/valueSpecification.js';
import { quoteRaw, quoteString } from '../grammar/strings.js';
import { identifier, multiplicity, path, TAB, tabs } from './format.js';
import { composeValueSpecification, lambda } from './valueSpecification.js';
import { lambdaBody } from './domain.js';
import { composeEmbeddedData, composeTestAssertion } from './data.js';
import { composeRelationalAssociationMapping, composeRelationalClassMappingBody, relationalPropertyMapping } from './relationalMapping.js';

const OPERATION_FUNCTIONS: Record<MappingOperation, string> = {
  STORE_UNION: 'meta::pure::router::operations::union_OperationSetImplementation_1__SetImplementation_MANY_',
  ROUTER_UNION: 'meta::pure::router::operations::special_union_OperationSetImplementation_1__SetImplementation_MANY_',
  INHERITANCE: 'meta::pure::router::operations::inheritance_OperationSetImplementation_1__SetImplementation_MANY_',
  MERGE: 'meta::pure::router::operations::merge_OperationSetImplementation_1__SetImplementation_MANY_',
};

export function mappingId(id: string | undefined): string {
  return id !== undefined ? '[' + id + ']' : '';
}

function include(inc: MappingIncludeMapping): string {
  return (
    'include mapping ' +
    inc.includedMapping +
    (inc.sourceDatabasePath !== undefined && inc.targetDatabasePath !== undefined
      ? '[' + path(inc.sourceDatabasePath) + '->' + path(inc.targetDatabasePath) + ']'
      : '')
  );
}

export function composeMapping(m: Mapping): string {
  let s = 'Mapping ' + path(m.package ? m.package + '::' + m.name : m.name) + '\n(\n';
  let empty = true;
  if (m.includedMappings.length > 0) {
    empty = false;
    s += m.includedMappings.map((i) => TAB + include(i)).join('\n') + '\n';
  }
  if (m.classMappings.length > 0) {
    s += empty ? '' : '\n';
    empty = false;
    s +=
      m.classMappings
        .map(
          (cm) =>
            TAB +
            (cm.root ? '*' : '') +
            cm.class +
            mappingId(cm.id) +
            (cm.extendsClassMappingId !== undefined ? ' extends ' + mappingId(cm.extendsClassMappingId) : '') +
            classMapping(cm),
        )
        .join('\n') + '\n';
  }
  if (m.associationMappings.length > 0) {
    s += empty ? '' : '\n';
    empty = false;
    s += m.associationMappings.map((am) => TAB + associationMapping(am)).join('\n') + '\n';
  }
  if (m.enumerationMappings.length > 0) {
    s += empty ? '' : '\n';
    empty = false;
    s += m.enumerationMappings.map((em) => TAB + enumerationMapping(em)).join('\n') + '\n';
  }
  if (m.tests && m.tests.length > 0) {
    s += empty ? '' : '\n';
    s += TAB + 'MappingTests\n' + TAB + '[\n' + m.tests.map((t) => TAB + legacyTest(t)).join(',\n') + '\n' + TAB + ']\n';
  }
  if (m.testSuites && m.testSuites.length > 0) {
    s += empty ? '' : '\n';
    s += TAB + 'testSuites:\n' + TAB + '[\n' + m.testSuites.map((t) => TAB + testSuite(t)).join(',\n') + '\n' + TAB + ']\n';
  }
  return s + ')';
}

function classMapping(cm: ClassMapping): string {
  switch (cm._type) {
    case 'pureInstance':
      return pureInstanceClassMapping(cm);
    case 'operation':
      return ': Operation\n' + TAB + '{\n' + tabs(2) + OPERATION_FUNCTIONS[cm.operation] + '(' + cm.parameters.join(',') + ')\n' + TAB + '}';
    case 'mergeOperation':
      return (
        ': Operation\n' +
        TAB +
        '{\n' +
        tabs(2) +
        OPERATION_FUNCTIONS[cm.operation] +
        '([' +
        cm.parameters.join(',') +
        '],' +
        composeValueSpecification(cm.validationFunction.body[0]!) +
        ')\n' +
        TAB +
        '}'
      );
    case 'relational':
      return composeRelationalClassMappingBody(cm, 1);
    case 'relation':
      return relationFunctionClassMapping(cm);
  }
}

function relationFunctionClassMapping(cm: RelationFunctionClassMapping): string {
  let source = '';
  if (cm.relationFunction) source = tabs(2) + '~func ' + cm.relationFunction.path + '\n';
  else if (cm.sourceLambda) source = tabs(2) + '~src ' + relationLambdaBody(cm.sourceLambda) + '\n';
  let primaryKey = '';
  if (cm.primaryKey && cm.primaryKey.length > 0) {
    primaryKey =
      tabs(2) + '~primaryKey: ' + (cm.primaryKey.length === 1 ? identifier(cm.primaryKey[0]) : '[' + cm.primaryKey.map(identifier).join(', ') + ']') + '\n';
  }
  return (
    ': Relation\n' + TAB + '{\n' + source + primaryKey +
    cm.propertyMappings.map((pm) => tabs(2) + propertyMapping(pm)).join(',\n') +
    (cm.propertyMappings.length === 0 ? '' : '\n') +
    TAB + '}'
  );
}

/** The expression of a parameterless lambda the parser wrapped around an inline relation expression. */
function relationLambdaBody(l: LambdaFunction): string {
  if (l.body.length === 1 && l.parameters.length === 0) return composeValueSpecification(l.body[0]!);
  return lambda(l, { indent: '', inSignature: false });
}

function relationPropertyMapping(pm: RelationFunctionPropertyMapping | RelationFunctionEmbeddedPropertyMapping): string {
  if (pm._type === 'relationFunctionEmbeddedPropertyMapping') {
    if (pm.id !== undefined && pm.id !== null && pm.propertyMappings.length === 0) return pm.property.property + ' () Inline [' + pm.id + ']';
    return (
      pm.property.property + '\n' + tabs(2) + '(\n' +
      pm.propertyMappings.map((x) => tabs(3) + propertyMapping(x)).join(',\n') +
      (pm.propertyMappings.length === 0 ? '' : '\n') +
      tabs(2) + ')'
    );
  }
  const rhs = pm.valueFn ? relationLambdaBody(pm.valueFn) : identifier(pm.column);
  return (
    localMappingPropertyPrefix(pm) +
    (pm.bindingTransformer ? ': Binding ' + pm.bindingTransformer.binding + ' ' : '') +
    (pm.enumMappingId !== undefined && pm.enumMappingId !== null ? ': EnumerationMapping ' + pm.enumMappingId + ' ' : '') +
    ': ' + rhs
  );
}

function pureInstanceClassMapping(cm: PureInstanceClassMapping): string {
  return (
    ': Pure\n' +
    TAB +
    '{\n' +
    (cm.srcClass === undefined ? '' : tabs(2) + '~src ' + cm.srcClass + '\n') +
    (cm.filter ? tabs(2) + '~filter ' + lambdaBody(cm.filter) + '\n' : '') +
    cm.propertyMappings.map((pm) => tabs(2) + propertyMapping(pm)).join(',\n') +
    (cm.propertyMappings.length === 0 ? '' : '\n') +
    TAB +
    '}'
  );
}

export function localMappingPropertyPrefix(pm: { property: { property: string }; localMappingProperty?: { type: string; multiplicity: import('../protocol/sourceInformation.js').Multiplicity } }): string {
  const local = pm.localMappingProperty;
  return (
    (local ? '+' : '') + identifier(pm.property.property) + (local ? ': ' + local.type + '[' + multiplicity(local.multiplicity) + ']' : '')
  );
}

function propertyMapping(pm: PropertyMapping): string {
  switch (pm._type) {
    case 'purePropertyMapping':
      return purePropertyMapping(pm);
    case 'relationFunctionPropertyMapping':
    case 'relationFunctionEmbeddedPropertyMapping':
      return relationPropertyMapping(pm);
    case 'relationalPropertyMapping':
    case 'embeddedPropertyMapping':
    case 'otherwiseEmbeddedPropertyMapping':
    case 'inlineEmbeddedPropertyMapping':
      return relationalPropertyMapping(pm, 1);
    default:
      return `/* unsupported property mapping ${pm._type} */`;
  }
}

function purePropertyMapping(pm: PurePropertyMapping): string {
  return (
    localMappingPropertyPrefix(pm) +
    (pm.explodeProperty ? '*' : '') +
    (pm.target === undefined || pm.target === '' ? '' : '[' + identifier(pm.target) + ']') +
    (pm.enumMappingId === undefined ? '' : ': EnumerationMapping ' + pm.enumMappingId) +
    ': ' +
    lambdaBody(pm.transform)
  );
}

function associationMapping(am: AssociationMapping): string {
  if (am._type === 'xStore') return xStoreAssociationMapping(am);
  return composeRelationalAssociationMapping(am);
}

function xStoreAssociationMapping(am: XStoreAssociationMapping): string {
  return (
    am.association.path +
    mappingId(am.id) +
    ': XStore\n' +
    TAB +
    '{\n' +
    am.propertyMappings
      .map((p) => {
        if (p._type !== 'xStorePropertyMapping') return tabs(2) + `/* unsupported property mapping ${p._type} */`;
        return (
          tabs(2) +
          identifier(p.property.property) +
          (p.source === undefined || p.source === '' ? '' : '[' + identifier(p.source) + ', ' + identifier(p.target) + ']') +
          ': ' +
          composeValueSpecification(p.crossExpression.body[0]!)
        );
      })
      .join(',\n') +
    (am.propertyMappings.length === 0 ? '' : '\n') +
    TAB +
    '}'
  );
}

function enumerationMapping(em: EnumerationMapping): string {
  let s = path(em.enumeration.path) + ': EnumerationMapping' + (em.id !== undefined ? ' ' + identifier(em.id) : '') + '\n' + TAB + '{\n';
  if (em.enumValueMappings.length > 0) {
    s +=
      em.enumValueMappings
        .map((v) =>
          v.sourceValues.length === 0
            ? tabs(2)
            : tabs(2) +
              identifier(v.enumValue) +
              ': [' +
              v.sourceValues
                .map((sv) => {
                  if (sv._type === 'stringSourceValue') return quoteString(sv.value);
                  if (sv._type === 'integerSourceValue') return String(sv.value);
                  return path(sv.enumeration) + '.' + identifier(sv.value);
                })
                .join(', ') +
              ']',
        )
        .join(',\n') + '\n';
  }
  return s + TAB + '}';
}

// ----------------------------------------------------------------------------------------------- legacy tests

function legacyTest(t: MappingTestLegacy): string {
  return (
    TAB + t.name + '\n' + tabs(2) + '(\n' +
    tabs(3) + 'query: ' + lambda(t.query, { indent: '', inSignature: false }) + ';\n' +
    tabs(3) + 'data:\n' + tabs(3) + '[\n' +
    t.inputData.map((i) => tabs(4) + legacyInputData(i)).join(',\n') + (t.inputData.length === 0 ? '' : '\n') +
    tabs(3) + '];\n' +
    tabs(3) + 'assert: ' + quoteRaw(t.assert.expectedOutput) + ';\n' +
    tabs(2) + ')'
  );
}

/** Java's `String.split`, which drops trailing empty strings. */
function javaSplit(s: string, separator: RegExp | string): string[] {
  const parts = s.split(separator);
  while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return parts;
}

function legacyInputData(i: MappingTestInputData): string {
  if (i._type === 'object') return '<Object, ' + i.inputType + ', ' + path(i.sourceClass) + ', ' + quoteRaw(i.data) + '>';
  let data: string;
  if (i.inputType === 'SQL') {
    const lines = javaSplit(i.data.replace(/\r/g, '').replace(/\n/g, ''), /(?<!\\);/);
    data = '\n' + lines.map((l) => tabs(5) + quoteString(l + ';\n').replace(/\\\\;/g, '\\;')).join('+\n');
  } else if (i.inputType === 'CSV') {
    const lines = javaSplit(i.data, '\n');
    lines.push('\n\n');
    data = '\n' + lines.map((l) => tabs(5) + quoteString(l + '\n')).join('+\n');
  } else data = i.data;
  return '<Relational, ' + i.inputType + ', ' + i.database + ', ' + data + '\n' + tabs(4) + '>';
}

// ----------------------------------------------------------------------------------------------- test suites

function testSuite(suite: MappingTestSuite): string {
  let s = TAB + suite.id + ':\n' + tabs(2) + '{\n';
  if (suite.doc !== undefined) s += tabs(3) + 'doc: ' + quoteString(suite.doc) + ';\n';
  s += tabs(3) + 'function: ' + lambda(suite.func, { indent: '', inSignature: false }) + ';\n';
  if (suite.tests.length > 0) {
    s += tabs(3) + 'tests:\n' + tabs(3) + '[\n' + suite.tests.map(mappingTest).join(',\n') + '\n' + tabs(3) + '];\n';
  }
  return s + tabs(2) + '}';
}

function mappingTest(test: MappingTest): string {
  let s = tabs(4) + test.id + ':\n' + tabs(4) + '{\n';
  if (test.doc !== undefined) s += tabs(5) + 'doc: ' + quoteString(test.doc) + ';\n';
  s += storeTestData(test.storeTestData ?? [], 4);
  s += tabs(5) + 'asserts:\n' + tabs(5) + '[\n';
  s += test.assertions.map((a: TestAssertion) => composeTestAssertion(a, tabs(6))).join(',\n') + '\n';
  return s + tabs(5) + '];\n' + tabs(4) + '}';
}

export function storeTestData(data: StoreTestData[], indent: number): string {
  let s = tabs(indent + 1) + 'data:\n' + tabs(indent + 1) + '[\n';
  if (data.length > 0) {
    s += data.map((d) => tabs(indent + 2) + d.store.path + ':\n' + composeEmbeddedData(d.data, tabs(indent + 3))).join(',\n') + '\n';
  }
  return s + tabs(indent + 1) + '];\n';
}
