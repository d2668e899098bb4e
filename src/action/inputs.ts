/**
 * Action inputs → typed values (pure). The runner passes input `x-y` as env `INPUT_X-Y`
 * and applies action.yml defaults itself.
 */
import type { FailOn, Scope } from '../core/types.js';
import type { CommentMode } from '../settings.js';

export class InputError extends Error {
  override name = 'InputError';
}

export type Env = Readonly<Record<string, string | undefined>>;

export function getInput(env: Env, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

const TRUE = ['true', 'yes', 'y', 'on', '1'];
const FALSE = ['false', 'no', 'n', 'off', '0'];

export function booleanInput(env: Env, name: string, fallback: boolean): boolean {
  const raw = getInput(env, name);
  if (raw === '') return fallback;
  const v = raw.toLowerCase();
  if (TRUE.includes(v)) return true;
  if (FALSE.includes(v)) return false;
  throw new InputError(`Input "${name}": expected true or false (also yes/no, on/off, 1/0), got "${raw}"`);
}

export function choiceInput<T extends string>(env: Env, name: string, allowed: readonly T[], fallback?: T): T | undefined {
  const raw = getInput(env, name);
  if (raw === '') return fallback;
  const v = raw.toLowerCase() as T;
  if (allowed.includes(v)) return v;
  throw new InputError(`Input "${name}": expected ${allowed.join('|')}, got "${raw}"`);
}

export interface ActionInputs {
  config: string;
  checks: 'all' | string[];
  token: string;
  failOn?: FailOn;
  comment: CommentMode;
  annotations: boolean;
  checkName: string;
  sarifFile?: string;
  junitFile?: string;
  evidenceDir?: string;
  scope?: Scope;
  mode: 'gate' | 'report';
}

export function parseCheckList(raw: string): 'all' | string[] {
  const list = raw.split(/[\s,]+/).map((s) => s.trim().toLowerCase()).filter(Boolean);
  return list.length === 0 || list.includes('all') ? 'all' : [...new Set(list)];
}

export function readActionInputs(env: Env): ActionInputs {
  const optional = (name: string): string | undefined => getInput(env, name) || undefined;
  const failOn = choiceInput<FailOn>(env, 'fail-on', ['error', 'warning', 'never']);
  const scope = choiceInput<Scope>(env, 'scope', ['diff', 'all']);
  const sarifFile = optional('sarif-file');
  const junitFile = optional('junit-file');
  const evidenceDir = optional('evidence-dir');
  const checkName = getInput(env, 'check-name') || 'Guardian';
  if (checkName.length > 100) throw new InputError(`Input "check-name": at most 100 characters, got ${checkName.length}`);
  return {
    config: getInput(env, 'config') || '.github/guardian.yml',
    checks: parseCheckList(getInput(env, 'checks')),
    token: getInput(env, 'github-token'),
    comment: choiceInput<CommentMode>(env, 'comment', ['always', 'on-failure', 'never'], 'always')!,
    annotations: booleanInput(env, 'annotations', true),
    checkName,
    mode: choiceInput(env, 'mode', ['gate', 'report'] as const, 'gate')!,
    ...(failOn ? { failOn } : {}),
    ...(scope ? { scope } : {}),
    ...(sarifFile ? { sarifFile } : {}),
    ...(junitFile ? { junitFile } : {}),
    ...(evidenceDir ? { evidenceDir } : {}),
  };
}
