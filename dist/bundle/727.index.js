export const id = 727;
export const ids = [727];
export const modules = {

/***/ 8727:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  check: () => (/* binding */ check)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/canonical-json.ts
var canonical_json = __webpack_require__(484);
;// CONCATENATED MODULE: ./src/core/repo-files.ts
/** The listed files among `paths` (diff mode): cheap when RepoFiles can select, else list and filter. */
async function listAmong(files, paths) {
    if (files.select)
        return files.select(paths);
    const wanted = new Set(paths);
    return (await files.list()).filter((p) => wanted.has(p));
}

// EXTERNAL MODULE: ./src/data-pack.ts
var data_pack = __webpack_require__(4393);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/checks/placeholders/config.ts
/**
 * The effective configuration of one run: the data merged with the user's options into a
 * {@link ScanConfig} for the scanner, the rules' metadata, and level and path decisions (pure).
 */

const CHECK_ID = 'placeholders';
const HELP_URI = 'https://github.com/guardian-ci/guardian#placeholders';
/** One regular expression for a list of globs: a single test per path, even for 20+ globs. */
function glob(globs) {
    if (globs.length === 0)
        return () => false;
    const re = new RegExp(globs.map((g) => `(?:${picomatch_default().makeRe(g, { dot: true }).source})`).join('|'));
    return (path) => re.test(path);
}
function ruleIdForTag(tag) {
    return `${CHECK_ID}/${tag
        .replace(/^@/, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')}`;
}
const shortName = (ruleId) => ruleId.slice(ruleId.indexOf('/') + 1);
function buildConfig(data, options, now) {
    const d = data.placeholders;
    const tags = new Map();
    for (const t of d.tags) {
        tags.set(t.tag, {
            tag: t.tag,
            name: t.name,
            aliases: t.aliases ?? [],
            level: t.level,
            requireReference: t.requireReference,
            ...(t.message ? { message: t.message } : {}),
            paths: (t.paths ?? []).map((p) => ({ match: glob(p.paths), level: p.level })),
        });
    }
    for (const [tag, o] of Object.entries(options.tags)) {
        const prev = tags.get(tag);
        const merged = prev
            ? { ...prev }
            : { tag, name: `${tag} marker`, aliases: [], level: 'error', requireReference: false, paths: [] };
        if (o.level)
            merged.level = o.level;
        if (o.requireReference !== undefined)
            merged.requireReference = o.requireReference;
        if (o.aliases)
            merged.aliases = [...new Set([...merged.aliases, ...o.aliases])];
        if (o.message)
            merged.message = o.message;
        if (o.paths)
            merged.paths = [...merged.paths, ...o.paths.map((p) => ({ match: glob(p.paths), level: p.level }))];
        tags.set(tag, merged);
    }
    const rules = [];
    const tagConfigs = [];
    for (const t of tags.values()) {
        const ruleId = ruleIdForTag(t.tag);
        if (t.level !== 'off') {
            tagConfigs.push({ tag: t.tag, ruleId, aliases: t.aliases, requireReference: t.requireReference, message: t.message ?? d.markerMessage });
        }
        rules.push({
            id: ruleId,
            name: t.name,
            shortDescription: t.requireReference ? `${t.tag} marker without a reference to tracked work` : `${t.tag} marker left in a comment`,
            fullDescription: t.requireReference
                ? `A ${t.tag} marker in a comment that links no issue, owner, URL or future date. Comment-aware: markers inside strings are not reported; whole words only.`
                : `A ${t.tag} marker in a comment. It must be resolved before merge, whatever it references.`,
            help: t.requireReference
                ? `Link the work: ${t.tag}(#123), ${t.tag}(ABC-123), ${t.tag}(@owner), a URL, or an expiry date ${t.tag}[YYYY-MM-DD]; or finish it and remove the marker.`
                : `Resolve the ${t.tag} and remove the marker before merge.`,
            helpUri: `${HELP_URI}-markers`,
            defaultLevel: t.level,
            tags: ['placeholders', 'marker'],
        });
    }
    const expiryId = `${CHECK_ID}/${d.expiry.rule}`;
    rules.push({
        id: expiryId,
        name: d.expiry.name,
        shortDescription: 'Marker past its expiry date',
        fullDescription: 'A marker with a date in the group after its tag, e.g. [2026-12-31], whose date has passed.',
        help: 'Finish the work and remove the marker, or move the date forward with a reason.',
        helpUri: `${HELP_URI}-policies`,
        defaultLevel: d.expiry.level,
        tags: ['placeholders', 'marker'],
    });
    const stubConfigs = [];
    for (const s of d.stubs) {
        const ruleId = `${CHECK_ID}/${s.rule}`;
        const enabled = options.stubs[s.rule] ?? s.enabled ?? true;
        const level = enabled ? s.level : 'off';
        if (enabled) {
            stubConfigs.push({
                ruleId,
                title: s.name,
                languages: s.languages,
                literals: s.literals,
                ...(s.pattern ? { pattern: s.pattern } : {}),
                ...(s.detector ? { detector: s.detector } : {}),
                ...(s.notInAbstractMethod ? { notInAbstractMethod: true } : {}),
                message: s.message,
            });
        }
        rules.push({
            id: ruleId,
            name: s.name,
            shortDescription: s.name,
            fullDescription: `${s.message.replaceAll('{name}', 'the function')} Found in code only (not in comments or strings), in: ${s.languages.join(', ')}.`,
            help: 'Implement the code before merge. If the stub is intended, suppress it with a reason: guardian-ignore[' + ruleId + ']: <why>.',
            helpUri: `${HELP_URI}-stubs`,
            defaultLevel: level,
            tags: ['placeholders', 'stub'],
        });
    }
    const pl = d.placeholderLiterals;
    const plId = `${CHECK_ID}/${pl.rule}`;
    const plEnabled = options.stubs[pl.rule] ?? true;
    const literals = plEnabled ? [...new Set([...pl.literals, ...options.placeholderLiterals])] : [];
    rules.push({
        id: plId,
        name: pl.name,
        shortDescription: 'Placeholder value in code or a string',
        fullDescription: `A placeholder value (${literals.join(', ') || 'none configured'}) in code or a string literal, outside templates and examples.`,
        help: 'Replace the placeholder with the real value before merge.',
        helpUri: `${HELP_URI}-stubs`,
        defaultLevel: plEnabled ? pl.level : 'off',
        tags: ['placeholders', 'stub'],
    });
    const plExcluded = glob(pl.excludePaths);
    const userPathLevels = options.pathLevels.map((p) => ({
        match: glob(p.paths),
        level: p.level,
        ...(p.rules ? { rules: new Set(p.rules) } : {}),
    }));
    const scan = {
        languages: data.languages,
        languageOverrides: options.languages,
        tags: tagConfigs,
        unreferencedMessage: d.unreferencedMessage,
        references: d.references.map((r) => ({ pattern: r.pattern, group: r.group ?? false })),
        notReferences: d.notReferences,
        expiry: { ruleId: expiryId, message: d.expiry.message, invalidMessage: d.expiry.invalidMessage },
        stubs: stubConfigs,
        placeholderLiterals: { ruleId: plId, title: pl.name, literals, message: pl.message },
        generatedMarkers: options.skipGenerated ? d.skip.generatedMarkers : [],
        minifiedLineLength: d.skip.minifiedLineLength,
        maxFileBytes: options.maxFileBytes,
        docstringsAsComments: options.docstrings === 'comments',
        today: now.toISOString().slice(0, 10),
    };
    const excluded = options.includeTests ? () => false : glob([...d.testPaths, ...options.testPaths]);
    const defaults = new Map(rules.map((r) => [r.id, r.defaultLevel]));
    const defaultLevel = (ruleId) => defaults.get(ruleId) ?? 'warning';
    return {
        scan,
        rules,
        isExcluded: excluded,
        isMinifiedPath: glob(d.skip.minifiedPaths),
        defaultLevel,
        levelFor(ruleId, path, tag) {
            if (ruleId === plId && plExcluded(path))
                return 'off';
            let level = defaultLevel(ruleId);
            if (tag !== undefined && ruleId !== expiryId)
                for (const p of tags.get(tag)?.paths ?? [])
                    if (p.match(path))
                        level = p.level;
            const name = shortName(ruleId);
            for (const p of userPathLevels)
                if ((!p.rules || p.rules.has(name)) && p.match(path))
                    level = p.level;
            return level;
        },
    };
}
/** The finding's level when it differs from the rule's default (the pipeline applies the rest). */
function levelOverride(cfg, ruleId, level) {
    return level !== 'off' && level !== cfg.defaultLevel(ruleId) ? level : undefined;
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
// EXTERNAL MODULE: ./src/checks/placeholders/options.ts
var placeholders_options = __webpack_require__(3910);
;// CONCATENATED MODULE: ./src/checks/placeholders/data.ts
/**
 * Loads rules/placeholders.yaml and rules/languages.yaml, validated with zod; every error names
 * the file, line and column. Cross-references (stub languages, island languages) are checked too.
 */




const RULES_FILE = 'rules/placeholders.yaml';
const LANGUAGES_FILE = 'rules/languages.yaml';
const nonEmpty = schemas/* string */.YjP().min(1);
const regex = schemas/* string */.YjP().refine((s) => {
    try {
        new RegExp(s);
        return true;
    }
    catch {
        return false;
    }
}, { message: 'not a valid JavaScript regular expression' });
const chars = schemas/* string */.YjP();
const lineComment = schemas/* strictObject */.rej({
    token: nonEmpty,
    where: schemas/* enum */.k5n(['anywhere', 'word-start', 'line-start']).optional(),
    after: chars.optional(),
    notAfter: chars.optional(),
    notBefore: chars.optional(),
});
const blockComment = schemas/* strictObject */.rej({ open: schemas/* string */.YjP(), close: schemas/* string */.YjP().optional(), nests: schemas/* boolean */.zMY().optional(), lineStart: schemas/* boolean */.zMY().optional(), leveled: schemas/* boolean */.zMY().optional() })
    .refine((b) => b.leveled || (b.open !== '' && !!b.close), { message: 'a block comment needs open and close (or leveled: true)' });
const singleChar = schemas/* string */.YjP().length(1);
const stringSpec = schemas/* strictObject */.rej({
    open: schemas/* string */.YjP(),
    close: schemas/* string */.YjP().min(1).optional(),
    escape: singleChar.nullable().optional(),
    doubled: schemas/* boolean */.zMY().optional(),
    multiline: schemas/* boolean */.zMY().optional(),
    interpolation: nonEmpty.optional(),
    interpolationDoubled: schemas/* boolean */.zMY().optional(),
    prefixes: schemas/* array */.YOg(schemas/* string */.YjP()).min(1).optional(),
    anyCase: schemas/* boolean */.zMY().optional(),
    char: schemas/* boolean */.zMY().optional(),
    notAfterIdent: schemas/* boolean */.zMY().optional(),
    lineStart: schemas/* boolean */.zMY().optional(),
    closeLineStart: schemas/* boolean */.zMY().optional(),
    openAfter: chars.optional(),
    doc: schemas/* boolean */.zMY().optional(),
    raw: schemas/* enum */.k5n(['hashes', 'cpp', 'leveled']).optional(),
    minHashes: schemas/* number */.aig().int().min(0).max(8).optional(),
})
    .refine((s) => s.raw === 'leveled' || s.raw === 'cpp' || s.open !== '' || (s.prefixes ?? []).some((p) => p !== ''), {
    message: 'a string needs an opening delimiter',
})
    .refine((s) => !s.interpolation || /[{(\[]$/.test(s.interpolation), { message: 'interpolation must end with {, ( or [' });
const heredoc = schemas/* strictObject */.rej({
    opener: nonEmpty,
    notFollowedBy: chars.optional(),
    flags: chars.optional(),
    spaces: schemas/* boolean */.zMY().optional(),
    quotes: chars.optional(),
    backslash: schemas/* boolean */.zMY().optional(),
    bare: schemas/* enum */.k5n(['any', 'upper-or-flag']).optional(),
    trailing: schemas/* boolean */.zMY().optional(),
});
const quoteLike = schemas/* strictObject */.rej({
    prefix: regex,
    parts: schemas/* union */.KCZ([schemas/* literal */.euz(1), schemas/* literal */.euz(2)]).optional(),
    context: schemas/* enum */.k5n(['expression', 'any']).optional(),
    exclude: chars.optional(),
});
const island = schemas/* strictObject */.rej({
    open: nonEmpty,
    openEnd: nonEmpty.optional(),
    close: nonEmpty,
    language: nonEmpty,
    ignoreCase: schemas/* boolean */.zMY().optional(),
    attributeLanguages: schemas/* record */.g1P(schemas/* string */.YjP(), nonEmpty).optional(),
});
const language = schemas/* strictObject */.rej({
    id: schemas/* string */.YjP().regex(/^[a-z][a-z0-9-]*$/, 'a language id is lower-case kebab-case'),
    name: nonEmpty,
    extensions: schemas/* array */.YOg(nonEmpty).optional(),
    filenames: schemas/* array */.YOg(nonEmpty).optional(),
    filenamePrefixes: schemas/* array */.YOg(nonEmpty).optional(),
    shebangs: schemas/* array */.YOg(nonEmpty).optional(),
    minifiable: schemas/* boolean */.zMY().optional(),
    notebook: schemas/* boolean */.zMY().optional(),
    docstrings: schemas/* boolean */.zMY().optional(),
    lineComments: schemas/* array */.YOg(lineComment).optional(),
    blockComments: schemas/* array */.YOg(blockComment).optional(),
    strings: schemas/* array */.YOg(stringSpec).optional(),
    heredocs: schemas/* array */.YOg(heredoc).optional(),
    quoteLike: schemas/* array */.YOg(quoteLike).optional(),
    regexLiterals: schemas/* boolean */.zMY().optional(),
    regexAfterWords: schemas/* array */.YOg(nonEmpty).optional(),
    codeEscape: singleChar.optional(),
    islands: schemas/* array */.YOg(island).optional(),
    endMarkers: schemas/* array */.YOg(nonEmpty).optional(),
});
const languagesSchema = schemas/* strictObject */.rej({ version: schemas/* literal */.euz(1), languages: schemas/* array */.YOg(language).min(1) });
const stub = schemas/* strictObject */.rej({
    rule: schemas/* string */.YjP().regex(/^[a-z][a-z0-9-]*$/, 'a rule name is lower-case kebab-case'),
    name: nonEmpty,
    level: placeholders_options/* ruleLevel */.ln,
    enabled: schemas/* boolean */.zMY().optional(),
    languages: schemas/* array */.YOg(nonEmpty).min(1),
    literals: schemas/* array */.YOg(nonEmpty).min(1),
    pattern: regex.optional(),
    detector: schemas/* enum */.k5n(['python-empty-function']).optional(),
    notInAbstractMethod: schemas/* boolean */.zMY().optional(),
    message: nonEmpty,
})
    .refine((s) => (s.pattern === undefined) !== (s.detector === undefined), { message: 'a stub rule needs exactly one of pattern or detector' });
const placeholdersSchema = schemas/* strictObject */.rej({
    version: schemas/* literal */.euz(1),
    tags: schemas/* array */.YOg(schemas/* strictObject */.rej({
        tag: placeholders_options/* tagName */.wZ,
        name: nonEmpty,
        aliases: schemas/* array */.YOg(placeholders_options/* tagName */.wZ).optional(),
        level: placeholders_options/* ruleLevel */.ln,
        requireReference: schemas/* boolean */.zMY(),
        message: nonEmpty.optional(),
        paths: schemas/* array */.YOg(placeholders_options/* pathLevel */.qc).optional(),
    }))
        .min(1),
    unreferencedMessage: nonEmpty,
    markerMessage: nonEmpty,
    references: schemas/* array */.YOg(schemas/* strictObject */.rej({ name: nonEmpty, pattern: regex, group: schemas/* boolean */.zMY().optional() })).min(1),
    notReferences: schemas/* array */.YOg(regex),
    expiry: schemas/* strictObject */.rej({ rule: nonEmpty, name: nonEmpty, level: placeholders_options/* ruleLevel */.ln, message: nonEmpty, invalidMessage: nonEmpty }),
    stubs: schemas/* array */.YOg(stub),
    placeholderLiterals: schemas/* strictObject */.rej({
        rule: nonEmpty,
        name: nonEmpty,
        level: placeholders_options/* ruleLevel */.ln,
        literals: schemas/* array */.YOg(schemas/* string */.YjP().min(3)),
        excludePaths: schemas/* array */.YOg(nonEmpty),
        message: nonEmpty,
    }),
    testPaths: schemas/* array */.YOg(nonEmpty),
    skip: schemas/* strictObject */.rej({
        generatedMarkers: schemas/* array */.YOg(nonEmpty),
        minifiedPaths: schemas/* array */.YOg(nonEmpty),
        minifiedLineLength: schemas/* number */.aig().int().min(40),
    }),
});
/** Duplicate tags, which the schema cannot see. */
function tagProblems(p) {
    const problems = [];
    const tags = new Set();
    p.tags.forEach((t, i) => {
        if (tags.has(t.tag))
            problems.push({ path: ['tags', i, 'tag'], message: `duplicate tag "${t.tag}"` });
        tags.add(t.tag);
    });
    return problems;
}
/** Duplicate language ids and islands naming unknown languages. */
function languageProblems(l) {
    const problems = [];
    const ids = new Set();
    l.languages.forEach((lang, i) => {
        if (ids.has(lang.id))
            problems.push({ path: ['languages', i, 'id'], message: `duplicate language id "${lang.id}"` });
        ids.add(lang.id);
    });
    l.languages.forEach((lang, i) => (lang.islands ?? []).forEach((isl, j) => {
        for (const id of [isl.language, ...Object.values(isl.attributeLanguages ?? {})]) {
            if (!ids.has(id))
                problems.push({ path: ['languages', i, 'islands', j, 'language'], message: `unknown language "${id}"` });
        }
    }));
    return problems;
}
const PLACEHOLDERS_PACK = { file: RULES_FILE, schema: placeholdersSchema, crossCheck: tagProblems };
const LANGUAGES_PACK = { file: LANGUAGES_FILE, schema: languagesSchema, crossCheck: languageProblems };
/** Stub rules must name languages of the language table (a reference between the two files). */
function stubLanguageCheck(l) {
    const ids = new Set(l.languages.map((x) => x.id));
    return (p) => p.stubs.flatMap((s, i) => s.languages.flatMap((id, j) => (ids.has(id) ? [] : [{ path: ['stubs', i, 'languages', j], message: `unknown language "${id}" (not in ${LANGUAGES_FILE})` }])));
}
function assemble(p, l) {
    return { placeholders: p, languages: l.languages };
}
/** Parses both files' YAML text; throws DataPackError naming file:line:column. */
async function parseData(placeholdersText, languagesText) {
    const { parsePack } = await __webpack_require__.e(/* import() */ 998).then(__webpack_require__.bind(__webpack_require__, 3617));
    const l = parsePack(languagesText, LANGUAGES_PACK);
    const p = parsePack(placeholdersText, { ...PLACEHOLDERS_PACK, crossCheck: (d) => [...tagProblems(d), ...stubLanguageCheck(l)(d)] });
    return assemble(p, l);
}
/** One error for whichever packs failed, in file order (not in the order the reads happened to end). */
function packErrors(...settled) {
    const failed = settled.flatMap((s) => (s.status === 'rejected' ? [s.reason] : []));
    if (failed.length > 1 && failed.every((e) => e instanceof data_pack/* DataPackError */.Eg))
        return new data_pack/* DataPackError */.Eg(failed.flatMap((e) => e.problems));
    return failed[0];
}
/** Reads both files from Guardian's install folder (once per process and folder). */
async function loadData(installDir) {
    const [ps, ls] = await Promise.allSettled([(0,data_pack/* loadPack */.eC)(installDir, PLACEHOLDERS_PACK), (0,data_pack/* loadPack */.eC)(installDir, LANGUAGES_PACK)]);
    if (ps.status === 'rejected' || ls.status === 'rejected')
        throw packErrors(ps, ls);
    const [p, l] = [ps.value, ls.value];
    if (stubLanguageCheck(l.data)(p.data).length) {
        // Rare (a broken install): re-parse the YAML to name positions.
        const { readFile } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1455, 23));
        const text = (f) => readFile((0,external_node_path_.join)(installDir, f), 'utf8');
        await parseData(await text(RULES_FILE), await text(LANGUAGES_FILE));
    }
    return { ...assemble(p.data, l.data), sha256: { placeholders: p.sha256, languages: l.sha256 } };
}

// EXTERNAL MODULE: ./src/core/fingerprint.ts
var fingerprint = __webpack_require__(5527);
// EXTERNAL MODULE: ./src/git/unified-diff.ts
var unified_diff = __webpack_require__(8616);
// EXTERNAL MODULE: ./src/checks/placeholders/markers.ts
var markers = __webpack_require__(9495);
;// CONCATENATED MODULE: ./src/checks/placeholders/moved.ts
/**
 * "Moved, not new": a finding on an added line whose normalized text is among the lines the
 * pull request removes (in any file) was moved, so it does not gate. Each removed line excuses
 * one finding, so two added copies of one removed marker leave one reported (pure).
 */



const FIRST_CLOSER = /\*\/|-->|#>|-\}|\*\)/;
/** Keys of every removed line: the whole line, and the text from each marker tag on. */
function movedKeys(diff, tags) {
    const byKey = new Map();
    const literals = (0,markers/* tagLiterals */.V3)(tags);
    let id = 0;
    for (const file of diff.files.values()) {
        for (const line of file.removedLines) {
            const lineKeys = new Set([(0,fingerprint/* normalizeForFingerprint */.n)(line)]);
            for (const c of (0,markers/* wholeWordOccurrences */.ix)(line, literals)) {
                const rest = line.slice(c.pos);
                lineKeys.add((0,markers/* markerKey */.s8)(rest));
                const cut = FIRST_CLOSER.exec(rest);
                if (cut)
                    lineKeys.add((0,fingerprint/* normalizeForFingerprint */.n)(rest.slice(0, cut.index)));
            }
            for (const k of lineKeys) {
                if (!k)
                    continue;
                const ids = byKey.get(k);
                if (ids)
                    ids.push(id);
                else
                    byKey.set(k, [id]);
            }
            id++;
        }
    }
    return { byKey, used: new Set() };
}
/** True (and the removed line used up) when the finding sits on an added line and was moved there. */
function takeMoved(keys, file, f) {
    if (!file.wholeFile && !(0,unified_diff/* lineInRanges */.U_)(file.addedRanges, f.line))
        return false;
    for (const k of [f.key, (0,fingerprint/* normalizeForFingerprint */.n)(f.snippet)]) {
        const free = keys.byKey.get(k)?.find((id) => !keys.used.has(id));
        if (free !== undefined) {
            keys.used.add(free);
            return true;
        }
    }
    return false;
}

;// CONCATENATED MODULE: ./src/checks/placeholders/index.ts
/**
 * The placeholder and unfinished-work gate: markers in comments, code stubs and placeholder
 * values, comment-aware for the languages of rules/languages.yaml, policy-driven by
 * rules/placeholders.yaml and the user's `checks.placeholders` options.
 */










/** Below this many files, starting workers (about 30 ms) costs more than it saves. */
const WORKER_MIN_FILES = 1500;
/** Paths a worker thread takes from the shared list at a time. */
const CHUNK = 64;
/** Files scanned on the main thread between yields to the event loop (abort signals, timers). */
const SLICE = 2000;
/** Reads in flight through a RepoFiles that is not the working tree. */
const READ_CONCURRENCY = 16;
const check = {
    meta: {
        id: CHECK_ID,
        title: 'Placeholders and unfinished work',
        description: 'Finds unfinished-work markers in comments (the tags of rules/placeholders.yaml), code stubs and placeholder values, and gates the pull request on the ones it adds.',
        // Every rule of this check comes from rules/placeholders.yaml and the options: see CheckOutput.rules.
        rules: [],
    },
    optionsSchema: placeholders_options/* optionsSchema */.ci,
    run,
};
async function run(ctx) {
    const started = performance.now();
    const options = placeholders_options/* optionsSchema */.ci.parse(ctx.options ?? {});
    const data = await loadData(ctx.installDir);
    const unknownLanguages = Object.entries(options.languages).filter(([, id]) => !data.languages.some((l) => l.id === id));
    if (unknownLanguages.length) {
        throw new Error(`checks.placeholders.languages maps ${unknownLanguages.map(([k, v]) => `${k} to "${v}"`).join(', ')}, which rules/languages.yaml does not define. Use one of: ${data.languages.map((l) => l.id).join(', ')}.`);
    }
    const cfg = buildConfig(data, options, ctx.now);
    const diffMode = ctx.scope === 'diff' && ctx.diff !== null && !ctx.diff.unavailable;
    const direct = ctx.files.readsWorkingTree === true;
    const threads = options.threads === 0 ? (0,external_node_os_.availableParallelism)() : options.threads;
    const workerFile = (0,external_node_path_.join)(ctx.installDir, 'dist', 'worker', 'index.js');
    const canUseWorkers = direct && threads > 1 && !diffMode && (0,external_node_fs_.existsSync)(workerFile);
    // Workers compile the scanner while the file list is being made.
    let pool;
    if (canUseWorkers) {
        const { WorkerPool } = await __webpack_require__.e(/* import() */ 392).then(__webpack_require__.bind(__webpack_require__, 3392));
        pool = new WorkerPool(workerFile, threads, cfg.scan, ctx.files.root, CHUNK);
    }
    try {
        const { paths, excluded, minified } = await selectFiles(cfg, ctx, diffMode);
        let batch;
        let threadsUsed = 1;
        if (pool && paths.length >= WORKER_MIN_FILES) {
            threadsUsed = pool.size;
            try {
                batch = await pool.scan(paths, ctx.progress, ctx.signal);
            }
            catch (e) {
                if (ctx.signal.aborted)
                    throw e;
                ctx.log.warn(`placeholders: worker threads failed (${e.message}); scanning on the main thread instead.`);
                threadsUsed = 1;
                batch = await scanInThread(paths, cfg, ctx, direct);
            }
        }
        else {
            pool?.terminate();
            pool = undefined;
            batch = await scanInThread(paths, cfg, ctx, direct);
        }
        // Every file read and skipped (binary, generated, ...) is in the results with its reason.
        const readButSkipped = batch.results.filter((r) => r.skipped).length;
        for (const p of minified)
            batch.results.push({ path: p, findings: [], skipped: 'minified' });
        batch.files -= readButSkipped;
        return report(batch, cfg, ctx, data, options, { excluded, threadsUsed, ms: performance.now() - started, diffMode });
    }
    finally {
        pool?.terminate();
    }
}
/** Files this run reads: the listing (diff files only in diff mode), without tests and minified names. */
async function selectFiles(cfg, ctx, diffMode) {
    let candidates;
    if (diffMode && ctx.diff) {
        const changed = [...ctx.diff.files.values()].filter((f) => f.status !== 'deleted' && !f.binary).map((f) => f.path);
        candidates = await listAmong(ctx.files, changed);
    }
    else {
        candidates = await ctx.files.list();
    }
    const paths = [];
    const minified = [];
    let excluded = 0;
    for (const p of candidates) {
        if (cfg.isExcluded(p))
            excluded++;
        else if (cfg.isMinifiedPath(p))
            minified.push(p);
        else
            paths.push(p);
    }
    return { paths, excluded, minified };
}
async function scanInThread(paths, cfg, ctx, direct) {
    const [{ Scanner }, { acquireScanBuffer, keep, scanBatch, scanSafely }] = await Promise.all([__webpack_require__.e(/* import() */ 923).then(__webpack_require__.bind(__webpack_require__, 4923)), __webpack_require__.e(/* import() */ 426).then(__webpack_require__.bind(__webpack_require__, 6426))]);
    const scanner = new Scanner(cfg.scan);
    const out = { results: [], files: 0, bytes: 0 };
    if (direct) {
        const sb = acquireScanBuffer(cfg.scan.maxFileBytes);
        try {
            for (let from = 0; from < paths.length; from += SLICE) {
                if (ctx.signal.aborted)
                    throw new Error('placeholder scan aborted');
                const to = Math.min(paths.length, from + SLICE);
                scanBatch(ctx.files.root, paths, from, to, scanner, sb, out);
                ctx.progress(to, paths.length);
                // Let abort signals and timers through between slices of a long scan.
                if (to < paths.length)
                    await new Promise((r) => setImmediate(r));
            }
        }
        finally {
            sb.release();
        }
        return out;
    }
    // A RepoFiles that is not the working tree (or does not say so): read through it.
    let next = 0;
    const worker = async () => {
        while (next < paths.length) {
            if (ctx.signal.aborted)
                throw new Error('placeholder scan aborted');
            const path = paths[next++];
            const buf = await ctx.files.read(path);
            out.files++;
            if (!buf) {
                out.results.push({ path, findings: [], skipped: 'unreadable' });
                continue;
            }
            if (buf.length > cfg.scan.maxFileBytes) {
                out.results.push({ path, findings: [], skipped: 'too-large', size: buf.length });
                continue;
            }
            out.bytes += buf.length;
            keep(out, scanSafely(scanner, path, buf, buf.length));
            if (out.files % 500 === 0)
                ctx.progress(out.files, paths.length);
        }
    };
    await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, paths.length) }, worker));
    return out;
}
function report(batch, cfg, ctx, data, options, facts) {
    const results = [...batch.results].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const skipped = new Map();
    const findings = [];
    const moved = facts.diffMode && ctx.diff ? movedKeys(ctx.diff, cfg.scan.tags) : null;
    let movedCount = 0;
    for (const r of results) {
        if (r.skipped) {
            const list = skipped.get(r.skipped) ?? [];
            list.push(r);
            skipped.set(r.skipped, list);
            continue;
        }
        const changed = facts.diffMode ? ctx.diff?.files.get(r.path) : undefined;
        for (const f of r.findings) {
            const level = cfg.levelFor(f.ruleId, r.path, f.tag);
            if (level === 'off')
                continue;
            if (moved && changed && takeMoved(moved, changed, f)) {
                movedCount++;
                continue;
            }
            const override = levelOverride(cfg, f.ruleId, level);
            const properties = {};
            if (f.tag)
                properties.tag = f.tag;
            if (f.expires)
                properties.expires = f.expires;
            findings.push({
                ruleId: f.ruleId,
                ...(override ? { level: override } : {}),
                message: f.message,
                title: f.title,
                location: { path: r.path, startLine: f.line, startColumn: f.column, endLine: f.line, endColumn: f.endColumn },
                snippet: f.snippet,
                fingerprintKey: f.key,
                ...(Object.keys(properties).length ? { properties } : {}),
            });
        }
    }
    const notes = skipNotes(skipped, cfg.scan.maxFileBytes);
    if (movedCount)
        notes.push(`${movedCount} marker(s) or stub(s) moved within this pull request (the same text is removed elsewhere in the diff) were not reported as new.`);
    const skippedTotal = [...skipped.values()].reduce((a, l) => a + l.length, 0);
    const reasons = [...skipped.entries()].map(([k, l]) => `${l.length} ${k}`).join(', ');
    const summary = `${fmt(batch.files)} file(s) scanned (${(batch.bytes / 1e6).toFixed(1)} MB) in ${Math.round(facts.ms)} ms on ${facts.threadsUsed} thread(s)` +
        (skippedTotal ? `, ${fmt(skippedTotal)} skipped (${reasons})` : '') +
        (facts.excluded ? `, ${fmt(facts.excluded)} test or fixture file(s) excluded` : '') +
        `; ${fmt(findings.length)} finding(s).`;
    const out = { findings, rules: cfg.rules, summary, notes, evidence: evidence(cfg, data, options, findings) };
    // A pull request that changes no file this check reads adds nothing unfinished: it passes.
    // A repository with nothing to read at all is neutral.
    if (batch.files === 0 && skippedTotal === 0) {
        if (facts.diffMode)
            out.summary = `The pull request changes no file this check reads (${fmt(facts.excluded)} test or fixture file(s) excluded); nothing new to gate.`;
        else
            out.neutralReason = 'No files to scan.';
    }
    return out;
}
/** 12345 → "12,345" (without toLocaleString, whose first call loads ICU data: ~20 ms). */
const fmt = (n) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
/** Why files were skipped, in notes (too-large has a note of its own, with the cap). */
const SKIP_TEXT = {
    binary: 'binary (a NUL byte in the first 8 KB)',
    generated: 'generated (a generated-file marker in the first 1 KB; set checks.placeholders.skipGenerated: false to scan them)',
    minified: 'minified',
    unreadable: 'unreadable or not regular files (symlinks are not followed)',
    'invalid-notebook': 'notebooks that are not valid JSON',
};
function skipNotes(skipped, cap) {
    const notes = [];
    const listMax = 20;
    for (const [reason, list] of skipped) {
        const shown = list.slice(0, listMax).map((r) => (r.size !== undefined ? `${r.path} (${(r.size / 1e6).toFixed(1)} MB)` : r.path));
        const more = list.length > listMax ? `, and ${list.length - listMax} more` : '';
        notes.push(reason === 'too-large'
            ? `Skipped ${list.length} file(s) larger than ${fmt(cap)} bytes: ${shown.join(', ')}${more}. Raise checks.placeholders.maxFileBytes to scan them.`
            : `Skipped ${list.length} file(s) as ${SKIP_TEXT[reason]}: ${shown.join(', ')}${more}.`);
    }
    return notes;
}
function evidence(cfg, data, options, findings) {
    const levels = new Map();
    for (const f of findings) {
        const level = f.level ?? cfg.defaultLevel(f.ruleId);
        if (level === 'error' || levels.get(f.ruleId) === undefined)
            levels.set(f.ruleId, level);
    }
    const failed = [];
    const warned = [];
    const passed = [];
    for (const r of cfg.rules) {
        if (r.defaultLevel === 'off' && !levels.has(r.id))
            continue;
        const l = levels.get(r.id);
        if (l === 'error')
            failed.push(r.id);
        else if (l)
            warned.push(r.id);
        else
            passed.push(r.id);
    }
    // Canonical: the digest does not depend on the order keys were written in the config.
    const optionsDigest = (0,data_pack/* sha256Hex */.fg)((0,canonical_json/* canonicalJson */.d)(options));
    return {
        configuration: [
            { name: 'rules/placeholders.yaml', digest: { sha256: data.sha256.placeholders }, mediaType: 'application/yaml' },
            { name: 'rules/languages.yaml', digest: { sha256: data.sha256.languages }, mediaType: 'application/yaml' },
            { name: 'checks.placeholders (effective options)', digest: { sha256: optionsDigest }, mediaType: 'application/json' },
        ],
        passedTests: passed,
        warnedTests: warned,
        failedTests: failed,
    };
}


