/**
 * `governance/file-contents` and `governance/file-not-contents`: repolinter-style rules over
 * file text with user regular expressions, matched under a time bound (core/bounded-regex.ts).
 */
import type { FindingInput } from '../../../core/types.js';
import { prefetch, type FileProbe } from './file-probe.js';
import { BoundedMatcher, type BoundedPattern, type ScanFile } from '../../../core/bounded-regex.js';
import { R } from '../rule-ids.js';
import type { ContentRule, RepositoryRules } from '../ruleset-schema.js';
import { fileAnchorLine, globsMatcher, type PathMatcher } from './paths.js';
import { lineStarts, textSpan } from '../text-span.js';
import type { DiffInfo } from '../../../core/types.js';

interface Compiled {
  rule: ContentRule;
  kind: 'contents' | 'not-contents';
  select: PathMatcher;
  ignore: PathMatcher;
}

export interface ContentScanResult {
  findings: FindingInput[];
  notes: string[];
  filesScanned: number;
}

export async function scanContentRules(
  probe: FileProbe,
  targets: readonly string[],
  rules: RepositoryRules,
  diff: DiffInfo | null,
  signal?: AbortSignal,
): Promise<ContentScanResult> {
  const compiled: Compiled[] = [
    ...rules.fileContents.map((rule) => compile(rule, 'contents')),
    ...rules.fileNotContents.map((rule) => compile(rule, 'not-contents')),
  ];
  const result: ContentScanResult = { findings: [], notes: [], filesScanned: 0 };
  if (compiled.length === 0) return result;
  const cfg = rules.contentScan;
  const patterns: BoundedPattern[] = compiled.map((c) => ({ id: `${c.kind}:${c.rule.name}`, regex: new RegExp(c.rule.pattern, `${c.rule.flags}g`) }));
  const matcher = new BoundedMatcher(patterns, { fileTimeoutMs: cfg.regexTimeoutMs, batchTimeoutMs: cfg.batchTimeoutMs, maxMatches: cfg.maxMatchesPerFile });
  const skippedLarge: string[] = [];
  const skippedBinary: string[] = [];

  let batch: ScanFile[] = [];
  let batchBytes = 0;
  const flush = (): void => {
    if (batch.length === 0) return;
    const hits = matcher.scan(batch);
    batch.forEach((file, fi) => {
      file.patterns.forEach((p, k) => {
        const h = hits[fi]![k];
        if (h) result.findings.push(...toFindings(compiled[p]!, file, h, diff));
      });
    });
    batch = [];
    batchBytes = 0;
  };

  const selectedFor = new Map<string, number[]>();
  for (const path of targets) {
    const selected = compiled.flatMap((c, i) => (c.select(path) && !c.ignore(path) ? [i] : []));
    if (selected.length) selectedFor.set(path, selected);
  }
  for await (const [path, read] of prefetch([...selectedFor.keys()], (p) => probe.read(p, cfg.maxFileBytes))) {
    if (signal?.aborted) break;
    if (!read) continue;
    if ('tooLarge' in read) {
      skippedLarge.push(path);
      continue;
    }
    const buf = read.bytes;
    const selected = selectedFor.get(path)!;
    if (buf.subarray(0, 8000).includes(0)) {
      skippedBinary.push(path);
      continue;
    }
    const text = buf.toString('utf8').replace(/^\uFEFF/, '');
    batch.push({ path, text, patterns: selected });
    batchBytes += text.length;
    result.filesScanned++;
    if (batch.length >= cfg.batchSize || batchBytes >= 8 * 1024 * 1024) flush();
  }
  flush();

  for (const t of matcher.timeouts) {
    const [kind, name] = t.patternId.split(':') as [string, string];
    result.findings.push({
      ruleId: kind === 'contents' ? R.fileContents : R.fileNotContents,
      level: 'warning',
      message:
        `The pattern of content rule \`${name}\` took longer than ${cfg.regexTimeoutMs} ms on ${t.path} and was stopped; it was not ` +
        'applied to the remaining files. Fix: simplify it (avoid nested quantifiers such as `(a+)+` and overlapping alternatives) or narrow its `paths`.',
      location: { path: t.path, startLine: fileAnchorLine(diff, t.path) },
      title: `Content rule ${name} timed out`,
      fingerprintKey: `timeout:${name}`,
    });
  }
  if (skippedLarge.length) result.notes.push(`content rules skipped ${skippedLarge.length} file(s) over ${cfg.maxFileBytes} bytes: ${preview(skippedLarge)}`);
  if (skippedBinary.length) result.notes.push(`content rules skipped ${skippedBinary.length} binary file(s): ${preview(skippedBinary)}`);
  return result;
}

function compile(rule: ContentRule, kind: Compiled['kind']): Compiled {
  return { rule, kind, select: globsMatcher(rule.paths), ignore: globsMatcher(rule.ignore) };
}

function toFindings(c: Compiled, file: ScanFile, hits: number[], diff: DiffInfo | null): FindingInput[] {
  const { rule } = c;
  if (c.kind === 'contents') {
    if (hits.length > 0) return [];
    return [
      {
        ruleId: R.fileContents,
        message:
          `${file.path} does not contain the text required by content rule \`${rule.name}\` (/${rule.pattern}/${rule.flags}). ` +
          `Fix: ${rule.message ?? 'add it (see the rule in checks.governance.fileContents)'}.`,
        location: { path: file.path, startLine: fileAnchorLine(diff, file.path) },
        title: `Missing required content (${rule.name})`,
        fingerprintKey: `missing:${rule.name}`,
        properties: { rule: rule.name },
      },
    ];
  }
  const lines = lineStarts(file.text);
  const out: FindingInput[] = [];
  for (let i = 0; i < hits.length; i += 2) {
    const index = hits[i]!;
    const len = hits[i + 1]!;
    const { location, snippet } = textSpan(file.path, file.text, lines, index, len);
    out.push({
      ruleId: R.fileNotContents,
      message:
        `${file.path} contains text forbidden by content rule \`${rule.name}\` (/${rule.pattern}/${rule.flags}). ` +
        `Fix: ${rule.message ?? 'remove it (see the rule in checks.governance.fileNotContents)'}.`,
      location,
      title: `Forbidden content (${rule.name})`,
      snippet,
      fingerprintKey: `${rule.name}:${file.text.slice(index, index + Math.min(len, 200))}`,
      properties: { rule: rule.name },
    });
  }
  return out;
}

function preview(paths: readonly string[]): string {
  return paths.slice(0, 5).join(', ') + (paths.length > 5 ? ', …' : '');
}
