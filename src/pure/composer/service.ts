/** `###Service` elements (services and execution environments) → grammar text, as Legend's composer renders them. */
import type { DataResolver } from '../protocol/data.js';
import type { EngineRuntime, Runtime } from '../protocol/runtime.js';
import type {
  Execution,
  ExecutionEnvironmentInstance,
  KeyedExecutionParameter,
  MultiExecutionParameters,
  Ownership,
  PostValidation,
  Service,
  ServiceTest,
  ServiceTestLegacy,
  ServiceTestSuite,
  SingleExecutionParameters,
  TestContainer,
} from '../protocol/service.js';
import { quoteString } from '../grammar/strings.js';
import { identifier, path, tabs } from './format.js';
import { declarationPrefix } from './domain.js';
import { composeEmbeddedData, composeTestAssertion } from './data.js';
import { composeValueSpecification, lambda } from './valueSpecification.js';
import { runtimeValue } from './runtime.js';

const PLAIN = { indent: '', inSignature: false };

export function composeService(s: Service): string {
  let out = declarationPrefix('Service', '', s.stereotypes ?? [], s.taggedValues ?? []) + path(s.package ? s.package + '::' + s.name : s.name);
  out += '\n{\n';
  out += tabs(1) + 'pattern: ' + quoteString(s.pattern) + ';\n';
  if (s.title !== undefined && s.title !== null) out += tabs(1) + 'title: ' + quoteString(s.title) + ';\n';
  const owners = s.owners ?? [];
  if (owners.length > 0) {
    out += tabs(1) + 'owners:\n' + tabs(1) + '[\n' + owners.map((o) => tabs(2) + quoteString(o)).join(',\n') + '\n' + tabs(1) + '];\n';
  }
  if (s.ownership) out += tabs(1) + 'ownership: ' + ownership(s.ownership) + ';\n';
  out += tabs(1) + 'documentation: ' + quoteString(s.documentation ?? '') + ';\n';
  out += tabs(1) + 'autoActivateUpdates: ' + (s.autoActivateUpdates ? 'true' : 'false') + ';\n';
  out += tabs(1) + 'execution: ' + execution(s.execution);
  if (s.testSuites) {
    out += tabs(1) + 'testSuites:\n' + tabs(1) + '[\n' + s.testSuites.map(testSuite).join(',\n') + '\n' + tabs(1) + ']\n';
  }
  if (s.test && !isLegacyTestEmpty(s.test)) out += tabs(1) + 'test: ' + legacyTest(s.test);
  const validations = s.postValidations ?? [];
  if (validations.length > 0) {
    out += tabs(1) + 'postValidations:\n' + tabs(1) + '[\n' + validations.map(postValidation).join(',\n') + tabs(1) + ']\n';
  }
  if (s.mcpServer !== undefined && s.mcpServer !== null) out += tabs(1) + 'mcpServer: ' + identifier(s.mcpServer) + ';\n';
  return out + '}';
}

/** The engine writes ownership values without escaping. */
function ownership(o: Ownership): string {
  if (o._type === 'deploymentOwnership') return "DID { identifier: '" + o.identifier + "' }";
  return "UserList { users: ['" + o.users.join("', '") + "'] }";
}

// ----------------------------------------------------------------------------------------------- execution

function execution(e: Execution): string {
  const query = tabs(2) + 'query: ' + lambda(e.func, { indent: tabs(2), inSignature: false }) + ';\n';
  if (e._type === 'pureSingleExecution') {
    let explicit = '';
    if (e.mapping && e.runtime) explicit = tabs(2) + 'mapping: ' + e.mapping + ';\n' + executionRuntime(e.runtime, 2) + '\n';
    return 'Single\n' + tabs(1) + '{\n' + query + explicit + tabs(1) + '}\n';
  }
  let out = 'Multi\n' + tabs(1) + '{\n' + query;
  if (e.executionKey !== undefined && e.executionKey !== null) out += tabs(2) + 'key: ' + quoteString(e.executionKey) + ';\n';
  if (e.executionParameters && e.executionParameters.length > 0) out += e.executionParameters.map(keyedExecutionParameter).join('\n') + '\n';
  return out + tabs(1) + '}\n';
}

function executionRuntime(r: Runtime, level: number): string {
  if (r._type === 'runtimePointer') return tabs(level) + 'runtime: ' + r.runtime + ';';
  return tabs(level) + 'runtime:\n' + tabs(level) + '#{' + runtimeValue(r as EngineRuntime, level + 1, true) + '\n' + tabs(level) + '}#;';
}

