/**
 * Validates HTTP requests (method, path, path/query parameters, JSON body) and responses
 * against GitHub's OpenAPI description. Schemas are converted and compiled lazily, once per
 * operation and process, so constructing a validator costs only the (cached) file parse.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import * as ajvFormatsModule from 'ajv-formats';
import {
  deref,
  loadSpec,
  matchPath,
  operationOf,
  type LoadedSpec,
  type OpenApiDocument,
  type Operation,
  type SpecVariant,
} from './openapi-spec.js';
import { convertSchema, type JsonSchema } from './schema-convert.js';

export interface RequestToValidate {
  method: string;
  /** Path without query string, e.g. `/repos/o/r/check-runs`. */
  path: string;
  /** Query parameters; a repeated key gives an array. */
  query: Record<string, string | string[]>;
  /** Parsed JSON body, or undefined when the request had none. */
  body: unknown;
  /** Set when the body could not be parsed as JSON. */
  bodyParseError?: string;
}

export interface OperationInfo {
  operationId: string;
  method: string;
  template: string;
  docsUrl: string | undefined;
}

export type RequestProblem =
  | { kind: 'unknown-route'; message: string }
  | { kind: 'invalid'; message: string; errors: string[] };

export interface RequestValidation {
  operation: OperationInfo | null;
  /** Path parameters, coerced to the types the description gives (e.g. integers). */
  pathParams: Record<string, unknown>;
  /** Query parameters after coercion, with the description's defaults NOT applied. */
  query: Record<string, unknown>;
  problem: RequestProblem | null;
}

export interface ResponseValidation {
  /** False when the description has no JSON schema for this status (nothing checked). */
  checked: boolean;
  errors: string[];
}

interface ParamDef {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: unknown;
}

interface CompiledOperation {
  info: OperationInfo;
  pathValidator: ValidateFunction;
  queryValidator: ValidateFunction;
  bodyRequired: boolean;
  bodyValidator: ValidateFunction | null;
  /** Non-JSON request bodies are not validated. */
  bodyIsJson: boolean;
  responses: Map<string, ValidateFunction | null>;
  op: Operation;
}

/** Formats GitHub uses that ajv-formats does not define: accepted as-is (they only annotate). */
const ANNOTATION_FORMATS = ['int32', 'int64', 'double', 'float', 'binary', 'byte', 'repo.nwo', 'timestamp', 'password'];

const addFormats = ((ajvFormatsModule as unknown as { default?: unknown }).default ?? ajvFormatsModule) as unknown as (
  ajv: Ajv,
) => Ajv;

function makeAjv(coerce: boolean): Ajv {
  const ajv = new Ajv({
    strict: false,
    allErrors: true,
    validateSchema: false,
    coerceTypes: coerce ? 'array' : false,
    useDefaults: false,
  });
  addFormats(ajv);
  for (const f of ANNOTATION_FORMATS) ajv.addFormat(f, true);
  return ajv;
}

interface SharedState {
  spec: LoadedSpec;
  ajv: Ajv;
  ajvCoerce: Ajv;
  ops: Map<string, CompiledOperation>;
  /** Component schemas already registered, per ajv instance. */
  registered: WeakMap<Ajv, Set<string>>;
  /** Time spent converting + compiling schemas, and how many validators were compiled. */
  compileMs: number;
  compiled: number;
}

export interface ValidatorStats {
  variant: SpecVariant;
  /** Milliseconds the first load (read + JSON.parse) of the description took in this process. */
  loadMs: number;
  specBytes: number;
  compiledValidators: number;
  compileMs: number;
}

/** Base URI under which converted component schemas are registered with ajv. */
const COMPONENT_BASE = 'https://openapi.github.sim/components/';

/** One compiled cache per spec variant, shared by every validator in the process. */
const shared = new Map<SpecVariant, SharedState>();

function sharedFor(variant?: SpecVariant): SharedState {
  const spec = loadSpec(variant);
  let s = shared.get(spec.variant);
  if (!s) {
    s = { spec, ajv: makeAjv(false), ajvCoerce: makeAjv(true), ops: new Map(), registered: new WeakMap(), compileMs: 0, compiled: 0 };
    shared.set(spec.variant, s);
  }
  return s;
}

