/** The compile check's rules. */
import type { RuleMeta } from '../../core/types.js';

const HELP_URI = 'https://github.com/guardian-ci/guardian#compile';

const rule = (id: string, name: string, shortDescription: string, fullDescription: string, help: string, defaultLevel: RuleMeta['defaultLevel'], tags: string[]): RuleMeta => ({
  id: `compile/${id}`,
  name,
  shortDescription,
  fullDescription,
  help,
  helpUri: `${HELP_URI}-${id}`,
  defaultLevel,
  tags,
});

export const R = {
  pureParser: 'compile/pure-parser',
  pureCompilation: 'compile/pure-compilation',
  pureWarning: 'compile/pure-warning',
  pureNotSupported: 'compile/pure-not-supported',
  pureInvalidFile: 'compile/pure-invalid-file',
  commandError: 'compile/command-error',
  commandWarning: 'compile/command-warning',
  commandNote: 'compile/command-note',
  commandFailed: 'compile/command-failed',
  commandMissingTool: 'compile/command-missing-tool',
  commandTimeout: 'compile/command-timeout',
} as const;

export const RULES: RuleMeta[] = [
  rule('pure-parser', 'PURE parser error', 'A PURE file does not parse.', 'The Legend grammar parser rejects the file; the model is not compiled until every file parses.', 'Fix the syntax at the reported position (the message is the Legend parser\'s).', 'error', ['legend', 'pure']),
  rule('pure-compilation', 'PURE compilation error', 'The PURE model does not compile.', 'The Legend compiler rejects the model: an unknown type, property, profile or function, a duplicate element, a type or multiplicity mismatch, a mapping or service reference that does not resolve, ...', "Fix the model at the reported position; the message is the Legend engine's own.", 'error', ['legend', 'pure']),
  rule('pure-warning', 'PURE compilation warning', 'The Legend compiler warns about the model.', 'The model compiles, with a Legend compiler warning (duplicated properties or enumeration values, a runtime that covers no mapping, a service without a title, ...).', 'Fix the model as the warning says.', 'warning', ['legend', 'pure']),
  rule('pure-not-supported', 'Not checked by the embedded engine', 'Part of the model is outside what the embedded engine checks.', 'The embedded engine does not type-check this construct (a function outside its standard-library subset, metamodel navigation, an unsupported element type); a Legend engine would.', 'Configure a Legend engine URL to compile the whole model, or ignore this notice.', 'notice', ['legend', 'pure']),
  rule('pure-invalid-file', 'Unreadable PURE source', 'A file under checks.compile.pure.paths cannot be read as PURE grammar or as an SDLC entity.', 'The file is binary, not UTF-8, too large, malformed JSON, or JSON that is not a Legend SDLC entity.', 'Fix the file, or exclude it with checks.compile.pure.paths.', 'error', ['legend', 'pure']),
  rule('command-error', 'Compile command error', 'A compile command reports an error.', "An error printed by one of the compile commands in checks.compile.commands, mapped to the file and position with the command's matcher.", 'Fix the reported error so that the command passes.', 'error', ['build']),
  rule('command-warning', 'Compile command warning', 'A compile command reports a warning.', 'A warning printed by one of the compile commands, mapped with its matcher.', 'Fix the warning, or lower this rule\'s level.', 'warning', ['build']),
  rule('command-note', 'Compile command note', 'A compile command prints a note.', 'A note or informational message printed by a compile command, mapped with its matcher.', 'Read the note; no action is required.', 'notice', ['build']),
  rule('command-failed', 'Compile command failed', 'A compile command exits with an error that its matcher does not explain.', 'The command exited with a non-zero code and none of its output matched the configured matcher, or its working directory does not exist.', "Run the command locally, fix the failure, or set a matcher that recognises the tool's output.", 'error', ['build']),
  rule('command-missing-tool', 'Compile tool missing', 'A compile command cannot run because its program is not installed.', 'The shell did not find the program (exit code 127, or the shell itself could not start).', 'Install the tool in the workflow before Guardian runs (e.g. `npm ci`, `actions/setup-node`), or fix the command.', 'error', ['build']),
  rule('command-timeout', 'Compile command timed out', 'A compile command ran longer than its timeout.', 'The command was stopped after `timeout` seconds (default 900).', 'Make the command faster or raise its `timeout`.', 'error', ['build']),
];
