// setup-go-matrix caching through dist/ (main + post) as the runner runs it, with the dir store:
// real Debian Go 1.19 and 1.23, the fixture app against a local GOPROXY, real tar+zstd archives.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, promises as fs, readdirSync, statSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fixtureApp, localProxy, seedGoCache } from '../helpers/cache-leg.js';
import type { TestedMinor } from '../helpers/go.js';
import { annotations, distEntry, newJob, runStep, type RunnerJob, type StepResult } from '../helpers/runner.js';
import { laterStep } from '../helpers/setup-job.js';

let proxy: string;
const seeds = new Map<TestedMinor, string>();
const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'gck-cache-e2e-'));

before(async () => {
  proxy = await localProxy();
  for (const m of ['1.19', '1.23'] as const) seeds.set(m, await seedGoCache(m));
});

interface Run {
  job: RunnerJob;
  main: StepResult;
  post: StepResult;
}

/** One job on a fresh runner: checkout, setup-go-matrix (main), go build, post. */
async function cacheRun(
  minor: TestedMinor,
  inputs: Record<string, string>,
  opts: {
    prepare?: (job: RunnerJob) => void | Promise<void>;
    seed?: boolean;
    build?: 'build' | 'download' | 'none';
    goproxy?: string;
  } = {},
): Promise<Run> {
  const job = newJob({
    env: {
      GO_DOWNLOAD_BASE_URL: 'http://127.0.0.1:9',
      GOPROXY: opts.goproxy ?? `file://${proxy}`,
      GOSUMDB: 'off',
      GOFLAGS: '',
      CGO_ENABLED: '0',
      GOTELEMETRY: 'off',
    },
  });
  cpSync(fixtureApp, job.workspace, { recursive: true });
  await opts.prepare?.(job);
  const all = { 'go-version': minor, 'toolchain-source': 'local', ...inputs };
  const main = await runStep(job, distEntry('setup-go-matrix', 'main'), all);
  assert.equal(main.code, 0, main.stdout + main.stderr);
  if (opts.seed && readdirSync(job.env.GOCACHE!).length === 0) cpSync(seeds.get(minor)!, job.env.GOCACHE!, { recursive: true });
  const work = opts.build ?? 'build';
  if (work !== 'none') {
    const b = laterStep(job, 'go', work === 'build' ? ['build', '-o', 'bin/', './...'] : ['mod', 'download']);
    assert.equal(b.code, 0, b.stderr);
  }
  const post = await runStep(job, distEntry('setup-go-matrix', 'post'), all, { state: main.state });
  assert.equal(post.code, 0, post.stdout + post.stderr);
  return { job, main, post };
}

const restored = (step: StepResult) =>
  [...step.stdout.matchAll(/^Restored (\w+) cache (\S+) \(([\w-]+)\)/gm)].map((m) => ({ kind: m[1], key: m[2]!, match: m[3] }));
const stored = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.tar.zst') && !n.startsWith('.')) : []);

const cacheDir = path.join(tmp(), 'cache');
const dir = { 'cache-backend': 'dir', 'cache-dir': cacheDir };

test('dist: legs 1.19 and 1.23 save and restore in turn with zero cross-version restores; run 2 hits', async () => {
  for (const minor of ['1.19', '1.23'] as const) {
    const r = await cacheRun(minor, dir, { seed: true });
    assert.equal(r.main.outputs['cache-hit'], 'false');
    assert.match(r.main.outputs['modules-cache-key']!, new RegExp(`-go${r.main.outputs['go-version']!.replace(/\./g, '\\.')}-`));
    assert.deepEqual(annotations(r.post.stdout, 'warning'), []);
    assert.match(r.post.summary, /\| modules \| `go-ci-kit-v1-mod-\S+` \| saved \|/);
    assert.match(r.post.summary, /\| build \| `go-ci-kit-v1-build-\S+` \| saved \| .* \| [\d.]+ [KMG]iB → [\d.]+ [KMG]iB \|/);
  }
  assert.equal(stored(cacheDir).length, 4);
  for (const minor of ['1.19', '1.23'] as const) {
    // The proxy is off: modules can only come from the restored cache.
    const r = await cacheRun(minor, dir, { goproxy: 'off' });
    const version = r.main.outputs['go-version']!;
    assert.equal(r.main.outputs['cache-hit'], 'true', r.main.stdout);
    assert.equal(r.main.outputs['modules-cache-hit'], 'true');
    assert.equal(r.main.outputs['build-cache-hit'], 'true');
    const keys = restored(r.main);
    assert.equal(keys.length, 2);
    for (const k of keys) assert.ok(k.key.includes(`-go${version}-`), `Go ${version} restored ${k.key}`);
    assert.match(r.main.summary, /\| modules \| `\S+` \| hit \| `\S+` \| .* \|/);
  }
});

