/**
 * Loads a contract's schema and every file its `$ref`s reach, at one revision (head or base),
 * and resolves refs the way ajv does: against `$id`s (embedded too), anchors and JSON
 * pointers. Refs that leave the repository or point at the network are refused with a
 * finding at the `$ref` line; nothing is ever fetched.
 */
import { posix } from 'node:path';
import type { Location } from '../../core/types.js';
import { fromPointer, getAt } from './pointer.js';
import { childSchemas, DATA_VALUED, draftOf, isMetaSchemaUri, isObject, type Draft } from './schema-keywords.js';
import { locate, parseSource, pointLocation, type SourceDoc } from './source-doc.js';

export type ReadFile = (path: string) => Promise<Buffer | null>;

export interface SchemaResource {
  doc: SourceDoc;
  /** Canonical base URI: the declared `$id` resolved, else `file:///<repo path>`. */
  uri: string;
  /** `file:///<repo path>`. */
  fileUri: string;
  draft: Draft;
  /** Other absolute URIs this file is reached by (a relative ref resolved against an http `$id`). */
  aliases: string[];
}

/** A subschema: where it lives, its value and its base URI (after its own `$id`). */
export interface SchemaRef {
  res: SchemaResource;
  segments: string[];
  base: string;
  value: unknown;
}

export type LoadProblemRule =
  | 'schema-missing'
  | 'schema-parse-error'
  | 'schema-unsupported-draft'
  | 'ref-unresolved'
  | 'ref-outside-repository'
  | 'ref-remote';

export interface LoadProblem {
  rule: LoadProblemRule;
  message: string;
  location?: Location;
}

interface Target {
  res: SchemaResource;
  segments: string[];
}

export interface SchemaSet {
  revision: string;
  rootPath: string;
  root: SchemaResource | null;
  draft: Draft;
  /** Resources by repository path, in load order (root first). */
  resources: Map<string, SchemaResource>;
  byUri: Map<string, Target>;
  anchors: Map<string, Target>;
  problems: LoadProblem[];
}

export interface LoadOptions {
  defaultDraft: Draft;
  maxFileBytes: number;
  /** Label for messages: "head" or "base (abc123)". */
  revision: string;
  /** At most this many files per schema set. */
  maxFiles?: number;
}

export function fileUriOf(path: string): string {
  return `file:///${path.split('/').map(encodeURIComponent).join('/')}`;
}

interface CollectedRef {
  res: SchemaResource;
  segments: string[];
  ref: string;
  base: string;
}

