/** `###Data` sections: `Data a::b { Type #{...}# }` elements with optional data resolvers. */
import type { PackageableElement } from '../protocol/context.js';
import type { DataElement, DataResolver } from '../protocol/data.js';
import { DomainParser, type SectionResult } from './domainParser.js';
import { splitPath } from './parserBase.js';
import { T } from './tokens.js';
import { parseDataResolver, parseEmbeddedData } from './embeddedData.js';

export class DataParser extends DomainParser {
  override parseSection(): SectionResult {
    const elements: PackageableElement[] = [];
    while (!this.atEnd()) elements.push(this.dataElement());
    return { elements, imports: [], defaultSection: true };
  }

  /** `'''doc''' Data <<p.s>> {p.t = 'v'} a::b { Type #{...}#  a::c: Type #{...}#;  a::d; }`. */
  private dataElement(): DataElement {
    const start = this.pos;
    let doc: number | undefined;
    if (this.k() === T.STRING) doc = this.next();
    this.expectWord('Data');
    const { stereotypes, taggedValues } = this.annotations();
    const path = this.qualifiedName();
    this.expect(T.BRACE_OPEN);
    const element = { _type: 'dataElement', ...splitPath(path), stereotypes, taggedValues: [] } as unknown as DataElement;
    if (this.isIdentifier() && this.k(1) === T.ISLAND) element.data = parseEmbeddedData(this);
    const resolvers: DataResolver[] = [];
    while (this.k() !== T.BRACE_CLOSE) {
      if (this.atEnd()) this.unexpected([T.BRACE_CLOSE]);
      resolvers.push(parseDataResolver(this));
      this.expect(T.SEMI_COLON);
    }
    this.expect(T.BRACE_CLOSE);
    element.taggedValues = this.withDocumentation(doc, taggedValues);
    if (resolvers.length > 0) element.dataResolvers = resolvers;
    return this.withSi(element, this.si(start, this.last));
  }
}
