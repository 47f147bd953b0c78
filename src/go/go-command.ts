// Runs a given `go` binary to learn what it really is. Every toolchain we hand out is proved this
// way, because a directory name, a VERSION file or a tool cache folder can lie.
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { run, CommandError } from '../process/run.js';
import { goBinOf, hostPlatform, toolBinOf, toolDirOf, type Platform } from './platform.js';

export interface GoEnvFacts {
  /** GOVERSION without the `go` prefix, e.g. 1.23.5 (any custom suffix such as " X:nocoverageredesign" dropped). */
  version: string;
  goroot: string;
  goos: string;
  goarch: string;
}

export { goBinOf };

/** The GOROOT of a go binary as the go command finds its own: the directory above its resolved bin/. Throws when goBin does not resolve. */
export function gorootOfGoBin(goBin: string): string {
  return path.dirname(path.dirname(realpathSync(goBin)));
}

/**
 * The command that runs `go tool <tool>` with this go: the tool binary itself when it is where the
 * go command would look (GOROOT/pkg/tool/GOHOSTOS_GOHOSTARCH, nm.exe on windows, GOROOT being the
 * directory above the resolved bin/go), else `go tool <tool>`. Running the tool directly skips the
 * go command's own start (~20 ms per call on a 2-core runner); the tool is the same file either
 * way. Since Go 1.25 the binary distributions leave out tools the build does not use, nm among
 * them, and `go tool` builds them on demand (golang/go#71867): that is the fallback.
 */
export function goToolCommand(goBin: string, tool: string, platform: Platform = hostPlatform()): [string, ...string[]] {
  try {
    const bin = toolBinOf(gorootOfGoBin(goBin), tool, platform);
    if (statSync(bin).isFile()) return [bin];
  } catch {
    // not a standard tree (a wrapper, a toolchain shim): let the go command find its tool
  }
  return [goBin, 'tool', tool];
}

/**
 * What a GOROOT says it is without running anything: the release in its VERSION file (first line,
 * `go1.23.5`) when its go binary and its tools for the platform are there (bin/go(.exe),
 * pkg/tool/<goos>_<goarch>). Undefined for trees that lack either (devel builds, wrappers): those
 * are probed. Only for picking among trees; the tree picked is still proved by probeGoroot, since
 * a VERSION file can lie.
 */
export function readGorootRelease(goroot: string, platform: Platform = hostPlatform()): string | undefined {
  try {
    if (!statSync(toolDirOf(goroot, platform)).isDirectory()) return undefined;
    if (!existsSync(goBinOf(goroot, platform))) return undefined;
  } catch {
    return undefined;
  }
  const first = gorootVersionLine(goroot) ?? '';
  return /^go\d+\.\d+(\.\d+)?$/.test(first) ? first.slice(2) : undefined;
}

/** The first line of GOROOT/VERSION (`go1.23.5` in a release), undefined when there is none (a source checkout). */
export function gorootVersionLine(goroot: string): string | undefined {
  try {
    return readFileSync(path.join(goroot, 'VERSION'), 'utf8').split('\n', 1)[0]?.trim();
  } catch {
    return undefined;
  }
}

/**
 * The GOROOT of a go binary (a GoTool's goBin): the directory above its resolved bin/, as the go
 * command finds its own, else what `go env GOROOT` says (a wrapper script, an unusual layout).
 */
export async function gorootOf(goBin: string, env?: NodeJS.ProcessEnv): Promise<string> {
  try {
    const root = gorootOfGoBin(goBin);
    if (existsSync(path.join(root, 'src', 'runtime'))) return root;
  } catch {
    // not a file we can resolve: ask the go command
  }
  return (await run(goBin, ['env', 'GOROOT'], { env })).stdout.trim();
}

/** Environment for asking a toolchain about itself: no switching, no inherited GOROOT. */
function probeEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, GOTOOLCHAIN: 'local' };
  delete env.GOROOT;
  return env;
}

/** `go env -json NAME...` of a binary, run from `cwd` (default: the binary's GOROOT, which has no go.mod). */
export async function goEnvJson(goBin: string, names: readonly string[], cwd?: string): Promise<Record<string, string>> {
  const r = await run(goBin, ['env', '-json', ...names], {
    cwd: cwd ?? path.dirname(path.dirname(goBin)),
    env: probeEnv(),
    timeoutMs: 60_000,
  });
  return JSON.parse(r.stdout) as Record<string, string>;
}

export class GorootError extends Error {
  override name = 'GorootError';
}

/** Runs GOROOT/bin/go and returns what it reports; throws GorootError saying what is wrong with the tree. */
export async function probeGoroot(goroot: string, platform: Platform = hostPlatform()): Promise<GoEnvFacts> {
  const bin = goBinOf(goroot, platform);
  if (!existsSync(bin)) throw new GorootError(`${goroot} is not a Go tree: ${bin} does not exist`);
  let env: Record<string, string>;
  try {
    env = await goEnvJson(bin, ['GOVERSION', 'GOROOT', 'GOHOSTOS', 'GOHOSTARCH']);
  } catch (e) {
    const why = e instanceof CommandError ? e.message : String(e);
    throw new GorootError(`${bin} does not run: ${why}`);
  }
  const version = (env.GOVERSION ?? '').replace(/^go/, '').split(/\s/)[0] ?? '';
  if (!version) throw new GorootError(`${bin} reports no GOVERSION`);
  return { version, goroot: env.GOROOT ?? goroot, goos: env.GOHOSTOS ?? '', goarch: env.GOHOSTARCH ?? '' };
}
