/** `guardian pure parse|compose <files...>` through runPureCommand with an in-memory file system. */
import { describe, expect, it } from 'vitest';
import { runPureCommand } from '../../src/pure/cli.js';
import { elementToEntity, parsePureGrammar, serializeEntity } from '../../src/pure/index.js';

const GRAMMAR = `Class a::Person
{
  name: String[1];
}
`;

async function run(argv: string[], files: Record<string, string>): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runPureCommand(argv, {
    stdout: (s) => (out += s),
    stderr: (s) => (err += s),
    readFile: async (p) => {
      const text = files[p];
      if (text === undefined) throw new Error(`ENOENT: no such file '${p}'`);
      return text;
    },
  });
  return { code, out, err };
}

describe('guardian pure', () => {
  it('parse prints the protocol JSON of grammar files', async () => {
    const r = await run(['parse', 'm.pure'], { 'm.pure': GRAMMAR });
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const json = JSON.parse(r.out);
    expect(json._type).toBe('data');
    expect(json.elements[0]).toMatchObject({ _type: 'class', package: 'a', name: 'Person' });
    expect(json.elements[0].sourceInformation.sourceId).toBe('m.pure');
    const bare = await run(['parse', '--no-source-information', '--compact', 'm.pure'], { 'm.pure': GRAMMAR });
    expect(bare.out).not.toContain('sourceInformation');
    expect(bare.out.trim().split('\n')).toHaveLength(1);
  });

  it('parse merges several files into one model with one section index', async () => {
    const r = await run(['parse', 'a.pure', 'b.pure'], { 'a.pure': GRAMMAR, 'b.pure': '###Mapping\nMapping a::M\n(\n)\n' });
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.elements.map((e: { _type: string }) => e._type)).toEqual(['class', 'mapping', 'sectionIndex']);
    // b.pure starts with a header: like the engine, its (empty) leading Pure section is in the index too
    expect(json.elements[2].sections.map((s: { parserName: string }) => s.parserName)).toEqual(['Pure', 'Pure', 'Mapping']);
  });

  it('compose prints grammar for protocol JSON, SDLC entities and grammar files', async () => {
    const model = parsePureGrammar(GRAMMAR);
    const entity = serializeEntity(elementToEntity(model.elements[0]!));
    for (const [name, text] of [
      ['m.json', JSON.stringify(model)],
      ['entities/a/Person.json', entity],
      ['element.json', JSON.stringify(model.elements[0])],
      ['m.pure', GRAMMAR],
    ] as const) {
      const r = await run(['compose', name], { [name]: text });
      expect(r.err, name).toBe('');
      expect(r.code, name).toBe(0);
      expect(r.out, name).toBe(GRAMMAR);
    }
  });

  it('reports errors as file:line:col: message and exits 1', async () => {
    const r = await run(['parse', 'bad.pure'], { 'bad.pure': 'Class a::B\n{\n  name String[1];\n}\n' });
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toBe("bad.pure:3:8: Unexpected token 'String'. Valid alternatives: [':']\n");
    const json = await run(['compose', 'x.json'], { 'x.json': '{\n  "_type": "data",\n  "elements": [,]\n}' });
    expect(json.code).toBe(1);
    expect(json.err).toMatch(/^x\.json:3:16: Invalid JSON: /);
    const missing = await run(['compose', 'nope.pure'], {});
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/^nope\.pure:1:1: cannot read the file/);
    const section = await run(['parse', 's.pure'], { 's.pure': 'Class a::B {}\n###Persistence\nPersistence a::P {}\n' });
    expect(section.code).toBe(1);
    expect(section.err).toBe("s.pure:2:1: Section '###Persistence' is not supported by the embedded engine; configure a Legend engine URL to parse it\n");
  });

  it('exits 2 on usage errors and prints help', async () => {
    expect((await run([], {})).code).toBe(2);
    expect((await run(['frobnicate', 'x'], {})).code).toBe(2);
    expect((await run(['parse'], {})).code).toBe(2);
    expect((await run(['compose', '--compact', 'a.pure'], {})).code).toBe(2);
    const help = await run(['--help'], {});
    expect(help.code).toBe(0);
    expect(help.out).toContain('usage: guardian pure');
  });
});
