export const id = 165;
export const ids = [165];
export const modules = {

/***/ 8165:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkInstance: () => (/* binding */ checkInstance),
  compareWithModel: () => (/* binding */ compareWithModel),
  hasClass: () => (/* binding */ hasClass),
  loadPureModel: () => (/* binding */ loadPureModel),
  pathSegments: () => (/* binding */ pathSegments)
});

// EXTERNAL MODULE: ./src/pure/compiler/compile.ts + 4 modules
var compile = __webpack_require__(4617);
// EXTERNAL MODULE: ./src/pure/compiler/types.ts
var types = __webpack_require__(3459);
// EXTERNAL MODULE: ./src/pure/compiler/system.ts
var system = __webpack_require__(8605);
// EXTERNAL MODULE: ./src/pure/compiler/context.ts
var context = __webpack_require__(4061);
// EXTERNAL MODULE: ./src/pure/compiler/infer.ts + 2 modules
var infer = __webpack_require__(6797);
;// CONCATENATED MODULE: ./src/pure/evaluator/values.ts
/** Variable scope. */
class Env {
    parent;
    vars = new Map();
    constructor(parent) {
        this.parent = parent;
    }
    get(name) {
        return this.vars.get(name) ?? this.parent?.get(name);
    }
    set(name, v) {
        this.vars.set(name, v);
    }
    child() {
        return new Env(this);
    }
}
/** An evaluation that cannot complete (a runtime error in the expression, e.g. `toOne()` on an empty collection). */
class EvaluationError extends Error {
    constructor(message) {
        super(message);
        this.name = 'EvaluationError';
    }
}
/** A construct outside the embedded evaluator's subset. */
class UnsupportedError extends Error {
    what;
    constructor(what) {
        super(`${what} is not supported by the embedded engine; configure a Legend engine URL to evaluate it`);
        this.what = what;
        this.name = 'UnsupportedError';
    }
}
const values_int = (value) => ({ kind: 'number', value, integer: true });
const values_float = (value) => ({ kind: 'number', value, integer: false });
function isNumber(v) {
    return typeof v === 'object' && v.kind === 'number';
}
function isDate(v) {
    return typeof v === 'object' && v.kind === 'date';
}
const STRICT_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;
/** Parses a Pure date literal or an ISO date string; undefined when it is not one. */
function parseDate(text) {
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
function show(v) {
    if (typeof v === 'string')
        return v;
    if (typeof v === 'boolean')
        return String(v);
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
function pureEquals(a, b) {
    if (typeof a !== 'object' || typeof b !== 'object')
        return a === b;
    if (a.kind === 'number' && b.kind === 'number')
        return a.value === b.value;
    if (a.kind === 'date' && b.kind === 'date')
        return a.ms === b.ms && a.hasTime === b.hasTime;
    if (a.kind === 'enum' && b.kind === 'enum')
        return a.enumeration === b.enumeration && a.value === b.value;
    if (a.kind === 'type' && b.kind === 'type')
        return a.path === b.path;
    return a === b;
}

;// CONCATENATED MODULE: ./src/pure/evaluator/functions.ts
/**
 * Runtime implementations of the standard-library subset for functions whose arguments are all evaluated
 * first. Functions that take lambdas or short-circuit (`and`, `or`, `if`, `filter`, `map`, ...) are in the
 * interpreter. The names match the compiler's documented subset (src/pure/compiler/stdlib.ts).
 */

const one = (v, fn) => {
    if (v.length !== 1)
        throw new EvaluationError(`Cannot cast a collection of size ${v.length} to multiplicity [1] (in ${fn})`);
    return v[0];
};
const opt = (v, fn) => {
    if (v.length > 1)
        throw new EvaluationError(`Cannot cast a collection of size ${v.length} to multiplicity [0..1] (in ${fn})`);
    return v[0];
};
const str = (v, fn) => {
    if (typeof v !== 'string')
        throw new EvaluationError(`${fn} expects a String, got ${show(v)}`);
    return v;
};
const num = (v, fn) => {
    if (!isNumber(v))
        throw new EvaluationError(`${fn} expects a Number, got ${show(v)}`);
    return v;
};
const date = (v, fn) => {
    if (!isDate(v))
        throw new EvaluationError(`${fn} expects a Date, got ${show(v)}`);
    return v;
};
const bool = (b) => [b];
/** Order of two comparable values (numbers, strings, dates, booleans). */
function compare(a, b, fn) {
    if (isNumber(a) && isNumber(b))
        return a.value - b.value;
    if (typeof a === 'string' && typeof b === 'string')
        return a < b ? -1 : a > b ? 1 : 0;
    if (isDate(a) && isDate(b))
        return a.ms - b.ms;
    if (typeof a === 'boolean' && typeof b === 'boolean')
        return Number(a) - Number(b);
    throw new EvaluationError(`${fn} cannot compare ${show(a)} and ${show(b)}`);
}
const comparison = (fn, test) => ([a = [], b = []]) => {
    const x = opt(a, fn);
    const y = opt(b, fn);
    if (x === undefined || y === undefined)
        return bool(false);
    return bool(test(compare(x, y, fn)));
};
const arithmetic = (fn, op, neutral) => ([values = []]) => {
    if (values.length && values.every((v) => typeof v === 'string') && fn === 'plus')
        return [values.join('')];
    const nums = values.map((v) => num(v, fn));
    if (nums.length === 0)
        return [values_int(neutral)];
    const integer = nums.every((n) => n.integer);
    const total = nums.slice(1).reduce((acc, n) => op(acc, n.value), nums[0].value);
    return [integer ? values_int(total) : values_float(total)];
};
const dayOf = (d) => Math.floor(d.ms / 86_400_000);
const dayComparison = (fn, test) => ([a = [], b = []]) => {
    const x = opt(a, fn);
    const y = opt(b, fn);
    if (x === undefined || y === undefined)
        return bool(false);
    return bool(test(dayOf(date(x, fn)), dayOf(date(y, fn))));
};
const dateField = (fn, field) => ([a = []]) => {
    const x = opt(a, fn);
    return x === undefined ? [] : [values_int(field(new Date(date(x, fn).ms)))];
};
const stringFn = (fn, f) => (args) => {
    const s = str(one(args[0] ?? [], fn), fn);
    const out = f(s, ...args.slice(1).map((a) => one(a, fn)));
    return Array.isArray(out) ? out : [out];
};
const extremum = (fn, pick) => (args) => {
    if (args[1]?.some((v) => typeof v === 'object' && v.kind === 'lambda'))
        throw new UnsupportedError(`'${fn}' with a comparison function`);
    const values = args.length === 2 ? [one(args[0], fn), one(args[1], fn)] : args[0] ?? [];
    if (values.length === 0)
        return [];
    return [values.reduce((best, v) => (pick(compare(v, best, fn)) ? v : best))];
};
const pad = (fn, left) => (args) => {
    const s = str(one(args[0] ?? [], fn), fn);
    const n = num(one(args[1] ?? [], fn), fn).value;
    const fill = args[2] ? str(one(args[2], fn), fn) : ' ';
    return [left ? s.padStart(n, fill) : s.padEnd(n, fill)];
};
function pureDate(parts) {
    const [y, mo = 1, d = 1, h, mi = 0, s = 0] = parts;
    const hasTime = h !== undefined;
    const ms = Date.UTC(y, mo - 1, d, h ?? 0, mi, Math.floor(s), Math.round((s % 1) * 1000));
    const p2 = (n) => String(n).padStart(2, '0');
    const text = hasTime ? `${y}-${p2(mo)}-${p2(d)}T${p2(h)}:${p2(mi)}:${p2(Math.floor(s))}` : `${y}-${p2(mo)}-${p2(d)}`;
    return { kind: 'date', text, ms, hasTime };
}
const UNITS = { MILLISECONDS: 1, SECONDS: 1000, MINUTES: 60_000, HOURS: 3_600_000, DAYS: 86_400_000, WEEKS: 604_800_000 };
const STRICT_FUNCTIONS = {
    not: ([a = []]) => bool(!one(a, 'not')),
    xor: ([a = [], b = []]) => bool(Boolean(one(a, 'xor')) !== Boolean(one(b, 'xor'))),
    equal: ([a = [], b = []]) => bool(a.length === b.length && a.every((x, i) => pureEquals(x, b[i]))),
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
        if (x === undefined || a === undefined || b === undefined)
            return bool(false);
        return bool(compare(x, a, 'between') >= 0 && compare(x, b, 'between') <= 0);
    },
    plus: arithmetic('plus', (a, b) => a + b, 0),
    minus: (args) => {
        const values = args[0] ?? [];
        if (values.length === 1) {
            const n = num(values[0], 'minus');
            return [{ ...n, value: -n.value }];
        }
        return arithmetic('minus', (a, b) => a - b, 0)(args);
    },
    times: arithmetic('times', (a, b) => a * b, 1),
    divide: ([a = [], b = []]) => {
        const d = num(one(b, 'divide'), 'divide').value;
        if (d === 0)
            throw new EvaluationError('Cannot divide by zero');
        return [values_float(num(one(a, 'divide'), 'divide').value / d)];
    },
    abs: ([a = []]) => {
        const n = num(one(a, 'abs'), 'abs');
        return [{ ...n, value: Math.abs(n.value) }];
    },
    round: (args) => {
        const n = num(one(args[0] ?? [], 'round'), 'round').value;
        if (args.length === 1)
            return [values_int(Math.round(n))];
        const f = 10 ** num(one(args[1], 'round'), 'round').value;
        return [values_float(Math.round(n * f) / f)];
    },
    ceiling: ([a = []]) => [values_int(Math.ceil(num(one(a, 'ceiling'), 'ceiling').value))],
    floor: ([a = []]) => [values_int(Math.floor(num(one(a, 'floor'), 'floor').value))],
    mod: ([a = [], b = []]) => {
        const x = num(one(a, 'mod'), 'mod').value;
        const y = num(one(b, 'mod'), 'mod').value;
        return [values_int(((x % y) + y) % y)];
    },
    rem: ([a = [], b = []]) => [values_float(num(one(a, 'rem'), 'rem').value % num(one(b, 'rem'), 'rem').value)],
    pow: ([a = [], b = []]) => [values_float(num(one(a, 'pow'), 'pow').value ** num(one(b, 'pow'), 'pow').value)],
    sqrt: ([a = []]) => [values_float(Math.sqrt(num(one(a, 'sqrt'), 'sqrt').value))],
    exp: ([a = []]) => [values_float(Math.exp(num(one(a, 'exp'), 'exp').value))],
    log: ([a = []]) => [values_float(Math.log(num(one(a, 'log'), 'log').value))],
    toFloat: ([a = []]) => [values_float(num(one(a, 'toFloat'), 'toFloat').value)],
    toDecimal: ([a = []]) => [values_float(num(one(a, 'toDecimal'), 'toDecimal').value)],
    max: extremum('max', (c) => c > 0),
    min: extremum('min', (c) => c < 0),
    greatest: extremum('greatest', (c) => c > 0),
    least: extremum('least', (c) => c < 0),
    sum: ([a = []]) => arithmetic('sum', (x, y) => x + y, 0)([a.map((v) => num(v, 'sum'))]),
    average: ([a = []]) => {
        if (a.length === 0)
            throw new EvaluationError('Cannot compute the average of an empty collection');
        return [values_float(a.reduce((acc, v) => acc + num(v, 'average').value, 0) / a.length)];
    },
    isEmpty: ([a = []]) => bool(a.length === 0),
    isNotEmpty: ([a = []]) => bool(a.length > 0),
    size: ([a = []]) => [values_int(a.length)],
    count: ([a = []]) => [values_int(a.length)],
    toOne: ([a = []]) => [one(a, 'toOne')],
    toOneMany: ([a = []]) => {
        if (a.length === 0)
            throw new EvaluationError('Cannot cast a collection of size 0 to multiplicity [1..*]');
        return a;
    },
    first: ([a = []]) => a.slice(0, 1),
    head: ([a = []]) => a.slice(0, 1),
    last: ([a = []]) => a.slice(-1),
    tail: ([a = []]) => a.slice(1),
    at: ([a = [], i = []]) => {
        const k = num(one(i, 'at'), 'at').value;
        if (k < 0 || k >= a.length)
            throw new EvaluationError(`The index ${k} is out of bounds (size ${a.length})`);
        return [a[k]];
    },
    in: ([v = [], c = []]) => {
        const x = opt(v, 'in');
        return bool(x !== undefined && c.some((y) => pureEquals(x, y)));
    },
    contains: ([c = [], v = []]) => {
        const x = one(v, 'contains');
        if (c.length === 1 && typeof c[0] === 'string' && typeof x === 'string')
            return bool(c[0].includes(x));
        return bool(c.some((y) => pureEquals(x, y)));
    },
    concatenate: ([a = [], b = []]) => [...a, ...b],
    union: ([a = [], b = []]) => dedupe([...a, ...b]),
    distinct: ([a = []]) => dedupe(a),
    removeDuplicates: (args) => {
        if (args.length > 1)
            throw new UnsupportedError("'removeDuplicates' with key or comparison functions");
        return dedupe(args[0] ?? []);
    },
    isDistinct: ([a = []]) => bool(dedupe(a).length === a.length),
    reverse: ([a = []]) => [...a].reverse(),
    take: ([a = [], n = []]) => a.slice(0, Math.max(0, num(one(n, 'take'), 'take').value)),
    drop: ([a = [], n = []]) => a.slice(Math.max(0, num(one(n, 'drop'), 'drop').value)),
    slice: ([a = [], s = [], e = []]) => a.slice(num(one(s, 'slice'), 'slice').value, num(one(e, 'slice'), 'slice').value),
    indexOf: ([a = [], v = []]) => {
        const x = one(v, 'indexOf');
        if (a.length === 1 && typeof a[0] === 'string' && typeof x === 'string')
            return [values_int(a[0].indexOf(x))];
        return [values_int(a.findIndex((y) => pureEquals(x, y)))];
    },
    range: (args) => {
        const n = args.map((a) => num(one(a, 'range'), 'range').value);
        const [start, stop, step] = n.length === 1 ? [0, n[0], 1] : [n[0], n[1], n[2] ?? 1];
        const out = [];
        for (let i = start; step > 0 ? i < stop : i > stop; i += step)
            out.push(values_int(i));
        return out;
    },
    coalesce: (args) => {
        for (const a of args)
            if (a.length)
                return a.slice(0, 1);
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
    length: stringFn('length', (s) => values_int(s.length)),
    toString: ([a = []]) => [show(one(a, 'toString'))],
    toUpper: stringFn('toUpper', (s) => s.toUpperCase()),
    toLower: stringFn('toLower', (s) => s.toLowerCase()),
    trim: stringFn('trim', (s) => s.trim()),
    ltrim: stringFn('ltrim', (s) => s.trimStart()),
    rtrim: stringFn('rtrim', (s) => s.trimEnd()),
    substring: stringFn('substring', (s, start, end) => s.substring(num(start, 'substring').value, end === undefined ? undefined : num(end, 'substring').value)),
    replace: stringFn('replace', (s, from, to) => s.split(str(from, 'replace')).join(str(to, 'replace'))),
    split: stringFn('split', (s, sep) => s.split(str(sep, 'split'))),
    lpad: pad('lpad', true),
    rpad: pad('rpad', false),
    joinStrings: (args) => {
        const parts = (args[0] ?? []).map((v) => str(v, 'joinStrings'));
        if (args.length === 4)
            return [`${str(one(args[1], 'joinStrings'), 'joinStrings')}${parts.join(str(one(args[2], 'joinStrings'), 'joinStrings'))}${str(one(args[3], 'joinStrings'), 'joinStrings')}`];
        return [parts.join(args[1] ? str(one(args[1], 'joinStrings'), 'joinStrings') : '')];
    },
    makeString: (args) => {
        const parts = (args[0] ?? []).map(show);
        if (args.length === 4)
            return [`${show(one(args[1], 'makeString'))}${parts.join(show(one(args[2], 'makeString')))}${show(one(args[3], 'makeString'))}`];
        return [parts.join(args[1] ? show(one(args[1], 'makeString')) : '')];
    },
    parseInteger: stringFn('parseInteger', (s) => {
        if (!/^[+-]?\d+$/.test(s.trim()))
            throw new EvaluationError(`Cannot parse '${s}' as an Integer`);
        return values_int(Number(s));
    }),
    parseFloat: stringFn('parseFloat', (s) => {
        const n = Number(s);
        if (s.trim() === '' || Number.isNaN(n))
            throw new EvaluationError(`Cannot parse '${s}' as a Float`);
        return values_float(n);
    }),
    parseDecimal: stringFn('parseDecimal', (s) => {
        const n = Number(s);
        if (s.trim() === '' || Number.isNaN(n))
            throw new EvaluationError(`Cannot parse '${s}' as a Decimal`);
        return values_float(n);
    }),
    parseBoolean: stringFn('parseBoolean', (s) => {
        if (!/^(true|false)$/i.test(s))
            throw new EvaluationError(`Cannot parse '${s}' as a Boolean`);
        return s.toLowerCase() === 'true';
    }),
    parseDate: stringFn('parseDate', (s) => {
        const d = parseDate(s);
        if (!d)
            throw new EvaluationError(`Cannot parse '${s}' as a Date`);
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
        if (x === undefined)
            return [];
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
        if (unitName === 'YEARS')
            dt.setUTCFullYear(dt.getUTCFullYear() + amount);
        else if (unitName === 'MONTHS')
            dt.setUTCMonth(dt.getUTCMonth() + amount);
        else if (UNITS[unitName])
            dt.setTime(dt.getTime() + amount * UNITS[unitName]);
        else
            throw new EvaluationError(`Unknown duration unit ${unitName}`);
        const parts = [dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate()];
        return [pureDate(base.hasTime ? [...parts, dt.getUTCHours(), dt.getUTCMinutes(), dt.getUTCSeconds()] : parts)];
    },
    dateDiff: ([a = [], b = [], u = []]) => {
        const x = opt(a, 'dateDiff');
        const y = opt(b, 'dateDiff');
        if (x === undefined || y === undefined)
            return [];
        const unit = one(u, 'dateDiff');
        const unitName = typeof unit === 'object' && unit.kind === 'enum' ? unit.value : show(unit);
        const dx = new Date(date(x, 'dateDiff').ms);
        const dy = new Date(date(y, 'dateDiff').ms);
        if (unitName === 'YEARS')
            return [values_int(dy.getUTCFullYear() - dx.getUTCFullYear())];
        if (unitName === 'MONTHS')
            return [values_int((dy.getUTCFullYear() - dx.getUTCFullYear()) * 12 + dy.getUTCMonth() - dx.getUTCMonth())];
        const size = UNITS[unitName];
        if (!size)
            throw new EvaluationError(`Unknown duration unit ${unitName}`);
        return [values_int(Math.trunc((dy.getTime() - dx.getTime()) / size))];
    },
};
function dedupe(values) {
    const out = [];
    for (const v of values)
        if (!out.some((o) => pureEquals(o, v)))
            out.push(v);
    return out;
}

;// CONCATENATED MODULE: ./src/pure/evaluator/interpreter.ts




class Interpreter {
    scope;
    constructor(scope) {
        this.scope = scope;
    }
    get comp() {
        return this.scope.comp;
    }
    /** A class instance over a JSON object. */
    instance(classPath, data, path) {
        return { kind: 'instance', classPath, data, path, values: new Map() };
    }
    /** JSON values of one property, converted to the property's type; values of the wrong type are left out. */
    convert(raw, type, owner, propertyName) {
        const list = raw === undefined || raw === null ? [] : Array.isArray(raw) ? raw : [raw];
        const out = [];
        list.forEach((v, i) => {
            const c = this.convertOne(v, type, owner, propertyName, list.length > 1 || Array.isArray(raw) ? i : undefined);
            if (c !== undefined)
                out.push(c);
        });
        return out;
    }
    convertOne(v, type, owner, propertyName, index) {
        switch (type.k) {
            case 'prim': {
                const base = primitiveBase(type.path);
                if (base === 'String')
                    return typeof v === 'string' ? v : undefined;
                if (base === 'Boolean')
                    return typeof v === 'boolean' ? v : undefined;
                if (base === 'Integer')
                    return typeof v === 'number' && Number.isInteger(v) ? values_int(v) : undefined;
                if (base === 'Number' || base === 'Float' || base === 'Decimal') {
                    if (typeof v === 'number')
                        return base === 'Number' && Number.isInteger(v) ? values_int(v) : values_float(v);
                    if (typeof v === 'string' && base === 'Decimal' && v.trim() !== '' && !Number.isNaN(Number(v)))
                        return values_float(Number(v));
                    return undefined;
                }
                if (base === 'StrictTime')
                    return typeof v === 'string' && /^\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(v) ? v : undefined;
                if (base === 'Date' || base === 'StrictDate' || base === 'DateTime') {
                    const d = typeof v === 'string' ? parseDate(v) : undefined;
                    if (!d)
                        return undefined;
                    if (base === 'StrictDate' && d.hasTime)
                        return undefined;
                    return d;
                }
                return typeof v === 'string' || typeof v === 'boolean' ? v : typeof v === 'number' ? values_float(v) : undefined;
            }
            case 'enum': {
                const values = this.comp.enums.get(type.path);
                if (typeof v !== 'string' || (values && !values.has(v)))
                    return undefined;
                return { kind: 'enum', enumeration: type.path, value: v };
            }
            case 'class': {
                if (typeof v !== 'object' || v === null || Array.isArray(v))
                    return undefined;
                return this.instance(type.path, v, [...owner.path, index === undefined ? { propertyName } : { propertyName, index }]);
            }
            default:
                if (typeof v === 'string' || typeof v === 'boolean')
                    return v;
                if (typeof v === 'number')
                    return Number.isInteger(v) ? values_int(v) : values_float(v);
                return undefined;
        }
    }
    evaluateBody(body, env) {
        let last = [];
        for (const vs of body)
            last = this.evaluate(vs, env);
        return last;
    }
    evaluate(vs, env) {
        switch (vs._type) {
            case 'string':
                return [vs.value];
            case 'boolean':
                return [vs.value];
            case 'integer':
            case 'float':
            case 'decimal':
                return [vs._type === 'integer' ? values_int(vs.value) : values_float(vs.value)];
            case 'strictDate':
            case 'dateTime': {
                const d = parseDate(vs.value);
                if (!d)
                    throw new EvaluationError(`Invalid date ${vs.value}`);
                return [d];
            }
            case 'strictTime':
                return [vs.value];
            case 'collection':
                return (vs.values ?? []).flatMap((v) => this.evaluate(v, env));
            case 'var': {
                const v = env.get(vs.name);
                if (!v)
                    throw new EvaluationError(`Unknown variable '${vs.name}'`);
                return v;
            }
            case 'lambda':
                return [{ kind: 'lambda', params: (vs.parameters ?? []).map((p) => p.name), body: vs.body ?? [], env }];
            case 'packageableElementPtr':
                return [this.elementRef(vs.fullPath)];
            case 'enumValue':
                return [{ kind: 'enum', enumeration: this.scope.resolveEnumeration(vs.fullPath, vs.sourceInformation), value: vs.value }];
            case 'genericTypeInstance': {
                const raw = vs.genericType?.rawType;
                return [raw && raw._type === 'packageableType' ? this.elementRef(raw.fullPath) : { kind: 'type', path: 'relation', typeKind: 'other' }];
            }
            case 'property':
                return this.property(vs, env);
            case 'func':
                return this.apply(vs, env);
            default:
                throw new UnsupportedError(`The '${vs._type}' expression`);
        }
    }
    elementRef(path) {
        const r = this.scope.resolveElement(path, undefined);
        const typeKind = r.kind === 'class' ? 'class' : r.kind === 'enumeration' ? 'enumeration' : r.kind === 'primitive' ? 'primitive' : 'other';
        return { kind: 'type', path: r.path, typeKind };
    }
    property(p, env) {
        const [receiverVs, ...argVs] = p.parameters ?? [];
        if (!receiverVs)
            throw new UnsupportedError('A property access without a receiver');
        const receiver = this.evaluate(receiverVs, env);
        const args = argVs.map((a) => this.evaluate(a, env));
        return receiver.flatMap((r) => this.propertyOf(r, p.property, args));
    }
    propertyOf(r, name, args) {
        if (typeof r === 'object' && r.kind === 'type' && r.typeKind === 'enumeration') {
            const values = this.comp.enums.get(r.path);
            if (values && !values.has(name))
                throw new EvaluationError(`Can't find enum value '${name}' in enumeration '${r.path}'`);
            return [{ kind: 'enum', enumeration: r.path, value: name }];
        }
        if (typeof r === 'object' && r.kind === 'enum' && name === 'name')
            return [r.value];
        if (typeof r !== 'object' || r.kind !== 'instance')
            throw new UnsupportedError(`Navigating '${name}' on ${show(r)}`);
        const found = (0,infer/* findProperty */.bs)(this.comp, r.classPath, name, args.length);
        if (!found)
            throw new EvaluationError(`Can't find property '${name}' in class '${r.classPath}'`);
        if ('params' in found)
            return this.qualified(r, found.owner, name, args);
        const cached = r.values.get(name);
        if (cached)
            return cached;
        const values = this.convert(r.data[name], found.type, r, name);
        r.values.set(name, values);
        return values;
    }
    /** Evaluates a derived property of an instance. */
    qualified(r, owner, name, args) {
        const rec = this.comp.index.byPath.get(owner);
        const el = rec?.element;
        const list = el && (el._type === 'class' || el._type === 'association') ? el.qualifiedProperties ?? [] : [];
        const q = list.find((x) => x.name === name && (x.parameters ?? []).filter((p) => p.name !== 'this').length === args.length);
        if (!q)
            throw new UnsupportedError(`The derived property '${name}'`);
        const env = new Env();
        env.set('this', [r]);
        (q.parameters ?? []).filter((p) => p.name !== 'this').forEach((p, i) => env.set(p.name, args[i] ?? []));
        return this.evaluateBody(q.body ?? [], env);
    }
    callLambda(l, args) {
        if (!l || typeof l !== 'object' || l.kind !== 'lambda')
            throw new EvaluationError('Expected a lambda');
        const env = l.env.child();
        l.params.forEach((p, i) => env.set(p, args[i] ?? []));
        return this.evaluateBody(l.body, env);
    }
    truthy(v, fn) {
        if (v.length !== 1 || typeof v[0] !== 'boolean')
            throw new EvaluationError(`${fn} expects a Boolean[1], got ${v.length === 1 ? show(v[0]) : `${v.length} values`}`);
        return v[0];
    }
    apply(f, env) {
        const name = f.function.startsWith('meta::') ? (0,types/* simpleName */.ct)(f.function) : f.function;
        const params = f.parameters ?? [];
        const lambdaArg = (i) => this.evaluate(params[i], env)[0];
        switch (name) {
            case 'and':
                if (params.length === 1)
                    return [this.evaluate(params[0], env).every((v) => v === true)];
                return [this.truthy(this.evaluate(params[0], env), 'and') && this.truthy(this.evaluate(params[1], env), 'and')];
            case 'or':
                if (params.length === 1)
                    return [this.evaluate(params[0], env).some((v) => v === true)];
                return [this.truthy(this.evaluate(params[0], env), 'or') || this.truthy(this.evaluate(params[1], env), 'or')];
            case 'if':
                if (params.length !== 3)
                    throw new UnsupportedError("The multi-branch 'if'");
                return this.callLambda(lambdaArg(this.truthy(this.evaluate(params[0], env), 'if') ? 1 : 2), []);
            case 'letFunction': {
                const nameVs = params[0];
                const value = this.evaluate(params[1], env);
                if (nameVs?._type === 'string')
                    env.set(nameVs.value, value);
                return value;
            }
            case 'filter': {
                const l = lambdaArg(1);
                return this.evaluate(params[0], env).filter((v) => this.truthy(this.callLambda(l, [[v]]), 'filter'));
            }
            case 'map': {
                const l = lambdaArg(1);
                return this.evaluate(params[0], env).flatMap((v) => this.callLambda(l, [[v]]));
            }
            case 'exists': {
                const l = lambdaArg(1);
                return [this.evaluate(params[0], env).some((v) => this.truthy(this.callLambda(l, [[v]]), 'exists'))];
            }
            case 'forAll': {
                const l = lambdaArg(1);
                return [this.evaluate(params[0], env).every((v) => this.truthy(this.callLambda(l, [[v]]), 'forAll'))];
            }
            case 'sortBy':
            case 'sort': {
                const values = [...this.evaluate(params[0], env)];
                const key = params[1] ? lambdaArg(1) : undefined;
                const k = (v) => (key ? this.callLambda(key, [[v]])[0] : v);
                return values.sort((a, b) => compare(k(a), k(b), name));
            }
            case 'cast':
                return this.evaluate(params[0], env);
            case 'instanceOf': {
                const v = this.evaluate(params[0], env)[0];
                const t = this.evaluate(params[1], env)[0];
                if (!v || !t || typeof t !== 'object' || t.kind !== 'type')
                    return [false];
                return [instanceOf(this, v, t.path)];
            }
            case 'new':
            case 'getAll':
                throw new UnsupportedError(`The function '${name}' at evaluation time`);
            default: {
                const impl = STRICT_FUNCTIONS[name];
                if (!impl)
                    throw new UnsupportedError(`The function '${f.function}'`);
                return impl(params.map((p) => this.evaluate(p, env)));
            }
        }
    }
}
function primitiveBase(path) {
    if (!path.includes('::'))
        return path;
    const precise = {
        Varchar: 'String',
        Char: 'String',
        Timestamp: 'DateTime',
        Double: 'Float',
        Float4: 'Float',
        Numeric: 'Decimal',
    };
    const simple = (0,types/* simpleName */.ct)(path);
    return precise[simple] ?? 'Integer';
}
function instanceOf(interp, v, typePath) {
    if (typeof v === 'string')
        return ['String', 'meta::pure::metamodel::type::Any'].includes(typePath);
    if (typeof v === 'boolean')
        return ['Boolean', 'meta::pure::metamodel::type::Any'].includes(typePath);
    if (typeof v !== 'object')
        return false;
    switch (v.kind) {
        case 'number':
            return ['Number', 'meta::pure::metamodel::type::Any', v.integer ? 'Integer' : 'Float'].includes(typePath);
        case 'date':
            return ['Date', 'meta::pure::metamodel::type::Any', v.hasTime ? 'DateTime' : 'StrictDate'].includes(typePath);
        case 'enum':
            return v.enumeration === typePath || typePath === 'meta::pure::metamodel::type::Any';
        case 'instance':
            return typePath === 'meta::pure::metamodel::type::Any' || interp.scope.comp.classes.has(v.classPath) && ancestorsInclude(interp, v.classPath, typePath);
        default:
            return false;
    }
}
function ancestorsInclude(interp, classPath, typePath) {
    const seen = new Set();
    const visit = (p) => {
        if (p === typePath)
            return true;
        if (seen.has(p))
            return false;
        seen.add(p);
        return interp.scope.comp.superTypesOf(p).some(visit);
    };
    return visit(classPath);
}

;// CONCATENATED MODULE: ./src/pure/evaluator/index.ts





/** Legend's default message for a violated constraint. */
function defaultConstraintMessage(id, classPath) {
    return `Constraint :[${id}] violated in the Class ${(0,types/* simpleName */.ct)(classPath)}`;
}
function evaluateConstraints(req) {
    const sem = (0,compile/* buildSemanticModel */.K)(req.model);
    const comp = sem.comp;
    const info = comp.classes.get(req.class);
    if (!info)
        throw new EvaluationError(`Can't find class '${req.class}'`);
    const record = comp.index.byPath.get(req.class);
    const interp = new Interpreter(new context/* Scope */.HG(comp, record));
    const result = { class: req.class, constraints: [], defects: [], derivedProperties: [], valid: true };
    if (typeof req.instance !== 'object' || req.instance === null || Array.isArray(req.instance)) {
        result.defects.push(structure(`Invalid instance: expected a JSON object for class ${req.class}`, req.class, []));
        result.valid = false;
        return result;
    }
    const visited = new Set();
    // depth-first, in document order, with a work list rather than recursion: instances may nest thousands deep
    const pending = [interp.instance(req.class, req.instance, [])];
    while (pending.length > 0) {
        const inst = pending.pop();
        if (visited.has(inst.data))
            continue;
        visited.add(inst.data);
        checkStructure(interp, inst, result);
        for (const owner of (0,types/* classAncestors */.pT)(comp, inst.classPath)) {
            const el = comp.index.byPath.get(owner)?.element;
            if (!el || el._type !== 'class')
                continue;
            const ownerInterp = new Interpreter(new context/* Scope */.HG(comp, comp.index.byPath.get(owner)));
            for (const c of el.constraints ?? [])
                result.constraints.push(evaluateConstraint(ownerInterp, inst, owner, c));
            for (const q of el.qualifiedProperties ?? []) {
                const params = (q.parameters ?? []).filter((p) => p.name !== 'this');
                const base = { name: q.name, ruleDefinerPath: owner, path: inst.path };
                if (params.length) {
                    result.derivedProperties.push({ ...base, status: 'skipped', detail: 'derived properties with parameters are evaluated only when called' });
                    continue;
                }
                try {
                    result.derivedProperties.push({ ...base, status: 'evaluated', value: toJson(ownerInterp.qualified(inst, owner, q.name, [])) });
                }
                catch (e) {
                    result.derivedProperties.push({ ...base, status: e instanceof UnsupportedError ? 'unsupported' : 'error', detail: errorText(e) });
                }
            }
        }
        if (req.nested === false)
            continue;
        const nested = [];
        for (const c of (0,types/* classAncestors */.pT)(comp, inst.classPath)) {
            const ci = comp.classes.get(c);
            if (!ci)
                continue;
            for (const p of [...ci.properties.values(), ...ci.associationProperties.values()]) {
                if (p.type.k !== 'class' || !comp.classes.has(p.type.path))
                    continue;
                for (const v of interp.propertyOf(inst, p.name, []))
                    if (typeof v === 'object' && v.kind === 'instance')
                        nested.push(v);
            }
        }
        for (let i = nested.length - 1; i >= 0; i--)
            pending.push(nested[i]);
    }
    for (const c of result.constraints) {
        if (c.status === 'failed' || c.status === 'error') {
            result.defects.push({ id: c.id, externalId: c.externalId, message: c.message ?? c.detail ?? '', enforcementLevel: c.enforcementLevel, ruleType: 'ClassConstraint', ruleDefinerPath: c.ruleDefinerPath, path: c.path });
        }
    }
    result.valid = !result.defects.some((d) => d.enforcementLevel !== 'Warn');
    return result;
}
function evaluateConstraint(interp, inst, owner, c) {
    const outcome = {
        id: c.name,
        ruleDefinerPath: owner,
        enforcementLevel: c.enforcementLevel === 'Warn' ? 'Warn' : 'Error',
        externalId: c.externalId ?? null,
        status: 'passed',
        path: inst.path,
    };
    if (c.owner)
        outcome.owner = c.owner;
    if (c.sourceInformation)
        outcome.sourceInformation = c.sourceInformation;
    const env = new Env();
    env.set('this', [inst]);
    try {
        const value = interp.evaluateBody(c.functionDefinition?.body ?? [], env);
        if (value.length !== 1 || typeof value[0] !== 'boolean')
            throw new EvaluationError(`the constraint returned ${value.length === 1 ? show(value[0]) : `${value.length} values`} instead of one Boolean`);
        if (value[0])
            return outcome;
        outcome.status = 'failed';
        outcome.message = defaultConstraintMessage(c.name, owner);
        if (c.messageFunction) {
            try {
                const m = interp.evaluateBody(c.messageFunction.body ?? [], env);
                if (m.length === 1 && typeof m[0] === 'string')
                    outcome.message = m[0];
            }
            catch {
                // The engine falls back to the default message when the message function fails.
            }
        }
    }
    catch (e) {
        outcome.status = e instanceof UnsupportedError ? 'unsupported' : 'error';
        outcome.detail = errorText(e);
        if (outcome.status === 'error')
            outcome.message = `Constraint :[${c.name}] could not be evaluated in the Class ${(0,types/* simpleName */.ct)(owner)}: ${errorText(e)}`;
    }
    return outcome;
}
/** Property types, enumeration values and multiplicities of one instance (Legend's ClassStructure defects). */
function checkStructure(interp, inst, result) {
    const comp = interp.scope.comp;
    for (const c of (0,types/* classAncestors */.pT)(comp, inst.classPath)) {
        const ci = comp.classes.get(c);
        if (!ci)
            continue;
        for (const p of [...ci.properties.values(), ...ci.associationProperties.values()]) {
            const raw = inst.data[p.name];
            const list = raw === undefined || raw === null ? [] : Array.isArray(raw) ? raw : [raw];
            if (!(0,types/* subsumes */.Id)(p.mult, { lower: list.length, upper: list.length })) {
                result.defects.push(structure(`Invalid multiplicity for ${p.name}: expected [${multText(p.mult)}] found [${list.length}]`, inst.classPath, inst.path));
            }
            list.forEach((v, i) => {
                if (interp.convertOne(v, p.type, inst, p.name, i) === undefined && p.type.k !== 'unknown') {
                    result.defects.push(structure(`Invalid value for ${p.name}: expected ${typeText(p.type, comp.enums.get(p.type.path))} found ${JSON.stringify(v)}`, inst.classPath, inst.path));
                }
            });
        }
    }
}
function structure(message, classPath, path) {
    return { id: null, externalId: null, message, enforcementLevel: 'Critical', ruleType: 'ClassStructure', ruleDefinerPath: classPath, path };
}
function multText(m) {
    return (0,types/* printMult */.cq)(m).slice(1, -1);
}
function typeText(t, enumValues) {
    switch (t.k) {
        case 'prim':
            return (0,types/* simpleName */.ct)(t.path);
        case 'enum':
            return `one of ${(0,types/* simpleName */.ct)(t.path)}.${[...(enumValues ?? [])].join('|')}`;
        case 'class':
            return `an object (${(0,types/* simpleName */.ct)(t.path)})`;
        default:
            return 'a value';
    }
}
function errorText(e) {
    return e instanceof Error ? e.message : String(e);
}
function toJson(values) {
    const one = (v) => {
        if (typeof v !== 'object')
            return v;
        switch (v.kind) {
            case 'number':
                return v.value;
            case 'date':
                return v.text;
            case 'enum':
                return v.value;
            case 'instance':
                return v.data;
            default:
                return show(v);
        }
    };
    return values.length === 1 ? one(values[0]) : values.map(one);
}


// EXTERNAL MODULE: ./src/pure/grammar/parse.ts + 15 modules
var parse = __webpack_require__(8692);
// EXTERNAL MODULE: ./src/checks/contracts/conj.ts
var contracts_conj = __webpack_require__(4323);
// EXTERNAL MODULE: ./src/checks/contracts/pointer.ts
var pointer = __webpack_require__(200);
// EXTERNAL MODULE: ./src/checks/contracts/schema-keywords.ts
var schema_keywords = __webpack_require__(7671);
// EXTERNAL MODULE: ./src/checks/contracts/schema-store.ts
var schema_store = __webpack_require__(90);
// EXTERNAL MODULE: ./src/checks/contracts/source-doc.ts + 2 modules
var source_doc = __webpack_require__(8333);
// EXTERNAL MODULE: ./src/data-pack.ts
var data_pack = __webpack_require__(4393);
;// CONCATENATED MODULE: ./src/checks/contracts/model.ts











/** Parses every PURE file into one model (files that do not parse are listed, not fatal). */
async function loadPureModel(paths, read) {
    const elements = [];
    const files = [];
    const unreadable = [];
    for (const path of paths) {
        const bytes = await read(path);
        if (!bytes)
            continue;
        files.push({ path, sha256: (0,data_pack/* sha256Hex */.fg)(bytes) });
        try {
            const data = (0,parse/* parsePureGrammar */.D)(bytes.toString('utf8'), { sourceId: path });
            elements.push(...data.elements.filter((e) => e._type !== 'sectionIndex'));
        }
        catch (e) {
            const si = e.sourceInformation;
            unreadable.push(`${path}${si ? `:${si.startLine}` : ''} (${e.message})`);
        }
    }
    const data = { _type: 'data', elements };
    return { data, sem: (0,compile/* buildSemanticModel */.K)(data), files, unreadable };
}
function classProps(model, classPath) {
    const comp = model.sem.comp;
    const out = new Map();
    for (const c of (0,types/* classAncestors */.pT)(comp, classPath)) {
        const info = comp.classes.get(c);
        if (!info)
            continue;
        const el = info.element;
        for (const p of [...info.properties.values(), ...info.associationProperties.values()]) {
            if (out.has(p.name))
                continue;
            const si = el?.properties.find((x) => x.name === p.name)?.sourceInformation;
            out.set(p.name, { name: p.name, type: p.type, lower: p.mult.lower, upper: p.mult.upper, owner: p.owner, ...(si ? { where: `${si.sourceId}:${si.startLine}` } : {}) });
        }
    }
    return [...out.values()];
}
function mult(lower, upper) {
    if (upper === null)
        return lower === 0 ? '[*]' : `[${lower}..*]`;
    return lower === upper ? `[${lower}]` : `[${lower}..${upper}]`;
}
function typeName(t) {
    return 'path' in t ? t.path : t.k;
}
function hasClass(model, classPath) {
    return model.sem.comp.classes.has(classPath);
}
/** Every difference between the class and the schema, at the schema location to fix. */
function compareWithModel(model, classPath, set, tax) {
    const root = (0,schema_store/* rootRef */.A6)(set);
    if (!root)
        return [];
    const out = [];
    const visited = new Set();
    const at = (ref, rel = []) => (0,source_doc/* locate */.x5)(ref.res.doc, [...ref.segments, ...rel]);
    const push = (kind, level, location, inst, detail) => {
        out.push({ kind, level, location, instancePath: (0,pointer/* toPointer */.rb)(inst), detail });
    };
    const compareClass = (cls, refs, inst) => {
        const conj = (0,contracts_conj/* flatten */.Bq)(set, refs);
        const key = `${cls}|${conj.map(schema_store/* refKey */.XF).sort().join('&')}`;
        if (visited.has(key) || inst.length > 20)
            return;
        visited.add(key);
        const anchor = conj[0] ?? refs[0];
        const schemaProps = new Map();
        const required = new Set();
        for (const r of conj) {
            if (!(0,schema_keywords/* isObject */.Gv)(r.value))
                continue;
            if ((0,schema_keywords/* isObject */.Gv)(r.value.properties))
                for (const n of Object.keys(r.value.properties))
                    schemaProps.set(n, [...(schemaProps.get(n) ?? []), (0,schema_store/* childRef */._3)(r, ['properties', n])]);
            if (Array.isArray(r.value.required))
                for (const n of r.value.required)
                    if (typeof n === 'string')
                        required.add(n);
        }
        const props = classProps(model, cls);
        const propsKw = (0,contracts_conj/* withKeyword */.Y1)(conj, 'properties')[0];
        for (const p of props) {
            const here = [...inst, p.name];
            const refsP = schemaProps.get(p.name);
            const decl = `${p.owner}.${p.name}: ${typeName(p.type)}${mult(p.lower, p.upper)}${p.where ? ` (${p.where})` : ''}`;
            if (!refsP) {
                push('missing-in-schema', p.lower >= 1 ? 'error' : 'warning', propsKw ? at(propsKw.ref, ['properties']) : at(anchor), here, `the model declares ${decl} but the schema does not define "${p.name}"`);
                continue;
            }
            const cp = (0,contracts_conj/* flatten */.Bq)(set, refsP);
            const types = (0,contracts_conj/* allowedTypes */.qm)(cp);
            const arrays = types.has('array');
            const scalars = [...types].filter((t) => t !== 'array' && t !== 'null');
            const num = (kw, pick) => {
                const xs = (0,contracts_conj/* withKeyword */.Y1)(cp, kw).flatMap((x) => (typeof x.value === 'number' ? [x.value] : []));
                return xs.length ? xs.reduce(pick) : undefined;
            };
            const minItems = num('minItems', Math.max) ?? 0;
            const maxItems = num('maxItems', Math.min) ?? Infinity;
            const schemaMin = !required.has(p.name) || types.has('null') ? 0 : arrays ? (scalars.length ? Math.min(1, minItems) : minItems) : 1;
            const schemaMax = arrays ? maxItems : 1;
            const propLoc = at(refsP[0]);
            if (schemaMin < p.lower) {
                const why = !required.has(p.name) ? 'optional' : types.has('null') ? 'nullable' : `an array with at least ${schemaMin} items`;
                push('multiplicity', 'error', propLoc, here, `the model declares ${decl} (at least ${p.lower}) but the schema makes "${p.name}" ${why}`);
            }
            if (schemaMax > (p.upper ?? Infinity)) {
                push('multiplicity', 'error', propLoc, here, `the model declares ${decl} (at most ${p.upper}) but the schema allows ${schemaMax === Infinity ? 'any number of' : schemaMax} values`);
            }
            let element = cp;
            if (arrays && scalars.length === 0) {
                element = [];
                for (const r of cp) {
                    if (!(0,schema_keywords/* isObject */.Gv)(r.value))
                        continue;
                    const { rest } = (0,schema_keywords/* itemKeywords */.A6)(r.res.draft, r.value);
                    if (rest && r.value[rest] !== undefined)
                        element.push((0,schema_store/* childRef */._3)(r, [rest]));
                }
                element = (0,contracts_conj/* flatten */.Bq)(set, element);
            }
            compareType(p, element, here, decl);
        }
        const modelNames = new Set(props.map((p) => p.name));
        for (const [n, refsN] of schemaProps) {
            if (!modelNames.has(n))
                push('missing-in-model', 'warning', at(refsN[0]), [...inst, n], `the schema defines "${n}" but class ${cls} has no such property`);
        }
    };
    const compareType = (p, conj, inst, decl) => {
        const loc = (kw) => {
            const x = kw ? (0,contracts_conj/* withKeyword */.Y1)(conj, kw)[0] : undefined;
            return x ? at(x.ref, [kw]) : conj[0] ? at(conj[0]) : { path: set.rootPath, startLine: 1 };
        };
        const schemaTypes = (0,contracts_conj/* typeSet */.xh)(conj);
        const en = (0,contracts_conj/* enumSet */.Yf)(conj);
        const t = p.type;
        if (t.k === 'enum') {
            const values = model.sem.comp.enums.get(t.path) ?? new Set();
            if (!en) {
                push('enum', 'error', loc('type'), inst, `the model declares ${decl}, an enumeration of ${[...values].join(', ')}, but the schema allows any value; add "enum": [${[...values].map((v) => JSON.stringify(v)).join(', ')}]`);
                return;
            }
            const extra = [...en.values()].filter((v) => typeof v !== 'string' || !values.has(v));
            if (extra.length)
                push('enum', 'error', loc('enum'), inst, `the schema allows ${extra.map((v) => JSON.stringify(v)).join(', ')}, which enumeration ${t.path} does not define (values: ${[...values].join(', ')})`);
            return;
        }
        if (t.k === 'class') {
            const bad = schemaTypes ? [...schemaTypes].filter((x) => x !== 'object' && x !== 'null') : ['any type'];
            if (bad.length)
                push('type', 'error', loc('type'), inst, `the model declares ${decl} (a class) but the schema allows ${bad.join(', ')}`);
            if (model.sem.comp.classes.has(t.path))
                compareClass(t.path, conj, inst);
            return;
        }
        if (t.k !== 'prim')
            return;
        let base = t.path;
        while (base && !tax.modelTypes[base])
            base = system/* PRIMITIVE_SUPERTYPE */._D[base];
        const mapping = base ? tax.modelTypes[base] : undefined;
        if (!mapping)
            return;
        const ok = new Set(mapping.types);
        if (ok.has('number'))
            ok.add('integer');
        const allowed = schemaTypes ? [...schemaTypes].filter((x) => x !== 'null') : en ? [...new Set([...en.values()].map(jsonType))] : ['any type'];
        const bad = allowed.filter((x) => !ok.has(x));
        if (bad.length) {
            push('type', 'error', loc('type'), inst, `the model declares ${decl} but the schema allows ${bad.join(', ')}; use "type": ${JSON.stringify(mapping.types.length === 1 ? mapping.types[0] : mapping.types)}`);
            return;
        }
        if (mapping.formats && allowed.includes('string')) {
            const fmt = (0,contracts_conj/* withKeyword */.Y1)(conj, 'format').find((x) => typeof x.value === 'string')?.value;
            if (!en && (fmt === undefined || !mapping.formats.includes(fmt))) {
                push('type', 'error', loc(fmt === undefined ? 'type' : 'format'), inst, `the model declares ${decl} but the schema allows ${fmt === undefined ? 'any string' : `format "${fmt}"`}; use "format": ${JSON.stringify(mapping.formats[0])}`);
            }
        }
    };
    compareClass(classPath, [root], []);
    return out;
}
function jsonType(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'array';
    if (typeof v === 'number')
        return Number.isInteger(v) ? 'integer' : 'number';
    return typeof v;
}
/** Evaluates the class's constraints (and structure) on one instance. */
function checkInstance(model, classPath, instance) {
    try {
        return { result: evaluateConstraints({ model: model.data, class: classPath, instance }) };
    }
    catch (e) {
        return { result: null, error: e.message };
    }
}
/** JSON pointer segments of an evaluator path. */
function pathSegments(path) {
    return path.flatMap((n) => (n.index === undefined ? [n.propertyName] : [n.propertyName, String(n.index)]));
}


/***/ })

};
