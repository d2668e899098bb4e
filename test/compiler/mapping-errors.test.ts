/**
 * One test per `###Mapping`, `###Relational`, `###Connection`, `###Runtime` and `###Service` compiler error,
 * with Legend's messages. Inputs are protocol JSON (what `grammarToJson` returns for the engine's own compiler
 * test cases), with the positions those test cases expect.
 */
import { describe, expect, test } from 'vitest';
import { cls, collection, element, enumeration, int, mapping, model, prop, pureCm, purePm, src, str } from './builders.js';
import { compileJson, errorsOf, firstError, si, warningsOf } from './helpers.js';

const person = cls('test::Person', [prop('lastName', 'String')]);

describe('mappings', () => {
  test("Can't find mapping (include)", () => {
    const m = mapping('test::MyMapping', { includedMappings: [{ _type: 'mappingIncludeMapping', includedMapping: 'test::MissingMapping', sourceInformation: si(3, 4, 31) }] });
    expect(firstError(compileJson(model(m)))).toBe("COMPILATION error at [3:4-31]: Can't find mapping 'test::MissingMapping'");
  });

  test('Duplicated mapping include', () => {
    const m1 = mapping('test::M1', {});
    const m2 = mapping(
      'test::M2',
      {
        includedMappings: [
          { _type: 'mappingIncludeMapping', includedMapping: 'test::M1' },
          { _type: 'mappingIncludeMapping', includedMapping: 'test::M1' },
        ],
      },
      si(23, 1, 1, 30),
    );
    expect(firstError(compileJson(model(m1, m2)))).toBe("COMPILATION error at [23:1-30:1]: Duplicated mapping include 'test::M1' in mapping 'test::M2'");
  });

  test('Cycle detected in mapping include hierarchy', () => {
    const inc = (p: string) => ({ _type: 'mappingIncludeMapping', includedMapping: p });
    const out = compileJson(model(mapping('test::M1', { includedMappings: [inc('test::M2')] }, si(1, 1, 1, 4)), mapping('test::M2', { includedMappings: [inc('test::M1')] })));
    expect(firstError(out)).toBe('COMPILATION error at [1:1-4:1]: Cycle detected in mapping include hierarchy: test::M1 -> test::M2 -> test::M1');
  });

  test("Can't find class (class mapping target)", () => {
    const m = mapping('model::mapping::SourceToTargetM2M', { classMappings: [pureCm('model::domain::Target', { id: 'model_domain_Target', root: true, sourceInformation: si(4, 4, 5, 10) })] });
    expect(firstError(compileJson(model(m)))).toBe("COMPILATION error at [4:4-10:5]: Can't find class 'model::domain::Target'");
  });

  test("Can't find type (~src)", () => {
    const m = mapping('ui::a', { classMappings: [pureCm('ui::Person', { srcClass: 'ui::Person2', sourceClassSourceInformation: si(10, 10, 20), propertyMappings: [] })] });
    expect(firstError(compileJson(model(cls('ui::Person', [prop('name', 'String')]), m)))).toBe("COMPILATION error at [10:10-20]: Can't find type 'ui::Person2'");
  });

  test("Can't find property (mapped property)", () => {
    const m = mapping('a::mapping', {
      classMappings: [pureCm('test::Person', { propertyMappings: [{ ...purePm('test::Person', 'first', [str('x')]), property: { class: 'test::Person', property: 'first', sourceInformation: si(14, 17, 21) } }] })],
    });
    expect(firstError(compileJson(model(person, m)))).toBe("COMPILATION error at [14:17-21]: Can't find property 'first' in [Person, Any]");
  });

  test('Error in class mapping: type error', () => {
    const m = mapping('a::mapping', { classMappings: [pureCm('test::Person', { propertyMappings: [purePm('test::Person', 'lastName', [int(1, si(7, 28, 28))])] })] });
    expect(firstError(compileJson(model(person, m)))).toBe("COMPILATION error at [7:28]: Error in class mapping 'a::mapping' for property 'lastName' - Type error: 'Integer' is not in the class hierarchy of 'String'");
    const many = mapping('a::mapping', { classMappings: [pureCm('test::Person', { propertyMappings: [purePm('test::Person', 'lastName', [collection([int(1), int(2)], si(7, 19, 24))])] })] });
    expect(firstError(compileJson(model(person, many)))).toBe("COMPILATION error at [7:19-24]: Error in class mapping 'a::mapping' for property 'lastName' - Type error: 'Integer' is not in the class hierarchy of 'String'");
  });

  test('Error in class mapping: multiplicity error', () => {
    const m = mapping('a::mapping', { classMappings: [pureCm('test::Person', { propertyMappings: [purePm('test::Person', 'lastName', [collection([str('1'), str('2')], si(7, 19, 28))])] })] });
    expect(firstError(compileJson(model(person, m)))).toBe("COMPILATION error at [7:19-28]: Error in class mapping 'a::mapping' for property 'lastName' - Multiplicity error: [1] doesn't subsume [2]");
  });

  test('Error in class mapping: source class outside the target set hierarchy', () => {
    const m = mapping('a::mapping', {
      classMappings: [
        pureCm('test::Firm', { srcClass: 'test::SrcFirm', propertyMappings: [purePm('test::Firm', 'employees', [src('empl', si(8, 25, 28))])] }),
        pureCm('test::Person', { srcClass: 'test::OtherPerson', propertyMappings: [purePm('test::Person', 'lastName', [str('1')])] }),
      ],
    });
    const out = compileJson(
      model(
        person,
        cls('test::OtherPerson', [prop('lastName', 'String')]),
        cls('test::Firm', [prop('employees', 'test::Person', 0, undefined)]),
        cls('test::SrcPerson'),
        cls('test::SrcFirm', [prop('empl', 'test::SrcPerson', 0, undefined)]),
        m,
      ),
    );
    expect(firstError(out)).toBe("COMPILATION error at [8:25-28]: Error in class mapping 'a::mapping' for property 'employees' - Type error: 'test::SrcPerson' is not in the class hierarchy of 'test::OtherPerson'");
  });

  test("Can't find class mapping (default and explicit target ids)", () => {
    const personDog = cls('ui::Person', [prop('name', 'String'), prop('dog', 'ui::Dog')]);
    const dog = cls('ui::Dog', [prop('name', 'String'), prop('breed', 'String')]);
    const implicit = mapping('ui::a', {
      classMappings: [pureCm('ui::Person', { id: 'ui_Person', root: true, srcClass: 'ui::Person', propertyMappings: [purePm('ui::Person', 'name', [str('aa')]), { ...purePm('ui::Person', 'dog', [src('name')]), sourceInformation: si(20, 5, 18) }] })],
    });
    expect(firstError(compileJson(model(personDog, dog, implicit)))).toBe("COMPILATION error at [20:5-18]: Can't find class mapping 'ui_Dog'");
    const explicit = mapping('ui::a', {
      classMappings: [
        pureCm('ui::Person', { id: 'ui_Person', root: true, srcClass: 'ui::Person', propertyMappings: [{ ...purePm('ui::Person', 'dog', [src('dog')]), target: 'imMissing', sourceInformation: si(19, 5, 28) }] }),
        pureCm('ui::Dog', { id: 'ui_Dog', root: true, srcClass: 'ui::Dog', propertyMappings: [] }),
      ],
    });
    expect(firstError(compileJson(model(personDog, dog, explicit)))).toBe("COMPILATION error at [19:5-28]: Can't find class mapping 'imMissing'");
  });

  test('a class-typed property mapped without a class mapping passes through when the types agree', () => {
    const personDog = cls('ui::Person', [prop('dog', 'ui::Dog')]);
    const m = mapping('ui::a', { classMappings: [pureCm('ui::Person', { srcClass: 'ui::Person', propertyMappings: [purePm('ui::Person', 'dog', [src('dog')])] })] });
    expect(errorsOf(compileJson(model(personDog, cls('ui::Dog'), m)))).toEqual([]);
  });

  test("Can't find enumeration mapping", () => {
    const m = mapping('a::mapping', { classMappings: [pureCm('test::Firm', { propertyMappings: [{ ...purePm('test::Firm', 'incType', [str('1')]), enumMappingId: 'model_IncType2', sourceInformation: si(46, 5, 55) }] })] });
    const out = compileJson(model(cls('test::Firm', [prop('incType', 'test::IncType')]), enumeration('test::IncType', ['CORP', 'LLC']), m));
    expect(firstError(out)).toBe("COMPILATION error at [46:5-55]: Can't find enumeration mapping 'model_IncType2'");
  });

  test('Error in class mapping: enumeration mapping source type', () => {
    const em = { id: 'a', enumeration: { path: 'test::IncType' }, enumValueMappings: [{ enumValue: 'CORP', sourceValues: [{ _type: 'integerSourceValue', value: 1 }] }] };
    const m = mapping('a::mapping', {
      enumerationMappings: [em],
      classMappings: [pureCm('test::Firm', { propertyMappings: [{ ...purePm('test::Firm', 'incType', [str('1', si(7, 41, 43))]), enumMappingId: 'a' }] })],
    });
    const out = compileJson(model(cls('test::Firm', [prop('incType', 'test::IncType')]), enumeration('test::IncType', ['CORP', 'LLC']), m));
    expect(firstError(out)).toBe("COMPILATION error at [7:41-43]: Error in class mapping 'a::mapping' for property 'incType' - Type error: 'String' is not in the class hierarchy of 'Integer'");
  });

  test('Only one type of source value is allowed for enumeration mapping', () => {
    const em = {
      id: 'a',
      enumeration: { path: 'test::IncType' },
      sourceInformation: si(5, 4, 4, 10),
      enumValueMappings: [
        { enumValue: 'CORP', sourceValues: [{ _type: 'stringSourceValue', value: '4' }] },
        { enumValue: 'LLC', sourceValues: [{ _type: 'integerSourceValue', value: 4 }] },
      ],
    };
    const out = compileJson(model(enumeration('test::IncType', ['CORP', 'LLC']), mapping('a::mapping', { enumerationMappings: [em] })));
    expect(firstError(out)).toBe('COMPILATION error at [5:4-10:4]: Only one type of source value (integer, string or an enum) is allowed for enumeration mapping');
  });

  test("Can't find enum value (enumeration mapping)", () => {
    const em = { id: 'a', enumeration: { path: 'test::IncType' }, sourceInformation: si(5, 4, 4, 10), enumValueMappings: [{ enumValue: 'LLP', sourceValues: [{ _type: 'stringSourceValue', value: 'x' }] }] };
    const out = compileJson(model(enumeration('test::IncType', ['CORP', 'LLC']), mapping('a::mapping', { enumerationMappings: [em] })));
    expect(firstError(out)).toBe("COMPILATION error at [5:4-10:4]: Can't find enum value 'LLP' in enumeration 'test::IncType'");
  });

  test('Class is mapped by 2 set implementations and has 0 roots', () => {
    const a = cls('test::A', [prop('prop1', 'String')]);
    const m = mapping('test::M3', { classMappings: [pureCm('test::A', { id: 'test_A' }), pureCm('test::A', { id: 'f' })] }, si(23, 1, 1, 34));
    expect(firstError(compileJson(model(a, m)))).toBe(
      "COMPILATION error at [23:1-34:1]: Class 'test::A' is mapped by 2 set implementations and has 0 roots. There should be exactly one root set implementation for the class, and it should be marked with a '*'",
    );
  });

  test("Can't find class mapping (operation parameter)", () => {
    const m = mapping('test::M', { classMappings: [{ _type: 'operation', class: 'test::A', id: 'u', root: true, operation: 'STORE_UNION', parameters: ['p1', 'p2'], propertyMappings: [], sourceInformation: si(3, 3, 40) }] });
    expect(firstError(compileJson(model(cls('test::A'), m)))).toBe("COMPILATION error at [3:3-40]: Can't find class mapping 'p1' in mapping 'test::M'");
  });

  test('a valid model-to-model mapping compiles', () => {
    const m = mapping('a::mapping', {
      classMappings: [
        pureCm('test::Firm', { root: true, srcClass: 'test::SrcFirm', propertyMappings: [purePm('test::Firm', 'employees', [src('empl')])] }),
        pureCm('test::Person', { root: true, srcClass: 'test::SrcPerson', propertyMappings: [purePm('test::Person', 'lastName', [src('name')])] }),
      ],
    });
    const out = compileJson(
      model(person, cls('test::Firm', [prop('employees', 'test::Person', 0, undefined)]), cls('test::SrcPerson', [prop('name', 'String')]), cls('test::SrcFirm', [prop('empl', 'test::SrcPerson', 0, undefined)]), m),
    );
    expect(errorsOf(out)).toEqual([]);
  });
});

