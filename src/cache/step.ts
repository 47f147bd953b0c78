// What the cache's main (restore) and post (save) steps need from the platform: logging, outputs,
// state between the steps, the job summary, event facts and the cache inputs. setup-go-matrix
// hands in its runtime and inputs, which have this shape; cache/ never reaches into ci/.

export interface CacheEventFacts {
  /** True for a pull request from a fork (no write access to caches). */
  fromFork: boolean;
  runId: string;
  runAttempt: string;
}

export interface CachePlatform {
  setOutput(name: string, value: string): void;
  saveState(name: string, value: string): void;
  getState(name: string): string;
  appendSummary(markdown: string): Promise<void>;
  debug(message: string): void;
  info(message: string): void;
  notice(message: string): void;
  warning(message: string): void;
  event(): CacheEventFacts;
}

/** The cache inputs, read with the action's defaults and checks. */
export interface CacheInputReader {
  string(name: string): string;
  given(name: string): boolean;
  bool(name: string): boolean;
  choice<T extends string>(name: string): T;
  list(name: string): string[];
}

export interface CacheStep {
  rt: CachePlatform;
  inputs: CacheInputReader;
}
