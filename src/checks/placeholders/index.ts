/**
 * The placeholder and unfinished-work gate: markers in comments, code stubs and placeholder
 * values, comment-aware for the languages of rules/languages.yaml, policy-driven by
 * rules/placeholders.yaml and the user's `checks.placeholders` options.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { canonicalJson } from '../../core/canonical-json.js';
import { listAmong } from '../../core/repo-files.js';
import type { Check, CheckContext, CheckEvidence, CheckOutput, FindingInput } from '../../core/types.js';
import { sha256Hex } from '../../data-pack.js';
import { buildConfig, CHECK_ID, levelOverride, type EffectiveConfig } from './config.js';
import { loadData, type LoadedData } from './data.js';
import { movedKeys, takeMoved } from './moved.js';
import { optionsSchema, type PlaceholderOptions } from './options.js';
import type { BatchResult } from './read-scan.js';
import type { FileResult, SkipReason } from './spec.js';

/** Below this many files, starting workers (about 30 ms) costs more than it saves. */
const WORKER_MIN_FILES = 1500;
/** Paths a worker thread takes from the shared list at a time. */
const CHUNK = 64;
/** Files scanned on the main thread between yields to the event loop (abort signals, timers). */
const SLICE = 2000;
/** Reads in flight through a RepoFiles that is not the working tree. */
const READ_CONCURRENCY = 16;

export const check: Check<typeof optionsSchema> = {
  meta: {
    id: CHECK_ID,
    title: 'Placeholders and unfinished work',
    description:
      'Finds unfinished-work markers in comments (the tags of rules/placeholders.yaml), code stubs and placeholder values, and gates the pull request on the ones it adds.',
    // Every rule of this check comes from rules/placeholders.yaml and the options: see CheckOutput.rules.
    rules: [],
  },
  optionsSchema,
  run,
};

async function run(ctx: CheckContext<PlaceholderOptions>): Promise<CheckOutput> {
  const started = performance.now();
  const options = optionsSchema.parse(ctx.options ?? {});
  const data = await loadData(ctx.installDir);
  const unknownLanguages = Object.entries(options.languages).filter(([, id]) => !data.languages.some((l) => l.id === id));
  if (unknownLanguages.length) {
    throw new Error(
      `checks.placeholders.languages maps ${unknownLanguages.map(([k, v]) => `${k} to "${v}"`).join(', ')}, which rules/languages.yaml does not define. Use one of: ${data.languages.map((l) => l.id).join(', ')}.`,
    );
  }
  const cfg = buildConfig(data, options, ctx.now);
  const diffMode = ctx.scope === 'diff' && ctx.diff !== null && !ctx.diff.unavailable;
  const direct = ctx.files.readsWorkingTree === true;
  const threads = options.threads === 0 ? availableParallelism() : options.threads;
  const workerFile = join(ctx.installDir, 'dist', 'worker', 'index.js');
  const canUseWorkers = direct && threads > 1 && !diffMode && existsSync(workerFile);

  // Workers compile the scanner while the file list is being made.
  let pool: import('./pool.js').WorkerPool | undefined;
  if (canUseWorkers) {
    const { WorkerPool } = await import('./pool.js');
    pool = new WorkerPool(workerFile, threads, cfg.scan, ctx.files.root, CHUNK);
  }
  try {
    const { paths, excluded, minified } = await selectFiles(cfg, ctx, diffMode);
    let batch: BatchResult;
    let threadsUsed = 1;
    if (pool && paths.length >= WORKER_MIN_FILES) {
      threadsUsed = pool.size;
      try {
        batch = await pool.scan(paths, ctx.progress, ctx.signal);
      } catch (e) {
        if (ctx.signal.aborted) throw e;
        ctx.log.warn(`placeholders: worker threads failed (${(e as Error).message}); scanning on the main thread instead.`);
        threadsUsed = 1;
        batch = await scanInThread(paths, cfg, ctx, direct);
      }
    } else {
      pool?.terminate();
      pool = undefined;
      batch = await scanInThread(paths, cfg, ctx, direct);
    }
    // Every file read and skipped (binary, generated, ...) is in the results with its reason.
    const readButSkipped = batch.results.filter((r) => r.skipped).length;
    for (const p of minified) batch.results.push({ path: p, findings: [], skipped: 'minified' });
    batch.files -= readButSkipped;
    return report(batch, cfg, ctx, data, options, { excluded, threadsUsed, ms: performance.now() - started, diffMode });
  } finally {
    pool?.terminate();
  }
}

