#!/usr/bin/env node
// Benchmark of the placeholder gate on a real tree, against its peers in the same run.
//
//   npm run bench:placeholders -- <dir> [--runs 3] [--diff-files 50] [--no-leasot] [--leasot-timeout 900]
//
// It bundles the check (src/checks/placeholders/bench-entry.ts) and the worker entry with ncc
// into a temporary install folder laid out like a release (rules/, dist/worker/, and the
// precompiled dist/rules/*.json the build can ship), then times whole processes, as a user
// experiences them, warm cache:
//   - guardian full scan (every listed file, tests included, as ripgrep reads them)
//   - rg with the plain marker regex, and rg with the bare literal alternation (its fastest case)
//   - leasot (dev dependency) over the files it supports, for the tags both support
//   - guardian diff mode on a 50-file change, and `node -e 0` for the floor of any Node process
//   - the built CLI `guardian check <dir> --checks placeholders --scope all`, when it builds
// and prints files, MB, files/s, MB/s, findings, peak RSS and the ratios.
import { spawnSync, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = argv.indexOf(name);
  return i === -1 ? dflt : argv[i + 1];
};
const dirArg = argv.find((a, i) => !a.startsWith('--') && !(i > 0 && argv[i - 1].startsWith('--') && !['--no-leasot'].includes(argv[i - 1])));
if (!dirArg) {
  console.error('usage: npm run bench:placeholders -- <dir> [--runs 3] [--diff-files 50] [--no-leasot] [--leasot-timeout 900]');
  process.exit(2);
}
const tree = resolve(dirArg);
const runs = Number(opt('--runs', '3'));
const diffFiles = Number(opt('--diff-files', '50'));
const leasotTimeout = Number(opt('--leasot-timeout', '900'));
const withLeasot = !argv.includes('--no-leasot');
const MARKERS = ['PLACEHOLDER', 'TODO', 'FIXME', 'XXX', 'HACK', 'TBD'];

// ---------------------------------------------------------------------------------------------
// The install folder (cached by a digest of the sources)
// ---------------------------------------------------------------------------------------------

function digestOf(paths) {
  const h = createHash('sha256');
  const walk = (p) => {
    const st = statSync(p);
    if (st.isDirectory()) for (const f of readdirSync(p).sort()) walk(join(p, f));
    else h.update(p).update(readFileSync(p));
  };
  for (const p of paths) if (existsSync(p)) walk(p);
  return h.digest('hex').slice(0, 16);
}

