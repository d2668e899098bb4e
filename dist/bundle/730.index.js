export const id = 730;
export const ids = [730,260];
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

/***/ 8550:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  D: () => (/* binding */ loadEvent),
  m: () => (/* binding */ settingsFromAction)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/action/event.ts
const PR_EVENTS = ['pull_request', 'pull_request_target'];
function pullRequestFrom(eventName, payload) {
    if (!PR_EVENTS.includes(eventName))
        return undefined;
    const pr = payload?.pull_request;
    if (!pr?.number || !pr.head?.sha || !pr.base?.sha)
        return undefined;
    const baseRepo = pr.base.repo?.full_name ?? '';
    // A deleted fork has head.repo null: treat it as a fork (never trusted).
    const headRepo = pr.head.repo?.full_name ?? '(deleted fork)';
    return {
        number: pr.number,
        headSha: pr.head.sha,
        baseSha: pr.base.sha,
        baseRef: pr.base.ref ?? '',
        headRef: pr.head.ref ?? '',
        headRepo,
        baseRepo,
        isFork: headRepo.toLowerCase() !== baseRepo.toLowerCase(),
    };
}
/**
 * Why this run must not write to GitHub, or undefined. GitHub gives `pull_request` runs from
 * forks, and Dependabot's runs, a read-only token without secrets.
 */
function readOnlyReason(opts) {
    if (!opts.token)
        return 'no github-token was given';
    if (opts.eventName === 'pull_request' && opts.pr?.isFork) {
        return `pull request from fork ${opts.pr.headRepo}: GitHub gives this run a read-only token. Use the workflow_run reporter (workflows-examples/pr-report.yml) to post results`;
    }
    if (opts.actor === 'dependabot[bot]' && opts.eventName !== 'pull_request_target') {
        return 'Dependabot run: GitHub gives it a read-only token';
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/action/inputs.ts
var action_inputs = __webpack_require__(1729);
;// CONCATENATED MODULE: ./src/action/settings.ts
/** Builds {@link Settings} from action inputs and the runner's environment (pure but for `readFile`). */



const ZERO_SHA = /^0{40}$/;
function loadEvent(env, readFile) {
    const name = env.GITHUB_EVENT_NAME ?? '';
    const path = env.GITHUB_EVENT_PATH;
    if (!path)
        return { name, payload: {} };
    let text;
    try {
        text = readFile(path);
    }
    catch (e) {
        throw new action_inputs/* InputError */.dz(`GITHUB_EVENT_PATH ${path}: cannot read the event payload (${e.message})`);
    }
    try {
        return { name, payload: JSON.parse(text) };
    }
    catch (e) {
        throw new action_inputs/* InputError */.dz(`GITHUB_EVENT_PATH ${path}: the event payload is not valid JSON (${e.message})`);
    }
}
function settingsFromAction(inputs, env, event, deps) {
    const root = (0,external_node_path_.resolve)(env.GITHUB_WORKSPACE || deps.cwd);
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (!owner || !repo)
        throw new action_inputs/* InputError */.dz('GITHUB_REPOSITORY is not set (expected "owner/repo"); is this running inside GitHub Actions?');
    const pr = pullRequestFrom(event.name, event.payload);
    const before = event.payload?.before;
    const base = pr?.baseSha ?? (event.name === 'push' && before && !ZERO_SHA.test(before) ? before : undefined);
    const sha = pr?.headSha ?? env.GITHUB_SHA ?? '';
    const tempRoot = env.RUNNER_TEMP || root;
    const inWorkspace = (p) => ((0,external_node_path_.isAbsolute)(p) ? p : (0,external_node_path_.resolve)(root, p));
    const reason = readOnlyReason({ eventName: event.name, token: inputs.token, ...(pr ? { pr } : {}), ...(env.GITHUB_ACTOR ? { actor: env.GITHUB_ACTOR } : {}) });
    return {
        root,
        installDir: deps.installDir,
        configPath: inputs.config,
        checks: inputs.checks,
        ...(inputs.failOn ? { failOn: inputs.failOn } : {}),
        ...(inputs.scope ? { scope: inputs.scope } : {}),
        ...(base ? { base } : {}),
        fetchMissingBase: true,
        reporting: {
            comment: inputs.comment,
            annotations: inputs.annotations,
            checkName: inputs.checkName,
            evidenceDir: inputs.evidenceDir ? inWorkspace(inputs.evidenceDir) : (0,external_node_path_.join)(tempRoot, 'guardian', 'evidence'),
            ...(inputs.sarifFile ? { sarifFile: inWorkspace(inputs.sarifFile) } : {}),
            ...(inputs.junitFile ? { junitFile: inWorkspace(inputs.junitFile) } : {}),
            ...(env.GITHUB_STEP_SUMMARY ? { stepSummaryFile: env.GITHUB_STEP_SUMMARY } : {}),
            workflowCommands: inputs.annotations,
        },
        github: {
            token: inputs.token,
            apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
            serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
            owner,
            repo,
            eventName: event.name,
            sha,
            ...(env.GITHUB_RUN_ID ? { runId: env.GITHUB_RUN_ID } : {}),
            ...(env.GITHUB_RUN_ATTEMPT ? { runAttempt: env.GITHUB_RUN_ATTEMPT } : {}),
            ...(pr ? { pullRequest: pr } : {}),
            ...(reason ? { readOnlyReason: reason } : {}),
        },
        secrets: inputs.token ? [inputs.token] : [],
        now: deps.now,
        log: deps.log,
        progress: () => { },
    };
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

/***/ 1730:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _action_inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1729);
/* harmony import */ var _action_settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8550);
/* harmony import */ var _install_dir_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1154);
/* harmony import */ var _report_workflow_commands_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8260);
/**
 * The action entry (runs.main): inputs → Settings → run → outputs. Thin on purpose, and fast
 * to start: log lines are plain workflow commands, and `@actions/core` (which pulls in an
 * HTTP client for OIDC) loads only after the gates have run, to set outputs and the result.
 */





