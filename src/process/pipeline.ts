// Waits for `producer | consumer`: two programs the caller spawned (no shell), the data flowing
// from the producer's stdout through this process into the consumer's stdin, so both die with
// this process and a guard (tar-guard.ts) can look at the data on its way; each program keeps
// its own stderr, so their complaints never interleave.
import type { ChildProcess } from 'node:child_process';
import { PassThrough, type Readable, type Transform } from 'node:stream';
import { pipeline as streamPipeline } from 'node:stream/promises';
import { RelayError, type ChunkCheck, type Relay } from './relay.js';

export interface ProgramOutcome {
  name: string;
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  /** Why the program could not start. */
  startError?: string;
  /** Not a program: a stream in this process (feedProgram's decoder), so no exit status to tell. */
  inProcess?: boolean;
  /**
   * It ended because the other program failed: we stopped it, or (the producer) it died of
   * SIGPIPE writing to a consumer that was gone. What it says adds nothing to the other's reason.
   */
  stopped: boolean;
}

export const succeeded = (o: ProgramOutcome): boolean => o.code === 0 && o.startError === undefined;

function describe(o: ProgramOutcome): string {
  if (o.startError !== undefined) return `cannot run ${o.name}: ${o.startError}`;
  if (o.inProcess) return `${o.name} failed: ${o.stderr.trim()}`;
  return `${o.name} failed (${o.signal ?? `exit ${o.code}`}): ${o.stderr.trim().split('\n').slice(-3).join(' / ')}`;
}

/** Says which programs failed and the last lines each wrote; `outcomes` has both programs, in pipe order. */
export class PipelineError extends Error {
  override name = 'PipelineError';
  constructor(
    readonly outcomes: readonly ProgramOutcome[],
    /** What the stream in the middle refused (then the programs' failures are only its consequence). */
    readonly refused?: Error,
    /** The stream fed to the producer failed (a download cut off): the programs' failures are its consequence. */
    readonly inputError?: Error,
  ) {
    super(
      inputError
        ? `reading the input failed: ${inputError.message}`
        : refused
          ? refused.message
          : outcomes
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
 * Waits for producer | consumer; throws a PipelineError when either fails or `through` refuses the
 * data. `input`, when given, is fed to the producer's stdin (e.g. a download into a decompressor);
 * when it fails, both programs are stopped and the error says so. Both programs are spawned with a
 * pipe on that side (producer stdout, consumer stdin) and the data flows producer → this process →
 * consumer, through `through` (a PassThrough when none): so when this process dies, even of
 * kill -9, the producer gets SIGPIPE at its next write and the consumer reads EOF, and neither
 * outlives it as an orphan. When either fails, or `through` throws, the other is stopped. After
 * `timeoutMs` both are killed (and reported as failed).
 *
 * With `relay` (relay.ts), the producer was spawned with the relay's socket as its stdout and the
 * data goes through `relay.check` instead of a stream: the same checks, without an allocation per read.
 */
export async function pipeline(
  producer: ChildProcess,
  pname: string,
  consumer: ChildProcess,
  cname: string,
  opts: { timeoutMs?: number; through?: Transform; input?: Readable; relay?: { relay: Relay; check: ChunkCheck } } = {},
): Promise<void> {
  if ((!producer.stdout && !opts.relay) || !consumer.stdin)
    throw new Error("internal: pipeline needs a pipe (or a relay) on the producer's stdout and a pipe on the consumer's stdin");
  if (opts.input && !producer.stdin) throw new Error("internal: pipeline needs a pipe on the producer's stdin for its input");
  // The producer has its copy of the relay's socket now: ours goes, so the data ends when the producer does.
  opts.relay?.relay.closeChildEnd();
  const through = opts.through ?? new PassThrough();
  let refused: Error | undefined;
  // Its own error (a refusal), not a pipe error passed on to it when a program went away.
  through.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === undefined) refused ??= e;
  });
  const stopped = new Set<ChildProcess>();
  // Which program ended first: a producer that fails writing after the consumer failed (EPIPE, or
  // ECONNRESET on the socket pair node gives it) fails because of the consumer.
  const exitOrder: ChildProcess[] = [];
  for (const c of [producer, consumer]) c.once('exit', () => exitOrder.push(c));
  const stopOne = (c: ChildProcess) => {
    if (c.exitCode === null && c.signalCode === null) {
      stopped.add(c);
      c.kill('SIGTERM');
    }
  };
  // The consumer's stdin breaking (EPIPE, ECONNRESET) means the consumer went away while data was
  // still coming: the producer then fails writing into a closed pipe (zstd: "Write error …
  // Connection reset by peer"), whichever exit node reports first.
  const consumerInput = { broke: false };
  consumer.stdin.once('error', () => (consumerInput.broke = true));
  // Errors of the streams themselves (EPIPE once the consumer is gone) are consequences: the
  // programs' outcomes and `refused` say why.
  const moving = opts.relay
    ? opts.relay.relay.run(consumer.stdin, opts.relay.check).catch((e: unknown) => {
        // The check's own refusal; a read or write failing is a consequence of a program going away.
        if (e instanceof RelayError && e.at === 'check') refused ??= e.cause;
        throw e;
      })
    : streamPipeline(producer.stdout!, through, consumer.stdin);
  const flow = moving.catch(() => {
    if (refused) [producer, consumer].forEach(stopOne);
  });
  let inputError: Error | undefined;
  let feed: Promise<void> = Promise.resolve();
  if (opts.input && producer.stdin) {
    // The input's own failure, not the producer going away (EPIPE on its stdin, passed back to the input).
    let stdinFailed = false;
    producer.stdin.on('error', () => (stdinFailed = true));
    // An input that broke before we got it (a download cut while the caller awaited) says so itself.
    if (opts.input.errored) inputError = opts.input.errored;
    opts.input.on('error', (e: NodeJS.ErrnoException) => {
      // Premature close: the producer's stdin closed under it (the producer died or never started).
      if (!stdinFailed && e.code !== 'ERR_STREAM_PREMATURE_CLOSE') inputError ??= e;
    });
    feed = streamPipeline(opts.input, producer.stdin).catch(() => {
      if (inputError) [producer, consumer].forEach(stopOne);
    });
  }
  const stop = (other: ChildProcess) => (o: ProgramOutcome) => {
    if (!succeeded(o)) stopOne(other);
    return o;
  };
  const timer = opts.timeoutMs ? setTimeout(() => [producer, consumer].forEach((c) => c.kill('SIGTERM')), opts.timeoutMs) : undefined;
  const [p, c] = await Promise.all([outcome(producer, pname).then(stop(consumer)), outcome(consumer, cname).then(stop(producer))]);
  await flow;
  await feed;
  clearTimeout(timer);
  // Stopped only if our signal is what ended it: one that exited on its own speaks for itself.
  // A refusal in the middle is the cause of the producer's failure to write on (EPIPE, SIGPIPE),
  // unless it was raised because the producer's output ended early (`atEnd`).
  const refusedFirst = refused !== undefined && (refused as Error & { atEnd?: boolean }).atEnd !== true;
  // A consumer we stopped (SIGTERM after the producer failed) breaks its stdin too: that says nothing of who failed first.
  const consumerStopped = stopped.has(consumer) && c.signal === 'SIGTERM';
  const consumerFailedFirst =
    !succeeded(c) && !consumerStopped && (exitOrder[0] === consumer || consumerInput.broke) && p.startError === undefined;
  p.stopped =
    (stopped.has(producer) && p.signal === 'SIGTERM') ||
    (p.signal === 'SIGPIPE' && !succeeded(c)) ||
    (refusedFirst && !succeeded(p)) ||
    (consumerFailedFirst && !succeeded(p));
  c.stopped = consumerStopped || (refused !== undefined && !succeeded(c));
  if (inputError) {
    p.stopped = c.stopped = true;
    throw new PipelineError([p, c], refused, inputError);
  }
  if (refused || !succeeded(p) || !succeeded(c)) throw new PipelineError([p, c], refused);
}