describe('relational', () => {
  const db = element('relational', 'store::DB', {
    includedStores: [],
    schemas: [{ name: 'default', tables: [{ name: 'PERSON', columns: [{ name: 'NAME', type: { _type: 'Varchar', size: 20 }, nullable: true }], primaryKey: [], milestoning: [] }], views: [], tabularFunctions: [] }],
    joins: [{ name: 'J1', operation: { _type: 'literal', value: 1 } }],
    filters: [],
    stereotypes: [],
  });
  const table = (t: string, s = 'default', database = 'store::DB') => ({ _type: 'Table', table: t, schema: s, database, mainTableDb: database, sourceInformation: si(6, 17, 30) });
  const relMapping = (mainTable: unknown, pms: unknown[]) =>
    mapping('a::m', { classMappings: [{ _type: 'relational', class: 'test::Person', root: true, distinct: false, groupBy: [], primaryKey: [], mainTable, propertyMappings: pms }] });
  const column = (c: string) => ({ _type: 'column', table: table('PERSON'), tableAlias: 'PERSON', column: c, sourceInformation: si(8, 15, 32) });
  const pm = (operation: unknown) => ({ _type: 'relationalPropertyMapping', property: { class: 'test::Person', property: 'lastName' }, relationalOperation: operation });

  test('a valid relational mapping compiles', () => {
    expect(errorsOf(compileJson(model(person, db, relMapping(table('PERSON'), [pm(column('NAME'))]))))).toEqual([]);
  });

  test("Can't find database", () => {
    expect(firstError(compileJson(model(person, relMapping(table('PERSON', 'default', 'store::Missing'), []))))).toBe("COMPILATION error at [6:17-30]: Can't find database 'store::Missing'");
  });

  test("Can't find table", () => {
    expect(firstError(compileJson(model(person, db, relMapping(table('FIRM'), []))))).toBe("COMPILATION error at [6:17-30]: Can't find table 'FIRM' in schema 'default' and database 'DB'");
  });

  test("Can't find schema", () => {
    expect(firstError(compileJson(model(person, db, relMapping(table('PERSON', 'other'), []))))).toBe("COMPILATION error at [6:17-30]: Can't find schema 'other' in database 'DB'");
  });

  test("Can't find column", () => {
    expect(firstError(compileJson(model(person, db, relMapping(table('PERSON'), [pm(column('AGE'))]))))).toBe("COMPILATION error at [8:15-32]: Can't find column 'AGE'");
  });

  test("Can't find join", () => {
    const op = { _type: 'elemtWithJoins', joins: [{ db: 'store::DB', name: 'J2', sourceInformation: si(9, 15, 26) }], relationalElement: column('NAME') };
    expect(firstError(compileJson(model(person, db, relMapping(table('PERSON'), [pm(op)]))))).toBe("COMPILATION error at [9:15-26]: Can't find join 'J2' in database 'DB'");
  });
});

