/**
 * Parser for function signatures written in Pure notation (`filter(T[*],Function<{T[1]->Boolean[1]}>[1]):T[*]`),
 * used for the standard-library table and for printing candidate lists the way the engine does.
 */
import type { Mult } from './types.js';

export type SigType =
  | { k: 'named'; name: string; args: SigType[] }
  | { k: 'var'; name: string }
  | { k: 'fn'; params: SigParam[]; ret: SigParam };

export type SigMult = { k: 'fixed'; m: Mult } | { k: 'var'; name: string };

export interface SigParam {
  type: SigType;
  mult: SigMult;
}

export interface Signature {
  name: string;
  params: SigParam[];
  ret: SigParam;
  /** The signature as written, which is also how candidates are listed in messages. */
  text: string;
}

export function parseSignature(text: string): Signature {
  let i = 0;
  const fail = (what: string): never => {
    throw new Error(`Bad signature '${text}' at ${i}: expected ${what}`);
  };
  const peek = (s: string): boolean => text.startsWith(s, i);
  const expect = (s: string): void => {
    if (!peek(s)) fail(`'${s}'`);
    i += s.length;
  };
  const ident = (): string => {
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i));
    if (!m) return fail('a name');
    i += m[0].length;
    return m[0];
  };
  const mult = (): SigMult => {
    expect('[');
    const m = /^([0-9]+)(\.\.([0-9]+|\*))?|^\*|^[a-z]/.exec(text.slice(i));
    if (!m) return fail('a multiplicity');
    i += m[0].length;
    expect(']');
    if (m[0] === '*') return { k: 'fixed', m: { lower: 0, upper: null } };
    if (/^[a-z]$/.test(m[0])) return { k: 'var', name: m[0] };
    const lower = Number(m[1]);
    if (m[2] === undefined) return { k: 'fixed', m: { lower, upper: lower } };
    return { k: 'fixed', m: { lower, upper: m[3] === '*' ? null : Number(m[3]) } };
  };
  const param = (): SigParam => {
    const type = sigType();
    return { type, mult: mult() };
  };
  const sigType = (): SigType => {
    const name = ident();
    if (name === 'Function' && peek('<{')) {
      expect('<{');
      const params: SigParam[] = [];
      while (!peek('->')) {
        params.push(param());
        if (peek(',')) expect(',');
      }
      expect('->');
      const ret = param();
      expect('}>');
      return { k: 'fn', params, ret };
    }
    if (/^[A-Z]$/.test(name)) return { k: 'var', name };
    const args: SigType[] = [];
    if (peek('<')) {
      expect('<');
      args.push(sigType());
      while (peek(',')) {
        expect(',');
        args.push(sigType());
      }
      expect('>');
    }
    return { k: 'named', name, args };
  };
  const name = ident();
  expect('(');
  const params: SigParam[] = [];
  while (!peek(')')) {
    params.push(param());
    if (peek(',')) expect(',');
  }
  expect(')');
  expect(':');
  const ret = param();
  if (i !== text.length) fail('end of signature');
  return { name, params, ret, text };
}
