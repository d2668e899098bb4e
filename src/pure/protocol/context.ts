/** PureModelContextData (`_type: "data"`) and the section index, as `grammarToJson` returns them. */
import type { SourceInformation } from './sourceInformation.js';
import type { Association, Class, Enumeration, Measure, PackageableElementBase, Profile, PureFunction } from './domain.js';
import type { DataElement } from './data.js';
import type { Mapping } from './mapping.js';
import type { PackageableConnection, PackageableRuntime } from './runtime.js';
import type { ExecutionEnvironmentInstance, Service } from './service.js';
import type { Database } from './relational.js';

/** A `###Name` section: its parser name, the paths of the elements it declares in order, and its imports. */
export interface ImportAwareCodeSection {
  _type: 'importAware';
  parserName: string;
  elements: string[];
  imports: string[];
  sourceInformation?: SourceInformation;
}

export interface DefaultCodeSection {
  _type: 'default';
  parserName: string;
  elements: string[];
  sourceInformation?: SourceInformation;
}

export type Section = ImportAwareCodeSection | DefaultCodeSection;

/** The engine's `__internal__::SectionIndex` element: keeps section order and imports for the composer. */
export interface SectionIndex extends PackageableElementBase {
  _type: 'sectionIndex';
  sections: Section[];
}

export type PackageableElement =
  | Class
  | Enumeration
  | Association
  | Profile
  | PureFunction
  | Measure
  | Mapping
  | PackageableConnection
  | PackageableRuntime
  | Service
  | ExecutionEnvironmentInstance
  | Database
  | DataElement
  | SectionIndex;

export type PackageableElementKind = PackageableElement['_type'];

export interface PureModelContextData {
  _type: 'data';
  elements: PackageableElement[];
  serializer?: { name: string; version: string };
  origin?: unknown;
}

/** `package::name`, or just `name` for an element without a package. */
export function elementPath(element: { package: string; name: string }): string {
  return element.package ? `${element.package}::${element.name}` : element.name;
}
