// Owns building the two sides from source: the same package with each side's Go, identical flags
// (-trimpath plus build-flags), an isolated GOCACHE per Go version, and for base-ref a temporary
// git worktree of that ref.
import { existsSync, mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { run } from '../process/run.js';
import { explainGoFailure, type GoTool } from './toolchain.js';

export class BuildError extends Error {
  override name = 'BuildError';
}

export interface BuildRequest {
  /** Package pattern, e.g. ./cmd/server. */
  pkg: string;
  /** Module directory the package is relative to. */
  dir: string;
  go: GoTool;
  flags: readonly string[];
  /** Directory for the outputs. */
  outDir: string;
  /** Parent of the per-version GOCACHEs: isolated from the user's cache, reused by later runs on the runner. */
  cacheDir: string;
  side: 'base' | 'head';
}

/** The GOCACHE package mode uses for one Go version under cacheDir. */
export function goCacheFor(cacheDir: string, goVersion: string): string {
  return path.join(cacheDir, `gocache-${goVersion}`);
}

export interface BuiltSide {
  /** An executable for package main, else a .a archive. */
  out: string;
  /** What go list says the package's import path is (the typed API layer reads the archive under it). */
  importPath: string;
}

/**
 * Why a package pattern cannot be given to `go build`, or undefined. A pattern is passed after `--`,
 * so it is never read as a flag; one starting with "-" is refused up front all the same (it is a
 * flag meant for build-flags, e.g. `-toolexec=./x.sh`, and Go would refuse it as a path anyway).
 */
export function packagePatternProblem(pkg: string): string | undefined {
  if (pkg.startsWith('-'))
    return `input "package" ("${pkg}") starts with "-", so it is a flag, not a package; give a package path or pattern such as ./cmd/server (flags go in build-flags)`;
  // eslint-disable-next-line no-control-regex -- finding control characters in user input is the point
  if (/[\u0000-\u001f]/.test(pkg))
    return `input "package" (${JSON.stringify(pkg)}) holds a control character; give a package path such as ./cmd/server`;
  return undefined;
}

/** Builds the package with the side's Go. */
export async function buildSide(req: BuildRequest): Promise<BuiltSide> {
  const problem = packagePatternProblem(req.pkg);
  if (problem) throw new BuildError(problem);
  if (!existsSync(req.dir)) throw new BuildError(`${req.side}: working directory ${req.dir} does not exist`);
  const env: NodeJS.ProcessEnv = { ...req.go.env, GOCACHE: goCacheFor(req.cacheDir, req.go.version) };
  mkdirSync(req.outDir, { recursive: true });
  let name: string;
  let importPath: string;
  try {
    const listed = (
      await run(req.go.goBin, ['list', '-f', '{{.Name}} {{.ImportPath}}', '--', req.pkg], { cwd: req.dir, env })
    ).stdout.trim();
    [name = '', importPath = ''] = listed.split(' ');
  } catch (e) {
    await explainGoFailure(req.go);
    throw new BuildError(
      `input "package" ("${req.pkg}"): ${req.side} side (${req.go.version}) cannot load it in ${req.dir}: ${(e as Error).message}`,
    );
  }
  const out = path.join(req.outDir, `${req.side}-${path.basename(req.pkg) || 'pkg'}${name === 'main' ? '' : '.a'}`);
  try {
    await run(req.go.goBin, ['build', '-trimpath', ...req.flags, '-o', out, '--', req.pkg], { cwd: req.dir, env });
  } catch (e) {
    throw new BuildError(`${req.side} build of "${req.pkg}" with ${req.go.version} failed: ${(e as Error).message}`);
  }
  return { out, importPath };
}

/** Why a base-ref cannot be handed to git, or undefined: one starting with "-" would be read as an option. */
export function baseRefProblem(ref: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- finding control characters in user input is the point
  if (ref.startsWith('-') || /[\u0000-\u001f\s]/.test(ref))
    return `input "base-ref" (${JSON.stringify(ref)}) is not a git ref (it starts with "-" or holds blanks or control characters); give a branch, tag or SHA`;
  return undefined;
}

/** A detached worktree of `ref` for the repository holding `dir`; returns the same dir inside it and a cleanup. */
export async function worktreeAt(dir: string, ref: string, into: string): Promise<{ dir: string; remove: () => Promise<void> }> {
  const problem = baseRefProblem(ref);
  if (problem) throw new BuildError(problem);
  let top: string;
  try {
    top = (await run('git', ['rev-parse', '--show-toplevel'], { cwd: dir })).stdout.trim();
  } catch (e) {
    throw new BuildError(`input "base-ref" ("${ref}"): ${dir} is not inside a git repository: ${(e as Error).message}`);
  }
  try {
    await run('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd: top });
  } catch {
    throw new BuildError(
      `input "base-ref" ("${ref}") is not a commit in ${top}; fetch it first (actions/checkout with fetch-depth: 0) or give a branch, tag or SHA`,
    );
  }
  await run('git', ['worktree', 'add', '--detach', into, ref], { cwd: top });
  const rel = path.relative(top, path.resolve(dir));
  return {
    dir: path.join(into, rel),
    remove: async () => {
      await run('git', ['worktree', 'remove', '--force', into], { cwd: top, check: false });
    },
  };
}
