// Report conversion: user globs and our own go runs in, Sonar-ready files in outDir out. Every
// input is converted on its own: a broken one is named in `bad` and the others still count.
import { existsSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import * as glob from '@actions/glob';
import { EmptyReportError, writeReportFile } from './report-file.js';
import { checkstyleXml, externalIssues, vetText } from './lint-writers.js';
import { reportNames, type CompatConfig } from './compat-config.js';
import { CoverageMerge, CoverProfileError } from './coverprofile.js';
import { LintReportError, parseGolangci, parseVetText, rewriteIssues, type LintIssue } from './lint-reports.js';
import type { ProjectPaths } from './project-paths.js';
import { describeUnfinished, TestJsonRewrite } from './test-json.js';
import { printable } from './text.js';

/** Where conversion reports what it did: the platform's runtime, or any logger of the same shape. */
export interface Log {
  info(message: string): void;
  warning(message: string): void;
  notice(message: string): void;
  debug(message: string): void;
}

/** One input file (or our own go run) that could not be used, and why. */
export interface BadInput {
  /** The input it came from: "coverage-reports", "test-reports", ..., or "run-tests". */
  input: string;
  file: string;
  message: string;
}

/** A report file and the input it was named by. */
export interface InputFile {
  input: string;
  file: string;
}

/** Files matching the globs of one input (relative globs are relative to the base dir). */
export async function expandGlobs(input: string, patterns: readonly string[], baseDir: string, log: Log): Promise<InputFile[]> {
  const files: string[] = [];
  for (const p of patterns) {
    const abs = path.isAbsolute(p) ? p : path.join(baseDir, p);
    const matched = await (await glob.create(abs, { matchDirectories: false })).glob();
    if (matched.length === 0) log.warning(`input "${input}": "${printable(p)}" matched no files (relative to ${baseDir})`);
    files.push(...matched.sort());
  }
  return [...new Set(files)].map((file) => ({ input, file }));
}

function warnUnmapped(log: Log, what: string, unmapped: ReadonlyMap<string, string>): void {
  if (unmapped.size === 0) return;
  const first = [...unmapped.values()].slice(0, 3).map(printable).join('; ');
  log.warning(
    `${what}: ${unmapped.size} path(s) map to no module under the base dir and were ${what.startsWith('test') ? 'left as they were' : 'dropped'}: ${first}${unmapped.size > 3 ? '; ...' : ''}`,
  );
}

function noteSuffix(log: (m: string) => void, what: string, mapped: ReadonlyMap<string, string>): void {
  if (mapped.size === 0) return;
  const first = [...mapped]
    .slice(0, 3)
    .map(([from, to]) => `${printable(from)} → ${printable(to)}`)
    .join('; ');
  log(
    `${what}: ${mapped.size} path(s) name no file here as given (made on another machine or outside their module) and were mapped by their longest suffix that names a file under the base dir: ${first}${mapped.size > 3 ? '; ...' : ''}`,
  );
}

export function convertCoverage(
  profiles: readonly InputFile[],
  paths: ProjectPaths,
  cfg: CompatConfig,
  log: Log,
  bad: BadInput[],
): { file?: string; merge: CoverageMerge } | undefined {
  if (profiles.length === 0) return undefined;
  const target = path.join(cfg.outDir, reportNames.coverage);
  const merge = new CoverageMerge(`${target}.spool-${process.pid}`, (n) => paths.goFile(n));
  try {
    for (const p of profiles) {
      try {
        merge.add(p.file);
      } catch (e) {
        if (!(e instanceof CoverProfileError)) throw e;
        bad.push({ input: p.input, file: p.file, message: e.message });
      }
    }
    warnUnmapped(log, 'coverage', new Map([...merge.unmapped].map(([k, v]) => [k, v.why])));
    noteSuffix((m) => log.notice(m), 'coverage', merge.bySuffix);
    if (merge.blocks === 0) {
      // An empty report would replace real coverage in Sonar with none: write nothing, wire nothing.
      const read = merge.profiles;
      if (read.length > 0) {
        const kept = existsSync(target) ? ` (the earlier ${target} is left as it was, and not named in the properties)` : '';
        for (const f of read) {
          const input = profiles.find((p) => p.file === f)!.input;
          bad.push({
            input,
            file: f,
            message: `coverage report ${printable(f)} holds no block of a file under ${cfg.baseDir}; no coverage report was written${kept}`,
          });
        }
      }
      return { merge };
    }
    merge.write(target);
    for (const c of merge.conflicts) bad.push({ input: 'coverage-reports', file: '', message: c });
    return { file: target, merge };
  } finally {
    merge.dispose();
  }
}

function countLines(file: string): number {
  let n = 0;
  const text = readFileSync(file);
  for (let i = text.indexOf(10); i >= 0; i = text.indexOf(10, i + 1)) n++;
  return n;
}

export async function convertTests(
  reports: readonly InputFile[],
  paths: ProjectPaths,
  cfg: CompatConfig,
  log: Log,
  bad: BadInput[],
): Promise<{ file?: string; rewrite: TestJsonRewrite } | undefined> {
  if (reports.length === 0) return undefined;
  const rewrite = new TestJsonRewrite((p) => paths.packageDir(p));
  const file = path.join(cfg.outDir, reportNames.tests);
  let written = true;
  try {
    await writeReportFile(file, rewrite.rewrite(reports.map((r) => r.file)), {
      entries: () => rewrite.events,
      what: 'test report',
      from: reports.map((r) => printable(r.file)).join(', '),
      keepExisting: (existing) => {
        if (rewrite.unfinished.size === 0) return undefined;
        const old = countLines(existing);
        return old > rewrite.events
          ? `kept the earlier test report ${existing} (${old} events): the new one would hold only ${rewrite.events} events from incomplete input`
          : undefined;
      },
    });
  } catch (e) {
    if (!(e instanceof EmptyReportError)) throw e;
    written = false;
    bad.push({ input: reports[0]!.input, file: '', message: e.message });
  }
  for (const r of reports) {
    const u = rewrite.unfinished.get(r.file);
    if (rewrite.eventsIn.get(r.file) === 0 && statSync(r.file).size > 0) {
      bad.push({
        input: r.input,
        file: r.file,
        message: `test report ${printable(r.file)} holds no go test -json event; expected the output of go test -json (one JSON object per line)`,
      });
    } else if (u) bad.push({ input: r.input, file: r.file, message: describeUnfinished(r.file, u) });
  }
  if (rewrite.noise > 0) {
    log.warning(
      `test reports: skipped ${rewrite.noise} line(s) that are not go test -json events (e.g. ${rewrite.noiseExamples.join(' | ')})`,
    );
  }
  warnUnmapped(log, 'test report', rewrite.unmapped);
  return written ? { file, rewrite } : { rewrite };
}

export interface LintSource {
  /** Text of the report. */
  text: string;
  /** Name for messages. */
  source: string;
  /** The input it came from ("vet-reports", "golangci-lint-reports", "run-vet"). */
  input: string;
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
  bad: BadInput[],
): Promise<LintOutputs> {
  const rewrite = (sources: readonly LintSource[], parse: (s: LintSource) => LintIssue[]): LintIssue[] => {
    const all: LintIssue[] = [];
    for (const s of sources) {
      let issues: LintIssue[];
      try {
        issues = parse(s);
      } catch (e) {
        if (!(e instanceof LintReportError)) throw e;
        bad.push({ input: s.input, file: s.source, message: e.message });
        continue;
      }
      const { kept, unmapped, bySuffix } = rewriteIssues(issues, (f) => paths.toolFile(f, s.roots));
      warnUnmapped(log, `lint report ${printable(s.source)}`, unmapped);
      noteSuffix((m) => log.warning(m), `lint report ${printable(s.source)}`, bySuffix);
      all.push(...kept);
    }
    return all;
  };
  const vetIssues = rewrite(vet, (s) => parseVetText(s.text));
  const lintIssues = rewrite(golangci, (s) => parseGolangci(s.text, printable(s.source)));
  const out: LintOutputs = { issues: [...vetIssues, ...lintIssues] };
  const nothing = (s: readonly LintSource[]): boolean => s.every((x) => !x.ran && x.text.trim() === '');
  const write = async (file: string, text: string, sources: readonly LintSource[], what: string): Promise<boolean> => {
    try {
      await writeReportFile(file, [text], {
        entries: nothing(sources) ? 0 : 1,
        what,
        from: sources.map((s) => printable(s.source)).join(', '),
      });
      return true;
    } catch (e) {
      if (!(e instanceof EmptyReportError)) throw e;
      bad.push({ input: sources[0]!.input, file: '', message: e.message });
      return false;
    }
  };
  if (cfg.lintFormat === 'generic') {
    if (vet.length + golangci.length === 0) return out;
    const file = path.join(cfg.outDir, reportNames.external);
    const doc = externalIssues(out.issues);
    if (await write(file, JSON.stringify(doc, null, 2) + '\n', [...vet, ...golangci], 'external issues report')) out.external = file;
    return out;
  }
  if (vet.length > 0) {
    const file = path.join(cfg.outDir, reportNames.vet);
    if (await write(file, vetText(vetIssues), vet, 'go vet report')) out.vet = file;
  }
  if (golangci.length > 0) {
    const file = path.join(cfg.outDir, reportNames.golangci);
    if (await write(file, checkstyleXml(lintIssues), golangci, 'golangci-lint report')) out.golangci = file;
  }
  return out;
}

export function lintSourcesFromFiles(files: readonly InputFile[]): LintSource[] {
  return files.map((f) => ({ text: readFileSync(f.file, 'utf8'), source: f.file, input: f.input, roots: [path.dirname(f.file)] }));
}
