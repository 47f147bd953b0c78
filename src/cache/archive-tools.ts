// Which programs write and read cache archives on this runner, and with which arguments: GNU tar
// (Linux runners) or bsdtar (the `tar` of macOS and of Windows' System32; Debian's
// libarchive-tools), with zstd, or gzip where zstd is missing. The host OS enters here as a plain
// parameter, defaulting from the runner's GOOS (go/platform.ts, the one Node platform → GOOS map);
// everything else is pure, so the choices for darwin and windows are tested on Linux.
//
// Both tars read both tars' archives: each archive is a pax tar stream (GNU `--posix`, bsdtar
// `--format pax`), and the compressor is named by the archive's first bytes, not by its name.
import { execFile, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type { Transform } from 'node:stream';
import * as zlib from 'node:zlib';
import { findOnPath } from '../fs/on-path.js';
import { goosOf } from '../go/platform.js';

export type HostOs = 'linux' | 'darwin' | 'windows';
export type TarFlavor = 'gnu' | 'bsd';
export type Compression = 'zstd' | 'gzip';

/** The runner's OS as the cache code tells them apart: windows, darwin, or any other GOOS as linux (GNU tar). */
export function hostOs(platform: NodeJS.Platform = process.platform): HostOs {
  const goos = goosOf(platform);
  return goos === 'windows' || goos === 'darwin' ? goos : 'linux';
}

export interface ArchiveTools {
  hostOs: HostOs;
  /** The tar program (a name looked up on PATH, or a path). */
  tar: string;
  flavor: TarFlavor;
  /** What new archives are compressed with (reading picks by the archive's magic bytes). */
  compression: Compression;
}

/**
 * The tar each OS has: Windows' own bsdtar in System32 (not Git's GNU tar that may come first on
 * PATH), `tar` elsewhere.
 */
export function defaultTar(os: HostOs, env: NodeJS.ProcessEnv = process.env): string {
  if (os !== 'windows') return 'tar';
  const system32 = path.win32.join(env.SystemRoot ?? env.SYSTEMROOT ?? 'C:\\Windows', 'System32', 'tar.exe');
  return existsSync(system32) ? system32 : 'tar';
}

/** The flavor a `tar --version` first line names; undefined when it names neither (then the OS decides). */
export function flavorOfVersion(text: string): TarFlavor | undefined {
  if (/bsdtar|libarchive/i.test(text)) return 'bsd';
  if (/GNU tar/i.test(text)) return 'gnu';
  return undefined;
}

/** What a tar is when it cannot be asked: GNU on Linux, bsdtar on macOS and Windows. */
export const osFlavor = (os: HostOs): TarFlavor => (os === 'linux' ? 'gnu' : 'bsd');

/** Whether a program named name is on PATH, as spawn finds it (fs/on-path.ts: name.com or name.exe on Windows). */
export function onPath(name: string, os: HostOs, env: NodeJS.ProcessEnv = process.env): boolean {
  return findOnPath(name, { windows: os === 'windows', env }) !== undefined;
}

const detected = new Map<string, ArchiveTools>();
const asking = new Map<string, Promise<ArchiveTools>>();

/** The tar to ask, and what its answer is remembered under (the same OS, tar and PATH give the same tools). */
function askFor(os: HostOs, env: NodeJS.ProcessEnv): { tar: string; memo: string } {
  const tar = defaultTar(os, env);
  return { tar, memo: `${os}\0${tar}\0${env.PATH ?? env.Path ?? ''}` };
}

function toolsOf(os: HostOs, tar: string, versionText: string, env: NodeJS.ProcessEnv): ArchiveTools {
  return {
    hostOs: os,
    tar,
    flavor: flavorOfVersion(versionText) ?? osFlavor(os),
    compression: onPath('zstd', os, env) ? 'zstd' : 'gzip',
  };
}

/**
 * The tools of this runner: the OS's tar, asked once per process what it is (a PATH whose `tar`
 * is bsdtar on Linux works too), zstd when it is on PATH, else gzip.
 */
export function archiveTools(os: HostOs = hostOs(), env: NodeJS.ProcessEnv = process.env): ArchiveTools {
  const { tar, memo } = askFor(os, env);
  const known = detected.get(memo);
  if (known) return known;
  const asked = spawnSync(tar, ['--version'], { encoding: 'utf8', env, windowsHide: true, timeout: 10_000 });
  // stdout is null when the program could not start at all.
  const tools = toolsOf(os, tar, asked.error ? '' : asked.stdout, env);
  detected.set(memo, tools);
  return tools;
}

/**
 * archiveTools without blocking this process while tar answers: a restore asks while its lookups
 * are on the wire, and archiveTools then finds the answer remembered.
 */
export function archiveToolsSoon(os: HostOs = hostOs(), env: NodeJS.ProcessEnv = process.env): Promise<ArchiveTools> {
  const { tar, memo } = askFor(os, env);
  const known = detected.get(memo);
  if (known) return Promise.resolve(known);
  let pending = asking.get(memo);
  if (!pending) {
    pending = new Promise<ArchiveTools>((resolve) => {
      execFile(tar, ['--version'], { encoding: 'utf8', env, windowsHide: true, timeout: 10_000 }, (_error, stdout) => {
        // Whoever asked first (either way) is the answer.
        const tools = detected.get(memo) ?? toolsOf(os, tar, stdout, env);
        detected.set(memo, tools);
        resolve(tools);
      });
    });
    asking.set(memo, pending);
  }
  return pending;
}

/**
 * tar arguments that write `-C meta <first>` then the contents of dir, as a pax stream on stdout,
 * leaving out exclude (top-level names in dir) and dir's own copy of `first` where the tar can.
 * Member mtimes are the files' own: a build cache's are back-dated on restore (TarRules.mtime),
 * as bsdtar has no --mtime.
 */
export function createArgs(tools: ArchiveTools, meta: string, first: string, dir: string, exclude: readonly string[]): string[] {
  if (tools.flavor === 'gnu') {
    // GNU tar matches "./x" literally against member names: `first` (stored without "./") stays.
    const flags = [...exclude, first].map((e) => `--exclude=./${e}`);
    return ['--posix', '-cf', '-', '-C', meta, first, '-C', dir, ...flags, '.'];
  }
  // bsdtar: options before the operands; patterns anchored at the start ("^./fuzz", not every
  // "fuzz" below); it drops a leading "./" before matching, so dir's own copy of `first` cannot
  // be told from `first` and stays (the reader takes the first one: TarRules.capture). No
  // extended attributes, ACLs, file flags or (macOS) AppleDouble `._` members: Go's caches hold none.
  const flags = exclude.flatMap((e) => ['--exclude', `^./${e}`]);
  const mac = tools.hostOs === 'darwin' ? ['--no-mac-metadata'] : [];
  return ['--format', 'pax', '--no-xattrs', '--no-acls', '--no-fflags', ...mac, ...flags, '-cf', '-', '-C', meta, first, '-C', dir, '.'];
}

/**
 * tar arguments that extract a tar stream from stdin into dest, owned by this user, with the
 * umask's permissions. GNU tar reads and writes in records: 1 MiB ones (`-b 2048`, filled from the
 * pipe with `-B`) instead of its default 10 KiB cut its read and write calls ~100-fold on a build
 * cache's large files, ~10 % of a restore (bench/restore-floor.ts); bsdtar sizes its own reads.
 */
export function extractArgs(tools: ArchiveTools, dest: string): string[] {
  if (tools.flavor === 'gnu') return ['-C', dest, '--no-same-owner', '--no-same-permissions', '-B', '-b', '2048', '-xf', '-'];
  return ['-x', '-f', '-', '-C', dest, '--no-same-owner', '--no-xattrs', '--no-acls', '--no-fflags'];
}

/** Compressor arguments: stdin to stdout (zstd -3 on all cores; gzip -6, its default). */
export function compressArgs(compression: Compression): [string, string[]] {
  return compression === 'zstd' ? ['zstd', ['-T0', '-3', '-q', '-c']] : ['gzip', ['-c', '-6']];
}

/** Decompressor arguments reading file (or stdin when file is undefined) to stdout. */
export function decompressArgs(compression: Compression, file?: string): [string, string[]] {
  const input = file === undefined ? [] : ['--', file];
  return compression === 'zstd' ? ['zstd', ['-d', '-q', '-c', ...input]] : ['gzip', ['-d', '-c', ...input]];
}

const zlibZstd = (zlib as { createZstdDecompress?: (o: zlib.ZlibOptions) => Transform }).createZstdDecompress;
/** Whether this Node decompresses zstd itself (decompressorFor). */
export const zstdInProcess = zlibZstd !== undefined;

export type DecompressorWay = 'program' | 'in-process';

/**
 * How a restore decompresses: zstd with the zstd program where the runner has it (it decodes ~4×
 * faster than Node's zlib zstd and allocates nothing in this process: bench/restore-floor.ts), in
 * this process when the runner lacks it but this Node has zlib zstd; gzip with zlib, which every
 * Node has (the archives of a runner without zstd).
 */
export function decompressorWay(compression: Compression, tools: ArchiveTools): DecompressorWay {
  if (compression === 'gzip') return 'in-process';
  return tools.compression === 'zstd' || !zstdInProcess ? 'program' : 'in-process';
}

/** Output chunks of an in-process decompressor: zlib's 16 KiB default means ~11,000 pushes per 174 MB restore. */
const DECODE_CHUNK = 256 * 1024;

/**
 * A decompressor inside this process, when this Node has one for the compression: gunzip always,
 * zstd from Node 22.15 / 23.8 (the runner's node24 has it). decompressorWay says when it is used.
 */
export function decompressorFor(compression: Compression): { stream: Transform; name: string } | undefined {
  if (compression === 'gzip') return { stream: zlib.createGunzip({ chunkSize: DECODE_CHUNK }), name: 'gzip' };
  return zlibZstd ? { stream: zlibZstd({ chunkSize: DECODE_CHUNK }), name: 'zstd' } : undefined;
}

/** The compression an archive's first bytes name, or undefined when neither zstd nor gzip. */
export function compressionOf(head: Uint8Array): Compression | undefined {
  if (head.length >= 4 && head[0] === 0x28 && head[1] === 0xb5 && head[2] === 0x2f && head[3] === 0xfd) return 'zstd';
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  return undefined;
}
