/**
 * The whole check on real repositories: scope (diff vs all), CODEOWNERS from the base branch,
 * evidence (rule outcomes and digests), and data-pack validation errors.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { check } from '../../src/checks/governance/index.js';
import { CHECKS } from '../../src/checks/registry.js';
import { parseRuleset, optionsDigest } from '../../src/checks/governance/ruleset.js';
import { DataPackError } from '../../src/data-pack.js';
import { readmeAnchor } from '../../src/checks/governance/rules-meta.js';
import { makeRepo, type TempRepo } from '../helpers/git-repo.js';
import { contextFor } from './context.js';
import { INSTALL_DIR, locate, ofRule, options } from './util.js';

const repos: TempRepo[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const BASICS = {
  LICENSE: 'MIT',
  'README.md': '# x\n',
  'SECURITY.md': 'x\n',
  '.github/CODEOWNERS': '* @org/maintainers\n/src/ @org/dev\n',
  '.github/workflows/old.yml': 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: evil/old@v1\n',
  'src/a.ts': 'export const a = 1;\n',
};

const PR_WORKFLOW = `name: Greet
on:
  issues:
    types: [opened]
permissions:
  contents: read
jobs:
  greet:
    runs-on: ubuntu-latest
    steps:
      - uses: someone/greeter@v2
      - run: echo "Thanks for \${{ github.event.issue.title }}"
`;

/** Base commit on main, then the PR's changes committed on a branch; returns the base SHA. */
function prRepo(pr: Record<string, string>, remove: string[] = []): { r: TempRepo; base: string } {
  const r = makeRepo(BASICS);
  repos.push(r);
  const base = r.commit('base');
  r.git('checkout', '-q', '-b', 'feature');
  r.write(pr);
  r.remove(...remove);
  r.commit('pr');
  return { r, base };
}

describe('scope: diff', () => {
  it('audits only the workflows the PR touches and annotates both problems at their lines', async () => {
    const { r, base } = prRepo({ '.github/workflows/greet.yml': PR_WORKFLOW });
    const out = await check.run(await contextFor(r.dir, { base }));
    const wf = out.findings.filter((f) => f.location?.path.startsWith('.github/workflows/'));
    const path = '.github/workflows/greet.yml';
    expect(wf.map((f) => [f.ruleId, f.location])).toEqual([
      ['governance/template-injection', locate(PR_WORKFLOW, '${{ github.event.issue.title }}', 1, path)],
      ['governance/unpinned-uses', locate(PR_WORKFLOW, 'someone/greeter@v2', 1, path)],
    ]);
    // old.yml (unchanged, with its own unpinned action) is not audited under scope: diff.
    expect(out.findings.some((f) => f.location?.path === '.github/workflows/old.yml')).toBe(false);
    expect(out.summary).toMatch(/^1 workflow\/action\/CI file audited/);
  });

  it('audits every workflow under scope: all', async () => {
    const { r, base } = prRepo({ '.github/workflows/greet.yml': PR_WORKFLOW });
    const out = await check.run(await contextFor(r.dir, { base, scope: 'all' }));
    expect(ofRule(out.findings, 'unpinned-uses').map((f) => f.location!.path).sort()).toEqual([
      '.github/workflows/greet.yml',
      '.github/workflows/old.yml',
    ]);
  });

  it('checks CODEOWNERS coverage of changed and deleted files against the base branch file', async () => {
    const { r, base } = prRepo(
      {
        '.github/CODEOWNERS': '/src/ @org/dev\n/tools/ @org/tools\n',
        'tools/gen.sh': 'echo\n',
        'src/a.ts': 'export const a = 2;\n',
      },
      ['README.md'],
    );
    // The base file has no rule for tools/ except the catch-all, which the PR removes: base governs.
    const baseOut = await check.run(await contextFor(r.dir, { base }));
    expect(ofRule(baseOut.findings, 'codeowners-coverage')).toEqual([]);

    const headOut = await check.run(await contextFor(r.dir, { base, options: { codeownersRevision: 'head' } }));
    const found = ofRule(headOut.findings, 'codeowners-coverage');
    expect(found.map((f) => f.properties?.path).sort()).toEqual(['.github/CODEOWNERS', 'README.md']);
    const deleted = found.find((f) => f.properties?.path === 'README.md')!;
    expect(deleted.location).toBeUndefined();
    expect(deleted.message).toMatch(/deleted by this PR/);
    // The PR deletes README.md: file-existence runs on every scope and catches it.
    expect(ofRule(headOut.findings, 'file-existence').map((f) => f.properties?.requirement)).toEqual(['readme']);
  });

  it('anchors file-level findings on the first line the PR adds', async () => {
    const { r, base } = prRepo({ 'src/a.ts': 'export const a = 1;\nexport const secret = "-----BEGIN OPENSSH PRIVATE KEY-----";\n' });
    const out = await check.run(
      await contextFor(r.dir, {
        base,
        options: { fileContents: [{ name: 'header', paths: ['src/**'], pattern: '^// SPDX' }] },
      }),
    );
    expect(ofRule(out.findings, 'file-contents').map((f) => f.location)).toEqual([{ path: 'src/a.ts', startLine: 2 }]);
  });
});

