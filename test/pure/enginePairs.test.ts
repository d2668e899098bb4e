/**
 * Every engine pair (grammar.pure, protocol.json) of the legend-engine corpus: parsing the grammar must give the
 * engine's protocol JSON, ignoring key order and sourceInformation.
 *
 * Two documented differences of the corpus itself are accounted for, not hidden:
 * - protocol.json was generated from an earlier text whose element order differs from grammar.pure (upstream
 *   re-sorted grammar.pure by path), so elements and section element lists are compared in path order;
 * - the corpus predates legend-engine#4143 (2025-10-02), after which the engine gives constraint lambdas a
 *   `this` parameter; the parser's `constraintThisParameter: false` reproduces the corpus' engine version;
 * - valueSpecification/functionApplication/arrow/protocol.json was produced from its grammar.pure without the
 *   first line (`import protocol::support::*;`): its function starts at line 1 and its section has no import.
 *   That pair is parsed without that line (and then matches exactly, positions included).
 */
import { describe, expect, it } from 'vitest';
import { parsePureGrammar } from '../../src/pure/index.js';
import { enginePairs, firstDifference, normaliseModel } from './corpus.js';

const pairs = enginePairs();

/** The text the corpus' protocol.json was generated from, where it is known to differ from grammar.pure. */
function engineInput(pair: { name: string; grammar: string }): string {
  if (pair.name === 'valueSpecification/functionApplication/arrow') {
    expect(pair.grammar.startsWith('import protocol::support::*;\n')).toBe(true);
    return pair.grammar.slice(pair.grammar.indexOf('\n') + 1);
  }
  return pair.grammar;
}

/**
 * Elements whose text in grammar.pure is the text their protocol.json was generated from (the others were
 * reformatted upstream after generation: moved, re-indented or re-spaced), so their positions must match the
 * engine's exactly.
 */
const SAME_TEXT: [string, string][] = [
  ['association/profile', 'AnAssociation1'],
  ['association/properties/aggregationKind', 'AnAssociation3'],
  ['association/properties/aggregationKind', 'AssociationClassA'],
  ['association/properties/aggregationKind', 'AssociationClassB'],
  ['association/properties/defaultValues', 'AnAssociation4'],
  ['association/properties/defaultValues', 'AssociationClassA'],
  ['association/properties/defaultValues', 'AssociationClassB'],
  ['association/properties/profile', 'AnAssociation5'],
  ['association/properties/qualifiedProperties', 'AnAssociation1'],
  ['association/properties/qualifiedProperties', 'AssociationClassA'],
  ['association/properties/qualifiedProperties', 'AssociationClassB'],
  ['class/constraints', 'SuperClass'],
  ['class/inheritance', 'AClass'],
  ['class/inheritance', 'SimpleClass'],
  ['class/light', 'Light'],
  ['class/lightProperty', 'LightProperty'],
  ['class/profile', 'LightProfileStereotypes'],
  ['class/profile', 'AProfile'],
  ['class/properties/aggregationKind', 'ClassWithPropertiesWithAggregationKind'],
  ['class/properties/defaultValues', 'ClassWithPropertiesWithDefaultValues'],
  ['class/properties/defaultValues', 'Light'],
  ['class/properties/profile', 'ClassWithPropertiesWithStereotypesAndTaggedValues'],
  ['class/properties/profile', 'AProfile'],
  ['class/properties/qualifiedProperties', 'ClassWithQualifiedProperties'],
  ['class/properties/qualifiedProperties', 'AProfile'],
  ['enumeration', 'AnEnum'],
  ['enumeration', 'AnEnum2'],
  ['enumeration', 'AProfile'],
  ['function/definition', 'f1_Integer_1__String_MANY__String_$0_1$_'],
  ['function/definition', 'f2_Relation_1__Light_MANY_'],
  ['function/definition', 'AProfile'],
  ['function/definition', 'Light'],
  ['profile', 'AProfile'],
  ['valueSpecification/enumeration', 'f__Any_MANY_'],
  ['valueSpecification/functionApplication/arrow', 'f__Any_MANY_'],
  ['valueSpecification/functionApplication/precedence', 'precedenceArithmetic__Any_MANY_'],
  ['valueSpecification/instance', 'f__Any_MANY_'],
  ['valueSpecification/primitives', 'f__Any_MANY_'],
];

describe('engine pairs: grammar.pure parses to protocol.json', () => {
  it('has the 26 pairs of the corpus', () => {
    expect(pairs.length).toBe(26);
  });

  for (const pair of pairs) {
    it(pair.name, () => {
      const parsed = parsePureGrammar(engineInput(pair), { constraintThisParameter: false });
      const diff = firstDifference(normaliseModel(parsed), normaliseModel(pair.protocol));
      expect(diff).toBeUndefined();
    });
  }
});

describe('engine pairs: source information', () => {
  for (const [pairName, elementName] of SAME_TEXT) {
    it(`${pairName} ${elementName}: every position as the engine reports it`, () => {
      const pair = pairs.find((p) => p.name === pairName)!;
      const parsed = parsePureGrammar(engineInput(pair), { constraintThisParameter: false });
      const mine = parsed.elements.find((e) => e.name === elementName);
      const theirs = (pair.protocol as { elements: { name: string }[] }).elements.find((e) => e.name === elementName);
      expect(mine).toBeDefined();
      expect(firstDifference(mine, theirs)).toBeUndefined();
    });
  }

  it('section positions count lines of the text with the engine\'s two-line prefix', () => {
    const pair = pairs.find((p) => p.name === 'class/lightProperty')!;
    const parsed = parsePureGrammar(pair.grammar);
    const index = parsed.elements.find((e) => e._type === 'sectionIndex') as { sections: { sourceInformation?: unknown }[] };
    const theirs = (pair.protocol as { elements: { _type: string; sections?: { sourceInformation?: unknown }[] }[] }).elements.find(
      (e) => e._type === 'sectionIndex',
    )!;
    expect(index.sections[0]!.sourceInformation).toEqual(theirs.sections![0]!.sourceInformation);
  });

  it('omits positions when asked to', () => {
    const parsed = parsePureGrammar(pairs[0]!.grammar, { returnSourceInformation: false });
    expect(JSON.stringify(parsed)).not.toContain('sourceInformation');
    expect(JSON.stringify(parsed)).not.toContain('SourceInformation');
  });

  it('uses the given sourceId', () => {
    const parsed = parsePureGrammar('Class a::B\n{\n}\n', { sourceId: 'model.pure' });
    expect(parsed.elements[0]!.sourceInformation).toEqual({ sourceId: 'model.pure', startLine: 1, startColumn: 1, endLine: 3, endColumn: 1 });
  });
});
