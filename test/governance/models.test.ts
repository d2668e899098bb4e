/**
 * Model governance over Legend models: PURE grammar files (embedded parser) and SDLC entity JSON
 * files, one vulnerable and one safe case per rule, positions from the fixture text.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { FindingInput } from '../../src/core/types.js';
import { check } from '../../src/checks/governance/index.js';
import { makeRepo, type TempRepo } from '../helpers/git-repo.js';
import { contextFor } from './context.js';
import { fixture, locate } from './util.js';
import type { GovernanceOptionsInput } from '../../src/checks/governance/options.js';

const repos: TempRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
});

async function modelFindings(files: Record<string, string>, options: GovernanceOptionsInput = {}) {
  const r = makeRepo(files);
  repos.push(r);
  r.commit('models');
  const out = await check.run(await contextFor(r.dir, { options: { repository: false, workflows: false, ...options } }));
  return { out, findings: out.findings.filter((f) => f.ruleId.startsWith('governance/model-')) };
}

/** [rule, line, column] triples, sorted. */
function starts(findings: readonly FindingInput[]): Array<[string, number, number | undefined]> {
  return findings
    .map((f): [string, number, number | undefined] => [f.ruleId.slice('governance/'.length), f.location!.startLine, f.location!.startColumn])
    .sort((a, b) => a[1] - b[1] || (a[2] ?? 0) - (b[2] ?? 0) || a[0].localeCompare(b[0]));
}

function at(text: string, needle: string, rule: string): [string, number, number] {
  const l = locate(text, needle);
  return [rule, l.startLine, l.startColumn!];
}

describe('model governance on PURE files', () => {
  const vulnerable = fixture('models/vulnerable.pure');

  it('finds undocumented elements, unclassified personal data and naming breaks at their declarations', async () => {
    const { findings, out } = await modelFindings({ 'model/person.pure': vulnerable });
    const expected = [
      at(vulnerable, 'Class model::person::Person', 'model-documentation'),
      at(vulnerable, "{meta::pure::profiles::doc.doc = 'Contact address'} emailAddress", 'model-pii-tagging'),
      at(vulnerable, "{meta::pure::profiles::doc.doc = 'Birth date'} Date_of_birth", 'model-naming'),
      at(vulnerable, "{meta::pure::profiles::doc.doc = 'Birth date'} Date_of_birth", 'model-pii-tagging'),
      at(vulnerable, 'nickname: String[0..1];', 'model-documentation'),
      at(vulnerable, "Enum {meta::pure::profiles::doc.doc = 'Trade side'} model::Trading::side", 'model-naming'),
      at(vulnerable, "Enum {meta::pure::profiles::doc.doc = 'Trade side'} model::Trading::side", 'model-naming'),
    ].sort((a, b) => a[1] - b[1] || a[2] - b[2] || a[0].localeCompare(b[0]));
    expect(starts(findings)).toEqual(expected);
    expect(findings.every((f) => f.location!.path === 'model/person.pure')).toBe(true);
    const naming = findings.filter((f) => f.ruleId === 'governance/model-naming').map((f) => f.message).join('\n');
    expect(naming).toMatch(/`Date_of_birth`.*e\.g\. `dateOfBirth`/);
    expect(naming).toMatch(/Enumeration name `side`.*e\.g\. `Side`/);
    expect(naming).toMatch(/Package `model::Trading` has segment `Trading`.*e\.g\. `model::trading`/);
    expect(findings.find((f) => f.ruleId === 'governance/model-pii-tagging')!.message).toMatch(/<<PII\.sensitive>>/);
    expect(out.evidence!.failedTests).toContain('governance/model-pii-tagging');
    expect(out.evidence!.passedTests).toContain('governance/model-service-owners');
  });

  it('passes a documented, classified, conventional model', async () => {
    const { findings, out } = await modelFindings({ 'model/person.pure': fixture('models/safe.pure') });
    expect(findings).toEqual([]);
    expect(out.summary).toMatch(/1 model file checked/);
  });

  it('requires constraints on the configured classes', async () => {
    const opts = { modelConstraintsRequiredFor: '^model::(trading|person)::' };
    const bad = await modelFindings({ 'm.pure': vulnerable }, opts);
    expect(starts(bad.findings.filter((f) => f.ruleId === 'governance/model-constraints'))).toEqual([
      at(vulnerable, 'Class model::person::Person', 'model-constraints'),
      at(vulnerable, "Class {meta::pure::profiles::doc.doc = 'A trade'} model::trading::Trade", 'model-constraints'),
    ]);
    const good = await modelFindings({ 'm.pure': fixture('models/safe.pure') }, opts);
    expect(good.findings).toEqual([]);
  });

  it('reports a parse failure as a note, not a crash or a finding', async () => {
    const { findings, out } = await modelFindings({ 'broken.pure': '###Pure\nClass model::X {\n  a: String[1]\n' });
    expect(findings).toEqual([]);
    expect(out.notes!.join('\n')).toMatch(/broken\.pure:\d+:\d+ could not be parsed/);
  });
});

describe('model governance on SDLC entity files', () => {
  it('checks service owners, URL pattern and documentation at the service name', async () => {
    const text = fixture('models/entities/vulnerable-service.json');
    const { findings } = await modelFindings({ 'entities/model/services/PersonLookup.json': text });
    const name = locate(text, '"PersonLookup"', 1);
    expect(starts(findings)).toEqual([
      ['model-documentation', name.startLine, name.startColumn],
      ['model-service-owners', name.startLine, name.startColumn],
      ['model-service-pattern', name.startLine, name.startColumn],
    ]);
    const msgs = findings.map((f) => f.message).join('\n');
    expect(msgs).toMatch(/has 1 owner; at least 2 are required/);
    expect(msgs).toMatch(/pattern `\/API\/PersonLookup\/\{id\}`.*e\.g\. `\/api\/person-lookup\/\{id\}`/);
  });

  it('passes a documented service with two owners and a conventional pattern', async () => {
    const { findings } = await modelFindings({ 'entities/model/services/PersonLookup.json': fixture('models/entities/safe-service.json') });
    expect(findings).toEqual([]);
  });

  it('points at the property name in a class entity and honours configured owners and classifications', async () => {
    const text = fixture('models/entities/vulnerable-class.json');
    const { findings } = await modelFindings({ 'entities/model/person/Customer.json': text });
    const ssn = locate(text, '"ssn"', 1);
    expect(starts(findings)).toEqual([['model-pii-tagging', ssn.startLine, ssn.startColumn]]);
    const relaxed = await modelFindings({ 'entities/model/person/Customer.json': text }, { modelPiiNames: 'passport' });
    expect(relaxed.findings).toEqual([]);
  });

  it('ignores JSON files that are not entities', async () => {
    const { out } = await modelFindings({ 'entities/package.json': '{"name":"x"}', 'entities/bad.json': '{' });
    expect(out.findings).toEqual([]);
    expect(out.notes!.join('\n')).toMatch(/entities\/bad\.json is not valid JSON/);
  });
});
