/** Runs checks concurrently; a check that throws becomes an `error` result and the run goes on. */
import type { Check, CheckContext, CheckOutput, RuleMeta } from './types.js';
import type { CheckEntry } from '../checks/registry.js';

export interface CheckRun {
  entry: CheckEntry;
  /** Undefined when the check could not be loaded. */
  check?: Check;
  output?: CheckOutput;
  error?: string;
  durationMs: number;
}

export async function runChecks(
  entries: readonly CheckEntry[],
  contextFor: (entry: CheckEntry) => CheckContext,
): Promise<CheckRun[]> {
  return Promise.all(
    entries.map(async (entry): Promise<CheckRun> => {
      const start = performance.now();
      let check: Check | undefined;
      try {
        check = await entry.load();
        const output = await check.run(contextFor(entry) as never);
        return { entry, check, output, durationMs: performance.now() - start };
      } catch (e) {
        return { entry, ...(check ? { check } : {}), error: describeError(e), durationMs: performance.now() - start };
      }
    }),
  );
}

export function describeError(e: unknown): string {
  if (e instanceof Error) return e.message || e.name;
  return String(e);
}

/** Static rules plus the ones the check created from data, without duplicates. */
export function rulesOf(run: CheckRun): RuleMeta[] {
  const byId = new Map<string, RuleMeta>();
  for (const r of [...(run.check?.meta.rules ?? []), ...(run.output?.rules ?? [])]) byId.set(r.id, r);
  return [...byId.values()];
}
