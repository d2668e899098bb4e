/** What every workflow audit receives: the parsed file and the effective data (pure). */
import type { WorkflowRules } from '../ruleset-schema.js';
import { compilePattern } from '../expressions.js';
import type { WorkflowModel } from '../workflow-model.js';

export interface AuditInput {
  wf: WorkflowModel;
  rules: WorkflowRules;
  compiled: CompiledWorkflowRules;
}

/** Data compiled once per run (context patterns split, regexes built). */
export interface CompiledWorkflowRules {
  untrusted: string[][];
  prHead: string[][];
  spoofable: string[][];
  untrustedInputs: string[][];
  runCheckout: RegExp[];
  githubEnv: RegExp[];
  downloadThenRun: RegExp[];
  botLogin: RegExp;
}

export function compileWorkflowRules(rules: WorkflowRules): CompiledWorkflowRules {
  return {
    untrusted: rules.untrustedContexts.map(compilePattern),
    prHead: rules.prHeadContexts.map(compilePattern),
    spoofable: rules.botConditions.spoofableContexts.map(compilePattern),
    untrustedInputs: rules.untrustedInputs.contexts.map(compilePattern),
    runCheckout: rules.runCheckoutPatterns.map((p) => new RegExp(p, 'gu')),
    githubEnv: rules.githubEnvPatterns.map((p) => new RegExp(p, 'gu')),
    downloadThenRun: rules.downloadThenRun.patterns.map((p) => new RegExp(p, 'giu')),
    botLogin: new RegExp(rules.botConditions.botLoginPattern, 'u'),
  };
}

export function hasTrigger(wf: WorkflowModel, events: readonly string[]): string[] {
  const set = new Set(events);
  return [...new Set(wf.triggers.map((t) => t.event).filter((e) => set.has(e)))];
}

export function list(items: readonly string[]): string {
  const q = items.map((i) => `\`${i}\``);
  if (q.length <= 1) return q.join('');
  return `${q.slice(0, -1).join(', ')} and ${q[q.length - 1]}`;
}
