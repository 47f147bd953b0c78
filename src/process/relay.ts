// Carries a program's output through a check in this process into another program's stdin,
// reading into a few fixed buffers instead of a fresh one per read. A child's stdout as Node gives
// it (a stream) allocates 64 KiB per read: on a 170 MB restore that is ~2,700 allocations and most
// of this process's CPU (bench/restore-floor.ts: ~0.8 s of CPU against ~0.3 s with fixed buffers).
// Node reads into caller-given buffers only on a socket it connects itself (net.connect `onread`),
// so the producer's stdout is one end of a Unix socket pair made through a listener in a private
// (0700) temp folder; the other end is the connection this process reads.
import { promises as fs } from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Writable } from 'node:stream';

/** What a relay runs each chunk through: the bytes to pass on (pieces of the chunk or new buffers), or a throw to refuse. */
export interface ChunkCheck {
  checkChunk(chunk: Buffer): Buffer[];
  /** Called at the end of the data: throws when the data stopped too early. */
  checkEnd(): void;
}

/** A check that passes everything (a relay used only to move data cheaply). */
export const passAll: ChunkCheck = { checkChunk: (chunk) => [chunk], checkEnd: () => undefined };

/** Why a relay stopped: the check refused, or reading or writing failed. */
export class RelayError extends Error {
  override name = 'RelayError';
  constructor(
    readonly at: 'check' | 'read' | 'write',
    override readonly cause: Error,
  ) {
    super(cause.message);
  }
}

const CHUNK = 256 * 1024;
/** Buffers: while all but the spare Node holds for the next read wait for their writes, reading pauses (the producer then blocks on a full socket). */
const POOL = 4;
/** A Unix socket path holds at most 104 (macOS) to 108 (Linux) bytes. */
const MAX_SOCKET_PATH = 100;

export interface Relay {
  /** The producer's stdout: pass it in spawn's stdio, then call closeChildEnd(). */
  childEnd: net.Socket;
  /** Drops this process's copy of childEnd, so the data ends when the producer exits (or never started). */
  closeChildEnd(): void;
  /** Moves everything to `to` through `check`; resolves once `to` has it all and is ended. */
  run(to: Writable, check: ChunkCheck): Promise<void>;
  /** Stops reading and drops both ends here (when the programs are done, or never were started). */
  destroy(): void;
}

/**
 * A relay, or undefined where this runner cannot make one: on Windows (a named pipe handed to a
 * child as stdout is not something this code has run on; there the stream path stays), or when
 * the temp folder's path is too long for a socket. Callers then read the child's stdout as a stream.
 */
export async function openRelay(platform: NodeJS.Platform = process.platform): Promise<Relay | undefined> {
  if (platform === 'win32') return undefined;
  let dir: string;
  try {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gck-relay-'));
  } catch {
    return undefined;
  }
  const where = path.join(dir, 's');
  const server = net.createServer();
  try {
    if (Buffer.byteLength(where) > MAX_SOCKET_PATH) return undefined;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(where, () => resolve());
    });
    return await connect(server, where);
  } catch {
    return undefined;
  } finally {
    server.close();
    await fs.rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }
}

async function connect(server: net.Server, where: string): Promise<Relay> {
  const free: Buffer[] = Array.from({ length: POOL }, () => Buffer.allocUnsafe(CHUNK));
  // Set by run(). Data before it would be lost: reading pauses and run() says so.
  let early = false;
  let onChunk: (n: number, buf: Buffer) => boolean = () => {
    early = true;
    return false;
  };
  const accepted = new Promise<net.Socket>((resolve, reject) => {
    server.once('connection', resolve);
    server.once('error', reject);
  });
  const reader = net.connect({
    path: where,
    onread: {
      // Node asks for the next buffer right after each read, paused or not: reading pauses while
      // one spare is left (onChunk), so this takes from the pool.
      buffer: () => free.pop() ?? Buffer.allocUnsafe(CHUNK),
      callback: (n: number, buf: Buffer) => onChunk(n, buf),
    },
  });
  reader.on('error', () => undefined);
  let childEnd: net.Socket;
  try {
    await new Promise<void>((resolve, reject) => {
      reader.once('connect', resolve);
      reader.once('error', reject);
    });
    childEnd = await accepted;
  } catch (e) {
    reader.destroy();
    accepted.then((s) => s.destroy()).catch(() => undefined);
    throw e;
  }
  childEnd.on('error', () => undefined);
  // Neither end is ever ended from here (a shutdown would close the socket under the producer too):
  // the data ends when the producer exits and this process has dropped childEnd.
  let stopped = false;
  return {
    childEnd,
    closeChildEnd: () => childEnd.destroy(),
    destroy: () => {
      stopped = true;
      reader.destroy();
      childEnd.destroy();
    },
    run: (to, check) =>
      new Promise<void>((resolve, reject) => {
        let failed = false;
        let paused = false;
        const fail = (at: RelayError['at']) => (e: Error) => {
          if (failed) return;
          failed = stopped = true;
          reader.destroy();
          to.destroy();
          reject(new RelayError(at, e));
        };
        const giveBack = (buf: Buffer) => {
          if (free.length < POOL) free.push(buf);
          if (paused && !failed) {
            paused = false;
            reader.resume();
          }
        };
        if (early) {
          fail('read')(new Error('internal: the producer wrote before the relay was run'));
          return;
        }
        to.on('error', fail('write'));
        // The consumer gone before it has everything (tar exited): Node closes its stdin without an
        // error, and the writes after it fail only in their callbacks. That is the consumer's
        // failure; reading on would end in the guard's "truncated" and blame the archive.
        to.once('close', () => {
          if (!to.writableFinished) fail('write')(new Error('the consumer closed its input'));
        });
        reader.on('error', fail('read'));
        onChunk = (n, buf) => {
          if (stopped) return false;
          let out: Buffer[];
          try {
            out = check.checkChunk(buf.subarray(0, n));
          } catch (e) {
            fail('check')(e as Error);
            return false;
          }
          // The pieces may lie in buf: it is read into again only once tar has them all.
          let left = out.length;
          if (left === 0) giveBack(buf);
          for (const piece of out)
            to.write(piece, () => {
              if (--left === 0) giveBack(buf);
            });
          if (free.length > 1) return true;
          paused = true;
          return false;
        };
        reader.once('end', () => {
          if (failed) return;
          try {
            check.checkEnd();
          } catch (e) {
            fail('check')(e as Error);
            return;
          }
          to.end((e?: Error | null) => (e ? fail('write')(e) : resolve()));
        });
      }),
  };
}
