// Which files decide the module cache key, and their hash. Globs (cache-dependency-path) are
// relative to the leg's working directory; go.work/go.work.sum there always count; when no go.sum
// matches, the go.mod files stand in (a module without dependencies has no go.sum).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
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

async function matchAll(patterns: readonly string[], root: string): Promise<{ files: Set<string>; unmatched: string[] }> {
  const files = new Set(await globFiles(patterns, root));
  const unmatched: string[] = [];
  if (files.size === 0) unmatched.push(...patterns.filter((p) => !p.startsWith('!')));
  else if (patterns.filter((p) => !p.startsWith('!')).length > 1) {
    // Name each glob that matched nothing on its own, so the warning points at the right line.
    for (const p of patterns.filter((q) => !q.startsWith('!'))) {
      if ((await globFiles([p], root)).length === 0) unmatched.push(p);
    }
  }
  return { files, unmatched };
}

export async function findDependencyFiles(patterns: readonly string[], workingDirectory: string): Promise<DependencyFiles> {
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
