/**
 * Studio's grammar round-trip corpus: every file is canonical Legend grammar, so parse → compose must give it
 * back byte for byte. Two levels are checked and reported:
 * - per section: each `###` section the embedded engine supports is parsed on its own and composed again;
 * - per file: every file made only of supported sections must round-trip as a whole.
 * Sections the embedded engine does not support are listed by name with their file counts, never skipped silently.
 * Upstream itself skips two files (see KNOWN_UPSTREAM_SKIPS): they are reported like the others and listed.
 * A section of a supported kind can still use a construct that belongs to an unsupported store or DSL (a
 * ServiceStore class mapping, a `include dataspace`, ...): the parser rejects it with a clear "not supported by
 * the embedded engine" error; those sections are counted and listed separately (UNSUPPORTED_CONSTRUCTS), and any
 * other failure fails the test.
 */
import { describe, expect, it } from 'vitest';
import { composePureGrammar, parsePureGrammar } from '../../src/pure/index.js';
import { splitSections } from '../../src/pure/grammar/sections.js';
import { SECTION_PARSERS } from '../../src/pure/grammar/sectionParsers.js';
import { studioFiles } from './corpus.js';

/**
 * Skipped by legend-studio's own engine round-trip test (RoundtripGrammar.engine-roundtrip-test.ts).
 * CORE-legacy-service-tests.pure round-trips here all the same; STO_Relational-nested-embedded-relational-mapping
 * does not: it puts `~mainTable` inside an embedded mapping, which the engine's grammar rejects too, and its
 * leading `import` is followed by a blank line the engine's composer does not write.
 */
const KNOWN_UPSTREAM_SKIPS = new Set(['CORE-legacy-service-tests.pure', 'STO_Relational-nested-embedded-relational-mapping.pure']);

/** Constructs of unsupported stores/DSLs inside supported sections, by the parser's error message. */
const UNSUPPORTED_CONSTRUCTS: [string, RegExp][] = [
  ['ServiceStore class mapping', /^Class mappings of type 'ServiceStore' are not supported by the embedded engine/],
  ['ServiceStoreConnection', /^Connections of type 'ServiceStoreConnection' are not supported by the embedded engine/],
  ['include dataspace (DataSpace DSL)', /^Mapping includes of type dataspace are not supported by the embedded engine/],
  ['ServiceStore embedded data', /^Embedded data of type 'ServiceStore' is not supported by the embedded engine/],
];

function unsupportedConstruct(detail: string | undefined): string | undefined {
  return UNSUPPORTED_CONSTRUCTS.find(([, re]) => re.test(detail ?? ''))?.[0];
}

const supported = new Set(Object.keys(SECTION_PARSERS));
const files = studioFiles();

interface SectionText {
  name: string;
  text: string;
}

/** The file's sections as text: `###Name` + content, without the blank lines that separate sections. */
function sectionTexts(text: string): SectionText[] {
  return splitSections(text, '')
    .map((s) => ({
      name: s.parserName,
      text: (s.isDefault ? '' : `###${s.parserName}`) + text.slice(s.contentStart, s.contentEnd),
    }))
    .filter((s, i) => !(i === 0 && s.text.trim() === ''));
}

function roundtrip(text: string): string {
  return composePureGrammar(parsePureGrammar(text));
}

function tryRoundtrip(text: string): { ok: boolean; detail?: string } {
  try {
    const out = roundtrip(text);
    if (out === text) return { ok: true };
    const a = out.split('\n');
    const b = text.split('\n');
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if (a[i] !== b[i]) return { ok: false, detail: `line ${i + 1}: got ${JSON.stringify(a[i])}, want ${JSON.stringify(b[i])}` };
    }
    return { ok: false, detail: 'differs' };
  } catch (e) {
    return { ok: false, detail: e instanceof Error ? e.message : String(e) };
  }
}

describe('studio round-trip corpus', () => {
  it('round-trips every supported section and every file made only of supported sections', () => {
    const perSection = new Map<string, { total: number; ok: number; knownSkipped: number; unsupported: number; failures: string[] }>();
    const constructs: { file: string; section: string; construct: string }[] = [];
    const unsupported = new Map<string, number>();
    const fileResults: { file: string; ok: boolean; detail?: string; construct?: string }[] = [];

    for (const file of files) {
      const sections = sectionTexts(file.text);
      for (const s of sections) {
        if (!supported.has(s.name)) {
          unsupported.set(s.name, (unsupported.get(s.name) ?? 0) + 1);
          continue;
        }
        const stats = perSection.get(s.name) ?? { total: 0, ok: 0, knownSkipped: 0, unsupported: 0, failures: [] };
        perSection.set(s.name, stats);
        stats.total++;
        // a section on its own is composed without the separating blank lines
        const own = s.text.replace(/\n+$/, '\n');
        const r = tryRoundtrip(own);
        const construct = r.ok ? undefined : unsupportedConstruct(r.detail);
        if (r.ok) stats.ok++;
        else if (KNOWN_UPSTREAM_SKIPS.has(file.name)) stats.knownSkipped++;
        else if (construct) {
          stats.unsupported++;
          constructs.push({ file: file.name, section: `###${s.name}`, construct });
        } else stats.failures.push(`${file.name} (${s.name}): ${r.detail}`);
        if (!r.ok && KNOWN_UPSTREAM_SKIPS.has(file.name)) console.log(`  [skipped upstream] ${file.name} (${s.name}): ${r.detail}`);
      }
      if (sections.every((s) => supported.has(s.name))) {
        const r = tryRoundtrip(file.text);
        fileResults.push({ file: file.name, ...r, construct: r.ok ? undefined : unsupportedConstruct(r.detail) });
      }
    }

    console.table(
      [...perSection.entries()].map(([section, s]) => ({
        section: `###${section}`,
        sections: s.total,
        roundTripped: s.ok,
        skippedUpstream: s.knownSkipped,
        unsupportedConstruct: s.unsupported,
        passRate: `${((100 * s.ok) / s.total).toFixed(1)}%`,
        passRateSupported: `${((100 * s.ok) / (s.total - s.knownSkipped - s.unsupported)).toFixed(1)}%`,
      })),
    );
    console.table(constructs);
    console.table([...unsupported.entries()].sort().map(([section, n]) => ({ unsupportedSection: `###${section}`, occurrences: n })));
    const filesOk = fileResults.filter((r) => r.ok).length;
    console.log(`files made only of supported sections: ${filesOk}/${fileResults.length} round-trip byte for byte`);
    for (const r of fileResults.filter((x) => !x.ok)) {
      const tag = KNOWN_UPSTREAM_SKIPS.has(r.file) ? '[skipped upstream] ' : r.construct ? `[unsupported construct: ${r.construct}] ` : '';
      console.log(`  ${tag}${r.file}: ${r.detail}`);
    }
    for (const [, s] of perSection) for (const f of s.failures) console.log(`  section failure: ${f}`);

    const unexpectedFileFailures = fileResults.filter((r) => !r.ok && !KNOWN_UPSTREAM_SKIPS.has(r.file) && !r.construct);
    expect(unexpectedFileFailures).toEqual([]);
    // every supported section round-trips, apart from sections of the files upstream skips (reported above)
    // and sections using a construct of an unsupported store or DSL (listed above)
    for (const [name, s] of perSection) {
      const expected = s.total - s.knownSkipped - s.unsupported;
      expect(`${name}: ${s.ok}/${expected}`, s.failures.join('\n')).toBe(`${name}: ${expected}/${expected}`);
    }
  });
});
