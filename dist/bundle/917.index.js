export const id = 917;
export const ids = [917];
export const modules = {

/***/ 5527:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ fingerprintAll),
/* harmony export */   n: () => (/* binding */ normalizeForFingerprint)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/** Fingerprints that survive line moves: rule + path + normalized text + occurrence (pure). */

function normalizeForFingerprint(text) {
    return text.trim().replace(/\s+/g, ' ');
}
/**
 * Assigns fingerprints in input order. Identical (rule, path, text) triples are told apart by
 * their occurrence index, so two equal TODOs in one file keep distinct, stable fingerprints.
 */
function fingerprintAll(findings) {
    const seen = new Map();
    return findings.map((f) => {
        const key = `${f.ruleId}\0${f.location?.path ?? ''}\0${normalizeForFingerprint(f.fingerprintKey ?? f.snippet ?? f.message)}`;
        const n = seen.get(key) ?? 0;
        seen.set(key, n + 1);
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${key}\0${n}`).digest('hex').slice(0, 32);
    });
}


/***/ }),

/***/ 5395:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BT: () => (/* binding */ indexSuppressions),
/* harmony export */   W: () => (/* binding */ ruleMatches)
/* harmony export */ });
/* unused harmony export parseSuppressionLine */
/**
 * Inline suppressions: `guardian-ignore[<check>/<rule>, <check>/*]: <reason>` in any comment
 * syntax, on the finding's line or the line above (pure).
 */
const MARK = 'guardian-ignore[';
const PATTERN = /guardian-ignore\[([^\]\r\n]*)\](?:\s*:\s*(.*))?/;
/** Parses the suppressions on one line of text. */
function parseSuppressionLine(text, line) {
    if (!text.includes(MARK))
        return null;
    const m = PATTERN.exec(text);
    if (!m)
        return null;
    const rules = m[1].split(',').map((r) => r.trim()).filter(Boolean);
    const reason = stripCommentClose(m[2] ?? '').trim();
    return { line, rules, reason };
}
/** Drops a trailing block-comment close (`*\/`, `-->`, `#}`) from the reason. */
function stripCommentClose(s) {
    return s.replace(/\s*(\*\/|-->|#\}|%\}|-\}|\*\))\s*$/, '');
}
function ruleMatches(pattern, ruleId) {
    if (pattern === ruleId)
        return true;
    if (pattern.endsWith('/*'))
        return ruleId.startsWith(pattern.slice(0, -1));
    return !pattern.includes('/') && ruleId.startsWith(`${pattern}/`);
}
/** Index of a file's suppressions by line, built only for files that have findings. */
function indexSuppressions(text) {
    const out = new Map();
    if (!text.includes(MARK))
        return out;
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const s = parseSuppressionLine(lines[i], i + 1);
        if (s)
            out.set(i + 1, s);
    }
    return out;
}


/***/ }),

/***/ 2721:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VC: () => (/* binding */ applyPolicy),
/* harmony export */   W1: () => (/* binding */ emptyCounts),
/* harmony export */   h$: () => (/* binding */ partitionExceptions),
/* harmony export */   lt: () => (/* binding */ pathSelected)
/* harmony export */ });
/* unused harmony exports effectiveLevel, isInDiff */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _fingerprint_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5527);
/* harmony import */ var _inline_suppressions_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5395);
/* harmony import */ var _git_unified_diff_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8616);
/**
 * Turns a check's raw findings into gated findings (pure): configured levels, path filters,
 * fingerprints, diff marking and scope, inline suppressions and config exceptions.
 */




const emptyCounts = () => ({ error: 0, warning: 0, notice: 0, suppressed: 0, outsideDiff: 0 });
const matcherCache = new Map();
function globMatch(globs, path) {
    return globs.some((g) => {
        let m = matcherCache.get(g);
        if (!m) {
            m = picomatch__WEBPACK_IMPORTED_MODULE_1___default()(g, { dot: true });
            matcherCache.set(g, m);
        }
        return m(path);
    });
}
/** Applies `paths` (allow-list) and `ignore` (deny-list) globs to a path. */
function pathSelected(path, paths, ignore) {
    if (paths?.length && !globMatch(paths, path))
        return false;
    return !(ignore?.length && globMatch(ignore, path));
}
function ruleSettings(policy, ruleId) {
    const name = ruleId.slice(ruleId.indexOf('/') + 1);
    const r = policy.rules?.[name];
    return typeof r === 'string' ? { level: r } : (r ?? {});
}
/**
 * Configured rule level, then check level, then the level the check chose, then the rule's
 * default. A rule that is off by default is enabled only by naming it: a check-wide level
 * re-levels the rules that run, it does not switch on opt-in ones.
 */
