#!/usr/bin/env node
// Start-up cost of the built action: time from process start to the first check starting,
// read from the action's own `::debug::first check starting at X ms` line, next to a bare
// `node -e ""` start on the same machine in the same run. Usage: npm run bench:startup [-- runs]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] ?? 15);
const tmp = mkdtempSync(join(tmpdir(), 'guardian-startup-'));
const eventPath = join(tmp, 'event.json');
writeFileSync(eventPath, '{}');
const env = {
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  GITHUB_ACTIONS: 'true',
  GITHUB_WORKSPACE: root,
  GITHUB_REPOSITORY: 'guardian-ci/guardian',
  GITHUB_EVENT_NAME: 'workflow_dispatch',
  GITHUB_EVENT_PATH: eventPath,
  GITHUB_SHA: '0'.repeat(40),
  RUNNER_TEMP: tmp,
  'INPUT_GITHUB-TOKEN': '',
  INPUT_CHECKS: process.env.BENCH_CHECKS ?? 'all',
  INPUT_COMMENT: 'never',
};

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const firstCheck = [];
const total = [];
const bare = [];
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [join(root, 'dist', 'index.js')], { env, encoding: 'utf8' });
  total.push(performance.now() - t0);
  const m = /first check starting at ([\d.]+) ms/.exec(r.stdout);
  if (!m) {
    console.error(r.stdout.slice(-2000), r.stderr.slice(-2000));
    throw new Error('the action did not report its first check; is dist/ built?');
  }
  firstCheck.push(Number(m[1]));
  const b0 = performance.now();
  spawnSync(process.execPath, ['-e', '']);
  bare.push(performance.now() - b0);
}
rmSync(tmp, { recursive: true, force: true });
const fc = median(firstCheck);
const bn = median(bare);
console.log(`runs: ${runs} (median), checks: ${env.INPUT_CHECKS}, node ${process.version}`);
console.log(`node dist/index.js → first check starting: ${fc.toFixed(1)} ms after process start (target ≤ 150 ms)`);
console.log(`node dist/index.js whole run (spawn to exit): ${median(total).toFixed(1)} ms`);
console.log(`bare \`node -e ""\` (spawn to exit): ${bn.toFixed(1)} ms; first-check time is ${(fc / bn).toFixed(2)}× a bare node start`);
