/**
 * `governance/template-injection`: an attacker-controllable context expanded with `${{ }}`
 * inside code (`run:`, `actions/github-script`'s `script:`), where the text becomes part of the
 * script before it runs (Scorecard Dangerous-Workflow "script injection", zizmor
 * template-injection). The fix routes the value through an environment variable.
 */
import type { Scalar } from 'yaml';
import type { FindingInput } from '../../../core/types.js';
import {
  SERIALISING_FUNCTIONS,
  containsPattern,
  contextRefs,
  decodeScalar,
  findExpressions,
  pathText,
  readsPattern,
  tokenize,
  type ContextRef,
} from '../expressions.js';
import { yamlFinding } from '../finding.js';
import { R } from '../rule-ids.js';
import { usesAction, type StepModel, type WorkflowModel } from '../workflow-model.js';
import { asScalar } from '../yaml-file.js';
import { hasTrigger, type AuditInput } from './context.js';

interface CodeSite {
  step: StepModel;
  jobId: string;
  scalar: Scalar;
  kind: 'run' | 'script';
  /** The `with:` input name for `script` sites. */
  input?: string;
}

export function auditTemplateInjection({ wf, rules, compiled }: AuditInput): FindingInput[] {
  const file = wf.file;
  const inputsUntrusted =
    wf.kind === 'action' ? rules.untrustedInputs.inActions : hasTrigger(wf, rules.untrustedInputs.triggers).length > 0;
  const safeTypes = new Set(rules.untrustedInputs.safeInputTypes.map((t) => t.toLowerCase()));

  /** Why a context read is attacker-controllable, or null. */
  const taint = (ref: ContextRef): { how: 'event' | 'input' } | null => {
    const serialised = ref.argumentOf !== undefined && SERIALISING_FUNCTIONS.has(ref.argumentOf);
    for (const p of compiled.untrusted) {
      if (readsPattern(ref.path, p) || (serialised && containsPattern(ref.path, p))) return { how: 'event' };
    }
    if (!inputsUntrusted) return null;
    for (const p of compiled.untrustedInputs) {
      if (readsPattern(ref.path, p)) {
        const name = ref.path[p.length - 1];
        const decl = name && name !== '*' ? wf.inputs.get(name) : undefined;
        if (decl?.type && safeTypes.has(decl.type.toLowerCase())) continue;
        return { how: 'input' };
      }
      if (serialised && containsPattern(ref.path, p)) return { how: 'input' };
    }
    return null;
  };

  const findings: FindingInput[] = [];
  for (const site of codeSites(wf, rules.codeInputs)) {
    const decoded = decodeScalar(file, site.scalar);
    for (const expr of findExpressions(decoded)) {
      const refs = contextRefs(tokenize(expr.inner));
      const tainted = refs.map((r) => ({ r, t: taint(r) })).filter((x) => x.t !== null);
      if (tainted.length === 0) continue;
      const byEvent = tainted.some((x) => x.t!.how === 'event');
      const paths = [...new Set(tainted.map((x) => pathText(x.r.path)))];
      const exprText = `\${{${expr.inner}}}`;
      const fix = envFix(site, tainted[0]!.r, exprText);
      const where = site.kind === 'run' ? '`run:` script' : `\`${site.input}:\` of \`${site.step.usesText}\``;
      const source = byEvent
        ? 'text that anyone who can open an issue or pull request, comment or push a commit can choose'
        : 'an input whose value the caller or dispatcher chooses';
      findings.push(
        yamlFinding(
          file,
          R.templateInjection,
          expr.start,
          expr.end,
          `\`${exprText.replace(/\s+/g, ' ')}\` is expanded into the ${where} of job \`${site.jobId}\` before it runs; ` +
            `${paths.map((p) => `\`${p}\``).join(', ')} is ${source}, so quotes or \`$(…)\` in it become code. ${fix}`,
          {
            title: `Template injection of ${paths[0]}`,
            level: byEvent ? undefined : 'warning',
            fingerprintKey: `${site.jobId}:${site.kind}:${paths.join(',')}`,
            properties: { contexts: paths, job: site.jobId, sink: site.kind },
          },
        ),
      );
    }
  }
  return findings;
}

function codeSites(wf: WorkflowModel, codeInputs: ReadonlyArray<{ uses: string; inputs: string[] }>): CodeSite[] {
  const sites: CodeSite[] = [];
  for (const job of wf.jobs) {
    for (const step of job.steps) {
      if (step.run) sites.push({ step, jobId: job.id, scalar: step.run, kind: 'run' });
      for (const ci of codeInputs) {
        if (!usesAction(step.usesText, ci.uses)) continue;
        for (const input of ci.inputs) {
          const scalar = asScalar(wf.file, step.with.get(input.toLowerCase())?.value);
          if (scalar) sites.push({ step, jobId: job.id, scalar, kind: 'script', input });
        }
      }
    }
  }
  return sites;
}

/** The env indirection that fixes it, written for the step's shell or script language. */
function envFix(site: CodeSite, ref: ContextRef, exprText: string): string {
  const name = envName(ref.path);
  const value = exprText.replace(/\s+/g, ' ');
  let use: string;
  if (site.kind === 'script') use = `process.env.${name}`;
  else {
    const shell = (site.step.shell ?? '').toLowerCase();
    if (shell.startsWith('pwsh') || shell.startsWith('powershell')) use = `$env:${name}`;
    else if (shell.startsWith('cmd')) use = `%${name}%`;
    else if (shell.startsWith('python')) use = `os.environ["${name}"]`;
    else use = `"$${name}"`;
  }
  return (
    `Fix: add \`${name}: ${value}\` under the step's \`env:\` and use \`${use}\` in the script instead of the expression ` +
    `(not \`\${{ env.${name} }}\`, which is expanded the same way).`
  );
}

/** `github.event.pull_request.title` → `PR_TITLE`, `github.head_ref` → `HEAD_REF`. */
export function envName(path: readonly string[]): string {
  const parts = path.filter((p) => p !== '*' && p !== 'github' && p !== 'event');
  const tail = parts.slice(-2).map((p) => (p === 'pull_request' ? 'pr' : p));
  const name = tail.join('_').toUpperCase().replace(/[^A-Z0-9_]/g, '_');
  return /^[A-Z_]/.test(name) ? name : `V_${name}`;
}