function effectiveLevel(policy, meta, f) {
    const rule = ruleSettings(policy, f.ruleId);
    if (rule.level)
        return rule.level;
    if (meta?.defaultLevel === 'off')
        return 'off';
    return policy.level ?? f.level ?? meta?.defaultLevel ?? 'warning';
}
function isInDiff(diff, loc) {
    if (!diff || diff.unavailable || !loc)
        return true;
    const file = diff.files.get(loc.path);
    if (!file)
        return false;
    // Binary files have no line ranges: a changed binary is wholly changed.
    if (file.wholeFile || file.binary)
        return true;
    const end = Math.max(loc.startLine, loc.endLine ?? loc.startLine);
    for (let line = loc.startLine; line <= end; line++)
        if ((0,_git_unified_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .lineInRanges */ .U_)(file.addedRanges, line))
            return true;
    return false;
}
function applyPolicy(input) {
    const metas = new Map(input.rules.map((r) => [r.id, r]));
    const kept = [];
    for (const f of input.findings) {
        const level = effectiveLevel(input.policy, metas.get(f.ruleId), f);
        if (level === 'off')
            continue;
        const rule = ruleSettings(input.policy, f.ruleId);
        if (f.location) {
            if (!pathSelected(f.location.path, input.policy.paths, input.policy.ignore))
                continue;
            if (!pathSelected(f.location.path, rule.paths, rule.ignore))
                continue;
        }
        kept.push({ ...f, level });
    }
    const prints = (0,_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .fingerprintAll */ .I)(kept);
    const counts = emptyCounts();
    const findings = [];
    const reasonless = [];
    const reportedReasonless = new Set();
    kept.forEach((f, i) => {
        const inDiff = f.introducedByDiff === true || isInDiff(input.diff, f.location);
        if (input.scope === 'diff' && !inDiff) {
            counts.outsideDiff++;
            return;
        }
        const finding = { ...f, fingerprint: prints[i], inDiff };
        const inline = f.location ? findInline(input.suppressionsFor(f.location.path), f.location.startLine, f.ruleId) : undefined;
        if (inline && inline.reason) {
            finding.suppression = { kind: 'inline', reason: inline.reason, source: `${f.location.path}:${inline.line}` };
        }
        else if (inline) {
            const key = `${f.location.path}:${inline.line}`;
            if (!reportedReasonless.has(key)) {
                reportedReasonless.add(key);
                reasonless.push({ path: f.location.path, suppression: inline });
            }
        }
        if (!finding.suppression) {
            const ex = input.exceptions.find((e) => exceptionApplies(e, finding));
            if (ex) {
                finding.suppression = {
                    kind: 'exception',
                    reason: ex.reason,
                    source: ex.source,
                    ...(ex.expires ? { expires: ex.expires } : {}),
                };
            }
        }
        if (finding.suppression)
            counts.suppressed++;
        else
            counts[finding.level]++;
        findings.push(finding);
    });
    return { findings, counts, reasonless };
}
function findInline(index, line, ruleId) {
    if (!index)
        return undefined;
    for (const l of [line, line - 1]) {
        const s = index.get(l);
        if (s && s.rules.some((p) => (0,_inline_suppressions_js__WEBPACK_IMPORTED_MODULE_3__/* .ruleMatches */ .W)(p, ruleId)))
            return s;
    }
    return undefined;
}
function exceptionApplies(e, f) {
    if (!(0,_inline_suppressions_js__WEBPACK_IMPORTED_MODULE_3__/* .ruleMatches */ .W)(e.rule, f.ruleId))
        return false;
    if (e.fingerprint && e.fingerprint !== f.fingerprint)
        return false;
    if (e.paths?.length)
        return f.location !== undefined && pathSelected(f.location.path, e.paths);
    return true;
}
/** Splits exceptions into those in force and those past their `expires` date (UTC, inclusive). */
function partitionExceptions(all, now) {
    const today = now.toISOString().slice(0, 10);
    const active = [];
    const expired = [];
    for (const e of all)
        (e.expires && e.expires < today ? expired : active).push(e);
    return { active, expired };
}


/***/ }),