export class OpenApiValidator {
  private readonly s: SharedState;

  constructor(variant?: SpecVariant) {
    this.s = sharedFor(variant);
  }

  get spec(): LoadedSpec {
    return this.s.spec;
  }

  get doc(): OpenApiDocument {
    return this.s.spec.doc;
  }

  /** Load and compile figures for this process (shared by all validators of the variant). */
  stats(): ValidatorStats {
    return {
      variant: this.s.spec.variant,
      loadMs: this.s.spec.firstLoadMs,
      specBytes: this.s.spec.bytes,
      compiledValidators: this.s.compiled,
      compileMs: this.s.compileMs,
    };
  }

  /** The operation for a method + path template, or undefined when the description has none. */
  operation(method: string, template: string): Operation | undefined {
    const item = this.doc.paths[template];
    return item ? operationOf(item, method) : undefined;
  }

  validateRequest(req: RequestToValidate): RequestValidation {
    const method = req.method.toLowerCase();
    const match = matchPath(this.doc, req.path, method);
    const op = match ? operationOf(match.pathItem, method) : undefined;
    if (!match || !op) {
      const message = match
        ? `${req.method.toUpperCase()} is not an operation of ${match.template} in GitHub's REST API description`
        : `no operation in GitHub's REST API description matches ${req.method.toUpperCase()} ${req.path}`;
      return { operation: null, pathParams: {}, query: {}, problem: { kind: 'unknown-route', message } };
    }
    const compiled = this.compile(method, match.template, op, match.pathItem.parameters);
    const errors: string[] = [];

    const pathParams: Record<string, unknown> = { ...match.params };
    if (!compiled.pathValidator(pathParams)) errors.push(...formatErrors(compiled.pathValidator.errors, 'path'));

    const query: Record<string, unknown> = { ...req.query };
    if (!compiled.queryValidator(query)) errors.push(...formatErrors(compiled.queryValidator.errors, 'query'));

    if (req.bodyParseError !== undefined) {
      errors.push(`body: Problems parsing JSON (${req.bodyParseError})`);
    } else if (req.body === undefined) {
      if (compiled.bodyRequired) errors.push('body: a request body is required by this operation');
    } else if (compiled.bodyValidator) {
      if (!compiled.bodyValidator(req.body)) errors.push(...formatErrors(compiled.bodyValidator.errors, 'body'));
    } else if (!compiled.bodyIsJson) {
      // Operation declares a non-JSON body: not validated.
    } else {
      errors.push('body: this operation takes no request body');
    }

    return {
      operation: compiled.info,
      pathParams,
      query,
      problem: errors.length > 0 ? { kind: 'invalid', message: errors.join('; '), errors } : null,
    };
  }

  /** Validate a JSON response body against the schema documented for `status`. */
  validateResponse(method: string, template: string, status: number, body: unknown): ResponseValidation {
    const op = this.operation(method, template);
    if (!op) return { checked: false, errors: [`${method.toUpperCase()} ${template} is not an operation`] };
    const compiled = this.compile(method.toLowerCase(), template, op, this.doc.paths[template]?.parameters);
    const key = String(status);
    let validator = compiled.responses.get(key);
    if (validator === undefined) {
      validator = this.compileResponse(op, status);
      compiled.responses.set(key, validator);
    }
    if (validator === null) return { checked: false, errors: [] };
    return validator(body) ? { checked: true, errors: [] } : { checked: true, errors: formatErrors(validator.errors, 'response') };
  }

  /** Statuses the description documents for an operation (e.g. ['200', '404']). */
  documentedStatuses(method: string, template: string): string[] {
    return Object.keys(this.operation(method, template)?.responses ?? {});
  }

  /** Convert an OpenAPI schema and compile it, registering each referenced component once. */
  private compileSchema(ajv: Ajv, schema: unknown): ValidateFunction {
    const t0 = performance.now();
    try {
      return this.compileSchemaUntimed(ajv, schema);
    } finally {
      this.s.compileMs += performance.now() - t0;
      this.s.compiled++;
    }
  }

