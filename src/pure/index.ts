/**
 * The embedded Legend PURE toolkit: parse grammar text to the engine's protocol JSON and compose it back.
 */
export { parsePureGrammar, type ParsePureGrammarOptions } from './grammar/parse.js';
export * from './protocol/index.js';
export { composePureGrammar, type ComposeOptions } from './composer/compose.js';
export { composeValueSpecification } from './composer/valueSpecification.js';
export {
  CLASSIFIER_PATHS,
  classifierPathOf,
  elementToEntity,
  entitiesToModel,
  entityFilePath,
  entityToElement,
  modelToEntities,
  parseEntityFile,
  serializeEntity,
  type Entity,
} from './entities.js';