/***/ 8616:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U_: () => (/* binding */ lineInRanges),
/* harmony export */   rj: () => (/* binding */ parseUnifiedDiff)
/* harmony export */ });
/* unused harmony exports unquoteGitPath, normalizeRanges */
/** Undoes git's C-style quoting of paths ("a/\303\244 b.txt"). */
function unquoteGitPath(s) {
    if (!s.startsWith('"') || !s.endsWith('"'))
        return s;
    const bytes = [];
    const body = s.slice(1, -1);
    const ESC = { n: 10, t: 9, r: 13, a: 7, b: 8, f: 12, v: 11, '\\': 92, '"': 34 };
    for (let i = 0; i < body.length; i++) {
        const c = body[i];
        if (c !== '\\') {
            for (const b of Buffer.from(c, 'utf8'))
                bytes.push(b);
            continue;
        }
        const n = body[i + 1] ?? '';
        if (/[0-7]/.test(n)) {
            bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
            i += 3;
        }
        else {
            bytes.push(ESC[n] ?? n.charCodeAt(0));
            i += 1;
        }
    }
    return Buffer.from(bytes).toString('utf8');
}
function stripPrefix(p) {
    const u = unquoteGitPath(p);
    return u.startsWith('a/') || u.startsWith('b/') ? u.slice(2) : u;
}
/** Splits the `diff --git a/x b/y` header when paths are unquoted and contain no " b/". */
function headerPaths(line) {
    const rest = line.slice('diff --git '.length);
    if (rest.startsWith('"')) {
        const m = /^("(?:[^"\\]|\\.)*")\s+(.*)$/.exec(rest);
        return m ? [stripPrefix(m[1]), stripPrefix(m[2])] : null;
    }
    const idx = rest.indexOf(' b/');
    return idx < 0 ? null : [stripPrefix(rest.slice(0, idx)), stripPrefix(rest.slice(idx + 1))];
}
const HUNK = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
/** Merges touching or overlapping ranges so lookups stay a binary search. */
function normalizeRanges(ranges) {
    const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
    const out = [];
    for (const r of sorted) {
        const last = out[out.length - 1];
        if (last && r[0] <= last[1] + 1)
            last[1] = Math.max(last[1], r[1]);
        else
            out.push([r[0], r[1]]);
    }
    return out;
}
function parseUnifiedDiff(text) {
    const files = [];
    let cur = null;
    let inHunk = false;
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (line.startsWith('diff --git ')) {
            const paths = headerPaths(line);
            cur = {
                path: paths?.[1] ?? '',
                status: 'modified',
                addedRanges: [],
                removedLines: [],
                wholeFile: false,
                binary: false,
            };
            if (paths && paths[0] !== paths[1])
                cur.oldPath = paths[0];
            files.push(cur);
            inHunk = false;
            continue;
        }
        if (!cur)
            continue;
        if (inHunk) {
            if (line.startsWith('-')) {
                cur.removedLines.push(line.slice(1));
                continue;
            }
            if (line.startsWith('+') || line.startsWith(' ') || line.startsWith('\\'))
                continue;
            inHunk = false;
        }
        const hunk = HUNK.exec(line);
        if (hunk) {
            const start = Number(hunk[3]);
            const count = hunk[4] === undefined ? 1 : Number(hunk[4]);
            if (count > 0)
                cur.addedRanges.push([start, start + count - 1]);
            inHunk = true;
        }
        else if (line.startsWith('new file mode'))
            cur.status = 'added';
        else if (line.startsWith('deleted file mode'))
            cur.status = 'deleted';
        else if (line.startsWith('rename from ')) {
            cur.status = 'renamed';
            cur.oldPath = unquoteGitPath(line.slice('rename from '.length));
        }
        else if (line.startsWith('rename to '))
            cur.path = unquoteGitPath(line.slice('rename to '.length));
        else if (line.startsWith('copy from ')) {
            cur.status = 'copied';
            cur.oldPath = unquoteGitPath(line.slice('copy from '.length));
        }
        else if (line.startsWith('copy to '))
            cur.path = unquoteGitPath(line.slice('copy to '.length));
        else if (line.startsWith('Binary files ') || line === 'GIT binary patch')
            cur.binary = true;
        else if (line.startsWith('+++ ') && !line.startsWith('+++ /dev/null'))
            cur.path = stripPrefix(line.slice(4));
        else if (line.startsWith('--- ') && cur.status === 'deleted' && !line.startsWith('--- /dev/null'))
            cur.path = stripPrefix(line.slice(4));
    }
    for (const f of files) {
        f.addedRanges = normalizeRanges(f.addedRanges);
        if (f.status === 'deleted' && f.oldPath === undefined)
            f.oldPath = f.path;
        if (f.oldPath === f.path)
            delete f.oldPath;
    }
    return files;
}
/** True when `line` falls in one of the sorted, merged ranges. */
function lineInRanges(ranges, line) {
    let lo = 0;
    let hi = ranges.length - 1;
    while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const [a, b] = ranges[mid];
        if (line < a)
            hi = mid - 1;
        else if (line > b)
            lo = mid + 1;
        else
            return true;
    }
    return false;
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
