// sonar-go-compat: make one leg's Go reports Sonar-ready and check Go features against the analyzer.
import * as path from 'node:path';
import { confinedPath } from '../../fs/workspace.js';
import type { ActionContext, ActionDefinition } from '../../ci/action.js';
import { badInputsVerdict, sonarSummary } from '../../sonar/summary.js';
import { langString } from '../../sonar/analyzer-versions.js';
import { runCompat, type CompatResult } from '../../sonar/compat.js';
import { lintFormats, onNewerSyntaxModes, type CompatConfig, type LintFormat, type OnNewerSyntax } from '../../sonar/compat-config.js';
import { sonarSecrets } from '../../sonar/sonar-host.js';

export const sonarGoCompatInputs = {
  'working-directory': { default: '.' },
  go: {},
  'analyzer-go-version': {},
  'sonar-go-version': {},
  'sonar-host-url': {},
  'sonar-token': {},
  'on-newer-syntax': { default: 'warn', options: onNewerSyntaxModes },
  'coverage-reports': {},
  'test-reports': {},
  'vet-reports': {},
  'golangci-lint-reports': {},
  'run-tests': { default: 'false' },
  'test-flags': {},
  'run-vet': { default: 'false' },
  'lint-report-format': { default: 'native', options: lintFormats },
  'write-properties': { default: 'true' },
  'properties-file': { default: 'sonar-project.properties' },
  'output-dir': { default: '.sonar-go' },
  'fail-on-test-failure': { default: 'true' },
} as const;

export const sonarGoCompatOutputs = [
  'newer-features',
  'coverage-report',
  'tests-report',
  'vet-report',
  'golangci-lint-report',
  'external-issues-report',
  'properties-file',
  'excluded-files',
  'coverage',
  'tests-failed',
  'bad-inputs',
] as const;

/**
 * sonar-host-url and sonar-token, defaulting to the scanner's own SONAR_HOST_URL and SONAR_TOKEN
 * (what a sonar-scanner job already has), on every platform. Their credentials are registered as
 * secrets before anything is printed.
 */
function sonarServer(ctx: ActionContext, env: NodeJS.ProcessEnv): { sonarHostUrl: string; sonarToken: string } {
  const sonarHostUrl = ctx.inputs.string('sonar-host-url') || (env.SONAR_HOST_URL ?? '').trim();
  const sonarToken = ctx.inputs.string('sonar-token') || (env.SONAR_TOKEN ?? '').trim();
  for (const secret of sonarSecrets(sonarHostUrl, sonarToken)) ctx.rt.setSecret(secret);
  return { sonarHostUrl, sonarToken };
}

function config(ctx: ActionContext): CompatConfig {
  const { inputs, rt } = ctx;
  const baseDir = path.resolve(inputs.string('working-directory'));
  return {
    ...sonarServer(ctx, process.env),
    baseDir,
    // Both are written: never outside the workspace (checked before any work).
    outDir: confinedPath('output-dir', inputs.string('output-dir'), baseDir),
    go: inputs.string('go'),
    analyzerGoVersion: inputs.string('analyzer-go-version'),
    sonarGoVersion: inputs.string('sonar-go-version'),
    onNewerSyntax: inputs.choice<OnNewerSyntax>('on-newer-syntax'),
    coverageReports: inputs.list('coverage-reports'),
    testReports: inputs.list('test-reports'),
    vetReports: inputs.list('vet-reports'),
    golangciLintReports: inputs.list('golangci-lint-reports'),
    runTests: inputs.bool('run-tests'),
    // One flag per line (commas belong to flags such as -tags=a,b), passed as argv, never through a shell.
    testFlags: inputs
      .string('test-flags')
      .split('\n')
      .map((f) => f.trim())
      .filter((f) => f !== '' && !f.startsWith('#')),
    runVet: inputs.bool('run-vet'),
    lintFormat: inputs.choice<LintFormat>('lint-report-format'),
    propertiesFile: inputs.bool('write-properties') ? confinedPath('properties-file', inputs.string('properties-file'), baseDir) : '',
    failOnTestFailure: inputs.bool('fail-on-test-failure'),
    cacheDir: path.join(rt.toolCacheDir(), 'go-ci-kit-sonar'),
    tempDir: rt.tempDir(),
  };
}

