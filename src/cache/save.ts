// Post step: decide whether to save (cache-save, fork pull requests, job status), trim GOCACHE to
// what this job used, and store each cache once. Never throws: a cache must not fail the build.
import { existsSync, readdirSync } from 'node:fs';
import type { CacheStep } from './step.js';
import { createArchive, treeSize } from './archive.js';
import { message } from './backend.js';
import { jobFailed } from './settings.js';
import { openBackend, STATE_NAME, type CacheEntryState, type CacheState } from './state.js';
import { saveTable, formatBytes, type SaveRow } from './summary.js';
import { FUZZ_DIR, entryFingerprint, trimUnused } from './trim.js';

/** Why nothing is saved at all this job, or undefined to go on. */
function skipReason(ctx: CacheStep, state: CacheState): string | undefined {
  if (state.save === 'never') return 'cache-save is "never"';
  if (state.save === 'auto' && ctx.rt.event().fromFork)
    return 'this is a pull request from a fork (cache-save "auto"); use cache-save "always" to save anyway';
  if (jobFailed(ctx.inputs.string('job-status')) && !state.onFailure) {
    return 'the job failed; set cache-on-failure to "true" to save caches of failed jobs';
  }
  return undefined;
}

function isEmptyDir(dir: string): boolean {
  return !existsSync(dir) || readdirSync(dir).length === 0;
}

async function saveOne(ctx: CacheStep, state: CacheState, entry: CacheEntryState): Promise<SaveRow> {
  const row: SaveRow = { kind: entry.kind, key: entry.key, result: '' };
  const exclude = entry.kind === 'build' ? [FUZZ_DIR] : [];
  if (entry.kind === 'build' && entry.restoredAt !== undefined) {
    const report = await trimUnused(entry.dir, entry.restoredAt);
    row.trimmed = { before: report.bytesBefore, after: report.bytesAfter };
    ctx.rt.info(
      `Trimmed GOCACHE to what this job used: ${report.entriesBefore} → ${report.entriesAfter} entries, ${formatBytes(report.bytesBefore)} → ${formatBytes(report.bytesAfter)}`,
    );
    if (report.entriesAfter === 0) return { ...row, result: 'not saved: nothing was built' };
    if (state.save === 'auto' && entry.match === 'hit' && (await entryFingerprint(entry.dir)) === entry.fingerprint) {
      return { ...row, result: 'not saved: unchanged since restore' };
    }
  }
  if (entry.kind === 'modules' && state.save === 'auto' && entry.match === 'hit')
    return { ...row, result: 'not saved: exact key was restored' };
  if (isEmptyDir(entry.dir) || (await treeSize(entry.dir, exclude)) === 0)
    return { ...row, result: entry.nothingToCache ? 'not saved: empty (nothing to cache; counts as hit)' : 'not saved: empty' };
  const backend = openBackend(state);
  const started = Date.now();
  const outcome = await backend.save(entry.kind, entry.key, (file) => {
    ctx.rt.debug(`building ${entry.kind} archive of ${entry.dir}`);
    return createArchive(entry.dir, file, { exclude, key: entry.key });
  });
  row.ms = Date.now() - started;
  await backend.cleanup(entry.kind).catch(() => undefined);
  switch (outcome.status) {
    case 'saved':
      ctx.rt.info(`Saved ${entry.kind} cache ${entry.key} (${formatBytes(outcome.bytes)})`);
      for (const gone of outcome.evicted ?? []) ctx.rt.info(`Evicted least recently used cache ${gone} to stay under cache-dir-max-size`);
      return { ...row, bytes: outcome.bytes, result: 'saved' };
    case 'exists':
      ctx.rt.info(`${entry.kind} cache ${entry.key} already exists (another job saved it first); not saving it again`);
      return { ...row, result: 'already exists' };
    default:
      ctx.rt.warning(`${entry.kind} cache not saved: ${outcome.problem}`);
      return { ...row, result: 'failed (see warning)' };
  }
}

export async function saveCaches(ctx: CacheStep): Promise<void> {
  const raw = ctx.rt.getState(STATE_NAME);
  if (!raw) {
    ctx.rt.debug('no cache state from the main step; nothing to save');
    return;
  }
  const state = JSON.parse(raw) as CacheState;
  const skip = skipReason(ctx, state);
  if (skip) {
    ctx.rt.info(`Not saving Go caches: ${skip}`);
    return;
  }
  const rows: SaveRow[] = [];
  for (const entry of state.entries) {
    try {
      rows.push(await saveOne(ctx, state, entry));
    } catch (e) {
      ctx.rt.warning(`${entry.kind} cache not saved: ${message(e)}`);
      rows.push({ kind: entry.kind, key: entry.key, result: 'failed (see warning)' });
    }
  }
  await ctx.rt.appendSummary(saveTable(state.backend, rows));
}
