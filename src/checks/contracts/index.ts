/**
 * The `contracts` gate: for each configured JSON Schema contract, example tests, generated
 * positive and negative cases, and (in a PR) breaking changes between the base and head
 * versions of the schema, with levels that follow the contract's direction and compatibility.
 */
import picomatch from 'picomatch';
import type { Check, CheckContext, CheckOutput, FindingInput, Level, ResourceDescriptor } from '../../core/types.js';
import { diffSchemas, type SchemaChange } from './breaking.js';
import { runGeneratedCases, type CaseProblem } from './cases.js';
import { testExample, type ExampleOutcome } from './examples.js';
import { globList, optionsSchema, type ContractConfig, type ContractsOptions } from './options.js';
import { toPointer } from './pointer.js';
import { STATIC_RULES } from './rules.js';
import { digests, loadSchemaSet, type SchemaSet } from './schema-store.js';
import { locate } from './source-doc.js';
import { changeRules, effectiveCompatibility, levelFor, loadTaxonomy, TAXONOMY_FILE, type Taxonomy } from './taxonomy.js';
import { compileSet } from './validator.js';
import type { PureModel } from './model.js';
import type { SourceDoc } from './source-doc.js';

type Ctx = CheckContext<ContractsOptions>;

interface ContractReport {
  findings: FindingInput[];
  passed: string[];
  warned: string[];
  failed: string[];
  configuration: ResourceDescriptor[];
  notes: string[];
  counts: { examplesPassed: number; examples: number; positives: number; negatives: number; casesFailed: number; breaking: Record<Level, number> };
}

export const check: Check<typeof optionsSchema> = {
  meta: {
    id: 'contracts',
    title: 'Contract tests',
    description:
      'JSON Schema contracts: valid and invalid examples, generated positive and negative cases, and breaking changes between the PR base and head, graded by direction and compatibility.',
    rules: STATIC_RULES,
  },
  optionsSchema,
  async run(ctx) {
    const { taxonomy, sha256: taxonomySha } = await loadTaxonomy(ctx.installDir);
    const rules = changeRules(taxonomy);
    const contracts = ctx.options.contracts;
    if (contracts.length === 0) {
      return { findings: [], rules, neutralReason: 'No contracts configured (checks.contracts.contracts).' };
    }
    const listing = await ctx.files.list();
    const out: CheckOutput = { findings: [], rules, notes: [], evidence: { configuration: [{ name: TAXONOMY_FILE, digest: { sha256: taxonomySha } }], passedTests: [], warnedTests: [], failedTests: [] } };
    const totals = { examplesPassed: 0, examples: 0, positives: 0, negatives: 0, casesFailed: 0, breaking: { error: 0, warning: 0, notice: 0 } as Record<Level, number> };
    if (!ctx.diff) out.notes!.push('Not a pull request (no base revision): breaking-change detection was skipped.');
    else if (ctx.diff.unavailable) out.notes!.push('The PR base is unavailable: breaking-change detection was skipped.');
    // PURE models are parsed once per run, and only when a contract names a class.
    let model: Promise<PureModel> | undefined;
    const pureModel = (): Promise<PureModel> =>
      (model ??= import('./model.js').then((m) => {
        const globs = ctx.options.modelPaths.map((g) => picomatch(g, { dot: true }));
        return m.loadPureModel(
          listing.filter((f) => globs.some((g) => g(f))),
          (p) => ctx.files.read(p),
        );
      }));
    for (let i = 0; i < contracts.length; i++) {
      if (ctx.signal.aborted) break;
      ctx.progress(i, contracts.length);
      const r = await runContract(ctx, contracts[i]!, taxonomy, listing, pureModel);
      out.findings.push(...r.findings);
      out.notes!.push(...r.notes);
      out.evidence!.configuration!.push(...r.configuration);
      out.evidence!.passedTests!.push(...r.passed);
      out.evidence!.warnedTests!.push(...r.warned);
      out.evidence!.failedTests!.push(...r.failed);
      for (const k of ['examplesPassed', 'examples', 'positives', 'negatives', 'casesFailed'] as const) totals[k] += r.counts[k];
      for (const l of ['error', 'warning', 'notice'] as const) totals.breaking[l] += r.counts.breaking[l];
    }
    ctx.progress(contracts.length, contracts.length);
    const b = totals.breaking;
    out.summary =
      `${contracts.length} contract${contracts.length === 1 ? '' : 's'}: ${totals.examplesPassed}/${totals.examples} examples passed, ` +
      `${totals.positives} positive + ${totals.negatives} negative generated cases${totals.casesFailed ? ` (${totals.casesFailed} failed)` : ''}, ` +
      (ctx.diff && !ctx.diff.unavailable ? `${b.error + b.warning + b.notice} breaking-change findings (${b.error} error, ${b.warning} warning, ${b.notice} notice)` : 'breaking changes not checked (no PR base)');
    return out;
  },
};

