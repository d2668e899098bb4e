export const id = 455;
export const ids = [455];
export const modules = {

/***/ 4455:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/checks/placeholders/options.ts
var options = __webpack_require__(3910);
// EXTERNAL MODULE: ./src/checks/governance/options.ts
var governance_options = __webpack_require__(8076);
// EXTERNAL MODULE: ./src/checks/contracts/options.ts
var contracts_options = __webpack_require__(1255);
// EXTERNAL MODULE: ./src/checks/compile/options.ts
var compile_options = __webpack_require__(293);
;// CONCATENATED MODULE: ./src/checks/registry.ts




const CHECKS = [
    { id: 'placeholders', optionsSchema: options/* optionsSchema */.ci, load: async () => (await __webpack_require__.e(/* import() */ 727).then(__webpack_require__.bind(__webpack_require__, 8727))).check },
    { id: 'governance', optionsSchema: governance_options/* optionsSchema */.c, load: async () => (await __webpack_require__.e(/* import() */ 480).then(__webpack_require__.bind(__webpack_require__, 2480))).check },
    { id: 'contracts', optionsSchema: contracts_options/* optionsSchema */.ci, load: async () => (await Promise.all(/* import() */[__webpack_require__.e(210), __webpack_require__.e(316), __webpack_require__.e(364)]).then(__webpack_require__.bind(__webpack_require__, 3364))).check },
    { id: 'compile', optionsSchema: compile_options/* optionsSchema */.ci, load: async () => (await Promise.all(/* import() */[__webpack_require__.e(692), __webpack_require__.e(515), __webpack_require__.e(986), __webpack_require__.e(571)]).then(__webpack_require__.bind(__webpack_require__, 4571))).check },
];
const CHECK_IDS = () => CHECKS.map((c) => c.id);

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/config/did-you-mean.ts
var did_you_mean = __webpack_require__(9255);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/core/canonical-json.ts
var canonical_json = __webpack_require__(484);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(3054);
;// CONCATENATED MODULE: ./src/config/schema.ts
/**
 * The configuration schema, assembled from the common keys and each registered check's
 * option schema. Every object is strict: unknown keys are errors with a did-you-mean.
 */


const levelSchema = schemas/* enum */.k5n(types/* RULE_LEVELS */.D);
const scopeSchema = schemas/* enum */.k5n(['diff', 'all']);
const failOnSchema = schemas/* enum */.k5n(['error', 'warning', 'never']);
const globs = schemas/* array */.YOg(schemas/* string */.YjP().min(1));
const isoDate = schemas/* string */.YjP().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');
const ruleConfigSchema = schemas/* union */.KCZ([
    levelSchema,
    schemas/* strictObject */.rej({ level: levelSchema.optional(), paths: globs.optional(), ignore: globs.optional() }),
]);
/** Keys every check section accepts; the pipeline, not the check, applies them. */
const commonCheckShape = {
    enabled: schemas/* boolean */.zMY().optional(),
    level: levelSchema.optional(),
    scope: scopeSchema.optional(),
    paths: globs.optional(),
    ignore: globs.optional(),
    rules: schemas/* record */.g1P(schemas/* string */.YjP().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a kebab-case rule name'), ruleConfigSchema).optional(),
};
const exceptionSchema = schemas/* strictObject */.rej({
    /** `check/rule` or `check/*`. */
    rule: schemas/* string */.YjP().regex(/^[a-z0-9-]+\/(?:[a-z0-9-]+|\*)$/, 'expected a rule id like "placeholders/todo" or "governance/*"'),
    paths: globs.optional(),
    fingerprint: schemas/* string */.YjP().optional(),
    reason: schemas/* string */.YjP().trim().min(1, 'an exception needs a reason'),
    expires: isoDate.optional(),
});
function buildConfigSchema(checks) {
    const checkShapes = Object.fromEntries(checks.map((c) => [c.id, c.optionsSchema.extend(commonCheckShape).strict().optional()]));
    return schemas/* strictObject */.rej({
        extends: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* array */.YOg(schemas/* string */.YjP())]).optional(),
        'fail-on': failOnSchema.optional(),
        scope: scopeSchema.optional(),
        ignore: globs.optional(),
        checks: schemas/* strictObject */.rej(checkShapes).optional(),
        exceptions: schemas/* array */.YOg(exceptionSchema).optional(),
    });
}

// EXTERNAL MODULE: ./src/config/yaml-source.ts
var yaml_source = __webpack_require__(2865);
// EXTERNAL MODULE: ./src/config/zod-errors.ts
var zod_errors = __webpack_require__(5079);
;// CONCATENATED MODULE: ./src/config/load.ts
/**
 * Finds, parses, validates and merges the configuration (`extends` chains included).
 * Errors are collected and thrown together as a {@link ConfigError}, each naming
 * file:line:column, the key path and what is allowed.
 */







