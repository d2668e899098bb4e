/** PARSER errors: messages in the engine's wording and 1-based positions of the offending token or element. */
import { describe, expect, it } from 'vitest';
import { isEngineError, parsePureGrammar } from '../../src/pure/index.js';

function error(text: string): { message: string; at: [number, number, number, number] } {
  try {
    parsePureGrammar(text, { sourceId: 'f.pure' });
  } catch (e) {
    if (!isEngineError(e)) throw e;
    expect(e.errorType).toBe('PARSER');
    const si = e.sourceInformation!;
    expect(si.sourceId).toBe('f.pure');
    expect(e.toJSON()).toMatchObject({ status: 'error', errorType: 'PARSER', message: e.message });
    return { message: e.message, at: [si.startLine, si.startColumn, si.endLine, si.endColumn] };
  }
  throw new Error('expected a parser error');
}

describe('parser errors', () => {
  it.each([
    ['missing colon', 'Class a::B\n{\n  name String[1];\n}\n', "Unexpected token 'String'. Valid alternatives: [':']", [3, 8, 3, 13]],
    ['missing semicolon', 'Class a::B\n{\n  name: String[1]\n}\n', "Unexpected token '}'. Valid alternatives: [';']", [4, 1, 4, 1]],
    ['trailing comma in an enum', 'Enum a::E\n{\n  A,\n}\n', "Unexpected token '}'", [4, 1, 4, 1]],
    ['dangling operator', "function a::f(): String[1]\n{\n  'a' + \n}\n", "Unexpected token '}'", [4, 1, 4, 1]],
    ['unclosed class mapping', '###Mapping\nMapping a::M\n(\n  a::B: Pure\n  {\n    name: $src.x\n\n)\n', "Unexpected token ')'. Valid alternatives: ['}']", [8, 1, 8, 1]],
    ['trailing comma in a table', '###Relational\nDatabase a::D\n(\n  Table T\n  (\n    id INTEGER PRIMARY KEY,\n  )\n)\n', "Unexpected token ')'", [7, 3, 7, 3]],
    ['service without pattern', "###Service\nService a::S\n{\n  documentation: '';\n  execution: Single\n  {\n    query: |1;\n  }\n}\n", "Field 'pattern' is required", [2, 1, 9, 1]],
    ['service mapping without runtime', "###Service\nService a::S\n{\n  pattern: '/a';\n  documentation: '';\n  execution: Single\n  {\n    query: |1;\n    mapping: a::M;\n  }\n}\n", "Field 'runtime' is required", [6, 14, 10, 3]],
    ['unknown execution type', "###Service\nService a::S\n{\n  pattern: '/a';\n  documentation: '';\n  execution: Foo\n  {\n    query: |1;\n  }\n}\n", "Unknown execution type: Foo. Valid alternatives: ['Single', 'Multi']", [6, 14, 9, 3]],
    ['unknown section', '###Foo\nClass a::B {}\n', "'Foo' is not a known section parser", [1, 1, 1, 6]],
    ['unsupported section', 'Class a::B {}\n###DataSpace\nDataSpace a::D {}\n', "Section '###DataSpace' is not supported by the embedded engine; configure a Legend engine URL to parse it", [2, 1, 2, 12]],
    ['unknown embedded data', '###Data\nData a::D\n{\n  Foo #{ x }#\n}\n', 'Unknown embedded data type: Foo', [4, 3, 4, 5]],
    ['unsupported embedded data', '###Data\nData a::D\n{\n  ServiceStore #{ x }#\n}\n', "Embedded data of type 'ServiceStore' is not supported by the embedded engine; configure a Legend engine URL", [4, 3, 4, 14]],
    ['unsupported class mapping', '###Mapping\nMapping a::M\n(\n  a::B: ServiceStore\n  {\n  }\n)\n', "Class mappings of type 'ServiceStore' are not supported by the embedded engine; configure a Legend engine URL", [4, 3, 5, 3]],
    ['field given twice: the whole element', "###Connection\nJsonModelConnection a::C\n{\n  class: a::P;\n  class: a::P;\n  url: 'u';\n}\n", "Field 'class' should be specified only once", [2, 1, 7, 1]],
    ['runtime without mappings: through its brace', '###Runtime\nRuntime a::R\n{\n}\n', "Field 'mappings' is required", [2, 1, 4, 1]],
    ['~src twice: the whole class mapping', '###Mapping\nMapping a::M\n(\n  a::B: Pure\n  {\n    ~src a::S\n    ~src a::S\n  }\n)\n', "Field '~src' should be specified only once", [4, 3, 8, 3]],
    ['embedded data: through its closing }#', "###Data\nData a::D\n{\n  ExternalFormat\n  #{\n    data: 'x';\n  }#\n}\n", "Field 'contentType' is required", [4, 3, 7, 4]],
    ['suite before its tests', "###Mapping\nMapping a::M\n(\n  testSuites:\n  [\n    s:\n    {\n      tests:\n      [\n        t:\n        {\n          asserts:\n          [\n            a:\n              EqualTo\n              #{\n                expected: 1;\n              }#\n          ];\n        }\n      ];\n    }\n  ]\n)\n", 'Mapping Test Suite requires a query function', [6, 5, 22, 5]],
    ['missing comma between property mappings', '###Mapping\nMapping a::M\n(\n  a::B: Pure\n  {\n    x: $src.x\n    y: $src.y\n  }\n)\n', "Unexpected token 'y'. Valid alternatives: [',']", [7, 5, 7, 5]],
    ['unknown class mapping kind', '###Mapping\nMapping a::M\n(\n  a::B: Nope\n  {\n  }\n)\n', 'No parser for Nope', [4, 3, 6, 3]],
    ['legacy test with an expression assertion', "###Mapping\nMapping a::M\n(\n  MappingTests\n  [\n    t\n    (\n      query: |a::B.all();\n      data: [<Object, JSON, a::B, '{}'>];\n      assert: 1 + 1;\n    )\n  ]\n)\n", 'Mapping test currently only support string assertion', [10, 7, 10, 20]],
    ['legacy object data without format', "###Mapping\nMapping a::M\n(\n  MappingTests\n  [\n    t\n    (\n      query: |a::B.all();\n      data: [<Object, a::B, '{}'>];\n      assert: '[]';\n    )\n  ]\n)\n", "Mapping test object 'input type' is missing. Possible values: JSON, XML", [9, 14, 9, 33]],
    ['INT columns are INTEGER in messages', '###Relational\nDatabase a::D\n(\n  Table T\n  (\n    id INT(3)\n  )\n)\n', "Column data type INTEGER does not expect any parameters in declaration 'idINT(3)'", [6, 8, 6, 13]],
  ] as const)('%s', (_, text, message, at) => {
    expect(error(text)).toEqual({ message, at });
  });

  it('gives the position of an unterminated string and of the end of the text', () => {
    expect(error("Class a::B\n{\n  name: String[1] = 'unterminated;\n}\n").at.slice(0, 2)).toEqual([3, 21]);
    expect(error('Class a::B\n{\n  name: String[1];\n').at.slice(0, 2)).toEqual([4, 1]);
  });
});
