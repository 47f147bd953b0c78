// setup-go-matrix caching through dist/ (main + post) as the runner runs it, with the s3 store: a
// real S3 protocol server (s3rver) on loopback, real Debian Go 1.19 and 1.23, the fixture app
// against a local GOPROXY, credentials from the AWS environment of the job.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readdirSync } from 'node:fs';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { fixtureApp, localProxy, seedGoCache } from '../helpers/cache-leg.js';
import type { TestedMinor } from '../helpers/go.js';
import { annotations, distEntry, newJob, runStep, type RunnerJob, type StepResult } from '../helpers/runner.js';
import { laterStep } from '../helpers/setup-job.js';
import { awsEnv, BUCKET, deadEndpoint, startS3Server, type S3Server } from '../helpers/s3-server.js';

let proxy: string;
let s3: S3Server;
const seeds = new Map<TestedMinor, string>();

before(async () => {
  s3 = await startS3Server();
  proxy = await localProxy();
  for (const m of ['1.19', '1.23'] as const) seeds.set(m, await seedGoCache(m));
});
after(() => s3.close());

interface Run {
  job: RunnerJob;
  main: StepResult;
  post: StepResult;
}

/** One job on a fresh runner: checkout, setup-go-matrix (main), go build, post. */
async function cacheRun(
  minor: TestedMinor,
  inputs: Record<string, string>,
  opts: { seed?: boolean; goproxy?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<Run> {
  const job = newJob({
    env: {
      GO_DOWNLOAD_BASE_URL: 'http://127.0.0.1:9',
      GOPROXY: opts.goproxy ?? `file://${proxy}`,
      GOSUMDB: 'off',
      GOFLAGS: '',
      CGO_ENABLED: '0',
      GOTELEMETRY: 'off',
      ...awsEnv(),
      ...opts.env,
    },
  });
  cpSync(fixtureApp, job.workspace, { recursive: true });
  const all = { 'go-version': minor, 'toolchain-source': 'local', ...inputs };
  const main = await runStep(job, distEntry('setup-go-matrix', 'main'), all);
  assert.equal(main.code, 0, main.stdout + main.stderr);
  if (opts.seed && readdirSync(job.env.GOCACHE!).length === 0) cpSync(seeds.get(minor)!, job.env.GOCACHE!, { recursive: true });
  const b = laterStep(job, 'go', ['build', '-o', 'bin/', './...']);
  assert.equal(b.code, 0, b.stderr);
  const post = await runStep(job, distEntry('setup-go-matrix', 'post'), all, { state: main.state });
  assert.equal(post.code, 0, post.stdout + post.stderr);
  return { job, main, post };
}

const restored = (step: StepResult) =>
  [...step.stdout.matchAll(/^Restored (\w+) cache (\S+) \(([\w-]+)\)/gm)].map((m) => ({ kind: m[1], key: m[2]!, match: m[3] }));
const s3Inputs = () => ({ 'cache-backend': 's3', 's3-bucket': BUCKET, 's3-endpoint': s3.endpoint, 's3-prefix': 'e2e/' });

test('dist: legs 1.19 and 1.23 save to and restore from s3 in turn with zero cross-version restores; run 2 hits', async () => {
  for (const minor of ['1.19', '1.23'] as const) {
    const r = await cacheRun(minor, s3Inputs(), { seed: true });
    assert.equal(r.main.outputs['cache-hit'], 'false');
    assert.deepEqual(annotations(r.main.stdout, 'warning'), []);
    assert.deepEqual(annotations(r.post.stdout, 'warning'), []);
    assert.match(r.post.summary, /\| modules \| `go-ci-kit-v1-mod-\S+` \| saved \|/);
    assert.match(r.post.summary, /\| build \| `go-ci-kit-v1-build-\S+` \| saved \|/);
  }
  const page = await s3.client.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: 'e2e/' }));
  assert.equal(page.Contents?.length, 4);
  for (const minor of ['1.19', '1.23'] as const) {
    // The proxy is off: modules can only come from the restored cache.
    const r = await cacheRun(minor, s3Inputs(), { goproxy: 'off' });
    const version = r.main.outputs['go-version']!;
    assert.equal(r.main.outputs['cache-hit'], 'true', r.main.stdout);
    const keys = restored(r.main);
    assert.equal(keys.length, 2);
    for (const k of keys) assert.ok(k.key.includes(`-go${version}-`), `Go ${version} restored ${k.key}`);
    assert.deepEqual(annotations(r.post.stdout, 'warning'), []);
  }
});

test('dist: denied credentials and an endpoint that is down warn in main and post; the job stays green', async () => {
  const down = await deadEndpoint();
  const rows: [Record<string, string>, NodeJS.ProcessEnv, RegExp][] = [
    [{ ...s3Inputs(), 's3-endpoint': down }, {}, /cannot reach http:\/\/127\.0\.0\.1:\d+ \(ECONNREFUSED\)/],
    [s3Inputs(), awsEnv({ accessKeyId: 'WRONG', secretAccessKey: 'WRONG' }), /access to s3:\/\/gck-cache\/e2e\/ at \S+ denied/],
  ];
  for (const [inputs, env, expected] of rows) {
    const r = await cacheRun('1.23', inputs, { seed: true, env });
    const warnings = [...annotations(r.main.stdout, 'warning'), ...annotations(r.post.stdout, 'warning')];
    assert.equal(warnings.length, 4, r.main.stdout + r.post.stdout);
    for (const w of warnings) assert.match(w, expected);
  }
});

test('dist: cache-backend s3 without s3-bucket fails the step naming the input', async () => {
  const job = newJob({ env: { GO_DOWNLOAD_BASE_URL: 'http://127.0.0.1:9' } });
  cpSync(fixtureApp, job.workspace, { recursive: true });
  const main = await runStep(job, distEntry('setup-go-matrix', 'main'), {
    'go-version': '1.23',
    'toolchain-source': 'local',
    'cache-backend': 's3',
  });
  assert.equal(main.code, 1);
  assert.ok(
    annotations(main.stdout, 'error').some((e) =>
      e.startsWith('input "cache-backend" is "s3" but input "s3-bucket" is empty; set s3-bucket'),
    ),
    main.stdout,
  );
});
