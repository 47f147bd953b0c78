// setup-go-matrix through dist/ as the runner runs it: check-latest (a range means the newest
// release in the download index, not the newest installed one) and actions/setup-go's tool cache
// folders for mirror installs (go-<hash>/<semver>/<arch>), found when go-download-base-url names
// that mirror.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { listedOnly, startGoDevServer, type GoDevServer } from '../helpers/godev-server.js';
import { debianGoroot } from '../helpers/go.js';
import { failure, offlineJob, setup } from '../helpers/setup-job.js';

const arch = os.arch() === 'arm64' ? 'arm64' : 'x64';
let server: GoDevServer;

before(async () => {
  // The index knows a newer 1.22 patch than Debian's 1.22.12 (listed without a file behind it).
  server = await startGoDevServer([listedOnly('go1.22.13'), listedOnly('go1.22.12'), listedOnly('go1.21.13')]);
});
after(async () => {
  await server.close();
});

test('check-latest: "1.22" asks the index for its newest release instead of taking the installed 1.22.12', async () => {
  const job = offlineJob({ base: server.base });
  const plain = await setup(job, { 'go-version': '1.22', cache: 'false' });
  assert.equal(plain.code, 0, plain.stdout + plain.stderr);
  assert.deepEqual([plain.outputs['go-version'], plain.outputs['go-source']], ['1.22.12', 'local']);
  assert.equal(server.requests.length, 0, 'without check-latest an installed match needs no index');

  const latest = await setup(job, { 'go-version': '1.22', 'check-latest': 'true', cache: 'false' });
  assert.match(latest.stdout, /1\.22 is Go 1\.22\.13 according to http:\/\/127\.0\.0\.1:\d+\/\?mode=json&include=all/);
  // 1.22.13 is not on the runner, so it is downloaded: here the stand-in has no file for it.
  assert.match(failure(latest), /^Go 1\.22\.13: cannot download http:\/\/127\.0\.0\.1:\d+\/go1\.22\.13\.linux-\w+\.tar\.gz: HTTP 404/);

  // The newest release in the index is installed: used in place, nothing downloaded.
  const before = server.requests.length;
  const same = await setup(job, { 'go-version': '1.21.x', 'check-latest': 'true', cache: 'false' });
  assert.equal(same.code, 0, same.stdout + same.stderr);
  assert.deepEqual([same.outputs['go-version'], same.outputs['go-source']], ['1.21.13', 'local']);
  assert.deepEqual(server.requests.slice(before), ['/?mode=json&include=all']);

  const bad = await setup(job, { 'go-version': '1.22', 'check-latest': 'maybe' });
  assert.match(failure(bad), /input "check-latest" is "maybe", which is not a boolean; use "true" or "false"/);
});

test('a Go that actions/setup-go installed from the same mirror (tool cache go-<hash>/) is found, and only for that mirror', async () => {
  const toolCache = mkdtempSync(path.join(os.tmpdir(), 'gck-tc-mirror-'));
  const folder = `go-${createHash('sha256').update(server.base).digest('hex').slice(0, 8)}`;
  // As setup-go leaves it (on hosted Windows the folder is a junction to D:; a symlink here).
  mkdirSync(path.join(toolCache, folder, '1.21.13'), { recursive: true });
  symlinkSync(debianGoroot('1.21'), path.join(toolCache, folder, '1.21.13', arch));
  writeFileSync(path.join(toolCache, folder, '1.21.13', `${arch}.complete`), '');

  const job = offlineJob({ toolCache, base: server.base });
  const found = await setup(job, { 'go-version': '1.21', 'toolchain-source': 'tool-cache', cache: 'false' });
  assert.equal(found.code, 0, found.stdout + found.stderr);
  assert.deepEqual(
    [found.outputs['go-version'], found.outputs['go-source'], found.outputs['go-root']],
    ['1.21.13', 'tool-cache', path.join(toolCache, folder, '1.21.13', arch)],
  );

  const other = await setup(offlineJob({ toolCache, base: 'https://mirror.example/golang' }), {
    'go-version': '1.21',
    'toolchain-source': 'tool-cache',
    cache: 'false',
  });
  assert.match(failure(other), /go-version "1\.21" matches no Go in the tool cache/);
});
