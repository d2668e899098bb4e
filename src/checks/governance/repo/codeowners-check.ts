/**
 * `governance/codeowners-coverage`: every file the PR changes (every file, without a PR) has an
 * owner in CODEOWNERS; `governance/codeowners-syntax`: lines GitHub would skip.
 *
 * Which file governs: GitHub reads the first of .github/CODEOWNERS, CODEOWNERS, docs/CODEOWNERS
 * from the pull request's BASE branch. With `codeownersRevision: head` (or when the base has
 * none, e.g. the PR adds it) the working tree's file is used instead, and a note says so.
 * Syntax is always checked on the working tree's file, where the PR can fix it.
 */
import type { DiffInfo, FindingInput, RepoFiles } from '../../../core/types.js';
import { ownersOf, parseCodeowners, type Codeowners } from '../codeowners.js';
import { R } from '../rule-ids.js';
import type { RepositoryRules } from '../ruleset-schema.js';
import { fileAnchorLine } from './paths.js';

export interface CodeownersInput {
  files: RepoFiles;
  diff: DiffInfo | null;
  /** Paths to check for coverage (changed files under a PR, every file otherwise). */
  targets: readonly string[];
  /** Paths the PR deletes (owned by someone too: GitHub requests their review). */
  deleted: readonly string[];
  revision: 'base' | 'head';
  rules: RepositoryRules['codeowners'];
}

export interface CodeownersResult {
  findings: FindingInput[];
  notes: string[];
  /** Path of the CODEOWNERS file used for coverage, or null. */
  governing: string | null;
}

export async function checkCodeowners(input: CodeownersInput): Promise<CodeownersResult> {
  const out: CodeownersResult = { findings: [], notes: [], governing: null };
  const { files, diff, rules } = input;

  // Syntax: the working tree's file (the first location present).
  const head = await firstPresent(rules.locations, (p) => files.read(p));
  if (head) out.findings.push(...syntaxFindings(head.path, head.bytes, rules.maxBytes));

  // Coverage: the base branch's file under a PR (GitHub's rule), else the working tree's.
  let governing = head;
  if (diff && !diff.unavailable && input.revision === 'base') {
    const revs = [diff.baseRef, diff.mergeBase].filter((r): r is string => !!r);
    let base: { path: string; bytes: Buffer } | null = null;
    for (const rev of revs) {
      base = await firstPresent(rules.locations, (p) => files.readAtRevision(p, rev));
      if (base) break;
    }
    if (base) governing = base;
    else if (head) out.notes.push(`the base branch has no CODEOWNERS; coverage was checked against ${head.path} as this pull request leaves it`);
  }
  if (!governing) return out; // file-existence reports a missing CODEOWNERS
  out.governing = governing.path;
  if (governing.bytes.length >= rules.maxBytes) return out; // GitHub ignores it; reported by syntax
  const co = parseCodeowners(governing.bytes.toString('utf8').replace(/^\uFEFF/, ''));
  const fromBase = governing !== head;

  let reported = 0;
  let uncovered = 0;
  const all = [...input.targets.map((p) => ({ path: p, deleted: false })), ...input.deleted.map((p) => ({ path: p, deleted: true }))];
  for (const { path, deleted } of all) {
    const own = ownersOf(co, path);
    if (own.owners.length > 0) continue;
    uncovered++;
    if (reported >= rules.maxFindings) continue;
    reported++;
    const why = own.rule
      ? `its last matching rule, \`${own.rule.pattern}\` on line ${own.rule.line} of ${governing.path}${fromBase ? ' (base branch)' : ''}, lists no owners`
      : `no rule in ${governing.path}${fromBase ? ' (base branch)' : ''} matches it`;
    const f: FindingInput = {
      ruleId: R.codeownersCoverage,
      message:
        `${path}${deleted ? ' (deleted by this PR)' : ''} has no code owner: ${why}, so nobody is required to review changes to it. ` +
        `Fix: add a rule to ${head?.path ?? governing.path} that covers it (e.g. \`${suggestPattern(path)} @org/team\`), or a catch-all \`* @org/maintainers\` at the top.`,
      title: 'File without a code owner',
      fingerprintKey: `unowned:${path}`,
      properties: { path, codeowners: governing.path, ...(own.rule ? { rule: own.rule.pattern, ruleLine: own.rule.line } : {}) },
    };
    // Deleted files and files the PR only renames have no line to annotate.
    const line = deleted ? null : anchor(diff, path);
    if (line !== null) f.location = { path, startLine: line };
    out.findings.push(f);
  }
  if (uncovered > reported) out.notes.push(`${uncovered} file(s) have no code owner; the first ${reported} are reported`);
  return out;
}

function anchor(diff: DiffInfo | null, path: string): number | null {
  const cf = diff?.files.get(path);
  if (!diff || diff.unavailable || !cf) return 1;
  if (cf.wholeFile) return 1;
  return cf.addedRanges.length ? fileAnchorLine(diff, path) : null;
}

function syntaxFindings(path: string, bytes: Buffer, maxBytes: number): FindingInput[] {
  if (bytes.length >= maxBytes) {
    return [
      {
        ruleId: R.codeownersSyntax,
        message: `${path} is ${bytes.length} bytes; GitHub does not load a CODEOWNERS file of ${maxBytes} bytes or more, so no owner is requested for review. Fix: consolidate rules with wildcard patterns.`,
        location: { path, startLine: 1 },
        title: 'CODEOWNERS too large',
      },
    ];
  }
  const co: Codeowners = parseCodeowners(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  return co.errors.map((e) => ({
    ruleId: R.codeownersSyntax,
    message: `${e.message}. GitHub skips this line, so the paths it names get no owner from it.`,
    location: { path, startLine: e.line, startColumn: e.column, endLine: e.line, endColumn: e.endColumn },
    title: 'Invalid CODEOWNERS line',
    fingerprintKey: e.message,
  }));
}

async function firstPresent(
  locations: readonly string[],
  read: (p: string) => Promise<Buffer | null>,
): Promise<{ path: string; bytes: Buffer } | null> {
  for (const path of locations) {
    const bytes = await read(path);
    if (bytes) return { path, bytes };
  }
  return null;
}

/** A CODEOWNERS pattern owning the file's directory (or the file at the root). */
function suggestPattern(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? `/${path}` : `/${path.slice(0, slash)}/`;
}
