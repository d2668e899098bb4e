import { createHash } from 'node:crypto';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { CHECK_OUTPUT_MAX, planCheckRun, planText } from '../../src/report/check-run.js';
import { COMMENT_MAX, commentMarker, planComment } from '../../src/report/comment.js';
import { codeSpan, escapeMarkdown } from '../../src/report/escape.js';
import { planEvidence } from '../../src/report/evidence.js';
import { findingsSchema } from '../../src/report/findings-schema.js';
import { planJobSummary } from '../../src/report/job-summary.js';
import { planJunit } from '../../src/report/junit.js';
import { planSarif } from '../../src/report/sarif.js';
import { planWorkflowCommands } from '../../src/report/workflow-commands.js';
import { finding, report, result } from '../helpers/findings.js';

const many = (count: number, over: Parameters<typeof finding>[0] = {}) => Array.from({ length: count }, () => finding(over));

describe('check-run plan', () => {
  it('sends the first 50 annotations on create and appends the rest in batches of 50', () => {
    const plan = planCheckRun(report([result('x', many(120))]), { annotations: true });
    expect(plan.create.output.annotations).toHaveLength(50);
    expect(plan.updates.map((u) => u.output.annotations?.length)).toEqual([50, 20]);
    expect(plan.annotationCount).toBe(120);
    for (const u of plan.updates) expect(u.output.title && u.output.summary).toBeTruthy();
    expect(plan.create).toMatchObject({ status: 'completed', conclusion: 'failure', head_sha: 'a'.repeat(40) });
  });

  it('makes no update call for ≤ 50 annotations and none at all when annotations are off', () => {
    expect(planCheckRun(report([result('x', many(50))]), { annotations: true }).updates).toHaveLength(0);
    const off = planCheckRun(report([result('x', many(75))]), { annotations: false });
    expect(off.create.output.annotations).toBeUndefined();
    expect(off.updates).toHaveLength(0);
    expect(off.annotationsOmitted).toBe(75);
  });

  it('annotates errors first, maps levels, limits columns to single-line findings and skips suppressed ones', () => {
    const fs = [
      finding({ level: 'notice' }),
      finding({ level: 'error', location: { path: 'a.ts', startLine: 2, endLine: 4, startColumn: 1, endColumn: 5 } }),
      finding({ level: 'warning', suppression: { kind: 'inline', reason: 'ok' } }),
    ];
    const anns = planCheckRun(report([result('x', fs)]), { annotations: true }).create.output.annotations!;
    expect(anns.map((a) => a.annotation_level)).toEqual(['failure', 'notice']);
    expect(anns[0]).toMatchObject({ path: 'a.ts', start_line: 2, end_line: 4 });
    expect(anns[0]!.start_column).toBeUndefined();
    expect(anns[1]).toMatchObject({ start_column: 3, end_column: 9 });
  });

  it('keeps summary and text within 65,535 characters, degrading all → errors only → truncated', () => {
    const long = 'x'.repeat(380);
    const warnings = many(300, { level: 'warning', message: long });
    const errors = many(20, { level: 'error', message: long });
    const mid = report([result('x', [...warnings, ...errors])]);
    const text = planText(mid);
    expect(text.length).toBeLessThanOrEqual(CHECK_OUTPUT_MAX);
    expect(text).toMatch(/errors only: 20 of 320/);

    const huge = report([result('x', many(400, { level: 'error', message: long }))]);
    const t2 = planText(huge);
    expect(t2.length).toBeLessThanOrEqual(CHECK_OUTPUT_MAX);
    expect(t2).toMatch(/…and \d+ more in the evidence bundle/);
    const plan = planCheckRun(huge, { annotations: true });
    expect(plan.create.output.summary.length).toBeLessThanOrEqual(CHECK_OUTPUT_MAX);
  });
});

