// What the main step hands to the post step (through the runtime's state), and how a store is
// chosen from the settings: the post step rebuilds the same store from this state alone.
import type { BackendName, CacheBackend } from './backend.js';
import { DirBackend } from './dir-backend.js';
import { GitHubBackend, githubCacheAvailable } from './github-backend.js';
import { S3Backend } from './s3-backend.js';
import type { S3Location } from './s3-location.js';
import type { CacheKind, MatchKind } from './keys.js';
import type { CacheSettings, SaveMode } from './settings.js';

export const STATE_NAME = 'go-ci-kit-cache';

export interface CacheEntryState {
  kind: CacheKind;
  key: string;
  hitPrefix: string;
  /** Directory cached: GOMODCACHE or GOCACHE. */
  dir: string;
  match: MatchKind;
  matchedKey?: string;
  /**
   * Modules: why this cache has nothing to hold (no go.sum: the module requires no other module).
   * Such a cache counts as hit in output cache-hit, which would otherwise stay false forever.
   */
  nothingToCache?: string;
  archiveBytes?: number;
  restoreMs?: number;
  /** Build cache: when entries were back-dated (trim.ts), and the entry set right after restore. */
  restoredAt?: number;
  fingerprint?: string;
}

export interface CacheState {
  backend: BackendName;
  cacheDir?: string;
  maxBytes: number;
  s3?: S3Location;
  workspace: string;
  save: SaveMode;
  onFailure: boolean;
  entries: CacheEntryState[];
}

export function openBackend(state: Pick<CacheState, 'backend' | 'cacheDir' | 'maxBytes' | 's3' | 'workspace'>): CacheBackend {
  if (state.backend === 'github') return new GitHubBackend(state.workspace);
  if (state.backend === 's3') {
    if (!state.s3) throw new Error('internal: s3 cache backend without s3-bucket');
    return new S3Backend(state.s3);
  }
  if (!state.cacheDir) throw new Error('internal: dir cache backend without cache-dir');
  return new DirBackend(state.cacheDir, state.maxBytes);
}

export type BackendPick = { backend: BackendName } | { none: string; level: 'notice' | 'warning' };

/** auto: s3 when s3-bucket is set, else GitHub's service when the runner offers it, else cache-dir when set, else nothing. */
export async function pickBackend(settings: CacheSettings): Promise<BackendPick> {
  // Asked before the service: a bucket given on purpose wins, and @actions/cache is not loaded for it.
  if (settings.backend === 's3' || (settings.backend === 'auto' && settings.s3)) return { backend: 's3' };
  // The service's env (ACTIONS_RESULTS_URL, ACTIONS_RUNTIME_TOKEN) exists only inside GitHub jobs.
  const github = await githubCacheAvailable();
  switch (settings.backend) {
    case 'github':
      return github
        ? { backend: 'github' }
        : {
            none: 'cache-backend is "github" but this runner offers no GitHub cache service (ACTIONS_RESULTS_URL / ACTIONS_CACHE_URL are not set); caches are neither restored nor saved. Use cache-backend "dir" with cache-dir on self-hosted runners.',
            level: 'warning',
          };
    case 'dir':
      return { backend: 'dir' };
    default:
      if (github) return { backend: 'github' };
      if (settings.cacheDir) return { backend: 'dir' };
      return {
        none: 'caching is off: no GitHub cache service on this runner and no cache-dir given; set cache-dir (cache-backend "dir") to cache Go modules and builds on this runner',
        level: 'notice',
      };
  }
}
