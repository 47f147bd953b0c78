// One sonar-go-compat run: discover modules, check features against the analyzer's Go, convert
// reports, write sonar-project.properties. Returns what happened; the action turns it into
// outputs, annotations and a summary.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, renameSync } from 'node:fs';
import * as path from 'node:path';
import type { AnalyzerGo } from './analyzer-versions.js';
import { resolveAnalyzerGo } from './analyzer.js';
import { reportNames, type CompatConfig } from './compat-config.js';
import {
  convertCoverage,
  convertLint,
  convertTests,
  expandGlobs,
  lintSourcesFromFiles,
  type BadInput,
  type LintOutputs,
  type LintSource,
  type Log,
} from './convert.js';
import type { CoverageMerge } from './coverprofile.js';
import { buildFeatureChecker, checkModule, type ModuleCheck } from './feature-check.js';
import { featuresUnknownTo } from './features.js';
import { generatedFiles } from './generated.js';
import { findGo, type GoCommand } from './go-command.js';
import { runModuleTests, runModuleVet, type ModuleTestRun } from './go-runs.js';
import { discoverModules, packageDirs, type GoModule } from './modules.js';
import { ProjectPaths } from './project-paths.js';
import { mergeProperties, type PropertyMerge } from './properties.js';
import { SonarServerError } from './sonar-server.js';
import type { TestJsonRewrite } from './test-json.js';

export interface CompatResult {
  go: GoCommand;
  modules: GoModule[];
  paths: ProjectPaths;
  analyzer?: AnalyzerGo;
  /** Why the feature check did not run, when it did not. */
  checkSkipped?: string;
  checks: ModuleCheck[];
  /** Features this toolchain's type checker cannot name (newer than it), when newer than the analyzer. */
  uncheckable: string[];
  /** file is absent when no report was written (no block mapped, or the earlier report was kept). */
  coverage?: { file?: string; merge: CoverageMerge };
  tests?: { file?: string; rewrite: TestJsonRewrite };
  /** Inputs that could not be used (each named), in the order met; the step fails at the end. */
  bad: BadInput[];
  testRuns: ModuleTestRun[];
  lint: LintOutputs;
  generated: string[];
  /** Base-dir-relative files added to sonar.exclusions because of newer features (exclude mode). */
  excludedForFeatures: string[];
  properties?: { file: string; merge: PropertyMerge };
}

function rel(paths: ProjectPaths, abs: string): string {
  const r = paths.relative(abs);
  return r.ok ? r.rel : abs;
}

async function analyzerOrSkip(cfg: CompatConfig, log: Log): Promise<{ analyzer?: AnalyzerGo; skipped?: string }> {
  try {
    const analyzer = await resolveAnalyzerGo(cfg, (m) => log.warning(m));
    if (!analyzer) return { skipped: 'no analyzer-go-version, sonar-go-version or sonar-host-url given' };
    if (analyzer.warning) log.warning(analyzer.warning);
    return { analyzer };
  } catch (e) {
    // Reports are still worth writing when the server is down; only a failing check policy needs it.
    if (e instanceof SonarServerError && cfg.onNewerSyntax !== 'fail') {
      log.warning(
        `${e.message}. The Go feature check is skipped; set sonar-go-version or analyzer-go-version to check without the server.`,
      );
      return { skipped: e.message };
    }
    if (e instanceof SonarServerError)
      throw new Error(
        `${e.message}; on-newer-syntax is "fail", so the check cannot be skipped — set sonar-go-version or analyzer-go-version`,
      );
    throw e;
  }
}

