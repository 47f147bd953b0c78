// Which Go the SonarQube Go analyzer (plugin key `go`, "sonar-go") understands, per plugin release.
// The one place for the table in research/sonar-go.md: each sonar-go line embeds a Go parser and
// type checker built with one Go toolchain; features newer than that lose type information.
import { parseGoVersion } from '../go/go-version.js';

export interface SonarGoRow {
  /** First and last sonar-go minor of the row, inclusive ("1.15" .. "1.18"). */
  from: string;
  to: string;
  /** Go toolchain the analyzer is built with. */
  go: string;
}

export const sonarGoBuiltWith: readonly SonarGoRow[] = [
  { from: '0.0', to: '1.9', go: '1.17' },
  { from: '1.10', to: '1.10', go: '1.18.2' },
  { from: '1.11', to: '1.11', go: '1.19.1' },
  { from: '1.12', to: '1.14', go: '1.19.7' },
  { from: '1.15', to: '1.18', go: '1.21.1' },
  { from: '1.19', to: '1.27', go: '1.23.4' },
  { from: '1.28', to: '1.33', go: '1.25.1' },
  { from: '1.34', to: '1.41', go: '1.26' },
];

/** A Go language version as the type checker takes it: major.minor only. */
export interface GoLang {
  major: number;
  minor: number;
}

export function langString(v: GoLang): string {
  return `${v.major}.${v.minor}`;
}

export function compareLang(a: GoLang, b: GoLang): number {
  return a.major - b.major || a.minor - b.minor;
}

/** "1.21", "1.21.3", "go1.21", "go1.22rc1" → {1, 21}; undefined when it is not a Go version (Go's syntax: src/go/go-version.ts). */
export function parseGoLang(text: string): GoLang | undefined {
  const v = parseGoVersion(text);
  return v && { major: v.major, minor: v.minor };
}

export interface AnalyzerGo {
  lang: GoLang;
  /** How it was found, for the summary ("sonar-go 1.18.0.240 is built with Go 1.21.1"). */
  source: string;
  /** Set when the plugin is newer than the table: the newest row was assumed. */
  warning?: string;
}

/** Maps a sonar-go plugin version ("1.18.0.240", "1.18.0.240 (build 240)") to its Go version. */
export function analyzerGoForSonarGo(pluginVersion: string): AnalyzerGo | undefined {
  const m = /^(\d+)\.(\d+)/.exec(pluginVersion.trim());
  if (!m) return undefined;
  const v = { major: Number(m[1]), minor: Number(m[2]) };
  for (const row of sonarGoBuiltWith) {
    const from = parseGoLang(row.from)!;
    const to = parseGoLang(row.to)!;
    if (compareLang(v, from) >= 0 && compareLang(v, to) <= 0) {
      return { lang: parseGoLang(row.go)!, source: `sonar-go ${pluginVersion.trim()} is built with Go ${row.go}` };
    }
  }
  const newest = sonarGoBuiltWith[sonarGoBuiltWith.length - 1]!;
  return {
    lang: parseGoLang(newest.go)!,
    source: `sonar-go ${pluginVersion.trim()} is newer than the known table (last row ${newest.from}–${newest.to}, Go ${newest.go}); assuming Go ${newest.go}`,
    warning: `sonar-go ${pluginVersion.trim()} is newer than the table this go-ci-kit knows (up to ${newest.to}); assuming its analyzer understands Go ${newest.go}. Set analyzer-go-version to be exact.`,
  };
}
