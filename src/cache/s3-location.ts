// Where the s3 store keeps archives: the s3-* inputs, checked once in the main step and handed to
// the post step as state, and the one mapping between a cache key and its object key
// (<s3-prefix><key>.tar.zst). Pure: the SDK is only loaded by s3-backend.ts when the store is used.
import { InputError } from '../errors/input-error.js';
import { archiveName, keyOfArchiveName } from './keys.js';
import type { CacheInputReader } from './step.js';

export interface S3Location {
  bucket: string;
  /** "" or a folder ending in "/". */
  prefix: string;
  /** s3-region as given ("" = AWS_REGION / AWS_DEFAULT_REGION / the SDK's config files). */
  region: string;
  /** s3-endpoint for MinIO, R2, GCS interop (path-style requests); "" = AWS_ENDPOINT_URL_S3 / AWS_ENDPOINT_URL, else AWS S3. */
  endpoint: string;
}

/** Reads the s3-* inputs; required says cache-backend is "s3", so a bucket must be given. */
export function readS3Location(inputs: CacheInputReader, required: boolean): S3Location | undefined {
  const bucket = inputs.string('s3-bucket').trim();
  if (!bucket) {
    if (!required) return undefined;
    throw new InputError(
      'input "cache-backend" is "s3" but input "s3-bucket" is empty; set s3-bucket to the bucket that holds the caches (credentials come from the AWS environment: AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, AWS_PROFILE or a role)',
    );
  }
  if (/[/\s]/.test(bucket) || bucket.startsWith('s3:')) {
    throw new InputError(
      `input "s3-bucket" is "${bucket}", which is not a bucket name; give the name alone (e.g. "ci-caches") and put a folder in s3-prefix (e.g. "go-ci-kit/")`,
    );
  }
  const rawPrefix = inputs.string('s3-prefix').trim().replace(/^\/+/, '');
  if (rawPrefix.length > 256 || /[\s\\]/.test(rawPrefix)) {
    throw new InputError(
      `input "s3-prefix" is "${rawPrefix.slice(0, 80)}"; use a folder of at most 256 characters without spaces or backslashes, e.g. "go-ci-kit/my-repo/"`,
    );
  }
  const endpoint = inputs.string('s3-endpoint').trim();
  if (endpoint && !/^https?:\/\/[^/\s]+/.test(endpoint)) {
    throw new InputError(
      `input "s3-endpoint" is "${endpoint}"; give the store's URL with its scheme, e.g. "https://minio.internal:9000" or "https://<account>.r2.cloudflarestorage.com" (leave it empty for AWS S3)`,
    );
  }
  return {
    bucket,
    prefix: rawPrefix && !rawPrefix.endsWith('/') ? `${rawPrefix}/` : rawPrefix,
    region: inputs.string('s3-region').trim(),
    endpoint: endpoint.replace(/\/+$/, ''),
  };
}

/**
 * The store's URL: the input, else the AWS SDKs' standard endpoint variables (what a GitLab
 * project sets as CI/CD variables for MinIO or R2); "" = AWS S3 itself.
 */
export function storeEndpoint(loc: S3Location, env: NodeJS.ProcessEnv = process.env): string {
  return (loc.endpoint || env.AWS_ENDPOINT_URL_S3 || env.AWS_ENDPOINT_URL || '').trim().replace(/\/+$/, '');
}

/**
 * The region the client signs for: the input, else the AWS environment; a custom endpoint with
 * none (MinIO's default) signs for us-east-1. Undefined lets the SDK read its config files.
 */
export function signingRegion(loc: S3Location, env: NodeJS.ProcessEnv = process.env): string | undefined {
  return loc.region || env.AWS_REGION || env.AWS_DEFAULT_REGION || (storeEndpoint(loc, env) ? 'us-east-1' : undefined);
}

export function objectKey(loc: S3Location, key: string): string {
  return `${loc.prefix}${archiveName(key)}`;
}

/** The ListObjectsV2 prefix for a restore prefix (keys.ts ends each at a whole segment: never crosses versions). */
export function listPrefix(loc: S3Location, keyPrefix: string): string {
  if (!keyPrefix.endsWith('-')) throw new Error(`internal: restore prefix ${JSON.stringify(keyPrefix)} does not end at a key segment`);
  return `${loc.prefix}${keyPrefix}`;
}

/** The cache key of a listed object, or undefined for anything that is not one of our archives. */
export function keyOfObject(loc: S3Location, object: string): string | undefined {
  return object.startsWith(loc.prefix) ? keyOfArchiveName(object.slice(loc.prefix.length)) : undefined;
}

/** s3://bucket/prefix, for messages. */
export function describeLocation(loc: S3Location, env: NodeJS.ProcessEnv = process.env): string {
  const endpoint = storeEndpoint(loc, env);
  return `s3://${loc.bucket}/${loc.prefix}${endpoint ? ` at ${endpoint}` : ''}`;
}
