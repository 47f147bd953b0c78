// The platform seam: everything an action does to talk to its CI system goes through Runtime.
// GitHub (workflow commands and runner files, ci/runner-protocol.ts), GitLab and local CLI (plain files) implement it.
import type { Finding } from './findings.js';

export interface Annotation {
  file?: string;
  startLine?: number;
  startColumn?: number;
  title?: string;
}

export type Phase = 'main' | 'post';

export interface Runtime {
  readonly kind: 'github' | 'gitlab' | 'local';
  /** Raw value of an input, '' when not given. Defaults are applied by Inputs, not here. */
  rawInput(name: string): string | undefined;
  setOutput(name: string, value: string): void;
  exportVariable(name: string, value: string): void;
  addPath(dir: string): void;
  saveState(name: string, value: string): void;
  getState(name: string): string;
  appendSummary(markdown: string): Promise<void>;
  debug(message: string): void;
  info(message: string): void;
  notice(message: string, where?: Annotation): void;
  warning(message: string, where?: Annotation): void;
  error(message: string, where?: Annotation): void;
  setFailed(message: string): void;
  /** Registers a credential: from now on it is masked in every log line, summary and output. */
  setSecret(value: string): void;
  /**
   * Runs fn inside a collapsible part of the log titled `title` (a GitHub group, a GitLab section;
   * locally a title line). A group inside a group is not nested (GitHub has one level): it adds
   * only its title line.
   */
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
  /**
   * Registers a problem matcher (a JSON file, absolute path) that turns matching lines of later
   * steps into annotations: GitHub only. GitLab and a terminal have no such thing: a no-op there.
   */
  addProblemMatcher(file: string): void;
  /** Scratch directory for this job (RUNNER_TEMP on GitHub). */
  tempDir(): string;
  /** Root of the tool cache (RUNNER_TOOL_CACHE on GitHub). */
  toolCacheDir(): string;
  /** Directory that survives between jobs on this runner/project (used for per-version GOPATH etc). */
  workDir(): string;
  /** Event facts the cache-save policy needs. */
  event(): CiEvent;
  /**
   * Optional: write findings as report files the platform renders (GitLab Code Quality JSON and
   * JUnit XML); returns the paths written. GitHub has no such reports: use annotations there.
   */
  writeFindings?(findings: readonly Finding[]): string[];
}

export interface CiEvent {
  name: string;
  /** True for a pull request whose head repository is a fork (no write access to caches). */
  fromFork: boolean;
  runId: string;
  runAttempt: string;
}
