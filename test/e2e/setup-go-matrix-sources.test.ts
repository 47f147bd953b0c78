// setup-go-matrix through dist/ as the runner runs it: each toolchain source, isolation of two
// versions in one job, and the exported environment a later step sees.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  goArchive,
  listedOnly,
  servedArchive,
  startGoDevServer,
  unreachableBase,
  type GoArchive,
  type GoDevServer,
} from '../helpers/godev-server.js';
import { startForwardProxy } from '../helpers/forward-proxy.js';
import { debianGoroot } from '../helpers/go.js';
import { repoRoot } from '../helpers/runner.js';
import { failure, laterStep, offlineJob, setup, toolCacheEntries, warnings } from '../helpers/setup-job.js';

const arch = os.arch() === 'arm64' ? 'arm64' : 'x64';
let archive: GoArchive;
let server: GoDevServer;
let slow: GoDevServer;
// One tool cache shared by the download and tool-cache tests (like a self-hosted runner's).
const sharedToolCache = mkdtempSync(path.join(os.tmpdir(), 'gck-toolcache-'));

before(async () => {
  archive = goArchive('1.21');
  server = await startGoDevServer([
    listedOnly('go1.23.5'),
    { version: archive.goVersion, stable: true, files: [servedArchive(archive, 'ok')] },
    listedOnly('go1.20.14'),
  ]);
  slow = await startGoDevServer([{ version: archive.goVersion, stable: true, files: [servedArchive(archive, 'slow')] }]);
});
after(async () => {
  await server.close();
  await slow.close();
});

test('local: a Debian GOROOT is used in place, proved, and isolated per version', async () => {
  const job = offlineJob({ base: server.base });
  const step = await setup(job, { 'go-version': '1.22', 'toolchain-source': 'local', architecture: arch.toUpperCase() });
  assert.equal(step.code, 0, step.stdout + step.stderr);
  assert.deepEqual(
    { version: step.outputs['go-version'], root: step.outputs['go-root'], source: step.outputs['go-source'] },
    { version: '1.22.12', root: debianGoroot('1.22'), source: 'local' },
  );
  const leg = path.join(job.temp, 'go-ci-kit', 'go-1.22.12-amd64');
  assert.deepEqual(step.exported, {
    GOROOT: debianGoroot('1.22'),
    GOTOOLCHAIN: 'local',
    GOPATH: path.join(leg, 'gopath'),
    GOCACHE: path.join(leg, 'gocache'),
    GOMODCACHE: path.join(leg, 'gomodcache'),
  });
  // GOROOT/bin is added last, so it comes first on PATH.
  assert.deepEqual(step.addedPaths, [path.join(leg, 'gopath', 'bin'), path.join(debianGoroot('1.22'), 'bin')]);
  assert.match(step.summary, /\| 1\.22\.12 \| local \| `\/usr\/lib\/go-1\.22` \| \d+ ms \|/);
  assert.deepEqual(toolCacheEntries(job), [], 'a local tree is not copied into the tool cache');
  assert.equal(server.requests.length, 0, 'a local match needs no index');
  const later = laterStep(job, 'go', ['env', 'GOVERSION', 'GOROOT', 'GOTOOLCHAIN']);
  assert.equal(later.stdout, `go1.22.12\n${debianGoroot('1.22')}\nlocal\n`);
});

test('two versions in one job get separate dirs and the second call wins', async () => {
  const job = offlineJob({ base: server.base });
  const first = await setup(job, { 'go-version': '1.19' });
  const second = await setup(job, { 'go-version': '1.23.5' });
  assert.equal(first.code, 0, first.stdout);
  assert.equal(second.code, 0, second.stdout);
  for (const name of ['GOPATH', 'GOCACHE', 'GOMODCACHE']) {
    assert.notEqual(first.exported[name], second.exported[name], name);
    assert.ok(existsSync(first.exported[name]!) && existsSync(second.exported[name]!), name);
    assert.ok(first.exported[name]!.includes('go-1.19.8-amd64') && second.exported[name]!.includes('go-1.23.5-amd64'), name);
  }
  const later = laterStep(job, 'go', ['env', 'GOVERSION', 'GOPATH', 'GOCACHE', 'GOMODCACHE']);
  assert.equal(later.stdout, ['go1.23.5', second.exported.GOPATH, second.exported.GOCACHE, second.exported.GOMODCACHE, ''].join('\n'));
});

