/**
 * Differential test against leasot on a shared corpus: our fixtures plus real sources from
 * node_modules (ajv's TypeScript, picomatch's JavaScript). Both report every marker they see
 * (our reference policy is switched off for the comparison). Every disagreement must fall in
 * one of the documented, justified categories below; anything else fails the test.
 *
 *  ours-after-text   We report a marker after code or after other comment text on the line
 *                    (`x(); // TODO`, `// see TODO`); leasot only matches a tag right after the
 *                    comment opener. The issue requires markers after code to be found.
 *  leasot-case       leasot matches tags case-insensitively (`// todo`); we match the tag as
 *                    written (upper case), so prose like "todos" or "Todo list" is not a marker.
 *  leasot-in-string  leasot matched inside a string literal, heredoc or inline code (its
 *                    regexes do not know strings: `"/* FIXME *\/"`, `"-- TODO"` in Lua); markers
 *                    in strings are never findings.
 *  ours-docstring    A marker in a multi-line Python docstring: leasot only reads one-line
 *                    `"""TODO"""`; docstrings are comments by default here (an option).
 *  ours-comment-syntax  A comment form leasot's parser for that extension does not read: Lua
 *                    `--[[ ]]`, Haskell `{- -}`, Julia `#= =#`, Ruby `=begin`, Perl POD, PHP `#`,
 *                    multi-line HTML comments in Markdown, and scripts and styles embedded in
 *                    HTML, Vue and Svelte files.
 *
 * Set SHOW_DIFF=<category> to print the disagreements of one category.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import fg from 'fast-glob';
import { isExtensionSupported, parse } from 'leasot';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMMENT, DOC, lex, spanAt, STRING } from '../../src/checks/placeholders/lexer.js';
import type { Scanner } from '../../src/checks/placeholders/scanner.js';
import { FIXTURES, ROOT, scanner } from './helpers.js';

const TAGS = ['TODO', 'FIXME', 'XXX', 'HACK', 'TBD', 'PLACEHOLDER'];
const CATEGORIES = ['ours-after-text', 'leasot-case', 'leasot-in-string', 'ours-docstring', 'ours-comment-syntax'] as const;
type Category = (typeof CATEGORIES)[number];

interface CorpusFile {
  name: string;
  text: string;
}

function corpus(): CorpusFile[] {
  const out: CorpusFile[] = [];
  for (const sub of ['differential', 'languages']) {
    const dir = join(FIXTURES, sub);
    for (const f of readdirSync(dir).sort()) out.push({ name: f.replace(/\.fixture$/, ''), text: readFileSync(join(dir, f), 'utf8') });
  }
  const real = fg.sync(['node_modules/ajv/lib/**/*.ts', 'node_modules/picomatch/lib/*.js'], { cwd: ROOT }).sort();
  for (const f of real) out.push({ name: f, text: readFileSync(join(ROOT, f), 'utf8') });
  return out.filter((f) => isExtensionSupported(extname(f.name)));
}

let s: Scanner;
beforeAll(async () => {
  // Compare detection, not policy: every tag reported whatever it references.
  s = await scanner({ tags: Object.fromEntries(TAGS.map((t) => [t, { requireReference: false }])), stubs: Object.fromEntries(['placeholder-literal'].map((r) => [r, false])) });
});

/** The comment forms of `ours-comment-syntax`: per file name, openers leasot's parser for it does not read. */
const UNREAD_BY_LEASOT: Array<[file: RegExp, opener: RegExp]> = [
  [/\.lua$/, /^--\[=*\[/],
  [/\.hs$/, /^\{-/],
  [/\.jl$/, /^#=/],
  [/\.rb$/, /^=begin\b/],
  [/\.p[lm]$/, /^=[a-z]/],
  [/\.php$/, /^#/],
  [/\.(?:md|markdown)$/, /^<!--/],
  // Scripts and styles embedded in HTML, Vue and Svelte files.
  [/\.(?:html?|vue|svelte)$/, /^(?:\/\/|\/\*)/],
];

function classify(side: 'ours' | 'leasot', file: CorpusFile, line: number, tag: string): Category | 'unexplained' {
  const lines = file.text.split('\n');
  const text = lines[line - 1] ?? '';
  const lineStart = lines.slice(0, line - 1).reduce((a, l) => a + l.length + 1, 0);
  const lang = s.languageFor(file.name, Buffer.from(file.text), file.text.length);
  const spans = lex(file.text, lang);
  if (side === 'leasot') {
    const exact = [...text.matchAll(new RegExp(`(?<![\\w])${tag}(?![\\w])`, 'g'))];
    if (exact.length === 0) return 'leasot-case';
    if (exact.every((m) => spanAt(spans, lineStart + m.index)?.[0] === STRING)) return 'leasot-in-string';
    return 'unexplained';
  }
  const m = new RegExp(`(?<![\\w])${tag}(?![\\w])`).exec(text);
  if (!m) return 'unexplained';
  const at = lineStart + m.index;
  const span = spanAt(spans, at);
  if (span?.[0] === DOC) return 'ours-docstring';
  if (span?.[0] !== COMMENT) return 'unexplained';
  // Code before a comment that starts on this line: a marker after code.
  if (span[1] >= lineStart && /\S/.test(file.text.slice(lineStart, span[1]))) return 'ours-after-text';
  // Other words between the comment opener (or continuation) and the marker: after text.
  const between = file.text.slice(Math.max(span[1], lineStart), at);
  if (/[\p{L}\p{N}]/u.test(between.replace(/^[\s/*#;%!<>={}[\]-]*(?:begin\b)?[\s@]*/, ''))) return 'ours-after-text';
  const opener = file.text.slice(span[1], span[1] + 8);
  return UNREAD_BY_LEASOT.some(([name, form]) => name.test(file.name) && form.test(opener)) ? 'ours-comment-syntax' : 'unexplained';
}

describe('differential test against leasot', () => {
  it('agrees with leasot except for documented, justified differences', async () => {
    const files = corpus();
    expect(files.length).toBeGreaterThan(40);
    const counts = new Map<string, number>();
    const unexplained: string[] = [];
    let agreed = 0;
    for (const file of files) {
      const leasot = (await parse(file.text, { extension: extname(file.name), filename: file.name, customTags: TAGS.slice(2) })) as Array<{ line: number; tag: string }>;
      const theirs = new Set(leasot.map((t) => `${t.line} ${t.tag.toUpperCase()}`));
      const ours = new Set(
        s
          .scanText(file.text, s.languageFor(file.name, Buffer.from(file.text), file.text.length))
          .filter((f) => f.tag)
          .map((f) => `${f.line} ${f.tag}`),
      );
      for (const k of ours) if (theirs.has(k)) agreed++;
      const diffs = [...[...ours].filter((k) => !theirs.has(k)).map((k) => ['ours', k] as const), ...[...theirs].filter((k) => !ours.has(k)).map((k) => ['leasot', k] as const)];
      for (const [side, k] of diffs) {
        const [line, tag] = k.split(' ') as [string, string];
        const c = classify(side, file, Number(line), tag);
        counts.set(c, (counts.get(c) ?? 0) + 1);
        if (process.env.SHOW_DIFF === c) console.log(`${c}: ${file.name}:${line} ${tag}: ${file.text.split("\n")[Number(line) - 1]!.trim()}`);
        if (c === "unexplained") unexplained.push(`${file.name}:${line} ${tag} reported by ${side} only: ${file.text.split('\n')[Number(line) - 1]!.trim()}`);
      }
    }
    console.log(`leasot differential: ${files.length} files, ${agreed} markers agreed; disagreements: ${JSON.stringify(Object.fromEntries(counts))}`);
    expect(unexplained).toEqual([]);
    expect(agreed).toBeGreaterThan(50);
  });
});