export async function loadSchemaSet(rootPath: string, read: ReadFile, opts: LoadOptions): Promise<SchemaSet> {
  const set: SchemaSet = {
    revision: opts.revision,
    rootPath,
    root: null,
    draft: opts.defaultDraft,
    resources: new Map(),
    byUri: new Map(),
    anchors: new Map(),
    problems: [],
  };
  const refs: CollectedRef[] = [];
  const pendingAliases: Array<{ uri: string; path: string }> = [];
  const missing = new Map<string, CollectedRef>();
  const queue: Array<{ path: string; from?: CollectedRef }> = [{ path: rootPath }];
  const seen = new Set<string>([rootPath]);
  const maxFiles = opts.maxFiles ?? 500;

  while (queue.length) {
    const { path, from } = queue.shift()!;
    const bytes = await read(path);
    if (bytes === null) {
      if (!from) {
        set.problems.push({
          rule: 'schema-missing',
          message: `The contract schema ${path} does not exist at ${opts.revision}. Fix the \`schema\` path in checks.contracts.contracts or add the file.`,
        });
      } else missing.set(path, from);
      continue;
    }
    const parsed = parseSource(path, bytes, opts.maxFileBytes);
    if (!parsed.ok) {
      set.problems.push({
        rule: 'schema-parse-error',
        message: `Schema file ${path} cannot be read at ${opts.revision}: ${parsed.problem.message}. Fix the syntax at this position.`,
        location: pointLocation(parsed.problem),
      });
      continue;
    }
    const res = makeResource(parsed.doc, from ? set.draft : null, opts, set);
    if (!from) {
      set.root = res;
      set.draft = res.draft;
    }
    set.resources.set(path, res);
    set.byUri.set(res.uri, { res, segments: [] });
    if (!set.byUri.has(res.fileUri)) set.byUri.set(res.fileUri, { res, segments: [] });
    indexResource(res, set, refs);

    // Files the new refs point at (relative refs and refs that only a file could satisfy).
    for (let i = refs.length - 1; i >= 0 && refs[i]!.res === res; i--) {
      const r = refs[i]!;
      const file = fileTargetOf(r);
      if (!file || file.kind !== 'path') continue;
      if (file.alias) pendingAliases.push({ uri: file.alias, path: file.path });
      if (seen.has(file.path)) continue;
      seen.add(file.path);
      if (seen.size > maxFiles) {
        set.problems.push({
          rule: 'ref-unresolved',
          message: `More than ${maxFiles} schema files are reachable through $ref from ${rootPath}; Guardian stops loading there. Split the contract.`,
          location: refLocation(r),
        });
        break;
      }
      queue.push({ path: file.path, from: r });
    }
  }

  for (const a of pendingAliases) {
    const res = set.resources.get(a.path);
    if (res && !set.byUri.has(a.uri)) {
      set.byUri.set(a.uri, { res, segments: [] });
      res.aliases.push(a.uri);
    }
  }

  // Phase 2: every ref must resolve; report each one that does not, at its line.
  for (const r of refs) {
    const file = fileTargetOf(r);
    if (file?.kind === 'outside') {
      set.problems.push({ rule: 'ref-outside-repository', message: file.message, location: refLocation(r) });
      continue;
    }
    const out = resolveUri(set, r.ref, r.base);
    if (out.kind === 'ok' || out.kind === 'meta') continue;
    let message = out.message;
    if (file?.kind === 'path' && missing.has(file.path)) {
      message = `\`$ref\` "${r.ref}" points to ${file.path}, which does not exist at ${opts.revision}. Add the file or fix the reference.`;
    }
    set.problems.push({ rule: out.kind === 'remote' ? 'ref-remote' : 'ref-unresolved', message, location: refLocation(r) });
  }
  return set;
}

function makeResource(doc: SourceDoc, inherited: Draft | null, opts: LoadOptions, set: SchemaSet): SchemaResource {
  const fileUri = fileUriOf(doc.path);
  const v = doc.value;
  let draft = inherited ?? opts.defaultDraft;
  if (isObject(v) && typeof v.$schema === 'string') {
    const d = draftOf(v.$schema);
    if (d) draft = d;
    else {
      set.problems.push({
        rule: 'schema-unsupported-draft',
        message:
          `${doc.path} declares "$schema": "${v.$schema}", which Guardian does not support (draft-07, 2019-09 and 2020-12 are). ` +
          `Migrate the schema to draft-07 or 2020-12; Guardian validates it as ${draft} meanwhile.`,
        location: locate(doc, ['$schema']),
      });
    }
  }
  let uri = fileUri;
  if (isObject(v) && typeof v.$id === 'string' && !v.$id.startsWith('#')) {
    try {
      uri = stripFragment(new URL(v.$id, fileUri).href);
    } catch {
      /* an invalid $id is reported by meta-schema validation */
    }
  }
  return { doc, uri, fileUri, draft, aliases: [] };
}