function buildInstall() {
  const digest = digestOf([join(repo, 'src'), join(repo, 'rules'), join(repo, 'scripts'), join(repo, 'package-lock.json')]);
  const dir = join(tmpdir(), `guardian-bench-placeholders-${digest}`);
  if (existsSync(join(dir, 'dist', '.complete'))) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  process.stderr.write(`building the bench install folder in ${dir} ...\n`);
  // The real build (action, CLI, worker, data-pack JSON copies), plus the bench entry beside it.
  execFileSync(process.execPath, [join(repo, 'scripts', 'build.mjs'), join(dir, 'dist')], { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] });
  cpSync(join(repo, 'rules'), join(dir, 'rules'), { recursive: true });
  cpSync(join(repo, 'action.yml'), join(dir, 'action.yml'));
  const ncc = join(repo, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
  execFileSync(process.execPath, [ncc, 'build', join(repo, 'src/checks/placeholders/bench-entry.ts'), '-o', join(dir, 'dist', 'bench'), '--quiet', '--transpile-only', '--target', 'es2022'], {
    cwd: repo,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  writeFileSync(join(dir, 'dist', '.complete'), '');
  return dir;
}

// ---------------------------------------------------------------------------------------------
// Timing helpers
// ---------------------------------------------------------------------------------------------

const haveTime = existsSync('/usr/bin/time');

/** Runs a command; wall seconds, stdout, peak RSS in KB (GNU time, when present). */
function timed(cmd, args, { timeoutS, env, cwd } = {}) {
  const full = haveTime ? ['/usr/bin/time', ['-f', '%M %U %S', cmd, ...args]] : [cmd, args];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(full[0], full[1], { cwd, encoding: 'utf8', maxBuffer: 1 << 30, timeout: timeoutS ? timeoutS * 1000 : undefined, env: env ?? process.env });
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.error && r.error.code === 'ETIMEDOUT') return { s, timedOut: true, stdout: '', rssKb: undefined, status: null };
  // GNU time's line: peak RSS (KB), user and system CPU seconds (all threads).
  const [rss, user, sys] = haveTime ? r.stderr.trim().split('\n').pop().split(' ').map(Number) : [];
  return { s, stdout: r.stdout, stderr: r.stderr, status: r.status, rssKb: rss, cpu: haveTime ? user + sys : undefined };
}
const cpuOf = (t) => (t.cpu === undefined ? '' : `, CPU ${t.cpu.toFixed(2)} s (user+sys, all threads)`);


const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const best = (xs) => Math.min(...xs);
const fmtS = (s) => (s < 1 ? `${(s * 1000).toFixed(0)} ms` : `${s.toFixed(2)} s`);
const fmtN = (n) => Math.round(n).toLocaleString('en-US');

function series(label, n, fn) {
  const times = [];
  let last;
  for (let i = 0; i < n; i++) {
    last = fn();
    if (last.timedOut) return { label, times: [last.s], last, timedOut: true };
    times.push(last.s);
  }
  return { label, times, last, med: median(times), min: best(times) };
}

// ---------------------------------------------------------------------------------------------
// Peers
// ---------------------------------------------------------------------------------------------

function rgAvailable() {
  const r = spawnSync('rg', ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.split('\n')[0] : null;
}

// rg reads what git would list: .gitignore respected, hidden files included, .git skipped.
const rgArgs = (pattern) => ['--count-matches', '--no-messages', '--hidden', '--glob', '!.git', '-e', pattern, tree];
const rgMatches = (stdout) => stdout.split('\n').filter(Boolean).reduce((a, l) => a + Number(l.slice(l.lastIndexOf(':') + 1)), 0);

function leasotScript(dir) {
  const file = join(dir, 'leasot-run.mjs');
  writeFileSync(
    file,
    `import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
const { isExtensionSupported, parse } = await import(${JSON.stringify(join(repo, 'node_modules', 'leasot', 'dist', 'index.js'))});
const root = process.argv[2];
let list;
try { list = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, maxBuffer: 1 << 30 }).toString().split('\\0').filter(Boolean); }
catch { const fg = (await import(${JSON.stringify(join(repo, 'node_modules', 'fast-glob', 'out', 'index.js'))})).default; list = fg.sync('**/*', { cwd: root, dot: true, ignore: ['**/.git/**'] }); }
let files = 0, todos = 0, bytes = 0;
for (const p of list) {
  const ext = extname(p);
  if (!ext || !isExtensionSupported(ext)) continue;
  let text;
  try { text = readFileSync(join(root, p), 'utf8'); } catch { continue; }
  files++; bytes += text.length;
  try { todos += (await parse(text, { extension: ext, filename: p, customTags: ${JSON.stringify(MARKERS.filter((t) => t !== 'TODO' && t !== 'FIXME'))} })).length; } catch {}
}
console.log(JSON.stringify({ files, todos, bytes }));
`,
  );
  return file;
}

// ---------------------------------------------------------------------------------------------
// Run
// ---------------------------------------------------------------------------------------------

const install = buildInstall();
const entry = join(install, 'dist', 'bench', 'index.js');
const isGit = spawnSync('git', ['-C', tree, 'rev-parse', '--is-inside-work-tree'], { encoding: 'utf8' }).stdout.trim() === 'true';
const listed = isGit ? execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: tree, maxBuffer: 1 << 30 }).toString().split('\0').filter(Boolean).length : undefined;

