export const id = 584;
export const ids = [584];
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


/***/ })

};
