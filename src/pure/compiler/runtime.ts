/**
 * Compilation of `###Connection`, `###Runtime` and `###Service` elements: store, class, mapping, connection
 * and runtime references, runtime/mapping coverage, and the service query, with the engine's messages.
 */
import type {
  Connection,
  ExecutionEnvironmentInstance,
  SingleExecutionParameters,
  EngineRuntime,
  PackageableConnection,
  PackageableRuntime,
  Runtime,
  Service,
  SingleConnectionEngineRuntime,
  SourceInformation,
} from '../protocol/index.js';
import { Compilation, Scope } from './context.js';
import { CompilationError } from './diagnostics.js';
import { Inferrer, Vars } from './infer.js';
import type { MappingRegistry } from './mapping.js';
import type { ElementRecord } from './resolver.js';

/** Mappings each packageable runtime declares (resolved), for service coverage checks. */
export type RuntimeMappings = Map<string, string[]>;

export function compileConnection(scope: Scope, c: Connection | undefined): void {
  if (!c) return;
  switch (c._type) {
    case 'connectionPointer':
      scope.resolveConnection(c.connection, c.sourceInformation);
      return;
    case 'JsonModelConnection':
    case 'XmlModelConnection':
      if (c.element !== undefined && c.element !== null && c.element !== 'ModelStore') {
        throw new CompilationError("Model connection must use 'ModelStore'", c.elementSourceInformation ?? c.sourceInformation);
      }
      scope.resolveClass(c.class, c.classSourceInformation ?? c.sourceInformation);
      return;
    case 'ModelChainConnection':
      if (c.element !== undefined && c.element !== null && c.element !== 'ModelStore') {
        throw new CompilationError("Model connection must use 'ModelStore'", c.elementSourceInformation ?? c.sourceInformation);
      }
      for (const m of c.mappings ?? []) scope.resolveMapping(m, c.mappingsSourceInformation ?? c.sourceInformation);
      return;
    default:
      // Relational connections: the engine accepts an unknown store here (it creates a stub database).
      return;
  }
}

export function compilePackageableConnection(scope: Scope, c: PackageableConnection): void {
  compileConnection(scope, c.connectionValue);
}

/** Compiles a runtime body; returns the resolved mapping paths. */
export function compileEngineRuntime(scope: Scope, r: EngineRuntime | SingleConnectionEngineRuntime, implicitMapping?: string): string[] {
  const pointers = r.mappings ?? [];
  if (pointers.length === 0 && !implicitMapping) scope.comp.warn('Runtime must cover at least one mapping', r.sourceInformation);
  const mappings = pointers.map((m) => scope.resolveMapping(m.path, m.sourceInformation ?? r.sourceInformation));
  if (implicitMapping && mappings.length === 0) mappings.push(implicitMapping);
  for (const cs of r.connectionStores ?? []) {
    if (cs.connectionPointer) scope.resolveConnection(cs.connectionPointer.connection, cs.connectionPointer.sourceInformation ?? cs.sourceInformation);
    for (const sp of cs.storePointers ?? []) if (sp.path !== 'ModelStore') scope.resolveStore(sp.path, sp.sourceInformation ?? cs.sourceInformation);
  }
  const ids = new Set<string>();
  const perStore = new Map<string, number>();
  for (const sc of r.connections ?? []) {
    const store = sc.store?.path ?? '';
    if (store !== 'ModelStore') scope.resolveElement(store, sc.store?.sourceInformation ?? sc.sourceInformation);
    for (const ic of sc.storeConnections ?? []) {
      if (ids.has(ic.id)) throw new CompilationError(`Runtime connection with ID '${ic.id}' has already been specified`, ic.sourceInformation);
      ids.add(ic.id);
      const conn = ic.connection;
      if (conn && conn._type !== 'connectionPointer' && conn.element && conn.element !== store) {
        throw new CompilationError(`Connection for store '${conn.element}' should not be indexed to store '${store}'`, ic.sourceInformation);
      }
      compileConnection(scope, conn);
      perStore.set(store, (perStore.get(store) ?? 0) + 1);
    }
  }
  for (const [store, count] of perStore) {
    if (store !== 'ModelStore' && count > 1) {
      const name = store.includes('::') ? store.slice(store.lastIndexOf('::') + 2) : store;
      throw new CompilationError(`Found ${count} connections against store [${name}] under a single runtime.`, r.sourceInformation);
    }
  }
  return mappings;
}

export function compilePackageableRuntime(scope: Scope, rec: ElementRecord, r: PackageableRuntime, runtimes: RuntimeMappings): void {
  if (!r.runtimeValue) return;
  runtimes.set(rec.path, compileEngineRuntime(scope, r.runtimeValue));
}

/** Runtime referenced or embedded in a service execution; returns the mappings it covers (undefined: unknown). */
function compileServiceRuntime(scope: Scope, r: Runtime | undefined, mapping: string, runtimes: RuntimeMappings): string[] | undefined {
  if (!r) return undefined;
  if (r._type === 'runtimePointer') {
    const path = scope.resolveRuntime(r.runtime, r.sourceInformation);
    return runtimes.get(path);
  }
  return compileEngineRuntime(scope, r, mapping);
}

