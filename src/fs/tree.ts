// Owns listing the regular files below a directory: the one recursive walk behind cache globs,
// cache size accounting and abi-diff's directory pairing. Each caller says what to skip; symlinks
// and other non-regular entries are never followed or listed.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

export interface TreeOptions {
  /** Leave out this entry (and, for a directory, everything below it). `dir` is relative to the root, '' at the top. */
  skip?: (name: string, dir: string, isDirectory: boolean) => boolean;
  /** A directory that cannot be read: `throw` (default) or `ignore` it. */
  unreadable?: 'throw' | 'ignore';
}

/** Relative paths (native separators, sorted) of the regular files below root. */
export async function listFiles(root: string, opts: TreeOptions = {}): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = await fs.readdir(path.join(root, dir), { withFileTypes: true });
    } catch (e) {
      if (opts.unreadable === 'ignore') return;
      throw e;
    }
    for (const e of entries) {
      const isDirectory = e.isDirectory();
      if (opts.skip?.(e.name, dir, isDirectory)) continue;
      const rel = dir ? path.join(dir, e.name) : e.name;
      if (isDirectory) await walk(rel);
      else if (e.isFile()) out.push(rel);
    }
  };
  await walk('');
  return out.sort();
}
