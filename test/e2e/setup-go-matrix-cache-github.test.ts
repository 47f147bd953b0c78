// setup-go-matrix caching through dist/ (main + post) with the github store: dist talks protocol v2
// to the loopback service (test/helpers/cache-service.ts), each entry being our archive itself;
// runners whose tar is bsdtar (macOS, Windows) and GNU tar runners read each other's entries.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import { gunzipSync } from 'node:zlib';
import * as path from 'node:path';
import { fixtureApp, localProxy, seedGoCache } from '../helpers/cache-leg.js';
import { startCacheService, type CacheService } from '../helpers/cache-service.js';
import { annotations, distEntry, newJob, runStep, type RunnerJob, type StepResult } from '../helpers/runner.js';
import { laterStep } from '../helpers/setup-job.js';

let proxy: string;
let seed: string;
let svc: CacheService;

before(async () => {
  proxy = await localProxy();
  seed = await seedGoCache('1.23');
  svc = await startCacheService();
});
after(() => svc.stop());

interface Leg {
  job: RunnerJob;
  main: StepResult;
  inputs: Record<string, string>;
}

/** Main step of one leg on a fresh runner that has the cache service. */
async function startLeg(
  inputs: Record<string, string> = {},
  prepare?: (job: RunnerJob) => void,
  env: NodeJS.ProcessEnv = {},
): Promise<Leg> {
  const job = newJob({
    env: {
      ...svc.env(),
      ...env,
      GO_DOWNLOAD_BASE_URL: 'http://127.0.0.1:9',
      GOPROXY: `file://${proxy}`,
      GOSUMDB: 'off',
      GOFLAGS: '',
      CGO_ENABLED: '0',
    },
  });
  cpSync(fixtureApp, job.workspace, { recursive: true });
  prepare?.(job);
  const all = { 'go-version': '1.23', 'toolchain-source': 'local', ...inputs };
  const main = await runStep(job, distEntry('setup-go-matrix', 'main'), all);
  assert.equal(main.code, 0, main.stdout + main.stderr);
  return { job, main, inputs: all };
}

/** The job's build, then the post step. */
async function finishLeg(leg: Leg, what: 'build' | 'download' = 'build'): Promise<StepResult> {
  if (readdirSync(leg.job.env.GOCACHE!).length === 0) cpSync(seed, leg.job.env.GOCACHE!, { recursive: true });
  const b = laterStep(leg.job, 'go', what === 'build' ? ['build', '-o', 'bin/', './...'] : ['mod', 'download']);
  assert.equal(b.code, 0, b.stderr);
  const post = await runStep(leg.job, distEntry('setup-go-matrix', 'post'), leg.inputs, { state: leg.main.state });
  assert.equal(post.code, 0, post.stdout + post.stderr);
  return post;
}

