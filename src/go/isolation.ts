// Per-version GOPATH, GOCACHE and GOMODCACHE for one leg, so two Go versions in one job (or on
// one persistent runner) never share or clobber each other's module and build caches.
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import type { Arch } from './arch.js';

export interface LegDirs {
  root: string;
  gopath: string;
  gocache: string;
  gomodcache: string;
}

export function legDirs(workDir: string, version: string, arch: Arch): LegDirs {
  const root = path.join(workDir, `go-${version}-${arch.go}`);
  return { root, gopath: path.join(root, 'gopath'), gocache: path.join(root, 'gocache'), gomodcache: path.join(root, 'gomodcache') };
}

export function createLegDirs(dirs: LegDirs): void {
  for (const d of [dirs.gopath, path.join(dirs.gopath, 'bin'), dirs.gocache, dirs.gomodcache]) mkdirSync(d, { recursive: true });
}
