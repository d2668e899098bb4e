export const id = 722;
export const ids = [722,341,584];
export const modules = {

/***/ 6584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createClient: () => (/* binding */ createClient),
/* harmony export */   g: () => (/* binding */ describeHttpError),
/* harmony export */   n: () => (/* binding */ httpStatus)
/* harmony export */ });
/* harmony import */ var _octokit_rest__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9988);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6856);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(311);
/**
 * The GitHub client: octokit with throttling (honours `retry-after` and rate-limit resets,
 * serialises writes) and retry (5xx and network faults). The only module that builds one.
 */




const GuardianOctokit = _octokit_rest__WEBPACK_IMPORTED_MODULE_0__/* .Octokit */ .E.plugin(_octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_1__/* .throttling */ .A, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L);
/** Retries after a rate limit or secondary limit; beyond this the call fails and is reported. */
const MAX_LIMIT_RETRIES = 2;
/** Never sleep longer than this for one limit: a CI job has better things to do. */
const MAX_WAIT_SECONDS = 120;
function createClient(gh, log) {
    return new GuardianOctokit({
        auth: gh.token,
        baseUrl: gh.apiUrl,
        userAgent: `${_version_js__WEBPACK_IMPORTED_MODULE_3__/* .TOOL_NAME */ .l}/${_version_js__WEBPACK_IMPORTED_MODULE_3__/* .TOOL_VERSION */ .w}`,
        log: { debug: () => { }, info: () => { }, warn: (m) => log.debug(m), error: (m) => log.debug(m) },
        request: { timeout: 30_000 },
        retry: { retries: 3, doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
        throttle: {
            onRateLimit: (retryAfter, options, _o, retryCount) => {
                const again = retryCount < MAX_LIMIT_RETRIES && retryAfter <= MAX_WAIT_SECONDS;
                log.warn(`GitHub rate limit on ${options.method} ${options.url}: ${again ? `retrying in ${retryAfter}s` : 'giving up'}`);
                return again;
            },
            onSecondaryRateLimit: (retryAfter, options, _o, retryCount) => {
                const again = retryCount < MAX_LIMIT_RETRIES && retryAfter <= MAX_WAIT_SECONDS;
                log.warn(`GitHub secondary rate limit on ${options.method} ${options.url}: ${again ? `retrying after ${retryAfter}s (retry-after)` : 'giving up'}`);
                return again;
            },
        },
    });
}
/** A one-line description of a failed call: status and GitHub's own message. */
function describeHttpError(e) {
    const err = e;
    const msg = err.response?.data?.message ?? err.message ?? String(e);
    return err.status ? `HTTP ${err.status}: ${msg}` : msg;
}
function httpStatus(e) {
    return e.status;
}


/***/ }),

/***/ 2722:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishToGitHub: () => (/* binding */ publishToGitHub)
});

// EXTERNAL MODULE: ./src/report/check-run.ts
var check_run = __webpack_require__(2158);
// EXTERNAL MODULE: ./src/report/context.ts
var context = __webpack_require__(301);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/report/comment.ts
/** Plans the one sticky PR comment: verdict, a table per gate, top findings, links (pure). */




/** GitHub's limit is 65,536; stay well under it. */
const COMMENT_MAX = 60_000;
const TOP_FINDINGS = 20;
/** The hidden marker that identifies our comment; the check name cannot close the HTML comment. */
function commentMarker(checkName) {
    return `<!-- guardian:${checkName.replace(/--/g, '- -').replace(/[<>\r\n]/g, '')} -->`;
}
function planComment(report) {
    const ctx = report.context;
    const marker = commentMarker(ctx.checkName);
    const active = (0,context/* allFindings */.c)(report).filter((f) => !f.suppression);
    const errors = active.filter((f) => f.level === 'error');
    const links = [
        ctx.checkRunUrl ? `[Check run](${ctx.checkRunUrl})` : '',
        ctx.runUrl ? `[Evidence bundle and logs](${ctx.runUrl})` : '',
    ].filter(Boolean);
    const head = [
        marker,
        `## ${(0,report_escape/* escapeMarkdown */.FV)(ctx.checkName)}: ${(0,markdown/* headline */.Pl)(report)}`,
        '',
        (0,markdown/* reasonsList */.e$)(report),
        '',
        (0,markdown/* checksTable */.Et)(report.results),
    ].join('\n');
    const foot = [
        '',
        links.length ? links.join(' · ') : '',
        `<sub>Commit ${(0,report_escape/* escapeMarkdown */.FV)(ctx.commitSha.slice(0, 12))} · ${(0,report_escape/* escapeMarkdown */.FV)(`${ctx.toolName} ${ctx.toolVersion}`)}</sub>`,
    ].join('\n');
    const top = active.slice(0, TOP_FINDINGS);
    const section = (title, body) => `\n\n### ${title}\n\n${body}`;
    return (0,markdown/* fitWithin */.Hi)(COMMENT_MAX, [
        () => head + (active.length ? section(`Top findings (${top.length} of ${active.length})`, (0,markdown/* findingsTable */.f9)(ctx, top, active.length - top.length)) : '') + foot,
        () => head + section(`Errors (${errors.length})`, (0,markdown/* findingsTable */.f9)(ctx, errors.slice(0, TOP_FINDINGS), Math.max(0, errors.length - TOP_FINDINGS))) + foot,
    ], (budget) => {
        const room = budget - head.length - foot.length - 40;
        return head + (room > 200 ? section('Errors (truncated)', (0,check_run/* rowsWithin */.d$)(report, errors, room, '')) : '\n\n…findings are in the evidence bundle (findings.json).') + foot;
    });
}

