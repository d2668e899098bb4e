/**
 * The standard-library subset the embedded compiler type-checks, as data: every overload Legend's engine
 * registers for each supported function name, in Legend's registration order (so a "Can't find a match"
 * message lists candidates in the same order the engine does), written in Pure's own signature notation.
 *
 * Notation: `name(P1[m1],P2[m2]):R[m]`. Single upper-case letters (`T`, `U`, `V`, `X`, `P`) are type
 * parameters, single lower-case letters (`m`, `n`, `o`) multiplicity parameters. `Function<{A[1]->B[1]}>` is a
 * function (lambda) parameter with its parameter and return types. Types the embedded engine does not model
 * (`Relation`, `TabularDataSet`, `_Window`, `ColSpec`, ...) are kept so that arities and candidate lists are
 * complete; only an argument of unknown type can match them.
 *
 * A function name outside this table is "not supported by the embedded engine" (a warning, never an error).
 */
export const STDLIB_SIGNATURES: Readonly<Record<string, readonly string[]>> = {
  // --- boolean
  and: ['and(Boolean[1],Boolean[1]):Boolean[1]', 'and(Boolean[*]):Boolean[1]'],
  or: ['or(Boolean[1],Boolean[1]):Boolean[1]', 'or(Boolean[1..*]):Boolean[1]', 'or(Boolean[*]):Boolean[1]'],
  not: ['not(Boolean[1]):Boolean[1]'],
  xor: ['xor(Boolean[1],Boolean[1]):Boolean[1]'],
  equal: ['equal(Any[*],Any[*]):Boolean[1]'],
  eq: ['eq(Any[1],Any[1]):Boolean[1]'],
  is: ['is(Any[1],Any[1]):Boolean[1]'],
  greaterThan: comparison('greaterThan'),
  greaterThanEqual: comparison('greaterThanEqual'),
  lessThan: comparison('lessThan'),
  lessThanEqual: comparison('lessThanEqual'),
  between: [
    'between(StrictDate[0..1],StrictDate[0..1],StrictDate[0..1]):Boolean[1]',
    'between(DateTime[0..1],DateTime[0..1],DateTime[0..1]):Boolean[1]',
    'between(Number[0..1],Number[0..1],Number[0..1]):Boolean[1]',
    'between(String[0..1],String[0..1],String[0..1]):Boolean[1]',
  ],
  // --- arithmetic
  plus: ['plus(String[*]):String[1]', 'plus(Integer[*]):Integer[1]', 'plus(Float[*]):Float[1]', 'plus(Decimal[*]):Decimal[1]', 'plus(Number[*]):Number[1]'],
  minus: ['minus(Integer[*]):Integer[1]', 'minus(Float[*]):Float[1]', 'minus(Decimal[*]):Decimal[1]', 'minus(Number[*]):Number[1]'],
  times: ['times(Integer[*]):Integer[1]', 'times(Float[*]):Float[1]', 'times(Number[*]):Number[1]', 'times(Decimal[*]):Decimal[1]'],
  divide: ['divide(Number[1],Number[1]):Float[1]', 'divide(Decimal[1],Decimal[1],Integer[1]):Decimal[1]'],
  abs: ['abs(Float[1]):Float[1]', 'abs(Integer[1]):Integer[1]', 'abs(Decimal[1]):Decimal[1]', 'abs(Number[1]):Number[1]'],
  round: ['round(Float[1],Integer[1]):Float[1]', 'round(Decimal[1],Integer[1]):Decimal[1]', 'round(Number[1]):Integer[1]'],
  ceiling: ['ceiling(Number[1]):Integer[1]'],
  floor: ['floor(Number[1]):Integer[1]'],
  mod: ['mod(Integer[1],Integer[1]):Integer[1]'],
  rem: ['rem(Number[1],Number[1]):Number[1]'],
  pow: ['pow(Number[1],Number[1]):Number[1]'],
  sqrt: ['sqrt(Number[1]):Float[1]'],
  exp: ['exp(Number[1]):Float[1]'],
  log: ['log(Number[1]):Float[1]'],
  toFloat: ['toFloat(Number[1]):Float[1]'],
  toDecimal: ['toDecimal(Number[1]):Decimal[1]'],
  max: extremum('max'),
  min: extremum('min'),
  sum: ['sum(Float[*]):Float[1]', 'sum(Integer[*]):Integer[1]', 'sum(Number[*]):Number[1]'],
  average: [
    'average(Relation<T>[1],_Window<T>[1],T[1],ColSpec<T>[1]):Float[1]',
    'average(Float[*]):Float[1]',
    'average(Integer[*]):Float[1]',
    'average(Number[*]):Float[1]',
  ],
  // --- collections and multiplicity
  isEmpty: ['isEmpty(Any[0..1]):Boolean[1]', 'isEmpty(Any[*]):Boolean[1]'],
  isNotEmpty: ['isNotEmpty(Any[0..1]):Boolean[1]', 'isNotEmpty(Any[*]):Boolean[1]'],
  size: ['size(Relation<T>[1]):Integer[1]', 'size(Any[*]):Integer[1]'],
  count: ['count(Any[*]):Integer[1]'],
  toOne: ['toOne(T[*]):T[1]'],
  toOneMany: ['toOneMany(T[*]):T[1..*]'],
  first: ['first(T[*]):T[0..1]', 'first(Relation<T>[1],_Window<T>[1],T[1]):T[0..1]'],
  last: ['last(T[*]):T[0..1]', 'last(Relation<T>[1],_Window<T>[1],T[1]):T[0..1]'],
  head: ['head(T[*]):T[0..1]'],
  tail: ['tail(T[*]):T[*]'],
  at: ['at(T[*],Integer[1]):T[1]'],
  exists: ['exists(Relation<T>[1],Function<{T[1]->Boolean[1]}>[1]):Boolean[1]', 'exists(T[*],Function<{T[1]->Boolean[1]}>[1]):Boolean[1]'],
  forAll: ['forAll(T[*],Function<{T[1]->Boolean[1]}>[1]):Boolean[1]'],
  filter: [
    'filter(Relation<T>[1],Function<{T[1]->Boolean[1]}>[1]):Relation<T>[1]',
    'filter(TabularDataSet[1],Function<{TDSRow[1]->Boolean[1]}>[1]):TabularDataSet[1]',
    'filter(T[*],Function<{T[1]->Boolean[1]}>[1]):T[*]',
  ],
  map: ['map(T[m],Function<{T[1]->V[1]}>[1]):V[m]', 'map(T[0..1],Function<{T[1]->V[0..1]}>[1]):V[0..1]', 'map(T[*],Function<{T[1]->V[*]}>[1]):V[*]'],
  in: ['in(U[0..1],Relation<T>[1]):Boolean[1]', 'in(Any[1],Any[*]):Boolean[1]', 'in(Any[0..1],Any[*]):Boolean[1]'],
  contains: ['contains(String[1],String[1]):Boolean[1]', 'contains(String[0..1],String[1]):Boolean[1]', 'contains(Any[*],Any[1]):Boolean[1]'],
  concatenate: [
    'concatenate(TabularDataSet[1],TabularDataSet[1]):TabularDataSet[1]',
    'concatenate(Relation<T>[1],Relation<V>[1]):Relation<X>[1]',
    'concatenate(T[*],T[*]):T[*]',
  ],
  union: ['union(T[*],T[*]):T[*]'],
  distinct: [
    'distinct(Relation<T>[1],ColSpecArray<X>[1]):Relation<X>[1]',
    'distinct(Relation<T>[1]):Relation<T>[1]',
    'distinct(TabularDataSet[1]):TabularDataSet[1]',
    'distinct(T[*]):T[*]',
  ],
  removeDuplicates: [
    'removeDuplicates(T[*]):T[*]',
    'removeDuplicates(T[*],Function<{T[1],T[1]->Boolean[1]}>[1]):T[*]',
    'removeDuplicates(T[*],Function<{T[1]->V[1]}>[0..1],Function<{V[1],V[1]->Boolean[1]}>[0..1]):T[*]',
  ],
  isDistinct: ['isDistinct(T[*]):Boolean[1]', 'isDistinct(T[*],RootGraphFetchTree<T>[1]):Boolean[1]'],
  sort: [
    'sort(T[m]):T[m]',
    'sort(Relation<T>[1],SortInfo<T>[*]):Relation<T>[1]',
    'sort(T[m],Function<{T[1],T[1]->Integer[1]}>[0..1]):T[m]',
    'sort(T[m],Function<{T[1]->U[1]}>[0..1],Function<{U[1],U[1]->Integer[1]}>[0..1]):T[m]',
    'sort(TabularDataSet[1],String[1],SortDirection[1]):TabularDataSet[1]',
    'sort(TabularDataSet[1],String[*]):TabularDataSet[1]',
    'sort(TabularDataSet[1],SortInformation[*]):TabularDataSet[1]',
  ],
  sortBy: ['sortBy(T[m],Function<{T[1]->U[1]}>[0..1]):T[m]'],
  take: ['take(TabularDataSet[1],Integer[1]):TabularDataSet[1]', 'take(T[*],Integer[1]):T[*]'],
  drop: ['drop(TabularDataSet[1],Integer[1]):TabularDataSet[1]', 'drop(Relation<T>[1],Integer[1]):Relation<T>[1]', 'drop(T[*],Integer[1]):T[*]'],
  slice: [
    'slice(TabularDataSet[1],Integer[1],Integer[1]):TabularDataSet[1]',
    'slice(Relation<T>[1],Integer[1],Integer[1]):Relation<T>[1]',
    'slice(T[*],Integer[1],Integer[1]):T[*]',
  ],
  reverse: ['reverse(T[m]):T[m]'],
  indexOf: ['indexOf(String[1],String[1]):Integer[1]', 'indexOf(T[*],T[1]):Integer[1]', 'indexOf(String[1],String[1],Integer[1]):Integer[1]'],
  range: ['range(Integer[1],Integer[1],Integer[1]):Integer[*]', 'range(Integer[1],Integer[1]):Integer[*]', 'range(Integer[1]):Integer[*]'],
  greatest: ['greatest(X[1..*]):X[1]', 'greatest(X[*]):X[0..1]'],
  least: ['least(X[1..*]):X[1]', 'least(X[*]):X[0..1]'],
  coalesce: [
    'coalesce(T[0..1],T[1]):T[1]',
    'coalesce(T[0..1],T[0..1]):T[0..1]',
    'coalesce(T[0..1],T[0..1],T[1]):T[1]',
    'coalesce(T[0..1],T[0..1],T[0..1]):T[0..1]',
    'coalesce(T[0..1],T[0..1],T[0..1],T[1]):T[1]',
    'coalesce(T[0..1],T[0..1],T[0..1],T[0..1]):T[0..1]',
  ],
  // --- language
  if: ['if(Boolean[1],Function<{->T[m]}>[1],Function<{->T[m]}>[1]):T[m]', 'if(Pair<Function<{->Boolean[1]}>,Function<{->T[m]}>>[*],Function<{->T[m]}>[1]):T[m]'],
  getAll: ['getAll(Class<T>[1]):T[*]', 'getAll(Class<T>[1],Date[1]):T[*]', 'getAll(Class<T>[1],Date[1],Date[1]):T[*]'],
  new: ['new(Class<T>[1],String[1],KeyExpression[*]):T[1]'],
  cast: ['cast(Any[m],T[1]):T[m]'],
  instanceOf: ['instanceOf(Any[1],Type[1]):Boolean[1]'],
  letFunction: ['letFunction(String[1],T[m]):T[m]'],
  // --- strings
  startsWith: ['startsWith(String[1],String[1]):Boolean[1]', 'startsWith(String[0..1],String[1]):Boolean[1]'],
  endsWith: ['endsWith(String[1],String[1]):Boolean[1]', 'endsWith(String[0..1],String[1]):Boolean[1]'],
  length: ['length(String[1]):Integer[1]'],
  toString: ['toString(Any[1]):String[1]'],
  toUpper: ['toUpper(String[1]):String[1]'],
  toLower: ['toLower(String[1]):String[1]'],
  trim: ['trim(String[1]):String[1]'],
  ltrim: ['ltrim(String[1]):String[1]'],
  rtrim: ['rtrim(String[1]):String[1]'],
  substring: ['substring(String[1],Integer[1],Integer[1]):String[1]', 'substring(String[1],Integer[1]):String[1]'],
  replace: ['replace(String[1],String[1],String[1]):String[1]'],
  split: ['split(String[1],String[1]):String[*]'],
  joinStrings: [
    'joinStrings(String[*],String[1]):String[1]',
    'joinStrings(String[*],String[1],String[1],String[1]):String[1]',
    'joinStrings(String[*]):String[1]',
    'joinStrings(Relation<T>[1],ColSpec<T>[1],String[1]):String[1]',
    'joinStrings(Relation<T>[1],ColSpec<T>[1],String[1],SortInfo<T>[*]):String[1]',
    'joinStrings(Relation<T>[1],Function<{T[1]->String[0..1]}>[1],String[1]):String[1]',
    'joinStrings(Relation<T>[1],Function<{T[1]->String[0..1]}>[1],String[1],SortInfo<T>[*]):String[1]',
  ],
  lpad: ['lpad(String[1],Integer[1]):String[1]', 'lpad(String[1],Integer[1],String[1]):String[1]'],
  rpad: ['rpad(String[1],Integer[1]):String[1]', 'rpad(String[1],Integer[1],String[1]):String[1]'],
  format: ['format(String[1],Any[*]):String[1]'],
  makeString: [
    'makeString(Pair<Any,Any>[*]):String[1]',
    'makeString(Any[*]):String[1]',
    'makeString(Any[*],String[1]):String[1]',
    'makeString(Any[*],String[1],String[1],String[1]):String[1]',
  ],
  parseInteger: ['parseInteger(String[1]):Integer[1]'],
  parseFloat: ['parseFloat(String[1]):Float[1]'],
  parseDate: ['parseDate(String[1]):Date[1]'],
  parseBoolean: ['parseBoolean(String[1]):Boolean[1]'],
  parseDecimal: ['parseDecimal(String[1],Integer[1],Integer[1]):Decimal[1]', 'parseDecimal(String[1]):Decimal[1]'],
  // --- dates
  isAfterDay: dayComparison('isAfterDay'),
  isBeforeDay: dayComparison('isBeforeDay'),
  isOnDay: dayComparison('isOnDay'),
  isOnOrAfterDay: dayComparison('isOnOrAfterDay'),
  isOnOrBeforeDay: dayComparison('isOnOrBeforeDay'),
  today: ['today():StrictDate[1]'],
  now: ['now():DateTime[1]'],
  year: ['year(Date[1]):Integer[1]', 'year(Date[0..1]):Integer[0..1]'],
  monthNumber: ['monthNumber(Date[1]):Integer[1]', 'monthNumber(Date[0..1]):Integer[0..1]'],
  weekOfYear: ['weekOfYear(Date[1]):Integer[1]', 'weekOfYear(Date[0..1]):Integer[0..1]'],
  dayOfMonth: ['dayOfMonth(Date[1]):Integer[1]'],
  dayOfWeekNumber: ['dayOfWeekNumber(Date[1]):Integer[1]', 'dayOfWeekNumber(Date[1],DayOfWeek[1]):Integer[1]'],
  hour: ['hour(Date[1]):Integer[1]'],
  minute: ['minute(Date[1]):Integer[1]'],
  second: ['second(Date[1]):Integer[1]'],
  datePart: ['datePart(Date[1]):Date[1]', 'datePart(Date[0..1]):Date[0..1]'],
  adjust: ['adjust(Date[1],Integer[1],DurationUnit[1]):Date[1]'],
  dateDiff: ['dateDiff(Date[1],Date[1],DurationUnit[1]):Integer[1]', 'dateDiff(Date[0..1],Date[0..1],DurationUnit[1]):Integer[0..1]'],
  date: [
    'date(Integer[1]):Date[1]',
    'date(Integer[1],Integer[1]):Date[1]',
    'date(Integer[1],Integer[1],Integer[1]):StrictDate[1]',
    'date(Integer[1],Integer[1],Integer[1],Integer[1]):DateTime[1]',
    'date(Integer[1],Integer[1],Integer[1],Integer[1],Integer[1]):DateTime[1]',
    'date(Integer[1],Integer[1],Integer[1],Integer[1],Integer[1],Number[1]):DateTime[1]',
  ],
};

