// A download without a size is staged through capped(): it passes the bytes through up to the cap
// and fails the copy past it, so a body that never ends cannot fill the runner's disk.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createWriteStream, mkdtempSync, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { capped } from '../../src/cache/github-backend.js';

const chunks = (n: number, size: number): Buffer[] => Array.from({ length: n }, (_, i) => Buffer.alloc(size, i));

test('capped: up to the cap the bytes pass whole; one byte more fails the copy', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gck-capped-'));
  const file = path.join(dir, 'a');
  await pipeline(Readable.from(chunks(4, 1000)), capped(4000), createWriteStream(file));
  assert.deepEqual(readFileSync(file), Buffer.concat(chunks(4, 1000)));
  await assert.rejects(
    pipeline(Readable.from([...chunks(4, 1000), Buffer.alloc(1)]), capped(4000), createWriteStream(path.join(dir, 'b'))),
    /more than 4000 bytes without saying its size/,
  );
});