function keyedExecutionParameter(p: KeyedExecutionParameter): string {
  return (
    tabs(2) + 'executions[' + quoteString(p.key) + ']:\n' + tabs(2) + '{\n' +
    tabs(3) + 'mapping: ' + p.mapping + ';\n' +
    executionRuntime(p.runtime, 3) + '\n' +
    tabs(2) + '}'
  );
}

// ----------------------------------------------------------------------------------------------- test suites

function testSuite(suite: ServiceTestSuite): string {
  const flat = (suite.testData?.serviceTestData?.length ?? 0) > 0;
  return flat ? flatTestSuite(suite) : braceTestSuite(suite);
}

function braceTestSuite(suite: ServiceTestSuite): string {
  let s = tabs(2) + identifier(suite.id) + ':\n' + tabs(2) + '{\n';
  if (suite.testData) {
    s += tabs(3) + 'data:\n' + tabs(3) + '[\n';
    const connections = suite.testData.connectionsTestData ?? [];
    if (connections.length > 0) {
      s += tabs(4) + 'connections:\n' + tabs(4) + '[\n';
      s += connections.map((c) => tabs(5) + c.id + ':\n' + composeEmbeddedData(c.data, tabs(6))).join(',\n') + '\n';
      s += tabs(4) + ']\n';
    }
    s += tabs(3) + ']\n';
  }
  if (suite.tests) {
    s += tabs(3) + 'tests:\n' + tabs(3) + '[\n' + suite.tests.map((t) => braceTest(t, 4)).join(',\n') + '\n' + tabs(3) + ']\n';
  }
  return s + tabs(2) + '}';
}

function braceTest(t: ServiceTest, level: number): string {
  let s = tabs(level) + identifier(t.id) + ':\n' + tabs(level) + '{\n';
  if (t.serializationFormat !== undefined && t.serializationFormat !== null) s += tabs(level + 1) + 'serializationFormat: ' + t.serializationFormat + ';\n';
  if (t.parameters && t.parameters.length > 0) {
    s += tabs(level + 1) + 'parameters:\n' + tabs(level + 1) + '[\n';
    s += t.parameters.map((p) => tabs(level + 2) + (p.name ?? '') + ' = ' + composeValueSpecification(p.value, PLAIN)).join(',\n') + '\n';
    s += tabs(level + 1) + ']\n';
  }
  if (t.keys && t.keys.length > 0) {
    // the engine indents only the first key
    s += tabs(level + 1) + 'keys:\n' + tabs(level + 1) + '[\n' + tabs(level + 2) + t.keys.map(quoteString).join(',\n') + '\n' + tabs(level + 1) + '];\n';
  }
  if (t.assertions) {
    s += tabs(level + 1) + 'asserts:\n' + tabs(level + 1) + '[\n';
    s += t.assertions.map((a) => composeTestAssertion(a, tabs(level + 2))).join(',\n') + '\n';
    s += tabs(level + 1) + ']\n';
  }
  return s + tabs(level) + '}';
}

function flatTestSuite(suite: ServiceTestSuite): string {
  let s = tabs(2) + identifier(suite.id);
  if (suite.doc !== undefined && suite.doc !== null) s += ' ' + quoteString(suite.doc);
  s += '\n' + tabs(2) + '(\n';
  for (const r of suite.testData?.serviceTestData ?? []) s += dataResolver(r, 3) + '\n';
  for (const t of suite.tests ?? []) s += atomicTest(t, 3) + '\n';
  return s + tabs(2) + ')';
}

function dataResolver(r: DataResolver, level: number): string {
  if (r._type === 'referenceDataResolver') return tabs(level) + r.elementPointer.path + ';';
  return tabs(level) + r.elementPointer.path + ':\n' + composeEmbeddedData(r.data, tabs(level + 1)) + ';';
}

function atomicTest(t: ServiceTest, level: number): string {
  let s = tabs(level) + identifier(t.id);
  if (t.doc !== undefined && t.doc !== null) s += ' ' + quoteString(t.doc);
  if (t.parameters && t.parameters.length > 0) {
    s += ' (' + t.parameters.map((p) => (p.name ?? '') + ' = ' + composeValueSpecification(p.value, PLAIN)).join(', ') + ')';
  }
  if (t.keys && t.keys.length > 0) s += ' [' + t.keys.map(quoteString).join(', ') + ']';
  if (t.serializationFormat !== undefined && t.serializationFormat !== null) s += ' : ' + t.serializationFormat;
  s += ' =>\n';
  const a = t.assertions[0];
  if (a && a._type === 'equalToJson') s += composeEmbeddedData(a.expected, tabs(level + 1));
  else s += tabs(level + 1) + '/* only EqualToJson expectations are rendered by the embedded engine */';
  return s + ';';
}

