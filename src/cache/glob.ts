// Minimal globbing for cache-dependency-path: `**` (any directories), `*` and `?` within a name,
// `!pattern` to exclude. Written here rather than @actions/glob, which prints ::debug:: lines
// into GitLab and CLI logs. .git and node_modules are never searched.
import * as path from 'node:path';
import { listFiles } from '../fs/tree.js';

const SKIP = new Set(['.git', 'node_modules']);

/** Regex for a slash-separated glob relative to its base. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  const parts = glob.split('/');
  parts.forEach((part, i) => {
    const last = i === parts.length - 1;
    if (part === '**') {
      re += last ? '.*' : '(?:[^/]+/)*';
      return;
    }
    re += part
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '[^/]*')
      .replace(/\?/g, '[^/]');
    if (!last) re += '/';
  });
  return new RegExp(`^${re}$`);
}

/** Splits off the leading directories without glob characters (where the walk starts). */
function splitBase(pattern: string): { base: string; rest: string } {
  const parts = pattern.split('/');
  const i = parts.findIndex((p) => /[*?]/.test(p));
  if (i < 0) return { base: path.dirname(pattern), rest: path.basename(pattern) };
  return { base: parts.slice(0, i).join('/') || '/', rest: parts.slice(i).join('/') };
}

export interface GlobOptions {
  /** Leave out this directory (absolute path) and everything below it. */
  skipDir?: (dir: string) => boolean;
}

/** Files (absolute, sorted) matching the patterns, relative ones resolved against root. */
export async function globFiles(patterns: readonly string[], root: string, opts: GlobOptions = {}): Promise<string[]> {
  const found = new Set<string>();
  const excludes: RegExp[] = [];
  for (const raw of patterns) {
    const negated = raw.startsWith('!');
    const abs = path
      .resolve(root, negated ? raw.slice(1) : raw)
      .split(path.sep)
      .join('/');
    if (negated) {
      excludes.push(globToRegExp(abs));
      continue;
    }
    const { base, rest } = splitBase(abs);
    const re = globToRegExp(rest);
    const files = await listFiles(base, {
      skip: (name, dir, isDirectory) => SKIP.has(name) || (isDirectory && opts.skipDir?.(path.join(base, dir, name)) === true),
      unreadable: 'ignore',
    });
    for (const f of files) if (re.test(f.split(path.sep).join('/'))) found.add(path.join(base, f));
  }
  return [...found].filter((f) => !excludes.some((re) => re.test(f.split(path.sep).join('/')))).sort();
}
