import { describe, expect, test } from 'vitest';
import { parsePureGrammar } from '../../src/pure/index.js';
import { defaultConstraintMessage, evaluateConstraints, type EvaluateConstraintsResult } from '../../src/pure/evaluator/index.js';

const MODEL = parsePureGrammar(`Enum demo::Status
{
  ACTIVE,
  CLOSED
}

Class demo::Address
[
  zipShape: $this.zip->length() == 5
]
{
  street: String[1];
  zip: String[1];
}

Class demo::Party
[
  hasId: $this.id->startsWith('P-')
]
{
  id: String[1];
}

Class demo::Person extends demo::Party
[
  nameNotEmpty: $this.name->isNotEmpty(),
  adult: $this.age >= 18,
  statusKnown: $this.status == demo::Status.ACTIVE || $this.status == demo::Status.CLOSED,
  emailShape
  (
    ~externalId: 'EMAIL-1'
    ~function: $this.emails->forAll(e|$e->contains('@'))
    ~enforcementLevel: Warn
    ~message: 'bad email for ' + $this.name
  ),
  startsBefore2030: $this.startDate->isEmpty() || ($this.startDate->toOne() < %2030-01-01),
  addressCount: $this.addresses->size() <= 2
]
{
  name: String[1];
  age: Integer[1];
  status: demo::Status[1];
  emails: String[*];
  startDate: StrictDate[0..1];
  addresses: demo::Address[*];
  greeting() {'Hello ' + $this.name}: String[1];
  nextAge(years: Integer[1]) {$this.age + $years}: Integer[1];
}
`);

const valid = { id: 'P-1', name: 'Ann', age: 30, status: 'ACTIVE', emails: ['ann@example.com'], startDate: '2020-05-01', addresses: [{ street: 'Main', zip: '12345' }] };

const run = (instance: unknown, cls = 'demo::Person'): EvaluateConstraintsResult => evaluateConstraints({ model: MODEL, class: cls, instance });
const statusOf = (r: EvaluateConstraintsResult, id: string) => r.constraints.find((c) => c.id === id)?.status;

