/**
 * The parts of a workflow or action definition the audits read, taken from the YAML document
 * once, with the nodes kept for positions (pure). Structural problems become findings of
 * `governance/invalid-workflow` instead of exceptions.
 */
import { type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import { asMap, asScalar, asSeq, entries, entry, nodeSpan, scalarText, type Entry, type YamlFile } from './yaml-file.js';

export interface StepModel {
  node: YAMLMap;
  /** 0-based position in its job. */
  index: number;
  name?: string;
  id?: string;
  uses?: Scalar;
  /** `uses:` text, trimmed. */
  usesText?: string;
  run?: Scalar;
  with: Map<string, Entry>;
  env?: YAMLMap;
  ifNode?: Scalar;
  shell?: string;
}

export interface JobModel {
  id: string;
  key: Scalar;
  node: YAMLMap;
  name?: string;
  /** Reusable workflow call (`jobs.<id>.uses`). */
  uses?: Scalar;
  secrets?: Entry;
  permissions?: Entry;
  runsOn?: Entry;
  ifNode?: Scalar;
  matrix?: YAMLMap;
  defaultShell?: string;
  container?: Entry;
  services?: Entry;
  env?: YAMLMap;
  steps: StepModel[];
}

export interface Trigger {
  event: string;
  /** The node naming the event (a key or a list item). */
  node: Node;
  /** Its configuration (e.g. `inputs:`), when a mapping. */
  config: YAMLMap | null;
}

export interface InputDecl {
  name: string;
  type?: string;
}

export interface Problem {
  message: string;
  start: number;
  end: number;
}

export interface WorkflowModel {
  file: YamlFile;
  kind: 'workflow' | 'action';
  root: YAMLMap | null;
  onEntry?: Entry;
  triggers: Trigger[];
  permissions?: Entry;
  defaultShell?: string;
  env?: YAMLMap;
  jobs: JobModel[];
  /** Declared inputs, by lower-cased name (workflow_dispatch, workflow_call, or the action's). */
  inputs: Map<string, InputDecl>;
  /** `runs.using` of an action. */
  actionUsing?: string;
  /** `runs.image` of a Docker action. */
  actionImage?: Scalar;
  problems: Problem[];
}

export function buildWorkflowModel(file: YamlFile, kind: 'workflow' | 'action'): WorkflowModel {
  const model: WorkflowModel = { file, kind, root: null, triggers: [], jobs: [], inputs: new Map(), problems: [] };
  const problem = (node: Node | Pair | null | undefined, message: string): void => {
    const [start, end] = nodeSpan(file, node);
    model.problems.push({ message, start, end });
  };
  for (const e of file.errors) model.problems.push({ message: `YAML syntax error: ${e.message}`, start: e.offset, end: e.endOffset });
  if (file.errors.length) return model;

  const contents = file.doc.contents;
  const root = asMap(file, contents);
  if (!root) {
    problem(contents as Node | null, `the file must be a YAML mapping of ${kind === 'workflow' ? '`on:` and `jobs:`' : '`name:`, `inputs:` and `runs:`'}`);
    return model;
  }
  model.root = root;
  if (kind === 'workflow') readWorkflow(file, model, root, problem);
  else readAction(file, model, root, problem);
  return model;
}

type Report = (node: Node | Pair | null | undefined, message: string) => void;

function readWorkflow(file: YamlFile, model: WorkflowModel, root: YAMLMap, problem: Report): void {
  const on = entry(file, root, 'on');
  if (!on) problem(root, 'the workflow has no `on:` key, so GitHub never runs it; add the events that should trigger it');
  else {
    model.onEntry = on;
    model.triggers = readTriggers(file, on, problem);
  }
  model.permissions = entry(file, root, 'permissions');
  model.defaultShell = defaultShell(file, root);
  model.env = asMap(file, entry(file, root, 'env')?.value) ?? undefined;
  for (const t of model.triggers) {
    if (t.event !== 'workflow_dispatch' && t.event !== 'workflow_call') continue;
    for (const inp of entries(file, asMap(file, entry(file, t.config, 'inputs')?.value))) {
      const type = scalarText(file, entry(file, asMap(file, inp.value), 'type')?.value);
      const name = inp.keyText.toLowerCase();
      const prev = model.inputs.get(name);
      // Declared by both triggers with different types: treat it as free text.
      model.inputs.set(name, { name: inp.keyText, type: prev === undefined || prev.type === type ? type : undefined });
    }
  }
  const jobsEntry = entry(file, root, 'jobs');
  if (!jobsEntry) {
    problem(root, 'the workflow has no `jobs:` key; add at least one job');
    return;
  }
  const jobs = asMap(file, jobsEntry.value);
  if (!jobs) {
    problem(jobsEntry.value ?? jobsEntry.key, '`jobs:` must be a mapping of job ids to jobs');
    return;
  }
  for (const j of entries(file, jobs)) {
    const node = asMap(file, j.value);
    if (!node) {
      problem(j.value ?? j.key, `job \`${j.keyText}\` must be a mapping (with \`runs-on:\` and \`steps:\`, or \`uses:\`)`);
      continue;
    }
    const job: JobModel = {
      id: j.keyText,
      key: j.key,
      node,
      name: scalarText(file, entry(file, node, 'name')?.value),
      uses: asScalar(file, entry(file, node, 'uses')?.value) ?? undefined,
      secrets: entry(file, node, 'secrets'),
      permissions: entry(file, node, 'permissions'),
      runsOn: entry(file, node, 'runs-on'),
      ifNode: asScalar(file, entry(file, node, 'if')?.value) ?? undefined,
      matrix: asMap(file, entry(file, asMap(file, entry(file, node, 'strategy')?.value), 'matrix')?.value) ?? undefined,
      defaultShell: defaultShell(file, node) ?? model.defaultShell,
      container: entry(file, node, 'container'),
      services: entry(file, node, 'services'),
      env: asMap(file, entry(file, node, 'env')?.value) ?? undefined,
      steps: [],
    };
    if (!job.uses && !job.runsOn) problem(j.key, `job \`${j.keyText}\` has neither \`runs-on:\` nor \`uses:\`; GitHub rejects the workflow`);
    const stepsEntry = entry(file, node, 'steps');
    if (stepsEntry) job.steps = readSteps(file, stepsEntry, problem, job.defaultShell);
    else if (!job.uses) problem(j.key, `job \`${j.keyText}\` has no \`steps:\``);
    model.jobs.push(job);
  }
}

function readAction(file: YamlFile, model: WorkflowModel, root: YAMLMap, problem: Report): void {
  for (const inp of entries(file, asMap(file, entry(file, root, 'inputs')?.value))) {
    model.inputs.set(inp.keyText.toLowerCase(), { name: inp.keyText });
  }
  const runsEntry = entry(file, root, 'runs');
  if (!runsEntry) {
    problem(root, 'the action has no `runs:` key; add `runs.using` (composite, node20/node24 or docker)');
    return;
  }
  const runs = asMap(file, runsEntry.value);
  if (!runs) {
    problem(runsEntry.value ?? runsEntry.key, '`runs:` must be a mapping with `using:`');
    return;
  }
  model.actionUsing = scalarText(file, entry(file, runs, 'using')?.value);
  if (!model.actionUsing) problem(runsEntry.key, '`runs:` has no `using:` (composite, node20/node24 or docker)');
  const image = asScalar(file, entry(file, runs, 'image')?.value);
  if (image) model.actionImage = image;
  if (model.actionUsing === 'composite') {
    const stepsEntry = entry(file, runs, 'steps');
    const steps = stepsEntry ? readSteps(file, stepsEntry, problem, undefined) : [];
    if (!stepsEntry) problem(runsEntry.key, 'a composite action needs `runs.steps:`');
    // One pseudo-job so job-scoped audits (artipacked) read the action's steps as a unit.
    model.jobs.push({ id: '(composite action)', key: runsEntry.key, node: runs, steps });
  }
}

function readTriggers(file: YamlFile, on: Entry, problem: Report): Trigger[] {
  const v = on.value;
  const s = asScalar(file, v);
  if (s) {
    const text = scalarText(file, s);
    return text ? [{ event: text, node: s, config: null }] : [];
  }
  const seq = asSeq(file, v);
  if (seq) {
    const out: Trigger[] = [];
    for (const item of seq.items) {
      const it = asScalar(file, item);
      const text = scalarText(file, it);
      if (it && text) out.push({ event: text, node: it, config: null });
      else problem(item as Node, 'each item of `on:` must be an event name');
    }
    return out;
  }
  const map = asMap(file, v);
  if (map) return entries(file, map).map((e) => ({ event: e.keyText, node: e.key, config: asMap(file, e.value) }));
  problem(v ?? on.key, '`on:` must be an event name, a list of events or a mapping of events');
  return [];
}

function readSteps(file: YamlFile, stepsEntry: Entry, problem: Report, shell: string | undefined): StepModel[] {
  const seq = asSeq(file, stepsEntry.value);
  if (!seq) {
    problem(stepsEntry.value ?? stepsEntry.key, '`steps:` must be a list of steps');
    return [];
  }
  const out: StepModel[] = [];
  seq.items.forEach((item, index) => {
    const node = asMap(file, item);
    if (!node) {
      problem(item as Node, `step ${index + 1} must be a mapping with \`uses:\` or \`run:\``);
      return;
    }
    const uses = asScalar(file, entry(file, node, 'uses')?.value) ?? undefined;
    const run = asScalar(file, entry(file, node, 'run')?.value) ?? undefined;
    if (!uses && !run) problem(node, `step ${index + 1} has neither \`uses:\` nor \`run:\``);
    if (uses && run) problem(node, `step ${index + 1} has both \`uses:\` and \`run:\`; GitHub rejects it`);
    const withMap = new Map<string, Entry>();
    for (const w of entries(file, asMap(file, entry(file, node, 'with')?.value))) withMap.set(w.keyText.toLowerCase(), w);
    out.push({
      node,
      index,
      name: scalarText(file, entry(file, node, 'name')?.value),
      id: scalarText(file, entry(file, node, 'id')?.value),
      uses,
      usesText: scalarText(file, uses)?.trim(),
      run,
      with: withMap,
      env: asMap(file, entry(file, node, 'env')?.value) ?? undefined,
      ifNode: asScalar(file, entry(file, node, 'if')?.value) ?? undefined,
      shell: scalarText(file, entry(file, node, 'shell')?.value) ?? shell,
    });
  });
  return out;
}

function defaultShell(file: YamlFile, node: YAMLMap): string | undefined {
  const defaults = asMap(file, entry(file, node, 'defaults')?.value);
  const run = asMap(file, entry(file, defaults, 'run')?.value);
  return scalarText(file, entry(file, run, 'shell')?.value);
}

/** `owner/repo` of a `uses:` reference, lower-cased, or null for local and Docker references. */
export function usesRepository(uses: string): string | null {
  if (uses.startsWith('./') || uses.startsWith('docker://')) return null;
  const at = uses.indexOf('@');
  const path = at < 0 ? uses : uses.slice(0, at);
  const parts = path.split('/');
  if (parts.length < 2 || !parts[0] || !parts[1]) return null;
  return `${parts[0]}/${parts[1]}`.toLowerCase();
}

/** The `@ref` part of a `uses:` reference, or null. */
export function usesRef(uses: string): string | null {
  const at = uses.lastIndexOf('@');
  return at < 0 ? null : uses.slice(at + 1);
}

/** Whether a `uses:` names `action` (e.g. `actions/checkout`), any ref. */
export function usesAction(uses: string | undefined, action: string): boolean {
  if (!uses) return false;
  const at = uses.indexOf('@');
  const path = (at < 0 ? uses : uses.slice(0, at)).toLowerCase();
  return path === action.toLowerCase();
}