/**
 * Like pipeline, with the producer a stream transform in this process (a decompressor, zlib)
 * instead of a program: waits for input → decoder → through → consumer's stdin. Failures come
 * back as the same PipelineError, the decoder in the producer's place (`name`, exit 1 with its
 * message as stderr when it failed first), so callers classify both alike: the input failing
 * (a download cut off) is inputError, a refusal in `through` is refused, and either, or the
 * decoder failing, stops the consumer. The consumer failing first stops the streams.
 */
export async function feedProgram(
  input: Readable,
  decoder: { stream: Transform; name: string },
  consumer: ChildProcess,
  cname: string,
  opts: { through?: Transform } = {},
): Promise<void> {
  if (!consumer.stdin) throw new Error("internal: feedProgram needs a pipe on the consumer's stdin");
  const through = opts.through ?? new PassThrough();
  // The first failure is the cause: stream.pipeline then destroys the other streams with it (the
  // consumer's stdin breaking, EPIPE, passes on to the decoder), so only the first one counts.
  type At = 'input' | 'decoder' | 'through' | 'consumer';
  const seen: { first?: { at: At; error: Error }; stoppedConsumer?: boolean } = {};
  const note = (at: At) => (e: NodeJS.ErrnoException) => {
    if (seen.first || e.code === 'ERR_STREAM_PREMATURE_CLOSE') return;
    // The guard's own refusals carry no code; a pipe error passed on to it is not one.
    if (at === 'through' && e.code !== undefined) return;
    seen.first = { at, error: e };
    // Our side failed: the consumer gets nothing more and is stopped now, not when it reads EOF.
    if (at !== 'consumer' && consumer.exitCode === null && consumer.signalCode === null) {
      seen.stoppedConsumer = true;
      consumer.kill('SIGTERM');
    }
  };
  // An input that broke before we got it (a download cut while the caller awaited) says so itself.
  if (input.errored) note('input')(input.errored);
  input.on('error', note('input'));
  decoder.stream.on('error', note('decoder'));
  through.on('error', note('through'));
  consumer.stdin.on('error', note('consumer'));
  const flow = streamPipeline(input, decoder.stream, through, consumer.stdin).catch(() => undefined);
  const c = await outcome(consumer, cname);
  // The consumer went away: nothing more to feed it.
  if (!succeeded(c)) for (const s of [input, decoder.stream, through]) s.destroy();
  await flow;
  const { first } = seen;
  const ours = first && first.at !== 'consumer' ? first : undefined;
  const p: ProgramOutcome = {
    name: decoder.name,
    code: ours?.at === 'decoder' ? 1 : 0,
    signal: null,
    stderr: ours?.at === 'decoder' ? ours.error.message : '',
    stopped: false,
    inProcess: true,
  };
  c.stopped = (seen.stoppedConsumer === true && c.signal === 'SIGTERM') || (ours !== undefined && !succeeded(c));
  if (ours?.at === 'input') {
    p.stopped = c.stopped = true;
    throw new PipelineError([p, c], undefined, ours.error);
  }
  // A consumer that exits 0 has what it needs (its stdin breaking after that is no failure).
  if (ours || !succeeded(c)) throw new PipelineError([p, c], ours?.at === 'through' ? ours.error : undefined);
}
