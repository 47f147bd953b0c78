// The tool cache layout, shared with actions/setup-go and the hosted runners' pre-installed Go:
// <toolCacheDir>/go/<semver>/<arch> plus a sibling <arch>.complete marker written last.
// Read here without @actions/tool-cache so callers can pass the directory explicitly.
import { existsSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import type { Arch } from './arch.js';
import { fromSemver, toSemver, type GoVersion } from './go-version.js';

export function toolCachePath(toolCacheDir: string, version: GoVersion, arch: Arch): string {
  return path.join(toolCacheDir, 'go', toSemver(version), arch.toolCache);
}

export function completeMarker(installDir: string): string {
  return `${installDir}.complete`;
}

export interface CachedGo {
  version: GoVersion;
  goroot: string;
}

/** Complete Go installs in the tool cache for one arch (folders without the marker are ignored). */
export function listToolCache(toolCacheDir: string, arch: Arch): CachedGo[] {
  const root = path.join(toolCacheDir, 'go');
  if (!existsSync(root)) return [];
  const found: CachedGo[] = [];
  for (const name of readdirSync(root)) {
    const version = fromSemver(name);
    if (!version) continue;
    const goroot = path.join(root, name, arch.toolCache);
    if (existsSync(goroot) && existsSync(completeMarker(goroot))) found.push({ version, goroot });
  }
  return found;
}