const DEFAULT_CONFIG_PATHS = ['.github/guardian.yml', 'guardian.yml'];
class ConfigError extends Error {
    problems;
    constructor(problems) {
        super(problems.join('\n'));
        this.problems = problems;
        this.name = 'ConfigError';
    }
}
async function loadConfig(opts) {
    const schema = buildConfigSchema(opts.checks);
    const userPath = await locate(opts);
    const layers = [];
    const problems = [];
    if (userPath)
        await collect(userPath, opts, schema, layers, problems, []);
    if (problems.length)
        throw new ConfigError(problems);
    const merged = layers.reduce((acc, l) => mergeConfig(acc, l.raw), {});
    delete merged.extends;
    const parsed = schema.safeParse(merged);
    if (!parsed.success) {
        // Each layer validated alone, so a failure here is a merge conflict; name the user's file.
        throw new ConfigError(parsed.error.issues.map((i) => `${userPath ?? 'config'}: ${i.path.join('.')}: ${i.message}`));
    }
    const exceptionSources = layers.flatMap((l) => (l.raw.exceptions ?? []).map((_, i) => {
        const pos = (0,yaml_source/* positionOf */.d)(l.src, ['exceptions', i]);
        return `${l.src.file}:${pos.line}`;
    }));
    return {
        file: userPath ? display(opts.root, userPath) : null,
        files: layers.map((l) => l.src.file),
        config: parsed.data,
        sha256: (0,external_node_crypto_.createHash)('sha256').update((0,canonical_json/* canonicalJson */.d)(parsed.data)).digest('hex'),
        exceptionSources,
    };
}
async function locate(opts) {
    if (opts.path) {
        const abs = (0,external_node_path_.resolve)(opts.root, opts.path);
        if (await exists(abs))
            return abs;
        // The action's default input is tried like the built-in defaults; an explicit other path must exist.
        if (!DEFAULT_CONFIG_PATHS.includes(opts.path)) {
            throw new ConfigError([`${opts.path}: config file not found (looked in ${opts.root}). Create it with \`guardian init\` or fix the path.`]);
        }
    }
    for (const p of DEFAULT_CONFIG_PATHS) {
        const abs = (0,external_node_path_.join)(opts.root, p);
        if (await exists(abs))
            return abs;
    }
    return null;
}
async function collect(abs, opts, schema, layers, problems, chain) {
    const file = display(opts.root, abs);
    if (chain.includes(abs)) {
        problems.push(`${file}: extends cycle: ${[...chain, abs].map((p) => display(opts.root, p)).join(' -> ')}`);
        return;
    }
    let text;
    try {
        text = await (0,promises_.readFile)(abs, 'utf8');
    }
    catch (e) {
        problems.push(`${file}: cannot read config: ${e.message}`);
        return;
    }
    const src = (0,yaml_source/* parseYamlSource */.W)(file, text);
    if (src.errors.length) {
        problems.push(...src.errors);
        return;
    }
    const value = src.value ?? {};
    if (typeof value !== 'object' || Array.isArray(value)) {
        problems.push(`${file}:1:1 (top level): expected a mapping of configuration keys, got ${Array.isArray(value) ? 'a list' : typeof value}`);
        return;
    }
    const result = schema.safeParse(value, { reportInput: true });
    if (!result.success) {
        problems.push(...(0,zod_errors/* formatIssues */.o)(src, schema, result.error.issues));
        return;
    }
    const raw = value;
    const parents = raw.extends === undefined ? [] : Array.isArray(raw.extends) ? raw.extends : [raw.extends];
    for (const [i, ref] of parents.entries()) {
        const target = resolveExtends(String(ref), abs, opts.installDir);
        if (!target) {
            const pos = (0,yaml_source/* positionOf */.d)(src, Array.isArray(raw.extends) ? ['extends', i] : ['extends']);
            problems.push(`${file}:${pos.line}:${pos.column} extends: unknown preset "${ref}"; use guardian:recommended, guardian:strict or a relative path`);
            continue;
        }
        if (!(await exists(target))) {
            const pos = (0,yaml_source/* positionOf */.d)(src, Array.isArray(raw.extends) ? ['extends', i] : ['extends']);
            problems.push(`${file}:${pos.line}:${pos.column} extends: file not found: ${ref}`);
            continue;
        }
        await collect(target, opts, schema, layers, problems, [...chain, abs]);
    }
    layers.push({ src, raw });
}
function resolveExtends(ref, from, installDir) {
    if (ref.startsWith('guardian:')) {
        const name = ref.slice('guardian:'.length);
        return /^[a-z0-9-]+$/.test(name) ? (0,external_node_path_.join)(installDir, 'rules', 'presets', `${name}.yaml`) : null;
    }
    return (0,external_node_path_.isAbsolute)(ref) ? ref : (0,external_node_path_.resolve)((0,external_node_path_.dirname)(from), ref);
}
/** Objects merge deeply; `exceptions` accumulate; other arrays and scalars are replaced. */
function mergeConfig(base, over, path = '') {
    const out = { ...base };
    for (const [k, v] of Object.entries(over)) {
        const prev = out[k];
        if (path === '' && k === 'exceptions' && Array.isArray(prev) && Array.isArray(v))
            out[k] = [...prev, ...v];
        else if (isPlainObject(prev) && isPlainObject(v))
            out[k] = mergeConfig(prev, v, `${path}.${k}`);
        else
            out[k] = v;
    }
    return out;
}
function isPlainObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function display(root, abs) {
    const rel = (0,external_node_path_.relative)(root, abs);
    return rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel) ? abs : rel.split(external_node_path_.sep).join('/');
}
async function exists(p) {
    try {
        return (await (0,promises_.stat)(p)).isFile();
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/core/baseline.ts
const key = (f) => `${f.ruleId}\0${f.location?.path ?? ''}`;
function indexBaseline(ref, findings) {
    const counts = new Map();
    for (const f of findings)
        counts.set(key(f), (counts.get(key(f)) ?? 0) + 1);
    return { ref, counts, fingerprints: new Set(findings.map((f) => f.fingerprint)) };
}
function applyBaseline(findings, baseline) {
    const current = new Map();
    for (const f of findings)
        if (!f.suppression)
            current.set(key(f), (current.get(key(f)) ?? 0) + 1);
    return findings.map((f) => {
        if (f.suppression)
            return f;
        const before = baseline.counts.get(key(f)) ?? 0;
        const now = current.get(key(f)) ?? 0;
        if (now <= before || baseline.fingerprints.has(f.fingerprint)) {
            return { ...f, suppression: { kind: 'baseline', reason: `present at baseline ${baseline.ref} (${before} finding(s) of this rule in this file)` } };
        }
        return f;
    });
}

// EXTERNAL MODULE: ./src/core/policy.ts
var core_policy = __webpack_require__(2721);
;// CONCATENATED MODULE: ./src/core/verdict.ts
/** The `fail-on` policy: per-check status and the run's verdict (pure). */

function gatingCount(counts, failOn) {
    if (failOn === 'never')
        return 0;
    return failOn === 'warning' ? counts.error + counts.warning : counts.error;
}
function checkStatus(counts, failOn, neutral) {
    if (gatingCount(counts, failOn) > 0)
        return 'failed';
    if (neutral && counts.error + counts.warning + counts.notice + counts.suppressed === 0)
        return 'neutral';
    return 'passed';
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
function computeVerdict(results, failOn) {
    const counts = (0,core_policy/* emptyCounts */.W1)();
    const reasons = [];
    for (const r of results) {
        for (const k of Object.keys(counts))
            counts[k] += r.counts[k];
        if (r.status === 'error')
            reasons.push(`${r.checkId}: the check could not run: ${r.error ?? 'unknown error'}`);
        else if (r.status === 'failed') {
            const parts = [plural(r.counts.error, 'error')];
            if (failOn === 'warning')
                parts.push(plural(r.counts.warning, 'warning'));
            reasons.push(`${r.checkId}: ${parts.join(', ')}`);
        }
    }
    const failing = results.some((r) => r.status === 'failed' || r.status === 'error');
    let verdict;
    if (failOn === 'never')
        verdict = failing || counts.error + counts.warning > 0 ? 'neutral' : 'pass';
    else if (failing)
        verdict = 'fail';
    else if (results.length > 0 && results.every((r) => r.status === 'neutral'))
        verdict = 'neutral';
    else
        verdict = 'pass';
    if (verdict === 'pass' && reasons.length === 0)
        reasons.push(results.length ? 'no blocking findings' : 'no checks ran');
    if (failOn === 'never' && verdict === 'neutral')
        reasons.push('fail-on is "never": findings are reported without failing');
    return { verdict, reasons, checks: results.map((r) => ({ checkId: r.checkId, status: r.status })), counts, failOn };
}

;// CONCATENATED MODULE: ./src/core/meta-check.ts
/**
 * The `guardian` pseudo-check: findings about Guardian's own configuration and suppressions
 * (expired exceptions, inline suppressions without a reason), gated like any other (pure).
 */


const META_CHECK = 'guardian';
const META_RULES = [
    {
        id: 'guardian/expired-exception',
        name: 'Expired exception',
        shortDescription: 'A config exception is past its expiry date and no longer applies.',
        fullDescription: 'Exceptions may carry `expires: YYYY-MM-DD`. After that date the exception stops hiding findings and is reported here.',
        help: 'Fix the findings it covered, or renew the exception with a new `expires` date and an updated reason.',
        helpUri: 'https://github.com/guardian-ci/guardian#exceptions',
        defaultLevel: 'warning',
    },
    {
        id: 'guardian/suppression-without-reason',
        name: 'Suppression without a reason',
        shortDescription: 'An inline guardian-ignore comment gives no reason, so it does not apply.',
        fullDescription: 'Inline suppressions must say why: `guardian-ignore[check/rule]: <reason>`. One without a reason is ignored and reported.',
        help: 'Add the reason after a colon, e.g. `guardian-ignore[placeholders/todo]: tracked in #123`.',
        helpUri: 'https://github.com/guardian-ci/guardian#suppressing-findings',
        defaultLevel: 'warning',
    },
];
function reasonlessFinding(path, s) {
    return {
        ruleId: 'guardian/suppression-without-reason',
        message: `guardian-ignore[${s.rules.join(', ')}] has no reason, so it does not apply. Add one: guardian-ignore[${s.rules.join(', ')}]: <why this is acceptable>.`,
        location: { path, startLine: s.line },
    };
}
/** Config and suppression hygiene, reported as the `guardian` pseudo-check when there is any. */
function metaResult(expired, pending, failOn) {
    const inputs = [...pending];
    for (const e of expired) {
        const [path, line] = splitSource(e.source);
        inputs.push({
            ruleId: 'guardian/expired-exception',
            message: `The exception for ${e.rule} expired on ${e.expires} and no longer applies (reason given: "${e.reason}"). Fix the findings or renew it with a new expiry date.`,
            location: { path, startLine: line },
        });
    }
    if (inputs.length === 0)
        return null;
    const out = (0,core_policy/* applyPolicy */.VC)({
        checkId: META_CHECK,
        findings: inputs,
        rules: META_RULES,
        policy: {},
        exceptions: [],
        suppressionsFor: () => undefined,
        diff: null,
        scope: 'all',
    });
    return {
        checkId: META_CHECK,
        title: 'Configuration and suppressions',
        status: checkStatus(out.counts, failOn, false),
        findings: out.findings,
        counts: out.counts,
        durationMs: 0,
        evidence: {},
        rules: META_RULES,
        notes: [],
    };
}
function splitSource(source) {
    const m = /^(.*):(\d+)$/.exec(source);
    return m ? [m[1], Number(m[2])] : [source, 1];
}

// EXTERNAL MODULE: ./src/core/inline-suppressions.ts
var inline_suppressions = __webpack_require__(5395);
;// CONCATENATED MODULE: ./src/core/run-checks.ts
async function runChecks(entries, contextFor) {
    return Promise.all(entries.map(async (entry) => {
        const start = performance.now();
        let check;
        try {
            check = await entry.load();
            const output = await check.run(contextFor(entry));
            return { entry, check, output, durationMs: performance.now() - start };
        }
        catch (e) {
            return { entry, ...(check ? { check } : {}), error: describeError(e), durationMs: performance.now() - start };
        }
    }));
}
function describeError(e) {
    if (e instanceof Error)
        return e.message || e.name;
    return String(e);
}
/** Static rules plus the ones the check created from data, without duplicates. */
function rulesOf(run) {
    const byId = new Map();
    for (const r of [...(run.check?.meta.rules ?? []), ...(run.output?.rules ?? [])])
        byId.set(r.id, r);
    return [...byId.values()];
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/git/exec.ts
/** Runs git as a child process. The only place that spawns git. */

class GitError extends Error {
    args;
    code;
    stderr;
    constructor(message, args, code, stderr) {
        super(message);
        this.args = args;
        this.code = code;
        this.stderr = stderr;
        this.name = 'GitError';
    }
}
/** Runs `git <args>` and resolves with its exit code and output; never throws on a non-zero exit. */
function runGit(args, opts) {
    return new Promise((resolvePromise) => {
        // quotePath=false keeps non-ASCII paths readable; -c keeps user config from changing output.
        const child = (0,external_node_child_process_.spawn)('git', ['-c', 'core.quotePath=false', '-c', 'color.ui=false', ...args], {
            cwd: opts.cwd,
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
            stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
        });
        const out = [];
        const err = [];
        let settled = false;
        const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 60_000);
        child.stdout.on('data', (b) => out.push(b));
        child.stderr.on('data', (b) => err.push(b));
        const finish = (code, extra = '') => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            resolvePromise({ code, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') + extra });
        };
        child.on('error', (e) => finish(127, String(e.message)));
        child.on('close', (code, signal) => finish(code ?? (signal ? 128 : 1), signal ? ` (killed by ${signal})` : ''));
        if (opts.input !== undefined)
            child.stdin?.end(opts.input);
    });
}
/** Like {@link runGit} but returns stdout as text and throws a {@link GitError} on failure. */
async function git(args, opts) {
    const r = await runGit(args, opts);
    if (r.code !== 0) {
        throw new GitError(`git ${args.join(' ')} failed (${r.code}): ${r.stderr.trim()}`, args, r.code, r.stderr);
    }
    return r.stdout.toString('utf8');
}
/** The repository top level containing `dir`, or null when `dir` is not inside a git work tree. */
async function gitTopLevel(dir) {
    const r = await runGit(['rev-parse', '--show-toplevel'], { cwd: dir, timeoutMs: 10_000 });
    return r.code === 0 ? r.stdout.toString('utf8').trim() : null;
}

// EXTERNAL MODULE: ./src/git/unified-diff.ts
var unified_diff = __webpack_require__(8616);
;// CONCATENATED MODULE: ./src/git/diff.ts


/** The base names nothing in a complete clone: a typo, not missing history. */
class UnknownBaseError extends Error {
    name = 'UnknownBaseError';
}
const FETCH_DEPTH_HINT = 'Set `fetch-depth: 0` on actions/checkout (or fetch the base branch) so Guardian can compute exact changed lines.';
async function computeDiff(req) {
    const { root, base } = req;
    let baseCommit = await resolveCommit(root, base);
    if (!baseCommit && req.fetchMissingBase) {
        await runGit(['fetch', '--no-tags', '--quiet', '--depth=1', 'origin', base], { cwd: root, timeoutMs: 60_000 });
        baseCommit = await resolveCommit(root, base);
    }
    if (!baseCommit) {
        const shallow = await runGit(['rev-parse', '--is-shallow-repository'], { cwd: root, timeoutMs: 10_000 });
        if (shallow.stdout.toString('utf8').trim() !== 'true') {
            throw new UnknownBaseError(`base "${base}" is not a commit, branch or tag in ${root}; check the name (e.g. origin/main) or fetch it first`);
        }
        return fallbackToLastCommit(root, base);
    }
    const mb = await runGit(['merge-base', baseCommit, 'HEAD'], { cwd: root, timeoutMs: 30_000 });
    const mergeBase = mb.code === 0 ? mb.stdout.toString('utf8').trim() : null;
    const from = mergeBase ?? baseCommit;
    const files = await diffAgainstWorkTree(root, from);
    const info = { baseRef: base, headRef: 'HEAD', mergeBase, files };
    if (!mergeBase) {
        info.warning =
            `The merge base of ${base} and HEAD is not in this clone (shallow history), so changed lines were computed ` +
                `against the base tip: lines the base changed since the fork also count as changed. ${FETCH_DEPTH_HINT}`;
    }
    return info;
}
async function resolveCommit(root, ref) {
    const r = await runGit(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd: root, timeoutMs: 10_000 });
    return r.code === 0 ? r.stdout.toString('utf8').trim() : null;
}
/** Diff from `from` to the working tree (uncommitted and untracked files included, for local runs). */
async function diffAgainstWorkTree(root, from) {
    const r = await runGit(['diff', '--no-ext-diff', '--no-textconv', '-U0', '-M', from, '--'], {
        cwd: root,
        timeoutMs: 120_000,
    });
    if (r.code !== 0)
        throw new Error(`git diff ${from} failed in ${root}: ${r.stderr.trim()}`);
    const files = new Map();
    for (const f of (0,unified_diff/* parseUnifiedDiff */.rj)(r.stdout.toString('utf8')))
        files.set(f.path, f);
    const untracked = await runGit(['ls-files', '-z', '--others', '--exclude-standard'], { cwd: root });
    for (const p of untracked.stdout.toString('utf8').split('\0')) {
        if (p && !files.has(p))
            files.set(p, wholeFile(p, 'added'));
    }
    return files;
}
function wholeFile(path, status) {
    return { path, status, addedRanges: [], removedLines: [], wholeFile: true, binary: false };
}
/**
 * The base commit is not in the clone (actions/checkout's default depth 1). List what the
 * last commit changed, if its parent is here, and treat those files as wholly changed.
 */
async function fallbackToLastCommit(root, base) {
    const warning = `The base commit ${base} is not in this clone (shallow checkout). ${FETCH_DEPTH_HINT}`;
    const r = await runGit(['diff', '--name-status', '-z', '--no-renames', 'HEAD~1', 'HEAD', '--'], {
        cwd: root,
        timeoutMs: 60_000,
    });
    if (r.code !== 0) {
        return {
            baseRef: base,
            headRef: 'HEAD',
            mergeBase: null,
            files: new Map(),
            unavailable: true,
            warning: `${warning} No parent commit is available either, so every file is checked.`,
        };
    }
    const parts = r.stdout.toString('utf8').split('\0');
    const files = new Map();
    for (let i = 0; i + 1 < parts.length; i += 2) {
        const status = parts[i];
        const path = parts[i + 1];
        if (status === 'D')
            continue;
        files.set(path, wholeFile(path, status === 'A' ? 'added' : 'modified'));
    }
    return {
        baseRef: base,
        headRef: 'HEAD',
        mergeBase: null,
        files,
        warning: `${warning} Falling back to whole-file scope for the ${files.size} file(s) the last commit changed.`,
    };
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/repo/ignore-file.ts
/**
 * gitignore-syntax matching for `.guardianignore` (pure). Git itself applies `.gitignore`
 * through `git ls-files --exclude-standard`; this covers our own ignore file, which git
 * cannot apply to tracked files.
 */

/** Compiles gitignore lines: `#` comments, `!` negation, leading `/` anchors, trailing `/` dirs. */
function compileIgnore(text) {
    const rules = [];
    for (const raw of text.split(/\r?\n/)) {
        let line = raw.replace(/(?<!\\)\s+$/, '');
        if (line === '' || line.startsWith('#'))
            continue;
        let negate = false;
        if (line.startsWith('!')) {
            negate = true;
            line = line.slice(1);
        }
        else if (line.startsWith('\\!') || line.startsWith('\\#')) {
            line = line.slice(1);
        }
        const dirOnly = line.endsWith('/');
        if (dirOnly)
            line = line.slice(0, -1);
        const anchored = line.startsWith('/') || line.slice(0, -1).includes('/');
        if (line.startsWith('/'))
            line = line.slice(1);
        if (line === '')
            continue;
        const base = anchored ? line : `**/${line}`;
        const self = picomatch_default()(base, { dot: true });
        const inside = picomatch_default()(`${base}/**`, { dot: true });
        // A file matches a dir-only rule only through one of its parent directories.
        const match = dirOnly ? (p) => inside(p) : (p) => self(p) || inside(p);
        rules.push({ negate, dirOnly, match });
    }
    return (path) => {
        let ignored = false;
        for (const rule of rules)
            if (rule.match(path))
                ignored = !rule.negate;
        return ignored;
    };
}

;// CONCATENATED MODULE: ./src/repo/files.ts
/** {@link RepoFiles} over a working tree: git's own file list inside a repository, a walk outside. */




/** Folders never walked outside git (inside git, .gitignore decides). */
const WALK_EXCLUDES = ['**/.git/**', '**/node_modules/**'];
async function openRepoFiles(root, opts = {}) {
    // Asked only when needed: a git spawn is a few milliseconds of start-up a diff-mode run never uses.
    let topLevel;
    const top = () => (topLevel ??= gitTopLevel(root));
    let listing;
    let ignoring;
    const ignored = () => (ignoring ??= readText((0,external_node_path_.join)(root, '.guardianignore')).then((text) => compileIgnore(`${text ?? ''}\n${(opts.ignore ?? []).join('\n')}`)));
    const list = async () => {
        const [raw, isIgnored] = await Promise.all([(await top()) === null ? walk(root) : gitListFiles(root), ignored()]);
        return raw.filter((p) => !isIgnored(p)).sort();
    };
    // Paths handed to select() come from `git diff` (tracked, or untracked and not ignored), so
    // git's own view already holds for them: only Guardian's ignores and existence remain. This
    // keeps a 50-file PR from paying for a listing (or a pathspec walk) of the whole tree.
    const select = async (paths) => {
        if (listing) {
            const wanted = new Set(paths);
            return (await listing).filter((p) => wanted.has(p));
        }
        const isIgnored = await ignored();
        const kept = await Promise.all(paths.map(async (p) => (!isIgnored(p) && (await isRegularFile((0,external_node_path_.join)(root, p))) ? p : null)));
        return kept.filter((p) => p !== null).sort();
    };
    return {
        root,
        readsWorkingTree: true,
        list: () => (listing ??= list()),
        select,
        async read(path) {
            try {
                // lstat: a symlink in a PR could point at runner secrets; only regular files are read.
                const abs = (0,external_node_path_.join)(root, path);
                if (!(await (0,promises_.lstat)(abs)).isFile())
                    return null;
                return await (0,promises_.readFile)(abs);
            }
            catch {
                return null;
            }
        },
        async readAtRevision(path, revision) {
            const topDir = await top();
            if (topDir === null)
                return null;
            const prefix = (0,external_node_path_.relative)(topDir, root).split(external_node_path_.sep).join('/');
            const spec = `${revision}:${prefix ? `${prefix}/` : ''}${path}`;
            const r = await runGit(['cat-file', 'blob', spec], { cwd: root, timeoutMs: 30_000 });
            return r.code === 0 ? r.stdout : null;
        },
    };
}
async function isRegularFile(abs) {
    try {
        return (await (0,promises_.lstat)(abs)).isFile();
    }
    catch {
        return false;
    }
}
async function gitListFiles(cwd) {
    // --cached --others --exclude-standard: tracked plus untracked-but-not-ignored, exactly git's view.
    const r = await runGit(['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--deduplicate'], { cwd });
    if (r.code !== 0)
        throw new Error(`git ls-files failed in ${cwd}: ${r.stderr.trim()}`);
    const out = r.stdout.toString('utf8').split('\0').filter((p) => p !== '');
    // Tracked files deleted in the work tree are still listed by --cached: drop them.
    const deleted = await runGit(['ls-files', '-z', '--deleted'], { cwd });
    if (deleted.code !== 0 || deleted.stdout.length === 0)
        return out;
    const gone = new Set(deleted.stdout.toString('utf8').split('\0'));
    return out.filter((p) => !gone.has(p));
}
async function walk(root) {
    const { default: fg } = await __webpack_require__.e(/* import() */ 648).then(__webpack_require__.t.bind(__webpack_require__, 5648, 23));
    return fg('**/*', { cwd: root, dot: true, onlyFiles: true, followSymbolicLinks: false, ignore: WALK_EXCLUDES });
}
async function readText(path) {
    try {
        const s = await (0,promises_.stat)(path);
        if (!s.isFile())
            return null;
        return await (0,promises_.readFile)(path, 'utf8');
    }
    catch {
        return null;
    }
}

// EXTERNAL MODULE: ./src/report/evidence.ts
var evidence = __webpack_require__(3877);
// EXTERNAL MODULE: ./src/report/job-summary.ts
var job_summary = __webpack_require__(5236);
// EXTERNAL MODULE: ./src/report/context.ts
var context = __webpack_require__(301);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
;// CONCATENATED MODULE: ./src/report/junit.ts


function xml(s) {
    // XML 1.0 forbids most control characters even when escaped.
    return (0,report_escape/* stripControl */.kU)(s)
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/g, '')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;');
}
function gates(f, failOn) {
    if (f.suppression || failOn === 'never')
        return false;
    return f.level === 'error' || (failOn === 'warning' && f.level === 'warning');
}
function testcase(r, f, failOn) {
    const where = f.location ? `${f.location.path}:${f.location.startLine}` : 'repository';
    const open = `    <testcase classname="${xml(`guardian.${r.checkId}`)}" name="${xml(`${f.ruleId} ${where}`)}"${f.location ? ` file="${xml(f.location.path)}" line="${f.location.startLine}"` : ''}>`;
    let body;
    if (f.suppression)
        body = `      <skipped message="${xml(`suppressed (${f.suppression.kind}): ${f.suppression.reason}`)}"/>`;
    else if (gates(f, failOn))
        body = `      <failure type="${xml(f.ruleId)}" message="${xml(f.message)}">${xml(`${f.level}: ${f.message}`)}</failure>`;
    else
        body = `      <system-out>${xml(`${f.level}: ${f.message}`)}</system-out>`;
    return `${open}\n${body}\n    </testcase>`;
}
function planJunit(report) {
    const failOn = report.verdict.failOn;
    const suites = report.results.map((r) => {
        const findings = (0,context/* sortFindings */.T)(r.findings);
        const cases = findings.map((f) => testcase(r, f, failOn));
        if (r.status === 'error') {
            cases.push(`    <testcase classname="guardian.${xml(r.checkId)}" name="${xml(r.checkId)} ran">\n      <error message="${xml(r.error ?? 'error')}"/>\n    </testcase>`);
        }
        else if (findings.length === 0) {
            cases.push(`    <testcase classname="guardian.${xml(r.checkId)}" name="${xml(r.checkId)} has no findings"/>`);
        }
        const failures = findings.filter((f) => gates(f, failOn)).length;
        const skipped = findings.filter((f) => f.suppression).length;
        const tests = Math.max(cases.length, 1);
        return `  <testsuite name="${xml(r.title)}" tests="${tests}" failures="${failures}" errors="${r.status === 'error' ? 1 : 0}" skipped="${skipped}" time="${(r.durationMs / 1000).toFixed(3)}">\n${cases.join('\n')}\n  </testsuite>`;
    });
    const total = report.results.reduce((n, r) => n + Math.max(r.findings.length, 1), 0);
    const failures = report.results.reduce((n, r) => n + r.findings.filter((f) => gates(f, failOn)).length, 0);
    const errors = report.results.filter((r) => r.status === 'error').length;
    return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="${xml(report.context.checkName)}" tests="${total}" failures="${failures}" errors="${errors}">\n${suites.join('\n')}\n</testsuites>\n`;
}

// EXTERNAL MODULE: ./src/report/sarif.ts
var sarif = __webpack_require__(643);
// EXTERNAL MODULE: ./src/report/workflow-commands.ts
var workflow_commands = __webpack_require__(8260);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/app.ts
/**
 * One orchestration of a run: config → diff → checks → policy → verdict → reports →
 * evidence on disk → GitHub. Both entries (action and CLI) call {@link run}.
 */






















const COMMON_KEYS = new Set(['enabled', 'level', 'scope', 'paths', 'ignore', 'rules']);
async function run(settings, registry = CHECKS) {
    const loaded = await loadConfig({
        root: settings.root,
        installDir: settings.installDir,
        checks: registry,
        ...(settings.configPath ? { path: settings.configPath } : {}),
    });
    const entries = selectChecks(registry, settings.checks, loaded);
    const failOn = settings.failOn ?? loaded.config['fail-on'] ?? 'error';
    const notices = [];
    let diff = null;
    if (settings.base) {
        try {
            diff = await computeDiff({ root: settings.root, base: settings.base, fetchMissingBase: settings.fetchMissingBase });
        }
        catch (e) {
            if (e instanceof UnknownBaseError)
                throw new errors/* UsageError */.e(e.message);
            throw e;
        }
        if (diff.warning) {
            settings.log.warn(diff.warning);
            notices.push(diff.warning);
        }
    }
    const { active, expired } = (0,core_policy/* partitionExceptions */.h$)(exceptionsOf(loaded), settings.now);
    const evaluated = await evaluate(settings, loaded, entries, settings.root, diff, active, failOn);
    let results = evaluated.results;
    if (settings.baseline) {
        results = await withBaseline(settings, loaded, entries, active, failOn, results);
        notices.push(`Baseline mode: only counts per rule and path that rose above ${settings.baseline} gate.`);
    }
    const meta = metaResult(expired, evaluated.meta, failOn);
    if (meta)
        results.push(meta);
    const verdict = computeVerdict(results, failOn);
    const gh = settings.github;
    const context = {
        toolName: version/* TOOL_NAME */.l,
        toolVersion: version/* TOOL_VERSION */.w,
        checkName: settings.reporting.checkName,
        commitSha: gh?.sha ?? (await headCommit(settings.root)),
        configFile: loaded.file,
        notices,
        ...(gh ? { repoUrl: `${gh.serverUrl}/${gh.owner}/${gh.repo}` } : {}),
        ...(gh?.runId ? { runUrl: `${gh.serverUrl}/${gh.owner}/${gh.repo}/actions/runs/${gh.runId}` } : {}),
    };
    const report = { results, verdict, context };
    // Evidence first: it must exist even when every GitHub call fails.
    const outcome = await writeLocalReports(settings, report, loaded);
    if (gh) {
        const { publishToGitHub } = await Promise.all(/* import() */[__webpack_require__.e(167), __webpack_require__.e(341)]).then(__webpack_require__.bind(__webpack_require__, 2722));
        const published = await publishToGitHub(gh, settings.reporting, report, settings.log);
        if (published.checkRunUrl)
            outcome.checkRunUrl = published.checkRunUrl;
        if (published.commentUrl)
            outcome.commentUrl = published.commentUrl;
    }
    return outcome;
}
function selectChecks(registry, wanted, loaded) {
    const ids = registry.map((e) => e.id);
    if (wanted !== 'all') {
        for (const id of wanted) {
            if (!ids.includes(id)) {
                const hint = (0,did_you_mean/* didYouMean */.a)(id, ids);
                throw new errors/* UsageError */.e(`unknown check "${id}"${hint ? ` (did you mean "${hint}"?)` : ''}; available: ${ids.join(', ')}`);
            }
        }
    }
    return registry.filter((e) => {
        if (wanted !== 'all' && !wanted.includes(e.id))
            return false;
        const section = sectionOf(loaded, e.id);
        return section.enabled !== false && section.level !== 'off';
    });
}
function sectionOf(loaded, id) {
    return (loaded.config.checks?.[id] ?? {});
}
function exceptionsOf(loaded) {
    return (loaded.config.exceptions ?? []).map((e, i) => ({
        rule: e.rule,
        reason: e.reason,
        source: loaded.exceptionSources[i] ?? loaded.file ?? 'config',
        ...(e.paths ? { paths: e.paths } : {}),
        ...(e.fingerprint ? { fingerprint: e.fingerprint } : {}),
        ...(e.expires ? { expires: e.expires } : {}),
    }));
}
async function evaluate(settings, loaded, entries, root, diff, exceptions, failOn) {
    const files = await openRepoFiles(root, { ignore: [...(loaded.config.ignore ?? []), ...ownOutputs(settings, root)] });
    const controller = new AbortController();
    const scopes = new Map();
    let first = true;
    const contextFor = (entry) => {
        if (first) {
            first = false;
            // Read by bench/startup.mjs: start-up cost is measured, not guessed.
            settings.log.debug(`first check starting at ${performance.now().toFixed(1)} ms after process start`);
        }
        const section = sectionOf(loaded, entry.id);
        const parsed = entry.optionsSchema.extend({}).passthrough().parse(section);
        const options = Object.fromEntries(Object.entries(parsed).filter(([k]) => !COMMON_KEYS.has(k)));
        const wantedScope = section.scope ?? settings.scope ?? loaded.config.scope ?? 'diff';
        const scope = !diff || diff.unavailable ? 'all' : wantedScope;
        scopes.set(entry.id, scope);
        return {
            options,
            files: scopedFiles(files, section.paths, section.ignore),
            scope,
            diff,
            installDir: settings.installDir,
            now: settings.now,
            signal: controller.signal,
            log: settings.log,
            progress: (done, total) => settings.progress(done, total, entry.id),
        };
    };
    const runs = await runChecks(entries, contextFor);
    const suppressions = await suppressionIndex(files, runs);
    const meta = [];
    const results = runs.map((r) => toResult(r, loaded, exceptions, suppressions, diff, scopes.get(r.entry.id) ?? 'all', failOn, meta));
    return { results, meta };
}
/** Guardian's own output files inside the tree (evidence, SARIF, JUnit) are never checked. */
function ownOutputs(settings, root) {
    const rep = settings.reporting;
    return [rep.evidenceDir, rep.sarifFile, rep.junitFile]
        .filter((p) => p !== undefined)
        .map((p) => (0,external_node_path_.relative)(root, (0,external_node_path_.resolve)(settings.root, p)).split(external_node_path_.sep).join('/'))
        .filter((rel) => rel !== '' && !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel))
        .map((rel) => `/${rel}`);
}
/** A view of the repository files limited by a check's `paths`/`ignore`. */
function scopedFiles(files, paths, ignore) {
    if (!paths?.length && !ignore?.length)
        return files;
    const keep = (all) => all.filter((p) => (0,core_policy/* pathSelected */.lt)(p, paths, ignore));
    let listing;
    const select = files.select?.bind(files);
    return {
        ...files,
        list: () => (listing ??= files.list().then(keep)),
        ...(select ? { select: (wanted) => select(wanted).then(keep) } : {}),
    };
}
async function suppressionIndex(files, runs) {
    const paths = new Set();
    for (const r of runs)
        for (const f of r.output?.findings ?? [])
            if (f.location)
                paths.add(f.location.path);
    const index = new Map();
    await Promise.all([...paths].map(async (p) => {
        const buf = await files.read(p);
        if (buf && buf.includes('guardian-ignore['))
            index.set(p, (0,inline_suppressions/* indexSuppressions */.BT)(buf.toString('utf8')));
    }));
    return index;
}
function toResult(r, loaded, exceptions, suppressions, diff, scope, failOn, meta) {
    const rules = rulesOf(r);
    const title = r.check?.meta.title ?? r.entry.id;
    if (r.error !== undefined || !r.output) {
        return {
            checkId: r.entry.id,
            title,
            status: 'error',
            findings: [],
            counts: (0,core_policy/* emptyCounts */.W1)(),
            durationMs: r.durationMs,
            evidence: {},
            rules,
            notes: [],
            error: r.error ?? 'the check returned nothing',
        };
    }
    const section = sectionOf(loaded, r.entry.id);
    const policy = {
        ...(section.level ? { level: section.level } : {}),
        ...(section.paths ? { paths: section.paths } : {}),
        ...(section.ignore ? { ignore: section.ignore } : {}),
        ...(section.rules ? { rules: section.rules } : {}),
    };
    const out = (0,core_policy/* applyPolicy */.VC)({
        checkId: r.entry.id,
        findings: r.output.findings,
        rules,
        policy,
        exceptions,
        suppressionsFor: (p) => suppressions.get(p),
        diff,
        scope,
    });
    const notes = [...(r.output.notes ?? [])];
    const known = new Set(rules.map((m) => m.id.slice(m.id.indexOf('/') + 1)));
    for (const name of Object.keys(policy.rules ?? {})) {
        if (known.size && !known.has(name)) {
            const hint = (0,did_you_mean/* didYouMean */.a)(name, [...known]);
            notes.push(`config names rule "${name}", which this check does not have${hint ? ` (did you mean "${hint}"?)` : ''}`);
        }
    }
    if (out.counts.outsideDiff)
        notes.push(`${out.counts.outsideDiff} finding(s) outside the PR's changed lines were not reported (scope: diff)`);
    for (const { path, suppression } of out.reasonless)
        meta.push(reasonlessFinding(path, suppression));
    return {
        checkId: r.entry.id,
        title,
        status: checkStatus(out.counts, failOn, r.output.neutralReason !== undefined),
        findings: out.findings,
        counts: out.counts,
        durationMs: r.durationMs,
        evidence: r.output.evidence ?? {},
        rules,
        notes,
        ...(r.output.summary || r.output.neutralReason ? { summary: r.output.summary ?? r.output.neutralReason } : {}),
    };
}
/** Runs the same checks on a detached worktree of the baseline ref and marks findings present there. */
async function withBaseline(settings, loaded, entries, exceptions, failOn, results) {
    const ref = settings.baseline;
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'guardian-baseline-'));
    const add = await runGit(['worktree', 'add', '--detach', '--quiet', dir, ref], { cwd: settings.root, timeoutMs: 120_000 });
    if (add.code !== 0) {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
        throw new errors/* UsageError */.e(`--baseline ${ref}: cannot check out that revision (${add.stderr.trim()}). Use a commit, tag or branch this clone has.`);
    }
    try {
        const { results: base } = await evaluate({ ...settings, scope: 'all' }, loaded, entries, dir, null, exceptions, failOn);
        return results.map((r) => {
            const b = base.find((x) => x.checkId === r.checkId);
            if (!b || r.status === 'error')
                return r;
            const findings = applyBaseline(r.findings, indexBaseline(ref, b.findings));
            const counts = { ...(0,core_policy/* emptyCounts */.W1)(), outsideDiff: r.counts.outsideDiff };
            for (const f of findings) {
                if (f.suppression)
                    counts.suppressed++;
                else
                    counts[f.level]++;
            }
            return { ...r, findings, counts, status: checkStatus(counts, failOn, r.status === 'neutral') };
        });
    }
    finally {
        await runGit(['worktree', 'remove', '--force', dir], { cwd: settings.root, timeoutMs: 60_000 });
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}
async function headCommit(root) {
    const r = await runGit(['rev-parse', 'HEAD'], { cwd: root, timeoutMs: 10_000 });
    return r.code === 0 ? r.stdout.toString('utf8').trim() : 'working-tree';
}
async function writeLocalReports(settings, report, loaded) {
    const rep = settings.reporting;
    const evidencePath = (0,external_node_path_.resolve)(settings.root, rep.evidenceDir);
    const bundle = (0,evidence/* planEvidence */.H0)({
        report,
        configSha256: loaded.sha256,
        timeVerified: settings.now.toISOString(),
        secrets: settings.secrets,
        ...(settings.github ? { repository: `${settings.github.owner}/${settings.github.repo}` } : {}),
        ...(settings.github?.pullRequest ? { pullRequest: settings.github.pullRequest.number } : {}),
    });
    await (0,promises_.mkdir)(evidencePath, { recursive: true });
    for (const [name, text] of bundle)
        await (0,promises_.writeFile)((0,external_node_path_.join)(evidencePath, name), text);
    const outcome = {
        verdict: report.verdict,
        results: report.results,
        report,
        evidencePath,
        workflowCommands: rep.workflowCommands ? (0,workflow_commands/* planWorkflowCommands */.TL)(report) : [],
    };
    if (rep.sarifFile) {
        outcome.sarifPath = (0,external_node_path_.resolve)(settings.root, rep.sarifFile);
        await writeText(outcome.sarifPath, `${JSON.stringify((0,sarif.planSarif)(report), null, 2)}\n`);
    }
    if (rep.junitFile) {
        outcome.junitPath = (0,external_node_path_.resolve)(settings.root, rep.junitFile);
        await writeText(outcome.junitPath, planJunit(report));
    }
    if (rep.stepSummaryFile) {
        const { appendFile } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1455, 23));
        await appendFile(rep.stepSummaryFile, (0,job_summary.planJobSummary)(report));
    }
    return outcome;
}
async function writeText(path, text) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    await (0,promises_.writeFile)(path, text);
}


