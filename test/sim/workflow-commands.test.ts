/**
 * The runner-side parsers: workflow commands on stdout and file commands. The property tests
 * feed random values through the REAL @actions/core (in one child process) and parse them back.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { annotationsOf, parseFileCommand, parseWorkflowCommands } from '../helpers/workflow-commands.js';
import { REPO_ROOT } from '../helpers/run-action.js';

const CORE = pathToFileURL(join(REPO_ROOT, 'node_modules/@actions/core/lib/core.js')).href;

describe('workflow commands', () => {
  it('parses properties and data with the runner\'s unescaping', () => {
    const out = [
      'plain log line',
      '::error file=src/a%2Cb.ts,line=3,endLine=4,col=2,endColumn=9,title=T%3A x::bad%0Athing 100%25',
      '  ::warning::indented works',
      '::notice title=n::note',
      '::debug::dbg',
      '::unknown-cmd::not a command',
      '::group::G',
      '::endgroup::',
    ].join('\n');
    const cmds = parseWorkflowCommands(out);
    expect(cmds.map((c) => c.command)).toEqual(['error', 'warning', 'notice', 'debug', 'group', 'endgroup']);
    expect(cmds[0]).toEqual({
      command: 'error',
      properties: { file: 'src/a,b.ts', line: '3', endLine: '4', col: '2', endColumn: '9', title: 'T: x' },
      message: 'bad\nthing 100%',
      line: 2,
    });
    expect(annotationsOf(cmds)).toEqual([
      { level: 'error', message: 'bad\nthing 100%', title: 'T: x', file: 'src/a,b.ts', line: 3, endLine: 4, col: 2, endColumn: 9 },
      { level: 'warning', message: 'indented works' },
      { level: 'notice', message: 'note', title: 'n' },
    ]);
  });

  it('ignores commands between ::stop-commands::TOKEN and ::TOKEN::', () => {
    const cmds = parseWorkflowCommands(['::stop-commands::tok42', '::error::hidden', '::tok42::', '::error::shown'].join('\n'));
    expect(cmds.map((c) => c.message)).toEqual(['shown']);
  });
});

describe('file commands', () => {
  it('reads NAME=VALUE lines and NAME<<DELIM heredocs; later assignments win', () => {
    const text = 'a=1\nb<<EOF\nline1\nline2\nEOF\nempty<<X\nX\nc=x=y\na=2\n';
    expect(parseFileCommand(text)).toEqual({ a: '2', b: 'line1\nline2', empty: '', c: 'x=y' });
  });
  it('keeps CRLF inside values but not the last terminator', () => {
    expect(parseFileCommand('v<<D\r\none\r\ntwo\r\nD\r\n')).toEqual({ v: 'one\r\ntwo' });
  });
  it('fails like the runner on malformed content', () => {
    expect(() => parseFileCommand('v<<EOF\nno end\n')).toThrow("Matching delimiter not found 'EOF'");
    expect(() => parseFileCommand('just text\n')).toThrow("Invalid format 'just text'");
    expect(() => parseFileCommand('=x\n')).toThrow('Name must not be empty');
  });
});

describe('round trip through the real @actions/core', () => {
  it('setOutput values and error annotations come back unchanged', () => {
    const samples = fc.sample(
      fc.record({
        name: fc.stringMatching(/^[a-z][a-z0-9_-]{0,15}$/),
        value: fc.string({ unit: 'binary', maxLength: 60 }),
        message: fc.string({ unit: 'binary', maxLength: 60 }),
        title: fc.string({ maxLength: 20 }),
        file: fc.string({ maxLength: 20 }),
      }),
      { numRuns: 150, seed: 20240501 },
    );
    const dir = mkdtempSync(join(tmpdir(), 'guardian-core-'));
    try {
      const script = join(dir, 'emit.mjs');
      const input = join(dir, 'samples.json');
      const outFile = join(dir, 'output');
      writeFileSync(input, JSON.stringify(samples));
      writeFileSync(outFile, '');
      writeFileSync(
        script,
        `import * as core from ${JSON.stringify(CORE)};
import { readFileSync } from 'node:fs';
for (const [i, s] of JSON.parse(readFileSync(process.argv[2], 'utf8')).entries()) {
  core.setOutput(s.name + '_' + i, s.value);
  core.error(s.message, { title: s.title, file: s.file, startLine: i + 1 });
}
`,
      );
      const stdout = execFileSync(process.execPath, [script, input], { env: { PATH: process.env['PATH'] ?? '', GITHUB_OUTPUT: outFile }, encoding: 'utf8' });
      const outputs = parseFileCommand(readFileSync(outFile, 'utf8'));
      const anns = annotationsOf(parseWorkflowCommands(stdout));
      expect(anns).toHaveLength(samples.length);
      samples.forEach((s, i) => {
        expect(outputs[`${s.name}_${i}`]).toBe(s.value);
        // @actions/core leaves out empty properties.
        expect(anns[i]).toEqual({
          level: 'error',
          message: s.message,
          line: i + 1,
          ...(s.title !== '' ? { title: s.title } : {}),
          ...(s.file !== '' ? { file: s.file } : {}),
        });
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
