export const id = 944;
export const ids = [944,242];
export const modules = {

/***/ 1729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ui: () => (/* binding */ readActionInputs),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   wD: () => (/* binding */ parseCheckList)
/* harmony export */ });
/* unused harmony exports getInput, booleanInput, choiceInput */
class InputError extends Error {
    name = 'InputError';
}
function getInput(env, name) {
    return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
const TRUE = ['true', 'yes', 'y', 'on', '1'];
const FALSE = ['false', 'no', 'n', 'off', '0'];
function booleanInput(env, name, fallback) {
    const raw = getInput(env, name);
    if (raw === '')
        return fallback;
    const v = raw.toLowerCase();
    if (TRUE.includes(v))
        return true;
    if (FALSE.includes(v))
        return false;
    throw new InputError(`Input "${name}": expected true or false (also yes/no, on/off, 1/0), got "${raw}"`);
}
function choiceInput(env, name, allowed, fallback) {
    const raw = getInput(env, name);
    if (raw === '')
        return fallback;
    const v = raw.toLowerCase();
    if (allowed.includes(v))
        return v;
    throw new InputError(`Input "${name}": expected ${allowed.join('|')}, got "${raw}"`);
}
function parseCheckList(raw) {
    const list = raw.split(/[\s,]+/).map((s) => s.trim().toLowerCase()).filter(Boolean);
    return list.length === 0 || list.includes('all') ? 'all' : [...new Set(list)];
}
function readActionInputs(env) {
    const optional = (name) => getInput(env, name) || undefined;
    const failOn = choiceInput(env, 'fail-on', ['error', 'warning', 'never']);
    const scope = choiceInput(env, 'scope', ['diff', 'all']);
    const sarifFile = optional('sarif-file');
    const junitFile = optional('junit-file');
    const evidenceDir = optional('evidence-dir');
    const checkName = getInput(env, 'check-name') || 'Guardian';
    if (checkName.length > 100)
        throw new InputError(`Input "check-name": at most 100 characters, got ${checkName.length}`);
    return {
        config: getInput(env, 'config') || '.github/guardian.yml',
        checks: parseCheckList(getInput(env, 'checks')),
        token: getInput(env, 'github-token'),
        comment: choiceInput(env, 'comment', ['always', 'on-failure', 'never'], 'always'),
        annotations: booleanInput(env, 'annotations', true),
        checkName,
        mode: choiceInput(env, 'mode', ['gate', 'report'], 'gate'),
        ...(failOn ? { failOn } : {}),
        ...(scope ? { scope } : {}),
        ...(sarifFile ? { sarifFile } : {}),
        ...(junitFile ? { junitFile } : {}),
        ...(evidenceDir ? { evidenceDir } : {}),
    };
}


/***/ }),

