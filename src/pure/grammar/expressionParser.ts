/**
 * The Pure expression language (Legend's M3 grammar), types, multiplicities and annotations. Builds value
 * specifications exactly as Legend's DomainParseTreeWalker does, including its operator-precedence algorithm:
 * arithmetic parts group same-operator runs into one n-ary call over a collection (`a + b + c` is
 * `plus([a, b, c])`), `==`/`!=` bind to the expression before them, and boolean/arithmetic runs are folded in
 * source order (so `a && b < c` is `lessThan(and(a, b), c)`, as in the engine).
 */
import type { Multiplicity, SourceInformation } from '../protocol/sourceInformation.js';
import type {
  AppliedFunction,
  ClassInstance,
  Collection,
  ColSpec,
  GenericType,
  GenericTypeInstance,
  LambdaFunction,
  RelationTypeColumn,
  Type,
  ValueSpecification,
  Variable,
  CString,
  KeyExpression,
} from '../protocol/valueSpecification.js';
import type { StereotypePtr, TaggedValue } from '../protocol/domain.js';
import { ParserBase } from './parserBase.js';
import { T } from './tokens.js';
import { fromGrammarString, isTextBlock } from './strings.js';
import { parseIsland } from './islands.js';

const ZERO_ONE: Multiplicity = { lowerBound: 0, upperBound: 1 };

type ArithOp = 'plus' | 'minus' | 'times' | 'divide' | 'lessThan' | 'lessThanEqual' | 'greaterThan' | 'greaterThanEqual';

interface ArithPart {
  op: ArithOp;
  operands: ValueSpecification[];
  si: SourceInformation | undefined;
}

interface BoolPart {
  op: 'and' | 'or';
  operand: ValueSpecification;
  si: SourceInformation | undefined;
}

type Part = { arith: ArithPart } | { bool: BoolPart };

function isRelational(op: string): boolean {
  return op === 'lessThan' || op === 'lessThanEqual' || op === 'greaterThan' || op === 'greaterThanEqual';
}

function isAdditive(op: string): boolean {
  return op === 'plus' || op === 'minus';
}

function isProduct(op: string): boolean {
  return op === 'times' || op === 'star' || op === 'divide';
}

function isStrictlyLowerPrecedence(op1: string, op2: string): boolean {
  return (isRelational(op1) && (isAdditive(op2) || isProduct(op2))) || (isAdditive(op1) && isProduct(op2));
}

export class ExpressionParser extends ParserBase {
  /** Set while parsing where Legend allows the deprecated `$src[...]` bracket access (relational mapping). */
  allowPropertyBracket = false;

  // ----------------------------------------------------------------------------------------------- node helpers

  protected func(fn: string, parameters: ValueSpecification[], si?: SourceInformation): AppliedFunction {
    const f: AppliedFunction = { _type: 'func', function: fn, parameters };
    if (si) f.sourceInformation = si;
    return f;
  }

  protected collection(values: ValueSpecification[], si?: SourceInformation): Collection {
    const c: Collection = { _type: 'collection', multiplicity: { lowerBound: values.length, upperBound: values.length }, values };
    if (si) c.sourceInformation = si;
    return c;
  }

  /** A string literal value from a STRING token (`toCString`). */
  protected cstring(tok: number): CString {
    const raw = this.text(tok);
    const c: CString = { _type: 'string', value: fromGrammarString(raw, true) };
    if (isTextBlock(raw)) c.multiLine = true;
    return this.withSi(c, this.si(tok, tok));
  }

  // ----------------------------------------------------------------------------------------------- types

  multiplicity(): Multiplicity {
    this.expect(T.BRACKET_OPEN);
    const m = this.multiplicityArgument();
    this.expect(T.BRACKET_CLOSE);
    return m;
  }

  /** `n`, `a..b`, `*`, `a..*`. */
  multiplicityArgument(): Multiplicity {
    const k = this.k();
    if (k === T.STAR) {
      this.pos++;
      return { lowerBound: 0 };
    }
    if (k === T.INTEGER) {
      const from = this.pos++;
      if (this.accept(T.DOT_DOT)) {
        const lower = this.int(from);
        if (this.accept(T.STAR)) return { lowerBound: lower };
        const to = this.expect(T.INTEGER);
        return { lowerBound: lower, upperBound: this.int(to) };
      }
      const v = this.int(from);
      return { lowerBound: v, upperBound: v };
    }
    if (this.isIdentifier()) this.errorAt('Multiplicity parameters are not supported in Legend Engine', this.pos);
    this.unexpected([T.INTEGER, T.STAR]);
  }

  protected int(tok: number): number {
    const v = Number.parseInt(this.text(tok), 10);
    if (!Number.isSafeInteger(v)) this.errorAt(`For input string: "${this.text(tok)}"`, tok);
    return v;
  }

  /** True when the cursor is on something that starts a `type`. */
  isTypeStart(ahead = 0): boolean {
    const k = this.k(ahead);
    return k === T.IDENT || k === T.STRING || k === T.PAREN_OPEN || k === T.BRACE_OPEN;
  }

