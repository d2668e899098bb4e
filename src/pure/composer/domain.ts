/** `###Pure` elements → grammar text, as Legend's composer renders them. */
import type {
  Association,
  Class,
  Constraint,
  Enumeration,
  EnumValueDefinition,
  FunctionTest,
  FunctionTestData,
  FunctionTestSuite,
  Measure,
  PackageableElementPointer,
  Profile,
  Property,
  PureFunction,
  QualifiedProperty,
  StereotypePtr,
  TaggedValue,
  Unit,
} from '../protocol/domain.js';
import type { ExternalFormatData, TestAssertion } from '../protocol/data.js';
import type { LambdaFunction } from '../protocol/valueSpecification.js';
import { quoteString } from '../grammar/strings.js';
import { functionNameWithoutSignature } from '../grammar/functionSignature.js';
import { identifier, multiplicity, path, TAB, tabs } from './format.js';
import { composeValueSpecification, genericType, lambda } from './valueSpecification.js';
import { composeEmbeddedData } from './data.js';

const DOC_PROFILE = 'meta::pure::profiles::doc';

function taggedValueString(tv: TaggedValue): string {
  return typeof tv.value === 'string' ? tv.value : tv.value.value;
}

function isDocTag(tv: TaggedValue): boolean {
  return tv.tag.value === 'doc' && (tv.tag.profile === 'doc' || tv.tag.profile === DOC_PROFILE);
}

function renderableAsDocumentation(value: string): boolean {
  if (value === '' || value.includes("'''") || value.includes('\r') || value.startsWith('\n') || value.endsWith('\n')) return false;
  for (const line of value.split('\n')) {
    if (line.startsWith('###')) return false;
    if (line.length > 0 && /\s/.test(line[line.length - 1]!)) return false;
  }
  return true;
}

/** The one doc tagged value written as a `'''` block (authored multi-line and renderable), if any. */
function documentationOf(taggedValues: TaggedValue[]): TaggedValue | undefined {
  let found: TaggedValue | undefined;
  for (const tv of taggedValues) {
    if (!isDocTag(tv)) continue;
    if (found) return undefined;
    found = tv;
  }
  if (!found || typeof found.value === 'string' || !found.value.multiLine) return undefined;
  return renderableAsDocumentation(found.value.value) ? found : undefined;
}

function renderDocumentation(doc: TaggedValue, indent: string): string {
  let s = "'''\n";
  for (const line of taggedValueString(doc).split('\n')) s += (line === '' ? '' : indent + line) + '\n';
  return s + indent + "'''\n" + indent;
}

export function stereotypePointer(s: StereotypePtr): string {
  return path(s.profile) + '.' + identifier(s.value);
}

export function taggedValue(tv: TaggedValue): string {
  return path(tv.tag.profile) + '.' + identifier(tv.tag.value) + ' = ' + quoteString(taggedValueString(tv));
}

export function annotations(stereotypes: StereotypePtr[] | undefined, taggedValues: TaggedValue[] | undefined): string {
  return (
    (stereotypes && stereotypes.length > 0 ? '<<' + stereotypes.map(stereotypePointer).join(', ') + '>> ' : '') +
    (taggedValues && taggedValues.length > 0 ? '{' + taggedValues.map(taggedValue).join(', ') + '} ' : '')
  );
}

/** Documentation block, keyword and annotations of a declaration. */
export function declarationPrefix(keyword: string, indent: string, stereotypes: StereotypePtr[], taggedValues: TaggedValue[]): string {
  const doc = documentationOf(taggedValues);
  const rest = doc ? taggedValues.filter((tv) => tv !== doc) : taggedValues;
  return (doc ? renderDocumentation(doc, indent) : '') + (keyword === '' ? '' : keyword + ' ') + annotations(stereotypes, rest);
}

function aggregation(p: Property): string {
  switch (p.aggregation) {
    case 'NONE':
      return '(none) ';
    case 'SHARED':
      return '(shared) ';
    case 'COMPOSITE':
      return '(composite) ';
    default:
      return '';
  }
}

export function property(p: Property): string {
  return (
    declarationPrefix('', TAB, p.stereotypes, p.taggedValues) +
    aggregation(p) +
    identifier(p.name) +
    ': ' +
    genericType(p.genericType) +
    '[' +
    multiplicity(p.multiplicity) +
    ']' +
    (p.defaultValue ? ' = ' + composeValueSpecification(p.defaultValue.value) : '')
  );
}

