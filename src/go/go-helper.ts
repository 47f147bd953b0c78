// Owns building the small Go programs our actions embed as source (sonar's feature check,
// abi-diff's API dump): compiled by a given toolchain, because what go/types and go/importer
// know is what that toolchain knows, and cached per toolchain+source so a runner builds each
// once. The build is standalone: the user's GOFLAGS (-mod=vendor...), go.work and cgo never apply.
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { CommandError, run } from '../process/run.js';
import { sha256Hex } from '../process/sha256.js';

/** The toolchain a helper is built with. */
export interface HelperToolchain {
  /** The go binary. */
  bin: string;
  /** `go1.23.5` */
  version: string;
  /** Tells two trees of one version apart in the cache key (a GOROOT or the go binary's path). */
  where: string;
  env: NodeJS.ProcessEnv;
}

/** A helper program: a name for the binary and its files (go.mod, main.go, ...). */
export interface GoHelperSource {
  name: string;
  files: Readonly<Record<string, string>>;
}

export class HelperBuildError extends Error {
  override name = 'HelperBuildError';
}

/** The cached binary's path: one per helper, toolchain and source text. */
export function helperBinaryPath(go: HelperToolchain, helper: GoHelperSource, cacheDir: string): string {
  const files = Object.entries(helper.files).flatMap(([name, text]) => [name, '\0', text]);
  return path.join(cacheDir, `${helper.name}-${sha256Hex(go.version, '\0', go.where, ...files).slice(0, 16)}`);
}

/** Builds the helper with `go` unless the cache has it; returns the binary path. */
export async function buildGoHelper(
  go: HelperToolchain,
  helper: GoHelperSource,
  cacheDir: string,
  extraEnv: NodeJS.ProcessEnv = {},
): Promise<string> {
  const bin = helperBinaryPath(go, helper, cacheDir);
  if (existsSync(bin)) return bin;
  mkdirSync(cacheDir, { recursive: true });
  const src = mkdtempSync(path.join(cacheDir, 'src-'));
  try {
    for (const [name, text] of Object.entries(helper.files)) writeFileSync(path.join(src, name), text);
    // Renamed into place only when complete: a concurrent or killed build never leaves half a binary.
    const tmp = `${bin}.partial-${process.pid}`;
    try {
      await run(go.bin, ['build', '-o', tmp, '.'], {
        cwd: src,
        env: { ...go.env, ...extraEnv, GOWORK: 'off', GOFLAGS: '', CGO_ENABLED: '0', GO111MODULE: 'on', GOTOOLCHAIN: 'local' },
      });
    } catch (e) {
      if (!(e instanceof CommandError)) throw e;
      throw new HelperBuildError(
        `building the ${helper.name} helper with ${go.version} (${go.bin}) failed: ${e.message}; that Go cannot compile it (the helper needs Go 1.18 or later), give a newer Go`,
      );
    }
    renameSync(tmp, bin);
  } finally {
    rmSync(src, { recursive: true, force: true });
  }
  return bin;
}
