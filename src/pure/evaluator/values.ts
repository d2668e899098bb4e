/**
 * Runtime values of the constraint evaluator. Every Pure expression evaluates to a collection (an array);
 * a value of multiplicity [1] is an array of one element.
 */
import type { ValueSpecification } from '../protocol/index.js';

export interface PDate {
  kind: 'date';
  /** The date as written (`2020-01-31`, `2020-01-31T10:00:00`). */
  text: string;
  /** Epoch milliseconds (UTC) for comparisons. */
  ms: number;
  /** StrictDate (day precision) or DateTime. */
  hasTime: boolean;
}

export interface PEnum {
  kind: 'enum';
  enumeration: string;
  value: string;
}

/** A class instance read from JSON. `path` locates it in the evaluated document. */
export interface PInstance {
  kind: 'instance';
  classPath: string;
  data: Record<string, unknown>;
  path: PathNode[];
  /** Converted property values, by property name. */
  values: Map<string, PV[]>;
}

export interface PLambda {
  kind: 'lambda';
  params: string[];
  body: readonly ValueSpecification[];
  env: Env;
}

/** A type used as a value (`Status` in `Status.ACTIVE`, `String` in `instanceOf`). */
export interface PTypeRef {
  kind: 'type';
  path: string;
  typeKind: 'class' | 'enumeration' | 'primitive' | 'other';
}

/** Numbers keep whether they are Integer or Float/Decimal, as Pure does. */
export interface PNumber {
  kind: 'number';
  value: number;
  integer: boolean;
}

export type PV = string | boolean | PNumber | PDate | PEnum | PInstance | PLambda | PTypeRef;

export interface PathNode {
  propertyName: string;
  index?: number;
}

/** Variable scope. */
export class Env {
  private readonly vars = new Map<string, PV[]>();
  constructor(private readonly parent?: Env) {}
  get(name: string): PV[] | undefined {
    return this.vars.get(name) ?? this.parent?.get(name);
  }
  set(name: string, v: PV[]): void {
    this.vars.set(name, v);
  }
  child(): Env {
    return new Env(this);
  }
}

/** An evaluation that cannot complete (a runtime error in the expression, e.g. `toOne()` on an empty collection). */
export class EvaluationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EvaluationError';
  }
}

/** A construct outside the embedded evaluator's subset. */
export class UnsupportedError extends Error {
  constructor(readonly what: string) {
    super(`${what} is not supported by the embedded engine; configure a Legend engine URL to evaluate it`);
    this.name = 'UnsupportedError';
  }
}

export const int = (value: number): PNumber => ({ kind: 'number', value, integer: true });
export const float = (value: number): PNumber => ({ kind: 'number', value, integer: false });

export function isNumber(v: PV): v is PNumber {
  return typeof v === 'object' && v.kind === 'number';
}

export function isDate(v: PV): v is PDate {
  return typeof v === 'object' && v.kind === 'date';
}

const STRICT_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** Parses a Pure date literal or an ISO date string; undefined when it is not one. */
export function parseDate(text: string): PDate | undefined {
  const s = text.startsWith('%') ? text.slice(1) : text;
  if (STRICT_DATE.test(s)) {
    const ms = Date.parse(`${s}T00:00:00Z`);
    return Number.isNaN(ms) ? undefined : { kind: 'date', text: s, ms, hasTime: false };
  }
  const m = DATE_TIME.exec(s);
  if (m) {
    const zone = m[8] ?? 'Z';
    const norm = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? '00'}${m[7] ?? ''}${zone === 'Z' ? 'Z' : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone}`;
    const ms = Date.parse(norm);
    return Number.isNaN(ms) ? undefined : { kind: 'date', text: s, ms, hasTime: true };
  }
  return undefined;
}

/** Pure's `toString` of a value. */
export function show(v: PV): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return String(v);
  switch (v.kind) {
    case 'number':
      return v.integer || !Number.isInteger(v.value) ? String(v.value) : `${v.value}.0`;
    case 'date':
      return v.text;
    case 'enum':
      return v.value;
    case 'instance':
      return `<${v.classPath}>`;
    case 'lambda':
      return '<lambda>';
    case 'type':
      return v.path;
  }
}

/** Pure equality (`==`): by value for primitives and enums, by identity for instances. */
export function pureEquals(a: PV, b: PV): boolean {
  if (typeof a !== 'object' || typeof b !== 'object') return a === b;
  if (a.kind === 'number' && b.kind === 'number') return a.value === b.value;
  if (a.kind === 'date' && b.kind === 'date') return a.ms === b.ms && a.hasTime === b.hasTime;
  if (a.kind === 'enum' && b.kind === 'enum') return a.enumeration === b.enumeration && a.value === b.value;
  if (a.kind === 'type' && b.kind === 'type') return a.path === b.path;
  return a === b;
}
