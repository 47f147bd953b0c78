// Locates the Debian Go toolchains the suite runs against (installed by scripts/install-go-toolchains.sh).
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { sharedTmp } from './tmp.js';

export const testedMinors = ['1.19', '1.21', '1.22', '1.23'] as const;
export type TestedMinor = (typeof testedMinors)[number];

/** GOROOT of a Debian toolchain; throws (never skips) when it is missing. */
export function debianGoroot(minor: TestedMinor): string {
  const root = `/usr/lib/go-${minor}`;
  if (!existsSync(path.join(root, 'bin', 'go'))) {
    throw new Error(`Go ${minor} is not installed at ${root}; run scripts/install-go-toolchains.sh`);
  }
  return root;
}

export function goBin(minor: TestedMinor): string {
  return path.join(debianGoroot(minor), 'bin', 'go');
}

/**
 * A GOCACHE shared by test runs (per minor, in sharedTmp()): builds that only need *a* Go build of a
 * fixture reuse compiled std packages instead of paying a cold build per test. Tests about caching
 * itself must use their own empty GOCACHE.
 */
export function sharedGoCache(minor: TestedMinor): string {
  return sharedTmp('gck-test-gocache', minor);
}
