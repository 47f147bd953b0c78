// The platform a Go toolchain is for, and what follows from it: GOOS and architecture, the `.exe`
// suffix, how paths of that OS join (path.posix or path.win32), the PATH list separator and the
// kind of archive go.dev ships for it (.zip for windows, .tar.gz for the rest). The one place that
// maps Node's platform to GOOS. Product code takes a Platform as a parameter whose default is
// hostPlatform(), so a darwin or windows leg can be described (and tested) on any machine.
import * as path from 'node:path';
import { goarchOf, hostArch, type Arch } from './arch.js';

export type ArchiveKind = 'tar.gz' | 'zip';

export interface Platform {
  /** GOOS: linux, darwin, windows ... (go.dev's `os` field). */
  goos: string;
  arch: Arch;
  /** Appended to program names: go.exe, nm.exe on windows. */
  exeSuffix: '' | '.exe';
  /** Joins, splits and resolves paths the way this OS does. */
  path: path.PlatformPath;
  /** Separates the entries of PATH (and GOPATH-style lists). */
  listSeparator: ':' | ';';
  /** The release archive go.dev ships for this OS. */
  archiveKind: ArchiveKind;
}

const goosOfNode: Partial<Record<NodeJS.Platform, string>> = {
  linux: 'linux',
  darwin: 'darwin',
  win32: 'windows',
  freebsd: 'freebsd',
  openbsd: 'openbsd',
  netbsd: 'netbsd',
  aix: 'aix',
  android: 'android',
  sunos: 'solaris',
};

/** GOOS for a Node platform name; undefined where Go has no port. */
export function goosOf(nodePlatform: NodeJS.Platform): string | undefined {
  return goosOfNode[nodePlatform];
}

export function platformFor(goos: string, arch: Arch): Platform {
  const windows = goos === 'windows';
  return {
    goos,
    arch,
    exeSuffix: windows ? '.exe' : '',
    path: windows ? path.win32 : path.posix,
    listSeparator: windows ? ';' : ':',
    archiveKind: windows ? 'zip' : 'tar.gz',
  };
}

/** This machine (with another architecture when given, e.g. a 386 leg on amd64). */
export function hostPlatform(arch: Arch = hostArch()): Platform {
  return platformFor(goosOf(process.platform) ?? process.platform, arch);
}

/** A program's file name on the platform: go → go.exe on windows. */
export function exeName(name: string, platform: Platform = hostPlatform()): string {
  return name + platform.exeSuffix;
}

/** GOROOT/bin/go (go.exe). */
export function goBinOf(goroot: string, platform: Platform = hostPlatform()): string {
  return platform.path.join(goroot, 'bin', exeName('go', platform));
}

/** GOROOT/pkg/tool/<goos>_<goarch>: where the go command looks for `go tool` programs. */
export function toolDirOf(goroot: string, platform: Platform = hostPlatform()): string {
  return platform.path.join(goroot, 'pkg', 'tool', `${platform.goos}_${goarchOf(platform.arch)}`);
}

/** GOROOT/pkg/tool/<goos>_<goarch>/<tool>(.exe), e.g. nm.exe on windows. */
export function toolBinOf(goroot: string, tool: string, platform: Platform = hostPlatform()): string {
  return platform.path.join(toolDirOf(goroot, platform), exeName(tool, platform));
}

/** `<goos>/<goarch>` as go.dev and error messages spell it. */
export function describePlatform(platform: Platform): string {
  return `${platform.goos}/${platform.arch.go}`;
}
