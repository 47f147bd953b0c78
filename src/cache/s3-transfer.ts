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
// upload whose parts stream from ranges of the file (putParts), so no part is held in memory.
// The SDK never retries a request whose body is a stream (it cannot rewind it), so each PUT and
// each part is retried here, the file reopened each time, by the SDK's own rule: 500/502/503/504, throttling and
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
let s3Lib: Promise<S3Lib> | undefined;
/** The SDK is ~2 MB of bundle: loaded only when the s3 store is used, so other runs start as before. */
export const sdk = (): Promise<S3Lib> => (s3Lib ??= import('@aws-sdk/client-s3'));

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
  // A body is read only once the restore pulls on the stream, across awaits: one that breaks
  // before then must not emit an 'error' nobody listens to (an uncaught exception fails the step).
  // The loop below still sees it: iterating an errored stream throws its error.
  const quiet = (b: Readable): Readable => b.on('error', () => undefined);
  let body = quiet(first.Body as Readable);
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
      body = quiet(next.Body as Readable);
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
type PutParams = { Bucket: string; Key: string; ContentType: string; ContentLength: number; IfNoneMatch?: string };

export async function putFile(ref: ObjectRef, file: string, bytes: number, opts: PutOptions): Promise<void> {
  const params: PutParams = {
    Bucket: ref.bucket,
    Key: ref.key,
    ContentType: CONTENT_TYPE,
    ContentLength: bytes,
    ...(opts.conditional ? { IfNoneMatch: '*' } : {}),
  };
  if (bytes > SINGLE_PUT_MAX) return putParts(ref, file, bytes, params);
  const { PutObjectCommand } = await sdk();
  await sendFileRange(file, 0, bytes, (Body) => ref.client.send(new PutObjectCommand({ ...params, Body })));
}

/**
 * Sends bytes [start, start + length) of file as a request body, retried by the SDK's rule (it
 * never retries a stream body itself): the range is reopened for each attempt.
 */
async function sendFileRange<T>(file: string, start: number, length: number, send: (body: Readable) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const body = createReadStream(file, { start, end: start + length - 1, highWaterMark: READ_CHUNK });
    try {
      return await send(body);
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

/**
 * A multipart upload whose parts stream from ranges of the archive file, QUEUE_SIZE at a time.
 * @aws-sdk/lib-storage's Upload would read the file as one stream and copy each part into a
 * buffer (it must, for a stream of unknown length): (QUEUE_SIZE + 2) × PART_SIZE of memory that
 * grows the runner's peak RSS with the switch to parts. The archive is a finished file of known
 * size, so no part is ever held in memory. If-None-Match goes on the completion, where S3 checks
 * it; any failure aborts the upload so no parts are left billed in the bucket.
 */
async function putParts(ref: ObjectRef, file: string, bytes: number, params: PutParams): Promise<void> {
  const { CreateMultipartUploadCommand, UploadPartCommand, CompleteMultipartUploadCommand, AbortMultipartUploadCommand } = await sdk();
  const { IfNoneMatch } = params;
  const { UploadId } = await ref.client.send(
    new CreateMultipartUploadCommand({ Bucket: params.Bucket, Key: params.Key, ContentType: params.ContentType }),
  );
  if (!UploadId) throw new Error(`the store started no multipart upload for ${ref.key}`);
  const count = Math.ceil(bytes / PART_SIZE);
  const etags: string[] = [];
  let next = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    while (!failed && next < count) {
      const index = next++;
      const start = index * PART_SIZE;
      const length = Math.min(PART_SIZE, bytes - start);
      try {
        const out = await sendFileRange(file, start, length, (Body) =>
          ref.client.send(
            new UploadPartCommand({ Bucket: ref.bucket, Key: ref.key, UploadId, PartNumber: index + 1, Body, ContentLength: length }),
          ),
        );
        if (!out.ETag) throw new Error(`the store gave no ETag for part ${index + 1} of ${ref.key}`);
        etags[index] = out.ETag;
      } catch (e) {
        failed = true;
        throw e;
      }
    }
  };
  try {
    const done = await Promise.allSettled(Array.from({ length: Math.min(QUEUE_SIZE, count) }, worker));
    const broke = done.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (broke) throw broke.reason;
    await ref.client.send(
      new CompleteMultipartUploadCommand({
        Bucket: ref.bucket,
        Key: ref.key,
        UploadId,
        MultipartUpload: { Parts: etags.map((ETag, i) => ({ ETag, PartNumber: i + 1 })) },
        ...(IfNoneMatch ? { IfNoneMatch } : {}),
      }),
    );
  } catch (e) {
    await ref.client.send(new AbortMultipartUploadCommand({ Bucket: ref.bucket, Key: ref.key, UploadId })).catch(() => undefined);
    throw e;
  }
}
