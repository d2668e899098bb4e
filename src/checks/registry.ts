/**
 * The one list of gates. Options schemas load eagerly (config validation needs them);
 * the checks themselves load lazily so start-up stays fast.
 * Adding a check: create src/checks/<id>/{options.ts,index.ts} and add one entry here.
 */
import type { ZodObject } from 'zod';
import type { Check } from '../core/types.js';
import { optionsSchema as placeholdersOptions } from './placeholders/options.js';
import { optionsSchema as governanceOptions } from './governance/options.js';
import { optionsSchema as contractsOptions } from './contracts/options.js';
import { optionsSchema as compileOptions } from './compile/options.js';

export interface CheckEntry {
  id: string;
  // `any`: each check has its own option shape.
  optionsSchema: ZodObject<any>;
  load(): Promise<Check>;
}

export const CHECKS: CheckEntry[] = [
  { id: 'placeholders', optionsSchema: placeholdersOptions, load: async () => (await import('./placeholders/index.js')).check as unknown as Check },
  { id: 'governance', optionsSchema: governanceOptions, load: async () => (await import('./governance/index.js')).check as unknown as Check },
  { id: 'contracts', optionsSchema: contractsOptions, load: async () => (await import('./contracts/index.js')).check as unknown as Check },
  { id: 'compile', optionsSchema: compileOptions, load: async () => (await import('./compile/index.js')).check as unknown as Check },
];

export const CHECK_IDS = (): string[] => CHECKS.map((c) => c.id);
