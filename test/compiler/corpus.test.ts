/**
 * The engine-pairs corpus (Legend engine's own grammar/protocol fixtures) compiles without errors, both from
 * the engine's protocol.json and from grammar.pure through the embedded parser. Documented exceptions:
 *
 * - `valueSpecification/functionApplication/arrow` and `.../precedence` are grammar round-trip fixtures
 *   (Legend only renders them, in TemporaryGrammarTest_WIP; it never compiles them): they call an undefined
 *   function `f`, use free variables (`$x`, `$c`, `$names`) and apply `!` to an Integer. The embedded compiler
 *   reports the errors the engine itself would report.
 * - `class/all` and `class/properties/defaultValues` use `Class.name` (metamodel navigation) in a default
 *   value: valid, but outside the embedded subset, so a "not supported" warning.
 */
import { describe, expect, test } from 'vitest';
import { parsePureGrammar, type PureModelContextData } from '../../src/pure/index.js';
import { compilePureModel } from '../../src/pure/compiler/compile.js';
import { enginePairs } from '../pure/corpus.js';
import { errorsOf, notSupportedOf, warningsOf } from './helpers.js';

/** Errors the engine itself reports for the two render-only fixtures (positions in grammar.pure). */
const EXPECTED_ERRORS: Record<string, string[]> = {
  'valueSpecification/functionApplication/arrow': [
    "COMPILATION error at [10:6-7]: Can't find a match for function 'not(Integer[1])'.\nFunctions that can match if parameter types or multiplicities are changed:\n\t\tnot(Boolean[1]):Boolean[1]\n",
  ],
  'valueSpecification/functionApplication/precedence': ["COMPILATION error at [17:20-21]: Can't find variable class for variable 'x' in the graph"],
};

const NOT_SUPPORTED: Record<string, number> = {
  'class/all': 1,
  'class/properties/defaultValues': 1,
  'valueSpecification/functionApplication/arrow': 1,
};

const pairs = enginePairs();

describe('engine-pairs corpus compiles', () => {
  test('the corpus is present', () => {
    expect(pairs.length).toBe(26);
  });

  for (const { name, grammar, protocol } of pairs) {
    test(`${name} (protocol.json)`, () => {
      const out = compilePureModel(protocol as PureModelContextData);
      expect(errorsOf(out).map((e) => e.replace(/ at \[[^\]]*\]/, ''))).toEqual((EXPECTED_ERRORS[name] ?? []).map((e) => e.replace(/ at \[[^\]]*\]/, '')));
      expect(warningsOf(out)).toEqual([]);
      expect(notSupportedOf(out)).toHaveLength(NOT_SUPPORTED[name] ?? 0);
    });

    test(`${name} (grammar.pure through the embedded parser)`, () => {
      const out = compilePureModel(parsePureGrammar(grammar));
      expect(errorsOf(out)).toEqual(EXPECTED_ERRORS[name] ?? []);
      expect(warningsOf(out)).toEqual([]);
      expect(notSupportedOf(out)).toHaveLength(NOT_SUPPORTED[name] ?? 0);
    });
  }
});
