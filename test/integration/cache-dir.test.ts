// The dir store end to end in-process: real Go 1.19 and 1.23 builds of the fixture app against a
// local GOPROXY, real tar+zstd archives in a cache directory, restore and save as main and post.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, promises as fs, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { run } from '../../src/process/run.js';
import type { GoLeg } from '../../src/go/leg.js';
import { copyApp, editSource, goBuild, goEnv, localProxy, makeLeg, seedGoCache, upgradeDependency, useSeed } from '../helpers/cache-leg.js';
import { CacheJob } from '../helpers/cache-job.js';
import type { TestedMinor } from '../helpers/go.js';

const minors = ['1.19', '1.23'] as const;
let proxy: string;
const seeds = new Map<TestedMinor, string>();
const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'gck-cache-it-'));

before(async () => {
  proxy = await localProxy();
  for (const m of minors) seeds.set(m, await seedGoCache(m));
});

/** A fresh runner: new GOPATH/GOCACHE dirs and a fresh checkout of the app. */
async function freshLeg(minor: TestedMinor, app?: string): Promise<GoLeg> {
  const root = tmp();
  return makeLeg(minor, root, app ?? copyApp(root));
}

function archives(dir: string): string[] {
  return readdirSync(dir)
    .filter((n) => n.endsWith('.tar.zst') && !n.startsWith('.'))
    .sort();
}

async function listArchive(file: string): Promise<string[]> {
  const out = await run('sh', ['-c', 'zstd -dc "$1" | tar -tf -', 'sh', file]);
  return out.stdout.split('\n').filter(Boolean);
}

function restoredKeys(lines: string[]): string[] {
  return lines.map((l) => /^Restored \w+ cache (\S+)/.exec(l)?.[1]).filter((k): k is string => Boolean(k));
}

const cacheDir = path.join(tmp(), 'cache');
const dirInputs = () => ({ 'cache-backend': 'dir', 'cache-dir': cacheDir });

test('two legs save and restore in turn with zero cross-version restores; the second run hits', async () => {
  for (const minor of minors) {
    const leg = await freshLeg(minor);
    const job = new CacheJob(leg, dirInputs());
    const main = await job.main();
    assert.equal(main.outputs['cache-hit'], 'false');
    assert.equal(main.outputs['modules-cache-hit'], 'false');
    assert.match(
      main.outputs['modules-cache-key']!,
      new RegExp(`^go-ci-kit-v1-mod-linux-\\w+-go${leg.version.replace(/\./g, '\\.')}-[0-9a-f]{24}$`),
    );
    useSeed(leg, seeds.get(minor)!);
    await goBuild(leg, leg.workingDirectory, proxy);
    // A fuzz corpus must never be saved.
    mkdirSync(path.join(leg.gocache, 'fuzz', 'example.com', 'cacheapp'), { recursive: true });
    writeFileSync(path.join(leg.gocache, 'fuzz', 'example.com', 'cacheapp', 'seed'), 'corpus');
    const post = await job.post();
    assert.deepEqual(post.rt.of('warning'), []);
    assert.equal(post.rt.of('info').filter((l) => l.startsWith('Saved ')).length, 2, post.rt.lines.map((l) => l.message).join('\n'));
    assert.match(summaryOf(job), /\| build \| `go-ci-kit-v1-build-.*` \| saved \|/);
  }
  const stored = archives(cacheDir);
  assert.equal(stored.length, 4, stored.join(', '));
  for (const name of stored.filter((n) => n.includes('-build-'))) {
    const entries = await listArchive(path.join(cacheDir, name));
    assert.ok(
      entries.some((e) => /^\.\/[0-9a-f]{2}\/[0-9a-f]{64}-a$/.test(e)),
      'build archive holds cache entries',
    );
    assert.ok(!entries.some((e) => e.startsWith('./fuzz')), `fuzz corpus archived in ${name}`);
  }

  for (const minor of minors) {
    const leg = await freshLeg(minor);
    const job = new CacheJob(leg, dirInputs());
    const main = await job.main();
    assert.equal(main.outputs['cache-hit'], 'true', main.rt.lines.map((l) => l.message).join('\n'));
    assert.equal(main.outputs['modules-cache-hit'], 'true');
    assert.equal(main.outputs['build-cache-hit'], 'true');
    const keys = restoredKeys(main.rt.of('info'));
    assert.equal(keys.length, 2);
    for (const k of keys) assert.ok(k.includes(`-go${leg.version}-`), `leg ${leg.version} restored ${k}`);
    assert.ok(existsSync(path.join(leg.gomodcache, 'example.com', 'greeting@v1.0.0', 'greeting.go')));
    // Modules come from the cache: the build works with the proxy switched off.
    await run(leg.goBin, ['build', '-o', path.join(leg.workingDirectory, 'bin') + '/', './...'], {
      cwd: leg.workingDirectory,
      env: goEnv(leg, proxy, { GOPROXY: 'off' }),
    });
    const post = await job.post();
    assert.ok(post.rt.lines.every((l) => l.level !== 'warning'));
    assert.match(summaryOf(job), /\| modules \| .* \| not saved: exact key was restored \|/);
  }
});

