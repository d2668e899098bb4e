/**
 * `###Mapping` sections: includes, class mappings (Pure model-to-model, Operation, and the relational kinds
 * from relationalMappingParser), enumeration mappings, XStore association mappings and test suites.
 */
import type { PackageableElement } from '../protocol/context.js';
import type {
  AssociationMapping,
  ClassMapping,
  EnumerationMapping,
  EnumValueMapping,
  EnumValueMappingSourceValue,
  LocalMappingPropertyInfo,
  Mapping,
  MappingIncludeMapping,
  MappingOperation,
  MappingTest,
  MappingTestInputData,
  MappingTestLegacy,
  MappingTestSuite,
  PropertyMapping,
  PureInstanceClassMapping,
  PurePropertyMapping,
  RelationFunctionClassMapping,
  RelationFunctionEmbeddedPropertyMapping,
  RelationFunctionPropertyMapping,
  StoreTestData,
  XStoreAssociationMapping,
  XStorePropertyMapping,
} from '../protocol/mapping.js';
import type { TestAssertion } from '../protocol/data.js';
import type { LambdaFunction, ValueSpecification } from '../protocol/valueSpecification.js';
import type { SourceInformation } from '../protocol/sourceInformation.js';
import { DomainParser, type SectionResult } from './domainParser.js';
import { splitPath } from './parserBase.js';
import { T } from './tokens.js';
import { fromGrammarString } from './strings.js';
import { parseEmbeddedData, parseTestAssertion } from './embeddedData.js';
import { parseRelationalClassMapping, parseRelationalAssociationMapping } from './relationalMappingParser.js';

export const OPERATIONS: Record<string, MappingOperation> = {
  'meta::pure::router::operations::special_union_OperationSetImplementation_1__SetImplementation_MANY_': 'ROUTER_UNION',
  'meta::pure::router::operations::union_OperationSetImplementation_1__SetImplementation_MANY_': 'STORE_UNION',
  'meta::pure::router::operations::inheritance_OperationSetImplementation_1__SetImplementation_MANY_': 'INHERITANCE',
  'meta::pure::router::operations::merge_OperationSetImplementation_1__SetImplementation_MANY_': 'MERGE',
};

/** Mapping element kinds of Legend extensions this engine does not parse (other unknown kinds: `No parser for X`). */
const LEGEND_MAPPING_TYPES = new Set(['AggregationAware', 'ModelJoin', 'ServiceStore', 'FlatData', 'MongoDB', 'Binding', 'Elasticsearch', 'Deephaven']);

/** What the header of a mapping element says: `*my::Class[id] extends [super]: Parser`. */
export interface MappingElementHeader {
  start: number;
  root: boolean;
  path: string;
  pathStart: number;
  pathEnd: number;
  /** `[id]`; for EnumerationMapping the id follows the parser name instead. */
  id: string | undefined;
  extendsId: string | undefined;
  parserName: string;
  /** The identifier after the parser name (`EnumerationMapping myId`). */
  elementName: string | undefined;
  /** Index of the body's opening brace. */
  braceOpen: number;
}

export class MappingParser extends DomainParser {
  override parseSection(): SectionResult {
    const imports = this.imports();
    const elements: PackageableElement[] = [];
    while (!this.atEnd()) elements.push(this.mapping());
    return { elements, imports };
  }

  /** `word`: an identifier, a boolean or an integer, as written. */
  protected word(): string {
    const k = this.k();
    if (k === T.IDENT || k === T.STRING || k === T.BOOLEAN || k === T.INTEGER) return this.text(this.next());
    this.unexpected([T.IDENT]);
  }

  protected mapping(): Mapping {
    const start = this.pos;
    this.expectWord('Mapping');
    const path = this.qualifiedName();
    const { package: pkg, name } = splitPath(path);
    this.expect(T.PAREN_OPEN);
    const mapping: Mapping = {
      _type: 'mapping',
      package: pkg,
      name,
      includedMappings: [],
      classMappings: [],
      associationMappings: [],
      enumerationMappings: [],
      tests: [],
    };
    while (this.isWord('include')) mapping.includedMappings.push(this.include());
    while (this.k() !== T.PAREN_CLOSE) {
      if (this.atEnd()) this.unexpected([T.PAREN_CLOSE]);
      if (this.isWord('MappingTests') && this.k(1) === T.BRACKET_OPEN) {
        this.pos++;
        mapping.tests = this.list(() => this.legacyMappingTest(path));
        continue;
      }
      if (this.isWord('testSuites') && this.k(1) === T.COLON) {
        mapping.testSuites = this.testSuites(path);
        break;
      }
      this.mappingElement(mapping);
    }
    this.expect(T.PAREN_CLOSE);
    return this.withSi(mapping, this.si(start, this.last));
  }