export function qualifiedProperty(q: QualifiedProperty): string {
  const params = q.parameters.filter((p) => p.name !== 'this');
  const body = q.body.map((b) => composeValueSpecification(b));
  return (
    declarationPrefix('', TAB, q.stereotypes, q.taggedValues) +
    identifier(q.name) +
    '(' +
    params.map((p) => composeValueSpecification(p, { indent: '', inSignature: true })).join(', ') +
    ') {' +
    (body.length <= 1 ? body.join('\n') : '\n' + tabs(2) + body.join(';\n' + tabs(2)) + ';\n' + TAB) +
    '}: ' +
    genericType(q.returnGenericType) +
    '[' +
    multiplicity(q.returnMultiplicity) +
    ']'
  );
}

/** A lambda without its parameters, with the leading `|` removed (constraints, mapping expressions). */
export function lambdaBody(l: LambdaFunction): string {
  return lambda({ ...l, parameters: [] }, { indent: '', inSignature: false }).replace('|', '');
}

function constraint(c: Constraint, index: number): string {
  const fn = lambdaBody(c.functionDefinition);
  if (c.enforcementLevel === undefined && c.externalId === undefined && c.messageFunction === undefined) {
    return (String(index) === c.name ? '' : identifier(c.name) + ': ') + fn;
  }
  let s = c.name + '\n' + TAB + '(\n';
  if (c.owner !== undefined) s += tabs(2) + '~owner: ' + c.owner + '\n';
  if (c.externalId !== undefined) s += tabs(2) + '~externalId: ' + quoteString(c.externalId) + '\n';
  s += tabs(2) + '~function: ' + fn + '\n';
  if (c.enforcementLevel !== undefined) s += tabs(2) + '~enforcementLevel: ' + c.enforcementLevel + '\n';
  if (c.messageFunction) s += tabs(2) + '~message: ' + lambdaBody(c.messageFunction) + '\n';
  return s + TAB + ')';
}

export function composeClass(c: Class): string {
  let s = declarationPrefix('Class', '', c.stereotypes, c.taggedValues) + path(elementPath(c));
  const superTypes = c.superTypes.map((t) => t.path).filter((t) => t !== 'meta::pure::metamodel::type::Any');
  if (superTypes.length > 0) s += ' extends ' + superTypes.join(', ');
  s += '\n';
  if (c.constraints.length > 0) s += '[\n' + c.constraints.map((x, i) => TAB + constraint(x, i)).join(',\n') + '\n]\n';
  s += '{\n';
  if (c.properties.length > 0) s += c.properties.map((p) => TAB + property(p) + ';').join('\n') + '\n';
  if (c.qualifiedProperties.length > 0) s += c.qualifiedProperties.map((q) => TAB + qualifiedProperty(q) + ';').join('\n') + '\n';
  return s + '}';
}

export function composeAssociation(a: Association): string {
  return (
    declarationPrefix('Association', '', a.stereotypes, a.taggedValues) +
    path(elementPath(a)) +
    '\n{\n' +
    a.properties.map((p) => TAB + property(p) + ';').join('\n') +
    (a.properties.length === 0 ? '' : '\n') +
    a.qualifiedProperties.map((q) => TAB + qualifiedProperty(q) + ';').join('\n') +
    (a.qualifiedProperties.length === 0 ? '' : '\n') +
    '}'
  );
}

function enumValue(v: EnumValueDefinition): string {
  return declarationPrefix('', TAB, v.stereotypes, v.taggedValues) + identifier(v.value);
}

export function composeEnumeration(e: Enumeration): string {
  return (
    declarationPrefix('Enum', '', e.stereotypes, e.taggedValues) +
    path(elementPath(e)) +
    '\n{\n' +
    e.values.map((v) => TAB + enumValue(v)).join(',\n') +
    (e.values.length === 0 ? '' : '\n') +
    '}'
  );
}

export function composeProfile(p: Profile): string {
  let s = 'Profile ' + path(elementPath(p)) + '\n{\n';
  if (p.stereotypes.length > 0) s += TAB + 'stereotypes: [' + p.stereotypes.map((x) => identifier(x.value)).join(', ') + '];\n';
  if (p.tags.length > 0) s += TAB + 'tags: [' + p.tags.map((x) => identifier(x.value)).join(', ') + '];\n';
  return s + '}';
}

