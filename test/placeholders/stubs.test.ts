/** Stub rules: found in code only, each with its own rule id. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Scanner } from '../../src/checks/placeholders/scanner.js';
import { brief, effective, scanner, scanWith } from './helpers.js';

let s: Scanner;
beforeAll(async () => {
  s = await scanner();
});

describe('stub rules', () => {
  it.each([
    ['a.ts', 'function f() { throw new Error("Not implemented"); }', '1:16 stub-not-implemented'],
    ['a.ts', "  throw new Error('Method not implemented.');", '1:3 stub-not-implemented'],
    ['a.js', 'throw Error(`not yet implemented`)', '1:1 stub-not-implemented'],
    ['a.ts', "throw new Error('TODO')", '1:1 stub-not-implemented'],
    ['A.java', 'throw new RuntimeException("Not implemented yet");', '1:1 stub-not-implemented'],
    ['A.java', 'throw new UnsupportedOperationException();', '1:1 unsupported-operation'],
    ['A.cs', 'throw new NotImplementedException();', '1:1 not-implemented-exception'],
    ['a.kt', 'fun f(): Int = TODO("later")', '1:16 kotlin-todo-call'],
    ['a.kt', 'throw NotImplementedError()', '1:1 not-implemented-exception'],
    ['a.rs', 'fn f() -> u8 { todo!() }', '1:16 rust-todo-macro'],
    ['a.rs', '    unimplemented!("x")', '1:5 rust-todo-macro'],
    ['a.go', 'panic("not implemented")', '1:1 go-panic-todo'],
    ['a.go', 'panic("TODO: wire it")', '1:1 go-panic-todo'],
    ['a.py', 'def f():\n    raise NotImplementedError', '2:5 raise-not-implemented'],
    ['a.scala', 'def f: Int = ???', '1:14 scala-unimplemented'],
    ['a.swift', 'fatalError("init(coder:) has not been implemented")', '1:1 stub-not-implemented'],
    ['a.dart', 'throw UnimplementedError();', '1:1 not-implemented-exception'],
    ['a.php', '<?php throw new \\Exception("not implemented");', '1:7 stub-not-implemented'],
  ])('%s: %s', (path, code, want) => {
    expect(brief(scanWith(s, path, `${code}\n`))).toEqual([want]);
  });

  it.each([
    ['a.ts', '// throw new Error("Not implemented")'],
    ['a.ts', 'const s = "throw new Error(\'not implemented\')";'],
    ['a.ts', 'throw new Error("invalid input")'],
    ['A.java', 'throw new UnsupportedOperationException("read-only view");'],
    ['a.rs', '// todo!() in a comment'],
    ['a.rs', 'let s = "todo!()";'],
    ['a.go', 'panic(err)'],
    ['a.kt', 'val todo = myTODO()'],
    ['a.kt', 'x.TODO()'],
    ['a.scala', 'val s = "???"'],
    ['a.c', 'throw("not implemented") /* C has no such rule */'],
  ])('%s: %s is no stub', (path, code) => {
    expect(scanWith(s, path, `${code}\n`)).toEqual([]);
  });

  it('raise NotImplementedError inside an abstract method is fine', () => {
    const src = ['class A(ABC):', '    @abstractmethod', '    def f(self):', '        """Doc."""', '        raise NotImplementedError', '', '    def g(self):', '        raise NotImplementedError("later")', ''].join('\n');
    expect(brief(scanWith(s, 'a.py', src))).toEqual(['8:9 raise-not-implemented']);
  });

  it('one finding per place even when two rules match it', () => {
    expect(brief(scanWith(s, 'A.cs', 'throw new NotImplementedException("not implemented");\n'))).toEqual(['1:1 not-implemented-exception']);
  });

  it('stubs are not looked for in languages the rule does not list', () => {
    expect(scanWith(s, 'a.md', 'todo!() and ??? and raise NotImplementedError\n')).toEqual([]);
  });
});

describe('python-empty-function (off by default)', () => {
  const src = [
    'def a():',
    '    pass',
    '',
    'def b(x,',
    '      y) -> int:',
    '    """Docstring."""',
    '    ...',
    '',
    'def c(): pass',
    '',
    'class P(Protocol):',
    '    def m(self): ...',
    '',
    '@overload',
    'def d(x: int) -> int: ...',
    '',
    'def e():',
    '    return 1',
    '',
    'async def f():',
    '    pass  # later',
    '',
  ].join('\n');
  it('is off unless switched on', async () => {
    expect(scanWith(s, 'a.py', src)).toEqual([]);
    expect((await effective()).rules.find((r) => r.id === 'placeholders/python-empty-function')!.defaultLevel).toBe('off');
  });
  it('finds empty bodies, not overloads, protocols or real bodies', async () => {
    const on = await scanner({ stubs: { 'python-empty-function': true } });
    const found = scanWith(on, 'a.py', src);
    expect(brief(found)).toEqual(['1:1 python-empty-function', '4:1 python-empty-function', '9:1 python-empty-function', '20:1 python-empty-function']);
    expect(found[0]!.message).toContain('a()');
  });
  it('stub rules can be switched off', async () => {
    const off = await scanner({ stubs: { 'rust-todo-macro': false } });
    expect(scanWith(off, 'a.rs', 'todo!()\n')).toEqual([]);
  });
});

describe('placeholder literals', () => {
  it.each([
    ['a.ts', 'const password = "CHANGEME";', '1:19 placeholder-literal'],
    ['a.yaml', 'token: replace_me', '1:8 placeholder-literal'],
    ['a.html', '<p>Lorem ipsum dolor sit amet</p>', '1:4 placeholder-literal'],
    ['a.py', 'API_KEY = REPLACE_ME', '1:11 placeholder-literal'],
  ])('%s: %s', (path, code, want) => {
    expect(brief(scanWith(s, path, `${code}\n`))).toEqual([want]);
  });
  it.each([
    ['a.ts', '// set it to CHANGEME locally'],
    ['a.ts', 'const CHANGEMENT = 1;'],
    ['a.ts', 'const x = "xCHANGEME";'],
  ])('%s: %s is not reported', (path, code) => {
    expect(scanWith(s, path, `${code}\n`)).toEqual([]);
  });
  it('templates and examples may hold them', async () => {
    const cfg = await effective();
    expect(cfg.levelFor('placeholders/placeholder-literal', 'config/app.env.example')).toBe('off');
    expect(cfg.levelFor('placeholders/placeholder-literal', 'config/app.env')).toBe('error');
  });
  it('users add literals', async () => {
    const custom = await scanner({ placeholderLiterals: ['YOUR_API_KEY'] });
    expect(brief(scanWith(custom, 'a.ts', 'const k = "YOUR_API_KEY";\n'))).toEqual(['1:12 placeholder-literal']);
  });
});
