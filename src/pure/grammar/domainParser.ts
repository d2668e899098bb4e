/**
 * `###Pure` sections: imports, Class, Association, Enum, Profile, function (with test suites) and Measure,
 * producing the engine's protocol elements.
 */
import type {
  Association,
  Class,
  Constraint,
  Enumeration,
  EnumValueDefinition,
  FunctionTest,
  FunctionTestData,
  FunctionTestSuite,
  Measure,
  PackageableElementPointer,
  ParameterValue,
  Profile,
  ProfileStereotype,
  Property,
  PureFunction,
  QualifiedProperty,
  StereotypePtr,
  TaggedValue,
  Unit,
  AggregationKind,
} from '../protocol/domain.js';
import type { PackageableElement } from '../protocol/context.js';
import type { LambdaFunction, ValueSpecification, Variable } from '../protocol/valueSpecification.js';
import type { TestAssertion } from '../protocol/data.js';
import type { SourceInformation } from '../protocol/sourceInformation.js';
import { ExpressionParser } from './expressionParser.js';
import { splitPath } from './parserBase.js';
import { T } from './tokens.js';
import { canonicalizeDocumentation, fromGrammarString, isTextBlock } from './strings.js';
import { functionSignature } from './functionSignature.js';
import { parseEmbeddedData, parseExternalFormatValue } from './embeddedData.js';

const DOC_PROFILE = 'meta::pure::profiles::doc';

export interface SectionResult {
  elements: PackageableElement[];
  imports: string[];
  /** The section takes no imports (the engine's `default` code section, e.g. `###Data`). */
  defaultSection?: boolean;
}

export interface DomainOptions {
  /** Engines since legend-engine#4143 (Oct 2025) give constraint lambdas a `this: [1]` parameter. */
  constraintThisParameter: boolean;
}

export class DomainParser extends ExpressionParser {
  domainOptions: DomainOptions = { constraintThisParameter: true };

  /** `definition: imports elementDefinition* EOF`. */
  parseSection(): SectionResult {
    const imports = this.imports();
    const elements: PackageableElement[] = [];
    while (!this.atEnd()) elements.push(this.element());
    return { elements, imports };
  }

  /** `import a::b::*;` statements at the start of a section: the imported packages. */
  protected imports(): string[] {
    const imports: string[] = [];
    while (this.isWord('import')) {
      this.pos++;
      let path = this.identifier();
      while (this.k() === T.PATH_SEPARATOR && this.isIdentifier(1)) {
        this.pos++;
        path += '::' + this.identifier();
      }
      this.expect(T.PATH_SEPARATOR);
      this.expect(T.STAR);
      this.expect(T.SEMI_COLON);
      imports.push(path);
    }
    return imports;
  }

  /** `[ item, item ]`. */
  protected list<X>(item: () => X): X[] {
    this.expect(T.BRACKET_OPEN);
    const items = this.commaSeparated(T.BRACKET_CLOSE, item);
    this.expect(T.BRACKET_CLOSE);
    return items;
  }

  protected element(): PackageableElement {
    const start = this.pos;
    let doc: number | undefined;
    if (this.k() === T.STRING) doc = this.next();
    if (this.isWord('Class')) return this.classDefinition(start, doc);
    if (this.isWord('Association')) return this.association(start, doc);
    if (this.isWord('Enum')) return this.enumeration(start, doc);
    if (this.isWord('function')) return this.functionDefinition(start, doc);
    if (doc === undefined) {
      if (this.isWord('Profile')) return this.profile(start);
      if (this.isWord('Measure')) return this.measure(start);
      if (this.isWord('native') || this.k() === T.NEW_SYMBOL) this.errorAt('Unsupported syntax', start);
    }
    this.unexpected([], ['Class', 'Association', 'Enum', 'function', 'Profile', 'Measure']);
  }

