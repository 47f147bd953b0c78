// Runtime for GitLab CI and local runs of the CLI: outputs, env, state and summaries are plain
// files in one directory (default `.go-ci-kit/` in the project), so later script lines and jobs
// can `source` the env file and GitLab can pick up `outputs.env` as a dotenv report
// (artifacts:reports:dotenv), findings as Code Quality JSON / JUnit XML, and `cache:` can keep the
// tool cache and work dirs because they live inside the project dir.
// env.sh and outputs.env hold one line per name (a later value replaces the earlier line), and
// start afresh in each GitLab job (CI_JOB_ID, or GO_CI_KIT_RUN_ID elsewhere): a project dir kept by
// `cache:` or reused by gitlab-ci-local must not carry the last job's exports and outputs.
import { appendFileSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Annotation, CiEvent, Runtime } from './runtime.js';
import { codeQuality, junitXml, type Finding } from './findings.js';
import { markdownToPlain, sectionEnd, sectionName, sectionStart } from './plain-text.js';

export interface FileRuntimeOptions {
  kind: 'gitlab' | 'local';
  /** Directory for outputs.json, outputs.env, env.sh, summary.md and state files. */
  outDir: string;
  /** Name used to keep each action's state apart. */
  action: string;
  inputs: ReadonlyMap<string, string>;
  env?: NodeJS.ProcessEnv;
  /**
   * Prefix for dotenv keys (default: env GO_CI_KIT_OUTPUT_PREFIX). A GitLab job that `needs:`
   * several matrix legs gets all their dotenv reports, so each leg prefixes its keys (GO_1_23_).
   */
  dotenvPrefix?: string;
}

/** Most a GitLab dotenv report may hold; a bigger one fails the job's artifact upload. */
export const DOTENV_MAX_BYTES = 5 * 1024;

/** Shell single-quoting for the sourceable env file (values are data, never code). */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** dotenv keys allowed by GitLab: [A-Za-z0-9_]. */
export function dotenvKey(name: string): string {
  return name.replace(/[^A-Za-z0-9_]/g, '_').toUpperCase();
}

function where(w?: Annotation): string {
  if (!w?.file) return '';
  return `${w.file}${w.startLine ? `:${w.startLine}` : ''}${w.startColumn ? `:${w.startColumn}` : ''}: `;
}

export class FileRuntime implements Runtime {
  readonly kind: 'gitlab' | 'local';
  readonly outputs = new Map<string, string>();
  failed: string | undefined;
  private readonly env: NodeJS.ProcessEnv;

  constructor(private readonly opts: FileRuntimeOptions) {
    this.kind = opts.kind;
    this.env = opts.env ?? process.env;
    mkdirSync(opts.outDir, { recursive: true });
    this.startRun();
  }

  /**
   * Another job's (or run's) env.sh, outputs and summary are removed, once per job. The marker sits
   * in each file's directory: a dotenv file shared by several out dirs (GO_CI_KIT_DOTENV) is reset
   * by the job's first action only, never by a second one with another out dir.
   */
  private startRun(): void {
    const run = this.env.CI_JOB_ID || this.env.GO_CI_KIT_RUN_ID;
    if (!run) return;
    const byDir = new Map<string, string[]>();
    for (const f of [this.envFile, this.outputsFile, this.dotenvFile, this.summaryFile]) {
      const dir = path.dirname(f);
      byDir.set(dir, [...(byDir.get(dir) ?? []), f]);
    }
    for (const [dir, files] of byDir) {
      const marker = path.join(dir, 'run-id');
      const last = existsSync(marker) ? readFileSync(marker, 'utf8').trim() : undefined;
      if (last === run) continue;
      for (const f of files) rmSync(f, { force: true });
      mkdirSync(dir, { recursive: true });
      writeFileSync(marker, `${run}\n`);
    }
  }

  /** The file's lines that `owns` does not match (none when there is no file yet). */
  private linesWithout(file: string, owns: (l: string) => boolean): string[] {
    return existsSync(file)
      ? readFileSync(file, 'utf8')
          .split('\n')
          .filter((l) => l !== '' && !owns(l))
      : [];
  }

  /** Replaces the lines `owns` matches with `line` at the end (later lines win when sourced). */
  private putLine(file: string, line: string, owns: (l: string) => boolean, kept = this.linesWithout(file, owns)): void {
    writeFileSync(file, [...kept, line].join('\n') + '\n');
  }

