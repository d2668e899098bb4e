export const id = 877;
export const ids = [877,643];
export const modules = {

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

/***/ 3877:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H0: () => (/* binding */ planEvidence),
/* harmony export */   findingsDocument: () => (/* binding */ findingsDocument),
/* harmony export */   sc: () => (/* binding */ sha256)
/* harmony export */ });
/* unused harmony exports STATEMENT_TYPE, VSA_PREDICATE, TEST_RESULT_PREDICATE */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(301);
/* harmony import */ var _findings_schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3336);
/* harmony import */ var _sarif_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(643);
/**
 * The evidence bundle (DESIGN.md): findings.json (+ its schema), one in-toto test-result
 * statement per check, a SLSA verification-summary statement for the run, and manifest.json
 * with a sha256 per file. Built as data here; app.ts writes it before any GitHub call (pure).
 */




const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
const VSA_PREDICATE = 'https://slsa.dev/verification_summary/v1';
const TEST_RESULT_PREDICATE = 'https://in-toto.io/attestation/test-result/v0.1';
function sha256(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex');
}
const json = (v) => `${JSON.stringify(v, null, 2)}\n`;
function subject(input) {
    const commit = input.report.context.commitSha;
    const name = input.report.context.repoUrl ? `git+${input.report.context.repoUrl}` : (input.repository ?? 'working-tree');
    return /^[0-9a-f]{40}$/.test(commit) ? [{ name, digest: { gitCommit: commit } }] : [{ name, digest: { sha256: sha256(commit) } }];
}
function stripFinding(f) {
    // Keep the published shape exact: drop undefined keys and internal extras.
    const out = { ruleId: f.ruleId, level: f.level, message: f.message, fingerprint: f.fingerprint, inDiff: f.inDiff };
    if (f.title)
        out.title = f.title;
    if (f.snippet !== undefined)
        out.snippet = f.snippet;
    if (f.location)
        out.location = { ...f.location };
    if (f.suppression)
        out.suppression = { ...f.suppression };
    if (f.properties)
        out.properties = f.properties;
    return out;
}
function findingsDocument(input) {
    const { report } = input;
    const commit = report.context.commitSha;
    return {
        $schema: _findings_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .FINDINGS_SCHEMA_ID */ .R,
        schemaVersion: 1,
        tool: { name: report.context.toolName, version: report.context.toolVersion },
        commit: /^[0-9a-f]{40}$/.test(commit) ? commit : null,
        ...(input.repository ? { repository: input.repository } : {}),
        ...(input.pullRequest ? { pullRequest: input.pullRequest } : {}),
        verdict: { verdict: report.verdict.verdict, reasons: report.verdict.reasons, failOn: report.verdict.failOn, counts: report.verdict.counts },
        checks: report.results.map((r) => ({
            id: r.checkId,
            title: r.title,
            status: r.status,
            counts: r.counts,
            durationMs: Math.round(r.durationMs * 1000) / 1000,
            ...(r.error ? { error: r.error } : {}),
            ...(r.summary ? { summary: r.summary } : {}),
            ...(r.notes.length ? { notes: r.notes } : {}),
        })),
        findings: (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .allFindings */ .c)(report).map(stripFinding),
    };
}
/**
 * The statement's tests. Rule outcomes always come from the FINAL findings (after levels,
 * suppressions, scope and fail-on), so the evidence agrees with the verdict. A check's own
 * lists say which rules it evaluated (passed = evaluated without a gating or warning finding)
 * and may add tests that are not rules (e.g. contract cases), which are kept as given.
 */
