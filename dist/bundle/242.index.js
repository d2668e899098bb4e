export const id = 242;
export const ids = [242];
export const modules = {

/***/ 4296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ UsageError)
/* harmony export */ });
/** A mistake in how Guardian was invoked (bad flag, unknown check): the CLI exits 2. */
class UsageError extends Error {
    name = 'UsageError';
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ TOOL_NAME),
/* harmony export */   w: () => (/* binding */ TOOL_VERSION)
/* harmony export */ });
/** Tool identity, kept in one place (matches package.json; a unit test keeps them equal). */
const TOOL_NAME = 'Guardian';
const TOOL_VERSION = '0.1.0';


/***/ })

};
