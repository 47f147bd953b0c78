// A hostile Go download mirror, through dist/ as the runner runs setup-go-matrix: archives made
// with real tar + gzip whose checksums and sizes the index vouches for, holding a symlink out, a
// device node, a FIFO, a setuid binary or a bomb; and a server that sends far more than the index
// lists. Nothing is installed, nothing special reaches the disk, the download stops at the size.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { hostGoArch } from '../helpers/godev-server.js';
import { newJob } from '../helpers/runner.js';
import { failure, setup, toolCacheEntries } from '../helpers/setup-job.js';
import { sh, specialEntries } from './support.js';

const VERSION = 'go1.21.13';
const FILENAME = `${VERSION}.linux-${hostGoArch}.tar.gz`;

interface Mirror {
  base: string;
  /** Bytes the server wrote for the archive. */
  sent: () => number;
  close: () => Promise<void>;
}

/** Serves an index listing FILENAME with sha256/size, and the body: a buffer, or endless zeros (with or without a Content-Length). */
async function mirror(listed: { sha256: string; size: number }, body: Buffer | { endless: true; announce?: number }): Promise<Mirror> {
  let sent = 0;
  const index = [
    {
      version: VERSION,
      stable: true,
      files: [{ filename: FILENAME, os: 'linux', arch: hostGoArch, version: VERSION, ...listed, kind: 'archive' }],
    },
  ];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.searchParams.get('mode') === 'json') return void res.writeHead(200).end(JSON.stringify(index));
    if (url.pathname !== `/${FILENAME}`) return void res.writeHead(404).end();
    if (Buffer.isBuffer(body)) {
      sent += body.length;
      return void res.writeHead(200, { 'content-length': String(body.length) }).end(body);
    }
    res.writeHead(200, body.announce ? { 'content-length': String(body.announce) } : {});
    const chunk = Buffer.alloc(1024 * 1024);
    const pump = () => {
      while (!res.destroyed && sent < 3 * 1024 ** 3) {
        sent += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      res.end();
    };
    res.on('close', () => undefined);
    pump();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    sent: () => sent,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/** A .tar.gz with a top-level go/ (bin/go a shell script) plus what `extra` adds under go/. */
function goArchive(root: string, name: string, extra: string): Buffer {
  const stage = path.join(root, name);
  mkdirSync(path.join(stage, 'go', 'bin'), { recursive: true });
  sh(`printf '#!/bin/sh\\necho hacked > /tmp/gck-hostile-go-ran\\n' > go/bin/go && chmod 755 go/bin/go && ${extra}`, stage);
  const file = path.join(root, `${name}.tar.gz`);
  sh(`tar -C '${stage}' -cf - go | gzip -1 > '${file}'`);
  return readFileSync(file);
}

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

test('mirror archives with a symlink out, a device, a FIFO, a setuid file or a bomb are refused while extracting; nothing is installed', async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'gck-hostile-mirror-'));
  const cases: Record<string, { extra: string; expect: RegExp }> = {
    'absolute symlink': {
      extra: 'ln -s /etc go/etc-link',
      expect: /refused: "go\/etc-link" is a symlink to "\/etc", which can lead outside the tree/,
    },
    'symlink up': {
      extra: 'ln -s ../../../.. go/up',
      expect: /refused: "go\/up" is a symlink to "..\/..\/..\/..", which can lead outside/,
    },
    'character device': { extra: 'mknod go/bin/null c 1 3', expect: /refused: "go\/bin\/null" is a character device/ },
    'block device': { extra: 'mknod go/disk b 7 0', expect: /refused: "go\/disk" is a block device/ },
    FIFO: { extra: 'mkfifo go/pipe', expect: /refused: "go\/pipe" is a FIFO/ },
    'setuid binary': { extra: 'cp go/bin/go go/bin/su && chmod 4755 go/bin/su', expect: /refused: "go\/bin\/su" is setuid or setgid/ },
    // 3 GiB of zeros: about 3 MB gzipped; extraction may be 20 times the archive (64 MiB at least).
    bomb: {
      extra: 'truncate -s 3G go/zeros',
      expect: /refused: "go\/zeros" is 3221225472 bytes, over the 536870912-byte limit for one file/,
    },
  };
  for (const [name, c] of Object.entries(cases)) {
    const body = goArchive(root, name.replace(/\W/g, '_'), c.extra);
    const server = await mirror({ sha256: sha(body), size: body.length }, body);
    try {
      const job = newJob({ env: { GO_DOWNLOAD_BASE_URL: server.base } });
      const started = Date.now();
      const r = await setup(job, { 'go-version': '1.21.13', 'toolchain-source': 'download' });
      const msg = failure(r);
      assert.match(msg, /^Go 1\.21\.13: go1\.21\.13\.linux-\w+\.tar\.gz passed its checksum but does not extract \(refused: /, name);
      assert.match(msg, c.expect, name);
      assert.match(msg, /nothing was installed$/, name);
      assert.ok(Date.now() - started < 30_000, `${name}: refused while extracting, not after`);
      assert.deepEqual(
        toolCacheEntries(job).filter((e) => !/^go(\/1\.21\.13)?$/.test(e)),
        [],
        name,
      );
      assert.deepEqual(specialEntries(job.root), [], `${name}: nothing special anywhere in the job`);
      assert.deepEqual(readdirSync(job.temp), [], `${name}: the install's work dir is gone`);
    } finally {
      await server.close();
    }
  }
});

test('a mirror that sends more than the index lists is cut off at the listed size, never written in full', async () => {
  const listed = { sha256: sha(Buffer.from('x')), size: 1000 };
  for (const [name, body] of Object.entries({
    'no Content-Length': { endless: true as const },
    'Content-Length of 3 GiB': { endless: true as const, announce: 3 * 1024 ** 3 },
  })) {
    const server = await mirror(listed, body);
    try {
      const job = newJob({ env: { GO_DOWNLOAD_BASE_URL: server.base } });
      const started = Date.now();
      const r = await setup(job, { 'go-version': '1.21.13', 'toolchain-source': 'download' });
      const msg = failure(r);
      assert.match(msg, new RegExp(`^Go 1\\.21\\.13: cannot download ${server.base}/${FILENAME.replace(/\./g, '\\.')}: `), name);
      assert.match(msg, /more than (the 1000 bytes expected|the 1000 expected)/, name);
      assert.ok(Date.now() - started < 20_000, `${name}: stopped at once (${Date.now() - started} ms)`);
      assert.ok(server.sent() < 512 * 1024 ** 2, `${name}: the server got to send ${server.sent()} bytes`);
      assert.deepEqual(readdirSync(job.temp), [], name);
      assert.deepEqual(toolCacheEntries(job), [], name);
    } finally {
      await server.close();
    }
  }
});
