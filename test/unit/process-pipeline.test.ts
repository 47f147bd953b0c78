// pipeline(): who failed first when a consumer goes away mid-stream. The producer (zstd, real)
// then fails writing into a closed pipe; that failure is a consequence (stopped), so a cache
// restore blames the consumer (tar: disk full, file size limit), never the archive.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { Readable } from 'node:stream';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { pipeline, PipelineError } from '../../src/process/pipeline.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'gck-pipeline-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('a consumer that exits early with an error is the cause: the producer writing on (zstd, write error) counts as stopped', async () => {
  const raw = path.join(dir, 'raw');
  writeFileSync(raw, Buffer.alloc(64 * 1024 * 1024, 7));
  const zst = `${raw}.zst`;
  assert.equal(spawnSync('zstd', ['-q', '-1', '-f', raw, '-o', zst]).status, 0, 'zstd is installed');
  for (let round = 0; round < 5; round++) {
    const producer = spawn('zstd', ['-d', '-c', '-q', zst], { stdio: ['ignore', 'pipe', 'pipe'] });
    const consumer = spawn('sh', ['-c', 'head -c 65536 >/dev/null; exit 3'], { stdio: ['pipe', 'ignore', 'pipe'] });
    const e = await pipeline(producer, 'zstd', consumer, 'sh').then(
      () => undefined,
      (x: unknown) => x,
    );
    assert.ok(e instanceof PipelineError, `round ${round}: ${String(e)}`);
    const [p, c] = e.outcomes;
    assert.equal(c!.code, 3, `round ${round}: the consumer's own exit`);
    assert.equal(c!.stopped, false, `round ${round}: the consumer failed on its own`);
    assert.notEqual(p!.code, 0, `round ${round}: zstd could not write all of its output`);
    assert.equal(p!.stopped, true, `round ${round}: zstd's failure is the consequence (${p!.stderr.trim()})`);
  }
});

test('a producer that fails on its own is the cause: the consumer stopped for it (its stdin broken under our writes) counts as stopped, the producer does not', async () => {
  for (let round = 0; round < 5; round++) {
    // The consumer never reads: 300 kB fill the socket to it and leave our writes pending when it is
    // stopped (their EPIPE breaks its stdin), yet all fit in the buffers, so the producer can exit.
    const producer = spawn('sh', ['-c', 'head -c 300000 /dev/zero; echo "bad data" >&2; exit 2'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const consumer = spawn('sleep', ['30'], { stdio: ['pipe', 'ignore', 'pipe'] });
    const e = await pipeline(producer, 'sh', consumer, 'sleep').then(
      () => undefined,
      (x: unknown) => x,
    );
    assert.ok(e instanceof PipelineError, `round ${round}: ${String(e)}`);
    const [p, c] = e.outcomes;
    assert.equal(p!.code, 2, `round ${round}: the producer's own exit`);
    assert.equal(p!.stopped, false, `round ${round}: the producer failed on its own`);
    assert.equal(c!.signal, 'SIGTERM', `round ${round}: the consumer was stopped`);
    assert.equal(c!.stopped, true, `round ${round}: the consumer's end is the consequence`);
  }
});

test('an input that broke before it was handed over (a download cut during an await) is the cause, not the data', async () => {
  const input = new Readable({ read() {} });
  input.on('error', () => undefined);
  input.destroy(new Error('other side closed'));
  await new Promise((resolve) => setImmediate(resolve));
  const producer = spawn('zstd', ['-d', '-c', '-q'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const consumer = spawn('sh', ['-c', 'cat >/dev/null'], { stdio: ['pipe', 'ignore', 'pipe'] });
  const e = await pipeline(producer, 'zstd', consumer, 'sh', { input }).then(
    () => undefined,
    (x: unknown) => x,
  );
  assert.ok(e instanceof PipelineError, String(e));
  assert.equal(e.inputError?.message, 'other side closed');
});
