export const id = 571;
export const ids = [571,998];
export const modules = {

/***/ 4571:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  check: () => (/* binding */ check)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/pure/compiler/resolver.ts
var resolver = __webpack_require__(4986);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/checks/compile/commands.ts
/** Runs one user compile command through the shell, with a time limit and bounded output. */

/** Bytes of output kept (the rest is dropped and the run marked truncated). */
const MAX_OUTPUT = 4 * 1024 * 1024;
function runCommand(commandLine, opts) {
    const started = Date.now();
    return new Promise((resolve) => {
        const chunks = [];
        let size = 0;
        let truncated = false;
        let timedOut = false;
        let settled = false;
        const posix = process.platform !== 'win32';
        const child = (0,external_node_child_process_.spawn)(commandLine, {
            cwd: opts.cwd,
            shell: true,
            stdio: ['ignore', 'pipe', 'pipe'],
            // A process group, so a timeout stops the command and everything it started.
            detached: posix,
            windowsHide: true,
        });
        const keep = (b) => {
            if (size >= MAX_OUTPUT) {
                truncated = true;
                return;
            }
            const room = MAX_OUTPUT - size;
            chunks.push(b.length > room ? b.subarray(0, room) : b);
            size += Math.min(b.length, room);
            if (b.length > room)
                truncated = true;
        };
        child.stdout?.on('data', keep);
        child.stderr?.on('data', keep);
        const kill = (sig) => {
            try {
                if (posix && child.pid)
                    process.kill(-child.pid, sig);
                else
                    child.kill(sig);
            }
            catch {
                // already gone
            }
        };
        let hardKill;
        const timer = setTimeout(() => {
            timedOut = true;
            kill('SIGTERM');
            hardKill = setTimeout(() => kill('SIGKILL'), 2000);
        }, opts.timeoutMs);
        const onAbort = () => kill('SIGTERM');
        opts.signal?.addEventListener('abort', onAbort, { once: true });
        const finish = (exitCode, signal, spawnError) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            if (hardKill)
                clearTimeout(hardKill);
            opts.signal?.removeEventListener('abort', onAbort);
            const run = { exitCode, signal, output: Buffer.concat(chunks).toString('utf8'), truncated, timedOut, durationMs: Date.now() - started };
            if (spawnError)
                run.spawnError = spawnError;
            resolve(run);
        };
        child.on('error', (e) => finish(null, null, e.message));
        child.on('close', (code, signal) => finish(code, signal));
    });
}
/** True when the shell could not find the program (`sh: tsc: not found`, exit 127; Windows 9009). */
function isMissingTool(run) {
    if (run.exitCode === 127 || run.exitCode === 9009)
        return true;
    return /(command not found|: not found|is not recognized as an internal or external command)/i.test(run.output) && run.exitCode !== 0;
}
/** The last non-empty lines of the output, for a message. */
function tail(output, lines = 10, maxChars = 2000) {
    const kept = output
        .split(/\r?\n/)
        .filter((l) => l.trim() !== '')
        .slice(-lines)
        .join('\n');
    return kept.length > maxChars ? `…${kept.slice(kept.length - maxChars)}` : kept;
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
// EXTERNAL MODULE: ./src/data-pack.ts
var data_pack = __webpack_require__(4393);
// EXTERNAL MODULE: ./src/data-pack-yaml.ts
var data_pack_yaml = __webpack_require__(3617);
;// CONCATENATED MODULE: ./src/checks/compile/data.ts
/** The compile check's data pack (rules/compile.yaml): output matchers and fix hints, validated on load. */



const DATA_FILE = 'rules/compile.yaml';
const regex = schemas/* string */.YjP().superRefine((s, ctx) => {
    try {
        new RegExp(s);
    }
    catch (e) {
        ctx.addIssue({ code: 'custom', message: `invalid regular expression: ${e.message}` });
    }
});
const level = schemas/* enum */.k5n(['error', 'warning', 'notice']);
const dataSchema = schemas/* strictObject */.rej({
    version: schemas/* literal */.euz(1),
    severities: schemas/* record */.g1P(schemas/* string */.YjP(), level),
    matchers: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* array */.YOg(schemas/* strictObject */.rej({ pattern: regex, level: level.optional() })).min(1)),
    hints: schemas/* array */.YOg(schemas/* strictObject */.rej({ match: regex, fix: schemas/* string */.YjP().min(1) })).min(1),
});
function compile(d, sha256) {
    return {
        severities: d.severities,
        matchers: Object.fromEntries(Object.entries(d.matchers).map(([k, v]) => [k, v.map((p) => ({ re: new RegExp(p.pattern), ...(p.level ? { level: p.level } : {}) }))])),
        hints: d.hints.map((h) => ({ re: new RegExp(h.match), fix: h.fix })),
        sha256,
    };
}
const PACK = { file: DATA_FILE, schema: dataSchema };
/** Parses pack text (tests and tools); throws DataPackError naming file:line:column. */
function parseCompileData(text) {
    return compile(parsePack(text, PACK), '');
}
async function loadCompileData(installDir) {
    const pack = await (0,data_pack/* loadPack */.eC)(installDir, PACK);
    return compile(pack.data, pack.sha256);
}
/** Legend's message plus the first matching fix hint. */
function withHint(data, message) {
    const hint = data.hints.find((h) => h.re.test(message));
    if (!hint)
        return message;
    const [first, ...rest] = message.split('\n');
    const sep = /[.!?]$/.test(first) ? ' ' : '. ';
    return [`${first}${sep}${hint.fix}`, ...rest].join('\n').trimEnd();
}

