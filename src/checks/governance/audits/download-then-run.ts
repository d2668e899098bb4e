/**
 * `governance/download-then-run`: a script downloads code and runs it in one go
 * (`curl … | bash`, `bash <(curl …)`, `iex (iwr …)`), so whatever the server (or whoever
 * controls it) returns runs unverified with the job's credentials (Scorecard
 * Pinned-Dependencies, "downloadThenRun"). Checked in workflow `run:` steps and shell scripts.
 */
import type { FindingInput } from '../../../core/types.js';
import { decodeScalar } from '../expressions.js';
import { code, yamlFinding } from '../finding.js';
import { lineStarts, textSpan } from '../text-span.js';
import { R } from '../rule-ids.js';
import type { AuditInput } from './context.js';

const FIX =
  'Fix: download to a file, verify it against a pinned checksum or signature (`echo "<sha256>  installer.sh" | sha256sum -c`), then run it; ' +
  'or install a pinned version from a package manager.';

export function auditDownloadThenRun({ wf, compiled }: AuditInput): FindingInput[] {
  const findings: FindingInput[] = [];
  for (const job of wf.jobs) {
    for (const step of job.steps) {
      if (!step.run) continue;
      const d = decodeScalar(wf.file, step.run);
      for (const m of matches(d.text, compiled.downloadThenRun)) {
        findings.push(
          yamlFinding(
            wf.file,
            R.downloadThenRun,
            d.offsetAt(m.index),
            d.offsetAt(m.index + m.text.length - 1) + 1,
            `Step ${step.index + 1}${job.id.startsWith('(') ? '' : ` of job \`${job.id}\``} runs code straight from the network (${code(m.text, 80)}): ` +
              `whatever the server returns runs unverified with the job's token and secrets. ${FIX}`,
            { title: 'Download piped into an interpreter', fingerprintKey: `${job.id}:${m.text}` },
          ),
        );
      }
    }
  }
  return findings;
}

/** The same check over a shell script (positions from the file text). */
export function auditScriptDownloadThenRun(path: string, text: string, patterns: readonly RegExp[]): FindingInput[] {
  const starts = lineStarts(text);
  return matches(text, patterns).map((m) => {
    const { location, snippet } = textSpan(path, text, starts, m.index, m.text.length);
    return {
      ruleId: R.downloadThenRun,
      message: `${path} runs code straight from the network (${code(m.text, 80)}): whatever the server returns runs unverified. ${FIX}`,
      location,
      title: 'Download piped into an interpreter',
      snippet,
      fingerprintKey: m.text,
    };
  });
}

function matches(text: string, patterns: readonly RegExp[]): Array<{ index: number; text: string }> {
  const out: Array<{ index: number; text: string }> = [];
  const seen = new Set<number>();
  for (const re of patterns) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) re.lastIndex++;
      else if (!seen.has(m.index)) {
        seen.add(m.index);
        out.push({ index: m.index, text: m[0] });
      }
    }
  }
  return out.sort((a, b) => a.index - b.index);
}
