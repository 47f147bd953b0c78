// Reads this repo's action.yml and workflow files: the shapes the YAML tests compare with the code.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from './runner.js';

export interface ActionYml {
  name: string;
  inputs: Record<string, { default?: string | number | boolean; required?: boolean; description?: string }>;
  outputs: Record<string, { description?: string }>;
  runs: { using: string; main: string; post?: string };
}

export function actionNames(): string[] {
  const dir = path.join(repoRoot, 'actions');
  return readdirSync(dir)
    .filter((n) => existsSync(path.join(dir, n, 'action.yml')))
    .sort();
}

export function actionYmlPath(name: string): string {
  return path.join(repoRoot, 'actions', name, 'action.yml');
}

export function readActionYml(name: string): ActionYml {
  const doc = parse(readFileSync(actionYmlPath(name), 'utf8')) as Partial<ActionYml>;
  return { name: doc.name ?? '', inputs: doc.inputs ?? {}, outputs: doc.outputs ?? {}, runs: doc.runs as ActionYml['runs'] };
}

export function workflowPaths(): string[] {
  const dir = path.join(repoRoot, '.github', 'workflows');
  return readdirSync(dir)
    .filter((n) => /\.ya?ml$/.test(n))
    .sort()
    .map((n) => path.join(dir, n));
}

export interface StepUse {
  file: string;
  job: string;
  /** The action folder name for `./actions/<name>` or `./.go-ci-kit/src/actions/<name>`. */
  action: string;
  with: Record<string, unknown>;
}

/** Every step in the workflows that runs one of this repo's actions, with its `with:` block. */
export function localActionSteps(): StepUse[] {
  const out: StepUse[] = [];
  for (const file of workflowPaths()) {
    const doc = parse(readFileSync(file, 'utf8')) as {
      jobs?: Record<string, { steps?: { uses?: string; with?: Record<string, unknown> }[] }>;
    };
    for (const [job, def] of Object.entries(doc.jobs ?? {})) {
      for (const step of def.steps ?? []) {
        const m = /^\.\/(?:\.go-ci-kit\/src\/)?actions\/([^/@]+)$/.exec(step.uses ?? '');
        if (m) out.push({ file: path.basename(file), job, action: m[1]!, with: step.with ?? {} });
      }
    }
  }
  return out;
}
