/**
 * `###Service` sections: services (pattern, title, owners/ownership, documentation, autoActivateUpdates, Single
 * and Multi executions with pointer or embedded runtimes, test suites in the brace and the flat form, legacy
 * `test:` blocks, post-validations, mcpServer) and execution environments.
 */
import type { PackageableElement } from '../protocol/context.js';
import type { ParameterValue, PackageableElementPointer } from '../protocol/domain.js';
import type { DataResolver, EmbeddedData, TestAssertion } from '../protocol/data.js';
import type { EngineRuntime, Runtime } from '../protocol/runtime.js';
import type {
  ConnectionTestData,
  Execution,
  ExecutionEnvironmentInstance,
  KeyedExecutionParameter,
  MultiExecutionParameters,
  Ownership,
  PostValidation,
  PostValidationAssertion,
  PureMultiExecution,
  PureSingleExecution,
  RuntimeComponents,
  Service,
  ServiceTest,
  ServiceTestData,
  ServiceTestLegacy,
  ServiceTestSuite,
  SingleExecutionParameters,
  TestContainer,
} from '../protocol/service.js';
import type { LambdaFunction, ValueSpecification } from '../protocol/valueSpecification.js';
import type { SourceInformation } from '../protocol/sourceInformation.js';
import { DomainParser, type SectionResult } from './domainParser.js';
import { T } from './tokens.js';
import { fromGrammarString } from './strings.js';
import { openIsland, parseDataResolver, parseEmbeddedData, parseTestAssertion } from './embeddedData.js';
import { runtimeBody } from './runtimeParser.js';
import { splitPath } from './parserBase.js';

const MCP_SERVER_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/** Token index of each occurrence of a field, for the engine's required / only-once checks. */
class FieldCounter {
  private readonly seen = new Map<string, number>();
  add(key: string): void {
    this.seen.set(key, (this.seen.get(key) ?? 0) + 1);
  }
  count(key: string): number {
    return this.seen.get(key) ?? 0;
  }
}

export class ServiceParser extends DomainParser {
  override parseSection(): SectionResult {
    const imports = this.imports();
    const services: PackageableElement[] = [];
    const environments: PackageableElement[] = [];
    while (!this.atEnd()) {
      if (this.isWord('ExecutionEnvironment')) {
        environments.push(this.executionEnvironment());
        continue;
      }
      const start = this.pos;
      let doc: number | undefined;
      if (this.k() === T.STRING) doc = this.next();
      if (!this.isWord('Service')) this.unexpected([], doc === undefined ? ['Service', 'ExecutionEnvironment'] : ['Service']);
      services.push(this.service(start, doc));
    }
    // the engine lists all services before all execution environments, and keeps imports only with services
    return { elements: [...services, ...environments], imports: services.length > 0 ? imports : [] };
  }

  // --------------------------------------------------------------------------------------------- helpers

  private required(fields: FieldCounter, key: string, si: SourceInformation, label = key): void {
    const n = fields.count(key);
    if (n === 0) this.error(`Field '${label}' is required`, si);
    if (n > 1) this.error(`Field '${label}' should be specified only once`, si);
  }

  private optional(fields: FieldCounter, key: string, si: SourceInformation, label = key): void {
    if (fields.count(key) > 1) this.error(`Field '${label}' should be specified only once`, si);
  }

  private stringValue(): string {
    return fromGrammarString(this.text(this.expect(T.STRING)), true);
  }

  /** `[ 'a', 'b' ]`. */
  private stringList(): string[] {
    this.expect(T.BRACKET_OPEN);
    const values: string[] = [];
    if (this.k() !== T.BRACKET_CLOSE) {
      do values.push(this.stringValue());
      while (this.accept(T.COMMA));
    }
    this.expect(T.BRACKET_CLOSE);
    return values;
  }

  /** A combined expression as the engine stores it in services: a lambda, or a body wrapped in one. */
  private asLambda(v: ValueSpecification): LambdaFunction {
    return v._type === 'lambda' ? v : { _type: 'lambda', body: [v], parameters: [] };
  }

