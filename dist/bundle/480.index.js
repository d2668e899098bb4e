export const id = 480;
export const ids = [480,998];
export const modules = {

/***/ 2480:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  check: () => (/* binding */ check),
  evidenceFor: () => (/* binding */ evidenceFor),
  runGovernance: () => (/* binding */ runGovernance)
});

// EXTERNAL MODULE: ./src/checks/governance/yaml-file.ts
var yaml_file = __webpack_require__(5190);
;// CONCATENATED MODULE: ./src/checks/governance/finding.ts

/** A finding over source offsets [start, end) of a YAML file. */
function yamlFinding(file, ruleId, start, end, message, extra = {}) {
    const f = {
        ruleId,
        message,
        location: (0,yaml_file/* spanLocation */.ib)(file, start, end),
        snippet: (0,yaml_file/* lineText */.oZ)(file, start).trim(),
    };
    if (extra.title)
        f.title = extra.title;
    if (extra.level)
        f.level = extra.level;
    if (extra.fingerprintKey)
        f.fingerprintKey = extra.fingerprintKey;
    if (extra.properties)
        f.properties = extra.properties;
    if (extra.related?.length) {
        f.properties = { ...f.properties, relatedLocations: extra.related.map(([s, e]) => (0,yaml_file/* spanLocation */.ib)(file, s, e)) };
    }
    return f;
}
/**
 * A finding that depends on several lines (a trigger and a checkout, a checkout and an upload)
 * is introduced by a PR that changes any of them. The pipeline gates on the finding's own line,
 * so when that line is unchanged but a related one is, the finding is moved there (the message
 * still describes the whole problem and names where it was found).
 */
function anchorInDiff(findings, changed) {
    return findings.map((f) => {
        const related = f.properties?.relatedLocations;
        if (!f.location || !related?.length || spans(f.location, changed))
            return f;
        const alt = related.find((r) => spans(r, changed));
        if (!alt)
            return f;
        return {
            ...f,
            location: alt,
            message: `${f.message} (Reported on line ${alt.startLine}, which this pull request changes; the problem is at line ${f.location.startLine}.)`,
            properties: { ...f.properties, primaryLocation: f.location },
        };
    });
}
function spans(loc, changed) {
    for (let l = loc.startLine; l <= (loc.endLine ?? loc.startLine); l++)
        if (changed(loc.path, l))
            return true;
    return false;
}
/** Inline code for messages: backticks inside the text cannot close the span early. */
function code(text, max = 120) {
    const t = text.replace(/\s+/g, ' ').trim();
    const cut = t.length > max ? `${t.slice(0, max)}…` : t;
    const fence = cut.includes('`') ? '``' : '`';
    const pad = cut.startsWith('`') || cut.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${cut}${pad}${fence}`;
}

;// CONCATENATED MODULE: ./src/checks/governance/rule-ids.ts
/** Full rule ids of the governance check (stable: users configure and suppress by them). */
const R = {
    dangerousTrigger: 'governance/dangerous-trigger',
    templateInjection: 'governance/template-injection',
    excessivePermissions: 'governance/excessive-permissions',
    unpinnedUses: 'governance/unpinned-uses',
    secretsInherit: 'governance/secrets-inherit',
    artipacked: 'governance/artipacked',
    unsafeBotCondition: 'governance/unsafe-bot-condition',
    selfHostedOnPublicTrigger: 'governance/self-hosted-on-public-trigger',
    invalidWorkflow: 'governance/invalid-workflow',
    githubEnv: 'governance/github-env',
    insecureCommands: 'governance/insecure-commands',
    overprovisionedSecrets: 'governance/overprovisioned-secrets',
    unredactedSecrets: 'governance/unredacted-secrets',
    hardcodedContainerCredentials: 'governance/hardcoded-container-credentials',
    unpinnedImages: 'governance/unpinned-images',
    unsoundContains: 'governance/unsound-contains',
    unsoundCondition: 'governance/unsound-condition',
    cachePoisoning: 'governance/cache-poisoning',
    forbiddenUses: 'governance/forbidden-uses',
    archivedUses: 'governance/archived-uses',
    dependabotExecution: 'governance/dependabot-execution',
    downloadThenRun: 'governance/download-then-run',
    unpinnedBaseImage: 'governance/unpinned-base-image',
    fileExistence: 'governance/file-existence',
    fileContents: 'governance/file-contents',
    fileNotContents: 'governance/file-not-contents',
    largeFile: 'governance/large-file',
    binaryArtifact: 'governance/binary-artifact',
    codeownersCoverage: 'governance/codeowners-coverage',
    codeownersSyntax: 'governance/codeowners-syntax',
    modelDocumentation: 'governance/model-documentation',
    modelServiceOwners: 'governance/model-service-owners',
    modelServicePattern: 'governance/model-service-pattern',
    modelPiiTagging: 'governance/model-pii-tagging',
    modelNaming: 'governance/model-naming',
    modelConstraints: 'governance/model-constraints',
};

;// CONCATENATED MODULE: ./src/checks/governance/workflow-model.ts

function buildWorkflowModel(file, kind) {
    const model = { file, kind, root: null, triggers: [], jobs: [], inputs: new Map(), problems: [] };
    const problem = (node, message) => {
        const [start, end] = (0,yaml_file/* nodeSpan */.Vk)(file, node);
        model.problems.push({ message, start, end });
    };
    for (const e of file.errors)
        model.problems.push({ message: `YAML syntax error: ${e.message}`, start: e.offset, end: e.endOffset });
    if (file.errors.length)
        return model;
    const contents = file.doc.contents;
    const root = (0,yaml_file/* asMap */.$H)(file, contents);
    if (!root) {
        problem(contents, `the file must be a YAML mapping of ${kind === 'workflow' ? '`on:` and `jobs:`' : '`name:`, `inputs:` and `runs:`'}`);
        return model;
    }
    model.root = root;
    if (kind === 'workflow')
        readWorkflow(file, model, root, problem);
    else
        readAction(file, model, root, problem);
    return model;
}
function readWorkflow(file, model, root, problem) {
    const on = (0,yaml_file/* entry */.f_)(file, root, 'on');
    if (!on)
        problem(root, 'the workflow has no `on:` key, so GitHub never runs it; add the events that should trigger it');
    else {
        model.onEntry = on;
        model.triggers = readTriggers(file, on, problem);
    }
    model.permissions = (0,yaml_file/* entry */.f_)(file, root, 'permissions');
    model.defaultShell = defaultShell(file, root);
    model.env = (0,yaml_file/* asMap */.$H)(file, (0,yaml_file/* entry */.f_)(file, root, 'env')?.value) ?? undefined;
    for (const t of model.triggers) {
        if (t.event !== 'workflow_dispatch' && t.event !== 'workflow_call')
            continue;
        for (const inp of (0,yaml_file/* entries */.jO)(file, (0,yaml_file/* asMap */.$H)(file, (0,yaml_file/* entry */.f_)(file, t.config, 'inputs')?.value))) {
            const type = (0,yaml_file/* scalarText */.ws)(file, (0,yaml_file/* entry */.f_)(file, (0,yaml_file/* asMap */.$H)(file, inp.value), 'type')?.value);
            const name = inp.keyText.toLowerCase();
            const prev = model.inputs.get(name);
            // Declared by both triggers with different types: treat it as free text.
            model.inputs.set(name, { name: inp.keyText, type: prev === undefined || prev.type === type ? type : undefined });
        }
    }
    const jobsEntry = (0,yaml_file/* entry */.f_)(file, root, 'jobs');
    if (!jobsEntry) {
        problem(root, 'the workflow has no `jobs:` key; add at least one job');
        return;
    }
    const jobs = (0,yaml_file/* asMap */.$H)(file, jobsEntry.value);
    if (!jobs) {
        problem(jobsEntry.value ?? jobsEntry.key, '`jobs:` must be a mapping of job ids to jobs');
        return;
    }
    for (const j of (0,yaml_file/* entries */.jO)(file, jobs)) {
        const node = (0,yaml_file/* asMap */.$H)(file, j.value);
        if (!node) {
            problem(j.value ?? j.key, `job \`${j.keyText}\` must be a mapping (with \`runs-on:\` and \`steps:\`, or \`uses:\`)`);
            continue;
        }
        const job = {
            id: j.keyText,
            key: j.key,
            node,
            name: (0,yaml_file/* scalarText */.ws)(file, (0,yaml_file/* entry */.f_)(file, node, 'name')?.value),
            uses: (0,yaml_file/* asScalar */.T7)(file, (0,yaml_file/* entry */.f_)(file, node, 'uses')?.value) ?? undefined,
            secrets: (0,yaml_file/* entry */.f_)(file, node, 'secrets'),
            permissions: (0,yaml_file/* entry */.f_)(file, node, 'permissions'),
            runsOn: (0,yaml_file/* entry */.f_)(file, node, 'runs-on'),
            ifNode: (0,yaml_file/* asScalar */.T7)(file, (0,yaml_file/* entry */.f_)(file, node, 'if')?.value) ?? undefined,
            matrix: (0,yaml_file/* asMap */.$H)(file, (0,yaml_file/* entry */.f_)(file, (0,yaml_file/* asMap */.$H)(file, (0,yaml_file/* entry */.f_)(file, node, 'strategy')?.value), 'matrix')?.value) ?? undefined,
            defaultShell: defaultShell(file, node) ?? model.defaultShell,
            container: (0,yaml_file/* entry */.f_)(file, node, 'container'),
            services: (0,yaml_file/* entry */.f_)(file, node, 'services'),
            env: (0,yaml_file/* asMap */.$H)(file, (0,yaml_file/* entry */.f_)(file, node, 'env')?.value) ?? undefined,
            steps: [],
        };
        if (!job.uses && !job.runsOn)
            problem(j.key, `job \`${j.keyText}\` has neither \`runs-on:\` nor \`uses:\`; GitHub rejects the workflow`);
        const stepsEntry = (0,yaml_file/* entry */.f_)(file, node, 'steps');
        if (stepsEntry)
            job.steps = readSteps(file, stepsEntry, problem, job.defaultShell);
        else if (!job.uses)
            problem(j.key, `job \`${j.keyText}\` has no \`steps:\``);
        model.jobs.push(job);
    }
}
function readAction(file, model, root, problem) {
    for (const inp of (0,yaml_file/* entries */.jO)(file, (0,yaml_file/* asMap */.$H)(file, (0,yaml_file/* entry */.f_)(file, root, 'inputs')?.value))) {
        model.inputs.set(inp.keyText.toLowerCase(), { name: inp.keyText });
    }
    const runsEntry = (0,yaml_file/* entry */.f_)(file, root, 'runs');
    if (!runsEntry) {
        problem(root, 'the action has no `runs:` key; add `runs.using` (composite, node20/node24 or docker)');
        return;
    }
    const runs = (0,yaml_file/* asMap */.$H)(file, runsEntry.value);
    if (!runs) {
        problem(runsEntry.value ?? runsEntry.key, '`runs:` must be a mapping with `using:`');
        return;
    }
    model.actionUsing = (0,yaml_file/* scalarText */.ws)(file, (0,yaml_file/* entry */.f_)(file, runs, 'using')?.value);
    if (!model.actionUsing)
        problem(runsEntry.key, '`runs:` has no `using:` (composite, node20/node24 or docker)');
    const image = (0,yaml_file/* asScalar */.T7)(file, (0,yaml_file/* entry */.f_)(file, runs, 'image')?.value);
    if (image)
        model.actionImage = image;
    if (model.actionUsing === 'composite') {
        const stepsEntry = (0,yaml_file/* entry */.f_)(file, runs, 'steps');
        const steps = stepsEntry ? readSteps(file, stepsEntry, problem, undefined) : [];
        if (!stepsEntry)
            problem(runsEntry.key, 'a composite action needs `runs.steps:`');
        // One pseudo-job so job-scoped audits (artipacked) read the action's steps as a unit.
        model.jobs.push({ id: '(composite action)', key: runsEntry.key, node: runs, steps });
    }
}
function readTriggers(file, on, problem) {
    const v = on.value;
    const s = (0,yaml_file/* asScalar */.T7)(file, v);
    if (s) {
        const text = (0,yaml_file/* scalarText */.ws)(file, s);
        return text ? [{ event: text, node: s, config: null }] : [];
    }
    const seq = (0,yaml_file/* asSeq */.wH)(file, v);
    if (seq) {
        const out = [];
        for (const item of seq.items) {
            const it = (0,yaml_file/* asScalar */.T7)(file, item);
            const text = (0,yaml_file/* scalarText */.ws)(file, it);
            if (it && text)
                out.push({ event: text, node: it, config: null });
            else
                problem(item, 'each item of `on:` must be an event name');
        }
        return out;
    }
    const map = (0,yaml_file/* asMap */.$H)(file, v);
    if (map)
        return (0,yaml_file/* entries */.jO)(file, map).map((e) => ({ event: e.keyText, node: e.key, config: (0,yaml_file/* asMap */.$H)(file, e.value) }));
    problem(v ?? on.key, '`on:` must be an event name, a list of events or a mapping of events');
    return [];
}
function readSteps(file, stepsEntry, problem, shell) {
    const seq = (0,yaml_file/* asSeq */.wH)(file, stepsEntry.value);
    if (!seq) {
        problem(stepsEntry.value ?? stepsEntry.key, '`steps:` must be a list of steps');
        return [];
    }
    const out = [];
    seq.items.forEach((item, index) => {
        const node = (0,yaml_file/* asMap */.$H)(file, item);
        if (!node) {
            problem(item, `step ${index + 1} must be a mapping with \`uses:\` or \`run:\``);
            return;
        }
        const uses = (0,yaml_file/* asScalar */.T7)(file, (0,yaml_file/* entry */.f_)(file, node, 'uses')?.value) ?? undefined;
        const run = (0,yaml_file/* asScalar */.T7)(file, (0,yaml_file/* entry */.f_)(file, node, 'run')?.value) ?? undefined;
        if (!uses && !run)
            problem(node, `step ${index + 1} has neither \`uses:\` nor \`run:\``);
        if (uses && run)
            problem(node, `step ${index + 1} has both \`uses:\` and \`run:\`; GitHub rejects it`);
        const withMap = new Map();
        for (const w of (0,yaml_file/* entries */.jO)(file, (0,yaml_file/* asMap */.$H)(file, (0,yaml_file/* entry */.f_)(file, node, 'with')?.value)))
            withMap.set(w.keyText.toLowerCase(), w);
        out.push({
            node,
            index,
            name: (0,yaml_file/* scalarText */.ws)(file, (0,yaml_file/* entry */.f_)(file, node, 'name')?.value),
            id: (0,yaml_file/* scalarText */.ws)(file, (0,yaml_file/* entry */.f_)(file, node, 'id')?.value),
            uses,
            usesText: (0,yaml_file/* scalarText */.ws)(file, uses)?.trim(),
            run,
            with: withMap,
            env: (0,yaml_file/* asMap */.$H)(file, (0,yaml_file/* entry */.f_)(file, node, 'env')?.value) ?? undefined,
            ifNode: (0,yaml_file/* asScalar */.T7)(file, (0,yaml_file/* entry */.f_)(file, node, 'if')?.value) ?? undefined,
            shell: (0,yaml_file/* scalarText */.ws)(file, (0,yaml_file/* entry */.f_)(file, node, 'shell')?.value) ?? shell,
        });
    });
    return out;
}
function defaultShell(file, node) {
    const defaults = (0,yaml_file/* asMap */.$H)(file, (0,yaml_file/* entry */.f_)(file, node, 'defaults')?.value);
    const run = (0,yaml_file/* asMap */.$H)(file, (0,yaml_file/* entry */.f_)(file, defaults, 'run')?.value);
    return (0,yaml_file/* scalarText */.ws)(file, (0,yaml_file/* entry */.f_)(file, run, 'shell')?.value);
}
/** `owner/repo` of a `uses:` reference, lower-cased, or null for local and Docker references. */
function usesRepository(uses) {
    if (uses.startsWith('./') || uses.startsWith('docker://'))
        return null;
    const at = uses.indexOf('@');
    const path = at < 0 ? uses : uses.slice(0, at);
    const parts = path.split('/');
    if (parts.length < 2 || !parts[0] || !parts[1])
        return null;
    return `${parts[0]}/${parts[1]}`.toLowerCase();
}
/** The `@ref` part of a `uses:` reference, or null. */
function usesRef(uses) {
    const at = uses.lastIndexOf('@');
    return at < 0 ? null : uses.slice(at + 1);
}
/** Whether a `uses:` names `action` (e.g. `actions/checkout`), any ref. */
function usesAction(uses, action) {
    if (!uses)
        return false;
    const at = uses.indexOf('@');
    const path = (at < 0 ? uses : uses.slice(0, at)).toLowerCase();
    return path === action.toLowerCase();
}

;// CONCATENATED MODULE: ./src/checks/governance/audits/artipacked.ts




