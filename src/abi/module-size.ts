// Owns what size-scope `module` measures: the bytes of the module's own packages in each pair, from
// the per-package size table (SymbolDiff.packages). The Go runtime and std grow with every Go
// release (+17 % for an unchanged program from 1.19 to 1.23) and dependencies change by their own
// releases: neither is the user's code, so the default size policy leaves them out.
import type { PairResult } from './compare.js';
import { isDistributionPackage } from './symbol-name.js';

export interface ModuleSize {
  base: number;
  head: number;
  /** The packages counted (sorted), for the report. */
  packages: string[];
}

const within = (pkg: string, root: string): boolean => pkg === root || (pkg.startsWith(root) && pkg.charCodeAt(root.length) === 47);

/**
 * Whether a package belongs to the module a pair was built from: `main` (and a file list's
 * `command-line-arguments`), the main module's packages from build info, an archive's own import
 * path. Without either (an archive whose import path is unknown), every non-std package counts.
 */
export function modulePackageTest(pair: Pick<PairResult, 'base' | 'head'>): (pkg: string) => boolean {
  const roots = [pair.head.mainModule, pair.base.mainModule, pair.head.importPath, pair.base.importPath].filter((r): r is string => !!r);
  return (pkg) => {
    if (pkg === 'main' || pkg === 'command-line-arguments') return true;
    if (roots.length === 0) return pkg !== '' && !pkg.startsWith('(') && !isDistributionPackage(pkg);
    return roots.some((r) => within(pkg, r));
  };
}

/** The module's bytes on each side over all pairs, or undefined when no pair has symbols (stripped). */
export function moduleSize(pairs: readonly PairResult[]): ModuleSize | undefined {
  let base = 0;
  let head = 0;
  let measured = false;
  const packages = new Set<string>();
  for (const p of pairs) {
    if (!p.symbols) continue;
    measured = true;
    const own = modulePackageTest(p);
    for (const s of p.symbols.packages) {
      if (!own(s.pkg)) continue;
      base += s.base;
      head += s.head;
      packages.add(s.pkg);
    }
  }
  return measured ? { base, head, packages: [...packages].sort() } : undefined;
}
