// Owns where an action may write and walk: inside the workspace (GITHUB_WORKSPACE on GitHub,
// CI_PROJECT_DIR on GitLab, else the current directory). A path input such as report-dir or
// output-dir given as a relative path that leads out of it (`../../x`, or a symlink inside the
// workspace that points out) is refused with an error naming the input, before any work starts.
// Also the length limits of path inputs, so the OS's ENAMETOOLONG never reaches the user unnamed.
import { existsSync, realpathSync } from 'node:fs';
import * as path from 'node:path';
import { InputError } from '../errors/input-error.js';

/** Longest path the OS accepts (PATH_MAX 4096 with its NUL) and longest name in it (NAME_MAX). */
export const MAX_PATH_BYTES = 4095;
export const MAX_NAME_BYTES = 255;

export function workspaceRoot(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.GITHUB_WORKSPACE || env.CI_PROJECT_DIR || process.cwd());
}

/** Why a path cannot be used at all (too long, NUL or line break in it), or undefined. */
export function pathProblem(p: string): string | undefined {
  if (Buffer.byteLength(p) > MAX_PATH_BYTES) return `it is ${Buffer.byteLength(p)} bytes long; paths may have at most ${MAX_PATH_BYTES}`;
  const long = p.split(/[\\/]/).find((n) => Buffer.byteLength(n) > MAX_NAME_BYTES);
  if (long)
    return `its part "${long.slice(0, 40)}…" is ${Buffer.byteLength(long)} bytes long; a file name may have at most ${MAX_NAME_BYTES}`;
  if (/[\0\r\n]/.test(p)) return 'it contains a NUL or line break';
  return undefined;
}

/** Throws an InputError naming the input when its value cannot be a path. */
export function checkPathInput(input: string, value: string): void {
  const why = pathProblem(value);
  if (why)
    throw new InputError(
      `input "${input}" (${JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value)}) is not a usable path: ${why}`,
    );
}

/** p with symlinks resolved as far as it exists (the rest appended as written). */
function realish(p: string): string {
  let existing = p;
  const rest: string[] = [];
  while (!existsSync(existing) && path.dirname(existing) !== existing) {
    rest.unshift(path.basename(existing));
    existing = path.dirname(existing);
  }
  try {
    return path.join(realpathSync(existing), ...rest);
  } catch {
    return p;
  }
}

/** Whether p (resolved, symlinks followed as far as they exist) is root or below it. */
export function isInside(p: string, root: string): boolean {
  const rel = path.relative(realish(root), realish(path.resolve(p)));
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * An output path input resolved against base; throws an InputError naming the input when it is
 * not a usable path, or when it is relative and leads (by `..` or through a symlink) outside the
 * workspace root — or outside base itself when base already lies outside the workspace. An
 * absolute path is the workflow's explicit choice (e.g. a folder under runner.temp) and is kept.
 */
export function confinedPath(input: string, value: string, base: string, root = workspaceRoot()): string {
  checkPathInput(input, value);
  const resolved = path.resolve(base, value);
  if (path.isAbsolute(value)) return resolved;
  const limit = isInside(base, root) ? root : path.resolve(base);
  if (!isInside(resolved, limit)) {
    throw new InputError(
      `input "${input}" ("${value}") resolves to ${resolved}, outside ${limit === root ? 'the workspace' : 'the working directory'} ${limit}; give a path inside it (a relative path may not climb out), or an absolute path`,
    );
  }
  return resolved;
}