function auditArtipacked({ wf, rules }) {
    const file = wf.file;
    const findings = [];
    for (const job of wf.jobs) {
        const uploads = job.steps.filter((s) => rules.artipacked.uploadActions.some((a) => usesAction(s.usesText, a)));
        if (uploads.length === 0)
            continue;
        for (const step of job.steps) {
            if (!step.uses || !rules.checkout.actions.some((a) => usesAction(step.usesText, a)))
                continue;
            const upload = uploads.find((u) => u.index > step.index);
            if (!upload)
                continue;
            const persist = (0,yaml_file/* scalarText */.ws)(file, step.with.get('persist-credentials')?.value)?.trim().toLowerCase();
            if (persist === 'false')
                continue;
            const [s, e] = (0,yaml_file/* nodeSpan */.Vk)(file, step.uses);
            const major = checkoutMajor(step.usesText ?? '', (0,yaml_file/* lineText */.oZ)(file, s));
            const safer = major !== null && major >= rules.artipacked.saferCheckoutMajor;
            const path = (0,yaml_file/* scalarText */.ws)(file, upload.with.get('path')?.value);
            findings.push(yamlFinding(file, R.artipacked, s, e, `\`${step.usesText}\` persists the job's GITHUB_TOKEN ${safer ? 'under $RUNNER_TEMP' : 'in `.git/config` of the checkout'}` +
                `${persist === 'true' ? ' (`persist-credentials: true`)' : ''} and step ${upload.index + 1} uploads an artifact` +
                `${path ? ` (path ${code(path, 60)})` : ''} in the same job${job.id.startsWith('(') ? '' : ` \`${job.id}\``}: ` +
                'an upload that includes the checkout publishes the token to anyone who can download the artifact. ' +
                'Fix: add `persist-credentials: false` under the checkout step\'s `with:` (a later `git push` can authenticate explicitly), ' +
                'and upload only build outputs.', {
                title: 'Checkout credentials persisted in a job that uploads artifacts',
                level: safer ? 'notice' : undefined,
                fingerprintKey: `${job.id}:${step.usesText}`,
                related: upload.uses ? [(0,yaml_file/* nodeSpan */.Vk)(file, upload.uses)] : [],
            }));
        }
    }
    return findings;
}
/** Major version of a checkout reference: from `@v6`/`@v6.1.0`, or the `# v6…` comment after a SHA. */
function checkoutMajor(uses, line) {
    const ref = usesRef(uses) ?? '';
    const fromRef = /^[0-9a-f]{40}$/.test(ref) ? null : /^v?(\d+)(?:\.|$)/.exec(ref);
    if (fromRef)
        return Number(fromRef[1]);
    const comment = /#\s*v?(\d+)(?:\.\d+)*\b/.exec(line.slice(line.indexOf('#') >= 0 ? line.indexOf('#') : line.length));
    return comment ? Number(comment[1]) : null;
}

;// CONCATENATED MODULE: ./src/checks/governance/expressions.ts
function decodeScalar(file, scalar) {
    const range = scalar.range;
    if (!range)
        return { text: '', offsetAt: () => 0, end: 0 };
    const [start, end] = [range[0], Math.min(range[1], file.text.length)];
    const raw = file.text;
    if (scalar.type !== 'QUOTE_SINGLE' && scalar.type !== 'QUOTE_DOUBLE') {
        // Plain and block scalars: the source is the text (line folding only changes whitespace), so
        // offsets are a shift, computed without allocating. A block scalar's header line (`|`, `>-`,
        // maybe a comment) is not content.
        let from = start;
        if (scalar.type === 'BLOCK_LITERAL' || scalar.type === 'BLOCK_FOLDED') {
            const nl = raw.indexOf('\n', start);
            from = nl < 0 || nl >= end ? end : nl + 1;
        }
        const text = raw.slice(from, end);
        return { text, offsetAt: (i) => from + Math.max(0, Math.min(i, text.length - 1)), end };
    }
    const chars = [];
    const offsets = [];
    const push = (c, at) => {
        chars.push(c);
        offsets.push(at);
    };
    if (scalar.type === 'QUOTE_SINGLE') {
        for (let i = start + 1; i < end - 1; i++) {
            if (raw[i] === "'" && raw[i + 1] === "'") {
                push("'", i);
                i++;
            }
            else
                push(raw[i], i);
        }
    }
    else {
        for (let i = start + 1; i < end - 1; i++) {
            if (raw[i] === '\\' && i + 1 < end - 1) {
                const n = raw[i + 1];
                if (n === '\n' || n === '\r') {
                    i++;
                    continue;
                }
                push(DOUBLE_ESCAPES[n] ?? n, i);
                i++;
            }
            else
                push(raw[i], i);
        }
    }
    return { text: chars.join(''), offsetAt: (i) => offsets[Math.max(0, Math.min(i, offsets.length - 1))] ?? start, end };
}
const DOUBLE_ESCAPES = { n: '\n', t: '\t', r: '\r', '0': '\0', '"': '"', '\\': '\\', '/': '/', ' ': ' ' };
/** Every `${{ … }}` in decoded scalar text; `}}` inside a '…' literal does not close. */
function findExpressions(d) {
    const out = [];
    const t = d.text;
    let i = t.indexOf('${{');
    while (i >= 0) {
        let j = i + 3;
        let inString = false;
        let close = -1;
        for (; j < t.length; j++) {
            const c = t[j];
            if (inString) {
                if (c === "'") {
                    if (t[j + 1] === "'")
                        j++;
                    else
                        inString = false;
                }
            }
            else if (c === "'")
                inString = true;
            else if (c === '}' && t[j + 1] === '}') {
                close = j;
                break;
            }
        }
        const innerStart = i + 3;
        const innerEnd = close >= 0 ? close : t.length;
        const lastIdx = close >= 0 ? close + 1 : t.length - 1;
        out.push({
            inner: t.slice(innerStart, innerEnd),
            start: d.offsetAt(i),
            end: d.offsetAt(Math.max(i, lastIdx)) + 1,
            innerOffset: (k) => d.offsetAt(innerStart + k),
            closed: close >= 0,
        });
        if (close < 0)
            break;
        i = t.indexOf('${{', close + 2);
    }
    return out;
}
/** A whole scalar treated as one expression (an `if:` without `${{ }}`). */
function bareExpression(d) {
    return {
        inner: d.text,
        start: d.offsetAt(0),
        end: d.offsetAt(d.text.length - 1) + 1,
        innerOffset: (k) => d.offsetAt(k),
        closed: true,
    };
}
const IDENT = /[A-Za-z_][A-Za-z0-9_-]*/y;
const NUMBER = /-?(?:0x[0-9a-fA-F]+|\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/y;
const OPS = ['==', '!=', '<=', '>=', '&&', '||', '<', '>', '!'];
/** Tokens of an expression; never throws (unknown characters become `other`). */
function tokenize(src) {
    const out = [];
    let i = 0;
    while (i < src.length) {
        const c = src[i];
        if (/\s/.test(c)) {
            i++;
            continue;
        }
        if (c === "'") {
            let j = i + 1;
            let value = '';
            for (; j < src.length; j++) {
                if (src[j] === "'") {
                    if (src[j + 1] === "'") {
                        value += "'";
                        j++;
                    }
                    else
                        break;
                }
                else
                    value += src[j];
            }
            out.push({ kind: 'string', text: src.slice(i, j + 1), value, start: i, end: Math.min(j + 1, src.length) });
            i = j + 1;
            continue;
        }
        IDENT.lastIndex = i;
        const id = IDENT.exec(src);
        if (id) {
            out.push({ kind: 'ident', text: id[0], start: i, end: i + id[0].length });
            i += id[0].length;
            continue;
        }
        NUMBER.lastIndex = i;
        const num = /[0-9-]/.test(c) ? NUMBER.exec(src) : null;
        if (num && num[0] !== '-') {
            out.push({ kind: 'number', text: num[0], start: i, end: i + num[0].length });
            i += num[0].length;
            continue;
        }
        const op = OPS.find((o) => src.startsWith(o, i));
        if (op) {
            out.push({ kind: 'op', text: op, start: i, end: i + op.length });
            i += op.length;
            continue;
        }
        out.push({ kind: '.[](),*'.includes(c) ? 'punct' : 'other', text: c, start: i, end: i + 1 });
        i++;
    }
    return out;
}
const LITERAL_WORDS = new Set(['true', 'false', 'null']);
function contextRefs(tokens) {
    const refs = [];
    const calls = [];
    for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        if (t.kind === 'punct' && t.text === '(') {
            const prev = tokens[i - 1];
            calls.push({ name: prev?.kind === 'ident' ? prev.text.toLowerCase() : undefined, open: i });
            continue;
        }
        if (t.kind === 'punct' && t.text === ')') {
            calls.pop();
            continue;
        }
        if (t.kind !== 'ident' || LITERAL_WORDS.has(t.text.toLowerCase()))
            continue;
        const before = tokens[i - 1];
        if (before && before.kind === 'punct' && before.text === '.')
            continue;
        const after = tokens[i + 1];
        if (after && after.kind === 'punct' && after.text === '(')
            continue; // a function name
        const path = [t.text.toLowerCase()];
        let j = i + 1;
        let last = i;
        while (j < tokens.length) {
            const a = tokens[j];
            const b = tokens[j + 1];
            if (a.kind === 'punct' && a.text === '.' && b && (b.kind === 'ident' || (b.kind === 'punct' && b.text === '*'))) {
                path.push(b.kind === 'ident' ? b.text.toLowerCase() : '*');
                last = j + 1;
                j += 2;
            }
            else if (a.kind === 'punct' && a.text === '[') {
                const close = matchingBracket(tokens, j);
                if (close < 0)
                    break;
                const innerTokens = tokens.slice(j + 1, close);
                const only = innerTokens.length === 1 ? innerTokens[0] : undefined;
                path.push(only?.kind === 'string' ? (only.value ?? '').toLowerCase() : '*');
                last = close;
                j = close + 1;
            }
            else
                break;
        }
        const call = calls[calls.length - 1];
        refs.push({ path, start: t.start, end: tokens[last].end, argumentOf: call?.name, callOpen: call?.open, tokens: [i, last] });
    }
    return refs;
}
function matchingBracket(tokens, open) {
    return matching(tokens, open, '[', ']');
}
/** Index of the token closing the bracket opened at `open`, or -1. */
function matching(tokens, open, o, c) {
    let depth = 0;
    for (let k = open; k < tokens.length; k++) {
        const t = tokens[k];
        if (t.kind !== 'punct')
            continue;
        if (t.text === o)
            depth++;
        else if (t.text === c && --depth === 0)
            return k;
    }
    return -1;
}
/** A context pattern such as `github.event.commits.*.message`, split and lower-cased. */
function compilePattern(p) {
    return p
        .toLowerCase()
        .split('.')
        .map((s) => s.trim())
        .filter((s) => s.length > 0);
}
/** Whether `path` reads `pattern` exactly (or something inside it). `*` matches one segment. */
function readsPattern(path, pattern) {
    if (path.length < pattern.length)
        return false;
    return pattern.every((seg, i) => seg === '*' || path[i] === '*' || path[i] === seg);
}
/** Whether `path` is a strict prefix of `pattern`: the whole object holding it is read. */
function containsPattern(path, pattern) {
    if (path.length >= pattern.length)
        return false;
    return path.every((seg, i) => seg === '*' || pattern[i] === '*' || pattern[i] === seg);
}
/** Functions that serialise a whole object into text. */
const SERIALISING_FUNCTIONS = new Set(['tojson', 'join', 'format']);
function pathText(path) {
    return path.join('.');
}

;// CONCATENATED MODULE: ./src/checks/governance/audits/context.ts

function compileWorkflowRules(rules) {
    return {
        untrusted: rules.untrustedContexts.map(compilePattern),
        prHead: rules.prHeadContexts.map(compilePattern),
        spoofable: rules.botConditions.spoofableContexts.map(compilePattern),
        untrustedInputs: rules.untrustedInputs.contexts.map(compilePattern),
        runCheckout: rules.runCheckoutPatterns.map((p) => new RegExp(p, 'gu')),
        githubEnv: rules.githubEnvPatterns.map((p) => new RegExp(p, 'gu')),
        downloadThenRun: rules.downloadThenRun.patterns.map((p) => new RegExp(p, 'giu')),
        botLogin: new RegExp(rules.botConditions.botLoginPattern, 'u'),
    };
}
function hasTrigger(wf, events) {
    const set = new Set(events);
    return [...new Set(wf.triggers.map((t) => t.event).filter((e) => set.has(e)))];
}
function list(items) {
    const q = items.map((i) => `\`${i}\``);
    if (q.length <= 1)
        return q.join('');
    return `${q.slice(0, -1).join(', ')} and ${q[q.length - 1]}`;
}

;// CONCATENATED MODULE: ./src/checks/governance/audits/dangerous-trigger.ts






function auditDangerousTrigger({ wf, rules, compiled }) {
    if (wf.kind !== 'workflow')
        return [];
    const dangerous = wf.triggers.filter((t) => rules.dangerousTriggers.some((d) => d.event === t.event));
    if (dangerous.length === 0)
        return [];
    const events = [...new Set(dangerous.map((t) => t.event))];
    const why = rules.dangerousTriggers.find((d) => d.event === events[0]).why;
    const findings = [];
    const file = wf.file;
    const related = dangerous.map((t) => (0,yaml_file/* nodeSpan */.Vk)(file, t.node));
    const report = (job, step, start, end, what) => {
        const runner = nextExecutingStep(job, step);
        const then = runner
            ? ` Step ${runner.index + 1}${runner.name ? ` (${code(runner.name, 60)})` : ''} then runs code from that checkout.`
            : ' Any later step, build script or local action then runs the PR author\'s code.';
        findings.push(yamlFinding(file, R.dangerousTrigger, start, end, `This ${list(events)} workflow checks out the pull request head (${what}) in job \`${job.id}\`: ${why}.${then} ` +
            'Fix: run untrusted code in a separate `pull_request` workflow (no secrets, read-only token) and hand results over as ' +
            'artifacts to a privileged `workflow_run` workflow that treats them as data; or keep the default checkout of the base branch ' +
            '(drop `ref:`/`repository:`).', {
            title: `Checkout of untrusted PR code in a ${events.join('/')} workflow`,
            fingerprintKey: `${job.id}:${what}`,
            properties: { triggers: events, job: job.id },
            related,
        }));
    };
    for (const job of wf.jobs) {
        for (const step of job.steps) {
            if (rules.checkout.actions.some((a) => usesAction(step.usesText, a))) {
                for (const input of [...rules.checkout.refInputs, ...rules.checkout.repositoryInputs]) {
                    const value = (0,yaml_file/* asScalar */.T7)(file, step.with.get(input.toLowerCase())?.value);
                    if (!value)
                        continue;
                    const decoded = decodeScalar(file, value);
                    let hit = false;
                    for (const expr of findExpressions(decoded)) {
                        const head = contextRefs(tokenize(expr.inner)).find((r) => compiled.prHead.some((p) => readsPattern(r.path, p)));
                        if (head) {
                            report(job, step, expr.start, expr.end, `\`${input}: \${{ ${pathText(head.path)} }}\``);
                            hit = true;
                            break;
                        }
                    }
                    if (!hit && rules.prHeadRefText.some((t) => decoded.text.includes(t))) {
                        const [s, e] = [decoded.offsetAt(0), decoded.offsetAt(decoded.text.length - 1) + 1];
                        report(job, step, s, e, `${code(`${input}: ${decoded.text}`)}`);
                    }
                }
            }
            if (step.run) {
                const decoded = decodeScalar(file, step.run);
                for (const re of compiled.runCheckout) {
                    re.lastIndex = 0;
                    const m = re.exec(decoded.text);
                    if (!m)
                        continue;
                    const s = decoded.offsetAt(m.index);
                    const e = decoded.offsetAt(m.index + m[0].length - 1) + 1;
                    report(job, step, s, e, code(m[0]));
                    break;
                }
            }
        }
    }
    if (findings.length === 0 && rules.reportBareDangerousTrigger) {
        for (const t of dangerous) {
            const range = t.node.range ?? [0, 1];
            findings.push(yamlFinding(file, R.dangerousTrigger, range[0], range[1], `\`${t.event}\` is a dangerous trigger: ${rules.dangerousTriggers.find((d) => d.event === t.event).why}. ` +
                'No step checks out the PR head, but argument, environment (`GITHUB_ENV`) or file injection can still run attacker input. ' +
                'Fix: prefer `pull_request` (or `workflow_call` instead of `workflow_run`), and restrict the trigger with branch filters.', { level: 'notice', title: `Dangerous trigger ${t.event}`, fingerprintKey: `bare:${t.event}` }));
        }
    }
    return findings;
}
/** The first later step in the job that executes code: a `run:` or a local action. */
function nextExecutingStep(job, after) {
    return job.steps.find((s) => s.index > after.index && (s.run || s.usesText?.startsWith('./')));
}

;// CONCATENATED MODULE: ./src/checks/governance/audits/excessive-permissions.ts




function auditExcessivePermissions({ wf, rules }) {
    if (wf.kind !== 'workflow' || !wf.root)
        return [];
    const file = wf.file;
    const findings = [];
    const callerDecides = wf.triggers.length > 0 && wf.triggers.every((t) => rules.permissions.callerDecidesTriggers.includes(t.event));
    const top = wf.permissions;
    if (!top) {
        if (!callerDecides && wf.onEntry) {
            const without = wf.jobs.filter((j) => !j.permissions).map((j) => j.id);
            const [s, e] = (0,yaml_file/* nodeSpan */.Vk)(file, wf.onEntry.key);
            if (without.length > 0) {
                findings.push(yamlFinding(file, R.excessivePermissions, s, e, `The workflow sets no top-level \`permissions:\` and job${without.length > 1 ? 's' : ''} ${list(without.slice(0, 5))}${without.length > 5 ? ' …' : ''} ` +
                    'set none either, so their GITHUB_TOKEN gets the repository default, which can be read and write on every scope. ' +
                    'Fix: add `permissions: {}` (or `contents: read`) at the top of the workflow and grant each job only the scopes it needs.', {
                    title: 'No top-level permissions',
                    fingerprintKey: 'no-top-level',
                    related: wf.jobs.filter((j) => !j.permissions).map((j) => (0,yaml_file/* nodeSpan */.Vk)(file, j.key)),
                }));
            }
            else {
                findings.push(yamlFinding(file, R.excessivePermissions, s, e, 'Every job declares its permissions but the workflow has no top-level `permissions:`, so a job added later gets the ' +
                    'repository default token. Fix: add `permissions: {}` at the top of the workflow.', { level: 'notice', title: 'No top-level permissions', fingerprintKey: 'no-top-level' }));
            }
        }
    }
    else {
        const scalar = (0,yaml_file/* asScalar */.T7)(file, top.value);
        const mode = (0,yaml_file/* scalarText */.ws)(file, scalar)?.trim().toLowerCase();
        if (scalar && mode === 'write-all') {
            const [s, e] = (0,yaml_file/* nodeSpan */.Vk)(file, scalar);
            findings.push(yamlFinding(file, R.excessivePermissions, s, e, '`permissions: write-all` gives every job a token that can push code, publish packages and change settings. ' +
                'Fix: use `permissions: {}` (or `contents: read`) at the top and grant write scopes only in the jobs that need them.', { title: 'write-all permissions', fingerprintKey: 'top:write-all' }));
        }
        const onlyJob = wf.jobs.length === 1 ? wf.jobs[0].id : undefined;
        for (const scope of (0,yaml_file/* entries */.jO)(file, (0,yaml_file/* asMap */.$H)(file, top.value))) {
            if ((0,yaml_file/* scalarText */.ws)(file, scope.value)?.trim().toLowerCase() !== 'write')
                continue;
            const [s] = (0,yaml_file/* nodeSpan */.Vk)(file, scope.key);
            const [, e] = (0,yaml_file/* nodeSpan */.Vk)(file, scope.value);
            findings.push(yamlFinding(file, R.excessivePermissions, s, e, `\`${scope.keyText}: write\` is granted at workflow level, so every job${onlyJob ? ' (and any job added later)' : ''} gets it. ` +
                `Fix: set the top-level \`permissions:\` to \`{}\` or read scopes and move \`${scope.keyText}: write\` into the \`permissions:\` ` +
                `of the job${onlyJob ? ` \`${onlyJob}\`` : 's'} that need${onlyJob ? 's' : ''} it.`, { title: `Workflow-level ${scope.keyText}: write`, fingerprintKey: `top:${scope.keyText}` }));
        }
    }
    for (const job of wf.jobs) {
        const scalar = (0,yaml_file/* asScalar */.T7)(file, job.permissions?.value);
        if (!scalar || (0,yaml_file/* scalarText */.ws)(file, scalar)?.trim().toLowerCase() !== 'write-all')
            continue;
        const [s, e] = (0,yaml_file/* nodeSpan */.Vk)(file, scalar);
        findings.push(yamlFinding(file, R.excessivePermissions, s, e, `Job \`${job.id}\` has \`permissions: write-all\`: its token can push code, publish packages and change settings. ` +
            'Fix: list only the scopes the job needs, e.g. `permissions: { contents: read, pull-requests: write }`.', { title: 'write-all permissions', fingerprintKey: `job:${job.id}:write-all` }));
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/checks/governance/audits/secrets-inherit.ts



function auditSecretsInherit({ wf }) {
    const file = wf.file;
    const findings = [];
    for (const job of wf.jobs) {
        const value = (0,yaml_file/* asScalar */.T7)(file, job.secrets?.value);
        if (!value || (0,yaml_file/* scalarText */.ws)(file, value)?.trim().toLowerCase() !== 'inherit')
            continue;
        const called = (0,yaml_file/* scalarText */.ws)(file, job.uses)?.trim() ?? 'the called workflow';
        const [s, e] = (0,yaml_file/* nodeSpan */.Vk)(file, value);
        findings.push(yamlFinding(file, R.secretsInherit, s, e, `Job \`${job.id}\` passes \`secrets: inherit\` to \`${called}\`: every secret of the repository and organisation reaches it, ` +
            'and nobody can tell from the caller which ones it uses. Fix: replace it with a `secrets:` mapping that forwards only what ' +
            'the workflow declares, e.g. `secrets: { NPM_TOKEN: ${{ secrets.NPM_TOKEN }} }`.', { title: 'secrets: inherit', fingerprintKey: `${job.id}:${called}` }));
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/checks/governance/audits/self-hosted-on-public-trigger.ts




function auditSelfHosted({ wf, rules }) {
    if (wf.kind !== 'workflow')
        return [];
    const publicTriggers = hasTrigger(wf, rules.selfHosted.publicTriggers);
    if (publicTriggers.length === 0)
        return [];
    const file = wf.file;
    const wanted = new Set(rules.selfHosted.labels.map((l) => l.toLowerCase()));
    const findings = [];
    for (const job of wf.jobs) {
        if (!job.runsOn)
            continue;
        for (const label of runnerLabels(file, job, job.runsOn.value)) {
            const text = (0,yaml_file/* scalarText */.ws)(file, label.node)?.trim().toLowerCase();
            if (!text || !wanted.has(text))
                continue;
            const [s, e] = (0,yaml_file/* nodeSpan */.Vk)(file, label.node);
            findings.push(yamlFinding(file, R.selfHostedOnPublicTrigger, s, e, `Job \`${job.id}\` runs on a self-hosted runner (\`${text}\`${label.viaMatrix ? ` via \`matrix.${label.viaMatrix}\`` : ''}) and the workflow ` +
                `is triggered by ${list(publicTriggers)}, which people outside the project can fire: their code or input runs on your machine ` +
                'and can persist there between jobs. Fix: use GitHub-hosted runners for these triggers, or require approval for workflows ' +
                'from outside contributors and use ephemeral (just-in-time) self-hosted runners.', {
                title: 'Self-hosted runner on a public trigger',
                fingerprintKey: `${job.id}:${text}`,
                related: wf.triggers.filter((t) => publicTriggers.includes(t.event)).map((t) => (0,yaml_file/* nodeSpan */.Vk)(file, t.node)),
            }));
        }
    }
    return findings;
}
/** The label scalars of `runs-on:` (string, list, `{group, labels}`, or `${{ matrix.x }}`). */
function runnerLabels(file, job, value) {
    const scalar = (0,yaml_file/* asScalar */.T7)(file, value);
    if (scalar) {
        const text = (0,yaml_file/* scalarText */.ws)(file, scalar) ?? '';
        const m = /^\s*\$\{\{\s*matrix\.([A-Za-z0-9_-]+)\s*\}\}\s*$/.exec(text);
        if (m)
            return matrixValues(file, job, m[1]).map((node) => ({ node, viaMatrix: m[1] }));
        return [{ node: scalar }];
    }
    const seq = (0,yaml_file/* asSeq */.wH)(file, value);
    if (seq)
        return seq.items.flatMap((item) => runnerLabels(file, job, item));
    const map = (0,yaml_file/* asMap */.$H)(file, value);
    if (map)
        return runnerLabels(file, job, (0,yaml_file/* entry */.f_)(file, map, 'labels')?.value ?? null);
    return [];
}
/** Literal values a matrix key takes (its list and `include:` entries). */
function matrixValues(file, job, key) {
    if (!job.matrix)
        return [];
    const out = [];
    const collect = (n) => {
        const s = (0,yaml_file/* asScalar */.T7)(file, n);
        if (s)
            out.push(s);
        const seq = (0,yaml_file/* asSeq */.wH)(file, n);
        if (seq)
            for (const it of seq.items)
                collect(it);
    };
    collect((0,yaml_file/* entry */.f_)(file, job.matrix, key)?.value);
    const include = (0,yaml_file/* asSeq */.wH)(file, (0,yaml_file/* entry */.f_)(file, job.matrix, 'include')?.value);
    for (const item of include?.items ?? [])
        collect((0,yaml_file/* entry */.f_)(file, (0,yaml_file/* asMap */.$H)(file, item), key)?.value);
    return out;
}

;// CONCATENATED MODULE: ./src/checks/governance/audits/template-injection.ts






function auditTemplateInjection({ wf, rules, compiled }) {
    const file = wf.file;
    const inputsUntrusted = wf.kind === 'action' ? rules.untrustedInputs.inActions : hasTrigger(wf, rules.untrustedInputs.triggers).length > 0;
    const safeTypes = new Set(rules.untrustedInputs.safeInputTypes.map((t) => t.toLowerCase()));
    /** Why a context read is attacker-controllable, or null. */
    const taint = (ref) => {
        const serialised = ref.argumentOf !== undefined && SERIALISING_FUNCTIONS.has(ref.argumentOf);
        for (const p of compiled.untrusted) {
            if (readsPattern(ref.path, p) || (serialised && containsPattern(ref.path, p)))
                return { how: 'event' };
        }
        if (!inputsUntrusted)
            return null;
        for (const p of compiled.untrustedInputs) {
            if (readsPattern(ref.path, p)) {
                const name = ref.path[p.length - 1];
                const decl = name && name !== '*' ? wf.inputs.get(name) : undefined;
                if (decl?.type && safeTypes.has(decl.type.toLowerCase()))
                    continue;
                return { how: 'input' };
            }
            if (serialised && containsPattern(ref.path, p))
                return { how: 'input' };
        }
        return null;
    };
    const findings = [];
    for (const site of codeSites(wf, rules.codeInputs)) {
        const decoded = decodeScalar(file, site.scalar);
        for (const expr of findExpressions(decoded)) {
            const refs = contextRefs(tokenize(expr.inner));
            const tainted = refs.map((r) => ({ r, t: taint(r) })).filter((x) => x.t !== null);
            if (tainted.length === 0)
                continue;
            const byEvent = tainted.some((x) => x.t.how === 'event');
            const paths = [...new Set(tainted.map((x) => pathText(x.r.path)))];
            const exprText = `\${{${expr.inner}}}`;
            const fix = envFix(site, tainted[0].r, exprText);
            const where = site.kind === 'run' ? '`run:` script' : `\`${site.input}:\` of \`${site.step.usesText}\``;
            const source = byEvent
                ? 'text that anyone who can open an issue or pull request, comment or push a commit can choose'
                : 'an input whose value the caller or dispatcher chooses';
            findings.push(yamlFinding(file, R.templateInjection, expr.start, expr.end, `\`${exprText.replace(/\s+/g, ' ')}\` is expanded into the ${where} of job \`${site.jobId}\` before it runs; ` +
                `${paths.map((p) => `\`${p}\``).join(', ')} is ${source}, so quotes or \`$(…)\` in it become code. ${fix}`, {
                title: `Template injection of ${paths[0]}`,
                level: byEvent ? undefined : 'warning',
                fingerprintKey: `${site.jobId}:${site.kind}:${paths.join(',')}`,
                properties: { contexts: paths, job: site.jobId, sink: site.kind },
            }));
        }
    }
    return findings;
}
function codeSites(wf, codeInputs) {
    const sites = [];
    for (const job of wf.jobs) {
        for (const step of job.steps) {
            if (step.run)
                sites.push({ step, jobId: job.id, scalar: step.run, kind: 'run' });
            for (const ci of codeInputs) {
                if (!usesAction(step.usesText, ci.uses))
                    continue;
                for (const input of ci.inputs) {
                    const scalar = (0,yaml_file/* asScalar */.T7)(wf.file, step.with.get(input.toLowerCase())?.value);
                    if (scalar)
                        sites.push({ step, jobId: job.id, scalar, kind: 'script', input });
                }
            }
        }
    }
    return sites;
}
/** The env indirection that fixes it, written for the step's shell or script language. */
function envFix(site, ref, exprText) {
    const name = envName(ref.path);
    const value = exprText.replace(/\s+/g, ' ');
    let use;
    if (site.kind === 'script')
        use = `process.env.${name}`;
    else {
        const shell = (site.step.shell ?? '').toLowerCase();
        if (shell.startsWith('pwsh') || shell.startsWith('powershell'))
            use = `$env:${name}`;
        else if (shell.startsWith('cmd'))
            use = `%${name}%`;
        else if (shell.startsWith('python'))
            use = `os.environ["${name}"]`;
        else
            use = `"$${name}"`;
    }
    return (`Fix: add \`${name}: ${value}\` under the step's \`env:\` and use \`${use}\` in the script instead of the expression ` +
        `(not \`\${{ env.${name} }}\`, which is expanded the same way).`);
}
/** `github.event.pull_request.title` → `PR_TITLE`, `github.head_ref` → `HEAD_REF`. */
function envName(path) {
    const parts = path.filter((p) => p !== '*' && p !== 'github' && p !== 'event');
    const tail = parts.slice(-2).map((p) => (p === 'pull_request' ? 'pr' : p));
    const name = tail.join('_').toUpperCase().replace(/[^A-Z0-9_]/g, '_');
    return /^[A-Z_]/.test(name) ? name : `V_${name}`;
}

;// CONCATENATED MODULE: ./src/checks/governance/audits/unpinned-uses.ts




const FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const DOCKER_DIGEST = /@sha256:[0-9a-f]{64}$/;
function auditUnpinnedUses({ wf, rules }) {
    const file = wf.file;
    const allow = rules.unpinnedUses.allowRefPinning;
    const findings = [];
    const check = (scalar, where) => {
        const text = (0,yaml_file/* scalarText */.ws)(file, scalar)?.trim();
        if (!text)
            return;
        const problem = pinningProblem(text, allow);
        if (!problem)
            return;
        const [s, e] = (0,yaml_file/* nodeSpan */.Vk)(file, scalar);
        findings.push(yamlFinding(file, R.unpinnedUses, s, e, `${where}: ${problem}`, {
            title: `Unpinned ${text.slice(0, 80)}`,
            fingerprintKey: text,
            properties: { uses: text },
        }));
    };
    for (const job of wf.jobs) {
        if (job.uses)
            check(job.uses, `Job \`${job.id}\` calls a reusable workflow`);
        for (const step of job.steps) {
            if (step.uses)
                check(step.uses, `Step ${step.index + 1}${job.id.startsWith('(') ? '' : ` of job \`${job.id}\``}`);
        }
    }
    if (wf.actionImage) {
        const image = (0,yaml_file/* scalarText */.ws)(file, wf.actionImage)?.trim() ?? '';
        if (image.startsWith('docker://'))
            check(wf.actionImage, 'The action\'s `runs.image`');
    }
    return findings;
}
/** What is wrong with a `uses:` reference's pinning, or null when it is immutable or allowed. */
function pinningProblem(uses, allowRefPinning) {
    if (uses.startsWith('./') || uses.startsWith('.\\'))
        return null;
    if (uses.startsWith('docker://')) {
        if (DOCKER_DIGEST.test(uses))
            return null;
        return (`\`${uses}\` names a Docker image by a mutable tag, which the registry can point at different content at any time. ` +
            'Fix: pin the image digest, e.g. `docker://alpine:3.20@sha256:<64 hex digits>` (`docker inspect --format "{{.RepoDigests}}" <image>` shows it).');
    }
    const repo = usesRepository(uses);
    const ref = usesRef(uses);
    if (!repo || ref === null || ref === '') {
        return `\`${uses}\` has no \`@<ref>\`; GitHub rejects it. Fix: add \`@<full commit SHA>\` (with the release tag as a comment).`;
    }
    if (FULL_SHA.test(ref))
        return null;
    if (allowRefPinning.some((p) => repoMatches(repo, p)))
        return null;
    const short = /^[0-9a-f]{7,39}$/.test(ref);
    return (`\`${uses}\` is pinned to ${short ? 'an abbreviated SHA, which can collide with a branch or tag name' : `\`${ref}\`, a tag or branch its owner can move`} ` +
        '(moving tags is how the tj-actions/changed-files compromise reached thousands of workflows). ' +
        `Fix: pin the full 40-character commit SHA and keep the version as a comment, e.g. \`uses: ${uses.slice(0, uses.lastIndexOf('@'))}@<commit SHA> # ${ref}\`; ` +
        `or allow \`${repo.split('/')[0]}/*\` in \`checks.governance.allowRefPinning\` if you trust its owner.`);
}
/** `owner/*`, `owner/repo` or `*` against a lower-cased `owner/repo`. */
function repoMatches(repo, pattern) {
    const p = pattern.trim().toLowerCase();
    if (p === '*' || p === '*/*')
        return true;
    const [po, pr] = p.split('/');
    const [ro, rr] = repo.split('/');
    if (po !== '*' && po !== ro)
        return false;
    return pr === undefined || pr === '*' || pr === rr;
}

;// CONCATENATED MODULE: ./src/checks/governance/audits/unsafe-bot-condition.ts




// Only tests that grant something when they hold: `!=` excludes the bot, which spoofing cannot abuse.
const COMPARISONS = new Set(['==']);
const STRING_TESTS = new Set(['contains', 'startswith', 'endswith']);
function auditUnsafeBotCondition({ wf, rules, compiled }) {
    const file = wf.file;
    const findings = [];
    const privileged = hasTrigger(wf, rules.dangerousTriggers.map((d) => d.event));
    const conditions = [];
    for (const job of wf.jobs) {
        if (job.ifNode)
            conditions.push({ scalar: job.ifNode, owner: `job \`${job.id}\`` });
        for (const step of job.steps)
            if (step.ifNode)
                conditions.push({ scalar: step.ifNode, owner: `step ${step.index + 1} of job \`${job.id}\`` });
    }
    for (const { scalar, owner } of conditions) {
        const decoded = decodeScalar(file, scalar);
        const exprs = decoded.text.includes('${{') ? findExpressions(decoded) : [bareExpression(decoded)];
        for (const expr of exprs) {
            const tokens = tokenize(expr.inner);
            for (const ref of contextRefs(tokens)) {
                if (!compiled.spoofable.some((p) => p.length === ref.path.length && p.every((s, i) => s === ref.path[i])))
                    continue;
                const bot = comparedBot(tokens, ref, rules.botConditions.botIds, compiled);
                if (bot === null)
                    continue;
                const s = expr.innerOffset(ref.start);
                const e = expr.innerOffset(ref.end - 1) + 1;
                const ctxText = pathText(ref.path);
                findings.push(yamlFinding(file, R.unsafeBotCondition, s, e, `The \`if:\` of ${owner} trusts \`${ctxText}\` to be the bot \`${bot}\`, but \`${ctxText}\` is whoever triggered the latest ` +
                    'event, not who wrote the code: an attacker can make the bot act on their pull request (e.g. by asking it to rebase) and pass the check' +
                    `${privileged.length ? ` in this ${privileged.map((p) => `\`${p}\``).join('/')} workflow, which holds secrets and a write token` : ''}. ` +
                    `Fix: compare \`${rules.botConditions.saferContext}\` (the pull request's author) instead${privileged.length ? ', and run bot automation on `pull_request`' : ''}.`, { title: `Spoofable bot check on ${ctxText}`, fingerprintKey: `${owner}:${ctxText}:${bot}` }));
            }
        }
    }
    return findings;
}
/** The bot identity compared with `ref` (`== 'x[bot]'`, `endsWith(ref, '[bot]')`…), or null. */
function comparedBot(tokens, ref, botIds, compiled) {
    const isBot = (t) => {
        if (!t)
            return null;
        const v = t.kind === 'string' ? (t.value ?? '') : t.kind === 'number' ? t.text : null;
        if (v === null)
            return null;
        if (compiled.botLogin.test(v) || botIds.includes(v) || v.toLowerCase().includes('[bot]'))
            return v;
        return null;
    };
    const [first, last] = ref.tokens;
    const after = tokens[last + 1];
    const before = tokens[first - 1];
    if (after && after.kind === 'op' && COMPARISONS.has(after.text)) {
        const v = isBot(tokens[last + 2]);
        if (v)
            return v;
    }
    if (before && before.kind === 'op' && COMPARISONS.has(before.text)) {
        const v = isBot(tokens[first - 2]);
        if (v)
            return v;
    }
    if (ref.argumentOf && STRING_TESTS.has(ref.argumentOf) && ref.callOpen !== undefined) {
        const close = matching(tokens, ref.callOpen, '(', ')');
        for (let k = ref.callOpen + 1; k < (close < 0 ? tokens.length : close); k++) {
            const v = isBot(tokens[k]);
            if (v)
                return v;
        }
    }
    return null;
}

;// CONCATENATED MODULE: ./src/checks/governance/audits/github-env.ts





function auditGithubEnv({ wf, rules, compiled }) {
    if (wf.kind !== 'workflow')
        return [];
    const events = [...new Set(wf.triggers.map((t) => t.event).filter((e) => rules.dangerousTriggers.some((d) => d.event === e)))];
    if (events.length === 0)
        return [];
    const findings = [];
    for (const job of wf.jobs) {
        for (const step of job.steps) {
            if (!step.run)
                continue;
            const d = decodeScalar(wf.file, step.run);
            for (const re of compiled.githubEnv) {
                re.lastIndex = 0;
                const m = re.exec(d.text);
                if (!m)
                    continue;
                const target = /GITHUB_PATH/.test(m[0]) ? 'GITHUB_PATH' : 'GITHUB_ENV';
                findings.push(yamlFinding(wf.file, R.githubEnv, d.offsetAt(m.index), d.offsetAt(m.index + m[0].length - 1) + 1, `Step ${step.index + 1} of job \`${job.id}\` writes to \`$${target}\` (${code(m[0], 40)}) in a ${list(events)} workflow: if any part of ` +
                    `the written text comes from the event, an artifact or PR files, the attacker sets ${target === 'GITHUB_PATH' ? 'a PATH entry that shadows commands' : 'variables such as LD_PRELOAD or NODE_OPTIONS'} ` +
                    'for every later step, which run with secrets and a write token. Fix: pass values between steps with `$GITHUB_OUTPUT` and ' +
                    '`steps.<id>.outputs`, or write only literals and values computed from trusted sources.', {
                    title: `Write to ${target} in a privileged workflow`,
                    fingerprintKey: `${job.id}:${step.index}:${target}`,
                    related: wf.triggers.filter((t) => events.includes(t.event)).map((t) => (0,yaml_file/* nodeSpan */.Vk)(wf.file, t.node)),
                }));
                break;
            }
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/checks/governance/audits/insecure-commands.ts



function auditInsecureCommands({ wf, rules }) {
    const file = wf.file;
    const names = new Set(rules.insecureCommandsVariables.map((n) => n.toUpperCase()));
    const envs = [{ env: wf.env, where: 'the workflow' }];
    for (const job of wf.jobs) {
        envs.push({ env: job.env, where: `job \`${job.id}\`` });
        for (const step of job.steps)
            envs.push({ env: step.env, where: `step ${step.index + 1} of job \`${job.id}\`` });
    }
    const findings = [];
    for (const { env, where } of envs) {
        for (const e of (0,yaml_file/* entries */.jO)(file, env ?? null)) {
            if (!names.has(e.keyText.toUpperCase()))
                continue;
            const value = ((0,yaml_file/* scalarText */.ws)(file, e.value) ?? '').trim().toLowerCase();
            if (value === 'false' || value === '0' || value === '')
                continue;
            const [s] = (0,yaml_file/* nodeSpan */.Vk)(file, e.key);
            const [, end] = (0,yaml_file/* nodeSpan */.Vk)(file, e.value ?? e.key);
            findings.push(yamlFinding(file, R.insecureCommands, s, end, `${where[0].toUpperCase()}${where.slice(1)} sets \`${e.keyText}\`, re-enabling the \`::set-env\` and \`::add-path\` commands: any text a step ` +
                'prints (a test name, a dependency\'s log line) can then set environment variables and PATH for later steps. ' +
                'Fix: remove it and write to `$GITHUB_ENV` / `$GITHUB_PATH` (environment files) instead.', { title: 'Insecure workflow commands enabled', fingerprintKey: `${where}:${e.keyText}` }));
        }
    }
    return findings;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/checks/governance/audits/secrets-exposure.ts
/**
 * `governance/overprovisioned-secrets`: an expression reads the whole `secrets` context
 * (`toJSON(secrets)`, `secrets[…]` with a computed key), so the runner receives every secret
 * instead of the ones used (zizmor overprovisioned-secrets).
 * `governance/unredacted-secrets`: `fromJSON(secrets.X).field` — the runner only masks the whole
 * secret, so the extracted field is printed in clear in logs (zizmor unredacted-secrets).
 */




function auditSecretsExposure({ wf }) {
    const file = wf.file;
    const scalars = [];
    (0,dist/* visit */.YR)(file.doc, {
        Scalar(key, node) {
            if (key !== 'key' && typeof node.value === 'string' && node.value.includes('${{'))
                scalars.push(node);
        },
    });
    const findings = [];
    for (const scalar of scalars) {
        if (!(0,dist/* isScalar */.jn)(scalar))
            continue;
        for (const expr of findExpressions(decodeScalar(file, scalar))) {
            const tokens = tokenize(expr.inner);
            for (const ref of contextRefs(tokens)) {
                if (ref.path[0] !== 'secrets')
                    continue;
                const s = expr.innerOffset(ref.start);
                const e = expr.innerOffset(ref.end - 1) + 1;
                if (ref.path.length === 1 || ref.path[1] === '*') {
                    findings.push(yamlFinding(file, R.overprovisionedSecrets, s, e, `\`\${{${expr.inner.replace(/\s+/g, ' ')}}}\` reads the whole \`secrets\` context, so every repository and organisation secret ` +
                        'is sent to the runner, not just the ones this step needs. Fix: reference each secret by name, e.g. `${{ secrets.DEPLOY_KEY }}`.', { title: 'Whole secrets context exposed', fingerprintKey: `all:${expr.inner.trim()}` }));
                    continue;
                }
                if (ref.argumentOf !== 'fromjson' || ref.callOpen === undefined)
                    continue;
                const close = matching(tokens, ref.callOpen, '(', ')');
                const after = tokens[close + 1];
                if (close < 0 || !after || after.kind !== 'punct' || (after.text !== '.' && after.text !== '['))
                    continue;
                findings.push(yamlFinding(file, R.unredactedSecrets, s, e, `\`\${{${expr.inner.replace(/\s+/g, ' ')}}}\` extracts a field from the JSON secret \`${ref.path.slice(0, 2).join('.')}\`: the runner masks ` +
                    'only the whole secret value, so the field appears in clear text in logs. Fix: store each field as its own secret and ' +
                    'reference it by name.', { title: 'Secret field not redacted', fingerprintKey: `field:${expr.inner.trim()}` }));
            }
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/checks/governance/audits/containers.ts



function auditContainers({ wf }) {
    const file = wf.file;
    const findings = [];
    for (const job of wf.jobs) {
        for (const spec of containersOf(wf.file, job)) {
            const map = (0,yaml_file/* asMap */.$H)(file, spec.node);
            const imageNode = map ? (0,yaml_file/* entry */.f_)(file, map, 'image')?.value : spec.node;
            const image = (0,yaml_file/* asScalar */.T7)(file, imageNode);
            const text = (0,yaml_file/* scalarText */.ws)(file, image)?.trim();
            if (image && text && !text.includes('${{')) {
                const problem = imageProblem(text);
                if (problem) {
                    const [s, e] = (0,yaml_file/* nodeSpan */.Vk)(file, image);
                    findings.push(yamlFinding(file, R.unpinnedImages, s, e, `${spec.where} uses image \`${text}\`, ${problem.message}`, {
                        title: `Unpinned image ${text.slice(0, 80)}`,
                        level: problem.level,
                        fingerprintKey: `${job.id}:${text}`,
                    }));
                }
            }
            const creds = (0,yaml_file/* asMap */.$H)(file, (0,yaml_file/* entry */.f_)(file, map, 'credentials')?.value);
            const password = (0,yaml_file/* entry */.f_)(file, creds, 'password');
            const pw = (0,yaml_file/* asScalar */.T7)(file, password?.value);
            const pwText = (0,yaml_file/* scalarText */.ws)(file, pw);
            if (pw && pwText && !pwText.includes('${{')) {
                const [s, e] = (0,yaml_file/* nodeSpan */.Vk)(file, pw);
                findings.push(yamlFinding(file, R.hardcodedContainerCredentials, s, e, `${spec.where} has a registry password written in the workflow: anyone who can read the repository can use it. ` +
                    'Fix: rotate it, store it as a secret and write `password: ${{ secrets.REGISTRY_PASSWORD }}`.', { title: 'Hard-coded container registry password', fingerprintKey: `${job.id}:${spec.where}` }));
            }
        }
    }
    return findings;
}
function containersOf(file, job) {
    const out = [];
    if (job.container)
        out.push({ node: job.container.value, where: `The container of job \`${job.id}\`` });
    for (const svc of (0,yaml_file/* entries */.jO)(file, (0,yaml_file/* asMap */.$H)(file, job.services?.value))) {
        out.push({ node: svc.value, where: `Service \`${svc.keyText}\` of job \`${job.id}\`` });
    }
    return out;
}
/** What is wrong with an image reference's pinning (pure). */
function imageProblem(image) {
    if (/@sha256:[0-9a-f]{64}$/.test(image))
        return null;
    const name = image.replace(/^docker:\/\//, '');
    const lastSlash = name.lastIndexOf('/');
    const colon = name.indexOf(':', lastSlash + 1);
    const tag = colon < 0 ? null : name.slice(colon + 1);
    const fix = 'Fix: pin the image digest, e.g. `image: postgres:16@sha256:<64 hex digits>` (`docker inspect --format "{{.RepoDigests}}" <image>` shows it).';
    if (tag === null || tag === 'latest') {
        return { message: `${tag === null ? 'which has no tag, so it means `latest`:' : 'on the `latest` tag:'} the registry decides what runs, and it changes without notice. ${fix}` };
    }
    return { message: `a tag the registry can re-point at different content. ${fix}`, level: 'notice' };
}

;// CONCATENATED MODULE: ./src/checks/governance/audits/conditions.ts



function auditConditions({ wf }) {
    const file = wf.file;
    const findings = [];
    const conditions = [];
    for (const job of wf.jobs) {
        if (job.ifNode)
            conditions.push({ scalar: job.ifNode, owner: `job \`${job.id}\`` });
        for (const step of job.steps)
            if (step.ifNode)
                conditions.push({ scalar: step.ifNode, owner: `step ${step.index + 1} of job \`${job.id}\`` });
    }
    for (const { scalar, owner } of conditions) {
        if (typeof scalar.value !== 'string')
            continue;
        const d = decodeScalar(file, scalar);
        const value = scalar.value;
        const fenced = findExpressions(d);
        if (fenced.length > 0) {
            const whole = fenced.length === 1 && value.startsWith('${{') && value.endsWith('}}');
            if (!whole) {
                const [s, e] = [fenced[0].start, fenced[fenced.length - 1].end];
                const why = fenced.length === 1 ? 'text outside its `${{ }}` (a block scalar\'s trailing newline counts)' : `${fenced.length} separate \`\${{ }}\` expressions`;
                findings.push(yamlFinding(file, R.unsoundCondition, s, e, `The \`if:\` of ${owner} has ${why}, so GitHub evaluates it as a non-empty string: it is always true. ` +
                    'Fix: write one expression without `${{ }}` (e.g. `if: a && b`), or use a `|-`/`>-` block scalar that drops the trailing newline.', { title: 'Condition is always true', fingerprintKey: `${owner}:unsound` }));
            }
        }
        for (const expr of fenced.length ? fenced : [bareExpression(d)]) {
            const tokens = tokenize(expr.inner);
            tokens.forEach((t, i) => {
                if (t.kind !== 'ident' || t.text.toLowerCase() !== 'contains' || tokens[i + 1]?.text !== '(')
                    return;
                const close = matching(tokens, i + 1, '(', ')');
                const first = tokens[i + 2];
                const comma = tokens[i + 3];
                if (close < 0 || !first || first.kind !== 'string' || comma?.text !== ',')
                    return;
                const second = contextRefs(tokens.slice(i + 4, close))[0];
                if (!second)
                    return;
                const s = expr.innerOffset(t.start);
                const e = expr.innerOffset(tokens[close].end - 1) + 1;
                const items = (first.value ?? '').split(/[\s,]+/).filter(Boolean);
                findings.push(yamlFinding(file, R.unsoundContains, s, e, `The \`if:\` of ${owner} uses \`contains('${first.value}', ${second.path.join('.')})\`, a substring test: any value inside that string ` +
                    `(such as \`${(items[0] ?? '').slice(0, -1) || 'x'}\`) also passes. Fix: test a real list, ` +
                    `\`contains(fromJSON('${JSON.stringify(items)}'), ${second.path.join('.')})\`, or compare with \`==\`.`, { title: 'Substring test used as a list test', fingerprintKey: `${owner}:contains:${first.value}` }));
            });
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/checks/governance/audits/cache-poisoning.ts




function auditCachePoisoning({ wf, rules }) {
    if (wf.kind !== 'workflow')
        return [];
    const cfg = rules.cachePoisoning;
    const file = wf.file;
    const reasons = wf.triggers.filter((t) => cfg.releaseTriggers.includes(t.event)).map((t) => `\`${t.event}\``);
    if (cfg.tagPushIsRelease) {
        for (const t of wf.triggers)
            if (t.event === 'push' && (0,yaml_file/* entry */.f_)(file, (0,yaml_file/* asMap */.$H)(file, t.config), 'tags'))
                reasons.push('`push` of tags');
    }
    if (reasons.length === 0)
        return [];
    const releaseNodes = wf.triggers.filter((t) => cfg.releaseTriggers.includes(t.event) || t.event === 'push').map((t) => (0,yaml_file/* nodeSpan */.Vk)(file, t.node));
    const findings = [];
    for (const job of wf.jobs) {
        for (const step of job.steps) {
            if (!step.uses)
                continue;
            const action = cfg.cachingActions.find((a) => usesAction(step.usesText, a.uses));
            if (!action)
                continue;
            let on = true;
            if (action.input) {
                const v = (0,yaml_file/* scalarText */.ws)(file, step.with.get(action.input.toLowerCase())?.value)?.trim().toLowerCase();
                on = v === undefined ? action.defaultOn : v !== '' && v !== 'false';
            }
            if (!on)
                continue;
            const [s, e] = (0,yaml_file/* nodeSpan */.Vk)(file, step.uses);
            findings.push(yamlFinding(file, R.cachePoisoning, s, e, `Step ${step.index + 1} of job \`${job.id}\` restores a cache (\`${step.usesText}\`${action.input ? ` with \`${action.input}\`` : ''}) in a workflow ` +
                `that publishes (${[...new Set(reasons)].join(', ')}): cache entries can be written by any workflow run with a repository token, so a ` +
                'poisoned entry ends up in the release. Fix: do not restore caches when building releases ' +
                `(${action.input ? `set \`${action.input}: false\`, ` : ''}remove the step, or skip it with \`if:\` on release events).`, { title: 'Cache restored in a release workflow', fingerprintKey: `${job.id}:${step.usesText}`, related: releaseNodes }));
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/checks/governance/audits/uses-policy.ts





function auditUsesPolicy({ wf, rules }) {
    const file = wf.file;
    const { allow, deny } = rules.forbiddenUses;
    const findings = [];
    const check = (scalar) => {
        const text = (0,yaml_file/* scalarText */.ws)(file, scalar)?.trim() ?? '';
        const repo = usesRepository(text);
        if (!repo)
            return;
        const [s, e] = (0,yaml_file/* nodeSpan */.Vk)(file, scalar);
        const denied = deny.find((p) => repoMatches(repo, p));
        if (denied || (allow.length > 0 && !allow.some((p) => repoMatches(repo, p)))) {
            findings.push(yamlFinding(file, R.forbiddenUses, s, e, denied
                ? `\`${text}\` matches \`${denied}\` in the deny-list of allowed actions (checks.governance.denyUses). Fix: replace it with an approved action or a \`run:\` step.`
                : `\`${text}\` is not in the allow-list of actions (checks.governance.allowUses: ${allow.map((a) => `\`${a}\``).join(', ')}). Fix: use an approved action, or get \`${repo}\` reviewed and added to the list.`, { title: `Forbidden action ${repo}`, fingerprintKey: `forbidden:${text}` }));
        }
        const archived = rules.archivedActions.find((p) => repoMatches(repo, p));
        if (archived) {
            findings.push(yamlFinding(file, R.archivedUses, s, e, `\`${text}\` comes from an archived repository (\`${archived}\`): it is read-only and gets no fixes, including security fixes. ` +
                'Fix: replace it with a maintained action (e.g. `ruby/setup-ruby` for `actions/setup-ruby`, `dtolnay/rust-toolchain` for ' +
                '`actions-rs/toolchain`) or a `run:` step using the preinstalled `gh` CLI.', { title: `Archived action ${repo}`, fingerprintKey: `archived:${text}` }));
        }
    };
    for (const job of wf.jobs) {
        if (job.uses)
            check(job.uses);
        for (const step of job.steps)
            if (step.uses)
                check(step.uses);
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/checks/governance/text-span.ts
/** Offsets where each line starts. */
function lineStarts(text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        starts.push(i + 1);
    return starts;
}
/** 1-based line and column of an offset (binary search over line starts). */
function position(starts, offset) {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
}
/** Location of text[index, index + length) (endColumn inclusive) and its first line as a snippet. */
function textSpan(path, text, starts, index, length) {
    const s = position(starts, index);
    const e = position(starts, Math.max(index, index + length - 1));
    const line = text.slice(starts[s.line - 1], (starts[s.line] ?? text.length + 1) - 1).replace(/\r$/, '');
    return {
        location: { path, startLine: s.line, startColumn: s.column, endLine: e.line, endColumn: e.column },
        snippet: line.length > 300 ? `${line.slice(0, 300)}…` : line,
    };
}

;// CONCATENATED MODULE: ./src/checks/governance/audits/download-then-run.ts




const FIX = 'Fix: download to a file, verify it against a pinned checksum or signature (`echo "<sha256>  installer.sh" | sha256sum -c`), then run it; ' +
    'or install a pinned version from a package manager.';
function auditDownloadThenRun({ wf, compiled }) {
    const findings = [];
    for (const job of wf.jobs) {
        for (const step of job.steps) {
            if (!step.run)
                continue;
            const d = decodeScalar(wf.file, step.run);
            for (const m of matches(d.text, compiled.downloadThenRun)) {
                findings.push(yamlFinding(wf.file, R.downloadThenRun, d.offsetAt(m.index), d.offsetAt(m.index + m.text.length - 1) + 1, `Step ${step.index + 1}${job.id.startsWith('(') ? '' : ` of job \`${job.id}\``} runs code straight from the network (${code(m.text, 80)}): ` +
                    `whatever the server returns runs unverified with the job's token and secrets. ${FIX}`, { title: 'Download piped into an interpreter', fingerprintKey: `${job.id}:${m.text}` }));
            }
        }
    }
    return findings;
}
/** The same check over a shell script (positions from the file text). */
function auditScriptDownloadThenRun(path, text, patterns) {
    const starts = lineStarts(text);
    return matches(text, patterns).map((m) => {
        const { location, snippet } = textSpan(path, text, starts, m.index, m.text.length);
        return {
            ruleId: R.downloadThenRun,
            message: `${path} runs code straight from the network (${code(m.text, 80)}): whatever the server returns runs unverified. ${FIX}`,
            location,
            title: 'Download piped into an interpreter',
            snippet,
            fingerprintKey: m.text,
        };
    });
}
function matches(text, patterns) {
    const out = [];
    const seen = new Set();
    for (const re of patterns) {
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text)) {
            if (m[0].length === 0)
                re.lastIndex++;
            else if (!seen.has(m.index)) {
                seen.add(m.index);
                out.push({ index: m.index, text: m[0] });
            }
        }
    }
    return out.sort((a, b) => a.index - b.index);
}

;// CONCATENATED MODULE: ./src/checks/governance/audits/index.ts


















const AUDITS = [
    auditDangerousTrigger,
    auditTemplateInjection,
    auditExcessivePermissions,
    auditUnpinnedUses,
    auditSecretsInherit,
    auditArtipacked,
    auditUnsafeBotCondition,
    auditSelfHosted,
    auditGithubEnv,
    auditInsecureCommands,
    auditSecretsExposure,
    auditContainers,
    auditConditions,
    auditCachePoisoning,
    auditUsesPolicy,
    auditDownloadThenRun,
];
function auditWorkflow(wf, rules, compiled) {
    const findings = wf.problems.map((p) => yamlFinding(wf.file, R.invalidWorkflow, p.start, p.end, `${wf.kind === 'workflow' ? 'Workflow' : 'Action'} ${wf.file.path} is invalid: ${p.message}. Fix it so GitHub can run it and Guardian can audit it.`, { title: `Invalid ${wf.kind}`, fingerprintKey: p.message }));
    // A file that does not parse is not audited further: positions would be guesses.
    if (wf.file.errors.length > 0)
        return findings;
    const input = { wf, rules, compiled };
    for (const audit of AUDITS)
        findings.push(...audit(input));
    return findings;
}

;// CONCATENATED MODULE: ./src/checks/governance/audits/dependabot.ts



function auditDependabot(file) {
    const findings = file.errors.map((e) => yamlFinding(file, R.invalidWorkflow, e.offset, e.endOffset, `Dependabot configuration ${file.path} is invalid: YAML syntax error: ${e.message}. Fix it so Dependabot can read it.`, {
        title: 'Invalid Dependabot configuration',
        fingerprintKey: e.message,
    }));
    if (file.errors.length)
        return findings;
    const updates = (0,yaml_file/* asSeq */.wH)(file, (0,yaml_file/* entry */.f_)(file, (0,yaml_file/* asMap */.$H)(file, file.doc.contents), 'updates')?.value);
    for (const item of updates?.items ?? []) {
        const u = (0,yaml_file/* asMap */.$H)(file, item);
        const setting = (0,yaml_file/* entry */.f_)(file, u, 'insecure-external-code-execution');
        if (!setting || (0,yaml_file/* scalarText */.ws)(file, setting.value)?.trim().toLowerCase() !== 'allow')
            continue;
        const ecosystem = (0,yaml_file/* scalarText */.ws)(file, (0,yaml_file/* entry */.f_)(file, u, 'package-ecosystem')?.value) ?? 'this ecosystem';
        const [s] = (0,yaml_file/* nodeSpan */.Vk)(file, setting.key);
        const [, e] = (0,yaml_file/* nodeSpan */.Vk)(file, setting.value ?? setting.key);
        findings.push(yamlFinding(file, R.dependabotExecution, s, e, `Dependabot may run code from ${ecosystem} dependencies while updating them (\`insecure-external-code-execution: allow\`), with its ` +
            'registry credentials and repository access: one compromised dependency gets both. Fix: remove the line (the default is `deny`).', { title: 'Dependabot external code execution allowed', fingerprintKey: `dependabot:${ecosystem}` }));
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/checks/governance/audits/dockerfile.ts



function auditDockerfile(path, text) {
    const findings = [];
    const starts = lineStarts(text);
    const stages = new Set();
    // FROM's image is its first argument that is not a --flag (`--platform=…`).
    const instruction = /^[ \t]*FROM[ \t]+(?:--\S+[ \t]+)*(\S+)(?:[ \t]+AS[ \t]+(\S+))?/dgim;
    for (let m = instruction.exec(text); m; m = instruction.exec(text)) {
        const image = m[1];
        const stage = m[2];
        if (stage)
            stages.add(stage.toLowerCase());
        if (image.toLowerCase() === 'scratch' || image.includes('$') || stages.has(image.toLowerCase()))
            continue;
        const problem = imageProblem(image);
        if (!problem)
            continue;
        const { location, snippet } = textSpan(path, text, starts, m.indices[1][0], image.length);
        findings.push({
            ruleId: R.unpinnedBaseImage,
            level: problem.level,
            message: `${path} builds FROM \`${image}\`, ${problem.message.replace('`image: postgres:16@sha256:<64 hex digits>`', '`FROM postgres:16@sha256:<64 hex digits>`')}`,
            location,
            title: `Unpinned base image ${image.slice(0, 80)}`,
            snippet,
            fingerprintKey: `from:${image}`,
        });
    }
    return findings;
}

// EXTERNAL MODULE: ./src/checks/governance/options.ts
var options = __webpack_require__(8076);
;// CONCATENATED MODULE: ./src/checks/governance/codeowners.ts
/**
 * GitHub CODEOWNERS: parsing and ownership lookup, following GitHub's documentation (pure).
 *
 * - One rule per line: a pattern, then owners (`@user`, `@org/team`, an e-mail address).
 *   `#` starts a comment (a whole line, or a word after the pattern). A line with invalid
 *   syntax is skipped, as GitHub does, and reported.
 * - Patterns follow gitignore rules except for the three GitHub documents as not working:
 *   `!` negation, `[ ]` character ranges, and `\#` escaping of a leading `#`.
 *   A pattern with a `/` at its start or in its middle is anchored at the repository root;
 *   otherwise it matches at any depth. A trailing `/` matches directories only (everything
 *   beneath them). `*` and `?` never cross `/`; `**` matches any number of directories
 *   (a leading `**` / matches at any depth, a trailing `/**` everything inside). A pattern
 *   that matches a directory owns everything beneath it, except when its last segment is a
 *   lone `*` (`docs/*` owns `docs/a.md`, not `docs/sub/b.md`). Matching is case-sensitive.
 * - The LAST matching rule decides; a matching rule without owners leaves the path unowned.
 *
 * Matching is segment by segment with a small dynamic programme, so no pattern can make it
 * backtrack exponentially.
 */
const USER_OR_TEAM = /^@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\/[A-Za-z0-9][A-Za-z0-9._-]*)?$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
function parseCodeowners(text) {
    const rules = [];
    const errors = [];
    const lines = text.split('\n');
    lines.forEach((raw, i) => {
        const line = raw.replace(/\r$/, '');
        const lineNo = i + 1;
        const words = splitWords(line);
        const first = words[0];
        if (!first || first.text.startsWith('#'))
            return;
        const err = (w, message) => {
            errors.push({ line: lineNo, column: w.start + 1, endColumn: w.end, message });
        };
        const owners = [];
        let bad = false;
        for (const w of words.slice(1)) {
            if (w.text.startsWith('#'))
                break;
            if (!USER_OR_TEAM.test(w.text) && !EMAIL.test(w.text)) {
                err(w, `\`${w.text}\` is not an owner: use \`@user\`, \`@org/team\` or an e-mail address`);
                bad = true;
            }
            owners.push(w.text);
        }
        const problem = patternProblem(first.text);
        if (problem) {
            err(first, problem);
            bad = true;
        }
        if (bad)
            return; // GitHub skips a line with invalid syntax.
        rules.push({
            pattern: first.text,
            owners,
            line: lineNo,
            column: first.start + 1,
            endColumn: first.end,
            matcher: compileCodeownersPattern(first.text),
        });
    });
    return { rules, errors };
}
/** Whitespace-separated words; `\ ` keeps a space inside a word. */
function splitWords(line) {
    const out = [];
    let i = 0;
    while (i < line.length) {
        while (i < line.length && (line[i] === ' ' || line[i] === '\t'))
            i++;
        if (i >= line.length)
            break;
        const start = i;
        while (i < line.length && line[i] !== ' ' && line[i] !== '\t')
            i += line[i] === '\\' && i + 1 < line.length ? 2 : 1;
        out.push({ text: line.slice(start, i), start, end: i });
    }
    return out;
}
function patternProblem(p) {
    if (p.startsWith('!'))
        return `\`${p}\`: negation with \`!\` does not work in CODEOWNERS; list the paths that need owners instead`;
    if (p.startsWith('\\#'))
        return `\`${p}\`: escaping a leading \`#\` does not work in CODEOWNERS`;
    for (let i = 0; i < p.length; i++) {
        if (p[i] === '\\') {
            i++;
            continue;
        }
        if (p[i] === '[' || p[i] === ']')
            return `\`${p}\`: character ranges with \`[ ]\` do not work in CODEOWNERS; write one line per name`;
    }
    if (p === '/')
        return '`/` matches nothing; use `*` to own every file';
    return null;
}
function compileCodeownersPattern(pattern) {
    let p = pattern;
    let dirOnly = false;
    if (p.endsWith('/') && !p.endsWith('\\/')) {
        dirOnly = true;
        p = p.replace(/\/+$/, '');
    }
    let anchored = p.startsWith('/') || p.slice(0, -1).includes('/');
    p = p.replace(/^\/+/, '');
    let segments = p.split('/').filter((s) => s !== '');
    if (segments[0] === '**') {
        // `**/x`: x at any depth.
        anchored = false;
        segments = segments.slice(1);
    }
    if (segments.length > 1 && segments[segments.length - 1] === '**') {
        // `x/**`: everything inside x.
        segments = segments.slice(0, -1);
        dirOnly = true;
    }
    // Collapse runs of `**`.
    segments = segments.filter((s, i) => !(s === '**' && segments[i - 1] === '**'));
    const noDescend = !dirOnly && segments[segments.length - 1] === '*';
    return { anchored, segments, dirOnly, noDescend };
}
/** Whether a compiled pattern owns `path` (a file path, repository-relative, `/`-separated). */
function patternMatches(m, path) {
    const parts = path.split('/').filter((s) => s !== '');
    if (m.segments.length === 0)
        return !m.anchored || m.dirOnly ? parts.length > 0 : false;
    const starts = m.anchored ? [0] : parts.map((_, i) => i);
    for (const s of starts) {
        // ends[k]: the pattern matches parts[s..k) exactly.
        const ends = prefixMatches(m.segments, parts, s);
        for (const k of ends) {
            const isWhole = k === parts.length;
            if (isWhole) {
                if (!m.dirOnly)
                    return true;
            }
            else if (!m.noDescend)
                return true; // parts[s..k) is a directory holding the path
        }
    }
    return false;
}
/** Every k such that segments match parts[start..k) (k > start). */
function prefixMatches(segments, parts, start) {
    // reach[i] = set of part indexes reachable after matching segments[0..i).
    let reach = new Set([start]);
    for (const seg of segments) {
        const next = new Set();
        for (const at of reach) {
            if (seg === '**') {
                for (let k = at; k <= parts.length; k++)
                    next.add(k);
            }
            else if (at < parts.length && globSegment(seg, parts[at]))
                next.add(at + 1);
        }
        reach = next;
        if (reach.size === 0)
            return [];
    }
    return [...reach].filter((k) => k > start);
}
/** One path segment against one glob segment (`*`, `?`, `\` escapes), without backtracking blow-up. */
function globSegment(glob, text) {
    // Tokenise: literal characters, '?' and '*'.
    const toks = [];
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '\\' && i + 1 < glob.length)
            toks.push({ kind: 'lit', c: glob[++i] });
        else if (c === '*') {
            if (toks[toks.length - 1]?.kind !== 'star')
                toks.push({ kind: 'star' });
        }
        else if (c === '?')
            toks.push({ kind: 'any' });
        else
            toks.push({ kind: 'lit', c });
    }
    // Classic greedy wildcard match with a single backtrack point: O(len(glob) * len(text)).
    let t = 0;
    let g = 0;
    let starG = -1;
    let starT = 0;
    while (t < text.length) {
        const tok = toks[g];
        if (tok && (tok.kind === 'any' || (tok.kind === 'lit' && tok.c === text[t]))) {
            g++;
            t++;
        }
        else if (tok && tok.kind === 'star') {
            starG = g++;
            starT = t;
        }
        else if (starG >= 0) {
            g = starG + 1;
            t = ++starT;
        }
        else
            return false;
    }
    while (toks[g]?.kind === 'star')
        g++;
    return g === toks.length;
}
function ownersOf(co, path) {
    for (let i = co.rules.length - 1; i >= 0; i--) {
        const rule = co.rules[i];
        if (patternMatches(rule.matcher, path))
            return { rule, owners: rule.owners };
    }
    return { owners: [] };
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/checks/governance/repo/paths.ts
/** Glob matching (picomatch, the pipeline's glob semantics) and where a file-level finding points. */

/** Matches when any glob matches; never matches for an empty list. */
function globsMatcher(globs, opts = {}) {
    if (globs.length === 0)
        return () => false;
    const ms = globs.map((g) => picomatch_default()(g, { dot: true, nocase: opts.nocase ?? false }));
    return (p) => ms.some((m) => m(p));
}
/**
 * The line a finding about a whole file points at: the first line the PR adds when the file
 * is in the diff (so it is annotated on the PR), else line 1.
 */
function fileAnchorLine(diff, path) {
    const first = diff?.files.get(path)?.addedRanges[0];
    return first ? first[0] : 1;
}

;// CONCATENATED MODULE: ./src/checks/governance/repo/codeowners-check.ts



async function checkCodeowners(input) {
    const out = { findings: [], notes: [], governing: null };
    const { files, diff, rules } = input;
    // Syntax: the working tree's file (the first location present).
    const head = await firstPresent(rules.locations, (p) => files.read(p));
    if (head)
        out.findings.push(...syntaxFindings(head.path, head.bytes, rules.maxBytes));
    // Coverage: the base branch's file under a PR (GitHub's rule), else the working tree's.
    let governing = head;
    if (diff && !diff.unavailable && input.revision === 'base') {
        const revs = [diff.baseRef, diff.mergeBase].filter((r) => !!r);
        let base = null;
        for (const rev of revs) {
            base = await firstPresent(rules.locations, (p) => files.readAtRevision(p, rev));
            if (base)
                break;
        }
        if (base)
            governing = base;
        else if (head)
            out.notes.push(`the base branch has no CODEOWNERS; coverage was checked against ${head.path} as this pull request leaves it`);
    }
    if (!governing)
        return out; // file-existence reports a missing CODEOWNERS
    out.governing = governing.path;
    if (governing.bytes.length >= rules.maxBytes)
        return out; // GitHub ignores it; reported by syntax
    const co = parseCodeowners(governing.bytes.toString('utf8').replace(/^\uFEFF/, ''));
    const fromBase = governing !== head;
    let reported = 0;
    let uncovered = 0;
    const all = [...input.targets.map((p) => ({ path: p, deleted: false })), ...input.deleted.map((p) => ({ path: p, deleted: true }))];
    for (const { path, deleted } of all) {
        const own = ownersOf(co, path);
        if (own.owners.length > 0)
            continue;
        uncovered++;
        if (reported >= rules.maxFindings)
            continue;
        reported++;
        const why = own.rule
            ? `its last matching rule, \`${own.rule.pattern}\` on line ${own.rule.line} of ${governing.path}${fromBase ? ' (base branch)' : ''}, lists no owners`
            : `no rule in ${governing.path}${fromBase ? ' (base branch)' : ''} matches it`;
        const f = {
            ruleId: R.codeownersCoverage,
            message: `${path}${deleted ? ' (deleted by this PR)' : ''} has no code owner: ${why}, so nobody is required to review changes to it. ` +
                `Fix: add a rule to ${head?.path ?? governing.path} that covers it (e.g. \`${suggestPattern(path)} @org/team\`), or a catch-all \`* @org/maintainers\` at the top.`,
            title: 'File without a code owner',
            fingerprintKey: `unowned:${path}`,
            properties: { path, codeowners: governing.path, ...(own.rule ? { rule: own.rule.pattern, ruleLine: own.rule.line } : {}) },
        };
        // Deleted files and files the PR only renames have no line to annotate.
        const line = deleted ? null : codeowners_check_anchor(diff, path);
        if (line !== null)
            f.location = { path, startLine: line };
        out.findings.push(f);
    }
    if (uncovered > reported)
        out.notes.push(`${uncovered} file(s) have no code owner; the first ${reported} are reported`);
    return out;
}
function codeowners_check_anchor(diff, path) {
    const cf = diff?.files.get(path);
    if (!diff || diff.unavailable || !cf)
        return 1;
    if (cf.wholeFile)
        return 1;
    return cf.addedRanges.length ? fileAnchorLine(diff, path) : null;
}
function syntaxFindings(path, bytes, maxBytes) {
    if (bytes.length >= maxBytes) {
        return [
            {
                ruleId: R.codeownersSyntax,
                message: `${path} is ${bytes.length} bytes; GitHub does not load a CODEOWNERS file of ${maxBytes} bytes or more, so no owner is requested for review. Fix: consolidate rules with wildcard patterns.`,
                location: { path, startLine: 1 },
                title: 'CODEOWNERS too large',
            },
        ];
    }
    const co = parseCodeowners(bytes.toString('utf8').replace(/^\uFEFF/, ''));
    return co.errors.map((e) => ({
        ruleId: R.codeownersSyntax,
        message: `${e.message}. GitHub skips this line, so the paths it names get no owner from it.`,
        location: { path, startLine: e.line, startColumn: e.column, endLine: e.line, endColumn: e.endColumn },
        title: 'Invalid CODEOWNERS line',
        fingerprintKey: e.message,
    }));
}
async function firstPresent(locations, read) {
    for (const path of locations) {
        const bytes = await read(path);
        if (bytes)
            return { path, bytes };
    }
    return null;
}
/** A CODEOWNERS pattern owning the file's directory (or the file at the root). */
function suggestPattern(path) {
    const slash = path.lastIndexOf('/');
    return slash < 0 ? `/${path}` : `/${path.slice(0, slash)}/`;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/checks/governance/repo/file-probe.ts
/**
 * Size, first bytes and contents of repository files, fast. When RepoFiles reads the working
 * tree (`readsWorkingTree`), files are read directly with synchronous calls on one descriptor
 * opened with O_NOFOLLOW (a PR could point a symlink at runner secrets), so a large file's size
 * is known before any byte is read. Otherwise everything goes through `RepoFiles.read()`.
 * Either way callers iterate with {@link prefetch}, which keeps a bounded number of reads in
 * flight and yields results in order.
 */


function probeFor(files) {
    return files.readsWorkingTree ? directProbe(files.root) : repoProbe(files);
}
/** Through RepoFiles.read() (whole files). */
function repoProbe(files) {
    return {
        async sniff(path, n) {
            const buf = await files.read(path);
            return buf ? { size: buf.length, head: buf.subarray(0, n) } : null;
        },
        async read(path, max) {
            const buf = await files.read(path);
            if (!buf)
                return null;
            return buf.length > max ? { tooLarge: buf.length } : { bytes: buf };
        },
    };
}
const NOFOLLOW = external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NOFOLLOW ?? 0);
/** Straight from the working tree under `root`. */
function directProbe(root) {
    const withFile = (path, fn) => {
        let fd;
        try {
            fd = (0,external_node_fs_.openSync)((0,external_node_path_.join)(root, path), NOFOLLOW);
        }
        catch {
            return null;
        }
        try {
            const st = (0,external_node_fs_.fstatSync)(fd);
            return st.isFile() ? fn(fd, st.size) : null;
        }
        catch {
            return null;
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    };
    return {
        async sniff(path, n) {
            return withFile(path, (fd, size) => {
                const head = Buffer.alloc(Math.min(n, size));
                const got = head.length ? (0,external_node_fs_.readSync)(fd, head, 0, head.length, 0) : 0;
                return { size, head: head.subarray(0, got) };
            });
        },
        async read(path, max) {
            return withFile(path, (fd, size) => {
                if (size > max)
                    return { tooLarge: size };
                const bytes = Buffer.alloc(size);
                let off = 0;
                while (off < size) {
                    const got = (0,external_node_fs_.readSync)(fd, bytes, off, size - off, off);
                    if (got <= 0)
                        break;
                    off += got;
                }
                return { bytes: bytes.subarray(0, off) };
            });
        },
    };
}
/** Runs `fn` over `items` with at most `window` calls in flight, yielding results in order. */
async function* prefetch(items, fn, window = 16) {
    const queue = [];
    let next = 0;
    while (next < items.length && queue.length < window)
        queue.push(fn(items[next++]));
    for (let i = 0; i < items.length; i++) {
        const value = await queue.shift();
        if (next < items.length)
            queue.push(fn(items[next++]));
        yield [items[i], value];
    }
}

// EXTERNAL MODULE: ./src/core/bounded-regex.ts
var bounded_regex = __webpack_require__(2976);
;// CONCATENATED MODULE: ./src/checks/governance/repo/content-rules.ts





async function scanContentRules(probe, targets, rules, diff, signal) {
    const compiled = [
        ...rules.fileContents.map((rule) => compile(rule, 'contents')),
        ...rules.fileNotContents.map((rule) => compile(rule, 'not-contents')),
    ];
    const result = { findings: [], notes: [], filesScanned: 0 };
    if (compiled.length === 0)
        return result;
    const cfg = rules.contentScan;
    const patterns = compiled.map((c) => ({ id: `${c.kind}:${c.rule.name}`, regex: new RegExp(c.rule.pattern, `${c.rule.flags}g`) }));
    const matcher = new bounded_regex/* BoundedMatcher */.i(patterns, { fileTimeoutMs: cfg.regexTimeoutMs, batchTimeoutMs: cfg.batchTimeoutMs, maxMatches: cfg.maxMatchesPerFile });
    const skippedLarge = [];
    const skippedBinary = [];
    let batch = [];
    let batchBytes = 0;
    const flush = () => {
        if (batch.length === 0)
            return;
        const hits = matcher.scan(batch);
        batch.forEach((file, fi) => {
            file.patterns.forEach((p, k) => {
                const h = hits[fi][k];
                if (h)
                    result.findings.push(...toFindings(compiled[p], file, h, diff));
            });
        });
        batch = [];
        batchBytes = 0;
    };
    const selectedFor = new Map();
    for (const path of targets) {
        const selected = compiled.flatMap((c, i) => (c.select(path) && !c.ignore(path) ? [i] : []));
        if (selected.length)
            selectedFor.set(path, selected);
    }
    for await (const [path, read] of prefetch([...selectedFor.keys()], (p) => probe.read(p, cfg.maxFileBytes))) {
        if (signal?.aborted)
            break;
        if (!read)
            continue;
        if ('tooLarge' in read) {
            skippedLarge.push(path);
            continue;
        }
        const buf = read.bytes;
        const selected = selectedFor.get(path);
        if (buf.subarray(0, 8000).includes(0)) {
            skippedBinary.push(path);
            continue;
        }
        const text = buf.toString('utf8').replace(/^\uFEFF/, '');
        batch.push({ path, text, patterns: selected });
        batchBytes += text.length;
        result.filesScanned++;
        if (batch.length >= cfg.batchSize || batchBytes >= 8 * 1024 * 1024)
            flush();
    }
    flush();
    for (const t of matcher.timeouts) {
        const [kind, name] = t.patternId.split(':');
        result.findings.push({
            ruleId: kind === 'contents' ? R.fileContents : R.fileNotContents,
            level: 'warning',
            message: `The pattern of content rule \`${name}\` took longer than ${cfg.regexTimeoutMs} ms on ${t.path} and was stopped; it was not ` +
                'applied to the remaining files. Fix: simplify it (avoid nested quantifiers such as `(a+)+` and overlapping alternatives) or narrow its `paths`.',
            location: { path: t.path, startLine: fileAnchorLine(diff, t.path) },
            title: `Content rule ${name} timed out`,
            fingerprintKey: `timeout:${name}`,
        });
    }
    if (skippedLarge.length)
        result.notes.push(`content rules skipped ${skippedLarge.length} file(s) over ${cfg.maxFileBytes} bytes: ${preview(skippedLarge)}`);
    if (skippedBinary.length)
        result.notes.push(`content rules skipped ${skippedBinary.length} binary file(s): ${preview(skippedBinary)}`);
    return result;
}
function compile(rule, kind) {
    return { rule, kind, select: globsMatcher(rule.paths), ignore: globsMatcher(rule.ignore) };
}
function toFindings(c, file, hits, diff) {
    const { rule } = c;
    if (c.kind === 'contents') {
        if (hits.length > 0)
            return [];
        return [
            {
                ruleId: R.fileContents,
                message: `${file.path} does not contain the text required by content rule \`${rule.name}\` (/${rule.pattern}/${rule.flags}). ` +
                    `Fix: ${rule.message ?? 'add it (see the rule in checks.governance.fileContents)'}.`,
                location: { path: file.path, startLine: fileAnchorLine(diff, file.path) },
                title: `Missing required content (${rule.name})`,
                fingerprintKey: `missing:${rule.name}`,
                properties: { rule: rule.name },
            },
        ];
    }
    const lines = lineStarts(file.text);
    const out = [];
    for (let i = 0; i < hits.length; i += 2) {
        const index = hits[i];
        const len = hits[i + 1];
        const { location, snippet } = textSpan(file.path, file.text, lines, index, len);
        out.push({
            ruleId: R.fileNotContents,
            message: `${file.path} contains text forbidden by content rule \`${rule.name}\` (/${rule.pattern}/${rule.flags}). ` +
                `Fix: ${rule.message ?? 'remove it (see the rule in checks.governance.fileNotContents)'}.`,
            location,
            title: `Forbidden content (${rule.name})`,
            snippet,
            fingerprintKey: `${rule.name}:${file.text.slice(index, index + Math.min(len, 200))}`,
            properties: { rule: rule.name },
        });
    }
    return out;
}
function preview(paths) {
    return paths.slice(0, 5).join(', ') + (paths.length > 5 ? ', …' : '');
}

;// CONCATENATED MODULE: ./src/checks/governance/repo/file-existence.ts


function checkFileExistence(files, requirements) {
    const findings = [];
    const found = new Map();
    // A glob without `**` only matches paths with as many segments as it has: test those alone,
    // so a 100k-file repository costs one pass to bucket paths, not one per glob.
    const byDepth = new Map();
    for (const f of files) {
        const depth = segments(f);
        let bucket = byDepth.get(depth);
        if (!bucket)
            byDepth.set(depth, (bucket = []));
        bucket.push(f);
    }
    for (const req of requirements) {
        let hit;
        for (const glob of req.anyOf) {
            const match = globsMatcher([glob], { nocase: true });
            const candidates = /\*\*|[{(]/.test(glob) ? files : (byDepth.get(segments(glob)) ?? []);
            hit = candidates.find((f) => match(f));
            if (hit)
                break;
        }
        if (hit) {
            found.set(req.id, hit);
            continue;
        }
        const looked = req.anyOf.slice(0, 6).map((g) => `\`${g}\``).join(', ') + (req.anyOf.length > 6 ? ', …' : '');
        findings.push({
            ruleId: R.fileExistence,
            message: `The repository has no ${req.description} (looked for ${looked})${req.why ? `: ${req.why}` : ''}. ` +
                `Fix: ${req.fix || `add one of those files`}.`,
            title: `Missing ${req.description}`,
            fingerprintKey: `missing:${req.id}`,
            properties: { requirement: req.id, anyOf: req.anyOf },
        });
    }
    return { findings, found };
}
function segments(path) {
    let n = 1;
    for (let i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1))
        n++;
    return n;
}

;// CONCATENATED MODULE: ./src/checks/governance/repo/large-binary.ts



/** Whether the file is a binary artifact, and how we know (pure). */
function classifyBinary(path, head, rules) {
    const ext = extensionOf(path);
    const docs = new Set(rules.documentExtensions.map((e) => e.toLowerCase()));
    if (ext && docs.has(ext))
        return null;
    if (head) {
        for (const m of rules.magic) {
            const sig = Buffer.from(m.hex, 'hex');
            if (head.length >= m.offset + sig.length && head.subarray(m.offset, m.offset + sig.length).equals(sig)) {
                // "MZ" alone is weak evidence: require a PE header offset inside the file.
                if (m.hex === '4d5a' && !looksLikePe(head))
                    continue;
                return { type: m.type, by: 'signature' };
            }
        }
    }
    const exts = new Set(rules.extensions.map((e) => e.toLowerCase()));
    if (ext && exts.has(ext))
        return { type: `.${ext} file`, by: 'extension' };
    return null;
}
/** A PE file has "MZ" then, at 0x3c, the offset of a "PE\0\0" signature. */
function looksLikePe(head) {
    if (head.length < 0x40)
        return false;
    const peOffset = head.readUInt32LE(0x3c);
    if (peOffset + 4 > head.length)
        return peOffset < 4096; // header beyond what we read: plausible
    return head.subarray(peOffset, peOffset + 4).equals(Buffer.from('PE\0\0', 'latin1'));
}
function extensionOf(path) {
    const base = path.slice(path.lastIndexOf('/') + 1);
    const dot = base.lastIndexOf('.');
    return dot > 0 ? base.slice(dot + 1).toLowerCase() : null;
}
/** How many bytes signature detection needs. */
function sniffLength(rules) {
    return Math.max(512, ...rules.magic.map((m) => m.offset + m.hex.length / 2));
}
async function checkLargeAndBinary(targets, probe, rules, diff, signal) {
    const findings = [];
    const largeAllowed = globsMatcher(rules.largeFile.allow);
    const binAllowed = globsMatcher(rules.binaryArtifact.allow);
    const sniff = sniffLength(rules.binaryArtifact);
    for await (const [path, sniffed] of prefetch(targets, (p) => probe.sniff(p, sniff))) {
        if (signal?.aborted)
            break;
        if (!sniffed)
            continue;
        const { size, head } = sniffed;
        const line = fileAnchorLine(diff, path);
        if (size > rules.largeFile.maxBytes && !largeAllowed(path)) {
            findings.push({
                ruleId: R.largeFile,
                message: `${path} is ${formatBytes(size)}, over the ${formatBytes(rules.largeFile.maxBytes)} cap: every clone and CI checkout downloads it forever, ` +
                    'even after it is deleted. Fix: keep it out of git (Git LFS, a release asset or a package), or allow its path in ' +
                    '`checks.governance.allowLargeFiles` if it must be versioned.',
                location: { path, startLine: line },
                title: `Large file (${formatBytes(size)})`,
                fingerprintKey: `large:${path}`,
                properties: { bytes: size, maxBytes: rules.largeFile.maxBytes },
            });
        }
        if (binAllowed(path))
            continue;
        const verdict = classifyBinary(path, size > 0 ? head : null, rules.binaryArtifact);
        if (!verdict)
            continue;
        findings.push({
            ruleId: R.binaryArtifact,
            message: `${path} is a committed ${verdict.type} (detected by its ${verdict.by}): reviewers cannot read it, so it can differ from the source ` +
                'or hide malicious code. Fix: build it from source in CI and publish it as a release asset or package; if it must stay, ' +
                'allow its path in `checks.governance.allowBinaries` and record how it was produced.',
            location: { path, startLine: line },
            title: `Binary artifact (${verdict.type})`,
            fingerprintKey: `binary:${path}`,
            properties: { type: verdict.type, detectedBy: verdict.by },
        });
    }
    return findings;
}
function formatBytes(n) {
    if (n >= 1024 * 1024)
        return `${(n / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MiB`;
    if (n >= 1024)
        return `${(n / 1024).toFixed(1).replace(/\.0$/, '')} KiB`;
    return `${n} bytes`;
}

;// CONCATENATED MODULE: ./src/checks/governance/rules-meta.ts

/**
 * GitHub's heading anchor for `### \`governance/<rule>\``: lower-cased text with punctuation
 * other than `-` and `_` removed and spaces turned into `-`.
 */
function readmeAnchor(ruleId) {
    return ruleId
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s_-]/gu, '')
        .replace(/\s/g, '-');
}
const README = 'https://github.com/guardian-ci/guardian';
function rule(id, name, defaultLevel, short, full, help, tags) {
    return { id, name, shortDescription: short, fullDescription: full, help, helpUri: `${README}#${readmeAnchor(id)}`, defaultLevel, tags: ['governance', ...tags] };
}
const RULES = [
    rule(R.dangerousTrigger, 'Untrusted checkout in a privileged workflow', 'error', 'A pull_request_target or workflow_run workflow checks out or fetches the pull request head.', 'Workflows triggered by pull_request_target or workflow_run run with the base repository\'s secrets and a write-capable token. Checking out the pull request head (a ref or SHA from the event, refs/pull/…, gh pr checkout) and then running any build step executes the PR author\'s code with those privileges.', 'Run untrusted code in a `pull_request` workflow without secrets and pass its results as artifacts to a privileged `workflow_run` workflow that treats them as data, or keep the default checkout of the base branch.', ['security', 'workflow']),
    rule(R.templateInjection, 'Template injection', 'error', 'An attacker-controllable expression is expanded inside a script.', '`${{ }}` expressions are substituted into `run:` scripts and `actions/github-script` code before they run. Issue and PR titles and bodies, comments, review bodies, commit messages, branch names and similar contexts are chosen by outsiders, so quotes or `$(…)` in them become shell or JavaScript code.', 'Pass the value through an environment variable of the step (`env: TITLE: ${{ github.event.issue.title }}`) and read it as `"$TITLE"` (or `process.env.TITLE`) in the script.', ['security', 'workflow']),
    rule(R.excessivePermissions, 'Excessive token permissions', 'warning', 'The workflow token has more permissions than its jobs need.', 'Without a top-level `permissions:` block, jobs get the repository\'s default GITHUB_TOKEN permissions, which can be read and write on every scope. `write-all`, and write scopes granted at workflow level, hand write access to every job, including ones added later.', 'Set `permissions: {}` (or `contents: read`) at the top of the workflow and grant write scopes in the `permissions:` of the jobs that need them.', ['security', 'workflow']),
    rule(R.unpinnedUses, 'Action not pinned to a commit SHA', 'error', 'A `uses:` reference is not pinned to an immutable commit SHA or image digest.', 'Tags and branches can be moved by the action\'s owner or by whoever compromises them, changing the code your workflow runs without any change to your repository. Local actions (`./…`) and Docker images pinned by `@sha256:` digest are immutable; owners in the allow-list (GitHub\'s `actions/*` and `github/*` by default) may be pinned by tag.', 'Pin the full 40-character commit SHA and keep the version as a comment (`uses: owner/repo@<sha> # v1.2.3`); let Dependabot or Renovate update it.', ['security', 'supply-chain', 'workflow']),
    rule(R.secretsInherit, 'Secrets inherited by a reusable workflow', 'warning', 'A reusable workflow call passes `secrets: inherit`.', '`secrets: inherit` gives the called workflow every repository and organisation secret, whatever it needs, and hides from reviewers which secrets it really uses.', 'Forward only the secrets the called workflow declares: `secrets: { TOKEN: ${{ secrets.TOKEN }} }`.', ['security', 'workflow']),
    rule(R.artipacked, 'Checkout credentials in an artifact-uploading job', 'warning', 'actions/checkout persists the token in a job that uploads an artifact.', 'By default actions/checkout keeps the job\'s GITHUB_TOKEN on disk (in .git/config before v6). A later upload of the workspace publishes it to anyone who can download the artifact.', 'Set `persist-credentials: false` on the checkout and upload only build outputs.', ['security', 'workflow']),
    rule(R.unsafeBotCondition, 'Spoofable bot condition', 'warning', 'An `if:` trusts `github.actor` (or a similar actor context) to identify a bot.', 'The actor is whoever triggered the latest event, not who wrote the code: an attacker can make a bot act on their pull request and pass a `github.actor == \'dependabot[bot]\'` check.', 'Compare `github.event.pull_request.user.login` (the pull request author) instead, and run bot automation on `pull_request`, not `pull_request_target`.', ['security', 'workflow']),
    rule(R.selfHostedOnPublicTrigger, 'Self-hosted runner on a public trigger', 'error', 'A job runs on a self-hosted runner in a workflow outsiders can trigger.', 'Fork pull requests, comments and issues let people outside the project run code or feed input to the workflow; on a self-hosted runner that code runs on your machine and can persist between jobs.', 'Use GitHub-hosted runners for public triggers; otherwise require approval for outside contributors and use ephemeral (just-in-time) runners.', ['security', 'workflow']),
    rule(R.invalidWorkflow, 'Invalid workflow or action', 'error', 'A workflow or action file does not parse or lacks required keys.', 'A YAML syntax error, duplicate key or missing `on:`/`jobs:`/`runs:` means GitHub refuses to run the file and Guardian cannot audit it.', 'Fix the error at the reported position.', ['workflow']),
    rule(R.githubEnv, 'Environment file write in a privileged workflow', 'warning', 'A step writes to $GITHUB_ENV or $GITHUB_PATH in a pull_request_target or workflow_run workflow.', 'Variables and PATH entries written to the environment files apply to every later step. If the written text comes from the event, an artifact or PR files, an attacker sets LD_PRELOAD, NODE_OPTIONS, BASH_ENV or shadows commands in a job that holds secrets and a write token.', 'Pass values between steps with `$GITHUB_OUTPUT` and `steps.<id>.outputs`, or write only literals and trusted values.', ['security', 'workflow']),
    rule(R.insecureCommands, 'Insecure workflow commands enabled', 'error', 'ACTIONS_ALLOW_UNSECURE_COMMANDS re-enables `::set-env` and `::add-path`.', 'GitHub disabled the `::set-env` and `::add-path` workflow commands in 2020 because any text a step prints can use them to set variables and PATH. The variable turns them back on.', 'Remove the variable and write to `$GITHUB_ENV` / `$GITHUB_PATH` instead.', ['security', 'workflow']),
    rule(R.overprovisionedSecrets, 'Whole secrets context exposed', 'warning', 'An expression reads the whole `secrets` context.', '`toJSON(secrets)` or `secrets[<computed key>]` makes the runner receive every repository and organisation secret instead of the ones a step uses.', 'Reference each secret by name: `${{ secrets.DEPLOY_KEY }}`.', ['security', 'workflow']),
    rule(R.unredactedSecrets, 'Secret field not redacted', 'warning', 'A field is extracted from a JSON secret with `fromJSON(secrets.X).field`.', 'The runner masks only whole secret values in logs; a field extracted from a structured secret is printed in clear text.', 'Store each field as its own secret.', ['security', 'workflow']),
    rule(R.hardcodedContainerCredentials, 'Hard-coded container credentials', 'error', 'A container or service registry password is written in the workflow.', 'A literal `credentials.password` of a job container or service is readable by anyone who can read the repository.', 'Rotate the password, store it as a secret and use `${{ secrets.NAME }}`.', ['security', 'workflow']),
    rule(R.unpinnedImages, 'Unpinned container image', 'warning', 'A job container or service image has no tag, uses `latest`, or is not pinned by digest.', 'Without a digest the registry decides what runs: `latest` and missing tags change without notice (warning), and tags can be re-pointed (notice).', 'Pin the digest: `image: postgres:16@sha256:<digest>`.', ['security', 'supply-chain', 'workflow']),
    rule(R.unsoundContains, 'Substring test used as a list test', 'warning', '`contains()` is given a string where a list was meant.', '`contains(\'refs/heads/main refs/heads/dev\', github.ref)` is a substring test: a branch named `mai` or `dev` passes too.', 'Use `contains(fromJSON(\'["refs/heads/main","refs/heads/dev"]\'), github.ref)` or `==` comparisons.', ['security', 'workflow']),
    rule(R.unsoundCondition, 'Condition is always true', 'error', 'An `if:` is a string template rather than one expression, so it is always true.', 'When an `if:` holds text outside a single `${{ }}` (a `|` block scalar adds a trailing newline; two fenced expressions joined by `&&`), GitHub evaluates a non-empty string, which is truthy: the step or job always runs.', 'Write one expression without `${{ }}` (`if: a && b`), or use `|-`/`>-` block scalars.', ['security', 'workflow']),
    rule(R.cachePoisoning, 'Cache restored in a release workflow', 'warning', 'A workflow that publishes restores a cache.', 'Cache entries can be written by any workflow run with a repository token, including ones a pull request can trigger; a release built from a poisoned cache ships the attacker\'s payload.', 'Do not restore caches in release builds (`cache: false`, remove the step, or skip it on release events).', ['security', 'supply-chain', 'workflow']),
    rule(R.forbiddenUses, 'Action not allowed', 'error', 'A `uses:` is outside the allow-list or inside the deny-list.', 'An opt-in policy (`checks.governance.allowUses` / `denyUses`, `owner/*` or `owner/repo`) of which actions and reusable workflows may run.', 'Use an approved action, or get the action reviewed and added to the allow-list.', ['security', 'supply-chain', 'workflow']),
    rule(R.archivedUses, 'Archived action', 'warning', 'A `uses:` references an archived, unmaintained action repository.', 'Archived repositories are read-only: vulnerabilities in the action or its bundled dependencies are never fixed. The list is data (`workflows.archivedActions`).', 'Replace it with a maintained action or a `run:` step.', ['security', 'supply-chain', 'workflow']),
    rule(R.dependabotExecution, 'Dependabot external code execution', 'warning', 'Dependabot is allowed to run code from dependencies (`insecure-external-code-execution: allow`).', 'Package managers that run code while resolving dependencies then run it with Dependabot\'s registry credentials and repository access.', 'Remove `insecure-external-code-execution: allow` (the default is `deny`).', ['security', 'supply-chain']),
    rule(R.downloadThenRun, 'Download piped into an interpreter', 'warning', 'A script runs code straight from the network (`curl … | bash`).', 'Piping a download into a shell or interpreter (`curl | sh`, `bash <(curl …)`, `iex (iwr …)`) runs whatever the server returns, unverified, with the job\'s token and secrets. Checked in workflow `run:` steps and shell scripts (Scorecard Pinned-Dependencies).', 'Download to a file, verify a pinned checksum or signature, then run it; or install a pinned package.', ['security', 'supply-chain']),
    rule(R.unpinnedBaseImage, 'Unpinned base image', 'warning', 'A Dockerfile `FROM` image is not pinned by digest.', 'Without `@sha256:` the registry decides what the build starts from (no tag or `latest`: warning; a tag: notice). `scratch`, earlier stages and `FROM ${ARG}` are not reported (Scorecard Pinned-Dependencies).', 'Pin the digest: `FROM node:20@sha256:<digest>` (Dependabot and Renovate keep it current).', ['security', 'supply-chain']),
    rule(R.fileExistence, 'Required file missing', 'warning', 'A file every repository should have (license, README, security policy, CODEOWNERS) is missing.', 'A license lets people use and audit the code, a README explains it, a security policy gives reporters a private channel, and CODEOWNERS routes reviews to the people responsible. The list is data (rules/governance.yaml) and configurable.', 'Add the file, or skip the requirement with `checks.governance.skipRequiredFiles`.', ['repository']),
    rule(R.fileContents, 'Required content missing', 'warning', 'A file selected by a content rule does not contain the required text.', 'Content rules (`checks.governance.fileContents`) require text such as a license header in matching files. Patterns run under a time bound.', 'Add the required text, or narrow the rule\'s `paths`.', ['repository']),
    rule(R.fileNotContents, 'Forbidden content', 'error', 'A file contains text a content rule forbids.', 'Content rules (`checks.governance.fileNotContents`) forbid text such as private keys, internal host names or debug flags. Patterns run under a time bound.', 'Remove the text, or narrow the rule\'s `paths`.', ['repository']),
    rule(R.largeFile, 'Large file', 'warning', 'A file is larger than the configured cap.', 'Every clone and CI checkout downloads large blobs forever, even after they are deleted.', 'Use Git LFS, release assets or packages; or allow the path with `checks.governance.allowLargeFiles`.', ['repository']),
    rule(R.binaryArtifact, 'Binary artifact', 'warning', 'An executable or archive is committed to the repository.', 'Binaries (detected by extension and by file signature) cannot be reviewed, can drift from the source and can hide malicious code.', 'Build from source in CI and publish releases; allow expected binaries with `checks.governance.allowBinaries`.', ['security', 'repository']),
    rule(R.codeownersCoverage, 'File without a code owner', 'warning', 'A changed file has no owner in CODEOWNERS.', 'GitHub requests reviews from the owners the last matching CODEOWNERS rule names (read from the base branch). A file no rule covers, or whose last matching rule lists no owners, gets no required reviewer.', 'Add a CODEOWNERS rule for the path, or a catch-all `* @org/maintainers` at the top.', ['repository']),
    rule(R.codeownersSyntax, 'Invalid CODEOWNERS line', 'warning', 'A CODEOWNERS line uses syntax GitHub does not support.', 'GitHub skips lines with `!` negation, `[ ]` character ranges, an escaped leading `#`, or owners that are not `@user`, `@org/team` or e-mail addresses, and ignores a CODEOWNERS file of 3 MB or more.', 'Rewrite the line with supported syntax.', ['repository']),
    rule(R.modelDocumentation, 'Undocumented model element', 'warning', 'A class, property, enumeration or service has no documentation.', 'Model elements are contracts shared across teams; without a `doc.doc` tagged value (or the configured documentation tags) consumers guess their meaning.', 'Add `{doc.doc = \'…\'}` to the element.', ['model']),
    rule(R.modelServiceOwners, 'Service without enough owners', 'warning', 'A Legend service lists fewer owners than required.', 'Services are production endpoints; each needs enough named owners to answer incidents.', 'Add owners to the service\'s `owners:` list.', ['model']),
    rule(R.modelServicePattern, 'Service pattern off convention', 'warning', 'A Legend service URL pattern does not follow the configured convention.', 'Consistent service URL patterns keep routing, access control and discovery predictable.', 'Rename the `pattern:` to match the convention (rules/governance.yaml `models.servicePattern`).', ['model']),
    rule(R.modelPiiTagging, 'Personal data without classification', 'error', 'A property that looks like personal data carries no classification tag.', 'Properties whose names match the configured personal-data list (e.g. ssn, email, dob) must carry a classification stereotype or tagged value so access control and retention can be enforced.', 'Tag the property with a classification (e.g. `<<PII.sensitive>>` or `{classification.level = \'confidential\'}`).', ['model', 'privacy']),
    rule(R.modelNaming, 'Naming convention', 'warning', 'A model element name breaks the naming convention.', 'Types are UpperCamelCase, properties lowerCamelCase, and packages lower-case segments, unless configured otherwise.', 'Rename the element.', ['model']),
    rule(R.modelConstraints, 'Class without constraints', 'warning', 'A class that must declare constraints has none.', 'Classes matching `models.constraintsRequiredFor` carry data-quality rules as constraints.', 'Add a `[ name: <boolean expression> ]` constraint block to the class.', ['model']),
];
const WORKFLOW_RULE_IDS = [
    R.dangerousTrigger,
    R.templateInjection,
    R.excessivePermissions,
    R.unpinnedUses,
    R.secretsInherit,
    R.artipacked,
    R.unsafeBotCondition,
    R.selfHostedOnPublicTrigger,
    R.invalidWorkflow,
    R.githubEnv,
    R.insecureCommands,
    R.overprovisionedSecrets,
    R.unredactedSecrets,
    R.hardcodedContainerCredentials,
    R.unpinnedImages,
    R.unsoundContains,
    R.unsoundCondition,
    R.cachePoisoning,
    R.forbiddenUses,
    R.archivedUses,
    R.dependabotExecution,
    R.downloadThenRun,
    R.unpinnedBaseImage,
];
const REPOSITORY_RULE_IDS = [
    R.fileExistence,
    R.fileContents,
    R.fileNotContents,
    R.largeFile,
    R.binaryArtifact,
    R.codeownersCoverage,
    R.codeownersSyntax,
];
const MODEL_RULE_IDS = [
    R.modelDocumentation,
    R.modelServiceOwners,
    R.modelServicePattern,
    R.modelPiiTagging,
    R.modelNaming,
    R.modelConstraints,
];

// EXTERNAL MODULE: ./src/core/canonical-json.ts
var canonical_json = __webpack_require__(484);
// EXTERNAL MODULE: ./src/data-pack.ts
var data_pack = __webpack_require__(4393);
// EXTERNAL MODULE: ./src/data-pack-yaml.ts
var data_pack_yaml = __webpack_require__(3617);
// EXTERNAL MODULE: ./src/checks/governance/ruleset-schema.ts
var ruleset_schema = __webpack_require__(5590);
;// CONCATENATED MODULE: ./src/checks/governance/ruleset.ts
/**
 * Loads rules/governance.yaml (validated with zod, errors naming file:line:column) and merges
 * the user's options into it: the effective ruleset every audit reads.
 */




const RULESET_FILE = 'rules/governance.yaml';
const PACK = { file: RULESET_FILE, schema: ruleset_schema/* rulesetSchema */.gq };
async function loadRuleset(installDir) {
    const pack = await (0,data_pack/* loadPack */.eC)(installDir, PACK);
    return { ruleset: pack.data, sha256: pack.sha256 };
}
/** Parses and validates ruleset text; throws DataPackError naming file:line:column. */
function parseRuleset(text) {
    return parsePack(text, PACK);
}
/** The data with the user's options applied (pure). */
function applyOptions(r, o) {
    const w = r.workflows;
    const repo = r.repository;
    const existing = new Map(repo.fileExistence.map((f) => [f.id, f]));
    for (const f of o.requiredFiles)
        existing.set(f.id, f);
    for (const id of o.skipRequiredFiles)
        existing.delete(id);
    const extraTriggers = o.dangerousTriggers
        .filter((e) => !w.dangerousTriggers.some((d) => d.event === e))
        .map((event) => ({ event, why: 'your configuration marks it as dangerous (checks.governance.dangerousTriggers)' }));
    return {
        ...r,
        workflows: {
            ...w,
            dangerousTriggers: [...w.dangerousTriggers, ...extraTriggers],
            reportBareDangerousTrigger: o.reportBareDangerousTrigger ?? w.reportBareDangerousTrigger,
            untrustedContexts: uniq([...w.untrustedContexts, ...o.untrustedContexts]),
            unpinnedUses: {
                allowRefPinning: o.requireHashPinning ? [] : uniq([...w.unpinnedUses.allowRefPinning, ...o.allowRefPinning]),
            },
            selfHosted: { ...w.selfHosted, labels: uniq([...w.selfHosted.labels, ...o.selfHostedLabels]) },
            forbiddenUses: { allow: uniq([...w.forbiddenUses.allow, ...o.allowUses]), deny: uniq([...w.forbiddenUses.deny, ...o.denyUses]) },
        },
        repository: {
            ...repo,
            fileExistence: [...existing.values()],
            fileContents: [...repo.fileContents, ...o.fileContents],
            fileNotContents: [...repo.fileNotContents, ...o.fileNotContents],
            contentScan: { ...repo.contentScan, regexTimeoutMs: o.regexTimeoutMs ?? repo.contentScan.regexTimeoutMs },
            largeFile: { maxBytes: o.maxFileBytes ?? repo.largeFile.maxBytes, allow: [...repo.largeFile.allow, ...o.allowLargeFiles] },
            binaryArtifact: {
                ...repo.binaryArtifact,
                extensions: uniq([...repo.binaryArtifact.extensions, ...o.binaryExtensions.map((e) => e.replace(/^\./, ''))]),
                allow: [...repo.binaryArtifact.allow, ...o.allowBinaries],
            },
        },
        models: {
            ...r.models,
            serviceMinOwners: o.modelServiceMinOwners ?? r.models.serviceMinOwners,
            servicePattern: o.modelServicePattern ?? r.models.servicePattern,
            piiNames: o.modelPiiNames ?? r.models.piiNames,
            piiClassifications: uniq([...r.models.piiClassifications, ...o.modelPiiClassifications]),
            constraintsRequiredFor: o.modelConstraintsRequiredFor ?? r.models.constraintsRequiredFor,
        },
    };
}
/** sha256 of the options as canonical JSON (sorted keys), for the evidence bundle. */
function optionsDigest(o) {
    return (0,data_pack/* sha256Hex */.fg)((0,canonical_json/* canonicalJson */.d)(o));
}
function uniq(xs) {
    return [...new Set(xs)];
}

// EXTERNAL MODULE: ./src/git/unified-diff.ts
var unified_diff = __webpack_require__(8616);
;// CONCATENATED MODULE: ./src/checks/governance/models/rules.ts

/** Every (pattern, text) question the rules will ask, so they can be answered in one batch. */
function questions(sources, rules) {
    const out = [];
    for (const el of sources.flatMap((s) => s.elements)) {
        const kind = el._type;
        if (!['class', 'Enumeration', 'association', 'service'].includes(kind))
            continue;
        out.push(['type', el.name]);
        for (const seg of el.package.split('::').filter(Boolean))
            out.push(['package', seg]);
        if (kind === 'class' && rules.constraintsRequiredFor)
            out.push(['constraintsRequiredFor', path(el)]);
        if (kind === 'service')
            out.push(['servicePattern', el.pattern ?? '']);
        for (const p of propertiesOf(el)) {
            out.push(['property', p.name]);
            out.push(['piiNames', p.name]);
        }
        if (kind === 'class')
            for (const q of el.qualifiedProperties ?? [])
                out.push(['property', q.name]);
    }
    return out;
}
function checkModels(sources, rules, test) {
    const findings = [];
    const docTags = new Set(rules.docTags.map((t) => t.toLowerCase()));
    const classifications = new Set(rules.piiClassifications.map((c) => c.toLowerCase()));
    const kinds = new Set(rules.documentKinds);
    for (const src of sources) {
        const reportedPackages = new Set();
        for (const element of src.elements) {
            const el = element;
            const kind = el._type;
            if (!['class', 'Enumeration', 'association', 'service'].includes(kind))
                continue;
            const label = LABELS[kind];
            const full = path(el);
            const at = src.locate(element);
            // Documentation.
            const docKind = kind === 'Enumeration' ? 'enumeration' : kind;
            const serviceDoc = kind === 'service' && (element.documentation ?? '').trim() !== '';
            if (kinds.has(docKind) && !serviceDoc && !documented(el.taggedValues, docTags)) {
                findings.push({
                    ruleId: R.modelDocumentation,
                    message: `${label} \`${full}\` has no documentation. Fix: add ${kind === 'service' ? "`documentation: '…';` or " : ''}` +
                        `\`{${rules.docTags[0] ?? 'doc.doc'} = '…'}\` saying what it represents and how to use it.`,
                    location: at,
                    title: `Undocumented ${label.toLowerCase()} ${el.name}`,
                    fingerprintKey: `doc:${full}`,
                });
            }
            // Naming: the type name and each package segment.
            if (test.matches('type', el.name) === false) {
                findings.push({
                    ruleId: R.modelNaming,
                    message: `${label} name \`${el.name}\` (${full}) does not follow the type naming convention /${rules.naming.type}/. Fix: rename it, e.g. \`${upperCamel(el.name)}\`.`,
                    location: at,
                    title: `Type name ${el.name}`,
                    fingerprintKey: `type:${full}`,
                });
            }
            const badSegments = el.package.split('::').filter((seg) => seg && test.matches('package', seg) === false);
            if (badSegments.length && !reportedPackages.has(el.package)) {
                reportedPackages.add(el.package);
                findings.push({
                    ruleId: R.modelNaming,
                    message: `Package \`${el.package}\` has segment${badSegments.length > 1 ? 's' : ''} ${badSegments.map((s) => `\`${s}\``).join(', ')} that ` +
                        `do${badSegments.length > 1 ? '' : 'es'} not follow the package convention /${rules.naming.package}/. Fix: move the elements to a conforming package, e.g. \`${el.package.split('::').map(lowerSnake).join('::')}\`.`,
                    location: at,
                    title: `Package name ${el.package}`,
                    fingerprintKey: `package:${el.package}`,
                });
            }
            // Properties: naming, documentation, personal data.
            for (const p of propertiesOf(el)) {
                const pat = src.locate(p);
                if (test.matches('property', p.name) === false) {
                    findings.push({
                        ruleId: R.modelNaming,
                        message: `Property \`${p.name}\` of \`${full}\` does not follow the property naming convention /${rules.naming.property}/. Fix: rename it, e.g. \`${lowerCamel(p.name)}\`.`,
                        location: pat,
                        title: `Property name ${p.name}`,
                        fingerprintKey: `prop:${full}.${p.name}`,
                    });
                }
                if (kinds.has('property') && !documented(p.taggedValues, docTags)) {
                    findings.push({
                        ruleId: R.modelDocumentation,
                        message: `Property \`${full}.${p.name}\` has no documentation. Fix: add \`{${rules.docTags[0] ?? 'doc.doc'} = '…'}\` before its name.`,
                        location: pat,
                        title: `Undocumented property ${p.name}`,
                        fingerprintKey: `doc:${full}.${p.name}`,
                    });
                }
                if (test.matches('piiNames', p.name) === true && !classified(p, classifications)) {
                    findings.push({
                        ruleId: R.modelPiiTagging,
                        message: `Property \`${full}.${p.name}\` looks like personal data but carries no classification (${rules.piiClassifications.map((c) => `\`${c}\``).join(', ')}). ` +
                            `Fix: tag it, e.g. \`<<${rules.piiClassifications[0] ?? 'PII'}.sensitive>> ${p.name}: …\`, so access control and retention can be enforced.`,
                        location: pat,
                        title: `Unclassified personal data ${p.name}`,
                        fingerprintKey: `pii:${full}.${p.name}`,
                    });
                }
            }
            if (kind === 'class') {
                for (const q of element.qualifiedProperties ?? []) {
                    if (test.matches('property', q.name) !== false)
                        continue;
                    findings.push({
                        ruleId: R.modelNaming,
                        message: `Derived property \`${q.name}\` of \`${full}\` does not follow the property naming convention /${rules.naming.property}/. Fix: rename it, e.g. \`${lowerCamel(q.name)}\`.`,
                        location: src.locate(q),
                        title: `Property name ${q.name}`,
                        fingerprintKey: `qprop:${full}.${q.name}`,
                    });
                }
                const c = element;
                if (rules.constraintsRequiredFor && test.matches('constraintsRequiredFor', full) === true && (c.constraints ?? []).length === 0) {
                    findings.push({
                        ruleId: R.modelConstraints,
                        message: `Class \`${full}\` must declare at least one constraint (models.constraintsRequiredFor /${rules.constraintsRequiredFor}/) and has none. ` +
                            'Fix: add a constraint block after the class name, e.g. `[ idNotEmpty: $this.id->isNotEmpty() ]`.',
                        location: at,
                        title: `Class ${el.name} without constraints`,
                        fingerprintKey: `constraints:${full}`,
                    });
                }
            }
            // Services: owners and URL pattern.
            if (kind === 'service') {
                const svc = element;
                const owners = ownerCount(svc);
                if (owners < rules.serviceMinOwners) {
                    findings.push({
                        ruleId: R.modelServiceOwners,
                        message: `Service \`${full}\` has ${owners} owner${owners === 1 ? '' : 's'}; at least ${rules.serviceMinOwners} are required so someone can always answer for it. ` +
                            `Fix: list them, e.g. \`owners: ['alice', 'bob'];\` (or a deployment ownership).`,
                        location: at,
                        title: `Service ${el.name} with ${owners} owner(s)`,
                        fingerprintKey: `owners:${full}`,
                    });
                }
                if (test.matches('servicePattern', svc.pattern ?? '') === false) {
                    findings.push({
                        ruleId: R.modelServicePattern,
                        message: `Service \`${full}\` has pattern \`${svc.pattern}\`, which does not follow the URL convention /${rules.servicePattern}/. Fix: use lower-case path segments and {parameters}, e.g. \`${rules_suggestPattern(svc.pattern ?? '')}\`.`,
                        location: at,
                        title: `Service pattern ${svc.pattern}`,
                        fingerprintKey: `pattern:${full}`,
                    });
                }
            }
        }
    }
    return findings;
}
const LABELS = { class: 'Class', Enumeration: 'Enumeration', association: 'Association', service: 'Service' };
function path(el) {
    return el.package ? `${el.package}::${el.name}` : el.name;
}
function propertiesOf(el) {
    if (el._type === 'class')
        return el.properties ?? [];
    if (el._type === 'association')
        return el.properties ?? [];
    return [];
}
function lastSegment(profile) {
    const i = profile.lastIndexOf('::');
    return (i < 0 ? profile : profile.slice(i + 2)).toLowerCase();
}
function tagText(v) {
    return typeof v === 'string' ? v : (v?.value ?? '');
}
function documented(tags, docTags) {
    return (tags ?? []).some((t) => docTags.has(`${lastSegment(t.tag.profile)}.${t.tag.value.toLowerCase()}`) && tagText(t.value).trim() !== '');
}
function classified(p, classes) {
    const hit = (profile, value) => classes.has(lastSegment(profile)) || classes.has(`${lastSegment(profile)}.${value.toLowerCase()}`);
    return (p.stereotypes ?? []).some((s) => hit(s.profile, s.value)) || (p.taggedValues ?? []).some((t) => hit(t.tag.profile, t.tag.value));
}
/** Named owners; a deployment ownership names a managed group and counts as enough. */
function ownerCount(s) {
    if (s.ownership?._type === 'deploymentOwnership')
        return Number.POSITIVE_INFINITY;
    if (s.ownership?._type === 'userListOwnership')
        return new Set(s.ownership.users).size;
    return new Set(s.owners ?? []).size;
}
function words(name) {
    return name
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean);
}
function upperCamel(name) {
    return words(name).map((w) => w[0].toUpperCase() + w.slice(1).toLowerCase()).join('') || name;
}
function lowerCamel(name) {
    const u = upperCamel(name);
    return u[0].toLowerCase() + u.slice(1);
}
function lowerSnake(seg) {
    return words(seg).map((w) => w.toLowerCase()).join('_') || seg;
}
function rules_suggestPattern(p) {
    const segs = p.split('/').filter(Boolean).map((s) => (/^\{.*\}$/.test(s) ? s : words(s).map((w) => w.toLowerCase()).join('-')));
    return `/${segs.join('/')}`;
}

;// CONCATENATED MODULE: ./src/checks/governance/models/index.ts



/** Model files larger than this are not read (a note says which). */
const MAX_MODEL_BYTES = 16 * 1024 * 1024;
async function runModelGovernance(ctx, rules, targets, regexTimeoutMs = 250) {
    const isPure = globsMatcher(rules.pureFiles);
    const isEntity = globsMatcher(rules.entityFiles);
    const paths = targets.filter((p) => isPure(p) || isEntity(p));
    const result = { findings: [], notes: [], modelsChecked: 0 };
    if (paths.length === 0)
        return result;
    // The PURE parser is large: load it only when there are model files.
    const { entitySource, pureSource } = await Promise.all(/* import() */[__webpack_require__.e(692), __webpack_require__.e(515), __webpack_require__.e(95)]).then(__webpack_require__.bind(__webpack_require__, 7095));
    const sources = [];
    for (const path of paths) {
        if (ctx.signal.aborted)
            break;
        const buf = await ctx.files.read(path);
        if (!buf)
            continue;
        if (buf.length > MAX_MODEL_BYTES) {
            result.notes.push(`${path} is over ${MAX_MODEL_BYTES} bytes; model governance skipped it`);
            continue;
        }
        const text = buf.toString('utf8').replace(/^\uFEFF/, '');
        const { source, problems } = isPure(path) ? pureSource(path, text) : entitySource(path, text);
        result.notes.push(...problems.map((p) => `model governance: ${p.message}`));
        if (source)
            sources.push(source);
    }
    result.modelsChecked = sources.length;
    if (sources.length === 0)
        return result;
    const tester = boundedTester(rules, questions(sources, rules), regexTimeoutMs);
    result.findings = checkModels(sources, rules, tester);
    result.notes.push(...tester.notes);
    return result;
}
/** Answers every naming/PII/pattern question in one time-bounded batch. */
function boundedTester(rules, asks, timeoutMs) {
    const order = ['servicePattern', 'piiNames', 'type', 'property', 'package', 'constraintsRequiredFor'];
    const sources = {
        servicePattern: [rules.servicePattern, 'u'],
        piiNames: [rules.piiNames, 'iu'],
        type: [rules.naming.type, 'u'],
        property: [rules.naming.property, 'u'],
        package: [rules.naming.package, 'u'],
        constraintsRequiredFor: [rules.constraintsRequiredFor || '(?!)', 'u'],
    };
    const matcher = new bounded_regex/* BoundedMatcher */.i(order.map((id) => ({ id, regex: new RegExp(sources[id][0], `${sources[id][1]}g`) })), { fileTimeoutMs: timeoutMs, batchTimeoutMs: Math.max(timeoutMs * 4, 1000), maxMatches: 1 });
    const unique = [...new Map(asks.map(([p, t]) => [`${p}\0${t}`, [p, t]])).values()];
    const files = unique.map(([p, t]) => ({ path: `${p}: ${t}`, text: t, patterns: [order.indexOf(p)] }));
    const answers = new Map();
    for (let i = 0; i < files.length; i += 2000) {
        const chunk = files.slice(i, i + 2000);
        const hits = matcher.scan(chunk);
        chunk.forEach((f, k) => {
            const h = hits[k][0];
            answers.set(`${order[f.patterns[0]]}\0${f.text}`, h === null || h === undefined ? null : h.length > 0);
        });
    }
    const notes = matcher.timeouts.map((t) => `model governance: the ${t.patternId} pattern took longer than ${timeoutMs} ms on "${t.path.slice(t.patternId.length + 2, 80)}" and was not applied further`);
    return { matches: (p, t) => answers.get(`${p}\0${t}`) ?? null, notes };
}

;// CONCATENATED MODULE: ./src/checks/governance/index.ts




















/** Workflow files above this size are not parsed (GitHub's own limit is far lower). */
const MAX_WORKFLOW_BYTES = 4 * 1024 * 1024;
const check = {
    meta: {
        id: 'governance',
        title: 'Governance audit',
        description: 'Audits GitHub workflows and actions (dangerous triggers, template injection, token permissions, pinning, secrets, ' +
            'credentials, bot conditions, self-hosted runners), repository rules (required files, content rules, large files, ' +
            'binaries, CODEOWNERS) and Legend model governance.',
        rules: RULES,
    },
    optionsSchema: options/* optionsSchema */.c,
    run: runGovernance,
};
async function runGovernance(ctx) {
    const loaded = await loadRuleset(ctx.installDir);
    const rules = applyOptions(loaded.ruleset, ctx.options);
    const all = await ctx.files.list();
    const present = new Set(all);
    const diff = ctx.diff && !ctx.diff.unavailable ? ctx.diff : null;
    const changed = ctx.scope === 'diff' && diff ? [...diff.files.values()] : null;
    const targets = changed ? changed.filter((c) => c.status !== 'deleted' && present.has(c.path)).map((c) => c.path) : all;
    const deleted = changed ? changed.filter((c) => c.status === 'deleted').map((c) => c.path) : [];
    const findings = [];
    const notes = [];
    const evaluated = new Set();
    const summary = [];
    if (ctx.options.workflows) {
        const n = await auditWorkflows(ctx, rules, targets, findings, notes);
        WORKFLOW_RULE_IDS.forEach((id) => evaluated.add(id));
        summary.push(`${n} workflow/action/CI file${n === 1 ? '' : 's'} audited`);
    }
    if (ctx.options.repository && !ctx.signal.aborted) {
        const n = await repositoryRules(ctx, rules, all, targets, deleted, diff, findings, notes);
        REPOSITORY_RULE_IDS.forEach((id) => evaluated.add(id));
        summary.push(`${n} file${n === 1 ? '' : 's'} checked by repository rules`);
    }
    if (ctx.options.models && !ctx.signal.aborted) {
        const m = await runModelGovernance(ctx, rules.models, targets, rules.repository.contentScan.regexTimeoutMs);
        findings.push(...m.findings);
        notes.push(...m.notes);
        if (m.modelsChecked > 0) {
            MODEL_RULE_IDS.forEach((id) => evaluated.add(id));
            summary.push(`${m.modelsChecked} model file${m.modelsChecked === 1 ? '' : 's'} checked`);
        }
    }
    const output = {
        findings,
        evidence: evidenceFor(findings, evaluated, loaded.sha256, ctx.options),
        summary: summary.join(', ') || 'nothing to check',
        notes,
    };
    if (evaluated.size === 0)
        output.neutralReason = 'workflows, repository and model rules are all disabled';
    return output;
}
async function auditWorkflows(ctx, rules, targets, findings, notes) {
    const isWorkflow = globsMatcher(rules.workflows.workflowFiles);
    const isAction = globsMatcher(rules.workflows.actionFiles);
    const isDependabot = globsMatcher(rules.workflows.dependabot.files);
    const isScript = globsMatcher(rules.workflows.downloadThenRun.scriptFiles);
    const isDockerfile = globsMatcher(rules.workflows.dockerfiles, { nocase: true });
    const paths = targets.filter((p) => isWorkflow(p) || isAction(p) || isDependabot(p) || isScript(p) || isDockerfile(p));
    const compiled = compileWorkflowRules(rules.workflows);
    const diff = ctx.scope === 'diff' && ctx.diff && !ctx.diff.unavailable ? ctx.diff : null;
    let done = 0;
    for (const path of paths) {
        if (ctx.signal.aborted)
            break;
        ctx.progress(done++, paths.length);
        const buf = await ctx.files.read(path);
        if (!buf)
            continue;
        if (buf.length > MAX_WORKFLOW_BYTES) {
            notes.push(`${path} is ${buf.length} bytes; workflow files over ${MAX_WORKFLOW_BYTES} bytes are not audited`);
            continue;
        }
        const kind = isWorkflow(path)
            ? 'workflow'
            : isDependabot(path)
                ? 'Dependabot configuration'
                : isAction(path)
                    ? 'action'
                    : isDockerfile(path)
                        ? 'Dockerfile'
                        : 'script';
        if (buf.subarray(0, 8000).includes(0)) {
            // A binary script or Dockerfile is skipped; a binary YAML file cannot be what it claims.
            if (kind !== 'script' && kind !== 'Dockerfile') {
                findings.push({
                    ruleId: R.invalidWorkflow,
                    message: `${path} is not text (it contains NUL bytes), so GitHub cannot read it as a ${kind}. Fix: replace it with a YAML ${kind} definition.`,
                    location: { path, startLine: 1 },
                    title: `Invalid ${kind}`,
                });
            }
            continue;
        }
        const text = buf.toString('utf8').replace(/^\uFEFF/, '');
        if (kind === 'script') {
            findings.push(...auditScriptDownloadThenRun(path, text, compiled.downloadThenRun));
            continue;
        }
        if (kind === 'Dockerfile') {
            findings.push(...auditDockerfile(path, text));
            continue;
        }
        if (kind === 'Dependabot configuration') {
            findings.push(...auditDependabot((0,yaml_file/* parseYamlFile */.BU)(path, text)));
            continue;
        }
        const model = buildWorkflowModel((0,yaml_file/* parseYamlFile */.BU)(path, text), kind);
        const audited = auditWorkflow(model, rules.workflows, compiled);
        findings.push(...(diff ? anchorInDiff(audited, (p, line) => lineChanged(diff, p, line)) : audited));
    }
    ctx.progress(paths.length, paths.length);
    return paths.length;
}
async function repositoryRules(ctx, rules, all, targets, deleted, diff, findings, notes) {
    const repo = rules.repository;
    findings.push(...checkFileExistence(all, repo.fileExistence).findings);
    const probe = probeFor(ctx.files);
    const content = await scanContentRules(probe, targets, repo, diff, ctx.signal);
    findings.push(...content.findings);
    notes.push(...content.notes);
    findings.push(...(await checkLargeAndBinary(targets, probe, repo, diff, ctx.signal)));
    const co = await checkCodeowners({
        files: ctx.files,
        diff,
        targets,
        deleted,
        revision: ctx.options.codeownersRevision,
        rules: repo.codeowners,
    });
    findings.push(...co.findings);
    notes.push(...co.notes);
    return targets.length;
}
/** Whether the PR adds or changes `line` of `path` (the pipeline's notion of "in the diff"). */
function lineChanged(diff, path, line) {
    const f = diff.files.get(path);
    return !!f && (f.wholeFile || (0,unified_diff/* lineInRanges */.U_)(f.addedRanges, line));
}
/** Passed/warned/failed rule ids and the ruleset digest, for governance.intoto.json. */
function evidenceFor(findings, evaluated, rulesetSha256, options) {
    const defaults = new Map(RULES.map((r) => [r.id, r.defaultLevel]));
    const worst = new Map();
    for (const f of findings) {
        const level = f.level ?? defaults.get(f.ruleId);
        if (!level || level === 'off')
            continue;
        const prev = worst.get(f.ruleId);
        if (prev !== 'error')
            worst.set(f.ruleId, level === 'error' ? 'error' : (prev ?? level));
    }
    const ids = [...evaluated].sort();
    return {
        configuration: [
            { name: RULESET_FILE, digest: { sha256: rulesetSha256 }, mediaType: 'application/yaml' },
            { name: 'checks.governance (effective options)', digest: { sha256: optionsDigest(options) }, mediaType: 'application/json' },
        ],
        passedTests: ids.filter((id) => !worst.has(id)),
        warnedTests: ids.filter((id) => worst.has(id) && worst.get(id) !== 'error'),
        failedTests: ids.filter((id) => worst.get(id) === 'error'),
    };
}


/***/ }),

/***/ 5190:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $H: () => (/* binding */ asMap),
/* harmony export */   BU: () => (/* binding */ parseYamlFile),
/* harmony export */   T7: () => (/* binding */ asScalar),
/* harmony export */   Vk: () => (/* binding */ nodeSpan),
/* harmony export */   _r: () => (/* binding */ nodeLocation),
/* harmony export */   f_: () => (/* binding */ entry),
/* harmony export */   ib: () => (/* binding */ spanLocation),
/* harmony export */   jO: () => (/* binding */ entries),
/* harmony export */   oZ: () => (/* binding */ lineText),
/* harmony export */   wH: () => (/* binding */ asSeq),
/* harmony export */   ws: () => (/* binding */ scalarText)
/* harmony export */ });
/* unused harmony export deref */
/* harmony import */ var _core_yaml_guard_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8156);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/**
 * A YAML file parsed once, with positions: the `yaml` Document API plus a LineCounter, so
 * every node maps back to an exact 1-based line and column (pure).
 */


function parseYamlFile(path, text) {
    const lc = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const tooDeep = (0,_core_yaml_guard_js__WEBPACK_IMPORTED_MODULE_1__/* .yamlNestingProblem */ .B)(text);
    if (tooDeep) {
        lc.addNewLine(0);
        for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
            lc.addNewLine(i + 1);
        const offset = tooDeep.offset;
        return { path, text, lc, doc: (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(''), errors: [{ message: tooDeep.message, offset, endOffset: offset + 1 }] };
    }
    // uniqueKeys: GitHub rejects duplicate keys too. prettyErrors off: we format positions ourselves.
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true, keepSourceTokens: false });
    // An error reported at the end of the file (an unclosed quote or bracket) points at the last
    // character instead, so the location exists in the file.
    const last = Math.max(0, text.trimEnd().length - 1);
    const errors = doc.errors.map((e) => {
        const offset = Math.min(clamp(e.pos[0], text.length), last);
        return { message: firstLine(e.message), offset, endOffset: Math.max(offset + 1, Math.min(clamp(e.pos[1], text.length), last + 1)) };
    });
    return { path, text, lc, doc, errors };
}
function firstLine(s) {
    return (s.split('\n')[0] ?? s).replace(/ at line \d+, column \d+:?$/, '').trim();
}
function clamp(n, len) {
    return Math.max(0, Math.min(n, len));
}
/** Follows aliases (`*anchor`) to the node they stand for; null for missing nodes. */
function deref(file, node, depth = 0) {
    if (node === null || node === undefined)
        return null;
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node)) {
        if (depth > 20)
            return null;
        return deref(file, node.resolve(file.doc), depth + 1);
    }
    return node;
}
function asMap(file, node) {
    const n = deref(file, node);
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(n) ? n : null;
}
function asSeq(file, node) {
    const n = deref(file, node);
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(n) ? n : null;
}
function asScalar(file, node) {
    const n = deref(file, node);
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(n) ? n : null;
}
/** The string value of a scalar (numbers and booleans as text), else undefined. */
function scalarText(file, node) {
    const s = asScalar(file, node);
    if (!s || s.value === null || s.value === undefined)
        return undefined;
    return typeof s.value === 'string' ? s.value : String(s.value);
}
/** Entries of a mapping with scalar keys, in source order. */
function entries(file, map) {
    if (!map)
        return [];
    const out = [];
    for (const item of map.items) {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(item))
            continue;
        const key = asScalar(file, item.key);
        if (!key || key.value === null || key.value === undefined)
            continue;
        out.push({ pair: item, key, keyText: String(key.value), value: deref(file, item.value) });
    }
    return out;
}
/** The entry for `key` (exact, or case-insensitive when `nocase`); no allocation on a miss. */
function entry(file, map, key, nocase = false) {
    if (!map)
        return undefined;
    const want = nocase ? key.toLowerCase() : key;
    for (const item of map.items) {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(item))
            continue;
        const k = item.key;
        const raw = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(k) ? k.value : (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(k) ? asScalar(file, k)?.value : undefined;
        if (raw === null || raw === undefined)
            continue;
        const text = String(raw);
        if ((nocase ? text.toLowerCase() : text) !== want)
            continue;
        return { pair: item, key: asScalar(file, k), keyText: text, value: deref(file, item.value) };
    }
    return undefined;
}
/** [start, end) source offsets of a node, trailing whitespace excluded. */
function nodeSpan(file, node) {
    const range = node?.range;
    if (!range)
        return [0, Math.min(1, file.text.length)];
    let end = Math.min(range[1], file.text.length);
    const start = Math.min(range[0], end);
    while (end > start + 1 && /\s/.test(file.text[end - 1]))
        end--;
    return [start, Math.max(end, start + 1)];
}
/** A 1-based location for source offsets [start, end); endColumn inclusive. */
function spanLocation(file, start, end) {
    const s = file.lc.linePos(start);
    const e = file.lc.linePos(Math.max(start, end - 1));
    return { path: file.path, startLine: s.line, startColumn: s.col, endLine: e.line, endColumn: e.col };
}
function nodeLocation(file, node) {
    const [s, e] = nodeSpan(file, node);
    return spanLocation(file, s, e);
}
/** The text of the source line holding `offset` (for snippets), capped. */
function lineText(file, offset, max = 300) {
    const start = offset <= 0 ? 0 : file.text.lastIndexOf('\n', offset - 1) + 1;
    let end = file.text.indexOf('\n', offset);
    if (end < 0)
        end = file.text.length;
    const line = file.text.slice(start, end).replace(/\r$/, '');
    return line.length > max ? `${line.slice(0, max)}…` : line;
}


/***/ }),

