/**
 * Value specification → grammar text, as Legend's composer renders it (standard style): infix operators with
 * explicit parentheses around nested operations, `->` calls except where the engine uses prefix calls,
 * `^Type(a=1 , b=2)` for `new`, Java number formatting.
 */
import type {
  AppliedFunction,
  ClassInstance,
  ColSpec,
  GenericType,
  GraphFetchTree,
  LambdaFunction,
  PropertyGraphFetchTree,
  RootGraphFetchTree,
  SubTypeGraphFetchTree,
  Type,
  ValueSpecification,
  Variable,
} from '../protocol/valueSpecification.js';
import { quoteString, renderTextBlock } from '../grammar/strings.js';
import { identifier, javaDecimal, javaDouble, multiplicity, path as renderPath } from './format.js';

export interface VsContext {
  /** Indentation the engine's composer carries (used by text blocks and closing braces). */
  indent: string;
  /** Variables render as `name: Type[m]` (function and lambda signatures) instead of `$name`. */
  inSignature: boolean;
}

const STANDARD: VsContext = { indent: '', inSignature: false };

const SPECIAL_INFIX: Record<string, string> = {
  equal: '==',
  lessThanEqual: '<=',
  lessThan: '<',
  greaterThanEqual: '>=',
  greaterThan: '>',
  plus: '+',
  minus: '-',
  times: '*',
  divide: '/',
  and: '&&',
  or: '||',
};

function isFunc(v: ValueSpecification | undefined): v is AppliedFunction {
  return v !== undefined && v._type === 'func';
}

export function isInfix(f: AppliedFunction): boolean {
  if (Object.prototype.hasOwnProperty.call(SPECIAL_INFIX, f.function)) return true;
  const p0 = f.parameters[0];
  return f.function === 'not' && isFunc(p0) && p0.function === 'equal';
}

export function isPrimitiveValue(v: ValueSpecification | undefined): boolean {
  if (!v) return false;
  switch (v._type) {
    case 'string':
    case 'boolean':
    case 'integer':
    case 'float':
    case 'decimal':
    case 'dateTime':
    case 'strictDate':
    case 'strictTime':
    case 'latestDate':
      return true;
    default:
      return false;
  }
}

export function composeValueSpecification(v: ValueSpecification, ctx: VsContext = STANDARD): string {
  switch (v._type) {
    case 'func':
      return appliedFunction(v, ctx);
    case 'property': {
      const first = v.parameters[0]!;
      let owner = composeValueSpecification(first, ctx);
      // Legend writes `(!$a).b` and `($a + $b).c` without their parentheses, which changes their meaning;
      // they are kept here so the text parses back to the same expression
      if (isFunc(first) && (isInfix(first) || first.function === 'not')) owner = '(' + owner + ')';
      let s = owner + '.' + identifier(v.property);
      if (v.parameters.length > 1) s += '(' + v.parameters.slice(1).map((p) => composeValueSpecification(p, ctx)).join(', ') + ')';
      return s;
    }
    case 'var':
      return variable(v, ctx);
    case 'lambda':
      return lambda(v, ctx);
    case 'collection':
      return v.values.length === 0 ? '[]' : '[' + v.values.map((x) => withParentheses(x, ctx)).join(', ') + ']';
    case 'string':
      return v.multiLine ? renderTextBlock(v.value, ctx.indent) : quoteString(v.value);
    case 'integer':
      return String(v.value);
    case 'float':
      return javaDouble(v.value);
    case 'decimal':
      return javaDecimal(v.value) + 'D';
    case 'boolean':
      return String(v.value);
    case 'dateTime':
    case 'strictDate':
    case 'strictTime':
      return v.value.includes('%') ? v.value : '%' + v.value;
    case 'latestDate':
      return '%latest';
    case 'byteArray':
      return 'toBytes(' + quoteString(new TextDecoder().decode(new Uint8Array(v.value))) + ')';
    case 'enumValue':
      return v.fullPath + '.' + identifier(v.value);
    case 'packageableElementPtr':
      return v.fullPath;
    case 'genericTypeInstance':
      return genericType(v.genericType, ctx);
    case 'keyExpression':
      return stripQuotes(composeValueSpecification(v.key, ctx)) + '=' + composeValueSpecification(v.expression, ctx);
    case 'unitType':
      return v.fullPath;
    case 'classInstance':
      return classInstance(v, ctx);
  }
}

