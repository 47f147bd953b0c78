// The abi-build script of the two front doors: the GitLab leg (templates/setup-go-matrix) and the
// reusable workflow's abi-build step (.github/workflows/go-matrix.yml) hold the same shell text;
// tests read it from both files and run it with real Go.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { repoRoot } from './runner.js';

/** The first line of the script in both files. */
const firstLine = '# What abi-diff compares:';

/** The leg's script item of the setup-go-matrix component that builds for abi-diff. */
export function templateAbiBuildScript(): string {
  const docs = parseAllDocuments(readFileSync(path.join(repoRoot, 'templates', 'setup-go-matrix', 'template.yml'), 'utf8'));
  const body = docs[1]!.toJS() as Record<string, { script: string[] }>;
  const job = Object.values(body)[0]!;
  const item = job.script.find((s) => s.startsWith(firstLine));
  if (!item) throw new Error(`templates/setup-go-matrix/template.yml: no script item starting with "${firstLine}"`);
  return item;
}

export interface WorkflowStep {
  name?: string;
  if?: string;
  env?: Record<string, string>;
  run?: string;
}

/** The reusable workflow's abi-build step of the test job. */
export function workflowAbiBuildStep(): WorkflowStep {
  const wf = parse(readFileSync(path.join(repoRoot, '.github', 'workflows', 'go-matrix.yml'), 'utf8')) as {
    jobs: Record<string, { steps: WorkflowStep[] }>;
  };
  const step = wf.jobs.test!.steps.find((s) => s.name === 'abi-build');
  if (!step?.run) throw new Error('.github/workflows/go-matrix.yml: the test job has no abi-build step with a run script');
  return step;
}
