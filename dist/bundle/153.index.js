export const id = 153;
export const ids = [153];
export const modules = {

/***/ 6153:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   STARTER_CONFIG: () => (/* binding */ STARTER_CONFIG)
/* harmony export */ });
/** The commented starter config `guardian init` writes (data; a test proves it validates). */
const STARTER_CONFIG = `# Guardian configuration — https://github.com/guardian-ci/guardian#configuration
# Every key is optional; delete what you do not need. Unknown keys are errors.

# Start from a preset (rules/presets/*.yaml) or another file in this repository.
# extends: guardian:recommended

# When the verdict fails: on any error (default), on any warning too, or never.
fail-on: error

# diff: on pull requests, only findings on lines the PR adds or changes gate (default).
# all: every finding in the files checked gates.
scope: diff

# Files no gate looks at (gitignore syntax; .gitignore and .guardianignore also apply).
ignore:
  - "vendor/**"

checks:
  placeholders:
    enabled: true
    # Per-rule level: error | warning | notice | off
    # rules:
    #   todo: warning
    #   fixme: { level: error, ignore: ["docs/**"] }

  governance:
    enabled: true

  contracts:
    enabled: true

  compile:
    enabled: true

# Accepted findings. A reason is required; after \`expires\` the exception stops applying
# and is itself reported.
# exceptions:
#   - rule: placeholders/todo
#     paths: ["legacy/**"]
#     reason: "Legacy module, tracked in #123"
#     expires: 2027-06-30
`;


/***/ })

};