/***/ }),

/***/ 3462:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IJ: () => (/* binding */ compileLanguage),
/* harmony export */   Ii: () => (/* binding */ lex),
/* harmony export */   Mj: () => (/* binding */ isIdentCode),
/* harmony export */   YK: () => (/* binding */ COMMENT),
/* harmony export */   dQ: () => (/* binding */ DOC),
/* harmony export */   i6: () => (/* binding */ spanAt),
/* harmony export */   vV: () => (/* binding */ kindsAt)
/* harmony export */ });
/* unused harmony export STRING */
const COMMENT = 1;
const STRING = 2;
/** A statement-level string (Python docstring): a comment or a string by option. */
const DOC = 3;
const NL = 10;
const BACKSLASH = 92;
const PRIORITY = {
    island: 0,
    end: 1,
    block: 2,
    'raw-hashes': 3,
    'raw-cpp': 3,
    'raw-leveled': 3,
    string: 4,
    heredoc: 5,
    quote: 6,
    line: 7,
    regex: 8,
    escape: 9,
};
function openerLength(o) {
    switch (o.t) {
        case 'line':
            return o.token.length;
        case 'block':
            return o.open.length;
        case 'string':
            return o.token.length;
        case 'raw-hashes':
            return o.prefix.length + o.quote.length;
        case 'raw-cpp':
        case 'raw-leveled':
            return o.prefix.length + 1;
        case 'heredoc':
            return o.h.opener.length;
        case 'island':
            return o.spec.open.length;
        case 'end':
            return o.token.length;
        default:
            return 1;
    }
}
function caseVariants(s) {
    let out = [''];
    for (const ch of s) {
        const lo = ch.toLowerCase();
        const up = ch.toUpperCase();
        out = out.flatMap((p) => (lo === up ? [p + ch] : [p + lo, p + up]));
    }
    return out;
}
function stringRt(s) {
    const close = s.close ?? s.open;
    const interp = s.interpolation ?? null;
    const openChar = interp ? interp.charCodeAt(interp.length - 1) : -1;
    const closeChar = openChar === 123 ? 125 : openChar === 40 ? 41 : openChar === 91 ? 93 : -1;
    return {
        close,
        close0: close.charCodeAt(0),
        escape: s.escape === null ? -1 : (s.escape ?? '\\').charCodeAt(0),
        doubled: s.doubled ?? false,
        multiline: s.multiline ?? false,
        interp,
        interp0: interp ? interp.charCodeAt(0) : -1,
        interpDoubled: s.interpolationDoubled ?? false,
        interpOpenChar: openChar,
        interpCloseChar: closeChar,
        closeLineStart: s.closeLineStart ?? false,
    };
}
const WHERE = { anywhere: 0, 'word-start': 1, 'line-start': 2 };
function compileLanguage(spec) {
    const openers = [];
    for (const l of spec.lineComments ?? [])
        openers.push(lineOpener(l));
    for (const b of spec.blockComments ?? [])
        openers.push(blockOpener(b));
    for (const s of spec.strings ?? [])
        openers.push(...stringOpeners(s));
    for (const h of spec.heredocs ?? [])
        openers.push({ t: 'heredoc', h });
    for (const q of spec.quoteLike ?? [])
        openers.push(quoteOpener(q));
    if (spec.regexLiterals)
        openers.push({ t: 'regex' });
    for (const i of spec.islands ?? [])
        openers.push(islandOpener(i));
    for (const e of spec.endMarkers ?? [])
        openers.push({ t: 'end', token: e });
    if (spec.codeEscape)
        openers.push({ t: 'escape' });
    const table = new Array(128).fill(undefined);
    const add = (c, o) => {
        if (c < 0 || c >= 128)
            return;
        (table[c] ??= []).push(o);
    };
    for (const o of openers) {
        for (const c of firstChars(o, spec))
            add(c, o);
    }
    for (const list of table) {
        list?.sort((a, b) => openerLength(b) - openerLength(a) || PRIORITY[a.t] - PRIORITY[b.t]);
    }
    // Characters worth stopping at: openers, brackets where they are counted (interpolation,
    // docstrings), newlines where heredoc bodies start. Everything else is skipped by the regex.
    const stops = new Set();
    table.forEach((list, c) => list && stops.add(c));
    const docstrings = spec.docstrings ?? false;
    const interpolates = (spec.strings ?? []).some((x) => x.interpolation);
    if (docstrings || interpolates)
        for (const ch of '()[]{}')
            stops.add(ch.charCodeAt(0));
    if ((spec.heredocs ?? []).length)
        stops.add(NL);
    const cls = [...stops].map((c) => `\\x${c.toString(16).padStart(2, '0')}`).join('');
    return {
        id: spec.id,
        spec,
        table,
        regexAfterWords: new Set(spec.regexAfterWords ?? []),
        docstrings,
        jump: new RegExp(cls ? `[${cls}]` : '[^\\s\\S]', 'g'),
        resolve: () => undefined,
    };
}
function lineOpener(l) {
    return { t: 'line', token: l.token, where: WHERE[l.where ?? 'anywhere'] ?? 0, after: l.after ?? '', notAfter: l.notAfter ?? '', notBefore: l.notBefore ?? '' };
}
function blockOpener(b) {
    return { t: 'block', open: b.open, close: b.close ?? '', nests: b.nests ?? false, lineStart: b.lineStart ?? false, leveled: b.leveled ?? false };
}
function stringOpeners(s) {
    const prefixes = (s.prefixes ?? ['']).flatMap((p) => (s.anyCase ? caseVariants(p) : [p]));
    const unique = [...new Set(prefixes)];
    if (s.raw === 'hashes')
        return unique.map((prefix) => ({ t: 'raw-hashes', prefix, quote: s.open, minHashes: s.minHashes ?? 0 }));
    if (s.raw === 'cpp')
        return unique.map((prefix) => ({ t: 'raw-cpp', prefix }));
    if (s.raw === 'leveled')
        return unique.map((prefix) => ({ t: 'raw-leveled', prefix }));
    const rt = stringRt(s);
    return unique.map((prefix) => ({
        t: 'string',
        token: prefix + s.open,
        prefixLen: prefix.length,
        s: rt,
        char: s.char ?? false,
        notAfterIdent: (s.notAfterIdent ?? false) || prefix.length > 0,
        lineStart: s.lineStart ?? false,
        openAfter: s.openAfter ?? null,
        doc: s.doc ?? false,
    }));
}
function islandOpener(i) {
    // Case-insensitive closers (`</SCRIPT>`) need a search by regular expression.
    const closeRe = i.ignoreCase ? new RegExp(i.close.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi') : null;
    return { t: 'island', spec: i, lower: i.open.toLowerCase(), closeRe };
}
function quoteOpener(q) {
    return { t: 'quote', re: new RegExp(`(?:${q.prefix})`, 'y'), parts: q.parts ?? 1, expression: (q.context ?? 'any') === 'expression', exclude: q.exclude ?? '' };
}
function firstChars(o, spec) {
    switch (o.t) {
        case 'line':
            return [o.token.charCodeAt(0)];
        case 'block':
            return [o.leveled && o.open === '' ? 91 : o.open.charCodeAt(0)];
        case 'string':
            return [o.token.charCodeAt(0)];
        case 'raw-hashes':
            return [o.prefix ? o.prefix.charCodeAt(0) : 35];
        case 'raw-cpp':
            return [o.prefix.charCodeAt(0)];
        case 'raw-leveled':
            return [o.prefix ? o.prefix.charCodeAt(0) : 91];
        case 'heredoc':
            return [o.h.opener.charCodeAt(0)];
        case 'island': {
            const c = o.spec.open.charCodeAt(0);
            const up = o.spec.open[0].toUpperCase().charCodeAt(0);
            return o.spec.ignoreCase && up !== c ? [c, up] : [c];
        }
        case 'end':
            return [o.token.charCodeAt(0)];
        case 'regex':
            return [47];
        case 'escape':
            return [spec.codeEscape.charCodeAt(0)];
        case 'quote': {
            // Which ASCII characters can start this prefix: try each against two-character probes.
            const out = [];
            const probe = new RegExp(`^(?:${o.re.source})`);
            const seconds = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ(/{[<|"\'!#%~';
            for (let c = 33; c < 127; c++) {
                const ch = String.fromCharCode(c);
                for (const d of seconds) {
                    if (probe.test(ch + d + '(')) {
                        out.push(c);
                        break;
                    }
                }
            }
            return out;
        }
    }
}
// ---------------------------------------------------------------------------------------------
// Character classes
// ---------------------------------------------------------------------------------------------
const IDENT = new Uint8Array(128);
for (let c = 48; c <= 57; c++)
    IDENT[c] = 1;
for (let c = 65; c <= 90; c++)
    IDENT[c] = 1;
for (let c = 97; c <= 122; c++)
    IDENT[c] = 1;
IDENT[95] = 1;
const LETTER_RE = /[\p{L}\p{N}\p{M}]/u;
/** Identifier character: ASCII letter, digit or `_`, or a non-ASCII letter, digit or mark. */
function isIdentCode(c) {
    if (c < 0)
        return false;
    if (c < 128)
        return IDENT[c] === 1;
    return LETTER_RE.test(String.fromCharCode(c));
}
function isSpace(c) {
    return c === 32 || c === 9 || c === 13 || c === 12 || c === 11 || c === 0xfeff;
}
/** `/` starts a regular expression (not a division) after these code characters. */
const REGEX_AFTER = new Uint8Array(128);
for (const ch of '(,=:[!&|?{};+-*%<>~^')
    REGEX_AFTER[ch.charCodeAt(0)] = 1;
const CLOSING_BRACKET = { 40: 41, 91: 93, 123: 125, 60: 62 };
/** Mutable state of one lexing run over one range. */
class Run {
    spans;
    text;
    lang;
    end;
    stopAt;
    depth = 0;
    frames = [];
    heredocs = [];
    constructor(spans, text, lang, end, stopAt) {
        this.spans = spans;
        this.text = text;
        this.lang = lang;
        this.end = end;
        this.stopAt = stopAt;
    }
    push(kind, start, end) {
        if (end > start)
            this.spans.push(kind, start, end);
    }
    /** Only whitespace between the start of the line and `pos`. */
    atLineStart(pos) {
        const t = this.text;
        for (let k = pos - 1; k >= 0; k--) {
            const c = t.charCodeAt(k);
            if (c === NL)
                return true;
            if (!isSpace(c))
                return false;
        }
        return true;
    }
    lineEnd(pos) {
        const k = this.text.indexOf('\n', pos);
        return k === -1 || k > this.end ? this.end : k;
    }
    /**
     * The last code character before `pos` and its offset (-1 at the start): whitespace and
     * comments are skipped; a string, regex or quote-like literal counts as a `"` (a value).
     */
    prevSignificant(pos) {
        const t = this.text;
        const spans = this.spans;
        let s = spans.length - 3;
        let k = pos - 1;
        while (k >= 0) {
            const c = t.charCodeAt(k);
            if (c === NL || isSpace(c)) {
                k--;
                continue;
            }
            while (s >= 0 && spans[s + 1] > k)
                s -= 3;
            if (s >= 0 && spans[s + 2] > k) {
                if (spans[s] === COMMENT) {
                    k = spans[s + 1] - 1;
                    s -= 3;
                    continue;
                }
                return [34, k];
            }
            return [c, k];
        }
        return [-1, -1];
    }
    /** `/` or a quote-like literal may start an expression here (JavaScript-style heuristic). */
    expressionAllowed(pos) {
        const [c, at] = this.prevSignificant(pos);
        if (c < 0)
            return true;
        if (c < 128 && REGEX_AFTER[c] === 1)
            return true;
        if (!isIdentCode(c))
            return false;
        const words = this.lang.regexAfterWords;
        if (words.size === 0)
            return false;
        let k = at;
        while (k >= 0 && isIdentCode(this.text.charCodeAt(k)))
            k--;
        return words.has(this.text.slice(k + 1, at + 1));
    }
    run(start) {
        const t = this.text;
        const table = this.lang.table;
        const jump = this.lang.jump;
        // Bracket depth matters only for docstrings, which are statement-level.
        const trackDepth = this.lang.docstrings;
        let i = start;
        while (i < this.end) {
            if (i > this.stopAt && this.frames.length === 0)
                return;
            jump.lastIndex = i;
            if (!jump.test(t))
                return;
            i = jump.lastIndex - 1;
            if (i >= this.end)
                return;
            const c = t.charCodeAt(i);
            if (c === NL) {
                i = this.heredocs.length ? this.consumeHeredocs(i + 1) : i + 1;
                continue;
            }
            const ops = table[c];
            if (ops !== undefined) {
                const next = this.tryOpeners(ops, i);
                if (next >= 0) {
                    i = next;
                    continue;
                }
            }
            const frame = this.frames.length ? this.frames[this.frames.length - 1] : undefined;
            if (frame !== undefined) {
                if (c === frame.s.interpOpenChar)
                    frame.depth++;
                else if (c === frame.s.interpCloseChar) {
                    if (frame.depth === 0) {
                        this.frames.pop();
                        i = this.scanString(frame.s, i + 1, i + 1);
                        continue;
                    }
                    frame.depth--;
                }
            }
            else if (trackDepth) {
                if (c === 40 || c === 91 || c === 123)
                    this.depth++;
                else if ((c === 41 || c === 93 || c === 125) && this.depth > 0)
                    this.depth--;
            }
            i++;
        }
    }
    tryOpeners(ops, i) {
        for (const o of ops) {
            const next = this.tryOpener(o, i);
            if (next >= 0)
                return next;
        }
        return -1;
    }
    tryOpener(o, i) {
        const t = this.text;
        switch (o.t) {
            case 'line': {
                if (!t.startsWith(o.token, i))
                    return -1;
                const before = i > 0 ? t.charCodeAt(i - 1) : NL;
                if (o.notAfter && i > 0 && o.notAfter.includes(t[i - 1]))
                    return -1;
                if (o.notBefore && i + o.token.length < this.end && o.notBefore.includes(t[i + o.token.length]))
                    return -1;
                if (o.where === 1 && !(before === NL || isSpace(before) || (i > 0 && o.after.includes(t[i - 1]))))
                    return -1;
                if (o.where === 2 && !this.atLineStart(i))
                    return -1;
                const e = this.lineEnd(i);
                this.push(COMMENT, i, e);
                return e;
            }
            case 'block':
                return this.blockComment(o, i);
            case 'string':
                return this.stringOpen(o, i);
            case 'raw-hashes':
                return this.rawHashes(o, i);
            case 'raw-cpp':
                return this.rawCpp(o, i);
            case 'raw-leveled':
                return this.rawLeveled(o.prefix, i, STRING);
            case 'heredoc':
                return this.heredocOpen(o.h, i);
            case 'quote':
                return this.quoteLike(o, i);
            case 'regex':
                return this.regexLiteral(i);
            case 'island':
                return this.island(o, i);
            case 'end': {
                if (!t.startsWith(o.token, i) || !this.atLineStart(i))
                    return -1;
                const after = i + o.token.length;
                if (after < this.end && t.charCodeAt(after) !== NL && t.charCodeAt(after) !== 13)
                    return -1;
                this.push(STRING, i, this.end);
                return this.end;
            }
            case 'escape':
                return Math.min(i + 2, this.end);
        }
    }
    blockComment(o, i) {
        const t = this.text;
        if (o.leveled)
            return this.rawLeveled(o.open, i, COMMENT);
        if (!t.startsWith(o.open, i))
            return -1;
        if (o.lineStart) {
            if (i > 0 && t.charCodeAt(i - 1) !== NL)
                return -1;
            let k = t.indexOf(`\n${o.close}`, i);
            while (k !== -1 && k < this.end) {
                const a = t.charCodeAt(k + 1 + o.close.length);
                if (!isIdentCode(a))
                    break;
                k = t.indexOf(`\n${o.close}`, k + 1);
            }
            const e = k === -1 || k >= this.end ? this.end : this.lineEnd(k + 1);
            this.push(COMMENT, i, e);
            return e;
        }
        if (!o.nests) {
            const k = t.indexOf(o.close, i + o.open.length);
            const e = k === -1 || k + o.close.length > this.end ? this.end : k + o.close.length;
            this.push(COMMENT, i, e);
            return e;
        }
        let depth = 1;
        let k = i + o.open.length;
        while (k < this.end) {
            if (t.startsWith(o.close, k)) {
                depth--;
                k += o.close.length;
                if (depth === 0)
                    break;
            }
            else if (t.startsWith(o.open, k)) {
                depth++;
                k += o.open.length;
            }
            else
                k++;
        }
        const e = Math.min(k, this.end);
        this.push(COMMENT, i, e);
        return e;
    }
    /** `prefix` + `[` + `=`* + `[` ... `]` + `=`* + `]` (Lua long brackets, CMake bracket comments). */
    rawLeveled(prefix, i, kind) {
        const t = this.text;
        if (!t.startsWith(prefix, i))
            return -1;
        let k = i + prefix.length;
        if (t.charCodeAt(k) !== 91)
            return -1;
        k++;
        let level = 0;
        while (t.charCodeAt(k) === 61) {
            level++;
            k++;
        }
        if (t.charCodeAt(k) !== 91)
            return -1;
        const close = `]${'='.repeat(level)}]`;
        const c = t.indexOf(close, k + 1);
        const e = c === -1 || c + close.length > this.end ? this.end : c + close.length;
        this.push(kind, i, e);
        return e;
    }
    stringOpen(o, i) {
        const t = this.text;
        if (!t.startsWith(o.token, i))
            return -1;
        if (o.notAfterIdent && i > 0 && isIdentCode(t.charCodeAt(i - 1)))
            return -1;
        if (o.lineStart && !this.atLineStart(i))
            return -1;
        if (o.openAfter !== null && i > 0) {
            const b = t[i - 1];
            if (b !== '\n' && !o.openAfter.includes(b))
                return -1;
        }
        const bodyStart = i + o.token.length;
        if (o.char)
            return this.charLiteral(o, i, bodyStart);
        let kind = STRING;
        if (o.doc && this.lang.docstrings && this.depth === 0 && this.frames.length === 0 && this.atLineStart(i) && this.prevSignificant(i)[0] !== BACKSLASH)
            kind = DOC;
        const e = this.scanString(o.s, i, bodyStart, kind);
        return e;
    }
    charLiteral(o, i, k) {
        const t = this.text;
        const q = o.s.close0;
        if (k >= this.end)
            return -1;
        let c = t.charCodeAt(k);
        if (c === NL || c === q)
            return -1;
        if (c === o.s.escape) {
            const limit = Math.min(this.end, k + 12);
            for (let j = k + 2; j < limit; j++) {
                c = t.charCodeAt(j);
                if (c === q) {
                    this.push(STRING, i, j + 1);
                    return j + 1;
                }
                if (c === NL)
                    return -1;
            }
            return -1;
        }
        const cp = t.codePointAt(k);
        const j = k + (cp > 0xffff ? 2 : 1);
        if (j < this.end && t.charCodeAt(j) === q) {
            this.push(STRING, i, j + 1);
            return j + 1;
        }
        return -1;
    }
    /**
     * Scans a string body from `k`; records the span from `spanStart`. Returns the position to
     * continue at: after the closing delimiter, at the newline ending a single-line string, at the
     * end of the range, or inside an interpolation (a frame is pushed; code resumes there).
     */
    scanString(s, spanStart, k, kind = STRING) {
        const t = this.text;
        const end = this.end;
        while (k < end) {
            const c = t.charCodeAt(k);
            if (c === s.escape) {
                k += 2;
                continue;
            }
            if (c === NL && !s.multiline) {
                this.push(kind, spanStart, k);
                return k;
            }
            if (c === s.close0 && t.startsWith(s.close, k) && (!s.closeLineStart || this.atLineStart(k))) {
                if (s.doubled && t.startsWith(s.close, k + s.close.length)) {
                    k += 2 * s.close.length;
                    continue;
                }
                const e = k + s.close.length;
                this.push(kind, spanStart, e);
                return e;
            }
            if (c === s.interp0 && s.interp !== null && t.startsWith(s.interp, k)) {
                if (s.interpDoubled && t.charCodeAt(k + 1) === c) {
                    k += 2;
                    continue;
                }
                this.push(kind, spanStart, k);
                this.frames.push({ s, depth: 0 });
                return k + s.interp.length;
            }
            k++;
        }
        this.push(kind, spanStart, end);
        return end;
    }
    rawHashes(o, i) {
        const t = this.text;
        if (o.prefix && (!t.startsWith(o.prefix, i) || (i > 0 && isIdentCode(t.charCodeAt(i - 1)))))
            return -1;
        let k = i + o.prefix.length;
        let hashes = 0;
        while (t.charCodeAt(k) === 35) {
            hashes++;
            k++;
        }
        if (hashes < o.minHashes || !t.startsWith(o.quote, k))
            return -1;
        const close = o.quote + '#'.repeat(hashes);
        const c = t.indexOf(close, k + o.quote.length);
        const e = c === -1 || c + close.length > this.end ? this.end : c + close.length;
        this.push(STRING, i, e);
        return e;
    }
    rawCpp(o, i) {
        const t = this.text;
        if (!t.startsWith(o.prefix, i) || (i > 0 && isIdentCode(t.charCodeAt(i - 1))))
            return -1;
        let k = i + o.prefix.length;
        if (t.charCodeAt(k) !== 34)
            return -1;
        const paren = t.indexOf('(', k + 1);
        if (paren === -1 || paren - k - 1 > 16)
            return -1;
        const delim = t.slice(k + 1, paren);
        if (/[\s()\\]/.test(delim))
            return -1;
        const close = `)${delim}"`;
        const c = t.indexOf(close, paren + 1);
        const e = c === -1 || c + close.length > this.end ? this.end : c + close.length;
        this.push(STRING, i, e);
        return e;
    }
    heredocOpen(h, i) {
        const t = this.text;
        if (!t.startsWith(h.opener, i))
            return -1;
        let k = i + h.opener.length;
        if (h.notFollowedBy && k < this.end && h.notFollowedBy.includes(t[k]))
            return -1;
        let flag = false;
        if (h.flags && k < this.end && h.flags.includes(t[k])) {
            flag = true;
            k++;
        }
        if (h.spaces)
            while (t.charCodeAt(k) === 32 || t.charCodeAt(k) === 9)
                k++;
        let term = '';
        const q = t[k];
        if (q !== undefined && h.quotes?.includes(q)) {
            const close = t.indexOf(q, k + 1);
            const eol = this.lineEnd(k);
            if (close === -1 || close > eol || close === k + 1)
                return -1;
            term = t.slice(k + 1, close);
            k = close + 1;
        }
        else {
            if (h.backslash && t.charCodeAt(k) === BACKSLASH)
                k++;
            const m = /[A-Za-z_][A-Za-z0-9_]*/y;
            m.lastIndex = k;
            const hit = m.exec(t);
            if (!hit || !h.bare)
                return -1;
            term = hit[0];
            if (h.bare === 'upper-or-flag' && !flag && !/^[A-Z_]/.test(term))
                return -1;
            k += term.length;
        }
        this.heredocs.push({ term, trailing: h.trailing ?? false });
        return k;
    }
    /** Consumes pending heredoc bodies starting at `pos` (the line after the opener). */
    consumeHeredocs(pos) {
        const t = this.text;
        const pending = this.heredocs;
        this.heredocs = [];
        let p = pos;
        for (let n = 0; n < pending.length; n++) {
            const h = pending[n];
            const bodyStart = p;
            let found = -1;
            let termAt = -1;
            while (p < this.end) {
                const e = this.lineEnd(p);
                let s = p;
                while (s < e && isSpace(t.charCodeAt(s)))
                    s++;
                if (t.startsWith(h.term, s)) {
                    const after = s + h.term.length;
                    let rest = after;
                    while (rest < e && isSpace(t.charCodeAt(rest)))
                        rest++;
                    if (rest === e || (h.trailing && !isIdentCode(t.charCodeAt(after)))) {
                        found = p;
                        termAt = after;
                        break;
                    }
                }
                p = e + 1;
            }
            if (found === -1) {
                this.push(STRING, bodyStart, this.end);
                return this.end;
            }
            this.push(STRING, bodyStart, found);
            if (n === pending.length - 1)
                return termAt;
            p = this.lineEnd(found) + 1;
        }
        return p;
    }
    quoteLike(o, i) {
        const t = this.text;
        if (i > 0) {
            const b = t.charCodeAt(i - 1);
            // `$s`, `@q`, `%y`, `&m`, `->s`, `::m`: a variable, method or package name, not a quote.
            if (isIdentCode(b) || b === 36 || b === 64 || b === 37 || b === 38 || b === 62 || b === 58)
                return -1;
        }
        if (o.expression && !this.expressionAllowed(i))
            return -1;
        o.re.lastIndex = i;
        const m = o.re.exec(t);
        if (!m)
            return -1;
        let k = i + m[0].length;
        if (k >= this.end)
            return -1;
        const d = t.charCodeAt(k);
        if (isIdentCode(d) || isSpace(d) || d === NL || o.exclude.includes(t[k]))
            return -1;
        if (o.exclude.includes('>') && d === 61 && t.charCodeAt(k + 1) === 62)
            return -1;
        if (t.startsWith('"""', k) || t.startsWith("'''", k)) {
            const close = t.slice(k, k + 3);
            const c = t.indexOf(close, k + 3);
            const e = c === -1 || c + 3 > this.end ? this.end : c + 3;
            this.push(STRING, i, e);
            return e;
        }
        k = this.delimited(k);
        if (o.parts === 2 && k < this.end) {
            if (CLOSING_BRACKET[d] !== undefined) {
                while (k < this.end && (isSpace(t.charCodeAt(k)) || t.charCodeAt(k) === NL))
                    k++;
                if (k < this.end)
                    k = this.delimited(k);
            }
            else {
                k = this.delimited(k - 1);
            }
        }
        this.push(STRING, i, k);
        return k;
    }
    /** From the opening delimiter at `k`, returns the position after its closing delimiter. */
    delimited(k) {
        const t = this.text;
        const open = t.charCodeAt(k);
        const close = CLOSING_BRACKET[open] ?? open;
        let depth = 0;
        let j = k + 1;
        while (j < this.end) {
            const c = t.charCodeAt(j);
            if (c === BACKSLASH) {
                j += 2;
                continue;
            }
            if (c === close) {
                if (depth === 0)
                    return j + 1;
                depth--;
            }
            else if (c === open && close !== open)
                depth++;
            j++;
        }
        return this.end;
    }
    regexLiteral(i) {
        const t = this.text;
        const next = t.charCodeAt(i + 1);
        if (next === 47 || next === 42)
            return -1;
        if (!this.expressionAllowed(i))
            return -1;
        let k = i + 1;
        let inClass = false;
        while (k < this.end) {
            const c = t.charCodeAt(k);
            if (c === NL)
                return -1;
            if (c === BACKSLASH) {
                k += 2;
                continue;
            }
            if (c === 91)
                inClass = true;
            else if (c === 93)
                inClass = false;
            else if (c === 47 && !inClass)
                break;
            k++;
        }
        if (k >= this.end)
            return -1;
        k++;
        while (k < this.end && isIdentCode(t.charCodeAt(k)))
            k++;
        this.push(STRING, i, k);
        return k;
    }
    island(o, i) {
        const t = this.text;
        const spec = o.spec;
        const head = t.slice(i, i + spec.open.length);
        if (spec.ignoreCase ? head.toLowerCase() !== o.lower : head !== spec.open)
            return -1;
        let contentStart = i + spec.open.length;
        let attrs = '';
        if (spec.openEnd) {
            const after = t.charCodeAt(contentStart);
            if (!(isSpace(after) || after === NL || after === 62 || after === 47))
                return -1;
            const gt = t.indexOf(spec.openEnd, contentStart);
            if (gt === -1 || gt >= this.end)
                return -1;
            attrs = t.slice(contentStart, gt);
            contentStart = gt + spec.openEnd.length;
        }
        let closeAt;
        if (o.closeRe) {
            o.closeRe.lastIndex = contentStart;
            closeAt = o.closeRe.exec(t)?.index ?? -1;
        }
        else
            closeAt = t.indexOf(spec.close, contentStart);
        const contentEnd = closeAt === -1 || closeAt > this.end ? this.end : closeAt;
        const target = this.islandLanguage(spec, attrs);
        if (target) {
            const sub = new Run(this.spans, t, target, contentEnd, this.stopAt);
            sub.run(contentStart);
        }
        else
            this.push(STRING, contentStart, contentEnd);
        return closeAt === -1 || closeAt > this.end ? this.end : closeAt + spec.close.length;
    }
    islandLanguage(spec, attrs) {
        const resolve = this.lang.resolve;
        if (attrs && spec.attributeLanguages) {
            const m = /\b(?:lang|type)\s*=\s*["']?(?:text\/|application\/)?([\w-]+)/i.exec(attrs);
            if (m) {
                const key = m[1].toLowerCase();
                const id = spec.attributeLanguages[key];
                if (id)
                    return resolve(id);
                // A script of another type (a template, JSON data) is data, not code.
                if (!/^(?:javascript|ecmascript|module|babel|jsx|text|css)$/.test(key))
                    return undefined;
            }
        }
        return resolve(spec.language);
    }
}
/**
 * Lexes `text` and returns its comment and string spans. `stopAt`: lexing may stop once past
 * this offset (spans containing it are still complete).
 */
function lex(text, lang, stopAt = Number.MAX_SAFE_INTEGER) {
    const spans = [];
    // A `#!` first line is an interpreter line, not code of the language.
    let from = 0;
    if (text.startsWith('#!')) {
        const nl = text.indexOf('\n');
        from = nl === -1 ? text.length : nl;
    }
    new Run(spans, text, lang, text.length, stopAt).run(from);
    return spans;
}
/**
 * Kind of the span containing each offset (0: code), for ascending `offsets`, in one merge pass.
 */
function kindsAt(spans, offsets) {
    const out = new Array(offsets.length).fill(0);
    let s = 0;
    for (let n = 0; n < offsets.length; n++) {
        const off = offsets[n];
        while (s < spans.length && spans[s + 2] <= off)
            s += 3;
        if (s < spans.length && spans[s + 1] <= off)
            out[n] = spans[s];
    }
    return out;
}
/** The span `[kind, start, end]` containing `offset`, or undefined (binary search). */
function spanAt(spans, offset) {
    let lo = 0;
    let hi = spans.length / 3 - 1;
    while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const start = spans[mid * 3 + 1];
        const end = spans[mid * 3 + 2];
        if (offset < start)
            hi = mid - 1;
        else if (offset >= end)
            lo = mid + 1;
        else
            return [spans[mid * 3], start, end];
    }
    return undefined;
}


/***/ }),

/***/ 9495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U2: () => (/* binding */ preparePolicy),
/* harmony export */   V3: () => (/* binding */ tagLiterals),
/* harmony export */   aM: () => (/* binding */ markerFinding),
/* harmony export */   ix: () => (/* binding */ wholeWordOccurrences),
/* harmony export */   s8: () => (/* binding */ markerKey)
/* harmony export */ });
/* harmony import */ var _lexer_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3462);
/* harmony import */ var _core_fingerprint_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5527);
/* harmony import */ var _positions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7592);
/**
 * Marker tags in comment text: whole-word candidates, the group right after the tag
 * (references, expiry date) and the policy outcome (pure).
 */