// ----------------------------------------------------------------------------------------------- legacy test

function isLegacyTestEmpty(t: ServiceTestLegacy): boolean {
  if (t._type === 'singleExecutionTest') return !t.asserts || t.asserts.length === 0;
  return t.tests.every((k) => !k.asserts || k.asserts.length === 0);
}

function legacyTest(t: ServiceTestLegacy): string {
  if (t._type === 'singleExecutionTest') {
    return (
      'Single\n' + tabs(1) + '{\n' +
      tabs(2) + 'data: ' + quoteString(t.data) + ';\n' +
      tabs(2) + 'asserts:\n' + testContainers(t.asserts, 2) + '\n' +
      tabs(1) + '}\n'
    );
  }
  const keyed = t.tests.map(
    (k) =>
      tabs(2) + 'tests[' + quoteString(k.key) + ']:\n' + tabs(2) + '{\n' +
      tabs(3) + 'data: ' + quoteString(k.data) + ';\n' +
      tabs(3) + 'asserts:\n' + testContainers(k.asserts, 3) + '\n' +
      tabs(2) + '}',
  );
  return 'Multi\n' + tabs(1) + '{\n' + keyed.join('\n') + '\n' + tabs(1) + '}\n';
}

function testContainers(containers: TestContainer[], level: number): string {
  const items = containers.map(
    (c) =>
      tabs(level + 1) + '{ [' + (c.parametersValues ?? []).map((p) => composeValueSpecification(p, PLAIN)).join(', ') + '], ' + lambda(c.assert, PLAIN) + ' }',
  );
  return tabs(level) + '[\n' + items.join(',\n') + (containers.length === 0 ? '' : '\n') + tabs(level) + '];';
}

// ----------------------------------------------------------------------------------------------- post validations

function postValidation(v: PostValidation): string {
  return (
    tabs(2) + '{\n' +
    tabs(3) + 'description: ' + quoteString(v.description) + ';\n' +
    tabs(3) + 'params:[\n' + v.parameters.map((p) => tabs(4) + lambda(p, PLAIN)).join(',\n') + '\n' + tabs(3) + '];\n' +
    tabs(3) + 'assertions:[\n' + v.assertions.map((a) => tabs(4) + a.id + ': ' + lambda(a.assertion, PLAIN)).join(',\n') + '\n' + tabs(3) + '];\n' +
    tabs(2) + '}\n'
  );
}

// ----------------------------------------------------------------------------------------------- execution environments

export function composeExecutionEnvironment(env: ExecutionEnvironmentInstance): string {
  const params = env.executionParameters.map((p) =>
    p._type === 'multiExecutionParameters' ? multiExecutionParameters(p, 2) : singleExecutionParameters(p, 2),
  );
  return (
    'ExecutionEnvironment ' + path(env.package ? env.package + '::' + env.name : env.name) + '\n{\n' +
    tabs(1) + 'executions:\n' + tabs(1) + '[\n' + params.join(',\n') + '\n' + tabs(1) + '];\n' +
    '}'
  );
}

function singleExecutionParameters(p: SingleExecutionParameters, level: number): string {
  let s = tabs(level) + p.key + ':\n' + tabs(level) + '{\n' + tabs(level + 1) + 'mapping: ' + p.mapping + ';\n';
  if (p.runtime) s += executionRuntime(p.runtime, level + 1);
  if (p.runtimeComponents) {
    const c = p.runtimeComponents;
    s += tabs(level + 1) + 'runtimeComponents:\n' + tabs(level + 1) + '{\n';
    s += tabs(level + 2) + 'class: ' + c.clazz.path + ';\n';
    s += tabs(level + 2) + 'binding: ' + c.binding.path + ';\n';
    s += executionRuntime(c.runtime, level + 2);
    s += '\n' + tabs(level + 1) + '}';
  }
  return s + '\n' + tabs(level) + '}';
}

function multiExecutionParameters(p: MultiExecutionParameters, level: number): string {
  return (
    tabs(level) + p.masterKey + ':\n' + tabs(level) + '[\n' +
    p.singleExecutionParameters.map((x) => singleExecutionParameters(x, level + 1)).join(',\n') + '\n' +
    tabs(level) + ']'
  );
}
