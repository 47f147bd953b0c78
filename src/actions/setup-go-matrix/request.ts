// Reads what a setup-go-matrix step asks for: the Go spec (go-version or go-version-file), the
// architecture, the working directory and the download site.
import { existsSync, statSync } from 'node:fs';
import * as path from 'node:path';
import type { ActionContext } from '../../ci/action.js';
import { InputError } from '../../errors/input-error.js';
import { checkPathInput } from '../../fs/workspace.js';
import { hostArch, knownArchSpellings, parseArch, type Arch } from '../../go/arch.js';
import { hostPlatform, type Platform } from '../../go/platform.js';
import { resolveDownloadBase } from '../../go/download-index.js';
import type { ToolchainSource } from '../../go/obtain.js';
import { readVersionFile } from '../../go/version-file.js';
import { parseToolchainSpec, type ToolchainSpec } from '../../go/version-spec.js';

export interface Request {
  spec: ToolchainSpec;
  /** How the request reads in messages: go-version "1.23". */
  asked: string;
  source: ToolchainSource;
  /** This runner's OS with the architecture input's Go. */
  platform: Platform;
  checkLatest: boolean;
  workingDirectory: string;
  base: string;
  localGoroots: string[];
}

export function readArch(ctx: ActionContext): Arch {
  const { inputs } = ctx;
  const host = hostArch();
  if (!inputs.given('architecture')) return host;
  const text = inputs.string('architecture');
  const arch = parseArch(text);
  if (!arch) throw new InputError(`architecture "${text}" is not known; expected one of: ${knownArchSpellings().join(', ')}`);
  // The leg is proved by running its go binary, so it must run here (386 runs on amd64 Linux).
  if (arch.go !== host.go && !(arch.go === '386' && host.go === 'amd64')) {
    throw new InputError(
      `architecture "${text}" (${arch.go}) cannot run on this ${host.go} runner, and setup-go-matrix proves each leg by running its Go; ` +
        `use a runner of that architecture, or keep the runner's Go and set GOARCH=${arch.go} when building to cross-compile`,
    );
  }
  return arch;
}

/** The platform of the leg's Go: the runner's OS, and the architecture input (default the runner's). */
export function readPlatform(ctx: ActionContext): Platform {
  return hostPlatform(readArch(ctx));
}

export function readWorkingDirectory(ctx: ActionContext): string {
  const given = ctx.inputs.string('working-directory');
  const dir = path.resolve(given);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new InputError(`working-directory "${given}" is not a directory (looked at ${dir})`);
  }
  return dir;
}

function readSpec(ctx: ActionContext): { spec: ToolchainSpec; asked: string } {
  const { inputs, rt } = ctx;
  const version = inputs.string('go-version');
  const file = inputs.string('go-version-file');
  if (version && file) rt.warning(`both go-version ("${version}") and go-version-file ("${file}") are set; using go-version`);
  if (version) return { spec: parseToolchainSpec(version, 'go-version'), asked: `go-version "${version}"` };
  if (file) {
    const found = readVersionFile(file);
    const where = `go-version-file "${file}" (line ${found.line}, ${found.what})`;
    return { spec: parseToolchainSpec(found.spec, where), asked: `${where} "${found.spec}"` };
  }
  throw new InputError(
    'neither go-version nor go-version-file is set; set go-version (e.g. "1.23"), go-version-file (e.g. "go.mod"), or versions-range to compute a matrix',
  );
}

/** local-goroots entries are paths or globs: each must be a usable path (a 30 000-character glob overflows the matcher). */
export function localGorootsInput(ctx: ActionContext): string[] {
  const list = ctx.inputs.list('local-goroots');
  for (const p of list) checkPathInput('local-goroots', p);
  return list;
}

export function readRequest(ctx: ActionContext): Request {
  const { inputs } = ctx;
  return {
    ...readSpec(ctx),
    source: inputs.choice<ToolchainSource>('toolchain-source'),
    platform: readPlatform(ctx),
    checkLatest: inputs.bool('check-latest'),
    workingDirectory: readWorkingDirectory(ctx),
    base: resolveDownloadBase(inputs.string('go-download-base-url')),
    localGoroots: localGorootsInput(ctx),
  };
}