  /** `fieldName: qualifiedName;` → the path and its position. */
  private pathField(): { path: string; si: SourceInformation | undefined } {
    const s = this.pos;
    const p = this.qualifiedName();
    const si = this.si(s, this.last);
    this.expect(T.SEMI_COLON);
    return { path: p, si };
  }

  // --------------------------------------------------------------------------------------------- service

  private service(start: number, doc: number | undefined): Service {
    this.expectWord('Service');
    const { stereotypes, taggedValues } = this.annotations();
    const path = this.qualifiedName();
    this.expect(T.BRACE_OPEN);
    const fields = new FieldCounter();
    const service = { _type: 'service', ...splitPath(path), stereotypes, taggedValues: [] } as unknown as Service;
    let pattern: string | undefined;
    let documentation: string | undefined;
    let title: string | undefined;
    let autoActivate: boolean | undefined;
    let owners: string[] | undefined;
    let ownership: Ownership | undefined;
    let execution: Execution | undefined;
    let testSuites: ServiceTestSuite[] | undefined;
    let test: ServiceTestLegacy | undefined;
    let postValidations: PostValidation[] | undefined;
    let mcpServer: { name: string; from: number; to: number } | undefined;
    while (this.k() !== T.BRACE_CLOSE) {
      if (this.atEnd()) this.unexpected([T.BRACE_CLOSE]);
      const keyTok = this.pos;
      const key = this.isIdentifier() && this.k(1) === T.COLON ? this.text(keyTok) : '';
      if (key === '') this.unexpected([T.BRACE_CLOSE]);
      this.pos += 2;
      fields.add(key);
      switch (key) {
        case 'pattern':
          pattern = this.stringValue();
          this.expect(T.SEMI_COLON);
          break;
        case 'title':
          title = this.stringValue();
          this.expect(T.SEMI_COLON);
          break;
        case 'documentation':
          documentation = this.stringValue();
          this.expect(T.SEMI_COLON);
          break;
        case 'autoActivateUpdates':
          autoActivate = this.text(this.expect(T.BOOLEAN)) === 'true';
          this.expect(T.SEMI_COLON);
          break;
        case 'owners':
          owners = this.stringList();
          this.expect(T.SEMI_COLON);
          break;
        case 'ownership':
          ownership = this.ownership();
          this.expect(T.SEMI_COLON);
          break;
        case 'execution':
          execution = this.execution();
          break;
        case 'testSuites':
          testSuites = this.testSuites();
          break;
        case 'test':
          test = this.legacyTest();
          break;
        case 'postValidations':
          postValidations = this.postValidations();
          break;
        case 'mcpServer': {
          const name = this.identifier();
          this.expect(T.SEMI_COLON);
          mcpServer = { name, from: keyTok, to: this.last };
          break;
        }
        default:
          this.pos -= 2;
          this.unexpected([T.BRACE_CLOSE], ['pattern', 'title', 'owners', 'ownership', 'documentation', 'autoActivateUpdates', 'execution', 'testSuites', 'test', 'postValidations', 'mcpServer']);
      }
    }
    this.expect(T.BRACE_CLOSE);
    const siAlways = this.siAlways(start, this.last);
    service.taggedValues = this.withDocumentation(doc, taggedValues);
    // the engine's checks, in its order
    this.required(fields, 'pattern', siAlways);
    service.pattern = pattern!;
    this.required(fields, 'documentation', siAlways);
    service.documentation = documentation!;
    this.optional(fields, 'title', siAlways);
    if (title !== undefined) service.title = title;
    this.optional(fields, 'autoActivateUpdates', siAlways);
    service.autoActivateUpdates = autoActivate ?? false;
    this.optional(fields, 'owners', siAlways);
    service.owners = owners ?? [];
    this.optional(fields, 'ownership', siAlways);
    if (ownership) service.ownership = ownership;
    this.required(fields, 'execution', siAlways);
    service.execution = execution!;
    this.optional(fields, 'testSuites', siAlways);
    if (testSuites) service.testSuites = testSuites;
    this.optional(fields, 'test', siAlways);
    if (test) service.test = test;
    this.optional(fields, 'postValidations', siAlways, 'postValidation');
    service.postValidations = postValidations ?? [];
    this.optional(fields, 'mcpServer', siAlways);
    if (mcpServer) {
      if (!MCP_SERVER_NAME.test(mcpServer.name)) {
        this.errorAt('Service mcpServer should be a valid identifier ([a-zA-Z_][a-zA-Z0-9_]*)', mcpServer.from, mcpServer.to);
      }
      service.mcpServer = mcpServer.name;
    }
    return this.withSi(service, this.si(start, this.last));
  }