function unit(u: Unit): string {
  if (!u.conversionFunction) return identifier(u.name) + ';';
  const f = u.conversionFunction;
  return identifier(u.name) + ': ' + f.parameters.map((p) => p.name).join(',') + ' -> ' + f.body.map((b) => composeValueSpecification(b)).join(';') + ';';
}

export function composeMeasure(m: Measure): string {
  let s = 'Measure ' + path(elementPath(m)) + '\n{\n';
  if (m.canonicalUnit) s += TAB + (m.canonicalUnit.conversionFunction ? '*' : '') + unit(m.canonicalUnit) + '\n';
  if (m.nonCanonicalUnits && m.nonCanonicalUnits.length > 0) s += m.nonCanonicalUnits.map((u) => TAB + unit(u)).join('\n') + '\n';
  return s + '}';
}

// ----------------------------------------------------------------------------------------------- function

export function composeFunction(f: PureFunction): string {
  const name = functionNameWithoutSignature(f);
  const fullName = f.package ? f.package + '::' + name : name;
  return (
    declarationPrefix('function', '', f.stereotypes, f.taggedValues) +
    path(fullName) +
    '(' +
    f.parameters.map((p) => composeValueSpecification(p, { indent: '', inSignature: true })).join(', ') +
    '): ' +
    genericType(f.returnGenericType) +
    '[' +
    multiplicity(f.returnMultiplicity) +
    ']\n{\n' +
    f.body.map((b) => TAB + composeValueSpecification(b)).join(';\n') +
    (f.body.length > 1 ? ';' : '') +
    '\n}' +
    functionTestSuites(f, name)
  );
}

function functionTestSuites(f: PureFunction, name: string): string {
  if (f.tests.length === 0) return '';
  return '\n{\n' + f.tests.map((s) => functionTestSuite(s, name)).join('\n' + (f.tests.length > 1 ? '\n' : '')) + '\n}';
}

function functionTestSuite(suite: FunctionTestSuite, name: string): string {
  const data = suite.testData ?? [];
  if (suite.id !== 'default') {
    let s = TAB + suite.id + '\n' + TAB + '(\n';
    if (data.length > 0) s += data.map((d) => functionTestData(d, 2)).join('\n') + '\n';
    s += suite.tests.map((t) => functionTest(t, name, 2)).join('\n');
    return s + '\n' + TAB + ')';
  }
  let s = '';
  if (data.length > 0) s += data.map((d) => functionTestData(d, 1)).join('\n') + '\n';
  return s + suite.tests.map((t) => functionTest(t, name, 1)).join('\n');
}

export function packageableElementPointer(p: PackageableElementPointer): string {
  return (p.type === undefined || p.type === 'STORE' ? '' : '(' + p.type.toLowerCase() + ') ') + path(p.path);
}

function functionTestData(d: FunctionTestData, indent: number): string {
  let s = tabs(indent) + packageableElementPointer(d.packageableElementPointer) + ':';
  const data = d.data;
  if (data._type === 'reference') s += ' ' + data.dataElement.path;
  else if (data._type === 'externalFormat') s += ' ' + simpleExternalFormat(data);
  else s += '\n' + composeEmbeddedData(data, tabs(indent + 2));
  return s + ';';
}

export function simpleExternalFormat(d: ExternalFormatData): string {
  const type = d.contentType === 'application/json' ? 'JSON' : d.contentType === 'application/xml' ? 'XML' : d.contentType;
  return '(' + type + ') ' + quoteString(d.data);
}

function functionTest(t: FunctionTest, name: string, indent: number): string {
  let s = tabs(indent) + t.id;
  if (t.doc !== undefined) s += ' ' + quoteString(t.doc);
  s += ' | ' + name + '(';
  if (t.parameters && t.parameters.length > 0) s += t.parameters.map((p) => composeValueSpecification(p.value)).join(',');
  s += ') => ';
  const assertion = t.assertions[0];
  if (assertion) s += testAssertion(assertion);
  return s + ';';
}

function testAssertion(a: TestAssertion): string {
  if (a._type === 'equalTo') return composeValueSpecification(a.expected);
  if (a._type === 'equalToJson') return simpleExternalFormat(a.expected);
  return '/* relation assertions are not rendered by the embedded engine */';
}

function elementPath(e: { package: string; name: string }): string {
  return e.package ? e.package + '::' + e.name : e.name;
}
