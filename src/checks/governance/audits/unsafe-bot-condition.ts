/**
 * `governance/unsafe-bot-condition`: an `if:` that trusts the event's *actor* to be a bot
 * (`github.actor == 'dependabot[bot]'`). The actor is whoever acted last, so an attacker can
 * get a bot to act on their pull request and pass the check (zizmor bot-conditions).
 */
import type { FindingInput } from '../../../core/types.js';
import { bareExpression, contextRefs, decodeScalar, findExpressions, matching, pathText, tokenize, type ContextRef, type Token } from '../expressions.js';
import { yamlFinding } from '../finding.js';
import { R } from '../rule-ids.js';
import type { Scalar } from 'yaml';
import { hasTrigger, type AuditInput, type CompiledWorkflowRules } from './context.js';

// Only tests that grant something when they hold: `!=` excludes the bot, which spoofing cannot abuse.
const COMPARISONS = new Set(['==']);
const STRING_TESTS = new Set(['contains', 'startswith', 'endswith']);

export function auditUnsafeBotCondition({ wf, rules, compiled }: AuditInput): FindingInput[] {
  const file = wf.file;
  const findings: FindingInput[] = [];
  const privileged = hasTrigger(wf, rules.dangerousTriggers.map((d) => d.event));
  const conditions: Array<{ scalar: Scalar; owner: string }> = [];
  for (const job of wf.jobs) {
    if (job.ifNode) conditions.push({ scalar: job.ifNode, owner: `job \`${job.id}\`` });
    for (const step of job.steps) if (step.ifNode) conditions.push({ scalar: step.ifNode, owner: `step ${step.index + 1} of job \`${job.id}\`` });
  }
  for (const { scalar, owner } of conditions) {
    const decoded = decodeScalar(file, scalar);
    const exprs = decoded.text.includes('${{') ? findExpressions(decoded) : [bareExpression(decoded)];
    for (const expr of exprs) {
      const tokens = tokenize(expr.inner);
      for (const ref of contextRefs(tokens)) {
        if (!compiled.spoofable.some((p) => p.length === ref.path.length && p.every((s, i) => s === ref.path[i]))) continue;
        const bot = comparedBot(tokens, ref, rules.botConditions.botIds, compiled);
        if (bot === null) continue;
        const s = expr.innerOffset(ref.start);
        const e = expr.innerOffset(ref.end - 1) + 1;
        const ctxText = pathText(ref.path);
        findings.push(
          yamlFinding(
            file,
            R.unsafeBotCondition,
            s,
            e,
            `The \`if:\` of ${owner} trusts \`${ctxText}\` to be the bot \`${bot}\`, but \`${ctxText}\` is whoever triggered the latest ` +
              'event, not who wrote the code: an attacker can make the bot act on their pull request (e.g. by asking it to rebase) and pass the check' +
              `${privileged.length ? ` in this ${privileged.map((p) => `\`${p}\``).join('/')} workflow, which holds secrets and a write token` : ''}. ` +
              `Fix: compare \`${rules.botConditions.saferContext}\` (the pull request's author) instead${privileged.length ? ', and run bot automation on `pull_request`' : ''}.`,
            { title: `Spoofable bot check on ${ctxText}`, fingerprintKey: `${owner}:${ctxText}:${bot}` },
          ),
        );
      }
    }
  }
  return findings;
}

/** The bot identity compared with `ref` (`== 'x[bot]'`, `endsWith(ref, '[bot]')`…), or null. */
function comparedBot(tokens: Token[], ref: ContextRef, botIds: readonly string[], compiled: CompiledWorkflowRules): string | null {
  const isBot = (t: Token | undefined): string | null => {
    if (!t) return null;
    const v = t.kind === 'string' ? (t.value ?? '') : t.kind === 'number' ? t.text : null;
    if (v === null) return null;
    if (compiled.botLogin.test(v) || botIds.includes(v) || v.toLowerCase().includes('[bot]')) return v;
    return null;
  };
  const [first, last] = ref.tokens;
  const after = tokens[last + 1];
  const before = tokens[first - 1];
  if (after && after.kind === 'op' && COMPARISONS.has(after.text)) {
    const v = isBot(tokens[last + 2]);
    if (v) return v;
  }
  if (before && before.kind === 'op' && COMPARISONS.has(before.text)) {
    const v = isBot(tokens[first - 2]);
    if (v) return v;
  }
  if (ref.argumentOf && STRING_TESTS.has(ref.argumentOf) && ref.callOpen !== undefined) {
    const close = matching(tokens, ref.callOpen, '(', ')');
    for (let k = ref.callOpen + 1; k < (close < 0 ? tokens.length : close); k++) {
      const v = isBot(tokens[k]);
      if (v) return v;
    }
  }
  return null;
}
