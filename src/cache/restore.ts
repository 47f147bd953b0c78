// Main step: derive both keys, restore each cache safely, prepare GOCACHE for trimming, and hand
// everything the post step needs over as state. Cache trouble is a warning, never a failure;
// only bad inputs (settings.ts) fail the step.
import { randomBytes } from 'node:crypto';
import type { CacheStep } from './step.js';
import type { GoLeg } from '../go/leg.js';
import { restoreArchiveAs } from './archive.js';
import { message, type CacheBackend } from './backend.js';
import { findDependencyFiles, hashDependencyFiles } from './dependencies.js';
import { classifyMatch, keysFor, runUnique, type CacheKeys, type CacheKind, type KeyFacts } from './keys.js';
import { readCacheSettings } from './settings.js';
import { openBackend, pickBackend, STATE_NAME, type CacheEntryState, type CacheState } from './state.js';
import { restoreTable } from './summary.js';
import { backdateEntries, entryFingerprint } from './trim.js';
import { statSync } from 'node:fs';

function workspaceOf(env: NodeJS.ProcessEnv): string {
  return env.GITHUB_WORKSPACE || env.CI_PROJECT_DIR || process.cwd();
}

function setOutputs(ctx: CacheStep, entries: readonly Pick<CacheEntryState, 'kind' | 'key' | 'match'>[]): void {
  const get = (k: CacheKind) => entries.find((e) => e.kind === k);
  ctx.rt.setOutput('modules-cache-key', get('modules')?.key ?? '');
  ctx.rt.setOutput('build-cache-key', get('build')?.key ?? '');
  ctx.rt.setOutput('modules-cache-hit', String(get('modules')?.match === 'hit'));
  ctx.rt.setOutput('build-cache-hit', String(get('build')?.match === 'hit'));
  ctx.rt.setOutput('cache-hit', String(entries.length > 0 && entries.every((e) => e.match === 'hit')));
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
    workspace: workspaceOf(process.env),
    save: settings.save,
    onFailure: settings.onFailure,
    entries: planned,
  };
  const backend = openBackend(state);
  // The two caches live in different directories: restore them side by side.
  await Promise.all(planned.map((entry) => restoreOne(ctx, backend, entry, keysFor(entry.kind, facts))));
  setOutputs(ctx, planned);
  rt.saveState(STATE_NAME, JSON.stringify(state));
  await rt.appendSummary(restoreTable(leg.version, state.backend, planned));
}

async function restoreOne(ctx: CacheStep, backend: CacheBackend, entry: CacheEntryState, keys: CacheKeys): Promise<void> {
  const { rt } = ctx;
  const started = Date.now();
  try {
    const found = await backend.restore(entry.kind, keys.key, keys.restorePrefixes);
    if (found.problem) rt.warning(`${entry.kind} cache not restored: ${found.problem}; continuing without it`);
    if (found.matchedKey && found.archive) {
      entry.archiveBytes = statSync(found.archive).size;
      try {
        await restoreArchiveAs(found.archive, entry.dir);
        entry.matchedKey = found.matchedKey;
        entry.match = classifyMatch(keys, found.matchedKey);
        rt.info(`Restored ${entry.kind} cache ${found.matchedKey} (${entry.match}) into ${entry.dir}`);
      } catch (e) {
        await backend.discard(found.matchedKey).catch(() => undefined);
        rt.warning(
          `${entry.kind} cache archive ${found.matchedKey} is corrupt or truncated and was discarded (${message(e)}); continuing with an empty ${entry.kind} cache`,
        );
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