  /** Tagged values with a leading `'''` documentation block folded in as a `doc.doc` value, as the engine does. */
  protected withDocumentation(doc: number | undefined, taggedValues: TaggedValue[]): TaggedValue[] {
    if (doc === undefined) return taggedValues;
    const raw = this.text(doc);
    if (!isTextBlock(raw)) this.errorAt("Documentation must be written as a multi-line ('''...''') literal", doc);
    const conflict = taggedValues.find(
      (tv) => tv.tag.value === 'doc' && (tv.tag.profile === 'doc' || tv.tag.profile === DOC_PROFILE),
    );
    if (conflict) this.error('Element has both documentation and an explicit doc.doc tagged value. Use one.', conflict.sourceInformation);
    const tv: TaggedValue = {
      tag: { profile: DOC_PROFILE, value: 'doc' },
      value: { _type: 'string', multiLine: true, value: canonicalizeDocumentation(raw) },
    };
    if (this.opts.returnSourceInformation) {
      // a documentation block ends on its closing quotes, not at start column + length
      const ts = this.ts;
      const newLines = raw.split('\n').length - 1;
      const si: SourceInformation = {
        sourceId: this.opts.sourceId,
        startLine: ts.lines[doc]!,
        startColumn: ts.cols[doc]! + 1,
        endLine: ts.lines[doc]! + newLines,
        endColumn: raw.length - raw.lastIndexOf('\n') - 1,
      };
      tv.tag.profileSourceInformation = si;
      tv.tag.sourceInformation = si;
      tv.sourceInformation = si;
    }
    return [tv, ...taggedValues];
  }

  protected annotations(): { stereotypes: StereotypePtr[]; taggedValues: TaggedValue[] } {
    const stereotypes = this.isStereotypesStart() ? this.stereotypes() : [];
    const taggedValues = this.k() === T.BRACE_OPEN ? this.taggedValues() : [];
    return { stereotypes, taggedValues };
  }

  // ----------------------------------------------------------------------------------------------- class

  protected classDefinition(start: number, doc: number | undefined): Class {
    this.expectWord('Class');
    const { stereotypes, taggedValues } = this.annotations();
    const { package: pkg, name } = splitPath(this.qualifiedName());
    if (this.k() === T.LESS_THAN) {
      const from = this.pos;
      const to = this.skipAngles(this.pos) - 1;
      this.errorAt('Type and/or multiplicity parameters are not authorized in Legend Engine', from, to);
    }
    if (this.isWord('projects')) this.errorAt('Unsupported syntax', this.pos);
    const superTypes: PackageableElementPointer[] = [];
    if (this.acceptWord('extends')) {
      do {
        const tStart = this.pos;
        const path = this.qualifiedName();
        this.skipTypeRest();
        const p: PackageableElementPointer = { type: 'CLASS', path };
        superTypes.push(this.withSi(p, this.si(tStart, this.last)));
      } while (this.accept(T.COMMA));
    }
    const constraints = this.k() === T.BRACKET_OPEN ? this.constraints() : [];
    const { properties, qualifiedProperties } = this.propertiesBlock();
    const c: Class = {
      _type: 'class',
      package: pkg,
      name,
      superTypes,
      originalMilestonedProperties: [],
      properties,
      qualifiedProperties,
      stereotypes,
      taggedValues: this.withDocumentation(doc, taggedValues),
      constraints,
    };
    return this.withSi(c, this.si(start, this.last));
  }

  /** Index after a `<...>` group starting at `i`. */
  protected skipAngles(i: number): number {
    let depth = 0;
    let p = i;
    do {
      const k = this.kindAt(p);
      if (k === T.LESS_THAN) depth++;
      else if (k === T.GREATER_THAN) depth--;
      else if (k === T.EOF) return p;
      p++;
    } while (depth > 0);
    return p;
  }

  /** The rest of a `type` after its name (type arguments, type variable values), which super types ignore. */
  protected skipTypeRest(): void {
    if (this.k() === T.LESS_THAN) this.pos = this.skipAngles(this.pos);
    if (this.k() === T.PAREN_OPEN) this.pos = this.skipGroup(this.pos);
  }

  protected constraints(): Constraint[] {
    this.expect(T.BRACKET_OPEN);
    const result: Constraint[] = [];
    do result.push(this.constraint(result.length));
    while (this.accept(T.COMMA));
    this.expect(T.BRACKET_CLOSE);
    return result;
  }

