/**
 * Runtime implementations of the standard-library subset for functions whose arguments are all evaluated
 * first. Functions that take lambdas or short-circuit (`and`, `or`, `if`, `filter`, `map`, ...) are in the
 * interpreter. The names match the compiler's documented subset (src/pure/compiler/stdlib.ts).
 */
import { EvaluationError, UnsupportedError, float, int, isDate, isNumber, parseDate, pureEquals, show, type PDate, type PNumber, type PV } from './values.js';

type Impl = (args: PV[][]) => PV[];

const one = (v: PV[], fn: string): PV => {
  if (v.length !== 1) throw new EvaluationError(`Cannot cast a collection of size ${v.length} to multiplicity [1] (in ${fn})`);
  return v[0]!;
};
const opt = (v: PV[], fn: string): PV | undefined => {
  if (v.length > 1) throw new EvaluationError(`Cannot cast a collection of size ${v.length} to multiplicity [0..1] (in ${fn})`);
  return v[0];
};
const str = (v: PV, fn: string): string => {
  if (typeof v !== 'string') throw new EvaluationError(`${fn} expects a String, got ${show(v)}`);
  return v;
};
const num = (v: PV, fn: string): PNumber => {
  if (!isNumber(v)) throw new EvaluationError(`${fn} expects a Number, got ${show(v)}`);
  return v;
};
const date = (v: PV, fn: string): PDate => {
  if (!isDate(v)) throw new EvaluationError(`${fn} expects a Date, got ${show(v)}`);
  return v;
};
const bool = (b: boolean): PV[] => [b];

/** Order of two comparable values (numbers, strings, dates, booleans). */
export function compare(a: PV, b: PV, fn: string): number {
  if (isNumber(a) && isNumber(b)) return a.value - b.value;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (isDate(a) && isDate(b)) return a.ms - b.ms;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  throw new EvaluationError(`${fn} cannot compare ${show(a)} and ${show(b)}`);
}

const comparison =
  (fn: string, test: (c: number) => boolean): Impl =>
  ([a = [], b = []]) => {
    const x = opt(a, fn);
    const y = opt(b, fn);
    if (x === undefined || y === undefined) return bool(false);
    return bool(test(compare(x, y, fn)));
  };

const arithmetic =
  (fn: string, op: (a: number, b: number) => number, neutral: number): Impl =>
  ([values = []]) => {
    if (values.length && values.every((v) => typeof v === 'string') && fn === 'plus') return [values.join('')];
    const nums = values.map((v) => num(v, fn));
    if (nums.length === 0) return [int(neutral)];
    const integer = nums.every((n) => n.integer);
    const total = nums.slice(1).reduce((acc, n) => op(acc, n.value), nums[0]!.value);
    return [integer ? int(total) : float(total)];
  };

const dayOf = (d: PDate): number => Math.floor(d.ms / 86_400_000);
const dayComparison =
  (fn: string, test: (a: number, b: number) => boolean): Impl =>
  ([a = [], b = []]) => {
    const x = opt(a, fn);
    const y = opt(b, fn);
    if (x === undefined || y === undefined) return bool(false);
    return bool(test(dayOf(date(x, fn)), dayOf(date(y, fn))));
  };

const dateField =
  (fn: string, field: (d: Date) => number): Impl =>
  ([a = []]) => {
    const x = opt(a, fn);
    return x === undefined ? [] : [int(field(new Date(date(x, fn).ms)))];
  };

const stringFn =
  (fn: string, f: (s: string, ...rest: PV[]) => PV | PV[]): Impl =>
  (args) => {
    const s = str(one(args[0] ?? [], fn), fn);
    const out = f(s, ...args.slice(1).map((a) => one(a, fn)));
    return Array.isArray(out) ? out : [out];
  };

const extremum =
  (fn: string, pick: (c: number) => boolean): Impl =>
  (args) => {
    if (args[1]?.some((v) => typeof v === 'object' && v.kind === 'lambda')) throw new UnsupportedError(`'${fn}' with a comparison function`);
    const values = args.length === 2 ? [one(args[0]!, fn), one(args[1]!, fn)] : args[0] ?? [];
    if (values.length === 0) return [];
    return [values.reduce((best, v) => (pick(compare(v, best, fn)) ? v : best))];
  };

