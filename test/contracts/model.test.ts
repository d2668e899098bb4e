/** Item 5: a contract's schema against its PURE class, and the class's constraints on every valid case. */
import { afterEach, describe, expect, it } from 'vitest';
import { check } from '../../src/checks/contracts/index.js';
import type { FindingInput } from '../../src/core/types.js';
import { makeRepo, type TempRepo } from '../helpers/git-repo.js';
import { contractsContext, json, lineOf } from './context.js';

const repos: TempRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
});

const MODEL = `Class model::Order
[
  positiveTotal: $this.total > 0,
  idPrefix
  (
    ~function: $this.id->startsWith('O-')
    ~enforcementLevel: Warn
  )
]
{
  id: String[1];
  total: Float[1];
  currency: model::Currency[1];
  lines: model::Line[*];
  placed: StrictDate[0..1];
  note: String[0..1];
}

Enum model::Currency
{
  EUR,
  USD
}

Class model::Line
{
  sku: String[1];
  qty: Integer[1];
}
`;

/** A schema that conforms to model::Order (ids fixed to the O- prefix, totals above 0). */
const CONFORMING = {
  type: 'object',
  properties: {
    id: { type: 'string', pattern: '^O-[0-9]{3}$' },
    total: { type: 'number', exclusiveMinimum: 0 },
    currency: { enum: ['EUR', 'USD'] },
    lines: { type: 'array', items: { type: 'object', properties: { sku: { type: 'string' }, qty: { type: 'integer' } }, required: ['sku', 'qty'] } },
    placed: { type: 'string', format: 'date' },
    note: { type: 'string' },
  },
  required: ['id', 'total', 'currency'],
};

async function runWith(schema: unknown, files: Record<string, string> = {}, examples?: string): Promise<{ findings: FindingInput[]; notes: string[]; text: string }> {
  const text = json(schema);
  const r = makeRepo({ 'model/order.pure': MODEL, 's.json': text, ...files });
  r.commit('init');
  repos.push(r);
  const out = await check.run(
    await contractsContext(r.dir, {
      contracts: [{ name: 'orders', schema: 's.json', direction: 'producer', model: 'model::Order', ...(examples ? { examples: { valid: examples } } : {}) }],
      positiveCases: 6,
      maxNegativeCases: 0,
    }),
  );
  return { findings: out.findings, notes: out.notes ?? [], text };
}

const rules = (fs: FindingInput[]): string[] => fs.map((f) => f.ruleId);

describe('model conformance', () => {
  it('a conforming schema: no mismatch, constraints hold on every generated case', async () => {
    const { findings, notes } = await runWith(CONFORMING);
    expect(findings).toEqual([]);
    expect(notes.join('\n')).toMatch(/model model::Order: 0 mismatch\(es\), constraints checked on 6 instance\(s\), 0 violation\(s\)/);
  });

  it('reports each mismatch at the schema line: names, types, multiplicities, enums, nested classes', async () => {
    const s = structuredClone(CONFORMING) as { properties: Record<string, Record<string, unknown>>; required: string[] };
    s.properties.total = { type: 'string' }; // type
    s.properties.currency = { enum: ['EUR', 'USD', 'GBP'] }; // enum value the model lacks
    delete s.properties.note; // optional property missing in schema (warning)
    s.properties.extra = { type: 'string' }; // schema-only property (warning)
    s.required = ['total', 'currency']; // id [1] made optional
    s.properties.placed = { type: 'string' }; // StrictDate without format
    (s.properties.lines as { items: { properties: Record<string, unknown> } }).items.properties.qty = { type: 'number' }; // Integer vs number
    const { findings, text } = await runWith(s);
    const mm = findings.filter((f) => f.ruleId === 'contracts/model-mismatch');
    const byPath = Object.fromEntries(mm.map((f) => [f.properties!.instancePath as string, [f.properties!.mismatch, f.level, f.location?.startLine]]));
    expect(byPath).toMatchObject({
      '/total': ['type', 'error', lineOf(text, '"type": "string"', lineOf(text, '"total"') - 1)],
      '/currency': ['enum', 'error', lineOf(text, '"enum"', lineOf(text, '"currency"') - 1)],
      '/note': ['missing-in-schema', 'warning', lineOf(text, '"properties"')],
      '/extra': ['missing-in-model', 'warning', lineOf(text, '"extra"')],
      '/id': ['multiplicity', 'error', lineOf(text, '"id"')],
      '/placed': ['type', 'error', lineOf(text, '"type"', lineOf(text, '"placed"') - 1)],
      '/lines/qty': ['type', 'error', lineOf(text, '"number"', lineOf(text, '"qty"') - 1)],
    });
    expect(mm.find((f) => f.properties!.instancePath === '/currency')!.message).toContain('"GBP"');
  });

  it('reports constraint violations by name: on a valid example at its line, on generated cases at the constraint', async () => {
    const loose = structuredClone(CONFORMING) as { properties: Record<string, Record<string, unknown>> };
    loose.properties.id = { type: 'string' }; // ids without the O- prefix get through: idPrefix (Warn) fails
    const example = json({ id: 'O-001', total: 0, currency: 'EUR', lines: [] });
    loose.properties.total = { type: 'number', minimum: 0 };
    const { findings } = await runWith(loose, { 'ex/zero.json': example }, 'ex/*.json');
    const v = findings.filter((f) => f.ruleId === 'contracts/model-constraint-violated');
    const onExample = v.find((f) => f.properties!.case === 'ex/zero.json')!;
    expect(onExample).toMatchObject({ level: 'error', properties: { constraint: 'positiveTotal', owner: 'model::Order' }, location: { path: 'ex/zero.json', startLine: 1 } });
    const generated = v.find((f) => f.properties!.constraint === 'idPrefix')!;
    expect(generated).toMatchObject({ level: 'warning', location: { path: 'model/order.pure', startLine: lineOf(MODEL, 'idPrefix') } });
    expect(generated.message).toMatch(/generated positive-\d+ .* violates constraint idPrefix of model::Order/);
  });

  it('a missing class or missing PURE files is a clear finding', async () => {
    const r = makeRepo({ 's.json': json(CONFORMING) });
    r.commit('init');
    repos.push(r);
    const out = await check.run(await contractsContext(r.dir, { contracts: [{ name: 'o', schema: 's.json', direction: 'producer', model: 'model::Order' }], positiveCases: 1 }));
    expect(rules(out.findings)).toEqual(['contracts/model-class-missing']);
    expect(out.findings[0]!.message).toMatch(/no PURE file matches/);
    const { findings } = await runWith(CONFORMING, { 'model/broken.pure': 'Class model::Broken {\n  x: String[1]\n' });
    expect(rules(findings)).toEqual([]);
  });
});
