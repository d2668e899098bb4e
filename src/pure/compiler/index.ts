/** The embedded Legend compiler: PureModelContextData in, the engine's errors and defects out. */
export { compilePureModel, compileResponse, type CompileOutcome, type CompileResult } from './compile.js';
export { toDefect, notSupportedMessage, NOT_SUPPORTED_SUFFIX, type CompileDiagnostic, type Defect } from './diagnostics.js';
export { STDLIB_SIGNATURES, isSupportedFunctionName } from './stdlib.js';
export { AUTO_IMPORTS, PRIMITIVE_TYPES } from './system.js';
