/**
 * Type and multiplicity inference for value specifications (constraints, derived properties, default values,
 * function bodies, mapping transforms, service queries), with the engine's error messages. Anything outside
 * the documented standard-library subset becomes an "unknown" type plus one "not supported" warning per
 * expression root, so the embedded engine never reports an error the real engine would not.
 */
import type {
  AppliedFunction,
  AppliedProperty,
  Collection,
  LambdaFunction,
  SourceInformation,
  ValueSpecification,
  Variable,
} from '../protocol/index.js';
import type { ClassInfo, PropertyInfo, QualifiedPropertyInfo } from './context.js';
import { Scope } from './context.js';
import { CompilationError } from './diagnostics.js';
import { parseSignature, type SigMult, type SigParam, type SigType, type Signature } from './signature.js';
import { STDLIB_SIGNATURES, STDLIB_TYPE_NAMES } from './stdlib.js';
import { ANY, ENUM, PRIMITIVE_TYPES } from './system.js';
import {
  ANY_TYPE,
  ONE,
  UNKNOWN,
  ZERO_MANY,
  ZERO_ONE,
  classAncestors,
  isOne,
  isSubtype,
  mostCommon,
  multUnion,
  printMult,
  printType,
  simpleName,
  subsumes,
  toMult,
  type Mult,
  type PType,
  type Typed,
} from './types.js';

const PARSED_STDLIB = new Map<string, Signature[]>(Object.entries(STDLIB_SIGNATURES).map(([k, v]) => [k, v.map(parseSignature)]));

const PRIMITIVE_LITERALS: Readonly<Record<string, string>> = {
  string: 'String',
  integer: 'Integer',
  float: 'Float',
  decimal: 'Decimal',
  boolean: 'Boolean',
  dateTime: 'DateTime',
  strictDate: 'StrictDate',
  strictTime: 'StrictTime',
  latestDate: 'LatestDate',
  byteArray: 'Byte',
};

/** Variables in scope: a chain of frames (lambda parameters, `let`). */
export class Vars {
  private readonly frame = new Map<string, Typed>();
  constructor(private readonly parent?: Vars) {}
  get(name: string): Typed | undefined {
    return this.frame.get(name) ?? this.parent?.get(name);
  }
  set(name: string, t: Typed): void {
    this.frame.set(name, t);
  }
  child(): Vars {
    return new Vars(this);
  }
}

/** One expression root (a constraint, a derived property body, a mapping transform, ...). */
export class Inferrer {
  /** Legend's processing-context stack, printed in some messages. */
  readonly stack: string[];
  private warned = false;

  constructor(
    readonly scope: Scope,
    stack: string[] = [],
  ) {
    this.stack = [...stack];
  }

  private get env() {
    return this.scope.comp;
  }

  notSupported(what: string, si: SourceInformation | undefined): Typed {
    if (!this.warned) {
      this.warned = true;
      this.scope.notSupported(what, si);
    }
    return { t: UNKNOWN, m: ZERO_MANY };
  }

  /** Infers a sequence (a body): returns the last expression's type. */
  inferBody(body: readonly ValueSpecification[], vars: Vars): Typed {
    let last: Typed = { t: { k: 'nil' }, m: { lower: 0, upper: 0 } };
    for (const vs of body) last = this.infer(vs, vars);
    return last;
  }

  infer(vs: ValueSpecification, vars: Vars): Typed {
    const prim = PRIMITIVE_LITERALS[vs._type];
    if (prim) return { t: { k: 'prim', path: prim }, m: 'multiplicity' in vs && vs.multiplicity ? toMult(vs.multiplicity) : ONE };
    switch (vs._type) {
      case 'collection':
        return this.inferCollection(vs, vars);
      case 'var':
        return this.inferVariable(vs, vars);
      case 'property':
        return this.inferProperty(vs, vars);
      case 'func':
        return this.inferFunction(vs, vars);
      case 'lambda':
        return this.inferLambda(vs, vars, []);
      case 'packageableElementPtr':
        return this.inferElementPtr(vs.fullPath, vs.sourceInformation);
      case 'enumValue': {
        const path = this.scope.resolveEnumeration(vs.fullPath, vs.sourceInformation);
        this.checkEnumValue(path, vs.fullPath, vs.value, vs.sourceInformation);
        return { t: { k: 'enum', path }, m: ONE };
      }
      case 'genericTypeInstance':
        return { t: this.scope.resolveGenericType(vs.genericType), m: ONE };
      case 'keyExpression':
        this.infer(vs.expression, vars);
        return { t: { k: 'keyExpr' }, m: ONE };
      case 'unitType':
        return { t: UNKNOWN, m: ONE };
      case 'classInstance':
        if (vs.type === 'rootGraphFetchTree') {
          this.checkGraphFetchTree(vs.value.class, vs.value.sourceInformation ?? vs.sourceInformation, vs.value.subTrees ?? [], vars);
          return { t: UNKNOWN, m: ONE };
        }
        return this.notSupported(`The '${vs.type}' expression`, vs.sourceInformation);
      default:
        return this.notSupported(`The '${(vs as { _type: string })._type}' expression`, (vs as { sourceInformation?: SourceInformation }).sourceInformation);
    }
  }

