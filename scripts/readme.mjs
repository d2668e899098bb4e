// Splices the gate sections (docs/readme/*.md, kept next to the code and checked by its tests)
// into README.md between `<!-- BEGIN docs/readme/<file> -->` and `<!-- END docs/readme/<file> -->`.
// `node scripts/readme.mjs` rewrites README.md; `--check` exits 1 when it is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const readmePath = join(root, 'README.md');

export function splice(readme, read) {
  return readme.replace(/<!-- BEGIN (docs\/readme\/[\w.-]+\.md) -->\n[\s\S]*?<!-- END \1 -->/g, (_m, file) => {
    const body = read(file).trimEnd();
    return `<!-- BEGIN ${file} -->\n${body}\n<!-- END ${file} -->`;
  });
}

const current = readFileSync(readmePath, 'utf8');
const next = splice(current, (f) => readFileSync(join(root, f), 'utf8'));
if (process.argv.includes('--check')) {
  if (next !== current) {
    console.error('README.md is out of date with docs/readme/*.md: run `node scripts/readme.mjs`.');
    process.exit(1);
  }
} else if (next !== current) {
  writeFileSync(readmePath, next);
  console.log('README.md updated');
}
