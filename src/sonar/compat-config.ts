// The settings of one sonar-go-compat run, independent of where they came from (action inputs,
// CLI flags), with paths already absolute.
export const onNewerSyntaxModes = ['warn', 'fail', 'exclude'] as const;
export type OnNewerSyntax = (typeof onNewerSyntaxModes)[number];

export const lintFormats = ['native', 'generic'] as const;
/** native: sonar.go.govet/golangci-lint reports; generic: one external-issues JSON (SonarQube 10.3+). */
export type LintFormat = (typeof lintFormats)[number];

export interface CompatConfig {
  baseDir: string;
  outDir: string;
  /** '' = go from PATH. */
  go: string;
  analyzerGoVersion: string;
  sonarGoVersion: string;
  sonarHostUrl: string;
  sonarToken: string;
  onNewerSyntax: OnNewerSyntax;
  coverageReports: string[];
  testReports: string[];
  vetReports: string[];
  golangciLintReports: string[];
  runTests: boolean;
  testFlags: string[];
  runVet: boolean;
  lintFormat: LintFormat;
  /** '' = do not write properties. */
  propertiesFile: string;
  failOnTestFailure: boolean;
  /** Where the helper binary is cached. */
  cacheDir: string;
  tempDir: string;
}

/** Report file names inside outDir: one place. */
export const reportNames = {
  coverage: 'coverage.out',
  tests: 'test-report.json',
  vet: 'govet.txt',
  golangci: 'golangci-lint.xml',
  external: 'external-issues.json',
} as const;
