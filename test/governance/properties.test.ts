/**
 * Property tests: malformed YAML, mutated workflows and arbitrary structures never crash the
 * audits, and every finding (syntax errors included) has a position inside the file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseDocument, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { FindingInput } from '../../src/core/types.js';
import { contextRefs, decodeScalar, findExpressions, tokenize } from '../../src/checks/governance/expressions.js';
import { parseYamlFile } from '../../src/checks/governance/yaml-file.js';
import { FIXTURES, audit } from './util.js';

function allFixtures(): string[] {
  const out: string[] = [];
  for (const dir of readdirSync(FIXTURES)) {
    if (dir === 'models') continue;
    for (const f of readdirSync(join(FIXTURES, dir))) if (f.endsWith('.yml')) out.push(readFileSync(join(FIXTURES, dir, f), 'utf8'));
  }
  return out;
}
const SEEDS = allFixtures();

/** Every finding points inside the text; a YAML error always yields a positioned invalid-workflow finding. */
function assertWellFormed(text: string, findings: FindingInput[]): void {
  const lines = text.split('\n');
  for (const f of findings) {
    expect(f.ruleId).toMatch(/^governance\/[a-z-]+$/);
    expect(f.message.length).toBeGreaterThan(10);
    const loc = f.location!;
    expect(loc).toBeDefined();
    expect(loc.startLine).toBeGreaterThanOrEqual(1);
    expect(loc.startLine).toBeLessThanOrEqual(Math.max(1, lines.length));
    expect(loc.startColumn ?? 1).toBeGreaterThanOrEqual(1);
    expect(loc.endLine ?? loc.startLine).toBeGreaterThanOrEqual(loc.startLine);
    if ((loc.endLine ?? loc.startLine) === loc.startLine) expect(loc.endColumn ?? 1).toBeGreaterThanOrEqual(loc.startColumn ?? 1);
  }
  if (parseDocument(text, { uniqueKeys: true }).errors.length > 0) {
    const syntax = findings.filter((f) => f.ruleId === 'governance/invalid-workflow' && /YAML syntax error/.test(f.message));
    expect(syntax.length).toBeGreaterThan(0);
  }
}

const yamlish = fc.string({ unit: fc.constantFrom(...'ab: -[]{}\'"\n\t #&*|>!%@$,?\\0123456789${{}}.'.split('')), maxLength: 300 });

describe('malformed workflows never crash and always get positions', () => {
  it('arbitrary text, as a workflow and as an action', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), yamlish, fc.string({ unit: 'binary', maxLength: 200 })), (text) => {
        assertWellFormed(text, audit(text));
        assertWellFormed(text, audit(text, { kind: 'action' }));
      }),
      { numRuns: 400 },
    );
  });

  it('valid fixtures with random edits (deletions, insertions, swapped lines)', () => {
    const edit = fc.record({
      seed: fc.nat({ max: SEEDS.length - 1 }),
      at: fc.nat(),
      len: fc.nat({ max: 40 }),
      insert: yamlish,
      swap: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        let text = SEEDS[edits[0]!.seed]!;
        for (const e of edits) {
          const at = text.length ? e.at % text.length : 0;
          text = text.slice(0, at) + e.insert + text.slice(at + e.len);
          if (e.swap) {
            const lines = text.split('\n');
            const i = at % Math.max(1, lines.length);
            const j = (i + 1) % Math.max(1, lines.length);
            [lines[i], lines[j]] = [lines[j]!, lines[i]!];
            text = lines.join('\n');
          }
        }
        assertWellFormed(text, audit(text));
      }),
      { numRuns: 400 },
    );
  });

  it('structurally random documents (valid YAML of the wrong shapes)', () => {
    const key = fc.constantFrom('on', 'jobs', 'permissions', 'steps', 'runs-on', 'uses', 'run', 'with', 'if', 'secrets', 'env', 'runs', 'using', 'inputs', 'strategy', 'matrix', 'ref', 'x');
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.constantFrom('pull_request_target', 'write-all', 'inherit', 'self-hosted', 'actions/checkout@v4', '${{ github.event.issue.title }}', "github.actor == 'x[bot]'", 'composite'),
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('node'), { maxLength: 4 }),
        fc.dictionary(key, tie('node'), { maxKeys: 5 }),
      ),
    })).node;
    fc.assert(
      fc.property(value, (doc) => {
        const text = stringify(doc);
        assertWellFormed(text, audit(text));
        assertWellFormed(text, audit(text, { kind: 'action' }));
      }),
      { numRuns: 400 },
    );
  });
});

describe('expressions', () => {
  it('tokenizer and context extraction accept any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        const tokens = tokenize(s);
        for (const t of tokens) {
          expect(t.start).toBeGreaterThanOrEqual(0);
          expect(t.end).toBeLessThanOrEqual(s.length);
          expect(t.end).toBeGreaterThan(t.start);
        }
        for (const r of contextRefs(tokens)) expect(r.path.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('every ${{ }} found in a quoted scalar maps back to the same text in the source', () => {
    // Balanced string literals: an odd number of quotes leaves the expression unterminated.
    const inner = fc.stringMatching(/^[a-z. ']{0,20}$/).filter((s) => (s.match(/'/g) ?? []).length % 2 === 0);
    fc.assert(
      fc.property(inner, fc.constantFrom('plain', 'single', 'double', 'literal'), (body, style) => {
        const expr = `\${{ ${body} }}`;
        const value = `echo ${expr} done`;
        const scalar =
          style === 'single' ? `'${value.replace(/'/g, "''")}'` : style === 'double' ? JSON.stringify(value) : style === 'literal' ? `|\n  ${value}` : value;
        const text = `run: ${scalar}\n`;
        const file = parseYamlFile('w.yml', text);
        if (file.errors.length) return; // a plain scalar may not start with some characters
        const node = (file.doc.contents as unknown as { items: Array<{ value: never }> }).items[0]!.value;
        const found = findExpressions(decodeScalar(file, node));
        expect(found).toHaveLength(1);
        const raw = text.slice(found[0]!.start, found[0]!.end);
        // The raw source of the expression decodes to the expression (quotes escaped per style).
        const expectedRaw = style === 'single' ? expr.replace(/'/g, "''") : style === 'double' ? JSON.stringify(expr).slice(1, -1) : expr;
        expect(raw).toBe(expectedRaw);
        expect(found[0]!.inner).toBe(` ${body} `);
      }),
      { numRuns: 400 },
    );
  });
});
