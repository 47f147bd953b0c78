// The `s3` store: one object <s3-prefix><key>.tar.zst per key in a bucket of AWS S3 or an
// S3-compatible store (MinIO, R2, GCS interop), through the AWS SDK v3. Credentials come from the
// SDK's default chain (env, profile, web identity/OIDC, instance role), never from an input.
//
// Keys are immutable: a put carries If-None-Match: * (AWS answers 412 when the key exists, 409
// when another write of it is in flight; both mean "another leg saved it first"). A store that
// ignores the header (s3rver, older MinIO) gets check-then-put: HEAD, build, put. Two legs racing
// through that window both upload; an S3 put replaces an object whole and atomically, and both
// archives are of the same key (same Go, OS, arch, deps), so a reader gets one complete archive of
// that key either way, never a mix. A store that refuses the header (501) is asked again without it.
//
// Archives stream from and to disk (multipart parts of PART_SIZE, QUEUE_SIZE in flight): memory
// stays flat whatever the archive size. 5xx, throttling and network errors are retried by the SDK
// with exponential backoff; what still fails becomes a message, never a thrown error (backend.ts).
import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { S3Client } from '@aws-sdk/client-s3';
import { message, type CacheBackend, type RestoreResult, type SaveOutcome } from './backend.js';
import { describeLocation, keyOfObject, listPrefix, objectKey, signingRegion, storeEndpoint, type S3Location } from './s3-location.js';

/** Attempts per request (SDK standard retry: exponential backoff with jitter, throttling aware). */
export const MAX_ATTEMPTS = 5;
const PART_SIZE = 16 * 1024 * 1024;
const QUEUE_SIZE = 4;
/** A download whose body breaks off after the headers is started again this often. */
const DOWNLOAD_ATTEMPTS = 3;

type S3Lib = typeof import('@aws-sdk/client-s3');
type StorageLib = typeof import('@aws-sdk/lib-storage');
let s3Lib: Promise<S3Lib> | undefined;
let storageLib: Promise<StorageLib> | undefined;
/** The SDK is ~2 MB of bundle: loaded only when this store is used, so other runs start as before. */
const sdk = (): Promise<S3Lib> => (s3Lib ??= import('@aws-sdk/client-s3'));
const storage = (): Promise<StorageLib> => (storageLib ??= import('@aws-sdk/lib-storage'));

interface ErrorFacts {
  name: string;
  status?: number;
  code?: string;
  attempts?: number;
}

function facts(e: unknown): ErrorFacts {
  const err = e as { name?: string; code?: string; Code?: string; $metadata?: { httpStatusCode?: number; attempts?: number } };
  return {
    // A HEAD answer has no body: the SDK can only name it "Unknown" or "NotFound".
    name: err.name === 'Unknown' && err.$metadata?.httpStatusCode ? `HTTP ${err.$metadata.httpStatusCode}` : (err.name ?? 'Error'),
    status: err.$metadata?.httpStatusCode,
    code: err.code ?? err.Code,
    attempts: err.$metadata?.attempts,
  };
}

const isMissingKey = (f: ErrorFacts) => f.name === 'NoSuchKey' || f.name === 'NotFound' || (f.status === 404 && f.name !== 'NoSuchBucket');
const NETWORK = ['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE'];

export class S3Backend implements CacheBackend {
  readonly name = 's3' as const;
  private clientPromise: Promise<S3Client> | undefined;
  private readonly staged = new Map<string, Set<string>>();

  constructor(readonly location: S3Location) {}

  private client(): Promise<S3Client> {
    const endpoint = storeEndpoint(this.location);
    this.clientPromise ??= sdk().then(
      ({ S3Client }) =>
        new S3Client({
          region: signingRegion(this.location),
          ...(endpoint
            ? {
                endpoint,
                forcePathStyle: true,
                // Stores other than AWS (GCS interop, older MinIO) reject the SDK's default CRC32
                // trailers; the archive carries zstd's own checksum and a bad one is discarded.
                requestChecksumCalculation: 'WHEN_REQUIRED' as const,
                responseChecksumValidation: 'WHEN_REQUIRED' as const,
              }
            : {}),
          maxAttempts: MAX_ATTEMPTS,
          retryMode: 'standard',
          requestHandler: { connectionTimeout: 5000, socketTimeout: 120_000 },
        }),
    );
    return this.clientPromise;
  }

  /** What went wrong, in words a user can act on. */
  private explain(e: unknown): string {
    const f = facts(e);
    const where = describeLocation(this.location);
    if (f.name === 'NoSuchBucket')
      return `bucket "${this.location.bucket}" does not exist (${where}); create it or fix s3-bucket/s3-endpoint`;
    if (f.name === 'CredentialsProviderError')
      return `no AWS credentials found (${message(e)}); give the runner AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, AWS_PROFILE, or a role (OIDC, instance profile)`;
    if (f.status === 403 || ['AccessDenied', 'InvalidAccessKeyId', 'SignatureDoesNotMatch', 'ExpiredToken'].includes(f.name)) {
      return `access to ${where} denied (${f.name}); check the runner's AWS credentials and that their policy allows s3:GetObject, s3:PutObject, s3:DeleteObject and s3:ListBucket on the prefix (README, "Caches for runner fleets")`;
    }
    if (f.status === 301 || f.name === 'PermanentRedirect' || f.name === 'AuthorizationHeaderMalformed')
      return `bucket "${this.location.bucket}" is in another region than "${signingRegion(this.location) ?? '(none)'}"; set s3-region`;
    const code = NETWORK.find((c) => f.code === c || message(e).includes(c)) ?? (f.name === 'TimeoutError' ? 'timeout' : undefined);
    if (code) return `cannot reach ${storeEndpoint(this.location) || 'AWS S3'} (${code})`;
    const attempts = f.attempts && f.attempts > 1 ? ` after ${f.attempts} attempts` : '';
    if (f.status && f.status >= 500) return `the store answered ${f.status} ${f.name}${attempts}`;
    return `${f.name}${f.status ? ` (${f.status})` : ''}: ${message(e)}${attempts}`;
  }

