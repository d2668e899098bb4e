export const id = 826;
export const ids = [826];
export const modules = {

/***/ 5826:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderText: () => (/* binding */ renderText)
/* harmony export */ });
/* harmony import */ var _report_context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(301);
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4031);


const CODES = { red: 31, yellow: 33, blue: 34, green: 32, gray: 90, bold: 1 };
function renderText(report, opts) {
    const paint = (code, s) => (opts.color ? `\u001b[${CODES[code]}m${s}\u001b[0m` : s);
    const levelColor = { error: 'red', warning: 'yellow', notice: 'blue' };
    const statusMark = {
        passed: paint('green', '✔'),
        failed: paint('red', '✖'),
        neutral: paint('gray', '○'),
        error: paint('red', '!'),
    };
    const lines = [];
    const findings = (0,_report_context_js__WEBPACK_IMPORTED_MODULE_0__/* .allFindings */ .c)(report);
    const max = opts.maxFindings ?? 200;
    const clean = (s) => (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .stripControl */ .kU)(s).replace(/[\r\n\t]+/g, ' ');
    for (const r of report.results) {
        const c = r.counts;
        const detail = r.status === 'error' ? `could not run: ${clean(r.error ?? '')}` : `${c.error} error(s), ${c.warning} warning(s), ${c.notice} notice(s)${c.suppressed ? `, ${c.suppressed} suppressed` : ''}`;
        lines.push(`${statusMark[r.status]} ${paint('bold', r.checkId)}  ${detail}  ${paint('gray', `(${Math.round(r.durationMs)} ms)`)}`);
        if (r.summary)
            lines.push(`    ${paint('gray', clean(r.summary))}`);
    }
    const shown = findings.filter((f) => !f.suppression).slice(0, max);
    if (shown.length)
        lines.push('');
    for (const f of shown)
        lines.push(findingLine(f, paint, levelColor, clean));
    const hidden = findings.filter((f) => !f.suppression).length - shown.length;
    if (hidden > 0)
        lines.push(paint('gray', `…and ${hidden} more (see findings.json in the evidence bundle)`));
    const notes = [...report.context.notices, ...report.results.flatMap((r) => r.notes.map((n) => `${r.checkId}: ${n}`))];
    if (notes.length) {
        lines.push('');
        for (const n of notes)
            lines.push(paint('gray', `note: ${clean(n)}`));
    }
    const v = report.verdict;
    const word = v.verdict === 'fail' ? paint('red', 'FAIL') : v.verdict === 'pass' ? paint('green', 'PASS') : paint('gray', 'NEUTRAL');
    lines.push('', `${paint('bold', 'Verdict:')} ${word} — ${clean(v.reasons.join('; '))}`);
    if (opts.evidencePath)
        lines.push(paint('gray', `Evidence: ${opts.evidencePath}`));
    return `${lines.join('\n')}\n`;
}
function findingLine(f, paint, levelColor, clean) {
    const loc = f.location ? `${f.location.path}:${f.location.startLine}${f.location.startColumn ? `:${f.location.startColumn}` : ''}` : '(repository)';
    return `  ${clean(loc)}  ${paint(levelColor[f.level], f.level)}  ${paint('gray', f.ruleId)}  ${clean((0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(f.message, 300))}`;
}


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


/***/ })

};
