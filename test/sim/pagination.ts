/** GitHub-style page slicing and `Link` headers (pure). */

export interface PageRequest {
  perPage: number;
  page: number;
}

/** GitHub's rules: per_page defaults to 30 and is capped at 100; page defaults to 1. */
export function pageRequest(query: Record<string, unknown>, defaultPerPage = 30, maxPerPage = 100): PageRequest {
  const pp = typeof query['per_page'] === 'number' ? query['per_page'] : defaultPerPage;
  const p = typeof query['page'] === 'number' ? query['page'] : 1;
  return { perPage: Math.min(Math.max(1, Math.trunc(pp)), maxPerPage), page: Math.max(1, Math.trunc(p)) };
}

export function slicePage<T>(items: readonly T[], req: PageRequest): T[] {
  const start = (req.page - 1) * req.perPage;
  return items.slice(start, start + req.perPage);
}

/**
 * `Link` header for page `req.page` of `total` items, or null when everything fits in one page.
 * Each URL keeps the request's other query parameters and sets `page` (and `per_page` when the
 * client gave it), in GitHub's order: prev, next, last, first.
 */
export function linkHeader(baseUrl: string, path: string, rawQuery: URLSearchParams, total: number, req: PageRequest): string | null {
  const last = Math.max(1, Math.ceil(total / req.perPage));
  if (last === 1 && req.page === 1) return null;
  const urlFor = (page: number): string => {
    const q = new URLSearchParams(rawQuery);
    q.set('page', String(page));
    return `${baseUrl}${path}?${q.toString()}`;
  };
  const links: string[] = [];
  if (req.page > 1) links.push(`<${urlFor(Math.min(req.page - 1, last))}>; rel="prev"`);
  if (req.page < last) {
    links.push(`<${urlFor(req.page + 1)}>; rel="next"`);
    links.push(`<${urlFor(last)}>; rel="last"`);
  }
  if (req.page > 1) links.push(`<${urlFor(1)}>; rel="first"`);
  return links.length > 0 ? links.join(', ') : null;
}

/** Parse a `Link` header into rel → URL (for tests and clients). */
export function parseLinkHeader(header: string | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!header) return out;
  for (const part of header.split(',')) {
    const m = /<([^>]*)>\s*;\s*rel="([^"]+)"/.exec(part.trim());
    if (m) out[m[2]!] = m[1]!;
  }
  return out;
}
