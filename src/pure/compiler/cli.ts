/**
 * `guardian pure compile <files...>`: compiles PURE grammar files and Legend SDLC entity files as one model.
 * Prints the engine's compile answer as JSON on stdout (`{"message":"OK","defects":[...]}` or the error JSON)
 * and every finding as `file:line:col: severity: message` on stderr. Exit code 0 when the model compiles
 * (warnings allowed), 1 on parser or compilation errors or unreadable files, 2 on usage errors.
 */
import { entityToElement, isEngineError, parseEntityFile, parsePureGrammar, type EngineErrorJson, type PackageableElement, type PureModelContextData, type SourceInformation } from '../index.js';
import { compilePureModel, compileResponse } from './compile.js';
import type { CompileDiagnostic } from './diagnostics.js';

export interface PureCliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<Buffer>;
}

const where = (file: string, si: SourceInformation | undefined): string => (si ? `${si.sourceId || file}:${si.startLine}:${si.startColumn}` : file);

export async function runPureCompile(files: readonly string[], io: PureCliIo): Promise<number> {
  if (files.length === 0) {
    io.stderr('usage: guardian pure compile <file.pure|entity.json>...\n');
    return 2;
  }
  const elements: PackageableElement[] = [];
  const entityFile = new Map<string, string>();
  let failed = false;
  let firstParserError: EngineErrorJson | undefined;
  for (const file of files) {
    let text: string;
    try {
      text = (await io.readFile(file)).toString('utf8');
    } catch (e) {
      io.stderr(`${file}: error: cannot read the file (${(e as Error).message})\n`);
      failed = true;
      continue;
    }
    if (file.toLowerCase().endsWith('.json')) {
      // read as `guardian pure parse` reads entities: syntax errors at their line and column
      try {
        const el = entityToElement(parseEntityFile(text, file));
        elements.push(el);
        entityFile.set(`${el.package}::${el.name}`, file);
      } catch (e) {
        const at = isEngineError(e) ? where(file, e.sourceInformation) : `${file}:1:1`;
        io.stderr(`${at}: error: ${(e as Error).message}\n`);
        failed = true;
      }
      continue;
    }
    try {
      elements.push(...parsePureGrammar(text, { sourceId: file }).elements);
    } catch (e) {
      if (!isEngineError(e)) throw e;
      io.stderr(`${where(file, e.sourceInformation)}: error: ${e.message}\n`);
      firstParserError ??= e.toJSON();
      failed = true;
    }
  }
  if (firstParserError) {
    io.stdout(`${JSON.stringify(firstParserError, null, 2)}\n`);
    return 1;
  }
  if (failed) return 1;
  const model: PureModelContextData = { _type: 'data', elements };
  const outcome = compilePureModel(model);
  const line = (d: CompileDiagnostic): string => {
    const file = d.element ? (entityFile.get(d.element) ?? '') : '';
    return `${where(file, d.sourceInformation)}: ${d.severity}: ${d.message}\n`;
  };
  for (const d of outcome.diagnostics) io.stderr(line(d));
  io.stdout(`${JSON.stringify(compileResponse(outcome), null, 2)}\n`);
  return outcome.errors.length ? 1 : 0;
}