  private ownership(): Ownership {
    const start = this.pos;
    if (this.acceptWord('DID')) {
      this.expect(T.BRACE_OPEN);
      this.expectWord('identifier');
      this.expect(T.COLON);
      const identifier = this.stringValue();
      this.expect(T.BRACE_CLOSE);
      return { _type: 'deploymentOwnership', identifier };
    }
    if (this.acceptWord('UserList')) {
      this.expect(T.BRACE_OPEN);
      this.expectWord('users');
      this.expect(T.COLON);
      const users = this.stringList();
      this.expect(T.BRACE_CLOSE);
      return { _type: 'userListOwnership', users };
    }
    this.pos = start;
    return this.unexpected([], ['DID', 'UserList']);
  }

  // --------------------------------------------------------------------------------------------- execution

  private execution(): Execution {
    const start = this.pos;
    if (this.acceptWord('Single')) return this.singleExecution(start);
    if (this.acceptWord('Multi')) return this.multiExecution(start);
    if (this.k() === T.IDENT && this.k(1) === T.BRACE_OPEN) {
      const type = this.text(this.next());
      const end = this.skipGroup(this.pos) - 1;
      this.errorAt(`Unknown execution type: ${type}. Valid alternatives: ['Single', 'Multi']`, start, end);
    }
    return this.unexpected([], ['Single', 'Multi']);
  }

  /** `query: ...;` (a lambda, or an expression the engine wraps in one). */
  private query(): LambdaFunction {
    const v = this.semicolonTerminatedExpression();
    this.expect(T.SEMI_COLON);
    return this.asLambda(v);
  }

  private singleExecution(start: number): PureSingleExecution {
    this.expect(T.BRACE_OPEN);
    const fields = new FieldCounter();
    let func: LambdaFunction | undefined;
    let mapping: { path: string; si: SourceInformation | undefined } | undefined;
    let runtime: Runtime | undefined;
    while (this.k() !== T.BRACE_CLOSE) {
      const key = this.executionKey(['query', 'mapping', 'runtime']);
      fields.add(key);
      if (key === 'query') func = this.query();
      else if (key === 'mapping') mapping = this.pathField();
      else runtime = this.runtime();
    }
    this.expect(T.BRACE_CLOSE);
    const siAlways = this.siAlways(start, this.last);
    this.required(fields, 'query', siAlways);
    this.optional(fields, 'mapping', siAlways);
    this.optional(fields, 'runtime', siAlways);
    const exec: PureSingleExecution = { _type: 'pureSingleExecution', func: func! };
    if (mapping && runtime) {
      exec.mapping = mapping.path;
      if (mapping.si) exec.mappingSourceInformation = mapping.si;
      exec.runtime = runtime;
    } else if (mapping) {
      this.error("Field 'runtime' is required", siAlways);
    } else if (runtime) {
      this.error("Field 'mapping' is required", siAlways);
    }
    return this.withSi(exec, this.si(start, this.last));
  }

  private multiExecution(start: number): PureMultiExecution {
    this.expect(T.BRACE_OPEN);
    const fields = new FieldCounter();
    let func: LambdaFunction | undefined;
    let key: string | undefined;
    const parameters: KeyedExecutionParameter[] = [];
    while (this.k() !== T.BRACE_CLOSE) {
      if (this.isWord('executions') && this.k(1) === T.BRACKET_OPEN) {
        parameters.push(this.keyedExecutionParameter());
        continue;
      }
      const field = this.executionKey(['query', 'key', 'executions']);
      fields.add(field);
      if (field === 'query') func = this.query();
      else {
        key = this.stringValue();
        this.expect(T.SEMI_COLON);
      }
    }
    this.expect(T.BRACE_CLOSE);
    const siAlways = this.siAlways(start, this.last);
    this.required(fields, 'query', siAlways);
    this.optional(fields, 'key', siAlways);
    const exec: PureMultiExecution = { _type: 'pureMultiExecution', func: func! };
    if (key !== undefined) exec.executionKey = key;
    if (parameters.length > 0) {
      this.required(fields, 'key', siAlways);
      exec.executionParameters = parameters;
    }
    return this.withSi(exec, this.si(start, this.last));
  }

