/**
 * Property tests of the grammar toolkit:
 * - any input (random text, random token soup, corrupted corpus files) either parses or fails with a PARSER
 *   EngineError carrying a 1-based position, never another exception and never an internal error wrapped as one,
 *   and always quickly (input sizes and run counts are bounded);
 * - parse → compose → parse is a fixed point on generated valid models (all supported sections).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { composePureGrammar, isEngineError, parsePureGrammar } from '../../src/pure/index.js';
import { enginePairs, firstDifference, stripSourceInformation, studioFiles } from './corpus.js';

const CORPUS = [...studioFiles().map((f) => f.text), ...enginePairs().map((p) => p.grammar)];
const MAX_MS = 2000;

function lineCount(text: string): number {
  let n = 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

/** Parses `text`; a failure must be a positioned PARSER EngineError that is not a wrapped internal error. */
function checkParse(text: string): void {
  const t0 = performance.now();
  try {
    parsePureGrammar(text, { sourceId: 'x.pure' });
  } catch (e) {
    if (!isEngineError(e)) throw new Error(`not an EngineError: ${String(e)}\ninput: ${JSON.stringify(text)}`);
    const cause = (e as { cause?: unknown }).cause;
    if (cause !== undefined && !(cause instanceof RangeError)) {
      throw new Error(`internal error wrapped as a parser error: ${String(cause)}\n${(cause as Error).stack}\ninput: ${JSON.stringify(text)}`);
    }
    expect(e.errorType).toBe('PARSER');
    const si = e.sourceInformation;
    expect(si, e.message).toBeDefined();
    if (!si) return;
    expect(si.sourceId).toBe('x.pure');
    expect(si.startLine).toBeGreaterThanOrEqual(1);
    expect(si.startColumn).toBeGreaterThanOrEqual(1);
    expect(si.endLine).toBeGreaterThanOrEqual(si.startLine);
    // a section's own position counts two extra lines, as the engine's does
    expect(si.startLine).toBeLessThanOrEqual(lineCount(text) + 2);
    expect(e.message.length).toBeGreaterThan(0);
  }
  expect(performance.now() - t0).toBeLessThan(MAX_MS);
}

// ------------------------------------------------------------------------------------------------- random input

const TOKENS = [
  'Class', 'Enum', 'Association', 'Profile', 'function', 'Measure', 'Mapping', 'Database', 'Table', 'Join', 'Runtime',
  'Service', 'Data', 'import', 'extends', 'let', 'true', 'false', 'Pure', 'Relational', 'Relation', 'EnumerationMapping',
  'Single', 'Multi', 'query', 'mapping', 'runtime', 'testSuites', 'tests', 'asserts', 'data', 'pattern',
  'a', 'b', 'x', 'my::pkg::C', 'String', 'Integer', '$this', '$x', 'src', '~src', '~filter', '~func', '~mainTable',
  '{', '}', '(', ')', '[', ']', '<', '>', '<<', '>>', ':', '::', ';', ',', '.', '..', '|', '->', '=', '==', '!=',
  '+', '-', '*', '/', '&&', '||', '!', '@', '^', '#', '~', '$', '%', '?', '1', '0', '42', '1.5', '3.0d', '%2020-01-02',
  "'str'", "'''\n  doc\n'''", "'unterminated", '"dq"', '#{', '}#', '#/', '#>{', '###Pure', '###Mapping', '###Relational',
  '###Runtime', '###Connection', '###Service', '###Data', '###Unknown', '###Persistence', '//c', '/*c*/', '/*', '\n', ' ', '\t',
];

const tokenSoup = fc.array(fc.constantFrom(...TOKENS), { maxLength: 120 }).map((ts) => ts.join(' '));

/** A corpus file with a few random edits (deleted, duplicated or replaced slices). */
const corrupted = fc
  .tuple(
    fc.integer({ min: 0, max: CORPUS.length - 1 }),
    fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 40 }), fc.oneof(fc.constant(''), fc.constantFrom(...TOKENS), fc.string({ maxLength: 6 }))), {
      minLength: 1,
      maxLength: 4,
    }),
  )
  .map(([i, edits]) => {
    let text = CORPUS[i]!;
    for (const [where, len, insert] of edits) {
      const at = Math.floor(where * text.length);
      text = text.slice(0, at) + insert + text.slice(Math.min(text.length, at + len));
    }
    return text;
  });

describe('parser robustness', () => {
  it('random text only ever gives a positioned PARSER error', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300, unit: 'binary' }), checkParse), { numRuns: 400 });
    fc.assert(fc.property(fc.string({ maxLength: 300 }).map((s) => '###Pure\n' + s), checkParse), { numRuns: 200 });
  });

  it('random token soup only ever gives a positioned PARSER error', () => {
    fc.assert(fc.property(tokenSoup, checkParse), { numRuns: 1500 });
    for (const header of ['###Mapping\n', '###Relational\n', '###Runtime\n', '###Connection\n', '###Service\n', '###Data\n']) {
      fc.assert(fc.property(tokenSoup.map((s) => header + s), checkParse), { numRuns: 300 });
    }
  });

  it('corrupted corpus files only ever give a positioned PARSER error', () => {
    fc.assert(fc.property(corrupted, checkParse), { numRuns: 1500 });
  });

  it('deep nesting is an error, not a crash', () => {
    checkParse(`function a::f(): Any[*] { ${'('.repeat(20000)}1${')'.repeat(20000)} }`);
    checkParse(`function a::f(): Any[*] { ${'['.repeat(20000)} }`);
    checkParse(`Class a::B { p: String[1] = ${'!'.repeat(20000)}true; }`);
  });
});

