import { describe, expect, it } from 'vitest';
import { InputError, booleanInput, readActionInputs } from '../../src/action/inputs.js';
import { pullRequestFrom, readOnlyReason } from '../../src/action/event.js';
import { loadEvent, settingsFromAction } from '../../src/action/settings.js';
import { parseArgs, UsageError } from '../../src/cli/args.js';
import { renderText } from '../../src/cli/text-report.js';
import { buildConfigSchema } from '../../src/config/schema.js';
import { STARTER_CONFIG } from '../../src/config/starter.js';
import { CHECKS } from '../../src/checks/registry.js';
import { parse } from 'yaml';
import { finding, report, result } from '../helpers/findings.js';

const deps = { installDir: '/opt/guardian', cwd: '/work', log: { info() {}, warn() {}, debug() {} }, now: new Date('2026-11-21T00:00:00Z') };

describe('action inputs', () => {
  it('accepts the usual boolean spellings and rejects others clearly', () => {
    for (const v of ['true', 'True', 'YES', 'on', '1']) expect(booleanInput({ INPUT_ANNOTATIONS: v }, 'annotations', false)).toBe(true);
    for (const v of ['false', 'No', 'off', '0']) expect(booleanInput({ INPUT_ANNOTATIONS: v }, 'annotations', true)).toBe(false);
    expect(booleanInput({}, 'annotations', true)).toBe(true);
    expect(() => booleanInput({ INPUT_ANNOTATIONS: 'maybe' }, 'annotations', true)).toThrow(
      new InputError('Input "annotations": expected true or false (also yes/no, on/off, 1/0), got "maybe"'),
    );
  });

  it('reads hyphenated inputs the way the runner passes them and validates choices', () => {
    const inputs = readActionInputs({ 'INPUT_GITHUB-TOKEN': 'tok', 'INPUT_FAIL-ON': 'Warning', INPUT_CHECKS: 'placeholders, governance', 'INPUT_CHECK-NAME': 'Gate' });
    expect(inputs).toMatchObject({ token: 'tok', failOn: 'warning', checks: ['placeholders', 'governance'], checkName: 'Gate', comment: 'always', annotations: true, config: '.github/guardian.yml' });
    expect(() => readActionInputs({ INPUT_COMMENT: 'sometimes' })).toThrow('Input "comment": expected always|on-failure|never, got "sometimes"');
    expect(readActionInputs({ INPUT_CHECKS: 'all' }).checks).toBe('all');
  });
});

