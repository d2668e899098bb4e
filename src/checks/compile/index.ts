/**
 * The `compile` gate: compiles every PURE source of the repository (grammar files and SDLC entity files) as
 * one model with the embedded Legend engine, and runs the user's compile commands; parser and compiler errors
 * and the commands' diagnostics become findings at exact positions.
 */
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import type { Check, CheckContext, CheckOutput, FindingInput, Location, ResourceDescriptor } from '../../core/types.js';
import type { CompileDiagnostic } from '../../pure/compiler/diagnostics.js';
import { pathOf } from '../../pure/compiler/resolver.js';
import { isMissingTool, runCommand, tail } from './commands.js';
import { DATA_FILE, loadCompileData, withHint, type CompileData } from './data.js';
import { matchOutput, matcherPatterns } from './matchers.js';
import { optionsSchema, type CompileCommand, type CompileOptions } from './options.js';
import { R, RULES } from './rules.js';
import { entityPosition, loadSources, type SourceProblem } from './sources.js';

/** What the PURE compile and the commands add to the check's output. */
interface Collected {
  findings: FindingInput[];
  notes: string[];
  evidence: { configuration: ResourceDescriptor[]; passedTests: string[]; warnedTests: string[]; failedTests: string[] };
}

export const check: Check<typeof optionsSchema> = {
  meta: {
    id: 'compile',
    title: 'Compile',
    description: 'Compiles the PURE (Legend) model with the embedded Legend engine and runs the configured compile commands.',
    rules: RULES,
  },
  optionsSchema,
  async run(ctx) {
    const data = await loadCompileData(ctx.installDir);
    const out: Collected = {
      findings: [],
      notes: [],
      evidence: { configuration: [{ name: DATA_FILE, digest: { sha256: data.sha256 } }], passedTests: [], warnedTests: [], failedTests: [] },
    };
    const summary: string[] = [];
    const options = ctx.options as CompileOptions;
    let pureFiles = 0;
    if (options.pure.enabled) pureFiles = await compilePure(ctx, options, data, out, summary);
    for (const cmd of options.commands) await compileCommand(ctx, cmd, data, out, summary);
    const result: CheckOutput = { findings: out.findings, evidence: out.evidence, notes: out.notes, summary: summary.join('; ') };
    if (pureFiles === 0 && options.commands.length === 0) {
      result.neutralReason = `No PURE sources match checks.compile.pure.paths (${options.pure.paths.join(', ')}) and no compile commands are configured.`;
    }
    return result;
  },
};

// ----------------------------------------------------------------------------------------------- PURE

async function compilePure(ctx: CheckContext, options: CompileOptions, data: CompileData, out: Collected, summary: string[]): Promise<number> {
  const matches = picomatch(options.pure.paths, { dot: true });
  const paths = (await ctx.files.list()).filter((p) => matches(p)).sort();
  if (paths.length === 0) return 0;
  const sources = await loadSources(ctx.files, paths, ctx.progress);
  for (const f of sources.files) out.evidence.configuration.push({ name: f.path, uri: f.path, digest: { sha256: f.sha256 }, annotations: { kind: f.kind === 'pure' ? 'pure-grammar' : 'sdlc-entity' } });
  for (const p of sources.problems) out.findings.push(problemFinding(p));
  const blocking = sources.problems.filter((p) => p.kind !== 'not-supported');
  if (blocking.length) {
    out.evidence.failedTests.push('pure-compile');
    out.notes.push(`The PURE model was not compiled: ${blocking.length} problem(s) in files that do not parse or cannot be read; fix them first.`);
    summary.push(`PURE: ${sources.files.length} file(s), ${blocking.length} unreadable or not parsing`);
    return sources.files.length;
  }
  const skipped = sources.problems.length;
  if (skipped) out.notes.push(`${skipped} part(s) of the PURE sources are not read by the embedded engine and were not compiled; configure a Legend engine URL to check them.`);
  const { compilePureModel } = await import('../../pure/compiler/compile.js');
  const outcome = compilePureModel(sources.model);
  const entityFiles = new Map<string, { path: string; text: string }>();
  for (const [el, loc] of sources.entityElements) entityFiles.set(pathOf(el), loc);
  // With a section skipped, an unresolved reference may point into it: not an error the embedded engine can prove.
  const unprovable = (d: CompileDiagnostic): boolean => sources.partial && d.severity === 'error' && /^Can't (find|resolve) /.test(d.message);
  let errors = 0;
  for (const d of outcome.diagnostics) {
    if (unprovable(d)) {
      out.findings.push(diagnosticFinding({ ...d, severity: 'warning', notSupported: true, message: `${d.message} — possibly defined in a part the embedded engine could not read` }, data, entityFiles));
      continue;
    }
    if (d.severity === 'error') errors++;
    out.findings.push(diagnosticFinding(d, data, entityFiles));
  }
  const warnings = outcome.warnings.filter((w) => !w.notSupported).length;
  const notSupported = outcome.warnings.length - warnings + skipped;
  if (errors) out.evidence.failedTests.push('pure-compile');
  else if (warnings) out.evidence.warnedTests.push('pure-compile');
  else out.evidence.passedTests.push('pure-compile');
  const elements = sources.model.elements.filter((e) => e._type !== 'sectionIndex').length;
  summary.push(`PURE: ${sources.files.length} file(s), ${elements} element(s), ${errors} error(s), ${warnings} warning(s)${notSupported ? `, ${notSupported} part(s) not checked by the embedded engine` : ''}`);
  return sources.files.length;
}

