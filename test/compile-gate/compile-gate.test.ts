import { join, resolve } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { CheckContext, CheckOutput, FindingInput } from '../../src/core/types.js';
import { check } from '../../src/checks/compile/index.js';
import { optionsSchema } from '../../src/checks/compile/options.js';
import { parseCompileData } from '../../src/checks/compile/data.js';
import { matchOutput, matcherPatterns } from '../../src/checks/compile/matchers.js';
import { openRepoFiles } from '../../src/repo/files.js';
import { makeRepo, type TempRepo } from '../helpers/git-repo.js';
import { readFileSync } from 'node:fs';

const INSTALL_DIR = resolve(__dirname, '../..');
const TSC = join(INSTALL_DIR, 'node_modules/typescript/bin/tsc');
const repos: TempRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
});

async function runGate(files: Record<string, string>, options: Record<string, unknown> = {}): Promise<CheckOutput> {
  const repo = makeRepo(files);
  repos.push(repo);
  repo.commit('model');
  const ctx: CheckContext = {
    options: optionsSchema.parse(options),
    files: await openRepoFiles(repo.dir),
    scope: 'all',
    diff: null,
    installDir: INSTALL_DIR,
    now: new Date(),
    signal: new AbortController().signal,
    log: { info() {}, warn() {}, debug() {} },
    progress() {},
  };
  return check.run(ctx as never);
}

const brief = (f: FindingInput): string => `${f.ruleId} ${f.location ? `${f.location.path}:${f.location.startLine}:${f.location.startColumn ?? ''}-${f.location.endLine ?? ''}:${f.location.endColumn ?? ''}` : '-'} ${f.message.split('\n')[0]}`;

const PERSON = 'Class demo::Person\n{\n  name: String[1];\n  age: Integer[1];\n}\n';

