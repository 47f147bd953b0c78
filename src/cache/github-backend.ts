// The `github` store: the runner's cache service. On protocol v2 (github.com and GHE.com runners)
// an entry is our own archive, uploaded and streamed back as is (github-service.ts): one
// compression at save, one decompression and one guarded extraction at restore. Its entry version
// (ARCHIVE_VERSION) differs from every version @actions/cache computes, so entries that older
// go-ci-kit versions saved through @actions/cache (our archive wrapped in its tar+zstd) are never
// found: a lookup misses them and the next save stores the new format under the same key.
//
// On protocol v1 (GHES) @actions/cache still carries the archive: each entry holds one file, our
// archive, at a fixed workspace-relative path (the service's entry "version" hashes the paths
// given, so a fixed relative path keeps entries valid across runners whose temp/work directories
// differ), and restoring stays our own safe extract-and-swap (archive.ts) of the file it wrote.
// @actions/cache builds its archive BEFORE it reserves the key (CreateCacheEntry), so a leg that
// loses a race compresses for nothing; we ask first (exists) and make build keys run-unique.
import { createWriteStream, existsSync, promises as fs, statfsSync } from 'node:fs';
import * as path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import { MAX_TREE_BYTES } from './archive.js';
import { message, type CacheBackend, type RestoreResult, type SaveOutcome } from './backend.js';
import { cacheMode, cacheProtocol, CacheService } from './github-service.js';

const STAGING = '.go-ci-kit-cache';

/** Passes bytes through until more than `limit` have come, then fails the stream. */
export function capped(limit: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      seen += chunk.length;
      const over = seen > limit;
      done(
        over
          ? new Error(
              `the cache service sent more than ${limit} bytes without saying the archive's size (half the free disk space, at most the 64 GiB extraction limit); refused, so the runner's disk stays usable. Check the service, or save the cache again`,
            )
          : null,
        chunk,
      );
    },
  });
}

/**
 * The most a size-less download may stage in dir: half the disk space free there (the archive and
 * the tree extracted from it, at least as large, must both fit), at most MAX_TREE_BYTES.
 */
export function stagingLimit(dir: string): number {
  try {
    const st = statfsSync(dir);
    return Math.min(MAX_TREE_BYTES, Math.floor((st.bavail * st.bsize) / 2));
  } catch {
    return MAX_TREE_BYTES;
  }
}

type CacheLib = typeof import('@actions/cache');
let cacheLib: Promise<CacheLib> | undefined;
/**
 * @actions/cache and its Azure and HTTP clients are most of a bundle (3.7 MB of 1.3 without): they
 * load only when the v1 protocol is used, so every other run (abi-diff, a dir backend, cache:
 * false, the v2 protocol) starts without parsing them (bench/setup.ts and bench/abi.ts show the cost).
 */
function actionsCache(): Promise<CacheLib> {
  return (cacheLib ??= import('@actions/cache'));
}

/** Whether the runner offers the cache service (the URL of its protocol is set; v1 asks @actions/cache). */
export async function githubCacheAvailable(env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  if (!env.ACTIONS_RESULTS_URL && !env.ACTIONS_CACHE_URL) return false;
  if (cacheProtocol(env) === 'v2') return Boolean(env.ACTIONS_RESULTS_URL);
  return (await actionsCache()).isFeatureAvailable();
}

export class GitHubBackend implements CacheBackend {
  readonly name = 'github' as const;
  private service?: CacheService;

