// Which files decide the module cache key, and their hash. Globs (cache-dependency-path) are
// relative to the leg's working directory; go.work/go.work.sum there always count; when no go.sum
// matches, the go.mod files stand in (a module without dependencies has no go.sum). Files of our
// own never count (ownDirectory): they would change the user's key from run to run.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from '../errors/input-error.js';
import { isInside, workspaceRoot } from '../fs/workspace.js';
import { globFiles } from './glob.js';

export interface DependencyFiles {
  /** Absolute paths, sorted. */
  files: string[];
  /** Globs the user gave that matched nothing (each is a warning, not a failure). */
  unmatched: string[];
  /** True when go.mod files were hashed because the globs matched nothing. */
  fellBackToGoMod: boolean;
}

const GO_MOD_FALLBACK = ['**/go.mod'];
const WORKSPACE_FILES = ['go.work', 'go.work.sum'];

/** The directory the CLI and the GitLab components keep everything in (outputs, tool cache, each
 * leg's GOPATH/GOCACHE/GOMODCACHE); the reusable workflow checks go-ci-kit out into .go-ci-kit/src. */
const OUT_DIR_NAME = '.go-ci-kit';

/** The root of the go-ci-kit package this code runs from (dist/<entry>/ or src/cache/ sit below its
 * package.json), found once; undefined when no package.json above names it. */
let packageRoot: string | null | undefined;
function ownPackageRoot(): string | undefined {
  if (packageRoot === undefined) {
    packageRoot = null;
    for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
      try {
        const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: unknown };
        if (pkg.name === 'go-ci-kit') {
          packageRoot = dir;
          break;
        }
      } catch {
        // no package.json here (or an unreadable one): look one directory up
      }
      if (path.dirname(dir) === dir) break;
    }
  }
  return packageRoot ?? undefined;
}

/**
 * Why a directory below the working directory is ours and never counts in a key, or undefined:
 * - `.go-ci-kit/` holds the CLI's work dirs, whose module cache has go.mod/go.sum files of every
 *   dependency, and the reusable workflow's checkout of go-ci-kit;
 * - go-ci-kit's own package root (a checkout of go-ci-kit inside the project) holds our fixtures'
 *   go.sum files; it counts only when it is the working directory itself or above it (go-ci-kit's
 *   own CI keys on its own files);
 * - a module cache entry (`<module>@<version>`, `@v`): `@` is never part of a package directory.
 */
export function ownDirectory(dir: string, workingDirectory: string): string | undefined {
  const name = path.basename(dir);
  if (name === OUT_DIR_NAME) return "go-ci-kit's work directory";
  if (name.includes('@')) return 'a Go module cache entry';
  const root = ownPackageRoot();
  if (root && path.resolve(dir) === root && path.resolve(workingDirectory) !== root) return 'a checkout of go-ci-kit';
  return undefined;
}

async function matchAll(patterns: readonly string[], root: string): Promise<{ files: Set<string>; unmatched: string[] }> {
  const skipDir = (dir: string): boolean => ownDirectory(dir, root) !== undefined;
  const files = new Set(await globFiles(patterns, root, { skipDir }));
  const unmatched: string[] = [];
  if (files.size === 0) unmatched.push(...patterns.filter((p) => !p.startsWith('!')));
  else if (patterns.filter((p) => !p.startsWith('!')).length > 1) {
    // Name each glob that matched nothing on its own, so the warning points at the right line.
    for (const p of patterns.filter((q) => !q.startsWith('!'))) {
      if ((await globFiles([p], root, { skipDir })).length === 0) unmatched.push(p);
    }
  }
  return { files, unmatched };
}

/**
 * Globs are walked inside the workspace only (or inside the working directory when that lies
 * outside the workspace): `../../../**\/go.sum` would otherwise walk the whole filesystem.
 */
export function confine(patterns: readonly string[], workingDirectory: string): void {
  const ws = workspaceRoot();
  const root = isInside(workingDirectory, ws) ? ws : workingDirectory;
  for (const p of patterns) {
    const glob = p.replace(/^!/, '');
    const abs = path.resolve(workingDirectory, glob);
    const parts = abs.split(path.sep);
    const wild = parts.findIndex((x) => /[*?]/.test(x));
    // Where the walk would start: the folders before the first glob character.
    const base = wild < 0 ? path.dirname(abs) : parts.slice(0, wild).join(path.sep) || path.sep;
    if (!isInside(base, root))
      throw new InputError(
        `input "cache-dependency-path" has "${p}", which looks outside ${root}; give globs inside the workspace (relative to working-directory), e.g. "**/go.sum"`,
      );
  }
}

export async function findDependencyFiles(patterns: readonly string[], workingDirectory: string): Promise<DependencyFiles> {
  confine(patterns, workingDirectory);
  const { files, unmatched } = await matchAll(patterns, workingDirectory);
  let fellBackToGoMod = false;
  if (files.size === 0) {
    fellBackToGoMod = true;
    for (const f of (await matchAll(GO_MOD_FALLBACK, workingDirectory)).files) files.add(f);
  }
  for (const w of WORKSPACE_FILES) {
    const f = path.join(workingDirectory, w);
    if (existsSync(f) && statSync(f).isFile()) files.add(f);
  }
  return { files: [...files].sort(), unmatched, fellBackToGoMod };
}

/** Hash of names (relative to the working directory) and contents; "none" without files. */
export function hashDependencyFiles(files: readonly string[], workingDirectory: string): string {
  if (files.length === 0) return 'none';
  const h = createHash('sha256');
  for (const f of files) {
    h.update(path.relative(workingDirectory, f).split(path.sep).join('/'));
    h.update('\0');
    h.update(readFileSync(f));
    h.update('\0');
  }
  return h.digest('hex').slice(0, 24);
}
