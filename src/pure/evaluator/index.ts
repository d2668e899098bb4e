/**
 * The embedded constraint evaluator: checks a JSON instance against a class of a model — its structure
 * (property types, enumeration values, multiplicities, nested instances) and every constraint of the class and
 * its super types — and evaluates its derived properties. Failures are reported in the shape of Legend's
 * checked results (`defects` with `ruleType`, `id`, `ruleDefinerPath`, `enforcementLevel`, `message`).
 */
import type { Constraint, PureModelContextData, SourceInformation } from '../protocol/index.js';
import { buildSemanticModel } from '../compiler/compile.js';
import { Scope } from '../compiler/context.js';
import { classAncestors, printMult, simpleName, subsumes, type Mult, type PType } from '../compiler/types.js';
import { Interpreter } from './interpreter.js';
import { Env, EvaluationError, UnsupportedError, show, type PInstance, type PathNode, type PV } from './values.js';

export type { PathNode } from './values.js';

export interface EvaluateConstraintsRequest {
  model: PureModelContextData;
  /** Full path of the class the instance conforms to. */
  class: string;
  /** The instance as JSON (properties by name; class-typed properties nested; enumerations as value names). */
  instance: unknown;
  /** Also check nested instances (class-typed properties) against their own classes (default true). */
  nested?: boolean;
}

export type ConstraintStatus = 'passed' | 'failed' | 'error' | 'unsupported';

export interface ConstraintOutcome {
  /** The constraint's name (`id` in Legend's defects). */
  id: string;
  /** The class declaring the constraint. */
  ruleDefinerPath: string;
  enforcementLevel: 'Error' | 'Warn';
  externalId: string | null;
  owner?: string;
  status: ConstraintStatus;
  /** For a failure: the constraint's message function or Legend's default message. */
  message?: string;
  /** For `error` and `unsupported`: why the constraint could not be evaluated. */
  detail?: string;
  /** Where the checked instance sits in the document (empty for the root). */
  path: PathNode[];
  sourceInformation?: SourceInformation;
}

/** A defect in Legend's checked-result shape. */
export interface Defect {
  id: string | null;
  externalId: string | null;
  message: string;
  enforcementLevel: 'Error' | 'Warn' | 'Critical';
  ruleType: 'ClassConstraint' | 'ClassStructure';
  ruleDefinerPath: string;
  path: PathNode[];
}

export interface DerivedPropertyOutcome {
  name: string;
  ruleDefinerPath: string;
  path: PathNode[];
  status: 'evaluated' | 'error' | 'unsupported' | 'skipped';
  value?: unknown;
  detail?: string;
}

export interface EvaluateConstraintsResult {
  class: string;
  constraints: ConstraintOutcome[];
  defects: Defect[];
  derivedProperties: DerivedPropertyOutcome[];
  /** True when no defect has enforcement level Error (warnings do not fail). */
  valid: boolean;
}

/** Legend's default message for a violated constraint. */
export function defaultConstraintMessage(id: string, classPath: string): string {
  return `Constraint :[${id}] violated in the Class ${simpleName(classPath)}`;
}

export function evaluateConstraints(req: EvaluateConstraintsRequest): EvaluateConstraintsResult {
  const sem = buildSemanticModel(req.model);
  const comp = sem.comp;
  const info = comp.classes.get(req.class);
  if (!info) throw new EvaluationError(`Can't find class '${req.class}'`);
  const record = comp.index.byPath.get(req.class)!;
  const interp = new Interpreter(new Scope(comp, record));
  const result: EvaluateConstraintsResult = { class: req.class, constraints: [], defects: [], derivedProperties: [], valid: true };
  if (typeof req.instance !== 'object' || req.instance === null || Array.isArray(req.instance)) {
    result.defects.push(structure(`Invalid instance: expected a JSON object for class ${req.class}`, req.class, []));
    result.valid = false;
    return result;
  }
  const visited = new Set<unknown>();
  // depth-first, in document order, with a work list rather than recursion: instances may nest thousands deep
  const pending: PInstance[] = [interp.instance(req.class, req.instance as Record<string, unknown>, [])];
  while (pending.length > 0) {
    const inst = pending.pop()!;
    if (visited.has(inst.data)) continue;
    visited.add(inst.data);
    checkStructure(interp, inst, result);
    for (const owner of classAncestors(comp, inst.classPath)) {
      const el = comp.index.byPath.get(owner)?.element;
      if (!el || el._type !== 'class') continue;
      const ownerInterp = new Interpreter(new Scope(comp, comp.index.byPath.get(owner)!));
      for (const c of el.constraints ?? []) result.constraints.push(evaluateConstraint(ownerInterp, inst, owner, c));
      for (const q of el.qualifiedProperties ?? []) {
        const params = (q.parameters ?? []).filter((p) => p.name !== 'this');
        const base = { name: q.name, ruleDefinerPath: owner, path: inst.path };
        if (params.length) {
          result.derivedProperties.push({ ...base, status: 'skipped', detail: 'derived properties with parameters are evaluated only when called' });
          continue;
        }
        try {
          result.derivedProperties.push({ ...base, status: 'evaluated', value: toJson(ownerInterp.qualified(inst, owner, q.name, [])) });
        } catch (e) {
          result.derivedProperties.push({ ...base, status: e instanceof UnsupportedError ? 'unsupported' : 'error', detail: errorText(e) });
        }
      }
    }
    if (req.nested === false) continue;
    const nested: PInstance[] = [];
    for (const c of classAncestors(comp, inst.classPath)) {
      const ci = comp.classes.get(c);
      if (!ci) continue;
      for (const p of [...ci.properties.values(), ...ci.associationProperties.values()]) {
        if (p.type.k !== 'class' || !comp.classes.has(p.type.path)) continue;
        for (const v of interp.propertyOf(inst, p.name, [])) if (typeof v === 'object' && v.kind === 'instance') nested.push(v);
      }
    }
    for (let i = nested.length - 1; i >= 0; i--) pending.push(nested[i]!);
  }
  for (const c of result.constraints) {
    if (c.status === 'failed' || c.status === 'error') {
      result.defects.push({ id: c.id, externalId: c.externalId, message: c.message ?? c.detail ?? '', enforcementLevel: c.enforcementLevel, ruleType: 'ClassConstraint', ruleDefinerPath: c.ruleDefinerPath, path: c.path });
    }
  }
  result.valid = !result.defects.some((d) => d.enforcementLevel !== 'Warn');
  return result;
}

