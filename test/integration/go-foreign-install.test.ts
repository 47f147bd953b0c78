// Installs a windows and a darwin Go on this Linux machine through the same code path a Windows or
// macOS runner takes (obtainGo → download from the loopback go.dev stand-in in go.dev's exact JSON
// and file layout → size and sha256 check → extract → tool cache): a real .zip made by Info-ZIP and
// a real .tar.gz, both repackaging a real Debian Go tree's subset in the release layout (go/VERSION,
// go/bin/go.exe, go/pkg/tool/windows_amd64/nm.exe, go/src/...). Only the "prove it runs" step is
// replaced, by reading the tree's VERSION file: a windows go.exe cannot run here.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { goarchOf, parseArch } from '../../src/go/arch.js';
import { fetchIndex } from '../../src/go/download-index.js';
import { goToolCommand, readGorootRelease, type GoEnvFacts } from '../../src/go/go-command.js';
import { obtainGo, type ObtainOptions } from '../../src/go/obtain.js';
import { goBinOf, platformFor, type Platform } from '../../src/go/platform.js';
import { parseToolchainSpec } from '../../src/go/version-spec.js';
import { listedOnly, startGoDevServer, type GoDevServer, type ServedFile } from '../helpers/godev-server.js';
import { debianGoroot } from '../helpers/go.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'gck-foreign-'));
const servers: GoDevServer[] = [];
after(async () => {
  for (const s of servers) await s.close();
  rmSync(root, { recursive: true, force: true });
});

const debian = debianGoroot('1.21');
const goVersion = readFileSync(path.join(debian, 'VERSION'), 'utf8').split('\n', 1)[0]!.trim();
const version = goVersion.slice(2);

/** A windows (or darwin) release layout from the Debian tree's real files: go/VERSION, bin/go(.exe), pkg/tool/<goos>_<goarch>/nm(.exe), src/runtime's Go files. */
function stage(p: Platform, name: string): string {
  const dir = path.join(root, name);
  const go = path.join(dir, 'go');
  const exe = p.exeSuffix;
  const tools = path.join(go, 'pkg', 'tool', `${p.goos}_${goarchOf(p.arch)}`);
  mkdirSync(path.join(go, 'bin'), { recursive: true });
  mkdirSync(tools, { recursive: true });
  mkdirSync(path.join(go, 'src', 'runtime'), { recursive: true });
  cpSync(path.join(debian, 'VERSION'), path.join(go, 'VERSION'));
  cpSync(path.join(debian, 'go.env'), path.join(go, 'go.env'));
  cpSync(path.join(debian, 'bin', 'go'), path.join(go, 'bin', `go${exe}`));
  cpSync(path.join(debian, 'bin', 'gofmt'), path.join(go, 'bin', `gofmt${exe}`));
  cpSync(path.join(debian, 'pkg', 'tool', 'linux_amd64', 'nm'), path.join(tools, `nm${exe}`));
  for (const f of readdirSync(path.join(debian, 'src', 'runtime')).filter((n) => /^[a-z]+\.go$/.test(n)))
    cpSync(path.join(debian, 'src', 'runtime', f), path.join(go, 'src', 'runtime', f), { dereference: true });
  return dir;
}

function served(file: string, p: Platform): ServedFile {
  const body = readFileSync(file);
  return {
    filename: path.basename(file),
    body,
    sha256: createHash('sha256').update(body).digest('hex'),
    size: body.length,
    mode: 'ok',
    os: p.goos,
    arch: p.arch.go,
  };
}

