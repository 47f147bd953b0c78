// The cache service client (src/cache/github-service.ts) against the loopback service: an archive
// over the single-shot size goes up in blocks (bounded memory) and comes back byte for byte as a
// stream; a failing block is sent again; which protocol and which cache mode the runner's env names.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  ARCHIVE_VERSION,
  blockId,
  cacheMode,
  cacheProtocol,
  CacheService as Client,
  ServiceError,
} from '../../src/cache/github-service.js';
import { startCacheService, type CacheService } from '../helpers/cache-service.js';

let svc: CacheService;
before(async () => {
  svc = await startCacheService();
});
after(() => svc.stop());

/** A file of n MiB of pseudo-random bytes (incompressible, as a cache archive is); its sha256. */
function randomFile(mib: number): { file: string; sha: string } {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'gck-ghsvc-')), 'a.tar.zst');
  const fd = openSync(file, 'w');
  const hash = createHash('sha256');
  for (let i = 0; i < mib; i++) {
    const chunk = randomBytes(1024 * 1024);
    hash.update(chunk);
    writeSync(fd, chunk);
  }
  closeSync(fd);
  return { file, sha: hash.digest('hex') };
}

test('an archive over 128 MiB is uploaded in blocks (one sent again after a 500) and streams back byte for byte', async () => {
  const { file, sha } = randomFile(150);
  const client = new Client({ ...svc.env() }, { retryMs: 10 });
  svc.failNext('blob-put', { status: 500 });
  assert.equal(await client.save('big-key', file), 'saved');
  const puts = svc.callsOf('blob-put');
  assert.equal(puts.filter((c) => c.status === 500).length, 1);
  assert.ok(puts.filter((c) => c.status === 200).length >= 6, `5 blocks and the block list: ${puts.length}`);
  assert.equal(svc.versionsOf('big-key')[0], ARCHIVE_VERSION);
  assert.equal(await client.save('big-key', file), 'exists', 'a key is stored once');

  const found = await client.lookup('big-key', []);
  assert.equal(found?.matchedKey, 'big-key');
  const { stream, bytes } = await client.download(found.url);
  assert.equal(bytes, 150 * 1024 * 1024);
  const hash = createHash('sha256');
  for await (const chunk of stream) hash.update(chunk as Buffer);
  assert.equal(hash.digest('hex'), sha);
  // GitHub's rule: the primary key matches as a prefix too (so exists() compares the key matched).
  assert.equal((await client.lookup('big', []))?.matchedKey, 'big-key');
  assert.equal((await client.lookup('nothing', ['big-']))?.matchedKey, 'big-key', 'restore prefixes');
});

