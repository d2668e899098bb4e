/**
 * Data packs: the rule data gates read from `rules/*.yaml` (marker lists, language tables,
 * workflow-audit contexts, taxonomies). Each is read once per process, hashed (sha256 of the
 * bytes, for the evidence bundle) and validated with the gate's zod schema; every error names
 * file:line:column and the key path.
 *
 * YAML parsing is the slow part of start-up, so the build keeps a JSON copy of each pack in
 * `dist/rules/<name>.json` as `{ sha256, data }`. The copy is used only when its digest matches
 * the YAML beside it, and it is validated all the same; otherwise the YAML decides.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { ZodType, output } from 'zod';

export class DataPackError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid Guardian data:\n${problems.join('\n')}`);
    this.name = 'DataPackError';
  }
}

export interface DataPack<T> {
  /** Repository-relative file, e.g. `rules/governance.yaml`. */
  file: string;
  data: T;
  sha256: string;
}

/**
 * Checks a schema cannot express (cross-references); returns problems as
 * `{ path, message }`, which the loader positions in the YAML.
 */
export type CrossCheck<T> = (data: T) => Array<{ path: Array<string | number>; message: string }>;

export interface PackSpec<S extends ZodType> {
  /** Path inside the install folder, e.g. `rules/governance.yaml`. */
  file: string;
  schema: S;
  crossCheck?: CrossCheck<output<S>>;
}

/** Where the build writes the JSON copy of a pack. */
export function compiledPackPath(installDir: string, file: string): string {
  return join(installDir, 'dist', 'rules', basename(file).replace(/\.ya?ml$/, '.json'));
}

export function sha256Hex(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

const cache = new Map<string, Promise<DataPack<unknown>>>();

/** Loads a pack from Guardian's install folder, once per process and folder. */
export function loadPack<S extends ZodType>(installDir: string, spec: PackSpec<S>): Promise<DataPack<output<S>>> {
  const key = `${installDir}\0${spec.file}`;
  let p = cache.get(key) as Promise<DataPack<output<S>>> | undefined;
  if (!p) {
    p = readPack(installDir, spec);
    cache.set(key, p);
    p.catch(() => cache.delete(key));
  }
  return p;
}

async function readPack<S extends ZodType>(installDir: string, spec: PackSpec<S>): Promise<DataPack<output<S>>> {
  const abs = join(installDir, spec.file);
  let bytes: Buffer;
  try {
    bytes = await readFile(abs);
  } catch (e) {
    throw new DataPackError([`${spec.file}: cannot read ${abs} (${(e as Error).message}); reinstall Guardian.`]);
  }
  const sha256 = sha256Hex(bytes);
  const compiled = await readCompiled(installDir, spec.file, sha256);
  if (compiled !== undefined) {
    const parsed = spec.schema.safeParse(compiled);
    if (parsed.success && (spec.crossCheck?.(parsed.data) ?? []).length === 0) return { file: spec.file, data: parsed.data, sha256 };
  }
  // The slow path (YAML with positions) loads only when the JSON copy is missing or stale.
  const { parsePack } = await import('./data-pack-yaml.js');
  return { file: spec.file, data: parsePack(bytes.toString('utf8'), spec), sha256 };
}

async function readCompiled(installDir: string, file: string, sha256: string): Promise<unknown> {
  try {
    const copy = JSON.parse(await readFile(compiledPackPath(installDir, file), 'utf8')) as { sha256?: unknown; data?: unknown };
    return copy.sha256 === sha256 ? copy.data : undefined;
  } catch {
    return undefined;
  }
}
