/**
 * Property tests (fast-check): (a) random input never crashes or hangs the scanner; (b) a marker
 * inserted into a comment is always found at the right line and column; (c) a marker inserted
 * into a string literal never is.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Scanner } from '../../src/checks/placeholders/scanner.js';
import { repoData, scanner, scanWith } from './helpers.js';

let s: Scanner;
beforeAll(async () => {
  s = await scanner();
});

/** Per language: lines of code that close every construct they open, a comment and a string. */
interface Lang {
  path: string;
  lines: string[];
  comment: (text: string) => string;
  string: (text: string) => string;
  /** Characters a string body must not contain in this language. */
  unsafe: string;
}

const LANGS: Lang[] = [
  { path: 'a.js', lines: ['const a = "x // y";', "let b = 'q /* r */';", '/* block */ f();', 'const t = `t ${a + `u`} v`;', 'x = y / 2 / z;', 're = /ab+c\\/[/"]/g;', '', 'if (a) { b(); }'], comment: (t) => `// ${t}`, string: (t) => `s = "${t}";`, unsafe: '"\\\n' },
  { path: 'a.ts', lines: ['const a: Array<string> = [];', 'type T = "a" | \'b\';', 'let u = `x${1}`; /* c */'], comment: (t) => `/* ${t} */`, string: (t) => `s = '${t}';`, unsafe: "'\\\n" },
  { path: 'a.py', lines: ['x = "a # b"', "y = 'c'", 'z = f"{x} {y!r}"', 'def f(a, b):', '    return a // b', 'w = r"\\d+"'], comment: (t) => `# ${t}`, string: (t) => `s = '${t}'`, unsafe: "'\\\n{}" },
  { path: 'a.go', lines: ['var s = "a // b"', 'var r = `raw /* x */`', "var c = '\"'", 'x := a / b'], comment: (t) => `// ${t}`, string: (t) => `s := "${t}"`, unsafe: '"\\\n' },
  { path: 'a.rs', lines: ['let s = "a // b";', 'fn f<\'a>(x: &\'a str) {}', 'let r = r#"raw "q" x"#;', "let c = '\"';", '/* a /* nested */ b */'], comment: (t) => `// ${t}`, string: (t) => `let s = "${t}";`, unsafe: '"\\\n' },
  { path: 'A.java', lines: ['String s = "a /* b";', "char c = '\"';", 'int x = a / b;'], comment: (t) => `// ${t}`, string: (t) => `String s = "${t}";`, unsafe: '"\\\n' },
  { path: 'a.c', lines: ['#include <stdio.h>', 'char *s = "a // b";', "char c = '\\'';", 'int x = 1 / 2;'], comment: (t) => `/* ${t} */`, string: (t) => `char *s = "${t}";`, unsafe: '"\\\n' },
  { path: 'a.rb', lines: ['s = "#{a} # b"', "t = 'c # d'", 'w = %w[a b]', 'x = y / 2'], comment: (t) => `# ${t}`, string: (t) => `s = '${t}'`, unsafe: "'\\\n" },
  { path: 'a.sh', lines: ['echo "a # b"', "echo 'c # d'", 'n=${#x}', 'y=$(echo "q")'], comment: (t) => `# ${t}`, string: (t) => `echo '${t}'`, unsafe: "'\n" },
  { path: 'a.sql', lines: ["SELECT 'a -- b' FROM t;", 'SELECT 1 / 2;'], comment: (t) => `-- ${t}`, string: (t) => `SELECT '${t}';`, unsafe: "'\n" },
  { path: 'a.yaml', lines: ['a: "b # c"', "d: 'e # f'", 'g: h'], comment: (t) => `# ${t}`, string: (t) => `k: "${t}"`, unsafe: '"\\\n' },
  { path: 'a.lua', lines: ['local s = "a -- b"', 'local l = [[x -- y]]', 'x = a / b'], comment: (t) => `-- ${t}`, string: (t) => `s = "${t}"`, unsafe: '"\\\n' },
  { path: 'a.pure', lines: ["function f(): String[1] { 'a // b' }", 'Class A {}'], comment: (t) => `// ${t}`, string: (t) => `let s = '${t}';`, unsafe: "'\\\n" },
  { path: 'a.hs', lines: ['main = putStrLn "a -- b"', "f' = foldl' g x"], comment: (t) => `-- ${t}`, string: (t) => `s = "${t}"`, unsafe: '"\\\n' },
  { path: 'a.kt', lines: ['val s = "${a} // b"', 'val r = """x /* y"""'], comment: (t) => `// ${t}`, string: (t) => `val s = "${t}"`, unsafe: '"\\\n$' },
  { path: 'a.swift', lines: ['let s = "\\(a) // b"', 'let r = #"x"#'], comment: (t) => `// ${t}`, string: (t) => `let s = "${t}"`, unsafe: '"\\\n' },
  { path: 'a.cs', lines: ['var p = @"C:\\x\\";', 'var i = $"{a} // b";'], comment: (t) => `// ${t}`, string: (t) => `var s = "${t}";`, unsafe: '"\\\n{' },
  { path: 'a.tf', lines: ['a = "${b} # c"', 'd = 1'], comment: (t) => `# ${t}`, string: (t) => `s = "${t}"`, unsafe: '"\\\n$%' },
  { path: 'a.ex', lines: ['s = "#{a} # b"', 't = ~s(x # y)'], comment: (t) => `# ${t}`, string: (t) => `s = "${t}"`, unsafe: '"\\\n#' },
];

