// What a user may ask for in go-version (or a version file): an exact Go version, a semver-style
// range over releases, or the stable/oldstable aliases; and how a spec picks from candidates.
import semver from 'semver';
import { InputError } from '../errors/input-error.js';
import { compareGoVersions, formatGoVersion, isRelease, parseGoVersion, sortNewestFirst, toSemver, type GoVersion } from './go-version.js';

export type ToolchainSpec =
  | { kind: 'exact'; text: string; version: GoVersion }
  | { kind: 'range'; text: string; range: string }
  | { kind: 'alias'; text: string; alias: 'stable' | 'oldstable' };

export const specExamples = '"1.23", "1.23.4", "1.23.x", "^1.22", ">=1.21 <1.24", "stable" or "oldstable"';

/** Parses a spec; `source` names where it came from (input name or file) for the error. */
export function parseToolchainSpec(text: string, source = 'go-version'): ToolchainSpec {
  const raw = text.trim();
  if (raw === '') throw new InputError(`${source} is empty; expected e.g. ${specExamples}`);
  const t = raw.toLowerCase().replace(/^go(?=\d)/, '');
  if (t === 'stable' || t === 'oldstable') return { kind: 'alias', text: raw, alias: t };
  // Full releases and prereleases are exact; "1.23" alone means the newest 1.23.x, as in setup-go.
  if (/^\d+\.\d+\.\d+$/.test(t) || /^\d+\.\d+(alpha|beta|rc)\d+$/.test(t)) {
    const version = parseGoVersion(t);
    if (version) return { kind: 'exact', text: raw, version };
  }
  const bare = t.replace(/(^|[\s<>=^~])go(?=\d)/g, '$1');
  // semver would read letters loosely ("1.2x"); only x/X wildcards are meaningful in a Go range.
  const range = /[a-wyz]/.test(bare) ? null : semver.validRange(bare);
  if (range) return { kind: 'range', text: raw, range };
  throw new InputError(`${source} "${raw}" is not a Go version or range; expected e.g. ${specExamples}`);
}

export function describeSpec(spec: ToolchainSpec): string {
  return spec.kind === 'exact' ? formatGoVersion(spec.version) : spec.text;
}

/** Whether v satisfies an exact or range spec (aliases need the release list: see pickVersion). */
export function satisfies(spec: ToolchainSpec, v: GoVersion): boolean {
  if (spec.kind === 'exact') return compareGoVersions(spec.version, v) === 0;
  if (spec.kind === 'range') return isRelease(v) && semver.satisfies(toSemver(v), spec.range);
  return false;
}

/**
 * Picks the version a spec means among candidates. For aliases the candidates must be the full
 * list of stable releases known to the caller (the download index, or what is installed):
 * stable = newest; oldstable = newest patch of the minor before the newest.
 */
export function pickVersion(spec: ToolchainSpec, candidates: readonly GoVersion[]): GoVersion | undefined {
  const newest = sortNewestFirst(candidates, (v) => v);
  if (spec.kind !== 'alias') return newest.find((v) => satisfies(spec, v));
  const releases = newest.filter(isRelease);
  const top = releases[0];
  if (!top || spec.alias === 'stable') return top;
  return releases.find((v) => v.major < top.major || (v.major === top.major && v.minor < top.minor));
}
