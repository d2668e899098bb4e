// Entry bundled by bench/pure.mjs: the embedded parser and compiler, nothing else.
export { parsePureGrammar } from '../src/pure/index.js';
export { compilePureModel } from '../src/pure/compiler/compile.js';