  /** `type` → GenericType (Legend's processGenericType). */
  genericType(): GenericType {
    const start = this.pos;
    const k = this.k();
    if (k === T.PAREN_OPEN) {
      const rawType = this.relationType();
      return { rawType, typeArguments: [], multiplicityArguments: [], typeVariableValues: [] };
    }
    if (k === T.BRACE_OPEN) {
      // function types `{A[1]->B[1]}`: parsed, then rejected as the engine does
      let depth = 0;
      do {
        if (this.k() === T.BRACE_OPEN) depth++;
        else if (this.k() === T.BRACE_CLOSE) depth--;
        else if (this.k() === T.EOF) this.unexpected([T.BRACE_CLOSE]);
        this.pos++;
      } while (depth > 0);
      this.errorAt(`The type ${this.rawText(start, this.last)} is not supported yet`, start, this.last);
    }
    const nameStart = this.pos;
    this.qualifiedName();
    const nameEnd = this.last;
    let fullPath = this.rawText(nameStart, nameEnd);
    let typeArguments: GenericType[] = [];
    let multiplicityArguments: Multiplicity[] = [];
    let typeVariableValues: ValueSpecification[] = [];
    if (this.k() === T.TILDE && this.isIdentifier(1)) {
      // a unit type `Mass~Kilogram`
      this.pos++;
      this.identifier();
      fullPath = this.rawText(nameStart, this.last);
    } else {
      ({ typeArguments, multiplicityArguments } = this.typeArguments());
      if (this.k() === T.PAREN_OPEN) typeVariableValues = this.typeVariableValues();
    }
    const rawType: Type = this.withSi({ _type: 'packageableType', fullPath }, this.si(start, this.last));
    if (fullPath === 'Result' && typeArguments.length === 0) {
      // the engine's backward compatibility for `Result` without type arguments
      typeArguments = [this.simpleGenericType('meta::pure::metamodel::type::Any')];
      multiplicityArguments = [{ lowerBound: 1 }];
    }
    return { rawType, typeArguments, multiplicityArguments, typeVariableValues };
  }

  /** `<T, U | m, n>` after a type name, when present. */
  protected typeArguments(): { typeArguments: GenericType[]; multiplicityArguments: Multiplicity[] } {
    const typeArguments: GenericType[] = [];
    const multiplicityArguments: Multiplicity[] = [];
    if (this.accept(T.LESS_THAN)) {
      if (this.k() !== T.PIPE && this.k() !== T.GREATER_THAN) {
        typeArguments.push(this.genericType());
        while (this.accept(T.COMMA)) typeArguments.push(this.genericType());
      }
      if (this.accept(T.PIPE)) {
        multiplicityArguments.push(this.multiplicityArgument());
        while (this.accept(T.COMMA)) multiplicityArguments.push(this.multiplicityArgument());
      }
      this.expect(T.GREATER_THAN);
    }
    return { typeArguments, multiplicityArguments };
  }

  protected simpleGenericType(fullPath: string): GenericType {
    return { rawType: { _type: 'packageableType', fullPath }, typeArguments: [], multiplicityArguments: [], typeVariableValues: [] };
  }

  /** `(col: Type[m], ...)`. */
  protected relationType(): Type {
    this.expect(T.PAREN_OPEN);
    const columns: RelationTypeColumn[] = [];
    do {
      const start = this.pos;
      const name = this.identifier();
      this.expect(T.COLON);
      const genericType = this.genericType();
      const multiplicity = this.k() === T.BRACKET_OPEN ? this.multiplicity() : { ...ZERO_ONE };
      columns.push(this.withSi({ name, genericType, multiplicity }, this.si(start, this.last)));
    } while (this.accept(T.COMMA));
    this.expect(T.PAREN_CLOSE);
    return { _type: 'relationType', columns };
  }

  /** `(200)`, `(10, 2)`: literal type arguments such as `Varchar(200)`. */
  protected typeVariableValues(): ValueSpecification[] {
    this.expect(T.PAREN_OPEN);
    const values = this.commaSeparated(T.PAREN_CLOSE, () => this.instanceLiteral());
    this.expect(T.PAREN_CLOSE);
    return values;
  }

  // ----------------------------------------------------------------------------------------------- annotations

  isStereotypesStart(): boolean {
    return this.k() === T.LESS_THAN && this.k(1) === T.LESS_THAN;
  }

  /** `<<profile.stereotype, ...>>`. */
  stereotypes(): StereotypePtr[] {
    this.expect(T.LESS_THAN);
    this.expect(T.LESS_THAN);
    const result: StereotypePtr[] = [];
    do {
      const start = this.pos;
      const profile = this.qualifiedName();
      const profileEnd = this.last;
      this.expect(T.DOT);
      const value = this.identifier();
      const s: StereotypePtr = { profile, value };
      if (this.opts.returnSourceInformation) {
        s.profileSourceInformation = this.si(start, profileEnd)!;
        s.sourceInformation = this.si(start, this.last)!;
      }
      result.push(s);
    } while (this.accept(T.COMMA));
    this.expect(T.GREATER_THAN);
    this.expect(T.GREATER_THAN);
    return result;
  }

