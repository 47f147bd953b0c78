// The s3 cache store against the dir store on the same machine: save (build the tar+zstd archive,
// store it) and restore (fetch, extract beside, swap) of the same directories, through each
// backend's own code (S3Backend against s3rver on loopback, DirBackend on local disk), for caches
// of 10, 100 and 500 MB (random files: zstd cannot shrink them, so the archive is as large).
// Targets: s3 ≤ 1.2× dir for save and restore; peak RSS of the process doing it flat as the
// archive grows from 10 MB to 500 MB (streamed, never held in memory). Beside each, the server's
// floor: the plain SDK putting/getting the finished archive in one streaming request, nothing of
// ours around it — what s3rver itself costs (a JS server: it MD5s every body, and rewrites a
// multipart upload whole, MD5 again, at completion). "(s3 − floor)/dir" is what is left for our
// side once the server's floor is taken off: the target applies to it where s3rver alone costs
// more than 0.2× of dir (on a real store the floor is the network's).
// Each operation runs in a child process of its own (its maxRSS is that operation's peak, SDK
// load included: it is loaded when the store is first used); s3rver runs in this process.
// Medians of BENCH_REPS (default 3) runs; BENCH_SIZES_MB (default 10,100,500).
// Run: node --import tsx bench/cache-s3.ts
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createArchive, removeTree, restoreArchiveAs } from '../src/cache/archive.js';
import type { CacheBackend } from '../src/cache/backend.js';
import { DirBackend } from '../src/cache/dir-backend.js';
import { S3Backend } from '../src/cache/s3-backend.js';
import { PART_SIZE, QUEUE_SIZE, SINGLE_PUT_MAX, unsignedParts } from '../src/cache/s3-transfer.js';

const MB = 1024 * 1024;
/** The bucket the test server makes (test/helpers/s3-server.ts BUCKET); spelled here so that a
 * child, which must load nothing it would not load on a runner, needs no import of that helper
 * (it loads s3rver and the SDK at start-up). */
const BUCKET = process.env.BENCH_BUCKET ?? 'gck-cache';
type Op = 'save' | 'restore';
/** The server's own floor: one plain streaming PutObject / GetObject of the finished archive. */
type FloorOp = 'put' | 'get';
type Store = 'dir' | 's3';

interface Measured {
  ms: number;
  rssMb: number;
  bytes: number;
  /** Floor children: how long loading the SDK took (under tsx; the ncc bundle loads faster). */
  sdkMs?: number;
  /** Save children: how long building the archive took (the rest of a save is storing it). */
  buildMs?: number;
}

/**
 * Child: the plain SDK moving an archive file to or from the server with the same requests as
 * ours (one streamed PutObject, or the SDK's own multipart Upload above SINGLE_PUT_MAX; one
 * GetObject), nothing of ours around them: what the server and the loopback cost.
 */
async function floorChild(op: FloorOp, file: string, endpoint: string, key: string): Promise<void> {
  const started = performance.now();
  const { S3Client, PutObjectCommand, GetObjectCommand } = await import('@aws-sdk/client-s3');
  const sdkMs = performance.now() - started;
  const client = new S3Client({
    endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  unsignedParts(client);
  const Key = `floor/${key}`;
  if (op === 'put') {
    const ContentLength = statSync(file).size;
    const Body = createReadStream(file, { highWaterMark: MB });
    if (ContentLength <= SINGLE_PUT_MAX) await client.send(new PutObjectCommand({ Bucket: BUCKET, Key, Body, ContentLength }));
    else {
      const { Upload } = await import('@aws-sdk/lib-storage');
      await new Upload({ client, params: { Bucket: BUCKET, Key, Body, ContentLength }, partSize: PART_SIZE, queueSize: QUEUE_SIZE }).done();
    }
  } else {
    const out = await client.send(new GetObjectCommand({ Bucket: BUCKET, Key }));
    await pipeline(out.Body as Readable, createWriteStream(file));
  }
  console.log(JSON.stringify({ ms: performance.now() - started, rssMb: process.resourceUsage().maxRSS / 1024, bytes: 0, sdkMs }));
}

/** Child: one operation through one backend; prints its time and peak RSS as JSON. */
async function child(op: Op, store: Store, source: string, where: string, key: string): Promise<void> {
  const backend: CacheBackend =
    store === 'dir' ? new DirBackend(where, 1024 ** 4) : new S3Backend({ bucket: BUCKET, prefix: 'bench/', region: '', endpoint: where });
  const started = performance.now();
  let bytes = 0;
  let buildMs: number | undefined;
  if (op === 'save') {
    const out = await backend.save('build', key, async (file) => {
      const t = performance.now();
      const n = await createArchive(source, file);
      buildMs = performance.now() - t;
      return n;
    });
    if (out.status !== 'saved') throw new Error(`save through ${store}: ${JSON.stringify(out)}`);
    bytes = out.bytes;
  } else {
    const found = await backend.restore('build', key, []);
    if (!found.archive) throw new Error(`restore through ${store}: ${JSON.stringify(found)}`);
    await restoreArchiveAs(found.archive, source);
    await backend.cleanup('build');
  }
  const ms = performance.now() - started;
  console.log(JSON.stringify({ ms, rssMb: process.resourceUsage().maxRSS / 1024, bytes, buildMs }));
}

/** Asynchronous: s3rver answers from this process's event loop meanwhile. */
async function runChild(env: NodeJS.ProcessEnv, ...args: string[]): Promise<Measured> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), 'child', ...args], {
    env: { ...process.env, ...env },
    maxBuffer: 16 * MB,
  });
  const line = stdout.trim().split('\n').pop() ?? '';
  if (!line.startsWith('{')) throw new Error(`child ${args.join(' ')} printed no figures: ${stdout}`);
  return JSON.parse(line) as Measured;
}

