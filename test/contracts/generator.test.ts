import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runGeneratedCases } from '../../src/checks/contracts/cases.js';
import { Rng } from '../../src/checks/contracts/random.js';
import { loadSchema, taxonomy } from './helpers.js';

/**
 * Satisfiable schemas from a small grammar of keywords: every generated positive must
 * validate, every single-keyword mutation must fail for that keyword at that path.
 */
const str = fc.record(
  {
    type: fc.constant('string'),
    minLength: fc.integer({ min: 0, max: 4 }),
    maxLength: fc.integer({ min: 4, max: 12 }),
    pattern: fc.constantFrom('^[a-z]+$', '^[A-Z][a-z0-9]*$', '\\d', '^x', '^[a-f0-9-]+$'),
  },
  { requiredKeys: ['type'] },
);
const fmt = fc.record({ type: fc.constant('string'), format: fc.constantFrom('email', 'date', 'uuid', 'date-time', 'ipv4', 'uri') });
const int = fc
  .tuple(fc.integer({ min: -50, max: 50 }), fc.integer({ min: 5, max: 40 }), fc.option(fc.integer({ min: 2, max: 5 }), { nil: undefined }), fc.boolean(), fc.boolean())
  .map(([lo, span, step, useLo, useHi]) => ({
    type: 'integer',
    ...(useLo ? { minimum: lo } : {}),
    ...(useHi ? { maximum: lo + span } : {}),
    ...(step ? { multipleOf: step } : {}),
  }));
const num = fc
  .tuple(fc.integer({ min: -10, max: 10 }), fc.integer({ min: 2, max: 20 }), fc.constantFrom(undefined, 0.5, 0.25))
  .map(([lo, span, step]) => ({ type: 'number', exclusiveMinimum: lo, maximum: lo + span, ...(step ? { multipleOf: step } : {}) }));
const enums = fc.oneof(
  fc.uniqueArray(fc.oneof(fc.string({ maxLength: 6 }), fc.integer()), { minLength: 1, maxLength: 4 }).map((values) => ({ enum: values })),
  fc.oneof(fc.string({ maxLength: 6 }), fc.integer(), fc.boolean()).map((c) => ({ const: c })),
  fc.constantFrom({ type: 'boolean' }, { type: 'null' }, { type: ['string', 'null'], maxLength: 3 }),
);
const leaf = fc.oneof(str, fmt, int, num, enums);
const propName = fc.constantFrom('id', 'name', 'qty', 'tags', 'note', 'a-b', 'x y', 'we~ird/key');

const { schema } = fc.letrec<{ schema: unknown; obj: unknown; arr: unknown }>((tie) => ({
  schema: fc.oneof({ maxDepth: 3, depthIdentifier: 's' }, leaf, tie('obj'), tie('arr'), tie('obj').map((o) => ({ allOf: [o, { type: 'object' }] }))),
  obj: fc
    .tuple(fc.uniqueArray(fc.tuple(propName, tie('schema')), { minLength: 1, maxLength: 4, selector: (p) => p[0] }), fc.nat(), fc.boolean())
    .map(([props, mask, closed]) => ({
      type: 'object',
      properties: Object.fromEntries(props),
      required: props.filter((_, i) => (mask >> i) & 1).map(([n]) => n),
      ...(closed ? { additionalProperties: false } : {}),
    })),
  arr: fc
    .tuple(tie('schema'), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 1, max: 3 }))
    .map(([items, min, extra]) => ({ type: 'array', items, minItems: min, maxItems: min + extra })),
}));

/** Wraps a schema behind a $ref, sometimes, so refs are exercised too. */
const contract = fc.tuple(schema, fc.boolean()).map(([s, viaRef]) => (viaRef ? { $ref: '#/definitions/Root', definitions: { Root: s } } : s));

describe('generated cases (property)', () => {
  it('positives validate, each negative fails for its keyword at its path, and nothing is reported', async () => {
    await fc.assert(
      fc.asyncProperty(contract, fc.integer(), async (s, seed) => {
        const L = await loadSchema(s);
        const run = runGeneratedCases(L.set, L.compiled, taxonomy(), { seed, positiveCases: 4, maxNegativeCases: 60, contract: 'p' });
        const problems = run.problems.map((p) =>
          p.kind === 'negative-accepted' ? `${p.mutation.label}: ${p.what}: ${p.errors}` : `${p.kind}: ${p.failure.reason} at /${p.failure.instancePath.join('/')}`,
        );
        expect(problems).toEqual([]);
        expect(run.positivesFailed).toEqual([]);
        expect(run.positivesPassed).toHaveLength(4);
        for (const v of run.positives) expect(L.compiled.validate!(v)).toBe(true);
        expect(run.negativesFailed).toEqual([]);
        expect(run.negativesPassed.length).toBeGreaterThan(0);
      }),
      { numRuns: 60 },
    );
  });

  it('is deterministic: the same seed gives the same cases', async () => {
    await fc.assert(
      fc.asyncProperty(contract, fc.integer(), async (s, seed) => {
        const L = await loadSchema(s);
        const a = runGeneratedCases(L.set, L.compiled, taxonomy(), { seed, positiveCases: 3, maxNegativeCases: 20, contract: 'p' });
        const b = runGeneratedCases(L.set, L.compiled, taxonomy(), { seed, positiveCases: 3, maxNegativeCases: 20, contract: 'p' });
        expect(b.positives).toEqual(a.positives);
        expect(b.negativesPassed).toEqual(a.negativesPassed);
      }),
      { numRuns: 25 },
    );
  });
});

