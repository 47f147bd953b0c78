// Turns the paths Go tools print (import-path file names, absolute paths, paths relative to some
// module) into paths relative to the Sonar project base dir, using the go list maps only.
import * as path from 'node:path';
import type { GoModule } from './modules.js';

export type Resolution = { ok: true; rel: string } | { ok: false; why: string };

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

  /** A coverprofile file name: "example.com/mod/pkg/file.go" (or an absolute path). */
  goFile(name: string): Resolution {
    const hit = this.cache.get(name);
    if (hit) return hit;
    let res: Resolution;
    if (path.isAbsolute(name)) res = this.relative(name);
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
   * candidate whose directory is a package dir from go list wins.
   */
  toolFile(name: string, roots: readonly string[]): Resolution {
    const clean = name.replace(/^\.\//, '');
    if (path.isAbsolute(clean)) return this.relative(clean);
    const tried = [...roots, ...this.modules.map((m) => m.dir), this.baseDir];
    for (const root of tried) {
      const abs = path.resolve(root, clean);
      if (this.dirs.has(path.dirname(abs))) return this.relative(abs);
    }
    return { ok: false, why: `"${name}" is in no package dir relative to ${[...new Set(tried)].join(', ')}` };
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
