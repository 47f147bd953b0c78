// Preinstalled Go trees named by the local-goroots input (directories or globs, `~` = home).
// A tree counts only when its bin/go runs and reports a version; trees are used in place (see
// find-installed.ts for why they are not copied into the tool cache).
import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { goarchOf } from './arch.js';
import { probeGoroot, readGorootRelease, type GoEnvFacts } from './go-command.js';
import { parseGoVersion, type GoVersion } from './go-version.js';
import type { Platform } from './platform.js';

/** Default of the local-goroots input (setup-go-matrix and abi-diff look in the same places): the go.dev tarball's home, Debian/Ubuntu packages, `go install golang.org/dl/...` downloads. */
export const defaultLocalGoroots = '/usr/local/go\n/usr/lib/go-*\n~/sdk/go*';

export function expandHome(p: string, home = os.homedir()): string {
  if (p === '~') return home;
  if (p.startsWith('~/')) return path.join(home, p.slice(2));
  return p;
}

function segmentRegExp(segment: string): RegExp {
  let re = '';
  for (const ch of segment) {
    if (ch === '*') re += '[^/]*';
    else if (ch === '?') re += '[^/]';
    else re += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** Expands `*` and `?` in any path segment; returns existing directories, sorted. */
export function expandGlob(pattern: string): string[] {
  const abs = path.resolve(expandHome(pattern));
  const segments = abs.split(path.sep).filter(Boolean);
  let current: string[] = [path.sep];
  for (const seg of segments) {
    const next: string[] = [];
    const wild = /[*?]/.test(seg);
    for (const dir of current) {
      if (!wild) {
        const p = path.join(dir, seg);
        if (existsSync(p)) next.push(p);
        continue;
      }
      let names: string[];
      try {
        names = readdirSync(dir);
      } catch {
        continue;
      }
      const re = segmentRegExp(seg);
      for (const n of names.sort()) if (re.test(n)) next.push(path.join(dir, n));
    }
    current = next;
  }
  return current.filter((p) => {
    try {
      return statSync(p).isDirectory();
    } catch {
      return false;
    }
  });
}

export interface LocalGo {
  version: GoVersion;
  goroot: string;
}

/**
 * Every tree the patterns match, for the platform's GOOS and architecture. A release tree is listed from its VERSION file and
 * tool directory without running it (a probe is a process start per tree, ten of them on a runner
 * with many Go installs); other trees are probed (in parallel). Whoever picks a tree proves it
 * (findInstalledGo). Skipped trees are reported through `note`.
 */
export async function findLocalGoroots(
  patterns: readonly string[],
  platform: Platform,
  note: (msg: string) => void = () => {},
  prove: (goroot: string) => Promise<GoEnvFacts> = (goroot) => probeGoroot(goroot, platform),
): Promise<LocalGo[]> {
  const arch = platform.arch;
  const seen = new Set<string>();
  const dirs: string[] = [];
  for (const pattern of patterns) {
    for (const dir of expandGlob(pattern)) {
      const real = realpathSync(dir);
      if (seen.has(real)) continue;
      seen.add(real);
      dirs.push(dir);
    }
  }
  const probed = await Promise.all(
    dirs.map(async (goroot): Promise<LocalGo | undefined> => {
      const release = readGorootRelease(goroot, platform);
      const listed = release === undefined ? undefined : parseGoVersion(release);
      if (listed) return { version: listed, goroot };
      try {
        const facts = await prove(goroot);
        const version = parseGoVersion(facts.version);
        if (!version) note(`${goroot}: bin/go reports "${facts.version}", not a Go release`);
        else if (facts.goarch !== goarchOf(arch)) note(`${goroot}: Go ${facts.version} is for ${facts.goarch}, not ${arch.go}`);
        else return { version, goroot };
      } catch (e) {
        note(e instanceof Error ? e.message : String(e));
      }
      return undefined;
    }),
  );
  return probed.filter((x): x is LocalGo => x !== undefined);
}
