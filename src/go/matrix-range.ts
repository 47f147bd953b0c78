// versions-range: the matrix instead of an install. ">=1.19 <=1.23" (any go-version range) or
// "<from>..<to>" with from/to = go.mod (the module's go line), stable, oldstable or a version;
// the answer is the newest release of each minor in range, oldest first.
import { InputError } from '../errors/input-error.js';
import { compareGoVersions, formatGoVersion, isRelease, parseGoVersion, sortNewestFirst, type GoVersion } from './go-version.js';
import { parseToolchainSpec, pickVersion, satisfies, type ToolchainSpec } from './version-spec.js';

export type RangeBound = { kind: 'go.mod' } | { kind: 'alias'; alias: 'stable' | 'oldstable' } | { kind: 'version'; version: GoVersion };

export type VersionsRange = { kind: 'spec'; spec: ToolchainSpec } | { kind: 'span'; from: RangeBound; to: RangeBound };

const expected = 'expected a range such as ">=1.19 <=1.23", "1.21..stable" or "go.mod..stable"';

function parseBound(text: string, whole: string): RangeBound {
  const t = text.trim().toLowerCase();
  if (t === 'go.mod') return { kind: 'go.mod' };
  if (t === 'stable' || t === 'oldstable') return { kind: 'alias', alias: t };
  const version = parseGoVersion(t);
  if (version) return { kind: 'version', version };
  throw new InputError(`versions-range "${whole}": "${text.trim()}" is not go.mod, stable, oldstable or a Go version; ${expected}`);
}

export function parseVersionsRange(text: string): VersionsRange {
  const t = text.trim();
  const dots = t.indexOf('..');
  if (dots >= 0 && !/^[\d.]+$/.test(t))
    return { kind: 'span', from: parseBound(t.slice(0, dots), t), to: parseBound(t.slice(dots + 2), t) };
  try {
    const spec = parseToolchainSpec(t, 'versions-range');
    if (spec.kind === 'range') return { kind: 'spec', spec };
  } catch {
    // reported below with the range-specific examples
  }
  throw new InputError(`versions-range "${t}" is not a range; ${expected}`);
}

function minorOf(v: GoVersion): GoVersion {
  return { major: v.major, minor: v.minor, patch: v.major === 1 && v.minor < 21 ? 0 : undefined };
}

/**
 * Newest release per minor within the range, oldest first. `releases` are the candidates (index
 * stable releases, or installed versions); `goModGo` is the module's go line for a go.mod bound.
 */
export function computeMatrix(range: VersionsRange, releases: readonly GoVersion[], goModGo?: GoVersion): GoVersion[] {
  const stable = releases.filter(isRelease);
  let inRange: (v: GoVersion) => boolean;
  if (range.kind === 'spec') {
    inRange = (v) => satisfies(range.spec, v);
  } else {
    const bound = (b: RangeBound): GoVersion | undefined => {
      if (b.kind === 'go.mod') return goModGo && minorOf(goModGo);
      if (b.kind === 'version') return minorOf(b.version);
      const v = pickVersion({ kind: 'alias', text: b.alias, alias: b.alias }, stable);
      return v && minorOf(v);
    };
    const lo = bound(range.from);
    const hi = bound(range.to);
    if (!lo || !hi) return [];
    inRange = (v) => compareGoVersions(minorOf(v), lo) >= 0 && compareGoVersions(minorOf(v), hi) <= 0;
  }
  const newestPerMinor = new Map<string, GoVersion>();
  for (const v of sortNewestFirst(stable.filter(inRange), (x) => x)) {
    const key = `${v.major}.${v.minor}`;
    if (!newestPerMinor.has(key)) newestPerMinor.set(key, v);
  }
  return [...newestPerMinor.values()].reverse();
}

export function formatMatrix(versions: readonly GoVersion[]): string {
  return JSON.stringify(versions.map(formatGoVersion));
}
