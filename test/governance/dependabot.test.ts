import { describe, expect, it } from 'vitest';
import { auditDependabot } from '../../src/checks/governance/audits/dependabot.js';
import { parseYamlFile } from '../../src/checks/governance/yaml-file.js';
import { fixture, locate } from './util.js';

describe('governance/dependabot-execution', () => {
  const path = '.github/dependabot.yml';
  it('reports insecure-external-code-execution: allow at its line', () => {
    const text = fixture('dependabot-execution/vulnerable.yml');
    const found = auditDependabot(parseYamlFile(path, text));
    expect(found.map((f) => [f.ruleId, f.location])).toEqual([
      ['governance/dependabot-execution', locate(text, 'insecure-external-code-execution: allow', 1, path)],
    ]);
    expect(found[0]!.message).toMatch(/pip dependencies.*Fix: remove the line/s);
  });
  it('passes deny (and the default)', () => {
    expect(auditDependabot(parseYamlFile(path, fixture('dependabot-execution/safe.yml')))).toEqual([]);
  });
  it('reports a syntax error with its position', () => {
    const found = auditDependabot(parseYamlFile(path, 'version: 2\nupdates: [\n'));
    expect(found).toHaveLength(1);
    expect(found[0]!.ruleId).toBe('governance/invalid-workflow');
    expect(found[0]!.location!.startLine).toBeGreaterThanOrEqual(1);
  });
});
