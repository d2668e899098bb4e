/**
 * The `governance` gate: workflow security audits, repository rules and (for Legend
 * repositories) model governance, all driven by rules/governance.yaml.
 *
 * Scope: under `scope: diff` with a PR diff, only the workflow and action files the PR touches
 * are audited and the repository rules look at the files it changes (CODEOWNERS coverage also
 * at the files it deletes); `file-existence` is repository-level and always runs, so a PR that
 * deletes LICENSE is caught. Under `scope: all` everything is checked.
 */
import type { Check, CheckContext, CheckOutput, FindingInput, Level, RuleMeta } from '../../core/types.js';
import { auditWorkflow } from './audits/index.js';
import { compileWorkflowRules } from './audits/context.js';
import { auditDependabot } from './audits/dependabot.js';
import { auditDockerfile } from './audits/dockerfile.js';
import { auditScriptDownloadThenRun } from './audits/download-then-run.js';
import { optionsSchema, type GovernanceOptions } from './options.js';
import { checkCodeowners } from './repo/codeowners-check.js';
import { scanContentRules } from './repo/content-rules.js';
import { checkFileExistence } from './repo/file-existence.js';
import { probeFor } from './repo/file-probe.js';
import { checkLargeAndBinary } from './repo/large-binary.js';
import { globsMatcher } from './repo/paths.js';
import { R } from './rule-ids.js';
import { MODEL_RULE_IDS, REPOSITORY_RULE_IDS, RULES, WORKFLOW_RULE_IDS } from './rules-meta.js';
import { RULESET_FILE, applyOptions, loadRuleset, optionsDigest } from './ruleset.js';
import type { Ruleset } from './ruleset-schema.js';
import { buildWorkflowModel } from './workflow-model.js';
import { parseYamlFile } from './yaml-file.js';
import { anchorInDiff } from './finding.js';
import { lineInRanges } from '../../git/unified-diff.js';
import { runModelGovernance } from './models/index.js';

/** Workflow files above this size are not parsed (GitHub's own limit is far lower). */
const MAX_WORKFLOW_BYTES = 4 * 1024 * 1024;

export const check: Check<typeof optionsSchema> = {
  meta: {
    id: 'governance',
    title: 'Governance audit',
    description:
      'Audits GitHub workflows and actions (dangerous triggers, template injection, token permissions, pinning, secrets, ' +
      'credentials, bot conditions, self-hosted runners), repository rules (required files, content rules, large files, ' +
      'binaries, CODEOWNERS) and Legend model governance.',
    rules: RULES,
  },
  optionsSchema,
  run: runGovernance,
};

export async function runGovernance(ctx: CheckContext<GovernanceOptions>): Promise<CheckOutput> {
  const loaded = await loadRuleset(ctx.installDir);
  const rules = applyOptions(loaded.ruleset, ctx.options);
  const all = await ctx.files.list();
  const present = new Set(all);
  const diff = ctx.diff && !ctx.diff.unavailable ? ctx.diff : null;
  const changed = ctx.scope === 'diff' && diff ? [...diff.files.values()] : null;
  const targets = changed ? changed.filter((c) => c.status !== 'deleted' && present.has(c.path)).map((c) => c.path) : all;
  const deleted = changed ? changed.filter((c) => c.status === 'deleted').map((c) => c.path) : [];

  const findings: FindingInput[] = [];
  const notes: string[] = [];
  const evaluated = new Set<string>();
  const summary: string[] = [];

  if (ctx.options.workflows) {
    const n = await auditWorkflows(ctx, rules, targets, findings, notes);
    WORKFLOW_RULE_IDS.forEach((id) => evaluated.add(id));
    summary.push(`${n} workflow/action/CI file${n === 1 ? '' : 's'} audited`);
  }
  if (ctx.options.repository && !ctx.signal.aborted) {
    const n = await repositoryRules(ctx, rules, all, targets, deleted, diff, findings, notes);
    REPOSITORY_RULE_IDS.forEach((id) => evaluated.add(id));
    summary.push(`${n} file${n === 1 ? '' : 's'} checked by repository rules`);
  }
  if (ctx.options.models && !ctx.signal.aborted) {
    const m = await runModelGovernance(ctx as CheckContext<unknown>, rules.models, targets, rules.repository.contentScan.regexTimeoutMs);
    findings.push(...m.findings);
    notes.push(...m.notes);
    if (m.modelsChecked > 0) {
      MODEL_RULE_IDS.forEach((id) => evaluated.add(id));
      summary.push(`${m.modelsChecked} model file${m.modelsChecked === 1 ? '' : 's'} checked`);
    }
  }

  const output: CheckOutput = {
    findings,
    evidence: evidenceFor(findings, evaluated, loaded.sha256, ctx.options),
    summary: summary.join(', ') || 'nothing to check',
    notes,
  };
  if (evaluated.size === 0) output.neutralReason = 'workflows, repository and model rules are all disabled';
  return output;
}