function annotate(ctx: ActionContext, r: CompatResult, mode: OnNewerSyntax): void {
  if (!r.analyzer) return;
  const lang = langString(r.analyzer.lang);
  for (const f of r.checks.flatMap((c) => c.findings)) {
    const where = {
      file: path.relative(process.cwd(), f.file),
      startLine: f.line,
      startColumn: f.column,
      title: `Go ${f.needs} feature newer than Sonar's Go analyzer`,
    };
    const text = `${f.feature} needs Go ${f.needs}; the Sonar analyzer understands Go ${lang} (${f.message})`;
    if (mode === 'fail') ctx.rt.error(text, where);
    else if (mode === 'warn') ctx.rt.warning(text, where);
    else ctx.rt.notice(`${text}; excluded from analysis`, where);
  }
  if (r.uncheckable.length > 0) {
    ctx.rt.warning(
      `${r.go.version} cannot detect ${r.uncheckable.join(', ')} (its type checker predates them); run sonar-go-compat on a newer Go leg for a complete check`,
    );
    // Such uses surface as plain type errors without "requires goX.Y": show where they are.
    for (const e of r.checks
      .flatMap((c) => c.otherErrors)
      .filter((e) => e.file)
      .slice(0, 20)) {
      ctx.rt.warning(`type error that ${r.go.version} cannot attribute to a Go version (possibly a newer feature): ${e.message}`, {
        file: path.relative(process.cwd(), e.file!),
        startLine: e.line ?? 1,
      });
    }
  }
  for (const c of r.checks) {
    if (c.otherErrors.length > 0)
      ctx.rt.debug(`${c.module.path}: ${c.otherErrors.length} other type error(s), e.g. ${c.otherErrors[0]!.message}`);
  }
}

export const sonarGoCompat: ActionDefinition = {
  name: 'sonar-go-compat',
  inputs: sonarGoCompatInputs,
  outputs: sonarGoCompatOutputs,
  async main(ctx) {
    const cfg = config(ctx);
    const r = await runCompat(cfg, process.env, ctx.rt);
    const fromBase = (f: string | undefined): string => (f ? path.relative(cfg.baseDir, f).split(path.sep).join('/') : '');
    const findings = r.checks.reduce((n, c) => n + c.findings.length, 0);
    const failedTests = [...(r.tests?.rewrite.perPackage.values() ?? [])].reduce((n, c) => n + c.failed, 0);
    const cov = [...(r.coverage?.merge.fileCoverage().values() ?? [])].reduce((a, c) => ({ s: a.s + c.statements, c: a.c + c.covered }), {
      s: 0,
      c: 0,
    });
    ctx.rt.setOutput('newer-features', String(findings));
    ctx.rt.setOutput('coverage-report', fromBase(r.coverage?.file));
    ctx.rt.setOutput('tests-report', fromBase(r.tests?.file));
    ctx.rt.setOutput('vet-report', fromBase(r.lint.vet));
    ctx.rt.setOutput('golangci-lint-report', fromBase(r.lint.golangci));
    ctx.rt.setOutput('external-issues-report', fromBase(r.lint.external));
    ctx.rt.setOutput('properties-file', r.properties ? fromBase(r.properties.file) : '');
    ctx.rt.setOutput('excluded-files', [...new Set([...r.generated, ...r.excludedForFeatures])].join(','));
    ctx.rt.setOutput('coverage', cov.s === 0 ? '' : ((100 * cov.c) / cov.s).toFixed(1));
    ctx.rt.setOutput('tests-failed', String(failedTests));
    ctx.rt.setOutput('bad-inputs', [...new Set(r.bad.map((b) => b.input))].join(','));
    annotate(ctx, r, cfg.onNewerSyntax);
    for (const b of r.bad) ctx.rt.error(b.message);
    await ctx.rt.appendSummary(sonarSummary(r, cfg.onNewerSyntax, (f) => path.relative(cfg.baseDir, f).split(path.sep).join('/')));
    const problems: string[] = [];
    if (cfg.onNewerSyntax === 'fail' && findings > 0) {
      problems.push(
        `${findings} use(s) of Go features newer than the Sonar analyzer's Go ${langString(r.analyzer!.lang)} (on-newer-syntax: fail); see the annotations, or use on-newer-syntax: exclude`,
      );
    }
    const brokenRuns = r.testRuns.filter((t) => t.exitCode !== 0);
    if (cfg.failOnTestFailure && (failedTests > 0 || brokenRuns.length > 0)) {
      problems.push(
        `go test failed (${failedTests} failed test(s)${brokenRuns.length ? ` in ${brokenRuns.map((t) => t.module.path).join(', ')}` : ''}); reports were written anyway`,
      );
    }
    const bad = badInputsVerdict(r.bad, fromBase);
    if (bad) problems.push(bad);
    if (problems.length > 0) throw new Error(problems.join('\n'));
  },
};
