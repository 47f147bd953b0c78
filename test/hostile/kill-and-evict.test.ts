// kill -9 mid-step and a shared cache-dir full of things that are not ours, through dist/ as the
// runner runs setup-go-matrix: a killed restore or save leaves no tar/zstd running, its leftovers
// (`.gomodcache.restore-*`, `.tmp-*` in cache-dir) are removed by the next run and counted toward
// cache-dir-max-size meanwhile; eviction deletes only our own archives and temp files, and a
// stale `.tmp-*` directory blocks nothing.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fixtureApp, localProxy } from '../helpers/cache-leg.js';
import { annotations, distEntry, newJob, runStep, startStep, type RunnerJob } from '../helpers/runner.js';
import { laterStep } from '../helpers/setup-job.js';
import {
  dirCacheInputs as inputsFor,
  setupMain as main,
  cacheArchive,
  childrenOf,
  processesMentioning,
  sh,
  sleep,
  waitFor,
} from './support.js';

let proxy: string;
before(async () => {
  proxy = await localProxy();
});

function freshJob(): RunnerJob {
  const job = newJob({
    env: { GO_DOWNLOAD_BASE_URL: 'http://127.0.0.1:9', GOPROXY: `file://${proxy}`, GOSUMDB: 'off', GOFLAGS: '', CGO_ENABLED: '0' },
  });
  cpSync(fixtureApp, job.workspace, { recursive: true });
  return job;
}

/** Kills the step with SIGKILL as soon as it runs `program` (with `arg`, when given); returns once it is dead. */
async function killWhenRunning(step: ReturnType<typeof startStep>, program: string, arg?: string): Promise<void> {
  const pid = step.child.pid!;
  // `tar --version` (which tar this runner has) runs first and briefly: the extracting tar is the one with -xf.
  const running = (c: { pid: number; comm: string }) => {
    if (c.comm !== program) return false;
    if (arg === undefined) return true;
    try {
      return readFileSync(`/proc/${c.pid}/cmdline`, 'utf8').split('\0').includes(arg);
    } catch {
      return false;
    }
  };
  await waitFor(`${program} under the step`, () => (childrenOf(pid).some(running) ? true : undefined), 120_000, 2);
  process.kill(pid, 'SIGKILL');
  await step.done;
}

async function noneLeft(needle: string): Promise<void> {
  // The pipe through the killed process is gone: the programs die at their next read or write.
  await waitFor(`no process mentioning ${needle}`, () => (processesMentioning(needle).length === 0 ? true : undefined), 10_000, 50).catch(
    () => {
      throw new Error(`orphans left: ${processesMentioning(needle).join('\n')}`);
    },
  );
}

test('kill -9 during restore and during save: no orphan tar/zstd; the next run removes the leftovers', async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'gck-hostile-kill-'));
  const cacheDir = path.join(root, 'cache');
  const key = (await main(freshJob(), inputsFor(cacheDir))).outputs['modules-cache-key']!;
  // A good, big entry (384 MiB incompressible) so that extraction takes a while.
  const stage = path.join(root, 'stage');
  mkdirSync(path.join(stage, 'cache', 'download'), { recursive: true });
  sh(`head -c 384M /dev/urandom > '${stage}/cache/download/blob'`);
  cacheArchive(stage, key, path.join(cacheDir, `${key}.tar.zst`));

  const job = freshJob();
  const step = startStep(job, distEntry('setup-go-matrix', 'main'), inputsFor(cacheDir));
  await killWhenRunning(step, 'tar', '-xf');
  await noneLeft(cacheDir);
  const workDir = path.join(job.temp, 'go-ci-kit');
  const legDir = readdirSync(workDir).map((n) => path.join(workDir, n))[0]!;
  const leftovers = () => readdirSync(legDir).filter((n) => /^\.gomodcache\.(restore|old)-/.test(n));
  assert.equal(leftovers().length, 1, `leftover of the killed restore in ${legDir}: ${readdirSync(legDir).join(', ')}`);
  // The next run in the same job (same RUNNER_TEMP) removes it, and restores the entry.
  const again = await main(job, inputsFor(cacheDir));
  assert.equal(again.outputs['modules-cache-hit'], 'true', again.stdout);
  assert.deepEqual(leftovers(), []);

  // Save: a big GOMODCACHE; kill -9 while zstd compresses it.
  const saver = freshJob();
  const r = await main(saver, inputsFor(cacheDir, { 'cache-dependency-path': 'go.mod' }));
  sh(`mkdir -p '${r.exported.GOMODCACHE}/cache/download' && head -c 256M /dev/urandom > '${r.exported.GOMODCACHE}/cache/download/big'`);
  const post = startStep(saver, distEntry('setup-go-matrix', 'post'), inputsFor(cacheDir, { 'cache-dependency-path': 'go.mod' }), {
    state: r.state,
  });
  await killWhenRunning(post, 'zstd');
  await noneLeft(cacheDir);
  await noneLeft(r.exported.GOMODCACHE!);
  const temps = () => readdirSync(cacheDir).filter((n) => n.startsWith('.tmp-'));
  assert.equal(temps().length, 1, readdirSync(cacheDir).join(', '));
  // The next save (another job, another key) removes the dead writer's temp file.
  const next = freshJob();
  const m = await main(next, inputsFor(cacheDir, { 'cache-dependency-path': 'go.sum' }));
  assert.equal(laterStep(next, 'go', ['mod', 'download']).code, 0);
  const p = await runStep(next, distEntry('setup-go-matrix', 'post'), inputsFor(cacheDir, { 'cache-dependency-path': 'go.sum' }), {
    state: m.state,
  });
  assert.equal(p.code, 0);
  assert.deepEqual(temps(), []);
});