// EXTERNAL MODULE: ./src/github/client.ts
var github_client = __webpack_require__(6584);
;// CONCATENATED MODULE: ./src/github/publish.ts



async function publishToGitHub(gh, rep, report, log) {
    const result = { problems: [] };
    if (gh.readOnlyReason) {
        log.info(`Not writing to GitHub (${gh.readOnlyReason}): no check run or PR comment; the job summary, annotations in the log, SARIF and the evidence bundle carry the results.`);
        return result;
    }
    const client = (0,github_client.createClient)(gh, log);
    const problem = (what, e) => {
        const line = `${what} failed (${(0,github_client/* describeHttpError */.g)(e)}); the verdict and evidence are unaffected.`;
        result.problems.push(line);
        log.warn(line);
    };
    let identity;
    // The comment links the check run, once there is one.
    let linked = report;
    try {
        const created = await createCheckRun(client, gh, rep, report);
        result.checkRunUrl = created.url;
        if (created.appSlug)
            identity = `${created.appSlug}[bot]`;
        linked = { ...report, context: { ...report.context, checkRunUrl: created.url } };
    }
    catch (e) {
        const hint = (0,github_client/* httpStatus */.n)(e) === 403 ? ' (the token needs `checks: write`)' : '';
        problem(`Creating the check run${hint}`, e);
    }
    const pr = gh.pullRequest;
    if (!pr || rep.comment === 'never')
        return result;
    try {
        identity ??= await whoAmI(client);
        const url = await upsertComment(client, gh, rep, linked, pr.number, identity, log);
        if (url)
            result.commentUrl = url;
    }
    catch (e) {
        const hint = (0,github_client/* httpStatus */.n)(e) === 403 ? ' (the token needs `pull-requests: write`)' : '';
        problem(`Updating the PR comment${hint}`, e);
    }
    return result;
}
async function createCheckRun(client, gh, rep, report) {
    const runUrl = report.context.runUrl;
    const plan = (0,check_run/* planCheckRun */.R1)(report, { annotations: rep.annotations, ...(runUrl ? { detailsUrl: runUrl } : {}) });
    const { data } = await client.rest.checks.create({ owner: gh.owner, repo: gh.repo, ...plan.create });
    for (const update of plan.updates) {
        await client.rest.checks.update({ owner: gh.owner, repo: gh.repo, check_run_id: data.id, ...update });
    }
    const slug = data.app?.slug;
    return { url: data.html_url ?? data.url, ...(slug ? { appSlug: slug } : {}) };
}
/**
 * The login our comments appear under. Without a check run to tell us (a PAT cannot create
 * one), ask `GET /user`; an installation token cannot, and its comments are by github-actions[bot].
 */
async function whoAmI(client) {
    try {
        const { data } = await client.rest.users.getAuthenticated();
        return data.login;
    }
    catch {
        return 'github-actions[bot]';
    }
}
async function upsertComment(client, gh, rep, report, issueNumber, identity, log) {
    const marker = commentMarker(rep.checkName);
    const comments = await client.paginate(client.rest.issues.listComments, { owner: gh.owner, repo: gh.repo, issue_number: issueNumber, per_page: 100 });
    // Ours = carries the marker on its first line AND is authored by this token's identity:
    // a comment by anyone else quoting the marker is left alone.
    const ours = comments.find((c) => c.user?.login.toLowerCase() === identity.toLowerCase() && (c.body ?? '').split('\n', 1)[0].trim() === marker);
    if (!ours && rep.comment === 'on-failure' && report.verdict.verdict !== 'fail')
        return undefined;
    const body = planComment(report);
    if (ours) {
        if (ours.body === body) {
            log.info('PR comment unchanged; not updated.');
            return ours.html_url;
        }
        const { data } = await client.rest.issues.updateComment({ owner: gh.owner, repo: gh.repo, comment_id: ours.id, body });
        return data.html_url;
    }
    const { data } = await client.rest.issues.createComment({ owner: gh.owner, repo: gh.repo, issue_number: issueNumber, body });
    return data.html_url;
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
