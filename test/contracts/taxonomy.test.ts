import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changeRules, levelFor, parseTaxonomy } from '../../src/checks/contracts/taxonomy.js';
import { DataPackError } from '../../src/data-pack.js';
import { newAjv } from '../../src/checks/contracts/validator.js';

const ROOT = join(import.meta.dirname, '..', '..');
const text = readFileSync(join(ROOT, 'rules', 'contracts.yaml'), 'utf8');
const tax = parseTaxonomy(text);

describe('rules/contracts.yaml', () => {
  it('loads and validates', () => {
    expect(Object.keys(tax.changes).length).toBeGreaterThan(40);
  });

  it('levels follow direction and compatibility', () => {
    expect(levelFor(tax, 'required-property-added', 'consumer')).toBe('error');
    expect(levelFor(tax, 'required-property-added', 'producer')).toBe('notice');
    expect(levelFor(tax, 'required-property-removed', 'producer')).toBe('error');
    expect(levelFor(tax, 'required-property-removed', 'consumer')).toBe('warning');
    // both = full: the strictest side.
    expect(levelFor(tax, 'required-property-added', 'both')).toBe('error');
    expect(levelFor(tax, 'required-property-removed', 'both')).toBe('error');
    // An explicit mode wins over the direction's default.
    expect(levelFor(tax, 'required-property-added', 'producer', 'backward')).toBe('error');
    expect(levelFor(tax, 'required-property-added', 'consumer', 'forward')).toBe('notice');
    expect(levelFor(tax, 'type-changed', 'consumer', 'none')).toBe('notice');
  });

  it('every change has RuleMeta with a README anchor', () => {
    const rules = changeRules(tax);
    expect(rules.map((r) => r.id)).toContain('contracts/enum-value-removed');
    for (const r of rules) expect(r.helpUri).toBe(`https://github.com/guardian-ci/guardian#contracts${r.id.slice('contracts/'.length)}`);
  });

  it('format samples agree with ajv-formats: valid ones pass, invalid ones fail', () => {
    const ajv = newAjv('2020-12');
    for (const [name, f] of Object.entries(tax.formats)) {
      const v = ajv.compile({ type: f.type, format: name });
      for (const s of f.valid) expect([name, s, v(s)]).toEqual([name, s, true]);
      // Formats ajv-formats does not implement are annotations: nothing to violate.
      const known = Object.prototype.hasOwnProperty.call(ajv.formats, name);
      if (known) for (const s of f.invalid) expect([name, s, v(s)]).toEqual([name, s, false]);
    }
  });

  it('rejects bad data naming file, line and column', () => {
    const broken = text.replace('levels: { consumer: notice, producer: notice }', 'levels: { consumer: fatal, producer: notice }');
    expect(() => parseTaxonomy(broken)).toThrow(DataPackError);
    try {
      parseTaxonomy(broken);
    } catch (e) {
      expect((e as DataPackError).problems[0]).toMatch(/^rules\/contracts\.yaml:\d+:\d+ changes\.property-added\.levels\.consumer: expected error\|warning\|notice/);
    }
    expect(() => parseTaxonomy(text.replace('tightened: maximum-decreased', 'tightened: maximum-lowered'))).toThrow(/maximum-lowered/);
  });
});