async function runContract(ctx: Ctx, c: ContractConfig, tax: Taxonomy, listing: string[], pureModel: () => Promise<PureModel>): Promise<ContractReport> {
  const o = ctx.options;
  const rep: ContractReport = {
    findings: [],
    passed: [],
    warned: [],
    failed: [],
    configuration: [],
    notes: [],
    counts: { examplesPassed: 0, examples: 0, positives: 0, negatives: 0, casesFailed: 0, breaking: { error: 0, warning: 0, notice: 0 } },
  };
  const test = (name: string): string => `contracts/${c.name}/${name}`;
  const draft = c.draft ?? o.defaultDraft;
  const head = await loadSchemaSet(c.schema, (p) => ctx.files.read(p), { defaultDraft: draft, maxFileBytes: o.maxFileBytes, revision: 'head' });
  for (const p of head.problems) {
    rep.findings.push({ ruleId: `contracts/${p.rule}`, message: `Contract "${c.name}": ${p.message}`, ...(p.location ? { location: p.location } : {}), properties: { contract: c.name } });
  }
  rep.configuration.push(descriptor(c, head, 'head'));
  const compiled = head.root && head.problems.length === 0 ? compileSet(head) : null;
  for (const p of compiled?.problems ?? []) {
    rep.findings.push({ ruleId: `contracts/${p.rule}`, message: `Contract "${c.name}": ${p.message}`, ...(p.location ? { location: p.location } : {}), properties: { contract: c.name } });
  }
  const validate = compiled?.validate ?? null;
  const validExamples: Array<{ doc: SourceDoc; value: unknown }> = [];
  let positives: unknown[] = [];
  if (!validate) rep.failed.push(test('schema'));
  else {
    rep.passed.push(test('schema'));
    // Example tests.
    for (const expected of ['valid', 'invalid'] as const) {
      for (const glob of globList(c.examples[expected])) {
        const isMatch = picomatch(glob, { dot: true });
        const files = listing.filter((f) => isMatch(f));
        if (files.length === 0) {
          rep.findings.push({
            ruleId: 'contracts/examples-missing',
            message: `Contract "${c.name}": the ${expected} examples glob "${glob}" matches no file. Fix the glob or add example files.`,
            properties: { contract: c.name, glob },
            fingerprintKey: `${c.name}|${expected}|${glob}`,
          });
          continue;
        }
        for (const f of files) {
          const r: ExampleOutcome = testExample(f, await ctx.files.read(f), expected, validate, head, { contract: c.name, maxFileBytes: o.maxFileBytes, maxErrors: o.maxErrorsPerExample });
          rep.counts.examples++;
          (r.passed ? rep.passed : rep.failed).push(test(`example/${expected}/${f}`));
          if (r.passed) rep.counts.examplesPassed++;
          if (r.passed && r.doc) validExamples.push({ doc: r.doc, value: r.value });
          for (const x of r.findings) rep.findings.push({ ruleId: `contracts/${x.rule}`, message: x.message, title: x.title, location: x.location, properties: x.properties });
        }
      }
    }
    // Generated cases.
    const run = runGeneratedCases(head, compiled!, tax, { seed: o.seed, positiveCases: o.positiveCases, maxNegativeCases: o.maxNegativeCases, contract: c.name });
    rep.counts.positives += run.positivesPassed.length + run.positivesFailed.length;
    rep.counts.negatives += run.negativesPassed.length + run.negativesFailed.length + run.negativesNotBuilt.length;
    rep.counts.casesFailed += run.positivesFailed.length + run.negativesFailed.length;
    rep.passed.push(...run.positivesPassed.map((n) => test(`generated/${n}`)), ...run.negativesPassed.map((n) => test(`generated/negative/${n}`)));
    rep.failed.push(...run.positivesFailed.map((n) => test(`generated/${n}`)), ...run.negativesFailed.map((n) => test(`generated/negative/${n}`)));
    rep.warned.push(...run.negativesNotBuilt.map((n) => test(`generated/negative/${n}`)));
    for (const p of run.problems) rep.findings.push(caseFinding(c, p));
    positives = run.positives;
  }
  if (c.model && validate) await conformance(ctx, c, tax, head, rep, await pureModel(), validExamples, positives);

  // Breaking changes between the PR base and head.
  const diff = ctx.diff;
  if (diff && !diff.unavailable) {
    const rev = diff.mergeBase ?? diff.baseRef;
    const base = await loadSchemaSet(c.schema, (p) => ctx.files.readAtRevision(p, rev), { defaultDraft: draft, maxFileBytes: o.maxFileBytes, revision: `base ${rev.slice(0, 12)}` });
    if (!base.root) rep.notes.push(`Contract "${c.name}": ${c.schema} does not exist at the base revision: a new contract, nothing to compare.`);
    else {
      rep.configuration.push(descriptor(c, base, rev));
      if (base.problems.length) {
        rep.notes.push(`Contract "${c.name}": the base version of ${c.schema} cannot be loaded (${base.problems[0]!.message}); breaking changes were not checked.`);
      } else if (!head.root || head.problems.length) {
        rep.notes.push(`Contract "${c.name}": the head schema has errors (reported above); breaking changes were not checked.`);
      } else {
        for (const ch of diffSchemas(tax, base, head)) {
          const f = changeFinding(c, ch, tax);
          rep.findings.push(f);
          rep.counts.breaking[f.level!]++;
          const name = test(`breaking/${ch.id}@${ch.location.path}#${ch.schemaPointer}`);
          (f.level === 'error' ? rep.failed : f.level === 'warning' ? rep.warned : rep.passed).push(name);
        }
      }
    }
  }
  const b = rep.counts.breaking;
  const headDescriptor = rep.configuration[0]!;
  headDescriptor.annotations = { ...headDescriptor.annotations, counts: { ...rep.counts, breaking: { ...b } } };
  const mode = effectiveCompatibility(tax, c.direction, c.compatibility);
  rep.notes.push(
    `Contract "${c.name}" (${c.direction}, ${mode} compatibility): examples ${rep.counts.examplesPassed}/${rep.counts.examples} passed; ` +
      `generated ${rep.counts.positives} positive, ${rep.counts.negatives} negative (${rep.counts.casesFailed} failed); ` +
      (diff && !diff.unavailable ? `breaking changes: ${b.error} error, ${b.warning} warning, ${b.notice} notice.` : 'breaking changes: not checked.'),
  );
  return rep;
}

