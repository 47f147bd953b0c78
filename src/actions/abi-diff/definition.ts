// abi-diff: inputs table, then one run of src/abi and its outputs, summary, reports and annotations.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { ActionContext, ActionDefinition } from '../../ci/action.js';
import { baseRefProblem, packagePatternProblem } from '../../abi/build.js';
import { checkPathInput, confinedPath } from '../../fs/workspace.js';
import { InputError } from '../../errors/input-error.js';
import { parseFailOn, parseSizeLimit, sizeScopes, type SizeScope } from '../../abi/policy.js';
import { runAbiDiff } from '../../abi/run.js';
import { headline, markdownReport } from '../../abi/summary.js';
import { codeQuality } from '../../ci/findings.js';
import type { AbiReport } from '../../abi/run.js';
import type { Finding as AbiFinding } from '../../abi/findings.js';
import { moduleRootOf, sourceLocation, type SourceLocation } from '../../abi/source-position.js';
import { parseSuppressions } from '../../abi/suppressions.js';
import type { Scope } from '../../abi/table.js';
import { toJson, writeJsonReport } from '../../report/json-report.js';
import { defaultLocalGoroots } from '../../go/local-goroots.js';

/** Most annotations shown per run; the rest are in the summary and report. */
const maxAnnotations = 20;

