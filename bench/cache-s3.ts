// The s3 cache store against the dir store on the same machine: save (build the tar+zstd archive,
// store it) and restore (fetch, extract beside, swap) of the same directories, through each
// backend's own code (S3Backend against s3rver on loopback, DirBackend on local disk), for caches
// of 10, 100 and 500 MB (random files: zstd cannot shrink them, so the archive is as large).
// Targets: s3 ≤ 1.2× dir for save and restore; peak RSS of the process doing it flat as the
// archive grows from 10 MB to 500 MB (streamed, never held in memory). Beside each, the server's
// floor: the plain SDK putting/getting the finished archive in one streaming request, nothing of
// ours around it — what s3rver itself costs (it MD5s every body and rewrites multipart uploads).
// Each operation runs in a child process of its own (its maxRSS is that operation's peak);
// s3rver runs in this process. Medians of BENCH_REPS (default 3) runs.
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
import { awsEnv, BUCKET, startS3Server } from '../test/helpers/s3-server.js';

const MB = 1024 * 1024;
type Op = 'save' | 'restore';
/** The server's own floor: one plain streaming PutObject / GetObject of the finished archive. */
type FloorOp = 'put' | 'get';
type Store = 'dir' | 's3';

interface Measured {
  ms: number;
  rssMb: number;
  bytes: number;
}

