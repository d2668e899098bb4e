/** `###Service` elements in the engine's JSON shape. */
import type { SourceInformation } from './sourceInformation.js';
import type { PackageableElementBase, ParameterValue, StereotypePtr, TaggedValue, PackageableElementPointer } from './domain.js';
import type { LambdaFunction, ValueSpecification } from './valueSpecification.js';
import type { DataResolver, EmbeddedData, TestAssertion } from './data.js';
import type { Runtime } from './runtime.js';

interface Located {
  sourceInformation?: SourceInformation;
}

export type Ownership =
  | { _type: 'deploymentOwnership'; identifier: string; sourceInformation?: SourceInformation }
  | { _type: 'userListOwnership'; users: string[]; sourceInformation?: SourceInformation };

/** `execution: Single { query: |...; mapping: m; runtime: r; }`. */
export interface PureSingleExecution extends Located {
  _type: 'pureSingleExecution';
  func: LambdaFunction;
  mapping?: string;
  runtime?: Runtime;
  mappingSourceInformation?: SourceInformation;
}

export interface KeyedExecutionParameter extends Located {
  key: string;
  mapping: string;
  runtime: Runtime;
  mappingSourceInformation?: SourceInformation;
}

/** `execution: Multi { query: |...; key: 'env'; executions['PROD']: { mapping: ...; runtime: ...; } }`. */
export interface PureMultiExecution extends Located {
  _type: 'pureMultiExecution';
  func: LambdaFunction;
  executionKey?: string;
  executionParameters?: KeyedExecutionParameter[];
}

export type Execution = PureSingleExecution | PureMultiExecution;

export interface ConnectionTestData extends Located {
  id: string;
  data: EmbeddedData;
}

/** Suite data: `data: [ connections: [...] ]` (brace form) or data statements (flat form). */
export interface ServiceTestData extends Located {
  connectionsTestData?: ConnectionTestData[];
  serviceTestData?: DataResolver[];
}

export interface ServiceTest extends Located {
  _type: 'serviceTest';
  id: string;
  doc?: string;
  serializationFormat?: string;
  parameters?: ParameterValue[];
  keys: string[];
  assertions: TestAssertion[];
}

export interface ServiceTestSuite extends Located {
  _type: 'serviceTestSuite';
  id: string;
  doc?: string;
  testData?: ServiceTestData;
  tests: ServiceTest[];
}

export interface PostValidationAssertion extends Located {
  id: string;
  assertion: LambdaFunction;
}

export interface PostValidation extends Located {
  description: string;
  parameters: LambdaFunction[];
  assertions: PostValidationAssertion[];
}

/** Legacy `test: Single { data: '...'; asserts: [ ... ]; }`. */
export interface TestContainer extends Located {
  parametersValues: ValueSpecification[];
  assert: LambdaFunction;
}

export type ServiceTestLegacy =
  | (Located & { _type: 'singleExecutionTest'; data: string; asserts: TestContainer[] })
  | (Located & {
      _type: 'multiExecutionTest';
      tests: (Located & { key: string; data: string; asserts: TestContainer[] })[];
    });

export interface Service extends PackageableElementBase {
  _type: 'service';
  stereotypes: StereotypePtr[];
  taggedValues: TaggedValue[];
  pattern: string;
  title?: string;
  owners: string[];
  ownership?: Ownership;
  documentation: string;
  autoActivateUpdates: boolean;
  execution: Execution;
  testSuites?: ServiceTestSuite[];
  test?: ServiceTestLegacy;
  postValidations: PostValidation[];
  mcpServer?: string;
}

/** `runtimeComponents: { class: ...; binding: ...; runtime: ...; }` of an execution environment. */
export interface RuntimeComponents extends Located {
  runtime: Runtime;
  clazz: PackageableElementPointer;
  binding: PackageableElementPointer;
}

export interface SingleExecutionParameters extends Located {
  _type: 'singleExecutionParameters';
  key: string;
  mapping: string;
  runtime?: Runtime;
  runtimeComponents?: RuntimeComponents;
  mappingSourceInformation?: SourceInformation;
}

export interface MultiExecutionParameters {
  _type: 'multiExecutionParameters';
  masterKey: string;
  singleExecutionParameters: SingleExecutionParameters[];
}

/** `ExecutionEnvironment a::Env { executions: [ KEY: { mapping: ...; runtime: ...; } ]; }`. */
export interface ExecutionEnvironmentInstance extends PackageableElementBase {
  _type: 'executionEnvironmentInstance';
  executionParameters: (SingleExecutionParameters | MultiExecutionParameters)[];
}