  private stagingFile(kind: string): string {
    const dir = process.env.RUNNER_TEMP || os.tmpdir();
    const file = path.join(dir, `go-ci-kit-s3-${kind}-${randomBytes(6).toString('hex')}.tar.zst`);
    const set = this.staged.get(kind) ?? new Set<string>();
    set.add(file);
    this.staged.set(kind, set);
    return file;
  }

  /** Streams an object to a staging file; undefined when the key is not there (any more). */
  private async download(kind: string, key: string): Promise<string | undefined> {
    const { GetObjectCommand } = await sdk();
    const client = await this.client();
    for (let attempt = 1; ; attempt++) {
      const file = this.stagingFile(kind);
      let out;
      try {
        out = await client.send(new GetObjectCommand({ Bucket: this.location.bucket, Key: objectKey(this.location, key) }));
      } catch (e) {
        if (isMissingKey(facts(e))) return undefined;
        throw e;
      }
      try {
        await pipeline(out.Body as Readable, createWriteStream(file));
        const size = (await fs.stat(file)).size;
        if (out.ContentLength !== undefined && size !== out.ContentLength) {
          throw new Error(`download of ${key} ended after ${size} of ${out.ContentLength} bytes`);
        }
        return file;
      } catch (e) {
        await fs.rm(file, { force: true });
        if (attempt >= DOWNLOAD_ATTEMPTS) throw e;
        await new Promise((r) => setTimeout(r, 200 * 2 ** attempt));
      }
    }
  }

  /** The newest archive under one version-scoped prefix (ListObjectsV2, every page). */
  private async newest(keyPrefix: string): Promise<string | undefined> {
    const { ListObjectsV2Command } = await sdk();
    const client = await this.client();
    let best: { key: string; at: number } | undefined;
    let token: string | undefined;
    do {
      const page = await client.send(
        new ListObjectsV2Command({ Bucket: this.location.bucket, Prefix: listPrefix(this.location, keyPrefix), ContinuationToken: token }),
      );
      for (const o of page.Contents ?? []) {
        const key = o.Key === undefined ? undefined : keyOfObject(this.location, o.Key);
        if (!key?.startsWith(keyPrefix)) continue;
        const at = o.LastModified?.getTime() ?? 0;
        if (!best || at > best.at || (at === best.at && key > best.key)) best = { key, at };
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return best?.key;
  }

  async restore(kind: string, key: string, prefixes: readonly string[]): Promise<RestoreResult> {
    try {
      const exact = await this.download(kind, key);
      if (exact) return { matchedKey: key, archive: exact };
      for (const p of prefixes) {
        const found = await this.newest(p);
        // Gone between list and get (a lifecycle rule expired it): try the next prefix.
        const archive = found && (await this.download(kind, found));
        if (found && archive) return { matchedKey: found, archive };
      }
      return {};
    } catch (e) {
      return { problem: `S3 cache restore failed: ${this.explain(e)}` };
    }
  }

  /** True/false when the store said; throws what it said otherwise. */
  private async head(key: string): Promise<boolean> {
    const { HeadObjectCommand } = await sdk();
    try {
      await (await this.client()).send(new HeadObjectCommand({ Bucket: this.location.bucket, Key: objectKey(this.location, key) }));
      return true;
    } catch (e) {
      if (isMissingKey(facts(e))) return false;
      throw e;
    }
  }

  async exists(key: string): Promise<boolean> {
    return this.head(key).catch(() => false);
  }

  async save(kind: string, key: string, build: (file: string) => Promise<number>): Promise<SaveOutcome> {
    const file = this.stagingFile(kind);
    try {
      // Asked first: a leg that lost never compresses, and a denied or missing bucket fails before any work.
      if (await this.head(key)) return { status: 'exists' };
      const bytes = await build(file);
      return (await this.upload(key, file, true)) === 'exists' ? { status: 'exists' } : { status: 'saved', bytes };
    } catch (e) {
      return { status: 'failed', problem: `S3 cache save failed: ${this.explain(e)}` };
    } finally {
      await fs.rm(file, { force: true });
    }
  }

  private async upload(key: string, file: string, conditional: boolean): Promise<'saved' | 'exists'> {
    const { Upload } = await storage();
    const upload = new Upload({
      client: await this.client(),
      params: {
        Bucket: this.location.bucket,
        Key: objectKey(this.location, key),
        Body: createReadStream(file, { highWaterMark: 1024 * 1024 }),
        ContentType: 'application/zstd',
        ...(conditional ? { IfNoneMatch: '*' } : {}),
      },
      partSize: PART_SIZE,
      queueSize: QUEUE_SIZE,
    });
    try {
      await upload.done();
      return 'saved';
    } catch (e) {
      const f = facts(e);
      if (f.status === 412 || f.name === 'PreconditionFailed' || f.name === 'ConditionalRequestConflict') return 'exists';
      if (conditional && (f.status === 501 || f.name === 'NotImplemented')) return this.upload(key, file, false);
      throw e;
    }
  }

  async discard(key: string): Promise<void> {
    const { DeleteObjectCommand } = await sdk();
    await (await this.client()).send(new DeleteObjectCommand({ Bucket: this.location.bucket, Key: objectKey(this.location, key) }));
  }

  async cleanup(kind: string): Promise<void> {
    for (const file of this.staged.get(kind) ?? []) await fs.rm(file, { force: true });
    this.staged.delete(kind);
  }
}