/***/ }),

/***/ 293:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ci: () => (/* binding */ optionsSchema)
/* harmony export */ });
/* unused harmony exports BUILT_IN_MATCHERS, DEFAULT_PURE_PATHS, commandSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8816);
/**
 * User options under `checks.compile` in .github/guardian.yml. Loaded eagerly to validate the config, so this
 * module imports nothing but zod. (Per-rule levels, paths, exceptions and suppressions are the pipeline's.)
 */

const BUILT_IN_MATCHERS = ['tsc', 'gcc', 'eslint-compact'];
const DEFAULT_PURE_PATHS = ['**/*.pure', '**/entities/**/*.json'];
const REQUIRED_GROUPS = ['file', 'line', 'message'];
/** `tsc`, `gcc`, `eslint-compact` or `regex:<pattern with named groups file, line, col, message, severity>`. */
const matcher = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().superRefine((m, ctx) => {
    if (BUILT_IN_MATCHERS.includes(m))
        return;
    if (!m.startsWith('regex:')) {
        ctx.addIssue({ code: 'custom', message: `expected one of ${BUILT_IN_MATCHERS.join(', ')} or 'regex:<pattern>'` });
        return;
    }
    const source = m.slice('regex:'.length);
    try {
        new RegExp(source);
    }
    catch (e) {
        ctx.addIssue({ code: 'custom', message: `invalid regular expression: ${e.message}` });
        return;
    }
    const groups = new Set([...source.matchAll(/\(\?<([A-Za-z]\w*)>/g)].map((g) => g[1]));
    const missing = REQUIRED_GROUPS.filter((g) => !groups.has(g));
    if (missing.length)
        ctx.addIssue({ code: 'custom', message: `the pattern needs the named groups ${missing.map((g) => `(?<${g}>...)`).join(', ')}` });
});
const commandSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    /** Shown in findings and evidence. */
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    /** A shell command line, run with the repository root (or `cwd`) as working directory. */
    run: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    matcher,
    /** Working directory relative to the repository root. */
    cwd: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).optional(),
    /** Seconds before the command is stopped. */
    timeout: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive().max(7200).default(900),
});
const optionsSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    pure: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        /** Compile the repository's PURE sources (as one model). */
        enabled: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().default(true),
        /** Globs of PURE grammar files and Legend SDLC entity files. */
        paths: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1)).default(DEFAULT_PURE_PATHS),
    })
        .prefault({}),
    /** User compile commands whose output becomes findings. */
    commands: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(commandSchema)
        .default([])
        .superRefine((list, ctx) => {
        const seen = new Set();
        list.forEach((c, i) => {
            if (seen.has(c.name))
                ctx.addIssue({ code: 'custom', path: [i, 'name'], message: `duplicate command name '${c.name}'` });
            seen.add(c.name);
        });
    }),
});