/** Each tag and alias of `tags` as a literal to search for, with the index of its tag. */
function tagLiterals(tags) {
    return tags.flatMap((t, index) => [t.tag, ...t.aliases].map((literal) => ({ literal, index })));
}
/**
 * Every whole-word occurrence of each literal, ascending by position: no word character right
 * before it, nor right after it when it ends with one (`todo!` may be followed by `(`).
 */
function wholeWordOccurrences(text, literals) {
    const out = [];
    for (const { literal, index } of literals) {
        if (!literal)
            continue;
        const len = literal.length;
        const wordEnd = (0,_lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .isIdentCode */ .Mj)(literal.charCodeAt(len - 1));
        for (let at = text.indexOf(literal); at !== -1; at = text.indexOf(literal, at + 1)) {
            if (at > 0 && (0,_lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .isIdentCode */ .Mj)(text.charCodeAt(at - 1)))
                continue;
            if (wordEnd && at + len < text.length && (0,_lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .isIdentCode */ .Mj)(text.charCodeAt(at + len)))
                continue;
            out.push({ pos: at, len, index });
        }
    }
    out.sort((a, b) => a.pos - b.pos || b.len - a.len);
    // A longer literal at the same place wins (an alias like the JSDoc tag over the tag inside it).
    return out.filter((c, n) => n === 0 || c.pos >= out[n - 1].pos + out[n - 1].len);
}
function preparePolicy(cfg) {
    return {
        references: cfg.references.map((r) => ({ re: new RegExp(r.pattern, 'g'), group: r.group })),
        notReferences: cfg.notReferences.map((p) => new RegExp(p)),
    };
}
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A comment's closing delimiter at the end of the text (not part of what a marker says). */
const TRAILING_CLOSER = /(?:\*\/|-->|#>|-\}|\*\)|\]\]|"""|''')\s*$/;
/**
 * The text that identifies a marker wherever it stands: from its tag to the end of its comment
 * line, closer dropped, whitespace collapsed. "Moved, not new" compares removed lines by it.
 */
function markerKey(fromTag) {
    return (0,_core_fingerprint_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeForFingerprint */ .n)(fromTag.replace(TRAILING_CLOSER, ''));
}
function validDate(s) {
    const m = DATE.exec(s);
    if (!m)
        return false;
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}
function hasReference(text, policy, inGroup) {
    for (const r of policy.references) {
        if (r.group && !inGroup)
            continue;
        r.re.lastIndex = 0;
        for (let m = r.re.exec(text); m; m = r.re.exec(text)) {
            if (!policy.notReferences.some((n) => n.test(m[0])))
                return true;
            if (m[0].length === 0)
                r.re.lastIndex++;
        }
    }
    return false;
}
/** The finding for one marker, or null when its policy accepts it. */
function markerFinding(tag, start, len, ctx, cfg, policy) {
    const { text, pos } = ctx;
    const stop = Math.min(ctx.commentEnd, pos.lineEnd);
    let k = start + len;
    while (k < stop && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9))
        k++;
    let group = [];
    const open = text.charCodeAt(k);
    if (open === 40 || open === 91) {
        const close = text.indexOf(open === 40 ? ')' : ']', k + 1);
        if (close !== -1 && close < stop) {
            group = text.slice(k + 1, close).split(/[\s,;]+/).filter(Boolean);
            k = close + 1;
        }
    }
    const rest = text.slice(k, stop);
    const markerText = markerKey(text.slice(start, stop));
    const base = {
        line: pos.line,
        column: pos.column,
        endColumn: pos.column + len - 1,
        snippet: (0,_positions_js__WEBPACK_IMPORTED_MODULE_2__/* .snippetOf */ .Vv)(text, pos),
        key: markerText,
        tag: tag.tag,
    };
    const fill = (s, date = '') => s.replaceAll('{tag}', tag.tag).replaceAll('{date}', date);
    let date;
    let referenced = false;
    for (const item of group) {
        if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(item))
            date = item;
        else if (hasReference(item, policy, true))
            referenced = true;
    }
    if (!referenced && rest && hasReference(rest, policy, false))
        referenced = true;
    if (date !== undefined) {
        if (!validDate(date)) {
            return { ...base, ruleId: tag.ruleId, title: `${tag.tag} with an invalid date`, message: fill(cfg.expiry.invalidMessage, date) };
        }
        if (date < cfg.today) {
            return { ...base, ruleId: cfg.expiry.ruleId, title: `Expired ${tag.tag}`, message: fill(cfg.expiry.message, date), expires: date };
        }
        // A future date makes the marker tracked work, like a reference.
        referenced = true;
    }
    if (tag.requireReference) {
        if (referenced)
            return null;
        return { ...base, ruleId: tag.ruleId, title: `${tag.tag} without a reference`, message: fill(cfg.unreferencedMessage) };
    }
    return { ...base, ruleId: tag.ruleId, title: `${tag.tag} marker`, message: fill(tag.message) };
}


