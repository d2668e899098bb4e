// Builds the committed dist/ with ncc: the action (dist/index.js + chunks), the CLI
// (dist/cli/ + the dist/cli.js launcher) and any worker entries. Deterministic, so the
// dist-freshness test can rebuild into a temp dir and compare byte for byte.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = resolve(process.argv[2] ?? join(root, 'dist'));
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');

/** [entry source, output folder relative to dist] */
export const ENTRIES = [
  ['src/main.ts', '.'],
  ['src/cli.ts', 'cli'],
  ['src/workers/worker.ts', 'worker'],
];

/** Tiny launchers so `node dist/cli.js` works and the bundles keep separate chunk folders. */
const LAUNCHERS = {
  'cli.js': '#!/usr/bin/env node\nimport \'./cli/index.js\';\n',
};

function nccBuild(entry, target) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [ncc, 'build', join(root, entry), '-o', target, '--quiet', '--transpile-only', '--target', 'es2022'], {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolvePromise() : reject(new Error(`ncc build ${entry} exited ${code}`))));
  });
}

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const tmp = join(outDir, '.build');
const present = ENTRIES.filter(([entry]) => existsSync(join(root, entry)));
// Entries build in parallel: ncc is mostly single-threaded.
await Promise.all(present.map(([entry, sub]) => nccBuild(entry, join(tmp, sub === '.' ? 'main' : sub))));
for (const [, sub] of present) {
  const target = join(tmp, sub === '.' ? 'main' : sub);
  const dest = join(outDir, sub);
  mkdirSync(dest, { recursive: true });
  for (const f of readdirSync(target)) cpSync(join(target, f), join(dest, f), { recursive: true });
}
rmSync(tmp, { recursive: true, force: true });
// JSON copies of the data packs: parsing YAML is the slow part of start-up (src/data-pack.ts).
const { parse: parseYaml } = await import('yaml');
mkdirSync(join(outDir, 'rules'), { recursive: true });
for (const f of readdirSync(join(root, 'rules')).filter((n) => /\.ya?ml$/.test(n)).sort()) {
  const bytes = readFileSync(join(root, 'rules', f));
  const copy = { sha256: createHash('sha256').update(bytes).digest('hex'), data: parseYaml(bytes.toString('utf8')) };
  writeFileSync(join(outDir, 'rules', f.replace(/\.ya?ml$/, '.json')), `${JSON.stringify(copy)}\n`);
}
for (const [name, text] of Object.entries(LAUNCHERS)) writeFileSync(join(outDir, name), text, { mode: 0o755 });
writeFileSync(join(outDir, 'package.json'), '{\n  "type": "module"\n}\n');
console.log(`built ${outDir}`);
