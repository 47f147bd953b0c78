// What a go/types "requires goX.Y" error means as a language feature, and the features a Go
// toolchain older than the feature cannot name (its type checker just fails, without "requires").
// Per-iteration loop variables (Go 1.22) are deliberately not a finding: they change what a
// program does at run time, not its syntax or types, so the analyzer parses and types such code
// exactly as before; the go.mod `go` line already decides them for the compiler.
import { compareLang, parseGoLang, type GoLang } from './analyzer-versions.js';

export interface NewerFeature {
  /** Absolute file path as the type checker saw it. */
  file: string;
  line: number;
  column: number;
  feature: string;
  /** Go version the feature needs, "1.22". */
  needs: string;
  /** The type checker's own words. */
  message: string;
  package: string;
}

interface FeatureRule {
  pattern: RegExp;
  /** Only when the required version matches (range over int vs func share one message). */
  needs?: string;
  feature: string;
}

// Order matters: generic type alias before generics.
const rules: readonly FeatureRule[] = [
  { pattern: /generic type alias|alias.*type param/i, feature: 'generic type alias' },
  { pattern: /type parameter|instantiation|interface element|type set|generic|constraint/i, feature: 'generics (type parameters)' },
  { pattern: /\b(min|max)\b/, feature: 'min/max builtins' },
  { pattern: /\bclear\b/, feature: 'clear builtin' },
  { pattern: /cannot range over/, needs: '1.22', feature: 'range over int' },
  { pattern: /cannot range over/, needs: '1.23', feature: 'range over func (iterators)' },
];

const requires = /:? ?requires go(\d+\.\d+) or later/;

/** Feature and version for a type error, or undefined when it is not a version error. */
export function classifyTypeError(message: string): { feature: string; needs: string } | undefined {
  const m = requires.exec(message);
  if (!m) return undefined;
  const needs = m[1]!;
  for (const r of rules) {
    if (r.pattern.test(message) && (!r.needs || r.needs === needs)) return { feature: r.feature, needs };
  }
  // Any other versioned feature (binary literals, slice-to-array conversion...): its own words.
  return { feature: message.slice(0, m.index).trim(), needs };
}

/** Features a type checker of this version cannot report as "requires ...": they postdate it. */
const checkerLimits: readonly { since: string; feature: string }[] = [
  { since: '1.22', feature: 'range over int' },
  { since: '1.23', feature: 'range over func (iterators)' },
  { since: '1.24', feature: 'generic type alias' },
];

/** Features newer than the analyzer that this toolchain's type checker cannot see. */
export function featuresUnknownTo(toolchain: GoLang, analyzer: GoLang): string[] {
  return checkerLimits
    .filter((l) => compareLang(toolchain, parseGoLang(l.since)!) < 0 && compareLang(analyzer, parseGoLang(l.since)!) < 0)
    .map((l) => `${l.feature} (Go ${l.since})`);
}

/** What a newer feature costs in the analyzer: a parse failure skips the file, else types degrade. */
export function impactOf(feature: string, analyzer: GoLang): string {
  if (feature === 'generics (type parameters)' && compareLang(analyzer, { major: 1, minor: 18 }) < 0) {
    return 'file not parsed: the analyzer skips it with a WARN';
  }
  return 'type information lost: rules that need types degrade silently';
}
