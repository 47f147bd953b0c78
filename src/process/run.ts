// Runs a program with an argv array (never a shell) and collects its output. Through
// @actions/exec: it finds a bare name the way the OS does (PATHEXT on Windows, so a `go.cmd` shim
// on PATH is found too), quotes arguments for cmd.exe when the program is a .cmd/.bat, and hands
// back the exit code. Three kinds of run are spawned here instead: one with a deadline
// (timeoutMs), as @actions/exec neither stops a program nor gives out its process and a hung probe
// must not hold the job; one with input, as exec writes it to stdin with no error handler, so a
// program that exits without reading it crashes this process with EPIPE; and a program whose path
// holds a double quote or ends in a backslash, which exec's parsing of the program name cannot
// carry. (Without input, exec leaves the program's stdin open and unused: none of the programs we
// run that way, go env/list/build/vet and git, reads it.)
import { spawn } from 'node:child_process';

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Written to stdin, then stdin is closed. */
  input?: string;
  /** Reject when the exit code is not 0 (default true). */
  check?: boolean;
  /** Kill the process after this many ms. */
  timeoutMs?: number;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export class CommandError extends Error {
  override name = 'CommandError';
  constructor(
    message: string,
    readonly result?: RunResult,
  ) {
    super(message);
  }
}

export function describeCommand(file: string, args: readonly string[]): string {
  return [file, ...args].map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : JSON.stringify(a))).join(' ');
}

function cannotRun(file: string, args: readonly string[], why: string): CommandError {
  return new CommandError(`cannot run ${describeCommand(file, args)}: ${why}`);
}

const notFound = (file: string) => `${file} was not found (is it installed and on PATH?)`;

/** Resolves with the result, or rejects with a CommandError naming the command, its exit and the tail of its output. */
function finish(file: string, args: readonly string[], result: RunResult, signal: string | null, check: boolean | undefined): RunResult {
  if (check !== false && result.code !== 0) {
    const tail = (result.stderr || result.stdout).trim().split('\n').slice(-20).join('\n');
    throw new CommandError(
      `${describeCommand(file, args)} exited with ${signal ? `signal ${signal}` : `code ${result.code}`}${tail ? `:\n${tail}` : ''}`,
      result,
    );
  }
  return result;
}

export async function run(file: string, args: readonly string[], opts: RunOptions = {}): Promise<RunResult> {
  if (opts.timeoutMs || opts.input !== undefined || /"|\\$/.test(file)) return spawnRun(file, args, opts);
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(opts.env ?? process.env)) if (v !== undefined) env[k] = v;
  // Loaded on first use: a step that runs no program this way (abi-diff reads its builds with nm,
  // spawned by nm.ts) does not pay for loading @actions/exec and @actions/io at start-up. Outside
  // the try below: a bundle missing its chunk is that, not a program that cannot run.
  const { exec } = await import('@actions/exec');
  // A program killed by a signal has no exit code: exec then resolves with null, whatever its type says.
  let code: number | null;
  try {
    // exec reads its first argument as a command line: quoted, a path with blanks stays one word.
    code = await (exec as (...a: Parameters<typeof exec>) => Promise<number | null>)(`"${file}"`, [...args], {
      cwd: opts.cwd,
      env,
      silent: true,
      ignoreReturnCode: true,
      listeners: { stdout: (b) => out.push(b), stderr: (b) => err.push(b) },
    });
  } catch (e) {
    const msg = (e as Error).message;
    const code = (e as NodeJS.ErrnoException).code;
    throw cannotRun(file, args, /^Unable to locate executable file/.test(msg) || code === 'ENOENT' ? notFound(file) : msg);
  }
  const result: RunResult = {
    code: code ?? 128,
    stdout: Buffer.concat(out).toString('utf8'),
    stderr: Buffer.concat(err).toString('utf8'),
  };
  return finish(file, args, result, null, opts.check);
}

function spawnRun(file: string, args: readonly string[], opts: RunOptions): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      cwd: opts.cwd,
      env: opts.env ?? process.env,
      stdio: ['pipe', 'pipe', 'pipe'],
      shell: false,
    });
    // Our own timer, not spawn's `timeout`: Node keeps that one running when the program cannot
    // start (ENOENT), which held the process open for the whole timeout after the error.
    const timer = opts.timeoutMs ? setTimeout(() => child.kill('SIGTERM'), opts.timeoutMs) : undefined;
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(cannotRun(file, args, e.code === 'ENOENT' ? notFound(file) : e.message));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const result: RunResult = {
        code: code ?? (signal ? 128 : 1),
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      };
      let done: RunResult;
      try {
        done = finish(file, args, result, signal, opts.check);
      } catch (e) {
        if (e instanceof CommandError) reject(e);
        return;
      }
      resolve(done);
    });
    child.stdin.on('error', () => {
      /* the child may exit before reading stdin */
    });
    child.stdin.end(opts.input ?? '');
  });
}
