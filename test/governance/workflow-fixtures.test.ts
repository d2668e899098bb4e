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
  {
    rule: 'github-env',
    vulnerable: {
      'github-env/vulnerable.yml': [{ text: '>> "$GITHUB_ENV', says: ['$GITHUB_OUTPUT', '`workflow_run`'] }, { text: '$env:GITHUB_PATH', says: ['PATH entry'] }],
    },
    safe: ['github-env/safe.yml'],
  },
  {
    rule: 'insecure-commands',
    vulnerable: {
      'insecure-commands/vulnerable.yml': [
        { text: 'ACTIONS_ALLOW_UNSECURE_COMMANDS: true', says: ['The workflow sets'] },
        { text: "ACTIONS_ALLOW_UNSECURE_COMMANDS: 'true'", says: ['Step 1 of job `build`'] },
      ],
    },
    safe: ['insecure-commands/safe.yml'],
  },
  {
    rule: 'overprovisioned-secrets',
    vulnerable: {
      'overprovisioned-secrets/vulnerable.yml': [{ text: 'secrets', occurrence: 1, says: ['secrets.DEPLOY_KEY'] }, { text: "secrets[format('KEY_{0}', github.ref_name)]" }],
    },
    safe: ['overprovisioned-secrets/safe.yml'],
  },
  {
    rule: 'unredacted-secrets',
    vulnerable: { 'unredacted-secrets/vulnerable.yml': [{ text: 'secrets.DB', occurrence: 1, says: ['its own secret'] }, { text: 'secrets.DB', occurrence: 2 }] },
    safe: ['unredacted-secrets/safe.yml'],
  },
  {
    rule: 'hardcoded-container-credentials',
    vulnerable: {
      'hardcoded-container-credentials/vulnerable.yml': [
        { text: 'hunter2', says: ['The container of job `test`', '${{ secrets.REGISTRY_PASSWORD }}'] },
        { text: '"s3cret!"', says: ['Service `db`'] },
      ],
    },
    safe: ['hardcoded-container-credentials/safe.yml'],
  },
  {
    rule: 'unpinned-images',
    vulnerable: {
      'unpinned-images/vulnerable.yml': [
        { text: 'node', says: ['no tag'] },
        { text: 'postgres:latest', says: ['`latest`'] },
        { text: 'redis:7.2', level: 'notice', says: ['@sha256:'] },
      ],
    },
    safe: ['unpinned-images/safe.yml'],
  },
  {
    rule: 'unsound-contains',
    vulnerable: {
      'unsound-contains/vulnerable.yml': [
        { text: "contains('refs/heads/main refs/heads/develop', github.ref)", says: ['refs/heads/mai', 'fromJSON'] },
      ],
    },
    safe: ['unsound-contains/safe.yml'],
  },
  {
    rule: 'unsound-condition',
    vulnerable: {
      'unsound-condition/vulnerable.yml': [
        { text: "${{ github.ref == 'refs/heads/main' }}", says: ['trailing newline', '|-'] },
        { text: "${{ github.event_name == 'push' }} && ${{ github.ref == 'refs/heads/main' }}", says: ['2 separate'] },
      ],
    },
    safe: ['unsound-condition/safe.yml'],
  },
  {
    rule: 'cache-poisoning',
    vulnerable: {
      'cache-poisoning/vulnerable.yml': [
        { text: 'actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020', says: ['`push` of tags', '`cache: false`'] },
        { text: 'actions/setup-go@d35c59abb061a4a6fb18e82ac0862c26744d6ab5' },
      ],
    },
    safe: ['cache-poisoning/safe.yml'],
  },
  {
    rule: 'archived-uses',
    vulnerable: {
      'archived-uses/vulnerable.yml': [
        { text: 'actions-rs/toolchain@16499b5e05bf2e26879000db0c1d13f7e13fa3af', says: ['dtolnay/rust-toolchain'] },
        { text: 'actions/create-release@0cb9c9b65d5d1901c1f53e5e66eaf4afd303e70e' },
      ],
    },
    safe: ['archived-uses/safe.yml'],
  },
  {
    rule: 'download-then-run',
    vulnerable: {
      'download-then-run/vulnerable.yml': [
        { text: 'curl -fsSL https://get.example.com/install.sh | sudo bash', says: ['sha256sum -c'] },
        { text: 'bash <(curl' },
      ],
    },
    safe: ['download-then-run/safe.yml'],
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

describe('governance/forbidden-uses', () => {
  const text = fixture('forbidden-uses/workflow.yml');
  it('is opt-in: nothing is forbidden by default', () => {
    expect(audit(text)).toEqual([]);
  });
  it('reports actions outside the allow-list at their uses:', () => {
    const found = ofRule(audit(text, { options: { allowUses: ['actions/*'] } }), 'forbidden-uses');
    expect(locations(found)).toEqual([locate(text, 'random/helper@2f7c5bfce28377bc069a65ba478de0a74aa0ca32')]);
    expect(found[0]!.message).toMatch(/not in the allow-list/);
  });
  it('reports actions in the deny-list', () => {
    const found = ofRule(audit(text, { options: { denyUses: ['random/*'] } }), 'forbidden-uses');
    expect(locations(found)).toEqual([locate(text, 'random/helper@2f7c5bfce28377bc069a65ba478de0a74aa0ca32')]);
    expect(found[0]!.message).toMatch(/deny-list/);
  });
});

describe('YAML anchors and aliases', () => {
  it('audits aliased steps and reports them where the anchor defines them', () => {
    const text = `name: Anchors
on: pull_request_target
permissions: {}
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - &checkout
        uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
        with:
          ref: \${{ github.event.pull_request.head.ref }}
          persist-credentials: false
      - run: make
  b:
    runs-on: ubuntu-latest
    steps:
      - *checkout
      - run: make
`;
    const found = ofRule(audit(text), 'dangerous-trigger');
    const loc = locate(text, '${{ github.event.pull_request.head.ref }}');
    expect(found.map((f) => [f.location, f.properties?.job])).toEqual([
      [loc, 'a'],
      [loc, 'b'],
    ]);
  });
});

describe('unsafe-bot-condition negative tests', () => {
  it('does not report a condition that excludes the bot', () => {
    const text = `on: pull_request_target
permissions: {}
jobs:
  a:
    runs-on: ubuntu-latest
    if: github.actor != 'dependabot[bot]'
    steps:
      - run: make
`;
    expect(ofRule(audit(text), 'unsafe-bot-condition')).toEqual([]);
  });
});
