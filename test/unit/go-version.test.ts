import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareGoVersions, formatGoVersion, fromSemver, parseGoVersion, toSemver } from '../../src/go/go-version.js';
import { parseToolchainSpec, pickVersion } from '../../src/go/version-spec.js';
import { parseArch } from '../../src/go/arch.js';

const v = (s: string) => {
  const p = parseGoVersion(s);
  assert.ok(p, `parse ${s}`);
  return p;
};

test('Go version ordering follows cmd/go: 1.21 < 1.21rc1 < 1.21.0, and 1.20 is 1.20.0', () => {
  const ascending = [
    '1.19.8',
    '1.20rc1',
    '1.20',
    '1.20.1',
    '1.21',
    '1.21rc1',
    '1.21rc2',
    '1.21.0',
    '1.21.13',
    '1.22beta1',
    '1.22rc1',
    '1.22.0',
    '1.23.5',
  ];
  for (let i = 0; i + 1 < ascending.length; i++) {
    assert.equal(compareGoVersions(v(ascending[i]!), v(ascending[i + 1]!)), -1, `${ascending[i]} < ${ascending[i + 1]}`);
    assert.equal(compareGoVersions(v(ascending[i + 1]!), v(ascending[i]!)), 1);
  }
  assert.equal(compareGoVersions(v('1.20'), v('1.20.0')), 0);
  assert.notEqual(compareGoVersions(v('1.21'), v('1.21.0')), 0);
  assert.equal(compareGoVersions(v('go1.23.4'), v('1.23.4')), 0);
});

test('Go versions map to semver and back, keeping Go spelling', () => {
  const table: [string, string, string][] = [
    ['go1.23.5', '1.23.5', '1.23.5'],
    ['1.20', '1.20.0', '1.20'],
    ['1.21rc1', '1.21.0-rc.1', '1.21rc1'],
    ['1.22beta2', '1.22.0-beta.2', '1.22beta2'],
    ['1.21.0', '1.21.0', '1.21.0'],
  ];
  for (const [input, semver, go] of table) {
    assert.equal(toSemver(v(input)), semver, input);
    assert.equal(formatGoVersion(v(input)), go, input);
    assert.equal(formatGoVersion(fromSemver(semver)!), go, semver);
  }
  for (const bad of ['1', '1.2x', '1.23.4.5', 'go', 'v1.23', '1.21.3rc1', '']) assert.equal(parseGoVersion(bad), undefined, bad);
  assert.equal(fromSemver('1.23'), undefined);
});

test('go-version specs: exact, range, alias; malformed ones name the input and show examples', () => {
  assert.deepEqual(parseToolchainSpec('go1.23.4'), { kind: 'exact', text: 'go1.23.4', version: { major: 1, minor: 23, patch: 4 } });
  assert.equal(parseToolchainSpec('1.21rc1').kind, 'exact');
  for (const [text, range] of [
    ['1.23', '>=1.23.0 <1.24.0-0'],
    ['1.23.x', '>=1.23.0 <1.24.0-0'],
    ['^1.22', '>=1.22.0 <2.0.0-0'],
    ['>=1.21 <1.24', '>=1.21.0 <1.24.0-0'],
    ['>=go1.21', '>=1.21.0'],
  ] as const) {
    assert.deepEqual(parseToolchainSpec(text), { kind: 'range', text, range });
  }
  assert.deepEqual(parseToolchainSpec(' Stable '), { kind: 'alias', text: 'Stable', alias: 'stable' });
  assert.throws(() => parseToolchainSpec('1.2x'), {
    name: 'InputError',
    message:
      'go-version "1.2x" is not a Go version or range; expected e.g. "1.23", "1.23.4", "1.23.x", "^1.22", ">=1.21 <1.24", "stable" or "oldstable"',
  });
  assert.throws(() => parseToolchainSpec('latest', 'go.mod'), /^InputError: go.mod "latest" is not a Go version or range/);
  assert.throws(() => parseToolchainSpec('1.23.4.5'), /"1.23.4.5" is not a Go version/);
});

test('a spec picks the newest matching release; aliases pick from the release list', () => {
  const known = ['1.19.8', '1.20', '1.21.13', '1.22.11', '1.22.12', '1.23.5', '1.24rc1'].map(v);
  const pick = (s: string) => {
    const r = pickVersion(parseToolchainSpec(s), known);
    return r && formatGoVersion(r);
  };
  assert.equal(pick('1.22'), '1.22.12');
  assert.equal(pick('1.22.11'), '1.22.11');
  assert.equal(pick('^1.21'), '1.23.5', 'ranges never pick a prerelease');
  assert.equal(pick('>=1.19 <1.22'), '1.21.13');
  assert.equal(pick('1.20.x'), '1.20');
  assert.equal(pick('1.24rc1'), '1.24rc1');
  assert.equal(pick('stable'), '1.23.5');
  assert.equal(pick('oldstable'), '1.22.12');
  assert.equal(pick('1.18'), undefined);
  assert.equal(pick('1.22.13'), undefined);
});

test('architecture accepts Go and runner spellings in one table', () => {
  for (const s of ['amd64', 'x64', 'X64', 'x86_64']) assert.deepEqual(parseArch(s), { go: 'amd64', toolCache: 'x64' }, s);
  for (const s of ['arm64', 'ARM64', 'aarch64']) assert.deepEqual(parseArch(s), { go: 'arm64', toolCache: 'arm64' }, s);
  assert.equal(parseArch('sparc'), undefined);
});
