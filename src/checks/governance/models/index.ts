/**
 * Model governance (issue 5 item 3) over Legend models in the repository: PURE grammar files
 * (parsed with the embedded parser, src/pure) and SDLC entity JSON files. Under `scope: diff`
 * only the model files the PR changes are read.
 */
import type { CheckContext, FindingInput } from '../../../core/types.js';
import { BoundedMatcher, type ScanFile } from '../../../core/bounded-regex.js';
import { globsMatcher } from '../repo/paths.js';
import type { ModelRules } from '../ruleset-schema.js';
import { checkModels, questions, type NameTester, type PatternName } from './rules.js';
import type { ModelSource } from './sources.js';

export interface ModelGovernanceResult {
  findings: FindingInput[];
  notes: string[];
  modelsChecked: number;
}

/** Model files larger than this are not read (a note says which). */
const MAX_MODEL_BYTES = 16 * 1024 * 1024;

export async function runModelGovernance(ctx: CheckContext<unknown>, rules: ModelRules, targets: readonly string[], regexTimeoutMs = 250): Promise<ModelGovernanceResult> {
  const isPure = globsMatcher(rules.pureFiles);
  const isEntity = globsMatcher(rules.entityFiles);
  const paths = targets.filter((p) => isPure(p) || isEntity(p));
  const result: ModelGovernanceResult = { findings: [], notes: [], modelsChecked: 0 };
  if (paths.length === 0) return result;
  // The PURE parser is large: load it only when there are model files.
  const { entitySource, pureSource } = await import('./sources.js');
  const sources: ModelSource[] = [];
  for (const path of paths) {
    if (ctx.signal.aborted) break;
    const buf = await ctx.files.read(path);
    if (!buf) continue;
    if (buf.length > MAX_MODEL_BYTES) {
      result.notes.push(`${path} is over ${MAX_MODEL_BYTES} bytes; model governance skipped it`);
      continue;
    }
    const text = buf.toString('utf8').replace(/^\uFEFF/, '');
    const { source, problems } = isPure(path) ? pureSource(path, text) : entitySource(path, text);
    result.notes.push(...problems.map((p) => `model governance: ${p.message}`));
    if (source) sources.push(source);
  }
  result.modelsChecked = sources.length;
  if (sources.length === 0) return result;
  const tester = boundedTester(rules, questions(sources, rules), regexTimeoutMs);
  result.findings = checkModels(sources, rules, tester);
  result.notes.push(...tester.notes);
  return result;
}

/** Answers every naming/PII/pattern question in one time-bounded batch. */
function boundedTester(rules: ModelRules, asks: Array<[PatternName, string]>, timeoutMs: number): NameTester & { notes: string[] } {
  const order: PatternName[] = ['servicePattern', 'piiNames', 'type', 'property', 'package', 'constraintsRequiredFor'];
  const sources: Record<PatternName, [string, string]> = {
    servicePattern: [rules.servicePattern, 'u'],
    piiNames: [rules.piiNames, 'iu'],
    type: [rules.naming.type, 'u'],
    property: [rules.naming.property, 'u'],
    package: [rules.naming.package, 'u'],
    constraintsRequiredFor: [rules.constraintsRequiredFor || '(?!)', 'u'],
  };
  const matcher = new BoundedMatcher(
    order.map((id) => ({ id, regex: new RegExp(sources[id][0], `${sources[id][1]}g`) })),
    { fileTimeoutMs: timeoutMs, batchTimeoutMs: Math.max(timeoutMs * 4, 1000), maxMatches: 1 },
  );
  const unique = [...new Map(asks.map(([p, t]) => [`${p}\0${t}`, [p, t] as const])).values()];
  const files: ScanFile[] = unique.map(([p, t]) => ({ path: `${p}: ${t}`, text: t, patterns: [order.indexOf(p)] }));
  const answers = new Map<string, boolean | null>();
  for (let i = 0; i < files.length; i += 2000) {
    const chunk = files.slice(i, i + 2000);
    const hits = matcher.scan(chunk);
    chunk.forEach((f, k) => {
      const h = hits[k]![0];
      answers.set(`${order[f.patterns[0]!]}\0${f.text}`, h === null || h === undefined ? null : h.length > 0);
    });
  }
  const notes = matcher.timeouts.map(
    (t) => `model governance: the ${t.patternId} pattern took longer than ${timeoutMs} ms on "${t.path.slice(t.patternId.length + 2, 80)}" and was not applied further`,
  );
  return { matches: (p, t) => answers.get(`${p}\0${t}`) ?? null, notes };
}