  protected constraintLambda(body: ValueSpecification): LambdaFunction {
    const parameters: Variable[] = this.domainOptions.constraintThisParameter
      ? [{ _type: 'var', name: 'this', multiplicity: { lowerBound: 1, upperBound: 1 } }]
      : [];
    return { _type: 'lambda', body: [body], parameters };
  }

  protected constraint(index: number): Constraint {
    const start = this.pos;
    // complex form: name ( ~owner: ... ~function: ... )
    if (this.isIdentifier() && this.k(1) === T.PAREN_OPEN && this.k(2) === T.TILDE) {
      const name = this.identifier();
      this.expect(T.PAREN_OPEN);
      const c: Constraint = { name, functionDefinition: this.constraintLambda({ _type: 'string', value: '' }) };
      if (this.isConstraintKey('owner')) {
        this.pos += 3;
        c.owner = this.text(this.next());
      }
      if (this.isConstraintKey('externalId')) {
        this.pos += 3;
        c.externalId = fromGrammarString(this.text(this.expect(T.STRING)), true);
      }
      if (!this.isConstraintKey('function')) this.unexpected([], ['~function']);
      this.pos += 3;
      c.functionDefinition = this.constraintLambda(this.combinedExpression());
      if (this.isConstraintKey('enforcementLevel')) {
        this.pos += 3;
        if (!this.isWord('Error') && !this.isWord('Warn')) this.unexpected([], ['Error', 'Warn']);
        c.enforcementLevel = this.text(this.next());
      }
      if (this.isConstraintKey('message')) {
        this.pos += 3;
        c.messageFunction = this.constraintLambda(this.combinedExpression());
      }
      this.expect(T.PAREN_CLOSE);
      return this.withSi(c, this.si(start, this.last));
    }
    let name = String(index);
    if (this.isIdentifier() && this.k(1) === T.COLON) {
      name = this.identifier();
      this.pos++;
    }
    const body = this.combinedExpression();
    return this.withSi({ name, functionDefinition: this.constraintLambda(body) }, this.si(start, this.last));
  }

  private isConstraintKey(key: string): boolean {
    return this.k() === T.TILDE && this.isWord(key, 1) && this.k(2) === T.COLON;
  }

  /** `{ (property | qualifiedProperty)* }`. */
  protected propertiesBlock(): { properties: Property[]; qualifiedProperties: QualifiedProperty[] } {
    this.expect(T.BRACE_OPEN);
    const properties: Property[] = [];
    const qualifiedProperties: QualifiedProperty[] = [];
    while (this.k() !== T.BRACE_CLOSE) {
      if (this.atEnd()) this.unexpected([T.BRACE_CLOSE]);
      this.propertyOrQualified(properties, qualifiedProperties);
    }
    this.expect(T.BRACE_CLOSE);
    return { properties, qualifiedProperties };
  }

  /** True when the STRING at the cursor is a documentation block rather than a quoted property name. */
  protected isDocumentationAhead(): boolean {
    if (this.k() !== T.STRING) return false;
    const k1 = this.k(1);
    if (k1 === T.COLON) return false;
    if (k1 === T.PAREN_OPEN) {
      return (this.isWord('composite', 2) || this.isWord('shared', 2) || this.isWord('none', 2)) && this.k(3) === T.PAREN_CLOSE;
    }
    return true;
  }