const PROBLEM_POSITION = /^(?<file>[^:\s][^:]*):(?<line>\d+)(?::(?<col>\d+))?/;
const print = (line) => void process.stdout.write(`${line}\n`);
const log = {
    info: (m) => print(m),
    warn: (m) => print((0,_report_workflow_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .formatCommand */ .fE)('warning', {}, m)),
    debug: (m) => print((0,_report_workflow_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .formatCommand */ .fE)('debug', {}, m)),
};
async function main() {
    const env = process.env;
    const inputs = (0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .readActionInputs */ .Ui)(env);
    if (inputs.token)
        print((0,_report_workflow_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .formatCommand */ .fE)('add-mask', {}, inputs.token));
    const event = (0,_action_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .loadEvent */ .D)(env, (p) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(p, 'utf8'));
    const settings = (0,_action_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .settingsFromAction */ .m)(inputs, env, event, {
        installDir: (0,_install_dir_js__WEBPACK_IMPORTED_MODULE_2__/* .findInstallDir */ .S)(import.meta.url),
        cwd: process.cwd(),
        now: new Date(),
        log,
    });
    if (inputs.mode === 'report')
        return relayBundle(settings, event.payload, inputs.evidenceDir !== undefined);
    const { run } = await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(366), __webpack_require__.e(917), __webpack_require__.e(455), __webpack_require__.e(242)]).then(__webpack_require__.bind(__webpack_require__, 4455));
    const outcome = await run(settings);
    // Check-run annotations already carry the findings; workflow commands are the fallback channel.
    if (!outcome.checkRunUrl)
        for (const line of outcome.workflowCommands)
            print(line);
    const { verdict } = outcome;
    log.info(`Guardian verdict: ${verdict.verdict} (${verdict.reasons.join('; ')})`);
    log.info(`Evidence bundle: ${outcome.evidencePath}`);
    return {
        outputs: {
            verdict: verdict.verdict,
            'error-count': String(verdict.counts.error),
            'warning-count': String(verdict.counts.warning),
            'evidence-path': outcome.evidencePath,
            'sarif-path': outcome.sarifPath ?? '',
            'check-run-url': outcome.checkRunUrl ?? '',
            'comment-url': outcome.commentUrl ?? '',
        },
        ...(verdict.verdict === 'fail' ? { failure: `Guardian: ${verdict.reasons.join('; ')}` } : {}),
    };
}
/** `mode: report`: post a downloaded bundle from a trusted workflow_run job. */
async function relayBundle(settings, payload, evidenceDirGiven) {
    const wr = payload.workflow_run;
    if (!settings.github || !wr?.head_sha) {
        throw new _action_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('mode "report" runs on `workflow_run` events: the event payload has no workflow_run.head_sha');
    }
    if (!evidenceDirGiven)
        throw new _action_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('mode "report" needs `evidence-dir`: the folder the evidence artifact was downloaded to');
    const { relay } = await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(917), __webpack_require__.e(66)]).then(__webpack_require__.bind(__webpack_require__, 1066));
    const outcome = await relay({
        bundleDir: settings.reporting.evidenceDir,
        github: settings.github,
        reporting: settings.reporting,
        log: settings.log,
        run: {
            headSha: wr.head_sha,
            headBranch: wr.head_branch ?? '',
            headOwner: wr.head_repository?.owner?.login ?? settings.github.owner,
            headRepo: wr.head_repository?.name ?? settings.github.repo,
            listedNumbers: (wr.pull_requests ?? []).map((p) => p.number),
            conclusion: wr.conclusion ?? 'success',
            ...(wr.html_url ? { htmlUrl: wr.html_url } : {}),
        },
    });
    log.info(`Posted the bundle's verdict (${outcome.verdict.verdict}) for ${wr.head_sha}${outcome.pullRequest ? ` on PR #${outcome.pullRequest}` : ''}.`);
    return {
        outputs: {
            verdict: outcome.verdict.verdict,
            'error-count': String(outcome.verdict.counts.error),
            'warning-count': String(outcome.verdict.counts.warning),
            'evidence-path': settings.reporting.evidenceDir,
            'sarif-path': '',
            'check-run-url': outcome.checkRunUrl ?? '',
            'comment-url': outcome.commentUrl ?? '',
        },
    };
}
/** Config problems become annotations on the config file, each at its line. */
function reportProblems(problems) {
    for (const p of problems) {
        const m = PROBLEM_POSITION.exec(p)?.groups;
        print((0,_report_workflow_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .formatCommand */ .fE)('error', m ? { file: m.file, line: m.line, col: m.col, title: 'Guardian configuration' } : { title: 'Guardian configuration' }, p));
    }
}
async function finish(result) {
    const core = await __webpack_require__.e(/* import() */ 421).then(__webpack_require__.bind(__webpack_require__, 6421));
    if ('error' in result) {
        const err = result.error;
        if (err.name === 'ConfigError' && err.problems) {
            reportProblems(err.problems);
            core.setFailed(`Guardian: the configuration is invalid (${err.problems.length} problem(s) above).`);
        }
        else {
            core.setFailed(`Guardian: ${err.message ?? String(err)}`);
        }
        return;
    }
    for (const [name, value] of Object.entries(result.outputs))
        core.setOutput(name, value);
    if (result.failure)
        core.setFailed(result.failure);
}
await main().then(finish, (error) => finish({ error }));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 301:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ sortFindings),
/* harmony export */   c: () => (/* binding */ allFindings)
/* harmony export */ });
const LEVEL_ORDER = { error: 0, warning: 1, notice: 2 };
/** Errors first, then warnings, notices; suppressed last; then by path and line. */
function sortFindings(findings) {
    return [...findings].sort((a, b) => Number(!!a.suppression) - Number(!!b.suppression) ||
        LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] ||
        (a.location?.path ?? '').localeCompare(b.location?.path ?? '') ||
        (a.location?.startLine ?? 0) - (b.location?.startLine ?? 0) ||
        a.ruleId.localeCompare(b.ruleId));
}
function allFindings(report) {
    return sortFindings(report.results.flatMap((r) => r.findings));
}


