/** A mistake in how Guardian was invoked (bad flag, unknown check): the CLI exits 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