  protected include(): MappingIncludeMapping {
    const start = this.next();
    if (this.isWord('dataspace')) {
      this.errorAt('Mapping includes of type dataspace are not supported by the embedded engine; configure a Legend engine URL', start, start + 1);
    }
    if (!this.isWord('mapping')) this.unexpected([], ['mapping']);
    this.pos++;
    const inc: MappingIncludeMapping = { _type: 'mappingIncludeMapping', includedMapping: this.qualifiedName() };
    if (this.accept(T.BRACKET_OPEN)) {
      const subPaths: [string, string][] = [];
      if (this.k() !== T.BRACKET_CLOSE) {
        do {
          const source = this.qualifiedName();
          this.expect(T.ARROW);
          subPaths.push([source, this.qualifiedName()]);
        } while (this.accept(T.COMMA));
      }
      this.expect(T.BRACKET_CLOSE);
      if (subPaths.length === 1) {
        inc.sourceDatabasePath = subPaths[0]![0];
        inc.targetDatabasePath = subPaths[0]![1];
      }
    }
    return this.withSi(inc, this.si(start, this.last));
  }

  protected header(): MappingElementHeader {
    const start = this.pos;
    const root = this.accept(T.STAR);
    const pathStart = this.pos;
    const path = this.qualifiedName();
    const pathEnd = this.last;
    let id: string | undefined;
    let extendsId: string | undefined;
    if (this.accept(T.BRACKET_OPEN)) {
      id = this.word();
      this.expect(T.BRACKET_CLOSE);
    }
    if (this.acceptWord('extends')) {
      this.expect(T.BRACKET_OPEN);
      extendsId = this.word();
      this.expect(T.BRACKET_CLOSE);
    }
    this.expect(T.COLON);
    const parserName = this.text(this.pos);
    this.identifier();
    let elementName: string | undefined;
    if (this.k() !== T.BRACE_OPEN) elementName = this.word();
    const braceOpen = this.expect(T.BRACE_OPEN);
    return { start, root, path, pathStart, pathEnd, id, extendsId, parserName, elementName, braceOpen };
  }

  protected mappingElement(mapping: Mapping): void {
    const h = this.header();
    switch (h.parserName) {
      case 'Pure':
        mapping.classMappings.push(this.pureClassMapping(h));
        return;
      case 'EnumerationMapping':
        mapping.enumerationMappings.push(this.enumerationMapping(h));
        return;
      case 'Operation':
        mapping.classMappings.push(this.operationClassMapping(h));
        return;
      case 'XStore':
        mapping.associationMappings.push(this.xStoreAssociationMapping(h));
        return;
      case 'Relation':
        mapping.classMappings.push(this.relationFunctionClassMapping(h));
        return;
      case 'Relational': {
        const m = this.isAssociationMappingAhead(h) ? parseRelationalAssociationMapping(this, h) : parseRelationalClassMapping(this, h);
        if (m._type === 'relational' && 'association' in m) mapping.associationMappings.push(m as AssociationMapping);
        else mapping.classMappings.push(m as ClassMapping);
        return;
      }
      default: {
        const end = Math.max(h.braceOpen, this.skipGroup(h.braceOpen) - 1);
        if (!LEGEND_MAPPING_TYPES.has(h.parserName)) this.errorAt(`No parser for ${h.parserName}`, h.start, end);
        this.errorAt(
          `Class mappings of type '${h.parserName}' are not supported by the embedded engine; configure a Legend engine URL`,
          h.start,
          h.braceOpen,
        );
      }
    }
  }

  /**
   * The `}` closing a class mapping's property list. The engine parses the body on its own, so after a
   * property mapping it expects `,` or the end of the body: another property mapping without its comma is
   * reported with `[',']`.
   */
  protected expectListEnd(): void {
    if (this.isIdentifier() || this.k() === T.PLUS) this.unexpected([T.COMMA]);
    this.expect(T.BRACE_CLOSE);
  }

  /** A relational association mapping has an `AssociationMapping` body marker: property mappings with `[source, target]`. */
  protected isAssociationMappingAhead(h: MappingElementHeader): boolean {
    return this.isWord('AssociationMapping', 0) || h.elementName === 'AssociationMapping';
  }

