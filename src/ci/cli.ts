// `go-ci-kit <action> [--post] [--out-dir DIR] [--<input> VALUE]...`: runs an action outside
// GitHub (GitLab CI, a shell, a laptop). Flags are the action's inputs; a flag without a value is
// "true", which only boolean inputs accept. Outputs are printed as JSON on stdout's last line (on
// GitLab as a plain table, for the person reading the job log) and written to
// <out-dir>/outputs.json and outputs.env (dotenv); variables to export go to <out-dir>/env.sh for
// `source` (one line per name: see FileRuntime for when the files start afresh). In a GitLab job
// (isGitLabJob) the out dir defaults to $CI_PROJECT_DIR/.go-ci-kit, so jobs can keep it as
// artifacts and cache.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { runPhase, type ActionDefinition } from './action.js';
import { FileRuntime } from './file-runtime.js';
import { isBooleanInput } from './inputs.js';
import { outputsTable } from './plain-text.js';

function usage(actions: readonly ActionDefinition[]): string {
  const lines = [
    'usage: go-ci-kit <action> [--post] [--out-dir DIR] [--<input> VALUE]...',
    '(a boolean input given alone, as --<input>, is "true"; other inputs need a value)',
    '',
    'actions:',
  ];
  for (const def of actions)
    lines.push(
      `  ${def.name}  inputs: ${Object.keys(def.inputs)
        .map((n) => `--${n}`)
        .join(' ')}`,
    );
  return lines.join('\n');
}

export interface CliArgs {
  action: string;
  post: boolean;
  outDir?: string;
  inputs: Map<string, string>;
}

export function parseArgs(argv: readonly string[], actions: readonly ActionDefinition[]): CliArgs {
  const [action, ...rest] = argv;
  if (!action || action === '--help' || action === '-h') throw new Error(usage(actions));
  const def = actions.find((a) => a.name === action);
  if (!def) throw new Error(`unknown action "${action}"\n${usage(actions)}`);
  const inputs = new Map<string, string>();
  let post = false;
  let outDir: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (!arg.startsWith('--')) throw new Error(`unexpected argument "${arg}"; inputs are given as --<input> VALUE`);
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
    const inline = eq >= 0 ? arg.slice(eq + 1) : undefined;
    // A flag alone means "true" for a boolean input; any other input needs its value.
    const takeValue = (boolean: boolean): string => {
      if (inline !== undefined) return inline;
      const next = rest[i + 1];
      if (next === undefined || next.startsWith('--')) {
        if (boolean) return 'true';
        throw new Error(
          `--${name} needs a value: --${name} VALUE, or --${name}=VALUE when the value starts with "--" (--${name}= for an empty value)`,
        );
      }
      i++;
      return next;
    };
    if (name === 'post') {
      post = true;
      continue;
    }
    if (name === 'out-dir') {
      outDir = takeValue(false);
      continue;
    }
    if (!(name in def.inputs)) {
      throw new Error(`${action} has no input "${name}"; its inputs are: ${Object.keys(def.inputs).join(', ')}`);
    }
    const value = takeValue(isBooleanInput(def.inputs[name]!));
    // A repeated list input accumulates, one entry per line.
    inputs.set(name, inputs.has(name) ? `${inputs.get(name)}\n${value}` : value);
  }
  return { action, post, outDir, inputs };
}

/** The package version: dist/cli/index.js and src/ci/cli.ts both sit two levels below package.json. */
export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/**
 * A GitLab job: GITLAB_CI=true, or gitlab-ci-local's jobs, which set GITLAB_CI=false (so scripts can
 * tell) but are GitLab jobs to us: the same component, cache: paths and log as on GitLab.
 */
export function isGitLabJob(env: NodeJS.ProcessEnv): boolean {
  return env.GITLAB_CI === 'true' || (env.GITLAB_CI === 'false' && !!env.CI_JOB_ID && !!env.CI_SERVER_FQDN);
}

/** Runs one action of `actions` (the CLI entry passes the registry); returns the exit status. */
export async function main(argv: readonly string[], actions: readonly ActionDefinition[]): Promise<number> {
  if (argv[0] === '--version' || argv[0] === '-v') {
    process.stdout.write(`go-ci-kit ${version()}\n`);
    return 0;
  }
  if (argv[0] === '--help' || argv[0] === '-h') {
    process.stdout.write(`${usage(actions)}\n`);
    return 0;
  }
  let args: CliArgs;
  try {
    args = parseArgs(argv, actions);
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    return 2;
  }
  const def = actions.find((a) => a.name === args.action)!;
  const gitlab = isGitLabJob(process.env);
  const base = gitlab && process.env.CI_PROJECT_DIR ? process.env.CI_PROJECT_DIR : process.cwd();
  const outDir = path.resolve(args.outDir ?? process.env.GO_CI_KIT_DIR ?? path.join(base, '.go-ci-kit'));
  const rt = new FileRuntime({ kind: gitlab ? 'gitlab' : 'local', outDir, action: def.name, inputs: args.inputs });
  // @actions/tool-cache reads these from the environment.
  process.env.RUNNER_TOOL_CACHE ??= rt.toolCacheDir();
  process.env.RUNNER_TEMP ??= rt.tempDir();
  const ok = await runPhase(def, args.post ? 'post' : 'main', rt);
  if (gitlab) {
    // Tell the job log where the files for `source`, artifacts:reports:dotenv and artifacts are.
    process.stdout.write(
      `go-ci-kit: env for later script lines: source ${rt.envFile}; outputs: ${rt.dotenvFile}; summary: ${rt.summaryFile}\n`,
    );
  }
  // A person reads GitLab's log: a plain table there; elsewhere one JSON line for scripts.
  if (gitlab) process.stdout.write(outputsTable(rt.outputs));
  else process.stdout.write(`${JSON.stringify(Object.fromEntries(rt.outputs))}\n`);
  // A definition may fail the step after writing its outputs (abi-diff's policy verdict) by calling
  // setFailed instead of throwing: that is a failed step too, as on GitHub.
  return ok && rt.failed === undefined ? 0 : 1;
}
