// Report conversion: user globs and our own go runs in, Sonar-ready files in outDir out.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as glob from '@actions/glob';
import { writeReportFile } from './report-file.js';
import { checkstyleXml, externalIssues, vetText } from './lint-writers.js';
import { reportNames, type CompatConfig } from './compat-config.js';
import { addProfile, CoverageMerge } from './coverprofile.js';
import { parseGolangci, parseVetText, rewriteIssues, type LintIssue } from './lint-reports.js';
import type { ProjectPaths } from './project-paths.js';
import { TestJsonRewrite } from './test-json.js';

/** Where conversion reports what it did: the platform's runtime, or any logger of the same shape. */
export interface Log {
  info(message: string): void;
  warning(message: string): void;
  notice(message: string): void;
  debug(message: string): void;
}

/** Files matching the globs of one input (relative globs are relative to the base dir). */
export async function expandGlobs(input: string, patterns: readonly string[], baseDir: string, log: Log): Promise<string[]> {
  const files: string[] = [];
  for (const p of patterns) {
    const abs = path.isAbsolute(p) ? p : path.join(baseDir, p);
    const matched = await (await glob.create(abs, { matchDirectories: false })).glob();
    if (matched.length === 0) log.warning(`input "${input}": "${p}" matched no files (relative to ${baseDir})`);
    files.push(...matched.sort());
  }
  return [...new Set(files)];
}

function warnUnmapped(log: Log, what: string, unmapped: ReadonlyMap<string, string>): void {
  if (unmapped.size === 0) return;
  const first = [...unmapped.values()].slice(0, 3).join('; ');
  log.warning(
    `${what}: ${unmapped.size} path(s) map to no module under the base dir and were ${what.startsWith('test') ? 'left as they were' : 'dropped'}: ${first}${unmapped.size > 3 ? '; ...' : ''}`,
  );
}

export async function convertCoverage(
  profiles: readonly string[],
  paths: ProjectPaths,
  cfg: CompatConfig,
  log: Log,
): Promise<{ file: string; merge: CoverageMerge } | undefined> {
  if (profiles.length === 0) return undefined;
  const merge = new CoverageMerge();
  for (const p of profiles) await addProfile(merge, p, (n) => paths.goFile(n));
  const file = path.join(cfg.outDir, reportNames.coverage);
  await writeReportFile(file, merge.chunks(), { entries: merge.blocks, what: 'coverage report', from: profiles.join(', ') });
  warnUnmapped(log, 'coverage', new Map([...merge.unmapped].map(([k, v]) => [k, v.why])));
  return { file, merge };
}

export async function convertTests(
  reports: readonly string[],
  paths: ProjectPaths,
  cfg: CompatConfig,
  log: Log,
): Promise<{ file: string; rewrite: TestJsonRewrite } | undefined> {
  if (reports.length === 0) return undefined;
  const rewrite = new TestJsonRewrite((p) => paths.packageDir(p));
  const file = path.join(cfg.outDir, reportNames.tests);
  await writeReportFile(file, rewrite.rewrite(reports), { entries: () => rewrite.events, what: 'test report', from: reports.join(', ') });
  if (rewrite.noise > 0) {
    log.warning(
      `test reports: skipped ${rewrite.noise} line(s) that are not go test -json events (e.g. ${rewrite.noiseExamples.join(' | ')})`,
    );
  }
  warnUnmapped(log, 'test report', rewrite.unmapped);
  return { file, rewrite };
}

export interface LintSource {
  /** Text of the report. */
  text: string;
  /** Name for messages. */
  source: string;
  /** Dirs relative file names in it may be relative to, most likely first. */
  roots: string[];
  /** Produced by our own go vet run: empty text then means "no findings", not "no data". */
  ran?: boolean;
}

export interface LintOutputs {
  vet?: string;
  golangci?: string;
  external?: string;
  issues: LintIssue[];
}

export async function convertLint(
  vet: readonly LintSource[],
  golangci: readonly LintSource[],
  paths: ProjectPaths,
  cfg: CompatConfig,
  log: Log,
): Promise<LintOutputs> {
  const rewrite = (sources: readonly LintSource[], parse: (s: LintSource) => LintIssue[]): LintIssue[] => {
    const all: LintIssue[] = [];
    for (const s of sources) {
      const { kept, unmapped } = rewriteIssues(parse(s), (f) => paths.toolFile(f, s.roots));
      warnUnmapped(log, `lint report ${s.source}`, unmapped);
      all.push(...kept);
    }
    return all;
  };
  const vetIssues = rewrite(vet, (s) => parseVetText(s.text));
  const lintIssues = rewrite(golangci, (s) => parseGolangci(s.text, s.source));
  const out: LintOutputs = { issues: [...vetIssues, ...lintIssues] };
  const nothing = (s: readonly LintSource[]): boolean => s.every((x) => !x.ran && x.text.trim() === '');
  if (cfg.lintFormat === 'generic') {
    if (vet.length + golangci.length === 0) return out;
    out.external = path.join(cfg.outDir, reportNames.external);
    const doc = externalIssues(out.issues);
    await writeReportFile(out.external, [JSON.stringify(doc, null, 2) + '\n'], {
      entries: nothing([...vet, ...golangci]) ? 0 : 1,
      what: 'external issues report',
      from: [...vet, ...golangci].map((s) => s.source).join(', '),
    });
    return out;
  }
  if (vet.length > 0) {
    out.vet = path.join(cfg.outDir, reportNames.vet);
    await writeReportFile(out.vet, [vetText(vetIssues)], {
      entries: nothing(vet) ? 0 : 1,
      what: 'go vet report',
      from: vet.map((s) => s.source).join(', '),
    });
  }
  if (golangci.length > 0) {
    out.golangci = path.join(cfg.outDir, reportNames.golangci);
    await writeReportFile(out.golangci, [checkstyleXml(lintIssues)], {
      entries: nothing(golangci) ? 0 : 1,
      what: 'golangci-lint report',
      from: golangci.map((s) => s.source).join(', '),
    });
  }
  return out;
}

export function lintSourcesFromFiles(files: readonly string[]): LintSource[] {
  return files.map((f) => ({ text: readFileSync(f, 'utf8'), source: f, roots: [path.dirname(f)] }));
}
