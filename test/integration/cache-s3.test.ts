// The s3 store against a real S3 protocol server (s3rver on loopback): real Go 1.19 and 1.23
// legs restoring and saving through restoreCaches/saveCaches, a > 100 MB multipart archive, two
// legs racing for one key (with and without AWS-style conditional writes), and the store's
// failures — bad credentials (403), a missing bucket (404), 500/503 with retries, an endpoint
// that is down — each a warning with the job going on.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  promises as fs,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import type { GoLeg } from '../../src/go/leg.js';
import { S3Backend } from '../../src/cache/s3-backend.js';
import type { S3Location } from '../../src/cache/s3-location.js';
import { ArchiveError, createArchive, restoreArchiveAs, type ArchiveSource } from '../../src/cache/archive.js';
import { copyApp, goBuild, goModDownload, localProxy, makeLeg, seedGoCache, upgradeDependency, useSeed } from '../helpers/cache-leg.js';
import { CacheJob } from '../helpers/cache-job.js';
import type { TestedMinor } from '../helpers/go.js';
import { awsEnv, BUCKET, deadEndpoint, startS3Proxy, startS3Server, type S3Server } from '../helpers/s3-server.js';

const minors = ['1.19', '1.23'] as const;
let proxy: string;
let s3: S3Server;
const seeds = new Map<TestedMinor, string>();
const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'gck-cache-s3-'));

before(async () => {
  // The store's credentials: the AWS environment, as on a runner (never the instance metadata service).
  Object.assign(process.env, awsEnv());
  s3 = await startS3Server();
  proxy = await localProxy();
  for (const m of minors) seeds.set(m, await seedGoCache(m));
});
after(() => s3.close());

async function freshLeg(minor: TestedMinor): Promise<GoLeg> {
  const root = tmp();
  return makeLeg(minor, root, copyApp(root));
}

const inputs = (extra: Record<string, string> = {}) => ({
  'cache-backend': 's3',
  's3-bucket': BUCKET,
  's3-endpoint': s3.endpoint,
  's3-prefix': 'team-a',
  ...extra,
});

async function stored(prefix = 'team-a/'): Promise<string[]> {
  const page = await s3.client.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: prefix }));
  return (page.Contents ?? []).map((o) => o.Key!).sort();
}

const restoredKeys = (lines: string[]) => lines.map((l) => /^Restored \w+ cache (\S+)/.exec(l)?.[1]).filter((k): k is string => Boolean(k));
const all = (job: { rt: { lines: { message: string }[] } }) => job.rt.lines.map((l) => l.message).join('\n');

test('two legs save and restore in turn through s3 with zero cross-version restores; a changed go.sum prefix-hits its own version only', async () => {
  for (const minor of minors) {
    const leg = await freshLeg(minor);
    const job = new CacheJob(leg, inputs());
    const main = await job.main();
    assert.equal(main.outputs['cache-hit'], 'false');
    assert.deepEqual(main.rt.of('warning'), []);
    useSeed(leg, seeds.get(minor)!);
    await goBuild(leg, leg.workingDirectory, proxy);
    const post = await job.post();
    assert.deepEqual(post.rt.of('warning'), [], all(post));
    assert.equal(post.rt.of('info').filter((l) => l.startsWith('Saved ')).length, 2, all(post));
  }
  const objects = await stored();
  assert.equal(objects.length, 4, objects.join(', '));
  for (const o of objects) assert.match(o, /^team-a\/go-ci-kit-v1-(mod|build)-linux-\w+-go1\.(19|23)\.\d+-\S+\.tar\.zst$/);

  for (const minor of minors) {
    const leg = await freshLeg(minor);
    const job = new CacheJob(leg, inputs());
    const main = await job.main();
    assert.equal(main.outputs['cache-hit'], 'true', all(main));
    const keys = restoredKeys(main.rt.of('info'));
    assert.equal(keys.length, 2);
    for (const k of keys) assert.ok(k.includes(`-go${leg.version}-`), `leg ${leg.version} restored ${k}`);
    assert.ok(existsSync(path.join(leg.gomodcache, 'example.com', 'greeting@v1.0.0', 'greeting.go')));
  }

  // Another module (other go.sum): modules miss, build restores by prefix from the same Go only.
  for (const minor of minors) {
    const leg = await freshLeg(minor);
    const scratch = await makeLeg(minor, tmp(), leg.workingDirectory);
    await upgradeDependency(scratch, leg.workingDirectory, proxy);
    const job = new CacheJob(leg, inputs());
    const main = await job.main();
    assert.equal(main.outputs['modules-cache-hit'], 'false');
    const keys = restoredKeys(main.rt.of('info'));
    assert.equal(keys.length, 1, all(main));
    assert.match(keys[0]!, new RegExp(`^go-ci-kit-v1-build-linux-\\w+-go${leg.version.replace(/\./g, '\\.')}-`));
    assert.match(main.rt.of('info').join('\n'), /Restored build cache \S+ \(prefix-hit\)/);
  }

  // A prefix of its own sees nothing of team-a.
  const other = await new CacheJob(await freshLeg('1.23'), inputs({ 's3-prefix': 'team-b/' })).main();
  assert.equal(restoredKeys(other.rt.of('info')).length, 0);
  assert.deepEqual(other.rt.of('warning'), []);
});

