/**
 * One-call setup for end-to-end tests of a pull_request run:
 *
 *   const sc = await pullRequestScenario({ base: { 'a.ts': 'ok\n' }, head: { 'a.ts': 'BAD\n' } });
 *   const run = await sc.run({ inputs: { 'check-name': 'Guardian' } });
 *   expect(run.exitCode).toBe(1);
 *   sc.sim.assertNoViolations();
 *   await sc.cleanup();
 *
 * It builds a real git repository (base on `main`, head on a feature branch), creates the PR
 * refs, checks the merge commit out like actions/checkout, seeds the PR in the simulator and
 * builds the `pull_request` event. A fork PR runs with the read-only token, as on GitHub.
 */
import { makeRepo, type TempRepo } from './git-repo.js';
import { checkoutPullRequest, type PullRequestRefs, type Workspace } from './checkout.js';
import { pullRequestEvent, workflowRunEvent, type TriggerEvent } from './github-events.js';
import { runAction, type ActionRun, type RunActionOptions } from './run-action.js';
import { GitHubSimulator, type SimulatorOptions } from '../sim/github-simulator.js';
import type { PullRequestState } from '../sim/github-objects.js';

export interface PullRequestScenarioOptions {
  /** Files on the base branch (`main`). */
  base: Record<string, string | Buffer>;
  /** Files written (added/changed) on the head branch. */
  head: Record<string, string | Buffer>;
  /** Paths deleted on the head branch. */
  removed?: string[];
  number?: number;
  headRef?: string;
  fork?: boolean;
  /** actions/checkout fetch-depth (default 0: full history, the documented setup for Guardian). */
  fetchDepth?: number;
  /** Start a simulator with these options (ignored when `sim` is given). */
  simOptions?: SimulatorOptions;
  /** Reuse a running simulator (e.g. for a second run against the same state). */
  sim?: GitHubSimulator;
}

export interface PullRequestScenario {
  sim: GitHubSimulator;
  source: TempRepo;
  workspace: Workspace;
  refs: PullRequestRefs;
  pr: PullRequestState;
  event: TriggerEvent;
  /** The job token the run gets: the read-only one for forks, else the write one. */
  token: string;
  /** Run the action (default entry: action.yml's runs.main) with the scenario's env. */
  run(o?: Partial<RunActionOptions>): Promise<ActionRun>;
  /** A `workflow_run` event for this PR (for the fork-safe report workflow). */
  workflowRun(o?: { conclusion?: 'success' | 'failure' }): TriggerEvent;
  cleanup(): Promise<void>;
}

export async function pullRequestScenario(o: PullRequestScenarioOptions): Promise<PullRequestScenario> {
  const ownSim = o.sim === undefined;
  const sim = o.sim ?? (await GitHubSimulator.start(o.simOptions));
  const number = o.number ?? 7;
  const headRef = o.headRef ?? 'feature/change';
  const source = makeRepo(o.base);
  const runs: ActionRun[] = [];
  let workspace: Workspace | undefined;
  try {
    source.commit('base');
    source.git('checkout', '-q', '-b', headRef);
    source.write(o.head);
    if (o.removed?.length) source.remove(...o.removed);
    source.commit('change');
    source.git('checkout', '-q', 'main');
    const co = checkoutPullRequest(source, { number, baseRef: 'main', headRef, fetchDepth: o.fetchDepth ?? 0 });
    workspace = co.workspace;
    const pr = sim.seedPullRequest({ number, headSha: co.refs.headSha, baseSha: co.refs.baseSha, headRef, fork: o.fork ?? false });
    const event = pullRequestEvent({ pr, urls: sim.urls, mergeSha: co.refs.mergeSha });
    const token = o.fork ? sim.tokens.readOnly : sim.tokens.installation;
    const ws = workspace;
    return {
      sim,
      source,
      workspace: ws,
      refs: co.refs,
      pr,
      event,
      token,
      async run(extra = {}) {
        const run = await runAction({ workspace: ws.dir, event, apiUrl: sim.url, token, ...extra });
        runs.push(run);
        return run;
      },
      workflowRun(w = {}) {
        return workflowRunEvent({ pr, urls: sim.urls, defaultBranchSha: co.refs.baseSha, ...(w.conclusion ? { conclusion: w.conclusion } : {}) });
      },
      async cleanup() {
        for (const r of runs) r.cleanup();
        ws.cleanup();
        source.cleanup();
        if (ownSim) await sim.stop();
      },
    };
  } catch (e) {
    workspace?.cleanup();
    source.cleanup();
    if (ownSim) await sim.stop();
    throw e;
  }
}
