// Runs a dist bundle the way the GitHub runner does: INPUT_* env, GITHUB_OUTPUT/ENV/PATH/STATE/
// STEP_SUMMARY files, then (optionally) the post bundle with STATE_* from the main step.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { removeOnExit } from './tmp.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The node that runs action bundles: the runner's own is node24 (action.yml `using: node24`).
 * scripts/test.sh fetches Node 24 from the npm registry and names it in GO_CI_KIT_ACTION_NODE;
 * without it the bundles run on the node running the tests.
 */
export const actionNode = process.env.GO_CI_KIT_ACTION_NODE || process.execPath;

export function distEntry(action: string, phase: 'main' | 'post' = 'main'): string {
  return path.join(repoRoot, 'dist', action, phase, 'index.js');
}

/** Parses a runner file of `name=value` lines and `name<<DELIM ... DELIM` blocks. */
export function parseRunnerFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delim] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i]!);
      out[name!] = value.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq > 0) out[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return out;
}

export interface RunnerJob {
  /** Root of this fake runner: temp, tool cache, workspace and the command files live here. */
  root: string;
  workspace: string;
  toolCache: string;
  temp: string;
  /** Env every step of the job gets (GITHUB_ENV exports accumulate here, as on a runner). */
  env: NodeJS.ProcessEnv;
  /** PATH entries added by steps, newest first. */
  paths: string[];
}

export interface StepResult {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  exported: Record<string, string>;
  addedPaths: string[];
  state: Record<string, string>;
  summary: string;
}

// Every job of this test process lives under one folder, removed when the process exits (tmp.ts)
// (set GCK_KEEP_TMP=1 to keep it for a post-mortem).
let jobsRoot: string | undefined;
function jobsFolder(): string {
  if (!jobsRoot) {
    jobsRoot = mkdtempSync(path.join(os.tmpdir(), 'gck-runner-'));
    removeOnExit(jobsRoot);
  }
  return jobsRoot;
}

export function newJob(opts: { toolCache?: string; env?: NodeJS.ProcessEnv } = {}): RunnerJob {
  const root = mkdtempSync(path.join(jobsFolder(), 'job-'));
  const job: RunnerJob = {
    root,
    workspace: path.join(root, 'workspace'),
    toolCache: opts.toolCache ?? path.join(root, 'toolcache'),
    temp: path.join(root, 'temp'),
    env: {},
    paths: [],
  };
  for (const d of [job.workspace, job.toolCache, job.temp]) mkdirSync(d, { recursive: true });
  const base: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    LANG: 'C.UTF-8',
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: os.arch() === 'arm64' ? 'ARM64' : 'X64',
    RUNNER_TEMP: job.temp,
    RUNNER_TOOL_CACHE: job.toolCache,
    GITHUB_WORKSPACE: job.workspace,
    GITHUB_RUN_ID: String(process.hrtime.bigint() % 1000000000n),
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REPOSITORY: 'acme/service',
    GITHUB_JOB: 'test',
  };
  job.env = { ...base, ...opts.env };
  return job;
}

let stepCounter = 0;

export interface StartedStep {
  child: ChildProcess;
  done: Promise<StepResult>;
}

/**
 * Starts one phase of a bundle as the runner does: inputs as INPUT_<NAME> (hyphens kept), fresh
 * GITHUB_OUTPUT/ENV/PATH/STATE/STEP_SUMMARY files, STATE_* from an earlier phase. `wrap` runs node
 * under another program (e.g. prlimit); the child is handed out so a test can kill it.
 */
export function startStep(
  job: RunnerJob,
  entry: string,
  inputs: Record<string, string>,
  opts: { state?: Record<string, string>; env?: NodeJS.ProcessEnv; cwd?: string; wrap?: readonly string[] } = {},
): StartedStep {
  const n = `${process.pid}-${++stepCounter}`;
  const files = {
    GITHUB_OUTPUT: path.join(job.root, `output-${n}`),
    GITHUB_ENV: path.join(job.root, `env-${n}`),
    GITHUB_PATH: path.join(job.root, `path-${n}`),
    GITHUB_STATE: path.join(job.root, `state-${n}`),
    GITHUB_STEP_SUMMARY: path.join(job.root, `summary-${n}`),
  };
  for (const f of Object.values(files)) writeFileSync(f, '');
  const env: NodeJS.ProcessEnv = { ...job.env, ...files, ...opts.env };
  env.PATH = [...job.paths, job.env.PATH].join(path.delimiter);
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  for (const [k, v] of Object.entries(opts.state ?? {})) env[`STATE_${k}`] = v;
  const argv = [...(opts.wrap ?? []), actionNode, entry];
  const child = spawn(argv[0]!, argv.slice(1), { cwd: opts.cwd ?? job.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
  child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
  const done = new Promise<StepResult>((resolve) =>
    child.on('close', (c, signal) => {
      const exported = parseRunnerFile(readFileSync(files.GITHUB_ENV, 'utf8'));
      const addedPaths = readFileSync(files.GITHUB_PATH, 'utf8').split('\n').filter(Boolean);
      // Like the runner: later steps see exported env and added paths.
      Object.assign(job.env, exported);
      job.paths.unshift(...[...addedPaths].reverse());
      resolve({
        code: c ?? (signal ? 128 : 1),
        stdout,
        stderr,
        outputs: parseRunnerFile(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
        exported,
        addedPaths,
        state: parseRunnerFile(readFileSync(files.GITHUB_STATE, 'utf8')),
        summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
      });
    }),
  );
  return { child, done };
}

/** Runs one phase of a bundle to its end (startStep). */
export function runStep(
  job: RunnerJob,
  entry: string,
  inputs: Record<string, string>,
  opts: { state?: Record<string, string>; env?: NodeJS.ProcessEnv; cwd?: string } = {},
): Promise<StepResult> {
  return startStep(job, entry, inputs, opts).done;
}

/** Runs main, then post with main's state, like a job with one step. */
export async function runWithPost(
  job: RunnerJob,
  action: string,
  inputs: Record<string, string>,
  opts: { env?: NodeJS.ProcessEnv; cwd?: string; between?: () => Promise<void> } = {},
): Promise<{ main: StepResult; post: StepResult }> {
  const main = await runStep(job, distEntry(action, 'main'), inputs, opts);
  await opts.between?.();
  const post = await runStep(job, distEntry(action, 'post'), inputs, { ...opts, state: main.state });
  return { main, post };
}

/** Annotations the runner would show, e.g. `::warning file=x::msg`. */
export function annotations(stdout: string, kind: 'error' | 'warning' | 'notice'): string[] {
  return stdout
    .split('\n')
    .filter((l) => l.startsWith(`::${kind}`))
    .map((l) => l.slice(l.indexOf('::', 2) + 2));
}