const lineCount = (text: string): number => text.split('\n').length;

/** Body text for a string or comment: tokens that look like syntax, never unsafe characters. */
const body = (unsafe: string) =>
  fc
    .array(fc.constantFrom('a', ' ', 'x y', '//', '/*', '*/', '#', '--', ';', '%', '<!--', '-->', '{', '}', '$', "'", '"', '`', '\\', '(', ')', 'TODOX', 'é', '😀'), { maxLength: 12 })
    .map((parts) => [...parts.join('')].filter((ch) => !unsafe.includes(ch)).join(''));

describe('(a) never crashes or hangs', () => {
  it('random bytes, in every language of the table', async () => {
    const data = await repoData();
    const paths = data.languages.map((l) => `f.${l.extensions?.[0] ?? l.id}`).concat(LANGS.map((l) => l.path), ['nb.ipynb', 'Dockerfile', 'x']);
    // Random bytes alone hardly ever hold a marker, and the prefilter would turn them all away
    // before the lexer: one literal the scanner looks for is put in at a random place.
    const literals = [...data.placeholders.tags.map((t) => t.tag), ...data.placeholders.stubs.flatMap((st) => st.literals), ...data.placeholders.placeholderLiterals.literals];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.uint8Array({ maxLength: 1500 }), fc.constantFrom(...literals), fc.nat(), (path, bytes, literal, at) => {
        const cut = at % (bytes.length + 1);
        const buf = Buffer.concat([bytes.subarray(0, cut), Buffer.from(literal), bytes.subarray(cut)]);
        const r = s.scanBuffer(path, buf, buf.length);
        const lines = lineCount(buf.toString('utf8'));
        for (const f of r.findings) {
          expect(f.line).toBeGreaterThanOrEqual(1);
          expect(f.line).toBeLessThanOrEqual(lines);
          expect(f.endColumn).toBeGreaterThanOrEqual(f.column);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('syntax soup (quotes, comment openers, heredocs, interpolation, brackets, newlines)', async () => {
    const langs = (await repoData()).languages;
    const tokens = new Set<string>(['\n', ' ', 'a', 'TODO', 'FIXME', '\\', '${', '#{', '\\(', '$(', '{', '}', '(', ')', '[', ']', '<<EOF', 'EOF', '<<-X', '<<<T', '<?php', '?>', '<script>', '</script>', '=begin', '=end', '=pod', '=cut', '__END__']);
    for (const l of langs) {
      for (const c of l.lineComments ?? []) tokens.add(c.token);
      for (const b of l.blockComments ?? []) (tokens.add(b.open), b.close && tokens.add(b.close));
      for (const st of l.strings ?? []) (tokens.add(st.open), st.close && tokens.add(st.close));
    }
    const soup = fc.array(fc.constantFrom(...[...tokens].filter(Boolean)), { maxLength: 80 }).map((p) => p.join(''));
    fc.assert(
      fc.property(fc.constantFrom(...langs.map((l) => `f.${l.extensions?.[0] ?? l.id}`)), soup, (path, text) => {
        const buf = Buffer.from(text);
        const r = s.scanBuffer(path, buf, buf.length);
        const lines = lineCount(text);
        for (const f of r.findings) {
          expect(f.line).toBeLessThanOrEqual(lines);
          expect(f.endColumn).toBeGreaterThanOrEqual(f.column);
        }
      }),
      { numRuns: 600 },
    );
  });
});

describe('(b) a marker in a comment is found at its line and column', () => {
  it.each(LANGS.map((l) => [l.path, l] as const))('%s', (_path, lang) => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...lang.lines), { maxLength: 12 }), fc.nat(), fc.boolean(), body(lang.unsafe + (lang.path.endsWith('.c') || lang.path.endsWith('.ts') ? '*' : '')), (lines, at, afterCode, tail) => {
        const i = lines.length ? at % (lines.length + 1) : 0;
        const comment = lang.comment(`FIXME ${tail.replace(/FIXME/g, '')}`);
        let line: number;
        let column: number;
        const out = [...lines];
        if (afterCode && i < lines.length && lines[i] !== '') {
          out[i] = `${lines[i]} ${comment}`;
          line = i + 1;
          column = lines[i]!.length + 1 + comment.indexOf('FIXME') + 1;
        } else {
          out.splice(i, 0, comment);
          line = i + 1;
          column = comment.indexOf('FIXME') + 1;
        }
        const found = scanWith(s, lang.path, `${out.join('\n')}\n`).filter((f) => f.ruleId === 'placeholders/fixme');
        expect(found.map((f) => [f.line, f.column, f.endColumn])).toEqual([[line, column, column + 4]]);
      }),
      { numRuns: 120 },
    );
  });
});

describe('(c) a marker in a string literal is never found', () => {
  it.each(LANGS.map((l) => [l.path, l] as const))('%s', (_path, lang) => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...lang.lines), { maxLength: 12 }), fc.nat(), body(lang.unsafe), body(lang.unsafe), (lines, at, before, after) => {
        const i = lines.length ? at % (lines.length + 1) : 0;
        const out = [...lines];
        out.splice(i, 0, lang.string(`${before} FIXME ${after}`));
        const found = scanWith(s, lang.path, `${out.join('\n')}\n`).filter((f) => f.ruleId === 'placeholders/fixme');
        expect(found).toEqual([]);
      }),
      { numRuns: 120 },
    );
  });
});