/** A directory of random files adding up to size bytes (Go's cache holds many files of every size). */
function makeTree(dir: string, size: number): void {
  let left = size;
  for (let i = 0; left > 0; i++) {
    const n = Math.min(left, [64 * 1024, 1 * MB, 4 * MB][i % 3]!);
    const sub = path.join(dir, (i % 256).toString(16).padStart(2, '0'));
    mkdirSync(sub, { recursive: true });
    writeFileSync(path.join(sub, `f${i}`), randomBytes(n));
    left -= n;
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

type Column = `${Store}-${Op}` | FloorOp;
const COLUMNS: Column[] = ['dir-save', 's3-save', 'put', 'dir-restore', 's3-restore', 'get'];

async function main(): Promise<void> {
  const reps = Number(process.env.BENCH_REPS ?? 3);
  const sizes = (process.env.BENCH_SIZES_MB ?? '10,100,500').split(',').map(Number);
  // Only here: the children load what a runner would, not s3rver nor the SDK ahead of time.
  const { awsEnv, BUCKET: bucket, startS3Server } = await import('../test/helpers/s3-server.js');
  const s3 = await startS3Server();
  const env = { ...awsEnv(), BENCH_BUCKET: bucket };
  const work = mkdtempSync(path.join(os.tmpdir(), 'gck-bench-s3-'));
  const rows: string[] = [];
  const rssRows: string[] = [];
  const s3Peak: number[] = [];
  const sdkMs: number[] = [];
  let worst = 0;
  let worstOurs = 0;
  try {
    for (const size of sizes) {
      const source = path.join(work, `src-${size}`);
      makeTree(source, size * MB);
      const times = Object.fromEntries(COLUMNS.map((c) => [c, [] as number[]])) as Record<Column, number[]>;
      const peak = Object.fromEntries(COLUMNS.map((c) => [c, 0])) as Record<Column, number>;
      const archive = path.join(work, `archive-${size}.tar.zst`);
      await createArchive(source, archive);
      let bytes = 0;
      const storing: number[] = [];
      const note = (c: Column, m: Measured) => {
        times[c].push(m.ms);
        if (c === 's3-save' && m.buildMs !== undefined) storing.push(m.ms - m.buildMs);
        peak[c] = Math.max(peak[c], m.rssMb);
        if (m.sdkMs !== undefined) sdkMs.push(m.sdkMs);
      };
      for (let rep = 0; rep < reps; rep++) {
        // Alternate the stores so drift on a shared machine hits both alike.
        for (const store of rep % 2 === 0 ? (['dir', 's3'] as const) : (['s3', 'dir'] as const)) {
          const key = `go-ci-kit-v1-build-linux-amd64-go1.23.0-bench-${size}.${rep}`;
          const where = store === 'dir' ? path.join(work, 'dir-store') : s3.endpoint;
          const saved = await runChild(env, 'save', store, source, where, key);
          const target = path.join(work, `restored-${store}`);
          const restored = await runChild(env, 'restore', store, target, where, key);
          await removeTree(target);
          note(`${store}-save`, saved);
          note(`${store}-restore`, restored);
          bytes = saved.bytes;
        }
        const key = `floor-${size}.${rep}`;
        note('put', await runChild(env, 'floor', 'put', archive, s3.endpoint, key));
        note('get', await runChild(env, 'floor', 'get', path.join(work, 'floor-copy'), s3.endpoint, key));
        rmSync(path.join(work, 'floor-copy'), { force: true });
      }
      rmSync(archive, { force: true });
      const m = (c: Column) => median(times[c]);
      const ratio = (op: Op) => m(`s3-${op}`) / m(`dir-${op}`);
      const ours = (op: Op) => (m(`s3-${op}`) - m(op === 'save' ? 'put' : 'get')) / m(`dir-${op}`);
      worst = Math.max(worst, ratio('save'), ratio('restore'));
      worstOurs = Math.max(worstOurs, ours('save'), ours('restore'));
      const ms = (c: Column) => `${m(c).toFixed(0)} ms`;
      const x = (v: number) => `${v.toFixed(2)}×`;
      rows.push(
        `| ${size} MB (archive ${(bytes / MB).toFixed(0)} MB${bytes > SINGLE_PUT_MAX ? ', multipart' : ''}) | ${ms('dir-save')} | ${ms('s3-save')} | ${x(ratio('save'))} | ${ms('put')} (${x(m('put') / m('dir-save'))}) | ${median(storing).toFixed(0)} ms | ${x(ours('save'))} | ${ms('dir-restore')} | ${ms('s3-restore')} | ${x(ratio('restore'))} | ${ms('get')} (${x(m('get') / m('dir-restore'))}) | ${x(ours('restore'))} |`,
      );
      const mb = (c: Column) => `${peak[c].toFixed(0)} MB`;
      rssRows.push(
        `| ${size} MB | ${mb('dir-save')} | ${mb('s3-save')} | ${mb('put')} | ${mb('dir-restore')} | ${mb('s3-restore')} | ${mb('get')} |`,
      );
      s3Peak.push(Math.max(peak['s3-save'], peak['s3-restore']));
      rmSync(source, { recursive: true, force: true });
    }
  } finally {
    await s3.close();
    rmSync(work, { recursive: true, force: true });
  }
  console.log(
    `s3 store (s3rver on loopback) vs dir store, medians of ${reps}, this machine (${os.cpus().length} cores, load ${os.loadavg()[0]!.toFixed(1)} at the end):`,
  );
  console.log(
    '| cache | dir save | s3 save | s3/dir | server floor: plain PutObject (/dir) | s3 save − its archive build | (s3 − floor)/dir | dir restore | s3 restore | s3/dir | server floor: plain GetObject (/dir) | (s3 − floor)/dir |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows) console.log(r);
  console.log('');
  console.log('peak RSS of the process doing each operation (maxRSS of its child):');
  console.log('| cache | dir save | s3 save | plain PutObject | dir restore | s3 restore | plain GetObject |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rssRows) console.log(r);
  console.log('');
  console.log(`worst s3/dir ratio ${worst.toFixed(2)}× (target ≤ 1.2×); with the server's floor taken off ${worstOurs.toFixed(2)}×`);
  console.log(
    `loading the SDK (part of each s3 time above): median ${median(sdkMs).toFixed(0)} ms under tsx (the ncc bundle loads faster)`,
  );
  const growth = s3Peak[s3Peak.length - 1]! - s3Peak[0]!;
  console.log(
    `s3 peak RSS ${s3Peak[0]!.toFixed(0)} MB at ${sizes[0]} MB → ${s3Peak[s3Peak.length - 1]!.toFixed(0)} MB at ${sizes[sizes.length - 1]} MB: ${growth >= 0 ? '+' : ''}${growth.toFixed(0)} MB for ${sizes[sizes.length - 1]! - sizes[0]!} MB more archive (streamed; multipart above ${SINGLE_PUT_MAX / MB} MiB streams ${QUEUE_SIZE} parts of ${PART_SIZE / MB} MiB at a time from the file)`,
  );
}

const [mode, ...args] = process.argv.slice(2);
if (mode === 'child' && args[0] === 'floor') await floorChild(args[1] as FloorOp, args[2]!, args[3]!, args[4]!);
else if (mode === 'child') await child(args[0] as Op, args[1] as Store, args[2]!, args[3]!, args[4]!);
else await main();