/***/ }),

/***/ 1255:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xq: () => (/* binding */ globList),
/* harmony export */   ci: () => (/* binding */ optionsSchema),
/* harmony export */   mO: () => (/* binding */ COMPATIBILITY_MODES)
/* harmony export */ });
/* unused harmony exports DIRECTIONS, DRAFTS, contractSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8816);
/**
 * User options under `checks.contracts` in .github/guardian.yml. Loaded eagerly to validate
 * the config, so this module imports nothing but zod. (Per-rule levels, paths, exceptions
 * and suppressions are the pipeline's: `checks.contracts.rules.<id>.level` etc.)
 */

const DIRECTIONS = ['producer', 'consumer', 'both'];
const COMPATIBILITY_MODES = ['backward', 'forward', 'full', 'none'];
const DRAFTS = ['draft-07', '2019-09', '2020-12'];
/** One glob or a list (normalized with {@link globList}). */
const globs = zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1))]);
function globList(v) {
    return v === undefined ? [] : Array.isArray(v) ? v : [v];
}
const contractSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    /** Unique name, used in messages, test names and evidence. */
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'expected a name of letters, digits, ".", "_" or "-"'),
    /** Repository path of the root JSON Schema (JSON or YAML). */
    schema: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    /** producer: the system emits this data (response-like); consumer: it accepts it (request-like). */
    direction: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(DIRECTIONS),
    /** Globs of example files that must validate / must be rejected. */
    examples: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ valid: globs.optional(), invalid: globs.optional() }).default({}),
    /** A PURE class (`pkg::Class`) the schema must conform to. */
    model: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .regex(/^[A-Za-z_]\w*(::[A-Za-z_]\w*)+$/, 'expected a PURE class path like model::Order')
        .optional(),
    /** Overrides the mode `direction` implies (consumer → backward, producer → forward, both → full). */
    compatibility: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(COMPATIBILITY_MODES).optional(),
    /** Draft for schemas without `$schema` (default: checks.contracts.defaultDraft). */
    draft: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(DRAFTS).optional(),
});
const optionsSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    contracts: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(contractSchema)
        .default([])
        .superRefine((list, ctx) => {
        const seen = new Set();
        list.forEach((c, i) => {
            if (seen.has(c.name))
                ctx.addIssue({ code: 'custom', path: [i, 'name'], message: `duplicate contract name "${c.name}"` });
            seen.add(c.name);
        });
    }),
    /** Seed of the generated cases; the same seed gives the same cases on every run. */
    seed: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().default(1),
    /** Positive cases generated per contract. */
    positiveCases: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(0).max(1000).default(10),
    /** At most this many negative (single-mutation) cases per contract. */
    maxNegativeCases: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(0).max(10_000).default(200),
    /** Draft for schemas without `$schema`. */
    defaultDraft: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(DRAFTS).default('draft-07'),
    /** Schema and example files larger than this are reported, not parsed. */
    maxFileBytes: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()
        .int()
        .positive()
        .default(5 * 1024 * 1024),
    /** PURE files that hold the classes named by `model:` (parsed only when a contract has one). */
    modelPaths: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1)).default(['**/*.pure']),
    /** Findings per rejected example (the rest are counted in the last one). */
    maxErrorsPerExample: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive().default(20),
});


