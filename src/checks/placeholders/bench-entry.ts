/**
 * Entry used by bench/placeholders.mjs (bundled with ncc into a temporary install folder): runs
 * the check the way the pipeline does, on a directory, and prints one JSON line of figures.
 * Until `guardian check --checks placeholders` exists this is how a user-like process is timed.
 *
 *   node index.js <installDir> <dir> [--diff <n>] [--threads <n>] [--include-tests]
 *
 * `--diff n`: diff mode over the first n listed files (each wholly changed), as on a PR.
 * `--diff-list <file>`: diff mode over the paths in <file> (one per line), without listing the tree.
 * `--include-tests`: scan test and fixture paths too (the same files ripgrep reads).
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ChangedFile, CheckContext, DiffInfo } from '../../core/types.js';
import { openRepoFiles } from '../../repo/files.js';
import { check } from './index.js';
import type { PlaceholderOptions } from './options.js';

async function main(): Promise<void> {
  const [installDir, dir, ...rest] = process.argv.slice(2);
  if (!installDir || !dir) throw new Error('usage: node index.js <installDir> <dir> [--diff <n>] [--threads <n>] [--include-tests]');
  const flag = (name: string): number | undefined => {
    const i = rest.indexOf(name);
    return i === -1 ? undefined : Number(rest[i + 1]);
  };
  const diffFiles = flag('--diff');
  const threads = flag('--threads');
  const root = resolve(dir);
  const opened = await openRepoFiles(root);
  // openRepoFiles reads regular files under root (lstat, no symlinks): the working tree itself.
  const files = { ...opened, readsWorkingTree: true };
  let diff: DiffInfo | null = null;
  const diffList = rest.includes('--diff-list') ? rest[rest.indexOf('--diff-list') + 1] : undefined;
  if (diffFiles !== undefined || diffList) {
    // A PR's changed paths come from git diff, not from listing the tree: --diff-list gives them.
    const paths = diffList ? (await readFile(diffList, 'utf8')).split('\n').filter(Boolean) : (await files.list()).slice(0, diffFiles);
    const changed = new Map<string, ChangedFile>();
    for (const p of paths) {
      changed.set(p, { path: p, status: 'modified', addedRanges: [], removedLines: [], wholeFile: true, binary: false });
    }
    diff = { baseRef: 'base', headRef: 'head', mergeBase: 'base', files: changed };
  }
  const options = check.optionsSchema.parse({
    ...(threads === undefined ? {} : { threads }),
    ...(rest.includes('--include-tests') ? { includeTests: true } : {}),
  }) as PlaceholderOptions;
  const ctx: CheckContext<PlaceholderOptions> = {
    options,
    files,
    scope: diff ? 'diff' : 'all',
    diff,
    installDir: resolve(installDir),
    now: new Date(),
    signal: new AbortController().signal,
    log: { info: () => {}, warn: (m) => process.stderr.write(`${m}\n`), debug: () => {} },
    progress: () => {},
  };
  const t0 = performance.now();
  const out = await check.run(ctx);
  const t1 = performance.now();
  const byRule: Record<string, number> = {};
  for (const f of out.findings) byRule[f.ruleId] = (byRule[f.ruleId] ?? 0) + 1;
  process.stdout.write(
    `${JSON.stringify({
      findings: out.findings.length,
      byRule,
      summary: out.summary,
      files: Number(/^([\d,]+) file/.exec(out.summary ?? '')?.[1]?.replace(/,/g, '') ?? 0),
      mb: Number(/\(([\d.]+) MB\)/.exec(out.summary ?? '')?.[1] ?? 0),
      notes: out.notes?.length ?? 0,
      checkMs: Math.round(t1 - t0),
      sinceProcessStartMs: Math.round(t1),
      maxRssKb: process.resourceUsage().maxRSS,
    })}\n`,
  );
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(2);
});