const pad =
  (fn: string, left: boolean): Impl =>
  (args) => {
    const s = str(one(args[0] ?? [], fn), fn);
    const n = num(one(args[1] ?? [], fn), fn).value;
    const fill = args[2] ? str(one(args[2], fn), fn) : ' ';
    return [left ? s.padStart(n, fill) : s.padEnd(n, fill)];
  };

function pureDate(parts: number[]): PDate {
  const [y, mo = 1, d = 1, h, mi = 0, s = 0] = parts;
  const hasTime = h !== undefined;
  const ms = Date.UTC(y!, mo - 1, d, h ?? 0, mi, Math.floor(s), Math.round((s % 1) * 1000));
  const p2 = (n: number) => String(n).padStart(2, '0');
  const text = hasTime ? `${y}-${p2(mo)}-${p2(d)}T${p2(h!)}:${p2(mi)}:${p2(Math.floor(s))}` : `${y}-${p2(mo)}-${p2(d)}`;
  return { kind: 'date', text, ms, hasTime };
}

const UNITS: Readonly<Record<string, number>> = { MILLISECONDS: 1, SECONDS: 1000, MINUTES: 60_000, HOURS: 3_600_000, DAYS: 86_400_000, WEEKS: 604_800_000 };

export const STRICT_FUNCTIONS: Readonly<Record<string, Impl>> = {
  not: ([a = []]) => bool(!one(a, 'not')),
  xor: ([a = [], b = []]) => bool(Boolean(one(a, 'xor')) !== Boolean(one(b, 'xor'))),
  equal: ([a = [], b = []]) => bool(a.length === b.length && a.every((x, i) => pureEquals(x, b[i]!))),
  eq: ([a = [], b = []]) => bool(pureEquals(one(a, 'eq'), one(b, 'eq'))),
  is: ([a = [], b = []]) => bool(pureEquals(one(a, 'is'), one(b, 'is'))),
  greaterThan: comparison('greaterThan', (c) => c > 0),
  greaterThanEqual: comparison('greaterThanEqual', (c) => c >= 0),
  lessThan: comparison('lessThan', (c) => c < 0),
  lessThanEqual: comparison('lessThanEqual', (c) => c <= 0),
  between: ([v = [], lo = [], hi = []]) => {
    const x = opt(v, 'between');
    const a = opt(lo, 'between');
    const b = opt(hi, 'between');
    if (x === undefined || a === undefined || b === undefined) return bool(false);
    return bool(compare(x, a, 'between') >= 0 && compare(x, b, 'between') <= 0);
  },
  plus: arithmetic('plus', (a, b) => a + b, 0),
  minus: (args) => {
    const values = args[0] ?? [];
    if (values.length === 1) {
      const n = num(values[0]!, 'minus');
      return [{ ...n, value: -n.value }];
    }
    return arithmetic('minus', (a, b) => a - b, 0)(args);
  },
  times: arithmetic('times', (a, b) => a * b, 1),
  divide: ([a = [], b = []]) => {
    const d = num(one(b, 'divide'), 'divide').value;
    if (d === 0) throw new EvaluationError('Cannot divide by zero');
    return [float(num(one(a, 'divide'), 'divide').value / d)];
  },
  abs: ([a = []]) => {
    const n = num(one(a, 'abs'), 'abs');
    return [{ ...n, value: Math.abs(n.value) }];
  },
  round: (args) => {
    const n = num(one(args[0] ?? [], 'round'), 'round').value;
    if (args.length === 1) return [int(Math.round(n))];
    const f = 10 ** num(one(args[1]!, 'round'), 'round').value;
    return [float(Math.round(n * f) / f)];
  },
  ceiling: ([a = []]) => [int(Math.ceil(num(one(a, 'ceiling'), 'ceiling').value))],
  floor: ([a = []]) => [int(Math.floor(num(one(a, 'floor'), 'floor').value))],
  mod: ([a = [], b = []]) => {
    const x = num(one(a, 'mod'), 'mod').value;
    const y = num(one(b, 'mod'), 'mod').value;
    return [int(((x % y) + y) % y)];
  },
  rem: ([a = [], b = []]) => [float(num(one(a, 'rem'), 'rem').value % num(one(b, 'rem'), 'rem').value)],
  pow: ([a = [], b = []]) => [float(num(one(a, 'pow'), 'pow').value ** num(one(b, 'pow'), 'pow').value)],
  sqrt: ([a = []]) => [float(Math.sqrt(num(one(a, 'sqrt'), 'sqrt').value))],
  exp: ([a = []]) => [float(Math.exp(num(one(a, 'exp'), 'exp').value))],
  log: ([a = []]) => [float(Math.log(num(one(a, 'log'), 'log').value))],
  toFloat: ([a = []]) => [float(num(one(a, 'toFloat'), 'toFloat').value)],
  toDecimal: ([a = []]) => [float(num(one(a, 'toDecimal'), 'toDecimal').value)],
  max: extremum('max', (c) => c > 0),
  min: extremum('min', (c) => c < 0),
  greatest: extremum('greatest', (c) => c > 0),
  least: extremum('least', (c) => c < 0),
  sum: ([a = []]) => arithmetic('sum', (x, y) => x + y, 0)([a.map((v) => num(v, 'sum'))]),
  average: ([a = []]) => {
    if (a.length === 0) throw new EvaluationError('Cannot compute the average of an empty collection');
    return [float(a.reduce((acc, v) => acc + num(v, 'average').value, 0) / a.length)];
  },
  isEmpty: ([a = []]) => bool(a.length === 0),
  isNotEmpty: ([a = []]) => bool(a.length > 0),
  size: ([a = []]) => [int(a.length)],
  count: ([a = []]) => [int(a.length)],
  toOne: ([a = []]) => [one(a, 'toOne')],
  toOneMany: ([a = []]) => {
    if (a.length === 0) throw new EvaluationError('Cannot cast a collection of size 0 to multiplicity [1..*]');
    return a;
  },
  first: ([a = []]) => a.slice(0, 1),
  head: ([a = []]) => a.slice(0, 1),
  last: ([a = []]) => a.slice(-1),
  tail: ([a = []]) => a.slice(1),
  at: ([a = [], i = []]) => {
    const k = num(one(i, 'at'), 'at').value;
    if (k < 0 || k >= a.length) throw new EvaluationError(`The index ${k} is out of bounds (size ${a.length})`);
    return [a[k]!];
  },
  in: ([v = [], c = []]) => {
    const x = opt(v, 'in');
    return bool(x !== undefined && c.some((y) => pureEquals(x, y)));
  },
  contains: ([c = [], v = []]) => {
    const x = one(v, 'contains');
    if (c.length === 1 && typeof c[0] === 'string' && typeof x === 'string') return bool(c[0].includes(x));
    return bool(c.some((y) => pureEquals(x, y)));
  },
  concatenate: ([a = [], b = []]) => [...a, ...b],
  union: ([a = [], b = []]) => dedupe([...a, ...b]),
  distinct: ([a = []]) => dedupe(a),
  removeDuplicates: (args) => {
    if (args.length > 1) throw new UnsupportedError("'removeDuplicates' with key or comparison functions");
    return dedupe(args[0] ?? []);
  },
  isDistinct: ([a = []]) => bool(dedupe(a).length === a.length),
  reverse: ([a = []]) => [...a].reverse(),
  take: ([a = [], n = []]) => a.slice(0, Math.max(0, num(one(n, 'take'), 'take').value)),
  drop: ([a = [], n = []]) => a.slice(Math.max(0, num(one(n, 'drop'), 'drop').value)),
  slice: ([a = [], s = [], e = []]) => a.slice(num(one(s, 'slice'), 'slice').value, num(one(e, 'slice'), 'slice').value),
  indexOf: ([a = [], v = []]) => {
    const x = one(v, 'indexOf');
    if (a.length === 1 && typeof a[0] === 'string' && typeof x === 'string') return [int(a[0].indexOf(x))];
    return [int(a.findIndex((y) => pureEquals(x, y)))];
  },
  range: (args) => {
    const n = args.map((a) => num(one(a, 'range'), 'range').value);
    const [start, stop, step] = n.length === 1 ? [0, n[0]!, 1] : [n[0]!, n[1]!, n[2] ?? 1];
    const out: PV[] = [];
    for (let i = start; step > 0 ? i < stop : i > stop; i += step) out.push(int(i));
    return out;
  },
  coalesce: (args) => {
    for (const a of args) if (a.length) return a.slice(0, 1);
    return [];
  },
  startsWith: ([a = [], p = []]) => {
    const s = opt(a, 'startsWith');
    return bool(s !== undefined && str(s, 'startsWith').startsWith(str(one(p, 'startsWith'), 'startsWith')));
  },
  endsWith: ([a = [], p = []]) => {
    const s = opt(a, 'endsWith');
    return bool(s !== undefined && str(s, 'endsWith').endsWith(str(one(p, 'endsWith'), 'endsWith')));
  },
  length: stringFn('length', (s) => int(s.length)),
  toString: ([a = []]: PV[][]) => [show(one(a, 'toString'))],
  toUpper: stringFn('toUpper', (s) => s.toUpperCase()),
  toLower: stringFn('toLower', (s) => s.toLowerCase()),
  trim: stringFn('trim', (s) => s.trim()),
  ltrim: stringFn('ltrim', (s) => s.trimStart()),
  rtrim: stringFn('rtrim', (s) => s.trimEnd()),
  substring: stringFn('substring', (s, start, end) => s.substring(num(start!, 'substring').value, end === undefined ? undefined : num(end, 'substring').value)),
  replace: stringFn('replace', (s, from, to) => s.split(str(from!, 'replace')).join(str(to!, 'replace'))),
  split: stringFn('split', (s, sep) => s.split(str(sep!, 'split'))),
  lpad: pad('lpad', true),
  rpad: pad('rpad', false),
  joinStrings: (args) => {
    const parts = (args[0] ?? []).map((v) => str(v, 'joinStrings'));
    if (args.length === 4) return [`${str(one(args[1]!, 'joinStrings'), 'joinStrings')}${parts.join(str(one(args[2]!, 'joinStrings'), 'joinStrings'))}${str(one(args[3]!, 'joinStrings'), 'joinStrings')}`];
    return [parts.join(args[1] ? str(one(args[1], 'joinStrings'), 'joinStrings') : '')];
  },
  makeString: (args) => {
    const parts = (args[0] ?? []).map(show);
    if (args.length === 4) return [`${show(one(args[1]!, 'makeString'))}${parts.join(show(one(args[2]!, 'makeString')))}${show(one(args[3]!, 'makeString'))}`];
    return [parts.join(args[1] ? show(one(args[1], 'makeString')) : '')];
  },
  parseInteger: stringFn('parseInteger', (s) => {
    if (!/^[+-]?\d+$/.test(s.trim())) throw new EvaluationError(`Cannot parse '${s}' as an Integer`);
    return int(Number(s));
  }),
  parseFloat: stringFn('parseFloat', (s) => {
    const n = Number(s);
    if (s.trim() === '' || Number.isNaN(n)) throw new EvaluationError(`Cannot parse '${s}' as a Float`);
    return float(n);
  }),
  parseDecimal: stringFn('parseDecimal', (s) => {
    const n = Number(s);
    if (s.trim() === '' || Number.isNaN(n)) throw new EvaluationError(`Cannot parse '${s}' as a Decimal`);
    return float(n);
  }),
  parseBoolean: stringFn('parseBoolean', (s) => {
    if (!/^(true|false)$/i.test(s)) throw new EvaluationError(`Cannot parse '${s}' as a Boolean`);
    return s.toLowerCase() === 'true';
  }),
  parseDate: stringFn('parseDate', (s) => {
    const d = parseDate(s);
    if (!d) throw new EvaluationError(`Cannot parse '${s}' as a Date`);
    return d;
  }),
  isAfterDay: dayComparison('isAfterDay', (a, b) => a > b),
  isBeforeDay: dayComparison('isBeforeDay', (a, b) => a < b),
  isOnDay: dayComparison('isOnDay', (a, b) => a === b),
  isOnOrAfterDay: dayComparison('isOnOrAfterDay', (a, b) => a >= b),
  isOnOrBeforeDay: dayComparison('isOnOrBeforeDay', (a, b) => a <= b),
  year: dateField('year', (d) => d.getUTCFullYear()),
  monthNumber: dateField('monthNumber', (d) => d.getUTCMonth() + 1),
  dayOfMonth: dateField('dayOfMonth', (d) => d.getUTCDate()),
  hour: dateField('hour', (d) => d.getUTCHours()),
  minute: dateField('minute', (d) => d.getUTCMinutes()),
  second: dateField('second', (d) => d.getUTCSeconds()),
  weekOfYear: dateField('weekOfYear', (d) => {
    const start = Date.UTC(d.getUTCFullYear(), 0, 1);
    return Math.floor((d.getTime() - start) / 604_800_000) + 1;
  }),
  dayOfWeekNumber: dateField('dayOfWeekNumber', (d) => ((d.getUTCDay() + 6) % 7) + 1),
  datePart: ([a = []]) => {
    const x = opt(a, 'datePart');
    if (x === undefined) return [];
    const d = new Date(date(x, 'datePart').ms);
    return [pureDate([d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()])];
  },
  today: () => {
    const d = new Date();
    return [pureDate([d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()])];
  },
  now: () => {
    const d = new Date();
    return [pureDate([d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()])];
  },
  date: (args) => [pureDate(args.map((a) => num(one(a, 'date'), 'date').value))],
  adjust: ([d = [], n = [], u = []]) => {
    const base = date(one(d, 'adjust'), 'adjust');
    const amount = num(one(n, 'adjust'), 'adjust').value;
    const unit = one(u, 'adjust');
    const unitName = typeof unit === 'object' && unit.kind === 'enum' ? unit.value : show(unit);
    const dt = new Date(base.ms);
    if (unitName === 'YEARS') dt.setUTCFullYear(dt.getUTCFullYear() + amount);
    else if (unitName === 'MONTHS') dt.setUTCMonth(dt.getUTCMonth() + amount);
    else if (UNITS[unitName]) dt.setTime(dt.getTime() + amount * UNITS[unitName]!);
    else throw new EvaluationError(`Unknown duration unit ${unitName}`);
    const parts = [dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate()];
    return [pureDate(base.hasTime ? [...parts, dt.getUTCHours(), dt.getUTCMinutes(), dt.getUTCSeconds()] : parts)];
  },
  dateDiff: ([a = [], b = [], u = []]) => {
    const x = opt(a, 'dateDiff');
    const y = opt(b, 'dateDiff');
    if (x === undefined || y === undefined) return [];
    const unit = one(u, 'dateDiff');
    const unitName = typeof unit === 'object' && unit.kind === 'enum' ? unit.value : show(unit);
    const dx = new Date(date(x, 'dateDiff').ms);
    const dy = new Date(date(y, 'dateDiff').ms);
    if (unitName === 'YEARS') return [int(dy.getUTCFullYear() - dx.getUTCFullYear())];
    if (unitName === 'MONTHS') return [int((dy.getUTCFullYear() - dx.getUTCFullYear()) * 12 + dy.getUTCMonth() - dx.getUTCMonth())];
    const size = UNITS[unitName];
    if (!size) throw new EvaluationError(`Unknown duration unit ${unitName}`);
    return [int(Math.trunc((dy.getTime() - dx.getTime()) / size))];
  },
};

function dedupe(values: PV[]): PV[] {
  const out: PV[] = [];
  for (const v of values) if (!out.some((o) => pureEquals(o, v))) out.push(v);
  return out;
}
