export const id = 66;
export const ids = [66];
export const modules = {

/***/ 1066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   relay: () => (/* binding */ relay)
/* harmony export */ });
/* unused harmony exports BundleError, readBundle, reportFromBundle */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2721);
/* harmony import */ var _report_findings_schema_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3336);
/* harmony import */ var _report_evidence_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3877);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(311);
/**
 * `mode: report` — the trusted half of the fork-safe pattern. A `workflow_run` job downloads
 * the evidence bundle the untrusted PR run uploaded, validates findings.json against the
 * BUILT-IN schema (never the bundle's copy), finds the PR by head SHA, and posts the check run
 * and sticky comment. It never checks out or runs PR code: it only reads JSON.
 */






class BundleError extends Error {
    name = 'BundleError';
}
/** Generous, but a bundle is JSON we parse in memory: refuse absurd sizes up front. */
const MAX_FINDINGS_BYTES = 64 * 1024 * 1024;
async function readBundle(dir) {
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'findings.json');
    let size;
    try {
        size = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(file)).size;
    }
    catch {
        throw new BundleError(`${file}: not found. Download the evidence artifact into evidence-dir before this step.`);
    }
    if (size > MAX_FINDINGS_BYTES)
        throw new BundleError(`${file}: ${size} bytes is over the ${MAX_FINDINGS_BYTES}-byte limit for a findings document`);
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    await verifyManifest(dir, text);
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (e) {
        throw new BundleError(`${file}: not valid JSON (${e.message})`);
    }
    const validate = (await loadAjv2020())({ strict: false, allErrors: false }).compile(_report_findings_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .findingsSchema */ .Q);
    if (!validate(doc)) {
        const e = validate.errors?.[0];
        throw new BundleError(`${file}: does not match Guardian's findings schema at ${e?.instancePath || '/'}: ${e?.message ?? 'invalid'}`);
    }
    return doc;
}
/** ajv ships CommonJS; bundlers expose its class as a named export or as the default. */
async function loadAjv2020() {
    const mod = (await __webpack_require__.e(/* import() */ 210).then(__webpack_require__.t.bind(__webpack_require__, 2210, 23)));
    const Ajv = mod.Ajv2020 ?? mod.default;
    if (!Ajv)
        throw new Error('ajv/dist/2020 did not load');
    return (opts) => new Ajv(opts);
}
/** The manifest detects a truncated or edited findings.json (integrity, not authenticity). */
async function verifyManifest(dir, findingsText) {
    let manifest;
    try {
        manifest = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'manifest.json'), 'utf8'));
    }
    catch {
        throw new BundleError(`${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'manifest.json')}: missing or not JSON; the bundle is incomplete`);
    }
    const entry = manifest.files?.find((f) => f.name === 'findings.json');
    if (!entry || entry.sha256 !== (0,_report_evidence_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256 */ .sc)(findingsText)) {
        throw new BundleError(`${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'findings.json')}: its sha256 does not match manifest.json; the bundle was altered or truncated`);
    }
}
/** Rebuilds a report from the document; the conclusion is the worse of the run's and the bundle's. */
function reportFromBundle(doc, context, runConclusion) {
    const byCheck = new Map();
    for (const f of doc.findings) {
        const id = f.ruleId.slice(0, f.ruleId.indexOf('/'));
        byCheck.set(id, [...(byCheck.get(id) ?? []), f]);
    }
    const results = doc.checks.map((c) => ({
        checkId: c.id,
        title: c.title,
        status: c.status,
        findings: byCheck.get(c.id) ?? [],
        counts: c.counts ?? (0,_core_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .emptyCounts */ .W1)(),
        durationMs: c.durationMs,
        evidence: {},
        rules: [],
        notes: c.notes ?? [],
        ...(c.error ? { error: c.error } : {}),
        ...(c.summary ? { summary: c.summary } : {}),
    }));
    const verdict = {
        verdict: doc.verdict.verdict,
        reasons: [...doc.verdict.reasons],
        failOn: doc.verdict.failOn,
        counts: doc.verdict.counts,
        checks: results.map((r) => ({ checkId: r.checkId, status: r.status })),
    };
    if (runConclusion !== 'success' && verdict.verdict !== 'fail') {
        verdict.verdict = 'fail';
        verdict.reasons.unshift(`the gate workflow run concluded "${runConclusion}"`);
    }
    return { results, verdict, context };
}
async function relay(settings) {
    const doc = await readBundle(settings.bundleDir);
    const gh = settings.github;
    if (doc.commit && doc.commit !== settings.run.headSha) {
        throw new BundleError(`the bundle is for commit ${doc.commit}, but the workflow run is for ${settings.run.headSha}; refusing to post it`);
    }
    const { createClient } = await Promise.all(/* import() */[__webpack_require__.e(167), __webpack_require__.e(584)]).then(__webpack_require__.bind(__webpack_require__, 6584));
    const { findPullRequest } = await __webpack_require__.e(/* import() */ 74).then(__webpack_require__.bind(__webpack_require__, 6074));
    const { publishToGitHub } = await Promise.all(/* import() */[__webpack_require__.e(167), __webpack_require__.e(722)]).then(__webpack_require__.bind(__webpack_require__, 2722));
    const client = createClient(gh, settings.log);
    const pr = await findPullRequest(client, gh.owner, gh.repo, settings.run);
    if (!pr)
        settings.log.warn(`No open pull request has head ${settings.run.headSha}; posting the check run only.`);
    const context = {
        toolName: _version_js__WEBPACK_IMPORTED_MODULE_5__/* .TOOL_NAME */ .l,
        toolVersion: _version_js__WEBPACK_IMPORTED_MODULE_5__/* .TOOL_VERSION */ .w,
        checkName: settings.reporting.checkName,
        commitSha: settings.run.headSha,
        repoUrl: `${gh.serverUrl}/${gh.owner}/${gh.repo}`,
        configFile: null,
        notices: ['Posted from a workflow_run job: the results come from the pull request\'s own run.'],
        ...(settings.run.htmlUrl ? { runUrl: settings.run.htmlUrl } : {}),
    };
    const report = reportFromBundle(doc, context, settings.run.conclusion);
    const published = await publishToGitHub({ ...gh, sha: settings.run.headSha, ...(pr ? { pullRequest: pr } : {}) }, settings.reporting, report, settings.log);
    return {
        verdict: report.verdict,
        ...(pr ? { pullRequest: pr.number } : {}),
        ...(published.checkRunUrl ? { checkRunUrl: published.checkRunUrl } : {}),
        ...(published.commentUrl ? { commentUrl: published.commentUrl } : {}),
    };
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
