/**
 * `governance/dependabot-execution`: `insecure-external-code-execution: allow` in
 * .github/dependabot.yml lets package managers run code from dependencies while Dependabot
 * resolves them, with its credentials (zizmor dependabot-execution).
 */
import type { FindingInput } from '../../../core/types.js';
import { yamlFinding } from '../finding.js';
import { R } from '../rule-ids.js';
import { asMap, asSeq, entry, nodeSpan, scalarText, type YamlFile } from '../yaml-file.js';

export function auditDependabot(file: YamlFile): FindingInput[] {
  const findings: FindingInput[] = file.errors.map((e) =>
    yamlFinding(file, R.invalidWorkflow, e.offset, e.endOffset, `Dependabot configuration ${file.path} is invalid: YAML syntax error: ${e.message}. Fix it so Dependabot can read it.`, {
      title: 'Invalid Dependabot configuration',
      fingerprintKey: e.message,
    }),
  );
  if (file.errors.length) return findings;
  const updates = asSeq(file, entry(file, asMap(file, file.doc.contents), 'updates')?.value);
  for (const item of updates?.items ?? []) {
    const u = asMap(file, item);
    const setting = entry(file, u, 'insecure-external-code-execution');
    if (!setting || scalarText(file, setting.value)?.trim().toLowerCase() !== 'allow') continue;
    const ecosystem = scalarText(file, entry(file, u, 'package-ecosystem')?.value) ?? 'this ecosystem';
    const [s] = nodeSpan(file, setting.key);
    const [, e] = nodeSpan(file, setting.value ?? setting.key);
    findings.push(
      yamlFinding(
        file,
        R.dependabotExecution,
        s,
        e,
        `Dependabot may run code from ${ecosystem} dependencies while updating them (\`insecure-external-code-execution: allow\`), with its ` +
          'registry credentials and repository access: one compromised dependency gets both. Fix: remove the line (the default is `deny`).',
        { title: 'Dependabot external code execution allowed', fingerprintKey: `dependabot:${ecosystem}` },
      ),
    );
  }
  return findings;
}