;// CONCATENATED MODULE: ./src/checks/compile/matchers.ts
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;
function matcherPatterns(data, matcher) {
    if (matcher.startsWith('regex:'))
        return [{ re: new RegExp(matcher.slice('regex:'.length)) }];
    const built = data.matchers[matcher];
    if (!built)
        throw new Error(`Unknown matcher '${matcher}'`);
    return built;
}
function levelOf(data, severity, fallback) {
    if (severity === undefined)
        return fallback ?? 'error';
    return data.severities[severity.trim().toLowerCase()];
}
/** Diagnostics found in the output, in output order. Lines of unknown severity are left out. */
function matchOutput(data, patterns, output) {
    const out = [];
    for (const rawLine of output.split(/\r?\n/)) {
        const line = rawLine.replace(ANSI, '').trimEnd();
        if (!line)
            continue;
        for (const p of patterns) {
            const m = p.re.exec(line);
            const g = m?.groups;
            if (!g || !g.file || !g.line || g.message === undefined)
                continue;
            const level = levelOf(data, g.severity, p.level);
            if (!level)
                break;
            const d = { file: g.file.trim(), line: Number(g.line), level, message: g.message.trim(), raw: line };
            if (g.col)
                d.column = Number(g.col);
            if (g.endLine)
                d.endLine = Number(g.endLine);
            if (g.endCol)
                d.endColumn = Number(g.endCol);
            if (g.code)
                d.code = g.code;
            out.push(d);
            break;
        }
    }
    return out;
}

