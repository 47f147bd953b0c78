// The github store end to end in-process: protocol v2 against the loopback cache service in
// test/helpers/cache-service.ts, with real Go builds and real archives; @actions/cache 6 writes
// an entry the way older go-ci-kit versions did.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { saveCache } from '@actions/cache';
import { createArchive } from '../../src/cache/archive.js';
import type { GoLeg } from '../../src/go/leg.js';
import { CacheJob } from '../helpers/cache-job.js';
import { copyApp, goBuild, goModDownload, localProxy, makeLeg, seedGoCache, upgradeDependency, useSeed } from '../helpers/cache-leg.js';
import { startCacheService, type CacheService } from '../helpers/cache-service.js';

let proxy: string;
let seed: string;
let svc: CacheService;
const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'gck-cache-gh-'));
const savedEnv = { ...process.env };

before(async () => {
  proxy = await localProxy();
  seed = await seedGoCache('1.23');
  svc = await startCacheService();
});
after(async () => {
  await svc.stop();
  process.env = savedEnv;
});

/** A fresh runner with its own workspace and temp dir, talking to svc. */
async function freshRunner(app?: string): Promise<GoLeg> {
  const root = tmp();
  const workspace = path.join(root, 'workspace');
  const leg = await makeLeg('1.23', root, app ?? copyApp(root));
  process.env = { ...savedEnv, ...svc.env(), GITHUB_WORKSPACE: workspace, RUNNER_TEMP: path.join(root, 'temp') };
  mkdirSync(workspace, { recursive: true });
  return leg;
}

const text = (job: { rt: { lines: { message: string }[] } }) => job.rt.lines.map((l) => l.message).join('\n');

test('github: a miss saves both caches, the next runner hits, a changed go.sum prefix-hits the build cache', async () => {
  const leg = await freshRunner();
  const job = new CacheJob(leg, {});
  const m1 = await job.main();
  assert.equal(m1.outputs['cache-hit'], 'false');
  assert.deepEqual(m1.rt.of('warning'), []);
  useSeed(leg, seed);
  await goBuild(leg, leg.workingDirectory, proxy);
  const p1 = await job.post();
  assert.deepEqual(p1.rt.of('warning'), [], text(p1));
  assert.deepEqual(svc.keys().sort(), [m1.outputs['build-cache-key'], m1.outputs['modules-cache-key']].sort());
  assert.ok(svc.callsOf('blob-put').length >= 2, 'archives uploaded to the signed URLs');

  // Another runner: other workspace and temp paths, same cache entries.
  const leg2 = await freshRunner();
  const job2 = new CacheJob(leg2, {});
  const m2 = await job2.main();
  assert.equal(m2.outputs['cache-hit'], 'true', text(m2));
  assert.equal(m2.outputs['modules-cache-hit'], 'true');
  assert.equal(m2.outputs['build-cache-hit'], 'true');
  assert.match(text(m2), new RegExp(`Restored modules cache ${m1.outputs['modules-cache-key']} \\(hit\\)`));
  assert.match(text(m2), new RegExp(`Restored build cache ${m1.outputs['build-cache-key']} \\(hit\\)`));
  assert.ok(svc.callsOf('blob-get').length >= 2);

  const leg3 = await freshRunner();
  await upgradeDependency(await makeLeg('1.23', tmp(), leg3.workingDirectory), leg3.workingDirectory, proxy);
  const job3 = new CacheJob(leg3, {});
  const m3 = await job3.main();
  assert.equal(m3.outputs['modules-cache-hit'], 'false');
  assert.equal(m3.outputs['build-cache-hit'], 'false');
  assert.match(text(m3), new RegExp(`Restored build cache ${m1.outputs['build-cache-key']} \\(prefix-hit\\)`));
  assert.doesNotMatch(text(m3), /Restored modules cache/);
});