  /** The `key:` of an execution field, one of `allowed`. */
  private executionKey(allowed: string[]): string {
    if (this.atEnd()) this.unexpected([T.BRACE_CLOSE]);
    const key = this.text(this.pos);
    if (!this.isIdentifier() || !allowed.includes(key) || this.k(1) !== T.COLON) this.unexpected([T.BRACE_CLOSE], allowed);
    this.pos += 2;
    return key;
  }

  /** `executions['KEY']: { mapping: ...; runtime: ...; }`. */
  private keyedExecutionParameter(): KeyedExecutionParameter {
    const start = this.pos;
    this.pos += 2; // executions [
    const key = this.stringValue();
    this.expect(T.BRACKET_CLOSE);
    this.expect(T.COLON);
    this.expect(T.BRACE_OPEN);
    const fields = new FieldCounter();
    let mapping: { path: string; si: SourceInformation | undefined } | undefined;
    let runtime: Runtime | undefined;
    while (this.k() !== T.BRACE_CLOSE) {
      const field = this.executionKey(['mapping', 'runtime']);
      fields.add(field);
      if (field === 'mapping') mapping = this.pathField();
      else runtime = this.runtime();
    }
    this.expect(T.BRACE_CLOSE);
    const siAlways = this.siAlways(start, this.last);
    this.required(fields, 'mapping', siAlways);
    this.required(fields, 'runtime', siAlways);
    const p: KeyedExecutionParameter = { key, mapping: mapping!.path, runtime: runtime! };
    if (mapping!.si) p.mappingSourceInformation = mapping!.si;
    return this.withSi(p, this.si(start, this.last));
  }

  /** `runtime: a::Runtime;` or `runtime: #{ mappings: [...]; connections: [...]; }#;`. */
  private runtime(): Runtime {
    if (this.k() !== T.ISLAND) {
      const s = this.pos;
      const runtime = this.qualifiedName();
      const ptr = this.withSi({ _type: 'runtimePointer' as const, runtime }, this.si(s, this.last));
      this.expect(T.SEMI_COLON);
      return ptr;
    }
    const islandTok = this.pos;
    const inner = openIsland(this);
    this.expect(T.SEMI_COLON);
    if (inner.atEnd()) this.error('Embedded runtime must not be empty', this.siAlways(islandTok, this.last));
    const first = inner.pos;
    const value = runtimeBody(inner, false, true, () => inner.siAlways(first, Math.max(first, inner.last))) as EngineRuntime;
    if (!inner.atEnd()) inner.unexpected();
    return inner.withSi(value, inner.si(first, inner.last));
  }

  // --------------------------------------------------------------------------------------------- test suites

  private testSuites(): ServiceTestSuite[] {
    this.expect(T.BRACKET_OPEN);
    const suites: ServiceTestSuite[] = [];
    if (this.k() !== T.BRACKET_CLOSE) {
      do suites.push(this.testSuite());
      while (this.accept(T.COMMA));
    }
    this.expect(T.BRACKET_CLOSE);
    return suites;
  }

  private testSuite(): ServiceTestSuite {
    const start = this.pos;
    const id = this.identifier();
    const suite = { _type: 'serviceTestSuite', id, tests: [] } as ServiceTestSuite;
    if (this.accept(T.COLON)) this.braceSuiteBody(start, suite);
    else this.flatSuiteBody(suite);
    return this.withSi(suite, this.si(start, this.last));
  }

