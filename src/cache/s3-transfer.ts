// How archive bytes move to and from an S3 store, streamed both ways so memory stays flat whatever
// the archive size (s3-backend.ts decides what to move and when).
//
// Download: the GetObject body is handed on as it arrives (restore feeds it straight into
// decompress → tar guard → tar, archive.ts), never staged on disk. A body that breaks off or ends
// short is resumed where it stopped (Range, If-Match the same ETag, so a replaced object is never
// spliced onto the old one's start), and when that fails too the stream errors: it never ends
// short, so a cut download is a failed read (the archive is kept), never a "corrupt" archive.
//
// Upload: up to SINGLE_PUT_MAX one PutObject streaming the finished archive file with its length
// (no buffer, no payload hash: the SDK signs a stream UNSIGNED-PAYLOAD); above it a multipart
// upload through @aws-sdk/lib-storage, which holds at most (QUEUE_SIZE + 2) × PART_SIZE in memory.
// The SDK never retries a request whose body is a stream (it cannot rewind it), so the single
// PUT is retried here, the file reopened each time, by the SDK's own rule: 500/502/503/504, throttling and
// network errors, exponential backoff with jitter, MAX_ATTEMPTS in all.
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import type { S3Client } from '@aws-sdk/client-s3';
import { message } from './backend.js';

/** Attempts per request (SDK standard retry: exponential backoff with jitter, throttling aware). */
export const MAX_ATTEMPTS = 5;
const MiB = 1024 * 1024;
/** AWS: "when your object size reaches 100 MB, you should consider using multipart uploads". */
export const SINGLE_PUT_MAX = 100 * MiB;
/** Parts of 8 MiB, 4 in flight: 10,000 parts (S3's limit) cover 78 GiB, past our 64 GiB extraction limit. */
export const PART_SIZE = 8 * MiB;
export const QUEUE_SIZE = 4;
/** Reads of the archive file: large enough that a stream costs few calls, small enough to stay flat. */
const READ_CHUNK = MiB;
/** A download body that breaks off is resumed this often (then the restore fails, the archive is kept). */
export const DOWNLOAD_ATTEMPTS = 3;
const CONTENT_TYPE = 'application/zstd';

type S3Lib = typeof import('@aws-sdk/client-s3');
type StorageLib = typeof import('@aws-sdk/lib-storage');
let s3Lib: Promise<S3Lib> | undefined;
let storageLib: Promise<StorageLib> | undefined;
/** The SDK is ~2 MB of bundle: loaded only when the s3 store is used, so other runs start as before. */
export const sdk = (): Promise<S3Lib> => (s3Lib ??= import('@aws-sdk/client-s3'));
const storage = (): Promise<StorageLib> => (storageLib ??= import('@aws-sdk/lib-storage'));

export interface ErrorFacts {
  name: string;
  status?: number;
  code?: string;
  attempts?: number;
}

export function facts(e: unknown): ErrorFacts {
  const err = e as { name?: string; code?: string; Code?: string; $metadata?: { httpStatusCode?: number; attempts?: number } };
  return {
    // A HEAD answer has no body: the SDK can only name it "Unknown" or "NotFound".
    name: err.name === 'Unknown' && err.$metadata?.httpStatusCode ? `HTTP ${err.$metadata.httpStatusCode}` : (err.name ?? 'Error'),
    status: err.$metadata?.httpStatusCode,
    code: err.code ?? err.Code,
    attempts: err.$metadata?.attempts,
  };
}

export const isMissingKey = (f: ErrorFacts): boolean =>
  f.name === 'NoSuchKey' || f.name === 'NotFound' || (f.status === 404 && f.name !== 'NoSuchBucket');
export const NETWORK = ['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE'];
/** The throttling error names of the SDK's own retry rule (@smithy/service-error-classification). */
const THROTTLING = [
  'BandwidthLimitExceeded',
  'EC2ThrottledException',
  'LimitExceededException',
  'PriorRequestNotComplete',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'SlowDown',
  'ThrottledException',
  'Throttling',
  'ThrottlingException',
  'TooManyRequestsException',
  'TransactionInProgressException',
];

/** What the SDK would retry: 500/502/503/504 (not 501: a feature the store lacks), 429 and throttling, timeouts, a connection that failed. */
export function retryable(e: unknown): boolean {
  const f = facts(e);
  if ([429, 500, 502, 503, 504].includes(f.status ?? 0) || THROTTLING.includes(f.name)) return true;
  if (['TimeoutError', 'RequestTimeout', 'RequestTimeoutException'].includes(f.name)) return true;
  return NETWORK.some((c) => f.code === c || message(e).includes(c));
}

/** The SDK's standard backoff: up to 100 ms × 2^attempt, full jitter, at most 20 s. */
const backoff = (attempt: number) => new Promise((r) => setTimeout(r, Math.random() * Math.min(20_000, 100 * 2 ** attempt)));