describe('event', () => {
  const pr = (headRepo: string | null) => ({
    pull_request: { number: 5, head: { sha: 'h'.repeat(40), ref: 'f', repo: headRepo ? { full_name: headRepo } : null }, base: { sha: 'b'.repeat(40), ref: 'main', repo: { full_name: 'acme/app' } } },
  });

  it('reads the PR and tells forks (including deleted ones) apart', () => {
    expect(pullRequestFrom('pull_request', pr('acme/app'))).toMatchObject({ number: 5, isFork: false, baseSha: 'b'.repeat(40) });
    expect(pullRequestFrom('pull_request', pr('eve/app'))!.isFork).toBe(true);
    expect(pullRequestFrom('pull_request', pr(null))!.isFork).toBe(true);
    expect(pullRequestFrom('push', pr('acme/app'))).toBeUndefined();
  });

  it('refuses writes for fork PRs, Dependabot and a missing token, not for pull_request_target', () => {
    const fork = pullRequestFrom('pull_request', pr('eve/app'))!;
    expect(readOnlyReason({ eventName: 'pull_request', pr: fork, token: 't' })).toMatch(/fork eve\/app/);
    expect(readOnlyReason({ eventName: 'pull_request_target', pr: fork, token: 't' })).toBeUndefined();
    expect(readOnlyReason({ eventName: 'push', actor: 'dependabot[bot]', token: 't' })).toMatch(/Dependabot/);
    expect(readOnlyReason({ eventName: 'push', token: '' })).toMatch(/no github-token/);
  });

  it('reports an unreadable or malformed event payload clearly', () => {
    expect(() => loadEvent({ GITHUB_EVENT_PATH: '/nope.json' }, () => { throw new Error('ENOENT'); })).toThrow(/GITHUB_EVENT_PATH \/nope\.json: cannot read/);
    expect(() => loadEvent({ GITHUB_EVENT_PATH: '/e.json' }, () => '{oops')).toThrow(/not valid JSON/);
  });

  it('builds settings: PR head SHA, base for the diff, evidence under RUNNER_TEMP', () => {
    const env = { GITHUB_REPOSITORY: 'acme/app', GITHUB_WORKSPACE: '/ws', RUNNER_TEMP: '/tmp/r', GITHUB_SHA: 'm'.repeat(40), GITHUB_RUN_ID: '9' };
    const s = settingsFromAction(readActionInputs({ 'INPUT_GITHUB-TOKEN': 'tok', 'INPUT_SARIF-FILE': 'out/g.sarif' }), env, { name: 'pull_request', payload: pr('acme/app') }, deps);
    expect(s.github).toMatchObject({ owner: 'acme', repo: 'app', sha: 'h'.repeat(40), runId: '9' });
    expect(s.base).toBe('b'.repeat(40));
    expect(s.reporting.evidenceDir).toBe('/tmp/r/guardian/evidence');
    expect(s.reporting.sarifFile).toBe('/ws/out/g.sarif');
    expect(s.secrets).toEqual(['tok']);
    const push = settingsFromAction(readActionInputs({}), env, { name: 'push', payload: { before: '0'.repeat(40) } }, deps);
    expect(push.base).toBeUndefined();
    expect(() => settingsFromAction(readActionInputs({}), {}, { name: 'push', payload: {} }, deps)).toThrow(/GITHUB_REPOSITORY is not set/);
  });
});

describe('CLI arguments', () => {
  it('parses check with its options', () => {
    expect(parseArgs(['check', 'repo', '--checks', 'placeholders', '--base=origin/main', '--format', 'json', '--fail-on', 'warning'])).toEqual({
      command: 'check',
      path: 'repo',
      checks: ['placeholders'],
      base: 'origin/main',
      format: 'json',
      failOn: 'warning',
    });
    expect(parseArgs([])).toEqual({ command: 'help' });
    expect(parseArgs(['init', '--force'])).toEqual({ command: 'init', path: '.', force: true });
  });

  it('rejects bad usage with messages that say what to do', () => {
    expect(() => parseArgs(['chek'])).toThrow(new UsageError('unknown command "chek"; run `guardian help`'));
    expect(() => parseArgs(['check', '--format', 'yaml'])).toThrow('--format: expected text|json|sarif|markdown, got "yaml"');
    expect(() => parseArgs(['check', '--bogus'])).toThrow(/unknown option --bogus/);
    expect(() => parseArgs(['check', '--base'])).toThrow('--base needs a value');
    expect(() => parseArgs(['check', '--scope', 'diff'])).toThrow(/--scope diff needs --base/);
    expect(() => parseArgs(['check', 'a', 'b'])).toThrow(/one path/);
  });
});

describe('text report', () => {
  it('lists gates, findings and the verdict, and strips terminal escapes from untrusted text', () => {
    const text = renderText(report([result('line-marker', [finding({ message: 'evil \u001b[31mred\u001b[0m msg', location: { path: 'a.ts', startLine: 3, startColumn: 2 } })])]), { color: false, evidencePath: '/ev' });
    expect(text).toContain('✖ line-marker  1 error(s), 0 warning(s), 0 notice(s)');
    expect(text).toContain('  a.ts:3:2  error  line-marker/bad  evil [31mred[0m msg');
    expect(text).not.toContain('\u001b');
    expect(text).toMatch(/Verdict: FAIL — line-marker: 1 error\nEvidence: \/ev\n$/);
  });
});

describe('starter config', () => {
  it('is valid against the schema of the registered gates', () => {
    const parsed = buildConfigSchema(CHECKS).safeParse(parse(STARTER_CONFIG));
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  });
});
