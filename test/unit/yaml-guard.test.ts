import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { parseYamlSource } from '../../src/config/yaml-source.js';
import { parseYamlFile } from '../../src/checks/governance/yaml-file.js';
import { parseSource } from '../../src/checks/contracts/source-doc.js';
import { MAX_YAML_NESTING, yamlNestingProblem } from '../../src/core/yaml-guard.js';

describe('yamlNestingProblem', () => {
  it('refuses the inputs that crash the yaml parser, at the offending offset', () => {
    const dashes = '- '.repeat(2000) + 'x';
    expect(yamlNestingProblem(dashes)).toMatchObject({ offset: 2 * (MAX_YAML_NESTING + 1) });
    expect(yamlNestingProblem('key: ' + '['.repeat(1000))).toMatchObject({ offset: 5 + MAX_YAML_NESTING });
    expect(yamlNestingProblem('{a: '.repeat(300))).not.toBeNull();
  });

  it('accepts ordinary and tricky YAML: brackets in strings, comments and block scalars', () => {
    const ok = [
      'on: push\njobs:\n  a:\n    steps:\n      - run: echo "[[[[["\n',
      `x: '${'['.repeat(400)}'\n# ${'{'.repeat(400)}\n`,
      `run: |\n  ${'['.repeat(400)}\n  echo done\nnext: [1, [2, [3]]]\n`,
      '- - - a\n- b\n',
    ];
    for (const text of ok) expect(yamlNestingProblem(text), text.slice(0, 40)).toBeNull();
  });

  it('lets every shallow document through (what the parser accepts, the guard accepts)', () => {
    const shallow = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, fc.string(), fc.integer(), fc.array(tie('value'), { maxLength: 3 }), fc.dictionary(fc.string({ minLength: 1, maxLength: 5 }), tie('value'), { maxKeys: 3 })),
    })).value;
    fc.assert(
      fc.property(shallow, fc.boolean(), (v, flowStyle) => {
        const text = stringify(v, flowStyle ? { collectionStyle: 'flow' } : {});
        expect(yamlNestingProblem(text)).toBeNull();
      }),
      { numRuns: 200 },
    );
  });

  it('makes a config that would crash the parser a positioned error instead', () => {
    // Without the guard this parse kills the test process (twice is enough to crash V8).
    parseYamlSource('g.yml', 'checks: ' + '['.repeat(2000));
    const src = parseYamlSource('g.yml', 'checks: ' + '['.repeat(2000));
    expect(src.errors).toEqual([`g.yml:1:${9 + MAX_YAML_NESTING}: YAML syntax error: nested deeper than ${MAX_YAML_NESTING} levels; Guardian refuses such YAML (it could crash the parser)`]);
  });

  it('governance and contracts report such files at the offending position instead of crashing', () => {
    const deep = 'on: push\njobs: ' + '['.repeat(3000) + '\n';
    for (let i = 0; i < 2; i++) {
      const wf = parseYamlFile('.github/workflows/x.yml', deep);
      expect(wf.errors).toEqual([{ message: expect.stringMatching(/nested deeper than/), offset: 15 + MAX_YAML_NESTING, endOffset: 16 + MAX_YAML_NESTING }]);
      const schema = parseSource('schema.yaml', Buffer.from(deep), 1_000_000);
      expect(schema).toMatchObject({ ok: false, problem: { line: 2, column: 7 + MAX_YAML_NESTING, message: expect.stringMatching(/^invalid YAML: nested deeper than/) } });
    }
  });
});

