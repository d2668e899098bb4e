/**
 * Interpreter of Pure value specifications over JSON instances: property navigation (with auto-map over
 * collections, derived properties, association ends), enumerations, lambdas and the standard-library subset.
 */
import type { AppliedFunction, AppliedProperty, ValueSpecification } from '../protocol/index.js';
import type { Scope } from '../compiler/context.js';
import { findProperty } from '../compiler/infer.js';
import type { PType } from '../compiler/types.js';
import { simpleName } from '../compiler/types.js';
import { compare, STRICT_FUNCTIONS } from './functions.js';
import { Env, EvaluationError, UnsupportedError, float, int, parseDate, show, type PInstance, type PV } from './values.js';

export class Interpreter {
  constructor(readonly scope: Scope) {}

  private get comp() {
    return this.scope.comp;
  }

  /** A class instance over a JSON object. */
  instance(classPath: string, data: Record<string, unknown>, path: PInstance['path']): PInstance {
    return { kind: 'instance', classPath, data, path, values: new Map() };
  }

  /** JSON values of one property, converted to the property's type; values of the wrong type are left out. */
  convert(raw: unknown, type: PType, owner: PInstance, propertyName: string): PV[] {
    const list = raw === undefined || raw === null ? [] : Array.isArray(raw) ? raw : [raw];
    const out: PV[] = [];
    list.forEach((v, i) => {
      const c = this.convertOne(v, type, owner, propertyName, list.length > 1 || Array.isArray(raw) ? i : undefined);
      if (c !== undefined) out.push(c);
    });
    return out;
  }

  convertOne(v: unknown, type: PType, owner: PInstance, propertyName: string, index: number | undefined): PV | undefined {
    switch (type.k) {
      case 'prim': {
        const base = primitiveBase(type.path);
        if (base === 'String') return typeof v === 'string' ? v : undefined;
        if (base === 'Boolean') return typeof v === 'boolean' ? v : undefined;
        if (base === 'Integer') return typeof v === 'number' && Number.isInteger(v) ? int(v) : undefined;
        if (base === 'Number' || base === 'Float' || base === 'Decimal') {
          if (typeof v === 'number') return base === 'Number' && Number.isInteger(v) ? int(v) : float(v);
          if (typeof v === 'string' && base === 'Decimal' && v.trim() !== '' && !Number.isNaN(Number(v))) return float(Number(v));
          return undefined;
        }
        if (base === 'StrictTime') return typeof v === 'string' && /^\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(v) ? v : undefined;
        if (base === 'Date' || base === 'StrictDate' || base === 'DateTime') {
          const d = typeof v === 'string' ? parseDate(v) : undefined;
          if (!d) return undefined;
          if (base === 'StrictDate' && d.hasTime) return undefined;
          return d;
        }
        return typeof v === 'string' || typeof v === 'boolean' ? v : typeof v === 'number' ? float(v) : undefined;
      }
      case 'enum': {
        const values = this.comp.enums.get(type.path);
        if (typeof v !== 'string' || (values && !values.has(v))) return undefined;
        return { kind: 'enum', enumeration: type.path, value: v };
      }
      case 'class': {
        if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
        return this.instance(type.path, v as Record<string, unknown>, [...owner.path, index === undefined ? { propertyName } : { propertyName, index }]);
      }
      default:
        if (typeof v === 'string' || typeof v === 'boolean') return v;
        if (typeof v === 'number') return Number.isInteger(v) ? int(v) : float(v);
        return undefined;
    }
  }

  evaluateBody(body: readonly ValueSpecification[], env: Env): PV[] {
    let last: PV[] = [];
    for (const vs of body) last = this.evaluate(vs, env);
    return last;
  }

