// Owns finding and proving the `go` each side uses: a GOROOT path, a go binary, or a version
// (or range) looked up in the tool cache and local GOROOTs by src/go's findInstalledGo, the same
// lookup setup-go-matrix does; then `go env` proves it runs.
import { existsSync, statSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { hostArch } from '../go/arch.js';
import { findInstalledGo } from '../go/find-installed.js';
import { formatGoVersion } from '../go/go-version.js';
import { findLocalGoroots } from '../go/local-goroots.js';
import { listToolCache } from '../go/tool-cache.js';
import { run } from '../process/run.js';

export interface GoTool {
  goBin: string;
  goroot: string;
  /** `go1.23.5` */
  version: string;
  /** Env for every command run with this Go: its GOROOT, no toolchain switching, no user GOFLAGS. */
  env: NodeJS.ProcessEnv;
}

export class ToolchainError extends Error {
  override name = 'ToolchainError';
}

function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, GOTOOLCHAIN: 'local', GOFLAGS: '', ...extra };
  delete env.GOROOT;
  return env;
}

/** Runs `go env GOROOT GOVERSION` to prove the binary works. */
export async function probeGo(goBin: string, label: string): Promise<GoTool> {
  let out: string;
  try {
    out = (await run(goBin, ['env', 'GOROOT', 'GOVERSION'], { env: cleanEnv(), timeoutMs: 60_000 })).stdout;
  } catch (e) {
    throw new ToolchainError(`${label}: the go at ${goBin} cannot run: ${(e as Error).message.split('\n').slice(0, 3).join(' ')}`);
  }
  const [goroot = '', version = ''] = out.trim().split('\n').map((s) => s.trim());
  if (!version.startsWith('go')) throw new ToolchainError(`${label}: ${goBin} ran but did not report a Go version (got ${JSON.stringify(out.slice(0, 100))})`);
  return { goBin, goroot, version, env: cleanEnv({ GOROOT: goroot }) };
}

/** Where versions are looked up: the tool cache and these local GOROOT patterns. */
export interface GoLookup {
  toolCacheDir: string;
  localGoroots: readonly string[];
}

async function installedList(where: GoLookup): Promise<string> {
  const arch = hostArch();
  const cached = listToolCache(where.toolCacheDir, arch).map((c) => `go${formatGoVersion(c.version)} (${c.goroot})`);
  const local = (await findLocalGoroots(where.localGoroots, arch)).map((l) => `go${formatGoVersion(l.version)} (${l.goroot})`);
  return [...cached, ...local].join(', ') || 'none';
}

/**
 * Resolves an input value naming a Go: a GOROOT directory, a path to a go binary, or a version.
 * `inputName` and the value appear in every error.
 */
export async function resolveGo(inputName: string, value: string, where: GoLookup): Promise<GoTool> {
  const label = `input "${inputName}" ("${value}")`;
  const looksLikePath = value.includes('/') || value.startsWith('.') || value.startsWith('~');
  if (looksLikePath) {
    const p = path.resolve(value.replace(/^~(?=\/)/, os.homedir()));
    if (!existsSync(p)) throw new ToolchainError(`${label}: no such file or directory; give a GOROOT (a directory with bin/go), a go binary, or a version such as 1.23`);
    const goBin = statSync(p).isDirectory() ? path.join(p, 'bin', 'go') : p;
    if (!existsSync(goBin)) throw new ToolchainError(`${label}: ${p} is a directory without bin/go, so it is not a GOROOT`);
    return probeGo(goBin, label);
  }
  let found;
  try {
    found = await findInstalledGo(value, { toolCacheDir: where.toolCacheDir, localGoroots: where.localGoroots, arch: hostArch() });
  } catch (e) {
    throw new ToolchainError(`${label} is neither a GOROOT path nor a usable Go version: ${(e as Error).message}`);
  }
  if (!found) {
    throw new ToolchainError(
      `${label}: Go ${value} is not installed in the tool cache (${where.toolCacheDir}) or local GOROOTs (${where.localGoroots.join(', ')}); installed: ${await installedList(where)}. Install it first (setup-go-matrix) or give a GOROOT path`,
    );
  }
  return probeGo(path.join(found.goroot, 'bin', 'go'), label);
}

/** The `go` used when a side names none: input `go`, else `go` on PATH. */
export async function defaultGo(value: string, where: GoLookup): Promise<GoTool> {
  if (value) return resolveGo('go', value, where);
  try {
    return await probeGo('go', 'go from PATH');
  } catch (e) {
    throw new ToolchainError(
      `no go to read the builds with: inputs "go", "base-go" and "head-go" are empty and ${(e as Error).message.replace(/^go from PATH: /, 'go from PATH failed: ')}. Set input "go" (or base-go/head-go) to a Go version such as 1.23 or a GOROOT, or run setup-go-matrix before this step`,
    );
  }
}