test('github: two legs with one modules key — the loser learns it before building an archive; a 409 is an info line', async () => {
  const app = copyApp(tmp());
  await upgradeDependency(await makeLeg('1.23', tmp(), app), app, proxy);
  const legA = await freshRunner(copyApp(tmp()));
  const legB = await freshRunner(copyApp(tmp()));
  // Both legs use the upgraded app: same go.sum, so the same modules key; neither finds it yet.
  for (const leg of [legA, legB]) await upgradeDependency(leg, leg.workingDirectory, proxy);
  const a = new CacheJob(legA, { 'cache-build': 'false' });
  const b = new CacheJob(legB, { 'cache-build': 'false' });
  const ma = await a.main();
  const mb = await b.main();
  const key = ma.outputs['modules-cache-key']!;
  assert.equal(mb.outputs['modules-cache-key'], key);
  assert.equal(ma.outputs['modules-cache-hit'], 'false');
  assert.equal(mb.outputs['modules-cache-hit'], 'false');
  await a.post();
  const pb = await b.post();
  assert.equal(svc.callsOf('CreateCacheEntry', key).length, 1, 'only the winner reserved the key');
  assert.ok(!pb.rt.of('debug').some((l) => l.startsWith('building modules archive')), 'the loser built no archive');
  assert.match(pb.rt.of('info').join('\n'), /modules cache \S+ already exists \(another job saved it first\); not saving it again/);
  assert.deepEqual(pb.rt.of('warning'), []);

  // A leg whose lookup misses while another job is still uploading: the service answers 409.
  const legC = await freshRunner();
  editModules(legC);
  const c = new CacheJob(legC, { 'cache-build': 'false', 'cache-dependency-path': 'extra.sum' });
  const mc = await c.main();
  svc.reserveElsewhere(mc.outputs['modules-cache-key']!);
  await goModDownload(legC, legC.workingDirectory, proxy);
  const pc = await c.post();
  assert.deepEqual(pc.rt.of('warning'), [], text(pc));
  assert.ok(svc.callsOf('CreateCacheEntry', mc.outputs['modules-cache-key']).some((call) => call.status === 409));
  assert.match(pc.rt.of('info').join('\n'), /already exists \(another job saved it first\)/);
});

function editModules(leg: GoLeg): void {
  // A dependency file of its own gives this leg a modules key nobody saved yet.
  writeFileSync(path.join(leg.workingDirectory, 'extra.sum'), `unique ${Date.now()}\n`);
}

test('github: a service that is down, rate limited (429) or failing (500) never fails the job', async () => {
  const leg = await freshRunner();
  useSeed(leg, seed);
  svc.failNext('GetCacheEntryDownloadURL', { status: 429, times: 2, retryAfter: 1 });
  const job = new CacheJob(leg, {});
  const m = await job.main();
  // Both lookups were told to wait a second (Retry-After) and asked again: the caches are restored.
  assert.equal(svc.callsOf('GetCacheEntryDownloadURL').filter((c) => c.status === 429).length, 2);
  assert.equal(m.outputs['modules-cache-hit'], 'true', text(m));
  assert.deepEqual(m.rt.of('warning'), []);
  await goBuild(leg, leg.workingDirectory, proxy);
  // One 500 on reservation: it is asked again and the save still lands.
  svc.failNext('CreateCacheEntry', { status: 500, times: 1 });
  const p = await job.post();
  assert.deepEqual(p.rt.of('warning'), [], text(p));
  assert.ok(p.rt.of('info').some((l) => l.startsWith('Saved build cache')));

  await svc.stop();
  const leg2 = await freshRunner();
  useSeed(leg2, seed);
  const job2 = new CacheJob(leg2, {});
  const m2 = await job2.main();
  assert.equal(m2.outputs['cache-hit'], 'false');
  await goBuild(leg2, leg2.workingDirectory, proxy);
  const p2 = await job2.post();
  assert.match(m2.rt.of('warning').join('\n'), /cache not restored: GitHub cache restore failed: .*ECONNREFUSED/);
  const warnings = p2.rt.of('warning');
  assert.equal(warnings.length, 2, text(p2));
  for (const w of warnings)
    assert.match(w, /^(modules|build) cache not saved: GitHub cache save failed: GetCacheEntryDownloadURL failed .*ECONNREFUSED/);
  assert.ok(!p2.rt.of('debug').some((l) => l.startsWith('building')), 'no archive is built for a service that cannot be reached');
  svc = await startCacheService();
});