/***/ }),

/***/ 8076:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ optionsSchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8816);
/* harmony import */ var _ruleset_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5590);
/**
 * User options under `checks.governance` in .github/guardian.yml. They extend or override the
 * data in rules/governance.yaml; every key has a default that leaves the data as it is.
 * (Per-rule level/paths/ignore, exceptions and inline suppressions are the pipeline's.)
 */


const names = zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1));
const positiveOrData = zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive().nullable().default(null);
const optionsSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    /** Audit workflows and action definitions. */
    workflows: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().default(true),
    /** Apply the repository rules (files, contents, sizes, binaries, CODEOWNERS). */
    repository: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().default(true),
    /** Apply the model governance rules to Legend (PURE) models. */
    models: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().default(true),
    /** Extra `owner/*` or `owner/repo` patterns allowed to pin actions by tag or branch. */
    allowRefPinning: names.default([]),
    /** Require a full commit SHA on every `uses:`, ignoring the data allow-list. */
    requireHashPinning: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().default(false),
    /** Extra attacker-controllable contexts for template-injection (e.g. `github.event.release.body`). */
    untrustedContexts: names.default([]),
    /** Extra triggers treated as dangerous. */
    dangerousTriggers: names.default([]),
    /** Also report dangerous triggers that do not check out the PR head (as notices). */
    reportBareDangerousTrigger: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().nullable().default(null),
    /** Extra `runs-on` labels that select self-hosted runners. */
    selfHostedLabels: names.default([]),
    /** `forbidden-uses`: only these `owner/*` / `owner/repo` patterns may be used (empty: no allow-list). */
    allowUses: names.default([]),
    /** `forbidden-uses`: these `owner/*` / `owner/repo` patterns may not be used. */
    denyUses: names.default([]),
    /** Extra required files; an entry with the id of a data requirement replaces it. */
    requiredFiles: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(_ruleset_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .fileRequirementSchema */ .HN).default([]),
    /** Ids of required files not to check (e.g. `security-policy`). */
    skipRequiredFiles: names.default([]),
    /** Files matching `paths` must contain `pattern`. */
    fileContents: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(_ruleset_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .contentRuleSchema */ .n4).default([]),
    /** Files matching `paths` must not contain `pattern`. */
    fileNotContents: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(_ruleset_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .contentRuleSchema */ .n4).default([]),
    /** Time bound for one user pattern on one file (null: the ruleset's, 250 ms). */
    regexTimeoutMs: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive().max(60_000).nullable().default(null),
    /** Size cap for `large-file` in bytes (null: the ruleset's, 5 MiB). */
    maxFileBytes: positiveOrData,
    /** Globs where large files are expected. */
    allowLargeFiles: names.default([]),
    /** Globs where binaries are expected (added to the ruleset's). */
    allowBinaries: names.default([]),
    /** Extra binary extensions (without the dot). */
    binaryExtensions: names.default([]),
    /**
     * Which CODEOWNERS governs a pull request: `base` (GitHub's rule: the base branch's file)
     * or `head` (the file as the PR leaves it).
     */
    codeownersRevision: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['base', 'head']).default('base'),
    /** Model governance overrides (see rules/governance.yaml `models`). */
    modelServiceMinOwners: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0).nullable().default(null),
    modelServicePattern: _ruleset_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .regexSource */ .Jw.nullable().default(null),
    modelPiiNames: _ruleset_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .regexSource */ .Jw.nullable().default(null),
    modelPiiClassifications: names.default([]),
    modelConstraintsRequiredFor: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable().default(null),
});


