/**
 * The evidence bundle (DESIGN.md): findings.json (+ its schema), one in-toto test-result
 * statement per check, a SLSA verification-summary statement for the run, and manifest.json
 * with a sha256 per file. Built as data here; app.ts writes it before any GitHub call (pure).
 */
import { createHash } from 'node:crypto';
import type { CheckResult, Finding } from '../core/types.js';
import { allFindings, type RunReport } from './context.js';
import { findingsSchema, FINDINGS_SCHEMA_ID } from './findings-schema.js';
import { INFORMATION_URI } from './sarif.js';

export const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
export const VSA_PREDICATE = 'https://slsa.dev/verification_summary/v1';
export const TEST_RESULT_PREDICATE = 'https://in-toto.io/attestation/test-result/v0.1';

export interface EvidenceInput {
  report: RunReport;
  /** sha256 of the effective configuration (the policy). */
  configSha256: string;
  /** When the run finished, ISO 8601. */
  timeVerified: string;
  repository?: string;
  pullRequest?: number;
  /** Values that must never appear in the bundle (tokens); replaced by `***`. */
  secrets?: readonly string[];
}

export type BundleFiles = Map<string, string>;

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

const json = (v: unknown): string => `${JSON.stringify(v, null, 2)}\n`;

function subject(input: EvidenceInput): Array<Record<string, unknown>> {
  const commit = input.report.context.commitSha;
  const name = input.report.context.repoUrl ? `git+${input.report.context.repoUrl}` : (input.repository ?? 'working-tree');
  return /^[0-9a-f]{40}$/.test(commit) ? [{ name, digest: { gitCommit: commit } }] : [{ name, digest: { sha256: sha256(commit) } }];
}

function stripFinding(f: Finding): Finding {
  // Keep the published shape exact: drop undefined keys and internal extras.
  const out: Finding = { ruleId: f.ruleId, level: f.level, message: f.message, fingerprint: f.fingerprint, inDiff: f.inDiff };
  if (f.title) out.title = f.title;
  if (f.snippet !== undefined) out.snippet = f.snippet;
  if (f.location) out.location = { ...f.location };
  if (f.suppression) out.suppression = { ...f.suppression };
  if (f.properties) out.properties = f.properties;
  return out;
}

export function findingsDocument(input: EvidenceInput): Record<string, unknown> {
  const { report } = input;
  const commit = report.context.commitSha;
  return {
    $schema: FINDINGS_SCHEMA_ID,
    schemaVersion: 1,
    tool: { name: report.context.toolName, version: report.context.toolVersion },
    commit: /^[0-9a-f]{40}$/.test(commit) ? commit : null,
    ...(input.repository ? { repository: input.repository } : {}),
    ...(input.pullRequest ? { pullRequest: input.pullRequest } : {}),
    verdict: { verdict: report.verdict.verdict, reasons: report.verdict.reasons, failOn: report.verdict.failOn, counts: report.verdict.counts },
    checks: report.results.map((r) => ({
      id: r.checkId,
      title: r.title,
      status: r.status,
      counts: r.counts,
      durationMs: Math.round(r.durationMs * 1000) / 1000,
      ...(r.error ? { error: r.error } : {}),
      ...(r.summary ? { summary: r.summary } : {}),
      ...(r.notes.length ? { notes: r.notes } : {}),
    })),
    findings: allFindings(report).map(stripFinding),
  };
}

/**
 * The statement's tests. Rule outcomes always come from the FINAL findings (after levels,
 * suppressions, scope and fail-on), so the evidence agrees with the verdict. A check's own
 * lists say which rules it evaluated (passed = evaluated without a gating or warning finding)
 * and may add tests that are not rules (e.g. contract cases), which are kept as given.
 */