  /** `{profile.tag = 'value', ...}`. */
  taggedValues(): TaggedValue[] {
    this.expect(T.BRACE_OPEN);
    const result: TaggedValue[] = [];
    do {
      const start = this.pos;
      const profile = this.qualifiedName();
      const profileEnd = this.last;
      this.expect(T.DOT);
      const tagTok = this.pos;
      const value = this.identifier();
      this.expect(T.EQUAL);
      const strTok = this.expect(T.STRING);
      const raw = this.text(strTok);
      const tv: TaggedValue = {
        tag: { profile, value },
        value: isTextBlock(raw) ? { _type: 'string', multiLine: true, value: fromGrammarString(raw, true) } : fromGrammarString(raw, true),
      };
      if (this.opts.returnSourceInformation) {
        tv.tag.profileSourceInformation = this.si(start, profileEnd)!;
        tv.tag.sourceInformation = this.si(tagTok, tagTok)!;
        tv.sourceInformation = this.si(start, this.last)!;
      }
      result.push(tv);
    } while (this.accept(T.COMMA));
    this.expect(T.BRACE_CLOSE);
    return result;
  }

  // ----------------------------------------------------------------------------------------------- code blocks

  /**
   * Set while parsing an expression the enclosing grammar terminates with its own `;` (`query: |...;`): a
   * lambda body then leaves a final `;` to it, as the engine's full-context prediction does.
   */
  semicolonTerminated = false;

  /** `programLine (';' (programLine ';')*)?` */
  codeBlock(): ValueSpecification[] {
    const lines = [this.programLine()];
    if (this.k() === T.SEMI_COLON) {
      if (this.semicolonTerminated) {
        this.pos++;
        const more = this.canStartProgramLine();
        this.pos--;
        if (!more) return lines;
      }
      this.pos++;
      while (this.canStartProgramLine()) {
        lines.push(this.programLine());
        this.expect(T.SEMI_COLON);
      }
    }
    return lines;
  }

  /** A combined expression the enclosing grammar ends with `;`. */
  semicolonTerminatedExpression(): ValueSpecification {
    const saved = this.semicolonTerminated;
    this.semicolonTerminated = true;
    try {
      return this.combinedExpression();
    } finally {
      this.semicolonTerminated = saved;
    }
  }

  programLine(): ValueSpecification {
    if (this.isWord('let') && this.isIdentifier(1) && this.k(2) === T.EQUAL) return this.letExpression();
    return this.combinedExpression();
  }

  protected letExpression(): ValueSpecification {
    const start = this.next();
    const name = this.identifier();
    this.expect(T.EQUAL);
    const value = this.combinedExpression();
    const si = this.si(start, this.last);
    // the engine gives the assigned expression the position of the whole let statement
    if (si) value.sourceInformation = si;
    else delete value.sourceInformation;
    return this.func('letFunction', [{ _type: 'string', value: name }, value], si);
  }

  /** Whether the cursor can start another line of a code block (the engine decides with full lookahead). */
  canStartProgramLine(): boolean {
    switch (this.k()) {
      case T.PAREN_OPEN:
      case T.NOT:
      case T.MINUS:
      case T.PLUS:
      case T.BRACKET_OPEN:
      case T.STRING:
      case T.INTEGER:
      case T.FLOAT:
      case T.DECIMAL:
      case T.DATE:
      case T.STRICT_TIME:
      case T.BOOLEAN:
      case T.NEW_SYMBOL:
      case T.DOLLAR:
      case T.TILDE:
      case T.AT:
      case T.PIPE:
      case T.BRACE_OPEN:
      case T.ISLAND:
      case T.NAV_PATH:
        return true;
      case T.IDENT:
        // `name: Type[m]|...` is a typed lambda; `name: ...` otherwise belongs to the enclosing grammar
        if (this.k(1) === T.COLON) return this.looksLikeTypedLambdaParam(this.pos);
        return true;
      default:
        return false;
    }
  }

  /** `ident : type multiplicity (',' ...)* '|'` starting at token `i`. */
  protected looksLikeTypedLambdaParam(i: number): boolean {
    let p = i;
    for (;;) {
      const k0 = this.kindAt(p);
      if (k0 !== T.IDENT && k0 !== T.STRING) return false;
      if (this.kindAt(p + 1) !== T.COLON) return false;
      p = this.skipType(p + 2);
      if (p < 0 || this.kindAt(p) !== T.BRACKET_OPEN) return false;
      while (this.kindAt(p) !== T.BRACKET_CLOSE) {
        if (this.kindAt(p) === T.EOF) return false;
        p++;
      }
      p++;
      if (this.kindAt(p) === T.PIPE) return true;
      if (this.kindAt(p) !== T.COMMA) return false;
      p++;
    }
  }

  /** Skips a type starting at token `i`; returns the index after it, or -1. */
  protected skipType(i: number): number {
    let p = i;
    const k0 = this.kindAt(p);
    if (k0 === T.PAREN_OPEN || k0 === T.BRACE_OPEN) return this.skipGroup(p);
    if (k0 !== T.IDENT && k0 !== T.STRING) return -1;
    p++;
    while (this.kindAt(p) === T.PATH_SEPARATOR && (this.kindAt(p + 1) === T.IDENT || this.kindAt(p + 1) === T.STRING)) p += 2;
    if (this.kindAt(p) === T.LESS_THAN) {
      let depth = 0;
      do {
        const k = this.kindAt(p);
        if (k === T.LESS_THAN) depth++;
        else if (k === T.GREATER_THAN) depth--;
        else if (k === T.EOF) return -1;
        p++;
      } while (depth > 0);
    }
    if (this.kindAt(p) === T.PAREN_OPEN) p = this.skipGroup(p);
    return p;
  }

