/**
 * Parsers for what a JavaScript action hands back to the GitHub runner, following the runner's
 * own rules: workflow commands on stdout (`::error file=a.ts,line=3::message`) and file
 * commands (`GITHUB_OUTPUT`, `GITHUB_ENV`, `GITHUB_STATE`: `name=value` or `name<<DELIM` heredocs).
 */

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
  /** 1-based stdout line the command was on. */
  line: number;
}

/** Commands the runner acts on (anything else starting with `::` is printed as-is). */
const KNOWN_COMMANDS = new Set([
  'add-mask', 'add-matcher', 'add-path', 'debug', 'echo', 'endgroup', 'error', 'group', 'notice',
  'remove-matcher', 'save-state', 'set-env', 'set-output', 'stop-commands', 'warning',
]);

export function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

export function unescapeProperty(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}

/** Parse one line the way the runner does (leading whitespace allowed), or null. */
export function parseCommandLine(raw: string, lineNo = 0): WorkflowCommand | null {
  const line = raw.replace(/\r$/, '').trimStart();
  if (!line.startsWith('::')) return null;
  const end = line.indexOf('::', 2);
  if (end < 0) return null;
  const info = line.slice(2, end);
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  if (!KNOWN_COMMANDS.has(command)) return null;
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const part of info.slice(space + 1).trim().split(',')) {
      if (part === '') continue;
      const eq = part.indexOf('=');
      if (eq <= 0 || eq === part.length - 1) continue;
      properties[part.slice(0, eq)] = unescapeProperty(part.slice(eq + 1));
    }
  }
  return { command, properties, message: unescapeData(line.slice(end + 2)), line: lineNo };
}

/**
 * All workflow commands in a step's stdout, honouring `::stop-commands::TOKEN` … `::TOKEN::`
 * (between them nothing is a command).
 */
export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  const out: WorkflowCommand[] = [];
  let stopToken: string | null = null;
  const lines = stdout.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    if (stopToken !== null) {
      if (raw.replace(/\r$/, '').trim() === `::${stopToken}::`) stopToken = null;
      continue;
    }
    const cmd = parseCommandLine(raw, i + 1);
    if (!cmd) continue;
    if (cmd.command === 'stop-commands') {
      stopToken = cmd.message;
      continue;
    }
    out.push(cmd);
  }
  return out;
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  title?: string;
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  endColumn?: number;
}

/** The `::error`/`::warning`/`::notice` commands as annotations. */
export function annotationsOf(commands: WorkflowCommand[]): Annotation[] {
  const out: Annotation[] = [];
  for (const c of commands) {
    if (c.command !== 'error' && c.command !== 'warning' && c.command !== 'notice') continue;
    const p = c.properties;
    const num = (k: string): number | undefined => (p[k] !== undefined && /^\d+$/.test(p[k]!) ? Number(p[k]) : undefined);
    const a: Annotation = { level: c.command, message: c.message };
    if (p['title'] !== undefined) a.title = p['title'];
    if (p['file'] !== undefined) a.file = p['file'];
    const line = num('line');
    const endLine = num('endLine');
    const col = num('col');
    const endColumn = num('endColumn');
    if (line !== undefined) a.line = line;
    if (endLine !== undefined) a.endLine = endLine;
    if (col !== undefined) a.col = col;
    if (endColumn !== undefined) a.endColumn = endColumn;
    out.push(a);
  }
  return out;
}

/**
 * Parse a `GITHUB_OUTPUT`/`GITHUB_ENV`/`GITHUB_STATE` file with the runner's rules:
 * `NAME=VALUE` lines and `NAME<<DELIMITER` heredocs ending at a line equal to DELIMITER.
 * Throws with the runner's wording on malformed content (the runner fails the step then).
 * A later assignment of the same name wins.
 */
export function parseFileCommand(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  let pos = 0;
  // Lines with their terminators (\n or \r\n), like the runner's ReadLine.
  const readLine = (): { line: string; newline: string | null } | null => {
    if (pos >= text.length) return null;
    const nl = text.indexOf('\n', pos);
    if (nl < 0) {
      const line = text.slice(pos);
      pos = text.length;
      return { line, newline: null };
    }
    const crlf = nl > pos && text[nl - 1] === '\r';
    const line = text.slice(pos, crlf ? nl - 1 : nl);
    pos = nl + 1;
    return { line, newline: crlf ? '\r\n' : '\n' };
  };
  for (let cur = readLine(); cur !== null; cur = readLine()) {
    const line = cur.line;
    if (line === '') continue;
    const eq = line.indexOf('=');
    const hd = line.indexOf('<<');
    if (eq >= 0 && (hd < 0 || eq < hd)) {
      const key = line.slice(0, eq);
      if (key === '') throw new Error(`Invalid format '${line}'. Name must not be empty`);
      out[key] = line.slice(eq + 1);
    } else if (hd >= 0 && (eq < 0 || hd < eq)) {
      const key = line.slice(0, hd);
      const delimiter = line.slice(hd + 2);
      if (key === '') throw new Error(`Invalid format '${line}'. Name must not be empty`);
      if (delimiter === '') throw new Error(`Invalid format '${line}'. Delimiter must not be empty`);
      const start = pos;
      let end = pos;
      for (;;) {
        const next = readLine();
        if (next === null) throw new Error(`Invalid value. Matching delimiter not found '${delimiter}'`);
        if (next.line === delimiter) break;
        if (next.newline === null) throw new Error(`Invalid value. EOF marker missing new line.`);
        end = pos - next.newline.length;
      }
      out[key] = end > start ? text.slice(start, end) : '';
    } else {
      throw new Error(`Invalid format '${line}'`);
    }
  }
  return out;
}

/** `GITHUB_PATH`: one directory per non-empty line. */
export function parsePathFile(text: string): string[] {
  return text.split(/\r?\n/).filter((l) => l.trim() !== '');
}