describe('sticky comment', () => {
  it('starts with the marker and shows verdict, gate table, top findings and links', () => {
    const body = planComment(report([result('placeholders', many(3)), result('governance', [])], { checkRunUrl: 'https://github.com/acme/widgets/runs/1' }));
    expect(body.split('\n')[0]).toBe('<!-- guardian:Guardian -->');
    expect(body).toMatch(/❌ \*\*Failed\*\*/);
    expect(body).toMatch(/\| placeholders \| ❌ failed \| 3 \|/);
    expect(body).toMatch(/Top findings \(3 of 3\)/);
    expect(body).toContain('[Check run](https://github.com/acme/widgets/runs/1)');
    expect(body).toContain('(https://github.com/acme/widgets/blob/' + 'a'.repeat(40) + '/src/file');
  });

  it('stays within 60,000 characters for a 70,000+ character report', () => {
    const big = report([result('x', many(2000, { message: 'y'.repeat(300) }))]);
    const body = planComment(big);
    expect(body.length).toBeLessThanOrEqual(COMMENT_MAX);
    expect(planJobSummary(big).length).toBeGreaterThan(70_000);
  });

  it('cannot be closed early or spoofed by the check name', () => {
    expect(commentMarker('Evil --> <b>')).toBe('<!-- guardian:Evil - - b -->');
  });
});

describe('escaping untrusted text', () => {
  const evil = 'Fix <img src=x onerror=alert(1)> **bold** [link](https://evil.example) @octocat #1 <!-- guardian:Guardian --> | pipe `tick`';
  it('neutralises HTML, Markdown, links, mentions, references and fake markers', () => {
    const s = escapeMarkdown(evil);
    expect(s).not.toMatch(/<img|<!--/);
    expect(s).not.toMatch(/(?<!\\)\*\*|(?<!\\)\[link\]/);
    expect(s).not.toMatch(/@octocat/);
    expect(s).not.toMatch(/(?<!\\)#1/);
    expect(s).not.toMatch(/(?<!\\)\|/);
    expect(codeSpan('a`b</code><script>')).toBe('<code>a`b&lt;/code&gt;&lt;script&gt;</code>');
  });

  it('escapes findings in the comment, summary and check-run text', () => {
    const r = report([result('x', [finding({ message: evil, location: { path: 'src/<b>@x.ts', startLine: 1 } })])]);
    for (const out of [planComment(r), planJobSummary(r), planText(r)]) {
      expect(out).not.toContain('<img');
      expect(out).not.toContain('@octocat');
      expect(out.match(/<!-- guardian:/g)?.length ?? 0).toBeLessThanOrEqual(1);
      expect(out).not.toContain('src/<b>');
    }
    expect(planComment(r).indexOf('<!-- guardian:Guardian -->')).toBe(0);
  });
});

describe('SARIF, JUnit, workflow commands', () => {
  const rules = [{ id: 'line-marker/bad', name: 'Bad line', shortDescription: 's', fullDescription: 'f', help: 'Remove it.', helpUri: 'https://x/#bad', defaultLevel: 'error' as const }];
  const r = report([
    result('line-marker', [finding(), finding({ level: 'warning', ruleId: 'line-marker/meh', suppression: { kind: 'inline', reason: 'fine' } })], { rules }),
    result('throws', [], { status: 'error', error: 'boom' }),
  ]);

  it('writes SARIF 2.1.0 with rule metadata, exclusive end columns and suppressions', () => {
    const sarif = planSarif(r) as any;
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0];
    expect(run.tool.driver.rules.map((x: any) => x.id)).toEqual(['line-marker/bad', 'line-marker/meh']);
    expect(run.tool.driver.rules[0]).toMatchObject({ help: { text: 'Remove it.' }, helpUri: 'https://x/#bad', defaultConfiguration: { level: 'error' } });
    const [a, b] = run.results;
    expect(a.locations[0].physicalLocation.region).toMatchObject({ startColumn: 3, endColumn: 10 });
    expect(a.partialFingerprints['guardianFingerprint/v1']).toMatch(/^[0-9a-f]{32}$/);
    expect(b.suppressions[0]).toMatchObject({ kind: 'inSource', justification: 'fine' });
    expect(run.invocations[0].executionSuccessful).toBe(false);
  });

  it('gives repository-level findings a location, since code scanning rejects results without one', () => {
    const sarif = planSarif(report([result('x', [finding({ location: undefined, level: 'warning' })])])) as any;
    expect(sarif.runs[0].results[0].locations).toEqual([{ physicalLocation: { artifactLocation: { uri: 'no file associated with this alert' }, region: { startLine: 1 } } }]);
  });

  it('writes JUnit with failures for gating findings, skipped for suppressed and errors for crashed checks', () => {
    const xml = planJunit(r);
    expect(xml).toMatch(/<testsuites name="Guardian" tests="3" failures="1" errors="1">/);
    expect(xml).toMatch(/<failure type="line-marker\/bad"/);
    expect(xml).toMatch(/<skipped message="suppressed \(inline\): fine"\/>/);
    expect(xml).toMatch(/<error message="boom"\/>/);
    expect(planJunit(report([result('x', [finding({ message: 'a\u0001b<&>"' })])]))).toContain('ab&lt;&amp;&gt;&quot;');
  });

  it('caps workflow commands at 10 per level and escapes their data', () => {
    const cmds = planWorkflowCommands(report([result('x', [...many(15), ...many(12, { level: 'warning' }), finding({ message: 'a\nb%c', location: { path: 'p,q:r.ts', startLine: 2 } })])]));
    expect(cmds.filter((c) => c.startsWith('::error')).length).toBe(10);
    expect(cmds.filter((c) => c.startsWith('::warning')).length).toBe(10);
    const special = planWorkflowCommands(report([result('x', [finding({ message: 'a\nb%c', location: { path: 'p,q:r.ts', startLine: 2 } })])]));
    expect(special[0]).toBe('::error file=p%2Cq%3Ar.ts,line=2,title=line-marker/bad::a%0Ab%25c');
  });
});