  /** `id: { data: [ connections: [...] ] tests: [ ... ] }`. */
  private braceSuiteBody(start: number, suite: ServiceTestSuite): void {
    this.expect(T.BRACE_OPEN);
    const fields = new FieldCounter();
    let data: ServiceTestData | undefined;
    let tests: ServiceTest[] | undefined;
    while (this.k() !== T.BRACE_CLOSE) {
      const key = this.executionKey(['data', 'tests']);
      fields.add(key);
      if (key === 'data') data = this.suiteData(this.pos - 2);
      else tests = this.list(() => this.braceTest());
    }
    this.expect(T.BRACE_CLOSE);
    const siAlways = this.siAlways(start, this.last);
    this.optional(fields, 'data', siAlways);
    if (data) suite.testData = data;
    this.required(fields, 'tests', siAlways);
    suite.tests = tests!;
  }

  /** `data: [ connections: [ id: Data #{...}#, ... ] ]`. */
  private suiteData(start: number): ServiceTestData {
    this.expect(T.BRACKET_OPEN);
    let connections: ConnectionTestData[] | undefined;
    let count = 0;
    while (this.k() !== T.BRACKET_CLOSE) {
      this.executionKey(['connections']);
      count++;
      connections = this.list(() => this.connectionTestData());
    }
    this.expect(T.BRACKET_CLOSE);
    const siAlways = this.siAlways(start, this.last);
    if (count > 1) this.error("Field 'connections' should be specified only once", siAlways);
    const data: ServiceTestData = {};
    if (connections) data.connectionsTestData = connections;
    return this.withSi(data, this.si(start, this.last));
  }

  private connectionTestData(): ConnectionTestData {
    const start = this.pos;
    const id = this.qualifiedName();
    this.expect(T.COLON);
    const data = parseEmbeddedData(this);
    return this.withSi({ id, data }, this.si(start, this.last));
  }

  /** `id: { serializationFormat: X; parameters: [ a = 1 ] keys: ['k']; asserts: [ id: EqualToJson #{...}# ] }`. */
  private braceTest(): ServiceTest {
    const start = this.pos;
    const id = this.identifier();
    this.expect(T.COLON);
    this.expect(T.BRACE_OPEN);
    const fields = new FieldCounter();
    const test = { _type: 'serviceTest', id, keys: [] as string[], assertions: [] as TestAssertion[] } as ServiceTest;
    let parameters: ParameterValue[] | undefined;
    let keys: string[] | undefined;
    let serializationFormat: string | undefined;
    let asserts: TestAssertion[] | undefined;
    while (this.k() !== T.BRACE_CLOSE) {
      const key = this.executionKey(['parameters', 'serializationFormat', 'keys', 'asserts']);
      fields.add(key);
      if (key === 'parameters') parameters = this.list(() => this.testParameter());
      else if (key === 'serializationFormat') {
        serializationFormat = this.identifier();
        this.expect(T.SEMI_COLON);
      } else if (key === 'keys') {
        this.expect(T.BRACKET_OPEN);
        keys = [this.stringValue()];
        while (this.accept(T.COMMA)) keys.push(this.stringValue());
        this.expect(T.BRACKET_CLOSE);
        this.expect(T.SEMI_COLON);
      } else {
        asserts = this.list(() => {
          const aid = this.identifier();
          this.expect(T.COLON);
          const a = parseTestAssertion(this);
          a.id = aid;
          return a;
        });
      }
    }
    this.expect(T.BRACE_CLOSE);
    const siAlways = this.siAlways(start, this.last);
    this.optional(fields, 'serializationFormat', siAlways);
    if (serializationFormat !== undefined) test.serializationFormat = serializationFormat;
    this.optional(fields, 'parameters', siAlways);
    if (parameters) test.parameters = parameters;
    this.optional(fields, 'keys', siAlways);
    test.keys = keys ?? [];
    this.required(fields, 'asserts', siAlways);
    test.assertions = asserts!;
    return this.withSi(test, this.si(start, this.last));
  }

  /** `name = primitiveValue` (the engine keeps no position for the pair itself). */
  private testParameter(): ParameterValue {
    const name = this.identifier();
    this.expect(T.EQUAL);
    return { name, value: this.primitiveValue() };
  }

