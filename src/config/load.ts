/**
 * Finds, parses, validates and merges the configuration (`extends` chains included).
 * Errors are collected and thrown together as a {@link ConfigError}, each naming
 * file:line:column, the key path and what is allowed.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { CheckEntry } from '../checks/registry.js';
import { canonicalJson } from '../core/canonical-json.js';
import { buildConfigSchema, type GuardianConfig } from './schema.js';
import { parseYamlSource, positionOf, type YamlSource } from './yaml-source.js';
import { formatIssues } from './zod-errors.js';

export const DEFAULT_CONFIG_PATHS = ['.github/guardian.yml', 'guardian.yml'] as const;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'ConfigError';
  }
}

export interface LoadedConfig {
  /** Repository-relative path of the user's config file, or null when none exists. */
  file: string | null;
  /** Every file that contributed, in merge order (presets first). */
  files: string[];
  config: GuardianConfig;
  /** sha256 of the effective configuration (canonical JSON), for the evidence bundle. */
  sha256: string;
  /** `file:line` where each entry of `config.exceptions` was declared. */
  exceptionSources: string[];
}

export interface LoadConfigOptions {
  root: string;
  installDir: string;
  checks: readonly CheckEntry[];
  /** Explicit path (input `config` / `--config`); when absent the default locations are tried. */
  path?: string;
}

interface Layer {
  src: YamlSource;
  raw: Record<string, unknown>;
}

export async function loadConfig(opts: LoadConfigOptions): Promise<LoadedConfig> {
  const schema = buildConfigSchema(opts.checks);
  const userPath = await locate(opts);
  const layers: Layer[] = [];
  const problems: string[] = [];
  if (userPath) await collect(userPath, opts, schema, layers, problems, []);
  if (problems.length) throw new ConfigError(problems);

  const merged = layers.reduce<Record<string, unknown>>((acc, l) => mergeConfig(acc, l.raw), {});
  delete merged.extends;
  const parsed = schema.safeParse(merged);
  if (!parsed.success) {
    // Each layer validated alone, so a failure here is a merge conflict; name the user's file.
    throw new ConfigError(parsed.error.issues.map((i) => `${userPath ?? 'config'}: ${i.path.join('.')}: ${i.message}`));
  }
  const exceptionSources = layers.flatMap((l) =>
    ((l.raw.exceptions as unknown[] | undefined) ?? []).map((_, i) => {
      const pos = positionOf(l.src, ['exceptions', i]);
      return `${l.src.file}:${pos.line}`;
    }),
  );
  return {
    file: userPath ? display(opts.root, userPath) : null,
    files: layers.map((l) => l.src.file),
    config: parsed.data,
    sha256: createHash('sha256').update(canonicalJson(parsed.data)).digest('hex'),
    exceptionSources,
  };
}

async function locate(opts: LoadConfigOptions): Promise<string | null> {
  if (opts.path) {
    const abs = resolve(opts.root, opts.path);
    if (await exists(abs)) return abs;
    // The action's default input is tried like the built-in defaults; an explicit other path must exist.
    if (!(DEFAULT_CONFIG_PATHS as readonly string[]).includes(opts.path)) {
      throw new ConfigError([`${opts.path}: config file not found (looked in ${opts.root}). Create it with \`guardian init\` or fix the path.`]);
    }
  }
  for (const p of DEFAULT_CONFIG_PATHS) {
    const abs = join(opts.root, p);
    if (await exists(abs)) return abs;
  }
  return null;
}

async function collect(
  abs: string,
  opts: LoadConfigOptions,
  schema: ReturnType<typeof buildConfigSchema>,
  layers: Layer[],
  problems: string[],
  chain: string[],
): Promise<void> {
  const file = display(opts.root, abs);
  if (chain.includes(abs)) {
    problems.push(`${file}: extends cycle: ${[...chain, abs].map((p) => display(opts.root, p)).join(' -> ')}`);
    return;
  }
  let text: string;
  try {
    text = await readFile(abs, 'utf8');
  } catch (e) {
    problems.push(`${file}: cannot read config: ${(e as Error).message}`);
    return;
  }
  const src = parseYamlSource(file, text);
  if (src.errors.length) {
    problems.push(...src.errors);
    return;
  }
  const value = src.value ?? {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    problems.push(`${file}:1:1 (top level): expected a mapping of configuration keys, got ${Array.isArray(value) ? 'a list' : typeof value}`);
    return;
  }
  const result = schema.safeParse(value, { reportInput: true });
  if (!result.success) {
    problems.push(...formatIssues(src, schema, result.error.issues));
    return;
  }
  const raw = value as Record<string, unknown>;
  const parents = raw.extends === undefined ? [] : Array.isArray(raw.extends) ? raw.extends : [raw.extends];
  for (const [i, ref] of (parents as string[]).entries()) {
    const target = resolveExtends(String(ref), abs, opts.installDir);
    if (!target) {
      const pos = positionOf(src, Array.isArray(raw.extends) ? ['extends', i] : ['extends']);
      problems.push(`${file}:${pos.line}:${pos.column} extends: unknown preset "${ref}"; use guardian:recommended, guardian:strict or a relative path`);
      continue;
    }
    if (!(await exists(target))) {
      const pos = positionOf(src, Array.isArray(raw.extends) ? ['extends', i] : ['extends']);
      problems.push(`${file}:${pos.line}:${pos.column} extends: file not found: ${ref}`);
      continue;
    }
    await collect(target, opts, schema, layers, problems, [...chain, abs]);
  }
  layers.push({ src, raw });
}

function resolveExtends(ref: string, from: string, installDir: string): string | null {
  if (ref.startsWith('guardian:')) {
    const name = ref.slice('guardian:'.length);
    return /^[a-z0-9-]+$/.test(name) ? join(installDir, 'rules', 'presets', `${name}.yaml`) : null;
  }
  return isAbsolute(ref) ? ref : resolve(dirname(from), ref);
}

/** Objects merge deeply; `exceptions` accumulate; other arrays and scalars are replaced. */
export function mergeConfig(base: Record<string, unknown>, over: Record<string, unknown>, path = ''): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const prev = out[k];
    if (path === '' && k === 'exceptions' && Array.isArray(prev) && Array.isArray(v)) out[k] = [...prev, ...v];
    else if (isPlainObject(prev) && isPlainObject(v)) out[k] = mergeConfig(prev, v, `${path}.${k}`);
    else out[k] = v;
  }
  return out;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function display(root: string, abs: string): string {
  const rel = relative(root, abs);
  return rel.startsWith('..') || isAbsolute(rel) ? abs : rel.split(sep).join('/');
}

async function exists(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isFile();
  } catch {
    return false;
  }
}
