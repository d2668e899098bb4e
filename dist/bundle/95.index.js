export const id = 95;
export const ids = [95];
export const modules = {

/***/ 7095:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   entitySource: () => (/* binding */ entitySource),
/* harmony export */   pureSource: () => (/* binding */ pureSource)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _pure_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2515);
/* harmony import */ var _yaml_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5190);
/**
 * Model elements from the two places Legend models live, each with a way back to exact source
 * positions: PURE grammar files (the embedded parser's sourceInformation) and SDLC entity files
 * (`{path, classifierPath, content}` JSON, positions from a YAML/JSON parse of the same text).
 */



/** Sections the embedded parser cannot read yet are blanked (positions kept) and reported. */
function pureSource(path, text) {
    const problems = [];
    let input = text;
    for (let attempt = 0; attempt < 50; attempt++) {
        try {
            const data = (0,_pure_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePureGrammar */ .DI)(input, { sourceId: path });
            const elements = data.elements.filter((e) => e._type !== 'sectionIndex');
            return { source: { path, elements, locate: (obj) => pureLocation(path, obj) }, problems };
        }
        catch (e) {
            const section = e instanceof _pure_index_js__WEBPACK_IMPORTED_MODULE_1__/* .EngineError */ .NJ ? unsupportedSection(e.message) : null;
            const si = e instanceof _pure_index_js__WEBPACK_IMPORTED_MODULE_1__/* .EngineError */ .NJ ? e.sourceInformation : undefined;
            if (section && si) {
                const blanked = blankSection(input, si.startLine);
                if (blanked !== input) {
                    problems.push({ path, message: `the ###${section} section at line ${si.startLine} was not checked: the embedded parser does not read it yet` });
                    input = blanked;
                    continue;
                }
            }
            const where = si ? `:${si.startLine}:${si.startColumn}` : '';
            problems.push({ path, message: `${path}${where} could not be parsed (${e instanceof Error ? e.message : String(e)}); the compile check reports it` });
            return { problems };
        }
    }
    return { problems };
}
function unsupportedSection(message) {
    const m = /^Section '###(\w+)' is not supported|^'(\w+)' is not a known section parser/.exec(message);
    return m ? (m[1] ?? m[2] ?? null) : null;
}
/** Replaces the section whose header is on `line` (up to the next `###` header) with spaces. */
function blankSection(text, line) {
    const lines = text.split('\n');
    if (line < 1 || line > lines.length || !lines[line - 1].trimStart().startsWith('###'))
        return text;
    let end = line;
    while (end < lines.length && !lines[end].trimStart().startsWith('###'))
        end++;
    for (let i = line - 1; i < end; i++)
        lines[i] = lines[i].replace(/[^\r]/g, ' ');
    return lines.join('\n');
}
function pureLocation(path, obj) {
    const si = obj.sourceInformation;
    if (!si)
        return { path, startLine: 1 };
    // A multi-line element is reported at its first line (its whole body would be annotated otherwise).
    if (si.endLine !== si.startLine)
        return { path, startLine: si.startLine, startColumn: si.startColumn };
    return { path, startLine: si.startLine, startColumn: si.startColumn, endLine: si.endLine, endColumn: si.endColumn };
}
const ENTITY_TYPES = new Set(['class', 'Enumeration', 'association', 'profile', 'service', 'concreteFunctionDefinition']);
/** An SDLC entity file; null when the JSON is not an entity of a kind governance reads. */
function entitySource(path, text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (e) {
        return { problems: [{ path, message: `${path} is not valid JSON (${e.message}); not checked` }] };
    }
    const content = value?.content;
    if (!content || typeof content !== 'object' || typeof content._type !== 'string' || !ENTITY_TYPES.has(content._type))
        return { problems: [] };
    const file = (0,_yaml_file_js__WEBPACK_IMPORTED_MODULE_2__/* .parseYamlFile */ .BU)(path, text);
    const nodes = new WeakMap();
    if (file.errors.length === 0)
        pair(value, file.doc.contents, nodes);
    return {
        source: { path, elements: [content], locate: (obj) => jsonLocation(file, nodes, obj) },
        problems: [],
    };
}
/** Walks the JSON value and its YAML node together, remembering each object's node. */
function pair(value, node, nodes) {
    if (!node || value === null || typeof value !== 'object')
        return;
    if (Array.isArray(value) && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
        value.forEach((v, i) => pair(v, node.items[i], nodes));
    }
    else if (!Array.isArray(value) && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
        nodes.set(value, node);
        for (const it of node.items) {
            const key = it.key?.value;
            if (typeof key === 'string')
                pair(value[key], it.value, nodes);
        }
    }
}
function jsonLocation(file, nodes, obj) {
    const node = nodes.get(obj);
    if (!node || !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
        return { path: file.path, startLine: 1 };
    const name = (0,_yaml_file_js__WEBPACK_IMPORTED_MODULE_2__/* .entry */ .f_)(file, node, 'name') ?? (0,_yaml_file_js__WEBPACK_IMPORTED_MODULE_2__/* .entry */ .f_)(file, node, 'pattern');
    return (0,_yaml_file_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeLocation */ ._r)(file, name?.value ?? node);
}


/***/ })

};
