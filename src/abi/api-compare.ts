// Owns the typed API layer of a run: for every pair of Go archives, read both sides' exported API
// from export data (one helper process per side for all archives) and diff them. Executables carry
// no export data, so they get no typed layer.
//
// The import path a package is read under: what package mode's `go list` says, else what the
// archive names in its DWARF compile-unit symbol (`go:cuinfo.packagename.<path>`, which
// go tool nm lists; compare.ts picks it up), else the relative path without `.a` (a GOPATH-style
// pkg/ tree gives the real path that way). The export data itself does not carry the package's
// own path (the compiler writes "" for it). Both sides are read under one path, so a guessed path
// only changes how the package's own types are spelled in reports, never what is compared.
import type { ApiChange } from './api-diff.js';
import type { ApiRead, ApiReadDirs, ApiRequest } from './api-read.js';
import type { GoTool } from './toolchain.js';

export type ImportPathSource = 'go list' | 'archive' | 'relative path';

export interface ApiPairInput {
  name: string;
  base: string;
  head: string;
  importPath: string;
  importPathFrom: ImportPathSource;
}

export interface ApiPairResult {
  importPath: string;
  importPathFrom: ImportPathSource;
  /** Go versions of the helpers that read base and head. */
  readers?: { base: string; head: string };
  objects?: { base: number; head: number };
  changes: ApiChange[];
  /** Why the typed layer is missing for this pair (the symbol layer still ran). */
  error?: string;
}

/** `api.a` → `api`, `example.com/m/pkg.a` → `example.com/m/pkg`. */
export function importPathFromRelative(rel: string): string {
  return rel.replace(/\\/g, '/').replace(/\.a$/, '');
}

/** Import path for a pair: package mode's, else the archive's own, else the relative path. */
export function chooseImportPath(
  rel: string,
  known: string | undefined,
  fromArchive: string | undefined,
): { importPath: string; importPathFrom: ImportPathSource } {
  if (known) return { importPath: known, importPathFrom: 'go list' };
  if (fromArchive) return { importPath: fromArchive, importPathFrom: 'archive' };
  return { importPath: importPathFromRelative(rel), importPathFrom: 'relative path' };
}

function failure(side: string, r: ApiRead | undefined): string | undefined {
  if (!r) return `${side}: no answer from the API dump helper`;
  return r.error ? `${side} (${r.file}): ${r.error}` : undefined;
}

/** Diffs every pair's API; pairs whose export data could not be read carry the reason instead. */
export async function compareApis(
  pairs: readonly ApiPairInput[],
  baseGo: GoTool,
  headGo: GoTool,
  dirs: ApiReadDirs,
): Promise<Map<string, ApiPairResult>> {
  const out = new Map<string, ApiPairResult>();
  if (pairs.length === 0) return out;
  // Loaded here: executables (no export data) never need the helper's Go source, its build or the diff rules.
  const [{ readSideApis }, { diffPackageApi }] = await Promise.all([import('./api-read.js'), import('./api-diff.js')]);
  const req = (side: 'base' | 'head'): ApiRequest[] => pairs.map((p) => ({ path: p.importPath, file: p[side] }));
  const [bs, hs] = await Promise.all([readSideApis(baseGo, headGo, req('base'), dirs), readSideApis(headGo, baseGo, req('head'), dirs)]);
  pairs.forEach((p, i) => {
    const [b, h] = [bs[i], hs[i]];
    const why = [failure('base', b), failure('head', h)].filter(Boolean).join('; ');
    const common = { importPath: p.importPath, importPathFrom: p.importPathFrom };
    if (why || !b?.objects || !h?.objects) {
      out.set(p.name, { ...common, changes: [], error: `typed API not compared: ${why}` });
      return;
    }
    out.set(p.name, {
      ...common,
      readers: { base: b.reader, head: h.reader },
      objects: { base: b.objects.length, head: h.objects.length },
      changes: diffPackageApi({ path: p.importPath, objects: b.objects }, { path: p.importPath, objects: h.objects }),
    });
  });
  return out;
}