console.log(`tree: ${tree}${isGit ? ` (git work tree, ${fmtN(listed)} files listed by git ls-files)` : ' (not a git work tree: walked)'}`);
console.log(`machine: ${cpus().length} CPUs (available parallelism ${availableParallelism()}), ${cpus()[0]?.model ?? '?'}, Node ${process.version}; load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}; runs per figure: ${runs}, median reported`);

// Warm the page cache and the JIT caches once.
timed(process.execPath, [entry, install, tree, '--include-tests']);

const guardian = series('guardian full scan', runs, () => timed(process.execPath, [entry, install, tree, '--include-tests']));
const g = JSON.parse(guardian.last.stdout.trim().split('\n').pop());
const gRss = Math.max(g.maxRssKb ?? 0, guardian.last.rssKb ?? 0);
console.log('');
console.log(`guardian full scan: ${fmtS(guardian.med)} (best ${fmtS(guardian.min)})${cpuOf(guardian.last)}`);
console.log(`  ${g.summary}`);
console.log(`  files ${fmtN(g.files)} · ${g.mb.toFixed(1)} MB · ${fmtN(g.files / guardian.med)} files/s · ${(g.mb / guardian.med).toFixed(0)} MB/s · findings ${fmtN(g.findings)} · peak RSS ${(gRss / 1024).toFixed(0)} MB`);
console.log(`  findings by rule: ${Object.entries(g.byRule).map(([k, v]) => `${k.replace('placeholders/', '')} ${v}`).join(', ')}`);

const rgVersion = rgAvailable();
const ratios = [];
if (!rgVersion) {
  console.log('\nrg: not installed (apt-get install -y ripgrep): ripgrep figures skipped');
} else {
  timed('rg', rgArgs(MARKERS.join('|')));
  const plain = series('rg', runs, () => timed('rg', rgArgs(`\\b(${MARKERS.join('|')})\\b`)));
  const literal = series('rg', runs, () => timed('rg', rgArgs(MARKERS.join('|'))));
  console.log(`\n${rgVersion}, same tree, same run:`);
  console.log(`  rg plain marker regex \\b(${MARKERS.join('|')})\\b: ${fmtS(plain.med)} (best ${fmtS(plain.min)})${cpuOf(plain.last)}, ${fmtN(rgMatches(plain.last.stdout))} matches (in code, strings and comments alike), peak RSS ${plain.last.rssKb ? (plain.last.rssKb / 1024).toFixed(0) : '?'} MB`);
  console.log(`  rg bare literals ${MARKERS.join('|')} (its fastest case): ${fmtS(literal.med)} (best ${fmtS(literal.min)})${cpuOf(literal.last)}`);
  ratios.push(`guardian / rg plain regex = ${(guardian.med / plain.med).toFixed(2)}× wall time (target ≤ 2×)${guardian.last.cpu ? `; ${(guardian.last.cpu / plain.last.cpu).toFixed(2)}× CPU time` : ''}`);
  ratios.push(`guardian / rg bare literals = ${(guardian.med / literal.med).toFixed(2)}× wall time`);
}

