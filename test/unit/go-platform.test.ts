// The platform seam (src/go/platform.ts) for the OSes this machine is not: darwin and windows
// described by a Platform value, and what follows from it in download selection, archive kind, exe
// names, path joining (path.win32), the tool cache layout, leg dirs and cache key segments; plus
// the .zip member check that runs before a windows archive is extracted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArch, type Arch } from '../../src/go/arch.js';
import { parseIndex, pickArchive } from '../../src/go/download-index.js';
import { goToolCommand, readGorootRelease } from '../../src/go/go-command.js';
import { parseGoVersion } from '../../src/go/go-version.js';
import { legDirs } from '../../src/go/isolation.js';
import { goBinOf, goosOf, hostPlatform, platformFor, toolBinOf, type Platform } from '../../src/go/platform.js';
import { listToolCache, setupGoToolName, toolCachePath } from '../../src/go/tool-cache.js';
import { checkZip, listZip, refuseZipMember } from '../../src/go/zip-check.js';
import { buildKeys, modulesKeys } from '../../src/cache/keys.js';
import { goarchOf } from '../../src/go/arch.js';

const arch = (s: string): Arch => parseArch(s)!;
const on = (goos: string, a: string): Platform => platformFor(goos, arch(a));

test('platform facts per GOOS: exe suffix, path flavour, list separator, archive kind', () => {
  const rows: [string, string, string, string, string][] = [
    // goos, exe, sep, path flavour, archive
    ['linux', '', ':', 'posix', 'tar.gz'],
    ['darwin', '', ':', 'posix', 'tar.gz'],
    ['windows', '.exe', ';', 'win32', 'zip'],
    ['freebsd', '', ':', 'posix', 'tar.gz'],
  ];
  for (const [goos, exe, sep, flavour, kind] of rows) {
    const p = on(goos, 'amd64');
    assert.deepEqual(
      [p.exeSuffix, p.listSeparator, p.path === path.win32 ? 'win32' : 'posix', p.archiveKind],
      [exe, sep, flavour, kind],
      goos,
    );
  }
  assert.deepEqual((['linux', 'darwin', 'win32', 'sunos', 'haiku'] as NodeJS.Platform[]).map(goosOf), [
    'linux',
    'darwin',
    'windows',
    'solaris',
    undefined,
  ]);
  assert.equal(hostPlatform().goos, 'linux', 'this machine');
  assert.equal(hostPlatform(arch('386')).arch.toolCache, 'x86');
});

test('exe names and tool paths join the way the target OS does', () => {
  const win = on('windows', 'amd64');
  assert.equal(goBinOf('C:\\hostedtoolcache\\windows\\go\\1.23.5\\x64', win), 'C:\\hostedtoolcache\\windows\\go\\1.23.5\\x64\\bin\\go.exe');
  assert.equal(toolBinOf('C:\\go', 'nm', win), 'C:\\go\\pkg\\tool\\windows_amd64\\nm.exe');
  assert.equal(toolBinOf('C:\\go', 'nm', on('windows', 'arm64')), 'C:\\go\\pkg\\tool\\windows_arm64\\nm.exe');
  assert.equal(toolBinOf('C:\\go', 'nm', on('windows', 'x86')), 'C:\\go\\pkg\\tool\\windows_386\\nm.exe');
  assert.equal(goBinOf('/Users/runner/go', on('darwin', 'arm64')), '/Users/runner/go/bin/go');
  assert.equal(toolBinOf('/Users/runner/go', 'nm', on('darwin', 'arm64')), '/Users/runner/go/pkg/tool/darwin_arm64/nm');
  assert.equal(toolBinOf('/usr/local/go', 'nm', on('darwin', 'x64')), '/usr/local/go/pkg/tool/darwin_amd64/nm');
  // Leg dirs are per version and arch, joined for the OS.
  assert.deepEqual(legDirs('D:\\a\\_temp\\go-ci-kit', '1.23.5', win), {
    root: 'D:\\a\\_temp\\go-ci-kit\\go-1.23.5-amd64',
    gopath: 'D:\\a\\_temp\\go-ci-kit\\go-1.23.5-amd64\\gopath',
    gocache: 'D:\\a\\_temp\\go-ci-kit\\go-1.23.5-amd64\\gocache',
    gomodcache: 'D:\\a\\_temp\\go-ci-kit\\go-1.23.5-amd64\\gomodcache',
  });
});