  /** Source information of a whole mapping element (header to closing brace). */
  protected elementSi(h: MappingElementHeader): SourceInformation | undefined {
    return this.si(h.start, this.last);
  }

  protected classHeaderFields<X extends { class: string; root: boolean; id?: string; extendsClassMappingId?: string; classSourceInformation?: SourceInformation }>(
    h: MappingElementHeader,
    target: X,
  ): X {
    if (h.id !== undefined) target.id = h.id;
    if (h.extendsId !== undefined) target.extendsClassMappingId = h.extendsId;
    const csi = this.si(h.pathStart, h.pathEnd);
    if (csi) target.classSourceInformation = csi;
    return target;
  }

  // ----------------------------------------------------------------------------------------------- Pure

  /** An expression wrapped in a parameterless lambda, as the engine stores mapping expressions. */
  protected expressionLambda(): LambdaFunction {
    return { _type: 'lambda', body: [this.combinedExpression()], parameters: [] };
  }

  protected pureClassMapping(h: MappingElementHeader): PureInstanceClassMapping {
    const cm: PureInstanceClassMapping = this.classHeaderFields(h, {
      _type: 'pureInstance',
      class: h.path,
      root: h.root,
      propertyMappings: [],
    });
    let srcCount = 0;
    let filterCount = 0;
    for (;;) {
      if (this.k() === T.TILDE && this.isWord('src', 1)) {
        srcCount++;
        this.pos += 2;
        const s = this.pos;
        cm.srcClass = this.qualifiedName();
        const ssi = this.si(s, this.last);
        if (ssi) cm.sourceClassSourceInformation = ssi;
      } else if (this.k() === T.TILDE && this.isWord('filter', 1)) {
        filterCount++;
        this.pos += 2;
        cm.filter = this.expressionLambda();
      } else break;
    }
    if (this.k() !== T.BRACE_CLOSE) {
      do cm.propertyMappings.push(this.purePropertyMapping(h));
      while (this.accept(T.COMMA));
    }
    this.expectListEnd();
    // checked once the class mapping is read, at its whole position, as the engine does
    if (srcCount > 1) this.errorAt("Field '~src' should be specified only once", h.start, this.last);
    if (filterCount > 1) this.errorAt("Field '~filter' should be specified only once", h.start, this.last);
    return this.withSi(cm, this.elementSi(h));
  }

  protected localMappingProperty(): { name: string; nameStart: number; info: LocalMappingPropertyInfo } {
    this.expect(T.PLUS);
    const nameStart = this.pos;
    const name = this.qualifiedName();
    const nameSi = this.si(nameStart, this.last);
    this.expect(T.COLON);
    const typeStart = this.pos;
    this.genericType();
    const type = this.rawText(typeStart, this.last);
    const multiplicity = this.multiplicity();
    const info: LocalMappingPropertyInfo = this.withSi({ type, multiplicity }, nameSi);
    return { name, nameStart, info };
  }

  protected purePropertyMapping(h: MappingElementHeader): PurePropertyMapping {
    const start = this.pos;
    let local: LocalMappingPropertyInfo | undefined;
    let property: string;
    let propStart: number;
    let propEnd: number;
    let target: string | undefined;
    if (this.k() === T.PLUS) {
      const l = this.localMappingProperty();
      local = l.info;
      property = l.name;
      propStart = l.nameStart;
      propEnd = l.nameStart;
      while (this.kindAt(propEnd + 1) === T.PATH_SEPARATOR) propEnd += 2;
    } else {
      propStart = this.pos;
      property = this.qualifiedName();
      propEnd = this.last;
      if (this.accept(T.BRACKET_OPEN)) {
        target = this.qualifiedName();
        if (this.accept(T.COMMA)) this.qualifiedName();
        this.expect(T.BRACKET_CLOSE);
      }
    }
    const explode = this.accept(T.STAR);
    this.expect(T.COLON);
    let enumMappingId: string | undefined;
    if (this.isWord('EnumerationMapping')) {
      this.pos++;
      enumMappingId = this.identifier();
      this.expect(T.COLON);
    }
    const transform = this.expressionLambda();
    const pm: PurePropertyMapping = {
      _type: 'purePropertyMapping',
      property: this.withSi(local ? { property } : { class: h.path, property }, this.si(propStart, propEnd)),
      source: h.id ?? '',
      transform,
      explodeProperty: explode,
    };
    if (target !== undefined) pm.target = target;
    if (local) pm.localMappingProperty = local;
    if (enumMappingId !== undefined) pm.enumMappingId = enumMappingId;
    return this.withSi(pm, this.si(start, this.last));
  }

