/**
 * GitHub's official OpenAPI description (from the `@octokit/openapi` dev dependency): loading,
 * caching and operation lookup by method + concrete path.
 *
 * Two variants ship in the package: `api.github.com.json` (13 MB, uses `$ref`) and
 * `api.github.com.deref.json` (73 MB, every `$ref` inlined). Both describe the same API; the
 * referenced one parses about 6x faster and takes a fraction of the memory, so it is the
 * default. `GUARDIAN_SIM_OPENAPI=deref` selects the dereferenced one (the validator handles
 * both: it resolves `$ref`s lazily per operation).
 */
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type SpecVariant = 'api.github.com' | 'api.github.com.deref';

/** The parts of an OpenAPI 3.0 document the simulator uses (the rest stays untyped). */
export interface OpenApiDocument {
  openapi: string;
  info: { version: string; title: string };
  paths: Record<string, PathItem>;
  components: {
    schemas?: Record<string, unknown>;
    parameters?: Record<string, unknown>;
    responses?: Record<string, unknown>;
    headers?: Record<string, unknown>;
    [k: string]: Record<string, unknown> | undefined;
  };
}

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';
export const HTTP_METHODS: readonly HttpMethod[] = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

export interface PathItem {
  parameters?: unknown[];
  [method: string]: unknown;
}

export interface Operation {
  operationId: string;
  summary?: string;
  parameters?: unknown[];
  requestBody?: unknown;
  responses: Record<string, unknown>;
  externalDocs?: { url: string };
  [k: string]: unknown;
}

export interface LoadedSpec {
  variant: SpecVariant;
  file: string;
  doc: OpenApiDocument;
  /** Milliseconds this call spent reading + parsing the file (0 when served from the in-process cache). */
  loadMs: number;
  /** Milliseconds the first (real) load in this process took. */
  firstLoadMs: number;
  bytes: number;
}

const cache = new Map<SpecVariant, LoadedSpec>();

export function defaultVariant(): SpecVariant {
  const v = process.env['GUARDIAN_SIM_OPENAPI'];
  if (v === undefined || v === '' || v === 'api.github.com' || v === 'ref') return 'api.github.com';
  if (v === 'deref' || v === 'api.github.com.deref') return 'api.github.com.deref';
  throw new Error(`GUARDIAN_SIM_OPENAPI=${v}: expected "ref" or "deref"`);
}

/** Where `@octokit/openapi` keeps its generated descriptions. */
export function specFile(variant: SpecVariant): string {
  const require = createRequire(import.meta.url);
  let pkgDir: string;
  try {
    pkgDir = dirname(require.resolve('@octokit/openapi/package.json'));
  } catch {
    throw new Error('@octokit/openapi is not installed: run `npm ci` (it is a devDependency of Guardian)');
  }
  const file = join(pkgDir, 'generated', `${variant}.json`);
  if (!existsSync(file)) throw new Error(`${file} not found: @octokit/openapi changed its layout (expected generated/${variant}.json)`);
  return file;
}

/** Parse the description once per process; later calls return the cached document. */
export function loadSpec(variant: SpecVariant = defaultVariant()): LoadedSpec {
  const hit = cache.get(variant);
  if (hit) return { ...hit, loadMs: 0 };
  const file = specFile(variant);
  const t0 = performance.now();
  const text = readFileSync(file, 'utf8');
  const doc = JSON.parse(text) as OpenApiDocument;
  const ms = performance.now() - t0;
  const loaded: LoadedSpec = { variant, file, doc, loadMs: ms, firstLoadMs: ms, bytes: text.length };
  if (typeof doc.openapi !== 'string' || !doc.openapi.startsWith('3.0')) {
    throw new Error(`${file}: expected an OpenAPI 3.0 description, got openapi=${String(doc.openapi)}`);
  }
  cache.set(variant, loaded);
  return loaded;
}

/** Resolve a local JSON pointer (`#/components/...`) in the document. */
export function resolvePointer(doc: OpenApiDocument, ref: string): unknown {
  if (!ref.startsWith('#/')) throw new Error(`only local $refs are supported, got ${ref}`);
  let node: unknown = doc;
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object' || !(key in node)) throw new Error(`unresolvable $ref ${ref}`);
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** Follow `$ref` chains (parameters, responses, headers are often references). */
export function deref<T = Record<string, unknown>>(doc: OpenApiDocument, node: unknown): T {
  let cur = node;
  for (let i = 0; i < 20; i++) {
    if (cur && typeof cur === 'object' && typeof (cur as { $ref?: unknown }).$ref === 'string') {
      cur = resolvePointer(doc, (cur as { $ref: string }).$ref);
    } else {
      return cur as T;
    }
  }
  throw new Error('$ref chain too long');
}

// ---- path templates --------------------------------------------------------------------

interface CompiledTemplate {
  template: string;
  segments: Array<{ literal: string } | { param: string }>;
}

export interface PathMatch {
  template: string;
  params: Record<string, string>;
  pathItem: PathItem;
}

const templateIndex = new WeakMap<OpenApiDocument, Map<number, CompiledTemplate[]>>();

function compileTemplates(doc: OpenApiDocument): Map<number, CompiledTemplate[]> {
  const existing = templateIndex.get(doc);
  if (existing) return existing;
  const bySize = new Map<number, CompiledTemplate[]>();
  for (const template of Object.keys(doc.paths)) {
    const segments = template.split('/').slice(1).map((s) => {
      const m = /^\{([^}]+)\}$/.exec(s);
      return m ? { param: m[1]! } : { literal: s };
    });
    const list = bySize.get(segments.length) ?? [];
    list.push({ template, segments });
    bySize.set(segments.length, list);
  }
  // Literal segments win over parameters, position by position (so `/repos/{o}/{r}/check-runs/{id}/annotations`
  // is not mistaken for a template with a parameter in that place).
  for (const list of bySize.values()) {
    list.sort((a, b) => {
      for (let i = 0; i < a.segments.length; i++) {
        const la = 'literal' in a.segments[i]! ? 1 : 0;
        const lb = 'literal' in b.segments[i]! ? 1 : 0;
        if (la !== lb) return lb - la;
      }
      return 0;
    });
  }
  templateIndex.set(doc, bySize);
  return bySize;
}

/**
 * Find the path template a concrete path belongs to. When `method` is given, templates that do
 * not define that method are skipped (GitHub has pairs such as `/repos/{o}/{r}/git/ref/{ref}`).
 */
export function matchPath(doc: OpenApiDocument, pathname: string, method?: string): PathMatch | null {
  const parts = pathname.split('/').slice(1);
  const candidates = compileTemplates(doc).get(parts.length) ?? [];
  let fallback: PathMatch | null = null;
  for (const c of candidates) {
    const params: Record<string, string> = {};
    let ok = true;
    for (let i = 0; i < parts.length; i++) {
      const seg = c.segments[i]!;
      const part = parts[i]!;
      if ('literal' in seg) {
        if (seg.literal !== part) { ok = false; break; }
      } else {
        if (part === '') { ok = false; break; }
        try {
          params[seg.param] = decodeURIComponent(part);
        } catch {
          ok = false;
          break;
        }
      }
    }
    if (!ok) continue;
    const pathItem = doc.paths[c.template]!;
    const match = { template: c.template, params, pathItem };
    if (method === undefined || pathItem[method.toLowerCase()] !== undefined) return match;
    fallback ??= match;
  }
  return fallback;
}

export function operationOf(pathItem: PathItem, method: string): Operation | undefined {
  const op = pathItem[method.toLowerCase()];
  return op && typeof op === 'object' && 'responses' in op ? (op as Operation) : undefined;
}
