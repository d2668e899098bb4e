/**
 * Model conformance: a contract's schema against the PURE class it names. The class's
 * properties (with inherited and association ones) are compared with the schema's — names,
 * types, multiplicities, enumerations, nested classes — and the class's constraints are
 * evaluated, with the embedded evaluator, on every valid example and generated positive case.
 */
import type { Level, Location } from '../../core/types.js';
import { buildSemanticModel, type SemanticModel } from '../../pure/compiler/compile.js';
import { classAncestors, type PType } from '../../pure/compiler/types.js';
import { PRIMITIVE_SUPERTYPE } from '../../pure/compiler/system.js';
import { evaluateConstraints, type EvaluateConstraintsResult, type PathNode } from '../../pure/evaluator/index.js';
import { parsePureGrammar } from '../../pure/grammar/parse.js';
import type { Class, PackageableElement, PureModelContextData, SourceInformation } from '../../pure/protocol/index.js';
import { allowedTypes, enumSet, flatten, typeSet, withKeyword } from './conj.js';
import { toPointer } from './pointer.js';
import { isObject, itemKeywords } from './schema-keywords.js';
import { childRef, refKey, rootRef, type SchemaRef, type SchemaSet } from './schema-store.js';
import { locate } from './source-doc.js';
import { sha256Hex } from '../../data-pack.js';
import type { Taxonomy } from './taxonomy.js';

export interface PureModel {
  data: PureModelContextData;
  sem: SemanticModel;
  files: Array<{ path: string; sha256: string }>;
  /** PURE files that could not be parsed (their classes are missing). */
  unreadable: string[];
}

/** Parses every PURE file into one model (files that do not parse are listed, not fatal). */
export async function loadPureModel(paths: string[], read: (p: string) => Promise<Buffer | null>): Promise<PureModel> {
  const elements: PackageableElement[] = [];
  const files: PureModel['files'] = [];
  const unreadable: string[] = [];
  for (const path of paths) {
    const bytes = await read(path);
    if (!bytes) continue;
    files.push({ path, sha256: sha256Hex(bytes) });
    try {
      const data = parsePureGrammar(bytes.toString('utf8'), { sourceId: path });
      elements.push(...data.elements.filter((e) => e._type !== 'sectionIndex'));
    } catch (e) {
      const si = (e as { sourceInformation?: SourceInformation }).sourceInformation;
      unreadable.push(`${path}${si ? `:${si.startLine}` : ''} (${(e as Error).message})`);
    }
  }
  const data: PureModelContextData = { _type: 'data', elements };
  return { data, sem: buildSemanticModel(data), files, unreadable };
}

export type MismatchKind = 'missing-in-schema' | 'missing-in-model' | 'type' | 'multiplicity' | 'enum';

export interface ModelMismatch {
  kind: MismatchKind;
  level: Level;
  location: Location;
  instancePath: string;
  detail: string;
}

interface Prop {
  name: string;
  type: PType;
  lower: number;
  upper: number | null;
  owner: string;
  where?: string;
}

function classProps(model: PureModel, classPath: string): Prop[] {
  const comp = model.sem.comp;
  const out = new Map<string, Prop>();
  for (const c of classAncestors(comp, classPath)) {
    const info = comp.classes.get(c);
    if (!info) continue;
    const el = info.element as Class | undefined;
    for (const p of [...info.properties.values(), ...info.associationProperties.values()]) {
      if (out.has(p.name)) continue;
      const si = el?.properties.find((x) => x.name === p.name)?.sourceInformation;
      out.set(p.name, { name: p.name, type: p.type, lower: p.mult.lower, upper: p.mult.upper, owner: p.owner, ...(si ? { where: `${si.sourceId}:${si.startLine}` } : {}) });
    }
  }
  return [...out.values()];
}

function mult(lower: number, upper: number | null): string {
  if (upper === null) return lower === 0 ? '[*]' : `[${lower}..*]`;
  return lower === upper ? `[${lower}]` : `[${lower}..${upper}]`;
}

function typeName(t: PType): string {
  return 'path' in t ? t.path : t.k;
}