async function raceOnce(endpoint: string, prefix: string): Promise<string[]> {
  const legs = await Promise.all([freshLeg('1.23'), freshLeg('1.23')]);
  const jobs = legs.map((leg) => new CacheJob(leg, inputs({ 's3-endpoint': endpoint, 's3-prefix': prefix, 'cache-build': 'false' })));
  for (const job of jobs) await job.main();
  for (const leg of legs) await goModDownload(leg, leg.workingDirectory, proxy);
  const posts = await Promise.all(jobs.map((j) => j.post()));
  for (const p of posts) assert.deepEqual(p.rt.of('warning'), [], all(p));
  return posts.map((p) => p.rt.of('info').find((l) => /Saved modules cache|already exists/.test(l)) ?? all(p));
}

test('two legs racing to save one key: one entry, whole and restorable, with and without conditional writes', async () => {
  // s3rver ignores If-None-Match: check-then-put; both may upload, one whole archive stays.
  const plain = await raceOnce(s3.endpoint, 'race-plain/');
  assert.ok(
    plain.some((l) => l.startsWith('Saved modules cache')),
    plain.join('\n'),
  );
  // AWS S3 answers 412 to the second conditional write (the proxy answers as AWS documents it).
  const aws = await startS3Proxy(s3.endpoint, { conditional: true });
  try {
    const lines = await raceOnce(aws.endpoint, 'race-aws/');
    assert.equal(lines.filter((l) => l.startsWith('Saved modules cache')).length, 1, lines.join('\n'));
    assert.equal(lines.filter((l) => /already exists/.test(l)).length, 1, lines.join('\n'));
  } finally {
    await aws.close();
  }
  for (const prefix of ['race-plain/', 'race-aws/']) {
    assert.equal((await stored(prefix)).length, 1);
    const leg = await freshLeg('1.23');
    const main = await new CacheJob(leg, inputs({ 's3-prefix': prefix, 'cache-build': 'false' })).main();
    assert.equal(main.outputs['modules-cache-hit'], 'true', all(main));
  }
});

const location = (endpoint: string, extra: Partial<S3Location> = {}): S3Location => ({
  bucket: BUCKET,
  prefix: 'direct/',
  region: '',
  endpoint,
  ...extra,
});

async function sha256(source: string | Readable): Promise<string> {
  const h = createHash('sha256');
  await pipeline(typeof source === 'string' ? createReadStream(source) : source, h);
  return h.digest('hex');
}

/** The restore's archive as the stream it is (never a staged file). */
function streamOf(archive: ArchiveSource | undefined): { stream: Readable; bytes: number } {
  assert.ok(archive && typeof archive !== 'string', `the archive is streamed, not staged: ${typeof archive}`);
  return archive;
}

