// Shared bits of the setup-go-matrix e2e tests: a job that can never reach the real go.dev, and
// checks on the tool cache.
import { existsSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { newJob, runStep, distEntry, annotations, type RunnerJob, type StepResult } from './runner.js';

export function offlineJob(opts: { toolCache?: string; base: string }): RunnerJob {
  return newJob({ toolCache: opts.toolCache, env: { GO_DOWNLOAD_BASE_URL: opts.base } });
}

export function setup(
  job: RunnerJob,
  inputs: Record<string, string>,
  opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<StepResult> {
  return runStep(job, distEntry('setup-go-matrix', 'main'), inputs, opts);
}

/** The step's failure message as the runner shows it (unescaped). */
export function failure(step: StepResult): string {
  const errors = annotations(step.stdout, 'error').map((m) => m.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%'));
  if (step.code === 0 || errors.length !== 1)
    throw new Error(`expected one failure, got code ${step.code}: ${step.stdout}\n${step.stderr}`);
  return errors[0]!;
}

export function warnings(step: StepResult): string[] {
  return annotations(step.stdout, 'warning').map((m) => m.replace(/%0A/g, '\n').replace(/%25/g, '%'));
}

/** Every file and folder under the tool cache, relative (empty after a failed install). */
export function toolCacheEntries(job: RunnerJob): string[] {
  const out: string[] = [];
  const walk = (dir: string, depth: number) => {
    if (!existsSync(dir) || depth > 3) return;
    for (const n of readdirSync(dir)) {
      out.push(path.relative(job.toolCache, path.join(dir, n)));
      walk(path.join(dir, n), depth + 1);
    }
  };
  walk(job.toolCache, 0);
  return out;
}

/** Runs a program as a later step of the job would (exported env, added PATH entries). */
export function laterStep(job: RunnerJob, file: string, args: string[], cwd?: string): { code: number; stdout: string; stderr: string } {
  const env = { ...job.env, PATH: [...job.paths, job.env.PATH].join(path.delimiter) };
  const r = spawnSync(file, args, { cwd: cwd ?? job.workspace, env, encoding: 'utf8' });
  return { code: r.status ?? 1, stdout: r.stdout, stderr: r.stderr };
}