  // ----------------------------------------------------------------------------------------------- expressions

  /** `combinedExpression: expression expressionPart*`. */
  combinedExpression(): ValueSpecification {
    const first = this.expression();
    let parts: Part[] | undefined;
    for (;;) {
      const k = this.k();
      if (k === T.AND || k === T.OR) {
        const opTok = this.next();
        const operand = this.expression();
        (parts ??= []).push({ bool: { op: k === T.AND ? 'and' : 'or', operand, si: this.si(opTok, opTok) } });
        continue;
      }
      const arith = this.arithmeticPart();
      if (!arith) break;
      (parts ??= []).push({ arith });
    }
    return parts ? this.fold(first, parts) : first;
  }

  /** One `arithmeticPart`, or undefined when the cursor is not on an arithmetic or comparison operator. */
  protected arithmeticPart(): ArithPart | undefined {
    const k = this.k();
    let op: ArithOp;
    switch (k) {
      case T.PLUS:
        op = 'plus';
        break;
      case T.STAR:
        op = 'times';
        break;
      case T.MINUS:
        op = 'minus';
        break;
      case T.DIVIDE:
        op = 'divide';
        break;
      case T.LESS_THAN:
        op = 'lessThan';
        break;
      case T.LESS_OR_EQUAL:
        op = 'lessThanEqual';
        break;
      case T.GREATER_THAN:
        op = 'greaterThan';
        break;
      case T.GREATER_OR_EQUAL:
        op = 'greaterThanEqual';
        break;
      default:
        return undefined;
    }
    const start = this.next();
    const operands = [this.expression()];
    if (!isRelational(op)) {
      while (this.k() === k) {
        this.pos++;
        operands.push(this.expression());
      }
    }
    return { op, operands, si: this.si(start, this.last) };
  }

  /** Folds boolean and arithmetic runs in source order, as the engine's combinedExpression does. */
  protected fold(first: ValueSpecification, parts: Part[]): ValueSpecification {
    let boolResult = first;
    let arithResult = first;
    let arth: ArithPart[] = [];
    let bool: BoolPart[] = [];
    for (const part of parts) {
      if ('arith' in part) {
        if (bool.length > 0) {
          boolResult = this.booleanRun(bool, arithResult);
          bool = [];
        }
        arth.push(part.arith);
      } else {
        if (arth.length > 0) {
          arithResult = this.arithmeticRun(arth, boolResult);
          arth = [];
        }
        bool.push(part.bool);
      }
    }
    if (arth.length > 0) return this.arithmeticRun(arth, boolResult);
    if (bool.length > 0) return this.booleanRun(bool, arithResult);
    return first;
  }

  protected booleanRun(parts: BoolPart[], input: ValueSpecification): AppliedFunction {
    let af: AppliedFunction | undefined;
    for (const p of parts) {
      if (!af) af = this.func(p.op, [input, p.operand], p.si);
      else if (af.function === 'or' && p.op === 'and') {
        const params = af.parameters;
        const newAf = this.func(p.op, [params[params.length - 1]!, p.operand], p.si);
        af.parameters = [params[0]!, newAf];
      } else af = this.func(p.op, [af, p.operand], p.si);
    }
    return af!;
  }

  protected arithmeticRun(parts: ArithPart[], result: ValueSpecification): AppliedFunction {
    let af: AppliedFunction | undefined;
    for (const p of parts) {
      if (isRelational(p.op)) {
        af = this.func(p.op, [af ?? result, p.operands[0]!], p.si);
        continue;
      }
      const build = (initial: ValueSpecification): AppliedFunction => this.buildArithmetic(p, initial);
      if (!af) af = build(result);
      else if (isStrictlyLowerPrecedence(af.function, p.op)) {
        const params = af.parameters;
        if (af.function === 'divide' || isRelational(af.function)) {
          af.parameters = [params[0]!, build(params[params.length - 1]!)];
        } else {
          const values = (params[0] as Collection).values;
          const kept = values.slice(0, values.length - 1);
          kept.push(build(values[values.length - 1]!));
          af.parameters = [this.collection(kept, p.si)];
        }
      } else af = build(af);
    }
    return af!;
  }

  protected buildArithmetic(p: ArithPart, initial: ValueSpecification): AppliedFunction {
    if (p.op === 'divide') {
      let acc = initial;
      let af: AppliedFunction | undefined;
      for (const other of p.operands) {
        af = this.func('divide', [acc, other], p.si);
        acc = af;
      }
      return af!;
    }
    return this.func(p.op, [this.collection([initial, ...p.operands], p.si)], p.si);
  }