describe('constraint evaluator', () => {
  test('a valid instance passes every constraint, inherited and nested ones included', () => {
    const r = run(valid);
    expect(r.valid).toBe(true);
    expect(r.defects).toEqual([]);
    expect(r.constraints.map((c) => `${c.ruleDefinerPath}.${c.id}:${c.status}`)).toEqual([
      'demo::Person.nameNotEmpty:passed',
      'demo::Person.adult:passed',
      'demo::Person.statusKnown:passed',
      'demo::Person.emailShape:passed',
      'demo::Person.startsBefore2030:passed',
      'demo::Person.addressCount:passed',
      'demo::Party.hasId:passed',
      'demo::Address.zipShape:passed',
    ]);
  });

  test('a failing constraint gives a defect with Legend default message', () => {
    const r = run({ ...valid, age: 12 });
    expect(r.valid).toBe(false);
    expect(statusOf(r, 'adult')).toBe('failed');
    expect(r.defects).toEqual([
      { id: 'adult', externalId: null, message: 'Constraint :[adult] violated in the Class Person', enforcementLevel: 'Error', ruleType: 'ClassConstraint', ruleDefinerPath: 'demo::Person', path: [] },
    ]);
    expect(defaultConstraintMessage('x', 'a::B')).toBe('Constraint :[x] violated in the Class B');
  });

  test('a Warn constraint uses its message function and does not invalidate the instance', () => {
    const r = run({ ...valid, emails: ['ann.example.com'] });
    expect(r.valid).toBe(true);
    const d = r.defects.find((x) => x.id === 'emailShape');
    expect(d).toMatchObject({ enforcementLevel: 'Warn', externalId: 'EMAIL-1', message: 'bad email for Ann' });
  });

  test('inherited constraints report the class that declares them', () => {
    const r = run({ ...valid, id: 'X-1' });
    expect(r.defects.map((d) => `${d.ruleDefinerPath}:${d.id}`)).toEqual(['demo::Party:hasId']);
  });

  test('nested instances are checked with their path', () => {
    const r = run({ ...valid, addresses: [{ street: 'Main', zip: '12345' }, { street: 'Side', zip: '1' }] });
    expect(r.defects).toEqual([
      { id: 'zipShape', externalId: null, message: 'Constraint :[zipShape] violated in the Class Address', enforcementLevel: 'Error', ruleType: 'ClassConstraint', ruleDefinerPath: 'demo::Address', path: [{ propertyName: 'addresses', index: 1 }] },
    ]);
  });

  test('enumerations, dates and multiplicity-[0..1] values', () => {
    expect(statusOf(run({ ...valid, status: 'CLOSED' }), 'statusKnown')).toBe('passed');
    expect(statusOf(run({ ...valid, startDate: '2031-01-01' }), 'startsBefore2030')).toBe('failed');
    expect(statusOf(run({ ...valid, startDate: undefined }), 'startsBefore2030')).toBe('passed');
    expect(statusOf(run({ ...valid, addresses: [valid.addresses[0], valid.addresses[0], valid.addresses[0]] }), 'addressCount')).toBe('failed');
  });

  test('structure defects: multiplicity, types and enumeration values', () => {
    const r = run({ id: 'P-1', age: '30', status: 'OPEN', emails: [], addresses: [] });
    expect(r.valid).toBe(false);
    expect(r.defects.filter((d) => d.ruleType === 'ClassStructure').map((d) => d.message)).toEqual([
      'Invalid multiplicity for name: expected [1] found [0]',
      'Invalid value for age: expected Integer found "30"',
      'Invalid value for status: expected one of Status.ACTIVE|CLOSED found "OPEN"',
    ]);
  });

  test('a constraint that cannot be evaluated is an error, not a pass', () => {
    const r = run({ ...valid, name: undefined });
    expect(statusOf(r, 'nameNotEmpty')).toBe('failed');
    const model = parsePureGrammar("Class demo::T\n[\n  one: $this.xs->toOne() == 'a'\n]\n{\n  xs: String[*];\n}\n");
    const e = evaluateConstraints({ model, class: 'demo::T', instance: { xs: [] } });
    expect(e.constraints[0]).toMatchObject({ id: 'one', status: 'error' });
    expect(e.defects[0]?.message).toContain('Cannot cast a collection of size 0 to multiplicity [1]');
    expect(e.valid).toBe(false);
  });

  test('a function outside the subset is reported as unsupported, never as a failure', () => {
    const model = parsePureGrammar("Class demo::T\n[\n  digits: $this.code->isDigitsOnly()\n]\n{\n  code: String[1];\n}\n");
    const e = evaluateConstraints({ model, class: 'demo::T', instance: { code: '123' } });
    expect(e.constraints[0]).toMatchObject({ status: 'unsupported' });
    expect(e.constraints[0]?.detail).toContain('not supported by the embedded engine');
    expect(e.defects).toEqual([]);
    expect(e.valid).toBe(true);
  });

  test('derived properties are evaluated; those with parameters only when called', () => {
    const r = run(valid);
    expect(r.derivedProperties.find((d) => d.name === 'greeting')).toMatchObject({ status: 'evaluated', value: 'Hello Ann' });
    expect(r.derivedProperties.find((d) => d.name === 'nextAge')).toMatchObject({ status: 'skipped' });
    const model = parsePureGrammar('Class demo::T\n[\n  c: $this.plus(2) == 5\n]\n{\n  n: Integer[1];\n  plus(k: Integer[1]) {$this.n + $k}: Integer[1];\n}\n');
    expect(evaluateConstraints({ model, class: 'demo::T', instance: { n: 3 } }).constraints[0]?.status).toBe('passed');
    expect(evaluateConstraints({ model, class: 'demo::T', instance: { n: 4 } }).constraints[0]?.status).toBe('failed');
  });

  test('standard functions: strings, arithmetic, collections, lambdas', () => {
    const model = parsePureGrammar(
      "Class demo::T\n[\n  a: $this.s->toUpper()->startsWith('AB') && $this.s->trim()->length() == 3,\n  b: $this.ns->filter(n|$n > 1)->map(n|$n * 2)->sum() == 10,\n  c: ($this.ns->size() == 3) && $this.ns->exists(n|$n == 3) && $this.ns->at(0) == 1,\n  d: if($this.ns->isEmpty(), |false, |$this.ns->max()->toOne() == 3),\n  e: [1, 2]->contains(2) && 'x'->in(['x', 'y']) && $this.s->substring(0, 1) == 'a'\n]\n{\n  s: String[1];\n  ns: Integer[*];\n}\n",
    );
    const ok = evaluateConstraints({ model, class: 'demo::T', instance: { s: 'abc', ns: [1, 2, 3] } });
    expect(ok.constraints.map((c) => `${c.id}:${c.status}`)).toEqual(['a:passed', 'b:passed', 'c:passed', 'd:passed', 'e:passed']);
    const bad = evaluateConstraints({ model, class: 'demo::T', instance: { s: 'xbc', ns: [1, 4] } });
    expect(bad.constraints.map((c) => `${c.id}:${c.status}`)).toEqual(['a:failed', 'b:failed', 'c:failed', 'd:failed', 'e:failed']);
  });

  test('unknown class and non-object instances', () => {
    expect(() => evaluateConstraints({ model: MODEL, class: 'demo::Nope', instance: {} })).toThrow("Can't find class 'demo::Nope'");
    const r = run([1, 2]);
    expect(r.valid).toBe(false);
    expect(r.defects[0]?.ruleType).toBe('ClassStructure');
  });

  test('instances nested thousands deep are checked to the bottom, in document order (no recursion limit)', () => {
    const model = parsePureGrammar('Class demo::Node\n[\n  positive: $this.v > 0\n]\n{\n  v: Integer[1];\n  next: demo::Node[0..1];\n}\n');
    let instance: Record<string, unknown> = { v: 0 };
    for (let i = 0; i < 6000; i++) instance = { v: 1, next: instance };
    const r = evaluateConstraints({ model, class: 'demo::Node', instance });
    expect(r.constraints).toHaveLength(6001);
    expect(r.constraints.every((c, depth) => c.path.length === depth)).toBe(true);
    expect(r.defects.map((d) => d.path.length)).toEqual([6000]);
  });
});