function comparison(name: string): string[] {
  const out: string[] = [];
  for (const t of ['Boolean', 'Date', 'Number', 'String']) {
    for (const [a, b] of [['1', '1'], ['1', '0..1'], ['0..1', '1'], ['0..1', '0..1']]) out.push(`${name}(${t}[${a}],${t}[${b}]):Boolean[1]`);
  }
  return out;
}

function dayComparison(name: string): string[] {
  return [`${name}(Date[1],Date[1]):Boolean[1]`, `${name}(Date[0..1],Date[1]):Boolean[1]`, `${name}(Date[1],Date[0..1]):Boolean[1]`, `${name}(Date[0..1],Date[0..1]):Boolean[1]`];
}

function extremum(name: string): string[] {
  return [
    `${name}(Integer[1],Integer[1]):Integer[1]`,
    `${name}(Float[1],Float[1]):Float[1]`,
    `${name}(Number[1],Number[1]):Number[1]`,
    `${name}(DateTime[1],DateTime[1]):DateTime[1]`,
    `${name}(StrictDate[1],StrictDate[1]):StrictDate[1]`,
    `${name}(Date[1],Date[1]):Date[1]`,
    `${name}(T[1..*],Function<{T[1],T[1]->Boolean[1]}>[1]):T[1]`,
    `${name}(Integer[1..*]):Integer[1]`,
    `${name}(Integer[*]):Integer[0..1]`,
    `${name}(Float[1..*]):Float[1]`,
    `${name}(Float[*]):Float[0..1]`,
    `${name}(Number[1..*]):Number[1]`,
    `${name}(Number[*]):Number[0..1]`,
    `${name}(DateTime[*]):DateTime[0..1]`,
    `${name}(StrictDate[*]):StrictDate[0..1]`,
    `${name}(Date[*]):Date[0..1]`,
    `${name}(X[1..*]):X[1]`,
    `${name}(X[*]):X[0..1]`,
  ];
}