// EXTERNAL MODULE: ./src/checks/compile/options.ts
var options = __webpack_require__(293);
;// CONCATENATED MODULE: ./src/checks/compile/rules.ts
const HELP_URI = 'https://github.com/guardian-ci/guardian#compile';
const rule = (id, name, shortDescription, fullDescription, help, defaultLevel, tags) => ({
    id: `compile/${id}`,
    name,
    shortDescription,
    fullDescription,
    help,
    helpUri: `${HELP_URI}-${id}`,
    defaultLevel,
    tags,
});
const R = {
    pureParser: 'compile/pure-parser',
    pureCompilation: 'compile/pure-compilation',
    pureWarning: 'compile/pure-warning',
    pureNotSupported: 'compile/pure-not-supported',
    pureInvalidFile: 'compile/pure-invalid-file',
    commandError: 'compile/command-error',
    commandWarning: 'compile/command-warning',
    commandNote: 'compile/command-note',
    commandFailed: 'compile/command-failed',
    commandMissingTool: 'compile/command-missing-tool',
    commandTimeout: 'compile/command-timeout',
};
const RULES = [
    rule('pure-parser', 'PURE parser error', 'A PURE file does not parse.', 'The Legend grammar parser rejects the file; the model is not compiled until every file parses.', 'Fix the syntax at the reported position (the message is the Legend parser\'s).', 'error', ['legend', 'pure']),
    rule('pure-compilation', 'PURE compilation error', 'The PURE model does not compile.', 'The Legend compiler rejects the model: an unknown type, property, profile or function, a duplicate element, a type or multiplicity mismatch, a mapping or service reference that does not resolve, ...', "Fix the model at the reported position; the message is the Legend engine's own.", 'error', ['legend', 'pure']),
    rule('pure-warning', 'PURE compilation warning', 'The Legend compiler warns about the model.', 'The model compiles, with a Legend compiler warning (duplicated properties or enumeration values, a runtime that covers no mapping, a service without a title, ...).', 'Fix the model as the warning says.', 'warning', ['legend', 'pure']),
    rule('pure-not-supported', 'Not checked by the embedded engine', 'Part of the model is outside what the embedded engine checks.', 'The embedded engine does not type-check this construct (a function outside its standard-library subset, metamodel navigation, an unsupported element type); a Legend engine would.', 'Configure a Legend engine URL to compile the whole model, or ignore this notice.', 'notice', ['legend', 'pure']),
    rule('pure-invalid-file', 'Unreadable PURE source', 'A file under checks.compile.pure.paths cannot be read as PURE grammar or as an SDLC entity.', 'The file is binary, not UTF-8, too large, malformed JSON, or JSON that is not a Legend SDLC entity.', 'Fix the file, or exclude it with checks.compile.pure.paths.', 'error', ['legend', 'pure']),
    rule('command-error', 'Compile command error', 'A compile command reports an error.', "An error printed by one of the compile commands in checks.compile.commands, mapped to the file and position with the command's matcher.", 'Fix the reported error so that the command passes.', 'error', ['build']),
    rule('command-warning', 'Compile command warning', 'A compile command reports a warning.', 'A warning printed by one of the compile commands, mapped with its matcher.', 'Fix the warning, or lower this rule\'s level.', 'warning', ['build']),
    rule('command-note', 'Compile command note', 'A compile command prints a note.', 'A note or informational message printed by a compile command, mapped with its matcher.', 'Read the note; no action is required.', 'notice', ['build']),
    rule('command-failed', 'Compile command failed', 'A compile command exits with an error that its matcher does not explain.', 'The command exited with a non-zero code and none of its output matched the configured matcher, or its working directory does not exist.', "Run the command locally, fix the failure, or set a matcher that recognises the tool's output.", 'error', ['build']),
    rule('command-missing-tool', 'Compile tool missing', 'A compile command cannot run because its program is not installed.', 'The shell did not find the program (exit code 127, or the shell itself could not start).', 'Install the tool in the workflow before Guardian runs (e.g. `npm ci`, `actions/setup-node`), or fix the command.', 'error', ['build']),
    rule('command-timeout', 'Compile command timed out', 'A compile command ran longer than its timeout.', 'The command was stopped after `timeout` seconds (default 900).', 'Make the command faster or raise its `timeout`.', 'error', ['build']),
];

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/checks/contracts/json-parse.ts
var json_parse = __webpack_require__(8037);
// EXTERNAL MODULE: ./src/pure/index.ts + 1 modules
var pure = __webpack_require__(2515);
;// CONCATENATED MODULE: ./src/checks/compile/sources.ts
/**
 * Reads the repository's PURE sources — grammar files and Legend SDLC entity files — into one
 * PureModelContextData, with parser errors and unreadable files as problems at exact positions.
 */



