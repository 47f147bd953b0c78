// Where a leg's Go comes from, per toolchain-source: auto = tool cache, then local GOROOTs, then
// download; or exactly one of them. Returns a proved install or throws an error that says what
// was asked, what was found where, and what to change.
import { defaultDownloadBase, IndexError, indexUrl, pickArchive, type GoRelease } from './download-index.js';
import { assertReports, findInstalledGo, type InstalledGo } from './find-installed.js';
import { probeGoroot, type GoEnvFacts } from './go-command.js';
import { formatGoVersion, sortNewestFirst, type GoVersion } from './go-version.js';
import { installRelease } from './install.js';
import { findLocalGoroots } from './local-goroots.js';
import { describePlatform, type Platform } from './platform.js';
import { listToolCache, setupGoToolName } from './tool-cache.js';
import { pickVersion, type ToolchainSpec } from './version-spec.js';

export type ToolchainSource = 'auto' | 'tool-cache' | 'local' | 'download';

export interface ObtainOptions {
  source: ToolchainSource;
  /** The platform the leg's Go is for (this machine, with the architecture input). */
  platform: Platform;
  /** Resolve ranges against the download index first (newest release), as actions/setup-go's check-latest. */
  checkLatest?: boolean;
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
  /** Proves a tree (default: run its bin/go, probeGoroot). */
  prove?: (goroot: string) => Promise<GoEnvFacts>;
}

/** Tool cache folders to look in: `go`, then actions/setup-go's `go-<hash>` for a mirror base. */
function toolFolders(o: ObtainOptions): string[] {
  const mirror = setupGoToolName(o.base, defaultDownloadBase);
  return mirror === 'go' ? ['go'] : ['go', mirror];
}

function proveOf(o: ObtainOptions): (goroot: string) => Promise<GoEnvFacts> {
  return o.prove ?? ((goroot) => probeGoroot(goroot, o.platform));
}

function list(versions: readonly GoVersion[]): string {
  const v = sortNewestFirst(versions, (x) => x).map(formatGoVersion);
  return v.length ? v.join(', ') : 'none';
}

async function installedOnly(spec: ToolchainSpec, o: ObtainOptions, sources: ('tool-cache' | 'local')[]): Promise<InstalledGo | undefined> {
  return findInstalledGo(spec, {
    toolCacheDir: o.toolCacheDir,
    localGoroots: o.localGoroots,
    platform: o.platform,
    toolFolders: toolFolders(o),
    sources,
    note: o.debug,
    prove: proveOf(o),
  });
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
  const file = pickArchive(release, o.platform);
  if (!file)
    throw new Error(
      `Go ${formatGoVersion(pick)} has no ${describePlatform(o.platform)} .${o.platform.archiveKind} archive in the download index ${indexUrl(o.base)}; check the architecture input`,
    );
  const prove = proveOf(o);
  const goroot = await installRelease({
    base: o.base,
    release,
    file,
    platform: o.platform,
    toolCacheDir: o.toolCacheDir,
    tempDir: o.tempDir,
    stallMs: o.stallMs,
    log: o.info,
    prove,
  });
  const facts = await prove(goroot);
  assertReports(pick, facts, goroot, 'tool cache folder', o.platform);
  return { version: facts.version, goroot, source: 'download', facts };
}

/** A Go for the spec, already proved: its bin/go reported the resolved version. */
export async function obtainGo(spec: ToolchainSpec, o: ObtainOptions): Promise<InstalledGo> {
  let target = spec;
  // stable/oldstable mean what go.dev says, and with check-latest so does a range (the newest
  // release in it, not the newest one installed); installed trees only answer when the index cannot.
  const askIndex = spec.kind === 'alias' || (spec.kind === 'range' && o.checkLatest === true);
  if (askIndex && (o.source === 'auto' || o.source === 'download')) {
    const label = spec.kind === 'alias' ? spec.alias : spec.text;
    try {
      const releases = await o.index();
      const v = pickVersion(
        spec,
        (spec.kind === 'alias' ? releases.filter((r) => r.stable) : releases).map((r) => r.version),
      );
      if (v) target = { kind: 'exact', text: formatGoVersion(v), version: v };
      o.info(`${label} is Go ${v ? formatGoVersion(v) : '(none)'} according to ${indexUrl(o.base)}`);
    } catch (e) {
      if (!(e instanceof IndexError) || o.source === 'download') throw e;
      o.warning(`${e.message}; resolving "${label}" against the Go toolchains installed on this runner instead`);
    }
  }
  if (o.source === 'download') return download(target, o, await o.index());

  const sources: ('tool-cache' | 'local')[] = o.source === 'auto' ? ['tool-cache', 'local'] : [o.source];
  const found = await installedOnly(target, o, sources);
  if (found) return found;

  if (o.source === 'tool-cache') {
    const have = listToolCache(o.toolCacheDir, o.platform, toolFolders(o)).map((c) => c.version);
    throw new Error(
      `${o.asked} matches no Go in the tool cache ${o.toolCacheDir}/go (${o.platform.arch.toolCache}: ${list(have)}); toolchain-source is "tool-cache", so nothing is downloaded; ` +
        `use toolchain-source: auto or download, or ask for an installed version`,
    );
  }
  if (o.source === 'local') {
    const skipped: string[] = [];
    const have = await findLocalGoroots(o.localGoroots, o.platform, (m) => skipped.push(m), proveOf(o));
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
