// The typed API layer of abi-diff against real archives: the fixture module test/fixtures/abi-api
// (v1, v2) built by the Debian Go 1.19 and 1.23 toolchains, read by the API dump helper built with
// each side's own Go, compared through runAbiDiff as the action does.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { debianGoroot, goBin, sharedGoCache, type TestedMinor } from '../helpers/go.js';
import { buildThirdParty, thirdPartyModule, thirdPartyPackages } from '../helpers/thirdparty.js';
import { repoRoot } from '../helpers/runner.js';
import { sharedRunnerTemp } from '../helpers/abi-fixtures.js';
import { goCacheFor } from '../../src/abi/build.js';
import { runAbiDiff, type AbiDiffOptions, type AbiReport } from '../../src/abi/run.js';
import { dumpApis, readSideApis, type ApiReadDirs } from '../../src/abi/api-read.js';
import { resolveGo } from '../../src/abi/toolchain.js';
import { markdownReport } from '../../src/abi/summary.js';
import type { FailOn } from '../../src/abi/policy.js';

const cacheRoot = path.join(sharedRunnerTemp, 'go-ci-kit', 'abi-diff');
const version = (minor: TestedMinor): string =>
  readFileSync(path.join(debianGoroot(minor), 'VERSION'), 'utf8')
    .split('\n')[0]!
    .trim();
const fixture = (v: 'v1' | 'v2'): string => path.join(repoRoot, 'test/fixtures/abi-api', v);
let tmp = '';

/** Builds api and dep of one fixture version with one Go into <tmp>/<go>-<v>/{api,dep}.a. */
function buildDir(v: 'v1' | 'v2', minor: TestedMinor): string {
  const dir = path.join(tmp, `${minor}-${v}`);
  mkdirSync(dir, { recursive: true });
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GOCACHE: goCacheFor(cacheRoot, version(minor)),
    GOTOOLCHAIN: 'local',
    GOFLAGS: '-mod=mod',
    GOPROXY: 'off',
  };
  for (const pkg of ['api', 'dep'])
    execFileSync(goBin(minor), ['build', '-trimpath', '-o', path.join(dir, `${pkg}.a`), `./${pkg}`], {
      cwd: fixture(v),
      env,
      stdio: 'pipe',
    });
  return dir;
}

const dirs: Record<string, string> = {};
before(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'gck-abi-typed-'));
  for (const minor of ['1.19', '1.23'] as const) for (const v of ['v1', 'v2'] as const) dirs[`${minor}-${v}`] = buildDir(v, minor);
});

function options(o: Partial<AbiDiffOptions> & { failOn?: FailOn }): AbiDiffOptions {
  return {
    buildFlags: [],
    workingDirectory: tmp,
    scope: 'exported',
    allowStripped: false,
    policy: { failOn: o.failOn ?? 'removed', denyNewDynamic: false, suppressions: [] },
    tempDir: path.join(tmp, 'runs'),
    toolCacheDir: path.join(tmp, 'toolcache'),
    localGoroots: [],
    cacheDir: cacheRoot,
    ...o,
  };
}

const rows = (r: AbiReport): string[] =>
  r.findings.map(
    (f) =>
      `${f.artifact} ${f.category} ${f.change} ${f.subject} ${f.compatible ? 'compatible' : 'incompatible'}${f.breaking ? ' breaking' : ''}`,
  );

const expectedV1toV2 = [
  'api.a api removed example.com/abiapi/api.(*Store).Put incompatible breaking',
  'api.a api changed example.com/abiapi/api.Gt incompatible breaking',
  'api.a api changed example.com/abiapi/api.Limit incompatible breaking',
  'api.a api added example.com/abiapi/api.Reader.Close incompatible breaking',
  'api.a api added example.com/abiapi/api.Sealed.Name compatible',
  'api.a api removed example.com/abiapi/api.Store.Size incompatible breaking',
];

