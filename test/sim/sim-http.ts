/** Small shared pieces of the simulator's HTTP layer (kept apart to avoid import cycles). */

/** Throw from a route handler to answer with a GitHub-shaped error body. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** GitHub's timestamp format: ISO 8601 in UTC without milliseconds. */
export function isoNow(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}