  // --------------------------------------------------------------------------------------------- collections

  private inferCollection(c: Collection, vars: Vars): Typed {
    const values = c.values ?? [];
    const typed = values.map((v) => {
      const t = this.infer(v, vars);
      if (values.length > 1 && !isOne(t.m) && t.t.k !== 'unknown') {
        throw new CompilationError(`Collection element must have a multiplicity [1] - Context:[${this.stack.join(', ')}], multiplicity:${printMult(t.m)}`, v.sourceInformation);
      }
      return t;
    });
    if (typed.length === 0) return { t: { k: 'nil' }, m: { lower: 0, upper: 0 } };
    const t = mostCommon(this.env, typed.map((x) => x.t));
    if (typed.length === 1 && !isOne(typed[0]!.m)) return { t, m: typed[0]!.m };
    return { t, m: c.multiplicity ? toMult(c.multiplicity) : { lower: typed.length, upper: typed.length } };
  }

  // --------------------------------------------------------------------------------------------- variables

  private inferVariable(v: Variable, vars: Vars): Typed {
    const t = vars.get(v.name);
    if (!t) throw new CompilationError(`Can't find variable class for variable '${v.name}' in the graph`, v.sourceInformation);
    return t;
  }

  /** A lambda; `paramTypes` supplies inferred types for untyped parameters (from the calling function). */
  inferLambda(l: LambdaFunction, vars: Vars, paramTypes: readonly (Typed | undefined)[]): Typed {
    this.stack.push('new lambda');
    try {
      const inner = vars.child();
      const params: Typed[] = (l.parameters ?? []).map((p, i) => {
        const declared = p.genericType ? { t: this.scope.resolveGenericType(p.genericType), m: toMult(p.multiplicity) } : undefined;
        const t = declared ?? paramTypes[i] ?? { t: UNKNOWN, m: ONE };
        inner.set(p.name, t);
        return t;
      });
      const ret = this.inferBody(l.body ?? [], inner);
      return { t: { k: 'fn', params, ret }, m: ONE };
    } finally {
      this.stack.pop();
    }
  }

  // --------------------------------------------------------------------------------------------- elements

  private inferElementPtr(fullPath: string, si: SourceInformation | undefined): Typed {
    if (fullPath.includes('~')) return { t: UNKNOWN, m: ONE };
    const r = this.scope.resolveElement(fullPath, si);
    switch (r.kind) {
      case 'class':
        return { t: { k: 'classRef', of: { k: 'class', path: r.path } }, m: ONE };
      case 'enumeration':
        return { t: { k: 'enumerationRef', path: r.path }, m: ONE };
      case 'primitive':
      case 'measure':
      case 'unit':
        return { t: { k: 'typeRef', of: r.kind === 'primitive' ? { k: 'prim', path: r.path } : UNKNOWN }, m: ONE };
      case 'mapping':
        return { t: { k: 'element', classifier: 'Mapping', path: r.path }, m: ONE };
      case 'profile':
        return { t: { k: 'element', classifier: 'Profile', path: r.path }, m: ONE };
      case 'association':
        return { t: { k: 'element', classifier: 'Association', path: r.path }, m: ONE };
      case 'runtime':
        return { t: { k: 'element', classifier: 'PackageableRuntime', path: r.path }, m: ONE };
      case 'connection':
        return { t: { k: 'element', classifier: 'PackageableConnection', path: r.path }, m: ONE };
      case 'store':
        return { t: { k: 'element', classifier: 'Database', path: r.path }, m: ONE };
      case 'service':
        return { t: { k: 'element', classifier: 'Service', path: r.path }, m: ONE };
      default:
        return { t: UNKNOWN, m: ONE };
    }
  }

