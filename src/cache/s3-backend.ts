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
// Archives stream both ways (s3-transfer.ts): a restore reads the object's body straight into the
// extraction, a save streams the finished archive file; memory stays flat whatever their size. 5xx,
// throttling and network errors are retried with exponential backoff; what still fails becomes a
// message, never a thrown error (backend.ts).
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Readable } from 'node:stream';
import type { S3Client } from '@aws-sdk/client-s3';
import { message, type CacheBackend, type RestoreResult, type SaveOutcome } from './backend.js';
import { describeLocation, keyOfObject, listPrefix, objectKey, signingRegion, storeEndpoint, type S3Location } from './s3-location.js';
import { facts, isMissingKey, MAX_ATTEMPTS, NETWORK, openObject, putFile, sdk, unsignedParts, type ObjectRef } from './s3-transfer.js';

export { MAX_ATTEMPTS };

/** The SDK's logger, quiet: it would print a warning of its own to the console for each failed streamed PUT that we retry. */
const QUIET = { trace() {}, debug() {}, info() {}, warn() {}, error() {} };

export class S3Backend implements CacheBackend {
  readonly name = 's3' as const;
  private clientPromise: Promise<S3Client> | undefined;
  /** Per kind: staging files of saves and downloads not yet read to the end, removed or closed by cleanup. */
  private readonly staged = new Map<string, Set<string>>();
  private readonly open = new Map<string, Set<Readable>>();

  constructor(readonly location: S3Location) {}

  private client(): Promise<S3Client> {
    const endpoint = storeEndpoint(this.location);
    this.clientPromise ??= sdk().then(({ S3Client }) => {
      const client = new S3Client({
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
        logger: QUIET,
      });
      unsignedParts(client);
      return client;
    });
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

  private async ref(key: string): Promise<ObjectRef> {
    return { client: await this.client(), bucket: this.location.bucket, key: objectKey(this.location, key) };
  }

  /** The archive of key as a stream (read once, by the restore); undefined when the key is not there (any more). */
  private async download(kind: string, key: string): Promise<{ stream: Readable; bytes: number } | undefined> {
    const found = await openObject(await this.ref(key));
    if (!found) return undefined;
    const set = this.open.get(kind) ?? new Set<Readable>();
    set.add(found.stream);
    this.open.set(kind, set);
    found.stream.once('close', () => set.delete(found.stream));
    return found;
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
      return (await this.upload(key, file, bytes, true)) === 'exists' ? { status: 'exists' } : { status: 'saved', bytes };
    } catch (e) {
      return { status: 'failed', problem: `S3 cache save failed: ${this.explain(e)}` };
    } finally {
      await fs.rm(file, { force: true });
    }
  }

  private async upload(key: string, file: string, bytes: number, conditional: boolean): Promise<'saved' | 'exists'> {
    try {
      await putFile(await this.ref(key), file, bytes, { conditional });
      return 'saved';
    } catch (e) {
      const f = facts(e);
      if (f.status === 412 || f.name === 'PreconditionFailed' || f.name === 'ConditionalRequestConflict') return 'exists';
      if (conditional && (f.status === 501 || f.name === 'NotImplemented')) return this.upload(key, file, bytes, false);
      throw e;
    }
  }

  async discard(key: string): Promise<void> {
    const { DeleteObjectCommand } = await sdk();
    await (await this.client()).send(new DeleteObjectCommand({ Bucket: this.location.bucket, Key: objectKey(this.location, key) }));
  }

  async cleanup(kind: string): Promise<void> {
    for (const stream of this.open.get(kind) ?? []) stream.destroy();
    this.open.delete(kind);
    for (const file of this.staged.get(kind) ?? []) await fs.rm(file, { force: true });
    this.staged.delete(kind);
  }
}
