/**
 * docs/readme/contracts.md: its rule reference is generated from rules/contracts.yaml and the
 * static rules, so it can never miss an id. Regenerate with
 *   UPDATE_DOCS=1 npx vitest run test/contracts/readme.test.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STATIC_RULES } from '../../src/checks/contracts/rules.js';
import { changeRules, levelFor, type Taxonomy } from '../../src/checks/contracts/taxonomy.js';
import { taxonomy } from './helpers.js';

const DOC = join(import.meta.dirname, '..', '..', 'docs', 'readme', 'contracts.md');
const START = '<!-- contracts-reference:start (generated from rules/contracts.yaml by test/contracts/readme.test.ts) -->';
const END = '<!-- contracts-reference:end -->';

function render(tax: Taxonomy): string {
  const out: string[] = [];
  const modes = Object.entries(tax.compatibility)
    .map(([m, sides]) => {
      const what = sides.length === 0 ? `every change is reported as ${tax.ungatedLevel}` : sides.length === 1 ? `the ${sides[0]} level` : `the stricter of the ${sides.join(' and ')} levels`;
      return `| \`${m}\` | ${what} |`;
    })
    .join('\n');
  const dirs = Object.entries(tax.defaultCompatibility)
    .map(([d, m]) => `\`${d}\` → \`${m}\``)
    .join(', ');
  out.push('#### Compatibility modes', '', `Default mode per direction: ${dirs}. An explicit \`compatibility\` wins over the direction.`, '');
  out.push('| `compatibility` | level of each change |', '|---|---|', modes, '');
  out.push('#### Breaking-change levels', '');
  out.push('| id | consumer (`backward`) | producer (`forward`) | both (`full`) |', '|---|---|---|---|');
  for (const [id, c] of Object.entries(tax.changes)) {
    out.push(`| [\`contracts/${id}\`](#contracts${id}) | ${c.levels.consumer} | ${c.levels.producer} | ${levelFor(tax, id, 'both')} |`);
  }
  out.push('', `Under \`compatibility: none\` every change is a ${tax.ungatedLevel}.`, '');
  out.push('#### Breaking-change reference', '');
  const metas = new Map(changeRules(tax).map((r) => [r.id, r]));
  for (const [id, c] of Object.entries(tax.changes)) {
    out.push(`### \`contracts/${id}\``, '');
    out.push(`**${c.name}.** ${c.description}`, '');
    out.push(`Levels: consumer **${c.levels.consumer}**, producer **${c.levels.producer}**, both **${metas.get(`contracts/${id}`)!.defaultLevel}**.`, '');
    out.push('```text', `base: ${c.example.base}`, `head: ${c.example.head}`, '```', '');
    out.push(`Fix: ${c.fix}`, '');
  }
  out.push('#### Other rules', '');
  for (const r of STATIC_RULES) {
    out.push(`### \`${r.id}\``, '');
    out.push(`**${r.name}** (default ${r.defaultLevel}). ${r.fullDescription}`, '');
    out.push(`Fix: ${r.help}`, '');
  }
  return out.join('\n').trimEnd();
}

describe('docs/readme/contracts.md', () => {
  it('holds the generated reference for every rule', () => {
    const doc = readFileSync(DOC, 'utf8');
    const s = doc.indexOf(START);
    const e = doc.indexOf(END);
    expect(s).toBeGreaterThan(-1);
    expect(e).toBeGreaterThan(s);
    const want = `${START}\n\n${render(taxonomy())}\n\n${END}`;
    const have = doc.slice(s, e + END.length);
    if (have !== want && process.env.UPDATE_DOCS === '1') {
      writeFileSync(DOC, doc.slice(0, s) + want + doc.slice(e + END.length));
      return;
    }
    expect(have).toBe(want);
  });

  it('has a heading matching every helpUri anchor', () => {
    const doc = readFileSync(DOC, 'utf8');
    for (const r of [...STATIC_RULES, ...changeRules(taxonomy())]) {
      expect(doc).toContain(`### \`${r.id}\``);
      // GitHub's anchor for "### `contracts/x`" drops the backticks and the slash.
      expect(r.helpUri).toBe(`https://github.com/guardian-ci/guardian#${r.id.replace('/', '')}`);
    }
  });
});
