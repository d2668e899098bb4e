/**
 * The effective configuration of one run: the data merged with the user's options into a
 * {@link ScanConfig} for the scanner, the rules' metadata, and level and path decisions (pure).
 */
import picomatch from 'picomatch';
import type { Level, RuleLevel, RuleMeta } from '../../core/types.js';
import type { LoadedData } from './data.js';
import type { PlaceholderOptions } from './options.js';
import type { ScanConfig, StubConfig, TagConfig } from './spec.js';

export const CHECK_ID = 'placeholders';
const HELP_URI = 'https://github.com/guardian-ci/guardian#placeholders';

type Matcher = (path: string) => boolean;
/** One regular expression for a list of globs: a single test per path, even for 20+ globs. */
export function glob(globs: readonly string[]): Matcher {
  if (globs.length === 0) return () => false;
  const re = new RegExp(globs.map((g) => `(?:${picomatch.makeRe(g, { dot: true }).source})`).join('|'));
  return (path) => re.test(path);
}

interface PathLevel {
  match: Matcher;
  level: RuleLevel;
  /** Short rule names it applies to; undefined: all of this check's rules. */
  rules?: Set<string>;
}

export interface EffectiveConfig {
  scan: ScanConfig;
  rules: RuleMeta[];
  /** Test and fixture paths (unless `includeTests`). */
  isExcluded: Matcher;
  isMinifiedPath: Matcher;
  /** The configured level of a finding of `ruleId` at `path` (`off`: drop it). */
  levelFor(ruleId: string, path: string, tag?: string): RuleLevel;
  defaultLevel(ruleId: string): RuleLevel;
}

