/**
 * String literal conversions between grammar text and values, with Legend's semantics: Java-style escapes
 * (`\n`, `\'`, `\u0041`, octal), and `'''` text blocks with Java text-block indentation stripping.
 */

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/**
 * Java `StringEscapeUtils.unescapeJava` semantics: known escapes are translated, `\uHHHH` (also `\uuuHHHH`),
 * octal `\0`..`\377`; a backslash before any other character is dropped.
 */
export function unescapeJava(s: string): string {
  if (s.indexOf('\\') < 0) return s;
  let out = '';
  let i = 0;
  const n = s.length;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c !== 92 || i + 1 >= n) {
      out += s[i];
      i++;
      continue;
    }
    const d = s[i + 1]!;
    const dc = s.charCodeAt(i + 1);
    if (dc >= 48 && dc <= 55) {
      // octal: up to 3 digits, a 3-digit form only when the first digit is 0..3
      let j = i + 2;
      const maxLen = dc <= 51 ? 3 : 2;
      while (j < n && j - (i + 1) < maxLen && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 55) j++;
      out += String.fromCharCode(parseInt(s.slice(i + 1, j), 8));
      i = j;
      continue;
    }
    if (d === 'u') {
      let j = i + 1;
      while (j < n && s[j] === 'u') j++;
      if (j + 4 <= n && isHex(s.charCodeAt(j)) && isHex(s.charCodeAt(j + 1)) && isHex(s.charCodeAt(j + 2)) && isHex(s.charCodeAt(j + 3))) {
        out += String.fromCharCode(parseInt(s.slice(j, j + 4), 16));
        i = j + 4;
        continue;
      }
      // an incomplete unicode escape: keep it as written (Java would fail; the lexer accepts it)
      out += '\\u';
      i += 2;
      continue;
    }
    switch (d) {
      case 'n':
        out += '\n';
        break;
      case 't':
        out += '\t';
        break;
      case 'r':
        out += '\r';
        break;
      case 'b':
        out += '\b';
        break;
      case 'f':
        out += '\f';
        break;
      case '\\':
        out += '\\';
        break;
      case "'":
        out += "'";
        break;
      case '"':
        out += '"';
        break;
      default:
        // a lone backslash is dropped, the next character kept
        out += d;
    }
    i += 2;
  }
  return out;
}

function hex4(c: number): string {
  return '\\u' + c.toString(16).toUpperCase().padStart(4, '0');
}

/** Java `StringEscapeUtils.escapeJava`: `"` and `\` escaped, control characters as `\n`-style or `\uHHHH`, non-ASCII as `\uHHHH`. */
export function escapeJava(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 34) out += '\\"';
    else if (c === 92) out += '\\\\';
    else if (c >= 32 && c < 127) out += s[i];
    else if (c === 8) out += '\\b';
    else if (c === 10) out += '\\n';
    else if (c === 9) out += '\\t';
    else if (c === 12) out += '\\f';
    else if (c === 13) out += '\\r';
    else out += hex4(c);
  }
  return out;
}

/** A grammar string literal `'...'` for a value, escaped as Legend's composer does (`convertString(val, true)`). */
export function quoteString(value: string): string {
  return "'" + escapeJava(value).replace(/'/g, "\\'").replace(/\\"/g, '"') + "'";
}

/** A literal written without escaping (`convertString(val, false)`), used where the parser does not unescape. */
export function quoteRaw(value: string): string {
  return "'" + value + "'";
}

/** True when a STRING token is a `'''` text block: `'''`, optional spaces/tabs, a line break, ..., `'''`. */
export function isTextBlock(raw: string): boolean {
  if (raw.length < 7 || !raw.startsWith("'''") || !raw.endsWith("'''")) return false;
  let i = 3;
  while (i < raw.length && (raw[i] === ' ' || raw[i] === '\t')) i++;
  if (i < raw.length && raw[i] === '\r') i++;
  return i < raw.length && raw[i] === '\n';
}

function isJavaWhitespace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c >= 28 && c <= 31);
}

function leadingWhitespace(line: string): number {
  let n = 0;
  while (n < line.length && isJavaWhitespace(line.charCodeAt(n))) n++;
  return n;
}

function stripTrailing(line: string): string {
  let end = line.length;
  while (end > 0 && isJavaWhitespace(line.charCodeAt(end - 1))) end--;
  return end === line.length ? line : line.slice(0, end);
}

/** The value of a `'''` text block: drop the opening line and closing quotes, strip common indentation and trailing blanks. */
export function processTextBlock(raw: string, unescape: boolean): string {
  const normalized = raw.replace(/\r\n/g, '\n').replace(/\r/g, '\n');
  const body = normalized.slice(normalized.indexOf('\n') + 1, normalized.length - 3);
  const lines = body.split('\n');
  let minIndent = Number.MAX_SAFE_INTEGER;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const lead = leadingWhitespace(line);
    if (lead < line.length || i === lines.length - 1) minIndent = Math.min(minIndent, lead);
  }
  if (minIndent === Number.MAX_SAFE_INTEGER) minIndent = 0;
  const result = lines.map((l) => stripTrailing(l.slice(Math.min(minIndent, l.length)))).join('\n');
  return unescape ? unescapeJava(result) : result;
}

/** The documentation value of a `'''` block: the text-block layout, no unescaping, surrounding blank lines removed. */
export function canonicalizeDocumentation(raw: string): string {
  const lines = processTextBlock(raw, false).split('\n');
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start] === '') start++;
  while (end > start && lines[end - 1] === '') end--;
  return lines.slice(start, end).join('\n');
}

/** Grammar string token → value (`fromGrammarString`): text blocks processed, quotes removed, optionally unescaped. */
export function fromGrammarString(raw: string, unescape: boolean): string {
  if (isTextBlock(raw)) return processTextBlock(raw, unescape);
  const v = unescape ? unescapeJava(raw) : raw;
  return v.slice(1, v.length - 1);
}

// ----------------------------------------------------------------------------------------------- composer side

function trailingWhitespaceStart(line: string, leading: number): number {
  let end = line.length;
  while (end > leading && isJavaWhitespace(line.charCodeAt(end - 1))) end--;
  return end;
}

function escapeTextBlockLine(line: string, escapeLeading: boolean, escapeQuotes: boolean): string {
  const leading = leadingWhitespace(line);
  const allWhitespace = leading === line.length && line.length > 0;
  const trailingFrom = allWhitespace ? line.length - 1 : trailingWhitespaceStart(line, leading);
  let out = '';
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (i >= trailingFrom || (i === 0 && (allWhitespace || (escapeLeading && leading > 0)))) {
      out += '\\u' + c.toString(16).padStart(4, '0');
    } else if (c === 92) out += '\\\\';
    else if (c === 13) out += '\\r';
    else if (c === 39 && escapeQuotes) out += "\\'";
    else out += line[i];
  }
  return out;
}

/** A multi-line string value written back as a `'''` block that reads back unchanged. */
export function renderTextBlock(value: string, indent: string): string {
  const closeOnOwnLine = value.endsWith('\n');
  const escapeQuotes = value.includes("'''");
  const lines = (closeOnOwnLine ? value.slice(0, -1) : value).split('\n');
  let out = "'''\n";
  for (let i = 0; i < lines.length; i++) {
    out += indent + escapeTextBlockLine(lines[i]!, !closeOnOwnLine, escapeQuotes);
    if (i < lines.length - 1) out += '\n';
  }
  if (closeOnOwnLine) out += '\n' + indent;
  return out + "'''";
}