function evaluateConstraint(interp: Interpreter, inst: PInstance, owner: string, c: Constraint): ConstraintOutcome {
  const outcome: ConstraintOutcome = {
    id: c.name,
    ruleDefinerPath: owner,
    enforcementLevel: c.enforcementLevel === 'Warn' ? 'Warn' : 'Error',
    externalId: c.externalId ?? null,
    status: 'passed',
    path: inst.path,
  };
  if (c.owner) outcome.owner = c.owner;
  if (c.sourceInformation) outcome.sourceInformation = c.sourceInformation;
  const env = new Env();
  env.set('this', [inst]);
  try {
    const value = interp.evaluateBody(c.functionDefinition?.body ?? [], env);
    if (value.length !== 1 || typeof value[0] !== 'boolean') throw new EvaluationError(`the constraint returned ${value.length === 1 ? show(value[0]!) : `${value.length} values`} instead of one Boolean`);
    if (value[0]) return outcome;
    outcome.status = 'failed';
    outcome.message = defaultConstraintMessage(c.name, owner);
    if (c.messageFunction) {
      try {
        const m = interp.evaluateBody(c.messageFunction.body ?? [], env);
        if (m.length === 1 && typeof m[0] === 'string') outcome.message = m[0];
      } catch {
        // The engine falls back to the default message when the message function fails.
      }
    }
  } catch (e) {
    outcome.status = e instanceof UnsupportedError ? 'unsupported' : 'error';
    outcome.detail = errorText(e);
    if (outcome.status === 'error') outcome.message = `Constraint :[${c.name}] could not be evaluated in the Class ${simpleName(owner)}: ${errorText(e)}`;
  }
  return outcome;
}

/** Property types, enumeration values and multiplicities of one instance (Legend's ClassStructure defects). */
function checkStructure(interp: Interpreter, inst: PInstance, result: EvaluateConstraintsResult): void {
  const comp = interp.scope.comp;
  for (const c of classAncestors(comp, inst.classPath)) {
    const ci = comp.classes.get(c);
    if (!ci) continue;
    for (const p of [...ci.properties.values(), ...ci.associationProperties.values()]) {
      const raw = inst.data[p.name];
      const list = raw === undefined || raw === null ? [] : Array.isArray(raw) ? raw : [raw];
      if (!subsumes(p.mult, { lower: list.length, upper: list.length })) {
        result.defects.push(structure(`Invalid multiplicity for ${p.name}: expected [${multText(p.mult)}] found [${list.length}]`, inst.classPath, inst.path));
      }
      list.forEach((v, i) => {
        if (interp.convertOne(v, p.type, inst, p.name, i) === undefined && p.type.k !== 'unknown') {
          result.defects.push(structure(`Invalid value for ${p.name}: expected ${typeText(p.type, comp.enums.get((p.type as { path: string }).path))} found ${JSON.stringify(v)}`, inst.classPath, inst.path));
        }
      });
    }
  }
}

function structure(message: string, classPath: string, path: PathNode[]): Defect {
  return { id: null, externalId: null, message, enforcementLevel: 'Critical', ruleType: 'ClassStructure', ruleDefinerPath: classPath, path };
}

function multText(m: Mult): string {
  return printMult(m).slice(1, -1);
}

function typeText(t: PType, enumValues: Set<string> | undefined): string {
  switch (t.k) {
    case 'prim':
      return simpleName(t.path);
    case 'enum':
      return `one of ${simpleName(t.path)}.${[...(enumValues ?? [])].join('|')}`;
    case 'class':
      return `an object (${simpleName(t.path)})`;
    default:
      return 'a value';
  }
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function toJson(values: PV[]): unknown {
  const one = (v: PV): unknown => {
    if (typeof v !== 'object') return v;
    switch (v.kind) {
      case 'number':
        return v.value;
      case 'date':
        return v.text;
      case 'enum':
        return v.value;
      case 'instance':
        return v.data;
      default:
        return show(v);
    }
  };
  return values.length === 1 ? one(values[0]!) : values.map(one);
}

export { EvaluationError, UnsupportedError };