export const abiDiff: ActionDefinition = {
  name: 'abi-diff',
  inputs: {
    base: {},
    head: {},
    package: {},
    'base-go': {},
    'head-go': {},
    go: {},
    'base-ref': {},
    'build-flags': {},
    // Same places, same default as setup-go-matrix: versions resolve the way the matrix installed them.
    'local-goroots': { default: defaultLocalGoroots },
    scope: { default: 'exported', options: ['exported', 'all'] },
    // A level and/or behavior-changes: checked by parseFailOn (a list, so not a choice input).
    'fail-on': { default: 'removed' },
    'max-size-growth': {},
    'size-scope': { default: 'module', options: sizeScopes },
    'deny-new-dynamic': { default: 'false' },
    suppressions: {},
    stripped: { default: 'fail', options: ['fail', 'partial'] },
    'report-format': { default: 'json' },
    'report-dir': { default: 'abi-diff-report' },
    'working-directory': { default: '.' },
  },
  outputs: ['added', 'removed', 'changed', 'behavior-changes', 'size-delta', 'breaking', 'report', 'markdown-report', 'codequality-report'],
  async main({ rt, inputs }) {
    const wd = checkedInputs(inputs);
    const formats = inputs
      .list('report-format')
      .flatMap((s) => s.split(/\s+/))
      .filter(Boolean);
    for (const f of formats) {
      if (!['json', 'markdown', 'codequality'].includes(f))
        throw new InputError(`input "report-format" has "${f}"; expected json, markdown and/or codequality (comma-separated)`);
    }
    let failOn: ReturnType<typeof parseFailOn>;
    try {
      failOn = parseFailOn(inputs.string('fail-on'));
    } catch (e) {
      throw new InputError((e as Error).message);
    }
    const suppressionsFile = inputs.string('suppressions');
    let suppressions: ReturnType<typeof parseSuppressions> = [];
    if (suppressionsFile) {
      const file = path.resolve(wd, suppressionsFile);
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (e) {
        throw new InputError(
          `input "suppressions" ("${suppressionsFile}"): cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
        );
      }
      try {
        suppressions = parseSuppressions(text, suppressionsFile);
      } catch (e) {
        throw new InputError(`input "suppressions": ${(e as Error).message}`);
      }
    }
    const report = await runAbiDiff({
      base: inputs.string('base') || undefined,
      head: inputs.string('head') || undefined,
      pkg: inputs.string('package') || undefined,
      baseGo: inputs.string('base-go') || undefined,
      headGo: inputs.string('head-go') || undefined,
      go: inputs.string('go') || undefined,
      baseRef: inputs.string('base-ref') || undefined,
      buildFlags: inputs
        .list('build-flags')
        .flatMap((s) => s.split(/\s+/))
        .filter(Boolean),
      workingDirectory: wd,
      scope: inputs.choice<Scope>('scope'),
      allowStripped: inputs.choice('stripped') === 'partial',
      policy: {
        failOn: failOn.level,
        failOnBehavior: failOn.behavior,
        maxSizeGrowth: parseSizeLimit(inputs.string('max-size-growth')),
        sizeScope: inputs.choice<SizeScope>('size-scope'),
        denyNewDynamic: inputs.bool('deny-new-dynamic'),
        suppressions,
      },
      tempDir: rt.tempDir(),
      toolCacheDir: rt.toolCacheDir(),
      localGoroots: inputs.list('local-goroots'),
      cacheDir: path.join(rt.workDir(), 'abi-diff'),
    });
    const locate = locator(wd);
    const dir = confinedPath('report-dir', inputs.string('report-dir'), wd);
    const jsonFile = writeJsonReport(path.join(dir, 'abi-diff.json'), report);
    const md = markdownReport(report);
    rt.setOutput('report', jsonFile);
    if (formats.includes('markdown')) rt.setOutput('markdown-report', writeText(path.join(dir, 'abi-diff.md'), md));
    if (formats.includes('codequality'))
      rt.setOutput('codequality-report', writeText(path.join(dir, 'abi-diff-codequality.json'), toJson(codeQualityReport(report, locate))));
    rt.setOutput('added', String(report.totals.added));
    rt.setOutput('removed', String(report.totals.removed));
    rt.setOutput('changed', String(report.totals.changed));
    rt.setOutput('behavior-changes', String(report.totals.behavior));
    rt.setOutput('size-delta', String(report.totals.sizeDelta));
    rt.setOutput('breaking', String(report.verdict.breaking));
    await rt.appendSummary(md);
    for (const p of report.pairs) if (p.symbolsSkipped) rt.warning(p.symbolsSkipped, { title: 'abi-diff: symbols not compared' });
    const breaking = report.findings.filter((f) => f.breaking);
    for (const f of breaking.slice(0, maxAnnotations)) {
      const at = locate(f);
      rt.error(`${f.subject}: ${f.detail}`, {
        title: `abi-diff: ${f.category} ${f.change} in ${f.artifact}`,
        ...(at ? { file: at.file, startLine: at.line } : {}),
      });
    }
    if (breaking.length > maxAnnotations)
      rt.error(`${breaking.length - maxAnnotations} more breaking finding(s); see the job summary and ${jsonFile}`);
    rt.info(headline(report));
    if (report.verdict.breaking) rt.setFailed(`abi-diff: ${report.verdict.reasons.join('; ')}`);
  },
};

/**
 * The inputs that can be wrong before anything runs: the working directory, where reports go (inside
 * the workspace), a package that is a flag, a base-ref git would read as an option, and inputs that
 * paths mode would silently ignore. Returns the working directory.
 */
function checkedInputs(inputs: ActionContext['inputs']): string {
  const given = inputs.string('working-directory');
  checkPathInput('working-directory', given);
  const wd = path.resolve(given);
  if (!existsSync(wd) || !statSync(wd).isDirectory())
    throw new InputError(`input "working-directory" ("${given}") is not a directory (looked at ${wd})`);
  confinedPath('report-dir', inputs.string('report-dir'), wd);
  for (const name of ['base', 'head', 'suppressions'] as const) if (inputs.given(name)) checkPathInput(name, inputs.string(name));
  for (const p of inputs.list('local-goroots')) checkPathInput('local-goroots', p);
  const pkgProblem = packagePatternProblem(inputs.string('package'));
  if (inputs.given('package') && pkgProblem) throw new InputError(pkgProblem);
  const refProblem = baseRefProblem(inputs.string('base-ref'));
  if (inputs.given('base-ref') && refProblem) throw new InputError(refProblem);
  if (inputs.given('base') || inputs.given('head')) {
    for (const name of ['base-ref', 'build-flags'] as const) {
      if (inputs.given(name))
        throw new InputError(
          `input "${name}" is set, but base and head are given: paths mode compares those files and builds nothing, so ${name} would be ignored; remove ${name}, or give package instead of base and head`,
        );
    }
  }
  return wd;
}

/** The report's unsuppressed findings in GitLab's Code Quality format; identity keeps a finding's
 * fingerprint stable when its detail (sizes, signatures) changes between runs. The Go version
 * change itself (build finding `go`) is what a matrix compares, not a code issue: left out. */
function codeQualityReport(r: AbiReport, locate: (f: AbiFinding) => SourceLocation | undefined): ReturnType<typeof codeQuality> {
  return codeQuality(
    r.findings
      .filter((f) => !f.suppressed && !(f.category === 'build' && f.subject === 'go' && !f.breaking))
      .map((f) => ({
        check: `abi-diff/${f.category}-${f.change}`,
        message: `${f.subject}: ${f.detail}`,
        severity: f.breaking ? ('major' as const) : ('info' as const),
        // The declaration in the repository when export data placed it; else the compared file.
        ...(locate(f) ?? { file: f.artifact }),
        identity: `${f.subject}\0${f.change}`,
      })),
  );
}

/**
 * Where a finding's declaration is in the repository (typed API findings of archives: export data
 * positions), relative to the repository root: GITHUB_WORKSPACE, CI_PROJECT_DIR, or the current
 * directory. -trimpath positions are mapped through working-directory's module.
 */
function locator(wd: string): (f: AbiFinding) => SourceLocation | undefined {
  const candidates = [process.env.GITHUB_WORKSPACE, process.env.CI_PROJECT_DIR].filter((d): d is string => !!d && existsSync(d));
  const root = path.resolve(candidates[0] ?? process.cwd());
  const module = moduleRootOf(wd);
  const modules = module ? [module] : [];
  return (f) => (f.pos ? sourceLocation(f.pos, root, modules) : undefined);
}

function writeText(file: string, text: string): string {
  writeFileSync(file, text);
  return file;
}