test("block ids have @azure/storage-blob's shape: a UUID and the index padded to 48 characters, base64", async () => {
  assert.equal(
    Buffer.from(blockId('0d8e3a1c-5b8f-4a0e-9a51-6f1f3c2b7d10', 7), 'base64').toString(),
    '0d8e3a1c-5b8f-4a0e-9a51-6f1f3c2b7d10000000000007',
  );
  const { file, sha } = randomFile(3);
  const client = new Client(svc.env(), { retryMs: 10, singleShotBytes: 1024 ** 2, blockBytes: 1024 ** 2 });
  const before = svc.blockIds.length;
  assert.equal(await client.save('blocks-key', file), 'saved');
  const ids = svc.blockIds.slice(before).map((id) => Buffer.from(id, 'base64').toString());
  assert.equal(ids.length, 3);
  const prefix = ids[0]!.slice(0, 36);
  assert.match(prefix, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  assert.deepEqual(
    ids.sort(),
    [0, 1, 2].map((n) => `${prefix}${String(n).padStart(12, '0')}`),
  );
  const found = await client.lookup('blocks-key', []);
  const hash = createHash('sha256');
  for await (const chunk of (await client.download(found!.url)).stream) hash.update(chunk as Buffer);
  assert.equal(hash.digest('hex'), sha);
});

test("a server answering as falcondev's does: a refused reservation is 200 {ok: false} ('exists'), a download has no size; a write denial is an error", async () => {
  const { file, sha } = randomFile(1);
  const client = new Client(svc.env(), { retryMs: 10 });
  svc.falcondevStyle = true;
  try {
    assert.equal(await client.save('falcon-key', file), 'saved');
    assert.equal(await client.save('falcon-key', file), 'exists');
    assert.deepEqual(
      svc.callsOf('CreateCacheEntry', 'falcon-key').map((c) => c.status),
      [200, 200],
    );
    svc.reserveElsewhere('falcon-busy');
    assert.equal(await client.save('falcon-busy', file), 'exists', 'being uploaded by another job');
    assert.equal(svc.callsOf('blob-put', 'falcon-busy').length, 0, 'nothing uploaded');
    const { stream, bytes } = await client.download((await client.lookup('falcon-key', []))!.url);
    assert.equal(bytes, undefined, 'no content-length');
    const hash = createHash('sha256');
    for await (const chunk of stream) hash.update(chunk as Buffer);
    assert.equal(hash.digest('hex'), sha);
  } finally {
    svc.falcondevStyle = false;
  }
  svc.denyWrite('denied-key');
  await assert.rejects(
    client.save('denied-key', file),
    /did not reserve denied-key: cache write denied: the token of this run is read-only/,
  );
});

test('a missing token or URL, a service that answers 401, and a missing blob are errors that say so', async () => {
  assert.throws(() => new Client({ ACTIONS_RESULTS_URL: svc.url }), /ACTIONS_RUNTIME_TOKEN is not set/);
  assert.throws(() => new Client({}), /ACTIONS_RESULTS_URL is not set/);
  const wrong = new Client({ ...svc.env(), ACTIONS_RUNTIME_TOKEN: 'nope' }, { retryMs: 1 });
  await assert.rejects(
    wrong.lookup('k', []),
    (e: unknown) => e instanceof ServiceError && e.status === 401 && /unauthenticated/.test(e.message),
  );
  const client = new Client(svc.env(), { retryMs: 1 });
  await assert.rejects(client.download(`${svc.url}devstoreaccount1/actions-cache/999?sig=x&se=1`), /403 AuthenticationFailed/);
});

test('protocol and cache mode from the runner env, as @actions/cache reads them', () => {
  assert.equal(cacheProtocol({ ACTIONS_CACHE_SERVICE_V2: 'true' }), 'v2');
  assert.equal(cacheProtocol({}), 'v1');
  assert.equal(cacheProtocol({ ACTIONS_CACHE_SERVICE_V2: 'true', GITHUB_SERVER_URL: 'https://ghes.acme.internal' }), 'v1', 'GHES');
  assert.equal(cacheProtocol({ ACTIONS_CACHE_SERVICE_V2: 'true', GITHUB_SERVER_URL: 'https://acme.ghe.com' }), 'v2');
  assert.deepEqual(cacheMode({}), { read: true, write: true });
  assert.deepEqual(cacheMode({ ACTIONS_CACHE_MODE: 'read' }), { read: true, write: false });
  assert.deepEqual(cacheMode({ ACTIONS_CACHE_MODE: ' Write-Only ' }), { read: false, write: true });
  assert.deepEqual(cacheMode({ ACTIONS_CACHE_MODE: 'none' }), { read: false, write: false });
});

test('a download the server cuts before anyone reads it is an error for its reader, never an uncaught exception', async () => {
  const uncaught: unknown[] = [];
  const onUncaught = (e: unknown) => uncaught.push(e);
  process.on('uncaughtException', onUncaught);
  try {
    // Small enough for the body's buffer: undici reads on to the cut without anyone reading.
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'gck-ghsvc-')), 'small.tar.zst');
    writeFileSync(file, randomBytes(20_000));
    const client = new Client({ ...svc.env() }, { retryMs: 10 });
    assert.equal(await client.save('cut-key', file), 'saved');
    const found = await client.lookup('cut-key', []);
    svc.cutDownloads = true;
    const { stream } = await client.download(found!.url);
    svc.cutDownloads = false;
    // The cut arrives while the restore is still busy elsewhere (creating its directories).
    await sleep(300);
    assert.ok(stream.errored, 'the body broke before it was read');
    const read = await pipeline(stream, new Writable({ write: (_c, _e, done) => done() })).then(
      () => undefined,
      (e: unknown) => e,
    );
    assert.ok(read instanceof Error, 'the reader hears that the body broke');
    assert.deepEqual(uncaught, []);
  } finally {
    process.off('uncaughtException', onUncaught);
  }
});
