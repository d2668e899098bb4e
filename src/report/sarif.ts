/**
 * SARIF 2.1.0 for `github/codeql-action/upload-sarif` and other viewers (pure).
 * Rule metadata carries short/full descriptions and help with the fix.
 */
import type { Finding, Level, RuleMeta } from '../core/types.js';
import { allFindings, type RunReport } from './context.js';

const SARIF_LEVEL: Record<Level, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', notice: 'note' };
const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const INFORMATION_URI = 'https://github.com/guardian-ci/guardian';
export const REPOSITORY_LEVEL_URI = 'no file associated with this alert';

function ruleFor(id: string, known: Map<string, RuleMeta>): RuleMeta {
  return (
    known.get(id) ?? {
      id,
      name: id,
      shortDescription: id,
      fullDescription: id,
      help: 'See the finding message for what fixes it.',
      defaultLevel: 'warning',
    }
  );
}

function sarifRule(r: RuleMeta): Record<string, unknown> {
  return {
    id: r.id,
    name: r.name.replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : '')),
    shortDescription: { text: r.shortDescription },
    fullDescription: { text: r.fullDescription },
    help: { text: r.help, markdown: r.help },
    ...(r.helpUri ? { helpUri: r.helpUri } : {}),
    defaultConfiguration: { level: r.defaultLevel === 'off' ? 'none' : SARIF_LEVEL[r.defaultLevel], enabled: r.defaultLevel !== 'off' },
    properties: { tags: r.tags ?? [r.id.split('/')[0]!] },
  };
}

function sarifResult(f: Finding, ruleIndex: number): Record<string, unknown> {
  const result: Record<string, unknown> = {
    ruleId: f.ruleId,
    ruleIndex,
    level: SARIF_LEVEL[f.level],
    message: { text: f.message },
    partialFingerprints: { 'guardianFingerprint/v1': f.fingerprint },
    properties: { inDiff: f.inDiff },
  };
  const loc = f.location;
  if (loc) {
    const region: Record<string, number> = { startLine: loc.startLine };
    if (loc.startColumn) region.startColumn = loc.startColumn;
    if (loc.endLine) region.endLine = loc.endLine;
    // SARIF's endColumn is exclusive; ours is inclusive.
    if (loc.endColumn) region.endColumn = loc.endColumn + 1;
    result.locations = [{ physicalLocation: { artifactLocation: { uri: encodeURI(loc.path), uriBaseId: '%SRCROOT%' }, region } }];
  } else {
    // Code scanning rejects a result without a location ("expected at least one location"),
    // so repository-level findings (a missing SECURITY.md) get the placeholder location
    // OpenSSF Scorecard uses for the same case.
    result.locations = [{ physicalLocation: { artifactLocation: { uri: REPOSITORY_LEVEL_URI }, region: { startLine: 1 } } }];
  }
  if (f.suppression) {
    result.suppressions = [
      { kind: f.suppression.kind === 'inline' ? 'inSource' : 'external', justification: f.suppression.reason, status: 'accepted' },
    ];
  }
  return result;
}

export function planSarif(report: RunReport): Record<string, unknown> {
  const known = new Map(report.results.flatMap((r) => r.rules).map((r) => [r.id, r]));
  const findings = allFindings(report);
  const ruleIds = [...new Set([...known.keys(), ...findings.map((f) => f.ruleId)])].sort();
  const index = new Map(ruleIds.map((id, i) => [id, i]));
  const notifications = report.results
    .filter((r) => r.status === 'error')
    .map((r) => ({ level: 'error', message: { text: `${r.checkId}: ${r.error ?? 'check failed to run'}` }, descriptor: { id: r.checkId } }));
  return {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.context.toolName,
            version: report.context.toolVersion,
            semanticVersion: report.context.toolVersion,
            informationUri: INFORMATION_URI,
            rules: ruleIds.map((id) => sarifRule(ruleFor(id, known))),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The repository root.' } } },
        versionControlProvenance: report.context.repoUrl ? [{ repositoryUri: report.context.repoUrl, revisionId: report.context.commitSha }] : undefined,
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
        results: findings.map((f) => sarifResult(f, index.get(f.ruleId)!)),
      },
    ],
  };
}
