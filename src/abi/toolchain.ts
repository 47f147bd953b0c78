// Owns finding and proving the `go` each side uses: a GOROOT path, a go binary, or a version
// looked up in the tool cache and local GOROOTs; then `go env` proves it runs.
// The version lookup is a minimal stand-in for src/go's findInstalledGo (setup-go-matrix): same
// places (tool cache, /usr/local/go, /usr/lib/go-*, ~/sdk/go*), newest matching patch wins.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
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

const versionSpec = /^(?:go)?(\d+)\.(\d+)(?:\.(\d+))?$/;

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

function rootVersion(root: string): string | undefined {
  try {
    return readFileSync(path.join(root, 'VERSION'), 'utf8').split('\n')[0]?.trim();
  } catch {
    return undefined;
  }
}

function children(dir: string): string[] {
  try {
    return readdirSync(dir).map((e) => path.join(dir, e));
  } catch {
    return [];
  }
}

/** GOROOTs that may hold a Go: tool cache (`go/<version>/<arch>`), /usr/local/go, /usr/lib/go-*, ~/sdk/go*. */
export function candidateGoroots(toolCacheDir: string): string[] {
  const roots: string[] = [];
  for (const v of children(path.join(toolCacheDir, 'go'))) roots.push(...children(v).filter((d) => !d.endsWith('.complete')));
  roots.push('/usr/local/go', ...children('/usr/lib').filter((d) => /\/go-[\d.]+$/.test(d)), ...children(path.join(os.homedir(), 'sdk')).filter((d) => /\/go[\d.]+$/.test(d)));
  return roots.filter((r) => existsSync(path.join(r, 'bin', 'go')));
}

function compareVersions(a: string, b: string): number {
  const pa = a.replace(/^go/, '').split(/[.a-z]/).map(Number);
  const pb = b.replace(/^go/, '').split(/[.a-z]/).map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

/** Newest installed GOROOT matching `1.23` or `1.23.5` (go prefix allowed). */
export function findGoroot(spec: string, roots: readonly string[]): string | undefined {
  const m = versionSpec.exec(spec);
  if (!m) return undefined;
  const want = m[3] !== undefined ? `go${m[1]}.${m[2]}.${m[3]}` : `go${m[1]}.${m[2]}`;
  const found = roots
    .map((root) => ({ root, v: rootVersion(root) }))
    .filter((c): c is { root: string; v: string } => !!c.v && (c.v === want || c.v.startsWith(`${want}.`) || (m[3] === undefined && c.v === `${want}rc`)))
    .sort((a, b) => compareVersions(b.v, a.v));
  return found[0]?.root;
}

/**
 * Resolves an input value naming a Go: a GOROOT directory, a path to a go binary, or a version.
 * `inputName` and the value appear in every error.
 */
export async function resolveGo(inputName: string, value: string, toolCacheDir: string): Promise<GoTool> {
  const label = `input "${inputName}" ("${value}")`;
  const looksLikePath = value.includes('/') || value.startsWith('.') || value.startsWith('~');
  if (looksLikePath) {
    const p = path.resolve(value.replace(/^~(?=\/)/, os.homedir()));
    if (!existsSync(p)) throw new ToolchainError(`${label}: no such file or directory; give a GOROOT (a directory with bin/go), a go binary, or a version such as 1.23`);
    const goBin = statSync(p).isDirectory() ? path.join(p, 'bin', 'go') : p;
    if (!existsSync(goBin)) throw new ToolchainError(`${label}: ${p} is a directory without bin/go, so it is not a GOROOT`);
    return probeGo(goBin, label);
  }
  if (!versionSpec.test(value)) throw new ToolchainError(`${label} is neither a GOROOT path nor a Go version; use e.g. "1.23", "1.23.5" or "/usr/lib/go-1.23"`);
  const roots = candidateGoroots(toolCacheDir);
  const root = findGoroot(value, roots);
  if (!root) {
    const have = roots.map((r) => `${rootVersion(r)} (${r})`).join(', ') || 'none';
    throw new ToolchainError(`${label}: Go ${value} is not installed in the tool cache (${toolCacheDir}) or local GOROOTs; installed: ${have}. Install it first (setup-go-matrix) or give a GOROOT path`);
  }
  return probeGo(path.join(root, 'bin', 'go'), label);
}

/** The `go` used when a side names none: input `go`, else `go` on PATH. */
export async function defaultGo(value: string, toolCacheDir: string): Promise<GoTool> {
  if (value) return resolveGo('go', value, toolCacheDir);
  try {
    return await probeGo('go', 'go from PATH');
  } catch (e) {
    throw new ToolchainError(
      `no go to read the builds with: inputs "go", "base-go" and "head-go" are empty and ${(e as Error).message.replace(/^go from PATH: /, 'go from PATH failed: ')}. Set input "go" (or base-go/head-go) to a Go version such as 1.23 or a GOROOT, or run setup-go-matrix before this step`,
    );
  }
}