  /** `id 'doc'? ( data statements; atomic tests; )`. */
  private flatSuiteBody(suite: ServiceTestSuite): void {
    const bodyStart = this.pos;
    if (this.k() === T.STRING) suite.doc = this.stringValue();
    this.expect(T.PAREN_OPEN);
    const resolvers: DataResolver[] = [];
    const tests: ServiceTest[] = [];
    while (this.k() !== T.PAREN_CLOSE) {
      if (this.atEnd()) this.unexpected([T.PAREN_CLOSE]);
      if (this.isDataStatementAhead()) resolvers.push(this.dataStatement());
      else tests.push(this.atomicTest());
    }
    this.expect(T.PAREN_CLOSE);
    if (resolvers.length > 0) suite.testData = this.withSi({ serviceTestData: resolvers }, this.si(bodyStart, this.last));
    suite.tests = tests;
  }

  /** `a::b;` or `a::b: Type #{...}#;` (rather than an atomic test `id ... => ...;`). */
  private isDataStatementAhead(): boolean {
    let i = this.pos;
    if (!this.isIdentifier()) return false;
    i++;
    while (this.kindAt(i) === T.PATH_SEPARATOR) i += 2;
    const k = this.kindAt(i);
    if (k === T.SEMI_COLON) return true;
    return k === T.COLON && this.kindAt(i + 2) === T.ISLAND;
  }

  private dataStatement(): DataResolver {
    const resolver = parseDataResolver(this);
    this.expect(T.SEMI_COLON);
    return resolver;
  }

  /** `id 'doc'? (a = 1, b = 2)? ['k']? (: FORMAT)? => ExternalFormat #{...}#;`. */
  private atomicTest(): ServiceTest {
    const start = this.pos;
    const id = this.identifier();
    const test = { _type: 'serviceTest', id, keys: [] as string[], assertions: [] as TestAssertion[] } as ServiceTest;
    if (this.k() === T.STRING) test.doc = this.stringValue();
    if (this.accept(T.PAREN_OPEN)) {
      const parameters = [this.testParameter()];
      while (this.accept(T.COMMA)) parameters.push(this.testParameter());
      this.expect(T.PAREN_CLOSE);
      test.parameters = parameters;
    }
    if (this.accept(T.BRACKET_OPEN)) {
      const keys = [this.stringValue()];
      while (this.accept(T.COMMA)) keys.push(this.stringValue());
      this.expect(T.BRACKET_CLOSE);
      test.keys = keys;
    }
    if (this.accept(T.COLON)) test.serializationFormat = this.identifier();
    this.expect(T.EQUAL);
    this.expect(T.GREATER_THAN);
    const dataStart = this.pos;
    if (this.isWord('Relation') && this.k(1) === T.ISLAND) {
      this.errorAt('Relation assertions in service tests are not supported by the embedded engine', dataStart, dataStart + 1);
    }
    const expected: EmbeddedData = parseEmbeddedData(this);
    const si = this.si(dataStart, this.last);
    if (expected._type !== 'externalFormat') {
      this.errorAt(
        "Service atomic test '=> ...' expects Relation or ExternalFormat embedded data as the expected result; got: " + expected._type,
        dataStart,
        this.last,
      );
    }
    test.assertions = [this.withSi({ _type: 'equalToJson' as const, id: 'default', expected }, si)];
    this.expect(T.SEMI_COLON);
    return this.withSi(test, this.si(start, this.last));
  }

  // --------------------------------------------------------------------------------------------- legacy test

  /** `test: Single { data: '...'; asserts: [ { [params], lambda } ]; }` or `Multi { tests['k']: {...} }`. */
  private legacyTest(): ServiceTestLegacy {
    const start = this.pos;
    if (this.acceptWord('Single')) {
      this.expect(T.BRACE_OPEN);
      const body = this.legacyTestBody(start);
      this.expect(T.BRACE_CLOSE);
      return this.withSi({ _type: 'singleExecutionTest' as const, ...body }, this.si(start, this.last));
    }
    if (this.acceptWord('Multi')) {
      this.expect(T.BRACE_OPEN);
      const tests: (ServiceTestLegacy & { _type: 'multiExecutionTest' })['tests'] = [];
      while (this.k() !== T.BRACE_CLOSE) {
        const s = this.pos;
        this.expectWord('tests');
        this.expect(T.BRACKET_OPEN);
        const key = this.stringValue();
        this.expect(T.BRACKET_CLOSE);
        this.expect(T.COLON);
        this.expect(T.BRACE_OPEN);
        const body = this.legacyTestBody(s);
        this.expect(T.BRACE_CLOSE);
        tests.push(this.withSi({ key, ...body }, this.si(s, this.last)));
      }
      this.expect(T.BRACE_CLOSE);
      return this.withSi({ _type: 'multiExecutionTest' as const, tests }, this.si(start, this.last));
    }
    return this.unexpected([], ['Single', 'Multi']);
  }