  protected propertyOrQualified(properties: Property[], qualifiedProperties: QualifiedProperty[]): void {
    const start = this.pos;
    const doc = this.isDocumentationAhead() ? this.next() : undefined;
    const { stereotypes, taggedValues } = this.annotations();
    let aggregation: AggregationKind | undefined;
    if (this.k() === T.PAREN_OPEN) {
      this.pos++;
      if (this.isWord('composite')) aggregation = 'COMPOSITE';
      else if (this.isWord('shared')) aggregation = 'SHARED';
      else if (this.isWord('none')) aggregation = 'NONE';
      else this.unexpected([], ['composite', 'shared', 'none']);
      this.pos++;
      this.expect(T.PAREN_CLOSE);
    }
    const name = this.identifier();
    if (aggregation === undefined && this.k() === T.PAREN_OPEN) {
      qualifiedProperties.push(this.qualifiedProperty(start, doc, name, stereotypes, taggedValues));
      return;
    }
    this.expect(T.COLON);
    const genericType = this.genericType();
    const multiplicity = this.multiplicity();
    const p: Property = { name, genericType, multiplicity, stereotypes, taggedValues: this.withDocumentation(doc, taggedValues) };
    if (this.accept(T.EQUAL)) {
      const dvStart = this.pos;
      const value = this.defaultValueExpression(true);
      p.defaultValue = this.withSi({ value }, this.si(dvStart, this.last));
    }
    this.expect(T.SEMI_COLON);
    if (aggregation !== undefined) p.aggregation = aggregation;
    properties.push(this.withSi(p, this.si(start, this.last)));
  }

  /** `instanceReference propertyExpression | ^new(...) | literal | [ ... ]`. */
  protected defaultValueExpression(allowArray: boolean): ValueSpecification {
    const start = this.pos;
    const k = this.k();
    if (k === T.BRACKET_OPEN && allowArray) {
      this.pos++;
      const values = this.commaSeparated(T.BRACKET_CLOSE, () => this.defaultValueExpression(true));
      this.expect(T.BRACKET_CLOSE);
      return this.collection(values, this.si(start, this.last));
    }
    if (k === T.NEW_SYMBOL) return this.newInstance();
    if (k === T.STRING || k === T.INTEGER || k === T.FLOAT || k === T.DECIMAL || k === T.DATE || k === T.BOOLEAN || k === T.STRICT_TIME) {
      return this.instanceLiteralToken();
    }
    if (k === T.IDENT) {
      const ref = this.instanceReference();
      if (this.k() !== T.DOT) this.unexpected([T.DOT]);
      return this.propertyExpression(ref);
    }
    this.unexpected();
  }

  protected functionVariable(): Variable {
    const start = this.pos;
    const name = this.identifier();
    this.expect(T.COLON);
    const genericType = this.genericType();
    const multiplicity = this.multiplicity();
    return this.withSi({ _type: 'var', name, genericType, multiplicity }, this.si(start, this.last));
  }

  protected qualifiedProperty(
    start: number,
    doc: number | undefined,
    name: string,
    stereotypes: StereotypePtr[],
    taggedValues: TaggedValue[],
  ): QualifiedProperty {
    this.expect(T.PAREN_OPEN);
    const parameters = this.commaSeparated(T.PAREN_CLOSE, () => this.functionVariable());
    this.expect(T.PAREN_CLOSE);
    this.expect(T.BRACE_OPEN);
    const body = this.codeBlock();
    this.expect(T.BRACE_CLOSE);
    this.expect(T.COLON);
    const returnGenericType = this.genericType();
    const returnMultiplicity = this.multiplicity();
    this.expect(T.SEMI_COLON);
    const q: QualifiedProperty = {
      name,
      parameters,
      returnGenericType,
      returnMultiplicity,
      stereotypes,
      taggedValues: this.withDocumentation(doc, taggedValues),
      body,
    };
    return this.withSi(q, this.si(start, this.last));
  }

  // ----------------------------------------------------------------------------------------------- association

  protected association(start: number, doc: number | undefined): Association {
    this.expectWord('Association');
    const { stereotypes, taggedValues } = this.annotations();
    const { package: pkg, name } = splitPath(this.qualifiedName());
    if (this.isWord('projects')) this.errorAt('Unsupported syntax', this.pos);
    const { properties, qualifiedProperties } = this.propertiesBlock();
    const a: Association = {
      _type: 'association',
      package: pkg,
      name,
      properties,
      originalMilestonedProperties: [],
      qualifiedProperties,
      stereotypes,
      taggedValues: this.withDocumentation(doc, taggedValues),
    };
    return this.withSi(a, this.si(start, this.last));
  }

  // ----------------------------------------------------------------------------------------------- enumeration

