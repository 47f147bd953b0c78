// Waits for `producer | consumer`: two programs the caller spawned with the consumer's stdin set to
// the producer's stdout, so the data flows through an OS pipe (no shell, no copy through node),
// and each program keeps its own stderr, so their complaints never interleave.
import type { ChildProcess } from 'node:child_process';

export interface ProgramOutcome {
  name: string;
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  /** Why the program could not start. */
  startError?: string;
  /**
   * It ended because the other program failed: we stopped it, or (the producer) it died of
   * SIGPIPE writing to a consumer that was gone. What it says adds nothing to the other's reason.
   */
  stopped: boolean;
}

export const succeeded = (o: ProgramOutcome): boolean => o.code === 0 && o.startError === undefined;

function describe(o: ProgramOutcome): string {
  if (o.startError !== undefined) return `cannot run ${o.name}: ${o.startError}`;
  return `${o.name} failed (${o.signal ?? `exit ${o.code}`}): ${o.stderr.trim().split('\n').slice(-3).join(' / ')}`;
}

/** Says which programs failed and the last lines each wrote; `outcomes` has both programs, in pipe order. */
export class PipelineError extends Error {
  override name = 'PipelineError';
  constructor(readonly outcomes: readonly ProgramOutcome[]) {
    super(
      outcomes
        .filter((o) => !succeeded(o))
        .map(describe)
        .join('; '),
    );
  }
}

/**
 * Resolves when the program has exited and its stderr is drained. Waits for "exit" (not "close"):
 * a producer whose stdout was handed to the next program as its stdin never closes that stream on
 * our side.
 */
function outcome(child: ChildProcess, name: string): Promise<ProgramOutcome> {
  let stderr = '';
  const stderrDone = new Promise<void>((resolve) => {
    if (!child.stderr) return resolve();
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    child.stderr.on('close', () => resolve());
  });
  return new Promise((resolve) => {
    child.on('error', (e: NodeJS.ErrnoException) =>
      resolve({
        name,
        code: null,
        signal: null,
        stderr,
        startError: e.code === 'ENOENT' ? `${name} is not installed` : e.message,
        stopped: false,
      }),
    );
    child.on('exit', (code, signal) => void stderrDone.then(() => resolve({ name, code, signal, stderr, stopped: false })));
  });
}

/**
 * Waits for producer | consumer; throws a PipelineError when either fails. Our copy of the pipe's
 * read end is closed at once, so when the consumer dies (disk full, corrupt input) the producer
 * gets EPIPE instead of blocking forever; when either fails the other is stopped. After
 * `timeoutMs` both are killed (and reported as failed).
 */
export async function pipeline(
  producer: ChildProcess,
  pname: string,
  consumer: ChildProcess,
  cname: string,
  opts: { timeoutMs?: number } = {},
): Promise<void> {
  producer.stdout?.destroy();
  const stopped = new Set<ChildProcess>();
  const stop = (other: ChildProcess) => (o: ProgramOutcome) => {
    if (!succeeded(o) && other.exitCode === null && other.signalCode === null) {
      stopped.add(other);
      other.kill('SIGTERM');
    }
    return o;
  };
  const timer = opts.timeoutMs ? setTimeout(() => [producer, consumer].forEach((c) => c.kill('SIGTERM')), opts.timeoutMs) : undefined;
  const [p, c] = await Promise.all([outcome(producer, pname).then(stop(consumer)), outcome(consumer, cname).then(stop(producer))]);
  clearTimeout(timer);
  // Stopped only if our signal is what ended it: one that exited on its own speaks for itself.
  p.stopped = (stopped.has(producer) && p.signal === 'SIGTERM') || (p.signal === 'SIGPIPE' && !succeeded(c));
  c.stopped = stopped.has(consumer) && c.signal === 'SIGTERM';
  if (!succeeded(p) || !succeeded(c)) throw new PipelineError([p, c]);
}