function stripQuotes(s: string): string {
  return s.slice(1, s.length - 1);
}

function variable(v: Variable, ctx: VsContext): string {
  const name = (ctx.inSignature ? '' : '$') + identifier(v.name);
  return v.genericType ? `${name}: ${genericType(v.genericType, ctx)}[${multiplicity(v.multiplicity)}]` : name;
}

export function lambda(l: LambdaFunction, ctx: VsContext): string {
  const addWrapper = l.body.length > 1 || l.parameters.length > 1;
  const addCR = l.body.length > 1;
  const params = l.parameters.map((p) => variable(p, { ...ctx, inSignature: true })).join(', ');
  const bodyCtx: VsContext = { ...ctx, inSignature: false };
  return (
    (addWrapper ? '{' : '') +
    params +
    '|' +
    (addCR ? '\n' + ctx.indent : '') +
    l.body.map((b) => composeValueSpecification(b, bodyCtx)).join(';\n' + ctx.indent) +
    (addCR ? ';\n' : '') +
    (addWrapper ? ctx.indent + '}' : '')
  );
}

export function genericType(g: GenericType, ctx: VsContext = STANDARD): string {
  let s = type(g.rawType, ctx);
  if (g.typeArguments.length > 0 || g.multiplicityArguments.length > 0) {
    s +=
      '<' +
      g.typeArguments.map((t) => genericType(t, ctx)).join(', ') +
      (g.multiplicityArguments.length === 0 ? '' : '|' + g.multiplicityArguments.map(multiplicity).join(',')) +
      '>';
  }
  if (g.typeVariableValues.length > 0) s += '(' + g.typeVariableValues.map((v) => composeValueSpecification(v, ctx)).join(',') + ')';
  return s;
}

function type(t: Type, ctx: VsContext): string {
  if (t._type === 'packageableType') return t.fullPath;
  return (
    '(' +
    t.columns
      .map((c) => {
        const zeroOne = c.multiplicity.lowerBound === 0 && c.multiplicity.upperBound === 1;
        return identifier(c.name) + ':' + genericType(c.genericType, ctx) + (zeroOne ? '' : '[' + multiplicity(c.multiplicity) + ']');
      })
      .join(', ') +
    ')'
  );
}

/** `possiblyAddParenthesis(param)`: parentheses around an infix operation with several operands. */
function withParentheses(p: ValueSpecification, ctx: VsContext): string {
  return legendWraps(p) ? '(' + composeValueSpecification(p, ctx) + ')' : composeValueSpecification(p, ctx);
}

function legendWraps(p: ValueSpecification): boolean {
  if (!isFunc(p) || !isInfix(p)) return false;
  const ps = p.parameters;
  const oneAppliedParam = ps.length === 1 && isFunc(ps[0]);
  const many = ps.length > 1 || (ps[0]?._type === 'collection' && ps[0].values.length > 1);
  return oneAppliedParam || many;
}

const PARENTHESISED_OPERANDS = new Set(['and', 'or', 'plus', 'minus', 'times', 'divide', 'not']);

const RELATIONAL = new Set(['lessThan', 'lessThanEqual', 'greaterThan', 'greaterThanEqual']);
const EQUALITY = new Set(['equal']);

function isEquality(v: ValueSpecification): boolean {
  return isFunc(v) && (v.function === 'equal' || (v.function === 'not' && isFunc(v.parameters[0]) && v.parameters[0].function === 'equal'));
}

function isBooleanOperation(v: ValueSpecification): boolean {
  return isFunc(v) && (v.function === 'and' || v.function === 'or') && v.parameters.length === 2;
}

/**
 * Operands of `==`, `!=` and comparisons that Legend's composer writes bare although the text would parse back
 * differently (`($a + 1) == 2` as `$a + 1 == 2`, `($a && $b) < $c` as `$a && $b < $c`): parenthesised here.
 */
function needsParentheses(fn: string, side: 0 | 1, p: ValueSpecification): boolean {
  if (!isFunc(p)) return false;
  if (EQUALITY.has(fn)) return side === 0 ? isInfix(p) || p.function === 'not' || p.function === 'minus' : isBooleanOperation(p);
  if (RELATIONAL.has(fn)) return isBooleanOperation(p) || (side === 0 ? isEquality(p) : RELATIONAL.has(p.function));
  return false;
}

