// Benchmark of the embedded Legend engine core: parse and compile a synthetic model of 5,000 classes (with
// properties, derived properties and constraints), 500 model-to-model mappings and 100 services.
// Usage: npm run bench:pure [-- --classes 5000 --mappings 500 --services 100]
// Builds a bundle of src/pure (parser + compiler) with ncc into a temp dir first, then runs it in-process.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const N_CLASSES = arg('classes', 5000);
const N_MAPPINGS = arg('mappings', 500);
const N_SERVICES = arg('services', 100);

const out = mkdtempSync(join(tmpdir(), 'guardian-bench-pure-'));
try {
  const t0 = performance.now();
  execFileSync(process.execPath, [join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'), 'build', join(root, 'bench/pure-entry.ts'), '-o', out, '--quiet', '--transpile-only', '--target', 'es2022'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  const buildMs = performance.now() - t0;
  const { parsePureGrammar, compilePureModel } = await import(pathToFileURL(join(out, 'index.js')).href);

  // --- synthetic model
  const pkg = (i) => `bench::m${Math.floor(i / 100)}`;
  const cls = (i) => `${pkg(i)}::C${i}`;
  const parts = ['###Pure', 'import bench::common::*;', "Enum bench::common::Status\n{\n  ACTIVE,\n  CLOSED\n}\n", 'Profile bench::common::meta\n{\n  stereotypes: [core];\n  tags: [owner];\n}\n'];
  for (let i = 0; i < N_CLASSES; i++) {
    const sup = i % 10 === 0 || i === 0 ? '' : ` extends ${cls(i - 1)}`;
    parts.push(
      `Class <<meta.core>> {meta.owner = 'team${i % 7}'} ${cls(i)}${sup}\n[\n  nameNotEmpty: $this.name${i}->isNotEmpty(),\n  positive: $this.amount${i} > 0,\n  statusKnown: $this.status${i}->in([Status.ACTIVE, Status.CLOSED]),\n  codeShape\n  (\n    ~externalId: 'C${i}-1'\n    ~function: $this.code${i}->startsWith('X') || $this.code${i}->length() == 0\n    ~enforcementLevel: Warn\n    ~message: 'bad code ' + $this.code${i}\n  )\n]\n{\n  name${i}: String[1];\n  amount${i}: Integer[1];\n  rate${i}: Float[0..1];\n  code${i}: String[1];\n  status${i}: Status[1];\n  tags${i}: String[*];\n  label${i}() {$this.name${i} + ':' + $this.code${i}->toUpper()}: String[1];\n  total${i}(factor: Integer[1]) {$this.amount${i} * $factor}: Integer[1];\n}\n`,
    );
  }
  const mappingParts = ['###Mapping', 'import bench::common::*;'];
  for (let j = 0; j < N_MAPPINGS; j++) {
    const i = (j * 7) % N_CLASSES;
    mappingParts.push(
      `Mapping bench::mappings::M${j}\n(\n  *${cls(i)}: Pure\n  {\n    ~src ${cls((i + 1) % N_CLASSES)}\n    name${i}: $src.name${(i + 1) % N_CLASSES},\n    amount${i}: $src.amount${(i + 1) % N_CLASSES} + 1,\n    code${i}: $src.code${(i + 1) % N_CLASSES}->trim(),\n    status${i}: $src.status${(i + 1) % N_CLASSES}\n  }\n)\n`,
    );
  }
  const runtimeParts = ['###Runtime'];
  const serviceParts = ['###Service'];
  for (let k = 0; k < N_SERVICES; k++) {
    const j = k % N_MAPPINGS;
    runtimeParts.push(`Runtime bench::runtimes::R${k}\n{\n  mappings:\n  [\n    bench::mappings::M${j}\n  ];\n}\n`);
    serviceParts.push(
      `Service bench::services::S${k}\n{\n  pattern: '/bench/s${k}';\n  title: 'S${k}';\n  owners:\n  [\n    'owner'\n  ];\n  documentation: 'bench service';\n  autoActivateUpdates: true;\n  execution: Single\n  {\n    query: |${cls((j * 7) % N_CLASSES)}.all()->filter(x|$x.amount${(j * 7) % N_CLASSES} > 1);\n    mapping: bench::mappings::M${j};\n    runtime: bench::runtimes::R${k};\n  }\n}\n`,
    );
  }
  const text = [parts.join('\n'), mappingParts.join('\n'), runtimeParts.join('\n'), serviceParts.join('\n')].join('\n');
  const lines = text.split('\n').length;

  // --- parse (best of 3) and compile (best of 3)
  let model;
  let parseMs = Infinity;
  for (let r = 0; r < 3; r++) {
    const s = performance.now();
    model = parsePureGrammar(text, { sourceId: 'bench.pure' });
    parseMs = Math.min(parseMs, performance.now() - s);
  }
  let compileMs = Infinity;
  let outcome;
  for (let r = 0; r < 3; r++) {
    const s = performance.now();
    outcome = compilePureModel(model);
    compileMs = Math.min(compileMs, performance.now() - s);
  }
  const rssMb = process.resourceUsage().maxRSS / 1024;
  const kinds = {};
  for (const e of model.elements) kinds[e._type] = (kinds[e._type] ?? 0) + 1;
  const fmt = (n) => Math.round(n).toLocaleString('en-US');
  console.log(`bench:pure  node ${process.version}, ${cpus().length} cpus (${cpus()[0]?.model ?? '?'})`);
  console.log(`  bundle build       ${fmt(buildMs)} ms (not part of the figures)`);
  console.log(`  model              ${fmt(lines)} lines, ${fmt(text.length / 1024)} KiB, elements ${JSON.stringify(kinds)}`);
  console.log(`  parse              ${fmt(parseMs)} ms  (${fmt(lines / (parseMs / 1000))} lines/s; target >= 100,000)`);
  console.log(`  compile            ${fmt(compileMs)} ms  (target < 3,000 ms)`);
  console.log(`  compile findings   ${outcome.errors.length} errors, ${outcome.warnings.length} warnings`);
  if (outcome.errors.length) console.log(`  first error        ${outcome.errors[0].message}`);
  console.log(`  peak RSS           ${fmt(rssMb)} MB`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
