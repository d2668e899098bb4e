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
