import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffSchemas } from '../../src/checks/contracts/breaking.js';
import { parseTaxonomy } from '../../src/checks/contracts/taxonomy.js';
import { boundQuiet, QUIET } from './breaking-cases.js';
import { loadMemory, pretty } from './helpers.js';

const tax = parseTaxonomy(readFileSync(join(import.meta.dirname, '..', '..', 'rules', 'contracts.yaml'), 'utf8'));
const boundIds = new Set(tax.bounds.flatMap((b) => [b.tightened, b.loosened]));

async function ids(base: string, head: string): Promise<string[]> {
  const b = await loadMemory({ 'schema.json': pretty(base) }, 'schema.json', 'draft-07', 'base');
  const h = await loadMemory({ 'schema.json': pretty(head) });
  expect(b.problems).toEqual([]);
  expect(h.problems).toEqual([]);
  return diffSchemas(tax, b, h).map((c) => c.id);
}

describe('breaking-change taxonomy', () => {
  it('has a quiet pair for every id', () => {
    for (const id of Object.keys(tax.changes)) expect([id, boundIds.has(id) || id in QUIET]).toEqual([id, true]);
  });

  for (const [id, change] of Object.entries(tax.changes)) {
    it(`${id}: fires on its example, stays quiet on the close pair`, async () => {
      expect(await ids(change.example.base, change.example.head)).toContain(id);
      const quiet = QUIET[id] ?? boundQuiet(change.example);
      expect(await ids(quiet.base, quiet.head)).not.toContain(id);
    });
  }

  it('reports nothing for identical schemas or a definition moved behind $ref', async () => {
    const a = '{"type": "object", "properties": {"id": {"type": "string", "maxLength": 5}}, "required": ["id"]}';
    expect(await ids(a, a)).toEqual([]);
    const b = '{"type": "object", "properties": {"id": {"$ref": "#/definitions/Id"}}, "required": ["id"], "definitions": {"Id": {"type": "string", "maxLength": 5}}}';
    expect(await ids(a, b)).toEqual([]);
  });

  it('ignores keywords of types not allowed on both sides (no maxLength noise after string → integer)', async () => {
    expect(await ids('{"type": "string", "maxLength": 5}', '{"type": "integer", "maximum": 5}')).toEqual(['type-changed']);
  });

  it('points at the head keyword line and names the pointer; removals point at the base', async () => {
    const base = pretty(tax.changes['required-property-removed']!.example.base);
    const head = pretty('{"type": "object", "properties": {"id": {"type": "string", "maxLength": 3}}, "required": ["id"]}');
    const b = await loadMemory({ 'schema.json': base }, 'schema.json', 'draft-07', 'base');
    const h = await loadMemory({ 'schema.json': head });
    const changes = diffSchemas(tax, b, h);
    const removed = changes.find((c) => c.id === 'required-property-removed')!;
    expect(removed).toMatchObject({ side: 'base', schemaPointer: '/properties/total', instancePath: '/total' });
    expect(base.split('\n')[removed.location.startLine - 1]).toContain('"total"');
    const set = changes.find((c) => c.id === 'max-length-decreased')!;
    expect(set).toMatchObject({ side: 'head', schemaPointer: '/properties/id/maxLength', instancePath: '/id' });
    expect(head.split('\n')[set.location.startLine - 1]).toContain('"maxLength": 3');
  });

  it('follows $refs across files on both sides and reports in the referenced file', async () => {
    const root = pretty('{"type": "object", "properties": {"zip": {"$ref": "common.json#/definitions/Zip"}}}');
    const b = await loadMemory({ 'schema.json': root, 'common.json': pretty('{"definitions": {"Zip": {"type": "string", "maxLength": 10}}}') });
    const h = await loadMemory({ 'schema.json': root, 'common.json': pretty('{"definitions": {"Zip": {"type": "string", "maxLength": 5}}}') });
    const [c, ...rest] = diffSchemas(tax, b, h);
    expect(rest).toEqual([]);
    expect(c).toMatchObject({ id: 'max-length-decreased', instancePath: '/zip', schemaPointer: '/definitions/Zip/maxLength', location: { path: 'common.json', startLine: 5 } });
  });

  it('compares item schemas (draft-07 items object and 2020-12 prefixItems)', async () => {
    expect(await ids('{"type": "array", "items": {"type": "string"}}', '{"type": "array", "items": {"type": "integer"}}')).toEqual(['type-changed']);
    const d20 = '"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "array"';
    expect(await ids(`{${d20}, "prefixItems": [{"type": "string", "maxLength": 5}]}`, `{${d20}, "prefixItems": [{"type": "string", "maxLength": 3}]}`)).toEqual(['max-length-decreased']);
  });

  it('terminates on recursive schemas', async () => {
    const tree = (max: number): string =>
      `{"$ref": "#/definitions/Node", "definitions": {"Node": {"type": "object", "properties": {"name": {"type": "string", "maxLength": ${max}}, "children": {"type": "array", "items": {"$ref": "#/definitions/Node"}}}}}}`;
    expect(await ids(tree(10), tree(5))).toEqual(['max-length-decreased']);
  });
});
