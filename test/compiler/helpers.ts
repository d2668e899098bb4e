/** Test helpers: compile grammar or protocol JSON and print findings the way Legend's own tests do. */
import { parsePureGrammar, type PureModelContextData, type SourceInformation } from '../../src/pure/index.js';
import { compilePureModel, type CompileOutcome } from '../../src/pure/compiler/compile.js';
import type { CompileDiagnostic } from '../../src/pure/compiler/diagnostics.js';

/** Legend's `SourceInformation.getMessage()`: `l:c`, `l:c1-c2` or `l1:c1-l2:c2`. */
export function position(si: SourceInformation | undefined): string {
  if (!si) return '';
  if (si.startLine === si.endLine) return si.startColumn === si.endColumn ? `${si.startLine}:${si.startColumn}` : `${si.startLine}:${si.startColumn}-${si.endColumn}`;
  return `${si.startLine}:${si.startColumn}-${si.endLine}:${si.endColumn}`;
}

/** `COMPILATION error at [l:c-c]: message`, as Legend's compiler tests print defects. */
export function pretty(d: CompileDiagnostic): string {
  const at = d.sourceInformation ? ` at [${position(d.sourceInformation)}]` : '';
  return `COMPILATION ${d.severity}${at}: ${d.message}`;
}

export function compileGrammar(text: string): CompileOutcome {
  return compilePureModel(parsePureGrammar(text));
}

export function compileJson(pmcd: PureModelContextData): CompileOutcome {
  return compilePureModel(pmcd);
}

/** The first error, pretty-printed (what the engine's compile endpoint would answer). */
export function firstError(outcome: CompileOutcome): string | undefined {
  const e = outcome.errors[0];
  return e ? pretty(e) : undefined;
}

export function errorsOf(outcome: CompileOutcome): string[] {
  return outcome.errors.map(pretty);
}

/** Warnings other than "not supported by the embedded engine", sorted like Legend's tests sort them. */
export function warningsOf(outcome: CompileOutcome): string[] {
  return outcome.warnings.filter((w) => !w.notSupported).map(pretty).sort();
}

export function notSupportedOf(outcome: CompileOutcome): string[] {
  return outcome.warnings.filter((w) => w.notSupported).map(pretty);
}

/** A source information on one line (for hand-written protocol JSON). */
export function si(line: number, start: number, end: number, endLine = line): SourceInformation {
  return { sourceId: '', startLine: line, startColumn: start, endLine, endColumn: end };
}
