// Cache archives: a pax tar stream of one directory, compressed with zstd (gzip where zstd is
// missing), written and read by the runner's own programs (archive-tools.ts: GNU tar on Linux,
// bsdtar on macOS and Windows), piped through this process without a shell, so neither outlives
// it. Extraction always goes into a fresh directory beside the target, which is then swapped in,
// so an existing, non-empty or read-only target (Go makes module files read-only) never makes tar
// fail, and a corrupt or truncated archive leaves the target untouched. An archive is read from a
// file or straight from a download stream (ArchiveSource): one decompression, one extraction.
//
// What an archive may hold is checked on its way into tar (src/process/tar-guard.ts), so nothing
// refused ever reaches the disk: Go's module and build caches hold only directories and regular
// files (Go never writes a symlink, device, FIFO or setuid file there), so any other member makes
// the entry poisoned. Every archive starts with a manifest member naming the key it was saved
// under; an entry whose manifest is missing or names another key (an archive copied or renamed to
// another Go version's key) is poisoned too. Size limits (cacheLimits) stop archive bombs.
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, openSync, closeSync, promises as fs } from 'node:fs';
import type { Readable } from 'node:stream';
import * as os from 'node:os';
import * as path from 'node:path';
import { listFiles } from '../fs/tree.js';
import { ownerTag, OWNER_TAG_PATTERN, sweepLeftovers } from '../process/leftovers.js';
import { feedProgram, pipeline, PipelineError, succeeded, type ProgramOutcome } from '../process/pipeline.js';
import { openRelay, passAll, type Relay } from '../process/relay.js';
import { TarGuard, TarRefused, type TarLimits } from '../process/tar-guard.js';
import {
  archiveTools,
  compressArgs,
  compressionOf,
  createArgs,
  decompressArgs,
  decompressorFor,
  decompressorWay,
  type DecompressorWay,
  extractArgs,
  type ArchiveTools,
} from './archive-tools.js';

/**
 * Why an archive could not be restored. corrupt / poisoned / too-big: the archive itself is bad
 * (the store may drop it, a save replaces it). local: this runner could not write it (disk full,
 * file size limit, quota, permissions): the archive is good for everyone else and is kept.
 */
export type ArchiveProblem = 'corrupt' | 'poisoned' | 'too-big' | 'local';

export class ArchiveError extends Error {
  override name = 'ArchiveError';
  constructor(
    message: string,
    readonly problem: ArchiveProblem = 'local',
  ) {
    super(message);
  }
  /** True when the archive itself is bad, so dropping it from the store loses nothing good. */
  get archiveIsBad(): boolean {
    return this.problem !== 'local';
  }
}

/** The manifest member every archive starts with: {"key": ...}. */
export const MANIFEST = '.go-ci-kit-entry';

const GiB = 1024 ** 3;
/** The most a restored tree may hold, whatever its archive's size; no useful archive is larger either. */
export const MAX_TREE_BYTES = 64 * GiB;
/**
 * Extraction limits for a cache archive of `archiveBytes`: the tree may hold 40 times the archive
 * (Go build and module caches compress 3-8 times with zstd -3; each member also counts a 512-byte
 * block) but never less than 256 MiB nor more than 64 GiB; one file at most 4 GiB; at most 5
 * million members.
 */
export function cacheLimits(archiveBytes: number): TarLimits {
  return {
    maxTotalBytes: Math.min(MAX_TREE_BYTES, Math.max(256 * 1024 ** 2, 40 * archiveBytes)),
    maxFileBytes: 4 * GiB,
    maxMembers: 5_000_000,
  };
}

export interface CreateOptions {
  /** Top-level names in the directory to leave out, e.g. "fuzz". */
  exclude?: readonly string[];
  /** The key the archive is saved under, recorded in its manifest (checked on restore). */
  key?: string;
  /** The programs to use (default: this runner's, archive-tools.ts). */
  tools?: ArchiveTools;
}

/** Writes dir's contents as a compressed tar archive to file; returns the archive size in bytes. */
export async function createArchive(dir: string, file: string, opts: CreateOptions = {}): Promise<number> {
  const tools = opts.tools ?? archiveTools();
  const meta = await fs.mkdtemp(path.join(os.tmpdir(), 'gck-manifest-'));
  let relay: Relay | undefined;
  try {
    // The manifest comes first and from its own directory.
    await fs.writeFile(path.join(meta, MANIFEST), JSON.stringify({ key: opts.key ?? '' }) + '\n');
    // tar's output reaches the compressor through fixed buffers where the OS allows (relay.ts).
    relay = await openRelay();
    const tar = spawn(tools.tar, createArgs(tools, meta, MANIFEST, dir, opts.exclude ?? []), {
      stdio: ['ignore', relay?.childEnd ?? 'pipe', 'pipe'],
      windowsHide: true,
    });
    const [program, args] = compressArgs(tools.compression);
    const out = openSync(file, 'w');
    let compressor;
    try {
      compressor = spawn(program, args, { stdio: ['pipe', out, 'pipe'], windowsHide: true });
    } finally {
      closeSync(out);
    }
    try {
      await pipeline(tar, 'tar', compressor, program, { relay: relay && { relay, check: passAll } });
    } catch (e) {
      await fs.rm(file, { force: true });
      throw new ArchiveError((e as Error).message);
    }
  } finally {
    relay?.destroy();
    await fs.rm(meta, { recursive: true, force: true });
  }
  return (await fs.stat(file)).size;
}

