/**
 * One fixture pair per workflow rule: the vulnerable file must be reported exactly where the
 * offending text is (line and column computed from the fixture), the safe file must pass.
 */
import { describe, expect, it } from 'vitest';
import type { Level } from '../../src/core/types.js';
import { audit, fixture, locate, locations, ofRule } from './util.js';

interface Expect {
  text: string;
  occurrence?: number;
  level?: Level;
  /** Substrings the message must contain (the fix). */
  says?: string[];
}

interface Case {
  rule: string;
  vulnerable: Record<string, Expect[]>;
  safe: string[];
}

const CASES: Case[] = [
  {
    rule: 'dangerous-trigger',
    vulnerable: {
      'dangerous-trigger/vulnerable.yml': [
        { text: '${{ github.event.pull_request.head.sha }}', says: ['pull_request_target', 'Step 2'] },
        { text: 'refs/pull/${{ github.event.number }}/merge' },
        { text: 'gh pr checkout' },
      ],
      'dangerous-trigger/vulnerable-workflow-run.yml': [
        { text: '${{ github.event.workflow_run.head_repository.full_name }}', says: ['workflow_run'] },
        { text: '${{ github.event.workflow_run.head_sha }}' },
      ],
    },
    safe: ['dangerous-trigger/safe.yml', 'dangerous-trigger/safe-pull-request.yml'],
  },
  {
    rule: 'template-injection',
    vulnerable: {
      'template-injection/vulnerable.yml': [
        { text: '${{ github.event.issue.title }}', says: ['ISSUE_TITLE: ${{ github.event.issue.title }}', '"$ISSUE_TITLE"', 'env:'] },
        { text: '${{ github.event.comment.body }}', occurrence: 1 },
        { text: "${{ github.event['pull_request']['head']['ref'] }}" },
        { text: '${{ toJSON(github.event.commits) }}' },
        { text: '${{ github.event.comment.body }}', occurrence: 2, says: ['process.env.COMMENT_BODY'] },
        { text: '${{ inputs.target }}', level: 'warning' },
        { text: '${{ github.head_ref }}', says: ['$env:HEAD_REF'] },
      ],
      'template-injection/vulnerable.action.yml': [{ text: '${{ inputs.who }}', level: 'warning' }],
    },
    safe: ['template-injection/safe.yml', 'template-injection/safe.action.yml'],
  },
  {
    rule: 'excessive-permissions',
    vulnerable: {
      'excessive-permissions/vulnerable.yml': [
        { text: 'contents: write', says: ['top-level `permissions:` to `{}`'] },
        { text: 'packages: write' },
        { text: 'write-all' },
      ],
      'excessive-permissions/vulnerable-missing.yml': [{ text: 'on', says: ['no top-level `permissions:`'] }],
      'excessive-permissions/vulnerable-write-all.yml': [{ text: 'write-all' }],
    },
    safe: ['excessive-permissions/safe.yml', 'excessive-permissions/safe-reusable.yml'],
  },
  {
    rule: 'unpinned-uses',
    vulnerable: {
      'unpinned-uses/vulnerable.yml': [
        { text: 'tj-actions/changed-files@v45', says: ['tj-actions/changed-files@<commit SHA> # v45'] },
        { text: 'someorg/setup-tool@main' },
        { text: 'someorg/lint@a1b2c3d', says: ['abbreviated SHA'] },
        { text: 'docker://alpine:3.20', says: ['@sha256:'] },
        { text: 'someorg/workflows/.github/workflows/build.yml@v2' },
      ],
      'unpinned-uses/vulnerable.action.yml': [{ text: 'someorg/setup-tool@v1' }],
    },
    safe: ['unpinned-uses/safe.yml'],
  },
  {
    rule: 'secrets-inherit',
    vulnerable: { 'secrets-inherit/vulnerable.yml': [{ text: 'inherit', says: ['secrets: {'] }] },
    safe: ['secrets-inherit/safe.yml'],
  },
  {
    rule: 'artipacked',
    vulnerable: {
      'artipacked/vulnerable.yml': [
        { text: 'actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683', occurrence: 1, says: ['persist-credentials: false'] },
        { text: 'actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683', occurrence: 2 },
        { text: 'actions/checkout@v6', level: 'notice' },
      ],
    },
    safe: ['artipacked/safe.yml'],
  },
  {
    rule: 'unsafe-bot-condition',
    vulnerable: {
      'unsafe-bot-condition/vulnerable.yml': [
        { text: 'github.actor', occurrence: 1, says: ['github.event.pull_request.user.login', 'pull_request_target'] },
        { text: 'github.triggering_actor' },
        { text: 'github.event.sender.login' },
        { text: 'github.actor_id' },
      ],
    },
    safe: ['unsafe-bot-condition/safe.yml'],
  },
  {
    rule: 'self-hosted-on-public-trigger',
    vulnerable: {
      'self-hosted-on-public-trigger/vulnerable.yml': [
        { text: 'self-hosted', occurrence: 1, says: ['`pull_request`'] },
        { text: 'self-hosted', occurrence: 2, says: ['matrix.runner'] },
        { text: 'self-hosted', occurrence: 3 },
      ],
    },
    safe: ['self-hosted-on-public-trigger/safe.yml', 'self-hosted-on-public-trigger/safe-hosted.yml'],
  },
];

