// Owns finding the `go` each side uses: a GOROOT path, a go binary, or a version (or range)
// looked up in the tool cache and local GOROOTs by src/go's findInstalledGo, the same lookup
// setup-go-matrix does (which proves each tree it returns by running it).
//
// A go given as a path is not run up front: its version is read from the binary (.go.buildinfo,
// what `go version <file>` prints; for a release bin/go that is its GOVERSION), and its first real
// command (`go tool nm`, `go build`) proves it runs. Only when that read or that command fails is
// `go env` run, to say exactly what is wrong. A probe costs a process start per side, which on a
// large binary is a fifth of the whole comparison (bench/abi.ts).
import { existsSync, statSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { findOnPath } from '../fs/on-path.js';
import { findInstalledGo } from '../go/find-installed.js';
import { goBinOf, hostPlatform, type Platform } from '../go/platform.js';
import { formatGoVersion } from '../go/go-version.js';
import { findLocalGoroots } from '../go/local-goroots.js';
import { listToolCache } from '../go/tool-cache.js';
import { run } from '../process/run.js';
import { readGoBuildInfo } from './go-sections.js';

export interface GoTool {
  goBin: string;
  /** `go1.23.5` */
  version: string;
  /** Names the input this Go came from in errors: `input "base-go" ("1.23")`. */
  label: string;
  /** Env for every command run with this Go: no toolchain switching, no user GOFLAGS, no inherited GOROOT. */
  env: NodeJS.ProcessEnv;
}

export class ToolchainError extends Error {
  override name = 'ToolchainError';
}

function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, GOTOOLCHAIN: 'local', GOFLAGS: '' };
  delete env.GOROOT;
  return env;
}

/** Runs `go env GOVERSION` to prove the binary works; throws a ToolchainError saying why it does not. */
export async function probeGo(goBin: string, label: string): Promise<GoTool> {
  let out: string;
  try {
    out = (await run(goBin, ['env', 'GOVERSION'], { env: cleanEnv(), timeoutMs: 60_000 })).stdout;
  } catch (e) {
    throw new ToolchainError(`${label}: the go at ${goBin} cannot run: ${(e as Error).message.split('\n').slice(0, 3).join(' ')}`);
  }
  const version = out.trim();
  if (!version.startsWith('go'))
    throw new ToolchainError(`${label}: ${goBin} ran but did not report a Go version (got ${JSON.stringify(out.slice(0, 100))})`);
  return { goBin, version, label, env: cleanEnv() };
}

/** A go binary, its version read from the binary itself; falls back to probing it when that read fails (not ELF, a wrapper script, Go < 1.18). */
async function goTool(goBin: string, label: string): Promise<GoTool> {
  const version = await readGoBuildInfo(goBin).then(
    (i) => i?.version,
    () => undefined,
  );
  if (!version?.startsWith('go')) return probeGo(goBin, label);
  return { goBin, version, label, env: cleanEnv() };
}

/**
 * Called when a command run with `go` failed: when the go binary itself cannot run, throws the
 * ToolchainError that says so (the command's own error would blame the input file); else returns.
 */
export async function explainGoFailure(go: GoTool): Promise<void> {
  await probeGo(go.goBin, go.label);
}

/** The file program `name` (go.exe on windows, never a .cmd or .bat: spawned without a shell) resolves to on PATH. */
function onPath(name: string, platform: Platform = hostPlatform()): string | undefined {
  return findOnPath(name, {
    windows: platform.goos === 'windows',
    extensions: [platform.exeSuffix],
    join: (dir, file) => platform.path.join(dir, file),
  });
}

/** Where versions are looked up: the tool cache and these local GOROOT patterns. */
export interface GoLookup {
  toolCacheDir: string;
  localGoroots: readonly string[];
}

async function installedList(where: GoLookup): Promise<string> {
  const platform = hostPlatform();
  const cached = listToolCache(where.toolCacheDir, platform).map((c) => `go${formatGoVersion(c.version)} (${c.goroot})`);
  const local = (await findLocalGoroots(where.localGoroots, platform)).map((l) => `go${formatGoVersion(l.version)} (${l.goroot})`);
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
    if (!existsSync(p))
      throw new ToolchainError(
        `${label}: no such file or directory; give a GOROOT (a directory with bin/go), a go binary, or a version such as 1.23`,
      );
    const goBin = statSync(p).isDirectory() ? goBinOf(p) : p;
    if (!existsSync(goBin)) throw new ToolchainError(`${label}: ${p} is a directory without bin/go, so it is not a GOROOT`);
    return goTool(goBin, label);
  }
  let found;
  try {
    found = await findInstalledGo(value, { toolCacheDir: where.toolCacheDir, localGoroots: where.localGoroots, platform: hostPlatform() });
  } catch (e) {
    throw new ToolchainError(`${label} is neither a GOROOT path nor a usable Go version: ${(e as Error).message}`);
  }
  if (!found) {
    throw new ToolchainError(
      `${label}: Go ${value} is not installed in the tool cache (${where.toolCacheDir}) or local GOROOTs (${where.localGoroots.join(', ')}); installed: ${await installedList(where)}. Install it first (setup-go-matrix) or give a GOROOT path`,
    );
  }
  // findInstalledGo ran this go and checked the version it reports.
  return { goBin: goBinOf(found.goroot), version: `go${found.version}`, label, env: cleanEnv() };
}

/** The `go` used when a side names none: input `go`, else `go` on PATH. */
export async function defaultGo(value: string, where: GoLookup): Promise<GoTool> {
  if (value) return resolveGo('go', value, where);
  try {
    const found = onPath('go');
    return await (found ? goTool(found, 'go from PATH') : probeGo('go', 'go from PATH'));
  } catch (e) {
    throw new ToolchainError(
      `no go to read the builds with: inputs "go", "base-go" and "head-go" are empty and ${(e as Error).message.replace(/^go from PATH: /, 'go from PATH failed: ')}. Set input "go" (or base-go/head-go) to a Go version such as 1.23 or a GOROOT, or run setup-go-matrix before this step`,
    );
  }
}
