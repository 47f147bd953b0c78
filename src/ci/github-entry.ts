// Entry used by each action's dist bundle on a GitHub runner.
import type { ActionDefinition } from './action.js';
import { runPhase } from './action.js';
import { GitHubRuntime } from './github.js';
import type { Phase } from './runtime.js';

export async function runOnGitHub(def: ActionDefinition, phase: Phase): Promise<void> {
  await runPhase(def, phase, new GitHubRuntime());
}