  constructor(
    private readonly workspace: string,
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {}

  private get direct(): boolean {
    return cacheProtocol(this.env) === 'v2';
  }

  private svc(): CacheService {
    return (this.service ??= new CacheService(this.env));
  }

  private relative(kind: string): string {
    return `${STAGING}/${kind}.tar.zst`;
  }

  private absolute(kind: string): string {
    return path.join(this.workspace, STAGING, `${kind}.tar.zst`);
  }

  /** @actions/cache resolves relative paths against the cwd and archives relative to the workspace. */
  private async inWorkspace<T>(fn: () => Promise<T>): Promise<T> {
    const before = process.cwd();
    process.chdir(this.workspace);
    try {
      return await fn();
    } finally {
      process.chdir(before);
    }
  }

  async restore(kind: string, key: string, prefixes: readonly string[]): Promise<RestoreResult> {
    if (this.direct) {
      if (!cacheMode(this.env).read) return {};
      try {
        const found = await this.svc().lookup(key, prefixes);
        if (!found) return {};
        const download = await this.svc().download(found.url);
        if (download.bytes !== undefined)
          return { matchedKey: found.matchedKey, archive: { stream: download.stream, bytes: download.bytes } };
        // A server that does not say the size (no content-length) is read to the staging file
        // first: the extraction limits are set from an archive's real size (archive.ts cacheLimits).
        // At most stagingLimit: a server that never ends its body cannot fill the runner's disk.
        // restore.ts removes the staged file (cleanup).
        const file = this.absolute(kind);
        await fs.mkdir(path.dirname(file), { recursive: true });
        await pipeline(download.stream, capped(stagingLimit(path.dirname(file))), createWriteStream(file));
        return { matchedKey: found.matchedKey, archive: file };
      } catch (e) {
        return { problem: `GitHub cache restore failed: ${message(e)}` };
      }
    }
    const file = this.absolute(kind);
    try {
      await fs.rm(file, { force: true });
      const { restoreCache } = await actionsCache();
      const matched = await this.inWorkspace(() => restoreCache([this.relative(kind)], key, [...prefixes]));
      if (!matched) return {};
      if (!existsSync(file)) return { problem: `cache entry ${matched} did not contain ${this.relative(kind)}` };
      return { matchedKey: matched, archive: file };
    } catch (e) {
      return { problem: `GitHub cache restore failed: ${message(e)}` };
    }
  }

  async exists(key: string, kind = 'modules'): Promise<boolean> {
    try {
      if (this.direct) return (await this.svc().lookup(key, []))?.matchedKey === key;
      const { restoreCache } = await actionsCache();
      const found = await this.inWorkspace(() => restoreCache([this.relative(kind)], key, [], { lookupOnly: true }));
      // The service also matches the primary key as a prefix; only the exact key counts here.
      return found === key;
    } catch {
      return false;
    }
  }

  async save(kind: string, key: string, build: (file: string) => Promise<number>): Promise<SaveOutcome> {
    return this.direct ? this.saveDirect(kind, key, build) : this.saveThroughLibrary(kind, key, build);
  }

  private async saveDirect(kind: string, key: string, build: (file: string) => Promise<number>): Promise<SaveOutcome> {
    if (!cacheMode(this.env).write) return { status: 'failed', problem: 'ACTIONS_CACHE_MODE does not permit writes to the GitHub cache' };
    const file = this.absolute(kind);
    try {
      // Asked before compressing: a key another leg saved, or a service that cannot be reached, costs no archive.
      if ((await this.svc().lookup(key, []))?.matchedKey === key) return { status: 'exists' };
      await fs.mkdir(path.dirname(file), { recursive: true });
      const bytes = await build(file);
      return (await this.svc().save(key, file)) === 'exists' ? { status: 'exists' } : { status: 'saved', bytes };
    } catch (e) {
      return { status: 'failed', problem: `GitHub cache save failed: ${message(e)}` };
    } finally {
      await fs.rm(file, { force: true });
    }
  }

  private async saveThroughLibrary(kind: string, key: string, build: (file: string) => Promise<number>): Promise<SaveOutcome> {
    const file = this.absolute(kind);
    try {
      if (await this.exists(key, kind)) return { status: 'exists' };
      await fs.mkdir(path.dirname(file), { recursive: true });
      const bytes = await build(file);
      const { saveCache } = await actionsCache();
      const { value: id, text } = await watchStdout(() => this.inWorkspace(() => saveCache([this.relative(kind)], key)));
      if (id > 0) return { status: 'saved', bytes };
      // -1: @actions/cache already logged why. It turns every failed reservation into one
      // ReserveCacheError; only its debug line keeps the status, and a 409 means another leg
      // reserved the key first.
      if (/Failed to reserve cache:.*\(409\)/.test(text) || (await this.exists(key, kind))) return { status: 'exists' };
      return { status: 'failed', problem: `the GitHub cache service did not store ${key} (see the message above)` };
    } catch (e) {
      return { status: 'failed', problem: `GitHub cache save failed: ${message(e)}` };
    } finally {
      await fs.rm(file, { force: true });
    }
  }

  async discard(): Promise<void> {
    // The service offers no delete to a job; the entry ages out (7 days unused) or changes key with the deps.
  }

  async cleanup(kind: string): Promise<void> {
    await fs.rm(this.absolute(kind), { force: true });
    await fs.rmdir(path.join(this.workspace, STAGING)).catch(() => undefined);
  }
}

/** Runs fn while copying what @actions/cache prints (it reports through @actions/core on stdout). */
async function watchStdout<T>(fn: () => Promise<T>): Promise<{ value: T; text: string }> {
  let text = '';
  const original = process.stdout.write.bind(process.stdout);
  process.stdout.write = (chunk: string | Uint8Array, ...rest: never[]) => {
    text += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString();
    return original(chunk, ...rest);
  };
  try {
    return { value: await fn(), text };
  } finally {
    process.stdout.write = original;
  }
}