/***/ 2976:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ runBounded),
/* harmony export */   i: () => (/* binding */ BoundedMatcher)
/* harmony export */ });
/* harmony import */ var node_vm__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(714);
/* harmony import */ var node_vm__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_vm__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Regular expressions from untrusted sources (a user's content rule, a PR's schema `pattern`)
 * run under a time bound, so a catastrophic pattern such as `(a+)+$` cannot hang the run.
 *
 * {@link runBounded} calls a function from a script in a `node:vm` context with the `timeout`
 * option: when the bound expires V8 interrupts whatever JavaScript is running, a backtracking
 * regular expression included (irregexp checks for interrupts while it backtracks). Each call
 * starts a watchdog (about 0.3 ms), so many small tests are batched into one call.
 */

const sandbox = node_vm__WEBPACK_IMPORTED_MODULE_0___default().createContext(Object.create(null));
const call = new (node_vm__WEBPACK_IMPORTED_MODULE_0___default().Script)('__fn()', { filename: 'guardian-time-bound.js' });
/** `fn()`, or `{ ok: false }` when it ran out of time; other errors are thrown. Do not nest. */
function runBounded(fn, timeoutMs) {
    sandbox.__fn = fn;
    try {
        return { ok: true, value: call.runInContext(sandbox, { timeout: timeoutMs }) };
    }
    catch (e) {
        if (e.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT')
            return { ok: false };
        throw e;
    }
    finally {
        sandbox.__fn = undefined;
    }
}
/**
 * Matches files in batches under one bound. A batch that runs out of time is re-run file by
 * file and pattern by pattern under the per-file bound; a pattern that exceeds it is reported
 * and dropped for the rest of the run, so the whole scan costs at most
 * (patterns × (batch bound + file bound)) on top of normal matching.
 */
class BoundedMatcher {
    patterns;
    opts;
    /** Patterns dropped after a timeout. */
    dropped = new Set();
    timeouts = [];
    constructor(patterns, opts) {
        this.patterns = patterns;
        this.opts = opts;
        for (const p of patterns)
            if (!p.regex.global)
                throw new Error(`pattern ${p.id} must be compiled with the g flag`);
    }
    /** Matches of every file's patterns (null where a dropped pattern was not evaluated). */
    scan(files) {
        if (files.length === 0)
            return [];
        const batch = runBounded(() => files.map((f) => f.patterns.map((p) => (this.dropped.has(p) ? null : this.matches(p, f.text)))), this.opts.batchTimeoutMs);
        if (batch.ok)
            return batch.value;
        // Too slow as a batch: find the culprit file by file, pattern by pattern.
        return files.map((file) => file.patterns.map((p) => {
            if (this.dropped.has(p))
                return null;
            const one = runBounded(() => this.matches(p, file.text), this.opts.fileTimeoutMs);
            if (one.ok)
                return one.value;
            this.dropped.add(p);
            this.timeouts.push({ patternId: this.patterns[p].id, path: file.path });
            return null;
        }));
    }
    matches(p, text) {
        const re = this.patterns[p].regex;
        const hits = [];
        re.lastIndex = 0;
        let m;
        while (hits.length < 2 * this.opts.maxMatches && (m = re.exec(text)) !== null) {
            hits.push(m.index, m[0].length);
            if (m[0].length === 0)
                re.lastIndex++;
        }
        return hits;
    }
}


/***/ }),

