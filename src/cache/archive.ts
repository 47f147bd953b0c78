// Cache archives: a tar stream of one directory compressed with zstd (both real programs, piped
// without a shell). Extraction always goes into a fresh directory beside the target, which is then
// swapped in, so an existing, non-empty or read-only target (Go makes module files read-only) never
// makes tar fail, and a corrupt or truncated archive leaves the target untouched.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { listFiles } from '../fs/tree.js';
import { pipeline as runPipeline } from '../process/pipeline.js';

export class ArchiveError extends Error {
  override name = 'ArchiveError';
}

/** producer | consumer (see src/process/pipeline.ts), failing with an ArchiveError. */
async function pipeline(producer: ChildProcess, pname: string, consumer: ChildProcess, cname: string): Promise<void> {
  try {
    await runPipeline(producer, pname, consumer, cname);
  } catch (e) {
    throw new ArchiveError((e as Error).message);
  }
}

export interface CreateOptions {
  /** Paths relative to the directory to leave out, e.g. "fuzz". */
  exclude?: readonly string[];
  /** Store every member with this mtime (seconds since the epoch) instead of its own. */
  mtime?: number;
}

/** Writes dir's contents as a tar+zstd archive to file; returns the archive size in bytes. */
export async function createArchive(dir: string, file: string, opts: CreateOptions = {}): Promise<number> {
  const flags = (opts.exclude ?? []).map((e) => `--exclude=./${e}`);
  if (opts.mtime !== undefined) flags.push(`--mtime=@${Math.floor(opts.mtime)}`);
  const tar = spawn('tar', ['--posix', '-C', dir, ...flags, '-cf', '-', '.'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const zstd = spawn('zstd', ['-T0', '-3', '-q', '-f', '-o', file], { stdio: [tar.stdout, 'ignore', 'pipe'] });
  try {
    await pipeline(tar, 'tar', zstd, 'zstd');
  } catch (e) {
    await fs.rm(file, { force: true });
    throw e;
  }
  return (await fs.stat(file)).size;
}

/** Extracts an archive into dest (which must not exist yet). */
export async function extractArchive(file: string, dest: string): Promise<void> {
  await fs.mkdir(dest, { recursive: true });
  const zstd = spawn('zstd', ['-d', '-q', '-c', file], { stdio: ['ignore', 'pipe', 'pipe'] });
  const tar = spawn('tar', ['-C', dest, '--no-same-owner', '-xf', '-'], { stdio: [zstd.stdout, 'ignore', 'pipe'] });
  await pipeline(zstd, 'zstd', tar, 'tar');
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
  return path.join(path.dirname(target), `.${path.basename(target)}.${tag}-${randomBytes(4).toString('hex')}`);
}

/**
 * Restores an archive as target: extract beside it, then swap. On any failure the half-extracted
 * directory is removed and target is left as it was; the error says what went wrong.
 */
export async function restoreArchiveAs(file: string, target: string): Promise<void> {
  await fs.mkdir(path.dirname(target), { recursive: true });
  const fresh = sibling(target, 'restore');
  try {
    await extractArchive(file, fresh);
  } catch (e) {
    await removeTree(fresh);
    throw e;
  }
  const old = sibling(target, 'old');
  const hadTarget = existsSync(target);
  if (hadTarget) await fs.rename(target, old);
  try {
    await fs.rename(fresh, target);
  } catch (e) {
    if (hadTarget) await fs.rename(old, target);
    await removeTree(fresh);
    throw e;
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