  // ----------------------------------------------------------------------------------------------- Relation

  /** `Relation { ~func a::f():Relation<Any>[1]  ~primaryKey: [A, B]  prop: COL, ... }` (or `~src <expression>`). */
  protected relationFunctionClassMapping(h: MappingElementHeader): RelationFunctionClassMapping {
    const cm: RelationFunctionClassMapping = { _type: 'relation', class: h.path, root: h.root, primaryKey: [], propertyMappings: [] };
    if (h.id !== undefined) cm.id = h.id;
    if (h.extendsId !== undefined) cm.extendsClassMappingId = h.extendsId;
    if (this.k() === T.TILDE && this.isWord('func', 1)) {
      this.pos += 2;
      const s = this.pos;
      const end = this.functionIdentifierEnd();
      let text = '';
      for (let i = s; i <= end; i++) text += this.text(i);
      this.pos = end + 1;
      cm.relationFunction = this.withSi({ type: 'FUNCTION' as const, path: text }, this.si(s, end));
    } else if (this.k() === T.TILDE && this.isWord('src', 1)) {
      this.pos += 2;
      cm.sourceLambda = this.relationExpressionLambda();
    } else {
      this.unexpected([T.TILDE]);
    }
    if (this.k() === T.TILDE && this.isWord('primaryKey', 1)) {
      this.pos += 2;
      this.expect(T.COLON);
      if (this.accept(T.BRACKET_OPEN)) {
        do cm.primaryKey.push(this.identifier());
        while (this.accept(T.COMMA));
        this.expect(T.BRACKET_CLOSE);
      } else cm.primaryKey.push(this.identifier());
    }
    if (this.k() !== T.BRACE_CLOSE) {
      do cm.propertyMappings.push(this.relationPropertyMapping(h.path, h.id));
      while (this.accept(T.COMMA));
    }
    this.expectListEnd();
    return this.withSi(cm, this.elementSi(h));
  }

  /** Last token of `a::f(T[1], U[*]):Relation<Any>[1]` starting at the cursor. */
  private functionIdentifierEnd(): number {
    const group = (at: number): number => {
      const after = this.skipGroup(at);
      if (after < 0) this.errorAt('Unexpected end of the relation function descriptor', this.n - 1);
      return after;
    };
    let i = this.pos;
    if (!this.isIdentifier()) this.unexpected();
    i++;
    while (this.kindAt(i) === T.PATH_SEPARATOR) i += 2;
    if (this.kindAt(i) !== T.PAREN_OPEN) this.errorAt("Unexpected token '" + this.text(i) + "'", i);
    i = group(i);
    if (this.kindAt(i) !== T.COLON) this.errorAt("Unexpected token '" + this.text(i) + "'", i);
    i++;
    // the return type, up to and including its multiplicity
    while (i < this.n && this.kindAt(i) !== T.BRACKET_OPEN && this.kindAt(i) !== T.EOF) {
      const k = this.kindAt(i);
      if (k === T.PAREN_OPEN || k === T.BRACE_OPEN) i = group(i);
      else i++;
    }
    if (this.kindAt(i) !== T.BRACKET_OPEN) this.errorAt('Unexpected end of the relation function descriptor', Math.max(0, this.n - 1));
    return group(i) - 1;
  }

  /** An inline expression wrapped in a parameterless lambda positioned at the expression. */
  private relationExpressionLambda(): LambdaFunction {
    const s = this.pos;
    const body = this.combinedExpression();
    return this.withSi({ _type: 'lambda' as const, body: [body], parameters: [] }, this.si(s, this.last));
  }