export function hasClass(model: PureModel, classPath: string): boolean {
  return model.sem.comp.classes.has(classPath);
}

/** Every difference between the class and the schema, at the schema location to fix. */
export function compareWithModel(model: PureModel, classPath: string, set: SchemaSet, tax: Taxonomy): ModelMismatch[] {
  const root = rootRef(set);
  if (!root) return [];
  const out: ModelMismatch[] = [];
  const visited = new Set<string>();
  const at = (ref: SchemaRef, rel: string[] = []): Location => locate(ref.res.doc, [...ref.segments, ...rel]);
  const push = (kind: MismatchKind, level: Level, location: Location, inst: string[], detail: string): void => {
    out.push({ kind, level, location, instancePath: toPointer(inst), detail });
  };

  const compareClass = (cls: string, refs: SchemaRef[], inst: string[]): void => {
    const conj = flatten(set, refs);
    const key = `${cls}|${conj.map(refKey).sort().join('&')}`;
    if (visited.has(key) || inst.length > 20) return;
    visited.add(key);
    const anchor = conj[0] ?? refs[0]!;
    const schemaProps = new Map<string, SchemaRef[]>();
    const required = new Set<string>();
    for (const r of conj) {
      if (!isObject(r.value)) continue;
      if (isObject(r.value.properties)) for (const n of Object.keys(r.value.properties)) schemaProps.set(n, [...(schemaProps.get(n) ?? []), childRef(r, ['properties', n])]);
      if (Array.isArray(r.value.required)) for (const n of r.value.required) if (typeof n === 'string') required.add(n);
    }
    const props = classProps(model, cls);
    const propsKw = withKeyword(conj, 'properties')[0];
    for (const p of props) {
      const here = [...inst, p.name];
      const refsP = schemaProps.get(p.name);
      const decl = `${p.owner}.${p.name}: ${typeName(p.type)}${mult(p.lower, p.upper)}${p.where ? ` (${p.where})` : ''}`;
      if (!refsP) {
        push('missing-in-schema', p.lower >= 1 ? 'error' : 'warning', propsKw ? at(propsKw.ref, ['properties']) : at(anchor), here, `the model declares ${decl} but the schema does not define "${p.name}"`);
        continue;
      }
      const cp = flatten(set, refsP);
      const types = allowedTypes(cp);
      const arrays = types.has('array');
      const scalars = [...types].filter((t) => t !== 'array' && t !== 'null');
      const num = (kw: string, pick: (a: number, b: number) => number): number | undefined => {
        const xs = withKeyword(cp, kw).flatMap((x) => (typeof x.value === 'number' ? [x.value] : []));
        return xs.length ? xs.reduce(pick) : undefined;
      };
      const minItems = num('minItems', Math.max) ?? 0;
      const maxItems = num('maxItems', Math.min) ?? Infinity;
      const schemaMin = !required.has(p.name) || types.has('null') ? 0 : arrays ? (scalars.length ? Math.min(1, minItems) : minItems) : 1;
      const schemaMax = arrays ? maxItems : 1;
      const propLoc = at(refsP[0]!);
      if (schemaMin < p.lower) {
        const why = !required.has(p.name) ? 'optional' : types.has('null') ? 'nullable' : `an array with at least ${schemaMin} items`;
        push('multiplicity', 'error', propLoc, here, `the model declares ${decl} (at least ${p.lower}) but the schema makes "${p.name}" ${why}`);
      }
      if (schemaMax > (p.upper ?? Infinity)) {
        push('multiplicity', 'error', propLoc, here, `the model declares ${decl} (at most ${p.upper}) but the schema allows ${schemaMax === Infinity ? 'any number of' : schemaMax} values`);
      }
      let element = cp;
      if (arrays && scalars.length === 0) {
        element = [];
        for (const r of cp) {
          if (!isObject(r.value)) continue;
          const { rest } = itemKeywords(r.res.draft, r.value);
          if (rest && r.value[rest] !== undefined) element.push(childRef(r, [rest]));
        }
        element = flatten(set, element);
      }
      compareType(p, element, here, decl);
    }
    const modelNames = new Set(props.map((p) => p.name));
    for (const [n, refsN] of schemaProps) {
      if (!modelNames.has(n)) push('missing-in-model', 'warning', at(refsN[0]!), [...inst, n], `the schema defines "${n}" but class ${cls} has no such property`);
    }
  };

  const compareType = (p: Prop, conj: SchemaRef[], inst: string[], decl: string): void => {
    const loc = (kw?: string): Location => {
      const x = kw ? withKeyword(conj, kw)[0] : undefined;
      return x ? at(x.ref, [kw!]) : conj[0] ? at(conj[0]) : { path: set.rootPath, startLine: 1 };
    };
    const schemaTypes = typeSet(conj);
    const en = enumSet(conj);
    const t = p.type;
    if (t.k === 'enum') {
      const values = model.sem.comp.enums.get(t.path) ?? new Set<string>();
      if (!en) {
        push('enum', 'error', loc('type'), inst, `the model declares ${decl}, an enumeration of ${[...values].join(', ')}, but the schema allows any value; add "enum": [${[...values].map((v) => JSON.stringify(v)).join(', ')}]`);
        return;
      }
      const extra = [...en.values()].filter((v) => typeof v !== 'string' || !values.has(v));
      if (extra.length) push('enum', 'error', loc('enum'), inst, `the schema allows ${extra.map((v) => JSON.stringify(v)).join(', ')}, which enumeration ${t.path} does not define (values: ${[...values].join(', ')})`);
      return;
    }
    if (t.k === 'class') {
      const bad = schemaTypes ? [...schemaTypes].filter((x) => x !== 'object' && x !== 'null') : ['any type'];
      if (bad.length) push('type', 'error', loc('type'), inst, `the model declares ${decl} (a class) but the schema allows ${bad.join(', ')}`);
      if (model.sem.comp.classes.has(t.path)) compareClass(t.path, conj, inst);
      return;
    }
    if (t.k !== 'prim') return;
    let base: string | undefined = t.path;
    while (base && !tax.modelTypes[base]) base = PRIMITIVE_SUPERTYPE[base];
    const mapping = base ? tax.modelTypes[base] : undefined;
    if (!mapping) return;
    const ok = new Set<string>(mapping.types);
    if (ok.has('number')) ok.add('integer');
    const allowed = schemaTypes ? [...schemaTypes].filter((x) => x !== 'null') : en ? [...new Set([...en.values()].map(jsonType))] : ['any type'];
    const bad = allowed.filter((x) => !ok.has(x));
    if (bad.length) {
      push('type', 'error', loc('type'), inst, `the model declares ${decl} but the schema allows ${bad.join(', ')}; use "type": ${JSON.stringify(mapping.types.length === 1 ? mapping.types[0] : mapping.types)}`);
      return;
    }
    if (mapping.formats && allowed.includes('string')) {
      const fmt = withKeyword(conj, 'format').find((x) => typeof x.value === 'string')?.value as string | undefined;
      if (!en && (fmt === undefined || !mapping.formats.includes(fmt))) {
        push('type', 'error', loc(fmt === undefined ? 'type' : 'format'), inst, `the model declares ${decl} but the schema allows ${fmt === undefined ? 'any string' : `format "${fmt}"`}; use "format": ${JSON.stringify(mapping.formats[0])}`);
      }
    }
  };

  compareClass(classPath, [root], []);
  return out;
}

function jsonType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

export interface ConstraintCheck {
  result: EvaluateConstraintsResult | null;
  error?: string;
}

/** Evaluates the class's constraints (and structure) on one instance. */
export function checkInstance(model: PureModel, classPath: string, instance: unknown): ConstraintCheck {
  try {
    return { result: evaluateConstraints({ model: model.data, class: classPath, instance }) };
  } catch (e) {
    return { result: null, error: (e as Error).message };
  }
}

/** JSON pointer segments of an evaluator path. */
export function pathSegments(path: readonly PathNode[]): string[] {
  return path.flatMap((n) => (n.index === undefined ? [n.propertyName] : [n.propertyName, String(n.index)]));
}