/** `possiblyAddParenthesis(function, param)`, plus the parentheses the meaning needs (see needsParentheses). */
function operand(fn: string, p: ValueSpecification, ctx: VsContext, side: 0 | 1 = 0): string {
  if (PARENTHESISED_OPERANDS.has(fn)) return withParentheses(p, ctx);
  const s = composeValueSpecification(p, ctx);
  return needsParentheses(fn, side, p) ? '(' + s + ')' : s;
}

function appliedFunction(af: AppliedFunction, ctx: VsContext): string {
  const full = af.function;
  const i = full.lastIndexOf('::');
  const fn = i < 0 ? full : full.slice(i + 2);
  const ps = af.parameters;
  const r = (v: ValueSpecification): string => composeValueSpecification(v, ctx);
  // the special forms need their usual arity; other calls with these names render as plain calls
  const arity: Record<string, (n: number) => boolean> = {
    getAll: (n) => n >= 1,
    getAllVersions: (n) => n >= 1,
    letFunction: (n) => n === 2 && ps[0]?._type === 'string',
    cast: (n) => n === 2,
    to: (n) => n === 2,
    toMany: (n) => n === 2,
    subType: (n) => n === 2,
    new: (n) => n >= 1,
    not: (n) => n === 1,
  };
  // (Legend matches the last path segment only; a user's own `my::not(x)` stays a call here)
  const special = (i < 0 || full.startsWith('meta::')) && (arity[fn]?.(ps.length) ?? false);
  switch (special ? fn : '') {
    case 'getAll':
      return r(ps[0]!) + '.all(' + ps.slice(1).map(r).join(', ') + ')';
    case 'getAllVersions':
      return r(ps[0]!) + '.allVersions(' + ps.slice(1).map(r).join(', ') + ')';
    case 'letFunction': {
      const name = ps[0]?._type === 'string' ? ps[0].value : '';
      return 'let ' + identifier(name) + ' = ' + r(ps[1]!);
    }
    case 'cast':
    case 'to':
    case 'toMany': {
      const target = ps[1]!;
      const castType = (target._type === 'genericTypeInstance' ? '@' : '') + r(target);
      return withParentheses(ps[0]!, ctx) + '->' + full + '(' + castType + ')';
    }
    case 'subType':
      return r(ps[0]!) + '->' + full + '(@' + r(ps[1]!) + ')';
    case 'new': {
      const last = ps[ps.length - 1]!;
      const values = last._type === 'collection' ? last.values : [last];
      const first = ps[0]!;
      const typeName =
        first._type === 'genericTypeInstance' && first.genericType.typeArguments[0]
          ? genericType(first.genericType.typeArguments[0], ctx)
          : r(first);
      return '^' + typeName + '(' + values.map(r).join(' , ') + ')';
    }
    case 'not': {
      const p0 = ps[0]!;
      if (isFunc(p0) && p0.function === 'equal') {
        const side = (v: ValueSpecification, i: 0 | 1): string => {
          const s = composeValueSpecification(v, ctx);
          return legendWraps(v) || needsParentheses('equal', i, v) ? '(' + s + ')' : s;
        };
        return side(p0.parameters[0]!, 0) + ' != ' + side(p0.parameters[1]!, 1);
      }
      return '!' + operand('not', p0, ctx);
    }
    default:
      break;
  }
  if (fn === 'divide' && ps.length === 3) return renderFunction(af, ctx);
  if (isInfix(af)) {
    const op = SPECIAL_INFIX[full]!;
    const p0 = ps[0];
    // (Legend also takes this branch for `[x] / y`, dropping `y`: a binary call keeps both operands here)
    if (p0?._type === 'collection' && ps.length === 1 && (full === 'plus' || full === 'minus' || full === 'times' || full === 'divide')) {
      return p0.values.map((v) => operand(full, v, ctx)).join(' ' + op + ' ');
    }
    if (full === 'minus') return '-' + operand('minus', p0!, ctx);
    if (ps.length === 1) return renderFunction(af, ctx);
    return operand(full, ps[0]!, ctx, 0) + ' ' + op + ' ' + operand(full, ps[1]!, ctx, 1);
  }
  if (fn === 'if' || fn === 'over') return fn + '(' + ps.map(r).join(', ') + ')';
  return renderFunction(af, ctx);
}