  /** `expression: nonArrowOrEqualExpression (propertyOrFunctionExpression)* equalNotEqual?`. */
  expression(): ValueSpecification {
    let result = this.nonArrowOrEqual();
    for (;;) {
      const k = this.k();
      if (k === T.DOT) {
        result = this.propertyExpression(result);
      } else if (k === T.ARROW) {
        this.pos++;
        const nameStart = this.pos;
        const fn = this.qualifiedName();
        const si = this.si(nameStart, this.last);
        const params = this.functionParameters();
        params.unshift(result);
        result = this.func(fn, params, si);
      } else if (k === T.BRACKET_OPEN && (this.k(1) === T.STRING || this.k(1) === T.INTEGER) && this.k(2) === T.BRACKET_CLOSE) {
        result = this.propertyBracket(result);
      } else break;
    }
    const k = this.k();
    if (k === T.TEST_EQUAL || k === T.TEST_NOT_EQUAL) {
      const opTok = this.next();
      let other = this.expression();
      const arth: ArithPart[] = [];
      for (let part = this.arithmeticPart(); part; part = this.arithmeticPart()) arth.push(part);
      if (arth.length > 0) other = this.arithmeticRun(arth, other);
      const si = this.si(opTok, opTok);
      const eq = this.func('equal', [result, other], si);
      result = k === T.TEST_EQUAL ? eq : this.func('not', [eq], si);
    }
    return result;
  }

  /** `$src['col']`: deprecated bracket access, accepted only where the engine allows it. */
  protected propertyBracket(owner: ValueSpecification): ValueSpecification {
    const start = this.next();
    if (!this.allowPropertyBracket) this.errorAt('Bracket operation is not supported', start, start + 2);
    const valTok = this.next();
    this.next();
    const si = this.si(start, start + 2);
    const arg: ValueSpecification =
      this.kindAt(valTok) === T.STRING
        ? this.withSi({ ...this.cstring(valTok) }, si)
        : this.withSi({ _type: 'integer', value: this.int(valTok) }, si);
    return this.withSi({ _type: 'property', property: 'oneString', parameters: [owner, arg] }, si);
  }

  /** `.name`, `.name(args)`, `.name(%latest)`. */
  protected propertyExpression(owner: ValueSpecification): ValueSpecification {
    this.expect(T.DOT);
    const nameTok = this.pos;
    const property = this.identifier();
    const parameters: ValueSpecification[] = [owner];
    if (this.k() === T.PAREN_OPEN) {
      if (this.k(1) === T.LATEST_DATE) {
        this.pos++;
        do {
          this.expect(T.LATEST_DATE);
          parameters.push({ _type: 'latestDate', multiplicity: { lowerBound: 1, upperBound: 1 } });
        } while (this.accept(T.COMMA));
        this.expect(T.PAREN_CLOSE);
      } else {
        parameters.push(...this.functionParameters());
      }
    }
    return this.withSi({ _type: 'property', property, parameters }, this.si(nameTok, nameTok));
  }

  /** `'(' (combinedExpression (',' combinedExpression)*)? ')'`. */
  functionParameters(): ValueSpecification[] {
    this.expect(T.PAREN_OPEN);
    const params = this.commaSeparated(T.PAREN_CLOSE, () => this.combinedExpression());
    this.expect(T.PAREN_CLOSE);
    return params;
  }

  protected nonArrowOrEqual(): ValueSpecification {
    const start = this.pos;
    switch (this.k()) {
      case T.PAREN_OPEN: {
        this.pos++;
        const inner = this.combinedExpression();
        this.expect(T.PAREN_CLOSE);
        return inner;
      }
      case T.NOT: {
        this.pos++;
        const negated = this.expression();
        return this.func('not', [negated], this.si(start, this.last));
      }
      case T.MINUS:
      case T.PLUS: {
        const sign = this.k() === T.MINUS ? 'minus' : 'plus';
        this.pos++;
        const operand = this.expression();
        return this.func(sign, [operand], this.si(start, start));
      }
      case T.BRACKET_OPEN: {
        this.pos++;
        const values = this.commaSeparated(T.BRACKET_CLOSE, () => this.expression());
        this.expect(T.BRACKET_CLOSE);
        return this.collection(values, this.si(start, this.last));
      }
      default:
        return this.atomicExpression();
    }
  }