function testsOf(r, failOn) {
    const failed = new Set();
    const warned = new Set();
    for (const f of r.findings) {
        if (f.suppression)
            continue;
        const gating = failOn !== 'never' && (f.level === 'error' || (failOn === 'warning' && f.level === 'warning'));
        (gating ? failed : warned).add(f.ruleId);
    }
    for (const id of failed)
        warned.delete(id);
    const ruleIds = new Set(r.rules.map((m) => m.id));
    const given = r.evidence;
    const provided = [...(given.passedTests ?? []), ...(given.warnedTests ?? []), ...(given.failedTests ?? [])];
    const evaluated = provided.filter((t) => ruleIds.has(t));
    const candidates = evaluated.length ? evaluated : [...ruleIds];
    const extra = (list) => (list ?? []).filter((t) => !ruleIds.has(t));
    return {
        passed: [...candidates.filter((id) => !failed.has(id) && !warned.has(id)).sort(), ...extra(given.passedTests)],
        warned: [...[...warned].sort(), ...extra(given.warnedTests)],
        failed: [...[...failed].sort(), ...extra(given.failedTests)],
    };
}
function checkStatement(input, r) {
    const tests = testsOf(r, input.report.verdict.failOn);
    const result = r.status === 'failed' || r.status === 'error' ? 'FAILED' : tests.warned.length || r.counts.warning ? 'WARNED' : 'PASSED';
    return {
        _type: STATEMENT_TYPE,
        subject: subject(input),
        predicateType: TEST_RESULT_PREDICATE,
        predicate: {
            result,
            configuration: [{ name: 'guardian-config', digest: { sha256: input.configSha256 } }, ...(r.evidence.configuration ?? [])],
            ...(input.report.context.runUrl ? { url: input.report.context.runUrl } : {}),
            passedTests: tests.passed,
            warnedTests: tests.warned,
            failedTests: r.status === 'error' ? [...tests.failed, `${r.checkId}: ${r.error ?? 'error'}`] : tests.failed,
        },
    };
}
function planEvidence(input) {
    const files = new Map();
    const redact = (text) => (input.secrets ?? []).filter((s) => s.length >= 4).reduce((t, s) => t.split(s).join('***'), text);
    const put = (name, value) => {
        files.set(name, redact(json(value)));
    };
    put('findings.json', findingsDocument(input));
    put('findings.schema.json', _findings_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .findingsSchema */ .Q);
    for (const r of input.report.results)
        put(`${r.checkId}.intoto.json`, checkStatement(input, r));
    const inputs = input.report.results.map((r) => {
        const name = `${r.checkId}.intoto.json`;
        return { uri: name, digest: { sha256: sha256(files.get(name)) } };
    });
    const ctx = input.report.context;
    put('verdict.intoto.json', {
        _type: STATEMENT_TYPE,
        subject: subject(input),
        predicateType: VSA_PREDICATE,
        predicate: {
            verifier: { id: _sarif_js__WEBPACK_IMPORTED_MODULE_3__/* .INFORMATION_URI */ .w, version: { [ctx.toolName.toLowerCase()]: ctx.toolVersion } },
            timeVerified: input.timeVerified,
            resourceUri: ctx.repoUrl ? `git+${ctx.repoUrl}@${ctx.commitSha}` : `file:${ctx.commitSha}`,
            policy: { uri: ctx.configFile ? `${ctx.repoUrl ? `${ctx.repoUrl}/blob/${ctx.commitSha}/` : ''}${ctx.configFile}` : 'guardian:defaults', digest: { sha256: input.configSha256 } },
            inputAttestations: inputs,
            verificationResult: input.report.verdict.verdict === 'fail' ? 'FAILED' : 'PASSED',
            verifiedLevels: input.report.results.filter((r) => r.status === 'passed').map((r) => `GUARDIAN_${r.checkId.toUpperCase().replace(/-/g, '_')}_PASSED`),
        },
    });
    const manifest = {
        tool: { name: ctx.toolName, version: ctx.toolVersion },
        commit: ctx.commitSha,
        files: [...files.entries()].map(([name, text]) => ({ name, sha256: sha256(text), bytes: Buffer.byteLength(text) })).sort((a, b) => a.name.localeCompare(b.name)),
    };
    put('manifest.json', manifest);
    return files;
}


/***/ }),

