// Builds the committed dist/ with ncc: one bundle (dist/bundle/) behind two launchers, the action
// (dist/index.js) and the CLI (dist/cli.js), plus the worker-thread entry. Deterministic, so the
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
  ['src/entry.ts', 'bundle'],
  ['src/workers/worker.ts', 'worker'],
];

/** The action (action.yml's `main`) and the CLI launch the one shared bundle (src/entry.ts). */
const LAUNCHERS = {
  'index.js': "import { action } from './bundle/index.js';\n\nawait action();\n",
  'cli.js': "#!/usr/bin/env node\nimport { cli } from './bundle/index.js';\n\nawait cli();\n",
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
await Promise.all(present.map(([entry, sub]) => nccBuild(entry, join(tmp, sub))));
for (const [, sub] of present) {
  const target = join(tmp, sub);
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
