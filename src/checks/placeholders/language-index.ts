/** Chooses a file's language from the table: file name, extension, `#!` line, else generic. */
import { compileLanguage, type CompiledLanguage } from './lexer.js';
import type { LanguageSpec } from './spec.js';

const GENERIC = 'generic';

export class LanguageIndex {
  private readonly specs = new Map<string, LanguageSpec>();
  private readonly compiled = new Map<string, CompiledLanguage>();
  private readonly byName = new Map<string, string>();
  private readonly byExt = new Map<string, string>();
  private readonly byPrefix: Array<[string, string]> = [];
  private readonly byInterpreter = new Map<string, string>();
  private readonly extCache = new Map<string, string>();

  constructor(specs: readonly LanguageSpec[], overrides: Record<string, string> = {}) {
    for (const spec of specs) {
      this.specs.set(spec.id, spec);
      for (const e of spec.extensions ?? []) if (!this.byExt.has(e.toLowerCase())) this.byExt.set(e.toLowerCase(), spec.id);
      for (const n of spec.filenames ?? []) if (!this.byName.has(n)) this.byName.set(n, spec.id);
      for (const p of spec.filenamePrefixes ?? []) this.byPrefix.push([p, spec.id]);
      for (const s of spec.shebangs ?? []) if (!this.byInterpreter.has(s)) this.byInterpreter.set(s, spec.id);
    }
    for (const [key, id] of Object.entries(overrides)) {
      if (!this.specs.has(id)) continue;
      if (key.startsWith('.') && !this.byName.has(key)) this.byExt.set(key.slice(1).toLowerCase(), id);
      else this.byName.set(key, id);
    }
    if (!this.specs.has(GENERIC)) this.specs.set(GENERIC, { id: GENERIC, name: 'Generic' });
  }

  /** The compiled language (compiled on first use: a diff touches few languages). */
  get(id: string): CompiledLanguage | undefined {
    let lang = this.compiled.get(id);
    if (!lang) {
      const spec = this.specs.get(id);
      if (!spec) return undefined;
      lang = compileLanguage(spec);
      lang.resolve = (other) => this.get(other);
      this.compiled.set(id, lang);
    }
    return lang;
  }

  get generic(): CompiledLanguage {
    return this.get(GENERIC)!;
  }

  /** By name only (no `#!` sniffing); undefined when the name says nothing. */
  forPath(path: string): CompiledLanguage | undefined {
    const base = path.slice(path.lastIndexOf('/') + 1);
    const named = this.byName.get(base);
    if (named) return this.get(named);
    const first = base.indexOf('.', 1);
    if (first !== -1) {
      const last = base.lastIndexOf('.');
      // Longest extension first (`a.tftest.hcl` tries `tftest.hcl`, then `hcl`); the common
      // single-dot case is one lookup, cached by its spelling.
      if (first !== last) {
        const lower = base.toLowerCase();
        for (let dot = first; dot !== last; dot = lower.indexOf('.', dot + 1)) {
          const id = this.byExt.get(lower.slice(dot + 1));
          if (id) return this.get(id);
        }
      }
      const ext = base.slice(last + 1);
      let id = this.extCache.get(ext);
      if (id === undefined) {
        id = this.byExt.get(ext.toLowerCase()) ?? '';
        this.extCache.set(ext, id);
      }
      if (id) return this.get(id);
    }
    for (const [prefix, id] of this.byPrefix) if (base.startsWith(prefix)) return this.get(id);
    return undefined;
  }

  /** The interpreter of a `#!` line, e.g. `#!/usr/bin/env -S python3 -u` → python. */
  forShebang(firstLine: string): CompiledLanguage | undefined {
    if (!firstLine.startsWith('#!')) return undefined;
    const words = firstLine.slice(2).trim().split(/\s+/);
    let prog = words[0]?.split('/').pop() ?? '';
    if (prog === 'env') prog = words.slice(1).find((w) => !w.startsWith('-') && !w.includes('=')) ?? '';
    const id = this.byInterpreter.get(prog) ?? this.byInterpreter.get(prog.replace(/[\d.]+$/, ''));
    return id ? this.get(id) : undefined;
  }
}