/** Item 5: the schema against the PURE class, and the class's constraints on every valid case. */
async function conformance(
  ctx: Ctx,
  c: ContractConfig,
  tax: Taxonomy,
  head: SchemaSet,
  rep: ContractReport,
  model: PureModel,
  examples: Array<{ doc: SourceDoc; value: unknown }>,
  positives: unknown[],
): Promise<void> {
  const m = await import('./model.js');
  const cls = c.model!;
  const test = (name: string): string => `contracts/${c.name}/model/${name}`;
  rep.configuration.push({
    name: `model:${cls}`,
    annotations: { contract: c.name, files: Object.fromEntries(model.files.map((f) => [f.path, f.sha256])) },
  });
  if (!m.hasClass(model, cls)) {
    const why = model.files.length === 0 ? `no PURE file matches checks.contracts.modelPaths (${ctx.options.modelPaths.join(', ')})` : `none of the ${model.files.length} PURE files defines it`;
    const unreadable = model.unreadable.length ? ` These files do not parse: ${model.unreadable.slice(0, 3).join('; ')}.` : '';
    rep.findings.push({
      ruleId: 'contracts/model-class-missing',
      message: `Contract "${c.name}": model class ${cls} is not available: ${why}.${unreadable} Fix \`model:\` or the PURE files.`,
      properties: { contract: c.name, model: cls },
      fingerprintKey: `${c.name}|${cls}`,
    });
    rep.failed.push(test('class'));
    return;
  }
  const mismatches = m.compareWithModel(model, cls, head, tax);
  for (const x of mismatches) {
    rep.findings.push({
      ruleId: 'contracts/model-mismatch',
      level: x.level,
      title: `Schema and ${cls} disagree at ${x.instancePath || '/'}`,
      message: `Contract "${c.name}" vs ${cls}: ${x.detail} (at ${x.instancePath || '/'}). A payload the schema accepts must fit the model; align the two.`,
      location: x.location,
      fingerprintKey: `${c.name}|${x.kind}|${x.instancePath}|${x.detail}`,
      properties: { contract: c.name, model: cls, mismatch: x.kind, instancePath: x.instancePath },
    });
  }
  const worst = mismatches.some((x) => x.level === 'error') ? rep.failed : mismatches.length ? rep.warned : rep.passed;
  worst.push(test('structure'));

  // Constraints on every valid example and generated positive case.
  const violated = new Map<string, { level: Level; cases: string[]; first: FindingInput }>();
  const unevaluable = new Map<string, string>();
  const seenStructure = new Set<string>();
  const instances = [
    ...examples.map((e) => ({ name: e.doc.path, value: e.value, doc: e.doc as SourceDoc | undefined })),
    ...positives.map((v, i) => ({ name: `generated positive-${i + 1}`, value: v, doc: undefined as SourceDoc | undefined })),
  ];
  for (const inst of instances) {
    const r = m.checkInstance(model, cls, inst.value);
    if (!r.result) {
      unevaluable.set(`instance|${r.error}`, `the evaluator failed on ${inst.name}: ${r.error}`);
      continue;
    }
    for (const o of r.result.constraints) {
      const key = `${o.ruleDefinerPath}|${o.id}`;
      if (o.status === 'error' || o.status === 'unsupported') {
        unevaluable.set(key, `constraint ${o.id} of ${o.ruleDefinerPath} could not be evaluated (${o.detail ?? o.status})`);
        continue;
      }
      if (o.status !== 'failed') continue;
      const level: Level = o.enforcementLevel === 'Warn' ? 'warning' : 'error';
      const where = pathText(m.pathSegments(o.path));
      const prev = violated.get(`${key}|${inst.doc ? inst.name : 'generated'}`);
      if (prev) {
        prev.cases.push(inst.name);
        continue;
      }
      const si = o.sourceInformation;
      const location = inst.doc
        ? locate(inst.doc, m.pathSegments(o.path))
        : si
          ? { path: si.sourceId, startLine: si.startLine, startColumn: si.startColumn, endLine: si.endLine, endColumn: si.endColumn }
          : undefined;
      const preview = JSON.stringify(inst.value);
      violated.set(`${key}|${inst.doc ? inst.name : 'generated'}`, {
        level,
        cases: [inst.name],
        first: {
          ruleId: 'contracts/model-constraint-violated',
          level,
          title: `Constraint ${o.id} violated`,
          message: inst.doc
            ? `Contract "${c.name}": valid example ${inst.name} violates constraint ${o.id} of ${o.ruleDefinerPath}${where}: ${o.message ?? ''}. The schema accepts it but the model rejects it; fix the example or tighten the schema.`
            : `Contract "${c.name}": ${inst.name} (${preview.length > 200 ? `${preview.slice(0, 197)}...` : preview}) is valid for the schema but violates constraint ${o.id} of ${o.ruleDefinerPath}${where}: ${o.message ?? ''}. Tighten the schema so it rejects such payloads, or relax the constraint.`,
          ...(location ? { location } : {}),
          fingerprintKey: `${c.name}|${key}|${inst.doc ? inst.name : 'generated'}`,
          properties: { contract: c.name, model: cls, constraint: o.id, owner: o.ruleDefinerPath, case: inst.name },
        },
      });
    }
    if (inst.doc) {
      for (const d of r.result.defects.filter((x) => x.ruleType === 'ClassStructure')) {
        const k = `${inst.name}|${d.message}`;
        if (seenStructure.has(k)) continue;
        seenStructure.add(k);
        rep.findings.push({
          ruleId: 'contracts/model-mismatch',
          title: `Example does not fit ${cls}`,
          message: `Contract "${c.name}": valid example ${inst.name} does not fit class ${d.ruleDefinerPath}${pathText(m.pathSegments(d.path))}: ${d.message}. The schema accepts it but the model does not; align the schema with the model.`,
          location: locate(inst.doc, m.pathSegments(d.path)),
          fingerprintKey: k,
          properties: { contract: c.name, model: cls, mismatch: 'instance-structure' },
        });
      }
    }
  }
  for (const v of violated.values()) {
    if (v.cases.length > 1) v.first.message += ` (${v.cases.length} cases in all)`;
    rep.findings.push(v.first);
    const on = (v.first.properties!.case as string).startsWith('generated') ? 'generated' : (v.first.properties!.case as string);
    (v.level === 'error' ? rep.failed : rep.warned).push(test(`constraint/${v.first.properties!.owner}.${v.first.properties!.constraint}@${on}`));
  }
  for (const [key, text] of unevaluable) {
    rep.findings.push({ ruleId: 'contracts/model-constraint-unevaluable', message: `Contract "${c.name}": ${text}. Conformance for it is unknown.`, fingerprintKey: `${c.name}|${key}`, properties: { contract: c.name, model: cls } });
  }
  rep.passed.push(...(violated.size === 0 && instances.length ? [test('constraints')] : []));
  rep.notes.push(`Contract "${c.name}": model ${cls}: ${mismatches.length} mismatch(es), constraints checked on ${instances.length} instance(s), ${violated.size} violation(s).`);
}

