// Turns the paths Go tools print (import-path file names, absolute paths, paths relative to some
// module) into paths relative to the Sonar project base dir, using the go list maps and the files
// on disk. A path made on another machine (/home/runner/work/repo/repo/pkg/x.go, C:\a\repo\pkg\x.go)
// maps by its longest suffix that names a file of a module under the base dir.
import { statSync } from 'node:fs';
import * as path from 'node:path';
import type { GoModule } from './modules.js';

/** ok: the base-dir relative path; bySuffix when only a suffix of the name matched (another machine). */
export type Resolution = { ok: true; rel: string; bySuffix?: boolean } | { ok: false; why: string };

/** Absolute on this OS, or a Windows path (drive or UNC) read on another. */
export function isForeignOrLocalAbsolute(name: string): boolean {
  return path.isAbsolute(name) || /^[A-Za-z]:[\\/]/.test(name) || name.startsWith('\\\\');
}

function isFile(abs: string): boolean {
  try {
    return statSync(abs).isFile();
  } catch {
    return false;
  }
}

export class ProjectPaths {
  /** Absolute package dirs, for checking that a tool's relative path names a real package dir. */
  private readonly dirs = new Set<string>();
  private readonly cache = new Map<string, Resolution>();

  constructor(
    readonly baseDir: string,
    readonly modules: readonly GoModule[],
    /** import path → absolute dir, from `go list -f '{{.ImportPath}} {{.Dir}}' ./...` of every module. */
    private readonly importDirs: ReadonlyMap<string, string>,
  ) {
    for (const d of importDirs.values()) this.dirs.add(d);
  }

  /** An absolute path → relative to the base dir (or why not). */
  relative(abs: string): Resolution {
    const rel = path.relative(this.baseDir, abs);
    if (rel.startsWith('..') || path.isAbsolute(rel)) {
      return { ok: false, why: `${abs} is outside the project base dir ${this.baseDir}` };
    }
    return { ok: true, rel: rel.split(path.sep).join('/') };
  }

  /**
   * The longest suffix of `name` (split at / and \) that names a file of a module under the base
   * dir, relative to the base dir. Components up to the last ".." are never part of a suffix.
   */
  bySuffix(name: string): Resolution | undefined {
    const parts = name.split(/[\\/]+/).filter((p) => p !== '' && p !== '.');
    const from = parts.lastIndexOf('..') + 1;
    for (let k = Math.max(from, /^[A-Za-z]:$/.test(parts[0] ?? '') ? 1 : 0); k < parts.length; k++) {
      const rel = parts.slice(k).join('/');
      if (isFile(path.join(this.baseDir, rel)) && this.moduleOf(rel)) return { ok: true, rel, bySuffix: true };
    }
    return undefined;
  }

  /** An absolute name: inside the base dir and on disk as it is, else by its longest suffix. */
  private absolute(name: string): Resolution {
    if (path.isAbsolute(name)) {
      const r = this.relative(name);
      if (r.ok && isFile(name)) return r;
    }
    return (
      this.bySuffix(name) ?? {
        ok: false,
        why: `${name} is not a file under ${this.baseDir}, and no suffix of it names a file of a module there`,
      }
    );
  }

  /** A coverprofile file name: "example.com/mod/pkg/file.go" (or an absolute path). */
  goFile(name: string): Resolution {
    const hit = this.cache.get(name);
    if (hit) return hit;
    let res: Resolution;
    if (isForeignOrLocalAbsolute(name)) res = this.absolute(name);
    else {
      const slash = name.lastIndexOf('/');
      const dir = slash > 0 ? this.importDirs.get(name.slice(0, slash)) : undefined;
      res = dir
        ? this.relative(path.join(dir, name.slice(slash + 1)))
        : { ok: false, why: `import path of "${name}" is not a package of any module under ${this.baseDir}` };
    }
    this.cache.set(name, res);
    return res;
  }

  /** A `Package` of go test -json: an import path → its directory relative to the base dir. */
  packageDir(importPath: string): Resolution {
    const dir = this.importDirs.get(importPath);
    if (!dir) return { ok: false, why: `package "${importPath}" is not a package of any module under ${this.baseDir}` };
    const r = this.relative(dir);
    return r.ok && r.rel === '' ? { ok: true, rel: '.' } : r;
  }

  /**
   * A file name from go vet or golangci-lint, relative to wherever the tool ran. Tried against the
   * given roots (the report's dir first), then each module dir, then the base dir; the first
   * candidate that is a file in a package dir from go list wins. A name no root explains (a report
   * made outside its module, or on another machine) maps by its longest suffix.
   */
  toolFile(name: string, roots: readonly string[]): Resolution {
    const clean = name.replace(/^\.\//, '');
    if (isForeignOrLocalAbsolute(clean)) return this.absolute(clean);
    const tried = [...roots, ...this.modules.map((m) => m.dir), this.baseDir];
    for (const root of tried) {
      const abs = path.resolve(root, clean);
      if (this.dirs.has(path.dirname(abs)) && isFile(abs)) return this.relative(abs);
    }
    return (
      this.bySuffix(clean) ?? {
        ok: false,
        why: `"${name}" is no file of a package relative to ${[...new Set(tried)].join(', ')}, and no suffix of it names one`,
      }
    );
  }

  /** The module a base-dir-relative file belongs to (the deepest module dir containing it). */
  moduleOf(rel: string): GoModule | undefined {
    const abs = path.resolve(this.baseDir, rel);
    let best: GoModule | undefined;
    for (const m of this.modules) {
      if ((abs === m.dir || abs.startsWith(m.dir + path.sep)) && (!best || m.dir.length > best.dir.length)) best = m;
    }
    return best;
  }
}