  protected atomicExpression(): ValueSpecification {
    const start = this.pos;
    const k = this.k();
    switch (k) {
      case T.STRING:
        // a quoted identifier followed by '|' or ':' is a lambda parameter
        if (this.k(1) === T.PIPE || (this.k(1) === T.COLON && this.looksLikeTypedLambdaParam(this.pos))) return this.lambda();
        this.pos++;
        return this.cstring(start);
      case T.INTEGER:
      case T.FLOAT:
      case T.DECIMAL:
        if (this.k(1) === T.IDENT && this.isUnitInstance()) this.errorAt('Unit instance not supported', start);
        return this.instanceLiteralToken();
      case T.DATE:
      case T.STRICT_TIME:
      case T.BOOLEAN:
        return this.instanceLiteralToken();
      case T.ISLAND:
      case T.NAV_PATH:
        this.pos++;
        return parseIsland(this, start);
      case T.NEW_SYMBOL:
        return this.newInstance();
      case T.DOLLAR:
        return this.variable();
      case T.TILDE:
        return this.columnBuilders();
      case T.AT: {
        this.pos++;
        const genericType = this.genericType();
        const g: GenericTypeInstance = { _type: 'genericTypeInstance', genericType };
        return this.withSi(g, this.si(start, this.last));
      }
      case T.PIPE:
      case T.BRACE_OPEN:
        return this.lambda();
      case T.IDENT:
        if (this.k(1) === T.PIPE || (this.k(1) === T.COLON && this.looksLikeTypedLambdaParam(this.pos))) return this.lambda();
        return this.instanceReference();
      case T.PATH_SEPARATOR: {
        // `::.all()`: reported over the whole call, as the engine does
        let end = start;
        if (this.kindAt(start + 1) === T.DOT && this.kindAt(start + 3) === T.PAREN_OPEN) {
          const after = this.skipGroup(start + 3);
          if (after > 0) end = after - 1;
        }
        this.errorAt('Expected a non-empty function caller', start, end);
        break;
      }
      default:
        break;
    }
    this.unexpected();
  }

  private isUnitInstance(): boolean {
    let p = this.pos + 1;
    while (this.kindAt(p) === T.IDENT && this.kindAt(p + 1) === T.PATH_SEPARATOR) p += 2;
    return this.kindAt(p) === T.IDENT && this.kindAt(p + 1) === T.TILDE;
  }

  /** STRING | INTEGER | FLOAT | DECIMAL | DATE | BOOLEAN | STRICTTIME. */
  instanceLiteralToken(): ValueSpecification {
    const tok = this.pos;
    const k = this.k();
    const si = this.si(tok, tok);
    const text = this.text(tok);
    switch (k) {
      case T.STRING:
        this.pos++;
        return this.cstring(tok);
      case T.INTEGER:
        this.pos++;
        return this.withSi({ _type: 'integer', value: this.int(tok) }, si);
      case T.FLOAT:
        this.pos++;
        return this.withSi({ _type: 'float', value: Number.parseFloat(text) }, si);
      case T.DECIMAL:
        this.pos++;
        return this.withSi({ _type: 'decimal', value: Number.parseFloat(text.slice(0, -1)) }, si);
      case T.BOOLEAN:
        this.pos++;
        return this.withSi({ _type: 'boolean', value: text === 'true' }, si);
      case T.DATE:
        this.pos++;
        return this.dateLiteral(tok);
      case T.STRICT_TIME:
        this.pos++;
        return this.withSi({ _type: 'strictTime', value: text.slice(text.lastIndexOf('%') + 1) }, si);
      default:
        this.unexpected();
    }
  }

  /** `primitiveValue`: a literal, signed number, enum value `a::E.V`, or a `[...]` list of those. */
  primitiveValue(): ValueSpecification {
    const start = this.pos;
    if (this.k() === T.BRACKET_OPEN) {
      this.pos++;
      const values = this.commaSeparated(T.BRACKET_CLOSE, () => this.primitiveValueAtomic());
      this.expect(T.BRACKET_CLOSE);
      return this.collection(values, this.si(start, this.last));
    }
    return this.primitiveValueAtomic();
  }

  protected primitiveValueAtomic(): ValueSpecification {
    const start = this.pos;
    if (this.isWord('toBytes') && this.k(1) === T.PAREN_OPEN) {
      this.pos += 2;
      const s = fromGrammarString(this.text(this.expect(T.STRING)), true);
      this.expect(T.PAREN_CLOSE);
      const bytes = Array.from(new TextEncoder().encode(s));
      return this.withSi({ _type: 'byteArray', value: bytes }, this.si(start, this.last));
    }
    if (this.k() === T.IDENT) {
      const fullPath = this.qualifiedName();
      this.expect(T.DOT);
      const value = this.identifier();
      return this.withSi({ _type: 'enumValue', fullPath, value }, this.si(start, this.last));
    }
    return this.instanceLiteral();
  }

  /** `instanceLiteral`: a literal token, or a signed number (`-1`, `+2.5`). */
  instanceLiteral(): ValueSpecification {
    const k = this.k();
    if ((k === T.MINUS || k === T.PLUS) && (this.k(1) === T.INTEGER || this.k(1) === T.FLOAT || this.k(1) === T.DECIMAL)) {
      const start = this.next();
      const numTok = this.next();
      const text = this.text(start) + this.text(numTok);
      const si = this.si(start, numTok);
      const nk = this.kindAt(numTok);
      if (nk === T.INTEGER) {
        const v = Number.parseInt(text, 10);
        if (!Number.isSafeInteger(v)) this.errorAt(`For input string: "${text}"`, start, numTok);
        return this.withSi({ _type: 'integer', value: v }, si);
      }
      if (nk === T.FLOAT) return this.withSi({ _type: 'float', value: Number.parseFloat(text) }, si);
      // a signed Decimal literal is not accepted by the engine
      this.errorAt('Signed Decimal literals are not supported here', start, numTok);
    }
    return this.instanceLiteralToken();
  }