describe('connections and runtimes', () => {
  const klass = cls('test::class', [prop('ok', 'Integer', 0, 1)]);
  const map = mapping('test::mapping', {});
  const conn = element('connection', 'test::connection', { connectionValue: { _type: 'JsonModelConnection', class: 'test::class', url: 'asd' } });
  const runtime = (body: Record<string, unknown>, s = si(15, 1, 1, 20)) => element('runtime', 'test::runtime', { runtimeValue: { _type: 'engineRuntime', mappings: [], connections: [], connectionStores: [], sourceInformation: s, ...body } }, s);

  test("Can't find mapping (runtime)", () => {
    const rt = runtime({ mappings: [{ type: 'MAPPING', path: 'test::mapping2', sourceInformation: si(19, 5, 18) }] });
    expect(firstError(compileJson(model(klass, map, conn, rt)))).toBe("COMPILATION error at [19:5-18]: Can't find mapping 'test::mapping2'");
  });

  test('Runtime must cover at least one mapping (warning)', () => {
    expect(warningsOf(compileJson(model(klass, map, conn, runtime({}))))).toEqual(['COMPILATION warning at [15:1-20:1]: Runtime must cover at least one mapping']);
  });

  test("Can't find connection", () => {
    const rt = runtime({
      mappings: [{ path: 'test::mapping' }],
      connections: [{ store: { path: 'ModelStore' }, storeConnections: [{ id: 'id1', connection: { _type: 'connectionPointer', connection: 'test::connection2', sourceInformation: si(23, 27, 43) } }] }],
    });
    expect(firstError(compileJson(model(klass, map, conn, rt)))).toBe("COMPILATION error at [23:27-43]: Can't find connection 'test::connection2'");
  });

  test("Can't find class (embedded JsonModelConnection)", () => {
    const rt = runtime({
      mappings: [{ path: 'test::mapping' }],
      connections: [{ store: { path: 'ModelStore' }, storeConnections: [{ id: 'id1', connection: { _type: 'JsonModelConnection', class: 'test::class2', url: 'my_url', classSourceInformation: si(25, 18, 29) } }] }],
    });
    expect(firstError(compileJson(model(klass, map, conn, rt)))).toBe("COMPILATION error at [25:18-29]: Can't find class 'test::class2'");
  });

  test("Can't find the packageable element (store)", () => {
    const rt = runtime({
      mappings: [{ path: 'test::mapping' }],
      connections: [{ store: { path: 'ModelStore2', sourceInformation: si(22, 7, 17) }, storeConnections: [{ id: 'id1', connection: { _type: 'JsonModelConnection', class: 'test::class', url: 'u' } }] }],
    });
    expect(firstError(compileJson(model(klass, map, conn, rt)))).toBe("COMPILATION error at [22:7-17]: Can't find the packageable element 'ModelStore2'");
  });

  test('Runtime connection with ID has already been specified', () => {
    const c = (id: string, s?: ReturnType<typeof si>) => ({ id, connection: { _type: 'JsonModelConnection', class: 'test::class', url: 'u' }, ...(s ? { sourceInformation: s } : {}) });
    const rt = runtime({ mappings: [{ path: 'test::mapping' }], connections: [{ store: { path: 'ModelStore' }, storeConnections: [c('id1'), c('id1', si(24, 9, 40))] }] });
    expect(firstError(compileJson(model(klass, map, conn, rt)))).toBe("COMPILATION error at [24:9-40]: Runtime connection with ID 'id1' has already been specified");
  });

  test("Model connection must use 'ModelStore'", () => {
    const bad = element('connection', 'test::c2', { connectionValue: { _type: 'JsonModelConnection', element: 'store::DB', elementSourceInformation: si(3, 10, 18), class: 'test::class', url: 'u' } });
    expect(firstError(compileJson(model(klass, bad)))).toBe("COMPILATION error at [3:10-18]: Model connection must use 'ModelStore'");
  });

  test("Can't find class (packageable connection)", () => {
    const bad = element('connection', 'test::c2', { connectionValue: { _type: 'JsonModelConnection', class: 'test::someClass', url: 'u', classSourceInformation: si(4, 10, 24) } });
    expect(firstError(compileJson(model(bad)))).toBe("COMPILATION error at [4:10-24]: Can't find class 'test::someClass'");
  });
});

