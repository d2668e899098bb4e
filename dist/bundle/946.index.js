export const id = 946;
export const ids = [946];
export const modules = {

/***/ 946:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPureCommand: () => (/* binding */ runPureCommand)
});

// EXTERNAL MODULE: ./src/pure/protocol/engineError.ts
var engineError = __webpack_require__(5103);
// EXTERNAL MODULE: ./src/pure/grammar/parse.ts + 15 modules
var parse = __webpack_require__(8692);
// EXTERNAL MODULE: ./src/pure/composer/compose.ts + 8 modules
var compose = __webpack_require__(3262);
// EXTERNAL MODULE: ./src/pure/entities.ts
var entities = __webpack_require__(1215);
// EXTERNAL MODULE: ./src/pure/index.ts + 1 modules
var pure = __webpack_require__(2515);
// EXTERNAL MODULE: ./src/pure/compiler/compile.ts + 4 modules
var compile = __webpack_require__(4617);
;// CONCATENATED MODULE: ./src/pure/compiler/cli.ts
/**
 * `guardian pure compile <files...>`: compiles PURE grammar files and Legend SDLC entity files as one model.
 * Prints the engine's compile answer as JSON on stdout (`{"message":"OK","defects":[...]}` or the error JSON)
 * and every finding as `file:line:col: severity: message` on stderr. Exit code 0 when the model compiles
 * (warnings allowed), 1 on parser or compilation errors or unreadable files, 2 on usage errors.
 */


const where = (file, si) => (si ? `${si.sourceId || file}:${si.startLine}:${si.startColumn}` : file);
async function runPureCompile(files, io) {
    if (files.length === 0) {
        io.stderr('usage: guardian pure compile <file.pure|entity.json>...\n');
        return 2;
    }
    const elements = [];
    const entityFile = new Map();
    let failed = false;
    let firstParserError;
    for (const file of files) {
        let text;
        try {
            text = (await io.readFile(file)).toString('utf8');
        }
        catch (e) {
            io.stderr(`${file}: error: cannot read the file (${e.message})\n`);
            failed = true;
            continue;
        }
        if (file.toLowerCase().endsWith('.json')) {
            // read as `guardian pure parse` reads entities: syntax errors at their line and column
            try {
                const el = (0,pure/* entityToElement */.Dj)((0,pure/* parseEntityFile */.tm)(text, file));
                elements.push(el);
                entityFile.set(`${el.package}::${el.name}`, file);
            }
            catch (e) {
                const at = (0,pure/* isEngineError */.Vp)(e) ? where(file, e.sourceInformation) : `${file}:1:1`;
                io.stderr(`${at}: error: ${e.message}\n`);
                failed = true;
            }
            continue;
        }
        try {
            elements.push(...(0,pure/* parsePureGrammar */.DI)(text, { sourceId: file }).elements);
        }
        catch (e) {
            if (!(0,pure/* isEngineError */.Vp)(e))
                throw e;
            io.stderr(`${where(file, e.sourceInformation)}: error: ${e.message}\n`);
            firstParserError ??= e.toJSON();
            failed = true;
        }
    }
    if (firstParserError) {
        io.stdout(`${JSON.stringify(firstParserError, null, 2)}\n`);
        return 1;
    }
    if (failed)
        return 1;
    const model = { _type: 'data', elements };
    const outcome = (0,compile.compilePureModel)(model);
    const line = (d) => {
        const file = d.element ? (entityFile.get(d.element) ?? '') : '';
        return `${where(file, d.sourceInformation)}: ${d.severity}: ${d.message}\n`;
    };
    for (const d of outcome.diagnostics)
        io.stderr(line(d));
    io.stdout(`${JSON.stringify((0,compile/* compileResponse */.f)(outcome), null, 2)}\n`);
    return outcome.errors.length ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/pure/cli.ts





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
async function runPureCommand(argv, io) {
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
    const files = [];
    let sourceInformation = true;
    let compact = false;
    for (const arg of rest) {
        if (arg === '--no-source-information' && command === 'parse')
            sourceInformation = false;
        else if (arg === '--compact' && command === 'parse')
            compact = true;
        else if (arg.startsWith('--')) {
            io.stderr(`unknown option '${arg}' for '${command}'\n` + USAGE);
            return 2;
        }
        else
            files.push(arg);
    }
    if (files.length === 0) {
        io.stderr(`'${command}' needs at least one file\n` + USAGE);
        return 2;
    }
    const models = [];
    let failed = false;
    for (const file of files) {
        let text;
        try {
            text = await io.readFile(file);
        }
        catch (e) {
            io.stderr(`${file}:1:1: cannot read the file (${e instanceof Error ? e.message : String(e)})\n`);
            failed = true;
            continue;
        }
        try {
            models.push(readModel(file, text, command === 'parse' ? sourceInformation : false));
        }
        catch (e) {
            if ((0,engineError/* isEngineError */.V)(e)) {
                const si = e.sourceInformation;
                io.stderr(`${file}:${si?.startLine ?? 1}:${si?.startColumn ?? 1}: ${e.message}\n`);
            }
            else {
                io.stderr(`${file}:1:1: ${e instanceof Error ? e.message : String(e)}\n`);
            }
            failed = true;
        }
    }
    if (failed)
        return 1;
    const model = mergeModels(models);
    if (command === 'parse') {
        io.stdout((compact ? JSON.stringify(model) : JSON.stringify(model, null, 2)) + '\n');
        return 0;
    }
    let grammar;
    try {
        grammar = (0,compose/* composePureGrammar */.u)(model);
    }
    catch (e) {
        io.stderr(`${files[0]}:1:1: cannot compose the model (${e instanceof Error ? e.message : String(e)})\n`);
        return 1;
    }
    io.stdout(grammar.endsWith('\n') ? grammar : grammar + '\n');
    return 0;
}
/** A file's content as a model: grammar is parsed; JSON is a model, an element or an SDLC entity. */
function readModel(file, text, returnSourceInformation) {
    if (!file.toLowerCase().endsWith('.json'))
        return (0,parse/* parsePureGrammar */.D)(text, { sourceId: file, returnSourceInformation });
    const json = (0,entities/* parseJsonFile */.OW)(text, file);
    if (typeof json === 'object' && json !== null) {
        const o = json;
        if ('classifierPath' in o && 'content' in o)
            return { _type: 'data', elements: [(0,entities/* entityToElement */.Dj)((0,entities/* entityFromJson */.CY)(o, file))] };
        if (o._type === 'data' && Array.isArray(o.elements))
            return o;
        if (typeof o._type === 'string' && typeof o.name === 'string')
            return { _type: 'data', elements: [o] };
    }
    throw new Error('expected a PureModelContextData ({"_type": "data", "elements": [...]}), an element or an SDLC entity');
}
/** One model from several: elements in file order, section indexes merged into one. */
function mergeModels(models) {
    if (models.length === 1)
        return models[0];
    const elements = [];
    const sections = [];
    let index;
    for (const m of models) {
        for (const e of m.elements) {
            if (e._type === 'sectionIndex') {
                index ??= { ...e, sections };
                sections.push(...e.sections);
            }
            else
                elements.push(e);
        }
    }
    if (index)
        elements.push(index);
    return { _type: 'data', elements };
}


/***/ })

};