test('a changed go.sum misses modules but prefix-hits the build cache of the same Go version only', async () => {
  const leg = await freshLeg('1.23');
  const scratch = await makeLeg('1.23', tmp(), leg.workingDirectory);
  await upgradeDependency(scratch, leg.workingDirectory, proxy);
  const job = new CacheJob(leg, dirInputs());
  const main = await job.main();
  assert.equal(main.outputs['modules-cache-hit'], 'false');
  assert.equal(main.outputs['build-cache-hit'], 'false');
  assert.equal(main.outputs['cache-hit'], 'false');
  const keys = restoredKeys(main.rt.of('info'));
  assert.equal(keys.length, 1, 'only the build cache is restored');
  assert.match(keys[0]!, new RegExp(`^go-ci-kit-v1-build-linux-\\w+-go${leg.version.replace(/\./g, '\\.')}-`));
  assert.match(main.rt.of('info').join('\n'), /Restored build cache \S+ \(prefix-hit\)/);
  await goBuild(leg, leg.workingDirectory, proxy);
  const post = await job.post();
  assert.ok(post.rt.of('info').some((l) => l.startsWith(`Saved modules cache ${main.outputs['modules-cache-key']}`)));
});

test('restoring into a non-empty, read-only GOMODCACHE replaces it without errors', async () => {
  const leg = await freshLeg('1.19');
  // Fill GOMODCACHE first (Go makes module directories read-only), with another version.
  const other = copyApp(tmp());
  await upgradeDependency(leg, other, proxy);
  const stale = path.join(leg.gomodcache, 'example.com', 'greeting@v1.1.0');
  assert.equal(statSync(stale).mode & 0o222, 0, 'module dir is read-only');
  const job = new CacheJob(leg, { ...dirInputs(), 'cache-build': 'false' });
  const main = await job.main();
  assert.deepEqual(main.rt.of('warning'), []);
  assert.equal(main.outputs['modules-cache-hit'], 'true');
  assert.equal(main.outputs['cache-hit'], 'true', 'only the requested cache counts');
  assert.ok(existsSync(path.join(leg.gomodcache, 'example.com', 'greeting@v1.0.0', 'greeting.go')));
  assert.ok(!existsSync(stale), 'the old module cache was swapped out');
  assert.equal(statSync(path.join(leg.gomodcache, 'example.com', 'greeting@v1.0.0')).mode & 0o222, 0, 'restored modules stay read-only');
  assert.deepEqual(
    readdirSync(path.dirname(leg.gomodcache)).filter((n) => n.startsWith('.')),
    [],
    'no temp or old directories left beside GOMODCACHE',
  );
});

test('a truncated archive is discarded with a warning and the job continues with an empty cache', async () => {
  const dir = path.join(tmp(), 'cache');
  const first = await freshLeg('1.19');
  const job1 = new CacheJob(first, { 'cache-backend': 'dir', 'cache-dir': dir, 'cache-build': 'false' });
  await job1.main();
  await goBuild(first, first.workingDirectory, proxy, { GOCACHE: seedCopy('1.19') });
  await job1.post();
  const [name] = archives(dir);
  const file = path.join(dir, name!);
  await fs.truncate(file, Math.floor(statSync(file).size / 2));

  const leg = await freshLeg('1.19');
  const job = new CacheJob(leg, { 'cache-backend': 'dir', 'cache-dir': dir, 'cache-build': 'false' });
  const main = await job.main();
  const warnings = main.rt.of('warning');
  assert.equal(warnings.length, 1, warnings.join('\n'));
  assert.match(
    warnings[0]!,
    /^modules cache archive go-ci-kit-v1-mod-\S+ is corrupt or truncated and was discarded \(.*\); continuing with an empty modules cache$/,
  );
  assert.equal(main.outputs['modules-cache-hit'], 'false');
  assert.ok(!existsSync(leg.gomodcache) || readdirSync(leg.gomodcache).length === 0);
  assert.deepEqual(
    readdirSync(path.dirname(leg.gomodcache)).filter((n) => n.startsWith('.')),
    [],
  );
  // The bad archive is gone from the store, so this job saves a good one under the same key.
  await goBuild(leg, leg.workingDirectory, proxy, { GOCACHE: seedCopy('1.19') });
  const post = await job.post();
  assert.ok(post.rt.of('info').some((l) => l.startsWith('Saved modules cache')));
  assert.ok((await listArchive(file)).some((e) => e.includes('greeting@v1.0.0')));
});

/** A throwaway GOCACHE for builds whose build cache the test does not look at. */
function seedCopy(minor: TestedMinor): string {
  const dest = path.join(tmp(), 'gocache');
  cpSync(seeds.get(minor)!, dest, { recursive: true });
  return dest;
}

function summaryOf(job: CacheJob): string {
  const f = path.join(job.outDir, 'summary.md');
  return existsSync(f) ? readFileSync(f, 'utf8') : '';
}