  protected enumeration(start: number, doc: number | undefined): Enumeration {
    this.expectWord('Enum');
    const { stereotypes, taggedValues } = this.annotations();
    const { package: pkg, name } = splitPath(this.qualifiedName());
    this.expect(T.BRACE_OPEN);
    const values: EnumValueDefinition[] = [];
    if (this.k() !== T.BRACE_CLOSE) {
      do {
        const vStart = this.pos;
        const vDoc = this.k() === T.STRING && this.k(1) !== T.COMMA && this.k(1) !== T.BRACE_CLOSE ? this.next() : undefined;
        const ann = this.annotations();
        const value = this.identifier();
        const v: EnumValueDefinition = { value, stereotypes: ann.stereotypes, taggedValues: this.withDocumentation(vDoc, ann.taggedValues) };
        values.push(this.withSi(v, this.si(vStart, this.last)));
      } while (this.accept(T.COMMA));
    }
    this.expect(T.BRACE_CLOSE);
    const e: Enumeration = {
      _type: 'Enumeration',
      package: pkg,
      name,
      values,
      stereotypes,
      taggedValues: this.withDocumentation(doc, taggedValues),
    };
    return this.withSi(e, this.si(start, this.last));
  }

  // ----------------------------------------------------------------------------------------------- profile

  protected profile(start: number): Profile {
    this.expectWord('Profile');
    const { package: pkg, name } = splitPath(this.qualifiedName());
    this.expect(T.BRACE_OPEN);
    let stereotypes: ProfileStereotype[] | undefined;
    let tags: ProfileStereotype[] | undefined;
    let duplicate: string | undefined;
    while (this.k() !== T.BRACE_CLOSE) {
      const which = this.isWord('stereotypes') ? 'stereotypes' : this.isWord('tags') ? 'tags' : undefined;
      if (!which) this.unexpected([T.BRACE_CLOSE], ['stereotypes', 'tags']);
      this.pos++;
      this.expect(T.COLON);
      this.expect(T.BRACKET_OPEN);
      const values: ProfileStereotype[] = [];
      if (this.k() !== T.BRACKET_CLOSE) {
        do {
          const tok = this.pos;
          values.push(this.withSi({ value: this.identifier() }, this.si(tok, this.last)));
        } while (this.accept(T.COMMA));
      }
      this.expect(T.BRACKET_CLOSE);
      this.expect(T.SEMI_COLON);
      if (which === 'stereotypes') {
        if (stereotypes) duplicate ??= 'stereotypes';
        stereotypes = values;
      } else {
        if (tags) duplicate ??= 'tags';
        tags = values;
      }
    }
    this.expect(T.BRACE_CLOSE);
    const si = this.si(start, this.last);
    if (duplicate) this.error(`Field '${duplicate}' should be specified only once`, this.siAlways(start, this.last));
    const p: Profile = { _type: 'profile', package: pkg, name, stereotypes: stereotypes ?? [], tags: tags ?? [] };
    return this.withSi(p, si);
  }

  // ----------------------------------------------------------------------------------------------- measure

  protected measure(start: number): Measure {
    this.expectWord('Measure');
    const path = this.qualifiedName();
    const { package: pkg, name } = splitPath(path);
    this.expect(T.BRACE_OPEN);
    const m: Measure = { _type: 'measure', package: pkg, name };
    if (this.isIdentifier() && this.k(1) !== T.COLON && !(this.k(1) === T.PATH_SEPARATOR)) {
      // non-convertible units: `A; B; C;`
      const units: Unit[] = [];
      while (this.k() !== T.BRACE_CLOSE) {
        const uStart = this.pos;
        const unitName = this.unitName();
        this.expect(T.SEMI_COLON);
        units.push(this.withSi({ name: unitName, measure: path }, this.si(uStart, this.last)));
      }
      m.canonicalUnit = units[0];
      if (units.length > 1) m.nonCanonicalUnits = units.slice(1);
    } else {
      const nonCanonical: Unit[] = [];
      while (this.k() !== T.BRACE_CLOSE) {
        if (this.accept(T.STAR)) {
          if (m.canonicalUnit) this.unexpected();
          m.canonicalUnit = this.unit(path);
        } else nonCanonical.push(this.unit(path));
      }
      if (!m.canonicalUnit) this.unexpected([T.STAR]);
      m.nonCanonicalUnits = nonCanonical;
    }
    this.expect(T.BRACE_CLOSE);
    return this.withSi(m, this.si(start, this.last));
  }

