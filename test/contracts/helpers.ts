/** Test helpers for the contracts check: in-memory schema sets and a real repository runner. */
import { loadSchemaSet, type SchemaSet } from '../../src/checks/contracts/schema-store.js';
import type { Draft } from '../../src/checks/contracts/schema-keywords.js';

export function memoryReader(files: Record<string, string>): (p: string) => Promise<Buffer | null> {
  return async (p) => (Object.prototype.hasOwnProperty.call(files, p) ? Buffer.from(files[p]!) : null);
}

export function loadMemory(files: Record<string, string>, root = 'schema.json', defaultDraft: Draft = 'draft-07', revision = 'head'): Promise<SchemaSet> {
  return loadSchemaSet(root, memoryReader(files), { defaultDraft, maxFileBytes: 1_000_000, revision });
}

/** Pretty-prints compact JSON so positions land on distinct lines. */
export function pretty(json: string): string {
  return `${JSON.stringify(JSON.parse(json), null, 2)}\n`;
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CaseGenerator } from '../../src/checks/contracts/generator.js';
import { parseTaxonomy, type Taxonomy } from '../../src/checks/contracts/taxonomy.js';
import { compileSet, type CompiledSet } from '../../src/checks/contracts/validator.js';

let taxonomyCache: Taxonomy | undefined;
export function taxonomy(): Taxonomy {
  taxonomyCache ??= parseTaxonomy(readFileSync(join(import.meta.dirname, '..', '..', 'rules', 'contracts.yaml'), 'utf8'));
  return taxonomyCache;
}

export interface Loaded {
  set: SchemaSet;
  compiled: CompiledSet;
  gen: CaseGenerator;
}

/** Loads, compiles and wraps one in-memory schema (plus extra files) for generator tests. */
export async function loadSchema(schema: unknown, extra: Record<string, string> = {}, draft: Draft = 'draft-07'): Promise<Loaded> {
  const set = await loadMemory({ 'schema.json': `${JSON.stringify(schema, null, 2)}\n`, ...extra }, 'schema.json', draft);
  if (set.problems.length) throw new Error(set.problems.map((p) => p.message).join('\n'));
  const compiled = compileSet(set);
  if (!compiled.validate) throw new Error(compiled.problems.map((p) => p.message).join('\n'));
  return { set, compiled, gen: new CaseGenerator(set, compiled, taxonomy().formats) };
}