test('download: verified archive lands in the tool cache and builds the sample module', async () => {
  const job = offlineJob({ toolCache: sharedToolCache, base: 'http://127.0.0.1:9/unused' });
  const step = await setup(job, { 'go-version': '1.21', 'toolchain-source': 'download', 'go-download-base-url': server.base });
  assert.equal(step.code, 0, step.stdout + step.stderr);
  const goroot = path.join(sharedToolCache, 'go', '1.21.13', arch);
  assert.deepEqual([step.outputs['go-version'], step.outputs['go-root'], step.outputs['go-source']], ['1.21.13', goroot, 'download']);
  assert.ok(existsSync(`${goroot}.complete`));
  assert.deepEqual(server.requests, ['/?mode=json&include=all', `/${archive.filename}`]);
  const module = mkdtempSync(path.join(os.tmpdir(), 'gck-sample-'));
  cpSync(path.join(repoRoot, 'test', 'fixtures', 'sample-module'), module, { recursive: true });
  const build = laterStep(job, 'go', ['build', '-o', path.join(module, 'sample'), './cmd/sample'], module);
  assert.equal(build.code, 0, build.stderr);
  assert.equal(laterStep(job, path.join(module, 'sample'), []).code, 0);
  assert.equal(laterStep(job, 'go', ['env', 'GOROOT']).stdout.trim(), goroot);
});

test('download through HTTP_PROXY; NO_PROXY bypasses the proxy; a dead proxy is named in the error', async () => {
  const proxy = await startForwardProxy();
  const origin = new URL(server.base).host;
  try {
    const job = offlineJob({ base: 'http://127.0.0.1:9/unused' });
    const served = server.requests.length;
    const step = await setup(
      job,
      { 'go-version': '1.21', 'toolchain-source': 'download', 'go-download-base-url': server.base },
      { env: { HTTP_PROXY: proxy.url, NO_PROXY: '' } },
    );
    assert.equal(step.code, 0, step.stdout + step.stderr);
    assert.equal(step.outputs['go-source'], 'download');
    assert.deepEqual(server.requests.slice(served), ['/?mode=json&include=all', `/${archive.filename}`]);
    assert.ok(proxy.requests.length > 0, 'the proxy carried the requests');
    assert.deepEqual([...new Set(proxy.requests)], [`CONNECT ${origin}`], proxy.requests.join(', '));

    // NO_PROXY names the mirror: straight to it (the index is enough to see that).
    const seen = proxy.requests.length;
    const bypass = await setup(
      offlineJob({ base: 'http://127.0.0.1:9/unused' }),
      { 'go-version': '1.21', 'toolchain-source': 'download', 'go-download-base-url': server.base },
      { env: { http_proxy: proxy.url, no_proxy: 'example.com, 127.0.0.1' } },
    );
    assert.equal(bypass.code, 0, bypass.stdout + bypass.stderr);
    assert.equal(proxy.requests.length, seen, proxy.requests.join(', '));

    const dead = await unreachableBase();
    const failed = await setup(
      offlineJob({ base: 'http://127.0.0.1:9/unused' }),
      { 'go-version': '1.21', 'toolchain-source': 'download', 'go-download-base-url': server.base },
      { env: { HTTP_PROXY: dead, NO_PROXY: '' } },
    );
    assert.match(
      failure(failed),
      new RegExp(
        `cannot read the Go download index ${server.base}.*: connect ECONNREFUSED .*\\(through proxy ${dead}; check HTTPS_PROXY/HTTP_PROXY, or add the host to NO_PROXY\\)`,
      ),
    );
  } finally {
    await proxy.close();
  }
});

