/** SDLC entity files ↔ protocol elements, and legend-sdlc's file layout. */
import { describe, expect, it } from 'vitest';
import {
  CLASSIFIER_PATHS,
  composePureGrammar,
  elementToEntity,
  entitiesToModel,
  entityFilePath,
  entityToElement,
  isEngineError,
  modelToEntities,
  parseEntityFile,
  parsePureGrammar,
  serializeEntity,
  type PackageableElement,
} from '../../src/pure/index.js';

const MODEL = `Class my::pkg::Person
{
  name: String[1];
  age: Integer[0..1];
}

Enum my::pkg::Kind
{
  A,
  B
}


###Mapping
Mapping my::pkg::PersonMapping
(
)


###Relational
Database my::pkg::Db
(
  Table T
  (
    id INTEGER PRIMARY KEY
  )
)
`;

describe('SDLC entities', () => {
  it('uses the classifier paths of the engine (DESIGN.md)', () => {
    expect(CLASSIFIER_PATHS.class).toBe('meta::pure::metamodel::type::Class');
    expect(CLASSIFIER_PATHS.Enumeration).toBe('meta::pure::metamodel::type::Enumeration');
    expect(CLASSIFIER_PATHS.association).toBe('meta::pure::metamodel::relationship::Association');
    expect(CLASSIFIER_PATHS.profile).toBe('meta::pure::metamodel::extension::Profile');
    expect(CLASSIFIER_PATHS.function).toBe('meta::pure::metamodel::function::ConcreteFunctionDefinition');
    expect(CLASSIFIER_PATHS.mapping).toBe('meta::pure::mapping::Mapping');
    expect(CLASSIFIER_PATHS.runtime).toBe('meta::pure::runtime::PackageableRuntime');
    expect(CLASSIFIER_PATHS.connection).toBe('meta::pure::runtime::PackageableConnection');
    expect(CLASSIFIER_PATHS.service).toBe('meta::legend::service::metamodel::Service');
    expect(CLASSIFIER_PATHS.relational).toBe('meta::relational::metamodel::Database');
    expect(CLASSIFIER_PATHS.measure).toBe('meta::pure::metamodel::type::Measure');
    expect(CLASSIFIER_PATHS.dataElement).toBe('meta::pure::data::DataElement');
  });

  it('writes every element (not the section index) without source information, and reads it back', () => {
    const model = parsePureGrammar(MODEL);
    const entities = modelToEntities(model);
    expect(entities.map((e) => [e.path, e.classifierPath])).toEqual([
      ['my::pkg::Person', 'meta::pure::metamodel::type::Class'],
      ['my::pkg::Kind', 'meta::pure::metamodel::type::Enumeration'],
      ['my::pkg::PersonMapping', 'meta::pure::mapping::Mapping'],
      ['my::pkg::Db', 'meta::relational::metamodel::Database'],
    ]);
    expect(JSON.stringify(entities)).not.toContain('ourceInformation');
    // file text → entity → element → grammar gives the same elements back
    const reread = entities.map((e) => parseEntityFile(serializeEntity(e), entityFilePath(e.path)));
    expect(reread).toEqual(entities);
    const back = parsePureGrammar(composePureGrammar(entitiesToModel(reread)), { returnSourceInformation: false });
    // without a section index the composer groups elements by section (Pure, Relational, Mapping, ...)
    const byPath = (els: PackageableElement[]): PackageableElement[] =>
      els.filter((e) => e._type !== 'sectionIndex').sort((a, b) => (a.name < b.name ? -1 : 1));
    expect(byPath(back.elements)).toEqual(byPath(parsePureGrammar(MODEL, { returnSourceInformation: false }).elements));
  });

  it("serializes like legend-sdlc's JSON serializer: sorted keys, ' : ', inline arrays, no final newline", () => {
    const entity = elementToEntity({ _type: 'Enumeration', package: 'a', name: 'E', values: [{ value: 'X' }], stereotypes: [], taggedValues: [] } as unknown as PackageableElement);
    expect(serializeEntity(entity)).toBe(
      [
        '{',
        '  "classifierPath" : "meta::pure::metamodel::type::Enumeration",',
        '  "content" : {',
        '    "_type" : "Enumeration",',
        '    "name" : "E",',
        '    "package" : "a",',
        '    "stereotypes" : [ ],',
        '    "taggedValues" : [ ],',
        '    "values" : [ {',
        '      "value" : "X"',
        '    } ]',
        '  },',
        '  "path" : "a::E"',
        '}',
      ].join('\n'),
    );
    expect(entityFilePath('a::b::C')).toBe('entities/a/b/C.json');
    expect(entityFilePath('a::b::C', 'src/main/resources/entities')).toBe('src/main/resources/entities/a/b/C.json');
  });

  it('reads files without a path (newer legend-sdlc) and checks path, content and classifier agree', () => {
    const e = parseEntityFile('{"classifierPath":"meta::pure::metamodel::type::Class","content":{"_type":"class","package":"p","name":"C"}}');
    expect(e.path).toBe('p::C');
    expect(entityToElement(e)).toMatchObject({ _type: 'class', package: 'p', name: 'C' });
    expect(() => entityToElement({ ...e, path: 'p::D' })).toThrow("The entity path 'p::D' does not match its content's 'p::C'");
    expect(() => entityToElement({ ...e, classifierPath: 'meta::pure::mapping::Mapping' })).toThrow(
      "The classifier path 'meta::pure::mapping::Mapping' does not match the content's _type 'class'",
    );
  });

  it('reports invalid JSON and non-entities as PARSER errors with a position', () => {
    const bad = '{\n  "classifierPath": "x",\n  "content": {,\n}';
    try {
      parseEntityFile(bad, 'entities/x.json');
      expect.unreachable();
    } catch (e) {
      expect(isEngineError(e)).toBe(true);
      if (!isEngineError(e)) return;
      expect(e.errorType).toBe('PARSER');
      expect(e.sourceInformation?.sourceId).toBe('entities/x.json');
      expect(e.sourceInformation?.startLine).toBe(3);
    }
    expect(() => parseEntityFile('[1]')).toThrow('Not a Legend SDLC entity');
    expect(() => parseEntityFile('{"classifierPath":"x","content":3}')).toThrow("'content' must be an object");
  });
});
