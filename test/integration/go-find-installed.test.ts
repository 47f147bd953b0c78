// findInstalledGo (also used by abi-diff) and local-goroots against the real Debian toolchains,
// and the downloader against a real loopback server that stalls or drops the connection.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { findInstalledGo, goAtPath } from '../../src/go/find-installed.js';
import { expandGlob, findLocalGoroots } from '../../src/go/local-goroots.js';
import { hostArch } from '../../src/go/arch.js';
import { downloadFile } from '../../src/go/http.js';
import { debianGoroot } from '../helpers/go.js';

const arch = hostArch();
const tmp = mkdtempSync(path.join(os.tmpdir(), 'gck-find-'));
const emptyToolCache = path.join(tmp, 'tc');

test('local-goroots: globs and ~ expand, symlinked duplicates count once, versions come from bin/go', async () => {
  const home = path.join(tmp, 'home');
  mkdirSync(path.join(home, 'sdk'), { recursive: true });
  symlinkSync(debianGoroot('1.21'), path.join(home, 'sdk', 'go1.21.13'));
  mkdirSync(path.join(home, 'sdk', 'go1.99.0'));
  const saved = process.env.HOME;
  process.env.HOME = home;
  try {
    assert.deepEqual(expandGlob('~/sdk/go*'), [path.join(home, 'sdk', 'go1.21.13'), path.join(home, 'sdk', 'go1.99.0')]);
    const notes: string[] = [];
    const found = await findLocalGoroots(['/usr/lib/go-1.2?', '~/sdk/go*', '/nonexistent/go-*'], arch, (m) => notes.push(m));
    assert.deepEqual(
      found.map((f) => [f.goroot, `${f.version.major}.${f.version.minor}.${f.version.patch}`]),
      [
        ['/usr/lib/go-1.21', '1.21.13'],
        ['/usr/lib/go-1.22', '1.22.12'],
        ['/usr/lib/go-1.23', '1.23.5'],
      ],
      '~/sdk/go1.21.13 is the same tree as /usr/lib/go-1.21',
    );
    assert.deepEqual(notes, [
      `${path.join(home, 'sdk', 'go1.99.0')} is not a Go tree: ${path.join(home, 'sdk', 'go1.99.0', 'bin', 'go')} does not exist`,
    ]);
  } finally {
    process.env.HOME = saved;
  }
});

test('findInstalledGo: spec strings, aliases over installed trees, GOROOT paths, misses', async () => {
  const opts = { toolCacheDir: emptyToolCache, localGoroots: ['/usr/lib/go-*'], arch };
  const got = async (spec: string) => {
    const r = await findInstalledGo(spec, opts);
    return r && [r.version, r.goroot, r.source];
  };
  assert.deepEqual(await got('1.22'), ['1.22.12', '/usr/lib/go-1.22', 'local']);
  assert.deepEqual(await got('go1.19.8'), ['1.19.8', '/usr/lib/go-1.19', 'local']);
  assert.deepEqual(await got('stable'), ['1.23.5', '/usr/lib/go-1.23', 'local']);
  assert.deepEqual(await got('oldstable'), ['1.22.12', '/usr/lib/go-1.22', 'local']);
  assert.deepEqual(await got('/usr/lib/go-1.21'), ['1.21.13', '/usr/lib/go-1.21', 'local']);
  assert.equal(await got('1.18'), undefined);
  assert.equal(await findInstalledGo('1.22', { ...opts, sources: ['tool-cache'] }), undefined);
  await assert.rejects(goAtPath(path.join(tmp, 'missing')), {
    name: 'GorootError',
    message: `GOROOT ${path.join(tmp, 'missing')} does not exist`,
  });
  // A tool cache entry is preferred over the same local version.
  const cached = path.join(tmp, 'tc2', 'go', '1.22.12', arch.toolCache);
  mkdirSync(path.dirname(cached), { recursive: true });
  symlinkSync(debianGoroot('1.22'), cached);
  writeFileSync(`${cached}.complete`, '');
  const hit = await findInstalledGo('1.22', { ...opts, toolCacheDir: path.join(tmp, 'tc2') });
  assert.deepEqual(hit && [hit.version, hit.goroot, hit.source], ['1.22.12', cached, 'tool-cache']);
});

test('downloads give up on a stalled server and remove the partial file', async () => {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-length': '1000000' });
    res.write(Buffer.alloc(1000));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/go.tar.gz`;
  const dest = path.join(tmp, 'stalled.tar.gz');
  try {
    await assert.rejects(downloadFile(url, dest, { stallMs: 300, retryDelayMs: 10 }), {
      name: 'HttpError',
      message: 'stalled: no data for 0.3 s after 1000 bytes',
    });
    assert.equal(existsSync(dest), false);
  } finally {
    server.closeAllConnections();
    server.close();
  }
});

test('downloads report a dropped connection', async () => {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-length': '1000000' });
    res.write(Buffer.alloc(5000), () => res.socket?.destroy());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/go.tar.gz`;
  const dest = path.join(tmp, 'dropped.tar.gz');
  try {
    await assert.rejects(
      downloadFile(url, dest, { retryDelayMs: 10 }),
      (e: Error) => e.name === 'HttpError' && / after 5000 bytes$/.test(e.message),
    );
    assert.equal(existsSync(dest), false);
  } finally {
    server.close();
  }
});
