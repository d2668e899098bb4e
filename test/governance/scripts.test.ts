/** Shell scripts and Dockerfiles: download-then-run and unpinned base images, on real repositories. */
import { afterEach, describe, expect, it } from 'vitest';
import { check } from '../../src/checks/governance/index.js';
import { makeRepo, type TempRepo } from '../helpers/git-repo.js';
import { contextFor } from './context.js';
import { fixture, locate, ofRule } from './util.js';

const repos: TempRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
});

async function run(files: Record<string, string>) {
  const r = makeRepo(files);
  repos.push(r);
  r.commit('x');
  return check.run(await contextFor(r.dir, { options: { repository: false, models: false } }));
}

describe('governance/download-then-run in shell scripts', () => {
  it('reports the pipe at its position', async () => {
    const text = fixture('download-then-run/vulnerable.sh');
    const out = await run({ 'scripts/bootstrap.sh': text });
    const found = ofRule(out.findings, 'download-then-run');
    expect(found.map((f) => f.location)).toEqual([locate(text, 'wget -qO- https://example.com/bootstrap | sh', 1, 'scripts/bootstrap.sh')]);
  });
  it('passes a script that verifies what it downloads', async () => {
    const out = await run({ 'scripts/ok.sh': 'curl -fsSLo x.sh https://e.com/x.sh\necho "abc  x.sh" | sha256sum -c\nbash x.sh\n' });
    expect(ofRule(out.findings, 'download-then-run')).toEqual([]);
  });
});

describe('governance/unpinned-base-image', () => {
  it('reports FROM images without a digest, skipping stages, scratch and build arguments', async () => {
    const text = fixture('unpinned-base-image/Dockerfile.vulnerable');
    const out = await run({ 'docker/Dockerfile': text });
    const found = ofRule(out.findings, 'unpinned-base-image');
    expect(found.map((f) => [f.location, f.level])).toEqual([
      [locate(text, 'node:20', 1, 'docker/Dockerfile'), 'notice'],
      [locate(text, 'ubuntu', 1, 'docker/Dockerfile'), undefined],
    ]);
    expect(found[1]!.message).toMatch(/no tag.*FROM postgres:16@sha256:/s);
  });
  it('passes digests, build arguments and scratch', async () => {
    const out = await run({ Dockerfile: fixture('unpinned-base-image/Dockerfile.safe') });
    expect(out.findings).toEqual([]);
  });
});

describe('download-then-run on hostile input', () => {
  it('matches a 1 MB line of repeated `curl` in linear time (no pipe to a shell, no finding)', async () => {
    // With an unbounded gap (`[^\n|;&]*`) this took minutes: each `curl` rescanned the line.
    const out = await run({ 'scripts/long.sh': `${'curl '.repeat(200_000)}\n` });
    expect(ofRule(out.findings, 'download-then-run')).toEqual([]);
  });
});
