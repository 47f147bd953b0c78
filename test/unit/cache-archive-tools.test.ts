// Which tar and compressor a runner of each OS uses, and with which arguments (src/cache/archive-tools.ts):
// the choices for darwin and windows are made by the same code on this Linux machine.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  compressArgs,
  compressionOf,
  createArgs,
  decompressArgs,
  defaultTar,
  extractArgs,
  flavorOfVersion,
  hostOs,
  onPath,
  osFlavor,
  type ArchiveTools,
} from '../../src/cache/archive-tools.js';

const tools = (flavor: 'gnu' | 'bsd', os: ArchiveTools['hostOs']): ArchiveTools => ({
  hostOs: os,
  tar: 'tar',
  flavor,
  compression: 'zstd',
});

test('host OS from Node platform names; the tar each OS has', () => {
  assert.deepEqual(
    (['linux', 'darwin', 'win32', 'freebsd'] as const).map((p) => hostOs(p)),
    ['linux', 'darwin', 'windows', 'linux'],
  );
  assert.deepEqual(
    (['linux', 'darwin', 'windows'] as const).map((o) => osFlavor(o)),
    ['gnu', 'bsd', 'bsd'],
  );
  assert.equal(defaultTar('linux'), 'tar');
  assert.equal(defaultTar('darwin'), 'tar');
  // Windows' own bsdtar, when System32 has it; this machine has no C:\Windows, so PATH's tar.
  assert.equal(defaultTar('windows', { SystemRoot: 'C:\\Windows' }), 'tar');
});

test('tar --version names the flavor', () => {
  assert.equal(flavorOfVersion('tar (GNU tar) 1.34\nCopyright'), 'gnu');
  assert.equal(flavorOfVersion('bsdtar 3.6.2 - libarchive 3.6.2 zlib/1.2.13'), 'bsd');
  assert.equal(flavorOfVersion('bsdtar 3.7.4 - libarchive 3.7.4 zlib/1.2.12 liblzma/5.4.3 bz2lib/1.0.8'), 'bsd');
  assert.equal(flavorOfVersion('tar: unrecognized option'), undefined);
  assert.equal(flavorOfVersion(''), undefined);
});

test('PATH lookup: ":" on Unix, ";" and .com/.exe on Windows', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gck-onpath-'));
  mkdirSync(path.join(dir, 'bin'));
  writeFileSync(path.join(dir, 'bin', 'zstd.exe'), '');
  writeFileSync(path.join(dir, 'bin', 'gzip'), '', { mode: 0o755 });
  writeFileSync(path.join(dir, 'bin', 'xz'), '', { mode: 0o644 });
  assert.equal(onPath('zstd', 'linux', { PATH: `/nonexistent:${path.join(dir, 'bin')}` }), false, 'no zstd without .exe on Unix');
  assert.equal(onPath('gzip', 'linux', { PATH: `/nonexistent:${path.join(dir, 'bin')}` }), true);
  assert.equal(onPath('xz', 'linux', { PATH: path.join(dir, 'bin') }), false, 'a file we cannot execute is not a program on Unix');
  assert.equal(onPath('bin', 'linux', { PATH: dir }), false, 'a directory is not a program');
  assert.equal(onPath('zstd', 'windows', { Path: `C:\\nothing;${path.join(dir, 'bin')}`, PATHEXT: '.COM;.EXE' }), true);
  // PATHEXT is cmd.exe's rule; spawn (libuv) runs name.com or name.exe whatever it says, and never a .cmd.
  assert.equal(onPath('zstd', 'windows', { PATH: path.join(dir, 'bin'), PATHEXT: '.COM' }), true);
  writeFileSync(path.join(dir, 'bin', 'xz.cmd'), '');
  assert.equal(onPath('xz', 'windows', { PATH: path.join(dir, 'bin'), PATHEXT: '.CMD;.EXE' }), false, 'a .cmd is not run without a shell');
  assert.equal(onPath('zstd', 'linux', {}), false);
});

test('create arguments: GNU --posix with ./-exclusions; bsdtar pax, options first, anchored exclusions, no mac metadata on darwin', () => {
  assert.deepEqual(createArgs(tools('gnu', 'linux'), '/m', '.entry', '/d', ['fuzz']), [
    '--posix',
    '-cf',
    '-',
    '-C',
    '/m',
    '.entry',
    '-C',
    '/d',
    '--exclude=./fuzz',
    '--exclude=./.entry',
    '.',
  ]);
  const mac = createArgs(tools('bsd', 'darwin'), '/m', '.entry', '/d', ['fuzz']);
  assert.deepEqual(mac.slice(0, 2), ['--format', 'pax']);
  assert.ok(mac.includes('--no-mac-metadata'));
  assert.ok(mac.indexOf('^./fuzz') < mac.indexOf('-cf'), 'bsdtar reads options before operands only');
  assert.deepEqual(mac.slice(-8), ['-cf', '-', '-C', '/m', '.entry', '-C', '/d', '.']);
  const win = createArgs(tools('bsd', 'windows'), 'C:\\m', '.entry', 'C:\\d', []);
  assert.ok(!win.includes('--no-mac-metadata'));
  assert.ok(!win.some((a) => a.startsWith('--exclude')));
});

test('extract arguments never restore owners; compressors stream stdin to stdout', () => {
  assert.deepEqual(extractArgs(tools('gnu', 'linux'), '/x'), [
    '-C',
    '/x',
    '--no-same-owner',
    '--no-same-permissions',
    '-B',
    '-b',
    '2048',
    '-xf',
    '-',
  ]);
  assert.deepEqual(extractArgs(tools('bsd', 'windows'), 'C:\\x').slice(0, 5), ['-x', '-f', '-', '-C', 'C:\\x']);
  assert.ok(extractArgs(tools('bsd', 'darwin'), '/x').includes('--no-same-owner'));
  assert.deepEqual(compressArgs('zstd'), ['zstd', ['-T0', '-3', '-q', '-c']]);
  assert.deepEqual(compressArgs('gzip'), ['gzip', ['-c', '-6']]);
  assert.deepEqual(decompressArgs('zstd', '/a'), ['zstd', ['-d', '-q', '-c', '--', '/a']]);
  assert.deepEqual(decompressArgs('gzip'), ['gzip', ['-d', '-c']]);
});

test('the compression is read from the first bytes', () => {
  assert.equal(compressionOf(Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0])), 'zstd');
  assert.equal(compressionOf(Buffer.from([0x1f, 0x8b, 8])), 'gzip');
  assert.equal(compressionOf(Buffer.from('ustar')), undefined);
  assert.equal(compressionOf(Buffer.alloc(0)), undefined);
});