  private checkEnumValue(path: string, written: string, value: string, si: SourceInformation | undefined): void {
    const values = this.env.enums.get(path);
    if (values && !values.has(value)) throw new CompilationError(`Can't find enum value '${value}' in enumeration '${written}'`, si);
  }

  private checkGraphFetchTree(classPath: string, si: SourceInformation | undefined, subTrees: readonly unknown[], vars: Vars): void {
    const path = this.scope.resolveClass(classPath, si);
    this.checkGraphSubTrees(path, subTrees, vars);
  }

  private checkGraphSubTrees(classPath: string, subTrees: readonly unknown[], vars: Vars): void {
    const info = this.env.classes.get(classPath);
    for (const raw of subTrees) {
      const tree = raw as { _type?: string; property?: string; sourceInformation?: SourceInformation; subTrees?: unknown[]; parameters?: ValueSpecification[] };
      if (tree._type !== 'propertyGraphFetchTree' || !tree.property || !info) continue;
      for (const p of tree.parameters ?? []) this.infer(p, vars);
      const found = findProperty(this.env, classPath, tree.property, (tree.parameters ?? []).length);
      if (!found) {
        const order = classAncestors(this.env, classPath).map((p) => (p === ANY ? 'Any' : simpleName(p)));
        throw new CompilationError(`Can't find property '${tree.property}' in [${order.join(', ')}]`, tree.sourceInformation);
      }
      if (found.type.k === 'class' && this.env.classes.has(found.type.path)) this.checkGraphSubTrees(found.type.path, tree.subTrees ?? [], vars);
    }
  }

  // --------------------------------------------------------------------------------------------- properties

  private inferProperty(p: AppliedProperty, vars: Vars): Typed {
    const params = p.parameters ?? [];
    const receiverVs = params[0];
    if (!receiverVs) return this.notSupported('A property access without a receiver', p.sourceInformation);
    if (receiverVs._type === 'packageableElementPtr' && !receiverVs.fullPath.includes('~')) {
      const r = this.scope.findElement(receiverVs.fullPath, receiverVs.sourceInformation);
      if (r && r.kind === 'enumeration') {
        this.checkEnumValue(r.path, receiverVs.fullPath, p.property, p.sourceInformation);
        return { t: { k: 'enum', path: r.path }, m: ONE };
      }
    }
    this.stack.push(`Processing property ${p.property}`);
    let receiver: Typed;
    let args: Typed[];
    try {
      receiver = this.infer(receiverVs, vars);
      args = params.slice(1).map((a) => this.infer(a, vars));
    } finally {
      this.stack.pop();
    }
    const found = this.propertyOf(receiver.t, p.property, args.length, p.sourceInformation);
    if (!found) return { t: UNKNOWN, m: ZERO_MANY };
    if (isOne(receiver.m)) return { t: found.t, m: found.m };
    // auto-map over a collection: Legend's `map` multiplicity rules
    if (isOne(found.m)) return { t: found.t, m: receiver.m };
    if (subsumes(ZERO_ONE, receiver.m) && subsumes(ZERO_ONE, found.m)) return { t: found.t, m: ZERO_ONE };
    return { t: found.t, m: ZERO_MANY };
  }

  private propertyOf(t: PType, name: string, argCount: number, si: SourceInformation | undefined): Typed | undefined {
    switch (t.k) {
      case 'unknown':
      case 'nil':
        return undefined;
      case 'prim':
        throw new CompilationError(`The property '${name}' can't be accessed on primitive types. Inferred primitive type is ${simpleName(t.path)}`, si);
      case 'enum':
        if (name === 'name') return { t: { k: 'prim', path: 'String' }, m: ONE };
        throw new CompilationError(`Can't find property '${name}' in class '${ENUM}'`, si);
      case 'class': {
        if (!this.env.classes.has(t.path)) {
          this.notSupported(`Navigating properties of the system class '${t.path}'`, si);
          return undefined;
        }
        const found = findProperty(this.env, t.path, name, argCount);
        if (!found && hasOpaqueAncestor(this.env, t.path)) {
          this.notSupported(`Properties inherited from a system class of '${t.path}'`, si);
          return undefined;
        }
        if (!found) throw new CompilationError(`Can't find property '${name}' in class '${t.path}'`, si);
        return { t: found.type, m: found.mult };
      }
      default:
        this.notSupported('Navigating the metamodel', si);
        return undefined;
    }
  }