/** `(x)` around a `minus`/`not` receiver of an arrow call. */
function receiver(v: ValueSpecification, ctx: VsContext): string {
  const wrap = isFunc(v) && (v.function === 'minus' || v.function === 'not');
  const s = composeValueSpecification(v, ctx);
  return wrap ? '(' + s + ')' : s;
}

function renderFunction(af: AppliedFunction, ctx: VsContext): string {
  const ps = af.parameters;
  const name = af.function
    .split('::')
    .map((s) => identifier(s))
    .join('::');
  if (ps.length === 0) return name + '()';
  const first = ps[0]!;
  const others = ps.slice(1);
  const r = (v: ValueSpecification): string => composeValueSpecification(v, ctx);
  if (first._type === 'lambda' || (isFunc(first) && first.function !== 'minus' && isInfix(first))) {
    return name + '(' + ps.map(r).join(', ') + ')';
  }
  if (others.length === 0) {
    if (isPrimitiveValue(first)) return name + '(' + r(first) + ')';
    return receiver(first, ctx) + '->' + name + '()';
  }
  return receiver(first, ctx) + '->' + name + '(' + others.map(r).join(', ') + ')';
}

function colSpec(c: ColSpec, ctx: VsContext): string {
  return (
    identifier(c.name) +
    (c.genericType ? ':' + genericType(c.genericType, ctx) : '') +
    (c.function1 ? ':' + lambda(c.function1, ctx) : '') +
    (c.function2 ? ':' + lambda(c.function2, ctx) : '')
  );
}

function classInstance(ci: ClassInstance, ctx: VsContext): string {
  switch (ci.type) {
    case 'colSpec':
      return '~' + colSpec(ci.value, ctx);
    case 'colSpecArray':
      return '~[' + ci.value.colSpecs.map((c) => colSpec(c, ctx)).join(', ') + ']';
    case 'rootGraphFetchTree':
      return rootGraphFetchTree(ci.value);
    case 'path': {
      const p = ci.value;
      const elements = p.path.map(
        (e) => e.property + (e.parameters.length > 1 ? '(' + e.parameters.map((x) => composeValueSpecification(x, ctx)).join(', ') + ')' : ''),
      );
      return '#/' + renderPath(p.startType) + (elements.length === 0 ? '' : '/' + elements.join('/')) + (p.name ? '!' + p.name : '') + '#';
    }
    case '>':
      return '#>{' + ci.value.path.join('.') + '}#';
    case 'listInstance':
      return 'list([' + ci.value.values.map((x) => composeValueSpecification(x, ctx)).join(',') + '])';
  }
}

function rootGraphFetchTree(t: RootGraphFetchTree): string {
  const sub = t.subTrees.map(graphFetchTree).join(',');
  const subTypes = t.subTypeTrees.map(graphFetchTree).join(',');
  return '#{' + t.class + '{' + sub + (sub !== '' && subTypes !== '' ? ',' : '') + subTypes + '}}#';
}

function graphFetchTree(t: GraphFetchTree): string {
  if (t._type === 'propertyGraphFetchTree') return propertyGraphFetchTree(t);
  if (t._type === 'subTypeGraphFetchTree') return subTypeGraphFetchTree(t);
  return rootGraphFetchTree(t);
}

function propertyGraphFetchTree(t: PropertyGraphFetchTree): string {
  const alias = t.alias !== undefined ? "'" + t.alias + "':" : '';
  const params = t.parameters.length > 0 ? '(' + t.parameters.map((p) => composeValueSpecification(p)).join(', ') + ')' : '';
  const subType = t.subType !== undefined ? '->subType(@' + t.subType + ')' : '';
  const sub = t.subTrees.length > 0 ? '{' + t.subTrees.map(graphFetchTree).join(',') + '}' : '';
  return alias + t.property + params + subType + sub;
}

function subTypeGraphFetchTree(t: SubTypeGraphFetchTree): string {
  const sub = t.subTrees.length > 0 ? '{' + t.subTrees.map(graphFetchTree).join(',') + '}' : '';
  return '->subType(@' + t.subTypeClass + ')' + sub;
}