// go.dev/dl/?mode=json&include=all, one release as go.dev lists it (installers and source beside the archives).
const index = JSON.stringify([
  {
    version: 'go1.23.5',
    stable: true,
    files: [
      ['go1.23.5.src.tar.gz', '', '', 'source'],
      ['go1.23.5.darwin-amd64.pkg', 'darwin', 'amd64', 'installer'],
      ['go1.23.5.darwin-amd64.tar.gz', 'darwin', 'amd64', 'archive'],
      ['go1.23.5.darwin-arm64.pkg', 'darwin', 'arm64', 'installer'],
      ['go1.23.5.darwin-arm64.tar.gz', 'darwin', 'arm64', 'archive'],
      ['go1.23.5.linux-amd64.tar.gz', 'linux', 'amd64', 'archive'],
      ['go1.23.5.windows-386.msi', 'windows', '386', 'installer'],
      ['go1.23.5.windows-386.zip', 'windows', '386', 'archive'],
      ['go1.23.5.windows-amd64.msi', 'windows', 'amd64', 'installer'],
      ['go1.23.5.windows-amd64.zip', 'windows', 'amd64', 'archive'],
      ['go1.23.5.windows-arm64.msi', 'windows', 'arm64', 'installer'],
      ['go1.23.5.windows-arm64.zip', 'windows', 'arm64', 'archive'],
    ].map(([filename, os, arch, kind]) => ({ filename, os, arch, version: 'go1.23.5', sha256: 'ab'.repeat(32), size: 1, kind })),
  },
]);

test('download selection: the archive (not the installer) for darwin and windows per arch, .zip on windows', () => {
  const [release] = parseIndex(index, 'u');
  const rows: [string, string, string | undefined][] = [
    ['darwin', 'amd64', 'go1.23.5.darwin-amd64.tar.gz'],
    ['darwin', 'ARM64', 'go1.23.5.darwin-arm64.tar.gz'],
    ['windows', 'X64', 'go1.23.5.windows-amd64.zip'],
    ['windows', 'arm64', 'go1.23.5.windows-arm64.zip'],
    ['windows', 'x86', 'go1.23.5.windows-386.zip'],
    ['linux', 'x64', 'go1.23.5.linux-amd64.tar.gz'],
    ['linux', 'arm64', undefined],
    ['darwin', '386', undefined],
  ];
  for (const [goos, a, want] of rows) assert.equal(pickArchive(release!, on(goos, a))?.filename, want, `${goos}/${a}`);
});

test('tool cache: go/<semver>/<x64|arm64|x86> with .complete, and setup-go go-<hash> folders for a mirror', () => {
  const v = parseGoVersion('1.23.5')!;
  assert.equal(toolCachePath('C:\\hostedtoolcache\\windows', v, on('windows', 'amd64')), 'C:\\hostedtoolcache\\windows\\go\\1.23.5\\x64');
  assert.equal(toolCachePath('C:\\hostedtoolcache\\windows', v, on('windows', '386')), 'C:\\hostedtoolcache\\windows\\go\\1.23.5\\x86');
  assert.equal(toolCachePath('/Users/runner/hostedtoolcache', v, on('darwin', 'arm64')), '/Users/runner/hostedtoolcache/go/1.23.5/arm64');
  assert.equal(setupGoToolName('https://go.dev/dl', 'https://go.dev/dl'), 'go');
  assert.equal(setupGoToolName('https://mirror.example/golang', 'https://go.dev/dl'), 'go-66c63f5a');

  // A real directory tree as a macOS runner has it (posix joins on this machine's disk).
  const tc = mkdtempSync(path.join(os.tmpdir(), 'gck-tc-platform-'));
  const lay = (tool: string, ver: string, folder: string, complete: boolean) => {
    mkdirSync(path.join(tc, tool, ver, folder), { recursive: true });
    if (complete) writeFileSync(path.join(tc, tool, ver, `${folder}.complete`), '');
  };
  lay('go', '1.23.5', 'arm64', true);
  lay('go', '1.22.12', 'x64', true);
  lay('go', '1.21.13', 'arm64', false);
  lay('go-66c63f5a', '1.20.14', 'arm64', true);
  lay('go-66c63f5a', '1.23.5', 'arm64', true);
  const arm = on('darwin', 'arm64');
  const list = (tools?: string[]) => listToolCache(tc, arm, tools).map((c) => path.relative(tc, c.goroot));
  assert.deepEqual(list(), [path.join('go', '1.23.5', 'arm64')]);
  assert.deepEqual(list(['go', 'go-66c63f5a']), [path.join('go', '1.23.5', 'arm64'), path.join('go-66c63f5a', '1.20.14', 'arm64')]);
  assert.deepEqual(listToolCache(tc, on('darwin', 'x64')).length, 1);
});

test('cache key segments take the OS and arch of the platform', () => {
  for (const [goos, a, seg] of [
    ['darwin', 'arm64', 'darwin-arm64'],
    ['windows', 'x64', 'windows-amd64'],
    ['windows', 'x86', 'windows-386'],
  ] as const) {
    const p = on(goos, a);
    const facts = { goos: p.goos, goarch: goarchOf(p.arch), goVersion: '1.23.5', depsHash: 'abc', runUnique: '1-1-x' };
    assert.equal(modulesKeys(facts).key, `go-ci-kit-v1-mod-${seg}-go1.23.5-abc`);
    assert.equal(buildKeys(facts).restorePrefixes.at(-1), `go-ci-kit-v1-build-${seg}-go1.23.5-`);
  }
});