  private compileSchemaUntimed(ajv: Ajv, schema: unknown): ValidateFunction {
    const converted = convertSchema(this.doc, schema, { refBase: COMPONENT_BASE });
    let done = this.s.registered.get(ajv);
    if (!done) {
      done = new Set();
      this.s.registered.set(ajv, done);
    }
    for (const [name, def] of Object.entries(converted.components)) {
      if (done.has(name)) continue;
      ajv.addSchema({ ...def, $id: COMPONENT_BASE + encodeURIComponent(name) });
      done.add(name);
    }
    return ajv.compile(converted.schema);
  }

  private compile(method: string, template: string, op: Operation, pathLevelParams: unknown[] | undefined): CompiledOperation {
    const key = `${method} ${template}`;
    const hit = this.s.ops.get(key);
    if (hit) return hit;
    const doc = this.doc;

    // Operation-level parameters override path-level ones with the same name + location.
    const params = new Map<string, ParamDef>();
    for (const p of [...(pathLevelParams ?? []), ...(op.parameters ?? [])]) {
      const def = deref<ParamDef>(doc, p);
      params.set(`${def.in}:${def.name}`, def);
    }
    const objectSchema = (where: 'path' | 'query'): JsonSchema => {
      const props: Record<string, unknown> = {};
      const required: string[] = [];
      for (const def of params.values()) {
        if (def.in !== where) continue;
        props[def.name] = def.schema ?? {};
        if (def.required || where === 'path') required.push(def.name);
      }
      // Unknown query parameters are reported: GitHub ignores them silently, which hides typos.
      return { type: 'object', properties: props, required, additionalProperties: false };
    };
    const pathValidator = this.compileSchema(this.s.ajvCoerce, objectSchema('path'));
    const queryValidator = this.compileSchema(this.s.ajvCoerce, objectSchema('query'));

    let bodyRequired = false;
    let bodyValidator: ValidateFunction | null = null;
    let bodyIsJson = true;
    if (op.requestBody !== undefined) {
      const rb = deref<{ required?: boolean; content?: Record<string, { schema?: unknown }> }>(doc, op.requestBody);
      bodyRequired = rb.required === true;
      const json = rb.content?.['application/json'];
      if (json?.schema !== undefined) bodyValidator = this.compileSchema(this.s.ajv, json.schema);
      else bodyIsJson = false;
    }

    const compiled: CompiledOperation = {
      info: { operationId: op.operationId, method: method.toUpperCase(), template, docsUrl: op.externalDocs?.url },
      pathValidator,
      queryValidator,
      bodyRequired,
      bodyValidator,
      bodyIsJson,
      responses: new Map(),
      op,
    };
    this.s.ops.set(key, compiled);
    return compiled;
  }

  private compileResponse(op: Operation, status: number): ValidateFunction | null {
    const doc = this.doc;
    const entry = op.responses[String(status)] ?? op.responses[`${String(status)[0]}XX`] ?? op.responses['default'];
    if (entry === undefined) return null;
    const resp = deref<{ content?: Record<string, { schema?: unknown }> }>(doc, entry);
    const schema = resp.content?.['application/json']?.schema;
    if (schema === undefined) return null;
    return this.compileSchema(this.s.ajv, schema);
  }
}

/** Readable one-line errors such as `body/output/annotations/0: must have required property 'message'`. */
export function formatErrors(errors: ErrorObject[] | null | undefined, where: string): string[] {
  if (!errors) return [];
  const out: string[] = [];
  for (const e of errors) {
    // anyOf/oneOf add a summary error after their branch errors; the branch errors say more.
    const at = `${where}${e.instancePath}`;
    let msg = e.message ?? 'is invalid';
    if (e.keyword === 'enum') msg += `: ${JSON.stringify((e.params as { allowedValues: unknown[] }).allowedValues)}`;
    if (e.keyword === 'additionalProperties') msg += `: '${(e.params as { additionalProperty: string }).additionalProperty}'`;
    const line = `${at}: ${msg}`;
    if (!out.includes(line)) out.push(line);
  }
  return out;
}
