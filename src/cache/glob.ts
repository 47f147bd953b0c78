// Minimal globbing for cache-dependency-path: `**` (any directories), `*` and `?` within a name,
// `!pattern` to exclude. Written here rather than @actions/glob, which prints ::debug:: lines
// into GitLab and CLI logs. .git and node_modules are never searched.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

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
    re += part.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]');
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

async function walk(dir: string, rel: string, out: string[]): Promise<void> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    if (SKIP.has(e.name)) continue;
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) await walk(path.join(dir, e.name), r, out);
    else if (e.isFile()) out.push(r);
  }
}

/** Files (absolute, sorted) matching the patterns, relative ones resolved against root. */
export async function globFiles(patterns: readonly string[], root: string): Promise<string[]> {
  const found = new Set<string>();
  const excludes: RegExp[] = [];
  for (const raw of patterns) {
    const negated = raw.startsWith('!');
    const abs = path.resolve(root, negated ? raw.slice(1) : raw).split(path.sep).join('/');
    if (negated) {
      excludes.push(globToRegExp(abs));
      continue;
    }
    const { base, rest } = splitBase(abs);
    const re = globToRegExp(rest);
    const files: string[] = [];
    await walk(base, '', files);
    for (const f of files) if (re.test(f)) found.add(path.join(base, f));
  }
  return [...found].filter((f) => !excludes.some((re) => re.test(f.split(path.sep).join('/')))).sort();
}