  protected relationPropertyMapping(ownerClass: string | undefined, sourceId: string | undefined): PropertyMapping {
    const start = this.pos;
    let local: LocalMappingPropertyInfo | undefined;
    let property: string;
    let propStart: number;
    if (this.k() === T.PLUS) {
      const l = this.localMappingProperty();
      local = l.info;
      property = l.name;
      propStart = l.nameStart;
    } else {
      propStart = this.pos;
      property = this.qualifiedName();
    }
    let propEnd = propStart;
    while (this.kindAt(propEnd + 1) === T.PATH_SEPARATOR) propEnd += 2;
    const pointer = this.withSi({ class: ownerClass, property } as { class?: string; property: string }, this.si(propStart, propEnd));
    if (ownerClass === undefined) delete pointer.class;
    if (!local && this.k() === T.PAREN_OPEN) {
      const em = { _type: 'relationFunctionEmbeddedPropertyMapping', property: pointer, propertyMappings: [] } as RelationFunctionEmbeddedPropertyMapping;
      if (sourceId !== undefined) em.source = sourceId;
      this.pos++;
      if (this.k() === T.PAREN_CLOSE && this.isWord('Inline', 1)) {
        this.pos += 2;
        this.expect(T.BRACKET_OPEN);
        em.id = this.identifier();
        this.expect(T.BRACKET_CLOSE);
      } else {
        if (this.k() !== T.PAREN_CLOSE) {
          do em.propertyMappings.push(this.relationPropertyMapping(undefined, undefined));
          while (this.accept(T.COMMA));
        }
        this.expect(T.PAREN_CLOSE);
      }
      return this.withSi(em, this.si(start, this.last));
    }
    this.expect(T.COLON);
    const pm = { _type: 'relationFunctionPropertyMapping', property: pointer } as RelationFunctionPropertyMapping;
    if (this.isWord('Binding')) {
      this.pos++;
      const s = this.pos;
      const binding = this.qualifiedName();
      pm.bindingTransformer = this.withSi({ binding }, this.si(s, this.last));
      this.expect(T.COLON);
    } else if (this.isWord('EnumerationMapping')) {
      this.pos++;
      pm.enumMappingId = this.identifier();
      this.expect(T.COLON);
    }
    const after = this.kindAt(this.pos + 1);
    if (this.isIdentifier() && (after === T.COMMA || after === T.BRACE_CLOSE || after === T.PAREN_CLOSE || this.pos + 1 >= this.n)) {
      pm.column = this.identifier();
    } else {
      pm.valueFn = this.relationExpressionLambda();
    }
    if (local) pm.localMappingProperty = local;
    if (sourceId !== undefined) pm.source = sourceId;
    return this.withSi(pm, this.si(start, this.last));
  }

  // ----------------------------------------------------------------------------------------------- enumeration

  protected enumerationMapping(h: MappingElementHeader): EnumerationMapping {
    const em: EnumerationMapping = {
      enumeration: this.withSi({ type: 'ENUMERATION' as const, path: h.path }, this.si(h.pathStart, h.pathEnd)),
      enumValueMappings: [],
    };
    if (h.elementName !== undefined) em.id = h.elementName;
    if (this.k() !== T.BRACE_CLOSE) {
      do em.enumValueMappings.push(this.enumValueMapping());
      while (this.accept(T.COMMA));
    }
    this.expect(T.BRACE_CLOSE);
    return this.withSi(em, this.elementSi(h));
  }

  protected enumValueMapping(): EnumValueMapping {
    const enumValue = this.identifier();
    this.expect(T.COLON);
    const sourceValues: EnumValueMappingSourceValue[] = [];
    if (this.accept(T.BRACKET_OPEN)) {
      do sourceValues.push(this.enumSourceValue());
      while (this.accept(T.COMMA));
      this.expect(T.BRACKET_CLOSE);
    } else sourceValues.push(this.enumSourceValue());
    return { enumValue, sourceValues };
  }

  protected enumSourceValue(): EnumValueMappingSourceValue {
    const k = this.k();
    if (k === T.STRING) return { _type: 'stringSourceValue', value: fromGrammarString(this.text(this.next()), true) };
    if (k === T.INTEGER || ((k === T.MINUS || k === T.PLUS) && this.k(1) === T.INTEGER)) {
      const start = this.next();
      if (k !== T.INTEGER) this.next();
      const v = Number.parseInt(this.rawText(start, this.last), 10);
      if (!Number.isSafeInteger(v) || Math.abs(v) > 2147483647) this.errorAt(`For input string: "${this.rawText(start, this.last)}"`, start, this.last);
      return { _type: 'integerSourceValue', value: v };
    }
    if (this.isIdentifier()) {
      const enumeration = this.qualifiedName();
      this.expect(T.DOT);
      return { _type: 'enumSourceValue', enumeration, value: this.identifier() };
    }
    this.unexpected([T.STRING, T.INTEGER]);
  }

  // ----------------------------------------------------------------------------------------------- operation

