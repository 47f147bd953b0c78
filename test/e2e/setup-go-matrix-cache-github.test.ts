// setup-go-matrix caching through dist/ (main + post) with the github store: @actions/cache 6
// bundled in dist talks protocol v2 to the loopback service (test/helpers/cache-service.ts).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync } from 'node:fs';
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
async function startLeg(inputs: Record<string, string> = {}, prepare?: (job: RunnerJob) => void): Promise<Leg> {
  const job = newJob({
    env: {
      ...svc.env(),
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
