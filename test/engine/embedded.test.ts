import { describe, expect, test } from 'vitest';
import { createEngine, isEngineErrorJson, type CompileResult } from '../../src/engine/index.js';

const GOOD = "Class demo::Person\n[\n  adult: $this.age >= 18\n]\n{\n  name: String[1];\n  age: Integer[1];\n}\n";
const BAD = 'Class demo::Person\n{\n  name: Strin[1];\n}\n';

describe('embedded engine (Legend engine API shapes)', () => {
  test('compile: OK with defects, as POST /pure/v1/compilation/compile answers', async () => {
    const engine = await createEngine();
    const ok = await engine.compile({ _type: 'text', code: GOOD });
    expect(ok).toEqual({ message: 'OK', defects: [] });
    const warn = (await engine.compile({ _type: 'text', code: "Class demo::A\n[\n  $this.name->isDigitsOnly()\n]\n{\n  name: String[1];\n}\n" })) as CompileResult;
    expect(warn.message).toBe('OK');
    expect(warn.defects).toEqual([
      {
        defectSeverityLevel: 'WARN',
        defectTypeId: 'EmbeddedEngineNotSupported',
        message: "The function 'isDigitsOnly' is not supported by the embedded engine; configure a Legend engine URL to compile it",
        sourceInformation: { sourceId: '', startLine: 3, startColumn: 15, endLine: 3, endColumn: 26 },
      },
    ]);
  });

  test('compile: the first error in the engine error JSON', async () => {
    const engine = await createEngine();
    const res = await engine.compile({ _type: 'text', code: BAD });
    expect(res).toEqual({
      status: 'error',
      message: "Can't find type 'Strin'",
      errorType: 'COMPILATION',
      sourceInformation: { sourceId: '', startLine: 3, startColumn: 9, endLine: 3, endColumn: 13 },
    });
    expect(isEngineErrorJson(res)).toBe(true);
  });

  test('compile accepts PureModelContextData as well as text', async () => {
    const engine = await createEngine();
    const data = await engine.parse(GOOD, { sourceId: 'model.pure' });
    expect(isEngineErrorJson(data)).toBe(false);
    if (isEngineErrorJson(data)) return;
    expect(data._type).toBe('data');
    expect(await engine.compile(data)).toEqual({ message: 'OK', defects: [] });
  });

  test('parse errors come back as PARSER errors, not exceptions', async () => {
    const engine = await createEngine();
    const res = await engine.parse('Class demo::A {', { sourceId: 'a.pure' });
    expect(isEngineErrorJson(res)).toBe(true);
    if (!isEngineErrorJson(res)) return;
    expect(res.errorType).toBe('PARSER');
    expect(res.sourceInformation?.sourceId).toBe('a.pure');
    const compiled = await engine.compile({ _type: 'text', code: 'Class demo::A {' });
    expect(isEngineErrorJson(compiled) && compiled.errorType).toBe('PARSER');
  });

  test('evaluateConstraints on a JSON instance', async () => {
    const engine = await createEngine();
    const res = await engine.evaluateConstraints({ model: { _type: 'text', code: GOOD }, class: 'demo::Person', instance: { name: 'Bo', age: 9 } });
    expect(isEngineErrorJson(res)).toBe(false);
    if (isEngineErrorJson(res)) return;
    expect(res.valid).toBe(false);
    expect(res.defects.map((d) => d.message)).toEqual(['Constraint :[adult] violated in the Class Person']);
    const missing = await engine.evaluateConstraints({ model: { _type: 'text', code: GOOD }, class: 'demo::Nope', instance: {} });
    expect(missing).toMatchObject({ status: 'error', message: "Can't find class 'demo::Nope'" });
  });

  test('compose: protocol JSON back to grammar (jsonToGrammar), and parse of the result is the same model', async () => {
    const engine = await createEngine();
    const data = await engine.parse(GOOD, { returnSourceInformation: false });
    if (isEngineErrorJson(data)) throw new Error(data.message);
    const text = await engine.compose(data);
    expect(typeof text).toBe('string');
    if (typeof text !== 'string') return;
    expect(text).toContain('Class demo::Person');
    expect(await engine.parse(text, { returnSourceInformation: false })).toEqual(data);
  });

  test('info lists what the embedded engine implements; runTests and generateSchema are left to a Legend engine', async () => {
    const engine = await createEngine();
    const info = await engine.info();
    expect(info.kind).toBe('embedded');
    expect(info.capabilities).toEqual(['parse', 'compose', 'compile', 'evaluateConstraints']);
    expect(engine.runTests).toBeUndefined();
    expect(engine.generateSchema).toBeUndefined();
  });
});
