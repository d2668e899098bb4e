/** Parsing a data pack from its YAML text, with positioned errors (see data-pack.ts). */
import type { ZodType, output } from 'zod';
import { parseYamlSource, positionOf } from './config/yaml-source.js';
import { formatIssues } from './config/zod-errors.js';
import { DataPackError, type PackSpec } from './data-pack.js';

/** Parses and validates pack text; throws {@link DataPackError} naming file:line:column. */
export function parsePack<S extends ZodType>(text: string, spec: PackSpec<S>): output<S> {
  const src = parseYamlSource(spec.file, text);
  if (src.errors.length) throw new DataPackError(src.errors);
  const parsed = spec.schema.safeParse(src.value, { reportInput: true });
  if (!parsed.success) throw new DataPackError(formatIssues(src, spec.schema, parsed.error.issues));
  const cross = spec.crossCheck?.(parsed.data) ?? [];
  if (cross.length) {
    throw new DataPackError(
      cross.map((c) => {
        const pos = positionOf(src, c.path);
        return `${spec.file}:${pos.line}:${pos.column} ${c.path.join('.')}: ${c.message}`;
      }),
    );
  }
  return parsed.data;
}
