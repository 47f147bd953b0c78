// Per-version GOPATH, GOCACHE and GOMODCACHE for one leg, so two Go versions in one job (or on
// one persistent runner) never share or clobber each other's module and build caches.
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { hostPlatform, type Platform } from './platform.js';

export interface LegDirs {
  root: string;
  gopath: string;
  gocache: string;
  gomodcache: string;
}

/** <workDir>/go-<version>-<arch>/{gopath,gocache,gomodcache}: per version and arch (a job runs on one OS). */
export function legDirs(workDir: string, version: string, platform: Platform = hostPlatform()): LegDirs {
  const join = (...parts: string[]) => platform.path.join(...parts);
  const root = join(workDir, `go-${version}-${platform.arch.go}`);
  return { root, gopath: join(root, 'gopath'), gocache: join(root, 'gocache'), gomodcache: join(root, 'gomodcache') };
}

export function createLegDirs(dirs: LegDirs): void {
  for (const d of [dirs.gopath, path.join(dirs.gopath, 'bin'), dirs.gocache, dirs.gomodcache]) mkdirSync(d, { recursive: true });
}
