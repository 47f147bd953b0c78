import { test } from 'node:test';
import assert from 'node:assert/strict';
import { facts, isMissingKey, PART_SIZE, QUEUE_SIZE, retryable, SINGLE_PUT_MAX } from '../../src/cache/s3-transfer.js';

/** An error as the SDK throws it: a name, and the HTTP status in $metadata. */
const sdkError = (name: string, status?: number, extra: Record<string, unknown> = {}) =>
  Object.assign(new Error(`${name} said so`), { name, $metadata: status === undefined ? {} : { httpStatusCode: status }, ...extra });

test('a streamed PUT is retried on what the SDK retries: 500/502/503/504 (not 501), 429 and throttling, timeouts, a connection that failed', () => {
  const cases: [unknown, boolean][] = [
    [sdkError('InternalError', 500), true],
    [sdkError('ServiceUnavailable', 503), true],
    [sdkError('SlowDown', 503), true],
    [sdkError('TooManyRequestsException', 429), true],
    [sdkError('Throttling', 400), true],
    [sdkError('RequestTimeout', 400), true],
    [sdkError('TimeoutError'), true],
    [Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' }), true],
    [new Error('socket hang up: read ECONNRESET'), true],
    [sdkError('AccessDenied', 403), false],
    [sdkError('NoSuchBucket', 404), false],
    [sdkError('PreconditionFailed', 412), false],
    [sdkError('NotImplemented', 501), false],
    [sdkError('EntityTooLarge', 400), false],
  ];
  for (const [e, expected] of cases) assert.equal(retryable(e), expected, (e as Error).name);
});

test('error facts: a HEAD answer without a body is named by its status; 404 is a missing key unless the bucket is missing', () => {
  assert.deepEqual(facts(sdkError('Unknown', 403)), { name: 'HTTP 403', status: 403, code: undefined, attempts: undefined });
  assert.equal(isMissingKey(facts(sdkError('NotFound', 404))), true);
  assert.equal(isMissingKey(facts(sdkError('NoSuchKey', 404))), true);
  assert.equal(isMissingKey(facts(sdkError('NoSuchBucket', 404))), false);
  assert.equal(isMissingKey(facts(sdkError('AccessDenied', 403))), false);
});

test('multipart stays within S3 limits and memory stays bounded: parts of 5 MiB..5 GiB, 10,000 parts cover a 64 GiB cache', () => {
  assert.ok(PART_SIZE >= 5 * 1024 ** 2 && PART_SIZE <= 5 * 1024 ** 3);
  assert.ok(PART_SIZE * 10_000 >= 64 * 1024 ** 3);
  // Parts stream from file ranges; at most QUEUE_SIZE requests are open at once.
  assert.ok(QUEUE_SIZE * PART_SIZE <= 64 * 1024 ** 2);
  assert.ok(SINGLE_PUT_MAX <= 5 * 1024 ** 3, 'a single PUT is at most 5 GiB');
});
