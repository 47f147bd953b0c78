// Main step: derive both keys, restore each cache safely, prepare GOCACHE for trimming, and hand
// everything the post step needs over as state. Cache trouble is a warning, never a failure;
// only bad inputs (settings.ts) fail the step.
import { randomBytes } from 'node:crypto';
import type { CacheStep } from './step.js';
import type { GoLeg } from '../go/leg.js';
import { ArchiveError, restoreArchiveAs } from './archive.js';
import { archiveToolsSoon, type ArchiveTools } from './archive-tools.js';
import { message, type CacheBackend } from './backend.js';
import { findDependencyFiles, hashDependencyFiles, ownDirectory } from './dependencies.js';
import { classifyMatch, keysFor, runUnique, type CacheKeys, type CacheKind, type KeyFacts } from './keys.js';
import { readCacheSettings } from './settings.js';
import { openBackend, pickBackend, STATE_NAME, type CacheEntryState, type CacheState } from './state.js';
import { restoreTable } from './summary.js';
import { archiveMtime, backdateEntries, entryFingerprint } from './trim.js';
import { existsSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { globFiles } from './glob.js';
import { workspaceRoot } from '../fs/workspace.js';

/**
 * The hit outputs say exactly what was restored (actions/yml documents each):
 * - modules-cache-hit: the module cache's exact key was restored;
 * - build-cache-hit: a build cache of this leg's exact OS, arch, Go version and dependency hash was
 *   restored (build keys end in a per-run suffix, since every run saves what it built: that suffix is
 *   the only part that differs); a restore of another dependency hash is a prefix restore: false;
 * - *-cache-matched-key: the key restored, exact or by prefix ('' when none), as actions/cache's
 *   cache-matched-key;
 * - cache-hit: every requested cache hit, where a module cache with nothing to hold (a module that
 *   requires no other module) counts as hit: otherwise it would stay false on every run.
 */
function setOutputs(
  ctx: CacheStep,
  entries: readonly Pick<CacheEntryState, 'kind' | 'key' | 'match' | 'matchedKey' | 'nothingToCache'>[],
): void {
  const get = (k: CacheKind) => entries.find((e) => e.kind === k);
  ctx.rt.setOutput('modules-cache-key', get('modules')?.key ?? '');
  ctx.rt.setOutput('build-cache-key', get('build')?.key ?? '');
  ctx.rt.setOutput('modules-cache-hit', String(get('modules')?.match === 'hit'));
  ctx.rt.setOutput('build-cache-hit', String(get('build')?.match === 'hit'));
  ctx.rt.setOutput('modules-cache-matched-key', get('modules')?.matchedKey ?? '');
  ctx.rt.setOutput('build-cache-matched-key', get('build')?.matchedKey ?? '');
  ctx.rt.setOutput('cache-hit', String(entries.length > 0 && entries.every((e) => e.match === 'hit' || e.nothingToCache !== undefined)));
}

/** Why the module cache has nothing to hold, or undefined: a module needs downloads only when it
 * (or a workspace) has a go.sum; a vendor directory holds its modules itself. */
async function modulesNothingToCache(workingDirectory: string): Promise<string | undefined> {
  if (existsSync(path.join(workingDirectory, 'vendor', 'modules.txt'))) return 'vendor/modules.txt: the module vendors its dependencies';
  // Our own directories (a go-ci-kit checkout, .go-ci-kit/) never count, as in the key.
  const sums = await globFiles(['**/go.sum', 'go.work.sum'], workingDirectory, {
    skipDir: (d) => ownDirectory(d, workingDirectory) !== undefined,
  });
  return sums.length === 0 ? `no go.sum in ${workingDirectory}: the module requires no other module` : undefined;
}

async function dependencyHash(ctx: CacheStep, leg: GoLeg, patterns: string[], given: boolean): Promise<string> {
  const deps = await findDependencyFiles(patterns, leg.workingDirectory);
  for (const p of deps.unmatched) {
    if (given)
      ctx.rt.warning(`cache-dependency-path "${p}" matched no files in ${leg.workingDirectory}; it does not count in the cache key`);
  }
  if (deps.fellBackToGoMod) {
    ctx.rt.info(
      deps.files.length
        ? `no ${patterns.join(', ')} in ${leg.workingDirectory}; hashing go.mod/go.work files instead (${deps.files.length})`
        : `no dependency files (go.sum, go.mod, go.work) in ${leg.workingDirectory}; the module cache key has no dependency hash`,
    );
  }
  return hashDependencyFiles(deps.files, leg.workingDirectory);
}

export async function restoreCaches(ctx: CacheStep, leg: GoLeg): Promise<void> {
  const { rt } = ctx;
  const settings = readCacheSettings(ctx.inputs, process.cwd());
  if (!settings.enabled || settings.kinds.length === 0) {
    rt.info('Go caches are off (input cache / cache-modules / cache-build)');
    setOutputs(ctx, []);
    return;
  }
  const event = rt.event();
  const facts: KeyFacts = {
    goos: leg.goos,
    goarch: leg.goarch,
    goVersion: leg.version,
    depsHash: await dependencyHash(ctx, leg, settings.dependencyPatterns, settings.dependencyPatternsGiven),
    runUnique: runUnique(event.runId, event.runAttempt, randomBytes(4).toString('hex')),
  };
  const planned: CacheEntryState[] = settings.kinds.map((kind) => {
    const keys = keysFor(kind, facts);
    return { kind, key: keys.key, hitPrefix: keys.hitPrefix, dir: kind === 'modules' ? leg.gomodcache : leg.gocache, match: 'miss' };
  });
  const modules = planned.find((e) => e.kind === 'modules');
  if (modules) {
    modules.nothingToCache = await modulesNothingToCache(leg.workingDirectory);
    if (modules.nothingToCache)
      rt.info(`The module cache has nothing to hold (${modules.nothingToCache}); output cache-hit counts it as hit`);
  }
  const pick = await pickBackend(settings);
  if ('none' in pick) {
    if (pick.level === 'warning') rt.warning(pick.none);
    else rt.notice(pick.none);
    setOutputs(ctx, planned);
    return;
  }
  const state: CacheState = {
    backend: pick.backend,
    cacheDir: settings.cacheDir,
    maxBytes: settings.maxBytes,
    s3: settings.s3,
    workspace: workspaceRoot(),
    save: settings.save,
    onFailure: settings.onFailure,
    entries: planned,
  };
  const backend = openBackend(state);
  // Which tar this runner has is asked while the lookups are on the wire, not after.
  const tools = archiveToolsSoon();
  // The two caches live in different directories: restore them side by side.
  await Promise.all(planned.map((entry) => restoreOne(ctx, backend, entry, keysFor(entry.kind, facts), tools)));
  setOutputs(ctx, planned);
  rt.saveState(STATE_NAME, JSON.stringify(state));
  await rt.appendSummary(restoreTable(leg.version, state.backend, planned));
}

/** Drops a stored archive only when the archive itself is bad; a local failure keeps it for every other runner. */
async function restoreFailed(backend: CacheBackend, kind: string, key: string, e: unknown): Promise<string> {
  if (!(e instanceof ArchiveError) || !e.archiveIsBad)
    return `${kind} cache ${key} could not be restored on this runner (${message(e)}); the stored archive is kept, continuing with an empty ${kind} cache`;
  await backend.discard(key).catch(() => undefined);
  const what = {
    corrupt: 'is corrupt or truncated',
    poisoned: 'is not a safe cache entry',
    'too-big': 'is over the extraction limits',
    local: '',
  }[e.problem];
  return `${kind} cache archive ${key} ${what} and was discarded (${message(e)}); continuing with an empty ${kind} cache`;
}

async function restoreOne(
  ctx: CacheStep,
  backend: CacheBackend,
  entry: CacheEntryState,
  keys: CacheKeys,
  tools: Promise<ArchiveTools>,
): Promise<void> {
  const { rt } = ctx;
  const started = Date.now();
  try {
    const found = await backend.restore(entry.kind, keys.key, keys.restorePrefixes);
    if (found.problem) rt.warning(`${entry.kind} cache not restored: ${found.problem}; continuing without it`);
    if (found.matchedKey && found.archive) {
      entry.archiveBytes = typeof found.archive === 'string' ? statSync(found.archive).size : found.archive.bytes;
      try {
        // A build cache starts back-dated, so save can tell what this job used (trim.ts).
        const mtime = entry.kind === 'build' ? archiveMtime() : undefined;
        await restoreArchiveAs(found.archive, entry.dir, { expectKey: found.matchedKey, mtime, tools: await tools });
        entry.matchedKey = found.matchedKey;
        entry.match = classifyMatch(keys, found.matchedKey);
        rt.info(`Restored ${entry.kind} cache ${found.matchedKey} (${entry.match}) into ${entry.dir}`);
      } catch (e) {
        rt.warning(await restoreFailed(backend, entry.kind, found.matchedKey, e));
      }
    } else if (!found.problem) {
      rt.info(`No ${entry.kind} cache for ${keys.key}`);
    }
  } catch (e) {
    rt.warning(`${entry.kind} cache not restored: ${message(e)}; continuing without it`);
  } finally {
    await backend.cleanup(entry.kind).catch(() => undefined);
  }
  entry.restoreMs = Date.now() - started;
  if (entry.kind === 'build') {
    entry.restoredAt = Date.now();
    // Restored entries carry a back-dated mtime from the archive; entries already here do not.
    if (!entry.matchedKey) await backdateEntries(entry.dir, entry.restoredAt);
    entry.fingerprint = await entryFingerprint(entry.dir);
  }
}
