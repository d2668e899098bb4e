/**
 * The referenced description (default, fast to load) and the dereferenced one give the same
 * verdicts: the validator's lazy `$ref` resolution loses nothing. Kept in its own file because
 * the dereferenced file costs about a second and ~200 MB to parse.
 */
import { describe, expect, it } from 'vitest';
import { OpenApiValidator, type RequestToValidate } from './openapi-validator.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const ann = { path: 'a.ts', start_line: 1, end_line: 1, annotation_level: 'warning', message: 'm' };

const requests: RequestToValidate[] = [
  { method: 'POST', path: '/repos/o/r/check-runs', query: {}, body: { name: 'G', head_sha: SHA, output: { title: 't', summary: 's', annotations: [ann] } } },
  { method: 'POST', path: '/repos/o/r/check-runs', query: {}, body: { name: 'G' } },
  { method: 'PATCH', path: '/repos/o/r/check-runs/1', query: {}, body: { conclusion: 'passed' } },
  { method: 'PATCH', path: '/repos/o/r/check-runs/1', query: {}, body: { output: { summary: 's', annotations: Array(51).fill(ann) } } },
  { method: 'GET', path: '/repos/o/r/issues/7/comments', query: { per_page: '100', page: '2' }, body: undefined },
  { method: 'GET', path: '/repos/o/r/pulls', query: { state: 'merged' }, body: undefined },
  { method: 'POST', path: '/repos/o/r/issues/7/comments', query: {}, body: { body: 1 } },
  { method: 'GET', path: '/repos/o/r/nope', query: {}, body: undefined },
];

describe('referenced vs dereferenced description', () => {
  it('gives identical request verdicts and response verdicts', () => {
    const ref = new OpenApiValidator('api.github.com');
    const der = new OpenApiValidator('api.github.com.deref');
    for (const r of requests) {
      const a = ref.validateRequest(r);
      const b = der.validateRequest(r);
      expect(b.problem, `${r.method} ${r.path}`).toEqual(a.problem);
      expect(b.operation).toEqual(a.operation);
    }
    const comment = { id: 1, node_id: 'x', html_url: 'https://github.com/o/r/pull/1#issuecomment-1', issue_url: 'https://api.github.com/repos/o/r/issues/1', user: null, url: 'https://api.github.com/repos/o/r/issues/comments/1', created_at: '2024-01-01T00:00:00Z', updated_at: '2024-01-01T00:00:00Z' };
    for (const body of [comment, { ...comment, id: 'x' }, { ...comment, user: { login: 'x' } }]) {
      expect(der.validateResponse('post', '/repos/{owner}/{repo}/issues/{issue_number}/comments', 201, body))
        .toEqual(ref.validateResponse('post', '/repos/{owner}/{repo}/issues/{issue_number}/comments', 201, body));
    }
    const [rs, ds] = [ref.stats(), der.stats()];
    expect(rs.variant).toBe('api.github.com');
    expect(ds.variant).toBe('api.github.com.deref');
    expect(ds.specBytes).toBeGreaterThan(rs.specBytes * 3);
    expect(rs.compiledValidators).toBeGreaterThan(0);
    // Figures for the report (not asserted: timing is measured, not tested).
    console.log(`openapi load: ref ${rs.loadMs.toFixed(0)} ms (${(rs.specBytes / 1e6).toFixed(1)} MB), deref ${ds.loadMs.toFixed(0)} ms (${(ds.specBytes / 1e6).toFixed(1)} MB); compile: ref ${rs.compiledValidators} validators in ${rs.compileMs.toFixed(0)} ms, deref ${ds.compiledValidators} in ${ds.compileMs.toFixed(0)} ms`);
  });
});