/***/ 3617:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parsePack: () => (/* binding */ parsePack)
/* harmony export */ });
/* harmony import */ var _config_yaml_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2865);
/* harmony import */ var _config_zod_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5079);
/* harmony import */ var _data_pack_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4393);



/** Parses and validates pack text; throws {@link DataPackError} naming file:line:column. */
function parsePack(text, spec) {
    const src = (0,_config_yaml_source_js__WEBPACK_IMPORTED_MODULE_0__/* .parseYamlSource */ .W)(spec.file, text);
    if (src.errors.length)
        throw new _data_pack_js__WEBPACK_IMPORTED_MODULE_2__/* .DataPackError */ .Eg(src.errors);
    const parsed = spec.schema.safeParse(src.value, { reportInput: true });
    if (!parsed.success)
        throw new _data_pack_js__WEBPACK_IMPORTED_MODULE_2__/* .DataPackError */ .Eg((0,_config_zod_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .formatIssues */ .o)(src, spec.schema, parsed.error.issues));
    const cross = spec.crossCheck?.(parsed.data) ?? [];
    if (cross.length) {
        throw new _data_pack_js__WEBPACK_IMPORTED_MODULE_2__/* .DataPackError */ .Eg(cross.map((c) => {
            const pos = (0,_config_yaml_source_js__WEBPACK_IMPORTED_MODULE_0__/* .positionOf */ .d)(src, c.path);
            return `${spec.file}:${pos.line}:${pos.column} ${c.path.join('.')}: ${c.message}`;
        }));
    }
    return parsed.data;
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
