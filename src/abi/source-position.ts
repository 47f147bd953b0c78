// Owns turning a declaration's position from export data (`file:line`) into a path relative to the
// repository, which Code Quality reports and annotations link to. Export data of a -trimpath build
// (abi-diff's own builds, the matrix legs) names files `module/path/file.go`: the module's import
// path stands in for its directory, so it is mapped back through the go.mod that declares it.
import * as path from 'node:path';
import { parseModulePath } from '../go/gomod.js';
import { nearestGoMod } from '../go/module-root.js';

export interface ModuleRoot {
  /** The module path its go.mod declares. */
  modulePath: string;
  /** Absolute directory of that go.mod. */
  dir: string;
}

export interface SourceLocation {
  /** Relative to the repository root, `/`-separated. */
  file: string;
  line: number;
}

/** The module at or above dir (the nearest go.mod with a module line), if any. */
export function moduleRootOf(dir: string): ModuleRoot | undefined {
  const found = nearestGoMod(dir, (content) => parseModulePath(content) !== undefined);
  return found && { modulePath: parseModulePath(found.content)!, dir: found.dir };
}

/**
 * `file:line` (optionally `:column`) as a repository-relative location: an absolute file inside
 * root, or a -trimpath `module/path/file.go` of one of the modules (the longest module path wins:
 * nested modules). Undefined when the file lies outside the repository (a dependency's source).
 */
export function sourceLocation(pos: string, root: string, modules: readonly ModuleRoot[]): SourceLocation | undefined {
  const m = /^(.+?):(\d+)(?::\d+)?$/.exec(pos);
  if (!m) return undefined;
  const file = m[1]!;
  const line = Number(m[2]);
  let abs: string | undefined;
  if (path.isAbsolute(file)) abs = file;
  else {
    const owner = [...modules]
      .sort((a, b) => b.modulePath.length - a.modulePath.length)
      .find((mod) => file.startsWith(`${mod.modulePath}/`));
    if (owner) abs = path.join(owner.dir, file.slice(owner.modulePath.length + 1));
  }
  if (!abs) return undefined;
  const rel = path.relative(root, abs);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return { file: rel.split(path.sep).join('/'), line };
}