export interface ObjectRef {
  client: S3Client;
  bucket: string;
  /** The object key (s3-location.ts objectKey). */
  key: string;
}

/**
 * The object as a stream and its size; undefined when there is no such object. The stream
 * delivers exactly `bytes` bytes or fails: a body that breaks off or ends short is resumed from
 * where it stopped, DOWNLOAD_ATTEMPTS times in all.
 */
export async function openObject(ref: ObjectRef): Promise<{ stream: Readable; bytes: number } | undefined> {
  const { GetObjectCommand } = await sdk();
  const get = (range?: { from: number; etag?: string }) =>
    ref.client.send(
      new GetObjectCommand({
        Bucket: ref.bucket,
        Key: ref.key,
        ...(range ? { Range: `bytes=${range.from}-`, IfMatch: range.etag } : {}),
      }),
    );
  let first;
  try {
    first = await get();
  } catch (e) {
    if (isMissingKey(facts(e))) return undefined;
    throw e;
  }
  let body = first.Body as Readable;
  if (first.ContentLength === undefined) {
    body.destroy();
    throw new Error(`the store sent ${ref.key} without a Content-Length`);
  }
  const total = first.ContentLength;
  const etag = first.ETag;
  let got = 0;
  async function* bytes(): AsyncGenerator<Buffer> {
    for (let attempt = 1; ; attempt++) {
      let cut: unknown;
      try {
        for await (const chunk of body) {
          got += (chunk as Buffer).length;
          yield chunk as Buffer;
        }
      } catch (e) {
        cut = e;
      }
      if (got === total) return;
      const why = cut === undefined ? 'the body ended early' : message(cut);
      if (got > total || attempt >= DOWNLOAD_ATTEMPTS)
        throw new Error(`the download of ${ref.key} broke off after ${got} of ${total} bytes (${why}; ${attempt} attempts)`);
      await backoff(attempt);
      const next = await get({ from: got, etag });
      body = next.Body as Readable;
      if (etag && next.ETag && next.ETag !== etag) {
        body.destroy();
        throw new Error(`${ref.key} was replaced while it was being downloaded`);
      }
    }
  }
  const stream = Readable.from(bytes(), { objectMode: false });
  // Destroyed before or while reading (the restore failed, cleanup): release the connection.
  stream.once('close', () => body.destroy());
  return { stream, bytes: total };
}

/**
 * Parts go UNSIGNED-PAYLOAD like the single streamed PUT: otherwise the SDK SHA-256es every 8 MiB
 * part for its signature (~0.7 s of CPU per 100 MB here). S3 accepts it for every SigV4 request;
 * TLS (https) guards the bytes on their way and zstd's checksum guards the archive at restore.
 */
export function unsignedParts(client: S3Client): void {
  client.middlewareStack.add(
    (next, context) => (args) => {
      const request = args.request as { headers?: Record<string, string> } | undefined;
      if (context.commandName === 'UploadPartCommand' && request?.headers) request.headers['x-amz-content-sha256'] = 'UNSIGNED-PAYLOAD';
      return next(args);
    },
    { step: 'build', name: 'goCiKitUnsignedParts' },
  );
}

export interface PutOptions {
  /** If-None-Match: * (the key must not exist yet). */
  conditional: boolean;
}

/** Stores the finished archive file of `bytes` bytes as the object: one streamed PUT, or parts above SINGLE_PUT_MAX. */
export async function putFile(ref: ObjectRef, file: string, bytes: number, opts: PutOptions): Promise<void> {
  const params = {
    Bucket: ref.bucket,
    Key: ref.key,
    ContentType: CONTENT_TYPE,
    ContentLength: bytes,
    ...(opts.conditional ? { IfNoneMatch: '*' } : {}),
  };
  if (bytes > SINGLE_PUT_MAX) {
    const { Upload } = await storage();
    const body = createReadStream(file, { highWaterMark: READ_CHUNK });
    try {
      await new Upload({ client: ref.client, params: { ...params, Body: body }, partSize: PART_SIZE, queueSize: QUEUE_SIZE }).done();
    } finally {
      body.destroy();
    }
    return;
  }
  const { PutObjectCommand } = await sdk();
  for (let attempt = 1; ; attempt++) {
    const body = createReadStream(file, { highWaterMark: READ_CHUNK });
    try {
      await ref.client.send(new PutObjectCommand({ ...params, Body: body }));
      return;
    } catch (e) {
      if (attempt >= MAX_ATTEMPTS || !retryable(e)) {
        const err = e as { $metadata?: { attempts?: number } };
        if (err.$metadata) err.$metadata.attempts = attempt;
        throw e;
      }
    } finally {
      body.destroy();
    }
    await backoff(attempt);
  }
}
