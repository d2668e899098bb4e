/**
 * The embedded compiler: compiles a PureModelContextData in Legend's pass order and returns every error
 * (at most one per element, as the engine's partial compilation does) and warning, in the engine's shapes.
 */
import type { EngineErrorJson, PackageableElement, PureModelContextData } from '../protocol/index.js';
import { Compilation, Scope } from './context.js';
import { toDefect, type CompileDiagnostic, type Defect } from './diagnostics.js';
import {
  findSupertypeCycle,
  firstPassAssociation,
  firstPassClass,
  firstPassEnumeration,
  firstPassFunction,
  registerClass,
  registerEnumeration,
  registerProfile,
  secondPassAssociation,
  secondPassClass,
  thirdPassAssociation,
  thirdPassClass,
  thirdPassFunction,
  validateAssociationProperties,
  validateClassProperties,
  validateEnumeration,
  validateProfile,
} from './domain.js';
import {
  MappingRegistry,
  findIncludeCycle,
  registerClassMappings,
  registerDatabase,
  registerMapping,
  secondPassDatabase,
  secondPassMapping,
  thirdPassMapping,
  validateEnumerationMappings,
} from './mapping.js';
import { ModelIndex, signaturePath, type ElementRecord } from './resolver.js';
import { compileExecutionEnvironment, compilePackageableConnection, compilePackageableRuntime, compileService, firstPassService, type RuntimeMappings } from './runtime.js';

export interface CompileOutcome {
  /** All findings, in the order the engine would meet them (phase, then element order). */
  diagnostics: CompileDiagnostic[];
  errors: CompileDiagnostic[];
  warnings: CompileDiagnostic[];
}

/** The compile endpoint's success body. */
export interface CompileResult {
  message: 'OK';
  defects: Defect[];
}

/** Element types the embedded compiler does not compile (they are parsed and kept, and reported once). */
const COMPILED_TYPES = new Set(['class', 'Enumeration', 'association', 'profile', 'function', 'measure', 'mapping', 'connection', 'runtime', 'service', 'executionEnvironmentInstance', 'relational', 'dataElement', 'sectionIndex']);

/** The model after the engine's first and second passes: every element's structure resolved, no expressions checked. */
export interface SemanticModel {
  comp: Compilation;
  reg: MappingRegistry;
  /** Elements that failed a pass (their later passes are skipped). */
  failed: Set<ElementRecord>;
  each(phase: number, fn: (rec: ElementRecord, scope: Scope) => void): void;
}

export function buildSemanticModel(pmcd: PureModelContextData): SemanticModel {
  const index = new ModelIndex(pmcd);
  const comp = new Compilation(index);
  const reg = new MappingRegistry();
  const failed = new Set<ElementRecord>();
  const records = index.records;

  const each = (phase: number, fn: (rec: ElementRecord, scope: Scope) => void): void => {
    comp.phase = phase;
    for (const rec of records) {
      if (failed.has(rec)) continue;
      const scope = new Scope(comp, rec);
      if (!comp.guard(rec, () => fn(rec, scope))) failed.add(rec);
    }
  };

  // phase 0: the engine's PureModelContextData validation
  comp.phase = 0;
  const seenPaths = new Set<string>();
  for (const rec of records) {
    const el = rec.element;
    const si = el.sourceInformation;
    if (!el.package) {
      comp.error('Element package is required', si, rec);
      failed.add(rec);
      continue;
    }
    if (!el.name) {
      comp.error('Element name is required', si, rec);
      failed.add(rec);
      continue;
    }
    let p = rec.path;
    try {
      if (el._type === 'function') p = signaturePath(el);
    } catch {
      // a malformed function signature: its plain path identifies it
    }
    if (seenPaths.has(p)) {
      comp.error(`Duplicated element '${p}'`, si, rec);
      failed.add(rec);
      continue;
    }
    seenPaths.add(p);
  }

  // registration: the semantic skeleton other elements resolve against
  for (const rec of records) {
    if (failed.has(rec)) continue;
    const el = rec.element;
    const ok = comp.guard(rec, () => {
      if (el._type === 'profile') registerProfile(comp, rec, el);
      else if (el._type === 'Enumeration') registerEnumeration(comp, rec, el);
      else if (el._type === 'class') registerClass(comp, rec, el);
      else if (el._type === 'mapping') registerMapping(reg, rec, el);
      else if (el._type === 'relational') registerDatabase(reg, rec, el);
    });
    if (!ok) failed.add(rec);
  }

  each(1, (rec, scope) => {
    const el = rec.element;
    if (el._type === 'Enumeration') firstPassEnumeration(scope, el);
    else if (el._type === 'class') firstPassClass(scope, el);
    else if (el._type === 'association') firstPassAssociation(scope, rec, el);
    else if (el._type === 'function') firstPassFunction(scope, rec, el);
    else if (el._type === 'service') firstPassService(scope, el);
    else if (!COMPILED_TYPES.has(el._type)) scope.notSupported(`The '${(el as PackageableElement)._type}' element`, el.sourceInformation);
  });

  // second pass: classes before associations (which add properties to classes)
  comp.phase = 2;
  for (const rec of records) {
    if (failed.has(rec) || rec.element._type !== 'class') continue;
    const el = rec.element;
    if (!comp.guard(rec, () => secondPassClass(new Scope(comp, rec), rec, el))) failed.add(rec);
  }
  each(2, (rec, scope) => {
    const el = rec.element;
    if (el._type === 'association') secondPassAssociation(scope, rec, el);
    else if (el._type === 'relational') secondPassDatabase(scope, reg, rec, el);
    else if (el._type === 'mapping') secondPassMapping(scope, reg, rec, el);
  });
  comp.ancestorsMemo = new Map();
  return { comp, reg, failed, each };
}