function upgrade(job: RunnerJob): void {
  const scratch = path.join(job.root, 'scratch');
  const env = {
    ...job.env,
    GOPATH: scratch,
    GOMODCACHE: path.join(scratch, 'mod'),
    GOCACHE: path.join(scratch, 'cache'),
    GOTOOLCHAIN: 'local',
  };
  const r = spawnSync('/usr/lib/go-1.23/bin/go', ['get', 'example.com/greeting@v1.1.0'], { cwd: job.workspace, env, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
}

test('dist + github: a miss saves, the next runner hits both caches, a changed go.sum prefix-hits the build cache', async () => {
  const first = await startLeg();
  assert.equal(first.main.outputs['cache-hit'], 'false');
  assert.deepEqual(annotations(first.main.stdout, 'warning'), []);
  const post = await finishLeg(first);
  assert.deepEqual(annotations(post.stdout, 'warning'), []);
  assert.deepEqual(svc.keys().sort(), [first.main.outputs['build-cache-key'], first.main.outputs['modules-cache-key']].sort());

  const second = await startLeg();
  assert.equal(second.main.outputs['cache-hit'], 'true', second.main.stdout);
  assert.match(second.main.stdout, new RegExp(`^Restored build cache ${first.main.outputs['build-cache-key']} \\(hit\\)`, 'm'));
  await finishLeg(second);

  const third = await startLeg({}, upgrade);
  assert.equal(third.main.outputs['modules-cache-hit'], 'false');
  assert.equal(third.main.outputs['build-cache-hit'], 'false');
  assert.match(third.main.stdout, /^Restored build cache go-ci-kit-v1-build-linux-\w+-go1\.23\.\d+-\S+ \(prefix-hit\)/m);
  assert.doesNotMatch(third.main.stdout, /^Restored modules cache/m);
});

test('dist + github: two legs, one modules key: the loser builds no archive and logs an info line', async () => {
  const a = await startLeg({ 'cache-build': 'false' }, upgrade);
  const b = await startLeg({ 'cache-build': 'false' }, upgrade);
  const key = a.main.outputs['modules-cache-key']!;
  assert.equal(b.main.outputs['modules-cache-key'], key);
  assert.equal(b.main.outputs['modules-cache-hit'], 'false');
  const pa = await finishLeg(a, 'download');
  assert.match(pa.stdout, /Saved modules cache/);
  const pb = await finishLeg(b, 'download');
  assert.equal(svc.callsOf('CreateCacheEntry', key).length, 1);
  assert.doesNotMatch(pb.stdout, /building modules archive/);
  assert.match(pb.stdout, /modules cache \S+ already exists \(another job saved it first\); not saving it again/);
  assert.deepEqual(annotations(pb.stdout, 'warning'), []);
});

test('dist + github: a service that is down warns and the job stays green', async () => {
  await svc.stop();
  try {
    const leg = await startLeg();
    assert.equal(leg.main.outputs['cache-hit'], 'false');
    const post = await finishLeg(leg);
    const w = annotations(post.stdout, 'warning');
    assert.ok(
      w.some((l) => /build cache not saved: GitHub cache save failed: .*ECONNREFUSED/.test(l)),
      post.stdout,
    );
  } finally {
    svc = await startCacheService();
  }
});

/**
 * A PATH like a macOS runner's: its `tar` is bsdtar, gzip is there, and zstd when asked (nothing
 * else: the action finds node and Go by their own paths).
 */
function bsdtarPath(zstd: boolean): string {
  const bin = path.join(mkdtempSync(path.join(os.tmpdir(), 'gck-bsdtar-path-')), 'bin');
  mkdirSync(bin);
  symlinkSync('/usr/bin/bsdtar', path.join(bin, 'tar'));
  symlinkSync('/usr/bin/gzip', path.join(bin, 'gzip'));
  if (zstd) symlinkSync('/usr/bin/zstd', path.join(bin, 'zstd'));
  return bin;
}

test("dist + github: a bsdtar+gzip runner and a GNU tar+zstd runner restore each other's entries, stored as our archive itself", async () => {
  const deps = (tag: string) => (job: RunnerJob) => writeFileSync(path.join(job.workspace, 'deps.sum'), `${tag} ${Date.now()}\n`);
  const macLike = { PATH: bsdtarPath(false) };
  const inputs = { 'cache-dependency-path': 'deps.sum' };

  // bsdtar + gzip saves; the service holds the gzip archive whose first member is our manifest.
  const mac = await startLeg(inputs, deps('bsd'), macLike);
  assert.equal(mac.main.outputs['cache-hit'], 'false');
  const macPost = await finishLeg(mac);
  assert.deepEqual(annotations(macPost.stdout, 'warning'), [], macPost.stdout);
  const macKey = mac.main.outputs['modules-cache-key']!;
  const blob = svc.blobOf(macKey)!;
  assert.equal(blob.subarray(0, 2).toString('hex'), '1f8b', 'gzip: zstd is not on this PATH');
  // One tar stream (bsdtar's pax header first, then the manifest member), not a wrapper archive holding a file.
  const tar = gunzipSync(blob);
  assert.equal(tar.subarray(257, 262).toString('latin1'), 'ustar');
  assert.ok(tar.subarray(0, 2048).includes('.go-ci-kit-entry'), 'the entry is our archive, unwrapped');

  // GNU tar + zstd restores it (same deps file content) and saves under new deps with zstd.
  const gnu = await startLeg(inputs, (job) => cpSync(path.join(mac.job.workspace, 'deps.sum'), path.join(job.workspace, 'deps.sum')));
  assert.equal(gnu.main.outputs['cache-hit'], 'true', gnu.main.stdout);
  assert.match(gnu.main.stdout, new RegExp(`^Restored modules cache ${macKey} \\(hit\\)`, 'm'));
  await finishLeg(gnu);
  const gnu2 = await startLeg(inputs, deps('gnu'));
  await finishLeg(gnu2);
  const gnuKey = gnu2.main.outputs['modules-cache-key']!;
  assert.equal(svc.blobOf(gnuKey)!.subarray(0, 4).toString('hex'), '28b52ffd', 'zstd');

  // bsdtar (with zstd, as macOS and Windows hosted runners have it) restores the GNU-made entries.
  const mac2 = await startLeg(inputs, (job) => cpSync(path.join(gnu2.job.workspace, 'deps.sum'), path.join(job.workspace, 'deps.sum')), {
    PATH: bsdtarPath(true),
  });
  assert.equal(mac2.main.outputs['cache-hit'], 'true', mac2.main.stdout);
  assert.deepEqual(annotations(mac2.main.stdout, 'warning'), []);
  const built = laterStep(mac2.job, 'go', ['build', '-o', 'bin/', './...']);
  assert.equal(built.code, 0, built.stderr);
});
