/**
 * TypeScript types for Legend's protocol JSON (PureModelContextData and its elements), shaped exactly as the
 * Legend engine's `grammarToJson` emits them. Every union is discriminated by `_type`.
 */
export * from './sourceInformation.js';
export * from './engineError.js';
export * from './valueSpecification.js';
export * from './domain.js';
export * from './data.js';
export * from './mapping.js';
export * from './runtime.js';
export * from './service.js';
export * from './relational.js';
export * from './context.js';
