/**
 * `guardian pure parse|compose|compile <files...>`.
 * - parse: grammar files (`.pure`) and SDLC entity files (`.json`) → one PureModelContextData JSON on stdout.
 * - compose: protocol JSON (a PureModelContextData, a single element, or an SDLC entity) or grammar → grammar text.
 * - compile: the embedded compiler (src/pure/compiler/cli.ts).
 * Errors go to stderr as `file:line:col: message`; exit 1 when any file fails, 2 on usage errors.
 */
import type { PackageableElement, PureModelContextData, Section, SectionIndex } from './protocol/context.js';
import { isEngineError } from './protocol/engineError.js';
import { parsePureGrammar } from './grammar/parse.js';
import { composePureGrammar } from './composer/compose.js';
import { entityFromJson, entityToElement, parseJsonFile } from './entities.js';
import { runPureCompile } from './compiler/cli.js';

export interface PureCommandIo {
  stdout(s: string): void;
  stderr(s: string): void;
  readFile(p: string): Promise<string>;
}

const USAGE = `usage: guardian pure <command> [options] <files...>

commands:
  parse <file.pure|entity.json>...      print the protocol JSON (PureModelContextData) of the files
  compose <file.json|file.pure>...      print Legend grammar for protocol JSON (a model, an element or an
                                        SDLC entity) or for grammar files (parse, then compose)
  compile <file.pure|entity.json>...    compile the files as one model with the embedded engine

options (parse):
  --no-source-information               leave sourceInformation out of the JSON
  --compact                             print the JSON on one line
`;

export async function runPureCommand(argv: string[], io: PureCommandIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  if (command === 'compile') {
    return runPureCompile(rest, { stdout: io.stdout, stderr: io.stderr, readFile: async (p) => Buffer.from(await io.readFile(p), 'utf8') });
  }
  if (command !== 'parse' && command !== 'compose') {
    io.stderr((command === undefined ? 'missing command\n' : `unknown command '${command}'\n`) + USAGE);
    return 2;
  }
  const files: string[] = [];
  let sourceInformation = true;
  let compact = false;
  for (const arg of rest) {
    if (arg === '--no-source-information' && command === 'parse') sourceInformation = false;
    else if (arg === '--compact' && command === 'parse') compact = true;
    else if (arg.startsWith('--')) {
      io.stderr(`unknown option '${arg}' for '${command}'\n` + USAGE);
      return 2;
    } else files.push(arg);
  }
  if (files.length === 0) {
    io.stderr(`'${command}' needs at least one file\n` + USAGE);
    return 2;
  }

  const models: PureModelContextData[] = [];
  let failed = false;
  for (const file of files) {
    let text: string;
    try {
      text = await io.readFile(file);
    } catch (e) {
      io.stderr(`${file}:1:1: cannot read the file (${e instanceof Error ? e.message : String(e)})\n`);
      failed = true;
      continue;
    }
    try {
      models.push(readModel(file, text, command === 'parse' ? sourceInformation : false));
    } catch (e) {
      if (isEngineError(e)) {
        const si = e.sourceInformation;
        io.stderr(`${file}:${si?.startLine ?? 1}:${si?.startColumn ?? 1}: ${e.message}\n`);
      } else {
        io.stderr(`${file}:1:1: ${e instanceof Error ? e.message : String(e)}\n`);
      }
      failed = true;
    }
  }
  if (failed) return 1;

  const model = mergeModels(models);
  if (command === 'parse') {
    io.stdout((compact ? JSON.stringify(model) : JSON.stringify(model, null, 2)) + '\n');
    return 0;
  }
  let grammar: string;
  try {
    grammar = composePureGrammar(model);
  } catch (e) {
    io.stderr(`${files[0]}:1:1: cannot compose the model (${e instanceof Error ? e.message : String(e)})\n`);
    return 1;
  }
  io.stdout(grammar.endsWith('\n') ? grammar : grammar + '\n');
  return 0;
}

/** A file's content as a model: grammar is parsed; JSON is a model, an element or an SDLC entity. */
function readModel(file: string, text: string, returnSourceInformation: boolean): PureModelContextData {
  if (!file.toLowerCase().endsWith('.json')) return parsePureGrammar(text, { sourceId: file, returnSourceInformation });
  const json = parseJsonFile(text, file);
  if (typeof json === 'object' && json !== null) {
    const o = json as Record<string, unknown>;
    if ('classifierPath' in o && 'content' in o) return { _type: 'data', elements: [entityToElement(entityFromJson(o, file))] };
    if (o._type === 'data' && Array.isArray(o.elements)) return o as unknown as PureModelContextData;
    if (typeof o._type === 'string' && typeof o.name === 'string') return { _type: 'data', elements: [o as unknown as PackageableElement] };
  }
  throw new Error('expected a PureModelContextData ({"_type": "data", "elements": [...]}), an element or an SDLC entity');
}

/** One model from several: elements in file order, section indexes merged into one. */
function mergeModels(models: PureModelContextData[]): PureModelContextData {
  if (models.length === 1) return models[0]!;
  const elements: PackageableElement[] = [];
  const sections: Section[] = [];
  let index: SectionIndex | undefined;
  for (const m of models) {
    for (const e of m.elements) {
      if (e._type === 'sectionIndex') {
        index ??= { ...e, sections };
        sections.push(...e.sections);
      } else elements.push(e);
    }
  }
  if (index) elements.push(index);
  return { _type: 'data', elements };
}