function pathText(segments: string[]): string {
  return segments.length ? ` at /${segments.join('/')}` : '';
}

function descriptor(c: ContractConfig, set: SchemaSet, revision: string): ResourceDescriptor {
  const files = digests(set);
  const root = files.find((f) => f.path === c.schema);
  return {
    name: `contract:${c.name}@${revision === 'head' ? 'head' : 'base'}`,
    uri: c.schema,
    ...(root ? { digest: { sha256: root.sha256 } } : {}),
    mediaType: 'application/schema+json',
    annotations: { contract: c.name, direction: c.direction, revision, files: Object.fromEntries(files.map((f) => [f.path, f.sha256])) },
  };
}

function changeFinding(c: ContractConfig, ch: SchemaChange, tax: Taxonomy): FindingInput & { level: Level } {
  const def = tax.changes[ch.id]!;
  const mode = effectiveCompatibility(tax, c.direction, c.compatibility);
  const level = levelFor(tax, ch.id, c.direction, c.compatibility);
  const sides = tax.compatibility[mode];
  const impact: string[] = [];
  if (sides.includes('consumer') && def.levels.consumer !== 'notice') impact.push('senders built against the old schema may now be rejected');
  if (sides.includes('producer') && def.levels.producer !== 'notice') impact.push('readers built against the old schema may receive data they do not accept');
  const baseNote = ch.side === 'base' ? ` (line ${ch.location.startLine} is in the base version of ${ch.location.path}; the keyword is gone from head)` : '';
  const message =
    `Contract "${c.name}" (${c.direction}, ${mode} compatibility): ${ch.detail} at ${ch.instancePath || '/'} ` +
    `(schema ${ch.location.path}#${ch.schemaPointer})${baseNote}. ` +
    (impact.length ? `Breaking: ${impact.join('; ')}. ` : `Compatible under ${mode} compatibility. `) +
    `Fix: ${def.fix}`;
  return {
    ruleId: `contracts/${ch.id}`,
    level,
    title: `${def.name}: ${ch.instancePath || '/'}`,
    message,
    location: ch.location,
    fingerprintKey: `${c.name}|${ch.id}|${ch.schemaPointer}|${ch.detail}`,
    // The PR causes every breaking change, even a removal that adds no line in head.
    introducedByDiff: true,
    properties: { contract: c.name, direction: c.direction, compatibility: mode, change: ch.id, side: ch.side, schemaPointer: ch.schemaPointer, instancePath: ch.instancePath },
  };
}