/***/ 3336:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ findingsSchema),
/* harmony export */   R: () => (/* binding */ FINDINGS_SCHEMA_ID)
/* harmony export */ });
/**
 * The published JSON Schema of `findings.json` (draft 2020-12). The bundle carries a copy;
 * the `workflow_run` reporter validates downloaded bundles against THIS built-in copy,
 * never the one inside an untrusted bundle.
 */
const FINDINGS_SCHEMA_ID = 'https://github.com/guardian-ci/guardian/schemas/findings-v1.json';
const level = { enum: ['error', 'warning', 'notice'] };
const counts = {
    type: 'object',
    required: ['error', 'warning', 'notice', 'suppressed', 'outsideDiff'],
    additionalProperties: false,
    properties: Object.fromEntries(['error', 'warning', 'notice', 'suppressed', 'outsideDiff'].map((k) => [k, { type: 'integer', minimum: 0 }])),
};
const findingsSchema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: FINDINGS_SCHEMA_ID,
    title: 'Guardian findings',
    type: 'object',
    required: ['schemaVersion', 'tool', 'commit', 'verdict', 'checks', 'findings'],
    additionalProperties: false,
    properties: {
        $schema: { type: 'string' },
        schemaVersion: { const: 1 },
        tool: {
            type: 'object',
            required: ['name', 'version'],
            additionalProperties: false,
            properties: { name: { type: 'string' }, version: { type: 'string' } },
        },
        commit: { type: ['string', 'null'], pattern: '^[0-9a-f]{40}([0-9a-f]{24})?$' },
        repository: { type: 'string' },
        pullRequest: { type: 'integer', minimum: 1 },
        verdict: {
            type: 'object',
            required: ['verdict', 'reasons', 'failOn', 'counts'],
            additionalProperties: false,
            properties: {
                verdict: { enum: ['pass', 'fail', 'neutral'] },
                reasons: { type: 'array', items: { type: 'string' } },
                failOn: { enum: ['error', 'warning', 'never'] },
                counts,
            },
        },
        checks: {
            type: 'array',
            items: {
                type: 'object',
                required: ['id', 'title', 'status', 'counts', 'durationMs'],
                additionalProperties: false,
                properties: {
                    id: { type: 'string', pattern: '^[a-z0-9-]+$' },
                    title: { type: 'string' },
                    status: { enum: ['passed', 'failed', 'neutral', 'error'] },
                    counts,
                    durationMs: { type: 'number', minimum: 0 },
                    error: { type: 'string' },
                    summary: { type: 'string' },
                    notes: { type: 'array', items: { type: 'string' } },
                },
            },
        },
        findings: {
            type: 'array',
            items: {
                type: 'object',
                required: ['ruleId', 'level', 'message', 'fingerprint', 'inDiff'],
                additionalProperties: false,
                properties: {
                    ruleId: { type: 'string', pattern: '^[a-z0-9-]+/[a-z0-9-]+$' },
                    level,
                    message: { type: 'string' },
                    title: { type: 'string' },
                    snippet: { type: 'string' },
                    fingerprint: { type: 'string', pattern: '^[0-9a-f]{32}$' },
                    inDiff: { type: 'boolean' },
                    location: {
                        type: 'object',
                        required: ['path', 'startLine'],
                        additionalProperties: false,
                        properties: {
                            path: { type: 'string', minLength: 1 },
                            startLine: { type: 'integer', minimum: 1 },
                            startColumn: { type: 'integer', minimum: 1 },
                            endLine: { type: 'integer', minimum: 1 },
                            endColumn: { type: 'integer', minimum: 1 },
                        },
                    },
                    suppression: {
                        type: 'object',
                        required: ['kind', 'reason'],
                        additionalProperties: false,
                        properties: {
                            kind: { enum: ['inline', 'exception', 'baseline'] },
                            reason: { type: 'string', minLength: 1 },
                            expires: { type: 'string' },
                            source: { type: 'string' },
                        },
                    },
                    properties: { type: 'object' },
                },
            },
        },
    },
};


/***/ }),