const NOT_SUPPORTED = /not supported by the embedded engine/;
const HEADER = /^###\w/;
const MAX_SKIPPED_PARTS = 200;
/**
 * Parses grammar text, skipping what the embedded parser does not support: a whole unsupported `###Section`
 * (every section of that kind at once), or the section holding an unsupported construct. Skipped lines are
 * blanked, so positions stay exact.
 */
function parseSkippingUnsupported(path, text, problems) {
    let current = text;
    let partial = false;
    const skipped = [];
    // the notices in file order, then what ended the parse
    const done = (elements, last) => {
        problems.push(...skipped.sort((x, y) => (x.line ?? 0) - (y.line ?? 0)), ...(last ? [last] : []));
        return { elements, partial };
    };
    for (let attempt = 0; attempt < MAX_SKIPPED_PARTS; attempt++) {
        try {
            return done((0,pure/* parsePureGrammar */.DI)(current, { sourceId: path, returnSourceInformation: true }).elements);
        }
        catch (e) {
            if (!(0,pure/* isEngineError */.Vp)(e))
                return done([], { kind: 'parser', path, message: `The parser failed: ${e.message}` });
            const si = e.sourceInformation;
            if (!NOT_SUPPORTED.test(e.message) || !si)
                return done([], { kind: 'parser', path, message: e.message, ...fromSourceInformation(si) });
            const lines = current.split('\n');
            const header = lines[si.startLine - 1] ?? '';
            const wholeSection = HEADER.test(header) && /^Section '###/.test(e.message);
            if (!wholeSection)
                partial = true;
            // an unsupported section kind: all its sections at once (a notice at each header), not one per parse
            const name = wholeSection ? /^###\w+/.exec(header)[0] : undefined;
            const skippedLines = name ? lines.flatMap((l, i) => (/^###\w+/.exec(l)?.[0] === name ? [i] : [])) : [si.startLine - 1];
            for (const line of skippedLines) {
                const at = line === si.startLine - 1 ? fromSourceInformation(si) : { line: line + 1, column: 1, endLine: line + 1, endColumn: name.length };
                skipped.push({ kind: 'not-supported', path, message: e.message, ...at });
                let start = line;
                while (start > 0 && !HEADER.test(lines[start]))
                    start--;
                let end = Math.max(start + 1, line + 1);
                while (end < lines.length && !HEADER.test(lines[end]))
                    end++;
                for (let i = start; i < end; i++)
                    lines[i] = lines[i].replace(/[^\s]/g, ' ');
            }
            current = lines.join('\n');
        }
    }
    partial = true;
    return done([], { kind: 'not-supported', path, message: `More than ${MAX_SKIPPED_PARTS} parts of the file are not read by the embedded engine, so none of it was compiled; split the file or configure a Legend engine URL`, line: 1, column: 1 });
}
const MAX_BYTES = 64 * 1024 * 1024;
const utf8 = new TextDecoder('utf-8', { fatal: true });
function decode(path, bytes, problems) {
    if (bytes.length > MAX_BYTES) {
        problems.push({ kind: 'invalid-file', path, message: `The file is larger than ${MAX_BYTES / 1024 / 1024} MiB and was not compiled; split the model into smaller files.` });
        return undefined;
    }
    if (bytes.includes(0)) {
        problems.push({ kind: 'invalid-file', path, message: 'The file is binary (it contains NUL bytes), not PURE grammar or entity JSON; remove it from checks.compile.pure.paths.' });
        return undefined;
    }
    try {
        return utf8.decode(bytes).replace(/^\uFEFF/, '');
    }
    catch {
        problems.push({ kind: 'invalid-file', path, message: 'The file is not valid UTF-8; save it as UTF-8.' });
        return undefined;
    }
}
function fromSourceInformation(si) {
    if (!si)
        return {};
    return { line: si.startLine, column: si.startColumn, endLine: si.endLine, endColumn: si.endColumn };
}
function lineColumn(text, offset) {
    const before = text.slice(0, offset).split('\n');
    return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}
/** An entity file's element, read as `guardian pure parse|compile` read it (src/pure/entities.ts). */
function readEntity(path, text, problems) {
    try {
        return (0,pure/* entityToElement */.Dj)((0,pure/* parseEntityFile */.tm)(text, path));
    }
    catch (e) {
        const message = `${e.message}. Fix the file (a Legend SDLC entity {"classifierPath": "...", "content": {"_type": ...}, "path": "pkg::Name"}) or exclude it from checks.compile.pure.paths.`;
        problems.push({ kind: 'invalid-file', path, message, ...((0,pure/* isEngineError */.Vp)(e) ? fromSourceInformation(e.sourceInformation) : { line: 1, column: 1 }) });
        return undefined;
    }
}
async function loadSources(files, paths, progress) {
    const problems = [];
    const elements = [];
    const loaded = [];
    const entityElements = new Map();
    let partial = false;
    let done = 0;
    for (const path of paths) {
        progress?.(done++, paths.length);
        const bytes = await files.read(path);
        if (!bytes)
            continue;
        const sha256 = (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
        const text = decode(path, bytes, problems);
        if (text === undefined)
            continue;
        if (path.toLowerCase().endsWith('.json')) {
            const el = readEntity(path, text, problems);
            loaded.push({ path, kind: 'entity', sha256 });
            if (el) {
                elements.push(el);
                entityElements.set(el, { path, text });
            }
            continue;
        }
        loaded.push({ path, kind: 'pure', sha256 });
        const parsed = parseSkippingUnsupported(path, text, problems);
        elements.push(...parsed.elements);
        partial ||= parsed.partial;
    }
    progress?.(paths.length, paths.length);
    return { model: { _type: 'data', elements }, files: loaded, problems, entityElements, partial };
}
/** Where an entity element is, for findings without source information: its `content.name`, else the file start. */
function entityPosition(text) {
    const parsed = (0,json_parse/* parseJsonWithPositions */.ed)(text);
    if (!parsed.ok)
        return { line: 1, column: 1 };
    const content = parsed.root.entries?.get('content');
    const name = content?.entries?.get('name');
    const node = name ?? content;
    return node ? lineColumn(text, node.keyStart ?? node.start) : { line: 1, column: 1 };
}

;// CONCATENATED MODULE: ./src/checks/compile/index.ts
/**
 * The `compile` gate: compiles every PURE source of the repository (grammar files and SDLC entity files) as
 * one model with the embedded Legend engine, and runs the user's compile commands; parser and compiler errors
 * and the commands' diagnostics become findings at exact positions.
 */










const check = {
    meta: {
        id: 'compile',
        title: 'Compile',
        description: 'Compiles the PURE (Legend) model with the embedded Legend engine and runs the configured compile commands.',
        rules: RULES,
    },
    optionsSchema: options/* optionsSchema */.ci,
    async run(ctx) {
        const data = await loadCompileData(ctx.installDir);
        const out = {
            findings: [],
            notes: [],
            evidence: { configuration: [{ name: DATA_FILE, digest: { sha256: data.sha256 } }], passedTests: [], warnedTests: [], failedTests: [] },
        };
        const summary = [];
        const options = ctx.options;
        let pureFiles = 0;
        if (options.pure.enabled)
            pureFiles = await compilePure(ctx, options, data, out, summary);
        for (const cmd of options.commands)
            await compileCommand(ctx, cmd, data, out, summary);
        const result = { findings: out.findings, evidence: out.evidence, notes: out.notes, summary: summary.join('; ') };
        if (pureFiles === 0 && options.commands.length === 0) {
            result.neutralReason = `No PURE sources match checks.compile.pure.paths (${options.pure.paths.join(', ')}) and no compile commands are configured.`;
        }
        return result;
    },
};
// ----------------------------------------------------------------------------------------------- PURE
async function compilePure(ctx, options, data, out, summary) {
    const matches = picomatch_default()(options.pure.paths, { dot: true });
    const paths = (await ctx.files.list()).filter((p) => matches(p)).sort();
    if (paths.length === 0)
        return 0;
    const sources = await loadSources(ctx.files, paths, ctx.progress);
    for (const f of sources.files)
        out.evidence.configuration.push({ name: f.path, uri: f.path, digest: { sha256: f.sha256 }, annotations: { kind: f.kind === 'pure' ? 'pure-grammar' : 'sdlc-entity' } });
    for (const p of sources.problems)
        out.findings.push(problemFinding(p));
    const blocking = sources.problems.filter((p) => p.kind !== 'not-supported');
    if (blocking.length) {
        out.evidence.failedTests.push('pure-compile');
        out.notes.push(`The PURE model was not compiled: ${blocking.length} problem(s) in files that do not parse or cannot be read; fix them first.`);
        summary.push(`PURE: ${sources.files.length} file(s), ${blocking.length} unreadable or not parsing`);
        return sources.files.length;
    }
    const skipped = sources.problems.length;
    if (skipped)
        out.notes.push(`${skipped} part(s) of the PURE sources are not read by the embedded engine and were not compiled; configure a Legend engine URL to check them.`);
    const { compilePureModel } = await __webpack_require__.e(/* import() */ 617).then(__webpack_require__.bind(__webpack_require__, 4617));
    const outcome = compilePureModel(sources.model);
    const entityFiles = new Map();
    for (const [el, loc] of sources.entityElements)
        entityFiles.set((0,resolver/* pathOf */.XM)(el), loc);
    // With a section skipped, an unresolved reference may point into it: not an error the embedded engine can prove.
    const unprovable = (d) => sources.partial && d.severity === 'error' && /^Can't (find|resolve) /.test(d.message);
    let errors = 0;
    for (const d of outcome.diagnostics) {
        if (unprovable(d)) {
            out.findings.push(diagnosticFinding({ ...d, severity: 'warning', notSupported: true, message: `${d.message} — possibly defined in a part the embedded engine could not read` }, data, entityFiles));
            continue;
        }
        if (d.severity === 'error')
            errors++;
        out.findings.push(diagnosticFinding(d, data, entityFiles));
    }
    const warnings = outcome.warnings.filter((w) => !w.notSupported).length;
    const notSupported = outcome.warnings.length - warnings + skipped;
    if (errors)
        out.evidence.failedTests.push('pure-compile');
    else if (warnings)
        out.evidence.warnedTests.push('pure-compile');
    else
        out.evidence.passedTests.push('pure-compile');
    const elements = sources.model.elements.filter((e) => e._type !== 'sectionIndex').length;
    summary.push(`PURE: ${sources.files.length} file(s), ${elements} element(s), ${errors} error(s), ${warnings} warning(s)${notSupported ? `, ${notSupported} part(s) not checked by the embedded engine` : ''}`);
    return sources.files.length;
}
function problemFinding(p) {
    const location = { path: p.path, startLine: p.line ?? 1 };
    if (p.column !== undefined)
        location.startColumn = p.column;
    if (p.endLine !== undefined)
        location.endLine = p.endLine;
    if (p.endColumn !== undefined)
        location.endColumn = p.endColumn;
    if (p.kind === 'not-supported') {
        return { ruleId: R.pureNotSupported, message: `${p.message}. The rest of the file is compiled.`, location, title: 'Not read by the embedded engine', fingerprintKey: p.message };
    }
    if (p.kind === 'parser') {
        return { ruleId: R.pureParser, message: `${p.message}${/[.!?]$/.test(p.message) ? '' : '.'} Fix the syntax so that the file parses.`, location, title: 'PURE parser error', fingerprintKey: p.message };
    }
    return { ruleId: R.pureInvalidFile, message: p.message, location, title: 'Unreadable PURE source', fingerprintKey: p.message };
}
function diagnosticFinding(d, data, entityFiles) {
    let location;
    const si = d.sourceInformation;
    if (si && si.sourceId) {
        location = { path: si.sourceId, startLine: si.startLine, startColumn: si.startColumn, endLine: si.endLine, endColumn: si.endColumn };
    }
    else if (d.element && entityFiles.has(d.element)) {
        const e = entityFiles.get(d.element);
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
async function compileCommand(ctx, cmd, data, out, summary) {
    const root = ctx.files.root;
    const cwd = cmd.cwd ? (0,external_node_path_.resolve)(root, cmd.cwd) : root;
    const test = `command:${cmd.name}`;
    const fail = (ruleId, message) => {
        out.findings.push({ ruleId, message, title: `Compile command '${cmd.name}'`, fingerprintKey: `${cmd.name}|${ruleId}` });
        out.evidence.failedTests.push(test);
    };
    if (!isInside(root, cwd) || !(0,external_node_fs_.existsSync)(cwd) || !(0,external_node_fs_.statSync)(cwd).isDirectory()) {
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
        const abs = (0,external_node_path_.isAbsolute)(d.file) ? d.file : (0,external_node_path_.resolve)(cwd, d.file);
        const path = isInside(root, abs) ? (0,external_node_path_.relative)(root, abs).split(external_node_path_.sep).join('/') : undefined;
        const ruleId = d.level === 'error' ? R.commandError : d.level === 'warning' ? R.commandWarning : R.commandNote;
        if (d.level === 'error')
            errors++;
        else if (d.level === 'warning')
            warnings++;
        const code = d.code ? `${d.code}: ` : '';
        const where = path ? '' : ` (in ${d.file}:${d.line}, outside the repository)`;
        const finding = {
            ruleId,
            message: `${code}${d.message}${where} — reported by compile command '${cmd.name}'; fix it so that ${ran} passes.`,
            title: `${cmd.name}: ${d.code ?? d.level}`,
            snippet: d.raw,
            fingerprintKey: `${cmd.name}|${d.code ?? ''}|${d.message}`,
        };
        if (path) {
            finding.location = { path, startLine: d.line };
            if (d.column !== undefined)
                finding.location.startColumn = d.column;
            if (d.endLine !== undefined)
                finding.location.endLine = d.endLine;
            if (d.endColumn !== undefined)
                finding.location.endColumn = d.endColumn;
        }
        out.findings.push(finding);
    }
    if (run.exitCode !== 0 && errors === 0) {
        const last = tail(run.output);
        fail(R.commandFailed, `Compile command '${cmd.name}' (${ran}) exited with ${run.exitCode === null ? `signal ${run.signal}` : `code ${run.exitCode}`} and none of its output matched the '${cmd.matcher}' matcher.${last ? ` Last output:\n${last}` : ' It printed nothing.'}\nRun it locally to see why it fails, or configure a matcher that recognises its output.`);
        summary.push(`${cmd.name}: exit ${run.exitCode ?? run.signal}`);
        return;
    }
    if (errors)
        out.evidence.failedTests.push(test);
    else if (warnings)
        out.evidence.warnedTests.push(test);
    else
        out.evidence.passedTests.push(test);
    summary.push(`${cmd.name}: ${errors} error(s), ${warnings} warning(s)${run.truncated ? ' (output truncated)' : ''}`);
}
function isInside(root, p) {
    const rel = (0,external_node_path_.relative)(root, p);
    return rel === '' || (!rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel));
}


/***/ }),

/***/ 3617:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parsePack: () => (/* binding */ parsePack)
/* harmony export */ });
/* harmony import */ var _config_yaml_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2865);
/* harmony import */ var _config_zod_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5079);
/* harmony import */ var _data_pack_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4393);



