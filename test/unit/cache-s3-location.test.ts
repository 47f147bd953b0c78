import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cacheInputs } from '../../src/actions/setup-go-matrix/cache-inputs.js';
import { Inputs } from '../../src/ci/inputs.js';
import { buildKeys, modulesKeys } from '../../src/cache/keys.js';
import {
  keyOfObject,
  listPrefix,
  objectKey,
  readS3Location,
  signingRegion,
  storeEndpoint,
  type S3Location,
} from '../../src/cache/s3-location.js';
import { InputError } from '../../src/errors/input-error.js';

const read = (given: Record<string, string>, required = true) =>
  readS3Location(new Inputs({ rawInput: (n) => given[n] ?? '' }, cacheInputs), required);

test('s3 inputs: prefix becomes a folder, endpoint loses its trailing slash; no bucket is no s3 unless cache-backend is s3', () => {
  assert.deepEqual(read({ 's3-bucket': 'ci-caches', 's3-prefix': '/go-ci-kit/repo', 's3-endpoint': 'http://127.0.0.1:9000/' }), {
    bucket: 'ci-caches',
    prefix: 'go-ci-kit/repo/',
    region: '',
    endpoint: 'http://127.0.0.1:9000',
  });
  assert.equal(read({ 's3-bucket': 'b3k', 's3-prefix': 'x/' })!.prefix, 'x/');
  assert.equal(read({ 's3-bucket': 'b3k' })!.prefix, '');
  assert.equal(read({}, false), undefined);
});

test('s3 inputs: bad values name the input, the value and what to give instead', () => {
  const rows: [Record<string, string>, RegExp][] = [
    [{}, /^input "cache-backend" is "s3" but input "s3-bucket" is empty; set s3-bucket/],
    [
      { 's3-bucket': 'ci-caches/go' },
      /^input "s3-bucket" is "ci-caches\/go", which is not a bucket name; give the name alone .* s3-prefix/,
    ],
    [{ 's3-bucket': 's3://ci-caches' }, /^input "s3-bucket" is "s3:\/\/ci-caches", which is not a bucket name/],
    [{ 's3-bucket': 'b3k', 's3-endpoint': 'minio:9000' }, /^input "s3-endpoint" is "minio:9000"; give the store's URL with its scheme/],
    [{ 's3-bucket': 'b3k', 's3-prefix': 'a b' }, /^input "s3-prefix" is "a b"; use a folder/],
  ];
  for (const [given, expected] of rows)
    assert.throws(
      () => read(given),
      (e: unknown) => e instanceof InputError && expected.test(e.message),
    );
});

test('s3 object keys: <prefix><key>.tar.zst both ways; listing never starts off a segment boundary', () => {
  const loc: S3Location = { bucket: 'b3k', prefix: 'team/', region: '', endpoint: '' };
  const facts = { goos: 'linux', goarch: 'amd64', goVersion: '1.23.5', depsHash: 'abc', runUnique: '1.1.ff' };
  const mod = modulesKeys(facts);
  assert.equal(objectKey(loc, mod.key), 'team/go-ci-kit-v1-mod-linux-amd64-go1.23.5-abc.tar.zst');
  assert.equal(keyOfObject(loc, objectKey(loc, mod.key)), mod.key);
  for (const other of ['other/go-ci-kit-v1-mod-x.tar.zst', 'team/go-ci-kit-v1-mod-x.tar.zst.part', 'team/sub/dir.tar.zst', 'team/.tar.zst'])
    assert.equal(keyOfObject(loc, other), undefined, other);
  const build = buildKeys(facts);
  assert.deepEqual(
    build.restorePrefixes.map((p) => listPrefix(loc, p)),
    ['team/go-ci-kit-v1-build-linux-amd64-go1.23.5-abc-', 'team/go-ci-kit-v1-build-linux-amd64-go1.23.5-'],
  );
  // go1.2 must never list go1.23's archives: prefixes end at a whole segment.
  assert.throws(() => listPrefix(loc, 'go-ci-kit-v1-build-linux-amd64-go1.2'), /does not end at a key segment/);
});

test('s3 signing region: input, then AWS_REGION / AWS_DEFAULT_REGION, then us-east-1 for a custom endpoint', () => {
  const loc: S3Location = { bucket: 'b3k', prefix: '', region: '', endpoint: '' };
  assert.equal(signingRegion({ ...loc, region: 'eu-west-1' }, { AWS_REGION: 'us-west-2' }), 'eu-west-1');
  assert.equal(signingRegion(loc, { AWS_REGION: 'us-west-2', AWS_DEFAULT_REGION: 'ap-south-1' }), 'us-west-2');
  assert.equal(signingRegion(loc, { AWS_DEFAULT_REGION: 'ap-south-1' }), 'ap-south-1');
  assert.equal(signingRegion({ ...loc, endpoint: 'http://127.0.0.1:9000' }, {}), 'us-east-1');
  assert.equal(signingRegion(loc, {}), undefined);
  assert.equal(signingRegion(loc, { AWS_ENDPOINT_URL_S3: 'http://127.0.0.1:9000' }), 'us-east-1');
});

test('s3 endpoint: the input, else AWS_ENDPOINT_URL_S3, else AWS_ENDPOINT_URL, else AWS S3 itself', () => {
  const loc: S3Location = { bucket: 'b3k', prefix: '', region: '', endpoint: '' };
  const env = { AWS_ENDPOINT_URL_S3: 'https://minio.internal:9000/', AWS_ENDPOINT_URL: 'https://other' };
  assert.equal(storeEndpoint({ ...loc, endpoint: 'https://r2.example' }, env), 'https://r2.example');
  assert.equal(storeEndpoint(loc, env), 'https://minio.internal:9000');
  assert.equal(storeEndpoint(loc, { AWS_ENDPOINT_URL: 'https://other' }), 'https://other');
  assert.equal(storeEndpoint(loc, {}), '');
});