  protected operationClassMapping(h: MappingElementHeader): ClassMapping {
    const fnStart = this.pos;
    this.qualifiedName();
    const fn = this.rawText(fnStart, this.last);
    const operation = OPERATIONS[fn];
    this.expect(T.PAREN_OPEN);
    if (this.k() === T.BRACKET_OPEN) {
      // merge: ([a, b], validation)
      this.pos++;
      const parameters: string[] = [];
      if (this.k() !== T.BRACKET_CLOSE) {
        do parameters.push(this.identifier());
        while (this.accept(T.COMMA));
      }
      this.expect(T.BRACKET_CLOSE);
      this.expect(T.COMMA);
      const validationFunction = this.expressionLambda();
      this.expect(T.PAREN_CLOSE);
      this.accept(T.SEMI_COLON);
      this.expect(T.BRACE_CLOSE);
      const cm = this.classHeaderFields(h, {
        _type: 'mergeOperation' as const,
        class: h.path,
        root: h.root,
        parameters,
        validationFunction,
      }) as ClassMapping & { operation?: MappingOperation };
      if (operation) cm.operation = operation;
      return this.withSi(cm, this.elementSi(h));
    }
    const parameters: string[] = [];
    if (this.k() !== T.PAREN_CLOSE) {
      do parameters.push(this.identifier());
      while (this.accept(T.COMMA));
    }
    this.expect(T.PAREN_CLOSE);
    this.accept(T.SEMI_COLON);
    this.expect(T.BRACE_CLOSE);
    const cm = this.classHeaderFields(h, { _type: 'operation' as const, class: h.path, root: h.root, parameters }) as ClassMapping & {
      operation?: MappingOperation;
    };
    if (operation) cm.operation = operation;
    return this.withSi(cm, this.elementSi(h));
  }

  // ----------------------------------------------------------------------------------------------- XStore

  protected xStoreAssociationMapping(h: MappingElementHeader): XStoreAssociationMapping {
    const am: XStoreAssociationMapping = {
      _type: 'xStore',
      association: this.withSi({ type: 'ASSOCIATION' as const, path: h.path }, this.si(h.pathStart, h.pathEnd)),
      stores: [],
      propertyMappings: [],
    };
    if (h.id !== undefined) am.id = h.id;
    if (this.k() !== T.BRACE_CLOSE) {
      do {
        const start = this.pos;
        const property = this.qualifiedName();
        const propSi = this.si(start, this.last);
        let source = '';
        let target = '';
        if (this.accept(T.BRACKET_OPEN)) {
          source = this.word();
          this.expect(T.COMMA);
          target = this.word();
          this.expect(T.BRACKET_CLOSE);
        }
        this.expect(T.COLON);
        const crossExpression: LambdaFunction = { _type: 'lambda', body: [this.combinedExpression()], parameters: [] };
        const pm: XStorePropertyMapping = {
          _type: 'xStorePropertyMapping',
          property: this.withSi({ class: h.path, property }, propSi),
          source,
          target,
          crossExpression,
        };
        am.propertyMappings.push(this.withSi(pm, this.si(start, this.last)) as PropertyMapping as XStorePropertyMapping);
      } while (this.accept(T.COMMA));
    }
    this.expect(T.BRACE_CLOSE);
    return this.withSi(am, this.elementSi(h));
  }

  // ----------------------------------------------------------------------------------------------- legacy tests

  /** `name ( query: |...; data: [ <Object, JSON, a::C, '...'> ]; assert: '...'; )`. */
  protected legacyMappingTest(mappingPath: string): MappingTestLegacy {
    const start = this.pos;
    if (!this.isIdentifier()) this.unexpected();
    const name = this.text(this.next());
    this.expect(T.PAREN_OPEN);
    const counts = new Map<string, number>();
    let query: LambdaFunction | undefined;
    let inputData: MappingTestInputData[] | undefined;
    let assert: MappingTestLegacy['assert'] | undefined;
    let assertError: SourceInformation | undefined;
    while (this.k() !== T.PAREN_CLOSE) {
      const keyTok = this.pos;
      const key = this.text(keyTok);
      if (!this.isIdentifier() || this.k(1) !== T.COLON || !['query', 'data', 'assert'].includes(key)) this.unexpected([T.PAREN_CLOSE], ['query', 'data', 'assert']);
      this.pos += 2;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      if (key === 'query') query = this.queryLambda(mappingPath);
      else if (key === 'data') inputData = this.list(() => this.legacyInputData());
      else if (this.k() === T.STRING && this.k(1) === T.SEMI_COLON) {
        const s = this.next();
        assert = this.withSi({ _type: 'expectedOutputMappingTestAssert' as const, expectedOutput: fromGrammarString(this.text(s), false) }, this.si(keyTok, s + 1));
      } else {
        this.combinedExpression();
        assertError ??= this.siAlways(keyTok, this.pos);
      }
      this.expect(T.SEMI_COLON);
    }
    this.expect(T.PAREN_CLOSE);
    const si = this.siAlways(start, this.last);
    for (const key of ['query', 'data', 'assert']) {
      const n = counts.get(key) ?? 0;
      if (n === 0) this.error(`Field '${key}' is required`, si);
      if (n > 1) this.error(`Field '${key}' should be specified only once`, si);
      if (key === 'assert' && assertError) this.error('Mapping test currently only support string assertion', assertError);
    }
    return this.withSi({ name, query: query!, inputData: inputData!, assert: assert! }, this.si(start, this.last));
  }

