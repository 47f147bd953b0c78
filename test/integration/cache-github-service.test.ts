// The cache service client (src/cache/github-service.ts) against the loopback service: an archive
// over the single-shot size goes up in blocks (bounded memory) and comes back byte for byte as a
// stream; a failing block is sent again; which protocol and which cache mode the runner's env names.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, writeSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ARCHIVE_VERSION, cacheMode, cacheProtocol, CacheService as Client, ServiceError } from '../../src/cache/github-service.js';
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