  get outDir(): string {
    return this.opts.outDir;
  }
  get envFile(): string {
    return path.join(this.opts.outDir, 'env.sh');
  }
  get outputsFile(): string {
    return path.join(this.opts.outDir, 'outputs.json');
  }
  /** outputs.env in the out dir, or env GO_CI_KIT_DOTENV (a fixed path for artifacts:reports:dotenv). */
  get dotenvFile(): string {
    return this.env.GO_CI_KIT_DOTENV || path.join(this.opts.outDir, 'outputs.env');
  }
  get summaryFile(): string {
    return path.join(this.opts.outDir, 'summary.md');
  }
  get codeQualityFile(): string {
    return path.join(this.opts.outDir, `${this.opts.action}.codequality.json`);
  }
  get junitFile(): string {
    return path.join(this.opts.outDir, `${this.opts.action}.junit.xml`);
  }
  private get dotenvPrefix(): string {
    return this.opts.dotenvPrefix ?? this.env.GO_CI_KIT_OUTPUT_PREFIX ?? '';
  }
  private get stateFile(): string {
    return path.join(this.opts.outDir, `state-${this.opts.action}.json`);
  }

  rawInput(name: string): string | undefined {
    return this.opts.inputs.get(name);
  }

  private readonly secrets: string[] = [];
  setSecret(value: string): void {
    if (value === '' || this.secrets.includes(value)) return;
    this.secrets.push(value);
    // Longest first: a URL is masked whole before the password inside it.
    this.secrets.sort((a, b) => b.length - a.length);
  }
  /** Text with every registered secret replaced by ***, as the GitHub runner masks its logs. */
  private mask(text: string): string {
    return this.secrets.reduce((t, s) => t.split(s).join('***'), text);
  }

  setOutput(name: string, raw: string): void {
    const value = this.mask(raw);
    this.outputs.set(name, value);
    const all = existsSync(this.outputsFile) ? (JSON.parse(readFileSync(this.outputsFile, 'utf8')) as Record<string, string>) : {};
    all[name] = value;
    writeFileSync(this.outputsFile, JSON.stringify(all, null, 2) + '\n');
    this.appendDotenv(name, value);
  }

  private appendDotenv(name: string, value: string): void {
    // dotenv values are single-line; multi-line outputs (rare) are kept in outputs.json only.
    if (value.includes('\n')) {
      this.debug(`output ${name} is multi-line: kept in ${this.outputsFile}, not in the dotenv report`);
      return;
    }
    const key = `${dotenvKey(this.dotenvPrefix + name)}=`;
    const line = `${key}${value}\n`;
    const owns = (l: string): boolean => l.startsWith(key);
    const others = this.linesWithout(this.dotenvFile, owns);
    const size = others.reduce((n, l) => n + Buffer.byteLength(l) + 1, 0);
    if (this.kind === 'gitlab' && size + Buffer.byteLength(line) > DOTENV_MAX_BYTES) {
      // Over GitLab's limit the whole report is rejected; keep the file valid and say where the value is.
      this.warning(
        `output ${name} not added to ${this.dotenvFile}: GitLab dotenv reports are limited to ${DOTENV_MAX_BYTES} bytes; read it from ${this.outputsFile}`,
      );
      return;
    }
    this.putLine(this.dotenvFile, line.trimEnd(), owns, others);
  }

  /** Code Quality JSON and JUnit XML for GitLab's artifacts:reports (written even when empty: no findings is a result). */
  writeFindings(findings: readonly Finding[]): string[] {
    writeFileSync(this.codeQualityFile, JSON.stringify(codeQuality(findings), null, 2) + '\n');
    writeFileSync(this.junitFile, junitXml(this.opts.action, findings));
    return [this.codeQualityFile, this.junitFile];
  }

  exportVariable(name: string, value: string): void {
    this.env[name] = value;
    this.putLine(this.envFile, `export ${name}=${shellQuote(value)}`, (l) => l.startsWith(`export ${name}=`));
  }

  addPath(dir: string): void {
    if (/[\r\n]/.test(dir))
      throw new Error(`refusing to add ${JSON.stringify(dir)} to PATH: it contains a line break; rename that directory`);
    this.env.PATH = `${dir}${path.delimiter}${this.env.PATH ?? ''}`;
    const line = `export PATH=${shellQuote(dir)}:"$PATH"`;
    this.putLine(this.envFile, line, (l) => l === line);
  }

