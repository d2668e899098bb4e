/**
 * The worker-thread path for real: the worker entry is bundled with ncc into a temporary
 * install folder (as scripts/build.mjs does for dist/worker/index.js), then a full scan on
 * worker threads must report exactly what the main-thread scan reports.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/checks/placeholders/index.js';
import { context, ROOT, workingTree } from './helpers.js';

let install: string;
let tree: string;
beforeAll(() => {
  install = mkdtempSync(join(tmpdir(), 'guardian-ph-install-'));
  symlinkSync(join(ROOT, 'rules'), join(install, 'rules'));
  const ncc = join(ROOT, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
  execFileSync(process.execPath, [ncc, 'build', join(ROOT, 'src/workers/worker.ts'), '-o', join(install, 'dist', 'worker'), '--quiet', '--transpile-only', '--target', 'es2022'], { cwd: ROOT, stdio: 'ignore' });
  writeFileSync(join(install, 'dist', 'package.json'), '{ "type": "module" }\n');

  tree = mkdtempSync(join(tmpdir(), 'guardian-ph-tree-'));
  const kinds: Array<(n: number) => [string, string]> = [
    (n: number) => [`m${n}.ts`, `export const v${n} = "TODO ${n}"; // TODO item ${n}\nthrow new Error("not implemented");\n`],
    (n: number) => [`m${n}.py`, `# FIXME(#${n}) referenced\nx = "# TODO"\n# XXX ${n}\n`],
    (n: number) => [`m${n}.go`, `package m\n// HACK ${n}\nvar s = \`TODO\`\n`],
    (n: number) => [`m${n}.md`, `TODO in prose\n<!-- PLACEHOLDER ${n} -->\n`],
    (n: number) => [`m${n}.txt`, `nothing here ${n}\n`],
  ];
  for (let n = 0; n < 2000; n++) {
    const [name, text] = kinds[n % kinds.length]!(n);
    const sub = join(tree, `d${n % 37}`);
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, name), text);
  }
  writeFileSync(join(tree, 'big.ts'), `// TODO\n${'x'.repeat(3 * 1024 * 1024)}\n`);
}, 120_000);
afterAll(() => {
  rmSync(install, { recursive: true, force: true });
  rmSync(tree, { recursive: true, force: true });
});

describe('worker threads', () => {
  it('report exactly what the main thread reports', async () => {
    const files = await workingTree(tree);
    const threaded = await check.run(context(files, { installDir: install, options: { threads: 2 } }));
    const single = await check.run(context(files, { installDir: install, options: { threads: 1 } }));
    expect(threaded.summary).toMatch(/on 2 thread\(s\)/);
    expect(single.summary).toMatch(/on 1 thread\(s\)/);
    expect(threaded.findings).toEqual(single.findings);
    expect(threaded.notes).toEqual(single.notes);
    expect(threaded.findings.length).toBe(400 * 2 + 400 + 400 + 400);
    expect(threaded.notes!.join('\n')).toContain('big.ts (3.1 MB)');
  });

  it('fall back to the main thread when the worker bundle is absent', async () => {
    const bare = mkdtempSync(join(tmpdir(), 'guardian-ph-bare-'));
    symlinkSync(join(ROOT, 'rules'), join(bare, 'rules'));
    try {
      const out = await check.run(context(await workingTree(tree), { installDir: bare, options: { threads: 2 } }));
      expect(out.summary).toMatch(/on 1 thread\(s\)/);
      expect(out.findings.length).toBe(2000);
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  });
});