// ------------------------------------------------------------------------------------------------- generated models

const KEYWORDS = new Set(['let', 'all', 'true', 'false', 'extends', 'import', 'native', 'function', 'src', 'if', 'and', 'or', 'not', 'new', 'this']);
const name = fc
  .tuple(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'), maxLength: 7 }))
  .map(([a, b]) => a + b)
  .filter((s) => !KEYWORDS.has(s));
const typeName = name.map((s) => s.charAt(0).toUpperCase() + s.slice(1));
const multiplicity = fc.constantFrom('[1]', '[0..1]', '[*]', '[1..*]', '[2..5]', '[0..*]');
const stringLiteral = fc.string({ unit: fc.constantFrom(...'ab c\'\\\n\t"xyz_%$#{}'), maxLength: 10 }).map((s) => "'" + s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\t/g, '\\t') + "'");
const PRIMITIVES = ['String', 'Integer', 'Float', 'Boolean', 'Date', 'StrictDate', 'DateTime', 'Decimal', 'Number'];

const literal = fc.oneof(
  fc.integer({ min: 0, max: 100000 }).map(String),
  fc.tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 1, max: 99 })).map(([a, b]) => `${a}.${b}`),
  stringLiteral,
  fc.constantFrom('true', 'false', '%2020-01-02', '%2020-01-02T10:20:30', '%12:30:00', '1.5d', '[]'),
);

/** Expressions over `$this` / lambda variables, of bounded depth. */
const expression: fc.Arbitrary<string> = fc.letrec<{ e: string }>((tie) => ({
  e: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    literal,
    name.map((p) => `$this.${p}`),
    fc.constantFrom('$x', '$y'),
    fc.tuple(tie('e'), fc.constantFrom('+', '-', '*', '/', '==', '!=', '<', '<=', '>', '>=', '&&', '||'), tie('e')).map(([a, op, b]) => `${a} ${op} ${b}`),
    tie('e').map((a) => `!${a}`),
    tie('e').map((a) => `(${a})`),
    fc.tuple(tie('e'), fc.constantFrom('isEmpty', 'isNotEmpty', 'toOne', 'size', 'toString', 'first')).map(([a, f]) => `${a}->${f}()`),
    fc.tuple(tie('e'), fc.constantFrom('map', 'filter', 'exists', 'forAll')).chain(([a, f]) => tie('e').map((b) => `${a}->${f}(x|${b})`)),
    fc.tuple(tie('e'), tie('e'), tie('e')).map(([a, b, c]) => `if(${a}, |${b}, |${c})`),
    // collection items are `expression`s in Legend's grammar: operators need parentheses there
    fc.array(tie('e'), { minLength: 1, maxLength: 3 }).map((xs) => `[${xs.map((x) => `(${x})`).join(', ')}]`),
    fc.tuple(tie('e'), name).map(([a, p]) => `${a}.${p}`),
    fc.tuple(name, tie('e')).map(([f, a]) => `my::fn::${f}(${a})`),
  ),
})).e;

interface Names {
  pkg: string;
  classes: string[];
  enums: string[];
}

function classDef(n: Names, cls: string, i: number): fc.Arbitrary<string> {
  const propType = fc.constantFrom(...PRIMITIVES, ...n.classes.map((c) => `${n.pkg}::${c}`), ...n.enums.map((e) => `${n.pkg}::${e}`));
  const property = fc
    .tuple(name, propType, multiplicity, fc.option(literal, { nil: undefined }))
    .map(([p, t, m, d]) => `  ${p}: ${t}${m}${d !== undefined && PRIMITIVES.includes(t) && m === '[1]' ? ' = ' + d : ''};`);
  const qualified = fc.tuple(name, expression, multiplicity).map(([q, body, m]) => `  ${q}() {${body}}: String${m};`);
  const constraint = fc.tuple(name, expression).map(([c, body]) => `  ${c}: ${body}`);
  return fc
    .tuple(
      fc.uniqueArray(property, { maxLength: 5, selector: (s) => s.split(':')[0] }),
      fc.array(qualified, { maxLength: 2 }),
      fc.array(constraint, { maxLength: 2 }),
      fc.boolean(),
      fc.boolean(),
    )
    .map(([props, quals, constraints, stereo, superType]) => {
      const annotations = stereo ? `<<${n.pkg}::Prof.s1>> {${n.pkg}::Prof.t1 = 'v${i}'} ` : '';
      const ext = superType && i > 0 ? ` extends ${n.pkg}::${n.classes[0]}` : '';
      const cons = constraints.length > 0 ? `\n[\n${constraints.join(',\n')}\n]` : '';
      return `Class ${annotations}${n.pkg}::${cls}${ext}${cons}\n{\n${[...props, ...quals].join('\n')}\n}`;
    });
}

