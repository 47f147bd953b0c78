// feedProgram(): input → a decoder in this process (zlib gunzip, which every Node has) → a guard →
// a real program's stdin. Who failed first decides the error, as with pipeline(): a decoder that
// fails is the archive's fault, a cut input is the download's, a refusal is the guard's, and a
// consumer that exits early is the machine's; whatever fails, the rest is stopped and nothing hangs.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { after, test } from 'node:test';
import { gzipSync, createGunzip } from 'node:zlib';
import { feedProgram, PipelineError } from '../../src/process/pipeline.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'gck-feed-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const raw = Buffer.alloc(8 * 1024 * 1024);
for (let i = 0; i < raw.length; i++) raw[i] = (i * 7919) % 251;
const gz = gzipSync(raw, { level: 1 });
const gunzip = () => ({ stream: createGunzip(), name: 'gzip' });

async function failure(p: Promise<void>): Promise<PipelineError> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  assert.ok(e instanceof PipelineError, String(e));
  return e;
}

test('the decoded bytes reach the program whole', async () => {
  const out = path.join(dir, 'out');
  const consumer = spawn('sh', ['-c', `cat > '${out}'`], { stdio: ['pipe', 'ignore', 'pipe'] });
  await feedProgram(Readable.from([gz]), gunzip(), consumer, 'sh');
  assert.ok(readFileSync(out).equals(raw));
});

test('a decoder that fails is the cause: the program waiting for more is stopped', async () => {
  // Bad deflate data right after the gzip header: the program has read nothing yet and waits.
  const bad = Buffer.concat([gz.subarray(0, 10), Buffer.alloc(4096, 0xff), gz.subarray(4106)]);
  const consumer = spawn('sleep', ['30'], { stdio: ['pipe', 'ignore', 'pipe'] });
  const e = await failure(feedProgram(Readable.from([bad]), gunzip(), consumer, 'sleep'));
  const [p, c] = e.outcomes;
  assert.equal(p!.inProcess, true);
  assert.equal(p!.stopped, false, 'the decoder failed on its own');
  assert.match(e.message, /^gzip failed: /);
  assert.equal(c!.signal, 'SIGTERM');
  assert.equal(c!.stopped, true);
  assert.equal(e.refused, undefined);
  assert.equal(e.inputError, undefined);
});

test('an input that breaks (a download cut off) is the cause, not the data', async () => {
  const input = new Readable({ read() {} });
  input.push(gz.subarray(0, 100_000));
  setTimeout(() => input.destroy(new Error('socket hang up')), 50);
  const consumer = spawn('sleep', ['30'], { stdio: ['pipe', 'ignore', 'pipe'] });
  const e = await failure(feedProgram(input, gunzip(), consumer, 'sleep'));
  assert.equal(e.inputError?.message, 'socket hang up');
  assert.match(e.message, /reading the input failed: socket hang up/);
  assert.equal(e.outcomes[0]!.stopped, true);
  assert.equal(e.outcomes[1]!.stopped, true);
});

test('a refusal in the middle is the cause: the program is stopped before the rest reaches it', async () => {
  let seen = 0;
  const guard = new Transform({
    transform(chunk: Buffer, _enc, done) {
      seen += chunk.length;
      if (seen > 1024 * 1024) return done(new Error('member "x" is a symlink'));
      done(null, chunk);
    },
  });
  const out = path.join(dir, 'refused');
  const consumer = spawn('sh', ['-c', `cat > '${out}'; sleep 30`], { stdio: ['pipe', 'ignore', 'pipe'] });
  const e = await failure(feedProgram(Readable.from([gz]), gunzip(), consumer, 'sh', { through: guard }));
  assert.equal(e.refused?.message, 'member "x" is a symlink');
  assert.equal(e.message, 'member "x" is a symlink');
  assert.equal(e.outcomes[0]!.code, 0, 'the decoder did not fail');
  assert.equal(e.outcomes[1]!.stopped, true);
  assert.ok(readFileSync(out).length <= 1024 * 1024, 'nothing after the refused chunk reached the program');
});

test('a program that exits early with an error is the cause: the decoder is not blamed', async () => {
  for (let round = 0; round < 5; round++) {
    const consumer = spawn('sh', ['-c', 'head -c 65536 >/dev/null; echo "No space left on device" >&2; exit 3'], {
      stdio: ['pipe', 'ignore', 'pipe'],
    });
    const e = await failure(feedProgram(Readable.from([gz]), gunzip(), consumer, 'tar'));
    const [p, c] = e.outcomes;
    assert.equal(c!.code, 3, `round ${round}`);
    assert.equal(c!.stopped, false, `round ${round}: the program failed on its own`);
    assert.equal(p!.code, 0, `round ${round}: ${p!.stderr}`);
    assert.match(e.message, /tar failed \(exit 3\): No space left on device/);
  }
});

test('an input that broke before it was handed over (a download cut during an await) is still the cause', async () => {
  const input = new Readable({ read() {} });
  input.on('error', () => undefined);
  input.destroy(new Error('other side closed'));
  await new Promise((resolve) => setImmediate(resolve));
  const consumer = spawn('sleep', ['30'], { stdio: ['pipe', 'ignore', 'pipe'] });
  const e = await failure(feedProgram(input, gunzip(), consumer, 'sleep'));
  assert.equal(e.inputError?.message, 'other side closed');
  assert.equal(e.outcomes[1]!.signal, 'SIGTERM');
});
