/**
 * The published JSON Schema of `findings.json` (draft 2020-12). The bundle carries a copy;
 * the `workflow_run` reporter validates downloaded bundles against THIS built-in copy,
 * never the one inside an untrusted bundle.
 */
export const FINDINGS_SCHEMA_ID = 'https://github.com/guardian-ci/guardian/schemas/findings-v1.json';

const level = { enum: ['error', 'warning', 'notice'] };
const counts = {
  type: 'object',
  required: ['error', 'warning', 'notice', 'suppressed', 'outsideDiff'],
  additionalProperties: false,
  properties: Object.fromEntries(['error', 'warning', 'notice', 'suppressed', 'outsideDiff'].map((k) => [k, { type: 'integer', minimum: 0 }])),
};

export const findingsSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: FINDINGS_SCHEMA_ID,
  title: 'Guardian findings',
  type: 'object',
  required: ['schemaVersion', 'tool', 'commit', 'verdict', 'checks', 'findings'],
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    schemaVersion: { const: 1 },
    tool: {
      type: 'object',
      required: ['name', 'version'],
      additionalProperties: false,
      properties: { name: { type: 'string' }, version: { type: 'string' } },
    },
    commit: { type: ['string', 'null'], pattern: '^[0-9a-f]{40}([0-9a-f]{24})?$' },
    repository: { type: 'string' },
    pullRequest: { type: 'integer', minimum: 1 },
    verdict: {
      type: 'object',
      required: ['verdict', 'reasons', 'failOn', 'counts'],
      additionalProperties: false,
      properties: {
        verdict: { enum: ['pass', 'fail', 'neutral'] },
        reasons: { type: 'array', items: { type: 'string' } },
        failOn: { enum: ['error', 'warning', 'never'] },
        counts,
      },
    },
    checks: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'title', 'status', 'counts', 'durationMs'],
        additionalProperties: false,
        properties: {
          id: { type: 'string', pattern: '^[a-z0-9-]+$' },
          title: { type: 'string' },
          status: { enum: ['passed', 'failed', 'neutral', 'error'] },
          counts,
          durationMs: { type: 'number', minimum: 0 },
          error: { type: 'string' },
          summary: { type: 'string' },
          notes: { type: 'array', items: { type: 'string' } },
        },
      },
    },
    findings: {
      type: 'array',
      items: {
        type: 'object',
        required: ['ruleId', 'level', 'message', 'fingerprint', 'inDiff'],
        additionalProperties: false,
        properties: {
          ruleId: { type: 'string', pattern: '^[a-z0-9-]+/[a-z0-9-]+$' },
          level,
          message: { type: 'string' },
          title: { type: 'string' },
          snippet: { type: 'string' },
          fingerprint: { type: 'string', pattern: '^[0-9a-f]{32}$' },
          inDiff: { type: 'boolean' },
          location: {
            type: 'object',
            required: ['path', 'startLine'],
            additionalProperties: false,
            properties: {
              path: { type: 'string', minLength: 1 },
              startLine: { type: 'integer', minimum: 1 },
              startColumn: { type: 'integer', minimum: 1 },
              endLine: { type: 'integer', minimum: 1 },
              endColumn: { type: 'integer', minimum: 1 },
            },
          },
          suppression: {
            type: 'object',
            required: ['kind', 'reason'],
            additionalProperties: false,
            properties: {
              kind: { enum: ['inline', 'exception', 'baseline'] },
              reason: { type: 'string', minLength: 1 },
              expires: { type: 'string' },
              source: { type: 'string' },
            },
          },
          properties: { type: 'object' },
        },
      },
    },
  },
} as const;
