// Shared by the hostile suite (steps are started with test/helpers/runner.ts's startStep, which can
// wrap the bundle in prlimit or hand out the child for kill -9): the runner's own reading of stdout (which lines it would run as workflow
// commands), hostile archives made with real tar, zstd and gzip, and file-system checks.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, lstatSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import assert from 'node:assert/strict';
import { distEntry, runStep, type RunnerJob, type StepResult } from '../helpers/runner.js';

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

/** setup-go-matrix inputs of a 1.19 leg with a dir cache (modules only) in cacheDir. */
export const dirCacheInputs = (cacheDir: string, extra: Record<string, string> = {}): Record<string, string> => ({
  'go-version': '1.19',
  'toolchain-source': 'local',
  'cache-backend': 'dir',
  'cache-dir': cacheDir,
  'cache-build': 'false',
  ...extra,
});

/** Runs setup-go-matrix's main step and requires it to pass. */
export async function setupMain(job: RunnerJob, inputs: Record<string, string>): Promise<StepResult> {
  const r = await runStep(job, distEntry('setup-go-matrix', 'main'), inputs);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  return r;
}