/** Where an archive is read from: a file, or a stream (a download) of known size. */
export type ArchiveSource = string | { stream: Readable; bytes: number };

/** Errors of the machine, not of the archive. */
const LOCAL =
  /No space left|File too large|Disk quota|Permission denied|Read-only file system|Too many open files|Cannot allocate memory|Operation not permitted/i;

/**
 * Classifies a failed extraction. The guard checked every header tar saw, so a failing tar means
 * the destination (disk full, file size limit, ...), never the archive; zstd failing on its own
 * means the compressed data is bad, unless it says the machine is at fault.
 */
function classify(e: unknown): ArchiveError {
  if (!(e instanceof PipelineError)) return new ArchiveError(e instanceof Error ? e.message : String(e), 'local');
  // A download cut off says nothing about the archive.
  if (e.inputError) return new ArchiveError(e.message, 'local');
  const [unpack, tar] = e.outcomes as [ProgramOutcome, ProgramOutcome];
  // The decompressor failing on its own speaks first: the guard's "truncated" is only its consequence.
  if (!succeeded(unpack) && !unpack.stopped) {
    const local = unpack.startError !== undefined || LOCAL.test(unpack.stderr);
    const said = unpack.startError ?? unpack.stderr.trim().split('\n').slice(-2).join(' / ');
    const status = unpack.inProcess ? '' : ` (${unpack.signal ?? `exit ${unpack.code}`})`;
    return new ArchiveError(`${unpack.name} failed${status}: ${said}`, local ? 'local' : 'corrupt');
  }
  if (e.refused instanceof TarRefused) return new ArchiveError(e.refused.message, e.refused.reason);
  const why = tar.signal === 'SIGXFSZ' ? `${e.message} (file size limit of this runner)` : e.message;
  return new ArchiveError(why, 'local');
}

export interface ExtractOptions {
  /** The key the archive must have been saved under (its manifest). */
  expectKey?: string;
  /** Every member gets this mtime (seconds), e.g. a back-dated build cache (trim.ts). */
  mtime?: number;
  /** The programs to use (default: this runner's, archive-tools.ts). */
  tools?: ArchiveTools;
  /**
   * Where the archive is decompressed (default: archive-tools.ts decompressorWay): 'program' runs
   * zstd or gzip, 'in-process' uses this Node's zlib (gunzip always, zstd from Node 22.15).
   */
  decompressor?: DecompressorWay;
  /** false reads the decompressor program's output as a stream, the way Windows does (relay.ts); default: a relay where the OS has one. */
  relay?: boolean;
}

/** The first bytes of a stream, put back for whoever reads it next. */
async function peek(stream: Readable, n: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  let have = 0;
  for (;;) {
    const chunk = stream.read() as Buffer | null;
    if (chunk !== null) {
      parts.push(chunk);
      have += chunk.length;
      if (have >= n) break;
      continue;
    }
    if (stream.readableEnded || stream.destroyed) break;
    const more = await new Promise<boolean>((resolve, reject) => {
      const done = (v: boolean) => () => {
        stream.off('readable', onReadable).off('end', onEnd).off('error', onError);
        resolve(v);
      };
      const onReadable = done(true);
      const onEnd = done(false);
      const onError = (e: Error) => {
        stream.off('readable', onReadable).off('end', onEnd);
        reject(e);
      };
      stream.once('readable', onReadable).once('end', onEnd).once('error', onError);
    });
    if (!more) break;
  }
  const head = Buffer.concat(parts);
  if (head.length) stream.unshift(head);
  return head;
}