  evaluate(vs: ValueSpecification, env: Env): PV[] {
    switch (vs._type) {
      case 'string':
        return [vs.value];
      case 'boolean':
        return [vs.value];
      case 'integer':
      case 'float':
      case 'decimal':
        return [vs._type === 'integer' ? int(vs.value) : float(vs.value)];
      case 'strictDate':
      case 'dateTime': {
        const d = parseDate(vs.value);
        if (!d) throw new EvaluationError(`Invalid date ${vs.value}`);
        return [d];
      }
      case 'strictTime':
        return [vs.value];
      case 'collection':
        return (vs.values ?? []).flatMap((v) => this.evaluate(v, env));
      case 'var': {
        const v = env.get(vs.name);
        if (!v) throw new EvaluationError(`Unknown variable '${vs.name}'`);
        return v;
      }
      case 'lambda':
        return [{ kind: 'lambda', params: (vs.parameters ?? []).map((p) => p.name), body: vs.body ?? [], env }];
      case 'packageableElementPtr':
        return [this.elementRef(vs.fullPath)];
      case 'enumValue':
        return [{ kind: 'enum', enumeration: this.scope.resolveEnumeration(vs.fullPath, vs.sourceInformation), value: vs.value }];
      case 'genericTypeInstance': {
        const raw = vs.genericType?.rawType;
        return [raw && raw._type === 'packageableType' ? this.elementRef(raw.fullPath) : { kind: 'type', path: 'relation', typeKind: 'other' }];
      }
      case 'property':
        return this.property(vs, env);
      case 'func':
        return this.apply(vs, env);
      default:
        throw new UnsupportedError(`The '${vs._type}' expression`);
    }
  }

  private elementRef(path: string): PV {
    const r = this.scope.resolveElement(path, undefined);
    const typeKind = r.kind === 'class' ? 'class' : r.kind === 'enumeration' ? 'enumeration' : r.kind === 'primitive' ? 'primitive' : 'other';
    return { kind: 'type', path: r.path, typeKind };
  }

  private property(p: AppliedProperty, env: Env): PV[] {
    const [receiverVs, ...argVs] = p.parameters ?? [];
    if (!receiverVs) throw new UnsupportedError('A property access without a receiver');
    const receiver = this.evaluate(receiverVs, env);
    const args = argVs.map((a) => this.evaluate(a, env));
    return receiver.flatMap((r) => this.propertyOf(r, p.property, args));
  }

  propertyOf(r: PV, name: string, args: PV[][]): PV[] {
    if (typeof r === 'object' && r.kind === 'type' && r.typeKind === 'enumeration') {
      const values = this.comp.enums.get(r.path);
      if (values && !values.has(name)) throw new EvaluationError(`Can't find enum value '${name}' in enumeration '${r.path}'`);
      return [{ kind: 'enum', enumeration: r.path, value: name }];
    }
    if (typeof r === 'object' && r.kind === 'enum' && name === 'name') return [r.value];
    if (typeof r !== 'object' || r.kind !== 'instance') throw new UnsupportedError(`Navigating '${name}' on ${show(r)}`);
    const found = findProperty(this.comp, r.classPath, name, args.length);
    if (!found) throw new EvaluationError(`Can't find property '${name}' in class '${r.classPath}'`);
    if ('params' in found) return this.qualified(r, found.owner, name, args);
    const cached = r.values.get(name);
    if (cached) return cached;
    const values = this.convert(r.data[name], found.type, r, name);
    r.values.set(name, values);
    return values;
  }

  /** Evaluates a derived property of an instance. */
  qualified(r: PInstance, owner: string, name: string, args: PV[][]): PV[] {
    const rec = this.comp.index.byPath.get(owner);
    const el = rec?.element;
    const list = el && (el._type === 'class' || el._type === 'association') ? el.qualifiedProperties ?? [] : [];
    const q = list.find((x) => x.name === name && (x.parameters ?? []).filter((p) => p.name !== 'this').length === args.length);
    if (!q) throw new UnsupportedError(`The derived property '${name}'`);
    const env = new Env();
    env.set('this', [r]);
    (q.parameters ?? []).filter((p) => p.name !== 'this').forEach((p, i) => env.set(p.name, args[i] ?? []));
    return this.evaluateBody(q.body ?? [], env);
  }

  private callLambda(l: PV | undefined, args: PV[][]): PV[] {
    if (!l || typeof l !== 'object' || l.kind !== 'lambda') throw new EvaluationError('Expected a lambda');
    const env = l.env.child();
    l.params.forEach((p, i) => env.set(p, args[i] ?? []));
    return this.evaluateBody(l.body, env);
  }

  private truthy(v: PV[], fn: string): boolean {
    if (v.length !== 1 || typeof v[0] !== 'boolean') throw new EvaluationError(`${fn} expects a Boolean[1], got ${v.length === 1 ? show(v[0]!) : `${v.length} values`}`);
    return v[0];
  }

