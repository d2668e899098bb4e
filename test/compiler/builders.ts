/** Small builders for protocol JSON in tests (elements the grammar tests cannot produce yet). */
import type { PackageableElement, PureModelContextData, SourceInformation, ValueSpecification } from '../../src/pure/index.js';

export const gt = (fullPath: string, sourceInformation?: SourceInformation) => ({
  rawType: { _type: 'packageableType' as const, fullPath, ...(sourceInformation ? { sourceInformation } : {}) },
  typeArguments: [],
  multiplicityArguments: [],
  typeVariableValues: [],
});

export const mult = (lowerBound: number, upperBound?: number) => (upperBound === undefined ? { lowerBound } : { lowerBound, upperBound });

export const prop = (name: string, type: string, lower = 1, upper: number | undefined = 1) => ({
  name,
  genericType: gt(type),
  multiplicity: mult(lower, upper),
  stereotypes: [],
  taggedValues: [],
});

export function cls(path: string, properties: ReturnType<typeof prop>[] = [], extra: Record<string, unknown> = {}): PackageableElement {
  const i = path.lastIndexOf('::');
  return {
    _type: 'class',
    package: path.slice(0, i),
    name: path.slice(i + 2),
    superTypes: [],
    properties,
    qualifiedProperties: [],
    constraints: [],
    stereotypes: [],
    taggedValues: [],
    originalMilestonedProperties: [],
    ...extra,
  } as PackageableElement;
}

export function enumeration(path: string, values: string[]): PackageableElement {
  const i = path.lastIndexOf('::');
  return { _type: 'Enumeration', package: path.slice(0, i), name: path.slice(i + 2), values: values.map((value) => ({ value, stereotypes: [], taggedValues: [] })), stereotypes: [], taggedValues: [] } as PackageableElement;
}

export function element(type: string, path: string, body: Record<string, unknown>, sourceInformation?: SourceInformation): PackageableElement {
  const i = path.lastIndexOf('::');
  return { _type: type, package: path.slice(0, i), name: path.slice(i + 2), ...body, ...(sourceInformation ? { sourceInformation } : {}) } as unknown as PackageableElement;
}

export function mapping(path: string, body: Record<string, unknown>, sourceInformation?: SourceInformation): PackageableElement {
  return element('mapping', path, { includedMappings: [], classMappings: [], associationMappings: [], enumerationMappings: [], tests: [], ...body }, sourceInformation);
}

export const lambda = (body: ValueSpecification[], parameters: unknown[] = []) => ({ _type: 'lambda' as const, body, parameters }) as never;

export const src = (property: string, sourceInformation?: SourceInformation): ValueSpecification =>
  ({ _type: 'property', property, parameters: [{ _type: 'var', name: 'src' }], ...(sourceInformation ? { sourceInformation } : {}) }) as ValueSpecification;

export const str = (value: string, sourceInformation?: SourceInformation): ValueSpecification => ({ _type: 'string', value, ...(sourceInformation ? { sourceInformation } : {}) }) as ValueSpecification;

export const int = (value: number, sourceInformation?: SourceInformation): ValueSpecification => ({ _type: 'integer', value, ...(sourceInformation ? { sourceInformation } : {}) }) as ValueSpecification;

export const collection = (values: ValueSpecification[], sourceInformation?: SourceInformation): ValueSpecification =>
  ({ _type: 'collection', multiplicity: mult(values.length, values.length), values, ...(sourceInformation ? { sourceInformation } : {}) }) as ValueSpecification;

export function purePm(owner: string, property: string, body: ValueSpecification[], extra: Record<string, unknown> = {}) {
  return { _type: 'purePropertyMapping', property: { class: owner, property }, source: '', transform: lambda(body), explodeProperty: false, ...extra };
}

export function pureCm(cls: string, extra: Record<string, unknown> = {}) {
  return { _type: 'pureInstance', class: cls, root: false, propertyMappings: [], ...extra };
}

export function model(...elements: PackageableElement[]): PureModelContextData {
  return { _type: 'data', elements };
}