  private unitName(): string {
    const full = this.qualifiedName();
    const i = full.lastIndexOf('::');
    return i < 0 ? full : full.slice(i + 2);
  }

  /** `Name: x -> expression;`. */
  private unit(measurePath: string): Unit {
    const start = this.pos;
    const name = this.unitName();
    this.expect(T.COLON);
    const param = this.identifier();
    this.expect(T.ARROW);
    const body = this.codeBlock();
    const conversionFunction: LambdaFunction = { _type: 'lambda', body, parameters: [{ _type: 'var', name: param }] };
    return this.withSi({ name, measure: measurePath, conversionFunction }, this.si(start, this.last));
  }

  // ----------------------------------------------------------------------------------------------- function

  protected functionDefinition(start: number, doc: number | undefined): PureFunction {
    this.expectWord('function');
    const { stereotypes, taggedValues } = this.annotations();
    const path = this.qualifiedName();
    const { package: pkg, name } = splitPath(path);
    if (this.k() === T.LESS_THAN) {
      const from = this.pos;
      const to = this.skipAngles(this.pos) - 1;
      this.errorAt('Type and/or multiplicity parameters are not authorized in Legend Engine', from, to);
    }
    this.expect(T.PAREN_OPEN);
    const parameters = this.commaSeparated(T.PAREN_CLOSE, () => this.functionVariable());
    this.expect(T.PAREN_CLOSE);
    this.expect(T.COLON);
    const returnGenericType = this.genericType();
    const returnMultiplicity = this.multiplicity();
    // pre/post constraints are accepted and, as in the engine, not kept
    if (this.k() === T.BRACKET_OPEN) this.constraints();
    this.expect(T.BRACE_OPEN);
    const body = this.codeBlock();
    this.expect(T.BRACE_CLOSE);
    const f: PureFunction = {
      _type: 'function',
      package: pkg,
      name,
      preConstraints: [],
      postConstraints: [],
      parameters,
      returnGenericType,
      returnMultiplicity,
      stereotypes,
      taggedValues: this.withDocumentation(doc, taggedValues),
      body,
      tests: [],
    };
    if (this.k() === T.BRACE_OPEN) f.tests = this.functionTestSuites(name, parameters);
    f.name = name + functionSignature(f);
    return this.withSi(f, this.si(start, this.last));
  }

  /** `{ test | f(args) => expected; suite ( data; test... ) }`. */
  protected functionTestSuites(functionName: string, parameters: Variable[]): FunctionTestSuite[] {
    const open = this.expect(T.BRACE_OPEN);
    const defaultTests: FunctionTest[] = [];
    const defaultData: FunctionTestData[] = [];
    const suites: FunctionTestSuite[] = [];
    while (this.k() !== T.BRACE_CLOSE) {
      if (this.atEnd()) this.unexpected([T.BRACE_CLOSE]);
      if (this.isIdentifier() && this.k(1) === T.PAREN_OPEN) {
        // a named suite: id ( data* test+ )
        const sStart = this.pos;
        const id = this.identifier();
        this.expect(T.PAREN_OPEN);
        const testData: FunctionTestData[] = [];
        const tests: FunctionTest[] = [];
        while (this.k() !== T.PAREN_CLOSE) {
          if (this.atEnd()) this.unexpected([T.PAREN_CLOSE]);
          if (this.isFunctionTestAhead()) tests.push(this.functionTest(functionName, parameters));
          else testData.push(this.functionTestData());
        }
        this.expect(T.PAREN_CLOSE);
        const suite: FunctionTestSuite = { _type: 'functionTestSuite', id, tests };
        if (testData.length > 0) suite.testData = testData;
        suites.push(this.withSi(suite, this.si(sStart, this.last)));
      } else if (this.isFunctionTestAhead()) {
        defaultTests.push(this.functionTest(functionName, parameters));
      } else {
        defaultData.push(this.functionTestData());
      }
    }
    this.expect(T.BRACE_CLOSE);
    if (defaultTests.length > 0 || defaultData.length > 0) {
      const suite: FunctionTestSuite = { _type: 'functionTestSuite', id: 'default', tests: defaultTests };
      if (defaultData.length > 0) suite.testData = defaultData;
      suites.unshift(this.withSi(suite, this.si(open, this.last)));
    }
    return suites;
  }