function coversMapping(reg: MappingRegistry, runtimeMappings: readonly string[], mapping: string): boolean {
  const seen = new Set<string>();
  const includes = (m: string): boolean => {
    if (m === mapping) return true;
    if (seen.has(m)) return false;
    seen.add(m);
    return (reg.mappings.get(m)?.includes ?? []).some(includes);
  };
  return runtimeMappings.some(includes);
}

function checkCoverage(
  comp: Compilation,
  reg: MappingRegistry,
  context: string,
  runtime: Runtime | undefined,
  covered: string[] | undefined,
  mapping: string,
  written: string,
  si: SourceInformation | undefined,
): void {
  if (!covered || !runtime || coversMapping(reg, covered, mapping)) return;
  const name = runtime._type === 'runtimePointer' ? ` '${runtime.runtime}'` : '';
  comp.warn(`${context} Runtime${name} does not cover mapping '${written}'`, si);
}

/** The service's own checks (the engine's service first pass): ownership, documentation, title, annotations. */
export function firstPassService(scope: Scope, s: Service): void {
  if ((s.owners ?? []).length > 0 && s.ownership) throw new CompilationError('Cannot use both ownership model and explicit owners list.', s.sourceInformation);
  if (!s.documentation) scope.comp.warn(`Service '${s.name}' has empty documentation`, s.sourceInformation);
  if (!s.title) scope.comp.warn(`Service '${s.name}' has no title, it is recommended to provide a title for better readability`, s.sourceInformation);
  scope.checkAnnotations(s);
}

export function compileService(scope: Scope, reg: MappingRegistry, rec: ElementRecord, s: Service, runtimes: RuntimeMappings): void {
  const exec = s.execution;
  if (!exec) return;
  const inferQuery = (): void => {
    if (exec.func) new Inferrer(scope, ['Service query']).inferLambda(exec.func, new Vars(), []);
  };
  if (exec._type === 'pureSingleExecution') {
    if (exec.mapping && exec.runtime) {
      const mapping = scope.resolveMapping(exec.mapping, exec.mappingSourceInformation ?? exec.sourceInformation);
      const covered = compileServiceRuntime(scope, exec.runtime, mapping, runtimes);
      checkCoverage(scope.comp, reg, `Service '${rec.path}'`, exec.runtime, covered, mapping, exec.mapping, exec.runtime.sourceInformation ?? exec.sourceInformation);
    }
    inferQuery();
    return;
  }
  if (exec._type === 'pureMultiExecution') {
    inferQuery();
    const params = exec.executionParameters;
    if (params && params.length === 0) throw new CompilationError('Service multi execution must not be empty', exec.sourceInformation);
    const keys = new Set<string>();
    for (const p of params ?? []) {
      const mapping = scope.resolveMapping(p.mapping, p.mappingSourceInformation ?? p.sourceInformation);
      if (keys.has(p.key)) throw new CompilationError(`Execution parameter with key '${p.key}' already existed`, p.sourceInformation);
      keys.add(p.key);
      const covered = compileServiceRuntime(scope, p.runtime, mapping, runtimes);
      checkCoverage(scope.comp, reg, `Service '${rec.path}', key: '${p.key}'`, p.runtime, covered, mapping, p.mapping, p.runtime?.sourceInformation ?? p.sourceInformation);
    }
  }
}

/** `ExecutionEnvironment` (in `###Service`): every execution's mapping, runtime and runtime/mapping coverage. */
export function compileExecutionEnvironment(scope: Scope, reg: MappingRegistry, rec: ElementRecord, env: ExecutionEnvironmentInstance, runtimes: RuntimeMappings): void {
  const singles: SingleExecutionParameters[] = [];
  for (const p of env.executionParameters ?? []) {
    if (p._type === 'multiExecutionParameters') singles.push(...(p.singleExecutionParameters ?? []));
    else singles.push(p);
  }
  for (const p of singles) {
    const mapping = scope.resolveMapping(p.mapping, p.mappingSourceInformation ?? p.sourceInformation);
    if (p.runtime && p.runtimeComponents) throw new CompilationError('Cannot use both runtime and runtime components', p.sourceInformation);
    const runtime = p.runtime ?? p.runtimeComponents?.runtime;
    if (p.runtimeComponents?.clazz) scope.resolveClass(p.runtimeComponents.clazz.path, p.runtimeComponents.clazz.sourceInformation ?? p.sourceInformation);
    const covered = compileServiceRuntime(scope, runtime, mapping, runtimes);
    checkCoverage(scope.comp, reg, `Execution Environment '${rec.path}', key: '${p.key}'`, runtime, covered, mapping, p.mapping, runtime?.sourceInformation ?? p.sourceInformation);
  }
}