  /** `<Object, JSON, a::Class, '...' + '...'>` or `<Relational, SQL, a::Db, '...'>`. */
  protected legacyInputData(): MappingTestInputData {
    const start = this.expect(T.LESS_THAN);
    const type = this.text(this.pos);
    this.identifier();
    this.expect(T.COMMA);
    let formatTok: number | undefined;
    if (!(this.isIdentifier() && (this.k(1) === T.PATH_SEPARATOR || (this.k(1) === T.COMMA && this.k(2) === T.STRING)))) {
      formatTok = this.pos;
      this.identifier();
      this.expect(T.COMMA);
    }
    const srcStart = this.pos;
    const src = this.qualifiedName();
    const srcText = this.rawText(srcStart, this.last);
    this.expect(T.COMMA);
    const pieces = [this.expect(T.STRING)];
    while (this.accept(T.PLUS)) pieces.push(this.expect(T.STRING));
    this.expect(T.GREATER_THAN);
    const siAlways = this.siAlways(start, this.last);
    const si = this.si(start, this.last);
    const format = formatTok === undefined ? undefined : this.text(formatTok);
    if (type === 'Object') {
      if (format === undefined) this.error("Mapping test object 'input type' is missing. Possible values: JSON, XML", siAlways);
      if (format !== 'JSON' && format !== 'XML') this.errorAt(`Mapping test object input data does not support format '${format}'. Possible values: JSON, XML`, formatTok!);
      const data = pieces.map((t) => fromGrammarString(this.text(t), false)).join('');
      return this.withSi({ _type: 'object' as const, inputType: format, sourceClass: src, data }, si);
    }
    if (type === 'Relational') {
      if (format === undefined) this.error("Mapping test relational 'input type' is missing. Possible values: SQL, CSV", siAlways);
      if (format !== 'SQL' && format !== 'CSV') this.errorAt(`Mapping test relational input data does not support format '${format}'. Possible values: SQL, CSV`, formatTok!);
      const data = pieces.map((t) => fromGrammarString(this.text(t).replace(/\\;/g, '\\\\;'), true)).join('');
      return this.withSi({ _type: 'relational' as const, inputType: format, database: srcText, data }, si);
    }
    return this.error(`Unsupported mapping test input data type '${type}'`, siAlways);
  }

  // ----------------------------------------------------------------------------------------------- test suites

  protected testSuites(mappingPath: string): MappingTestSuite[] {
    this.pos += 2; // testSuites :
    this.expect(T.BRACKET_OPEN);
    const suites: MappingTestSuite[] = [];
    if (this.k() !== T.BRACKET_CLOSE) {
      do suites.push(this.testSuite(mappingPath));
      while (this.accept(T.COMMA));
    }
    this.expect(T.BRACKET_CLOSE);
    return suites;
  }