/***/ }),

/***/ 5590:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HN: () => (/* binding */ fileRequirementSchema),
/* harmony export */   Jw: () => (/* binding */ regexSource),
/* harmony export */   gq: () => (/* binding */ rulesetSchema),
/* harmony export */   n4: () => (/* binding */ contentRuleSchema)
/* harmony export */ });
/* unused harmony export modelsSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8816);
/**
 * Shape of `rules/governance.yaml` (zod). Shared pieces (content rules, file requirements) are
 * also used by the user options in options.ts, so data and config read the same way.
 */

const nonEmpty = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1);
const list = zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(nonEmpty);
/** A JavaScript regular expression source that must compile with the given flags. */
function compiles(pattern, flags) {
    try {
        new RegExp(pattern, flags);
        return null;
    }
    catch (e) {
        return `invalid regular expression /${pattern}/${flags}: ${e.message}`;
    }
}
const regexSource = nonEmpty.superRefine((p, ctx) => {
    const problem = compiles(p, 'u');
    if (problem)
        ctx.addIssue({ code: 'custom', message: problem });
});
/** A repolinter-style content rule: files matching `paths` must (not) contain `pattern`. */
const contentRuleSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    /** Kebab-case name shown in findings, e.g. `license-header`. */
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a kebab-case name'),
    paths: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(nonEmpty).min(1),
    ignore: list.default([]),
    pattern: nonEmpty,
    /** Regular-expression flags: any of i, m, s, u, v (g is implied). */
    flags: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^[imsuv]*$/, 'flags may only use i, m, s, u, v').default(''),
    /** What to tell the author (the fix); a default sentence is used when absent. */
    message: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
})
    .superRefine((r, ctx) => {
    const problem = compiles(r.pattern, r.flags);
    if (problem)
        ctx.addIssue({ code: 'custom', path: ['pattern'], message: problem });
});
/** A file-existence requirement: at least one file matches one of `anyOf` (case-insensitive). */
const fileRequirementSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a kebab-case id'),
    /** A noun phrase without article: "license file", "contributing guide". */
    description: nonEmpty,
    anyOf: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(nonEmpty).min(1),
    why: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().default(''),
    fix: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().default(''),
});
const magicSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    type: nonEmpty,
    hex: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^(?:[0-9a-f]{2})+$/, 'expected lowercase hex bytes'),
    offset: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(0).max(4096).default(0),
});
const workflowsSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    workflowFiles: list,
    actionFiles: list,
    dangerousTriggers: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ event: nonEmpty, why: nonEmpty })),
    reportBareDangerousTrigger: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    checkout: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ actions: list, refInputs: list, repositoryInputs: list }),
    prHeadContexts: list,
    prHeadRefText: list,
    runCheckoutPatterns: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(regexSource),
    untrustedContexts: list,
    untrustedInputs: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        triggers: list,
        contexts: list,
        inActions: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
        safeInputTypes: list,
    }),
    codeInputs: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ uses: nonEmpty, inputs: list })),
    permissions: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ callerDecidesTriggers: list }),
    unpinnedUses: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ allowRefPinning: list }),
    artipacked: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ uploadActions: list, saferCheckoutMajor: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive() }),
    botConditions: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        spoofableContexts: list,
        botLoginPattern: regexSource,
        botIds: list,
        saferContext: nonEmpty,
    }),
    selfHosted: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ labels: list, publicTriggers: list }),
    githubEnvPatterns: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(regexSource),
    insecureCommandsVariables: list,
    cachePoisoning: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        releaseTriggers: list,
        tagPushIsRelease: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
        cachingActions: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ uses: nonEmpty, input: nonEmpty.optional(), defaultOn: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().default(false) })),
    }),
    forbiddenUses: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ allow: list, deny: list }),
    archivedActions: list,
    dependabot: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ files: list }),
    downloadThenRun: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ scriptFiles: list, patterns: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(regexSource) }),
    dockerfiles: list,
});
const repositorySchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    fileExistence: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(fileRequirementSchema),
    fileContents: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(contentRuleSchema),
    fileNotContents: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(contentRuleSchema),
    contentScan: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        maxFileBytes: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive(),
        maxMatchesPerFile: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive(),
        regexTimeoutMs: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive().max(60_000),
        batchTimeoutMs: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive().max(600_000),
        batchSize: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive().max(10_000),
    }),
    largeFile: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ maxBytes: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive(), allow: list }),
    binaryArtifact: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        extensions: list,
        magic: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(magicSchema),
        documentExtensions: list,
        allow: list,
    }),
    codeowners: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        locations: list.min(1),
        maxBytes: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive(),
        maxFindings: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive(),
    }),
});
const modelsSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    /** PURE grammar files (parsed with the embedded parser). */
    pureFiles: list,
    /** Legend SDLC entity files (`{path, classifierPath, content}` JSON). */
    entityFiles: list,
    /** Tagged values that count as documentation, as `profile.tag` (profile by its last segment). */
    docTags: list,
    /** Kinds of elements that must be documented. */
    documentKinds: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['class', 'property', 'enumeration', 'association', 'service'])),
    serviceMinOwners: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(0),
    /** Regular expression a service `pattern:` must match. */
    servicePattern: regexSource,
    /** Property names that hold personal data (regular expression, matched case-insensitively). */
    piiNames: regexSource,
    /** Profiles (`PII`) or tags/stereotypes (`profile.value`) that count as a data classification. */
    piiClassifications: list,
    naming: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        type: regexSource,
        property: regexSource,
        package: regexSource,
    }),
    /** Regular expression of class paths (`pkg::Class`) that must declare a constraint; empty: none. */
    constraintsRequiredFor: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
});
const rulesetSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    version: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(1),
    workflows: workflowsSchema,
    repository: repositorySchema,
    models: modelsSchema,
});


/***/ }),

/***/ 3910:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ci: () => (/* binding */ optionsSchema),
/* harmony export */   ln: () => (/* binding */ ruleLevel),
/* harmony export */   qc: () => (/* binding */ pathLevel),
/* harmony export */   wZ: () => (/* binding */ tagName)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8816);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3054);
/**
 * User options under `checks.placeholders` in .github/guardian.yml. They extend or override the
 * data in rules/placeholders.yaml and rules/languages.yaml; every default leaves the data as is.
 * (Per-rule level/paths/ignore, exceptions and inline suppressions are the pipeline's.)
 */


const ruleLevel = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(_core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .RULE_LEVELS */ .D);
const globs = zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1));
/** A tag as written in code: letters, digits, `_`, `-`, optionally a leading `@`. */
const tagName = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^@?[A-Za-z][A-Za-z0-9_-]*$/, 'a tag is letters, digits, _ or -, optionally after @');
const pathLevel = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    /** Picomatch globs over repository-relative paths. */
    paths: globs.min(1),
    level: ruleLevel,
});
const tagOptions = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    level: ruleLevel.optional(),
    /** Accept the marker when it references work: an issue, a URL, an owner, a future date. */
    requireReference: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().optional(),
    /** Other spellings matched as this tag, e.g. a JSDoc-style tag with a leading `@`. */
    aliases: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(tagName).optional(),
    /** Message for a marker needing no reference; `{tag}` is replaced. */
    message: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).optional(),
    /** Levels for paths (added after the data's, so they win). */
    paths: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(pathLevel).optional(),
});
const optionsSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    /** Add tags (e.g. `NOCOMMIT: { level: error, requireReference: false }`) or change the data's. */
    tags: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(tagName, tagOptions).default({}),
    /** Levels per path for any of this check's rules (`rules` names them; absent: all). Later entries win. */
    pathLevels: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        paths: globs.min(1),
        rules: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1)).optional(),
        level: ruleLevel,
    }))
        .default([]),
    /** Switch stub rules on or off by name, e.g. `python-empty-function: true`. */
    stubs: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY()).default({}),
    /** More placeholder values (matched whole-word, case-sensitively). */
    placeholderLiterals: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(3)).default([]),
    /** Python docstrings hold markers like comments (default) or are strings. */
    docstrings: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['comments', 'strings']).default('comments'),
    /** Scan test and fixture paths too. */
    includeTests: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().default(false),
    /** More test or fixture globs (added to the data's). */
    testPaths: globs.default([]),
    /** Map file names or `.ext` extensions to language ids of rules/languages.yaml. */
    languages: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1)).default({}),
    /** Files larger than this are skipped and listed (bytes). */
    maxFileBytes: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()
        .int()
        .positive()
        .max(256 * 1024 * 1024)
        .default(1024 * 1024),
    /** Skip files marked generated (`@generated`, `DO NOT EDIT` in the first 1 KB). */
    skipGenerated: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().default(true),
    /** Worker threads for full scans: 0 picks the available parallelism; 1 scans on the main thread. */
    threads: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(0).max(64).default(0),
});


/***/ }),

/***/ 9255:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ didYouMean)
/* harmony export */ });
/* unused harmony export editDistance */
/** Suggests the closest allowed word for a misspelt key (pure). */
function editDistance(a, b) {
    const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let diag = prev[0];
        prev[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const up = prev[j];
            prev[j] = Math.min(up + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
            diag = up;
        }
    }
    return prev[b.length];
}
function didYouMean(word, allowed) {
    let best;
    let bestScore = Infinity;
    for (const candidate of allowed) {
        const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
        if (d < bestScore) {
            best = candidate;
            bestScore = d;
        }
    }
    // Only suggest when the typo is small relative to the word.
    return best !== undefined && bestScore <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}


