/**
 * Grammar text → PureModelContextData, as the engine's `grammarToJson`: sections are parsed in order, every
 * element lands in `elements`, and a `__internal__::SectionIndex` element records each section's parser name,
 * imports and element paths.
 */
import { EngineError } from '../protocol/engineError.js';
import type { PackageableElement, PureModelContextData, Section, SectionIndex } from '../protocol/context.js';
import { elementPath } from '../protocol/context.js';
import type { SourceInformation } from '../protocol/sourceInformation.js';
import { tokenize } from './lexer.js';
import type { ParseOptions } from './parserBase.js';
import { splitSections, type SectionSlice } from './sections.js';
import { SECTION_PARSERS, UNSUPPORTED_SECTIONS } from './sectionParsers.js';

export interface ParsePureGrammarOptions {
  /** Copied into every source information (the engine's default is ""). */
  sourceId?: string;
  /** Include `sourceInformation` on elements and nodes (default true, as the engine). */
  returnSourceInformation?: boolean;
  /**
   * Give constraint lambdas the engine's `this: [1]` parameter (default true: engines since legend-engine#4143,
   * October 2025, emit it; older engines emitted an empty parameter list).
   */
  constraintThisParameter?: boolean;
}

export function parsePureGrammar(text: string, options: ParsePureGrammarOptions = {}): PureModelContextData {
  const opts: ParseOptions = {
    sourceId: options.sourceId ?? '',
    returnSourceInformation: options.returnSourceInformation ?? true,
  };
  const constraintThisParameter = options.constraintThisParameter ?? true;
  const elements: PackageableElement[] = [];
  const sections: Section[] = [];
  for (const slice of splitSections(text, opts.sourceId)) {
    const factory = SECTION_PARSERS[slice.parserName];
    if (!factory) throw unknownSection(slice, opts.sourceId);
    let result;
    try {
      const ts = tokenize(text, slice.contentStart, slice.contentEnd, slice.contentLine, 0);
      result = factory(text, ts, opts, { constraintThisParameter }).parseSection();
    } catch (e) {
      throw asParserError(e, slice.sourceInformation);
    }
    const paths = distinct(result.elements.map(elementPath));
    elements.push(...result.elements);
    const section: Section = result.defaultSection
      ? { _type: 'default', parserName: slice.parserName, elements: paths }
      : { _type: 'importAware', parserName: slice.parserName, elements: paths, imports: distinct(result.imports) };
    if (opts.returnSourceInformation) section.sourceInformation = slice.sourceInformation;
    sections.push(section);
  }
  const index: SectionIndex = { _type: 'sectionIndex', package: '__internal__', name: 'SectionIndex', sections };
  elements.push(index);
  return { _type: 'data', elements };
}

function distinct(values: string[]): string[] {
  return [...new Set(values)];
}

function unknownSection(slice: SectionSlice, sourceId: string): EngineError {
  const header = slice.header!;
  const si: SourceInformation = {
    sourceId,
    startLine: header.line,
    startColumn: header.startColumn,
    endLine: header.line,
    endColumn: header.endColumn,
  };
  if (UNSUPPORTED_SECTIONS.has(slice.parserName)) {
    return new EngineError(
      `Section '###${slice.parserName}' is not supported by the embedded engine; configure a Legend engine URL to parse it`,
      'PARSER',
      si,
    );
  }
  return new EngineError(`'${slice.parserName}' is not a known section parser`, 'PARSER', si);
}

/**
 * Any failure inside a section becomes a PARSER error: the engine does the same (an unexpected exception is
 * reported with the section's position), and deep nesting (call stack exhaustion) is reported the same way.
 */
function asParserError(e: unknown, sectionSi: SourceInformation): EngineError {
  if (e instanceof EngineError) return e;
  const wrapped =
    e instanceof RangeError
      ? new EngineError('Expression nesting is too deep to parse', 'PARSER', sectionSi)
      : new EngineError((e instanceof Error ? e.message : String(e)) || 'Unsupported syntax', 'PARSER', sectionSi);
  // the original failure stays reachable for diagnosis (and for tests that look for internal errors)
  (wrapped as { cause?: unknown }).cause = e;
  return wrapped;
}
