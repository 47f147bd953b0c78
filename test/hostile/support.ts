// Shared by the hostile suite: a step runner that can wrap the bundle (prlimit) or hand out the
// child for kill -9, the runner's own reading of stdout (which lines it would run as workflow
// commands), hostile archives made with real tar, zstd and gzip, and file-system checks.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, lstatSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseRunnerFile, type RunnerJob, type StepResult } from '../helpers/runner.js';

let counter = 0;

export interface SpawnedStep {
  child: ChildProcess;
  done: Promise<StepResult>;
}

/**
 * Runs one phase of a dist bundle as the runner does (INPUT_*, GITHUB_* files, STATE_*), like
 * test/helpers/runner.ts's runStep, but optionally under a wrapper program (e.g. prlimit) and
 * returning the child so a test can kill it.
 */
export function spawnStep(
  job: RunnerJob,
  entry: string,
  inputs: Record<string, string>,
  opts: { state?: Record<string, string>; env?: NodeJS.ProcessEnv; wrap?: string[] } = {},
): SpawnedStep {
  const n = `h${process.pid}-${++counter}`;
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
  const argv = [...(opts.wrap ?? []), process.execPath, entry];
  const child = spawn(argv[0]!, argv.slice(1), { cwd: job.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
  child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
  const done = new Promise<StepResult>((resolve) =>
    child.on('close', (c, signal) => {
      const exported = parseRunnerFile(readFileSync(files.GITHUB_ENV, 'utf8'));
      const addedPaths = readFileSync(files.GITHUB_PATH, 'utf8').split('\n').filter(Boolean);
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

export interface RunnerCommand {
  name: string;
  line: string;
}

/**
 * The workflow commands the runner would act on in a step's stdout: it splits lines at \n, \r\n
 * and a lone \r, runs a line that starts with `::name` (after blanks) or holds `##[name]`, and
 * runs nothing between ::stop-commands::TOKEN and ::TOKEN::.
 */
export function runnerCommands(stdout: string): RunnerCommand[] {
  const out: RunnerCommand[] = [];
  let stopToken: string | undefined;
  for (const raw of stdout.split(/\r\n|\r|\n/)) {
    const line = raw.trimStart();
    if (stopToken !== undefined) {
      if (line === `::${stopToken}::`) stopToken = undefined;
      continue;
    }
    const v2 = /^::([A-Za-z-]+)[ :]/.exec(line);
    if (v2) {
      if (v2[1] === 'stop-commands') {
        stopToken = line.slice('::stop-commands::'.length);
        continue;
      }
      out.push({ name: v2[1]!, line });
      continue;
    }
    const v1 = /##\[([A-Za-z-]+)/.exec(line);
    if (v1) out.push({ name: v1[1]!, line });
  }
  return out;
}

/** Runs bash -c script (test material only), failing loudly. */
export function sh(script: string, cwd?: string): string {
  const r = spawnSync('bash', ['-euo', 'pipefail', '-c', script], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`bash failed (${r.status}): ${script}\n${r.stderr}`);
  return r.stdout;
}

/**
 * A cache archive as go-ci-kit writes it (manifest first, then the tree), from a staging
 * directory the caller fills with anything (symlinks, devices, setuid files): real tar + zstd.
 */
export function cacheArchive(stage: string, key: string | undefined, file: string): void {
  const meta = `${stage}.meta`;
  mkdirSync(meta, { recursive: true });
  mkdirSync(path.dirname(file), { recursive: true });
  const parts = key === undefined ? '' : `-C '${meta}' .go-ci-kit-entry`;
  if (key !== undefined) writeFileSync(path.join(meta, '.go-ci-kit-entry'), JSON.stringify({ key }) + '\n');
  sh(`tar --posix -cf - ${parts} -C '${stage}' . | zstd -q -f -o '${file}'`);
}

/** Everything below dir that is a symlink, device, FIFO, socket or setuid/setgid file. */
export function specialEntries(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    let names: string[];
    try {
      names = readdirSync(d);
    } catch {
      return;
    }
    for (const n of names) {
      const p = path.join(d, n);
      const st = lstatSync(p);
      if (st.isSymbolicLink() || st.isCharacterDevice() || st.isBlockDevice() || st.isFIFO() || st.isSocket() || st.mode & 0o6000)
        out.push(p);
      else if (st.isDirectory()) walk(p);
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

/** Processes (pid, command line) whose command line mentions needle. */
export function processesMentioning(needle: string): string[] {
  const out: string[] = [];
  for (const pid of readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
      if (cmd.includes(needle) && Number(pid) !== process.pid) out.push(`${pid} ${cmd}`);
    } catch {
      // exited meanwhile
    }
  }
  return out;
}

/** Children (pid, command) of a process, from /proc. */
export function childrenOf(pid: number): { pid: number; comm: string }[] {
  const out: { pid: number; comm: string }[] = [];
  for (const p of readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
    try {
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      const m = /^\d+ \((.*)\) \S (\d+)/.exec(stat);
      if (m && Number(m[2]) === pid) out.push({ pid: Number(p), comm: m[1]! });
    } catch {
      // exited meanwhile
    }
  }
  return out;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls until fn returns a value (not undefined), or throws after timeoutMs. */
export async function waitFor<T>(what: string, fn: () => T | undefined, timeoutMs = 60_000, everyMs = 5): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = fn();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(everyMs);
  }
}