  /** `id: { doc: '...'; function: |...; tests: [ ... ]; }`. */
  protected testSuite(mappingPath: string): MappingTestSuite {
    const start = this.pos;
    const id = this.identifier();
    this.expect(T.COLON);
    this.expect(T.BRACE_OPEN);
    let doc: string | undefined;
    let func: LambdaFunction | undefined;
    let tests: MappingTest[] | undefined;
    // the engine checks the suite before its tests: a test's own problems wait
    const pending: (() => void)[] = [];
    while (this.k() !== T.BRACE_CLOSE) {
      if (this.isWord('doc') && this.k(1) === T.COLON) {
        this.pos += 2;
        doc = fromGrammarString(this.text(this.expect(T.STRING)), true);
        this.expect(T.SEMI_COLON);
      } else if (this.isWord('function') && this.k(1) === T.COLON) {
        this.pos += 2;
        func = this.queryLambda(mappingPath);
        this.expect(T.SEMI_COLON);
      } else if (this.isWord('tests') && this.k(1) === T.COLON) {
        this.pos += 2;
        this.expect(T.BRACKET_OPEN);
        tests = [];
        if (this.k() !== T.BRACKET_CLOSE) {
          do tests.push(this.mappingTest(pending));
          while (this.accept(T.COMMA));
        }
        this.expect(T.BRACKET_CLOSE);
        this.expect(T.SEMI_COLON);
      } else this.unexpected([T.BRACE_CLOSE], ['doc', 'function', 'tests']);
    }
    this.expect(T.BRACE_CLOSE);
    const si = this.siAlways(start, this.last);
    if (!func) this.error('Mapping Test Suite requires a query function', si);
    if (!tests) this.error("Field 'tests' is required", si);
    pending[0]?.();
    const suite: MappingTestSuite = { _type: 'mappingTestSuite', id, func, tests };
    if (doc !== undefined) suite.doc = doc;
    return this.withSi(suite, this.si(start, this.last));
  }

  /**
   * A query given as a lambda, or as an expression the engine wraps in a parameterless lambda. The engine
   * reports positions inside it with the mapping's path as sourceId.
   */
  protected queryLambda(sourceId: string): LambdaFunction {
    const saved = this.opts;
    (this as { opts: typeof saved }).opts = { ...saved, sourceId };
    try {
      const v: ValueSpecification = this.semicolonTerminatedExpression();
      return v._type === 'lambda' ? v : { _type: 'lambda', body: [v], parameters: [] };
    } finally {
      (this as { opts: typeof saved }).opts = saved;
    }
  }

  protected mappingTest(pending: (() => void)[]): MappingTest {
    const start = this.pos;
    const id = this.identifier();
    this.expect(T.COLON);
    this.expect(T.BRACE_OPEN);
    const test: MappingTest = { _type: 'mappingTest', id, assertions: [] };
    let data: StoreTestData[] | undefined;
    let asserts: TestAssertion[] | undefined;
    while (this.k() !== T.BRACE_CLOSE) {
      if (this.isWord('doc') && this.k(1) === T.COLON) {
        this.pos += 2;
        test.doc = fromGrammarString(this.text(this.expect(T.STRING)), true);
        this.expect(T.SEMI_COLON);
      } else if (this.isWord('data') && this.k(1) === T.COLON) {
        this.pos += 2;
        this.expect(T.BRACKET_OPEN);
        data = [];
        if (this.k() !== T.BRACKET_CLOSE) {
          do data.push(this.storeTestData());
          while (this.accept(T.COMMA));
        }
        this.expect(T.BRACKET_CLOSE);
        this.expect(T.SEMI_COLON);
      } else if (this.isWord('asserts') && this.k(1) === T.COLON) {
        this.pos += 2;
        this.expect(T.BRACKET_OPEN);
        asserts = [];
        if (this.k() !== T.BRACKET_CLOSE) {
          do {
            const aid = this.identifier();
            this.expect(T.COLON);
            const a = parseTestAssertion(this);
            a.id = aid;
            asserts.push(a);
          } while (this.accept(T.COMMA));
        }
        this.expect(T.BRACKET_CLOSE);
        this.expect(T.SEMI_COLON);
      } else this.unexpected([T.BRACE_CLOSE], ['doc', 'data', 'asserts']);
    }
    this.expect(T.BRACE_CLOSE);
    const si = this.siAlways(start, this.last);
    if (!asserts || asserts.length === 0) pending.push(() => this.error("Field 'asserts' is required", si));
    else if (!data) pending.push(() => this.error("Field 'data' is required", si));
    test.assertions = asserts ?? [];
    test.storeTestData = data ?? [];
    return this.withSi(test, this.si(start, this.last));
  }

  protected storeTestData(): StoreTestData {
    const start = this.pos;
    const path = this.qualifiedName();
    const storeSi = this.si(start, this.last);
    this.expect(T.COLON);
    const data = parseEmbeddedData(this);
    return this.withSi({ store: this.withSi({ type: 'STORE' as const, path }, storeSi), data }, this.si(start, this.last));
  }
}