/***/ }),

/***/ 2865:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ parseYamlSource),
/* harmony export */   d: () => (/* binding */ positionOf)
/* harmony export */ });
/* harmony import */ var _core_yaml_guard_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8156);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/** YAML parsed with positions, so every config error can name file:line:column (pure). */


function parseYamlSource(file, text) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const tooDeep = (0,_core_yaml_guard_js__WEBPACK_IMPORTED_MODULE_1__/* .yamlNestingProblem */ .B)(text);
    if (tooDeep) {
        const lines = text.slice(0, tooDeep.offset).split('\n');
        return {
            file,
            doc: (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)('', { lineCounter }),
            lineCounter,
            value: null,
            errors: [`${file}:${lines.length}:${lines[lines.length - 1].length + 1}: YAML syntax error: ${tooDeep.message}`],
        };
    }
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const errors = doc.errors.map((e) => {
        const pos = lineCounter.linePos(e.pos[0]);
        return `${file}:${pos.line}:${pos.col}: YAML syntax error: ${firstLine(e.message)}`;
    });
    let value = null;
    if (errors.length === 0)
        value = doc.toJS({ maxAliasCount: 100 });
    return { file, doc, lineCounter, value, errors };
}
function firstLine(s) {
    return s.split('\n')[0].trim();
}
/**
 * Position of the value at `path` (or of its key when `key` is true, for unknown-key errors);
 * falls back to the nearest existing ancestor, then to 1:1.
 */
function positionOf(src, path, key = false) {
    let node = src.doc.contents;
    let best = { line: 1, column: 1 };
    const at = (n) => {
        const range = n?.range;
        if (range) {
            const p = src.lineCounter.linePos(range[0]);
            best = { line: p.line, column: p.col };
        }
    };
    at(node);
    for (let i = 0; i < path.length; i++) {
        const seg = path[i];
        const last = i === path.length - 1;
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            const pair = node.items.find((it) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(it) && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(it.key) && String(it.key.value) === String(seg));
            if (!pair)
                return best;
            if (last && key) {
                at(pair.key);
                return best;
            }
            node = pair.value;
            at(pair.value ?? pair.key);
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) && typeof seg === 'number') {
            node = node.items[seg];
            if (node === undefined)
                return best;
            at(node);
        }
        else {
            return best;
        }
    }
    return best;
}


/***/ }),

/***/ 5079:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ formatIssues)
/* harmony export */ });
/* unused harmony export allowedKeysAt */
/* harmony import */ var _did_you_mean_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9255);
/* harmony import */ var _yaml_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2865);


function formatIssues(src, schema, issues) {
    return issues.flatMap((issue) => formatIssue(src, schema, issue));
}
function formatIssue(src, schema, issue) {
    const path = issue.path;
    const where = (p, key = false) => {
        const pos = (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_0__/* .positionOf */ .d)(src, p, key);
        return `${src.file}:${pos.line}:${pos.column} ${p.map(String).join('.') || '(top level)'}`;
    };
    switch (issue.code) {
        case 'unrecognized_keys': {
            const allowed = allowedKeysAt(schema, path);
            return issue.keys.map((k) => {
                const hint = (0,_did_you_mean_js__WEBPACK_IMPORTED_MODULE_1__/* .didYouMean */ .a)(k, allowed);
                const suggestion = hint ? ` (did you mean "${hint}"?)` : '';
                const list = allowed.length ? `; allowed keys: ${allowed.join(', ')}` : '';
                return `${where([...path, k], true)}: unknown key "${k}"${suggestion}${list}`;
            });
        }
        case 'invalid_value': {
            const values = issue.values.map(String);
            const got = describe(issue.input);
            const hint = typeof issue.input === 'string' ? (0,_did_you_mean_js__WEBPACK_IMPORTED_MODULE_1__/* .didYouMean */ .a)(issue.input, values) : undefined;
            return [`${where(path)}: expected ${values.join('|')}, got ${got}${hint ? ` (did you mean "${hint}"?)` : ''}`];
        }
        case 'invalid_type': {
            // Issues nested in unions may omit `input`: read the value from the document itself.
            const actual = issue.input !== undefined ? { found: true, value: issue.input } : valueAt(src.value, path);
            if (!actual.found)
                return [`${where(path)}: required key is missing (expected ${issue.expected})`];
            return [`${where(path)}: expected ${issue.expected}, got ${describe(actual.value)}`];
        }
        case 'invalid_union': {
            // Report the branch that got furthest: it is the one the user meant.
            const branches = issue.errors.filter((b) => b.length > 0);
            const best = branches.sort((a, b) => depth(b) - depth(a))[0];
            if (best && depth(best) > 0) {
                return best.flatMap((i) => formatIssue(src, schema, { ...i, path: [...path, ...i.path] }));
            }
            const expectations = branches.flatMap((b) => b.map(expectation)).filter(Boolean);
            return [`${where(path)}: expected ${[...new Set(expectations)].join(' or ')}, got ${describe(issue.input)}`];
        }
        default:
            return [`${where(path)}: ${issue.message}`];
    }
}
function valueAt(root, path) {
    let cur = root;
    for (const seg of path) {
        if (cur === null || typeof cur !== 'object' || !(String(seg) in cur))
            return { found: false };
        cur = cur[String(seg)];
    }
    return { found: true, value: cur };
}
function depth(branch) {
    return Math.max(...branch.map((i) => i.path.length + (i.code === 'unrecognized_keys' ? 1 : 0)));
}
function expectation(i) {
    if (i.code === 'invalid_value')
        return i.values.map(String).join('|');
    if (i.code === 'invalid_type')
        return i.expected;
    return '';
}
function describe(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'a list';
    if (typeof v === 'object')
        return 'a mapping';
    if (typeof v === 'string')
        return JSON.stringify(v);
    return `${typeof v} ${String(v)}`;
}
/** Keys the object schema at `path` accepts, found by walking the schema definition. */
function allowedKeysAt(schema, path) {
    let cur = schema;
    for (const seg of [...path, null]) {
        cur = unwrap(cur);
        const def = cur._zod?.def;
        if (!def)
            return [];
        if (seg === null)
            return def.type === 'object' ? Object.keys(def.shape) : [];
        if (def.type === 'object')
            cur = def.shape[String(seg)];
        else if (def.type === 'array')
            cur = def.element;
        else if (def.type === 'record')
            cur = def.valueType;
        else if (def.type === 'union')
            cur = def.options.find((o) => defOf(unwrap(o))?.type === 'object');
        else
            return [];
    }
    return [];
}
function defOf(s) {
    return s?._zod?.def;
}
function unwrap(s) {
    let cur = s;
    for (let i = 0; i < 10; i++) {
        const def = defOf(cur);
        if (def && ['optional', 'default', 'nullable', 'prefault', 'readonly', 'catch', 'nonoptional'].includes(def.type)) {
            cur = def.innerType;
        }
        else if (def?.type === 'pipe') {
            cur = def.in;
        }
        else
            break;
    }
    return cur;
}


/***/ }),