describe('services', () => {
  const klass = cls('test::class', [prop('prop1', 'String', 0, 1)]);
  const m = mapping('test::mapping', {});
  const m2 = mapping('test::mapping2', {});
  const rt = element('runtime', 'test::runtime', { runtimeValue: { _type: 'engineRuntime', mappings: [{ path: 'test::mapping' }], connections: [], connectionStores: [] } });
  const query = { _type: 'lambda', parameters: [], body: [{ _type: 'func', function: 'getAll', parameters: [{ _type: 'packageableElementPtr', fullPath: 'test::class' }] }] };
  const service = (execution: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    element('service', 'test::Service', { pattern: '/url', title: 'T', owners: ['a'], documentation: 'd', autoActivateUpdates: true, stereotypes: [], taggedValues: [], postValidations: [], execution: { func: query, ...execution }, ...extra }, si(6, 1, 1, 17));

  test('a valid service compiles', () => {
    const s = service({ _type: 'pureSingleExecution', mapping: 'test::mapping', runtime: { _type: 'runtimePointer', runtime: 'test::runtime' } });
    const out = compileJson(model(klass, m, rt, s));
    expect(errorsOf(out)).toEqual([]);
    expect(warningsOf(out)).toEqual([]);
  });

  test("Can't find mapping (service)", () => {
    const s = service({ _type: 'pureSingleExecution', mapping: 'test::mapping2', mappingSourceInformation: si(32, 16, 29), runtime: { _type: 'runtimePointer', runtime: 'test::runtime' } });
    expect(firstError(compileJson(model(klass, m, rt, s)))).toBe("COMPILATION error at [32:16-29]: Can't find mapping 'test::mapping2'");
  });

  test("Can't find runtime", () => {
    const s = service({ _type: 'pureSingleExecution', mapping: 'test::mapping', runtime: { _type: 'runtimePointer', runtime: 'test::runtime2', sourceInformation: si(33, 16, 29) } });
    expect(firstError(compileJson(model(klass, m, rt, s)))).toBe("COMPILATION error at [33:16-29]: Can't find runtime 'test::runtime2'");
  });

  test('Runtime does not cover mapping (warning)', () => {
    const s = service({ _type: 'pureSingleExecution', mapping: 'test::mapping2', runtime: { _type: 'runtimePointer', runtime: 'test::runtime', sourceInformation: si(34, 14, 26) } });
    expect(warningsOf(compileJson(model(klass, m, m2, rt, s)))).toEqual(["COMPILATION warning at [34:14-26]: Service 'test::Service' Runtime 'test::runtime' does not cover mapping 'test::mapping2'"]);
  });

  test('Execution parameter with key already existed', () => {
    const p = (s?: ReturnType<typeof si>) => ({ key: 'PROD', mapping: 'test::mapping', runtime: { _type: 'runtimePointer', runtime: 'test::runtime' }, ...(s ? { sourceInformation: s } : {}) });
    const s = service({ _type: 'pureMultiExecution', executionKey: 'env', executionParameters: [p(), p(si(35, 5, 5, 39))] });
    expect(firstError(compileJson(model(klass, m, rt, s)))).toBe("COMPILATION error at [35:5-39:5]: Execution parameter with key 'PROD' already existed");
  });

  test('no title, empty documentation (warnings)', () => {
    const s = service({ _type: 'pureSingleExecution' }, { title: undefined, documentation: '' });
    expect(warningsOf(compileJson(model(klass, s)))).toEqual([
      "COMPILATION warning at [6:1-17:1]: Service 'Service' has empty documentation",
      "COMPILATION warning at [6:1-17:1]: Service 'Service' has no title, it is recommended to provide a title for better readability",
    ]);
  });

  test('Cannot use both ownership model and explicit owners list', () => {
    const s = service({ _type: 'pureSingleExecution' }, { ownership: { _type: 'deploymentOwnership', identifier: '1' } });
    expect(firstError(compileJson(model(klass, s)))).toBe('COMPILATION error at [6:1-17:1]: Cannot use both ownership model and explicit owners list.');
  });

  test("a service query's errors are reported", () => {
    const bad = { ...query, body: [{ _type: 'func', function: 'getAll', parameters: [{ _type: 'packageableElementPtr', fullPath: 'test::clas', sourceInformation: si(14, 13, 22) }] }] };
    const s = service({ _type: 'pureSingleExecution', func: bad });
    expect(firstError(compileJson(model(klass, s)))).toBe("COMPILATION error at [14:13-22]: Can't find the packageable element 'test::clas'");
  });
});
