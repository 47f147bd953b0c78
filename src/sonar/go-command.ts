// The `go` this action runs: from the `go` input (a go binary or a GOROOT) or PATH, as
// setup-go-matrix leaves it. Every go invocation of sonar-go-compat goes through GoCommand.
import { existsSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { CommandError, run, type RunResult } from '../process/run.js';
import { goBinOf } from '../go/platform.js';
import { parseGoLang, type GoLang } from './analyzer-versions.js';

export interface GoCommand {
  bin: string;
  /** `go env GOVERSION`, e.g. "go1.23.5". */
  version: string;
  lang: GoLang;
  goroot: string;
  env: NodeJS.ProcessEnv;
}

/** Resolves the `go` input ('' = PATH) and proves it runs. */
export async function findGo(given: string, inherited: NodeJS.ProcessEnv): Promise<GoCommand> {
  let bin = 'go';
  const env = { ...inherited };
  if (given !== '') {
    const asRoot = goBinOf(given);
    // An inherited GOROOT of another toolchain would mix its std library with this go binary.
    if (existsSync(asRoot)) {
      bin = asRoot;
      env.GOROOT = path.resolve(given);
    } else if (existsSync(given) && statSync(given).isFile()) {
      bin = path.resolve(given);
      delete env.GOROOT;
    } else {
      throw new Error(
        `input "go" is "${given}", which is neither a go binary nor a GOROOT containing bin/go; give the path of a go binary or GOROOT, or leave it empty to use go from PATH`,
      );
    }
  }
  let out: RunResult;
  try {
    out = await run(bin, ['env', 'GOVERSION', 'GOROOT'], { env });
  } catch (e) {
    if (bin === 'go' && e instanceof CommandError && /not found/.test(e.message)) {
      throw new Error(
        'no `go` found on PATH; run setup-go-matrix (or actions/setup-go) before sonar-go-compat, or set input "go" to a go binary or GOROOT',
      );
    }
    throw e;
  }
  const [version = '', goroot = ''] = out.stdout.trim().split('\n');
  const lang = parseGoLang(version.replace(/^go/, '').replace(/ .*$/, ''));
  if (!lang) throw new Error(`${bin} env GOVERSION printed "${version}", which is not a Go version`);
  return { bin, version, lang, goroot, env };
}

/** Runs go in dir with extra env; throws CommandError with go's own message on failure. */
export function goRun(
  go: GoCommand,
  args: readonly string[],
  dir: string,
  extraEnv: NodeJS.ProcessEnv = {},
  check = true,
): Promise<RunResult> {
  return run(go.bin, args, { cwd: dir, env: { ...go.env, ...extraEnv }, check });
}
