// Runtime on a GitHub Actions runner: the runner's files through @actions/core.
import * as core from '@actions/core';
import { readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Annotation, CiEvent, Runtime } from './runtime.js';
import { commandSafe, escapeCommandData, hasLineBreak } from './workflow-commands.js';

function props(where?: Annotation): core.AnnotationProperties | undefined {
  if (!where) return undefined;
  return { file: where.file, startLine: where.startLine, startColumn: where.startColumn, title: where.title };
}

export class GitHubRuntime implements Runtime {
  readonly kind = 'github' as const;

  rawInput(name: string): string | undefined {
    // Same lookup as core.getInput, but tells "absent" from "empty".
    return process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
  }
  setOutput(name: string, value: string): void {
    core.setOutput(name, value);
  }
  exportVariable(name: string, value: string): void {
    core.exportVariable(name, value);
  }
  addPath(dir: string): void {
    // GITHUB_PATH holds one path per line: a line break would add a second, made-up path.
    if (hasLineBreak(dir))
      throw new Error(`refusing to add ${JSON.stringify(dir)} to PATH: it contains a line break; rename that directory`);
    core.addPath(dir);
  }
  saveState(name: string, value: string): void {
    core.saveState(name, value);
  }
  getState(name: string): string {
    return core.getState(name);
  }
  async appendSummary(markdown: string): Promise<void> {
    if (!process.env.GITHUB_STEP_SUMMARY) return;
    await core.summary.addRaw(markdown, true).write();
  }
  debug(message: string): void {
    core.debug(message);
  }
  info(message: string): void {
    core.info(commandSafe(message));
  }
  notice(message: string, where?: Annotation): void {
    core.notice(message, props(where));
  }
  warning(message: string, where?: Annotation): void {
    core.warning(message, props(where));
  }
  error(message: string, where?: Annotation): void {
    core.error(message, props(where));
  }
  setFailed(message: string): void {
    core.setFailed(message);
  }
  setSecret(value: string): void {
    core.setSecret(value);
  }
  private grouped = false;
  async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    if (this.grouped) {
      core.info(title);
      return fn();
    }
    this.grouped = true;
    try {
      return await core.group(title, fn);
    } finally {
      this.grouped = false;
    }
  }
  addProblemMatcher(file: string): void {
    // Written as is, not through info(): that would show the command instead of running it. The
    // runner unescapes a command's data, so a path with %, CR or LF arrives whole.
    process.stdout.write(`::add-matcher::${escapeCommandData(file)}${os.EOL}`);
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