  saveState(name: string, value: string): void {
    const all = this.readState();
    all[name] = value;
    writeFileSync(this.stateFile, JSON.stringify(all, null, 2) + '\n');
  }

  getState(name: string): string {
    return this.readState()[name] ?? '';
  }

  private readState(): Record<string, string> {
    if (!existsSync(this.stateFile)) return {};
    return JSON.parse(readFileSync(this.stateFile, 'utf8')) as Record<string, string>;
  }

  appendSummary(markdown: string): Promise<void> {
    markdown = this.mask(markdown);
    appendFileSync(this.summaryFile, markdown.endsWith('\n') ? markdown : markdown + '\n');
    // The job log gets plain text: GitLab shows Markdown and HTML raw. The file keeps the Markdown.
    if (this.kind === 'gitlab') process.stdout.write(markdownToPlain(markdown));
    return Promise.resolve();
  }

  debug(message: string): void {
    if (this.env.GO_CI_KIT_DEBUG === 'true' || this.env.CI_DEBUG_TRACE === 'true') process.stderr.write(this.mask(`debug: ${message}\n`));
  }
  info(message: string): void {
    process.stdout.write(this.mask(`${message}\n`));
  }
  notice(message: string, w?: Annotation): void {
    process.stdout.write(this.mask(`notice: ${where(w)}${message}\n`));
  }
  warning(message: string, w?: Annotation): void {
    process.stderr.write(this.mask(`warning: ${where(w)}${message}\n`));
  }
  error(message: string, w?: Annotation): void {
    process.stderr.write(this.mask(`error: ${where(w)}${message}\n`));
  }
  private sections = 0;
  private inSection = false;
  async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    if (this.kind !== 'gitlab' || this.inSection) {
      this.info(this.kind === 'gitlab' ? title : `== ${title}`);
      return fn();
    }
    const name = sectionName(title, ++this.sections);
    process.stdout.write(sectionStart(name, title));
    this.inSection = true;
    try {
      return await fn();
    } finally {
      this.inSection = false;
      process.stdout.write(sectionEnd(name));
    }
  }
  addProblemMatcher(): void {
    // GitLab and a terminal show the log as printed: compiler lines stay lines, nothing to register.
  }
  setFailed(message: string): void {
    this.failed = message;
    process.exitCode = 1;
    this.error(message);
  }

  tempDir(): string {
    // Exists on return, as RUNNER_TEMP does on a runner (actions mkdtemp inside it).
    const dir = this.env.RUNNER_TEMP || path.join(this.opts.outDir, 'tmp');
    mkdirSync(dir, { recursive: true });
    return dir;
  }
  toolCacheDir(): string {
    if (this.env.RUNNER_TOOL_CACHE) return this.env.RUNNER_TOOL_CACHE;
    // On GitLab the tool cache must sit inside the project dir so `cache:` can keep it.
    if (this.kind === 'gitlab') {
      const dir = path.join(this.opts.outDir, 'tool-cache');
      // Never empty: a job's `cache: paths:` lists this dir, and GitLab warns "no matching files" on
      // every leg whose Go came from a local GOROOT (nothing downloaded) when it is empty or absent.
      const note = path.join(dir, 'README.txt');
      if (!existsSync(note)) {
        mkdirSync(dir, { recursive: true });
        writeFileSync(note, 'go-ci-kit tool cache: Go downloads live in go/<version>/<arch>; empty when Go came from a local GOROOT.\n');
      }
      return dir;
    }
    return path.join(os.homedir(), '.cache', 'go-ci-kit', 'tool-cache');
  }
  workDir(): string {
    return path.join(this.opts.outDir, 'work');
  }
  event(): CiEvent {
    if (this.kind === 'gitlab') {
      const src = this.env.CI_MERGE_REQUEST_SOURCE_PROJECT_ID;
      const dst = this.env.CI_MERGE_REQUEST_PROJECT_ID;
      return {
        name: this.env.CI_PIPELINE_SOURCE ?? '',
        fromFork: Boolean(src && dst && src !== dst),
        runId: this.env.CI_PIPELINE_ID ?? '',
        runAttempt: this.env.CI_JOB_ID ?? '',
      };
    }
    return { name: 'local', fromFork: false, runId: String(Date.now()), runAttempt: '1' };
  }
}