  // --------------------------------------------------------------------------------------------- functions

  private inferFunction(f: AppliedFunction, vars: Vars): Typed {
    const name = f.function;
    this.stack.push(`Applying ${name}`);
    try {
      if (name === 'letFunction') return this.inferLet(f, vars);
      const stdName = stdlibName(name);
      if (stdName !== undefined) return this.applyStdlib(stdName, f, vars);
      const userFns = this.userFunctions(name);
      if (userFns) return this.applyUser(userFns, f, vars);
      // still check the arguments: errors inside them are real
      for (const p of f.parameters ?? []) this.infer(p, vars);
      return this.notSupported(`The function '${name}'`, f.sourceInformation);
    } finally {
      this.stack.pop();
    }
  }

  private inferLet(f: AppliedFunction, vars: Vars): Typed {
    const [nameVs, valueVs] = f.parameters ?? [];
    if (!nameVs || !valueVs || nameVs._type !== 'string') return this.notSupported("A 'let' without a name", f.sourceInformation);
    const value = this.infer(valueVs, vars);
    vars.set(nameVs.value, value);
    return value;
  }

  private userFunctions(name: string): import('./context.js').FunctionInfo[] | undefined {
    const index = this.env.index;
    const basePaths: string[] = [];
    if (name.includes('::')) basePaths.push(name);
    else for (const pkg of this.scope.record.imports) basePaths.push(`${pkg}::${name}`);
    const found: import('./context.js').FunctionInfo[] = [];
    for (const base of basePaths) {
      for (const rec of index.functionsByBase.get(base) ?? []) {
        const info = this.env.functions.get(rec);
        if (info) found.push(info);
      }
      if (found.length) break;
    }
    return found.length ? found : undefined;
  }

  private inferArgs(params: readonly ValueSpecification[], vars: Vars, lambdaParams: (i: number) => readonly (Typed | undefined)[]): Typed[] {
    const out: (Typed | undefined)[] = params.map((p) => (p._type === 'lambda' ? undefined : this.infer(p, vars)));
    params.forEach((p, i) => {
      if (p._type === 'lambda') out[i] = this.inferLambda(p, vars, lambdaParams(i));
    });
    return out as Typed[];
  }

  private applyUser(candidates: readonly import('./context.js').FunctionInfo[], f: AppliedFunction, vars: Vars): Typed {
    const params = f.parameters ?? [];
    const sameArity = candidates.filter((c) => c.params.length === params.length);
    const args = this.inferArgs(params, vars, (i) => {
      const p = sameArity[0]?.params[i];
      return p && p.t.k === 'fn' ? p.t.params : [];
    });
    for (const c of sameArity) {
      if (c.params.every((p, i) => argMatches(this.env, args[i]!, p))) return c.ret;
    }
    if (args.some((a) => containsUnknown(a.t))) return { t: UNKNOWN, m: ZERO_MANY };
    const detail = candidatesDetail(
      candidates.map((c) => ({
        arity: c.params.length,
        text: `${simpleName(c.basePath)}(${c.params.map((p) => printType(p.t) + printMult(p.m)).join(',')}):${printType(c.ret.t)}${printMult(c.ret.m)}`,
      })),
      params.length,
    );
    throw new CompilationError(`Can't find a match for function '${f.function}(${args.map((a) => printType(a.t) + printMult(a.m)).join(',')})'.\n${detail}`, f.sourceInformation);
  }