function problemFinding(p: SourceProblem): FindingInput {
  const location: Location = { path: p.path, startLine: p.line ?? 1 };
  if (p.column !== undefined) location.startColumn = p.column;
  if (p.endLine !== undefined) location.endLine = p.endLine;
  if (p.endColumn !== undefined) location.endColumn = p.endColumn;
  if (p.kind === 'not-supported') {
    return { ruleId: R.pureNotSupported, message: `${p.message}. The rest of the file is compiled.`, location, title: 'Not read by the embedded engine', fingerprintKey: p.message };
  }
  if (p.kind === 'parser') {
    return { ruleId: R.pureParser, message: `${p.message}${/[.!?]$/.test(p.message) ? '' : '.'} Fix the syntax so that the file parses.`, location, title: 'PURE parser error', fingerprintKey: p.message };
  }
  return { ruleId: R.pureInvalidFile, message: p.message, location, title: 'Unreadable PURE source', fingerprintKey: p.message };
}

function diagnosticFinding(d: CompileDiagnostic, data: CompileData, entityFiles: Map<string, { path: string; text: string }>): FindingInput {
  let location: Location | undefined;
  const si = d.sourceInformation;
  if (si && si.sourceId) {
    location = { path: si.sourceId, startLine: si.startLine, startColumn: si.startColumn, endLine: si.endLine, endColumn: si.endColumn };
  } else if (d.element && entityFiles.has(d.element)) {
    const e = entityFiles.get(d.element)!;
    const pos = entityPosition(e.text);
    location = { path: e.path, startLine: pos.line, startColumn: pos.column };
  }
  const element = d.element ? ` (in ${d.element})` : '';
  if (d.severity === 'error') {
    return { ruleId: R.pureCompilation, message: withHint(data, d.message), ...(location ? { location } : {}), title: 'Legend compilation error', fingerprintKey: `${d.element ?? ''}|${d.message}`, properties: { legendMessage: d.message, element: d.element ?? null } };
  }
  if (d.notSupported) {
    return { ruleId: R.pureNotSupported, message: `${d.message}${element}.`, ...(location ? { location } : {}), title: 'Not checked by the embedded engine', fingerprintKey: `${d.element ?? ''}|${d.message}` };
  }
  return { ruleId: R.pureWarning, message: withHint(data, d.message), ...(location ? { location } : {}), title: 'Legend compilation warning', fingerprintKey: `${d.element ?? ''}|${d.message}`, properties: { legendMessage: d.message } };
}

// ----------------------------------------------------------------------------------------------- commands

