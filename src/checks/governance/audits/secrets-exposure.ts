/**
 * `governance/overprovisioned-secrets`: an expression reads the whole `secrets` context
 * (`toJSON(secrets)`, `secrets[…]` with a computed key), so the runner receives every secret
 * instead of the ones used (zizmor overprovisioned-secrets).
 * `governance/unredacted-secrets`: `fromJSON(secrets.X).field` — the runner only masks the whole
 * secret, so the extracted field is printed in clear in logs (zizmor unredacted-secrets).
 */
import { isScalar, visit, type Scalar } from 'yaml';
import type { FindingInput } from '../../../core/types.js';
import { contextRefs, decodeScalar, findExpressions, matching, tokenize } from '../expressions.js';
import { yamlFinding } from '../finding.js';
import { R } from '../rule-ids.js';
import type { AuditInput } from './context.js';

export function auditSecretsExposure({ wf }: AuditInput): FindingInput[] {
  const file = wf.file;
  const scalars: Scalar[] = [];
  visit(file.doc, {
    Scalar(key, node) {
      if (key !== 'key' && typeof node.value === 'string' && node.value.includes('${{')) scalars.push(node);
    },
  });
  const findings: FindingInput[] = [];
  for (const scalar of scalars) {
    if (!isScalar(scalar)) continue;
    for (const expr of findExpressions(decodeScalar(file, scalar))) {
      const tokens = tokenize(expr.inner);
      for (const ref of contextRefs(tokens)) {
        if (ref.path[0] !== 'secrets') continue;
        const s = expr.innerOffset(ref.start);
        const e = expr.innerOffset(ref.end - 1) + 1;
        if (ref.path.length === 1 || ref.path[1] === '*') {
          findings.push(
            yamlFinding(
              file,
              R.overprovisionedSecrets,
              s,
              e,
              `\`\${{${expr.inner.replace(/\s+/g, ' ')}}}\` reads the whole \`secrets\` context, so every repository and organisation secret ` +
                'is sent to the runner, not just the ones this step needs. Fix: reference each secret by name, e.g. `${{ secrets.DEPLOY_KEY }}`.',
              { title: 'Whole secrets context exposed', fingerprintKey: `all:${expr.inner.trim()}` },
            ),
          );
          continue;
        }
        if (ref.argumentOf !== 'fromjson' || ref.callOpen === undefined) continue;
        const close = matching(tokens, ref.callOpen, '(', ')');
        const after = tokens[close + 1];
        if (close < 0 || !after || after.kind !== 'punct' || (after.text !== '.' && after.text !== '[')) continue;
        findings.push(
          yamlFinding(
            file,
            R.unredactedSecrets,
            s,
            e,
            `\`\${{${expr.inner.replace(/\s+/g, ' ')}}}\` extracts a field from the JSON secret \`${ref.path.slice(0, 2).join('.')}\`: the runner masks ` +
              'only the whole secret value, so the field appears in clear text in logs. Fix: store each field as its own secret and ' +
              'reference it by name.',
            { title: 'Secret field not redacted', fingerprintKey: `field:${expr.inner.trim()}` },
          ),
        );
      }
    }
  }
  return findings;
}
