/** README.md carries the gate sections of docs/readme/ verbatim (scripts/readme.mjs splices them). */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/run-action.js';

describe('README.md', () => {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');

  it('contains every docs/readme section, current, between its markers', () => {
    for (const f of readdirSync(join(REPO_ROOT, 'docs/readme')).filter((n) => n.endsWith('.md'))) {
      const body = readFileSync(join(REPO_ROOT, 'docs/readme', f), 'utf8').trimEnd();
      const block = `<!-- BEGIN docs/readme/${f} -->\n${body}\n<!-- END docs/readme/${f} -->`;
      expect(readme.includes(block), `README.md lacks the current docs/readme/${f}: run \`node scripts/readme.mjs\``).toBe(true);
    }
  });

  it('has the two-command quick start', () => {
    const quick = readme.slice(readme.indexOf('## Quick start'), readme.indexOf('## Use it in a workflow'));
    expect(quick).toContain('node dist/cli.js check');
    expect(quick).toContain('npm ci && npm test');
  });
});