test('identical source built by Go 1.19 and 1.23: zero typed API findings, each side read by its own Go, import path from the archive', async () => {
  const r = await runAbiDiff(
    options({ base: dirs['1.19-v1'], head: dirs['1.23-v1'], baseGo: debianGoroot('1.19'), headGo: debianGoroot('1.23') }),
  );
  assert.deepEqual(
    r.findings.filter((f) => f.category === 'api'),
    [],
  );
  const api = r.pairs.find((p) => p.name === 'api.a')!.api!;
  assert.equal(api.error, undefined);
  assert.equal(api.importPath, 'example.com/abiapi/api');
  assert.equal(api.importPathFrom, 'archive');
  assert.deepEqual(api.readers, { base: version('1.19'), head: version('1.23') });
  assert.deepEqual(api.objects, { base: 11, head: 11 });
  assert.equal(r.pairs.find((p) => p.name === 'dep.a')!.api!.importPath, 'example.com/abiapi/dep');
  assert.equal(r.verdict.breaking, false, r.verdict.reasons.join('; '));
  assert.match(
    markdownReport(r),
    /checks: symbols \(go tool nm\), typed API from export data \(`example\.com\/abiapi\/api` from archive, 11 → 11/,
  );
});

test('v1 built by Go 1.19 against v2 built by Go 1.23: exactly the API changes, classed by apidiff rules, and nothing else', async () => {
  const r = await runAbiDiff(
    options({ base: dirs['1.19-v1'], head: dirs['1.23-v2'], baseGo: debianGoroot('1.19'), headGo: debianGoroot('1.23') }),
  );
  assert.deepEqual(rows(r), expectedV1toV2);
  const gt = r.findings.find((f) => f.subject === 'example.com/abiapi/api.Gt')!;
  assert.equal(gt.detail, 'incompatible (type-changed): func Gt(a any, b any) bool → func Gt(a any, b any) (bool, error)');
  assert.equal(
    r.findings.find((f) => f.subject === 'example.com/abiapi/api.Limit')!.detail,
    'incompatible (type-changed): var Limit int32 → var Limit int64',
  );
  assert.equal(
    r.findings.find((f) => f.subject === 'example.com/abiapi/api.Store.Size')!.detail,
    'incompatible (field-removed): field Size int removed',
  );
  assert.equal(r.verdict.breaking, true);
  assert.deepEqual(r.verdict.reasons, ['5 finding(s) break the policy (fail-on: removed)']);
  assert.deepEqual([r.totals.removed, r.totals.changed, r.totals.added], [2, 2, 2]);
});

test('the same change built by Go 1.23 on both sides gives the same findings as across versions', async () => {
  const go = debianGoroot('1.23');
  const r = await runAbiDiff(options({ base: path.join(dirs['1.23-v1']!, 'api.a'), head: path.join(dirs['1.23-v2']!, 'api.a'), go }));
  assert.deepEqual(rows(r), expectedV1toV2);
});

test('fail-on: none and any: typed findings break by the level, compatible additions only at any', async () => {
  const both = { base: dirs['1.19-v1'], head: dirs['1.23-v2'], baseGo: debianGoroot('1.19'), headGo: debianGoroot('1.23') };
  const none = await runAbiDiff(options({ ...both, failOn: 'none' }));
  assert.equal(none.verdict.breaking, false);
  const any = await runAbiDiff(options({ ...both, failOn: 'any' }));
  assert.equal(any.findings.find((f) => f.subject === 'example.com/abiapi/api.Sealed.Name')!.breaking, true);
});

test('package mode: the import path comes from go list, and identical source across Go 1.19 and 1.23 has no API findings', async () => {
  const r = await runAbiDiff(
    options({ pkg: './api', workingDirectory: fixture('v1'), baseGo: debianGoroot('1.19'), headGo: debianGoroot('1.23') }),
  );
  const api = r.pairs[0]!.api!;
  assert.equal(api.importPathFrom, 'go list');
  assert.equal(api.importPath, 'example.com/abiapi/api');
  assert.deepEqual(
    r.findings.filter((f) => f.category === 'api'),
    [],
  );
});

test('one helper process per side: a Go 1.19 reader reports the 1.23 archive it cannot read and still reads the 1.19 one', async () => {
  const where = { toolCacheDir: path.join(tmp, 'toolcache'), localGoroots: [] };
  const [go119, go123] = await Promise.all([
    resolveGo('base-go', debianGoroot('1.19'), where),
    resolveGo('head-go', debianGoroot('1.23'), where),
  ]);
  const readDirs: ApiReadDirs = { helperDir: path.join(cacheRoot, 'api-helper'), goCache: (v) => goCacheFor(cacheRoot, v) };
  const req = [
    { path: 'example.com/abiapi/api', file: path.join(dirs['1.23-v1']!, 'api.a') },
    { path: 'example.com/abiapi/api', file: path.join(dirs['1.19-v1']!, 'api.a') },
  ];
  const [bad, good] = await dumpApis(go119, req, readDirs);
  assert.match(bad!.error ?? '', /go1\.19\.8 cannot read the export data \(built by a newer Go\?\): panic: assertion failed/);
  assert.equal(good!.objects?.length, 11);
  // Falling back to the newer side's Go reads it, with the same objects as the 1.19 archive.
  const [fell] = await readSideApis(go119, go123, [req[0]!], readDirs);
  assert.equal(fell!.error, undefined);
  assert.equal(fell!.reader, version('1.23'));
  assert.deepEqual(
    fell!.objects!.map((o) => o.Decl),
    good!.objects.map((o) => o.Decl),
  );
});

test('real material: 25 third-party archives (test/fixtures/thirdparty) built by Go 1.19 and 1.23 are all read, with zero API findings either way', async () => {
  const mod = thirdPartyModule(tmp);
  const [b, h] = await Promise.all(
    (['1.19', '1.23'] as const).map((v) => buildThirdParty(v, mod, path.join(tmp, `thirdparty-${v}`), sharedGoCache(v))),
  );
  for (const [base, head, baseGo, headGo] of [
    [b!, h!, '1.19', '1.23'],
    [h!, b!, '1.23', '1.19'],
  ] as const) {
    const r = await runAbiDiff(options({ base, head, baseGo: debianGoroot(baseGo), headGo: debianGoroot(headGo) }));
    const typed = r.pairs.filter((p) => p.api);
    assert.equal(typed.length, thirdPartyPackages.length);
    assert.deepEqual(
      typed.filter((p) => p.api!.error || p.api!.importPathFrom !== 'archive').map((p) => p.name),
      [],
    );
    // Untyped float constants (golang-lru's Default2QGhostEntries = 0.50) are encoded differently
    // by Go 1.19 and 1.21+; the helper prints one canonical value.
    assert.deepEqual(
      r.findings.filter((f) => f.category === 'api').map((f) => `${f.subject}: ${f.detail}`),
      [],
    );
    assert.ok(typed.reduce((n, p) => n + p.api!.objects!.base, 0) > 1000);
  }
});
