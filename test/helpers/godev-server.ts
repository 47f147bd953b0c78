// A loopback stand-in for go.dev/dl: the JSON index in go.dev's exact shape at
// /?mode=json&include=all, and real goX.Y.Z.linux-<arch>.tar.gz archives (top-level go/, real
// sha256) built from the Debian toolchains, plus broken variants: truncated, corrupt, 404, slow,
// checksum-mismatched, corrupt-but-signed, and one without the go/ folder.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { debianGoroot, goBin, type TestedMinor } from './go.js';
import { sharedTmp } from './tmp.js';

export const hostGoArch = os.arch() === 'arm64' ? 'arm64' : 'amd64';

export interface GoArchive {
  /** e.g. go1.21.13 */
  goVersion: string;
  filename: string;
  file: string;
  sha256: string;
  size: number;
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * A real Go archive of a Debian toolchain, built once per machine run under sharedTmp() and shared
 * by test files (a mkdir lock keeps parallel test processes from building it twice). Symlinks into
 * /usr/share/go-X are dereferenced; test/, api/, misc/, src/cmd/, testdata, *_test.go and the
 * pprof/trace tools are left out: the result still runs `go env` and builds the sample module.
 */
export function goArchive(minor: TestedMinor): GoArchive {
  const goroot = debianGoroot(minor);
  const goVersion = spawnSync(goBin(minor), ['env', 'GOVERSION'], {
    encoding: 'utf8',
    env: { ...process.env, GOTOOLCHAIN: 'local' },
  }).stdout.trim();
  const filename = `${goVersion}.linux-${hostGoArch}.tar.gz`;
  const dir = sharedTmp('gck-go-archives');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, filename);
  const lock = `${file}.lock`;
  for (let waited = 0; !existsSync(file); waited += 200) {
    try {
      mkdirSync(lock);
    } catch {
      if (waited > 120_000 || Date.now() - statSync(lock).mtimeMs > 300_000) rmSync(lock, { recursive: true, force: true });
      sleepSync(200);
      continue;
    }
    try {
      const top = path.basename(goroot);
      const tmp = `${file}.${process.pid}.tmp`;
      const r = spawnSync(
        'tar',
        [
          '-C',
          path.dirname(goroot),
          '-ch',
          '-I',
          'gzip -1',
          '-f',
          tmp,
          `--transform=s,^${top.replace(/\./g, '\\.')},go,`,
          ...['test', 'api', 'misc', 'src/cmd', 'pkg/tool/*/pprof', 'pkg/tool/*/trace'].map((x) => `--exclude=${top}/${x}`),
          '--exclude=testdata',
          '--exclude=*_test.go',
          top,
        ],
        { stdio: 'inherit' },
      );
      if (r.status !== 0) throw new Error(`building ${filename} failed`);
      renameSync(tmp, file);
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
  const bytes = readFileSync(file);
  return { goVersion, filename, file, sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length };
}

export type ServeMode = 'ok' | 'missing' | 'slow';

export interface ServedFile {
  filename: string;
  /** What the server sends (undefined with mode 'missing'). */
  body?: Buffer;
  /** What the index lists. */
  sha256: string;
  size: number;
  mode: ServeMode;
  os?: string;
  arch?: string;
}

export interface ServedRelease {
  version: string;
  stable: boolean;
  files: ServedFile[];
}

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

export type Variant = 'ok' | 'truncated' | 'corrupt' | '404' | 'slow' | 'checksum-mismatch' | 'corrupt-signed' | 'no-go-folder';

/** A served file for an archive in one of the variants. */
export function servedArchive(a: GoArchive, variant: Variant): ServedFile {
  const body = readFileSync(a.file);
  const base = { filename: a.filename, sha256: a.sha256, size: a.size, mode: 'ok' as ServeMode };
  switch (variant) {
    case 'ok':
      return { ...base, body };
    case 'slow':
      return { ...base, body, mode: 'slow' };
    case '404':
      return { ...base, mode: 'missing' };
    case 'truncated':
      // A mirror holding half the file: honest Content-Length, so only the index size/hash can tell.
      return { ...base, body: body.subarray(0, Math.floor(body.length / 2)) };
    case 'corrupt': {
      const bad = Buffer.from(body);
      const mid = Math.floor(bad.length / 2);
      for (let i = 0; i < 4096; i++) bad[mid + i] = bad[mid + i]! ^ 0xff;
      return { ...base, body: bad };
    }
    case 'checksum-mismatch':
      return { ...base, body, sha256: sha(Buffer.from('not the archive')) };
    case 'corrupt-signed': {
      // The index describes the broken bytes: only extraction can notice.
      const bad = Buffer.concat([body.subarray(0, 1024 * 1024), Buffer.alloc(4096, 0x41)]);
      return { ...base, body: bad, sha256: sha(bad), size: bad.length };
    }
    case 'no-go-folder': {
      const dir = sharedTmp('gck-go-archives');
      const file = path.join(dir, `no-go-folder-${process.pid}.tar.gz`);
      spawnSync('tar', ['-C', '/usr/share', '-czf', file, 'doc/tar'], { stdio: 'inherit' });
      const b = readFileSync(file);
      rmSync(file, { force: true });
      return { ...base, body: b, sha256: sha(b), size: b.length };
    }
  }
}

/** Index entries without archives behind them (requests for their files get 404). */
export function listedOnly(version: string, stable = true): ServedRelease {
  const filename = `${version}.linux-${hostGoArch}.tar.gz`;
  return { version, stable, files: [{ filename, sha256: sha(Buffer.from(filename)), size: 1000, mode: 'missing' }] };
}

export interface GoDevServer {
  base: string;
  requests: string[];
  close(): Promise<void>;
}

export interface ServerOptions {
  /** Replace the index answer (status and body), e.g. to serve a 500 or non-JSON. */
  index?: { status: number; body: string };
}

export async function startGoDevServer(releases: ServedRelease[], opts: ServerOptions = {}): Promise<GoDevServer> {
  const requests: string[] = [];
  const index = releases.map((r) => ({
    version: r.version,
    stable: r.stable,
    files: r.files.flatMap((f) => [
      {
        filename: f.filename,
        os: f.os ?? 'linux',
        arch: f.arch ?? hostGoArch,
        version: r.version,
        sha256: f.sha256,
        size: f.size,
        kind: 'archive',
      },
      // go.dev lists source and installers too; the action must pick the linux archive.
      { filename: `${r.version}.src.tar.gz`, os: '', arch: '', version: r.version, sha256: f.sha256, size: f.size, kind: 'source' },
    ]),
  }));
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    requests.push(url.pathname + url.search);
    if (url.pathname === '/' && url.searchParams.get('mode') === 'json') {
      if (opts.index) {
        res.writeHead(opts.index.status, { 'content-type': 'application/json' }).end(opts.index.body);
        return;
      }
      const list = url.searchParams.get('include') === 'all' ? index : index.filter((r) => r.stable).slice(0, 2);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(list, null, ' '));
      return;
    }
    const file = releases.flatMap((r) => r.files).find((f) => `/${f.filename}` === url.pathname);
    if (!file || file.mode === 'missing' || !file.body) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not Found');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(file.body.length) });
    if (file.mode === 'ok') {
      res.end(file.body);
      return;
    }
    // slow: 40 chunks, 50 ms apart (about 2 s), so a download that is slow but moving succeeds.
    const body = file.body;
    const step = Math.ceil(body.length / 40);
    let at = 0;
    const tick = () => {
      if (res.destroyed) return;
      if (at >= body.length) return void res.end();
      res.write(body.subarray(at, at + step));
      at += step;
      setTimeout(tick, 50);
    };
    tick();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A base URL nobody listens on (a server that was started and closed). */
export async function unreachableBase(): Promise<string> {
  const s = await startGoDevServer([]);
  await s.close();
  return s.base;
}
