/**
 * The one list of gates. Options schemas load eagerly (config validation needs them);
 * the checks themselves load lazily so start-up stays fast.
 * Adding a check: create src/checks/<id>/{options.ts,index.ts} and add one entry here.
 */
import type { ZodObject } from 'zod';
import type { Check } from '../core/types.js';

export interface CheckEntry {
  id: string;
  // `any`: each check has its own option shape.
  optionsSchema: ZodObject<any>;
  load(): Promise<Check>;
}

export const CHECKS: CheckEntry[] = [];

export const CHECK_IDS = (): string[] => CHECKS.map((c) => c.id);