/** Named types in the signatures above that are not primitives: what each stands for. */
export const STDLIB_TYPE_NAMES: Readonly<Record<string, { kind: 'class' | 'enumeration' | 'opaque' | 'meta'; path: string }>> = {
  Any: { kind: 'class', path: 'meta::pure::metamodel::type::Any' },
  Nil: { kind: 'class', path: 'meta::pure::metamodel::type::Nil' },
  DurationUnit: { kind: 'enumeration', path: 'meta::pure::functions::date::DurationUnit' },
  DayOfWeek: { kind: 'enumeration', path: 'meta::pure::functions::date::DayOfWeek' },
  SortDirection: { kind: 'enumeration', path: 'meta::pure::tds::SortDirection' },
  Pair: { kind: 'class', path: 'meta::pure::functions::collection::Pair' },
  TDSRow: { kind: 'class', path: 'meta::pure::tds::TDSRow' },
  Class: { kind: 'meta', path: 'meta::pure::metamodel::type::Class' },
  Type: { kind: 'meta', path: 'meta::pure::metamodel::type::Type' },
  KeyExpression: { kind: 'meta', path: 'meta::pure::metamodel::function::KeyExpression' },
  Relation: { kind: 'opaque', path: 'meta::pure::metamodel::relation::Relation' },
  TabularDataSet: { kind: 'opaque', path: 'meta::pure::tds::TabularDataSet' },
  _Window: { kind: 'opaque', path: 'meta::pure::functions::relation::_Window' },
  ColSpec: { kind: 'opaque', path: 'meta::pure::metamodel::relation::ColSpec' },
  ColSpecArray: { kind: 'opaque', path: 'meta::pure::metamodel::relation::ColSpecArray' },
  SortInfo: { kind: 'opaque', path: 'meta::pure::functions::relation::SortInfo' },
  SortInformation: { kind: 'opaque', path: 'meta::pure::tds::SortInformation' },
  RootGraphFetchTree: { kind: 'opaque', path: 'meta::pure::graphFetch::RootGraphFetchTree' },
};