  private apply(f: AppliedFunction, env: Env): PV[] {
    const name = f.function.startsWith('meta::') ? simpleName(f.function) : f.function;
    const params = f.parameters ?? [];
    const lambdaArg = (i: number): PV | undefined => this.evaluate(params[i]!, env)[0];
    switch (name) {
      case 'and':
        if (params.length === 1) return [this.evaluate(params[0]!, env).every((v) => v === true)];
        return [this.truthy(this.evaluate(params[0]!, env), 'and') && this.truthy(this.evaluate(params[1]!, env), 'and')];
      case 'or':
        if (params.length === 1) return [this.evaluate(params[0]!, env).some((v) => v === true)];
        return [this.truthy(this.evaluate(params[0]!, env), 'or') || this.truthy(this.evaluate(params[1]!, env), 'or')];
      case 'if':
        if (params.length !== 3) throw new UnsupportedError("The multi-branch 'if'");
        return this.callLambda(lambdaArg(this.truthy(this.evaluate(params[0]!, env), 'if') ? 1 : 2), []);
      case 'letFunction': {
        const nameVs = params[0];
        const value = this.evaluate(params[1]!, env);
        if (nameVs?._type === 'string') env.set(nameVs.value, value);
        return value;
      }
      case 'filter': {
        const l = lambdaArg(1);
        return this.evaluate(params[0]!, env).filter((v) => this.truthy(this.callLambda(l, [[v]]), 'filter'));
      }
      case 'map': {
        const l = lambdaArg(1);
        return this.evaluate(params[0]!, env).flatMap((v) => this.callLambda(l, [[v]]));
      }
      case 'exists': {
        const l = lambdaArg(1);
        return [this.evaluate(params[0]!, env).some((v) => this.truthy(this.callLambda(l, [[v]]), 'exists'))];
      }
      case 'forAll': {
        const l = lambdaArg(1);
        return [this.evaluate(params[0]!, env).every((v) => this.truthy(this.callLambda(l, [[v]]), 'forAll'))];
      }
      case 'sortBy':
      case 'sort': {
        const values = [...this.evaluate(params[0]!, env)];
        const key = params[1] ? lambdaArg(1) : undefined;
        const k = (v: PV): PV => (key ? this.callLambda(key, [[v]])[0]! : v);
        return values.sort((a, b) => compare(k(a), k(b), name));
      }
      case 'cast':
        return this.evaluate(params[0]!, env);
      case 'instanceOf': {
        const v = this.evaluate(params[0]!, env)[0];
        const t = this.evaluate(params[1]!, env)[0];
        if (!v || !t || typeof t !== 'object' || t.kind !== 'type') return [false];
        return [instanceOf(this, v, t.path)];
      }
      case 'new':
      case 'getAll':
        throw new UnsupportedError(`The function '${name}' at evaluation time`);
      default: {
        const impl = STRICT_FUNCTIONS[name];
        if (!impl) throw new UnsupportedError(`The function '${f.function}'`);
        return impl(params.map((p) => this.evaluate(p, env)));
      }
    }
  }
}

function primitiveBase(path: string): string {
  if (!path.includes('::')) return path;
  const precise: Record<string, string> = {
    Varchar: 'String',
    Char: 'String',
    Timestamp: 'DateTime',
    Double: 'Float',
    Float4: 'Float',
    Numeric: 'Decimal',
  };
  const simple = simpleName(path);
  return precise[simple] ?? 'Integer';
}

function instanceOf(interp: Interpreter, v: PV, typePath: string): boolean {
  if (typeof v === 'string') return ['String', 'meta::pure::metamodel::type::Any'].includes(typePath);
  if (typeof v === 'boolean') return ['Boolean', 'meta::pure::metamodel::type::Any'].includes(typePath);
  if (typeof v !== 'object') return false;
  switch (v.kind) {
    case 'number':
      return ['Number', 'meta::pure::metamodel::type::Any', v.integer ? 'Integer' : 'Float'].includes(typePath);
    case 'date':
      return ['Date', 'meta::pure::metamodel::type::Any', v.hasTime ? 'DateTime' : 'StrictDate'].includes(typePath);
    case 'enum':
      return v.enumeration === typePath || typePath === 'meta::pure::metamodel::type::Any';
    case 'instance':
      return typePath === 'meta::pure::metamodel::type::Any' || interp.scope.comp.classes.has(v.classPath) && ancestorsInclude(interp, v.classPath, typePath);
    default:
      return false;
  }
}

function ancestorsInclude(interp: Interpreter, classPath: string, typePath: string): boolean {
  const seen = new Set<string>();
  const visit = (p: string): boolean => {
    if (p === typePath) return true;
    if (seen.has(p)) return false;
    seen.add(p);
    return interp.scope.comp.superTypesOf(p).some(visit);
  };
  return visit(classPath);
}
