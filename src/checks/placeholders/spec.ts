/**
 * Plain data shapes shared by the loader (main thread) and the scanner (main thread or worker):
 * the language table and the scan configuration. No imports, so the worker bundle stays small.
 */

export type CommentWhere = 'anywhere' | 'word-start' | 'line-start';

export interface LineCommentSpec {
  token: string;
  where?: CommentWhere;
  /** Extra characters that may precede a `word-start` token (besides whitespace). */
  after?: string;
  /** The token does not open a comment right after one of these characters. */
  notAfter?: string;
  /** The token does not open a comment right before one of these characters. */
  notBefore?: string;
}

export interface BlockCommentSpec {
  open: string;
  close?: string;
  nests?: boolean;
  lineStart?: boolean;
  leveled?: boolean;
}

export interface StringSpec {
  open: string;
  close?: string;
  /** Escape character; null for none. Default backslash. */
  escape?: string | null;
  doubled?: boolean;
  multiline?: boolean;
  interpolation?: string;
  interpolationDoubled?: boolean;
  prefixes?: string[];
  anyCase?: boolean;
  char?: boolean;
  notAfterIdent?: boolean;
  lineStart?: boolean;
  closeLineStart?: boolean;
  openAfter?: string;
  doc?: boolean;
  raw?: 'hashes' | 'cpp' | 'leveled';
  minHashes?: number;
}

export interface HeredocSpec {
  opener: string;
  notFollowedBy?: string;
  flags?: string;
  spaces?: boolean;
  quotes?: string;
  backslash?: boolean;
  bare?: 'any' | 'upper-or-flag';
  trailing?: boolean;
}

export interface QuoteLikeSpec {
  prefix: string;
  parts?: 1 | 2;
  context?: 'expression' | 'any';
  exclude?: string;
}

export interface IslandSpec {
  open: string;
  openEnd?: string;
  close: string;
  language: string;
  ignoreCase?: boolean;
  attributeLanguages?: Record<string, string>;
}

export interface LanguageSpec {
  id: string;
  name: string;
  extensions?: string[];
  filenames?: string[];
  filenamePrefixes?: string[];
  shebangs?: string[];
  minifiable?: boolean;
  notebook?: boolean;
  docstrings?: boolean;
  lineComments?: LineCommentSpec[];
  blockComments?: BlockCommentSpec[];
  strings?: StringSpec[];
  heredocs?: HeredocSpec[];
  quoteLike?: QuoteLikeSpec[];
  regexLiterals?: boolean;
  regexAfterWords?: string[];
  codeEscape?: string;
  islands?: IslandSpec[];
  endMarkers?: string[];
}

/** One marker tag after merging data and user options. */
export interface TagConfig {
  tag: string;
  ruleId: string;
  aliases: string[];
  requireReference: boolean;
  /** Message when the tag needs no reference (or its own message). `{tag}` is replaced. */
  message: string;
}

export interface StubConfig {
  ruleId: string;
  title: string;
  languages: string[];
  literals: string[];
  /** JavaScript regular expression source (flags `g` added). */
  pattern?: string;
  detector?: 'python-empty-function';
  notInAbstractMethod?: boolean;
  message: string;
}

/** Everything a scanner needs; structured-cloneable so it can be sent to worker threads. */
export interface ScanConfig {
  languages: LanguageSpec[];
  /** Extra file-name or extension mappings from the user: `.tpl` or `Jenkinsfile.ci` → language id. */
  languageOverrides: Record<string, string>;
  tags: TagConfig[];
  unreferencedMessage: string;
  references: Array<{ pattern: string; group: boolean }>;
  notReferences: string[];
  expiry: { ruleId: string; message: string; invalidMessage: string };
  stubs: StubConfig[];
  placeholderLiterals: { ruleId: string; title: string; literals: string[]; message: string };
  generatedMarkers: string[];
  minifiedLineLength: number;
  maxFileBytes: number;
  docstringsAsComments: boolean;
  /** Today in UTC, `YYYY-MM-DD`: markers dated before it are expired. */
  today: string;
}

/** What the scanner reports for one finding; the check turns it into a FindingInput. */
export interface RawFinding {
  ruleId: string;
  message: string;
  title: string;
  line: number;
  column: number;
  endColumn: number;
  snippet: string;
  /** Normalized text that identifies the finding independent of its line (moved-marker test). */
  key: string;
  /** The tag, for tag and expiry findings (per-tag path levels). */
  tag?: string;
  expires?: string;
}

export type SkipReason = 'binary' | 'generated' | 'minified' | 'too-large' | 'unreadable' | 'invalid-notebook';

export interface FileResult {
  path: string;
  findings: RawFinding[];
  skipped?: SkipReason;
  /** Size in bytes when skipped as too large. */
  size?: number;
}