/***/ 484:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ canonicalJson)
/* harmony export */ });
/** JSON with object keys sorted, for digests and structural comparison (pure). */
function canonicalJson(v) {
    if (v === undefined)
        return 'undefined';
    if (v === null || typeof v !== 'object')
        return JSON.stringify(v) ?? 'undefined';
    if (Array.isArray(v))
        return `[${v.map(canonicalJson).join(',')}]`;
    const o = v;
    return `{${Object.keys(o)
        .filter((k) => o[k] !== undefined)
        .sort()
        .map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`)
        .join(',')}}`;
}


/***/ }),

/***/ 3054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ RULE_LEVELS)
/* harmony export */ });
/* unused harmony export LEVELS */
const LEVELS = (/* unused pure expression or super */ null && (['error', 'warning', 'notice']));
/** A configured level: a finding level, or `off` to disable the rule. */
const RULE_LEVELS = ['error', 'warning', 'notice', 'off'];


/***/ }),

/***/ 8156:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ yamlNestingProblem)
/* harmony export */ });
/* unused harmony export MAX_YAML_NESTING */
/**
 * The `yaml` parser kills V8 — an uncatchable "RegExpCompiler Allocation failed", so no verdict
 * and no evidence — on deeply nested compact sequences (`- - - …`, ~1,200 levels) or flow
 * collections (`[[[…`, ~1,000 levels) on Node 20. Untrusted YAML (workflows, schemas, examples,
 * configs from a PR) is measured with this linear scan first and refused above the limit (pure).
 */
/** Far deeper than any real workflow, config or schema; far below the crash. */
const MAX_YAML_NESTING = 256;
function yamlNestingProblem(text, limit = MAX_YAML_NESTING) {
    let flow = 0;
    let quote = null;
    let blockIndent = -1; // inside a block scalar (`|` / `>`): its parent's indentation
    let lineStart = 0;
    while (lineStart <= text.length) {
        let lineEnd = text.indexOf('\n', lineStart);
        if (lineEnd < 0)
            lineEnd = text.length;
        let i = lineStart;
        while (i < lineEnd && (text[i] === ' ' || text[i] === '\t'))
            i++;
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
                while (text[i] === ' ' || text[i] === '\t')
                    i++;
                if (dashes + Math.floor(indent / 2) > limit)
                    return problem(i, limit);
            }
        }
        for (; i < lineEnd; i++) {
            const c = text[i];
            if (quote !== null) {
                if (c === '\\' && quote === '"')
                    i++;
                else if (c === quote)
                    quote = null;
                continue;
            }
            if (c === '"' || c === "'")
                quote = c;
            else if (c === '#' && (i === lineStart || text[i - 1] === ' ' || text[i - 1] === '\t'))
                break;
            else if (c === '[' || c === '{') {
                if (++flow > limit)
                    return problem(i, limit);
            }
            else if ((c === ']' || c === '}') && flow > 0)
                flow--;
        }
        if (quote === null && flow === 0 && /[|>][-+0-9]*\s*(?:#.*)?$/.test(text.slice(lineStart, lineEnd)))
            blockIndent = indent;
        lineStart = lineEnd + 1;
    }
    return null;
}
function problem(offset, limit) {
    return { offset, message: `nested deeper than ${limit} levels; Guardian refuses such YAML (it could crash the parser)` };
}


/***/ }),

/***/ 2158:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R1: () => (/* binding */ planCheckRun),
/* harmony export */   d$: () => (/* binding */ rowsWithin)
/* harmony export */ });
/* unused harmony exports ANNOTATIONS_PER_REQUEST, CHECK_OUTPUT_MAX, MAX_ANNOTATIONS, toAnnotation, checkRunTitle, planText */
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(301);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4031);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4285);



const ANNOTATIONS_PER_REQUEST = 50;
const CHECK_OUTPUT_MAX = 65_535;
/** Annotations beyond this stay in the text and the evidence bundle, keeping calls bounded. */
const MAX_ANNOTATIONS = 1_000;
const CONCLUSION = { pass: 'success', fail: 'failure', neutral: 'neutral' };
function toAnnotation(f) {
    const loc = f.location;
    if (!loc)
        return null;
    const endLine = Math.max(loc.startLine, loc.endLine ?? loc.startLine);
    const a = {
        path: loc.path,
        start_line: loc.startLine,
        end_line: endLine,
        annotation_level: f.level === 'error' ? 'failure' : f.level,
        message: (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .plainText */ .wh)(f.message, 4_000),
        // The rule id in the title tells the reader what to configure or suppress.
        title: (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .plainText */ .wh)(f.title ? `${f.title} (${f.ruleId})` : f.ruleId, 255),
    };
    // GitHub accepts columns only on single-line annotations.
    if (endLine === loc.startLine && loc.startColumn) {
        a.start_column = loc.startColumn;
        a.end_column = Math.max(loc.startColumn, loc.endColumn ?? loc.startColumn);
    }
    if (f.snippet)
        a.raw_details = (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .plainText */ .wh)(f.snippet, 1_000);
    return a;
}
function checkRunTitle(report) {
    const c = report.verdict.counts;
    const word = { pass: 'Passed', fail: 'Failed', neutral: 'Neutral' }[report.verdict.verdict];
    return `${word}: ${c.error} error(s), ${c.warning} warning(s), ${c.notice} notice(s)`;
}
function planCheckRun(report, opts) {
    const findings = (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .allFindings */ .c)(report);
    const active = findings.filter((f) => !f.suppression);
    const annotatable = active.map(toAnnotation).filter((a) => a !== null);
    const sent = opts.annotations ? annotatable.slice(0, MAX_ANNOTATIONS) : [];
    const omitted = annotatable.length - sent.length;
    const title = checkRunTitle(report);
    const summary = planSummary(report, omitted);
    const text = planText(report, findings);
    const batches = [];
    for (let i = 0; i < sent.length; i += ANNOTATIONS_PER_REQUEST)
        batches.push(sent.slice(i, i + ANNOTATIONS_PER_REQUEST));
    const output = { title, summary, text };
    if (batches[0])
        output.annotations = batches[0];
    return {
        create: {
            name: report.context.checkName,
            head_sha: report.context.commitSha,
            status: 'completed',
            conclusion: CONCLUSION[report.verdict.verdict],
            external_id: `guardian:${report.context.commitSha}`,
            ...(opts.detailsUrl ? { details_url: opts.detailsUrl } : {}),
            output,
        },
        updates: batches.slice(1).map((annotations) => ({ output: { title, summary, annotations } })),
        annotationCount: sent.length,
        annotationsOmitted: omitted,
    };
}
function planSummary(report, annotationsOmitted) {
    const omittedLine = annotationsOmitted
        ? `\n\n${annotationsOmitted} finding(s) are not annotated (annotation budget); all are listed below and in the evidence bundle.`
        : '';
    const head = `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .headline */ .Pl)(report)}\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .reasonsList */ .e$)(report)}\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .checksTable */ .Et)(report.results)}${omittedLine}`;
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .fitWithin */ .Hi)(CHECK_OUTPUT_MAX, [() => `${head}\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .notesBlock */ .bY)(report)}`.trimEnd(), () => head], (max) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(head, max));
}
/** All findings → errors only → as many rows as fit, with "N more in the evidence bundle". */
function planText(report, findings = (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .allFindings */ .c)(report), max = CHECK_OUTPUT_MAX) {
    const ctx = report.context;
    const errors = findings.filter((f) => f.level === 'error' && !f.suppression);
    const heading = (what) => `### Findings (${what})\n\n`;
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .fitWithin */ .Hi)(max, [
        () => heading(`all ${findings.length}`) + (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .findingsTable */ .f9)(ctx, findings, 0),
        () => heading(`errors only: ${errors.length} of ${findings.length}; the rest are in the evidence bundle`) + (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .findingsTable */ .f9)(ctx, errors, 0),
    ], (budget) => rowsWithin(report, errors, budget, heading(`errors, truncated`)));
}
/** Adds table rows while they fit; always ends with the count of rows left out. */
function rowsWithin(report, findings, budget, prefix) {
    const tail = (n) => `\n\n…and ${n} more in the evidence bundle (findings.json).`;
    let out = `${prefix}${_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .FINDINGS_HEADER */ .xu}`;
    let i = 0;
    for (; i < findings.length; i++) {
        const row = `\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .findingRow */ .ex)(report.context, findings[i])}`;
        if (out.length + row.length + tail(findings.length - i).length > budget)
            break;
        out += row;
    }
    return i < findings.length ? out + tail(findings.length - i) : out;
}


/***/ }),

/***/ 5236:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   planJobSummary: () => (/* binding */ planJobSummary)
/* harmony export */ });
/* unused harmony export SUMMARY_MAX */
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(301);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4031);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4285);
/* harmony import */ var _check_run_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2158);
/** Plans the job summary ($GITHUB_STEP_SUMMARY, ≤ 1 MiB per step) (pure). */




/** 1 MiB is GitHub's cap; leave room for other steps' Markdown. */
const SUMMARY_MAX = 1_000_000;
function planJobSummary(report, max = SUMMARY_MAX) {
    const ctx = report.context;
    const findings = (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .allFindings */ .c)(report);
    const errors = findings.filter((f) => f.level === 'error' && !f.suppression);
    const head = [`## ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(ctx.checkName)}: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .headline */ .Pl)(report)}`, '', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .reasonsList */ .e$)(report), '', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .checksTable */ .Et)(report.results)].join('\n');
    const notes = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .notesBlock */ .bY)(report);
    const links = [ctx.checkRunUrl ? `[Check run](${ctx.checkRunUrl})` : '', ctx.configFile ? `Config: \`${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(ctx.configFile)}\`` : 'Config: built-in defaults']
        .filter(Boolean)
        .join(' · ');
    const compose = (body) => `${head}\n\n${body}\n\n${notes}\n\n${links}\n`;
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .fitWithin */ .Hi)(max, [
        () => compose(`### Findings (${findings.length})\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .findingsTable */ .f9)(ctx, findings, 0)}`),
        () => compose(`### Errors (${errors.length} of ${findings.length} findings; all are in the evidence bundle)\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .findingsTable */ .f9)(ctx, errors, 0)}`),
    ], (budget) => compose((0,_check_run_js__WEBPACK_IMPORTED_MODULE_3__/* .rowsWithin */ .d$)(report, errors, budget - head.length - notes.length - links.length - 200, '### Errors (truncated)\n\n')));
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Et: () => (/* binding */ checksTable),
/* harmony export */   Hi: () => (/* binding */ fitWithin),
/* harmony export */   Pl: () => (/* binding */ headline),
/* harmony export */   bY: () => (/* binding */ notesBlock),
/* harmony export */   e$: () => (/* binding */ reasonsList),
/* harmony export */   ex: () => (/* binding */ findingRow),
/* harmony export */   f9: () => (/* binding */ findingsTable),
/* harmony export */   xu: () => (/* binding */ FINDINGS_HEADER)
/* harmony export */ });
/* unused harmony exports fileLink, snippetLine */
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4031);

const VERDICT_BADGE = {
    pass: '✅ **Passed**',
    fail: '❌ **Failed**',
    neutral: '⚪ **Neutral**',
};
const STATUS_ICON = { passed: '✅ passed', failed: '❌ failed', neutral: '⚪ neutral', error: '💥 error' };
const LEVEL_ICON = { error: '🔴 error', warning: '🟠 warning', notice: '🔵 notice' };
function fileLink(ctx, f) {
    const loc = f.location;
    if (!loc)
        return '(repository)';
    const label = (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(`${loc.path}:${loc.startLine}`);
    if (!ctx.repoUrl)
        return label;
    const end = loc.endLine && loc.endLine !== loc.startLine ? `-L${loc.endLine}` : '';
    return `[${label}](${ctx.repoUrl}/blob/${encodeURIComponent(ctx.commitSha)}/${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .encodePath */ .O0)(loc.path)}#L${loc.startLine}${end})`;
}
function headline(report) {
    const { verdict } = report;
    const c = verdict.counts;
    const parts = [`${c.error} error${c.error === 1 ? '' : 's'}`, `${c.warning} warning${c.warning === 1 ? '' : 's'}`, `${c.notice} notice${c.notice === 1 ? '' : 's'}`];
    if (c.suppressed)
        parts.push(`${c.suppressed} suppressed`);
    return `${VERDICT_BADGE[verdict.verdict]} · ${parts.join(' · ')}`;
}
function reasonsList(report) {
    return report.verdict.reasons.map((r) => `- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(r)}`).join('\n');
}
function checksTable(results) {
    const rows = results.map((r) => `| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(r.title)} | ${STATUS_ICON[r.status]} | ${r.counts.error} | ${r.counts.warning} | ${r.counts.notice} | ${r.counts.suppressed} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)((0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(r.error ?? r.summary ?? '', 160))} |`);
    return ['| Gate | Status | Errors | Warnings | Notices | Suppressed | Details |', '|---|---|---:|---:|---:|---:|---|', ...rows].join('\n');
}
function findingRow(ctx, f) {
    const level = f.suppression ? `⚪ suppressed (${f.suppression.kind})` : LEVEL_ICON[f.level];
    return `| ${level} | \`${f.ruleId}\` | ${fileLink(ctx, f)} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)((0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(f.message, 400))} |`;
}
const FINDINGS_HEADER = '| Level | Rule | Location | Message |\n|---|---|---|---|';
function findingsTable(ctx, findings, omitted) {
    if (findings.length === 0 && omitted === 0)
        return '_No findings._';
    const lines = [FINDINGS_HEADER, ...findings.map((f) => findingRow(ctx, f))];
    if (omitted > 0)
        lines.push('', `…and ${omitted} more in the evidence bundle (findings.json).`);
    return lines.join('\n');
}
function notesBlock(report) {
    const notes = [
        ...report.context.notices.map((n) => `- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(n)}`),
        ...report.results.flatMap((r) => r.notes.map((n) => `- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(`${r.checkId}: ${n}`)}`)),
    ];
    return notes.length ? `<details><summary>Notes (${notes.length})</summary>\n\n${notes.join('\n')}\n\n</details>` : '';
}
function snippetLine(f) {
    return f.snippet ? codeSpan(f.snippet) : '';
}
/**
 * Returns the first rendering that fits in `max` characters; the last variant must take a
 * budget and always fit (it truncates).
 */
function fitWithin(max, variants, last) {
    for (const v of variants) {
        const s = v();
        if (s.length <= max)
            return s;
    }
    const s = last(max);
    return s.length <= max ? s : (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(s, max);
}


/***/ })

};