async function compileCommand(ctx: CheckContext, cmd: CompileCommand, data: CompileData, out: Collected, summary: string[]): Promise<void> {
  const root = ctx.files.root;
  const cwd = cmd.cwd ? resolve(root, cmd.cwd) : root;
  const test = `command:${cmd.name}`;
  const fail = (ruleId: string, message: string): void => {
    out.findings.push({ ruleId, message, title: `Compile command '${cmd.name}'`, fingerprintKey: `${cmd.name}|${ruleId}` });
    out.evidence.failedTests.push(test);
  };
  if (!isInside(root, cwd) || !existsSync(cwd) || !statSync(cwd).isDirectory()) {
    fail(R.commandFailed, `Compile command '${cmd.name}' cannot run: its working directory '${cmd.cwd}' does not exist in the repository. Fix checks.compile.commands[].cwd.`);
    summary.push(`${cmd.name}: bad cwd`);
    return;
  }
  const run = await runCommand(cmd.run, { cwd, timeoutMs: cmd.timeout * 1000, signal: ctx.signal });
  const ran = `\`${cmd.run}\``;
  if (run.spawnError) {
    fail(R.commandMissingTool, `Compile command '${cmd.name}' could not start ${ran}: ${run.spawnError}. Make sure a shell and the tool are available on the runner.`);
    summary.push(`${cmd.name}: could not start`);
    return;
  }
  if (run.timedOut) {
    fail(R.commandTimeout, `Compile command '${cmd.name}' (${ran}) was stopped after ${cmd.timeout} s. Make it faster or raise its timeout (checks.compile.commands[].timeout).`);
    summary.push(`${cmd.name}: timed out`);
    return;
  }
  if (isMissingTool(run)) {
    const said = tail(run.output, 3, 500);
    fail(R.commandMissingTool, `Compile command '${cmd.name}' could not run ${ran}: the program was not found (exit code ${run.exitCode}${said ? `: ${said}` : ''}). Install it in the workflow before Guardian runs (e.g. \`npm ci\` or a setup action), or fix the command.`);
    summary.push(`${cmd.name}: tool missing`);
    return;
  }
  const diagnostics = matchOutput(data, matcherPatterns(data, cmd.matcher), run.output);
  let errors = 0;
  let warnings = 0;
  for (const d of diagnostics) {
    const abs = isAbsolute(d.file) ? d.file : resolve(cwd, d.file);
    const path = isInside(root, abs) ? relative(root, abs).split(sep).join('/') : undefined;
    const ruleId = d.level === 'error' ? R.commandError : d.level === 'warning' ? R.commandWarning : R.commandNote;
    if (d.level === 'error') errors++;
    else if (d.level === 'warning') warnings++;
    const code = d.code ? `${d.code}: ` : '';
    const where = path ? '' : ` (in ${d.file}:${d.line}, outside the repository)`;
    const finding: FindingInput = {
      ruleId,
      message: `${code}${d.message}${where} — reported by compile command '${cmd.name}'; fix it so that ${ran} passes.`,
      title: `${cmd.name}: ${d.code ?? d.level}`,
      snippet: d.raw,
      fingerprintKey: `${cmd.name}|${d.code ?? ''}|${d.message}`,
    };
    if (path) {
      finding.location = { path, startLine: d.line };
      if (d.column !== undefined) finding.location.startColumn = d.column;
      if (d.endLine !== undefined) finding.location.endLine = d.endLine;
      if (d.endColumn !== undefined) finding.location.endColumn = d.endColumn;
    }
    out.findings.push(finding);
  }
  if (run.exitCode !== 0 && errors === 0) {
    const last = tail(run.output);
    fail(
      R.commandFailed,
      `Compile command '${cmd.name}' (${ran}) exited with ${run.exitCode === null ? `signal ${run.signal}` : `code ${run.exitCode}`} and none of its output matched the '${cmd.matcher}' matcher.${last ? ` Last output:\n${last}` : ' It printed nothing.'}\nRun it locally to see why it fails, or configure a matcher that recognises its output.`,
    );
    summary.push(`${cmd.name}: exit ${run.exitCode ?? run.signal}`);
    return;
  }
  if (errors) out.evidence.failedTests.push(test);
  else if (warnings) out.evidence.warnedTests.push(test);
  else out.evidence.passedTests.push(test);
  summary.push(`${cmd.name}: ${errors} error(s), ${warnings} warning(s)${run.truncated ? ' (output truncated)' : ''}`);
}

function isInside(root: string, p: string): boolean {
  const rel = relative(root, p);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