describe('findings that depend on several lines', () => {
  const BEFORE = `name: Build
on: pull_request
permissions:
  contents: read
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
        with:
          ref: \${{ github.event.pull_request.head.sha }}
          persist-credentials: false
      - run: make
`;
  it('a PR that only switches the trigger to pull_request_target is reported on the trigger line', async () => {
    const r = makeRepo({ ...BASICS, '.github/workflows/build.yml': BEFORE });
    repos.push(r);
    const base = r.commit('base');
    const after = BEFORE.replace('on: pull_request', 'on: pull_request_target');
    r.write({ '.github/workflows/build.yml': after });
    r.commit('pr');
    const out = await check.run(await contextFor(r.dir, { base }));
    const found = ofRule(out.findings, 'dangerous-trigger');
    expect(found).toHaveLength(1);
    expect(found[0]!.location).toEqual(locate(after, 'pull_request_target', 1, '.github/workflows/build.yml'));
    expect(found[0]!.message).toMatch(/Reported on line 2, which this pull request changes; the problem is at line 11/);
    expect(found[0]!.properties!.primaryLocation).toMatchObject({ startLine: 11 });
  });

  it('keeps the finding on the checkout when the PR adds the checkout', async () => {
    const r = makeRepo({ ...BASICS, '.github/workflows/build.yml': BEFORE.replace('on: pull_request', 'on: pull_request_target').replace(/\s+with:\n\s+ref: .*\n/, '\n        with:\n') });
    repos.push(r);
    const base = r.commit('base');
    const after = BEFORE.replace('on: pull_request', 'on: pull_request_target');
    r.write({ '.github/workflows/build.yml': after });
    r.commit('pr');
    const out = await check.run(await contextFor(r.dir, { base }));
    expect(ofRule(out.findings, 'dangerous-trigger').map((f) => f.location!.startLine)).toEqual([11]);
  });
});

describe('evidence', () => {
  it('lists passed, warned and failed rule ids and the digests of the ruleset and the options', async () => {
    const { r, base } = prRepo({ '.github/workflows/greet.yml': PR_WORKFLOW });
    const ctx = await contextFor(r.dir, { base });
    const out = await check.run(ctx);
    const ev = out.evidence!;
    expect(ev.failedTests).toEqual(['governance/template-injection', 'governance/unpinned-uses']);
    expect(ev.warnedTests).toEqual([]);
    expect(ev.passedTests).toContain('governance/dangerous-trigger');
    expect(ev.passedTests).toContain('governance/codeowners-coverage');
    const all = [...ev.passedTests!, ...ev.failedTests!, ...ev.warnedTests!];
    expect(new Set(all).size).toBe(all.length);
    const sha = createHash('sha256').update(readFileSync(join(INSTALL_DIR, 'rules/governance.yaml'))).digest('hex');
    expect(ev.configuration![0]).toEqual({ name: 'rules/governance.yaml', digest: { sha256: sha }, mediaType: 'application/yaml' });
    expect(ev.configuration![1]!.digest!.sha256).toBe(optionsDigest(ctx.options));
    expect(optionsDigest(options({ allowRefPinning: ['x/*'] }))).not.toBe(optionsDigest(ctx.options));
  });
});