function indexResource(res: SchemaResource, set: SchemaSet, refs: CollectedRef[]): void {
  const visitSchema = (value: unknown, segments: string[], base: string, depth: number): void => {
    if (!isObject(value) || depth > 200) return;
    let here = base;
    if (typeof value.$id === 'string') {
      if (value.$id.startsWith('#') && res.draft === 'draft-07') {
        set.anchors.set(`${base}${value.$id}`, { res, segments });
      } else if (segments.length > 0) {
        try {
          here = stripFragment(new URL(value.$id, base).href);
          set.byUri.set(here, { res, segments });
        } catch {
          /* reported by meta-schema validation */
        }
      }
    }
    for (const k of ['$anchor', '$dynamicAnchor']) {
      const a = value[k];
      if (typeof a === 'string') set.anchors.set(`${here}#${a}`, { res, segments });
    }
    for (const k of ['$ref', '$dynamicRef', '$recursiveRef']) {
      const r = value[k];
      if (typeof r === 'string') refs.push({ res, segments: [...segments, k], ref: r, base: here });
    }
    const known = new Set<string>();
    for (const [rel, child] of childSchemas(value)) {
      known.add(rel[0]!);
      visitSchema(child, [...segments, ...rel], here, depth + 1);
    }
    for (const [k, child] of Object.entries(value)) {
      if (known.has(k) || DATA_VALUED.has(k) || k === 'items' || k === 'dependencies') continue;
      visitAny(child, [...segments, k], here, depth + 1);
    }
  };
  // Unknown keywords (e.g. OpenAPI `components`) may hold schemas that refs point into.
  const visitAny = (value: unknown, segments: string[], base: string, depth: number): void => {
    if (depth > 200) return;
    if (Array.isArray(value)) value.forEach((v, i) => visitAny(v, [...segments, String(i)], base, depth + 1));
    else if (isObject(value)) visitSchema(value, segments, base, depth);
  };
  visitSchema(res.doc.value, [], res.uri, 0);
}

type FileTarget = { kind: 'path'; path: string; alias?: string } | { kind: 'outside'; message: string } | null;

/** The repository file a ref needs, when it names one by a relative path (pure). */
function fileTargetOf(r: CollectedRef): FileTarget {
  const hash = r.ref.indexOf('#');
  const docPart = hash === -1 ? r.ref : r.ref.slice(0, hash);
  if (docPart === '') return null;
  if (/^file:/i.test(docPart)) {
    return {
      kind: 'outside',
      message: `\`$ref\` "${r.ref}" is an absolute file URI: Guardian only reads schemas inside the repository. Use a path relative to ${r.res.doc.path}.`,
    };
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(docPart)) return null;
  let relPath: string;
  try {
    relPath = decodeURIComponent(docPart.replace(/[?].*$/, ''));
  } catch {
    return null;
  }
  let fromDir: string;
  let alias: string | undefined;
  if (r.base.startsWith('file:///')) {
    fromDir = posix.dirname(decodeURIComponent(new URL(r.base).pathname).slice(1));
  } else {
    // The base is an http(s)/urn `$id`: the ref names a URI; a sibling file may declare it.
    fromDir = posix.dirname(r.res.doc.path);
    try {
      alias = stripFragment(new URL(docPart, r.base).href);
    } catch {
      return null;
    }
  }
  if (relPath.startsWith('/')) {
    return {
      kind: 'outside',
      message: `\`$ref\` "${r.ref}" is an absolute path: Guardian resolves refs relative to the referencing file (${r.res.doc.path}). Use a relative path.`,
    };
  }
  const joined = posix.normalize(posix.join(fromDir === '.' ? '' : fromDir, relPath));
  if (joined === '..' || joined.startsWith('../')) {
    return {
      kind: 'outside',
      message: `\`$ref\` "${r.ref}" resolves to ${joined}, outside the repository: Guardian never reads files outside it. Copy the schema into the repository and reference it there.`,
    };
  }
  return alias ? { kind: 'path', path: joined, alias } : { kind: 'path', path: joined };
}

function refLocation(r: CollectedRef): Location {
  return locate(r.res.doc, r.segments);
}

export function stripFragment(uri: string): string {
  const i = uri.indexOf('#');
  return i === -1 ? uri : uri.slice(0, i);
}

export type Resolution =
  | { kind: 'ok'; target: SchemaRef }
  | { kind: 'meta'; uri: string }
  | { kind: 'unresolved' | 'remote'; message: string };