export async function runCompat(cfg: CompatConfig, env: NodeJS.ProcessEnv, log: Log): Promise<CompatResult> {
  if (!existsSync(cfg.baseDir)) throw new Error(`input "working-directory" is "${cfg.baseDir}", which does not exist`);
  const go = await findGo(cfg.go, env);
  log.info(`Using ${go.version} (${go.bin})`);
  const modules = await discoverModules(go, cfg.baseDir);
  if (modules.length === 0)
    throw new Error(
      `no go.mod under ${cfg.baseDir} (vendor/, testdata/, _* and .* dirs are skipped); set working-directory to the project root`,
    );
  const importDirs = new Map<string, string>();
  for (const m of modules) for (const [k, v] of await packageDirs(go, m)) importDirs.set(k, v);
  const paths = new ProjectPaths(cfg.baseDir, modules, importDirs);
  log.info(`Modules: ${modules.map((m) => `${m.path} (${rel(paths, m.dir) || '.'})`).join(', ')}`);
  mkdirSync(cfg.outDir, { recursive: true });
  mkdirSync(cfg.tempDir, { recursive: true });

  const { analyzer, skipped } = await analyzerOrSkip(cfg, log);
  const checks: ModuleCheck[] = [];
  let uncheckable: string[] = [];
  if (analyzer) {
    const helper = await buildFeatureChecker(go, cfg.cacheDir);
    for (const m of modules) checks.push(await checkModule(go, helper, m, analyzer.lang));
    uncheckable = featuresUnknownTo(go.lang, analyzer.lang);
  }

  const work = mkdtempSync(path.join(cfg.tempDir, 'sonar-go-compat-'));
  const testRuns: ModuleTestRun[] = [];
  if (cfg.runTests) {
    for (const [i, m] of modules.entries()) testRuns.push(await runModuleTests(go, m, work, i, cfg.testFlags));
  }
  const coverFiles = [
    ...(await expandGlobs('coverage-reports', cfg.coverageReports, cfg.baseDir, log)),
    ...testRuns.filter((r) => existsSync(r.cover)).map((r) => ({ input: 'run-tests', file: r.cover })),
  ];
  const testFiles = [
    ...(await expandGlobs('test-reports', cfg.testReports, cfg.baseDir, log)),
    ...testRuns.map((r) => ({ input: 'run-tests', file: r.json })),
  ];
  const bad: BadInput[] = [];
  const coverage = convertCoverage(coverFiles, paths, cfg, log, bad);
  const tests = await convertTests(testFiles, paths, cfg, log, bad);

  const vetSources: LintSource[] = lintSourcesFromFiles(await expandGlobs('vet-reports', cfg.vetReports, cfg.baseDir, log));
  if (cfg.runVet)
    for (const m of modules)
      vetSources.push({ text: await runModuleVet(go, m), source: `go vet in ${m.dir}`, input: 'run-vet', roots: [m.dir], ran: true });
  const lint = await convertLint(
    vetSources,
    lintSourcesFromFiles(await expandGlobs('golangci-lint-reports', cfg.golangciLintReports, cfg.baseDir, log)),
    paths,
    cfg,
    log,
    bad,
  );

  const generated = generatedFiles(importDirs.values()).map((f) => rel(paths, f));
  const excludedForFeatures =
    cfg.onNewerSyntax === 'exclude' ? [...new Set(checks.flatMap((c) => c.findings.map((f) => rel(paths, f.file))))].sort() : [];
  const result: CompatResult = {
    go,
    modules,
    paths,
    checks,
    uncheckable,
    testRuns,
    lint,
    bad,
    generated,
    excludedForFeatures,
    ...(analyzer ? { analyzer } : { checkSkipped: skipped }),
  };
  if (coverage) result.coverage = coverage;
  if (tests) result.tests = tests;
  if (cfg.propertiesFile !== '') result.properties = writeProperties(cfg, result);
  return result;
}

function writeProperties(cfg: CompatConfig, r: CompatResult): { file: string; merge: PropertyMerge } {
  const reportPath = (f: string | undefined): string | undefined =>
    f ? path.relative(cfg.baseDir, f).split(path.sep).join('/') : undefined;
  const wanted = new Map<string, string>([
    ['sonar.sources', '.'],
    ['sonar.tests', '.'],
    ['sonar.test.inclusions', '**/*_test.go'],
  ]);
  const set = (k: string, v: string | undefined): void => {
    if (v) wanted.set(k, v);
  };
  set('sonar.go.coverage.reportPaths', reportPath(r.coverage?.file));
  set('sonar.go.tests.reportPaths', reportPath(r.tests?.file));
  set('sonar.go.govet.reportPaths', reportPath(r.lint.vet));
  set('sonar.go.golangci-lint.reportPaths', reportPath(r.lint.golangci));
  set('sonar.externalIssuesReportPaths', reportPath(r.lint.external));
  // Test files are indexed through sonar.tests, so their exclusions go to sonar.test.exclusions.
  const isTest = (f: string): boolean => f.endsWith('_test.go');
  const excluded = [...r.generated, ...r.excludedForFeatures];
  const appends = new Map<string, string[]>([
    ['sonar.exclusions', ['**/*_test.go', '**/vendor/**', '**/testdata/**', ...excluded.filter((f) => !isTest(f))]],
    ['sonar.test.exclusions', ['**/vendor/**', '**/testdata/**', ...excluded.filter(isTest)]],
  ]);
  const file = path.resolve(cfg.baseDir, cfg.propertiesFile);
  const existing = existsSync(file) ? readFileSync(file, 'utf8') : '';
  // Inputs that gave no coverage block write no report: a key naming our earlier one goes too.
  const stale = new Map<string, string>();
  if (r.coverage && !r.coverage.file) stale.set('sonar.go.coverage.reportPaths', reportPath(path.join(cfg.outDir, reportNames.coverage))!);
  const merge = mergeProperties(existing, wanted, appends, stale);
  const tmp = `${file}.partial-${process.pid}`;
  writeFileSync(tmp, merge.text);
  renameSync(tmp, file);
  return { file, merge };
}
