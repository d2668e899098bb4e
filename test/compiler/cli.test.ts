import { describe, expect, test } from 'vitest';
import { runPureCompile, type PureCliIo } from '../../src/pure/compiler/cli.js';

function io(files: Record<string, string>): PureCliIo & { out: string; err: string } {
  const state = {
    out: '',
    err: '',
    stdout(t: string) {
      state.out += t;
    },
    stderr(t: string) {
      state.err += t;
    },
    async readFile(p: string) {
      if (!(p in files)) throw new Error(`ENOENT: no such file '${p}'`);
      return Buffer.from(files[p]!);
    },
  };
  return state;
}

describe('guardian pure compile', () => {
  test('a model that compiles: exit 0 and the engine OK answer', async () => {
    const s = io({ 'a.pure': 'Class demo::A\n{\n  n: Integer[1];\n}\n', 'b.pure': 'Class demo::B extends demo::A\n{\n}\n' });
    expect(await runPureCompile(['a.pure', 'b.pure'], s)).toBe(0);
    expect(JSON.parse(s.out)).toEqual({ message: 'OK', defects: [] });
    expect(s.err).toBe('');
  });

  test('compilation errors: file:line:col: message and exit 1', async () => {
    const s = io({ 'a.pure': 'Class demo::A\n{\n  n: Intger[1];\n}\n' });
    expect(await runPureCompile(['a.pure'], s)).toBe(1);
    expect(s.err).toBe("a.pure:3:6: error: Can't find type 'Intger'\n");
    expect(JSON.parse(s.out)).toEqual({ status: 'error', message: "Can't find type 'Intger'", errorType: 'COMPILATION', sourceInformation: { sourceId: 'a.pure', startLine: 3, startColumn: 6, endLine: 3, endColumn: 11 } });
  });

  test('parser errors and unreadable files', async () => {
    const s = io({ 'a.pure': 'Class demo::A\n{\n  n Integer[1];\n}\n' });
    expect(await runPureCompile(['a.pure', 'missing.pure'], s)).toBe(1);
    expect(s.err).toMatch(/^a\.pure:3:\d+: error: /);
    expect(s.err).toContain('missing.pure: error: cannot read the file');
    expect(JSON.parse(s.out).errorType).toBe('PARSER');
  });

  test('entity files', async () => {
    const entity = JSON.stringify({ path: 'demo::E', classifierPath: 'meta::pure::metamodel::type::Enumeration', content: { _type: 'Enumeration', values: [{ value: 'A' }, { value: 'A' }], stereotypes: [], taggedValues: [] } });
    const s = io({ 'entities/demo/E.json': entity, 'bad.json': '{"x": 1}' });
    expect(await runPureCompile(['entities/demo/E.json'], s)).toBe(0);
    expect(s.err).toBe("entities/demo/E.json: warning: Found duplicated value 'A' in enumeration 'demo::E'\n");
    expect(await runPureCompile(['bad.json'], s)).toBe(1);
  });

  test('entity files are read as `pure parse` reads them: JSON syntax errors at their line and column', async () => {
    const s = io({ 'bad.json': '{\n  "path": "a::B",\n  "content": {,}\n}', 'x.json': '{"x": 1}' });
    expect(await runPureCompile(['bad.json', 'x.json'], s)).toBe(1);
    expect(s.err).toBe("bad.json:3:15: error: Invalid JSON: unexpected ',': expected a property name in double quotes\nx.json:1:1: error: Not a Legend SDLC entity: 'content' must be an object\n");
  });

  test('usage', async () => {
    const s = io({});
    expect(await runPureCompile([], s)).toBe(2);
    expect(s.err).toContain('usage: guardian pure compile');
  });
});