/** Resolves a ref string against a base URI within a loaded set (pure over the set). */
export function resolveUri(set: SchemaSet, ref: string, base: string): Resolution {
  let abs: string;
  try {
    abs = new URL(ref, base).href;
  } catch {
    return { kind: 'unresolved', message: `\`$ref\` "${ref}" is not a valid URI reference relative to ${base}. Fix the reference.` };
  }
  if (isMetaSchemaUri(abs)) return { kind: 'meta', uri: abs };
  const hash = abs.indexOf('#');
  const docPart = hash === -1 ? abs : abs.slice(0, hash);
  let frag = hash === -1 ? '' : abs.slice(hash + 1);
  try {
    frag = decodeURIComponent(frag);
  } catch {
    return { kind: 'unresolved', message: `\`$ref\` "${ref}" has a malformed percent-encoded fragment. Fix the reference.` };
  }
  const t = set.byUri.get(docPart);
  if (!t) {
    if (/^https?:/i.test(docPart)) {
      return {
        kind: 'remote',
        message:
          `\`$ref\` "${ref}" points to the network (${docPart}); Guardian never fetches schemas. ` +
          'Vendor the schema into the repository and reference it by a relative path (or give the vendored file this `$id`).',
      };
    }
    return { kind: 'unresolved', message: `\`$ref\` "${ref}" names ${docPart}, which no loaded schema declares. Fix the reference or add the schema.` };
  }
  let segments: string[];
  if (frag === '') segments = t.segments;
  else if (frag.startsWith('/')) {
    try {
      segments = [...t.segments, ...fromPointer(frag)];
    } catch {
      return { kind: 'unresolved', message: `\`$ref\` "${ref}" has an invalid JSON pointer fragment. Fix the reference.` };
    }
    if (getAt(t.res.doc.value, segments) === undefined) {
      return {
        kind: 'unresolved',
        message: `\`$ref\` "${ref}" points to #${frag} in ${t.res.doc.path}, which does not exist there. Fix the pointer or add the definition.`,
      };
    }
  } else {
    const a = set.anchors.get(`${docPart}#${frag}`);
    if (!a) return { kind: 'unresolved', message: `\`$ref\` "${ref}": no anchor "${frag}" is declared in ${t.res.doc.path}. Fix the reference.` };
    segments = a.segments;
  }
  return { kind: 'ok', target: refAt(t.res, segments) };
}

/** The subschema at `segments` of a resource, with its base URI computed along the way. */
export function refAt(res: SchemaResource, segments: string[]): SchemaRef {
  let base = res.uri;
  let cur: unknown = res.doc.value;
  for (const seg of segments) {
    cur = getAt(cur, [seg]);
    if (isObject(cur) && typeof cur.$id === 'string' && !cur.$id.startsWith('#')) {
      try {
        base = stripFragment(new URL(cur.$id, base).href);
      } catch {
        /* keep the outer base */
      }
    }
  }
  return { res, segments, base, value: cur };
}

export function rootRef(set: SchemaSet): SchemaRef | null {
  return set.root ? refAt(set.root, []) : null;
}

/** A child subschema of `ref` (e.g. ['properties', 'name']). */
export function childRef(ref: SchemaRef, rel: readonly string[]): SchemaRef {
  let base = ref.base;
  let cur = ref.value;
  for (const seg of rel) {
    cur = getAt(cur, [seg]);
    if (isObject(cur) && typeof cur.$id === 'string' && !cur.$id.startsWith('#')) {
      try {
        base = stripFragment(new URL(cur.$id, base).href);
      } catch {
        /* keep */
      }
    }
  }
  return { res: ref.res, segments: [...ref.segments, ...rel], base, value: cur };
}

/** Resolves the `$ref` (or `$dynamicRef`/`$recursiveRef`) held by a subschema, if any. */
export function refTarget(set: SchemaSet, ref: SchemaRef): Resolution | null {
  if (!isObject(ref.value)) return null;
  for (const k of ['$ref', '$dynamicRef', '$recursiveRef']) {
    const r = ref.value[k];
    if (typeof r === 'string') return resolveUri(set, r, ref.base);
  }
  return null;
}

/** A stable key for a subschema (file + pointer), for cycle detection and caches. */
export function refKey(ref: SchemaRef): string {
  return `${ref.res.doc.path}#/${ref.segments.join('/')}`;
}

/** Every file's sha256 in the set, sorted by path. */
export function digests(set: SchemaSet): Array<{ path: string; sha256: string }> {
  return [...set.resources.values()].map((r) => ({ path: r.doc.path, sha256: r.doc.sha256 })).sort((a, b) => a.path.localeCompare(b.path));
}
