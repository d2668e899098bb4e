/**
 * Protocol JSON from entity files is untrusted: whatever its shape, the compiler reports diagnostics and never
 * throws. Properties over random element bodies (bounded runs).
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compilePureModel, compileResponse } from '../../src/pure/compiler/compile.js';
import { evaluateConstraints } from '../../src/pure/evaluator/index.js';
import { parsePureGrammar, type PureModelContextData } from '../../src/pure/index.js';

const TYPES = ['class', 'Enumeration', 'association', 'profile', 'function', 'measure', 'mapping', 'connection', 'runtime', 'service', 'relational', 'dataElement', 'sectionIndex', 'somethingElse'];

const name = fc.constantFrom('A', 'B', 'x', 'String', 'Integer', 'demo::A', 'demo::B', 'meta::pure::profiles::doc', '');
const leaf = fc.oneof(name, fc.integer(), fc.boolean(), fc.constant(null));
const vs: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    leaf,
    fc.record({ _type: fc.constantFrom('var', 'string', 'integer', 'packageableElementPtr', 'enumValue', 'lambda'), name, value: leaf, fullPath: name, body: fc.array(tie('node'), { maxLength: 2 }), parameters: fc.array(tie('node'), { maxLength: 2 }) }, { requiredKeys: ['_type'] }),
    fc.record({ _type: fc.constantFrom('func', 'property', 'collection'), function: fc.constantFrom('plus', 'filter', 'map', 'toOne', 'if', 'letFunction', 'new', 'getAll', 'nope'), property: name, parameters: fc.array(tie('node'), { maxLength: 3 }), values: fc.array(tie('node'), { maxLength: 3 }), multiplicity: fc.record({ lowerBound: fc.nat(3) }) }, { requiredKeys: ['_type'] }),
  ),
})).node;

const genericType = fc.record({ rawType: fc.oneof(fc.record({ _type: fc.constant('packageableType'), fullPath: name }), fc.constant(null), fc.anything()), typeArguments: fc.array(fc.anything(), { maxLength: 1 }) }, { requiredKeys: [] });
const property = fc.record({ name, genericType, multiplicity: fc.oneof(fc.record({ lowerBound: fc.nat(2) }), fc.constant(undefined)), defaultValue: fc.record({ value: vs }) }, { requiredKeys: [] });

const element = fc.record(
  {
    _type: fc.constantFrom(...TYPES),
    package: fc.constantFrom('demo', '', 'meta'),
    name: fc.constantFrom('A', 'B', 'C'),
    properties: fc.oneof(fc.array(property, { maxLength: 3 }), fc.anything()),
    superTypes: fc.oneof(fc.array(fc.record({ path: name }), { maxLength: 2 }), fc.anything()),
    constraints: fc.array(fc.record({ name, functionDefinition: fc.record({ _type: fc.constant('lambda'), body: fc.array(vs, { maxLength: 2 }), parameters: fc.constant([]) }) }, { requiredKeys: [] }), { maxLength: 2 }),
    qualifiedProperties: fc.array(fc.record({ name, parameters: fc.array(fc.anything(), { maxLength: 1 }), body: fc.array(vs, { maxLength: 2 }), returnGenericType: genericType }, { requiredKeys: [] }), { maxLength: 2 }),
    values: fc.array(fc.record({ value: name }), { maxLength: 3 }),
    stereotypes: fc.array(fc.record({ profile: name, value: name }, { requiredKeys: [] }), { maxLength: 2 }),
    taggedValues: fc.array(fc.record({ tag: fc.record({ profile: name, value: name }), value: fc.string() }, { requiredKeys: [] }), { maxLength: 1 }),
    body: fc.array(vs, { maxLength: 2 }),
    parameters: fc.array(fc.record({ _type: fc.constant('var'), name, genericType }, { requiredKeys: [] }), { maxLength: 2 }),
    classMappings: fc.array(fc.record({ _type: fc.constantFrom('pureInstance', 'relational', 'operation'), class: name, srcClass: name, propertyMappings: fc.array(fc.anything(), { maxLength: 2 }), parameters: fc.array(name, { maxLength: 2 }) }, { requiredKeys: [] }), { maxLength: 2 }),
    includedMappings: fc.array(fc.record({ includedMapping: name }), { maxLength: 1 }),
    enumerationMappings: fc.array(fc.anything(), { maxLength: 1 }),
    runtimeValue: fc.anything(),
    connectionValue: fc.anything(),
    execution: fc.anything(),
    sections: fc.anything(),
    schemas: fc.anything(),
  },
  { requiredKeys: ['_type', 'package', 'name'] },
);

describe('the compiler on untrusted protocol JSON', () => {
  test('never throws: diagnostics only', () => {
    fc.assert(
      fc.property(fc.array(element, { maxLength: 5 }), (elements) => {
        const model = { _type: 'data', elements } as unknown as PureModelContextData;
        const outcome = compilePureModel(model);
        const res = compileResponse(outcome);
        expect(typeof res).toBe('object');
        for (const d of outcome.diagnostics) expect(typeof d.message).toBe('string');
      }),
      { numRuns: 400, seed: 20241121 },
    );
  });

  test('the evaluator never throws on a random instance of a random class, except for an unknown class', () => {
    fc.assert(
      fc.property(fc.array(element, { minLength: 1, maxLength: 4 }), fc.anything(), (elements, instance) => {
        const model = { _type: 'data', elements } as unknown as PureModelContextData;
        try {
          evaluateConstraints({ model, class: 'demo::A', instance });
        } catch (e) {
          expect((e as Error).message).toBe("Can't find class 'demo::A'");
        }
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  test('an expression nested deeper than the call stack is a not-supported warning, not an invalid-model error', () => {
    const model = parsePureGrammar(`Class a::A\n[\n  c: ${'true && '.repeat(20000)}true\n]\n{\n  n: Integer[1];\n}\n`, { sourceId: 'a.pure' });
    const outcome = compilePureModel(model);
    expect(outcome.errors).toEqual([]);
    expect(outcome.warnings.map((w) => [w.notSupported, w.element, w.message])).toEqual([
      [true, 'a::A', "Element 'a::A', nested too deeply for the embedded compiler, is not supported by the embedded engine; configure a Legend engine URL to compile it"],
    ]);
  });
});