test('an unwritable cache dir or a full disk is a warning; the post step never throws', async () => {
  const base = tmp();
  const notADir = path.join(base, 'file');
  writeFileSync(notADir, 'x');
  const leg = await freshLeg('1.23');
  useSeed(leg, seeds.get('1.23')!);
  const job = new CacheJob(leg, { 'cache-backend': 'dir', 'cache-dir': path.join(notADir, 'cache') });
  const main = await job.main();
  assert.equal(main.outputs['cache-hit'], 'false');
  await goBuild(leg, leg.workingDirectory, proxy);
  const post = await job.post();
  const w = post.rt.of('warning');
  assert.equal(w.length, 2, w.join('\n'));
  for (const line of w) assert.match(line, /^(modules|build) cache not saved: cannot write cache-dir .*\/file\/cache: ENOTDIR/);

  // A full disk: a 256 KiB tmpfs cannot hold the build archive.
  const small = path.join(base, 'small');
  mkdirSync(small);
  await run('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', small]);
  try {
    const job2 = new CacheJob(leg, { 'cache-backend': 'dir', 'cache-dir': small, 'cache-modules': 'false' });
    await job2.main();
    await goBuild(leg, leg.workingDirectory, proxy);
    const post2 = await job2.post();
    assert.match(post2.rt.of('warning').join('\n'), /^build cache not saved: cannot write cache-dir .*small: .*(No space left|ENOSPC)/);
    assert.deepEqual(readdirSync(small), [], 'no partial archive or temp file left on the full disk');
  } finally {
    await run('umount', [small]);
  }
});

test('trimming keeps the build cache the size of one build over 5 runs with source edits; LRU caps cache-dir', async () => {
  const dir = path.join(tmp(), 'cache');
  const sizes: number[] = [];
  let cap = '';
  for (let i = 1; i <= 5; i++) {
    const leg = await freshLeg('1.23');
    if (i === 1) useSeed(leg, seeds.get('1.23')!);
    editSource(leg.workingDirectory, i);
    const job = new CacheJob(leg, {
      'cache-backend': 'dir',
      'cache-dir': dir,
      'cache-modules': 'false',
      ...(cap ? { 'cache-dir-max-size': cap } : {}),
    });
    const main = await job.main();
    if (i > 1) assert.match(main.rt.of('info').join('\n'), /Restored build cache \S+ \(hit\)/);
    await goBuild(leg, leg.workingDirectory, proxy);
    const post = await job.post();
    const trimmed = /Trimmed GOCACHE to what this job used: (\d+) → (\d+) entries/.exec(post.rt.of('info').join('\n'));
    assert.ok(trimmed, 'trim is reported');
    if (i > 1) assert.ok(Number(trimmed[2]) < Number(trimmed[1]), `run ${i} removed the previous run's stale entries: ${trimmed[0]}`);
    const saved = /Saved build cache (\S+) \((.*)\)/.exec(post.rt.of('info').join('\n'));
    assert.ok(saved, post.rt.lines.map((l) => l.message).join('\n'));
    sizes.push(statSync(path.join(dir, `${saved[1]}.tar.zst`)).size);
    // From run 2 on, allow about three builds in cache-dir, so older archives get evicted.
    if (i === 1) cap = String(Math.floor(sizes[0]! * 3.5));
    if (i >= 5) assert.ok(post.rt.of('info').some((l) => l.startsWith('Evicted least recently used cache')));
  }
  assert.ok(sizes[4]! <= sizes[0]! * 1.2, `archive after 5 runs ${sizes[4]} vs one build ${sizes[0]}`);
  const total = archives(dir).reduce((n, a) => n + statSync(path.join(dir, a)).size, 0);
  assert.ok(total <= Number(cap), `cache-dir holds ${total} bytes, cap ${cap}`);
  assert.ok(archives(dir).length <= 3);
});

test('cache-save never, fork pull requests and failed jobs save nothing unless asked', async () => {
  const cases: { inputs: Record<string, string>; fork?: boolean; status?: string; expect: RegExp }[] = [
    { inputs: { 'cache-save': 'never' }, expect: /Not saving Go caches: cache-save is "never"/ },
    { inputs: {}, fork: true, expect: /Not saving Go caches: this is a pull request from a fork/ },
    { inputs: {}, status: 'failure', expect: /Not saving Go caches: the job failed; set cache-on-failure to "true"/ },
    { inputs: { 'cache-on-failure': 'true' }, status: 'failure', expect: /Saved build cache/ },
    { inputs: { 'cache-save': 'always' }, fork: true, expect: /Saved build cache/ },
  ];
  for (const c of cases) {
    const dir = path.join(tmp(), 'cache');
    const leg = await freshLeg('1.23');
    useSeed(leg, seeds.get('1.23')!);
    const job = new CacheJob(leg, { 'cache-backend': 'dir', 'cache-dir': dir, 'cache-modules': 'false', ...c.inputs }, { fork: c.fork });
    await job.main();
    await goBuild(leg, leg.workingDirectory, proxy);
    const post = await job.post(c.status);
    assert.match(post.rt.lines.map((l) => l.message).join('\n'), c.expect);
    assert.equal(existsSync(dir) ? archives(dir).length : 0, c.expect.source.includes('Saved') ? 1 : 0);
  }
});