if (withLeasot) {
  const script = leasotScript(install);
  const l = timed(process.execPath, [script, tree], { timeoutS: leasotTimeout });
  if (l.timedOut) {
    console.log(`\nleasot: did not finish within ${leasotTimeout} s`);
    ratios.push(`leasot / guardian > ${(leasotTimeout / guardian.med).toFixed(0)}× (leasot stopped at the ${leasotTimeout} s limit; target ≥ 10×)`);
  } else {
    const lr = JSON.parse(l.stdout.trim().split('\n').pop());
    console.log(`\nleasot engine (parse() over the same listing; tags ${MARKERS.join(', ')}; the ${fmtN(lr.files)} files with extensions it supports): ${fmtS(l.s)}${cpuOf(l)}, ${fmtN(lr.todos)} markers, peak RSS ${l.rssKb ? (l.rssKb / 1024).toFixed(0) : '?'} MB`);
    ratios.push(`leasot engine / guardian = ${(l.s / guardian.med).toFixed(1)}× wall time (leasot's parse() in a loop over the same listing: its best case)${l.cpu ? `; ${(l.cpu / guardian.last.cpu).toFixed(1)}× CPU time` : ''}`);
  }
  // leasot as its users run it: its CLI over every file (globby, reads all files, then reports).
  const cliPath = join(repo, 'node_modules', 'leasot', 'dist', 'cli', 'leasot.js');
  const lc = timed(process.execPath, [cliPath, '-S', '-x', '-r', 'json', '-T', MARKERS.filter((t) => t !== 'TODO' && t !== 'FIXME').join(','), '**/*'], { cwd: tree, timeoutS: leasotTimeout });
  if (lc.timedOut) {
    console.log(`leasot CLI: did not finish within ${leasotTimeout} s`);
  } else {
    let n = '?';
    try {
      n = fmtN(JSON.parse(lc.stdout).length);
    } catch {}
    console.log(`leasot CLI (leasot -S -x -r json -T ... '**/*', as users run it): ${fmtS(lc.s)}${cpuOf(lc)}, ${n} markers, peak RSS ${lc.rssKb ? (lc.rssKb / 1024).toFixed(0) : '?'} MB`);
    ratios.push(`leasot CLI / guardian = ${(lc.s / guardian.med).toFixed(1)}× wall time (guardian faster; target ≥ 10×)${lc.cpu ? `; ${(lc.cpu / guardian.last.cpu).toFixed(1)}× CPU time` : ''}`);
  }
}

const nodeFloor = series('node', runs, () => timed(process.execPath, ['-e', '0']));
// The changed paths are handed over as a PR's diff would be: the measured process lists no tree.
const diffListFile = join(install, 'diff-files.txt');
{
  const names = isGit
    ? execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: tree, maxBuffer: 1 << 30 }).toString().split('\0').filter(Boolean)
    : [];
  writeFileSync(diffListFile, `${names.filter((n) => !/(^|\/)(test|tests|spec|fixtures?)\//.test(n)).slice(0, diffFiles).join('\n')}\n`);
}
const diff = series('diff', runs, () => timed(process.execPath, [entry, install, tree, ...(isGit ? ['--diff-list', diffListFile] : ['--diff', String(diffFiles)])]));
const d = JSON.parse(diff.last.stdout.trim().split('\n').pop());
console.log(`\ndiff mode, ${diffFiles}-file change: check ${d.checkMs} ms; result ${d.sinceProcessStartMs} ms after process start; whole process ${fmtS(diff.med)} (node -e 0 alone: ${fmtS(nodeFloor.med)})`);
console.log(`  ${d.summary}`);

const cli = join(install, 'dist', 'cli.js');
if (existsSync(cli)) {
  const cfg = join(install, 'bench-config.yml');
  writeFileSync(cfg, 'checks:\n  placeholders:\n    includeTests: true\n');
  const evidence = join(install, 'evidence');
  const c = series('cli', runs, () => timed(process.execPath, [cli, 'check', tree, '--checks', 'placeholders', '--scope', 'all', '--format', 'json', '--config', cfg, '--evidence-dir', evidence]));
  let count = '?';
  try {
    const doc = JSON.parse(c.last.stdout);
    count = fmtN((doc.findings ?? doc.results?.flatMap((r) => r.findings) ?? []).length);
  } catch {
    count = `unparsed output (exit ${c.last.status}): ${c.last.stderr?.split('\n').slice(-3).join(' ')}`;
  }
  console.log(`\nbuilt CLI: guardian check <dir> --checks placeholders --scope all --format json: ${fmtS(c.med)} (best ${fmtS(c.min)}), findings ${count}, peak RSS ${c.last.rssKb ? (c.last.rssKb / 1024).toFixed(0) : '?'} MB`);
  ratios.push(`built CLI / guardian bench entry = ${(c.med / guardian.med).toFixed(2)}× (config loading, reporting, evidence)`);
}

console.log(`\nratios (medians; load average now ${loadavg().map((x) => x.toFixed(1)).join(' ')}):`);
for (const r of ratios) console.log(`  ${r}`);