test('dist: a changed go.sum misses modules but prefix-hits the build cache of the same version only', async () => {
  const r = await cacheRun('1.23', dir, {
    seed: true,
    prepare: (job) => {
      const env = {
        ...job.env,
        GOPATH: path.join(job.root, 'scratch'),
        GOMODCACHE: path.join(job.root, 'scratch', 'mod'),
        GOCACHE: path.join(job.root, 'scratch', 'cache'),
        GOTOOLCHAIN: 'local',
      };
      const b = spawnSync('/usr/lib/go-1.23/bin/go', ['get', 'example.com/greeting@v1.1.0'], { cwd: job.workspace, env, encoding: 'utf8' });
      assert.equal(b.status, 0, b.stderr);
    },
  });
  assert.equal(r.main.outputs['modules-cache-hit'], 'false');
  assert.equal(r.main.outputs['build-cache-hit'], 'false');
  const keys = restored(r.main);
  assert.deepEqual(
    keys.map((k) => `${k.kind} ${k.match}`),
    ['build prefix-hit'],
  );
  assert.ok(keys[0]!.key.includes(`-go${r.main.outputs['go-version']}-`));
});

test('dist: restoring into a read-only, non-empty GOMODCACHE of a persistent runner works', async () => {
  let stale = '';
  const r = await cacheRun(
    '1.19',
    { ...dir, 'cache-build': 'false' },
    {
      build: 'none',
      prepare: (job) => {
        // A self-hosted runner keeps RUNNER_TEMP: the leg's GOMODCACHE already holds read-only modules.
        const gomodcache = path.join(job.temp, 'go-ci-kit', `go-1.19.8-${os.arch() === 'arm64' ? 'arm64' : 'amd64'}`, 'gomodcache');
        const other = path.join(tmp(), 'other');
        cpSync(fixtureApp, other, { recursive: true });
        const env = {
          ...job.env,
          GOMODCACHE: gomodcache,
          GOPATH: path.join(other, 'gopath'),
          GOCACHE: path.join(other, 'gocache'),
          GOTOOLCHAIN: 'local',
        };
        const b = spawnSync('/usr/lib/go-1.19/bin/go', ['get', 'example.com/greeting@v1.1.0'], { cwd: other, env, encoding: 'utf8' });
        assert.equal(b.status, 0, b.stderr);
        stale = path.join(gomodcache, 'example.com', 'greeting@v1.1.0');
        assert.equal(statSync(stale).mode & 0o222, 0, 'Go left the module read-only');
      },
    },
  );
  assert.deepEqual(annotations(r.main.stdout, 'warning'), []);
  assert.equal(r.main.outputs['modules-cache-hit'], 'true');
  const gomodcache = r.main.exported.GOMODCACHE!;
  assert.equal(path.dirname(path.dirname(stale)), gomodcache, "the test filled the leg's own GOMODCACHE");
  assert.ok(existsSync(path.join(gomodcache, 'example.com', 'greeting@v1.0.0', 'greeting.go')));
  assert.ok(!existsSync(stale), 'replaced by the restored cache');
  assert.equal(statSync(path.join(gomodcache, 'example.com', 'greeting@v1.0.0')).mode & 0o222, 0);
});