function zipOf(dir: string, file: string, ...flags: string[]): string {
  const r = spawnSync('zip', ['-q', '-r', ...flags, file, 'go'], { cwd: dir, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return file;
}

function tarGzOf(dir: string, file: string): string {
  const r = spawnSync('tar', ['-C', dir, '-czf', file, 'go'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return file;
}

/** The replaced proof: what the tree's VERSION file and tool folder say (readGorootRelease), as bin/go would report it. */
function readTree(p: Platform): (goroot: string) => Promise<GoEnvFacts> {
  return (goroot) => {
    const v = readGorootRelease(goroot, p);
    if (!v) return Promise.reject(new Error(`${goroot} is not a ${p.goos}/${p.arch.go} release tree`));
    return Promise.resolve({ version: v, goroot, goos: p.goos, goarch: goarchOf(p.arch) });
  };
}

function options(p: Platform, base: string, toolCacheDir: string, extra: Partial<ObtainOptions> = {}): ObtainOptions {
  return {
    source: 'download',
    platform: p,
    toolCacheDir,
    localGoroots: [],
    tempDir: path.join(root, 'temp'),
    base,
    index: () => fetchIndex(base),
    asked: 'go-version "1.21"',
    info: () => undefined,
    warning: () => undefined,
    debug: () => undefined,
    prove: readTree(p),
    ...extra,
  };
}

// Trees of another OS lie on this machine's (posix) disk: the platform's facts, this disk's joins.
const windows = { ...platformFor('windows', parseArch('amd64')!), path: path.posix };
const darwin = { ...platformFor('darwin', parseArch('arm64')!), path: path.posix };

test('windows/amd64: the .zip is picked from the index, verified, extracted by extractZip into go/<v>/x64 with go.exe and nm.exe', async () => {
  const zip = zipOf(stage(windows, 'win'), path.join(root, `${goVersion}.windows-amd64.zip`));
  const tarball = tarGzOf(stage(darwin, 'mac'), path.join(root, `${goVersion}.darwin-arm64.tar.gz`));
  const server = await startGoDevServer([{ version: goVersion, stable: true, files: [served(zip, windows), served(tarball, darwin)] }]);
  servers.push(server);
  const tc = path.join(root, 'tc-win');
  const go = await obtainGo(parseToolchainSpec('1.21'), options(windows, server.base, tc));
  const goroot = path.join(tc, 'go', version, 'x64');
  assert.deepEqual([go.source, go.version, go.goroot], ['download', version, goroot]);
  assert.ok(existsSync(`${goroot}.complete`));
  assert.equal(server.requests.at(-1), `/${goVersion}.windows-amd64.zip`);
  assert.equal(goBinOf(goroot, windows), path.join(goroot, 'bin', 'go.exe'));
  assert.ok(readFileSync(goBinOf(goroot, windows)).equals(readFileSync(path.join(debian, 'bin', 'go'))), 'go.exe extracted whole');
  assert.deepEqual(goToolCommand(goBinOf(goroot, windows), 'nm', windows), [path.join(goroot, 'pkg', 'tool', 'windows_amd64', 'nm.exe')]);
  assert.ok(existsSync(path.join(goroot, 'src', 'runtime', 'proc.go')));
  assert.deepEqual(readdirSync(path.join(root, 'temp')), [], 'the download folder is gone');

  // The next leg finds it in the tool cache, without the index.
  const before = server.requests.length;
  const again = await obtainGo(parseToolchainSpec('1.21.x'), options(windows, server.base, tc, { source: 'auto' }));
  assert.deepEqual([again.source, again.goroot, server.requests.length], ['tool-cache', goroot, before]);

  // check-latest: the range means the index's newest release (listed here for linux only), not the cached one.
  const newer = await startGoDevServer([listedOnly('go1.21.99'), { version: goVersion, stable: true, files: [served(zip, windows)] }]);
  servers.push(newer);
  const warnings: string[] = [];
  await assert.rejects(obtainGo(parseToolchainSpec('1.21.x'), options(windows, newer.base, tc, { source: 'auto', checkLatest: true })), {
    message: /^Go 1\.21\.99 has no windows\/amd64 \.zip archive in the download index/,
  });
  // An unreachable index: the installed trees answer, with a warning.
  const offline = await obtainGo(
    parseToolchainSpec('1.21.x'),
    options(windows, 'http://127.0.0.1:9', tc, { source: 'auto', checkLatest: true, warning: (m) => warnings.push(m) }),
  );
  assert.equal(offline.goroot, goroot);
  assert.match(
    warnings.join('\n'),
    /cannot read the Go download index .*; resolving "1\.21\.x" against the Go toolchains installed on this runner instead/,
  );
});

test('darwin/arm64: the .tar.gz is picked and lands in go/<v>/arm64; a linux or windows platform does not see it', async () => {
  const server = servers[0]!;
  const tc = path.join(root, 'tc-mac');
  const go = await obtainGo(parseToolchainSpec(version), options(darwin, server.base, tc));
  const goroot = path.join(tc, 'go', version, 'arm64');
  assert.deepEqual([go.source, go.goroot], ['download', goroot]);
  assert.equal(server.requests.at(-1), `/${goVersion}.darwin-arm64.tar.gz`);
  assert.deepEqual(goToolCommand(goBinOf(goroot, darwin), 'nm', darwin), [path.join(goroot, 'pkg', 'tool', 'darwin_arm64', 'nm')]);
  await assert.rejects(
    obtainGo(parseToolchainSpec(version), options({ ...platformFor('linux', parseArch('arm64')!), path: path.posix }, server.base, tc)),
    { message: new RegExp(`^Go ${version.replace(/\./g, '\\.')} has no linux/arm64 \\.tar\\.gz archive in the download index`) },
  );
});

test('windows: a checksum-valid .zip holding a symlink out, or cut short, is refused before extracting; nothing is installed', async () => {
  const dir = stage(windows, 'win-bad');
  symlinkSync('/etc', path.join(dir, 'go', 'etc'));
  const evil = zipOf(dir, path.join(root, 'evil.zip'), '-y');
  const cases: [string, Buffer, RegExp][] = [
    ['symlink', readFileSync(evil), /does not extract \(refused: "go\/etc" is a symlink\); nothing was installed$/],
    [
      'cut short',
      readFileSync(evil).subarray(0, 4096),
      /does not extract \(corrupt: no end of central directory record: not a zip, or cut short\)/,
    ],
  ];
  for (const [name, body] of cases) {
    const file = path.join(root, `${goVersion}.windows-amd64.zip`);
    writeFileSync(file, body);
    const server = await startGoDevServer([{ version: goVersion, stable: true, files: [served(file, windows)] }]);
    servers.push(server);
    const tc = path.join(root, `tc-bad-${name.replace(/\W/g, '')}`);
    await assert.rejects(obtainGo(parseToolchainSpec('1.21'), options(windows, server.base, tc)), (e: Error) => {
      assert.match(e.message, cases.find((c) => c[0] === name)![2], name);
      return true;
    });
    assert.equal(existsSync(path.join(tc, 'go', version)), false, `${name}: no version folder`);
    assert.deepEqual(readdirSync(path.join(root, 'temp')), [], `${name}: the download folder is gone`);
  }
});
