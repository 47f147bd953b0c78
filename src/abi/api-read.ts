// Owns reading the exported API of Go archives for one side: build the API dump helper with that
// side's Go (cached per toolchain and source), feed it every archive of the side in one process,
// and parse one record per archive.
//
// Why the side's own Go: export data is readable only by its own toolchain family (a Go 1.19
// reader panics on 1.21+ data, and x/tools promises only the last two releases), and the side's Go
// is the one that wrote the archive, or at least reads it with go tool nm. When that fails (a Go
// too old to compile the helper, or archives it cannot read) the archives are read again with the
// other side's Go if it is newer: today a 1.21+ reader reads 1.19 to 1.23 data, with identical output.
import * as path from 'node:path';
import { buildGoHelper, HelperBuildError } from '../go/go-helper.js';
import { compareGoVersions, parseGoVersion } from '../go/go-version.js';
import { run } from '../process/run.js';
import { apiDumpSources } from './api-dump-source.js';
import type { DumpedObject } from './api-diff.js';
import type { GoTool } from './toolchain.js';

export interface ApiRequest {
  /** The import path the package is read under (its own objects are qualified with it). */
  path: string;
  file: string;
}

export interface ApiRead {
  path: string;
  file: string;
  /** The Go version of the helper that read it. */
  reader: string;
  objects?: DumpedObject[];
  /** Why the archive could not be read (every reader tried). */
  error?: string;
}

interface HelperRecord {
  Path: string;
  File: string;
  Reader: string;
  Name?: string;
  Error?: string;
  Objects?: DumpedObject[];
}

export interface ApiReadDirs {
  /** Where the helper binaries are cached. */
  helperDir: string;
  /** GOCACHE for building the helper with a Go version; undefined keeps that Go's own (its env's) GOCACHE. */
  goCache: (goVersion: string) => string | undefined;
}

/** Builds (or reuses) the helper for `go` and reads every requested archive with it. */
export async function dumpApis(go: GoTool, requests: readonly ApiRequest[], dirs: ApiReadDirs): Promise<ApiRead[]> {
  if (requests.length === 0) return [];
  const helper = await buildGoHelper(
    { bin: go.goBin, version: go.version, where: path.resolve(go.goBin), env: go.env },
    { name: 'goapidump', files: apiDumpSources },
    dirs.helperDir,
    cacheEnv(dirs.goCache(go.version)),
  );
  const input = requests.map((r) => JSON.stringify({ Path: r.path, File: r.file })).join('\n') + '\n';
  const out = await run(helper, [], { input, env: go.env, timeoutMs: 600_000 });
  const records = out.stdout
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as HelperRecord);
  if (records.length !== requests.length)
    throw new Error(
      `the API dump helper (${go.version}) answered ${records.length} of ${requests.length} archives; stderr: ${out.stderr.trim().slice(0, 500)}`,
    );
  return records.map((r) => ({
    path: r.Path,
    file: r.File,
    reader: r.Reader,
    objects: r.Error ? undefined : (r.Objects ?? []),
    error: r.Error,
  }));
}

const cacheEnv = (dir: string | undefined): NodeJS.ProcessEnv => (dir ? { GOCACHE: dir } : {});

const newer = (a: GoTool, b: GoTool): boolean => {
  const [va, vb] = [parseGoVersion(a.version.replace(/^go/, '')), parseGoVersion(b.version.replace(/^go/, ''))];
  return !!va && !!vb && compareGoVersions(va, vb) > 0;
};

/**
 * Reads a side's archives with its own Go, then whatever failed with `other` when that Go is
 * newer. Never throws for an archive: a record that no reader could read carries both errors.
 */
export async function readSideApis(own: GoTool, other: GoTool, requests: readonly ApiRequest[], dirs: ApiReadDirs): Promise<ApiRead[]> {
  let reads: ApiRead[];
  try {
    reads = await dumpApis(own, requests, dirs);
  } catch (e) {
    const why = e instanceof HelperBuildError ? e.message : `the API dump helper of ${own.version} failed: ${(e as Error).message}`;
    reads = requests.map((r) => ({ path: r.path, file: r.file, reader: own.version, error: why }));
  }
  const failed = reads.filter((r) => r.error);
  if (failed.length === 0 || !newer(other, own)) return reads;
  let retried: ApiRead[];
  try {
    retried = await dumpApis(other, failed, dirs);
  } catch (e) {
    retried = failed.map((r) => ({ ...r, error: `${r.error ?? ''}; with ${other.version}: ${(e as Error).message}` }));
  }
  const byFile = new Map(
    retried.map((r, i) => [
      failed[i]!.file,
      { ...r, error: r.error ? `${failed[i]!.error ?? ''}; ${other.version}: ${r.error}` : undefined },
    ]),
  );
  return reads.map((r) => byFile.get(r.file) ?? r);
}
