/** Small rendering helpers shared by the composers: identifiers, paths, multiplicities, numbers. */
import type { Multiplicity } from '../protocol/sourceInformation.js';
import { quoteString } from '../grammar/strings.js';

export const TAB = '  ';

export function tabs(n: number): string {
  return TAB.repeat(n);
}

function isUnquotedIdentifier(s: string): boolean {
  // [A-Za-z_][A-Za-z0-9_$~]*
  if (s.length === 0) return false;
  const c0 = s.charCodeAt(0);
  if (!((c0 >= 65 && c0 <= 90) || (c0 >= 97 && c0 <= 122) || c0 === 95)) return false;
  for (let i = 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 36 || c === 126)) return false;
  }
  return true;
}

/** An identifier as written in grammar: bare when it is a plain name, otherwise quoted. */
export function identifier(s: string | undefined): string {
  if (s === undefined || s === '') return '';
  return isUnquotedIdentifier(s) ? s : quoteString(s);
}

/** A `a::b::C` path with each segment written as an identifier. */
export function path(p: string): string {
  return p
    .split('::')
    .map((segment) => identifier(segment))
    .join('::');
}

/** `1`, `*`, `0..1`, `1..*`. */
export function multiplicity(m: Multiplicity | undefined): string {
  const lower = m?.lowerBound ?? 0;
  const upper = m?.upperBound;
  if (lower === 0 && upper === undefined) return '*';
  if (upper !== undefined && lower === upper) return String(lower);
  return `${lower}..${upper === undefined ? '*' : upper}`;
}

/** Java's `Double.toString`: always a decimal point; scientific notation below 1e-3 or from 1e7. */
export function javaDouble(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? 'Infinity' : '-Infinity';
  if (v === 0) return Object.is(v, -0) ? '-0.0' : '0.0';
  const abs = Math.abs(v);
  if (abs >= 1e-3 && abs < 1e7) {
    const s = String(v);
    return s.includes('.') || s.includes('e') ? s : s + '.0';
  }
  const [mantissa, exponent] = v.toExponential().split('e') as [string, string];
  const m = mantissa.includes('.') ? mantissa : mantissa + '.0';
  return `${m}E${exponent.startsWith('+') ? exponent.slice(1) : exponent}`;
}

/** Java's `BigDecimal.toString` for a decimal value held as a number (the scale of the literal is not kept). */
export function javaDecimal(v: number): string {
  const s = String(v);
  if (!s.includes('e')) return s;
  const [mantissa, exponent] = s.split('e') as [string, string];
  return `${mantissa}E${exponent.startsWith('+') ? '+' + exponent.slice(1) : exponent}`;
}
