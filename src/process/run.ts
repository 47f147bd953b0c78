// Runs a program with an argv array (never a shell) and collects its output.
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

export function run(file: string, args: readonly string[], opts: RunOptions = {}): Promise<RunResult> {
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
      const why = e.code === 'ENOENT' ? `${file} was not found (is it installed and on PATH?)` : e.message;
      reject(new CommandError(`cannot run ${describeCommand(file, args)}: ${why}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const result: RunResult = {
        code: code ?? (signal ? 128 : 1),
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      };
      if (opts.check !== false && result.code !== 0) {
        const tail = (result.stderr || result.stdout).trim().split('\n').slice(-20).join('\n');
        reject(
          new CommandError(
            `${describeCommand(file, args)} exited with ${signal ? `signal ${signal}` : `code ${result.code}`}${tail ? `:\n${tail}` : ''}`,
            result,
          ),
        );
        return;
      }
      resolve(result);
    });
    child.stdin.on('error', () => {
      /* the child may exit before reading stdin */
    });
    child.stdin.end(opts.input ?? '');
  });
}