describe('evidence bundle', () => {
  const r = report([result('line-marker', [finding({ message: 'token ghs_SECRETSECRET leaked?' })])]);
  const bundle = planEvidence({ report: r, configSha256: 'c'.repeat(64), timeVerified: '2026-11-21T00:00:00.000Z', secrets: ['ghs_SECRETSECRET'], repository: 'acme/widgets', pullRequest: 7 });

  it('holds findings, per-check and verdict statements and a manifest with correct digests', () => {
    expect([...bundle.keys()].sort()).toEqual(['findings.json', 'findings.schema.json', 'line-marker.intoto.json', 'manifest.json', 'verdict.intoto.json']);
    const manifest = JSON.parse(bundle.get('manifest.json')!);
    for (const entry of manifest.files) {
      expect(createHash('sha256').update(bundle.get(entry.name)!).digest('hex')).toBe(entry.sha256);
    }
    const vsa = JSON.parse(bundle.get('verdict.intoto.json')!);
    expect(vsa).toMatchObject({
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ digest: { gitCommit: 'a'.repeat(40) } }],
      predicateType: 'https://slsa.dev/verification_summary/v1',
      predicate: { verificationResult: 'FAILED', policy: { digest: { sha256: 'c'.repeat(64) } } },
    });
    const check = JSON.parse(bundle.get('line-marker.intoto.json')!);
    expect(check.predicateType).toBe('https://in-toto.io/attestation/test-result/v0.1');
    expect(check.predicate).toMatchObject({ result: 'FAILED', failedTests: ['line-marker/bad'] });
    expect(vsa.predicate.inputAttestations[0].digest.sha256).toBe(createHash('sha256').update(bundle.get('line-marker.intoto.json')!).digest('hex'));
  });

  it('derives rule outcomes from the final findings, keeping a check\'s non-rule tests', () => {
    const rules = ['x/a', 'x/b', 'x/c', 'x/d'].map((id) => ({ id, name: id, shortDescription: '', fullDescription: '', help: '', defaultLevel: 'error' as const }));
    const res = result('x', [finding({ ruleId: 'x/a' }), finding({ ruleId: 'x/b', suppression: { kind: 'inline', reason: 'ok' } }), finding({ ruleId: 'x/c', level: 'warning' })], {
      rules,
      // The check evaluated a, b and c (not d) and reported b as failed before suppression.
      evidence: { passedTests: ['x/c', 'case: valid/1.json'], failedTests: ['x/a', 'x/b'], warnedTests: [] },
    });
    const b = planEvidence({ report: report([res]), configSha256: 'c'.repeat(64), timeVerified: 't' });
    const p = JSON.parse(b.get('x.intoto.json')!).predicate;
    expect(p.failedTests).toEqual(['x/a']);
    expect(p.warnedTests).toEqual(['x/c']);
    expect(p.passedTests).toEqual(['x/b', 'case: valid/1.json']);
  });

  it('validates findings.json against the published schema and never contains secrets', () => {
    const ajv = new Ajv2020({ strict: false });
    const validate = ajv.compile(findingsSchema);
    const doc = JSON.parse(bundle.get('findings.json')!);
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    for (const text of bundle.values()) expect(text).not.toContain('ghs_SECRETSECRET');
    expect(doc.findings[0].message).toBe('token *** leaked?');
  });
});