export function compilePureModel(pmcd: PureModelContextData): CompileOutcome {
  const { comp, reg, failed, each } = buildSemanticModel(pmcd);
  const runtimes: RuntimeMappings = new Map();
  const records = comp.index.records;

  each(3, (rec, scope) => {
    if (rec.element._type === 'mapping') registerClassMappings(scope, reg, rec, rec.element);
  });
  each(4, (rec, scope) => {
    const el = rec.element;
    if (el._type === 'class') thirdPassClass(scope, rec, el);
    else if (el._type === 'association') thirdPassAssociation(scope, rec, el);
    else if (el._type === 'function') thirdPassFunction(scope, rec, el);
    else if (el._type === 'mapping') thirdPassMapping(scope, reg, rec, el);
    else if (el._type === 'connection') compilePackageableConnection(scope, el);
    else if (el._type === 'runtime') compilePackageableRuntime(scope, rec, el, runtimes);
  });
  each(5, (rec, scope) => {
    const el = rec.element;
    if (el._type === 'service') compileService(scope, reg, rec, el, runtimes);
    else if (el._type === 'executionEnvironmentInstance') compileExecutionEnvironment(scope, reg, rec, el, runtimes);
  });

  // validators
  comp.phase = 6;
  for (const rec of records) {
    if (failed.has(rec)) continue;
    const el = rec.element;
    comp.guard(rec, () => {
      if (el._type === 'profile') validateProfile(comp, rec, el);
      else if (el._type === 'Enumeration') validateEnumeration(comp, rec, el);
      else if (el._type === 'association') validateAssociationProperties(comp, rec, el);
    });
  }
  let classCycle = false;
  const walked = new Set<string>();
  for (const rec of records) {
    const el = rec.element;
    if (el._type !== 'class' || failed.has(rec)) continue;
    comp.guard(rec, () => {
      const cycle = classCycle ? undefined : findSupertypeCycle(comp, rec.path, walked);
      if (cycle) {
        classCycle = true;
        comp.error(`Cycle detected in class supertype hierarchy: ${cycle.join(' -> ')}`, el.sourceInformation, rec);
      }
      validateClassProperties(comp, rec, el);
    });
  }
  const walkedMappings = new Set<string>();
  for (const rec of records) {
    const el = rec.element;
    if (el._type !== 'mapping' || failed.has(rec)) continue;
    const cycle = findIncludeCycle(reg, rec.path, walkedMappings);
    if (cycle) {
      comp.error(`Cycle detected in mapping include hierarchy: ${cycle.join(' -> ')}`, el.sourceInformation, rec);
      break;
    }
  }
  for (const rec of records) {
    const el = rec.element;
    if (el._type === 'mapping' && !failed.has(rec)) comp.guard(rec, () => validateEnumerationMappings(comp, rec, el));
  }

  const diagnostics = [...comp.diagnostics].sort((a, b) => a.phase - b.phase || a.order - b.order);
  return {
    diagnostics,
    errors: diagnostics.filter((d) => d.severity === 'error'),
    warnings: diagnostics.filter((d) => d.severity === 'warning'),
  };
}

/**
 * The compile endpoint's answer for an outcome: the first error as the engine's error JSON, otherwise
 * `{message:"OK", defects}` with every warning.
 */
export function compileResponse(outcome: CompileOutcome): CompileResult | EngineErrorJson {
  const first = outcome.errors[0];
  if (first) {
    const err: EngineErrorJson = { status: 'error', message: first.message, errorType: 'COMPILATION' };
    if (first.sourceInformation) err.sourceInformation = first.sourceInformation;
    return err;
  }
  return { message: 'OK', defects: outcome.warnings.map(toDefect) };
}
