/** The whole contracts check on real git repositories. */
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { check } from '../../src/checks/contracts/index.js';
import type { FindingInput } from '../../src/core/types.js';
import type { TempRepo } from '../helpers/git-repo.js';
import { makeRepo } from '../helpers/git-repo.js';
import { boundQuiet, QUIET } from './breaking-cases.js';
import { contractsContext, json, lineOf, prRepo } from './context.js';
import { pretty, taxonomy } from './helpers.js';

const repos: TempRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
});

function repo(files: Record<string, string | Buffer>): TempRepo {
  const r = makeRepo(files);
  r.commit('init');
  repos.push(r);
  return r;
}

const of = (findings: FindingInput[], rule: string): FindingInput[] => findings.filter((f) => f.ruleId === `contracts/${rule}`);

describe('breaking changes through the check, every id in both directions', () => {
  it('fires with the level of its direction on its example pair and stays quiet on the close pair', async () => {
    const tax = taxonomy();
    const base: Record<string, string> = {};
    const head: Record<string, string> = {};
    const contracts: unknown[] = [];
    for (const [id, change] of Object.entries(tax.changes)) {
      const quiet = QUIET[id] ?? boundQuiet(change.example);
      base[`schemas/${id}/fire.json`] = pretty(change.example.base);
      head[`schemas/${id}/fire.json`] = pretty(change.example.head);
      base[`schemas/${id}/quiet.json`] = pretty(quiet.base);
      head[`schemas/${id}/quiet.json`] = pretty(quiet.head);
      for (const direction of ['consumer', 'producer']) {
        contracts.push({ name: `${id}.fire.${direction}`, schema: `schemas/${id}/fire.json`, direction });
        contracts.push({ name: `${id}.quiet.${direction}`, schema: `schemas/${id}/quiet.json`, direction });
      }
    }
    const r = prRepo(base, head);
    repos.push(r);
    const out = await check.run(await contractsContext(r.dir, { contracts, positiveCases: 0, maxNegativeCases: 0 }, { base: 'main' }));
    const byContract = new Map<string, FindingInput[]>();
    for (const f of out.findings) {
      const name = f.properties?.contract as string;
      byContract.set(name, [...(byContract.get(name) ?? []), f]);
    }
    for (const [id, change] of Object.entries(tax.changes)) {
      for (const direction of ['consumer', 'producer'] as const) {
        const fired = (byContract.get(`${id}.fire.${direction}`) ?? []).filter((f) => f.ruleId === `contracts/${id}`);
        expect([id, direction, fired.map((f) => f.level)]).toEqual([id, direction, [change.levels[direction]]]);
        expect(fired[0]!.introducedByDiff).toBe(true);
        const quiet = (byContract.get(`${id}.quiet.${direction}`) ?? []).filter((f) => f.ruleId === `contracts/${id}`);
        expect([id, direction, quiet]).toEqual([id, direction, []]);
      }
    }
    // Data-driven rules are returned for SARIF and config validation.
    expect(out.rules?.map((x) => x.id)).toContain('contracts/enum-value-removed');
  });

  it('an explicit compatibility overrides the direction', async () => {
    const ex = taxonomy().changes['required-property-added']!.example;
    const r = prRepo({ 's.json': pretty(ex.base) }, { 's.json': pretty(ex.head) });
    repos.push(r);
    const run = async (direction: string, compatibility?: string): Promise<string[]> => {
      const out = await check.run(
        await contractsContext(r.dir, { contracts: [{ name: 'c', schema: 's.json', direction, ...(compatibility ? { compatibility } : {}) }], positiveCases: 0 }, { base: 'main' }),
      );
      return of(out.findings, 'required-property-added').map((f) => f.level!);
    };
    expect(await run('producer')).toEqual(['notice']);
    expect(await run('producer', 'backward')).toEqual(['error']);
    expect(await run('consumer', 'forward')).toEqual(['notice']);
    expect(await run('both')).toEqual(['error']);
    expect(await run('consumer', 'none')).toEqual(['notice']);
  });

  it('compares the base version of $ref files too, and reports in the referenced file', async () => {
    const root = json({ type: 'object', properties: { zip: { $ref: 'defs/common.json#/definitions/Zip' } } });
    const commonBase = json({ definitions: { Zip: { type: 'string', maxLength: 10 } } });
    const commonHead = json({ definitions: { Zip: { type: 'string', maxLength: 5 } } });
    const r = prRepo({ 'schemas/a.json': root, 'schemas/defs/common.json': commonBase }, { 'schemas/defs/common.json': commonHead });
    repos.push(r);
    const out = await check.run(await contractsContext(r.dir, { contracts: [{ name: 'a', schema: 'schemas/a.json', direction: 'consumer' }], positiveCases: 1 }, { base: 'main' }));
    const [f] = of(out.findings, 'max-length-decreased');
    expect(f).toMatchObject({ level: 'error', location: { path: 'schemas/defs/common.json', startLine: lineOf(commonHead, '"maxLength"') } });
    const headDigest = createHash('sha256').update(commonHead).digest('hex');
    const head = out.evidence!.configuration!.find((d) => d.name === 'contract:a@head')!;
    expect((head.annotations as { files: Record<string, string> }).files['schemas/defs/common.json']).toBe(headDigest);
    expect(out.evidence!.configuration!.find((d) => d.name === 'contract:a@base')).toBeDefined();
  });

  it('outside a PR skips breaking changes with a note', async () => {
    const r = repo({ 's.json': json({ type: 'string' }) });
    const out = await check.run(await contractsContext(r.dir, { contracts: [{ name: 'c', schema: 's.json', direction: 'producer' }], positiveCases: 2 }));
    expect(out.findings).toEqual([]);
    expect(out.notes?.join('\n')).toMatch(/Not a pull request/);
    expect(out.summary).toMatch(/breaking changes not checked/);
  });

  it('a new contract schema (absent at base) is noted, not compared', async () => {
    const r = prRepo({ 'README.md': 'x\n' }, { 's.json': json({ type: 'string' }) });
    repos.push(r);
    const out = await check.run(await contractsContext(r.dir, { contracts: [{ name: 'c', schema: 's.json', direction: 'producer' }], positiveCases: 1 }, { base: 'main' }));
    expect(out.findings).toEqual([]);
    expect(out.notes?.join('\n')).toMatch(/does not exist at the base revision/);
  });
});

