export const id = 998;
export const ids = [998];
export const modules = {

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


/***/ })

};
