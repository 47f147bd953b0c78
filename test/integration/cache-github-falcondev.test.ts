// The github store against falcondev's github-actions-cache-server, an independent implementation
// of GitHub's cache service (protocol v2), run on loopback by test/helpers/falcondev-server.ts:
// our client's save and restore (one Put Blob and Put Block + Put Block List), its answers where
// it differs from GitHub (a refused reservation is 200 {ok: false}, downloads are chunked without
// a size), restore prefixes never crossing Go versions, and the in-process main/post with real Go.
// It serves only protocol v2 (no _apis/artifactcache routes), so the GHES path is not tested here.
// Skipped, with the reason printed, unless GO_CI_KIT_TEST_FALCONDEV_SERVER names a server built
// outside this repository (see the helper's header).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, promises as fs, writeSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { GitHubBackend } from '../../src/cache/github-backend.js';
import { ARCHIVE_VERSION, CacheService as Client } from '../../src/cache/github-service.js';
import { buildKeys } from '../../src/cache/keys.js';
import type { GoLeg } from '../../src/go/leg.js';
import { CacheJob } from '../helpers/cache-job.js';
import { copyApp, goBuild, goModDownload, localProxy, makeLeg, seedGoCache, upgradeDependency, useSeed } from '../helpers/cache-leg.js';
import { falcondevSkip, FalcondevServer } from '../helpers/falcondev-server.js';

const skip = falcondevSkip;
let running: FalcondevServer | undefined;
/** The server the tests talk to (started in before() unless skipped). */
const srv = (): FalcondevServer => running!;
let proxy: string;
let seed: string;
const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'gck-falcondev-it-'));
const savedEnv = { ...process.env };

before(async () => {
  if (skip) return;
  running = await FalcondevServer.start();
  proxy = await localProxy();
  seed = await seedGoCache('1.23');
});
after(async () => {
  process.env = savedEnv;
  await running?.stop();
});

/** A file of n KiB of random bytes (incompressible, as an archive is) and its sha256. */
function randomFile(kib: number): { file: string; sha: string } {
  const file = path.join(tmp(), 'a.tar.zst');
  const fd = openSync(file, 'w');
  const hash = createHash('sha256');
  for (let i = 0; i < kib; i++) {
    const b = randomBytes(1024);
    hash.update(b);
    writeSync(fd, b);
  }
  closeSync(fd);
  return { file, sha: hash.digest('hex') };
}