/** Files this run reads: the listing (diff files only in diff mode), without tests and minified names. */
async function selectFiles(cfg: EffectiveConfig, ctx: CheckContext<PlaceholderOptions>, diffMode: boolean): Promise<{ paths: string[]; excluded: number; minified: string[] }> {
  let candidates: readonly string[];
  if (diffMode && ctx.diff) {
    const changed = [...ctx.diff.files.values()].filter((f) => f.status !== 'deleted' && !f.binary).map((f) => f.path);
    candidates = await listAmong(ctx.files, changed);
  } else {
    candidates = await ctx.files.list();
  }
  const paths: string[] = [];
  const minified: string[] = [];
  let excluded = 0;
  for (const p of candidates) {
    if (cfg.isExcluded(p)) excluded++;
    else if (cfg.isMinifiedPath(p)) minified.push(p);
    else paths.push(p);
  }
  return { paths, excluded, minified };
}

async function scanInThread(paths: readonly string[], cfg: EffectiveConfig, ctx: CheckContext<PlaceholderOptions>, direct: boolean): Promise<BatchResult> {
  const [{ Scanner }, { acquireScanBuffer, keep, scanBatch, scanSafely }] = await Promise.all([import('./scanner.js'), import('./read-scan.js')]);
  const scanner = new Scanner(cfg.scan);
  const out: BatchResult = { results: [], files: 0, bytes: 0 };
  if (direct) {
    const sb = acquireScanBuffer(cfg.scan.maxFileBytes);
    try {
      for (let from = 0; from < paths.length; from += SLICE) {
        if (ctx.signal.aborted) throw new Error('placeholder scan aborted');
        const to = Math.min(paths.length, from + SLICE);
        scanBatch(ctx.files.root, paths, from, to, scanner, sb, out);
        ctx.progress(to, paths.length);
        // Let abort signals and timers through between slices of a long scan.
        if (to < paths.length) await new Promise((r) => setImmediate(r));
      }
    } finally {
      sb.release();
    }
    return out;
  }
  // A RepoFiles that is not the working tree (or does not say so): read through it.
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < paths.length) {
      if (ctx.signal.aborted) throw new Error('placeholder scan aborted');
      const path = paths[next++]!;
      const buf = await ctx.files.read(path);
      out.files++;
      if (!buf) {
        out.results.push({ path, findings: [], skipped: 'unreadable' });
        continue;
      }
      if (buf.length > cfg.scan.maxFileBytes) {
        out.results.push({ path, findings: [], skipped: 'too-large', size: buf.length });
        continue;
      }
      out.bytes += buf.length;
      keep(out, scanSafely(scanner, path, buf, buf.length));
      if (out.files % 500 === 0) ctx.progress(out.files, paths.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, paths.length) }, worker));
  return out;
}

interface RunFacts {
  excluded: number;
  threadsUsed: number;
  ms: number;
  diffMode: boolean;
}

function report(batch: BatchResult, cfg: EffectiveConfig, ctx: CheckContext<PlaceholderOptions>, data: LoadedData, options: PlaceholderOptions, facts: RunFacts): CheckOutput {
  const results = [...batch.results].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const skipped = new Map<SkipReason, FileResult[]>();
  const findings: FindingInput[] = [];
  const moved = facts.diffMode && ctx.diff ? movedKeys(ctx.diff, cfg.scan.tags) : null;
  let movedCount = 0;
  for (const r of results) {
    if (r.skipped) {
      const list = skipped.get(r.skipped) ?? [];
      list.push(r);
      skipped.set(r.skipped, list);
      continue;
    }
    const changed = facts.diffMode ? ctx.diff?.files.get(r.path) : undefined;
    for (const f of r.findings) {
      const level = cfg.levelFor(f.ruleId, r.path, f.tag);
      if (level === 'off') continue;
      if (moved && changed && takeMoved(moved, changed, f)) {
        movedCount++;
        continue;
      }
      const override = levelOverride(cfg, f.ruleId, level);
      const properties: Record<string, unknown> = {};
      if (f.tag) properties.tag = f.tag;
      if (f.expires) properties.expires = f.expires;
      findings.push({
        ruleId: f.ruleId,
        ...(override ? { level: override } : {}),
        message: f.message,
        title: f.title,
        location: { path: r.path, startLine: f.line, startColumn: f.column, endLine: f.line, endColumn: f.endColumn },
        snippet: f.snippet,
        fingerprintKey: f.key,
        ...(Object.keys(properties).length ? { properties } : {}),
      });
    }
  }

  const notes = skipNotes(skipped, cfg.scan.maxFileBytes);
  if (movedCount) notes.push(`${movedCount} marker(s) or stub(s) moved within this pull request (the same text is removed elsewhere in the diff) were not reported as new.`);
  const skippedTotal = [...skipped.values()].reduce((a, l) => a + l.length, 0);
  const reasons = [...skipped.entries()].map(([k, l]) => `${l.length} ${k}`).join(', ');
  const summary =
    `${fmt(batch.files)} file(s) scanned (${(batch.bytes / 1e6).toFixed(1)} MB) in ${Math.round(facts.ms)} ms on ${facts.threadsUsed} thread(s)` +
    (skippedTotal ? `, ${fmt(skippedTotal)} skipped (${reasons})` : '') +
    (facts.excluded ? `, ${fmt(facts.excluded)} test or fixture file(s) excluded` : '') +
    `; ${fmt(findings.length)} finding(s).`;

  const out: CheckOutput = { findings, rules: cfg.rules, summary, notes, evidence: evidence(cfg, data, options, findings) };
  // A pull request that changes no file this check reads adds nothing unfinished: it passes.
  // A repository with nothing to read at all is neutral.
  if (batch.files === 0 && skippedTotal === 0) {
    if (facts.diffMode) out.summary = `The pull request changes no file this check reads (${fmt(facts.excluded)} test or fixture file(s) excluded); nothing new to gate.`;
    else out.neutralReason = 'No files to scan.';
  }
  return out;
}

