// Names for our temporary files and directories that say who made them: `<host>.<pid>.<random>`.
// A later run tells the leftovers of a killed run (same host, that process is gone) from the work
// of a live one, and removes them at once instead of waiting for them to age; a name from another
// host (a cache dir on shared storage) can only be judged by its age.
import { randomBytes } from 'node:crypto';
import { lstat, readdir, rm } from 'node:fs/promises';
import * as path from 'node:path';
import * as os from 'node:os';

const TAG = /^([A-Za-z0-9]{1,32})\.(\d{1,10})\.([0-9a-f]{8})$/;

function hostTag(): string {
  return (
    os
      .hostname()
      .replace(/[^A-Za-z0-9]/g, '')
      .slice(0, 32) || 'host'
  );
}

/** A fresh tag for a temporary name made by this process. */
export function ownerTag(): string {
  return `${hostTag()}.${process.pid}.${randomBytes(4).toString('hex')}`;
}

export const OWNER_TAG_PATTERN = '[A-Za-z0-9]{1,32}\\.\\d{1,10}\\.[0-9a-f]{8}';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Whether a tag names work that can no longer be going on: made on this host by a process that
 * has exited; else (another host, a tag we cannot read) when the thing was last written more
 * than staleMs ago.
 */
export function isLeftover(tag: string, lastWriteMs: number, staleMs: number, now = Date.now()): boolean {
  const m = TAG.exec(tag);
  if (m && m[1] === hostTag()) {
    const pid = Number(m[2]);
    return pid !== process.pid && !alive(pid);
  }
  return now - lastWriteMs > staleMs;
}

/**
 * Removes the entries of dir whose name `pattern` matches (its first group the owner tag) and that
 * are leftovers (isLeftover, judged by the entry's own mtime); returns the names removed. A dir
 * that cannot be read has nothing to remove.
 */
export async function sweepLeftovers(
  dir: string,
  pattern: RegExp,
  staleMs: number,
  remove: (file: string) => Promise<void> = (file) => rm(file, { recursive: true, force: true }),
): Promise<string[]> {
  const removed: string[] = [];
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    const m = pattern.exec(name);
    if (!m) continue;
    const file = path.join(dir, name);
    const st = await lstat(file).catch(() => undefined);
    if (st && isLeftover(m[1]!, st.mtimeMs, staleMs)) {
      await remove(file);
      removed.push(name);
    }
  }
  return removed;
}
