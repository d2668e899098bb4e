/**
 * DSL islands inside expressions: graph fetch trees `#{my::Class{prop, other{x}}}#`, relation store accessors
 * `#>{db.schema.table}#` and navigation paths `#/my::Class/prop!name#`. The island content is lexed again with
 * positions relative to the whole text, as the engine's island walkers do.
 */
import type {
  ClassInstance,
  GraphFetchTree,
  PropertyGraphFetchTree,
  PropertyPathElement,
  SubTypeGraphFetchTree,
  ValueSpecification,
} from '../protocol/valueSpecification.js';
import type { SourceInformation } from '../protocol/sourceInformation.js';
import { tokenize } from './lexer.js';
import { ParserBase } from './parserBase.js';
import { T } from './tokens.js';
import { fromGrammarString } from './strings.js';

/** What an island-aware parser exposes to this module. */
interface Host extends ParserBase {
  si(from: number, to: number): SourceInformation | undefined;
}

/** Parses the ISLAND or NAV_PATH token at index `tok` (already consumed). */
export function parseIsland(host: Host, tok: number): ValueSpecification {
  const ts = host.ts;
  const start = ts.starts[tok]!;
  const end = ts.ends[tok]!;
  const src = host.src;
  if (ts.kinds[tok] === T.NAV_PATH) return parseNavigationPath(host, tok);
  const brace = src.indexOf('{', start);
  const tag = src.slice(start + 1, brace).trim();
  const contentStart = brace + 1;
  const contentEnd = end - 2;
  const dslSi = host.si(tok, tok);
  // the island content starts on the token's line, after the opening `#tag{`
  const firstCol = ts.cols[tok]! + (contentStart - start);
  const line = ts.lines[tok]!;
  if (tag === '') {
    if (contentEnd <= contentStart || src.slice(contentStart, contentEnd).trim() === '') {
      host.errorAt('Graph fetch tree must not be empty', tok);
    }
    const inner = new GraphFetchParser(src, tokenize(src, contentStart, contentEnd, line, firstCol), host.opts);
    return inner.definition();
  }
  if (tag === '>') {
    const path = src
      .slice(contentStart, contentEnd)
      .trim()
      .split('.');
    const ci: ClassInstance = { _type: 'classInstance', type: '>', value: { path } };
    if (dslSi) {
      ci.value.sourceInformation = dslSi;
      ci.sourceInformation = dslSi;
    }
    return ci;
  }
  return host.errorAt(`Can't find an embedded Pure parser for the type '${tag}' available ones: [>]`, tok);
}

class GraphFetchParser extends ParserBase {
  definition(): ValueSpecification {
    const nameStart = this.pos;
    const cls = this.qualifiedName();
    const si = this.si(nameStart, this.last);
    const { subTrees, subTypeTrees } = this.graphDefinition(true);
    if (!this.atEnd()) this.unexpected();
    const root = { _type: 'rootGraphFetchTree' as const, class: cls, subTrees, subTypeTrees };
    const ci: ClassInstance = { _type: 'classInstance', type: 'rootGraphFetchTree', value: root };
    if (si) {
      (root as { sourceInformation?: SourceInformation }).sourceInformation = si;
      ci.sourceInformation = si;
    }
    return ci;
  }

  private graphDefinition(root: boolean): { subTrees: GraphFetchTree[]; subTypeTrees: SubTypeGraphFetchTree[] } {
    const open = this.expect(T.BRACE_OPEN);
    const subTrees: GraphFetchTree[] = [];
    const subTypeTrees: SubTypeGraphFetchTree[] = [];
    do {
      if (this.k() === T.ARROW) subTypeTrees.push(this.subTypePath());
      else subTrees.push(this.graphPath());
    } while (this.accept(T.COMMA));
    this.expect(T.BRACE_CLOSE);
    if (!root && subTypeTrees.length > 0) this.errorAt('->subType() is supported only at root level', open, this.last);
    return { subTrees, subTypeTrees };
  }

  /** `->subType(@my::Sub)`; returns the qualified name start/end and value. */
  private subTypeRef(): { path: string; raw: string; from: number; to: number } {
    this.expect(T.ARROW);
    if (!this.isWord('subType')) this.unexpected([], ['subType']);
    this.pos++;
    this.expect(T.PAREN_OPEN);
    this.expect(T.AT);
    const from = this.pos;
    const path = this.qualifiedName();
    const to = this.last;
    this.expect(T.PAREN_CLOSE);
    return { path, raw: this.rawText(from, to), from, to };
  }

  private subTypePath(): SubTypeGraphFetchTree {
    const ref = this.subTypeRef();
    const { subTrees } = this.graphDefinition(false);
    const node: SubTypeGraphFetchTree = { _type: 'subTypeGraphFetchTree', subTypeClass: ref.raw, subTrees, subTypeTrees: [] };
    const si = this.si(ref.from, ref.to);
    if (si) node.sourceInformation = si;
    return node;
  }

