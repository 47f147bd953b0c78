import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  buildKeys,
  classifyMatch,
  isWellFormedKey,
  keysFor,
  MAX_KEY_LENGTH,
  modulesKeys,
  runUnique,
  segment,
  type KeyFacts,
} from '../../src/cache/keys.js';
import { parseSize, jobFailed } from '../../src/cache/settings.js';
import { InputError } from '../../src/errors/input-error.js';

const facts: KeyFacts = { goos: 'linux', goarch: 'amd64', goVersion: '1.23.5', depsHash: 'abc123', runUnique: '42.1.deadbeef' };

test('key formats: modules and build keys carry OS, arch, Go version and deps; build adds the run', () => {
  const rows: [Partial<KeyFacts>, string, string][] = [
    [{}, 'go-ci-kit-v1-mod-linux-amd64-go1.23.5-abc123', 'go-ci-kit-v1-build-linux-amd64-go1.23.5-abc123-42.1.deadbeef'],
    [
      { goVersion: 'go1.19.8', goarch: 'arm64' },
      'go-ci-kit-v1-mod-linux-arm64-go1.19.8-abc123',
      'go-ci-kit-v1-build-linux-arm64-go1.19.8-abc123-42.1.deadbeef',
    ],
    [
      { goos: 'windows', depsHash: 'none' },
      'go-ci-kit-v1-mod-windows-amd64-go1.23.5-none',
      'go-ci-kit-v1-build-windows-amd64-go1.23.5-none-42.1.deadbeef',
    ],
    [
      { goVersion: '1.24rc1-devel x,y' },
      'go-ci-kit-v1-mod-linux-amd64-go1.24rc1_devel_x_y-abc123',
      'go-ci-kit-v1-build-linux-amd64-go1.24rc1_devel_x_y-abc123-42.1.deadbeef',
    ],
  ];
  for (const [over, mod, build] of rows) {
    const f = { ...facts, ...over };
    assert.equal(modulesKeys(f).key, mod);
    assert.equal(buildKeys(f).key, build);
    for (const k of [modulesKeys(f), buildKeys(f)]) {
      assert.ok(isWellFormedKey(k.key), k.key);
      assert.ok(!k.key.includes(',') && !k.key.includes('undefined') && !k.key.includes('--'), k.key);
    }
  }
});

test('build restore prefixes never cross Go version, OS or arch', () => {
  const k = buildKeys(facts);
  assert.deepEqual(k.restorePrefixes, ['go-ci-kit-v1-build-linux-amd64-go1.23.5-abc123-', 'go-ci-kit-v1-build-linux-amd64-go1.23.5-']);
  const others: Partial<KeyFacts>[] = [
    { goVersion: '1.23.50' },
    { goVersion: '1.2' },
    { goVersion: '1.19.8' },
    { goarch: 'amd64p32' },
    { goarch: 'arm64' },
    { goos: 'darwin' },
  ];
  for (const over of others) {
    const other = buildKeys({ ...facts, ...over, runUnique: '7.1.00' }).key;
    for (const p of k.restorePrefixes) assert.ok(!other.startsWith(p), `${other} must not match ${p}`);
  }
  // The short version's prefix must not match the longer one's keys either.
  const short = buildKeys({ ...facts, goVersion: '1.2' });
  assert.ok(!k.key.startsWith(short.restorePrefixes[1]!));
  assert.equal(modulesKeys(facts).restorePrefixes.length, 0, 'modules restore exact keys only');
});

test('empty, undefined or missing segments are refused, never written into a key', () => {
  for (const bad of ['', '  ', 'undefined', 'null', undefined]) {
    assert.throws(() => segment('goarch', bad), /cache key segment goarch is empty/);
    assert.throws(() => modulesKeys({ ...facts, goarch: bad as string }), /segment goarch is empty/);
  }
  assert.throws(() => buildKeys({ ...facts, runUnique: '' }), /segment run id is empty/);
});

test('keys longer than 512 characters are refused', () => {
  assert.ok(buildKeys({ ...facts, depsHash: 'x'.repeat(400) }).key.length <= MAX_KEY_LENGTH);
  assert.throws(() => modulesKeys({ ...facts, depsHash: 'x'.repeat(600) }), /over the 512 limit/);
});

test('run-unique suffix: run id, attempt, random part; no run id falls back to a timestamp', () => {
  assert.equal(runUnique('123', '2', 'ab12'), '123.2.ab12');
  assert.match(runUnique('', '', 'ab12'), /^t\d+\.1\.ab12$/);
  assert.notEqual(
    buildKeys({ ...facts, runUnique: runUnique('1', '1', 'aa') }).key,
    buildKeys({ ...facts, runUnique: runUnique('1', '1', 'bb') }).key,
  );
});

test('classifyMatch: exact or same-deps build key is a hit, version prefix is a prefix-hit', () => {
  const b = buildKeys(facts);
  assert.equal(classifyMatch(b, undefined), 'miss');
  assert.equal(classifyMatch(b, 'go-ci-kit-v1-build-linux-amd64-go1.23.5-abc123-41.1.cafe'), 'hit');
  assert.equal(classifyMatch(b, 'go-ci-kit-v1-build-linux-amd64-go1.23.5-other-41.1.cafe'), 'prefix-hit');
  const m = keysFor('modules', facts);
  assert.equal(classifyMatch(m, m.key), 'hit');
});

test('cache-dir-max-size parsing and its error message', () => {
  assert.equal(parseSize('cache-dir-max-size', '10G'), 10 * 1024 ** 3);
  assert.equal(parseSize('cache-dir-max-size', '500M'), 500 * 1024 ** 2);
  assert.equal(parseSize('cache-dir-max-size', '1.5GiB'), 1.5 * 1024 ** 3);
  assert.equal(parseSize('cache-dir-max-size', '2048'), 2048);
  for (const bad of ['', 'ten', '0', '-1G', '5X']) {
    assert.throws(
      () => parseSize('cache-dir-max-size', bad),
      (e: unknown) => e instanceof InputError && /input "cache-dir-max-size" is ".*", which is not a size; use .*"10G"/.test(e.message),
    );
  }
});

test('job status: runner-evaluated input, GitLab CI_JOB_STATUS, unexpanded literal', () => {
  assert.equal(jobFailed('failure', {}), true);
  assert.equal(jobFailed('cancelled', {}), true);
  assert.equal(jobFailed('success', { CI_JOB_STATUS: 'failed' }), false);
  assert.equal(jobFailed('${{ job.status }}', {}), false);
  assert.equal(jobFailed('${{ job.status }}', { CI_JOB_STATUS: 'failed' }), true);
});