/***/ 643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   planSarif: () => (/* binding */ planSarif),
/* harmony export */   w: () => (/* binding */ INFORMATION_URI)
/* harmony export */ });
/* unused harmony export REPOSITORY_LEVEL_URI */
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(301);

const SARIF_LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://github.com/guardian-ci/guardian';
const REPOSITORY_LEVEL_URI = 'no file associated with this alert';
function ruleFor(id, known) {
    return (known.get(id) ?? {
        id,
        name: id,
        shortDescription: id,
        fullDescription: id,
        help: 'See the finding message for what fixes it.',
        defaultLevel: 'warning',
    });
}
function sarifRule(r) {
    return {
        id: r.id,
        name: r.name.replace(/[^A-Za-z0-9]+(.)?/g, (_, c) => (c ? c.toUpperCase() : '')),
        shortDescription: { text: r.shortDescription },
        fullDescription: { text: r.fullDescription },
        help: { text: r.help, markdown: r.help },
        ...(r.helpUri ? { helpUri: r.helpUri } : {}),
        defaultConfiguration: { level: r.defaultLevel === 'off' ? 'none' : SARIF_LEVEL[r.defaultLevel], enabled: r.defaultLevel !== 'off' },
        properties: { tags: r.tags ?? [r.id.split('/')[0]] },
    };
}
function sarifResult(f, ruleIndex) {
    const result = {
        ruleId: f.ruleId,
        ruleIndex,
        level: SARIF_LEVEL[f.level],
        message: { text: f.message },
        partialFingerprints: { 'guardianFingerprint/v1': f.fingerprint },
        properties: { inDiff: f.inDiff },
    };
    const loc = f.location;
    if (loc) {
        const region = { startLine: loc.startLine };
        if (loc.startColumn)
            region.startColumn = loc.startColumn;
        if (loc.endLine)
            region.endLine = loc.endLine;
        // SARIF's endColumn is exclusive; ours is inclusive.
        if (loc.endColumn)
            region.endColumn = loc.endColumn + 1;
        result.locations = [{ physicalLocation: { artifactLocation: { uri: encodeURI(loc.path), uriBaseId: '%SRCROOT%' }, region } }];
    }
    else {
        // Code scanning rejects a result without a location ("expected at least one location"),
        // so repository-level findings (a missing SECURITY.md) get the placeholder location
        // OpenSSF Scorecard uses for the same case.
        result.locations = [{ physicalLocation: { artifactLocation: { uri: REPOSITORY_LEVEL_URI }, region: { startLine: 1 } } }];
    }
    if (f.suppression) {
        result.suppressions = [
            { kind: f.suppression.kind === 'inline' ? 'inSource' : 'external', justification: f.suppression.reason, status: 'accepted' },
        ];
    }
    return result;
}
function planSarif(report) {
    const known = new Map(report.results.flatMap((r) => r.rules).map((r) => [r.id, r]));
    const findings = (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .allFindings */ .c)(report);
    const ruleIds = [...new Set([...known.keys(), ...findings.map((f) => f.ruleId)])].sort();
    const index = new Map(ruleIds.map((id, i) => [id, i]));
    const notifications = report.results
        .filter((r) => r.status === 'error')
        .map((r) => ({ level: 'error', message: { text: `${r.checkId}: ${r.error ?? 'check failed to run'}` }, descriptor: { id: r.checkId } }));
    return {
        $schema: SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: report.context.toolName,
                        version: report.context.toolVersion,
                        semanticVersion: report.context.toolVersion,
                        informationUri: INFORMATION_URI,
                        rules: ruleIds.map((id) => sarifRule(ruleFor(id, known))),
                    },
                },
                originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The repository root.' } } },
                versionControlProvenance: report.context.repoUrl ? [{ repositoryUri: report.context.repoUrl, revisionId: report.context.commitSha }] : undefined,
                invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
                results: findings.map((f) => sarifResult(f, index.get(f.ruleId))),
            },
        ],
    };
}


/***/ })

};