test('eviction under cache-dir-max-size deletes only our archives; foreign files and .tmp-* directories stay and block nothing; live temps count', async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'gck-hostile-evict-'));
  const cacheDir = path.join(root, 'cache');
  mkdirSync(cacheDir);
  const old = new Date(Date.now() - 8 * 3600 * 1000);
  const put = (name: string, mib: number, when = old) => {
    const f = path.join(cacheDir, name);
    writeFileSync(f, Buffer.alloc(mib * 1024 * 1024, 1));
    utimesSync(f, when, when);
    return f;
  };
  const foreign = [
    put('important-backup.tar.zst', 3),
    put('notes.txt', 1),
    put('.tmp-foreign.tar.zst', 1),
    put('go-ci-kit-v1-not-a-kind-x.tar.zst', 1),
  ];
  const staleDir = path.join(cacheDir, '.tmp-build-abcdef012345');
  mkdirSync(path.join(staleDir, 'inside'), { recursive: true });
  utimesSync(staleDir, old, old);
  // Ours: an old archive (first to go), the temp of a writer on this host that is gone, an
  // old-style temp unwritten for 8 hours, and a live temp of another host.
  const ourOld = path.join(cacheDir, 'go-ci-kit-v1-mod-linux-amd64-go1.0.1-0123456789abcdef01234567.tar.zst');
  cacheArchive(mkdtempSync(path.join(root, 's-')), 'go-ci-kit-v1-mod-linux-amd64-go1.0.1-0123456789abcdef01234567', ourOld);
  utimesSync(ourOld, old, old);
  const host = os
    .hostname()
    .replace(/[^A-Za-z0-9]/g, '')
    .slice(0, 32);
  const dead = put(`.tmp-modules-${host}.4194000.0badc0de.tar.zst`, 2);
  const oldStyle = put('.tmp-build-0123456789ab.tar.zst', 1);
  const live = put('.tmp-modules-otherhost.77.12345678.tar.zst', 2, new Date());

  const job = freshJob();
  const inputs = inputsFor(cacheDir, { 'cache-dir-max-size': '1M' });
  const m = await main(job, inputs);
  assert.equal(laterStep(job, 'go', ['mod', 'download']).code, 0);
  const post = await runStep(job, distEntry('setup-go-matrix', 'post'), inputs, { state: m.state });
  assert.equal(post.code, 0);
  assert.deepEqual(annotations(post.stdout, 'warning'), [], post.stdout);
  assert.match(post.summary, /\| modules \| `go-ci-kit-v1-mod-\S+` \| saved \|/);
  assert.match(
    post.stdout,
    /Evicted least recently used cache go-ci-kit-v1-mod-linux-amd64-go1\.0\.1-\S+ to stay under cache-dir-max-size/,
  );
  for (const f of [...foreign, staleDir, path.join(staleDir, 'inside'), live]) assert.ok(existsSync(f), `${f} must stay`);
  for (const f of [ourOld, dead, oldStyle]) assert.equal(existsSync(f), false, `${f} must go`);
  assert.ok(statSync(path.join(cacheDir, `${m.outputs['modules-cache-key']}.tar.zst`)).size > 0);
  await sleep(0);
});