function caseFinding(c: ContractConfig, p: CaseProblem): FindingInput {
  if (p.kind === 'negative-accepted') {
    const m = p.mutation;
    return {
      ruleId: 'contracts/negative-case-accepted',
      title: `Negative case not rejected: ${m.label}`,
      message:
        `Contract "${c.name}": the generated negative case ${m.label} (${m.describe}: ${p.what}) should fail with \`${m.expect.keyword}\` at ${toPointer(m.instancePath) || '/'}, but ${p.errors}. ` +
        'Check this keyword for an override or contradiction that makes it ineffective.',
      location: locate(m.node.res.doc, [...m.node.segments, m.keyword]),
      fingerprintKey: `${c.name}|${m.label}`,
      properties: { contract: c.name, case: m.label, keyword: m.keyword, instancePath: toPointer(m.instancePath) },
    };
  }
  const f = p.failure;
  const location = locate(f.ref.res.doc, f.keyword ? [...f.ref.segments, f.keyword] : f.ref.segments);
  const at = toPointer(f.instancePath) || '/';
  const cases = `${p.cases.length} generated case${p.cases.length === 1 ? '' : 's'} (${p.cases.slice(0, 3).join(', ')}${p.cases.length > 3 ? ', …' : ''})`;
  const props = { contract: c.name, instancePath: at, schemaPointer: toPointer(f.ref.segments), cases: p.cases };
  if (p.kind === 'timeout') {
    return {
      ruleId: 'contracts/generation-unsupported',
      title: 'Generated cases stopped',
      message: `Contract "${c.name}": generated case ${p.cases[0]} could not be tested: ${f.reason}. The remaining generated cases were not run.`,
      location,
      fingerprintKey: `${c.name}|timeout`,
      properties: props,
    };
  }
  if (p.kind === 'unsupported') {
    return {
      ruleId: 'contracts/generation-unsupported',
      title: `Cases not generated at ${at}`,
      message:
        `Contract "${c.name}": Guardian could not generate a valid instance ${p.cases.some((n) => n.startsWith('positive')) ? '' : `containing ${at} `}for ${cases}: ${f.reason}. ` +
        'This may be a generator limitation rather than a schema error; add valid and invalid examples that cover this part of the schema.',
      location,
      fingerprintKey: `${c.name}|unsupported|${props.schemaPointer}|${at}`,
      properties: props,
    };
  }
  const root = p.scope === 'root';
  return {
    ruleId: 'contracts/unsatisfiable-schema',
    level: root ? 'error' : 'warning',
    title: root ? 'Schema accepts no value' : `${at} can never be present`,
    message: root
      ? `Contract "${c.name}": no value satisfies ${c.schema}: at ${at}, ${f.reason}. Every payload would be rejected; fix the contradicting keywords.`
      : `Contract "${c.name}": ${at} can never be present in a valid payload: ${f.reason}. Fix the contradicting keywords, or remove the dead part of the schema.`,
    location,
    fingerprintKey: `${c.name}|unsatisfiable|${props.schemaPointer}|${at}`,
    properties: props,
  };
}