  /** `%2020-01-02` (StrictDate), `%2020`, `%2020-01`, `%2020-01-02T10:00` (DateTime), as the engine classifies them. */
  protected dateLiteral(tok: number): ValueSpecification {
    const text = this.text(tok);
    const si = this.si(tok, tok);
    const body = text.slice(1);
    const afterYear = body.startsWith('-') ? body.indexOf('-', 1) : body.indexOf('-');
    if (afterYear < 0) return this.withSi({ _type: 'dateTime', value: text.slice(text.lastIndexOf('%') + 1) }, si);
    const afterMonth = body.indexOf('-', afterYear + 1);
    // year-month keeps the '%' in its value, as the engine does
    if (afterMonth < 0) return this.withSi({ _type: 'dateTime', value: text }, si);
    if (body.indexOf('T', afterMonth) < 0) return this.withSi({ _type: 'strictDate', value: text.slice(text.lastIndexOf('%') + 1) }, si);
    return this.withSi({ _type: 'dateTime', value: text.slice(text.lastIndexOf('%') + 1) }, si);
  }

  protected variable(): ValueSpecification {
    const start = this.expect(T.DOLLAR);
    const name = this.identifier();
    const v: Variable = { _type: 'var', name };
    return this.withSi(v, this.si(start, this.last));
  }

  /** A lambda: `|body`, `x|body`, `x: T[1]|body`, `{x, y|body}`. */
  lambda(): LambdaFunction {
    const params: Variable[] = [];
    if (this.k() === T.BRACE_OPEN) {
      this.pos++;
      if (this.k() !== T.PIPE) {
        params.push(this.lambdaParam());
        while (this.accept(T.COMMA)) params.push(this.lambdaParam());
      }
      const l = this.lambdaPipe(params);
      this.expect(T.BRACE_CLOSE);
      return l;
    }
    if (this.k() !== T.PIPE) params.push(this.lambdaParam());
    return this.lambdaPipe(params);
  }

  protected lambdaParam(): Variable {
    const start = this.pos;
    const name = this.identifier();
    const v: Variable = { _type: 'var', name };
    if (this.accept(T.COLON)) {
      v.genericType = this.genericType();
      v.multiplicity = this.multiplicity();
      this.withSi(v, this.si(start, this.last));
    }
    return v;
  }

  protected lambdaPipe(parameters: Variable[]): LambdaFunction {
    const start = this.expect(T.PIPE);
    const body = this.codeBlock();
    return this.withSi({ _type: 'lambda', body, parameters }, this.si(start, this.last));
  }

  /** `a::b::C`, `C.all()`, `C.all(%latest)`, `f(args)`, `Mass~Kilogram`. */
  protected instanceReference(): ValueSpecification {
    const start = this.pos;
    const fullPath = this.qualifiedName();
    const nameEnd = this.last;
    if (this.k() === T.TILDE && this.isIdentifier(1)) {
      this.pos++;
      const unit = this.identifier();
      return this.withSi({ _type: 'unitType', fullPath: `${fullPath}~${unit}` }, this.si(start, this.last));
    }
    const ptr = this.withSi({ _type: 'packageableElementPtr' as const, fullPath }, this.si(start, nameEnd));
    if (this.k() === T.PAREN_OPEN) {
      const params = this.functionParameters();
      return this.func(fullPath, params, this.si(start, nameEnd));
    }
    if (this.k() === T.DOT && this.k(2) === T.PAREN_OPEN) {
      const allStart = this.pos;
      if (this.isWord('all', 1)) {
        this.pos += 3;
        const params: ValueSpecification[] = [ptr];
        if (this.k() !== T.PAREN_CLOSE) {
          params.push(this.milestoningArgument());
          if (this.accept(T.COMMA)) params.push(this.milestoningArgument());
        }
        this.expect(T.PAREN_CLOSE);
        return this.func('getAll', params, this.si(allStart, this.last));
      }
      if (this.isWord('allVersions', 1) && this.k(3) === T.PAREN_CLOSE) {
        this.pos += 4;
        return this.func('getAllVersions', [ptr], this.si(allStart, this.last));
      }
      if (this.isWord('allVersionsInRange', 1)) {
        const end = this.skipGroup(this.pos + 2) - 1;
        this.errorAt(`${this.rawText(this.pos, end)} is not supported`, this.pos, end);
      }
    }
    return ptr;
  }

  /** `%latest`, a date or a variable, as an argument of `.all(...)`. */
  private milestoningArgument(): ValueSpecification {
    const k = this.k();
    if (k === T.DOLLAR) return this.variable();
    if (k === T.DATE) return this.dateLiteral(this.next());
    if (k === T.LATEST_DATE) {
      const t = this.next();
      return this.withSi({ _type: 'latestDate', multiplicity: { lowerBound: 1, upperBound: 1 } }, this.si(t, t));
    }
    this.unexpected([T.LATEST_DATE, T.DATE, T.DOLLAR]);
  }