/***/ }),

/***/ 7592:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QW: () => (/* binding */ lineKey),
/* harmony export */   Vv: () => (/* binding */ snippetOf),
/* harmony export */   nt: () => (/* binding */ linePositions)
/* harmony export */ });
/* harmony import */ var _core_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5527);
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4031);
/** Line and column of text offsets, computed in one linear pass (pure). */


/** Positions of ascending `offsets`; walks the text once, newline to newline. */
function linePositions(text, offsets) {
    const out = [];
    let line = 1;
    let lineStart = 0;
    let nl = text.indexOf('\n');
    for (const off of offsets) {
        while (nl !== -1 && nl < off) {
            line++;
            lineStart = nl + 1;
            nl = text.indexOf('\n', lineStart);
        }
        let lineEnd = nl === -1 ? text.length : nl;
        if (lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 13)
            lineEnd--;
        out.push({ line, column: off - lineStart + 1, lineStart, lineEnd });
    }
    return out;
}
/** The line's text, trimmed and cut to `max` characters, for snippets. */
function snippetOf(text, p, max = 240) {
    return (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(text.slice(p.lineStart, p.lineEnd).trim(), max);
}
/** The line's text normalized as fingerprints normalize it: a key that survives re-indenting. */
function lineKey(text, p) {
    return (0,_core_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeForFingerprint */ .n)(text.slice(p.lineStart, p.lineEnd));
}


/***/ }),