describe('registration and metadata', () => {
  it('is registered and loads lazily', async () => {
    const entry = CHECKS.find((c) => c.id === 'governance')!;
    expect(entry).toBeDefined();
    expect((await entry.load()).meta.id).toBe('governance');
    expect(entry.optionsSchema.parse({})).toEqual(options());
  });

  it('every rule has SARIF metadata and a README anchor computed like GitHub', () => {
    for (const rule of check.meta.rules) {
      expect(rule.id).toMatch(/^governance\/[a-z0-9-]+$/);
      expect(rule.shortDescription.length).toBeGreaterThan(10);
      expect(rule.fullDescription.length).toBeGreaterThan(rule.shortDescription.length);
      expect(rule.help.length).toBeGreaterThan(10);
      expect(rule.helpUri).toBe(`https://github.com/guardian-ci/guardian#governance${rule.id.slice('governance/'.length)}`);
    }
    expect(readmeAnchor('governance/unpinned-uses')).toBe('governanceunpinned-uses');
  });

  it('the README rule reference has a section for every rule', () => {
    const doc = readFileSync(join(INSTALL_DIR, 'docs/readme/governance.md'), 'utf8');
    for (const rule of check.meta.rules) expect(doc, rule.id).toContain(`### \`${rule.id}\``);
  });

  it('each README section states the rule\'s default level, a bad and a good example and how to relax it', () => {
    const doc = readFileSync(join(INSTALL_DIR, 'docs/readme/governance.md'), 'utf8');
    const sections = doc.split(/^### /m);
    for (const rule of check.meta.rules) {
      const section = sections.find((s) => s.startsWith(`\`${rule.id}\``))!;
      expect(section, rule.id).toMatch(new RegExp(`Default\\s+level:\\s+${rule.defaultLevel}\\.`));
      expect(section, rule.id).toMatch(/\*\*Catches\*\*/);
      expect(section, rule.id).toMatch(/\*\*Why it matters\.\*\*/);
      expect(section, rule.id).toMatch(/# Bad|\/\/ Bad/);
      expect(section, rule.id).toMatch(/# Good|\/\/ Good/);
      expect(section, rule.id).toMatch(/\*\*Relax\.\*\*/);
    }
  });
});

describe('the documented configuration', () => {
  it('the README example is a valid guardian.yml', async () => {
    const { parse } = await import('yaml');
    const { buildConfigSchema } = await import('../../src/config/schema.js');
    const doc = readFileSync(join(INSTALL_DIR, 'docs/readme/governance.md'), 'utf8');
    const example = /### Configuration\s+```yaml\n([\s\S]*?)```/.exec(doc)![1]!;
    const parsed = buildConfigSchema(CHECKS).safeParse(parse(example));
    expect(parsed.error?.issues ?? []).toEqual([]);
    const gov = (parsed.data!.checks as Record<string, unknown>).governance as Record<string, unknown>;
    expect(gov.allowRefPinning).toEqual(['myorg/*']);
  });
});

describe('the data pack', () => {
  it('names file, line and column of a validation error', () => {
    const text = readFileSync(join(INSTALL_DIR, 'rules/governance.yaml'), 'utf8').replace('maxBytes: 5242880', 'maxBytes: lots');
    let err: unknown;
    try {
      parseRuleset(text);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DataPackError);
    const line = text.split('\n').findIndex((l) => l.includes('maxBytes: lots')) + 1;
    expect((err as DataPackError).problems.join('\n')).toMatch(new RegExp(`rules/governance\\.yaml:${line}:\\d+ repository\\.largeFile\\.maxBytes: .*number`));
  });

  it('names a YAML syntax error position and an invalid data regex', () => {
    expect(() => parseRuleset('version: 1\nworkflows: [\n')).toThrow(/rules\/governance\.yaml:\d+:\d+: YAML syntax error/);
    const bad = readFileSync(join(INSTALL_DIR, 'rules/governance.yaml'), 'utf8').replace("botLoginPattern: '\\[bot\\]$'", "botLoginPattern: '(['");
    expect(() => parseRuleset(bad)).toThrow(/botLoginPattern: invalid regular expression/);
  });

  it('a missing data pack is a clear error, not a crash', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'gov-install-'));
    dirs.push(empty);
    const r = makeRepo(BASICS);
    repos.push(r);
    r.commit('x');
    await expect(check.run(await contextFor(r.dir, { installDir: empty }))).rejects.toThrow(/rules\/governance\.yaml: cannot read .*reinstall Guardian/);
  });

  it('reads the data pack from installDir (a user-visible change takes effect)', async () => {
    const install = mkdtempSync(join(tmpdir(), 'gov-install-'));
    dirs.push(install);
    mkdirSync(join(install, 'rules'));
    const text = readFileSync(join(INSTALL_DIR, 'rules/governance.yaml'), 'utf8').replace("allowRefPinning: ['actions/*', 'github/*']", "allowRefPinning: ['actions/*', 'github/*', 'evil/*']");
    writeFileSync(join(install, 'rules/governance.yaml'), text);
    const r = makeRepo(BASICS);
    repos.push(r);
    r.commit('x');
    const out = await check.run(await contextFor(r.dir, { installDir: install }));
    expect(ofRule(out.findings, 'unpinned-uses')).toEqual([]);
    void cpSync;
  });
});