describe('compile gate: PURE sources', () => {
  test('a broken .pure file is annotated at the exact line and column with Legend\'s message', async () => {
    const out = await runGate({ 'model/person.pure': 'Class demo::Person\n{\n  name: String[1];\n  firm: demo::Frim[0..1];\n}\n', 'README.md': '# x\n' });
    expect(out.findings.map(brief)).toEqual([
      "compile/pure-compilation model/person.pure:4:9-4:18 Can't find type 'demo::Frim'. Define the element, correct its path, or import its package in this section (`import my::package::*;`).",
    ]);
    expect(out.findings[0]?.properties?.legendMessage).toBe("Can't find type 'demo::Frim'");
    expect(out.evidence?.failedTests).toEqual(['pure-compile']);
    expect(out.evidence?.configuration?.find((c) => c.name === 'model/person.pure')?.digest?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  test('several files compile as one model (imports across files, duplicates across files)', async () => {
    const ok = await runGate({
      'model/person.pure': PERSON,
      'model/firm.pure': 'import demo::*;\nClass demo::Firm\n[\n  hasStaff: $this.employees->isNotEmpty()\n]\n{\n  employees: Person[*];\n}\n',
    });
    expect(ok.findings).toEqual([]);
    expect(ok.evidence?.passedTests).toEqual(['pure-compile']);
    expect(ok.summary).toContain('2 file(s), 2 element(s), 0 error(s)');
    const dup = await runGate({ 'a.pure': PERSON, 'b/c.pure': `\n${PERSON}` });
    expect(dup.findings.map(brief)).toEqual(["compile/pure-compilation b/c.pure:2:1-6:1 Duplicated element 'demo::Person'. Rename or remove one of the two definitions."]);
  });

  test('a parser error is reported at its position and the model is not compiled', async () => {
    const out = await runGate({ 'ok.pure': 'Class demo::A\n{\n  b: demo::Missing[1];\n}\n', 'broken.pure': 'Class demo::B\n{\n  name String[1];\n}\n' });
    expect(out.findings).toHaveLength(1);
    expect(out.findings[0]?.ruleId).toBe('compile/pure-parser');
    expect(out.findings[0]?.location?.path).toBe('broken.pure');
    expect(out.findings[0]?.location?.startLine).toBe(3);
    expect(out.notes?.[0]).toContain('was not compiled');
  });

  test('SDLC entity files compile with the grammar files; errors point into the entity', async () => {
    const entity = {
      path: 'demo::Order',
      classifierPath: 'meta::pure::metamodel::type::Class',
      content: {
        _type: 'class',
        name: 'Order',
        package: 'demo',
        properties: [{ name: 'buyer', genericType: { rawType: { _type: 'packageableType', fullPath: 'demo::Persn' }, typeArguments: [], multiplicityArguments: [], typeVariableValues: [] }, multiplicity: { lowerBound: 1, upperBound: 1 }, stereotypes: [], taggedValues: [] }],
        superTypes: [],
        constraints: [],
        qualifiedProperties: [],
        stereotypes: [],
        taggedValues: [],
        originalMilestonedProperties: [],
      },
    };
    const text = JSON.stringify(entity, null, 2);
    const out = await runGate({ 'model/person.pure': PERSON, 'entities/demo/Order.json': text });
    expect(out.findings.map((f) => [f.ruleId, f.location?.path, f.message.split('.')[0]])).toEqual([['compile/pure-compilation', 'entities/demo/Order.json', "Can't find type 'demo::Persn'"]]);
    const nameLine = text.split('\n').findIndex((l) => l.includes('"name": "Order"')) + 1;
    expect(out.findings[0]?.location?.startLine).toBe(nameLine);
    const fixed = await runGate({ 'model/person.pure': PERSON, 'entities/demo/Order.json': text.replace('demo::Persn', 'demo::Person') });
    expect(fixed.findings).toEqual([]);
  });

  test('malformed entity JSON and binary files are reported, not crashes', async () => {
    const out = await runGate({ 'entities/x/Bad.json': '{"path": "x::Bad",\n  "content": }\n', 'entities/x/Other.json': '{"hello": 1}\n' });
    expect(out.findings.map((f) => f.ruleId)).toEqual(['compile/pure-invalid-file', 'compile/pure-invalid-file']);
    expect(out.findings[0]?.location).toMatchObject({ path: 'entities/x/Bad.json', startLine: 2 });
    expect(out.findings[1]?.message).toContain('Not a Legend SDLC entity');
  });

  test('entity files are read as `guardian pure` reads them: no `path` (newer SDLC files) is fine, a path that disagrees with the content is not', async () => {
    const content = { _type: 'class', name: 'Order', package: 'demo', properties: [], superTypes: [], constraints: [], qualifiedProperties: [], stereotypes: [], taggedValues: [] };
    const noPath = JSON.stringify({ classifierPath: 'meta::pure::metamodel::type::Class', content });
    expect((await runGate({ 'entities/demo/Order.json': noPath })).findings).toEqual([]);
    const mismatch = JSON.stringify({ classifierPath: 'meta::pure::metamodel::type::Class', content, path: 'demo::Other' });
    const out = await runGate({ 'entities/demo/Order.json': mismatch });
    expect(out.findings.map((f) => [f.ruleId, f.message.split('.')[0]])).toEqual([['compile/pure-invalid-file', "The entity path 'demo::Other' does not match its content's 'demo::Order'"]]);
  });

  test('a file with hundreds of unsupported sections: each is a notice in file order, and the rest still compiles', async () => {
    const text = Array.from({ length: 250 }, (_, i) => `###Text\nText demo::T${i}\n{\n  content: 'x';\n}\n`).join('') + '###Pure\nClass demo::B\n{\n  n: Intger[1];\n}\n';
    const out = await runGate({ 'm.pure': text });
    const notices = out.findings.filter((f) => f.ruleId === 'compile/pure-not-supported');
    expect(notices.map((f) => f.location?.startLine)).toEqual(Array.from({ length: 250 }, (_, i) => 1 + 5 * i));
    expect(out.findings.filter((f) => f.ruleId !== 'compile/pure-not-supported').map(brief)).toEqual(["compile/pure-compilation m.pure:1254:6-1254:11 Can't find type 'Intger'. Define the element, correct its path, or import its package in this section (`import my::package::*;`)."]);
  });

  test('not-supported constructs are notices, warnings are warnings', async () => {
    const out = await runGate({ 'm.pure': "Class demo::A\n[\n  $this.code->isDigitsOnly()\n]\n{\n  code: String[1];\n  code: String[1];\n}\n" });
    expect(out.findings.map((f) => f.ruleId).sort()).toEqual(['compile/pure-not-supported', 'compile/pure-warning']);
    expect(out.evidence?.warnedTests).toEqual(['pure-compile']);
  });

  test('sections the embedded parser does not read are skipped with a notice; the rest compiles', async () => {
    const text = "Class demo::A\n{\n  name: String[1];\n}\n###Text\nText demo::T\n{\n  content: 'x';\n}\n###Pure\nClass demo::B extends demo::A\n{\n  n: Intger[1];\n}\n";
    const out = await runGate({ 'm.pure': text });
    expect(out.findings.map(brief)).toEqual([
      "compile/pure-not-supported m.pure:5:1-5:7 Section '###Text' is not supported by the embedded engine; configure a Legend engine URL to parse it. The rest of the file is compiled.",
      "compile/pure-compilation m.pure:13:6-13:11 Can't find type 'Intger'. Define the element, correct its path, or import its package in this section (`import my::package::*;`).",
    ]);
  });

  test('when a supported section had to be skipped, unresolved references are not errors', async () => {
    const mapping = "###Mapping\nMapping demo::M\n(\n  include dataspace demo::DS\n  demo::A: Pure\n  {\n    name: 'x'\n  }\n)\n###Runtime\nRuntime demo::R\n{\n  mappings:\n  [\n    demo::M\n  ];\n}\n";
    const pure = "###Pure\nClass demo::A\n{\n  name: String[1];\n}\n";
    const service = "###Service\nService demo::S\n{\n  pattern: '/s';\n  title: 'S';\n  owners:\n  [\n    'me'\n  ];\n  documentation: 'd';\n  autoActivateUpdates: true;\n  execution: Single\n  {\n    query: |demo::A.all();\n    mapping: demo::M;\n    runtime: demo::R;\n  }\n}\n";
    const out = await runGate({ 'm.pure': `${pure}${mapping}${service}` });
    expect(out.findings.filter((f) => f.ruleId === 'compile/pure-compilation')).toEqual([]);
    expect(out.findings.map((f) => `${f.ruleId} ${f.location?.startLine} ${f.message.split('.')[0]}`)).toEqual([
      'compile/pure-not-supported 9 Mapping includes of type dataspace are not supported by the embedded engine; configure a Legend engine URL',
      "compile/pure-not-supported 20 Can't find mapping 'demo::M' — possibly defined in a part the embedded engine could not read (in demo::R)",
      "compile/pure-not-supported 37 Can't find mapping 'demo::M' — possibly defined in a part the embedded engine could not read (in demo::S)",
    ]);
  });

  test('neutral when there is nothing to compile', async () => {
    const out = await runGate({ 'README.md': '# nothing\n' });
    expect(out.neutralReason).toContain('No PURE sources');
    expect(out.findings).toEqual([]);
  });

  test('pure.paths restricts what is compiled', async () => {
    const out = await runGate({ 'a/x.pure': 'Class demo::X { y: demo::Nope[1]; }\n', 'b/y.pure': PERSON }, { pure: { paths: ['b/**/*.pure'] } });
    expect(out.findings).toEqual([]);
  });
});

describe('compile gate: commands', () => {
  test('a real tsc failure becomes findings at file, line and column', async () => {
    const out = await runGate(
      { 'src/a.ts': 'export const n: number = "text";\n', 'tsconfig.json': '{"compilerOptions": {"strict": true, "noEmit": true}, "files": ["src/a.ts"]}\n' },
      { pure: { enabled: false }, commands: [{ name: 'typescript', run: `node ${TSC} -p tsconfig.json`, matcher: 'tsc' }] },
    );
    expect(out.findings.map(brief)).toEqual([
      "compile/command-error src/a.ts:1:14-: TS2322: Type 'string' is not assignable to type 'number'. — reported by compile command 'typescript'; fix it so that `node " + TSC + " -p tsconfig.json` passes.",
    ]);
    expect(out.evidence?.failedTests).toEqual(['command:typescript']);
  });

  test('a passing command is a passed test', async () => {
    const out = await runGate({ 'src/a.ts': 'export const n: number = 1;\n', 'tsconfig.json': '{"compilerOptions": {"noEmit": true}, "files": ["src/a.ts"]}\n' }, { pure: { enabled: false }, commands: [{ name: 'typescript', run: `node ${TSC} -p tsconfig.json`, matcher: 'tsc' }] });
    expect(out.findings).toEqual([]);
    expect(out.evidence?.passedTests).toEqual(['command:typescript']);
  });

  test('a missing tool is reported clearly', async () => {
    const out = await runGate({ 'x.txt': 'x\n' }, { pure: { enabled: false }, commands: [{ name: 'gcc-build', run: 'guardian-no-such-compiler-xyz main.c', matcher: 'gcc' }] });
    expect(out.findings).toHaveLength(1);
    expect(out.findings[0]?.ruleId).toBe('compile/command-missing-tool');
    expect(out.findings[0]?.message).toContain("Compile command 'gcc-build' could not run `guardian-no-such-compiler-xyz main.c`: the program was not found (exit code 127");
    expect(out.evidence?.failedTests).toEqual(['command:gcc-build']);
  });

  test('a non-zero exit without matched output', async () => {
    const silent = await runGate({ 'x.txt': 'x\n' }, { pure: { enabled: false }, commands: [{ name: 'build', run: 'exit 3', matcher: 'gcc' }] });
    expect(silent.findings.map((f) => f.ruleId)).toEqual(['compile/command-failed']);
    expect(silent.findings[0]?.message).toContain("exited with code 3 and none of its output matched the 'gcc' matcher. It printed nothing.");
    const noisy = await runGate({ 'x.txt': 'x\n' }, { pure: { enabled: false }, commands: [{ name: 'build', run: 'echo "make: *** [all] Error 2" >&2; exit 2', matcher: 'gcc' }] });
    expect(noisy.findings[0]?.message).toContain('Last output:\nmake: *** [all] Error 2');
  });

  test('gcc, eslint-compact and regex matchers; paths relative to cwd; output outside the repository', async () => {
    const out = await runGate(
      { 'native/main.c': 'int main() { return 0 }\n' },
      {
        pure: { enabled: false },
        commands: [
          { name: 'cc', cwd: 'native', run: "printf \"main.c:1:23: error: expected ';' before '}' token\\nmain.c:1:1: warning: unused\\n/usr/include/x.h:3:1: note: here\\n\"; exit 1", matcher: 'gcc' },
          { name: 'lint', run: `printf "$PWD/native/main.c: line 1, col 5, Warning - Unexpected name. (id-match)\\n"`, matcher: 'eslint-compact' },
          { name: 'custom', run: 'echo "ERR native/main.c@1 bad thing"; exit 1', matcher: 'regex:^(?<severity>ERR|WRN) (?<file>\\S+)@(?<line>\\d+) (?<message>.*)$' },
        ],
      },
    );
    expect(out.findings.map(brief)).toEqual([
      "compile/command-error native/main.c:1:23-: expected ';' before '}' token — reported by compile command 'cc'; fix it so that `printf \"main.c:1:23: error: expected ';' before '}' token\\nmain.c:1:1: warning: unused\\n/usr/include/x.h:3:1: note: here\\n\"; exit 1` passes.",
      "compile/command-warning native/main.c:1:1-: unused — reported by compile command 'cc'; fix it so that `printf \"main.c:1:23: error: expected ';' before '}' token\\nmain.c:1:1: warning: unused\\n/usr/include/x.h:3:1: note: here\\n\"; exit 1` passes.",
      "compile/command-note - here (in /usr/include/x.h:3, outside the repository) — reported by compile command 'cc'; fix it so that `printf \"main.c:1:23: error: expected ';' before '}' token\\nmain.c:1:1: warning: unused\\n/usr/include/x.h:3:1: note: here\\n\"; exit 1` passes.",
      'compile/command-warning native/main.c:1:5-: id-match: Unexpected name. — reported by compile command \'lint\'; fix it so that `printf "$PWD/native/main.c: line 1, col 5, Warning - Unexpected name. (id-match)\\n"` passes.',
      'compile/command-failed - Compile command \'custom\' (`echo "ERR native/main.c@1 bad thing"; exit 1`) exited with code 1 and none of its output matched the \'regex:^(?<severity>ERR|WRN) (?<file>\\S+)@(?<line>\\d+) (?<message>.*)$\' matcher. Last output:',
    ]);
  });

  test('a command is stopped at its timeout', async () => {
    const out = await runGate({ 'x.txt': 'x\n' }, { pure: { enabled: false }, commands: [{ name: 'slow', run: 'sleep 20', matcher: 'tsc', timeout: 1 }] });
    expect(out.findings.map((f) => f.ruleId)).toEqual(['compile/command-timeout']);
  });

  test('a working directory outside or missing', async () => {
    const out = await runGate({ 'x.txt': 'x\n' }, { pure: { enabled: false }, commands: [{ name: 'b', cwd: 'nope', run: 'true', matcher: 'tsc' }] });
    expect(out.findings[0]?.message).toContain("its working directory 'nope' does not exist");
  });
});

describe('compile gate: options and data', () => {
  test('defaults', () => {
    expect(optionsSchema.parse({})).toEqual({ pure: { enabled: true, paths: ['**/*.pure', '**/entities/**/*.json'] }, commands: [] });
  });

  test('matcher validation names what is wrong', () => {
    const bad = optionsSchema.safeParse({ commands: [{ name: 'x', run: 'y', matcher: 'regex:(?<file>\\S+)' }] });
    expect(bad.success).toBe(false);
    expect(JSON.stringify(bad.error?.issues)).toContain('the pattern needs the named groups (?<line>...), (?<message>...)');
    expect(optionsSchema.safeParse({ commands: [{ name: 'x', run: 'y', matcher: 'javac' }] }).success).toBe(false);
    expect(optionsSchema.safeParse({ commands: [{ name: 'x', run: 'y', matcher: 'regex:(' }] }).success).toBe(false);
    expect(optionsSchema.safeParse({ commands: [{ name: 'x', run: 'y', matcher: 'tsc' }, { name: 'x', run: 'z', matcher: 'tsc' }] }).success).toBe(false);
  });

  test('the data pack loads and its matchers parse the tools\' formats', () => {
    const data = parseCompileData(readFileSync(join(INSTALL_DIR, 'rules/compile.yaml'), 'utf8'));
    const tsc = matchOutput(data, matcherPatterns(data, 'tsc'), "src/a.ts:3:7 - \u001b[91merror\u001b[0m TS2322: Type 'x'.\nsrc/b.ts(1,2): warning TS6133: unused\n");
    expect(tsc.map((d) => [d.file, d.line, d.column, d.level, d.code])).toEqual([
      ['src/a.ts', 3, 7, 'error', 'TS2322'],
      ['src/b.ts', 1, 2, 'warning', 'TS6133'],
    ]);
    const gcc = matchOutput(data, matcherPatterns(data, 'gcc'), 'a.c:3: fatal error: x.h: No such file\n');
    expect(gcc[0]).toMatchObject({ file: 'a.c', line: 3, level: 'error', message: 'x.h: No such file' });
    expect(() => parseCompileData('version: 1\nseverities: {}\nmatchers: {}\nhints: []\n')).toThrow(/rules\/compile.yaml:4:8 hints: /);
  });
});