/** The first bytes of an archive, and the stream to feed the decompressor when it is not a file. */
async function headOf(source: ArchiveSource): Promise<Buffer> {
  if (typeof source !== 'string') return peek(source.stream, 4);
  const fh = await fs.open(source, 'r');
  try {
    const b = Buffer.alloc(4);
    const { bytesRead } = await fh.read(b, 0, 4, 0);
    return b.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/**
 * Extracts an archive into dest (which must not exist yet), through the guard; checks that its
 * manifest names expectKey (when given) and removes the manifest from dest.
 */
export async function extractArchive(source: ArchiveSource, dest: string, opts: ExtractOptions = {}): Promise<void> {
  const tools = opts.tools ?? archiveTools();
  let bytes: number;
  let head: Buffer;
  try {
    bytes = typeof source === 'string' ? (await fs.stat(source)).size : source.bytes;
    head = await headOf(source);
    await fs.mkdir(dest, { recursive: true });
  } catch (e) {
    if (typeof source !== 'string') source.stream.destroy();
    throw new ArchiveError((e as Error).message, 'local');
  }
  const compression = compressionOf(head);
  if (!compression) {
    if (typeof source !== 'string') source.stream.destroy();
    throw new ArchiveError(`it is neither zstd nor gzip data (starts with ${head.toString('hex') || 'nothing'})`, 'corrupt');
  }
  const guard = new TarGuard({ symlinks: 'none', limits: cacheLimits(bytes), capture: [MANIFEST], mtime: opts.mtime });
  const way = opts.decompressor ?? decompressorWay(compression, tools);
  const decoder = way === 'in-process' ? decompressorFor(compression) : undefined;
  const relay = !decoder && opts.relay !== false ? await openRelay() : undefined;
  try {
    const tar = spawn(tools.tar, extractArgs(tools, dest), { stdio: ['pipe', 'ignore', 'pipe'], windowsHide: true });
    if (decoder) {
      const input = typeof source === 'string' ? createReadStream(source, { highWaterMark: 1024 * 1024 }) : source.stream;
      await feedProgram(input, decoder, tar, 'tar', { through: guard });
    } else {
      const [program, args] = decompressArgs(compression, typeof source === 'string' ? source : undefined);
      const input = typeof source === 'string' ? undefined : source.stream;
      const unpack = spawn(program, args, { stdio: [input ? 'pipe' : 'ignore', relay?.childEnd ?? 'pipe', 'pipe'], windowsHide: true });
      await pipeline(unpack, program, tar, 'tar', { through: guard, input, relay: relay && { relay, check: guard } });
    }
  } catch (e) {
    throw classify(e);
  } finally {
    relay?.destroy();
  }
  if (opts.expectKey !== undefined) {
    const raw = guard.captured.get(MANIFEST);
    let key: unknown;
    try {
      key = raw ? (JSON.parse(raw.toString('utf8')) as { key?: unknown }).key : undefined;
    } catch {
      key = undefined;
    }
    if (typeof key !== 'string' || key === '')
      throw new ArchiveError(`it has no ${MANIFEST} naming its key (not saved by this version of go-ci-kit)`, 'poisoned');
    if (key !== opts.expectKey) throw new ArchiveError(`it was saved as ${key}, not as ${opts.expectKey} (copied or renamed)`, 'poisoned');
  }
  await fs.rm(path.join(dest, MANIFEST), { force: true });
}

/** Gives the owner write access to every directory below dir so it can be deleted (Go's module cache is read-only). */
export async function makeDeletable(dir: string): Promise<void> {
  let entries;
  try {
    const st = await fs.lstat(dir);
    if (!st.isDirectory()) return;
    await fs.chmod(dir, (st.mode & 0o7777) | 0o700);
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) if (e.isDirectory()) await makeDeletable(path.join(dir, e.name));
}

export async function removeTree(dir: string): Promise<void> {
  if (!existsSync(dir)) return;
  await makeDeletable(dir);
  await fs.rm(dir, { recursive: true, force: true });
}

function sibling(target: string, tag: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${tag}-${ownerTag()}`);
}

/** Removes what a killed restore left beside target (`.<name>.restore-<tag>`, `.<name>.old-<tag>`). */
export async function removeRestoreLeftovers(target: string): Promise<string[]> {
  const dir = path.dirname(target);
  const base = path.basename(target).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const ours = new RegExp(`^\\.${base}\\.(?:restore|old)-(${OWNER_TAG_PATTERN}|[0-9a-f]{8})$`);
  // Old-style names (no owner) are leftovers once an hour old.
  return sweepLeftovers(dir, ours, 3600 * 1000, removeTree);
}

/**
 * Restores an archive as target: extract beside it, then swap. On any failure the half-extracted
 * directory is removed and target is left as it was; the ArchiveError says what went wrong and
 * whether the archive itself is bad.
 */
export async function restoreArchiveAs(source: ArchiveSource, target: string, opts: ExtractOptions = {}): Promise<void> {
  try {
    await fs.mkdir(path.dirname(target), { recursive: true });
    await removeRestoreLeftovers(target);
  } catch (e) {
    if (typeof source !== 'string') source.stream.destroy();
    throw new ArchiveError((e as Error).message, 'local');
  }
  const fresh = sibling(target, 'restore');
  try {
    await extractArchive(source, fresh, opts);
  } catch (e) {
    await removeTree(fresh);
    throw e;
  }
  const old = sibling(target, 'old');
  const hadTarget = existsSync(target);
  try {
    if (hadTarget) await fs.rename(target, old);
    try {
      await fs.rename(fresh, target);
    } catch (e) {
      if (hadTarget) await fs.rename(old, target);
      throw e;
    }
  } catch (e) {
    await removeTree(fresh);
    throw new ArchiveError((e as Error).message, 'local');
  }
  if (hadTarget) await removeTree(old);
}

/** Bytes of regular files below dir, leaving out top-level names in exclude. */
export async function treeSize(dir: string, exclude: readonly string[] = []): Promise<number> {
  let total = 0;
  for (const f of await listFiles(dir, { skip: (name, parent) => parent === '' && exclude.includes(name), unreadable: 'ignore' })) {
    total += (await fs.stat(path.join(dir, f))).size;
  }
  return total;
}