function ruleIdForTag(tag: string): string {
  return `${CHECK_ID}/${tag
    .replace(/^@/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;
}

const shortName = (ruleId: string): string => ruleId.slice(ruleId.indexOf('/') + 1);

interface MergedTag {
  tag: string;
  name: string;
  aliases: string[];
  level: RuleLevel;
  requireReference: boolean;
  message?: string;
  paths: PathLevel[];
}

export function buildConfig(data: LoadedData, options: PlaceholderOptions, now: Date): EffectiveConfig {
  const d = data.placeholders;
  const tags = new Map<string, MergedTag>();
  for (const t of d.tags) {
    tags.set(t.tag, {
      tag: t.tag,
      name: t.name,
      aliases: t.aliases ?? [],
      level: t.level,
      requireReference: t.requireReference,
      ...(t.message ? { message: t.message } : {}),
      paths: (t.paths ?? []).map((p) => ({ match: glob(p.paths), level: p.level })),
    });
  }
  for (const [tag, o] of Object.entries(options.tags)) {
    const prev = tags.get(tag);
    const merged: MergedTag = prev
      ? { ...prev }
      : { tag, name: `${tag} marker`, aliases: [], level: 'error', requireReference: false, paths: [] };
    if (o.level) merged.level = o.level;
    if (o.requireReference !== undefined) merged.requireReference = o.requireReference;
    if (o.aliases) merged.aliases = [...new Set([...merged.aliases, ...o.aliases])];
    if (o.message) merged.message = o.message;
    if (o.paths) merged.paths = [...merged.paths, ...o.paths.map((p) => ({ match: glob(p.paths), level: p.level }))];
    tags.set(tag, merged);
  }

  const rules: RuleMeta[] = [];
  const tagConfigs: TagConfig[] = [];
  for (const t of tags.values()) {
    const ruleId = ruleIdForTag(t.tag);
    if (t.level !== 'off') {
      tagConfigs.push({ tag: t.tag, ruleId, aliases: t.aliases, requireReference: t.requireReference, message: t.message ?? d.markerMessage });
    }
    rules.push({
      id: ruleId,
      name: t.name,
      shortDescription: t.requireReference ? `${t.tag} marker without a reference to tracked work` : `${t.tag} marker left in a comment`,
      fullDescription: t.requireReference
        ? `A ${t.tag} marker in a comment that links no issue, owner, URL or future date. Comment-aware: markers inside strings are not reported; whole words only.`
        : `A ${t.tag} marker in a comment. It must be resolved before merge, whatever it references.`,
      help: t.requireReference
        ? `Link the work: ${t.tag}(#123), ${t.tag}(ABC-123), ${t.tag}(@owner), a URL, or an expiry date ${t.tag}[YYYY-MM-DD]; or finish it and remove the marker.`
        : `Resolve the ${t.tag} and remove the marker before merge.`,
      helpUri: `${HELP_URI}-markers`,
      defaultLevel: t.level,
      tags: ['placeholders', 'marker'],
    });
  }

  const expiryId = `${CHECK_ID}/${d.expiry.rule}`;
  rules.push({
    id: expiryId,
    name: d.expiry.name,
    shortDescription: 'Marker past its expiry date',
    fullDescription: 'A marker with a date in the group after its tag, e.g. [2026-12-31], whose date has passed.',
    help: 'Finish the work and remove the marker, or move the date forward with a reason.',
    helpUri: `${HELP_URI}-policies`,
    defaultLevel: d.expiry.level,
    tags: ['placeholders', 'marker'],
  });

  const stubConfigs: StubConfig[] = [];
  for (const s of d.stubs) {
    const ruleId = `${CHECK_ID}/${s.rule}`;
    const enabled = options.stubs[s.rule] ?? s.enabled ?? true;
    const level: RuleLevel = enabled ? s.level : 'off';
    if (enabled) {
      stubConfigs.push({
        ruleId,
        title: s.name,
        languages: s.languages,
        literals: s.literals,
        ...(s.pattern ? { pattern: s.pattern } : {}),
        ...(s.detector ? { detector: s.detector } : {}),
        ...(s.notInAbstractMethod ? { notInAbstractMethod: true } : {}),
        message: s.message,
      });
    }
    rules.push({
      id: ruleId,
      name: s.name,
      shortDescription: s.name,
      fullDescription: `${s.message.replaceAll('{name}', 'the function')} Found in code only (not in comments or strings), in: ${s.languages.join(', ')}.`,
      help: 'Implement the code before merge. If the stub is intended, suppress it with a reason: guardian-ignore[' + ruleId + ']: <why>.',
      helpUri: `${HELP_URI}-stubs`,
      defaultLevel: level,
      tags: ['placeholders', 'stub'],
    });
  }

  const pl = d.placeholderLiterals;
  const plId = `${CHECK_ID}/${pl.rule}`;
  const plEnabled = options.stubs[pl.rule] ?? true;
  const literals = plEnabled ? [...new Set([...pl.literals, ...options.placeholderLiterals])] : [];
  rules.push({
    id: plId,
    name: pl.name,
    shortDescription: 'Placeholder value in code or a string',
    fullDescription: `A placeholder value (${literals.join(', ') || 'none configured'}) in code or a string literal, outside templates and examples.`,
    help: 'Replace the placeholder with the real value before merge.',
    helpUri: `${HELP_URI}-stubs`,
    defaultLevel: plEnabled ? pl.level : 'off',
    tags: ['placeholders', 'stub'],
  });
  const plExcluded = glob(pl.excludePaths);

  const userPathLevels: PathLevel[] = options.pathLevels.map((p) => ({
    match: glob(p.paths),
    level: p.level,
    ...(p.rules ? { rules: new Set(p.rules) } : {}),
  }));

  const scan: ScanConfig = {
    languages: data.languages,
    languageOverrides: options.languages,
    tags: tagConfigs,
    unreferencedMessage: d.unreferencedMessage,
    references: d.references.map((r) => ({ pattern: r.pattern, group: r.group ?? false })),
    notReferences: d.notReferences,
    expiry: { ruleId: expiryId, message: d.expiry.message, invalidMessage: d.expiry.invalidMessage },
    stubs: stubConfigs,
    placeholderLiterals: { ruleId: plId, title: pl.name, literals, message: pl.message },
    generatedMarkers: options.skipGenerated ? d.skip.generatedMarkers : [],
    minifiedLineLength: d.skip.minifiedLineLength,
    maxFileBytes: options.maxFileBytes,
    docstringsAsComments: options.docstrings === 'comments',
    today: now.toISOString().slice(0, 10),
  };

  const excluded = options.includeTests ? () => false : glob([...d.testPaths, ...options.testPaths]);
  const defaults = new Map(rules.map((r) => [r.id, r.defaultLevel]));
  const defaultLevel = (ruleId: string): RuleLevel => defaults.get(ruleId) ?? 'warning';

  return {
    scan,
    rules,
    isExcluded: excluded,
    isMinifiedPath: glob(d.skip.minifiedPaths),
    defaultLevel,
    levelFor(ruleId, path, tag) {
      if (ruleId === plId && plExcluded(path)) return 'off';
      let level = defaultLevel(ruleId);
      if (tag !== undefined && ruleId !== expiryId) for (const p of tags.get(tag)?.paths ?? []) if (p.match(path)) level = p.level;
      const name = shortName(ruleId);
      for (const p of userPathLevels) if ((!p.rules || p.rules.has(name)) && p.match(path)) level = p.level;
      return level;
    },
  };
}

/** The finding's level when it differs from the rule's default (the pipeline applies the rest). */
export function levelOverride(cfg: EffectiveConfig, ruleId: string, level: RuleLevel): Level | undefined {
  return level !== 'off' && level !== cfg.defaultLevel(ruleId) ? level : undefined;
}
