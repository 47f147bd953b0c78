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
import { hostPlatform } from '../../src/go/platform.js';
import { downloadFile } from '../../src/go/http.js';
import { debianGoroot } from '../helpers/go.js';

const arch = hostArch();
const platform = hostPlatform(arch);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'gck-find-'));
const emptyToolCache = path.join(tmp, 'tc');

test('local-goroots: globs and ~ expand, symlinked duplicates count once, versions of release trees come from VERSION, others from bin/go', async () => {
  const home = path.join(tmp, 'home');
  mkdirSync(path.join(home, 'sdk'), { recursive: true });
  symlinkSync(debianGoroot('1.21'), path.join(home, 'sdk', 'go1.21.13'));
  mkdirSync(path.join(home, 'sdk', 'go1.99.0'));
  const saved = process.env.HOME;
  process.env.HOME = home;
  try {
    assert.deepEqual(expandGlob('~/sdk/go*'), [path.join(home, 'sdk', 'go1.21.13'), path.join(home, 'sdk', 'go1.99.0')]);
    const notes: string[] = [];
    const found = await findLocalGoroots(['/usr/lib/go-1.2?', '~/sdk/go*', '/nonexistent/go-*'], platform, (m) => notes.push(m));
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
  const opts = { toolCacheDir: emptyToolCache, localGoroots: ['/usr/lib/go-*'], platform };
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

test('local trees are listed from VERSION files without running them; the tree picked is proved, a lying or broken one is caught', async () => {
  // A tree that claims go1.22.99 in VERSION but whose bin/go is the real 1.22.12.
  const liar = path.join(tmp, 'liar', 'go-1.22');
  mkdirSync(path.join(liar, 'bin'), { recursive: true });
  mkdirSync(path.join(liar, 'pkg', 'tool', `linux_${arch.go}`), { recursive: true });
  symlinkSync(path.join(debianGoroot('1.22'), 'bin', 'go'), path.join(liar, 'bin', 'go'));
  writeFileSync(path.join(liar, 'VERSION'), 'go1.22.99\ntime 2025-01-01T00:00:00Z\n');
  const listed = await findLocalGoroots([liar], platform);
  assert.deepEqual(
    listed.map((l) => `${l.version.major}.${l.version.minor}.${l.version.patch}`),
    ['1.22.99'],
    'listing reads VERSION, runs nothing',
  );
  await assert.rejects(findInstalledGo('1.22.99', { toolCacheDir: emptyToolCache, localGoroots: [liar], platform }), {
    name: 'VersionMismatchError',
    message: new RegExp(`local GOROOT ${liar} should hold Go 1\\.22\\.99, but .* reports go1\\.22\\.12`),
  });
  // A tree whose go cannot run is skipped when picked, with a note, and the next best tree is used.
  const broken = path.join(tmp, 'broken', 'go-1.23');
  mkdirSync(path.join(broken, 'bin'), { recursive: true });
  mkdirSync(path.join(broken, 'pkg', 'tool', `linux_${arch.go}`), { recursive: true });
  writeFileSync(path.join(broken, 'bin', 'go'), '#!/bin/sh\necho "broken go" >&2\nexit 3\n', { mode: 0o755 });
  writeFileSync(path.join(broken, 'VERSION'), 'go1.23.99\n');
  const notes: string[] = [];
  const hit = await findInstalledGo('1.23', {
    toolCacheDir: emptyToolCache,
    localGoroots: [broken, '/usr/lib/go-1.23'],
    platform,
    note: (m) => notes.push(m),
  });
  assert.deepEqual(hit && [hit.version, hit.goroot], ['1.23.5', '/usr/lib/go-1.23']);
  assert.equal(notes.length, 1);
  assert.match(notes[0]!, new RegExp(`${broken}`));
});