test('tool-cache: a cached Go is found before the identical local tree, without the index', async () => {
  assert.ok(existsSync(path.join(sharedToolCache, 'go', '1.21.13', `${arch}.complete`)), 'needs the download test first');
  for (const source of ['tool-cache', 'auto']) {
    const job = offlineJob({ toolCache: sharedToolCache, base: server.base });
    const before = server.requests.length;
    const step = await setup(job, { 'go-version': '1.21.x', 'toolchain-source': source });
    assert.equal(step.code, 0, step.stdout);
    assert.equal(step.outputs['go-source'], 'tool-cache', source);
    assert.equal(step.outputs['go-root'], path.join(sharedToolCache, 'go', '1.21.13', arch));
    assert.equal(server.requests.length, before);
  }
});

test('auto falls through an empty tool cache and no local trees to a slow (but moving) download', async () => {
  const job = offlineJob({ base: slow.base });
  const started = Date.now();
  const step = await setup(job, { 'go-version': archive.goVersion, 'local-goroots': '/nonexistent/go-*' });
  assert.equal(step.code, 0, step.stdout + step.stderr);
  assert.ok(Date.now() - started >= 1900, 'the server really was slow');
  assert.equal(step.outputs['go-source'], 'download');
});

test('stable and oldstable follow the index; auto then uses the local tree of that version', async () => {
  const withIndex = await startGoDevServer([
    listedOnly('go1.24rc1', false),
    listedOnly('go1.23.5'),
    listedOnly('go1.23.4'),
    listedOnly('go1.22.12'),
    listedOnly('go1.21.13'),
  ]);
  try {
    const job = offlineJob({ base: withIndex.base });
    const stable = await setup(job, { 'go-version': 'stable' });
    const oldstable = await setup(job, { 'go-version': 'oldstable' });
    assert.equal(stable.code, 0, stable.stdout);
    assert.deepEqual([stable.outputs['go-version'], stable.outputs['go-source']], ['1.23.5', 'local']);
    assert.deepEqual([oldstable.outputs['go-version'], oldstable.outputs['go-source']], ['1.22.12', 'local']);
  } finally {
    await withIndex.close();
  }
});

test('version files: go.mod toolchain, go.mod go, go.work, .go-version, .tool-versions; go-version wins', async () => {
  const job = offlineJob({ base: server.base });
  const cases: [string, string, string][] = [
    ['go.mod', 'module example.com/m\n\ngo 1.19\n\ntoolchain go1.22.12\n', '1.22.12'],
    ['sub/go.mod', 'module example.com/m\n\ngo 1.21 // language version\n', '1.21.13'],
    ['go.work', 'go 1.21.0\n\ntoolchain go1.23.5\n\nuse ./sub\n', '1.23.5'],
    ['.go-version', '# pinned\ngo1.19.8\n', '1.19.8'],
    ['.tool-versions', 'nodejs 20.1.0\ngolang 1.22.12\n', '1.22.12'],
  ];
  for (const [file, content, want] of cases) {
    const ws = mkdtempSync(path.join(job.root, 'ws-'));
    mkdirSync(path.dirname(path.join(ws, file)), { recursive: true });
    writeFileSync(path.join(ws, file), content);
    // The checked module is working-directory; keep it free of a go.mod newer than the leg.
    const step = await setup(job, { 'go-version-file': file, 'working-directory': path.dirname(path.join(ws, file)) }, { cwd: ws });
    assert.equal(step.code, 0, `${file}: ${step.stdout}`);
    assert.equal(step.outputs['go-version'], want, file);
  }
  const ws = mkdtempSync(path.join(job.root, 'ws-'));
  writeFileSync(path.join(ws, '.go-version'), '1.22.12\n');
  const both = await setup(job, { 'go-version': '1.19', 'go-version-file': '.go-version' }, { cwd: ws });
  assert.equal(both.outputs['go-version'], '1.19.8');
  assert.deepEqual(warnings(both), ['both go-version ("1.19") and go-version-file (".go-version") are set; using go-version']);
});
