import { it } from 'vitest';
import { composePureGrammar } from '../../src/pure/index.js';
import { enginePairs } from './corpus.js';
it('compose', () => {
  for (const p of enginePairs()) {
    const out = composePureGrammar(p.protocol as any, { sortBy: (e) => e.package + '::' + e.name });
    const exp = p.grammarCompare ?? p.grammar;
    if (out === exp) continue;
    const a = out.split('\n'), b = exp.split('\n');
    for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) { console.log('DIFF', p.name, i+1, '\n  ' + JSON.stringify(a[i]) + '\n  ' + JSON.stringify(b[i])); }
  }
});
