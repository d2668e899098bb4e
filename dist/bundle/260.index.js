export const id = 260;
export const ids = [260];
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