/** A build callback writing size random bytes (stands in for zstd's output, which is incompressible too). */
const randomArchive = (size: number) => async (file: string) => {
  await pipeline(
    Readable.from(
      (function* () {
        for (let left = size; left > 0; left -= 1 << 20) yield randomBytes(Math.min(left, 1 << 20));
      })(),
    ),
    createWriteStream(file),
  );
  return size;
};

test('a 120 MB archive is uploaded in parts and restored byte for byte', async () => {
  const counting = await startS3Proxy(s3.endpoint);
  try {
    const backend = new S3Backend(location(counting.endpoint));
    const key = 'go-ci-kit-v1-build-linux-amd64-go1.23.0-big-run1';
    // A part that keeps failing: the upload is aborted (no parts left in the bucket; s3rver answers
    // the abort 405, it lacks AbortMultipartUpload), nothing is stored.
    counting.faults.push({ method: 'PUT', match: 'partNumber=3&', status: 500, times: 100 });
    const broken = await backend.save('build', `${key}-broken`, randomArchive(110 * 1024 * 1024));
    assert.equal(broken.status, 'failed', JSON.stringify(broken));
    assert.ok(
      counting.log.some((l) => /^DELETE \S+uploadId=\S+AbortMultipartUpload → /.test(l)),
      `the multipart upload is aborted:\n${counting.log.join('\n')}`,
    );
    assert.equal((await backend.restore('build', `${key}-broken`, [])).matchedKey, undefined);
    counting.faults.length = 0;
    counting.log.length = 0;
    // One part answered 503 twice is sent again from its file range.
    counting.faults.push({ method: 'PUT', match: 'partNumber=2&', status: 503, times: 2 });
    let source = '';
    const outcome = await backend.save('build', key, async (file) => {
      const n = await randomArchive(120 * 1024 * 1024)(file);
      source = await sha256(file);
      return n;
    });
    assert.deepEqual(outcome, { status: 'saved', bytes: 120 * 1024 * 1024 });
    const parts = counting.log.filter((l) => /^PUT \S+partNumber=\d+/.test(l));
    assert.ok(parts.length >= 8, counting.log.join('\n'));
    assert.equal(counting.log.filter((l) => /partNumber=2&\S* → 503 \(injected\)/.test(l)).length, 2, counting.log.join('\n'));
    assert.ok(
      counting.log.some((l) => /^POST \S+uploadId=\S+ → 200/.test(l)),
      'multipart upload completed',
    );
    const restored = await backend.restore('build', key, []);
    assert.equal(restored.matchedKey, key);
    const { stream, bytes } = streamOf(restored.archive);
    assert.equal(bytes, 120 * 1024 * 1024);
    assert.equal(await sha256(stream), source);
    await backend.cleanup('build');
  } finally {
    await counting.close();
  }
});