/** 12345 → "12,345" (without toLocaleString, whose first call loads ICU data: ~20 ms). */
const fmt = (n: number): string => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** Why files were skipped, in notes (too-large has a note of its own, with the cap). */
const SKIP_TEXT: Record<Exclude<SkipReason, 'too-large'>, string> = {
  binary: 'binary (a NUL byte in the first 8 KB)',
  generated: 'generated (a generated-file marker in the first 1 KB; set checks.placeholders.skipGenerated: false to scan them)',
  minified: 'minified',
  unreadable: 'unreadable or not regular files (symlinks are not followed)',
  'invalid-notebook': 'notebooks that are not valid JSON',
};

function skipNotes(skipped: Map<SkipReason, FileResult[]>, cap: number): string[] {
  const notes: string[] = [];
  const listMax = 20;
  for (const [reason, list] of skipped) {
    const shown = list.slice(0, listMax).map((r) => (r.size !== undefined ? `${r.path} (${(r.size / 1e6).toFixed(1)} MB)` : r.path));
    const more = list.length > listMax ? `, and ${list.length - listMax} more` : '';
    notes.push(
      reason === 'too-large'
        ? `Skipped ${list.length} file(s) larger than ${fmt(cap)} bytes: ${shown.join(', ')}${more}. Raise checks.placeholders.maxFileBytes to scan them.`
        : `Skipped ${list.length} file(s) as ${SKIP_TEXT[reason]}: ${shown.join(', ')}${more}.`,
    );
  }
  return notes;
}

function evidence(cfg: EffectiveConfig, data: LoadedData, options: PlaceholderOptions, findings: readonly FindingInput[]): CheckEvidence {
  const levels = new Map<string, string>();
  for (const f of findings) {
    const level = f.level ?? cfg.defaultLevel(f.ruleId);
    if (level === 'error' || levels.get(f.ruleId) === undefined) levels.set(f.ruleId, level);
  }
  const failed: string[] = [];
  const warned: string[] = [];
  const passed: string[] = [];
  for (const r of cfg.rules) {
    if (r.defaultLevel === 'off' && !levels.has(r.id)) continue;
    const l = levels.get(r.id);
    if (l === 'error') failed.push(r.id);
    else if (l) warned.push(r.id);
    else passed.push(r.id);
  }
  // Canonical: the digest does not depend on the order keys were written in the config.
  const optionsDigest = sha256Hex(canonicalJson(options));
  return {
    configuration: [
      { name: 'rules/placeholders.yaml', digest: { sha256: data.sha256.placeholders }, mediaType: 'application/yaml' },
      { name: 'rules/languages.yaml', digest: { sha256: data.sha256.languages }, mediaType: 'application/yaml' },
      { name: 'checks.placeholders (effective options)', digest: { sha256: optionsDigest }, mediaType: 'application/json' },
    ],
    passedTests: passed,
    warnedTests: warned,
    failedTests: failed,
  };
}
