// A download without a size is staged through capped(stagingLimit(dir)): bytes pass up to half the
// free disk space (at most the extraction limit), and past it the copy fails, so a body that never
// ends cannot fill the runner's disk.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createWriteStream, mkdtempSync, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { statfsSync } from 'node:fs';
import { capped, stagingLimit } from '../../src/cache/github-backend.js';
import { MAX_TREE_BYTES } from '../../src/cache/archive.js';

const chunks = (n: number, size: number): Buffer[] => Array.from({ length: n }, (_, i) => Buffer.alloc(size, i));

test('capped: up to the cap the bytes pass whole; one byte more fails the copy', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gck-capped-'));
  const file = path.join(dir, 'a');
  await pipeline(Readable.from(chunks(4, 1000)), capped(4000), createWriteStream(file));
  assert.deepEqual(readFileSync(file), Buffer.concat(chunks(4, 1000)));
  await assert.rejects(
    pipeline(Readable.from([...chunks(4, 1000), Buffer.alloc(1)]), capped(4000), createWriteStream(path.join(dir, 'b'))),
    /more than 4000 bytes without saying the archive's size .*refused/,
  );
});

test('stagingLimit: half the free space of the staging folder, at most the extraction limit', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gck-staging-'));
  const st = statfsSync(dir);
  const half = Math.floor((st.bavail * st.bsize) / 2);
  // The free space moves while the test runs (other writers): within 64 MiB.
  assert.ok(Math.abs(stagingLimit(dir) - Math.min(MAX_TREE_BYTES, half)) < 64 * 1024 ** 2, `${stagingLimit(dir)} vs ${half}`);
  assert.equal(stagingLimit(path.join(dir, 'missing')), MAX_TREE_BYTES, 'a folder it cannot ask about: the extraction limit');
});