  private graphPath(): PropertyGraphFetchTree {
    let alias: string | undefined;
    if (this.k() === T.STRING && this.k(1) === T.COLON) {
      const raw = this.text(this.next());
      alias = raw.slice(1, raw.length - 1);
      this.pos++;
    }
    const nameTok = this.pos;
    const property = this.identifier();
    const parameters: ValueSpecification[] = [];
    if (this.accept(T.PAREN_OPEN)) {
      if (this.k() !== T.PAREN_CLOSE) {
        parameters.push(this.parameter());
        while (this.accept(T.COMMA)) parameters.push(this.parameter());
      }
      this.expect(T.PAREN_CLOSE);
    }
    let subType: string | undefined;
    if (this.k() === T.ARROW) subType = this.subTypeRef().raw;
    const subTrees = this.k() === T.BRACE_OPEN ? this.graphDefinition(false).subTrees : [];
    const node: PropertyGraphFetchTree = { _type: 'propertyGraphFetchTree', property, parameters, subTrees, subTypeTrees: [] };
    if (alias !== undefined) node.alias = alias;
    if (subType !== undefined) node.subType = subType;
    const si = this.si(nameTok, nameTok);
    if (si) node.sourceInformation = si;
    return node;
  }

  private parameter(): ValueSpecification {
    if (this.k() === T.BRACKET_OPEN) {
      this.pos++;
      const values = this.commaSeparated(T.BRACKET_CLOSE, () => this.scalar());
      this.expect(T.BRACKET_CLOSE);
      return { _type: 'collection', multiplicity: { lowerBound: values.length, upperBound: values.length }, values };
    }
    return this.scalar();
  }

  private scalar(): ValueSpecification {
    const tok = this.pos;
    const k = this.k();
    const withSi = <X extends object>(x: X, from = tok, to = this.last): X => this.withSi(x, this.si(from, to));
    switch (k) {
      case T.DOLLAR: {
        this.pos++;
        const nameTok = this.pos;
        const name = this.identifier();
        return withSi({ _type: 'var', name }, nameTok, nameTok);
      }
      case T.LATEST_DATE:
        this.pos++;
        return withSi({ _type: 'latestDate', multiplicity: { lowerBound: 1, upperBound: 1 } });
      case T.STRING:
        this.pos++;
        return withSi({ _type: 'string', value: fromGrammarString(this.text(tok), true) });
      case T.INTEGER:
        this.pos++;
        return withSi({ _type: 'integer', value: Number.parseInt(this.text(tok), 10) });
      case T.FLOAT:
        this.pos++;
        return withSi({ _type: 'float', value: Number.parseFloat(this.text(tok)) });
      case T.DATE:
        this.pos++;
        return withSi({ _type: 'dateTime', value: this.text(tok) });
      case T.BOOLEAN:
        this.pos++;
        return withSi({ _type: 'boolean', value: this.text(tok) === 'true' });
      case T.IDENT: {
        const fullPath = this.qualifiedName();
        this.expect(T.DOT);
        const value = this.identifier();
        return withSi({ _type: 'enumValue', fullPath, value });
      }
      default:
        this.unexpected();
    }
  }
}

/** `#/my::Class/prop1/prop2('x')!name#`. */
function parseNavigationPath(host: Host, tok: number): ValueSpecification {
  const ts = host.ts;
  const src = host.src;
  const start = ts.starts[tok]! + 1;
  const end = ts.ends[tok]! - 1;
  const inner = new ParserBase(src, tokenize(src, start, end, ts.lines[tok]!, ts.cols[tok]! + 1), host.opts);
  inner.expect(T.DIVIDE);
  const typeStart = inner.pos;
  inner.qualifiedName();
  const startType = inner.rawText(typeStart, inner.last);
  const path: PropertyPathElement[] = [];
  while (inner.k() === T.DIVIDE) {
    const from = inner.next();
    const property = inner.text(inner.expect(T.IDENT));
    const parameters: ValueSpecification[] = [];
    if (inner.accept(T.PAREN_OPEN)) {
      while (inner.k() !== T.PAREN_CLOSE && !inner.atEnd()) {
        const t = inner.next();
        const kind = inner.kindAt(t);
        const text = inner.text(t);
        if (kind === T.STRING) parameters.push({ _type: 'string', value: fromGrammarString(text, true) });
        else if (kind === T.INTEGER) parameters.push({ _type: 'integer', value: Number.parseInt(text, 10) });
        else if (kind === T.FLOAT) parameters.push({ _type: 'float', value: Number.parseFloat(text) });
        else if (kind === T.BOOLEAN) parameters.push({ _type: 'boolean', value: text === 'true' });
        else if (kind === T.LATEST_DATE) parameters.push({ _type: 'latestDate', multiplicity: { lowerBound: 1, upperBound: 1 } });
        else if (kind !== T.COMMA) inner.errorAt(`Unsupported scalar expression for property path: ${text}`, t);
      }
      inner.expect(T.PAREN_CLOSE);
    }
    const el: PropertyPathElement = { _type: 'propertyPath', property, parameters };
    const si = inner.si(from, inner.last);
    if (si) el.sourceInformation = si;
    path.push(el);
  }
  let name: string | undefined;
  if (inner.accept(T.NOT)) name = inner.text(inner.expect(T.IDENT));
  if (!inner.atEnd()) inner.unexpected();
  const value: { name?: string; startType: string; path: PropertyPathElement[]; sourceInformation?: SourceInformation } = { startType, path };
  if (name !== undefined) value.name = name;
  const si = inner.si(0, inner.last);
  if (si) value.sourceInformation = si;
  const ci = { _type: 'classInstance', type: 'path', value } as ClassInstance;
  if (si) ci.sourceInformation = si;
  return ci;
}
