// The relay (src/process/relay.ts): a real program's stdout read into fixed buffers, checked, and
// written on to a real program's stdin, through pipeline() as a restore runs it. What arrives is
// every byte in order even when the consumer is slow (reading pauses while all buffers wait for
// their writes); a check's refusal stops both programs and is the reason; a producer that never
// starts ends the data instead of leaving the relay waiting.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { pipeline, PipelineError } from '../../src/process/pipeline.js';
import { openRelay, type ChunkCheck } from '../../src/process/relay.js';

const dir = os.tmpdir();

/** Passes every byte, counting chunks and bytes; refuses at byte `refuseAt` when given. */
function counting(refuseAt?: number): ChunkCheck & { bytes: number; chunks: number; ended: boolean } {
  const c = {
    bytes: 0,
    chunks: 0,
    ended: false,
    checkChunk(chunk: Buffer): Buffer[] {
      c.chunks++;
      c.bytes += chunk.length;
      if (refuseAt !== undefined && c.bytes >= refuseAt) throw new Error(`refused at ${c.bytes}`);
      return [chunk];
    },
    checkEnd() {
      c.ended = true;
    },
  };
  return c;
}

function data(mb: number): { file: string; zst: string; sha: string } {
  const file = path.join(dir, `relay-${mb}`);
  const b = Buffer.alloc(mb * 1024 * 1024);
  for (let i = 0; i < b.length; i += 4) b.writeUInt32LE((i * 2654435761) >>> 0, i);
  writeFileSync(file, b);
  assert.equal(spawnSync('zstd', ['-q', '-1', '-f', file, '-o', `${file}.zst`]).status, 0, 'zstd is installed');
  return { file, zst: `${file}.zst`, sha: createHash('sha256').update(b).digest('hex') };
}

test('on Linux a relay opens; on Windows there is none (the stream path stays)', async () => {
  const relay = await openRelay();
  assert.ok(relay, 'openRelay() on this Linux machine');
  relay.closeChildEnd();
  relay.destroy();
  assert.equal(await openRelay('win32'), undefined);
});

test('every byte arrives in order through a slow consumer: zstd → relay → sh (sleeps, then reads)', async () => {
  const { zst, sha } = data(24);
  const out = path.join(dir, 'relay-out');
  const relay = await openRelay();
  assert.ok(relay);
  const producer = spawn('zstd', ['-d', '-c', '-q', '--', zst], { stdio: ['ignore', relay.childEnd, 'pipe'] });
  // 24 MiB against 1 MiB of buffers: reading has to pause while the consumer sleeps.
  const consumer = spawn('sh', ['-c', 'sleep 0.5; cat > "$1"', 'sh', out], { stdio: ['pipe', 'ignore', 'pipe'] });
  const check = counting();
  await pipeline(producer, 'zstd', consumer, 'sh', { relay: { relay, check } });
  assert.equal(check.bytes, 24 * 1024 * 1024);
  assert.ok(check.ended, 'checkEnd was called');
  assert.equal(createHash('sha256').update(readFileSync(out)).digest('hex'), sha, 'what arrived differs');
});

test("a check's refusal is the reason: both programs are stopped, the consumer gets nothing more", async () => {
  const { zst } = data(16);
  const relay = await openRelay();
  assert.ok(relay);
  const producer = spawn('zstd', ['-d', '-c', '-q', '--', zst], { stdio: ['ignore', relay.childEnd, 'pipe'] });
  const consumer = spawn('sh', ['-c', 'cat >/dev/null; sleep 30'], { stdio: ['pipe', 'ignore', 'pipe'] });
  const e = await pipeline(producer, 'zstd', consumer, 'sh', { relay: { relay, check: counting(3 * 1024 * 1024) } }).then(
    () => undefined,
    (x: unknown) => x,
  );
  assert.ok(e instanceof PipelineError, String(e));
  assert.match(e.message, /^refused at \d+$/);
  const [p, c] = e.outcomes;
  assert.equal(p!.stopped, true, `zstd: ${JSON.stringify(p)}`);
  assert.equal(c!.stopped, true, `sh: ${JSON.stringify(c)}`);
});

test('a producer that cannot start ends the data: the relay does not wait for it, the check hears of the end', async () => {
  const relay = await openRelay();
  assert.ok(relay);
  const producer = spawn('no-such-program-gck', [], { stdio: ['ignore', relay.childEnd, 'pipe'] });
  const consumer = spawn('sh', ['-c', 'cat >/dev/null'], { stdio: ['pipe', 'ignore', 'pipe'] });
  const check = counting();
  const e = await pipeline(producer, 'no-such-program-gck', consumer, 'sh', { relay: { relay, check } }).then(
    () => undefined,
    (x: unknown) => x,
  );
  assert.ok(e instanceof PipelineError, String(e));
  assert.match(e.message, /no-such-program-gck is not installed/);
  assert.equal(check.bytes, 0);
  assert.ok(check.ended);
});

test('a consumer that exits early is the cause, never the check\'s "truncated" (which would blame the archive)', async () => {
  for (let round = 0; round < 3; round++) {
    const relay = await openRelay();
    assert.ok(relay);
    // The producer is still writing when the consumer exits: its end of data only comes once we stop it.
    const producer = spawn('sh', ['-c', 'printf x; sleep 2; printf y'], { stdio: ['ignore', relay.childEnd, 'pipe'] });
    const consumer = spawn('sh', ['-c', 'sleep 0.3; exit 3'], { stdio: ['pipe', 'ignore', 'pipe'] });
    const check: ChunkCheck = {
      checkChunk: (chunk) => [chunk],
      checkEnd: () => {
        throw Object.assign(new Error('the archive ends before its end-of-archive marker (truncated)'), { atEnd: true });
      },
    };
    const e = await pipeline(producer, 'sh', consumer, 'sh', { relay: { relay, check } }).then(
      () => undefined,
      (x: unknown) => x,
    );
    assert.ok(e instanceof PipelineError, `round ${round}: ${String(e)}`);
    assert.equal(e.refused, undefined, `round ${round}: ${e.message}`);
    const [, c] = e.outcomes;
    assert.equal(c!.code, 3, `round ${round}: the consumer's own exit`);
    assert.equal(c!.stopped, false, `round ${round}: the consumer failed on its own`);
  }
});