test('github: an entry an older go-ci-kit saved through @actions/cache (our archive inside its own) is not seen; the new format is saved beside it', async () => {
  const leg = await freshRunner();
  editModules(leg);
  const inputs = { 'cache-build': 'false', 'cache-dependency-path': 'extra.sum' };
  const key = (await new CacheJob(leg, inputs).main()).outputs['modules-cache-key']!;
  // The older format: our archive at .go-ci-kit-cache/modules.tar.zst, saved by @actions/cache.
  await goModDownload(leg, leg.workingDirectory, proxy);
  const workspace = process.env.GITHUB_WORKSPACE!;
  mkdirSync(path.join(workspace, '.go-ci-kit-cache'));
  await createArchive(leg.gomodcache, path.join(workspace, '.go-ci-kit-cache', 'modules.tar.zst'), { key });
  const cwd = process.cwd();
  process.chdir(workspace);
  try {
    assert.ok((await saveCache(['.go-ci-kit-cache/modules.tar.zst'], key)) > 0);
  } finally {
    process.chdir(cwd);
  }
  rmSync(path.join(workspace, '.go-ci-kit-cache'), { recursive: true });
  assert.deepEqual(svc.versionsOf(key).length, 1);

  const leg2 = await freshRunner(leg.workingDirectory);
  const job2 = new CacheJob(leg2, inputs);
  const m2 = await job2.main();
  assert.equal(m2.outputs['modules-cache-hit'], 'false', 'the older entry is a miss');
  assert.deepEqual(m2.rt.of('warning'), [], text(m2));
  await goModDownload(leg2, leg2.workingDirectory, proxy);
  const p2 = await job2.post();
  assert.match(text(p2), /Saved modules cache/);
  assert.equal(svc.versionsOf(key).length, 2, 'same key, new entry version');

  const leg3 = await freshRunner(leg.workingDirectory);
  const m3 = await new CacheJob(leg3, inputs).main();
  assert.equal(m3.outputs['modules-cache-hit'], 'true', text(m3));
});

test("github: a service answering as falcondev's does (200 {ok: false} for a taken key, downloads without a size) saves, restores and never warns", async () => {
  svc.falcondevStyle = true;
  try {
    const leg = await freshRunner();
    editModules(leg);
    const inputs = { 'cache-build': 'false', 'cache-dependency-path': 'extra.sum' };
    const job = new CacheJob(leg, inputs);
    const key = (await job.main()).outputs['modules-cache-key']!;
    await goModDownload(leg, leg.workingDirectory, proxy);
    assert.match(text(await job.post()), /Saved modules cache/);

    // Restored from a download without content-length: read to the staging file first, then extracted.
    const leg2 = await freshRunner(leg.workingDirectory);
    const job2 = new CacheJob(leg2, inputs);
    const m2 = await job2.main();
    assert.equal(m2.outputs['modules-cache-hit'], 'true', text(m2));
    assert.deepEqual(m2.rt.of('warning'), []);
    assert.ok(!existsSync(path.join(process.env.GITHUB_WORKSPACE!, '.go-ci-kit-cache')), 'the staging file is removed');

    // A size-less download that breaks off: a warning, a miss, and nothing staged left on the disk.
    svc.cutDownloads = true;
    const legCut = await freshRunner(leg.workingDirectory);
    const cut = await new CacheJob(legCut, inputs).main();
    svc.cutDownloads = false;
    assert.equal(cut.outputs['modules-cache-hit'], 'false', text(cut));
    assert.match(cut.rt.of('warning').join('\n'), /GitHub cache restore failed/, text(cut));
    assert.ok(!existsSync(path.join(process.env.GITHUB_WORKSPACE!, '.go-ci-kit-cache', 'modules.tar.zst')), 'no staged part left');

    // Its lookup missed, then the service refused the reservation with {ok: false}: an info line, no upload.
    const leg3 = await freshRunner(leg.workingDirectory);
    const job3 = new CacheJob(leg3, { ...inputs, 'cache-dependency-path': 'extra.sum' });
    writeFileSync(path.join(leg3.workingDirectory, 'extra.sum'), `unique ${Date.now()} 3\n`);
    const key3 = (await job3.main()).outputs['modules-cache-key']!;
    assert.notEqual(key3, key);
    svc.reserveElsewhere(key3);
    await goModDownload(leg3, leg3.workingDirectory, proxy);
    const p3 = await job3.post();
    assert.deepEqual(p3.rt.of('warning'), [], text(p3));
    assert.deepEqual(
      svc.callsOf('CreateCacheEntry', key3).map((c) => c.status),
      [200],
    );
    assert.equal(svc.callsOf('blob-put', key3).length, 0);
    assert.match(p3.rt.of('info').join('\n'), /already exists \(another job saved it first\)/);
  } finally {
    svc.falcondevStyle = false;
  }
});
