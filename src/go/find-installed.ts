// Finds a Go that is already on this machine: in the tool cache or in a preinstalled local tree,
// and proves it by running its bin/go. Used by setup-go-matrix (before any download) and by
// abi-diff (base-go/head-go: a version, or a GOROOT path).
//
// Local trees are used in place, not copied into the tool cache: Debian's /usr/lib/go-X is a
// symlink-heavy tree (src, api, test -> /usr/share/go-X) that works as it is; copying means
// dereferencing ~250 MB per version on every fresh runner, and the package manager owns the tree.
// Because a package upgrade can change the Go under a path, every use proves the version again.
import { existsSync } from 'node:fs';
import { goarchOf } from './arch.js';
import { GorootError, probeGoroot, type GoEnvFacts } from './go-command.js';
import { compareGoVersions, formatGoVersion, parseGoVersion, type GoVersion } from './go-version.js';
import { expandHome, findLocalGoroots } from './local-goroots.js';
import { goBinOf, hostPlatform, type Platform } from './platform.js';
import { listToolCache } from './tool-cache.js';
import { describeSpec, parseToolchainSpec, pickVersion, type ToolchainSpec } from './version-spec.js';

export type GoSource = 'tool-cache' | 'local' | 'download';

export interface InstalledGo {
  /** Go's spelling without prefix, as bin/go reports it: 1.23.5. */
  version: string;
  goroot: string;
  source: GoSource;
  /** What bin/go reported (host OS/arch, its own GOROOT). */
  facts: GoEnvFacts;
}

export interface FindOptions {
  toolCacheDir: string;
  /** Directories or globs of preinstalled trees (local-goroots input). */
  localGoroots: readonly string[];
  platform: Platform;
  /** Tool cache folders to list, first wins (default `go`; see tool-cache.ts for `go-<hash>`). */
  toolFolders?: readonly string[];
  /** Which places to look in, in order (default both). */
  sources?: readonly ('tool-cache' | 'local')[];
  /** Receives why a tree was skipped. */
  note?: (msg: string) => void;
  /** Proves a tree (default: run its bin/go, probeGoroot). */
  prove?: (goroot: string) => Promise<GoEnvFacts>;
}

export class VersionMismatchError extends Error {
  override name = 'VersionMismatchError';
}

/** Fails when bin/go under goroot is not the version we expected. */
export function assertReports(
  expected: GoVersion,
  facts: GoEnvFacts,
  goroot: string,
  where: string,
  platform: Platform = hostPlatform(),
): void {
  const reported = parseGoVersion(facts.version);
  if (!reported || compareGoVersions(reported, expected) !== 0) {
    throw new VersionMismatchError(
      `${where} ${goroot} should hold Go ${formatGoVersion(expected)}, but ${goBinOf(goroot, platform)} reports go${facts.version}; ` +
        `remove or fix that tree, or ask for go-version ${facts.version}`,
    );
  }
}

function looksLikePath(text: string): boolean {
  return /^(\/|~|\.\.?\/)/.test(text.trim());
}

/** A GOROOT given as a path: proved and returned with source "local". */
export async function goAtPath(goroot: string, platform: Platform = hostPlatform()): Promise<InstalledGo> {
  const dir = expandHome(goroot.trim());
  if (!existsSync(dir)) throw new GorootError(`GOROOT ${dir} does not exist`);
  const facts = await probeGoroot(dir, platform);
  if (facts.goarch !== goarchOf(platform.arch)) throw new GorootError(`Go in ${dir} is for ${facts.goarch}, not ${platform.arch.go}`);
  return { version: facts.version, goroot: dir, source: 'local', facts };
}

/**
 * The installed Go matching spec (a ToolchainSpec, a spec string, or a GOROOT path), proved by
 * running it; undefined when nothing installed matches. Throws when a match does not report the
 * version it claims to be.
 */
export async function findInstalledGo(spec: ToolchainSpec | string, opts: FindOptions): Promise<InstalledGo | undefined> {
  if (typeof spec === 'string' && looksLikePath(spec)) return goAtPath(spec, opts.platform);
  const s = typeof spec === 'string' ? parseToolchainSpec(spec) : spec;
  const sources = opts.sources ?? ['tool-cache', 'local'];
  const prove = opts.prove ?? ((goroot: string) => probeGoroot(goroot, opts.platform));
  const cached = sources.includes('tool-cache') ? listToolCache(opts.toolCacheDir, opts.platform, opts.toolFolders) : [];
  // Local trees are only probed when needed: each probe runs a go binary.
  let local: { version: GoVersion; goroot: string }[] | undefined;
  const locals = async () =>
    (local ??= sources.includes('local') ? await findLocalGoroots(opts.localGoroots, opts.platform, opts.note, prove) : []);

  let target: ToolchainSpec = s;
  if (s.kind === 'alias') {
    // stable/oldstable relative to what is installed: the caller decided not to ask the index.
    const all = [...cached.map((c) => c.version), ...(await locals()).map((l) => l.version)];
    const v = pickVersion(s, all);
    if (!v) return undefined;
    target = { kind: 'exact', text: formatGoVersion(v), version: v };
  }
  for (const source of sources) {
    let pool = source === 'tool-cache' ? cached : await locals();
    for (;;) {
      const v = pickVersion(
        target,
        pool.map((p) => p.version),
      );
      if (!v) break;
      const hit = pool.find((p) => compareGoVersions(p.version, v) === 0)!;
      let facts: GoEnvFacts;
      try {
        facts = await prove(hit.goroot);
      } catch (e) {
        // Local trees are listed from their VERSION files: one whose go does not run is skipped
        // (as a probe at listing time would have), and the next best tree is tried.
        if (source !== 'local' || !(e instanceof GorootError)) throw e;
        opts.note?.(e.message);
        pool = pool.filter((p) => p !== hit);
        continue;
      }
      assertReports(v, facts, hit.goroot, source === 'tool-cache' ? 'tool cache folder' : 'local GOROOT', opts.platform);
      return { version: facts.version, goroot: hit.goroot, source, facts };
    }
  }
  return undefined;
}

export { describeSpec };