async function auditWorkflows(
  ctx: CheckContext<GovernanceOptions>,
  rules: Ruleset,
  targets: readonly string[],
  findings: FindingInput[],
  notes: string[],
): Promise<number> {
  const isWorkflow = globsMatcher(rules.workflows.workflowFiles);
  const isAction = globsMatcher(rules.workflows.actionFiles);
  const isDependabot = globsMatcher(rules.workflows.dependabot.files);
  const isScript = globsMatcher(rules.workflows.downloadThenRun.scriptFiles);
  const isDockerfile = globsMatcher(rules.workflows.dockerfiles, { nocase: true });
  const paths = targets.filter((p) => isWorkflow(p) || isAction(p) || isDependabot(p) || isScript(p) || isDockerfile(p));
  const compiled = compileWorkflowRules(rules.workflows);
  const diff = ctx.scope === 'diff' && ctx.diff && !ctx.diff.unavailable ? ctx.diff : null;
  let done = 0;
  for (const path of paths) {
    if (ctx.signal.aborted) break;
    ctx.progress(done++, paths.length);
    const buf = await ctx.files.read(path);
    if (!buf) continue;
    if (buf.length > MAX_WORKFLOW_BYTES) {
      notes.push(`${path} is ${buf.length} bytes; workflow files over ${MAX_WORKFLOW_BYTES} bytes are not audited`);
      continue;
    }
    const kind = isWorkflow(path)
      ? 'workflow'
      : isDependabot(path)
        ? 'Dependabot configuration'
        : isAction(path)
          ? 'action'
          : isDockerfile(path)
            ? 'Dockerfile'
            : 'script';
    if (buf.subarray(0, 8000).includes(0)) {
      // A binary script or Dockerfile is skipped; a binary YAML file cannot be what it claims.
      if (kind !== 'script' && kind !== 'Dockerfile') {
        findings.push({
          ruleId: R.invalidWorkflow,
          message: `${path} is not text (it contains NUL bytes), so GitHub cannot read it as a ${kind}. Fix: replace it with a YAML ${kind} definition.`,
          location: { path, startLine: 1 },
          title: `Invalid ${kind}`,
        });
      }
      continue;
    }
    const text = buf.toString('utf8').replace(/^\uFEFF/, '');
    if (kind === 'script') {
      findings.push(...auditScriptDownloadThenRun(path, text, compiled.downloadThenRun));
      continue;
    }
    if (kind === 'Dockerfile') {
      findings.push(...auditDockerfile(path, text));
      continue;
    }
    if (kind === 'Dependabot configuration') {
      findings.push(...auditDependabot(parseYamlFile(path, text)));
      continue;
    }
    const model = buildWorkflowModel(parseYamlFile(path, text), kind);
    const audited = auditWorkflow(model, rules.workflows, compiled);
    findings.push(...(diff ? anchorInDiff(audited, (p, line) => lineChanged(diff, p, line)) : audited));
  }
  ctx.progress(paths.length, paths.length);
  return paths.length;
}

async function repositoryRules(
  ctx: CheckContext<GovernanceOptions>,
  rules: Ruleset,
  all: readonly string[],
  targets: readonly string[],
  deleted: readonly string[],
  diff: CheckContext['diff'],
  findings: FindingInput[],
  notes: string[],
): Promise<number> {
  const repo = rules.repository;
  findings.push(...checkFileExistence(all, repo.fileExistence).findings);
  const probe = probeFor(ctx.files);
  const content = await scanContentRules(probe, targets, repo, diff, ctx.signal);
  findings.push(...content.findings);
  notes.push(...content.notes);
  findings.push(...(await checkLargeAndBinary(targets, probe, repo, diff, ctx.signal)));
  const co = await checkCodeowners({
    files: ctx.files,
    diff,
    targets,
    deleted,
    revision: ctx.options.codeownersRevision,
    rules: repo.codeowners,
  });
  findings.push(...co.findings);
  notes.push(...co.notes);
  return targets.length;
}

/** Whether the PR adds or changes `line` of `path` (the pipeline's notion of "in the diff"). */
function lineChanged(diff: NonNullable<CheckContext['diff']>, path: string, line: number): boolean {
  const f = diff.files.get(path);
  return !!f && (f.wholeFile || lineInRanges(f.addedRanges, line));
}

/** Passed/warned/failed rule ids and the ruleset digest, for governance.intoto.json. */
export function evidenceFor(findings: readonly FindingInput[], evaluated: ReadonlySet<string>, rulesetSha256: string, options: unknown) {
  const defaults = new Map<string, RuleMeta['defaultLevel']>(RULES.map((r) => [r.id, r.defaultLevel]));
  const worst = new Map<string, Level>();
  for (const f of findings) {
    const level = f.level ?? (defaults.get(f.ruleId) as Level | 'off' | undefined);
    if (!level || level === 'off') continue;
    const prev = worst.get(f.ruleId);
    if (prev !== 'error') worst.set(f.ruleId, level === 'error' ? 'error' : (prev ?? level));
  }
  const ids = [...evaluated].sort();
  return {
    configuration: [
      { name: RULESET_FILE, digest: { sha256: rulesetSha256 }, mediaType: 'application/yaml' },
      { name: 'checks.governance (effective options)', digest: { sha256: optionsDigest(options) }, mediaType: 'application/json' },
    ],
    passedTests: ids.filter((id) => !worst.has(id)),
    warnedTests: ids.filter((id) => worst.has(id) && worst.get(id) !== 'error'),
    failedTests: ids.filter((id) => worst.get(id) === 'error'),
  };
}