test('dist: a truncated archive is discarded with a warning; the job stays green and saves a good one', async () => {
  const own = path.join(tmp(), 'cache');
  await cacheRun('1.19', { 'cache-backend': 'dir', 'cache-dir': own, 'cache-build': 'false' }, { build: 'download' });
  const [name] = stored(own);
  await fs.truncate(path.join(own, name!), 100);
  const r = await cacheRun('1.19', { 'cache-backend': 'dir', 'cache-dir': own, 'cache-build': 'false' }, { build: 'download' });
  const w = annotations(r.main.stdout, 'warning');
  assert.equal(w.length, 1, r.main.stdout);
  assert.match(w[0]!, /modules cache archive go-ci-kit-v1-mod-\S+ is corrupt or truncated and was discarded/);
  assert.equal(r.main.outputs['modules-cache-hit'], 'false');
  assert.match(r.post.stdout, /Saved modules cache/);
  assert.ok(statSync(path.join(own, name!)).size > 100);
});

test('dist: an unwritable cache dir warns in post and the job stays green', async () => {
  const file = path.join(tmp(), 'not-a-dir');
  writeFileSync(file, '');
  const r = await cacheRun('1.23', { 'cache-backend': 'dir', 'cache-dir': path.join(file, 'cache') }, { seed: true });
  const w = annotations(r.post.stdout, 'warning');
  assert.equal(w.length, 2, r.post.stdout);
  for (const line of w) assert.match(line, /cache not saved: cannot write cache-dir .*not-a-dir\/cache: ENOTDIR/);
});

test('dist: after 5 runs with source edits the saved build cache is the size of one build', async () => {
  const own = path.join(tmp(), 'cache');
  const sizes: number[] = [];
  for (let i = 1; i <= 5; i++) {
    const r = await cacheRun(
      '1.23',
      { 'cache-backend': 'dir', 'cache-dir': own, 'cache-modules': 'false' },
      {
        seed: i === 1,
        prepare: async (job) => {
          const lib = path.join(job.workspace, 'lib', 'lib.go');
          await fs.writeFile(lib, (await fs.readFile(lib, 'utf8')).replace(/const Edit = \d+/, `const Edit = ${i}`));
        },
      },
    );
    const key = r.main.outputs['build-cache-key']!;
    sizes.push(statSync(path.join(own, `${key}.tar.zst`)).size);
  }
  assert.ok(sizes[4]! <= sizes[0]! * 1.2, `5th archive ${sizes[4]} vs first ${sizes[0]}`);
});

test('dist: bad cache inputs fail the step with a message naming the input and value', async () => {
  const rows: [Record<string, string>, string][] = [
    [
      { 'cache-backend': 'dir' },
      'input "cache-backend" is "dir" but input "cache-dir" is empty; set cache-dir to a directory that survives between jobs',
    ],
    [
      { 'cache-dir': cacheDir, 'cache-dir-max-size': 'ten' },
      'input "cache-dir-max-size" is "ten", which is not a size; use a number with an optional unit, e.g. "10G", "500M" or "2048"',
    ],
    [{ 'cache-save': 'sometimes' }, 'input "cache-save" is "sometimes"; expected one of: "auto", "always", "never"'],
    [{ 'cache-build': 'maybe' }, 'input "cache-build" is "maybe", which is not a boolean; use "true" or "false"'],
  ];
  for (const [inputs, message] of rows) {
    const job = newJob({ env: { GO_DOWNLOAD_BASE_URL: 'http://127.0.0.1:9' } });
    cpSync(fixtureApp, job.workspace, { recursive: true });
    const main = await runStep(job, distEntry('setup-go-matrix', 'main'), { 'go-version': '1.23', 'toolchain-source': 'local', ...inputs });
    assert.equal(main.code, 1);
    assert.ok(
      annotations(main.stdout, 'error').some((e) => e.startsWith(message)),
      main.stdout,
    );
  }
});
