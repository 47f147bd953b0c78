// How an action runs on any platform: one definition (inputs table + main/post functions),
// run by the GitHub entry bundles or by the CLI with a file-based runtime.
import { Inputs, type InputTable } from './inputs.js';
import type { Phase, Runtime } from './runtime.js';

export interface ActionContext {
  rt: Runtime;
  inputs: Inputs;
}

export interface ActionDefinition {
  /** The action's public name, as in actions/<name>/action.yml and `go-ci-kit <name>`. */
  name: string;
  inputs: InputTable;
  outputs: readonly string[];
  main(ctx: ActionContext): Promise<void>;
  /** Post step (GitHub `runs.post`; `go-ci-kit <name> --post`). Never fails the job. */
  post?(ctx: ActionContext): Promise<void>;
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Runs one phase; returns false when the phase failed the job. */
export async function runPhase(def: ActionDefinition, phase: Phase, rt: Runtime): Promise<boolean> {
  const ctx: ActionContext = { rt, inputs: new Inputs(rt, def.inputs) };
  if (phase === 'post') {
    if (!def.post) return true;
    try {
      await def.post(ctx);
    } catch (e) {
      rt.warning(`${def.name} post step: ${message(e)}`);
    }
    return true;
  }
  try {
    ctx.inputs.validate();
    await def.main(ctx);
    return true;
  } catch (e) {
    rt.setFailed(message(e));
    if (e instanceof Error && e.stack) rt.debug(e.stack);
    return false;
  }
}
