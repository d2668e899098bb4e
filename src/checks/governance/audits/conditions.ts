/**
 * `governance/unsound-contains`: `contains('main develop', github.ref)` treats a string as a list,
 * so any substring (a branch named `mai`) passes (zizmor unsound-contains).
 * `governance/unsound-condition`: an `if:` whose text is more than one `${{ }}` expression, e.g. a
 * `|` block scalar that adds a newline after it: GitHub then treats it as a non-empty string,
 * which is always true (zizmor unsound-condition).
 */
import type { Scalar } from 'yaml';
import type { FindingInput } from '../../../core/types.js';
import { bareExpression, contextRefs, decodeScalar, findExpressions, matching, tokenize } from '../expressions.js';
import { yamlFinding } from '../finding.js';
import { R } from '../rule-ids.js';
import type { AuditInput } from './context.js';

export function auditConditions({ wf }: AuditInput): FindingInput[] {
  const file = wf.file;
  const findings: FindingInput[] = [];
  const conditions: Array<{ scalar: Scalar; owner: string }> = [];
  for (const job of wf.jobs) {
    if (job.ifNode) conditions.push({ scalar: job.ifNode, owner: `job \`${job.id}\`` });
    for (const step of job.steps) if (step.ifNode) conditions.push({ scalar: step.ifNode, owner: `step ${step.index + 1} of job \`${job.id}\`` });
  }
  for (const { scalar, owner } of conditions) {
    if (typeof scalar.value !== 'string') continue;
    const d = decodeScalar(file, scalar);
    const value = scalar.value;
    const fenced = findExpressions(d);
    if (fenced.length > 0) {
      const whole = fenced.length === 1 && value.startsWith('${{') && value.endsWith('}}');
      if (!whole) {
        const [s, e] = [fenced[0]!.start, fenced[fenced.length - 1]!.end];
        const why = fenced.length === 1 ? 'text outside its `${{ }}` (a block scalar\'s trailing newline counts)' : `${fenced.length} separate \`\${{ }}\` expressions`;
        findings.push(
          yamlFinding(
            file,
            R.unsoundCondition,
            s,
            e,
            `The \`if:\` of ${owner} has ${why}, so GitHub evaluates it as a non-empty string: it is always true. ` +
              'Fix: write one expression without `${{ }}` (e.g. `if: a && b`), or use a `|-`/`>-` block scalar that drops the trailing newline.',
            { title: 'Condition is always true', fingerprintKey: `${owner}:unsound` },
          ),
        );
      }
    }
    for (const expr of fenced.length ? fenced : [bareExpression(d)]) {
      const tokens = tokenize(expr.inner);
      tokens.forEach((t, i) => {
        if (t.kind !== 'ident' || t.text.toLowerCase() !== 'contains' || tokens[i + 1]?.text !== '(') return;
        const close = matching(tokens, i + 1, '(', ')');
        const first = tokens[i + 2];
        const comma = tokens[i + 3];
        if (close < 0 || !first || first.kind !== 'string' || comma?.text !== ',') return;
        const second = contextRefs(tokens.slice(i + 4, close))[0];
        if (!second) return;
        const s = expr.innerOffset(t.start);
        const e = expr.innerOffset(tokens[close]!.end - 1) + 1;
        const items = (first.value ?? '').split(/[\s,]+/).filter(Boolean);
        findings.push(
          yamlFinding(
            file,
            R.unsoundContains,
            s,
            e,
            `The \`if:\` of ${owner} uses \`contains('${first.value}', ${second.path.join('.')})\`, a substring test: any value inside that string ` +
              `(such as \`${(items[0] ?? '').slice(0, -1) || 'x'}\`) also passes. Fix: test a real list, ` +
              `\`contains(fromJSON('${JSON.stringify(items)}'), ${second.path.join('.')})\`, or compare with \`==\`.`,
            { title: 'Substring test used as a list test', fingerprintKey: `${owner}:contains:${first.value}` },
          ),
        );
      });
    }
  }
  return findings;
}
