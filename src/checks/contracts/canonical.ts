import { canonicalJson } from '../../core/canonical-json.js';

export { canonicalJson };

/** Structural equality of JSON values (key order ignored). */
export function deepEqual(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}