  private applyStdlib(name: string, f: AppliedFunction, vars: Vars): Typed {
    const sigs = PARSED_STDLIB.get(name)!;
    const params = f.parameters ?? [];
    const sameArity = sigs.filter((s) => s.params.length === params.length);
    // Non-lambda arguments first, then lambdas typed from the first signature their neighbours fit.
    const partial: (Typed | undefined)[] = params.map((p) => (p._type === 'lambda' ? undefined : this.infer(p, vars)));
    const guide = sameArity.find((s) => matchSignature(this, s, partial) !== undefined) ?? sameArity[0];
    const guideBindings = guide ? matchSignature(this, guide, partial) ?? new Bindings() : new Bindings();
    const args = params.map((p, i) => {
      if (p._type !== 'lambda') return partial[i]!;
      const spec = guide?.params[i]?.type;
      const lambdaParams = spec && spec.k === 'fn' ? spec.params.map((sp) => guideBindings.typed(this, sp)) : [];
      return this.inferLambda(p, vars, lambdaParams);
    });
    for (const s of sameArity) {
      const b = matchSignature(this, s, args);
      if (b) return resultOf(this, name, s, b, args);
    }
    if (args.some((a) => containsUnknown(a.t))) return { t: UNKNOWN, m: ZERO_MANY };
    const detail = candidatesDetail(
      sigs.map((s) => ({ arity: s.params.length, text: s.text })),
      params.length,
    );
    throw new CompilationError(`Can't find a match for function '${f.function}(${args.map((a) => printType(a.t) + printMult(a.m)).join(',')})'.\n${detail}`, f.sourceInformation);
  }

  /** Resolves a named type of the signature notation. */
  sigNamedType(name: string, args: readonly PType[]): PType | 'opaque' {
    if (PRIMITIVE_TYPES.includes(name)) return { k: 'prim', path: name };
    const known = STDLIB_TYPE_NAMES[name];
    if (!known) return 'opaque';
    switch (known.kind) {
      case 'class':
        return known.path === ANY ? ANY_TYPE : { k: 'class', path: known.path };
      case 'enumeration':
        return { k: 'enum', path: known.path };
      case 'meta':
        if (name === 'Class') return { k: 'classRef', of: args[0] ?? UNKNOWN };
        if (name === 'KeyExpression') return { k: 'keyExpr' };
        return { k: 'class', path: known.path };
      default:
        return 'opaque';
    }
  }
}

// ----------------------------------------------------------------------------------------------- matching

/** Type and multiplicity parameter bindings of one signature match. */
class Bindings {
  readonly types = new Map<string, PType>();
  readonly mults = new Map<string, Mult>();

  bindType(inf: Inferrer, name: string, t: PType): void {
    const old = this.types.get(name);
    this.types.set(name, old ? mostCommon(inf.scope.comp, [old, t]) : t);
  }

  bindMult(name: string, m: Mult): void {
    const old = this.mults.get(name);
    this.mults.set(name, old ? multUnion(old, m) : m);
  }

  type(inf: Inferrer, t: SigType): PType {
    switch (t.k) {
      case 'var':
        return this.types.get(t.name) ?? UNKNOWN;
      case 'fn':
        return { k: 'fn', params: t.params.map((p) => this.typed(inf, p)), ret: this.typed(inf, t.ret) };
      case 'named': {
        const r = inf.sigNamedType(
          t.name,
          t.args.map((a) => this.type(inf, a)),
        );
        return r === 'opaque' ? UNKNOWN : r;
      }
    }
  }

  mult(m: SigMult): Mult {
    return m.k === 'fixed' ? m.m : this.mults.get(m.name) ?? ZERO_MANY;
  }

  typed(inf: Inferrer, p: SigParam): Typed {
    return { t: this.type(inf, p.type), m: this.mult(p.mult) };
  }
}

/** Matches arguments (undefined = not inferred yet, skipped) against a signature; the bindings, or undefined. */
function matchSignature(inf: Inferrer, sig: Signature, args: readonly (Typed | undefined)[]): Bindings | undefined {
  if (sig.params.length !== args.length) return undefined;
  const b = new Bindings();
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!a) continue;
    if (!matchParam(inf, b, sig.params[i]!, a)) return undefined;
  }
  return b;
}

function matchParam(inf: Inferrer, b: Bindings, p: SigParam, a: Typed): boolean {
  if (!matchMult(b, p.mult, a.m, a.t)) return false;
  return matchType(inf, b, p.type, a.t);
}

function matchMult(b: Bindings, p: SigMult, m: Mult, t: PType): boolean {
  if (p.k === 'var') {
    b.bindMult(p.name, m);
    return true;
  }
  if (t.k === 'unknown') return true;
  return subsumes(p.m, m);
}