/** Parses and validates pack text; throws {@link DataPackError} naming file:line:column. */
function parsePack(text, spec) {
    const src = (0,_config_yaml_source_js__WEBPACK_IMPORTED_MODULE_0__/* .parseYamlSource */ .W)(spec.file, text);
    if (src.errors.length)
        throw new _data_pack_js__WEBPACK_IMPORTED_MODULE_2__/* .DataPackError */ .Eg(src.errors);
    const parsed = spec.schema.safeParse(src.value, { reportInput: true });
    if (!parsed.success)
        throw new _data_pack_js__WEBPACK_IMPORTED_MODULE_2__/* .DataPackError */ .Eg((0,_config_zod_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .formatIssues */ .o)(src, spec.schema, parsed.error.issues));
    const cross = spec.crossCheck?.(parsed.data) ?? [];
    if (cross.length) {
        throw new _data_pack_js__WEBPACK_IMPORTED_MODULE_2__/* .DataPackError */ .Eg(cross.map((c) => {
            const pos = (0,_config_yaml_source_js__WEBPACK_IMPORTED_MODULE_0__/* .positionOf */ .d)(src, c.path);
            return `${spec.file}:${pos.line}:${pos.column} ${c.path.join('.')}: ${c.message}`;
        }));
    }
    return parsed.data;
}


