/**
 * The OpenAPI validator against GitHub's real description: what passes, what is flagged, and
 * the OpenAPI 3.0 specifics (nullable, $ref, path template precedence).
 */
import { describe, expect, it } from 'vitest';
import { OpenApiValidator, type RequestToValidate } from './openapi-validator.js';
import { loadSpec, matchPath } from './openapi-spec.js';
import { convertSchema } from './schema-convert.js';
import { Ajv } from 'ajv';

const v = new OpenApiValidator();
const SHA = '0123456789abcdef0123456789abcdef01234567';

function req(method: string, path: string, body?: unknown, query: Record<string, string | string[]> = {}): RequestToValidate {
  return { method, path, query, body };
}

function problems(r: RequestToValidate): string[] {
  const res = v.validateRequest(r);
  return res.problem ? (res.problem.kind === 'invalid' ? res.problem.errors : [res.problem.message]) : [];
}

describe('loading', () => {
  it('parses GitHub\'s description once per process and reports the time it took', () => {
    const first = loadSpec();
    const again = loadSpec();
    expect(first.doc.openapi).toMatch(/^3\.0/);
    expect(Object.keys(first.doc.paths).length).toBeGreaterThan(500);
    expect(again.doc).toBe(first.doc); // cached
    expect(again.loadMs).toBe(0);
  });
});

describe('path matching', () => {
  const doc = v.doc;
  it('prefers literal segments over parameters', () => {
    expect(matchPath(doc, '/repos/o/r/check-runs/5/annotations', 'get')?.template).toBe('/repos/{owner}/{repo}/check-runs/{check_run_id}/annotations');
    expect(matchPath(doc, '/repos/o/r/issues/comments/9', 'patch')?.template).toBe('/repos/{owner}/{repo}/issues/comments/{comment_id}');
    expect(matchPath(doc, '/repos/o/r/issues/9/comments', 'get')?.template).toBe('/repos/{owner}/{repo}/issues/{issue_number}/comments');
  });
  it('decodes percent-encoded parameters', () => {
    expect(matchPath(doc, '/repos/o/r/commits/feature%2Fx/check-runs', 'get')?.params['ref']).toBe('feature/x');
  });
});

describe('valid requests pass', () => {
  it.each([
    ['create check run', req('POST', '/repos/o/r/check-runs', {
      name: 'Guardian', head_sha: SHA, status: 'in_progress', started_at: '2024-05-01T10:00:00Z',
      output: { title: 'Guardian', summary: 's', text: 't', annotations: [{ path: 'a.ts', start_line: 1, end_line: 1, start_column: 2, end_column: 4, annotation_level: 'warning', message: 'm', title: 'x' }] },
    })],
    ['complete check run', req('PATCH', '/repos/o/r/check-runs/20000000001', { conclusion: 'failure', status: 'completed', output: { title: 't', summary: 's' } })],
    ['list comments with paging', req('GET', '/repos/o/r/issues/7/comments', undefined, { per_page: '100', page: '2' })],
    ['create comment', req('POST', '/repos/o/r/issues/7/comments', { body: 'hello' })],
    ['update comment', req('PATCH', '/repos/o/r/issues/comments/2200000001', { body: 'hello' })],
    ['PRs of a commit', req('GET', `/repos/o/r/commits/${SHA}/pulls`)],
    ['get user', req('GET', '/user')],
    ['list PRs by head', req('GET', '/repos/o/r/pulls', undefined, { state: 'open', head: 'o:feature' })],
  ])('%s', (_name, r) => {
    expect(problems(r)).toEqual([]);
  });

  it('coerces path and query parameters to the documented types', () => {
    const res = v.validateRequest(req('GET', '/repos/o/r/issues/7/comments', undefined, { per_page: '50' }));
    expect(res.pathParams['issue_number']).toBe(7);
    expect(res.query['per_page']).toBe(50);
    expect(res.operation?.operationId).toBe('issues/list-comments');
  });
});