test('a download cut off mid-way is resumed where it stopped; one that keeps breaking off is refused cleanly and the archive is kept', async () => {
  const cutting = await startS3Proxy(s3.endpoint);
  const root = tmp();
  try {
    const backend = new S3Backend(location(cutting.endpoint, { prefix: 'cut/' }));
    const key = 'go-ci-kit-v1-build-linux-amd64-go1.23.0-cut-run1';
    const source = path.join(root, 'source');
    for (let i = 0; i < 6; i++) {
      mkdirSync(path.join(source, `d${i}`), { recursive: true });
      writeFileSync(path.join(source, `d${i}`, 'f'), randomBytes(1024 * 1024));
    }
    const saved = await backend.save('build', key, (file) => createArchive(source, file, { key }));
    assert.equal(saved.status, 'saved', JSON.stringify(saved));
    const target = path.join(root, 'gocache');
    mkdirSync(target);
    writeFileSync(path.join(target, 'before'), 'kept');

    // Cut once after 1 MiB: the rest comes with Range: bytes=1048576-, the tree arrives whole.
    cutting.cuts.push({ match: 'cut-run1', after: 1024 * 1024, times: 1 });
    const once = await backend.restore('build', key, []);
    await restoreArchiveAs(once.archive!, target, { expectKey: key });
    await backend.cleanup('build');
    for (let i = 0; i < 6; i++)
      assert.deepEqual(readFileSync(path.join(target, `d${i}`, 'f')), readFileSync(path.join(source, `d${i}`, 'f')));
    assert.ok(
      cutting.log.some((l) => /^GET \S+cut-run1\S* \(bytes=1048576-\) → 206$/.test(l)),
      cutting.log.join('\n'),
    );

    // Cut on every attempt: the restore fails as this runner's problem (the archive is not bad),
    // the target keeps what it had, nothing half-extracted is left beside it.
    writeFileSync(path.join(target, 'before'), 'kept');
    cutting.cuts.push({ match: 'cut-run1', after: 512 * 1024, times: 3 });
    const broken = await backend.restore('build', key, []);
    const failed = await restoreArchiveAs(broken.archive!, target, { expectKey: key }).then(
      () => undefined,
      (e: unknown) => e,
    );
    await backend.cleanup('build');
    assert.ok(failed instanceof ArchiveError, String(failed));
    assert.equal(failed.problem, 'local', failed.message);
    assert.match(failed.message, /reading the input failed: the download of cut\/\S+ broke off after \d+ of \d+ bytes .*3 attempts\)/);
    assert.equal(readFileSync(path.join(target, 'before'), 'utf8'), 'kept');
    assert.deepEqual(
      readdirSync(root).filter((n) => n !== 'source' && n !== 'gocache'),
      [],
      'no restore sibling left',
    );
    assert.ok(await backend.exists(key), 'the stored archive is kept');

    // A whole download of a bad archive (zstd's magic, then garbage) is the archive's fault: corrupt.
    const bad = 'go-ci-kit-v1-build-linux-amd64-go1.23.0-cut-bad';
    const garbage = Buffer.concat([Buffer.from([0x28, 0xb5, 0x2f, 0xfd]), randomBytes(256 * 1024)]);
    const writeGarbage = (file: string) => fs.writeFile(file, garbage).then(() => garbage.length);
    assert.equal((await backend.save('build', bad, writeGarbage)).status, 'saved');
    const corrupt = await restoreArchiveAs((await backend.restore('build', bad, [])).archive!, target, { expectKey: bad }).then(
      () => undefined,
      (e: unknown) => e,
    );
    await backend.cleanup('build');
    assert.ok(corrupt instanceof ArchiveError && corrupt.problem === 'corrupt', String(corrupt));
    assert.equal(readFileSync(path.join(target, 'before'), 'utf8'), 'kept');
  } finally {
    await cutting.close();
    rmSync(root, { recursive: true, force: true });
  }
});

test('a store that refuses conditional writes (501) is asked again without If-None-Match', async () => {
  const plain = await startS3Proxy(s3.endpoint, { refuseConditional: true });
  try {
    const backend = new S3Backend(location(plain.endpoint, { prefix: 'no-conditional/' }));
    const key = 'go-ci-kit-v1-mod-linux-amd64-go1.23.0-nocond';
    assert.deepEqual(await backend.save('modules', key, randomArchive(1024 * 1024)), { status: 'saved', bytes: 1024 * 1024 });
    assert.ok(
      plain.log.some((l) => /^PUT \S+nocond\.tar\.zst\S* → 501 \(conditional refused\)$/.test(l)),
      plain.log.join('\n'),
    );
    assert.ok(
      plain.log.some((l) => /^PUT \S+nocond\.tar\.zst\S* → 200$/.test(l)),
      plain.log.join('\n'),
    );
    assert.equal((await backend.restore('modules', key, [])).matchedKey, key);
    await backend.cleanup('modules');
  } finally {
    await plain.close();
  }
});

