// The one place cache key formats exist. Two caches per leg:
//   modules: go-ci-kit-v1-mod-<goos>-<goarch>-go<version>-<deps>
//   build:   go-ci-kit-v1-build-<goos>-<goarch>-go<version>-<deps>-<run-unique>
// restored by the build prefix with the same deps first, then any deps — both end in "-" right after
// a whole segment, so a prefix never crosses Go version, OS or arch (go1.2- cannot match go1.23-).
// Every segment is sanitized to [A-Za-z0-9._+] so "-" only ever separates segments.

const PREFIX = 'go-ci-kit-v1';
/** @actions/cache and the GitHub service reject longer keys. */
export const MAX_KEY_LENGTH = 512;

export type CacheKind = 'modules' | 'build';

export interface KeyFacts {
  goos: string;
  goarch: string;
  /** Go version without the `go` prefix, e.g. 1.23.5. */
  goVersion: string;
  /** Hash of the dependency files (see dependencies.ts); "none" when there are none. */
  depsHash: string;
  /** Unique per run and leg: run id, attempt and a random part (build cache only). */
  runUnique: string;
}

export interface CacheKeys {
  kind: CacheKind;
  /** Key this run saves under (and the exact key restore tries first). */
  key: string;
  /** Prefixes tried after the exact key, most specific first. */
  restorePrefixes: string[];
  /**
   * A restored key starting with this counts as a hit: for modules the key itself; for build the
   * prefix with the same deps, because the run-unique suffix always differs from the last run's.
   */
  hitPrefix: string;
}

/** A key segment: never empty or `undefined`, no separator or comma inside. */
export function segment(name: string, value: string | undefined): string {
  const v = (value ?? '').trim();
  if (v === '' || v === 'undefined' || v === 'null') {
    throw new Error(`internal: cache key segment ${name} is empty (got ${JSON.stringify(value)}); cannot build a safe cache key`);
  }
  return v.replace(/[^A-Za-z0-9._+]/g, '_');
}

function checkLength(key: string): string {
  if (key.length > MAX_KEY_LENGTH) {
    throw new Error(`internal: cache key is ${key.length} characters, over the ${MAX_KEY_LENGTH} limit: ${key.slice(0, 80)}…`);
  }
  return key;
}

function base(kind: CacheKind, f: KeyFacts): string {
  const tag = kind === 'modules' ? 'mod' : 'build';
  return [
    PREFIX,
    tag,
    segment('goos', f.goos),
    segment('goarch', f.goarch),
    `go${segment('go version', f.goVersion.replace(/^go/, ''))}`,
  ].join('-');
}

export function modulesKeys(f: KeyFacts): CacheKeys {
  const key = checkLength(`${base('modules', f)}-${segment('dependency hash', f.depsHash)}`);
  return { kind: 'modules', key, restorePrefixes: [], hitPrefix: key };
}

export function buildKeys(f: KeyFacts): CacheKeys {
  const versioned = `${base('build', f)}-`;
  const withDeps = `${versioned}${segment('dependency hash', f.depsHash)}-`;
  const key = checkLength(`${withDeps}${segment('run id', f.runUnique)}`);
  return { kind: 'build', key, restorePrefixes: [withDeps, versioned], hitPrefix: withDeps };
}

export function keysFor(kind: CacheKind, f: KeyFacts): CacheKeys {
  return kind === 'modules' ? modulesKeys(f) : buildKeys(f);
}

/** Run-unique suffix: two legs of one run (same version, other matrix axes) never share it. */
export function runUnique(runId: string, runAttempt: string, random: string): string {
  const id = runId.trim() || `t${Date.now()}`;
  return `${id}.${runAttempt.trim() || '1'}.${random}`;
}

export type MatchKind = 'hit' | 'prefix-hit' | 'miss';

/** How a restored key relates to the keys asked for. */
export function classifyMatch(keys: CacheKeys, matched: string | undefined): MatchKind {
  if (!matched) return 'miss';
  if (matched === keys.key || matched.startsWith(keys.hitPrefix)) return 'hit';
  return 'prefix-hit';
}

/** Whether a stored name is one of our keys (the dir store's eviction deletes nothing else). */
export function isOurKey(key: string): boolean {
  return isWellFormedKey(key) && (key.startsWith(`${PREFIX}-mod-`) || key.startsWith(`${PREFIX}-build-`));
}

/** Keys are used as file names by the dir backend: only the characters segment() lets through. */
export function isWellFormedKey(key: string): boolean {
  return key.length > 0 && key.length <= MAX_KEY_LENGTH && /^[A-Za-z0-9._+-]+$/.test(key);
}

/** Stored archives (a dir store's file, an s3 store's object after its prefix) are <key>.tar.zst. */
export const ARCHIVE_SUFFIX = '.tar.zst';

/** The name a stored archive of key has. */
export function archiveName(key: string): string {
  if (!isWellFormedKey(key)) throw new Error(`internal: cache key ${JSON.stringify(key)} cannot name a stored archive`);
  return `${key}${ARCHIVE_SUFFIX}`;
}

/** The key a stored archive's name holds; undefined for any other name. */
export function keyOfArchiveName(name: string): string | undefined {
  if (!name.endsWith(ARCHIVE_SUFFIX)) return undefined;
  const key = name.slice(0, -ARCHIVE_SUFFIX.length);
  return isWellFormedKey(key) ? key : undefined;
}
