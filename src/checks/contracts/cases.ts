/**
 * Generated cases for one contract: seeded positive instances (each must validate) and one
 * negative case per mutation target (each must fail for its keyword). Everything that does
 * not behave is reported, never skipped: an unsatisfiable schema, a part of it that can never
 * be present, a generator limitation, or a mutation the schema does not reject.
 */
import { CaseGenerator, describeError, type GenFailure } from './generator.js';
import { failsAsExpected, mutationTargets, replaceAt, valueAt, type Mutation } from './mutator.js';
import { Rng } from './random.js';
import { rootRef, type SchemaSet } from './schema-store.js';
import type { Taxonomy } from './taxonomy.js';
import { ValidationTimeout, type CompiledSet } from './validator.js';

export interface CaseOptions {
  seed: number;
  positiveCases: number;
  maxNegativeCases: number;
  /** Distinguishes contracts that share a schema. */
  contract: string;
}

export type CaseProblem =
  | { kind: 'unsatisfiable'; failure: GenFailure; scope: 'root' | 'part'; cases: string[] }
  | { kind: 'unsupported'; failure: GenFailure; cases: string[] }
  /** A validation ran out of time (catastrophic pattern); the cases stopped at `cases[0]`. */
  | { kind: 'timeout'; failure: GenFailure; cases: string[] }
  | { kind: 'negative-accepted'; mutation: Mutation; what: string; errors: string };

export interface CaseRun {
  positivesPassed: string[];
  positivesFailed: string[];
  negativesPassed: string[];
  negativesFailed: string[];
  /** Mutations that need an impossible or ungenerated base (reported as problems). */
  negativesNotBuilt: string[];
  problems: CaseProblem[];
  /** The generated values, for the model-conformance step and for debugging. */
  positives: unknown[];
}

export function runGeneratedCases(set: SchemaSet, compiled: CompiledSet, tax: Taxonomy, opts: CaseOptions): CaseRun {
  const run: CaseRun = { positivesPassed: [], positivesFailed: [], negativesPassed: [], negativesFailed: [], negativesNotBuilt: [], problems: [], positives: [] };
  const at = { case: '' };
  try {
    generateCases(set, compiled, tax, opts, run, at);
  } catch (e) {
    // A catastrophic pattern stops this contract's cases at the first validation that runs out
    // of time (each further one would cost the whole bound again).
    if (!(e instanceof ValidationTimeout)) throw e;
    (at.case.startsWith('positive-') ? run.positivesFailed : run.negativesFailed).push(at.case);
    run.problems.push({ kind: 'timeout', failure: rootFailure(set, e.message), cases: [at.case] });
  }
  return run;
}

/** Fills `run`; `at.case` names the case being built or validated. */
function generateCases(set: SchemaSet, compiled: CompiledSet, tax: Taxonomy, opts: CaseOptions, run: CaseRun, at: { case: string }): void {
  const validate = compiled.validate;
  if (!validate) throw new Error('runGeneratedCases needs a compiled schema');
  const gen = new CaseGenerator(set, compiled, tax.formats);
  const byFailure = new Map<string, CaseProblem & { cases: string[] }>();
  const noteFailure = (f: GenFailure, name: string, scope: 'root' | 'part'): void => {
    const kind = f.unsupported || (scope === 'part' && !f.certain) ? 'unsupported' : 'unsatisfiable';
    const key = `${kind}|${f.ref.res.doc.path}|${f.ref.segments.join('/')}|${f.keyword ?? ''}|${f.instancePath.join('/')}`;
    const prev = byFailure.get(key);
    if (prev) prev.cases.push(name);
    else {
      const p = kind === 'unsupported' ? { kind, failure: f, cases: [name] } : { kind, failure: f, scope, cases: [name] };
      byFailure.set(key, p as CaseProblem & { cases: string[] });
      run.problems.push(p as CaseProblem);
    }
  };

  const modes = ['none', 'all', 'random'] as const;
  for (let i = 0; i < opts.positiveCases; i++) {
    const name = (at.case = `positive-${i + 1}`);
    const r = gen.generate(Rng.from(opts.seed, opts.contract, 'positive', i), { optional: modes[Math.min(i, 2)]! });
    if (r.ok && validate(r.value)) {
      run.positivesPassed.push(name);
      run.positives.push(r.value);
    } else {
      run.positivesFailed.push(name);
      noteFailure(r.ok ? rejected(set, validate.errors) : r.failure, name, 'root');
    }
  }
  // Without a single valid instance there is nothing to mutate.
  if (run.positivesPassed.length === 0 && opts.positiveCases > 0) return;

  // Mutations at the same place share one valid base instance (seeded by the place, not the label).
  const bases = new Map<string, ReturnType<CaseGenerator['generate']>>();
  for (const m of mutationTargets(set, compiled, tax, opts.maxNegativeCases)) {
    at.case = m.label;
    const rng = Rng.from(opts.seed, opts.contract, 'negative', m.label, m.node.res.doc.path, m.node.segments.join('/'));
    const placeKey = JSON.stringify([m.forcePath, m.needs, m.needsAt ?? 0]);
    let base = bases.get(placeKey);
    if (!base) {
      base = gen.generate(Rng.from(opts.seed, opts.contract, 'base', placeKey), { optional: 'random', force: { path: m.forcePath, ...(m.needs ? { type: m.needs, typeAt: m.needsAt ?? 0 } : {}) } });
      bases.set(placeKey, base);
    }
    if (!base.ok) {
      run.negativesNotBuilt.push(m.label);
      noteFailure(base.failure, m.label, m.forcePath.length ? 'part' : 'root');
      continue;
    }
    const mutated = m.mutate(valueAt(base.value, m.instancePath), rng.fork('mutate'));
    if (!mutated) continue; // the keyword cannot be violated (e.g. a pattern that matches everything)
    const instance = replaceAt(base.value, m.instancePath, mutated.value);
    const valid = validate(instance);
    if (!valid && failsAsExpected(validate.errors, m)) {
      run.negativesPassed.push(m.label);
      continue;
    }
    run.negativesFailed.push(m.label);
    run.problems.push({
      kind: 'negative-accepted',
      mutation: m,
      what: mutated.what,
      errors: valid ? 'the schema accepted it' : `the schema rejected it for another reason: ${(validate.errors ?? []).slice(0, 3).map(describeError).join('; ')}`,
    });
  }
}

function rejected(set: SchemaSet, errors: Parameters<typeof describeError>[0][] | null | undefined): GenFailure {
  return rootFailure(set, `the generated value is rejected: ${describeError(errors?.[0] ?? undefined)}`);
}

function rootFailure(set: SchemaSet, reason: string): GenFailure {
  return { ref: rootRef(set)!, instancePath: [], reason, unsupported: false, certain: false };
}