function testsOf(r: CheckResult, failOn: RunReport['verdict']['failOn']): { passed: string[]; warned: string[]; failed: string[] } {
  const failed = new Set<string>();
  const warned = new Set<string>();
  for (const f of r.findings) {
    if (f.suppression) continue;
    const gating = failOn !== 'never' && (f.level === 'error' || (failOn === 'warning' && f.level === 'warning'));
    (gating ? failed : warned).add(f.ruleId);
  }
  for (const id of failed) warned.delete(id);
  const ruleIds = new Set(r.rules.map((m) => m.id));
  const given = r.evidence;
  const provided = [...(given.passedTests ?? []), ...(given.warnedTests ?? []), ...(given.failedTests ?? [])];
  const evaluated = provided.filter((t) => ruleIds.has(t));
  const candidates = evaluated.length ? evaluated : [...ruleIds];
  const extra = (list?: string[]): string[] => (list ?? []).filter((t) => !ruleIds.has(t));
  return {
    passed: [...candidates.filter((id) => !failed.has(id) && !warned.has(id)).sort(), ...extra(given.passedTests)],
    warned: [...[...warned].sort(), ...extra(given.warnedTests)],
    failed: [...[...failed].sort(), ...extra(given.failedTests)],
  };
}

function checkStatement(input: EvidenceInput, r: CheckResult): Record<string, unknown> {
  const tests = testsOf(r, input.report.verdict.failOn);
  const result = r.status === 'failed' || r.status === 'error' ? 'FAILED' : tests.warned.length || r.counts.warning ? 'WARNED' : 'PASSED';
  return {
    _type: STATEMENT_TYPE,
    subject: subject(input),
    predicateType: TEST_RESULT_PREDICATE,
    predicate: {
      result,
      configuration: [{ name: 'guardian-config', digest: { sha256: input.configSha256 } }, ...(r.evidence.configuration ?? [])],
      ...(input.report.context.runUrl ? { url: input.report.context.runUrl } : {}),
      passedTests: tests.passed,
      warnedTests: tests.warned,
      failedTests: r.status === 'error' ? [...tests.failed, `${r.checkId}: ${r.error ?? 'error'}`] : tests.failed,
    },
  };
}

export function planEvidence(input: EvidenceInput): BundleFiles {
  const files: BundleFiles = new Map();
  const redact = (text: string): string =>
    (input.secrets ?? []).filter((s) => s.length >= 4).reduce((t, s) => t.split(s).join('***'), text);
  const put = (name: string, value: unknown): void => {
    files.set(name, redact(json(value)));
  };
  put('findings.json', findingsDocument(input));
  put('findings.schema.json', findingsSchema);
  for (const r of input.report.results) put(`${r.checkId}.intoto.json`, checkStatement(input, r));
  const inputs = input.report.results.map((r) => {
    const name = `${r.checkId}.intoto.json`;
    return { uri: name, digest: { sha256: sha256(files.get(name)!) } };
  });
  const ctx = input.report.context;
  put('verdict.intoto.json', {
    _type: STATEMENT_TYPE,
    subject: subject(input),
    predicateType: VSA_PREDICATE,
    predicate: {
      verifier: { id: INFORMATION_URI, version: { [ctx.toolName.toLowerCase()]: ctx.toolVersion } },
      timeVerified: input.timeVerified,
      resourceUri: ctx.repoUrl ? `git+${ctx.repoUrl}@${ctx.commitSha}` : `file:${ctx.commitSha}`,
      policy: { uri: ctx.configFile ? `${ctx.repoUrl ? `${ctx.repoUrl}/blob/${ctx.commitSha}/` : ''}${ctx.configFile}` : 'guardian:defaults', digest: { sha256: input.configSha256 } },
      inputAttestations: inputs,
      verificationResult: input.report.verdict.verdict === 'fail' ? 'FAILED' : 'PASSED',
      verifiedLevels: input.report.results.filter((r) => r.status === 'passed').map((r) => `GUARDIAN_${r.checkId.toUpperCase().replace(/-/g, '_')}_PASSED`),
    },
  });
  const manifest = {
    tool: { name: ctx.toolName, version: ctx.toolVersion },
    commit: ctx.commitSha,
    files: [...files.entries()].map(([name, text]) => ({ name, sha256: sha256(text), bytes: Buffer.byteLength(text) })).sort((a, b) => a.name.localeCompare(b.name)),
  };
  put('manifest.json', manifest);
  return files;
}
