/**
 * PureModelContextData → grammar text, as the engine's `jsonToGrammar`: sections in section-index order
 * (`###Name` headers except for a leading Pure section), imports, elements separated by blank lines; elements
 * outside the section index are rendered after, grouped by kind.
 */
import type { PackageableElement, PureModelContextData, SectionIndex } from '../protocol/context.js';
import { elementPath } from '../protocol/context.js';
import { ELEMENT_COMPOSERS, SECTION_OF_KIND } from './elementComposers.js';
import { path } from './format.js';

export interface ComposeOptions {
  /** Order elements inside each section by this key (the engine's optional comparator), e.g. the path. */
  sortBy?: (element: PackageableElement) => string;
}

export function composePureGrammar(model: PureModelContextData, options: ComposeOptions = {}): string {
  const elements = model.elements;
  const remaining = new Set<PackageableElement>(elements);
  const composed: string[] = [];
  // several elements may share a path (an invalid model, but composable): each section takes the one of its kind
  const byPath = new Map<string, PackageableElement[]>();
  for (const e of elements) {
    const list = byPath.get(elementPath(e));
    if (list) list.push(e);
    else byPath.set(elementPath(e), [e]);
  }

  for (const e of elements) {
    if (e._type !== 'sectionIndex') continue;
    remaining.delete(e);
    for (const section of (e as SectionIndex).sections) {
      let s = composed.length > 0 || section.parserName !== 'Pure' ? `###${section.parserName}\n` : '';
      const imports = section._type === 'importAware' ? [...new Set(section.imports)] : [];
      if (imports.length > 0) s += imports.map((i) => `import ${path(i)}::*;`).join('\n') + '\n';
      const sectionElements: PackageableElement[] = [];
      for (const p of new Set(section.elements)) {
        const candidates = (byPath.get(p) ?? []).filter((x) => remaining.has(x));
        const ofKind = candidates.filter((x) => (SECTION_OF_KIND[x._type] ?? 'Pure') === section.parserName);
        for (const el of ofKind.length > 0 ? ofKind : candidates.slice(0, 1)) {
          remaining.delete(el);
          sectionElements.push(el);
        }
      }
      if (options.sortBy) sortInPlace(sectionElements, options.sortBy);
      if (sectionElements.length > 0) s += sectionElements.map(composeElement).join('\n\n') + '\n';
      composed.push(s);
    }
  }

  // elements no section index accounts for, one section per kind
  const groups = new Map<string, PackageableElement[]>();
  for (const e of elements) {
    if (!remaining.has(e) || e._type === 'sectionIndex') continue;
    const section = SECTION_OF_KIND[e._type] ?? 'Pure';
    const list = groups.get(section) ?? [];
    list.push(e);
    groups.set(section, list);
  }
  for (const section of ['Pure', 'Relational', 'Mapping', 'Connection', 'Runtime', 'Service', 'Data']) {
    const list = groups.get(section);
    if (!list) continue;
    if (options.sortBy) sortInPlace(list, options.sortBy);
    const header = composed.length > 0 || section !== 'Pure' ? `###${section}\n` : '';
    composed.push(header + list.map(composeElement).join('\n\n') + '\n');
  }
  return composed.filter((s) => s !== '').join('\n\n');
}

function sortInPlace(list: PackageableElement[], key: (e: PackageableElement) => string): void {
  list.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
}

export function composeElement(e: PackageableElement): string {
  const composer = ELEMENT_COMPOSERS[e._type] as ((x: PackageableElement) => string) | undefined;
  return composer ? composer(e) : `/* Can't transform element '${elementPath(e)}' in this section */`;
}
