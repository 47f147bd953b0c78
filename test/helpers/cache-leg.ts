// Real Go legs for the cache tests: a GoLeg built from a Debian toolchain with isolated
// GOPATH/GOCACHE/GOMODCACHE, a local file:// GOPROXY built from test/fixtures/cache-proxy (no
// network), and the fixture app test/fixtures/cache-app that depends on it.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, promises as fs, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { GoLeg } from '../../src/go/leg.js';
import { removeTree } from '../../src/cache/archive.js';
import { run } from '../../src/process/run.js';
import { debianGoroot, goBin, type TestedMinor } from './go.js';
import { repoRoot } from './runner.js';
import { sharedTmp } from './tmp.js';

export const fixtureApp = path.join(repoRoot, 'test', 'fixtures', 'cache-app');
const proxySources = path.join(repoRoot, 'test', 'fixtures', 'cache-proxy');

let proxyDir: Promise<string> | undefined;

/** GOPROXY directory (file:// layout) with example.com/greeting v1.0.0 and v1.1.0; built once per process. */
export function localProxy(): Promise<string> {
  proxyDir ??= (async () => {
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'gck-goproxy-')), 'proxy');
    await run(goBin('1.23'), ['run', path.join(proxySources, 'mkproxy.go'), path.join(proxySources, 'modules'), out], {
      // A GOCACHE kept across test files: compiling mkproxy's imports cold costs ~40 s here.
      env: { ...process.env, GOTOOLCHAIN: 'local', GOCACHE: sharedTmp('gck-tools-gocache-1.23'), GOFLAGS: '' },
    });
    return out;
  })();
  return proxyDir;
}

/** Go env for a leg: its toolchain and directories, the local proxy, no checksum database, no network. */
export function goEnv(leg: GoLeg, proxy: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    PATH: `${path.join(leg.goroot, 'bin')}:${process.env.PATH ?? ''}`,
    HOME: process.env.HOME,
    GOROOT: leg.goroot,
    GOPATH: leg.gopath,
    GOCACHE: leg.gocache,
    GOMODCACHE: leg.gomodcache,
    GOTOOLCHAIN: 'local',
    GOPROXY: `file://${proxy}`,
    GOSUMDB: 'off',
    GOFLAGS: '',
    GOTELEMETRY: 'off',
    CGO_ENABLED: '0',
    ...extra,
  };
}

/** A leg as setup-go-matrix would describe it: real version and GOOS/GOARCH from the toolchain. */
export async function makeLeg(minor: TestedMinor, root: string, workingDirectory: string): Promise<GoLeg> {
  const goroot = debianGoroot(minor);
  const bin = goBin(minor);
  const out = await run(bin, ['env', 'GOVERSION', 'GOOS', 'GOARCH'], { env: { ...process.env, GOTOOLCHAIN: 'local', GOROOT: goroot } });
  const [goversion, goos, goarch] = out.stdout.trim().split('\n');
  const dirs = path.join(root, `go${minor}`);
  const leg: GoLeg = {
    version: goversion!.replace(/^go/, ''),
    goroot,
    goBin: bin,
    goos: goos!,
    goarch: goarch!,
    gopath: path.join(dirs, 'gopath'),
    gocache: path.join(dirs, 'gocache'),
    gomodcache: path.join(dirs, 'gopath', 'pkg', 'mod'),
    workingDirectory,
  };
  mkdirSync(leg.gopath, { recursive: true });
  return leg;
}

/** A fresh copy of the fixture app in a temp dir. */
export function copyApp(into = mkdtempSync(path.join(os.tmpdir(), 'gck-app-'))): string {
  const dest = path.join(into, 'app');
  cpSync(fixtureApp, dest, { recursive: true });
  return dest;
}

/** Changes the app's source (a new build of package lib and the command). */
export function editSource(app: string, n: number): void {
  const file = path.join(app, 'lib', 'lib.go');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/const Edit = \d+/, `const Edit = ${n}`));
}

/** Moves the app to greeting v1.1.0 (go.mod and go.sum change). */
export async function upgradeDependency(leg: GoLeg, app: string, proxy: string): Promise<void> {
  await run(leg.goBin, ['get', 'example.com/greeting@v1.1.0'], { cwd: app, env: goEnv(leg, proxy) });
}

export async function goBuild(leg: GoLeg, app: string, proxy: string, extra: NodeJS.ProcessEnv = {}): Promise<void> {
  await run(leg.goBin, ['build', '-o', path.join(app, 'bin') + '/', './...'], { cwd: app, env: goEnv(leg, proxy, extra) });
}

/**
 * A GOCACHE holding a cold build of the fixture app (the standard library compiled), made once per
 * toolchain and fixture content and kept in sharedTmp() across test files: a cold build costs
 * ~30 s on a busy 2-core machine, and every "first run" in the tests starts from a copy of it.
 */
export async function seedGoCache(minor: TestedMinor): Promise<string> {
  const proxy = await localProxy();
  const hash = createHash('sha256');
  for (const f of ['go.mod', 'go.sum', 'lib/lib.go', 'cmd/cacheapp/main.go']) hash.update(readFileSync(path.join(fixtureApp, f)));
  const dir = sharedTmp(`gck-seed-gocache-${minor}-${hash.digest('hex').slice(0, 12)}`);
  if (existsSync(path.join(dir, '.complete'))) return dir;
  const work = mkdtempSync(path.join(os.tmpdir(), 'gck-seed-'));
  const leg = await makeLeg(minor, work, copyApp(work));
  await goBuild(leg, leg.workingDirectory, proxy);
  writeFileSync(path.join(leg.gocache, '.complete'), '');
  await fs.rm(dir, { recursive: true, force: true });
  await fs.rename(leg.gocache, dir).catch(() => undefined);
  await removeTree(work);
  return dir;
}

/** Puts a copy of the seed into the leg's GOCACHE, as if this job had just built cold. */
export function useSeed(leg: GoLeg, seed: string): void {
  cpSync(seed, leg.gocache, { recursive: true, filter: (src) => path.basename(src) !== '.complete' });
}

/** Fills GOMODCACHE only (no compiling). */
export async function goModDownload(leg: GoLeg, app: string, proxy: string): Promise<void> {
  await run(leg.goBin, ['mod', 'download'], { cwd: app, env: goEnv(leg, proxy) });
}