const kindOf = (file: string) => (file.endsWith('.action.yml') ? 'action' : 'workflow');
const pathOf = (file: string) => (kindOf(file) === 'action' ? 'action.yml' : `.github/workflows/${file.split('/')[1]}`);

describe.each(CASES)('governance/$rule', (c) => {
  for (const [file, expects] of Object.entries(c.vulnerable)) {
    it(`finds every vulnerable spot in ${file} at its exact position`, () => {
      const text = fixture(file);
      const path = pathOf(file);
      const found = ofRule(audit(text, { path, kind: kindOf(file) }), c.rule);
      const want = expects.map((e) => locate(text, e.text, e.occurrence ?? 1, path));
      expect(locations(found)).toEqual(locations(want.map((location) => ({ ruleId: '', message: '', location }))));
      for (const e of expects) {
        const loc = locate(text, e.text, e.occurrence ?? 1, path);
        const f = found.find((x) => x.location!.startLine === loc.startLine && x.location!.startColumn === loc.startColumn)!;
        expect(f.level).toBe(e.level);
        for (const s of e.says ?? []) expect(f.message).toContain(s);
        expect(f.message).toMatch(/Fix:/);
      }
    });
  }
  for (const file of c.safe) {
    it(`passes ${file}`, () => {
      const findings = audit(fixture(file), { path: pathOf(file), kind: kindOf(file) });
      expect(findings).toEqual([]);
    });
  }
});

describe('governance/invalid-workflow', () => {
  it('reports a YAML syntax error at its position', () => {
    const text = fixture('invalid-workflow/vulnerable-syntax.yml');
    const found = audit(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.ruleId).toBe('governance/invalid-workflow');
    expect(found[0]!.message).toMatch(/YAML syntax error/);
    // The scalar that never closes starts on line 7.
    expect(found[0]!.location!.startLine).toBe(7);
  });

  it('reports a duplicate key at the second key', () => {
    const text = fixture('invalid-workflow/vulnerable-duplicate.yml');
    const found = ofRule(audit(text), 'invalid-workflow');
    expect(found).toHaveLength(1);
    const loc = locate(text, 'runs-on', 2);
    expect(found[0]!.location).toMatchObject({ startLine: loc.startLine, startColumn: loc.startColumn });
    expect(found[0]!.message).toMatch(/unique/);
  });

  it('reports a workflow without jobs', () => {
    const text = fixture('invalid-workflow/vulnerable-structure.yml');
    const found = ofRule(audit(text), 'invalid-workflow');
    expect(found.map((f) => f.message).join('\n')).toMatch(/no `jobs:` key/);
    expect(found[0]!.location!.startLine).toBe(1);
  });

  it('passes a valid workflow', () => {
    expect(audit(fixture('invalid-workflow/safe.yml'))).toEqual([]);
  });
});
