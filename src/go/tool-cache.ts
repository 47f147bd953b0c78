// The tool cache layout, shared with actions/setup-go (through @actions/tool-cache's cacheDir and
// find) and the hosted runners' preinstalled Go:
//
//   <RUNNER_TOOL_CACHE>/go/<semver>/<arch>            e.g. /opt/hostedtoolcache/go/1.23.5/x64,
//   <RUNNER_TOOL_CACHE>/go/<semver>/<arch>.complete   C:\hostedtoolcache\windows\go\1.23.5\x64
//                                                     (on hosted Windows a junction to D:),
//                                                     /Users/runner/hostedtoolcache/go/1.23.5/arm64
//   <RUNNER_TOOL_CACHE>/go-<hash>/<semver>/<arch>     actions/setup-go's installs from a
//                                                     go-download-base-url: <hash> is the first 8
//                                                     hex digits of sha256(base URL without trailing
//                                                     slashes), so a mirror's build never poses as
//                                                     the runner's preinstalled go.dev one.
//
// <arch> is Node's spelling (x64, arm64, x86: Arch.toolCache), the folder holds the GOROOT (bin/,
// pkg/, src/ ...), and the .complete marker is written last: a folder without it is ignored.
// Read here with our own listing rather than @actions/tool-cache's find(): find reads the
// directory from RUNNER_TOOL_CACHE (the CLI and GitLab pass it explicitly) and matches semver
// ranges, while Go specs have their own syntax (src/go/version-spec.ts).
import { existsSync, readdirSync } from 'node:fs';
import { fromSemver, toSemver, type GoVersion } from './go-version.js';
import { hostPlatform, type Platform } from './platform.js';
import { sha256Hex } from '../process/sha256.js';

/** The tool folder of Go downloaded from `base` by actions/setup-go: `go` for go.dev, `go-<hash>` for a mirror. */
export function setupGoToolName(base: string | undefined, defaultBase: string): string {
  if (base === undefined || base === defaultBase) return 'go';
  return `go-${sha256Hex(base).slice(0, 8)}`;
}

export function toolCachePath(toolCacheDir: string, version: GoVersion, platform: Platform = hostPlatform(), tool = 'go'): string {
  return platform.path.join(toolCacheDir, tool, toSemver(version), platform.arch.toolCache);
}

export function completeMarker(installDir: string): string {
  return `${installDir}.complete`;
}

export interface CachedGo {
  version: GoVersion;
  goroot: string;
}

/**
 * Complete Go installs in the tool cache for one platform's arch (folders without the marker are
 * ignored), from the tool folders given (default `go`; the first listed wins for one version).
 */
export function listToolCache(toolCacheDir: string, platform: Platform = hostPlatform(), tools: readonly string[] = ['go']): CachedGo[] {
  const found: CachedGo[] = [];
  for (const tool of tools) {
    const root = platform.path.join(toolCacheDir, tool);
    if (!existsSync(root)) continue;
    for (const name of readdirSync(root)) {
      const version = fromSemver(name);
      if (!version || found.some((f) => toSemver(f.version) === name)) continue;
      const goroot = platform.path.join(root, name, platform.arch.toolCache);
      if (existsSync(goroot) && existsSync(completeMarker(goroot))) found.push({ version, goroot });
    }
  }
  return found;
}
