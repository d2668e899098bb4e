/**
 * The `yaml` parser kills V8 — an uncatchable "RegExpCompiler Allocation failed", so no verdict
 * and no evidence — on deeply nested compact sequences (`- - - …`, ~1,200 levels) or flow
 * collections (`[[[…`, ~1,000 levels) on Node 20. Untrusted YAML (workflows, schemas, examples,
 * configs from a PR) is measured with this linear scan first and refused above the limit (pure).
 */

/** Far deeper than any real workflow, config or schema; far below the crash. */
export const MAX_YAML_NESTING = 256;

export interface NestingProblem {
  /** Offset of the character where the limit was passed. */
  offset: number;
  message: string;
}

export function yamlNestingProblem(text: string, limit = MAX_YAML_NESTING): NestingProblem | null {
  let flow = 0;
  let quote: '"' | "'" | null = null;
  let blockIndent = -1; // inside a block scalar (`|` / `>`): its parent's indentation
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let i = lineStart;
    while (i < lineEnd && (text[i] === ' ' || text[i] === '\t')) i++;
    const indent = i - lineStart;
    if (blockIndent >= 0 && (i === lineEnd || indent > blockIndent)) {
      lineStart = lineEnd + 1;
      continue; // block scalar text: brackets there are just characters
    }
    blockIndent = -1;
    if (quote === null) {
      // Compact sequences: `- - - x` nests one level per dash.
      let dashes = 0;
      while (text[i] === '-' && (text[i + 1] === ' ' || text[i + 1] === '\t')) {
        dashes++;
        i += 2;
        while (text[i] === ' ' || text[i] === '\t') i++;
        if (dashes + Math.floor(indent / 2) > limit) return problem(i, limit);
      }
    }
    for (; i < lineEnd; i++) {
      const c = text[i];
      if (quote !== null) {
        if (c === '\\' && quote === '"') i++;
        else if (c === quote) quote = null;
        continue;
      }
      if (c === '"' || c === "'") quote = c;
      else if (c === '#' && (i === lineStart || text[i - 1] === ' ' || text[i - 1] === '\t')) break;
      else if (c === '[' || c === '{') {
        if (++flow > limit) return problem(i, limit);
      } else if ((c === ']' || c === '}') && flow > 0) flow--;
    }
    if (quote === null && flow === 0 && /[|>][-+0-9]*\s*(?:#.*)?$/.test(text.slice(lineStart, lineEnd))) blockIndent = indent;
    lineStart = lineEnd + 1;
  }
  return null;
}

function problem(offset: number, limit: number): NestingProblem {
  return { offset, message: `nested deeper than ${limit} levels; Guardian refuses such YAML (it could crash the parser)` };
}
