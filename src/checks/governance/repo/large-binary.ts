/**
 * `governance/large-file` (size cap) and `governance/binary-artifact` (committed executables
 * and archives, by extension and by file signature; Scorecard Binary-Artifacts).
 */
import type { DiffInfo, FindingInput } from '../../../core/types.js';
import { R } from '../rule-ids.js';
import type { RepositoryRules } from '../ruleset-schema.js';
import { prefetch, type FileProbe } from './file-probe.js';
import { fileAnchorLine, globsMatcher } from './paths.js';

export interface BinaryVerdict {
  type: string;
  by: 'extension' | 'signature';
}

/** Whether the file is a binary artifact, and how we know (pure). */
export function classifyBinary(path: string, head: Buffer | null, rules: RepositoryRules['binaryArtifact']): BinaryVerdict | null {
  const ext = extensionOf(path);
  const docs = new Set(rules.documentExtensions.map((e) => e.toLowerCase()));
  if (ext && docs.has(ext)) return null;
  if (head) {
    for (const m of rules.magic) {
      const sig = Buffer.from(m.hex, 'hex');
      if (head.length >= m.offset + sig.length && head.subarray(m.offset, m.offset + sig.length).equals(sig)) {
        // "MZ" alone is weak evidence: require a PE header offset inside the file.
        if (m.hex === '4d5a' && !looksLikePe(head)) continue;
        return { type: m.type, by: 'signature' };
      }
    }
  }
  const exts = new Set(rules.extensions.map((e) => e.toLowerCase()));
  if (ext && exts.has(ext)) return { type: `.${ext} file`, by: 'extension' };
  return null;
}

/** A PE file has "MZ" then, at 0x3c, the offset of a "PE\0\0" signature. */
function looksLikePe(head: Buffer): boolean {
  if (head.length < 0x40) return false;
  const peOffset = head.readUInt32LE(0x3c);
  if (peOffset + 4 > head.length) return peOffset < 4096; // header beyond what we read: plausible
  return head.subarray(peOffset, peOffset + 4).equals(Buffer.from('PE\0\0', 'latin1'));
}

export function extensionOf(path: string): string | null {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : null;
}

/** How many bytes signature detection needs. */
export function sniffLength(rules: RepositoryRules['binaryArtifact']): number {
  return Math.max(512, ...rules.magic.map((m) => m.offset + m.hex.length / 2));
}

export async function checkLargeAndBinary(
  targets: readonly string[],
  probe: FileProbe,
  rules: RepositoryRules,
  diff: DiffInfo | null,
  signal?: AbortSignal,
): Promise<FindingInput[]> {
  const findings: FindingInput[] = [];
  const largeAllowed = globsMatcher(rules.largeFile.allow);
  const binAllowed = globsMatcher(rules.binaryArtifact.allow);
  const sniff = sniffLength(rules.binaryArtifact);
  for await (const [path, sniffed] of prefetch(targets, (p) => probe.sniff(p, sniff))) {
    if (signal?.aborted) break;
    if (!sniffed) continue;
    const { size, head } = sniffed;
    const line = fileAnchorLine(diff, path);
    if (size > rules.largeFile.maxBytes && !largeAllowed(path)) {
      findings.push({
        ruleId: R.largeFile,
        message:
          `${path} is ${formatBytes(size)}, over the ${formatBytes(rules.largeFile.maxBytes)} cap: every clone and CI checkout downloads it forever, ` +
          'even after it is deleted. Fix: keep it out of git (Git LFS, a release asset or a package), or allow its path in ' +
          '`checks.governance.allowLargeFiles` if it must be versioned.',
        location: { path, startLine: line },
        title: `Large file (${formatBytes(size)})`,
        fingerprintKey: `large:${path}`,
        properties: { bytes: size, maxBytes: rules.largeFile.maxBytes },
      });
    }
    if (binAllowed(path)) continue;
    const verdict = classifyBinary(path, size > 0 ? head : null, rules.binaryArtifact);
    if (!verdict) continue;
    findings.push({
      ruleId: R.binaryArtifact,
      message:
        `${path} is a committed ${verdict.type} (detected by its ${verdict.by}): reviewers cannot read it, so it can differ from the source ` +
        'or hide malicious code. Fix: build it from source in CI and publish it as a release asset or package; if it must stay, ' +
        'allow its path in `checks.governance.allowBinaries` and record how it was produced.',
      location: { path, startLine: line },
      title: `Binary artifact (${verdict.type})`,
      fingerprintKey: `binary:${path}`,
      properties: { type: verdict.type, detectedBy: verdict.by },
    });
  }
  return findings;
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1).replace(/\.0$/, '')} KiB`;
  return `${n} bytes`;
}
