/** Helpers for governance tests: audit YAML text with the real ruleset, locate expected text. */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FindingInput, Location } from '../../src/core/types.js';
import { auditWorkflow } from '../../src/checks/governance/audits/index.js';
import { compileWorkflowRules } from '../../src/checks/governance/audits/context.js';
import { optionsSchema, type GovernanceOptions, type GovernanceOptionsInput } from '../../src/checks/governance/options.js';
import { applyOptions, parseRuleset } from '../../src/checks/governance/ruleset.js';
import type { Ruleset } from '../../src/checks/governance/ruleset-schema.js';
import { buildWorkflowModel } from '../../src/checks/governance/workflow-model.js';
import { parseYamlFile } from '../../src/checks/governance/yaml-file.js';

export const INSTALL_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = join(INSTALL_DIR, 'test/governance/fixtures');

let cached: Ruleset | undefined;
export function baseRuleset(): Ruleset {
  cached ??= parseRuleset(readFileSync(join(INSTALL_DIR, 'rules/governance.yaml'), 'utf8'));
  return cached;
}

export function options(partial: GovernanceOptionsInput = {}): GovernanceOptions {
  return optionsSchema.parse(partial);
}

export function rulesWith(partial: GovernanceOptionsInput = {}): Ruleset {
  return applyOptions(baseRuleset(), options(partial));
}

/** Audits workflow (or action) text the way the check does. */
export function audit(
  text: string,
  opts: { path?: string; kind?: 'workflow' | 'action'; options?: GovernanceOptionsInput } = {},
): FindingInput[] {
  const path = opts.path ?? (opts.kind === 'action' ? 'action.yml' : '.github/workflows/test.yml');
  const rules = rulesWith(opts.options);
  const model = buildWorkflowModel(parseYamlFile(path, text), opts.kind ?? 'workflow');
  return auditWorkflow(model, rules.workflows, compileWorkflowRules(rules.workflows));
}

export function fixture(rel: string): string {
  return readFileSync(join(FIXTURES, rel), 'utf8');
}

/** Location of the n-th occurrence of `needle` in `text` (endColumn inclusive). */
export function locate(text: string, needle: string, occurrence = 1, path = '.github/workflows/test.yml'): Location {
  let at = -1;
  for (let i = 0; i < occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`fixture does not contain ${JSON.stringify(needle)} ${occurrence} time(s)`);
  }
  const pos = (offset: number) => {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return { line, column };
  };
  const s = pos(at);
  const e = pos(at + needle.length - 1);
  return { path, startLine: s.line, startColumn: s.column, endLine: e.line, endColumn: e.column };
}

export function ofRule(findings: readonly FindingInput[], rule: string): FindingInput[] {
  return findings.filter((f) => f.ruleId === `governance/${rule}`);
}

/** Locations of findings, sorted, for exact comparisons. */
export function locations(findings: readonly FindingInput[]): Location[] {
  return findings
    .map((f) => f.location!)
    .sort((a, b) => a.startLine - b.startLine || (a.startColumn ?? 0) - (b.startColumn ?? 0));
}