/***/ }),

/***/ 4031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   O0: () => (/* binding */ encodePath),
/* harmony export */   kU: () => (/* binding */ stripControl),
/* harmony export */   wh: () => (/* binding */ plainText),
/* harmony export */   xv: () => (/* binding */ truncate)
/* harmony export */ });
/* unused harmony exports escapeHtml, codeSpan */
/**
 * Escaping for untrusted text (paths, messages, code excerpts, PR content) before it reaches
 * Markdown or HTML: no injected formatting, links, HTML, @mentions, #references or fake
 * `<!-- guardian:... -->` markers (pure).
 */
const HTML = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
function escapeHtml(s) {
    return s.replace(/[&<>"']/g, (c) => HTML[c]);
}
/**
 * Escapes text for Markdown inline context (also safe in table cells): HTML-escapes, then
 * backslash-escapes Markdown punctuation, breaks @mentions and #123 references with a
 * zero-width joiner, and folds newlines into spaces.
 */
function escapeMarkdown(s) {
    return stripControl(s)
        .replace(/\r?\n|\r/g, ' ')
        .replace(/[\\`*_{}[\]()#+\-.!|~:=^$]/g, (c) => `\\${c}`)
        .replace(/[&<>]/g, (c) => HTML[c])
        .replace(/([@#])/g, '$1\u200d');
}
/** A code span that cannot be broken out of: `<code>` with HTML escaping, newlines folded. */
function codeSpan(s, max = 200) {
    const t = truncate(stripControl(s).replace(/\r?\n|\r/g, ' ').trim(), max);
    return `<code>${escapeHtml(t).replace(/@/g, '@\u200d').replace(/\|/g, '&#124;')}</code>`;
}
/** Removes C0/C1 control characters except tab and newline (terminal and renderer safety). */
function stripControl(s) {
    return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '');
}
function truncate(s, max) {
    if (s.length <= max)
        return s;
    return `${s.slice(0, Math.max(0, max - 1))}…`;
}
/** URL-encodes each segment of a repository path for blob links. */
function encodePath(path) {
    return path.split('/').map(encodeURIComponent).join('/');
}
/** Text for GitHub check-run annotations and workflow commands: control characters removed, bounded. */
function plainText(s, max) {
    return truncate(stripControl(s), max);
}


/***/ }),

/***/ 8260:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TL: () => (/* binding */ planWorkflowCommands),
/* harmony export */   fE: () => (/* binding */ formatCommand)
/* harmony export */ });
/* unused harmony exports WORKFLOW_COMMANDS_PER_LEVEL, workflowCommand */
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(301);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4031);


const WORKFLOW_COMMANDS_PER_LEVEL = 10;
function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** One `::name key=value,…::message` line, escaped as the runner expects. */
function formatCommand(name, props, message) {
    const list = Object.entries(props)
        .filter((e) => e[1] !== undefined)
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
    return `::${name}${list.length ? ` ${list.join(',')}` : ''}::${escapeData(message)}`;
}
function workflowCommand(f) {
    const cmd = f.level === 'error' ? 'error' : f.level === 'warning' ? 'warning' : 'notice';
    const loc = f.location;
    const singleLine = loc !== undefined && (loc.endLine ?? loc.startLine) === loc.startLine;
    return formatCommand(cmd, {
        file: loc?.path,
        line: loc?.startLine,
        endLine: loc?.endLine,
        col: loc?.startColumn,
        endColumn: singleLine ? loc?.endColumn : undefined,
        title: (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .plainText */ .wh)(f.title ?? f.ruleId, 255),
    }, (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .plainText */ .wh)(f.message, 4_000));
}
function planWorkflowCommands(report) {
    const active = (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .allFindings */ .c)(report).filter((f) => !f.suppression);
    const pick = (level) => active.filter((f) => f.level === level).slice(0, WORKFLOW_COMMANDS_PER_LEVEL);
    return [...pick('error'), ...pick('warning'), ...pick('notice')].map(workflowCommand);
}


/***/ })

};
