export const id = 643;
export const ids = [643];
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
