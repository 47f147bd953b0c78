// Where a leg's Go comes from, per toolchain-source: auto = tool cache, then local GOROOTs, then
// download; or exactly one of them. Returns a proved install or throws an error that says what
// was asked, what was found where, and what to change.
import type { Arch } from './arch.js';
import { IndexError, indexUrl, pickArchive, type GoRelease } from './download-index.js';
import { assertReports, findInstalledGo, type InstalledGo } from './find-installed.js';
import { probeGoroot } from './go-command.js';
import { formatGoVersion, sortNewestFirst, type GoVersion } from './go-version.js';
import { installRelease } from './install.js';
import { findLocalGoroots } from './local-goroots.js';
import { listToolCache } from './tool-cache.js';
import { pickVersion, type ToolchainSpec } from './version-spec.js';

export type ToolchainSource = 'auto' | 'tool-cache' | 'local' | 'download';

export interface ObtainOptions {
  source: ToolchainSource;
  arch: Arch;
  toolCacheDir: string;
  localGoroots: readonly string[];
  tempDir: string;
  /** Download site base URL. */
  base: string;
  /** Memoized index loader (throws IndexError). */
  index: () => Promise<GoRelease[]>;
  /** How the request reads in messages, e.g. `go-version "1.23"`. */
  asked: string;
  info: (msg: string) => void;
  warning: (msg: string) => void;
  debug: (msg: string) => void;
  stallMs?: number;
}

function list(versions: readonly GoVersion[]): string {
  const v = sortNewestFirst(versions, (x) => x).map(formatGoVersion);
  return v.length ? v.join(', ') : 'none';
}

async function installedOnly(spec: ToolchainSpec, o: ObtainOptions, sources: ('tool-cache' | 'local')[]): Promise<InstalledGo | undefined> {
  return findInstalledGo(spec, { toolCacheDir: o.toolCacheDir, localGoroots: o.localGoroots, arch: o.arch, sources, note: o.debug });
}

async function download(spec: ToolchainSpec, o: ObtainOptions, releases: GoRelease[]): Promise<InstalledGo> {
  const pick = pickVersion(
    spec,
    releases.map((r) => r.version),
  );
  if (!pick) {
    const newest = list(releases.filter((r) => r.stable).map((r) => r.version))
      .split(', ')
      .slice(0, 5)
      .join(', ');
    throw new Error(
      `${o.asked} matches no Go release in the download index ${indexUrl(o.base)} (newest there: ${newest}); ask for a listed version, e.g. "1.23" or "stable"`,
    );
  }
  const release = releases.find((r) => formatGoVersion(r.version) === formatGoVersion(pick))!;
  const file = pickArchive(release, o.arch);
  if (!file)
    throw new Error(
      `Go ${formatGoVersion(pick)} has no linux/${o.arch.go} .tar.gz archive in the download index ${indexUrl(o.base)}; check the architecture input`,
    );
  const goroot = await installRelease({
    base: o.base,
    release,
    file,
    arch: o.arch,
    toolCacheDir: o.toolCacheDir,
    tempDir: o.tempDir,
    stallMs: o.stallMs,
    log: o.info,
  });
  const facts = await probeGoroot(goroot);
  assertReports(pick, facts, goroot, 'tool cache folder');
  return { version: facts.version, goroot, source: 'download', facts };
}

/** A Go for the spec, already proved: its bin/go reported the resolved version. */
export async function obtainGo(spec: ToolchainSpec, o: ObtainOptions): Promise<InstalledGo> {
  let target = spec;
  if (spec.kind === 'alias' && (o.source === 'auto' || o.source === 'download')) {
    // stable/oldstable mean what go.dev says; installed trees only answer when the index cannot.
    try {
      const v = pickVersion(
        spec,
        (await o.index()).filter((r) => r.stable).map((r) => r.version),
      );
      if (v) target = { kind: 'exact', text: formatGoVersion(v), version: v };
      o.info(`${spec.alias} is Go ${v ? formatGoVersion(v) : '(none)'} according to ${indexUrl(o.base)}`);
    } catch (e) {
      if (!(e instanceof IndexError) || o.source === 'download') throw e;
      o.warning(`${e.message}; resolving "${spec.alias}" against the Go toolchains installed on this runner instead`);
    }
  }
  if (o.source === 'download') return download(target, o, await o.index());

  const sources: ('tool-cache' | 'local')[] = o.source === 'auto' ? ['tool-cache', 'local'] : [o.source];
  const found = await installedOnly(target, o, sources);
  if (found) return found;

  if (o.source === 'tool-cache') {
    const have = listToolCache(o.toolCacheDir, o.arch).map((c) => c.version);
    throw new Error(
      `${o.asked} matches no Go in the tool cache ${o.toolCacheDir}/go (${o.arch.toolCache}: ${list(have)}); toolchain-source is "tool-cache", so nothing is downloaded; ` +
        `use toolchain-source: auto or download, or ask for an installed version`,
    );
  }
  if (o.source === 'local') {
    const skipped: string[] = [];
    const have = await findLocalGoroots(o.localGoroots, o.arch, (m) => skipped.push(m));
    const found = have.length ? have.map((l) => `${formatGoVersion(l.version)} (${l.goroot})`).join(', ') : 'none';
    throw new Error(
      `${o.asked} matches no local Go tree (local-goroots: ${o.localGoroots.join(', ')}; found: ${found}` +
        `${skipped.length ? `; skipped: ${skipped.join('; ')}` : ''}); toolchain-source is "local"; ` +
        `install that Go there, add its directory to local-goroots, or use toolchain-source: auto`,
    );
  }
  let releases: GoRelease[];
  try {
    releases = await o.index();
  } catch (e) {
    if (!(e instanceof IndexError)) throw e;
    throw new Error(`${o.asked} matches no Go in the tool cache or local GOROOTs, and ${e.message}`);
  }
  return download(target, o, releases);
}
