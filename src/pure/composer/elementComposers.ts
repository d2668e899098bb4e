/** Element kind → composer, and the `###` section each kind belongs to. */
import type { PackageableElement, PackageableElementKind } from '../protocol/context.js';
import { composeMapping } from './mapping.js';
import { composeDatabase } from './relational.js';
import { composeConnection, composeRuntime } from './runtime.js';
import { composeExecutionEnvironment, composeService } from './service.js';
import { composeDataElement } from './data.js';
import { composeAssociation, composeClass, composeEnumeration, composeFunction, composeMeasure, composeProfile } from './domain.js';

type ComposerOf<K extends PackageableElementKind> = (e: Extract<PackageableElement, { _type: K }>) => string;

export const ELEMENT_COMPOSERS: { [K in PackageableElementKind]?: ComposerOf<K> } = {
  class: composeClass,
  association: composeAssociation,
  Enumeration: composeEnumeration,
  profile: composeProfile,
  function: composeFunction,
  measure: composeMeasure,
  mapping: composeMapping,
  relational: composeDatabase,
  connection: composeConnection,
  runtime: composeRuntime,
  service: composeService,
  executionEnvironmentInstance: composeExecutionEnvironment,
  dataElement: composeDataElement,
};

export const SECTION_OF_KIND: Partial<Record<PackageableElementKind, string>> = {
  class: 'Pure',
  association: 'Pure',
  Enumeration: 'Pure',
  profile: 'Pure',
  function: 'Pure',
  measure: 'Pure',
  mapping: 'Mapping',
  connection: 'Connection',
  runtime: 'Runtime',
  service: 'Service',
  executionEnvironmentInstance: 'Service',
  relational: 'Relational',
  dataElement: 'Data',
};