const model: fc.Arbitrary<string> = fc
  .record({
    pkg: fc.array(name, { minLength: 1, maxLength: 3 }).map((xs) => xs.join('::')),
    classes: fc.uniqueArray(typeName, { minLength: 1, maxLength: 4 }),
    enums: fc.uniqueArray(typeName.map((s) => s + 'Kind'), { maxLength: 2 }),
  })
  .filter((n) => n.classes.every((c) => !n.enums.includes(c)))
  .chain((n) => {
    const enumDefs = n.enums.map((e) => fc.uniqueArray(typeName.map((v) => v.toUpperCase()), { minLength: 1, maxLength: 4 }).map((vs) => `Enum ${n.pkg}::${e}\n{\n${vs.map((v) => '  ' + v).join(',\n')}\n}`));
    const fnDef = fc
      .tuple(name, fc.array(expression, { minLength: 1, maxLength: 3 }))
      .map(([f, body]) => `function ${n.pkg}::${f}(x: Integer[1], y: String[*]): Any[*]\n{\n${body.map((b, i) => (i < body.length - 1 ? `  let v${i} = ${b};` : `  ${b}${body.length > 1 ? ';' : ''}`)).join('\n')}\n}`);
    const mappingDef = fc
      .array(fc.tuple(name, expression), { maxLength: 3 })
      .map((pms) => {
        const body = pms.map(([p, e]) => `    ${p}: ${e.replace(/\$this/g, '$src')}`).join(',\n');
        return `###Mapping\nMapping ${n.pkg}::M\n(\n  *${n.pkg}::${n.classes[0]}: Pure\n  {\n    ~src ${n.pkg}::${n.classes[0]}\n${body}\n  }\n)`;
      });
    const dbDef = fc
      .uniqueArray(name.map((s) => s.toUpperCase()), { minLength: 1, maxLength: 4 })
      .map((cols) => `###Relational\nDatabase ${n.pkg}::Db\n(\n  Table T\n  (\n${cols.map((c, i) => `    ${c} ${i === 0 ? 'INTEGER PRIMARY KEY' : 'VARCHAR(200)'}`).join(',\n')}\n  )\n  Join J(T.${cols[0]} = T.${cols[0]})\n)`);
    const runtimeDef = `###Runtime\nRuntime ${n.pkg}::R\n{\n  mappings:\n  [\n    ${n.pkg}::M\n  ];\n}`;
    const serviceDef = fc
      .tuple(expression, stringLiteral)
      .map(([q, doc]) => `###Service\nService ${n.pkg}::S\n{\n  pattern: '/p';\n  documentation: ${doc};\n  autoActivateUpdates: true;\n  execution: Single\n  {\n    query: |${q};\n    mapping: ${n.pkg}::M;\n    runtime: ${n.pkg}::R;\n  }\n}`);
    return fc
      .tuple(
        fc.tuple(...n.classes.map((c, i) => classDef(n, c, i))),
        enumDefs.length > 0 ? fc.tuple(...enumDefs) : fc.constant([] as string[]),
        fc.array(fnDef, { maxLength: 2 }),
        mappingDef,
        dbDef,
        serviceDef,
        // island content (`#{ ... }#`) is not string-aware in Legend's lexer either: no `#{` / `}#` inside
        stringLiteral.filter((s) => !s.includes('#{') && !s.includes('}#')),
      )
      .map(([classes, enums, fns, mapping, db, service, data]) => {
        const profile = `Profile ${n.pkg}::Prof\n{\n  stereotypes: [s1];\n  tags: [t1];\n}`;
        const pure = [profile, ...enums, ...classes, ...fns].join('\n\n');
        const connection = `###Connection\nJsonModelConnection ${n.pkg}::C\n{\n  class: ${n.pkg}::${n.classes[0]};\n  url: ${data};\n}`;
        const dataElement = `###Data\nData ${n.pkg}::D\n{\n  ExternalFormat\n  #{\n    contentType: 'application/json';\n    data: ${data};\n  }#\n}`;
        return [pure, mapping, db, runtimeDef, connection, service, dataElement].join('\n\n\n');
      });
  });

describe('generated models', () => {
  it('parse → compose → parse is a fixed point', () => {
    fc.assert(
      fc.property(model, (text) => {
        const m1 = parsePureGrammar(text);
        const t1 = composePureGrammar(m1);
        const m2 = parsePureGrammar(t1);
        const diff = firstDifference(stripSourceInformation(m1), stripSourceInformation(m2));
        if (diff) throw new Error(`${diff}\n--- generated\n${text}\n--- composed\n${t1}`);
        const t2 = composePureGrammar(m2);
        expect(t2).toBe(t1);
      }),
      { numRuns: Number(process.env.PURE_FIXED_POINT_RUNS ?? 300) },
    );
  });
});
