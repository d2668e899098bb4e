/**
 * End to end through the real pipeline (config → git diff → check → policy → verdict →
 * check-run plan → evidence bundle) on a real repository: a PR that removes a required
 * property from a response (producer) schema and adds a required property to a request
 * (consumer) schema.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../../src/app.js';
import { planCheckRun } from '../../src/report/check-run.js';
import type { Settings } from '../../src/settings.js';
import type { TempRepo } from '../helpers/git-repo.js';
import { INSTALL_DIR, json, lineOf, prRepo } from './context.js';

const repos: TempRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
});

function settings(root: string, over: Partial<Settings> = {}): Settings {
  return {
    root,
    installDir: INSTALL_DIR,
    checks: ['contracts'],
    fetchMissingBase: false,
    reporting: { comment: 'never', annotations: true, checkName: 'Guardian', evidenceDir: join(root, '.guardian', 'evidence'), workflowCommands: false },
    secrets: [],
    now: new Date('2026-11-21T10:00:00Z'),
    log: { info: () => {}, warn: () => {}, debug: () => {} },
    progress: () => {},
    ...over,
  };
}

const CONFIG = `checks:
  contracts:
    positiveCases: 5
    contracts:
      - name: order-response
        schema: schemas/order-response.json
        direction: producer
        examples:
          valid: examples/response/*.json
      - name: order-request
        schema: schemas/order-request.json
        direction: consumer
        examples:
          valid: examples/request/valid/*.json
          invalid: examples/request/invalid/*.json
`;

const RESPONSE_BASE = json({
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  properties: { id: { type: 'string' }, total: { type: 'number', minimum: 0 }, currency: { type: 'string', enum: ['EUR', 'USD'] } },
  required: ['id', 'total'],
});
const RESPONSE_HEAD = json({
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  properties: { id: { type: 'string' }, currency: { type: 'string', enum: ['EUR', 'USD'] } },
  required: ['id'],
});
const REQUEST_BASE = json({
  type: 'object',
  properties: { item: { type: 'string', maxLength: 40 }, qty: { type: 'integer', minimum: 1 } },
  required: ['item'],
});
const REQUEST_HEAD = json({
  type: 'object',
  properties: { item: { type: 'string', maxLength: 40 }, qty: { type: 'integer', minimum: 1 }, customerId: { type: 'string', pattern: '^C[0-9]{4}$' } },
  required: ['item', 'customerId'],
});

function scenario(): TempRepo {
  const r = prRepo(
    {
      '.github/guardian.yml': CONFIG,
      'schemas/order-response.json': RESPONSE_BASE,
      'schemas/order-request.json': REQUEST_BASE,
      'examples/response/a.json': json({ id: 'o-1', total: 12.5, currency: 'EUR' }),
      'examples/request/valid/a.json': json({ item: 'pen', qty: 2 }),
      'examples/request/invalid/no-item.json': json({ qty: 2 }),
    },
    {
      'schemas/order-response.json': RESPONSE_HEAD,
      'schemas/order-request.json': REQUEST_HEAD,
      'examples/request/valid/a.json': json({ item: 'pen', qty: 2, customerId: 'C0042' }),
    },
  );
  repos.push(r);
  return r;
}

describe('contracts end to end', () => {
  it('annotates the removed response property (base line) and the new required request property (head line) as errors, and fails', async () => {
    const r = scenario();
    const out = await run(settings(r.dir, { base: 'main' }));
    const result = out.results.find((x) => x.checkId === 'contracts')!;
    expect(result.error).toBeUndefined();
    const breaking = result.findings.filter((f) => f.properties?.change);
    expect(breaking.map((f) => [f.ruleId, f.level, f.location?.path, f.location?.startLine])).toEqual([
      ['contracts/required-property-removed', 'error', 'schemas/order-response.json', lineOf(RESPONSE_BASE, '"total"')],
      ['contracts/required-property-added', 'error', 'schemas/order-request.json', lineOf(REQUEST_HEAD, '"customerId"')],
    ]);
    expect(breaking[0]!.message).toMatch(/line \d+ is in the base version of schemas\/order-response\.json/);
    expect(breaking[0]!.message).toContain('/total');
    expect(breaking[1]!.message).toContain('#/properties/customerId');
    // Nothing else is wrong: examples pass and generated cases behave.
    expect(result.findings.filter((f) => !f.properties?.change)).toEqual([]);
    expect(out.verdict.verdict).toBe('fail');
    expect(result.status).toBe('failed');

    const plan = planCheckRun(out.report, { annotations: true });
    const annotations = [plan.create.output.annotations ?? [], ...plan.updates.map((u) => u.output.annotations ?? [])].flat();
    expect(annotations.map((a) => [a.path, a.start_line, a.annotation_level])).toEqual(
      expect.arrayContaining([
        ['schemas/order-response.json', lineOf(RESPONSE_BASE, '"total"'), 'failure'],
        ['schemas/order-request.json', lineOf(REQUEST_HEAD, '"customerId"'), 'failure'],
      ]),
    );
    expect(plan.create.conclusion).toBe('failure');

    // Evidence: schema digests at base and head, case counts, breaking-change ids.
    const ev = JSON.parse(readFileSync(join(out.evidencePath, 'contracts.intoto.json'), 'utf8'));
    const text = JSON.stringify(ev);
    expect(text).toContain('contract:order-response@head');
    expect(text).toContain('contract:order-response@base');
    expect(text).toContain('contracts/order-response/breaking/required-property-removed@schemas/order-response.json#/properties/total');
    expect(text).toContain('contracts/order-request/generated/positive-1');
    expect(text).toMatch(/contracts\/order-request\/generated\/negative\/required@\/:customerId/);
  });

  it('keeps a pure removal (no line added in head) under the default diff scope', async () => {
    // Only lines are deleted: nothing in head is "added", yet the PR causes the breaking change.
    const base = json({ type: 'object', properties: { a: { type: 'string' }, b: { type: 'string' }, c: { type: 'string' } }, required: ['a'] });
    const head = json({ type: 'object', properties: { a: { type: 'string' }, c: { type: 'string' } }, required: ['a'] });
    const r = prRepo({ '.github/guardian.yml': 'checks:\n  contracts:\n    contracts:\n      - {name: p, schema: s.json, direction: consumer}\n', 's.json': base }, { 's.json': head });
    repos.push(r);
    const out = await run(settings(r.dir, { base: 'main' }));
    const result = out.results.find((x) => x.checkId === 'contracts')!;
    expect(result.findings.map((f) => [f.ruleId, f.level, f.location?.startLine, f.inDiff])).toEqual([['contracts/property-removed', 'warning', lineOf(base, '"b"'), true]]);
    expect(result.counts.outsideDiff).toBe(0);
  });

  it('keeps head-side breaking changes under the default diff scope', async () => {
    const r = scenario();
    const out = await run(settings(r.dir, { base: 'main' }));
    const result = out.results.find((x) => x.checkId === 'contracts')!;
    const ids = result.findings.map((f) => f.ruleId);
    // The head-side change is on an added line, so diff scope keeps it either way.
    expect(ids).toContain('contracts/required-property-added');
    expect(out.verdict.verdict).toBe('fail');
  });

  it('grades the same changes by compatibility: none makes them notices and the run passes', async () => {
    const r = scenario();
    r.write({ '.github/guardian.yml': CONFIG.replace(/direction: (producer|consumer)/g, 'direction: $1\n        compatibility: none') });
    r.commit('compat none');
    const out = await run(settings(r.dir, { base: 'main' }));
    const result = out.results.find((x) => x.checkId === 'contracts')!;
    const breaking = result.findings.filter((f) => f.properties?.change);
    expect(breaking.map((f) => f.level)).toEqual(['notice', 'notice']);
    expect(out.verdict.verdict).toBe('pass');
  });
});