  /** `id 'doc'? | name(` starts a test; anything else is test data. */
  private isFunctionTestAhead(): boolean {
    if (!this.isIdentifier()) return false;
    return this.k(1) === T.PIPE || (this.k(1) === T.STRING && this.k(2) === T.PIPE);
  }

  private functionTest(functionName: string, parameters: Variable[]): FunctionTest {
    const start = this.pos;
    const id = this.identifier();
    const test: FunctionTest = { _type: 'functionTest', id, assertions: [] };
    if (this.k() === T.STRING) test.doc = fromGrammarString(this.text(this.next()), true);
    this.expect(T.PIPE);
    const nameTok = this.pos;
    const calledName = this.identifier();
    if (calledName !== functionName) {
      this.errorAt(`Function name in test '${calledName}' does not match function name '${functionName}'`, nameTok);
    }
    this.expect(T.PAREN_OPEN);
    const values: ParameterValue[] = [];
    if (this.k() !== T.PAREN_CLOSE) {
      do {
        const vStart = this.pos;
        const value = this.primitiveValue();
        const pv: ParameterValue = { value };
        const param = parameters[values.length];
        if (param) pv.name = param.name;
        values.push(this.withSi(pv, this.si(vStart, this.last)));
      } while (this.accept(T.COMMA));
    }
    this.expect(T.PAREN_CLOSE);
    if (values.length > 0) test.parameters = values;
    this.expect(T.EQUAL);
    this.expect(T.GREATER_THAN);
    test.assertions = [this.functionTestAssertion()];
    this.expect(T.SEMI_COLON);
    return this.withSi(test, this.si(start, this.last));
  }

  private functionTestAssertion(): TestAssertion {
    const start = this.pos;
    if (this.k() === T.PAREN_OPEN && this.isIdentifier(1) && this.k(2) === T.PAREN_CLOSE && this.k(3) === T.STRING) {
      const expected = parseExternalFormatValue(this);
      const a: TestAssertion = { _type: 'equalToJson', id: 'default', expected };
      return this.withSi(a, this.si(start, this.last));
    }
    if (this.isIdentifier() && this.k(1) === T.ISLAND) {
      this.errorAt('Relation assertions in function tests are not supported by the embedded engine', start, start + 1);
    }
    const expected = this.primitiveValue();
    return this.withSi({ _type: 'equalTo', id: 'default', expected }, this.si(start, this.last));
  }

  /** `(Type)? element: data;` inside a function test suite. */
  private functionTestData(): FunctionTestData {
    const start = this.pos;
    let type: string | undefined;
    if (this.k() === T.PAREN_OPEN) {
      this.pos++;
      type = this.text(this.expect(T.IDENT)).toUpperCase();
      this.expect(T.PAREN_CLOSE);
    }
    const path = this.qualifiedName();
    const pointer = this.withSi({ path } as PackageableElementPointer, this.si(start, this.last));
    if (type !== undefined) pointer.type = type as PackageableElementPointer['type'];
    this.expect(T.COLON);
    let data;
    if (this.k() === T.PAREN_OPEN) data = parseExternalFormatValue(this);
    else if (this.isIdentifier() && this.k(1) === T.ISLAND) data = parseEmbeddedData(this);
    else {
      const rStart = this.pos;
      const ref = this.qualifiedName();
      const dsi = this.si(rStart, this.last);
      data = this.withSi(
        { _type: 'reference' as const, dataElement: this.withSi({ type: 'DATA' as const, path: ref }, dsi) },
        dsi,
      );
    }
    this.expect(T.SEMI_COLON);
    return this.withSi({ packageableElementPointer: pointer, data }, this.si(start, this.last));
  }
}