describe('generated cases (examples)', () => {
  it('labels negatives with keyword and pointer, covering the mutations the issue lists', async () => {
    const L = await loadSchema({
      type: 'object',
      properties: {
        name: { type: 'string', minLength: 2, maxLength: 5, pattern: '^[a-z]+$' },
        age: { type: 'integer', minimum: 0, maximum: 120 },
        status: { enum: ['open', 'closed'] },
        tags: { type: 'array', items: { type: 'string' } },
      },
      required: ['name'],
      additionalProperties: false,
    });
    const run = runGeneratedCases(L.set, L.compiled, taxonomy(), { seed: 1, positiveCases: 3, maxNegativeCases: 100, contract: 'x' });
    expect(run.negativesPassed).toEqual(
      expect.arrayContaining([
        'required@/:name',
        'type@/age',
        'minimum@/age',
        'maximum@/age',
        'minLength@/name',
        'maxLength@/name',
        'pattern@/name',
        'enum@/status',
        'additionalProperties@/',
        'type@/tags/0',
      ]),
    );
    expect(run.problems).toEqual([]);
  });

  it('reports an unsatisfiable schema with the contradicting keyword, certain', async () => {
    const L = await loadSchema({ type: 'object', properties: { code: { type: 'string', minLength: 5, maxLength: 3 } }, required: ['code'] });
    const run = runGeneratedCases(L.set, L.compiled, taxonomy(), { seed: 1, positiveCases: 3, maxNegativeCases: 10, contract: 'x' });
    expect(run.positivesFailed).toHaveLength(3);
    expect(run.problems).toHaveLength(1);
    expect(run.problems[0]).toMatchObject({ kind: 'unsatisfiable', scope: 'root', failure: { keyword: 'maxLength', instancePath: ['code'], certain: true } });
  });

  it('reports an optional part that can never be present as a part, not the whole schema', async () => {
    const L = await loadSchema({ type: 'object', properties: { id: { type: 'string' }, n: { type: 'integer', minimum: 5, maximum: 1 } } });
    const run = runGeneratedCases(L.set, L.compiled, taxonomy(), { seed: 1, positiveCases: 3, maxNegativeCases: 20, contract: 'x' });
    expect(run.positivesPassed).toHaveLength(3);
    expect(run.problems).toEqual([expect.objectContaining({ kind: 'unsatisfiable', scope: 'part', failure: expect.objectContaining({ instancePath: ['n'] }) })]);
  });

  it('calls a lookahead pattern a generator limitation only when it cannot satisfy it', async () => {
    const ok = await loadSchema({ type: 'string', pattern: '^(?=.*\\d)[a-z0-9]{8}$' });
    const r = ok.gen.generate(new Rng(3), { optional: 'random' });
    expect(r.ok && ok.compiled.validate!(r.value)).toBe(true);
    const hard = await loadSchema({ type: 'string', pattern: '^(?!a)(?!b)(?!c)(?!d)(?!e)[a-e]$' });
    const h = hard.gen.generate(new Rng(3), { optional: 'random' });
    expect(h).toMatchObject({ ok: false, failure: { unsupported: true, keyword: 'pattern' } });
  });

  it('finishes on a catastrophically backtracking pattern: a value or a generator-limitation notice', async () => {
    const L = await loadSchema({ type: 'object', properties: { s: { type: 'string', pattern: '^(a|aa)+$' }, t: { type: 'string', pattern: '(.{2,}|x*)+y$' } }, required: ['s', 't'] });
    const run = runGeneratedCases(L.set, L.compiled, taxonomy(), { seed: 1, positiveCases: 3, maxNegativeCases: 20, contract: 'x' });
    for (const v of run.positives) expect(L.compiled.validate!(v)).toBe(true);
    expect(run.problems.every((p) => p.kind === 'unsupported')).toBe(true);
  });

  it('generates across $refs to other files, tuples, patternProperties and if/then', async () => {
    const L = await loadSchema(
      {
        type: 'object',
        properties: {
          addr: { $ref: 'common.json#/definitions/Address' },
          pair: { type: 'array', items: [{ type: 'string' }, { type: 'integer' }], additionalItems: false, minItems: 2 },
          meta: { type: 'object', patternProperties: { '^x-': { type: 'string' } }, additionalProperties: false, minProperties: 2 },
          kind: { enum: ['a', 'b'] },
        },
        required: ['addr', 'pair', 'meta', 'kind'],
        if: { properties: { kind: { const: 'a' } } },
        then: { required: ['extra'] },
      },
      { 'common.json': JSON.stringify({ definitions: { Address: { type: 'object', properties: { zip: { type: 'string', pattern: '^\\d{5}$' } }, required: ['zip'] } } }) },
    );
    const run = runGeneratedCases(L.set, L.compiled, taxonomy(), { seed: 9, positiveCases: 8, maxNegativeCases: 100, contract: 'x' });
    expect(run.problems).toEqual([]);
    expect(run.positivesPassed).toHaveLength(8);
    expect(run.negativesPassed).toEqual(expect.arrayContaining(['pattern@/addr/zip', 'required@/addr:zip', 'type@/pair/1', 'additionalProperties@/meta']));
  });
});
