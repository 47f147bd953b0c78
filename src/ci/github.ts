// Runtime on a GitHub Actions runner: workflow commands on stdout and the runner's files
// (runner-protocol.ts speaks both).
import { appendFileSync, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { appendToRunnerFile, fileCommandBlock, issue, type CommandProperties } from './runner-protocol.js';
import type { Annotation, CiEvent, Runtime } from './runtime.js';
import { commandSafe, hasLineBreak } from './workflow-commands.js';

/** An annotation's place, in the runner's property names. */
function props(where?: Annotation): CommandProperties {
  if (!where) return {};
  return { title: where.title, file: where.file, line: where.startLine, col: where.startColumn };
}

export class GitHubRuntime implements Runtime {
  readonly kind = 'github' as const;

  rawInput(name: string): string | undefined {
    // Same lookup as core.getInput, but tells "absent" from "empty".
    return process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
  }
  setOutput(name: string, value: string): void {
    if (appendToRunnerFile('GITHUB_OUTPUT', fileCommandBlock(name, value))) return;
    // A runner older than the output files (before 2.297) reads the command from stdout.
    process.stdout.write(os.EOL);
    issue('set-output', { name }, value);
  }
  exportVariable(name: string, value: string): void {
    process.env[name] = value;
    if (!appendToRunnerFile('GITHUB_ENV', fileCommandBlock(name, value))) issue('set-env', { name }, value);
  }
  addPath(dir: string): void {
    // GITHUB_PATH holds one path per line: a line break would add a second, made-up path.
    if (hasLineBreak(dir))
      throw new Error(`refusing to add ${JSON.stringify(dir)} to PATH: it contains a line break; rename that directory`);
    if (!appendToRunnerFile('GITHUB_PATH', `${dir}${os.EOL}`)) issue('add-path', {}, dir);
    process.env.PATH = `${dir}${path.delimiter}${process.env.PATH ?? ''}`;
  }
  saveState(name: string, value: string): void {
    if (!appendToRunnerFile('GITHUB_STATE', fileCommandBlock(name, value))) issue('save-state', { name }, value);
  }
  getState(name: string): string {
    return process.env[`STATE_${name}`] ?? '';
  }
  appendSummary(markdown: string): Promise<void> {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (file) appendFileSync(file, `${markdown}${os.EOL}`, 'utf8');
    return Promise.resolve();
  }
  debug(message: string): void {
    issue('debug', {}, message);
  }
  info(message: string): void {
    process.stdout.write(`${commandSafe(message)}${os.EOL}`);
  }
  notice(message: string, where?: Annotation): void {
    issue('notice', props(where), message);
  }
  warning(message: string, where?: Annotation): void {
    issue('warning', props(where), message);
  }
  error(message: string, where?: Annotation): void {
    issue('error', props(where), message);
  }
  setFailed(message: string): void {
    process.exitCode = 1;
    this.error(message);
  }
  setSecret(value: string): void {
    issue('add-mask', {}, value);
  }
  private grouped = false;
  async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    if (this.grouped) {
      this.info(title);
      return fn();
    }
    this.grouped = true;
    issue('group', {}, title);
    try {
      return await fn();
    } finally {
      issue('endgroup', {}, '');
      this.grouped = false;
    }
  }
  addProblemMatcher(file: string): void {
    // A command, not info(): info() would show it instead of running it. The runner unescapes a
    // command's data, so a path with %, CR or LF arrives whole.
    issue('add-matcher', {}, file);
  }
  tempDir(): string {
    return process.env.RUNNER_TEMP || path.join(os.tmpdir(), 'go-ci-kit');
  }
  toolCacheDir(): string {
    return process.env.RUNNER_TOOL_CACHE || path.join(os.homedir(), '.cache', 'go-ci-kit', 'tool-cache');
  }
  workDir(): string {
    // Outside the workspace so `git clean` and checkout do not touch it; per job on hosted runners.
    return path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'go-ci-kit');
  }
  event(): CiEvent {
    const name = process.env.GITHUB_EVENT_NAME ?? '';
    let fromFork = false;
    const eventPath = process.env.GITHUB_EVENT_PATH;
    if (eventPath && name.startsWith('pull_request')) {
      try {
        const payload = JSON.parse(readFileSync(eventPath, 'utf8')) as {
          pull_request?: { head?: { repo?: { full_name?: string } }; base?: { repo?: { full_name?: string } } };
        };
        const head = payload.pull_request?.head?.repo?.full_name;
        const base = payload.pull_request?.base?.repo?.full_name;
        fromFork = Boolean(head && base && head !== base);
      } catch {
        // An unreadable event file is treated as not-a-fork; the cache service enforces scope anyway.
      }
    }
    return {
      name,
      fromFork,
      runId: process.env.GITHUB_RUN_ID ?? '',
      runAttempt: process.env.GITHUB_RUN_ATTEMPT ?? '',
    };
  }
}
