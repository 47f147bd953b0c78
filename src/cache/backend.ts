// What a cache store can do. Every store holds one compressed tar archive (archive.ts) per key; the main
// step restores it, the post step saves it. Failures are returned as messages, never thrown past
// restore.ts/save.ts, because a cache must never fail the build.

import type { ArchiveSource } from './archive.js';

export type BackendName = 'dir' | 'github' | 's3';

export interface RestoreResult {
  /** Key of the archive found, undefined on a miss. */
  matchedKey?: string;
  /** Where that archive can be read: a stored file, a downloaded copy, or the download itself (read once). */
  archive?: ArchiveSource;
  /** Why nothing was restored although the store may hold something (service down, unreadable dir). */
  problem?: string;
}

export type SaveOutcome =
  { status: 'saved'; bytes: number; evicted?: string[] } | { status: 'exists' } | { status: 'failed'; problem: string };

export interface CacheBackend {
  readonly name: BackendName;
  /** Looks up key exactly, then each prefix newest first. */
  restore(kind: string, key: string, prefixes: readonly string[]): Promise<RestoreResult>;
  /** True when key is already stored: asked before building an archive, so a loser never compresses. */
  exists(key: string, kind: string): Promise<boolean>;
  /** Builds the archive with build(file) (returns its size) and stores it under key, once. */
  save(kind: string, key: string, build: (file: string) => Promise<number>): Promise<SaveOutcome>;
  /** Drops a stored archive that turned out corrupt, so the next save can replace it (when the store allows). */
  discard(key: string): Promise<void>;
  /** Removes temporary files of a kind (after restore and save). */
  cleanup(kind: string): Promise<void>;
}

export function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
