// Keeps GOCACHE the size of one build. Go refreshes an entry's mtime when it uses it, but only
// when the mtime is older than one hour (cmd/go/internal/cache: mtimeInterval = 1h; used() calls
// Chtimes; its own trim deletes entries unused for 5 days, so 2 hours back is safe). So every entry
// starts the job back-dated by two hours — restored archives get that mtime (archiveMtime), and
// entries already on disk without a restore are back-dated in place — and at save, entries still
// older than one hour before the restore were not used by this job and are deleted, except output
// files (-d) named by a used action entry (-a).
// The fuzz corpus (GOCACHE/fuzz) is never archived and never trimmed.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { sha256Hex } from '../process/sha256.js';

export const FUZZ_DIR = 'fuzz';
export const BACKDATE_MS = 2 * 3600 * 1000;
const USED_WINDOW_MS = 3600 * 1000;
const ENTRY = /^([0-9a-f]{64})-([ad])$/;

interface Entry {
  file: string;
  name: string;
  kind: 'a' | 'd';
  mtimeMs: number;
  size: number;
}

async function entries(gocache: string): Promise<Entry[]> {
  const out: Entry[] = [];
  for (const rel of await entryFiles(gocache)) {
    const name = path.basename(rel);
    const file = path.join(gocache, rel);
    // lstat: a symlink or FIFO named like an entry (Go writes neither) is neither read nor counted.
    const st = await fs.lstat(file).catch(() => undefined);
    if (st?.isFile()) out.push({ file, name, kind: ENTRY.exec(name)![2] as 'a' | 'd', mtimeMs: st.mtimeMs, size: st.size });
  }
  return out;
}

/** mtime (seconds) for members of a restored build archive: back-dated relative to the restore. */
export function archiveMtime(now = Date.now()): number {
  return Math.floor((now - BACKDATE_MS) / 1000);
}

/** Entry file paths (names only, no stat: this runs on the restore path). */
async function entryFiles(gocache: string): Promise<string[]> {
  const out: string[] = [];
  let subdirs: string[];
  try {
    subdirs = (await fs.readdir(gocache)).filter((d) => /^[0-9a-f]{2}$/.test(d));
  } catch {
    return out;
  }
  await Promise.all(
    subdirs.map(async (sub) => {
      const names = await fs.readdir(path.join(gocache, sub)).catch(() => [] as string[]);
      for (const n of names) if (ENTRY.test(n)) out.push(path.join(sub, n));
    }),
  );
  return out.sort();
}

/** Sets every entry's mtime two hours back (entries that were not restored from an archive). */
export async function backdateEntries(gocache: string, now = Date.now()): Promise<void> {
  const when = new Date(now - BACKDATE_MS);
  for (const f of await entryFiles(gocache)) await fs.utimes(path.join(gocache, f), when, when);
}

/** Identity of the entry set (names only): equal before and after means nothing new to save. */
export async function entryFingerprint(gocache: string): Promise<string> {
  const names = await entryFiles(gocache);
  return `${names.length}:${sha256Hex(names.join('\n')).slice(0, 16)}`;
}

export interface TrimReport {
  entriesBefore: number;
  entriesAfter: number;
  bytesBefore: number;
  bytesAfter: number;
}

/** The output id an action entry points at ("v1 <action> <output> <size> <time>"). */
async function outputOf(file: string): Promise<string | undefined> {
  const text = await fs.readFile(file, 'utf8').catch(() => '');
  const fields = text.trim().split(/\s+/);
  return fields[0] === 'v1' && /^[0-9a-f]{64}$/.test(fields[2] ?? '') ? fields[2] : undefined;
}

/** Deletes entries this job did not use (mtime still back-dated) since restoredAt. */
export async function trimUnused(gocache: string, restoredAt: number): Promise<TrimReport> {
  const all = await entries(gocache);
  const cutoff = restoredAt - USED_WINDOW_MS;
  const used = (e: Entry) => e.mtimeMs >= cutoff;
  const keepOutputs = new Set<string>();
  for (const e of all) {
    if (e.kind !== 'a' || !used(e)) continue;
    const out = await outputOf(e.file);
    if (out) keepOutputs.add(`${out}-d`);
  }
  let bytesAfter = 0;
  let entriesAfter = 0;
  for (const e of all) {
    if (used(e) || keepOutputs.has(e.name)) {
      bytesAfter += e.size;
      entriesAfter++;
    } else {
      await fs.rm(e.file, { force: true });
    }
  }
  return {
    entriesBefore: all.length,
    entriesAfter,
    bytesBefore: all.reduce((n, e) => n + e.size, 0),
    bytesAfter,
  };
}
