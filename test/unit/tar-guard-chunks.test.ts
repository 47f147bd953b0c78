// The tar guard (src/process/tar-guard.ts) hands tar one buffer per chunk it is given, whatever the
// chunk boundaries cut through (a header, a pax record, a member's data or padding, the end
// marker): what comes out is the same bytes as the input (or, with an mtime, the same rewrite as
// in one piece), the caller's buffers are never changed, and a refused member takes nothing of
// its chunk with it. The archives are real GNU tar --posix streams written at test time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { TarGuard, TarRefused, type TarRules } from '../../src/process/tar-guard.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'gck-guard-chunks-'));

/** A GNU tar pax stream of a small tree: empty, tiny, block-sized, odd-sized and long-named files. */
function gnuTar(): Buffer {
  const dir = path.join(root, 'tree');
  mkdirSync(path.join(dir, 'ab'), { recursive: true });
  writeFileSync(path.join(dir, '.go-ci-kit-entry'), '{"key":"k"}\n');
  writeFileSync(path.join(dir, 'empty'), '');
  writeFileSync(path.join(dir, 'ab', 'one'), 'x');
  writeFileSync(path.join(dir, 'ab', 'block'), Buffer.alloc(512, 7));
  writeFileSync(path.join(dir, 'ab', 'odd'), Buffer.alloc(70_001, 9));
  writeFileSync(path.join(dir, `${'long-name-'.repeat(20)}end`), 'long');
  for (let i = 0; i < 40; i++) writeFileSync(path.join(dir, 'ab', `f${i}`), Buffer.alloc(i * 37, i));
  return execFileSync('tar', ['--posix', '-cf', '-', '-C', dir, '.'], { maxBuffer: 64 * 1024 * 1024 });
}

const rules = (mtime?: number): TarRules => ({
  symlinks: 'none',
  limits: { maxTotalBytes: 1 << 30, maxFileBytes: 1 << 30, maxMembers: 10_000 },
  capture: ['.go-ci-kit-entry'],
  mtime,
});

/** Feeds data in pieces of `size` bytes; returns what came out, how many buffers, and the guard. */
async function through(data: Buffer, size: number, r: TarRules): Promise<{ out: Buffer; pushes: number; chunks: number; guard: TarGuard }> {
  const guard = new TarGuard(r);
  const parts: Buffer[] = [];
  guard.on('data', (b: Buffer) => parts.push(b));
  const ended = new Promise<void>((resolve, reject) => guard.on('end', resolve).on('error', reject));
  let chunks = 0;
  for (let at = 0; at < data.length; at += size, chunks++) guard.write(data.subarray(at, at + size));
  guard.end();
  await ended;
  return { out: Buffer.concat(parts), pushes: parts.length, chunks, guard };
}

const sizes = [1, 100, 511, 512, 513, 1000, 4096, 7919, 65_536, 1 << 20];

test('whatever the chunk boundaries cut, the stream goes through unchanged, one buffer out per chunk in', async () => {
  const data = gnuTar();
  const copy = Buffer.from(data);
  for (const size of sizes) {
    const { out, pushes, chunks, guard } = await through(data, size, rules());
    assert.ok(out.equals(data), `chunks of ${size}: output differs from the archive`);
    assert.ok(pushes <= chunks, `chunks of ${size}: ${pushes} buffers out for ${chunks} in`);
    assert.equal(guard.captured.get('.go-ci-kit-entry')?.toString(), '{"key":"k"}\n', `chunks of ${size}: manifest`);
  }
  assert.ok(data.equals(copy), 'the input buffers were changed');
});

test('with an mtime, every chunking gives a stream tar reads with that mtime for every member, names, modes and sizes unchanged', async () => {
  const data = gnuTar();
  const list = (b: Buffer) =>
    execFileSync('tar', ['--full-time', '-tvf', '-'], { input: b, encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } })
      .trim()
      .split('\n');
  // "-rw-r--r-- root/root 5 2026-12-02 03:10:11 a": all but the date and time.
  const timeless = (line: string) => line.replace(/ \d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)? /, ' ');
  const before = list(data).map(timeless);
  assert.ok(before.length > 40, before.join('\n'));
  for (const size of [data.length, ...sizes]) {
    // Back-dating rewrites the chunks it is given in place: each run gets its own copy.
    const { out, pushes, chunks } = await through(Buffer.from(data), size, rules(1_000_000_000));
    assert.ok(pushes <= chunks, `chunks of ${size}: ${pushes} buffers out for ${chunks} in`);
    const lines = list(out);
    for (const line of lines) assert.match(line, / 2001-09-09 01:46:40 /, `chunks of ${size}: ${line}`);
    assert.deepEqual(lines.map(timeless), before, `chunks of ${size}`);
    // In one piece, pax time values are rewritten where they lie (the same length), not dropped.
    if (size === data.length) assert.ok(out.includes(' mtime=1000000000.0'), 'pax mtime rewritten in place');
  }
});

test('a refused member in the middle of a chunk lets nothing of that chunk through', async () => {
  const dir = path.join(root, 'bad');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'a'), 'aaaa');
  execFileSync('ln', ['-s', '/etc/passwd', path.join(dir, 'z-link')]);
  const data = execFileSync('tar', ['--posix', '-cf', '-', '-C', dir, 'a', 'z-link']);
  const guard = new TarGuard(rules());
  const parts: Buffer[] = [];
  guard.on('data', (b: Buffer) => parts.push(b));
  const failed = new Promise<unknown>((resolve) => guard.on('error', resolve));
  guard.end(data);
  const e = await failed;
  assert.ok(e instanceof TarRefused && e.reason === 'poisoned', String(e));
  assert.match((e as Error).message, /"z-link" is a symlink/);
  assert.equal(Buffer.concat(parts).length, 0, 'bytes of the refused chunk reached tar');
});

test('checkChunk (the relay, src/process/relay.ts): one buffer read into again and again gives what the stream gives, mtime rewrites and held pax headers included', async () => {
  const data = gnuTar();
  for (const mtime of [undefined, 1_000_000_000])
    for (const size of sizes) {
      const { out: want } = await through(Buffer.from(data), size, rules(mtime));
      const guard = new TarGuard(rules(mtime));
      const reused = Buffer.alloc(size);
      const parts: Buffer[] = [];
      for (let at = 0; at < data.length; at += size) {
        const n = data.copy(reused, 0, at, at + size);
        // What goes on is written (copied) before the buffer is read into again; then it is scribbled over.
        for (const piece of guard.checkChunk(reused.subarray(0, n))) parts.push(Buffer.from(piece));
        reused.fill(0xee);
      }
      guard.checkEnd();
      assert.ok(Buffer.concat(parts).equals(want), `chunks of ${size}, mtime ${mtime}: differs from the stream's output`);
      assert.equal(guard.captured.get('.go-ci-kit-entry')?.toString(), '{"key":"k"}\n', `chunks of ${size}: manifest`);
    }
  const cut = new TarGuard(rules());
  cut.checkChunk(Buffer.from(data.subarray(0, 4096)));
  assert.throws(
    () => cut.checkEnd(),
    (e: unknown) => e instanceof TarRefused && e.reason === 'corrupt' && e.atEnd,
  );
});