test('500 and 503 (SlowDown) answers are retried with backoff; restore and save succeed', async () => {
  const flaky = await startS3Proxy(s3.endpoint);
  try {
    const backend = new S3Backend(location(flaky.endpoint, { prefix: 'flaky/' }));
    const key = 'go-ci-kit-v1-mod-linux-amd64-go1.23.0-abc';
    flaky.faults.push({ method: 'PUT', status: 503, times: 2 }, { method: 'HEAD', status: 500, times: 1 });
    const saved = await backend.save('modules', key, randomArchive(3 * 1024 * 1024));
    assert.equal(saved.status, 'saved', JSON.stringify(saved));
    flaky.faults.push({ method: 'GET', status: 500, times: 2 }, { method: 'GET', match: 'list-type=2', status: 503, times: 1 });
    const restored = await backend.restore('modules', `${key}x`, ['go-ci-kit-v1-mod-linux-amd64-go1.23.0-']);
    assert.equal(restored.problem, undefined);
    assert.equal(restored.matchedKey, key);
    assert.equal(flaky.log.filter((l) => l.endsWith('(injected)')).length, 6, flaky.log.join('\n'));
    await backend.cleanup('modules');
    // A store that keeps failing: a message after the SDK's attempts, nothing thrown.
    flaky.faults.push({ status: 500, times: 100 });
    const failed = await backend.restore('modules', key, []);
    assert.match(failed.problem ?? '', /^S3 cache restore failed: the store answered 500 InternalError after 5 attempts$/);
    const notSaved = await backend.save('modules', `${key}2`, randomArchive(1024));
    assert.equal(notSaved.status, 'failed');
  } finally {
    await flaky.close();
  }
});

test('bad credentials, a missing bucket and an endpoint that is down warn; the job stays green and saves nothing', async () => {
  const down = await deadEndpoint();
  const [old, fresh, denied] = await Promise.all([freshLeg('1.19'), freshLeg('1.23'), freshLeg('1.23')]);
  const cases: [GoLeg, Record<string, string>, RegExp, NodeJS.ProcessEnv?][] = [
    [
      old,
      inputs({ 's3-bucket': 'no-such-bucket' }),
      /bucket "no-such-bucket" does not exist \(s3:\/\/no-such-bucket\/team-a\/ at http:\/\/127\.0\.0\.1:\d+\)/,
    ],
    [fresh, inputs({ 's3-endpoint': down }), /cannot reach http:\/\/127\.0\.0\.1:\d+ \(ECONNREFUSED\)/],
    [
      denied,
      inputs({ 's3-prefix': 'denied/' }),
      /access to s3:\/\/gck-cache\/denied\/ at \S+ denied \((InvalidAccessKeyId|HTTP 403)\); check the runner's AWS credentials/,
      awsEnv({ accessKeyId: 'WRONG', secretAccessKey: 'WRONG' }),
    ],
  ];
  for (const [leg, given, expected, env] of cases) {
    const saved = { ...process.env };
    if (env) Object.assign(process.env, env);
    try {
      const started = Date.now();
      const job = new CacheJob(leg, given);
      const main = await job.main();
      const w = main.rt.of('warning');
      assert.equal(w.length, 2, all(main));
      for (const line of w) assert.match(line, expected);
      for (const line of w) assert.match(line, /^(modules|build) cache not restored: S3 cache restore failed: .*; continuing without it$/);
      useSeed(leg, seeds.get(leg.version.startsWith('1.19') ? '1.19' : '1.23')!);
      await goBuild(leg, leg.workingDirectory, proxy);
      const post = await job.post();
      const pw = post.rt.of('warning');
      assert.equal(pw.length, 2, all(post));
      for (const line of pw) assert.match(line, /^(modules|build) cache not saved: S3 cache save failed: /);
      for (const line of pw) assert.match(line, expected);
      assert.ok(Date.now() - started < 60_000, 'failures are quick');
    } finally {
      for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
      Object.assign(process.env, saved);
    }
  }
  assert.deepEqual(await stored('denied/'), []);
});