  private legacyTestBody(start: number): { data: string; asserts: TestContainer[] } {
    const fields = new FieldCounter();
    let data: string | undefined;
    let asserts: TestContainer[] | undefined;
    while (this.k() !== T.BRACE_CLOSE) {
      const key = this.executionKey(['data', 'asserts']);
      fields.add(key);
      if (key === 'data') data = this.stringValue();
      else asserts = this.list(() => this.testContainer());
      this.expect(T.SEMI_COLON);
    }
    const siAlways = this.siAlways(start, this.pos);
    this.required(fields, 'data', siAlways);
    this.optional(fields, 'asserts', siAlways);
    return { data: data!, asserts: asserts ?? [] };
  }

  /** `{ [param, list([...])], lambda }`. */
  private testContainer(): TestContainer {
    const start = this.expect(T.BRACE_OPEN);
    this.expect(T.BRACKET_OPEN);
    const parametersValues: ValueSpecification[] = [];
    if (this.k() !== T.BRACKET_CLOSE) {
      do parametersValues.push(this.legacyParameter());
      while (this.accept(T.COMMA));
    }
    this.expect(T.BRACKET_CLOSE);
    this.expect(T.COMMA);
    const assertion = this.asLambda(this.combinedExpression());
    this.expect(T.BRACE_CLOSE);
    return this.withSi({ parametersValues, assert: assertion }, this.si(start, this.last));
  }

  private legacyParameter(): ValueSpecification {
    if (this.isWord('list') && this.k(1) === T.PAREN_OPEN) {
      const start = this.pos;
      this.pos += 2;
      this.expect(T.BRACKET_OPEN);
      const values: ValueSpecification[] = [];
      if (this.k() !== T.BRACKET_CLOSE) {
        do values.push(this.primitiveValue());
        while (this.accept(T.COMMA));
      }
      this.expect(T.BRACKET_CLOSE);
      this.expect(T.PAREN_CLOSE);
      const si = this.si(start, this.last);
      return this.withSi({ _type: 'classInstance' as const, type: 'listInstance' as const, value: this.withSi({ values }, si) }, si);
    }
    return this.primitiveValue();
  }

  // --------------------------------------------------------------------------------------------- post validations

  private postValidations(): PostValidation[] {
    return this.list(() => this.postValidation());
  }

  /** `{ description: '...'; params: [ lambda, ... ]; assertions: [ id: lambda, ... ]; }`. */
  private postValidation(): PostValidation {
    const start = this.expect(T.BRACE_OPEN);
    const fields = new FieldCounter();
    let description: string | undefined;
    let parameters: LambdaFunction[] | undefined;
    let assertions: PostValidationAssertion[] | undefined;
    while (this.k() !== T.BRACE_CLOSE) {
      const key = this.executionKey(['description', 'params', 'assertions']);
      fields.add(key);
      if (key === 'description') description = this.stringValue();
      else if (key === 'params') parameters = this.list(() => this.asLambda(this.combinedExpression()));
      else {
        assertions = this.list(() => {
          const s = this.pos;
          const id = this.identifier();
          this.expect(T.COLON);
          const assertion = this.asLambda(this.combinedExpression());
          return this.withSi({ id, assertion }, this.si(s, this.last));
        });
      }
      this.expect(T.SEMI_COLON);
    }
    this.expect(T.BRACE_CLOSE);
    const siAlways = this.siAlways(start, this.last);
    this.required(fields, 'description', siAlways);
    this.required(fields, 'params', siAlways);
    this.required(fields, 'assertions', siAlways);
    return this.withSi({ description: description!, parameters: parameters!, assertions: assertions! }, this.si(start, this.last));
  }

  // --------------------------------------------------------------------------------------------- execution environments

