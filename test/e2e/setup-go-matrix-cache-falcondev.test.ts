// setup-go-matrix caching through dist/ (main + post, the runner's INPUT_*/state protocol) with
// cache-backend github against falcondev's github-actions-cache-server, an independent
// implementation of GitHub's cache service (protocol v2), on loopback: real Debian Go 1.19 and
// 1.23 legs, the fixture app against a local GOPROXY. Skipped, with the reason printed, unless
// GO_CI_KIT_TEST_FALCONDEV_SERVER names a server built outside this repository
// (test/helpers/falcondev-server.ts says why and how).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readdirSync } from 'node:fs';
import { fixtureApp, localProxy, seedGoCache } from '../helpers/cache-leg.js';
import { falcondevSkip, FalcondevServer } from '../helpers/falcondev-server.js';
import type { TestedMinor } from '../helpers/go.js';
import { annotations, distEntry, newJob, runStep, type StepResult } from '../helpers/runner.js';
import { laterStep } from '../helpers/setup-job.js';

const skip = falcondevSkip;
let running: FalcondevServer | undefined;
const srv = (): FalcondevServer => running!;
let proxy: string;
const seeds = new Map<TestedMinor, string>();

before(async () => {
  if (skip) return;
  running = await FalcondevServer.start();
  proxy = await localProxy();
  for (const m of ['1.19', '1.23'] as const) seeds.set(m, await seedGoCache(m));
});
after(() => running?.stop());

/** One job on a fresh runner: checkout, setup-go-matrix (main), go build, post. */
async function cacheRun(minor: TestedMinor, goproxy: string): Promise<{ main: StepResult; post: StepResult }> {
  const job = newJob({
    env: {
      ...srv().env(),
      GO_DOWNLOAD_BASE_URL: 'http://127.0.0.1:9',
      GOPROXY: goproxy,
      GOSUMDB: 'off',
      GOFLAGS: '',
      CGO_ENABLED: '0',
      GOTELEMETRY: 'off',
    },
  });
  cpSync(fixtureApp, job.workspace, { recursive: true });
  const inputs = { 'go-version': minor, 'toolchain-source': 'local', 'cache-backend': 'github' };
  const main = await runStep(job, distEntry('setup-go-matrix', 'main'), inputs);
  assert.equal(main.code, 0, main.stdout + main.stderr);
  if (readdirSync(job.env.GOCACHE!).length === 0) cpSync(seeds.get(minor)!, job.env.GOCACHE!, { recursive: true });
  const b = laterStep(job, 'go', ['build', '-o', 'bin/', './...']);
  assert.equal(b.code, 0, b.stderr);
  const post = await runStep(job, distEntry('setup-go-matrix', 'post'), inputs, { state: main.state });
  assert.equal(post.code, 0, post.stdout + post.stderr);
  return { main, post };
}

const restored = (step: StepResult) =>
  [...step.stdout.matchAll(/^Restored (\w+) cache (\S+) \(([\w-]+)\)/gm)].map((m) => ({ kind: m[1], key: m[2]!, match: m[3] }));

test('dist + falcondev: legs 1.19 and 1.23 save, then restore with zero cross-version restores; run 2 hits', { skip }, async () => {
  const saved = new Map<TestedMinor, string[]>();
  for (const minor of ['1.19', '1.23'] as const) {
    const r = await cacheRun(minor, `file://${proxy}`);
    assert.equal(r.main.outputs['cache-hit'], 'false', r.main.stdout);
    assert.deepEqual(restored(r.main), [], `${minor}: nothing to restore yet (no other version's entry)`);
    assert.deepEqual(annotations(r.main.stdout, 'warning'), []);
    assert.deepEqual(annotations(r.post.stdout, 'warning'), [], `${r.post.stdout}\n${srv().log()}`);
    assert.match(r.post.summary, /\| modules \| `go-ci-kit-v1-mod-\S+` \| saved \|/);
    assert.match(r.post.summary, /\| build \| `go-ci-kit-v1-build-\S+` \| saved \|/);
    saved.set(minor, [r.main.outputs['modules-cache-key']!, r.main.outputs['build-cache-key']!]);
  }
  for (const minor of ['1.19', '1.23'] as const) {
    // The proxy is off: the modules can only come from the restored cache.
    const r = await cacheRun(minor, 'off');
    const version = r.main.outputs['go-version']!;
    assert.equal(r.main.outputs['cache-hit'], 'true', r.main.stdout);
    assert.equal(r.main.outputs['modules-cache-hit'], 'true');
    assert.equal(r.main.outputs['build-cache-hit'], 'true');
    assert.deepEqual(annotations(r.main.stdout, 'warning'), []);
    const keys = restored(r.main);
    assert.deepEqual(
      keys.map((k) => [k.kind, k.key, k.match]),
      [
        ['modules', saved.get(minor)![0], 'hit'],
        ['build', saved.get(minor)![1], 'hit'],
      ],
    );
    for (const k of keys) assert.ok(k.key.includes(`-go${version}-`), `Go ${version} restored ${k.key}`);
    assert.deepEqual(annotations(r.post.stdout, 'warning'), [], r.post.stdout);
  }
});