/***/ }),

/***/ 4393:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eg: () => (/* binding */ DataPackError),
/* harmony export */   eC: () => (/* binding */ loadPack),
/* harmony export */   fg: () => (/* binding */ sha256Hex)
/* harmony export */ });
/* unused harmony export compiledPackPath */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/**
 * Data packs: the rule data gates read from `rules/*.yaml` (marker lists, language tables,
 * workflow-audit contexts, taxonomies). Each is read once per process, hashed (sha256 of the
 * bytes, for the evidence bundle) and validated with the gate's zod schema; every error names
 * file:line:column and the key path.
 *
 * YAML parsing is the slow part of start-up, so the build keeps a JSON copy of each pack in
 * `dist/rules/<name>.json` as `{ sha256, data }`. The copy is used only when its digest matches
 * the YAML beside it, and it is validated all the same; otherwise the YAML decides.
 */



class DataPackError extends Error {
    problems;
    constructor(problems) {
        super(`Invalid Guardian data:\n${problems.join('\n')}`);
        this.problems = problems;
        this.name = 'DataPackError';
    }
}
/** Where the build writes the JSON copy of a pack. */
function compiledPackPath(installDir, file) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(installDir, 'dist', 'rules', (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(file).replace(/\.ya?ml$/, '.json'));
}
function sha256Hex(bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex');
}
const cache = new Map();
/** Loads a pack from Guardian's install folder, once per process and folder. */
function loadPack(installDir, spec) {
    const key = `${installDir}\0${spec.file}`;
    let p = cache.get(key);
    if (!p) {
        p = readPack(installDir, spec);
        cache.set(key, p);
        p.catch(() => cache.delete(key));
    }
    return p;
}
async function readPack(installDir, spec) {
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(installDir, spec.file);
    let bytes;
    try {
        bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(abs);
    }
    catch (e) {
        throw new DataPackError([`${spec.file}: cannot read ${abs} (${e.message}); reinstall Guardian.`]);
    }
    const sha256 = sha256Hex(bytes);
    const compiled = await readCompiled(installDir, spec.file, sha256);
    if (compiled !== undefined) {
        const parsed = spec.schema.safeParse(compiled);
        if (parsed.success && (spec.crossCheck?.(parsed.data) ?? []).length === 0)
            return { file: spec.file, data: parsed.data, sha256 };
    }
    // The slow path (YAML with positions) loads only when the JSON copy is missing or stale.
    const { parsePack } = await __webpack_require__.e(/* import() */ 998).then(__webpack_require__.bind(__webpack_require__, 3617));
    return { file: spec.file, data: parsePack(bytes.toString('utf8'), spec), sha256 };
}
async function readCompiled(installDir, file, sha256) {
    try {
        const copy = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(compiledPackPath(installDir, file), 'utf8'));
        return copy.sha256 === sha256 ? copy.data : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ })

};
