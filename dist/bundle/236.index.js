export const id = 236;
export const ids = [236];
export const modules = {

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