async function sha256Of(client: Client, url: string): Promise<{ sha: string; bytes?: number }> {
  const { stream, bytes } = await client.download(url);
  const hash = createHash('sha256');
  for await (const chunk of stream) hash.update(chunk as Buffer);
  return { sha: hash.digest('hex'), bytes };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('falcondev: our client saves with one Put Blob and with blocks, and each entry streams back byte for byte', { skip }, async () => {
  const client = new Client(srv().env(), { retryMs: 50 });
  const small = randomFile(700);
  assert.equal(await client.save('fd-single', small.file), 'saved', srv().log());
  // 1 MiB single-shot limit and 1 MiB blocks: 3.5 MiB go up as 4 blocks and a block list.
  const blocks = new Client(srv().env(), { retryMs: 50, singleShotBytes: 1024 ** 2, blockBytes: 1024 ** 2 });
  const big = randomFile(3584);
  assert.equal(await blocks.save('fd-blocks', big.file), 'saved', srv().log());

  for (const [key, want] of [
    ['fd-single', small.sha],
    ['fd-blocks', big.sha],
  ] as const) {
    const found = await client.lookup(key, []);
    assert.equal(found?.matchedKey, key);
    const got = await sha256Of(client, found.url);
    assert.equal(got.sha, want, `${key} comes back byte for byte`);
    assert.equal(got.bytes, undefined, 'falcondev sends no content-length: the size is unknown until read');
  }
  // Read again once the server merged the parts into one stored file.
  assert.equal((await sha256Of(client, (await client.lookup('fd-blocks', []))!.url)).sha, big.sha);
  assert.equal((await client.lookup('fd-', []))?.matchedKey, 'fd-blocks', 'the primary key matches as a prefix (newest)');
  assert.equal((await client.lookup('nothing', ['fd-sing']))?.matchedKey, 'fd-single', 'a restore prefix');
  assert.equal(await client.lookup('fd-none', ['fd-none-']), undefined);
});

test(
  'falcondev: a key another job is uploading is refused with 200 {ok: false}: save says "exists" and uploads nothing',
  { skip },
  async () => {
    const client = new Client(srv().env(), { retryMs: 50 });
    const other = await srv().twirp('CreateCacheEntry', { key: 'fd-busy', version: ARCHIVE_VERSION });
    assert.equal(other.json.ok, true);
    const again = await srv().twirp('CreateCacheEntry', { key: 'fd-busy', version: ARCHIVE_VERSION });
    assert.deepEqual([again.status, again.json], [200, { ok: false }], 'the answer our loopback service gives as a 409');
    const { file } = randomFile(64);
    assert.equal(await client.save('fd-busy', file), 'exists');
    assert.equal(await client.lookup('fd-busy', []), undefined, 'nothing finalized under the key');

    // Through the store: a saved key is found before any archive is built (falcondev would let it
    // be overwritten: it reserves a finalized key again); a key being uploaded is 'exists' after the build.
    assert.equal(await client.save('fd-done', file), 'saved');
    const store = new GitHubBackend(tmp(), srv().env());
    const built: string[] = [];
    const build = async (to: string) => {
      built.push(to);
      await fs.copyFile(file, to);
      return (await fs.stat(to)).size;
    };
    assert.deepEqual(await store.save('modules', 'fd-done', build), { status: 'exists' });
    assert.equal(built.length, 0, 'no archive built for a saved key');
    assert.deepEqual(await store.save('modules', 'fd-busy', build), { status: 'exists' });
    assert.equal(built.length, 1);
    assert.equal(await client.lookup('fd-busy', []), undefined);
  },
);

test('falcondev: restore prefixes take the newest entry of the same Go version, never another version', { skip }, async () => {
  const client = new Client(srv().env(), { retryMs: 50 });
  const facts = (goVersion: string, depsHash: string, run: string) => ({
    goos: 'linux',
    goarch: 'amd64',
    goVersion,
    depsHash,
    runUnique: run,
  });
  const { file } = randomFile(16);
  // Saved oldest first; 1.19 entries are newer than the 1.23 ones they follow; 1.2 is a prefix of 1.23 as text.
  const order = [
    facts('1.23.4', 'd1', 'r1'),
    facts('1.19.13', 'd1', 'r2'),
    facts('1.23.4', 'd2', 'r3'),
    facts('1.19.13', 'd2', 'r4'),
    facts('1.2.2', 'd3', 'r5'),
  ];
  for (const f of order) {
    assert.equal(await client.save(buildKeys(f).key, file), 'saved');
    await sleep(20);
  }
  const restore = async (f: ReturnType<typeof facts>) => {
    const keys = buildKeys(f);
    return (await client.lookup(keys.key, keys.restorePrefixes))?.matchedKey;
  };
  assert.equal(await restore(facts('1.23.4', 'd9', 'r9')), buildKeys(order[2]!).key, 'newest 1.23 entry, not the newer 1.19 or 1.2 ones');
  assert.equal(await restore(facts('1.23.4', 'd1', 'r9')), buildKeys(order[0]!).key, 'same deps first, though older');
  assert.equal(await restore(facts('1.19.13', 'd9', 'r9')), buildKeys(order[3]!).key);
  assert.equal(await restore(facts('1.2.2', 'd9', 'r9')), buildKeys(order[4]!).key, 'go1.2- never matches go1.23');
  assert.equal(await restore(facts('1.21.9', 'd1', 'r9')), undefined, 'no 1.21 entry: a miss, not another version');
});

/** A fresh runner (own workspace and temp) talking to the falcondev server. */
async function freshRunner(app?: string): Promise<GoLeg> {
  const root = tmp();
  const workspace = path.join(root, 'workspace');
  const leg = await makeLeg('1.23', root, app ?? copyApp(root));
  process.env = { ...savedEnv, ...srv().env(), GITHUB_WORKSPACE: workspace, RUNNER_TEMP: path.join(root, 'temp') };
  mkdirSync(workspace, { recursive: true });
  return leg;
}

const text = (job: { rt: { lines: { message: string }[] } }) => job.rt.lines.map((l) => l.message).join('\n');

test(
  'falcondev: main/post with real Go — a miss saves both caches, the next runner hits, a changed go.sum prefix-hits; a key being uploaded is an info line',
  { skip },
  async () => {
    const leg = await freshRunner();
    const job = new CacheJob(leg, {});
    const m1 = await job.main();
    assert.equal(m1.outputs['cache-hit'], 'false');
    useSeed(leg, seed);
    await goBuild(leg, leg.workingDirectory, proxy);
    const p1 = await job.post();
    assert.deepEqual(p1.rt.of('warning'), [], `${text(p1)}\n${srv().log()}`);
    assert.match(text(p1), /Saved modules cache/);
    assert.match(text(p1), /Saved build cache/);

    // Another runner: the chunked downloads are read to the staging file, then extracted.
    const leg2 = await freshRunner();
    const job2 = new CacheJob(leg2, {});
    const m2 = await job2.main();
    assert.equal(m2.outputs['cache-hit'], 'true', text(m2));
    assert.deepEqual(m2.rt.of('warning'), []);
    assert.match(text(m2), new RegExp(`Restored modules cache ${m1.outputs['modules-cache-key']} \\(hit\\)`));
    assert.match(text(m2), new RegExp(`Restored build cache ${m1.outputs['build-cache-key']} \\(hit\\)`));
    assert.ok(!existsSync(path.join(process.env.GITHUB_WORKSPACE!, '.go-ci-kit-cache')), 'the staging file is removed');
    const leg3 = await freshRunner();
    await upgradeDependency(await makeLeg('1.23', tmp(), leg3.workingDirectory), leg3.workingDirectory, proxy);
    const job3 = new CacheJob(leg3, {});
    const m3 = await job3.main();
    assert.equal(m3.outputs['modules-cache-hit'], 'false');
    assert.equal(m3.outputs['build-cache-hit'], 'false');
    assert.match(text(m3), /Restored build cache go-ci-kit-v1-build-linux-\w+-go1\.23\.\S+ \(prefix-hit\)/);
    assert.doesNotMatch(text(m3), /Restored modules cache/);

    // Another job is still uploading this leg's new modules key: the service refuses it with {ok: false}.
    await srv().twirp('CreateCacheEntry', { key: m3.outputs['modules-cache-key']!, version: ARCHIVE_VERSION });
    await goModDownload(leg3, leg3.workingDirectory, proxy);
    const p3 = await job3.post();
    assert.deepEqual(p3.rt.of('warning'), [], text(p3));
    assert.match(p3.rt.of('info').join('\n'), /modules cache \S+ already exists \(another job saved it first\)/);
    const client = new Client(srv().env());
    assert.equal(await client.lookup(m3.outputs['modules-cache-key']!, []), undefined, 'no half-written entry');
  },
);
