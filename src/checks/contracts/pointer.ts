/** JSON Pointer (RFC 6901) helpers (pure). */

export function escapeSegment(s: string): string {
  return s.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function unescapeSegment(s: string): string {
  return s.replace(/~1/g, '/').replace(/~0/g, '~');
}

export function toPointer(segments: readonly (string | number)[]): string {
  return segments.map((s) => `/${escapeSegment(String(s))}`).join('');
}

/** Segments of a pointer; `''` is the whole document. Throws on a pointer not starting with `/`. */
export function fromPointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new Error(`invalid JSON pointer "${pointer}": it must start with "/"`);
  return pointer.slice(1).split('/').map(unescapeSegment);
}

/** A pointer as a URI fragment (percent-encoding what a fragment cannot hold). */
export function pointerToFragment(pointer: string): string {
  return pointer
    .split('/')
    .map((s) => encodeURIComponent(s).replace(/%24/g, '$').replace(/%40/g, '@').replace(/%3A/gi, ':'))
    .join('/');
}

/** The value at a pointer inside a parsed document, or undefined. */
export function getAt(value: unknown, segments: readonly string[]): unknown {
  let cur = value;
  for (const seg of segments) {
    if (Array.isArray(cur)) {
      if (!/^(0|[1-9]\d*)$/.test(seg)) return undefined;
      cur = cur[Number(seg)];
    } else if (cur !== null && typeof cur === 'object') {
      if (!Object.prototype.hasOwnProperty.call(cur, seg)) return undefined;
      cur = (cur as Record<string, unknown>)[seg];
    } else return undefined;
  }
  return cur;
}