test('a windows tree on disk: VERSION and bin/go.exe make a release; go tool nm runs pkg/tool/windows_amd64/nm.exe', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'gck-wintree-'));
  // A windows tree lies on this machine's (posix) disk: the platform's facts, this disk's joins.
  const win = { ...on('windows', 'amd64'), path: path.posix };
  const goroot = path.join(root, 'go');
  mkdirSync(path.join(goroot, 'bin'), { recursive: true });
  mkdirSync(path.join(goroot, 'pkg', 'tool', 'windows_amd64'), { recursive: true });
  writeFileSync(path.join(goroot, 'VERSION'), 'go1.23.5\ntime 2025-01-16T17:44:51Z\n');
  writeFileSync(path.join(goroot, 'bin', 'go.exe'), 'MZ');
  writeFileSync(path.join(goroot, 'pkg', 'tool', 'windows_amd64', 'nm.exe'), 'MZ');
  assert.equal(readGorootRelease(goroot, win), '1.23.5');
  assert.equal(readGorootRelease(goroot, { ...on('windows', 'arm64'), path: path.posix }), undefined, 'no windows_arm64 tools');
  assert.equal(readGorootRelease(goroot), undefined, 'not a tree for this linux host');
  assert.deepEqual(goToolCommand(path.join(goroot, 'bin', 'go.exe'), 'nm', win), [
    path.join(goroot, 'pkg', 'tool', 'windows_amd64', 'nm.exe'),
  ]);
  assert.deepEqual(goToolCommand(path.join(goroot, 'bin', 'go.exe'), 'nm', { ...on('darwin', 'amd64'), path: path.posix }), [
    path.join(goroot, 'bin', 'go.exe'),
    'tool',
    'nm',
  ]);
});

function zipOf(dir: string, args: string[]): string {
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.zip`);
  const r = spawnSync('zip', ['-q', '-r', ...args.slice(0, -1), file, args.at(-1)!], { cwd: dir, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return file;
}

test('zip check: what the member list may hold before extractZip runs', () => {
  const limits = { maxTotalBytes: 1 << 20, maxFileBytes: 1 << 19, maxMembers: 10 };
  const rows: [string, number, number, string | undefined][] = [
    ['go/bin/go.exe', 10, 0o100755, undefined],
    ['/etc/passwd', 10, 0, '"/etc/passwd" is an absolute path'],
    ['\\Windows\\x', 10, 0, '"\\\\Windows\\\\x" is an absolute path'],
    ['C:evil', 10, 0, '"C:evil" is an absolute path'],
    ['go/../../x', 10, 0, '"go/../../x" has a ".." part, which can lead outside the tree'],
    ['go\\..\\x', 10, 0, '"go\\\\..\\\\x" has a ".." part, which can lead outside the tree'],
    ['go/link', 10, 0o120777, '"go/link" is a symlink'],
    ['go/dev', 0, 0o020644, '"go/dev" is a character device'],
    ['go/su', 10, 0o104755, '"go/su" is setuid or setgid'],
    ['go/big', 1 << 20, 0o100644, '"go/big" is 1048576 bytes, over the 524288-byte limit for one file'],
  ];
  for (const [name, size, mode, want] of rows) assert.equal(refuseZipMember({ name, size, mode }, limits), want, name);

  // Real zips from Info-ZIP's zip.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gck-zipcheck-'));
  mkdirSync(path.join(dir, 'go', 'bin'), { recursive: true });
  writeFileSync(path.join(dir, 'go', 'bin', 'go.exe'), 'MZ'.repeat(100));
  const good = zipOf(dir, ['go']);
  assert.deepEqual(
    listZip(good).map((m) => [m.name, m.size]),
    [
      ['go/', 0],
      ['go/bin/', 0],
      ['go/bin/go.exe', 200],
    ],
  );
  assert.equal(checkZip(good, limits), '');
  assert.equal(checkZip(good, { ...limits, maxMembers: 2 }), 'refused: 3 members, over the limit of 2');
  assert.equal(checkZip(good, { ...limits, maxTotalBytes: 100 }), 'refused: the members hold more than 100 bytes in all');
  symlinkSync('/etc', path.join(dir, 'go', 'etc'));
  assert.equal(checkZip(zipOf(dir, ['-y', 'go']), limits), 'refused: "go/etc" is a symlink');
  chmodSync(path.join(dir, 'go', 'bin', 'go.exe'), 0o4755);
  assert.match(checkZip(zipOf(dir, ['go/bin']), limits), /^refused: "go\/bin\/go\.exe" is setuid or setgid$/);
  const cut = path.join(dir, 'cut.zip');
  writeFileSync(cut, readFileSync(good).subarray(0, 150));
  assert.equal(checkZip(cut, limits), 'corrupt: no end of central directory record: not a zip, or cut short');
  writeFileSync(cut, 'not a zip');
  assert.match(checkZip(cut, limits), /^corrupt: /);
});