/***/ 3944:
/***/ ((__unused_webpack_module, __unused_webpack___webpack_exports__, __webpack_require__) => {


// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/action/inputs.ts
var inputs = __webpack_require__(1729);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/cli/args.ts



const USAGE = `Usage: guardian <command> [options]

Commands:
  check [path]              Run the gates on a working tree (default: .)
  init [path]               Write a commented starter config to .github/guardian.yml
  pure parse|compose|compile <files...>
                            Legend PURE tools: grammar → protocol JSON, JSON → grammar, compile
  help                      Show this help
  version                   Print the version

Options for check:
  --config <file>           Config file (default: .github/guardian.yml, then guardian.yml)
  --checks <a,b>            Gates to run (default: all)
  --base <ref>              Diff base: only findings on lines changed since the merge base gate
  --baseline <ref>          Gate only where counts per rule and path rise above <ref>
  --scope diff|all          Override the config's scope (diff needs --base)
  --fail-on error|warning|never
  --format text|json|sarif|markdown   Report on stdout (default: text)
  --evidence-dir <dir>      Evidence bundle folder (default: .guardian/evidence)
  --sarif-file <file>       Also write SARIF 2.1.0 here
  --junit-file <file>       Also write JUnit XML here
  --no-color                Plain text output

Exit codes: 0 pass, 1 fail, 2 usage or configuration error.`;
const VALUE_FLAGS = ['--config', '--checks', '--base', '--baseline', '--scope', '--fail-on', '--format', '--evidence-dir', '--sarif-file', '--junit-file'];
function oneOf(flag, v, allowed) {
    if (allowed.includes(v))
        return v;
    throw new errors/* UsageError */.e(`${flag}: expected ${allowed.join('|')}, got "${v}"`);
}
function parseArgs(argv) {
    const [cmd, ...rest] = argv;
    if (cmd === undefined || cmd === 'help' || cmd === '--help' || cmd === '-h')
        return { command: 'help', ...(rest[0] ? { topic: rest[0] } : {}) };
    if (cmd === 'version' || cmd === '--version' || cmd === '-v')
        return { command: 'version' };
    if (cmd === 'pure')
        return { command: 'pure', argv: rest };
    if (cmd === 'init') {
        const force = rest.includes('--force');
        const positional = rest.filter((a) => a !== '--force');
        for (const a of positional)
            if (a.startsWith('-'))
                throw new errors/* UsageError */.e(`init: unknown option ${a}`);
        return { command: 'init', path: positional[0] ?? '.', force };
    }
    if (cmd !== 'check')
        throw new errors/* UsageError */.e(`unknown command "${cmd}"; run \`guardian help\``);
    const values = {};
    const positional = [];
    let color;
    for (let i = 0; i < rest.length; i++) {
        const a = rest[i];
        if (a === '--no-color') {
            color = false;
            continue;
        }
        if (a === '--color') {
            color = true;
            continue;
        }
        const eq = a.indexOf('=');
        const flag = (eq > 0 ? a.slice(0, eq) : a);
        if (a.startsWith('-')) {
            if (!VALUE_FLAGS.includes(flag))
                throw new errors/* UsageError */.e(`check: unknown option ${a}; run \`guardian help\``);
            const v = eq > 0 ? a.slice(eq + 1) : rest[++i];
            if (v === undefined || v === '')
                throw new errors/* UsageError */.e(`${flag} needs a value`);
            values[flag] = v;
        }
        else
            positional.push(a);
    }
    if (positional.length > 1)
        throw new errors/* UsageError */.e(`check takes one path, got ${positional.length}: ${positional.join(' ')}`);
    const scope = values['--scope'] ? oneOf('--scope', values['--scope'], ['diff', 'all']) : undefined;
    if (scope === 'diff' && !values['--base'])
        throw new errors/* UsageError */.e('--scope diff needs --base <ref> to know what changed');
    return {
        command: 'check',
        path: positional[0] ?? '.',
        checks: (0,inputs/* parseCheckList */.wD)(values['--checks'] ?? 'all'),
        format: oneOf('--format', values['--format'] ?? 'text', ['text', 'json', 'sarif', 'markdown']),
        ...(values['--config'] ? { config: values['--config'] } : {}),
        ...(values['--base'] ? { base: values['--base'] } : {}),
        ...(values['--baseline'] ? { baseline: values['--baseline'] } : {}),
        ...(scope ? { scope } : {}),
        ...(values['--fail-on'] ? { failOn: oneOf('--fail-on', values['--fail-on'], ['error', 'warning', 'never']) } : {}),
        ...(values['--evidence-dir'] ? { evidenceDir: values['--evidence-dir'] } : {}),
        ...(values['--sarif-file'] ? { sarifFile: values['--sarif-file'] } : {}),
        ...(values['--junit-file'] ? { junitFile: values['--junit-file'] } : {}),
        ...(color !== undefined ? { color } : {}),
    };
}

// EXTERNAL MODULE: ./src/install-dir.ts
var install_dir = __webpack_require__(1154);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/cli.ts
/**
 * The `guardian` CLI entry: arguments → Settings → run → report on stdout, exit code.
 * 0 pass (or neutral), 1 fail, 2 usage or configuration error.
 */






const out = (s) => void process.stdout.write(s);
const err = (s) => void process.stderr.write(s);
async function main(argv) {
    const cmd = parseArgs(argv);
    switch (cmd.command) {
        case 'help':
            out(`${USAGE}\n`);
            return 0;
        case 'version':
            out(`${version/* TOOL_NAME */.l.toLowerCase()} ${version/* TOOL_VERSION */.w}\n`);
            return 0;
        case 'init':
            return init((0,external_node_path_.resolve)(cmd.path), cmd.force);
        case 'pure': {
            const { runPureCommand } = await Promise.all(/* import() */[__webpack_require__.e(692), __webpack_require__.e(617), __webpack_require__.e(515), __webpack_require__.e(986), __webpack_require__.e(946)]).then(__webpack_require__.bind(__webpack_require__, 946));
            const { readFile } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1455, 23));
            return runPureCommand(cmd.argv, { stdout: out, stderr: err, readFile: (p) => readFile(p, 'utf8') });
        }
        case 'check':
            return check(cmd);
    }
}
async function init(root, force) {
    const target = (0,external_node_path_.join)(root, '.github', 'guardian.yml');
    if ((0,external_node_fs_.existsSync)(target) && !force) {
        err(`${target} already exists; use --force to overwrite it.\n`);
        return 2;
    }
    const { STARTER_CONFIG } = await __webpack_require__.e(/* import() */ 153).then(__webpack_require__.bind(__webpack_require__, 6153));
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
    await (0,promises_.writeFile)(target, STARTER_CONFIG);
    out(`Wrote ${target}. Run \`guardian check\` to try it.\n`);
    return 0;
}
function progressReporter(enabled) {
    if (!enabled)
        return () => { };
    let last = 0;
    return (done, total, label) => {
        const now = Date.now();
        if (now - last < 100 && done < total)
            return;
        last = now;
        err(`\r\u001b[2K${label}: ${done}/${total}${done >= total ? '\n' : ''}`);
    };
}
async function check(args) {
    const root = (0,external_node_path_.resolve)(args.path);
    if (!(0,external_node_fs_.existsSync)(root))
        throw new errors/* UsageError */.e(`${args.path}: no such directory`);
    const tty = process.stderr.isTTY === true;
    const color = args.color ?? (process.stdout.isTTY === true && !process.env.NO_COLOR);
    const settings = {
        root,
        installDir: (0,install_dir/* findInstallDir */.S)(import.meta.url),
        checks: args.checks,
        ...(args.config ? { configPath: args.config } : {}),
        ...(args.failOn ? { failOn: args.failOn } : {}),
        ...(args.scope ? { scope: args.scope } : {}),
        ...(args.base ? { base: args.base } : {}),
        ...(args.baseline ? { baseline: args.baseline } : {}),
        fetchMissingBase: false,
        reporting: {
            comment: 'never',
            annotations: false,
            checkName: version/* TOOL_NAME */.l,
            evidenceDir: (0,external_node_path_.resolve)(root, args.evidenceDir ?? (0,external_node_path_.join)('.guardian', 'evidence')),
            ...(args.sarifFile ? { sarifFile: (0,external_node_path_.resolve)(args.sarifFile) } : {}),
            ...(args.junitFile ? { junitFile: (0,external_node_path_.resolve)(args.junitFile) } : {}),
            workflowCommands: false,
        },
        secrets: [],
        now: new Date(),
        log: { info: (m) => err(`${m}\n`), warn: (m) => err(`warning: ${m}\n`), debug: () => { } },
        progress: progressReporter(tty),
    };
    const { run } = await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(366), __webpack_require__.e(917), __webpack_require__.e(455), __webpack_require__.e(260)]).then(__webpack_require__.bind(__webpack_require__, 4455));
    const outcome = await run(settings);
    const report = outcome.report;
    switch (args.format) {
        case 'text': {
            const { renderText } = await __webpack_require__.e(/* import() */ 826).then(__webpack_require__.bind(__webpack_require__, 5826));
            out(renderText(report, { color, evidencePath: outcome.evidencePath }));
            break;
        }
        case 'json': {
            const { findingsDocument } = await __webpack_require__.e(/* import() */ 877).then(__webpack_require__.bind(__webpack_require__, 3877));
            out(`${JSON.stringify(findingsDocument({ report, configSha256: '', timeVerified: settings.now.toISOString() }), null, 2)}\n`);
            break;
        }
        case 'sarif': {
            const { planSarif } = await __webpack_require__.e(/* import() */ 643).then(__webpack_require__.bind(__webpack_require__, 643));
            out(`${JSON.stringify(planSarif(report), null, 2)}\n`);
            break;
        }
        case 'markdown': {
            const { planJobSummary } = await __webpack_require__.e(/* import() */ 236).then(__webpack_require__.bind(__webpack_require__, 5236));
            out(planJobSummary(report));
            break;
        }
    }
    return outcome.verdict.verdict === 'fail' ? 1 : 0;
}
main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
}, (e) => {
    const error = e;
    if (error.name === 'ConfigError' && error.problems) {
        err(`Configuration error${error.problems.length > 1 ? 's' : ''}:\n${error.problems.map((p) => `  ${p}`).join('\n')}\n`);
        process.exitCode = 2;
    }
    else if (error.name === 'UsageError' || error.name === 'InputError') {
        err(`guardian: ${error.message}\n`);
        process.exitCode = 2;
    }
    else {
        err(`guardian: ${error.stack ?? error.message ?? String(e)}\n`);
        process.exitCode = 2;
    }
});


/***/ }),

/***/ 4296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ UsageError)
/* harmony export */ });
/** A mistake in how Guardian was invoked (bad flag, unknown check): the CLI exits 2. */
class UsageError extends Error {
    name = 'UsageError';
}


/***/ }),

/***/ 1154:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ findInstallDir)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
/** Guardian's install root (the folder holding action.yml and rules/), found from a module URL. */



function findInstallDir(moduleUrl) {
    let dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(moduleUrl));
    for (let i = 0; i < 6; i++) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'action.yml')) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'rules')))
            return dir;
        const up = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir);
        if (up === dir)
            break;
        dir = up;
    }
    throw new Error(`Guardian's install folder (with action.yml and rules/) was not found above ${(0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(moduleUrl)}; reinstall Guardian.`);
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ TOOL_NAME),
/* harmony export */   w: () => (/* binding */ TOOL_VERSION)
/* harmony export */ });
/** Tool identity, kept in one place (matches package.json; a unit test keeps them equal). */
const TOOL_NAME = 'Guardian';
const TOOL_VERSION = '0.1.0';


/***/ })

};