describe('examples', () => {
  const schema = json({
    type: 'object',
    properties: { name: { type: 'string', maxLength: 5 }, tags: { type: 'array', items: { type: 'string' } } },
    required: ['name'],
    additionalProperties: false,
  });

  it('reports a rejected valid example at the offending line with pointer and keyword, and an accepted invalid one', async () => {
    const bad = json({ name: 'far too long', tags: ['ok', 7], extra: true });
    const r = repo({
      's.json': schema,
      'ex/valid/good.json': json({ name: 'ok' }),
      'ex/valid/bad.json': bad,
      'ex/invalid/missing-name.json': json({ tags: [] }),
      'ex/invalid/actually-valid.yaml': 'name: abc\n',
    });
    const out = await check.run(
      await contractsContext(r.dir, { contracts: [{ name: 'c', schema: 's.json', direction: 'consumer', examples: { valid: 'ex/valid/*.json', invalid: ['ex/invalid/*'] } }], positiveCases: 0, maxNegativeCases: 0 }),
    );
    const rejected = of(out.findings, 'example-rejected');
    expect(rejected.map((f) => [f.location!.startLine, f.properties!.instancePath, f.properties!.keyword])).toEqual(
      expect.arrayContaining([
        [lineOf(bad, '"name"'), '/name', 'maxLength'],
        [lineOf(bad, '7'), '/tags/1', 'type'],
        [lineOf(bad, '"extra"'), '', 'additionalProperties'],
      ]),
    );
    expect(rejected.find((f) => f.properties!.keyword === 'maxLength')!.message).toMatch(/keyword `maxLength` at s\.json#\/properties\/name\/maxLength/);
    expect(of(out.findings, 'example-accepted').map((f) => f.location!.path)).toEqual(['ex/invalid/actually-valid.yaml']);
    expect(out.evidence!.passedTests).toEqual(expect.arrayContaining(['contracts/c/example/valid/ex/valid/good.json', 'contracts/c/example/invalid/ex/invalid/missing-name.json']));
    expect(out.evidence!.failedTests).toEqual(expect.arrayContaining(['contracts/c/example/valid/ex/valid/bad.json', 'contracts/c/example/invalid/ex/invalid/actually-valid.yaml']));
  });

  it('reports malformed examples at the exact position and never crashes (JSON, YAML, binary, invalid UTF-8)', async () => {
    const r = repo({
      's.json': schema,
      'ex/a.json': '{\n  "name": "x",\n  "tags": [1,, 2]\n}\n',
      'ex/b.yaml': 'name: x\ntags: [a, b\n',
      'ex/c.json': Buffer.from([0x7b, 0x22, 0x6e, 0x22, 0x3a, 0x00, 0x7d]),
      'ex/d.json': Buffer.from([0x7b, 0x0a, 0x22, 0x6e, 0xc3, 0x28, 0x22, 0x7d]),
    });
    const out = await check.run(await contractsContext(r.dir, { contracts: [{ name: 'c', schema: 's.json', direction: 'consumer', examples: { valid: 'ex/*' } }], positiveCases: 0, maxNegativeCases: 0 }));
    const errs = of(out.findings, 'example-parse-error').map((f) => [f.location!.path, f.location!.startLine, f.location!.startColumn]);
    expect(errs).toEqual(expect.arrayContaining([['ex/a.json', 3, 14], ['ex/c.json', 1, 6], ['ex/d.json', 2, 3]]));
    expect(errs.find((e) => e[0] === 'ex/b.yaml')).toBeDefined();
  });

  it('reports a failed oneOf once, not once per branch', async () => {
    const r = repo({
      'u.json': json({ oneOf: [{ type: 'string', maxLength: 2 }, { type: 'integer', minimum: 10 }] }),
      'ex/v.json': '"toolong"\n',
    });
    const out = await check.run(await contractsContext(r.dir, { contracts: [{ name: 'u', schema: 'u.json', direction: 'consumer', examples: { valid: 'ex/*.json' } }], positiveCases: 1, maxNegativeCases: 0 }));
    expect(of(out.findings, 'example-rejected').map((f) => f.properties!.keyword)).toEqual(['oneOf']);
  });

  it('warns when an example glob matches nothing', async () => {
    const r = repo({ 's.json': schema });
    const out = await check.run(await contractsContext(r.dir, { contracts: [{ name: 'c', schema: 's.json', direction: 'consumer', examples: { valid: 'nope/*.json' } }], positiveCases: 0 }));
    expect(of(out.findings, 'examples-missing')).toHaveLength(1);
  });
});

describe('malformed schemas yield clear findings with positions', () => {
  const runOn = async (files: Record<string, string>, schemaPath = 's.json'): Promise<FindingInput[]> => {
    const r = repo(files);
    const out = await check.run(await contractsContext(r.dir, { contracts: [{ name: 'c', schema: schemaPath, direction: 'consumer' }], positiveCases: 2 }));
    return out.findings;
  };

  it('invalid JSON: at the syntax error', async () => {
    const f = await runOn({ 's.json': '{\n  "type": "object",\n  "properties": {\n    "a": {"type": "string"}\n  \n}\n' });
    expect(of(f, 'schema-parse-error')).toMatchObject([{ location: { path: 's.json', startLine: 7, startColumn: 1 } }]);
  });

  it('a keyword with a wrong value: at that keyword', async () => {
    const text = json({ type: 'object', properties: { a: { type: 'strin' } } });
    const f = await runOn({ 's.json': text });
    expect(of(f, 'schema-invalid')[0]).toMatchObject({ location: { startLine: lineOf(text, '"strin"') } });
    expect(of(f, 'schema-invalid')[0]!.message).toMatch(/\/properties\/a\/type/);
  });

  it('an invalid regular expression: at the pattern', async () => {
    const text = json({ type: 'string', pattern: '([a-z' });
    const f = await runOn({ 's.json': text });
    expect(of(f, 'schema-invalid')).toMatchObject([{ location: { startLine: lineOf(text, '"pattern"') } }]);
  });

  it('refs escaping the repository, pointing to the network, or to nothing: at the $ref line', async () => {
    const text = json({
      type: 'object',
      properties: {
        a: { $ref: '../../etc/passwd' },
        b: { $ref: 'https://example.com/schemas/b.json' },
        c: { $ref: 'missing.json#/definitions/C' },
        d: { $ref: '#/definitions/Nope' },
        e: { $ref: 'file:///etc/passwd' },
      },
    });
    const f = await runOn({ 's.json': text });
    expect(of(f, 'ref-outside-repository').map((x) => x.location!.startLine)).toEqual([lineOf(text, 'passwd'), lineOf(text, 'file:///')]);
    expect(of(f, 'ref-remote').map((x) => x.location!.startLine)).toEqual([lineOf(text, 'https://')]);
    expect(of(f, 'ref-unresolved').map((x) => x.location!.startLine)).toEqual([lineOf(text, 'missing.json'), lineOf(text, 'Nope')]);
    expect(of(f, 'ref-unresolved')[0]!.message).toMatch(/missing\.json, which does not exist/);
  });

  it('a missing schema, an unsupported draft, and YAML schemas', async () => {
    expect(of(await runOn({ 'README.md': 'x' }, 'nope.json'), 'schema-missing')).toHaveLength(1);
    const d4 = json({ $schema: 'http://json-schema.org/draft-04/schema#', type: 'string' });
    expect(of(await runOn({ 's.json': d4 }), 'schema-unsupported-draft')).toMatchObject([{ location: { startLine: 2 } }]);
    const yaml = 'type: object\nproperties:\n  n:\n    type: integer\n    minimum: 5\n    maximum: 1\n';
    const f = await runOn({ 's.yaml': yaml }, 's.yaml');
    expect(of(f, 'unsatisfiable-schema')).toMatchObject([{ level: 'warning', location: { path: 's.yaml', startLine: 6 } }]);
  });

  it('an unsatisfiable schema is an error at the contradicting keyword', async () => {
    const text = json({ type: 'object', properties: { code: { type: 'string', minLength: 5, maxLength: 3 } }, required: ['code'] });
    const f = await runOn({ 's.json': text });
    expect(of(f, 'unsatisfiable-schema')).toMatchObject([{ level: 'error', location: { startLine: lineOf(text, '"maxLength"') } }]);
  });
});

describe('generated cases in the check', () => {
  it('are deterministic across runs and recorded as evidence', async () => {
    const r = repo({ 's.json': json({ type: 'object', properties: { id: { type: 'string', pattern: '^[A-Z]{2}\\d+$' }, n: { type: 'integer', maximum: 9 } }, required: ['id'] }) });
    const opts = { contracts: [{ name: 'c', schema: 's.json', direction: 'producer' }], seed: 42, positiveCases: 4 };
    const a = await check.run(await contractsContext(r.dir, opts));
    const b = await check.run(await contractsContext(r.dir, opts));
    expect(a.findings).toEqual([]);
    expect(a.evidence).toEqual(b.evidence);
    expect(a.evidence!.passedTests).toEqual(expect.arrayContaining(['contracts/c/generated/positive-4', 'contracts/c/generated/negative/pattern@/id', 'contracts/c/generated/negative/maximum@/n']));
    expect(a.summary).toMatch(/4 positive \+ \d+ negative generated cases/);
    const head = a.evidence!.configuration!.find((d) => d.name === 'contract:c@head')!;
    expect(head.annotations).toMatchObject({ counts: { positives: 4, casesFailed: 0 } });
  });

  it('is neutral without contracts', async () => {
    const r = repo({ 'README.md': 'x' });
    const out = await check.run(await contractsContext(r.dir, {}));
    expect(out.neutralReason).toMatch(/No contracts configured/);
  });
});

describe('a catastrophic schema pattern cannot hang the run', () => {
  // Unbounded, ajv backtracks for hours on these (2^34 and fib(50) steps).
  it('stops the validation of a crafted example and reports it at the example', async () => {
    const r = repo({
      's.json': json({ type: 'object', properties: { a: { type: 'string', pattern: '^(a+)+$' } } }),
      'ex/valid.json': json({ a: `${'a'.repeat(34)}!` }),
      'ex/invalid.json': json({ a: `${'a'.repeat(34)}!` }),
    });
    const out = await check.run(
      await contractsContext(r.dir, { contracts: [{ name: 'c', schema: 's.json', direction: 'both', examples: { valid: 'ex/valid.json', invalid: 'ex/invalid.json' } }], positiveCases: 0 }),
    );
    const timedOut = out.findings.filter((f) => f.properties?.timedOut);
    expect(timedOut.map((f) => [f.ruleId, f.location?.path])).toEqual([
      ['contracts/example-rejected', 'ex/valid.json'],
      ['contracts/example-accepted', 'ex/invalid.json'],
    ]);
    expect(timedOut[0]!.message).toMatch(/took longer than \d+ ms .*"\^\(a\+\)\+\$" at s\.json#\/properties\/a\/pattern/);
    expect(out.evidence!.failedTests).toEqual(expect.arrayContaining(['contracts/c/example/valid/ex/valid.json', 'contracts/c/example/invalid/ex/invalid.json']));
  });

  it('stops the generated cases at the first validation that runs out of time', async () => {
    const r = repo({ 's.json': json({ type: 'object', required: ['a'], properties: { a: { type: 'string', pattern: '^(a|aa)+$', minLength: 50, maxLength: 50 } } }) });
    const out = await check.run(await contractsContext(r.dir, { contracts: [{ name: 'c', schema: 's.json', direction: 'both' }] }));
    const stopped = of(out.findings, 'generation-unsupported').filter((f) => f.title === 'Generated cases stopped');
    expect(stopped).toHaveLength(1);
    expect(stopped[0]!.message).toMatch(/could not be tested: validation took longer than \d+ ms .*"\^\(a\|aa\)\+\$"/);
  });
});
