/** Shared builders for the end-to-end suite (runs dist/index.js against the GitHub simulator). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A workflow that triggers `governance/unpinned-uses` once per step. */
export function workflowWithUnpinnedSteps(count: number): string {
  const steps = Array.from({ length: count }, (_, i) => `      - uses: some-org/action-${i}@v1`).join('\n');
  return `name: ci\non: push\npermissions:\n  contents: read\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n${steps}\n`;
}

export function readEvidence(dir: string): { findings: any; manifest: any; files: string[] } {
  const files = ['findings.json', 'manifest.json', 'verdict.intoto.json'].filter((f) => existsSync(join(dir, f)));
  return {
    findings: JSON.parse(readFileSync(join(dir, 'findings.json'), 'utf8')),
    manifest: JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')),
    files,
  };
}