function matchType(inf: Inferrer, b: Bindings, p: SigType, t: PType): boolean {
  const env = inf.scope.comp;
  if (t.k === 'unknown') {
    if (p.k === 'var') b.bindType(inf, p.name, t);
    return true;
  }
  switch (p.k) {
    case 'var':
      if (t.k !== 'nil') b.bindType(inf, p.name, t);
      return true;
    case 'fn': {
      if (t.k === 'nil') return true;
      if (t.k !== 'fn') return false;
      if (t.params.length !== p.params.length) return false;
      for (let i = 0; i < p.params.length; i++) {
        const sp = p.params[i]!;
        const ap = t.params[i]!;
        if (sp.type.k === 'var' && !b.types.has(sp.type.name)) b.bindType(inf, sp.type.name, ap.t);
      }
      return matchParam(inf, b, p.ret, t.ret);
    }
    case 'named': {
      if (t.k === 'nil') return true;
      if (p.name === 'Class') {
        if (t.k !== 'classRef') return false;
        const arg = p.args[0];
        if (arg && arg.k === 'var') b.bindType(inf, arg.name, t.of);
        return true;
      }
      if (p.name === 'Type') return t.k === 'classRef' || t.k === 'enumerationRef' || t.k === 'typeRef';
      if (p.name === 'Function') return t.k === 'fn';
      const named = inf.sigNamedType(p.name, []);
      if (named === 'opaque') return false;
      return isSubtype(env, t, named);
    }
  }
}

function resultOf(inf: Inferrer, name: string, sig: Signature, b: Bindings, args: readonly Typed[]): Typed {
  if (name === 'new' || name === 'getAll') {
    const ref = args[0]?.t;
    const of = ref && ref.k === 'classRef' ? ref.of : UNKNOWN;
    return { t: of, m: name === 'new' ? ONE : ZERO_MANY };
  }
  if (name === 'cast') {
    return { t: args[1]?.t ?? UNKNOWN, m: args[0]?.m ?? ZERO_MANY };
  }
  const r = b.typed(inf, sig.ret);
  if (sig.ret.type.k === 'var' && !b.types.has(sig.ret.type.name)) {
    // only Nil arguments bound the type parameter
    return { t: { k: 'nil' }, m: r.m };
  }
  return r;
}

function argMatches(env: import('./context.js').Compilation, a: Typed, p: Typed): boolean {
  if (a.t.k === 'unknown' || p.t.k === 'unknown') return true;
  if (!subsumes(p.m, a.m)) return false;
  if (p.t.k === 'fn') return a.t.k === 'fn' || a.t.k === 'nil';
  return isSubtype(env, a.t, p.t);
}

function containsUnknown(t: PType): boolean {
  if (t.k === 'unknown') return true;
  if (t.k === 'fn') return t.params.some((p) => containsUnknown(p.t)) || containsUnknown(t.ret.t);
  if (t.k === 'classRef' || t.k === 'typeRef') return containsUnknown(t.of);
  return false;
}

function candidatesDetail(candidates: readonly { arity: number; text: string }[], arity: number): string {
  const same = candidates.filter((c) => c.arity === arity).map((c) => c.text);
  const other = candidates.filter((c) => c.arity !== arity).map((c) => c.text);
  let msg = '';
  if (same.length) msg += `Functions that can match if parameter types or multiplicities are changed:\n\t\t${same.join('\n\t\t')}\n`;
  if (other.length) msg += `Functions that can match if number of parameters are changed:\n\t\t${other.join('\n\t\t')}\n`;
  return msg;
}

/** The standard-library name a call refers to (`max`, or `meta::pure::functions::math::max`), if supported. */
export function stdlibName(name: string): string | undefined {
  if (PARSED_STDLIB.has(name)) return name;
  if (name.startsWith('meta::')) {
    const simple = simpleName(name);
    if (PARSED_STDLIB.has(simple)) return simple;
  }
  return undefined;
}

/** True when a class extends a system class whose properties the embedded engine does not model. */
export function hasOpaqueAncestor(env: import('./context.js').Compilation, classPath: string): boolean {
  return classAncestors(env, classPath).some((c) => c !== ANY && !env.classes.has(c));
}

export function findProperty(env: import('./context.js').Compilation, classPath: string, name: string, argCount: number): PropertyInfo | QualifiedPropertyInfo | undefined {
  for (const c of classAncestors(env, classPath)) {
    const info: ClassInfo | undefined = env.classes.get(c);
    if (!info) continue;
    const prop = info.properties.get(name) ?? info.associationProperties.get(name);
    if (prop) return prop;
    const qps = [...(info.qualified.get(name) ?? []), ...(info.associationQualified.get(name) ?? [])];
    if (qps.length) return qps.find((q) => q.params.length === argCount) ?? qps[0];
  }
  return undefined;
}
