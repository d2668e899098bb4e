/** Embedded data (`ExternalFormat #{...}#`, `Reference #{...}#`, `ModelStore #{...}#`, ...) and test assertions → grammar text. */
import type { DataElement, DataResolver, EmbeddedData, ModelEmbeddedTestData, ModelInstanceTestData, TestAssertion } from '../protocol/data.js';
import type { ValueSpecification } from '../protocol/valueSpecification.js';
import { quoteString } from '../grammar/strings.js';
import { identifier, path, TAB } from './format.js';
import { composeValueSpecification, isPrimitiveValue } from './valueSpecification.js';
import { composeRelationalCsv } from './relational.js';
import { declarationPrefix } from './domain.js';

/** `Type\n#{\n<content>\n}#` at `indent`, the content one level deeper. */
export function composeEmbeddedData(data: EmbeddedData, indent: string): string {
  const inner = indent + TAB;
  let type: string;
  let content: string;
  switch (data._type) {
    case 'externalFormat':
      type = 'ExternalFormat';
      content = inner + 'contentType: ' + quoteString(data.contentType) + ';\n' + inner + 'data: ' + quoteString(data.data) + ';';
      break;
    case 'reference':
      type = 'Reference';
      content = inner + path(data.dataElement.path);
      break;
    case 'modelStore':
      type = 'ModelStore';
      content = data.modelData.map((d) => modelTestData(d, inner)).join(',\n');
      break;
    case 'relationalCSVData':
      type = 'Relational';
      content = composeRelationalCsv(data, inner);
      break;
    default:
      return indent + `/* embedded data of type '${data._type}' is not rendered by the embedded engine */`;
  }
  return indent + type + '\n' + indent + '#{\n' + content + '\n' + indent + '}#';
}

function modelTestData(d: ModelEmbeddedTestData | ModelInstanceTestData, indent: string): string {
  const head = indent + d.model + ':\n';
  const inner = indent + TAB;
  if (d._type === 'modelEmbeddedData') return head + composeEmbeddedData(d.data, inner);
  const vs = d.instances;
  if (vs._type === 'packageableElementPtr') {
    return head + composeEmbeddedData({ _type: 'reference', dataElement: { type: 'DATA', path: vs.fullPath } }, inner);
  }
  const c = new ModelStoreValues(indent);
  if (vs._type === 'collection' && vs.values.length === 1) {
    c.level++;
    const s = head + inner + '[\n' + inner + TAB + c.value(vs) + '\n';
    c.level--;
    return s + inner + ']';
  }
  return head + inner + c.value(vs);
}

/** Model store instance values, with the engine's collection layout (parentheses for `new`, brackets for lists). */
class ModelStoreValues {
  level = 1;
  private styles: ('()' | '[]')[] = ['[]'];
  constructor(private readonly indent: string) {}

  value(v: ValueSpecification): string {
    switch (v._type) {
      case 'string':
        // always quoted: a model store value is never a text block
        return quoteString(v.value);
      case 'enumValue':
        return path(v.fullPath) + '.' + identifier(v.value);
      case 'keyExpression': {
        this.styles.push('[]');
        const s = v.key.value + ' = ' + this.value(v.expression);
        this.styles.pop();
        return s;
      }
      case 'func': {
        const cls = v.parameters[0];
        const fullPath = cls && cls._type === 'packageableElementPtr' ? cls.fullPath : '';
        this.styles.push('()');
        const s = '^' + fullPath + this.value(v.parameters[2]!);
        this.styles.pop();
        return s;
      }
      case 'collection': {
        const values = v.values;
        const oneLine = values.length <= 1 || isPrimitiveValue(values[0]);
        return this.list(values, oneLine);
      }
      default:
        return composeValueSpecification(v);
    }
  }

  private list(values: ValueSpecification[], oneLine: boolean): string {
    const style = this.styles[this.styles.length - 1]!;
    if (values.length === 0) return style;
    if (values.length === 1 && style === '[]') return this.value(values[0]!);
    this.level++;
    this.styles.push('[]');
    const nl = '\n' + this.indent + TAB.repeat(this.level);
    let s = style[0]! + (oneLine ? '' : nl);
    s += values.map((x) => this.value(x)).join(oneLine ? ', ' : ',' + nl);
    this.styles.pop();
    this.level--;
    s += (oneLine ? '' : '\n' + this.indent + TAB.repeat(this.level)) + style[1]!;
    return s;
  }
}

/** `id:\n  Type\n  #{\n    expected: ...;\n  }#` at `indent`. */
export function composeTestAssertion(a: TestAssertion, indent: string): string {
  const one = indent + TAB;
  const two = one + TAB;
  let type: string;
  let content: string;
  switch (a._type) {
    case 'equalTo':
      type = 'EqualTo';
      content = two + 'expected:\n' + two + TAB + composeValueSpecification(a.expected, { indent: two + TAB, inSignature: false }) + ';';
      break;
    case 'equalToJson':
      type = 'EqualToJson';
      content = two + 'expected:\n' + composeEmbeddedData(a.expected, two + TAB) + ';';
      break;
    default:
      type = 'Relation';
      content = two + '/* relation assertions are not rendered by the embedded engine */';
  }
  return indent + identifier(a.id) + ':\n' + one + type + '\n' + one + '#{\n' + content + '\n' + one + '}#';
}

/** A `###Data` element. */
export function composeDataElement(e: DataElement): string {
  let s = declarationPrefix('Data', '', e.stereotypes ?? [], e.taggedValues ?? []) + path(e.package ? e.package + '::' + e.name : e.name) + '\n{\n';
  if (e.data) s += composeEmbeddedData(e.data, TAB) + '\n';
  if (e.dataResolvers && e.dataResolvers.length > 0) s += e.dataResolvers.map((r) => dataResolver(r, TAB)).join('\n') + '\n';
  return s + '}';
}

function dataResolver(r: DataResolver, indent: string): string {
  if (r._type === 'referenceDataResolver') return indent + path(r.elementPointer.path) + ';';
  return indent + path(r.elementPointer.path) + ':\n' + composeEmbeddedData(r.data, indent + TAB) + ';';
}
