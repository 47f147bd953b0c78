// The `dir` store: archives in a directory (persistent disk of a self-hosted runner or a GitLab
// shell runner). A key is a file <key>.tar.zst; it is written to a temp name and hard-linked into
// place, so a reader never sees half an archive, a key is never overwritten, and of two writers
// only one wins (link fails with EEXIST for the other). mtime = when saved (newest-first prefix
// restore); atime = last used, set explicitly (LRU eviction under cache-dir-max-size).
//
// The directory may hold other things (a user's backup, someone's `.tmp-x` folder): this store
// reads, counts and deletes only its own files — <our key>.tar.zst and its temp files
// `.tmp-<kind>-<owner tag>.tar.zst` (src/process/leftovers.ts). A temp file whose writer is gone
// (killed on this host, or unwritten for an hour) is removed by the next save; live or not, temp
// files count toward cache-dir-max-size.
import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { isLeftover, ownerTag, OWNER_TAG_PATTERN } from '../process/leftovers.js';
import { ARCHIVE_SUFFIX, archiveName, isOurKey, keyOfArchiveName } from './keys.js';
import { message, type CacheBackend, type RestoreResult, type SaveOutcome } from './backend.js';

/** Our temp files: the owner tag, or (written by older versions) 12 hex digits. */
const TEMP = new RegExp(`^\\.tmp-(?:modules|build)-(${OWNER_TAG_PATTERN}|[0-9a-f]{12})${ARCHIVE_SUFFIX.replace(/\./g, '\\.')}$`);
/** A temp file not written for this long has no live writer (zstd writes it continuously). */
const STALE_TEMP_MS = 3600 * 1000;

interface TempFile {
  file: string;
  size: number;
  leftover: boolean;
}

interface Stored {
  key: string;
  file: string;
  size: number;
  savedMs: number;
  usedMs: number;
}

export interface Eviction {
  key: string;
  size: number;
}

export class DirBackend implements CacheBackend {
  readonly name = 'dir' as const;
  constructor(
    readonly dir: string,
    readonly maxBytes: number,
  ) {}

  private fileOf(key: string): string {
    return path.join(this.dir, archiveName(key));
  }

  async list(): Promise<Stored[]> {
    const out: Stored[] = [];
    for (const name of await fs.readdir(this.dir)) {
      const key = keyOfArchiveName(name);
      if (key === undefined || !isOurKey(key)) continue;
      const file = path.join(this.dir, name);
      try {
        const st = await fs.lstat(file);
        if (!st.isFile()) continue;
        out.push({ key, file, size: st.size, savedMs: st.mtimeMs, usedMs: st.atimeMs });
      } catch {
        // Evicted by another job between readdir and stat.
      }
    }
    return out;
  }

  private async find(key: string, prefixes: readonly string[]): Promise<Stored | undefined> {
    const all = await this.list();
    const exact = all.find((s) => s.key === key);
    if (exact) return exact;
    for (const p of prefixes) {
      const newest = all.filter((s) => s.key.startsWith(p)).sort((a, b) => b.savedMs - a.savedMs)[0];
      if (newest) return newest;
    }
    return undefined;
  }

  async restore(_kind: string, key: string, prefixes: readonly string[]): Promise<RestoreResult> {
    if (!existsSync(this.dir)) return {};
    // A killed save's temp file is removed by the next job that looks here, even one that saves nothing.
    await this.removeLeftoverTemps();
    try {
      const found = await this.find(key, prefixes);
      if (!found) return {};
      // Read in place: an archive is never rewritten, and one evicted meanwhile stays readable once open.
      await touchUsed(found.file);
      return { matchedKey: found.key, archive: found.file };
    } catch (e) {
      return { problem: `cannot read cache-dir ${this.dir}: ${message(e)}` };
    }
  }

  exists(key: string): Promise<boolean> {
    return Promise.resolve(existsSync(this.fileOf(key)));
  }

  async save(kind: string, key: string, build: (file: string) => Promise<number>): Promise<SaveOutcome> {
    const final = this.fileOf(key);
    const temp = path.join(this.dir, `.tmp-${kind}-${ownerTag()}${ARCHIVE_SUFFIX}`);
    try {
      await fs.mkdir(this.dir, { recursive: true });
      if (existsSync(final)) return { status: 'exists' };
      await this.removeLeftoverTemps();
      const bytes = await build(temp);
      try {
        await fs.link(temp, final);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EEXIST') return { status: 'exists' };
        throw e;
      }
      await touchUsed(final);
      const evicted = await this.evict(key);
      return { status: 'saved', bytes, evicted: evicted.map((e) => e.key) };
    } catch (e) {
      return { status: 'failed', problem: `cannot write cache-dir ${this.dir}: ${message(e)}` };
    } finally {
      await fs.rm(temp, { force: true }).catch(() => undefined);
    }
  }

  /** Drops least recently used archives until the directory fits maxBytes; never the one just saved. */
  private async evict(keep: string): Promise<Eviction[]> {
    const temps = await this.removeLeftoverTemps();
    const all = (await this.list()).sort((a, b) => a.usedMs - b.usedMs);
    let total = all.reduce((n, s) => n + s.size, 0) + temps.reduce((n, t) => n + t.size, 0);
    const gone: Eviction[] = [];
    for (const s of all) {
      if (total <= this.maxBytes) break;
      if (s.key === keep) continue;
      await fs.rm(s.file, { force: true });
      total -= s.size;
      gone.push({ key: s.key, size: s.size });
    }
    return gone;
  }

  /** Our temp files; those of a writer that is gone are removed (and not returned). */
  private async removeLeftoverTemps(): Promise<TempFile[]> {
    const live: TempFile[] = [];
    for (const name of await fs.readdir(this.dir).catch(() => [] as string[])) {
      const m = TEMP.exec(name);
      if (!m) continue;
      const file = path.join(this.dir, name);
      const st = await fs.lstat(file).catch(() => undefined);
      if (!st?.isFile()) continue;
      const t = { file, size: st.size, leftover: isLeftover(m[1]!, st.mtimeMs, STALE_TEMP_MS) };
      if (t.leftover) await fs.rm(file, { force: true }).catch(() => undefined);
      else live.push(t);
    }
    return live;
  }

  async discard(key: string): Promise<void> {
    await fs.rm(this.fileOf(key), { force: true });
  }

  async cleanup(): Promise<void> {
    // Nothing to clean: restore reads stored archives in place and save removes its temp file.
  }
}

/** Marks an archive as just used (atime) without changing when it was saved (mtime). */
async function touchUsed(file: string): Promise<void> {
  const st = await fs.stat(file);
  await fs.utimes(file, new Date(), st.mtime);
}
