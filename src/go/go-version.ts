// Go's own version syntax and ordering (cmd/go/internal/gover), and its mapping to semver for the
// tool cache layout and semver ranges. Go does not use semver: "1.21" is a language version that
// sorts before "1.21rc1", which sorts before the first release "1.21.0"; before Go 1.21 the first
// release of a minor had no patch ("go1.20"), so "1.20" means 1.20.0.

export type PreKind = 'alpha' | 'beta' | 'rc';

export interface GoVersion {
  major: number;
  minor: number;
  /** Undefined for a language version (1.21) or a prerelease (1.21rc1). */
  patch?: number;
  kind?: PreKind;
  pre?: number;
}

const goVersionRe = /^(\d+)\.(\d+)(?:\.(\d+)|(alpha|beta|rc)(\d+)?)?$/;

/** Parses "1.23.4", "go1.23.4", "1.21rc1", "1.20", "1.21"; undefined when malformed. */
export function parseGoVersion(text: string): GoVersion | undefined {
  const m = goVersionRe.exec(text.trim().replace(/^go(?=\d)/, ''));
  if (!m) return undefined;
  const v: GoVersion = { major: Number(m[1]), minor: Number(m[2]) };
  if (m[3] !== undefined) v.patch = Number(m[3]);
  else if (m[4] !== undefined) {
    v.kind = m[4] as PreKind;
    v.pre = m[5] === undefined ? undefined : Number(m[5]);
  } else if (v.major === 1 && v.minor < 21) {
    v.patch = 0;
  }
  return v;
}

function cmpOpt(a: number | undefined, b: number | undefined): number {
  // As in gover.cmpInt: a missing number sorts before any number.
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  return a < b ? -1 : 1;
}

const kindOrder: Record<string, number> = { '': 0, alpha: 1, beta: 2, rc: 3 };

/** Go's toolchain ordering: -1, 0, 1. */
export function compareGoVersions(a: GoVersion, b: GoVersion): number {
  return (
    cmpOpt(a.major, b.major) ||
    cmpOpt(a.minor, b.minor) ||
    cmpOpt(a.patch, b.patch) ||
    cmpOpt(kindOrder[a.kind ?? ''], kindOrder[b.kind ?? '']) ||
    cmpOpt(a.pre, b.pre)
  );
}

/** Go's spelling without the prefix, as `go env GOVERSION` prints it: 1.23.5, 1.20, 1.21rc1. */
export function formatGoVersion(v: GoVersion): string {
  const mm = `${v.major}.${v.minor}`;
  if (v.kind) return `${mm}${v.kind}${v.pre ?? ''}`;
  if (v.patch === undefined) return mm;
  if (v.major === 1 && v.minor < 21 && v.patch === 0) return mm;
  return `${mm}.${v.patch}`;
}

/** Semver spelling (tool cache folder, semver ranges): 1.20 → 1.20.0, 1.21rc1 → 1.21.0-rc.1. */
export function toSemver(v: GoVersion): string {
  const base = `${v.major}.${v.minor}.${v.patch ?? 0}`;
  return v.kind ? `${base}-${v.kind}.${v.pre ?? 0}` : base;
}

const semverRe = /^(\d+)\.(\d+)\.(\d+)(?:-(alpha|beta|rc)\.(\d+))?$/;

/** Inverse of toSemver (tool cache folder names); undefined for anything else. */
export function fromSemver(text: string): GoVersion | undefined {
  const m = semverRe.exec(text);
  if (!m) return undefined;
  if (m[4]) return { major: Number(m[1]), minor: Number(m[2]), kind: m[4] as PreKind, pre: Number(m[5]) };
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]) };
}

export function isRelease(v: GoVersion): boolean {
  return v.kind === undefined && v.patch !== undefined;
}

export function sameMinor(a: GoVersion, b: GoVersion): boolean {
  return a.major === b.major && a.minor === b.minor;
}

/** Newest first. */
export function sortNewestFirst<T>(items: readonly T[], version: (t: T) => GoVersion): T[] {
  return [...items].sort((a, b) => compareGoVersions(version(b), version(a)));
}
