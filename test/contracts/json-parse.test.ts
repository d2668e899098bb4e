import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonWithPositions } from '../../src/checks/contracts/json-parse.js';
import { LineIndex } from '../../src/checks/contracts/line-index.js';
import { locate, parseSource } from '../../src/checks/contracts/source-doc.js';

describe('parseJsonWithPositions', () => {
  it('agrees with JSON.parse on any JSON value, whatever the indentation', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.constantFrom(undefined, 2, '\t'), (v, indent) => {
        const text = JSON.stringify(v, null, indent);
        const r = parseJsonWithPositions(text);
        expect(r.ok).toBe(true);
        if (r.ok) expect(r.value).toEqual(JSON.parse(text));
      }),
      { numRuns: 300 },
    );
  });

  it('rejects exactly what JSON.parse rejects on mutated JSON text', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), fc.nat(), fc.constantFrom(',', '}', ']', '"', ':', 'x', '0', '\\', ' ', '-', '.'), (v, pos, ch) => {
        const base = JSON.stringify(v, null, 1);
        const at = pos % (base.length + 1);
        const text = base.slice(0, at) + ch + base.slice(at);
        let expected: boolean;
        try {
          JSON.parse(text);
          expected = true;
        } catch {
          expected = false;
        }
        const r = parseJsonWithPositions(text);
        expect(r.ok).toBe(expected);
        if (!r.ok) expect(r.offset).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 500 },
    );
  });

  it('reports the exact position of a syntax error', () => {
    const text = '{\n  "a": 1,\n  "b": [1, 2,]\n}';
    const r = parseJsonWithPositions(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(new LineIndex(text).at(r.offset)).toEqual({ line: 3, column: 14 });
    expect(r.message).toMatch(/trailing comma/);
  });

  it('counts lines as git does: CRLF ends a line, a lone CR does not', () => {
    const text = '{\r\n  "a": 1,\r  "b": [1, 2,]\r\n}';
    const r = parseJsonWithPositions(text);
    expect(!r.ok && new LineIndex(text).at(r.offset)).toEqual({ line: 2, column: 24 });
  });

  it('names an unterminated string at its opening quote', () => {
    const r = parseJsonWithPositions('{"a": "abc');
    expect(r).toMatchObject({ ok: false, offset: 6 });
  });

  it('keeps __proto__ as a plain key', () => {
    const r = parseJsonWithPositions('{"__proto__": {"x": 1}}');
    expect(r.ok && Object.keys(r.value as object)).toEqual(['__proto__']);
    expect(r.ok && Object.getPrototypeOf(r.value)).toBe(Object.prototype);
  });

  it('refuses absurd nesting with an error instead of overflowing the stack', () => {
    const r = parseJsonWithPositions('['.repeat(100_000));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/nesting deeper/);
  });
});

describe('parseSource / locate', () => {
  it('maps a JSON pointer to the member line, spanning key and value', () => {
    const text = '{\n  "name": "x",\n  "address": {\n    "zip": 123\n  }\n}\n';
    const r = parseSource('e.json', Buffer.from(text));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(locate(r.doc, ['address', 'zip'])).toEqual({ path: 'e.json', startLine: 4, startColumn: 5, endLine: 4, endColumn: 14 });
    // A multi-line value spans only its key.
    expect(locate(r.doc, ['address'])).toEqual({ path: 'e.json', startLine: 3, startColumn: 3, endLine: 3, endColumn: 11 });
    // Missing segments fall back to the deepest existing node.
    expect(locate(r.doc, ['address', 'street']).startLine).toBe(3);
  });

  it('maps pointers in YAML files too', () => {
    const text = 'type: object\nproperties:\n  tags:\n    type: array\n    items:\n      - type: string\n';
    const r = parseSource('s.yaml', Buffer.from(text));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.doc.value).toEqual({ type: 'object', properties: { tags: { type: 'array', items: [{ type: 'string' }] } } });
    expect(locate(r.doc, ['properties', 'tags', 'items', '0', 'type'])).toMatchObject({ startLine: 6, startColumn: 9 });
  });

  it('reports invalid UTF-8, binary content and YAML errors with positions, never throwing', () => {
    const bad = parseSource('a.json', Buffer.from([0x7b, 0x0a, 0x22, 0xff, 0x22, 0x7d]));
    expect(bad).toMatchObject({ ok: false, problem: { line: 2, column: 2 } });
    expect(!bad.ok && bad.problem.message).toMatch(/UTF-8/);
    expect(parseSource('a.json', Buffer.from([1, 0, 2]))).toMatchObject({ ok: false, problem: { message: expect.stringMatching(/binary/) } });
    const y = parseSource('a.yaml', Buffer.from('a: 1\nb: [1, 2\n'));
    expect(y.ok).toBe(false);
    const big = parseSource('a.json', Buffer.from('[1]'), 2);
    expect(!big.ok && big.problem.message).toMatch(/limit/);
  });
});