describe('invalid requests are flagged', () => {
  it('unknown route', () => {
    const res = v.validateRequest(req('GET', '/repos/o/r/guardian-verdicts'));
    expect(res.problem?.kind).toBe('unknown-route');
    expect(res.operation).toBeNull();
  });
  it('method the path does not have', () => {
    const res = v.validateRequest(req('DELETE', '/repos/o/r/check-runs/1'));
    expect(res.problem?.kind).toBe('unknown-route');
    expect(res.problem?.message).toContain('DELETE is not an operation of /repos/{owner}/{repo}/check-runs/{check_run_id}');
  });
  it('missing required body field head_sha / name', () => {
    expect(problems(req('POST', '/repos/o/r/check-runs', { name: 'Guardian' }))).toEqual(["body: must have required property 'head_sha'"]);
    expect(problems(req('POST', '/repos/o/r/check-runs', { head_sha: SHA }))).toEqual(["body: must have required property 'name'"]);
  });
  it('missing body altogether', () => {
    expect(problems(req('POST', '/repos/o/r/issues/7/comments'))).toEqual(['body: a request body is required by this operation']);
  });
  it('wrong type', () => {
    expect(problems(req('POST', '/repos/o/r/issues/7/comments', { body: 42 }))).toEqual(['body/body: must be string']);
    expect(problems(req('POST', '/repos/o/r/check-runs', {
      name: 'G', head_sha: SHA, output: { title: 't', summary: 's', annotations: [{ path: 'a', start_line: '1', end_line: 1, annotation_level: 'notice', message: 'm' }] },
    }))).toEqual(['body/output/annotations/0/start_line: must be integer']);
  });
  it('bad enum value for conclusion and annotation_level', () => {
    const p = problems(req('PATCH', '/repos/o/r/check-runs/1', { conclusion: 'passed' }));
    expect(p.some((e) => e.startsWith('body/conclusion: must be equal to one of the allowed values') && e.includes('"success"'))).toBe(true);
    const q = problems(req('POST', '/repos/o/r/check-runs', {
      name: 'G', head_sha: SHA, output: { title: 't', summary: 's', annotations: [{ path: 'a', start_line: 1, end_line: 1, annotation_level: 'error', message: 'm' }] },
    }));
    expect(q).toEqual(['body/output/annotations/0/annotation_level: must be equal to one of the allowed values: ["notice","warning","failure"]']);
  });
  it('status completed without a conclusion (the description\'s anyOf)', () => {
    expect(problems(req('PATCH', '/repos/o/r/check-runs/1', { status: 'completed' })).length).toBeGreaterThan(0);
  });
  it('GitHub\'s limits that the description encodes: 50 annotations, 65,535-character summary', () => {
    const ann = { path: 'a', start_line: 1, end_line: 1, annotation_level: 'notice', message: 'm' };
    expect(problems(req('PATCH', '/repos/o/r/check-runs/1', { output: { summary: 's', annotations: Array(51).fill(ann) } })))
      .toEqual(['body/output/annotations: must NOT have more than 50 items']);
    expect(problems(req('PATCH', '/repos/o/r/check-runs/1', { output: { summary: 's', annotations: Array(50).fill(ann) } }))).toEqual([]);
    expect(problems(req('PATCH', '/repos/o/r/check-runs/1', { output: { summary: 'x'.repeat(65_536) } })))
      .toEqual(['body/output/summary: must NOT have more than 65535 characters']);
  });
  it('unknown query enum and unknown query parameter', () => {
    expect(problems(req('GET', '/repos/o/r/pulls', undefined, { state: 'merged' })))
      .toEqual(['query/state: must be equal to one of the allowed values: ["open","closed","all"]']);
    expect(problems(req('GET', '/repos/o/r/issues/7/comments', undefined, { perpage: '100' })))
      .toEqual(["query: must NOT have additional properties: 'perpage'"]);
  });
  it('path parameter of the wrong type', () => {
    expect(problems(req('GET', '/repos/o/r/issues/seven/comments'))).toEqual(['path/issue_number: must be integer']);
  });
  it('unparseable JSON', () => {
    const res = v.validateRequest({ method: 'POST', path: '/repos/o/r/issues/7/comments', query: {}, body: '{"body":', bodyParseError: 'Unexpected end of JSON input' });
    expect(res.problem?.kind).toBe('invalid');
    expect(res.problem?.message).toContain('Problems parsing JSON');
  });
  it('a body where the operation takes none', () => {
    expect(problems(req('GET', '/user', { x: 1 }))).toEqual(['body: this operation takes no request body']);
  });
});

describe('responses', () => {
  it('flags a response missing required fields and accepts null where the description says nullable', () => {
    const bad = v.validateResponse('GET', '/repos/{owner}/{repo}/check-runs/{check_run_id}/annotations', 200, [{ path: 'a' }]);
    expect(bad.checked).toBe(true);
    expect(bad.errors).toContain("response/0: must have required property 'blob_href'");
    const ok = v.validateResponse('GET', '/repos/{owner}/{repo}/check-runs/{check_run_id}/annotations', 200, [{
      path: 'a', blob_href: 'https://github.com/o/r/blob/x/a', start_line: 1, end_line: 1, start_column: null, end_column: null,
      annotation_level: 'notice', title: null, message: 'm', raw_details: null,
    }]);
    expect(ok.errors).toEqual([]);
  });
  it('reports unchecked for statuses the description does not document', () => {
    expect(v.validateResponse('GET', '/repos/{owner}/{repo}/check-runs/{check_run_id}', 418, {}).checked).toBe(false);
  });
});

describe('OpenAPI 3.0 → JSON Schema conversion', () => {
  const doc = v.doc;
  const ajv = new Ajv({ strict: false });
  const check = (schema: unknown, value: unknown): boolean => ajv.validate(convertSchema(doc, schema).schema, value) as boolean;

  it('nullable adds null to type and enum (check-run.conclusion is null while in progress)', () => {
    const conclusion = { type: 'string', enum: ['success', 'failure'], nullable: true };
    expect(check(conclusion, null)).toBe(true);
    expect(check(conclusion, 'success')).toBe(true);
    expect(check(conclusion, 'passed')).toBe(false);
    expect(check({ type: 'string' }, null)).toBe(false);
  });
  it('nullable without type wraps allOf/oneOf', () => {
    const s = { allOf: [{ type: 'object', required: ['id'] }], nullable: true };
    expect(check(s, null)).toBe(true);
    expect(check(s, { id: 1 })).toBe(true);
    expect(check(s, {})).toBe(false);
  });
  it('property names that look like keywords are kept as properties', () => {
    const s = { type: 'object', properties: { example: { type: 'integer' }, nullable: { type: 'string' } }, required: ['example'] };
    expect(check(s, { example: 1, nullable: 'x' })).toBe(true);
    expect(check(s, { example: 'no' })).toBe(false);
  });
  it('draft-04 boolean exclusiveMinimum', () => {
    const s = { type: 'integer', minimum: 0, exclusiveMinimum: true };
    expect(check(s, 0)).toBe(false);
    expect(check(s, 1)).toBe(true);
  });
  it('resolves component $refs, including the ones a component uses', () => {
    const { schema, definitions } = convertSchema(doc, { $ref: '#/components/schemas/issue-comment' });
    expect(definitions).toContain('issue-comment');
    expect(definitions).toContain('nullable-simple-user');
    expect(JSON.stringify(schema)).not.toContain('#/components/');
  });
});