  /** `ExecutionEnvironment a::Env { executions: [ KEY: { mapping: ...; runtime: ...; }, ... ]; }`. */
  private executionEnvironment(): ExecutionEnvironmentInstance {
    const start = this.next();
    const path = this.qualifiedName();
    this.expect(T.BRACE_OPEN);
    const execStart = this.pos;
    this.executionKey(['executions']);
    const params = this.list(() => {
      if (this.isIdentifier() && this.k(1) === T.COLON && this.k(2) === T.BRACKET_OPEN) return this.multiExecutionParameters();
      return this.singleExecutionParameters();
    });
    if (params.length === 0) this.error("Field 'executions' is required", this.siAlways(execStart, this.last));
    this.expect(T.SEMI_COLON);
    this.expect(T.BRACE_CLOSE);
    const env: ExecutionEnvironmentInstance = { _type: 'executionEnvironmentInstance', ...splitPath(path), executionParameters: params };
    return this.withSi(env, this.si(start, this.last));
  }

  private multiExecutionParameters(): MultiExecutionParameters {
    const start = this.pos;
    const masterKey = this.identifier();
    this.expect(T.COLON);
    const singles = this.list(() => this.singleExecutionParameters());
    if (singles.length === 0) this.error("Field 'executions' is required", this.siAlways(start, this.last));
    return { _type: 'multiExecutionParameters', masterKey, singleExecutionParameters: singles };
  }

  private singleExecutionParameters(): SingleExecutionParameters {
    const start = this.pos;
    const key = this.identifier();
    this.expect(T.COLON);
    this.expect(T.BRACE_OPEN);
    // `mapping: ...;` first, then one or more `runtime` / `runtimeComponents`, in that order (the grammar's)
    const fields = new FieldCounter();
    this.executionKey(['mapping']);
    const mapping = this.pathField();
    let runtime: Runtime | undefined;
    let components: RuntimeComponents | undefined;
    do {
      const field = this.executionKey(['runtime', 'runtimeComponents']);
      fields.add(field);
      if (field === 'runtime') runtime = this.runtime();
      else components = this.runtimeComponents();
    } while (this.k() !== T.BRACE_CLOSE);
    this.expect(T.BRACE_CLOSE);
    const siAlways = this.siAlways(start, this.last);
    if (key.includes(' ')) this.error('Execution param key cannot contain spaces. Invalid Key: ' + key, siAlways);
    this.optional(fields, 'runtime', siAlways);
    this.optional(fields, 'runtimeComponents', siAlways);
    const p: SingleExecutionParameters = { _type: 'singleExecutionParameters', key, mapping: mapping.path };
    if (mapping.si) p.mappingSourceInformation = mapping.si;
    if (runtime) p.runtime = runtime;
    if (components) p.runtimeComponents = components;
    return this.withSi(p, this.si(start, this.last));
  }

  /** `{ class: a::C; binding: a::B; runtime: a::R; }`. */
  private runtimeComponents(): RuntimeComponents {
    const start = this.pos;
    this.expect(T.BRACE_OPEN);
    let runtime: Runtime | undefined;
    let clazz: PackageableElementPointer | undefined;
    let binding: PackageableElementPointer | undefined;
    while (this.k() !== T.BRACE_CLOSE) {
      const s = this.pos;
      const field = this.executionKey(['runtime', 'class', 'binding']);
      const p = this.qualifiedName();
      this.expect(T.SEMI_COLON);
      const si = this.si(s, this.last);
      if (field === 'runtime') runtime ??= this.withSi({ _type: 'runtimePointer' as const, runtime: p }, si);
      else if (field === 'class') clazz ??= this.withSi({ type: 'CLASS' as const, path: p }, si);
      else binding ??= this.withSi({ type: 'BINDING' as const, path: p }, si);
    }
    this.expect(T.BRACE_CLOSE);
    const siAlways = this.siAlways(start, this.last);
    if (!runtime) this.error("Field 'runtime' is required", siAlways);
    if (!clazz) this.error("Field 'class' is required", siAlways);
    if (!binding) this.error("Field 'binding' is required", siAlways);
    return { runtime, clazz, binding };
  }
}