/***/ 4393:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eg: () => (/* binding */ DataPackError),
/* harmony export */   eC: () => (/* binding */ loadPack),
/* harmony export */   fg: () => (/* binding */ sha256Hex)
/* harmony export */ });
/* unused harmony export compiledPackPath */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/**
 * Data packs: the rule data gates read from `rules/*.yaml` (marker lists, language tables,
 * workflow-audit contexts, taxonomies). Each is read once per process, hashed (sha256 of the
 * bytes, for the evidence bundle) and validated with the gate's zod schema; every error names
 * file:line:column and the key path.
 *
 * YAML parsing is the slow part of start-up, so the build keeps a JSON copy of each pack in
 * `dist/rules/<name>.json` as `{ sha256, data }`. The copy is used only when its digest matches
 * the YAML beside it, and it is validated all the same; otherwise the YAML decides.
 */



class DataPackError extends Error {
    problems;
    constructor(problems) {
        super(`Invalid Guardian data:\n${problems.join('\n')}`);
        this.problems = problems;
        this.name = 'DataPackError';
    }
}
/** Where the build writes the JSON copy of a pack. */
function compiledPackPath(installDir, file) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(installDir, 'dist', 'rules', (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(file).replace(/\.ya?ml$/, '.json'));
}
function sha256Hex(bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex');
}
const cache = new Map();
/** Loads a pack from Guardian's install folder, once per process and folder. */
function loadPack(installDir, spec) {
    const key = `${installDir}\0${spec.file}`;
    let p = cache.get(key);
    if (!p) {
        p = readPack(installDir, spec);
        cache.set(key, p);
        p.catch(() => cache.delete(key));
    }
    return p;
}
async function readPack(installDir, spec) {
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(installDir, spec.file);
    let bytes;
    try {
        bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(abs);
    }
    catch (e) {
        throw new DataPackError([`${spec.file}: cannot read ${abs} (${e.message}); reinstall Guardian.`]);
    }
    const sha256 = sha256Hex(bytes);
    const compiled = await readCompiled(installDir, spec.file, sha256);
    if (compiled !== undefined) {
        const parsed = spec.schema.safeParse(compiled);
        if (parsed.success && (spec.crossCheck?.(parsed.data) ?? []).length === 0)
            return { file: spec.file, data: parsed.data, sha256 };
    }
    // The slow path (YAML with positions) loads only when the JSON copy is missing or stale.
    const { parsePack } = await __webpack_require__.e(/* import() */ 998).then(__webpack_require__.bind(__webpack_require__, 3617));
    return { file: spec.file, data: parsePack(bytes.toString('utf8'), spec), sha256 };
}
async function readCompiled(installDir, file, sha256) {
    try {
        const copy = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(compiledPackPath(installDir, file), 'utf8'));
        return copy.sha256 === sha256 ? copy.data : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ })

};