/** Child: the plain SDK moving an archive file to or from the server, nothing of ours around it. */
async function floorChild(op: FloorOp, file: string, endpoint: string, key: string): Promise<void> {
  const { S3Client, PutObjectCommand, GetObjectCommand } = await import('@aws-sdk/client-s3');
  const client = new S3Client({
    endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const started = performance.now();
  const Key = `floor/${key}`;
  if (op === 'put') {
    await client.send(new PutObjectCommand({ Bucket: BUCKET, Key, Body: createReadStream(file), ContentLength: statSync(file).size }));
  } else {
    const out = await client.send(new GetObjectCommand({ Bucket: BUCKET, Key }));
    await pipeline(out.Body as Readable, createWriteStream(file));
  }
  console.log(JSON.stringify({ ms: performance.now() - started, rssMb: process.resourceUsage().maxRSS / 1024, bytes: 0 }));
}

/** Child: one operation through one backend; prints its time and peak RSS as JSON. */
async function child(op: Op, store: Store, source: string, where: string, key: string): Promise<void> {
  const backend: CacheBackend =
    store === 'dir' ? new DirBackend(where, 1024 ** 4) : new S3Backend({ bucket: BUCKET, prefix: 'bench/', region: '', endpoint: where });
  const started = performance.now();
  let bytes = 0;
  if (op === 'save') {
    const out = await backend.save('build', key, (file) => createArchive(source, file));
    if (out.status !== 'saved') throw new Error(`save through ${store}: ${JSON.stringify(out)}`);
    bytes = out.bytes;
  } else {
    const found = await backend.restore('build', key, []);
    if (!found.archive) throw new Error(`restore through ${store}: ${JSON.stringify(found)}`);
    await restoreArchiveAs(found.archive, source);
    await backend.cleanup('build');
  }
  const ms = performance.now() - started;
  console.log(JSON.stringify({ ms, rssMb: process.resourceUsage().maxRSS / 1024, bytes }));
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

async function main(): Promise<void> {
  const reps = Number(process.env.BENCH_REPS ?? 3);
  const sizes = (process.env.BENCH_SIZES_MB ?? '10,100,500').split(',').map(Number);
  const s3 = await startS3Server();
  const env = awsEnv();
  const work = mkdtempSync(path.join(os.tmpdir(), 'gck-bench-s3-'));
  const rows: string[] = [];
  const rss: Record<Store, number[]> = { dir: [], s3: [] };
  let worst = 0;
  try {
    for (const size of sizes) {
      const source = path.join(work, `src-${size}`);
      makeTree(source, size * MB);
      const times: Record<`${Store}-${Op}` | FloorOp, number[]> = {
        'dir-save': [],
        's3-save': [],
        'dir-restore': [],
        's3-restore': [],
        put: [],
        get: [],
      };
      const archive = path.join(work, `archive-${size}.tar.zst`);
      await createArchive(source, archive);
      const peak: Record<Store, number> = { dir: 0, s3: 0 };
      let bytes = 0;
      for (let rep = 0; rep < reps; rep++) {
        // Alternate the stores so drift on a shared machine hits both alike.
        for (const store of rep % 2 === 0 ? (['dir', 's3'] as const) : (['s3', 'dir'] as const)) {
          const key = `go-ci-kit-v1-build-linux-amd64-go1.23.0-bench-${size}.${rep}`;
          const where = store === 'dir' ? path.join(work, 'dir-store') : s3.endpoint;
          const saved = await runChild(env, 'save', store, source, where, key);
          const target = path.join(work, `restored-${store}`);
          const restored = await runChild(env, 'restore', store, target, where, key);
          await removeTree(target);
          times[`${store}-save`].push(saved.ms);
          times[`${store}-restore`].push(restored.ms);
          peak[store] = Math.max(peak[store], saved.rssMb, restored.rssMb);
          bytes = saved.bytes;
        }
        const key = `floor-${size}.${rep}`;
        times.put.push((await runChild(env, 'floor', 'put', archive, s3.endpoint, key)).ms);
        times.get.push((await runChild(env, 'floor', 'get', path.join(work, 'floor-copy'), s3.endpoint, key)).ms);
        rmSync(path.join(work, 'floor-copy'), { force: true });
      }
      rmSync(archive, { force: true });
      const ratio = (op: Op) => median(times[`s3-${op}`]) / median(times[`dir-${op}`]);
      worst = Math.max(worst, ratio('save'), ratio('restore'));
      for (const store of ['dir', 's3'] as const) rss[store].push(peak[store]);
      const ms = (k: keyof typeof times) => `${median(times[k]).toFixed(0)} ms`;
      rows.push(
        `| ${size} MB (archive ${(bytes / MB).toFixed(0)} MB) | ${ms('dir-save')} | ${ms('s3-save')} | ${ratio('save').toFixed(2)}× | ${ms('put')} | ${ms('dir-restore')} | ${ms('s3-restore')} | ${ratio('restore').toFixed(2)}× | ${ms('get')} | ${peak.dir.toFixed(0)} MB | ${peak.s3.toFixed(0)} MB |`,
      );
      rmSync(source, { recursive: true, force: true });
    }
  } finally {
    await s3.close();
    rmSync(work, { recursive: true, force: true });
  }
  console.log(`s3 store (s3rver on loopback) vs dir store, medians of ${reps}, this machine (${os.cpus().length} cores):`);
  console.log(
    '| cache | dir save | s3 save | s3/dir | server floor: plain PutObject | dir restore | s3 restore | s3/dir | server floor: plain GetObject | dir peak RSS | s3 peak RSS |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows) console.log(r);
  const growth = rss.s3[rss.s3.length - 1]! - rss.s3[0]!;
  console.log(`worst s3/dir ratio ${worst.toFixed(2)}× (target ≤ 1.2×)`);
  console.log(
    `s3 peak RSS ${rss.s3[0]!.toFixed(0)} MB at ${sizes[0]} MB → ${rss.s3[rss.s3.length - 1]!.toFixed(0)} MB at ${sizes[sizes.length - 1]} MB: +${growth.toFixed(0)} MB for ${sizes[sizes.length - 1]! - sizes[0]!} MB more archive (flat: parts of 16 MiB, 4 in flight)`,
  );
}

const [mode, ...args] = process.argv.slice(2);
if (mode === 'child' && args[0] === 'floor') await floorChild(args[1] as FloorOp, args[2]!, args[3]!, args[4]!);
else if (mode === 'child') await child(args[0] as Op, args[1] as Store, args[2]!, args[3]!, args[4]!);
else await main();