  /** `^Type(key = value, ...)` → `new(...)` (or the engine's special forms for Pair, TdsOlapRank, BasicColumnSpecification). */
  protected newInstance(): ValueSpecification {
    this.expect(T.NEW_SYMBOL);
    if (this.k() === T.DOLLAR) this.errorAt('An exception of type \'NullPointerException\' occurred, please notify developer', this.pos);
    const typeName = this.qualifiedName();
    const { typeArguments, multiplicityArguments } = this.typeArguments();
    let typeVariableValues: ValueSpecification[] = [];
    if (this.isIdentifier()) this.identifier();
    if (this.k() === T.PAREN_OPEN) {
      const after = this.skipGroup(this.pos);
      if (this.kindAt(after) === T.PAREN_OPEN) typeVariableValues = this.typeVariableValues();
    }
    this.expect(T.PAREN_OPEN);
    const keyExpressions = this.commaSeparated(T.PAREN_CLOSE, () => this.keyExpression());
    this.expect(T.PAREN_CLOSE);
    const find = (key: string): ValueSpecification | undefined => keyExpressions.find((k) => k.key.value === key)?.expression;
    if (typeName === 'Pair' || typeName === 'meta::pure::functions::collection::Pair') {
      return this.func('meta::pure::functions::collection::pair', [find('first'), find('second')].filter((v): v is ValueSpecification => v !== undefined));
    }
    if (typeName === 'TdsOlapRank' || typeName === 'meta::pure::tds::TdsOlapRank') {
      return this.func('meta::pure::tds::func', [find('func')].filter((v): v is ValueSpecification => v !== undefined));
    }
    if (typeName === 'BasicColumnSpecification' || typeName === 'meta::pure::tds::BasicColumnSpecification') {
      return this.func(
        'meta::pure::tds::col',
        [find('func'), find('name'), find('documentation')].filter((v): v is ValueSpecification => v !== undefined),
      );
    }
    const classType: GenericType = {
      rawType: { _type: 'packageableType', fullPath: 'meta::pure::metamodel::type::Class' },
      typeArguments: [{ rawType: { _type: 'packageableType', fullPath: typeName }, typeArguments, multiplicityArguments, typeVariableValues }],
      multiplicityArguments: [],
      typeVariableValues: [],
    };
    return this.func('new', [
      { _type: 'genericTypeInstance', genericType: classType },
      { _type: 'string', value: '' },
      this.collection(keyExpressions),
    ]);
  }

  /** `name (. name)* +? = value`: the engine keeps only the first expression of the value. */
  protected keyExpression(): KeyExpression {
    const keyTok = this.pos;
    this.identifier();
    while (this.accept(T.DOT)) this.identifier();
    this.accept(T.PLUS);
    this.expect(T.EQUAL);
    const value = this.expression();
    // the rest of the combined expression is parsed and, as in the engine, dropped
    for (;;) {
      if (this.k() === T.AND || this.k() === T.OR) {
        this.pos++;
        this.expression();
        continue;
      }
      if (!this.arithmeticPart()) break;
    }
    return { _type: 'keyExpression', add: false, key: { _type: 'string', value: this.text(keyTok) }, expression: value };
  }

  /** `~name`, `~name: Type`, `~name: x|...`, `~[a, b: x|...]`. */
  protected columnBuilders(): ValueSpecification {
    this.expect(T.TILDE);
    if (this.k() === T.BRACKET_OPEN) {
      const start = this.next();
      const colSpecs = this.commaSeparated(T.BRACKET_CLOSE, () => this.oneColSpec());
      this.expect(T.BRACKET_CLOSE);
      const ci: ClassInstance = { _type: 'classInstance', type: 'colSpecArray', value: { colSpecs } };
      return this.withSi(ci, this.si(start, this.last));
    }
    const colSpec = this.oneColSpec();
    const ci: ClassInstance = { _type: 'classInstance', type: 'colSpec', value: colSpec };
    return this.withSi(ci, colSpec.sourceInformation);
  }

  protected oneColSpec(): ColSpec {
    const start = this.pos;
    const stereotypes = this.isStereotypesStart() ? this.stereotypes() : [];
    const taggedValues = this.k() === T.BRACE_OPEN ? this.taggedValues() : [];
    const name = this.identifier();
    const col: ColSpec = { name };
    if (this.accept(T.COLON)) {
      if (this.isLambdaStart()) {
        col.function1 = this.lambda();
        if (this.k() === T.COLON && (this.k(1) === T.PIPE || this.k(1) === T.BRACE_OPEN || this.isIdentifier(1))) {
          this.pos++;
          col.function2 = this.lambda();
        }
      } else {
        col.genericType = this.genericType();
        if (this.k() === T.BRACKET_OPEN) col.multiplicity = this.multiplicity();
        if (this.k() === T.COLON) {
          this.pos++;
          col.function2 = this.lambda();
        }
      }
    }
    if (stereotypes.length > 0) col.stereotypes = stereotypes;
    if (taggedValues.length > 0) col.taggedValues = taggedValues;
    return this.withSi(col, this.si(start, this.last));
  }

  /** At a lambda: `|`, `{`, `x|`, `x: T[m]|`. */
  protected isLambdaStart(): boolean {
    const k = this.k();
    if (k === T.PIPE || k === T.BRACE_OPEN) return true;
    if (k === T.IDENT || k === T.STRING) return this.k(1) === T.PIPE || (this.k(1) === T.COLON && this.looksLikeTypedLambdaParam(this.pos));
    return false;
  }
}
