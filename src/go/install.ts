// Installs a Go release archive into the tool cache, all or nothing: download into the job's
// temp dir, check size and sha256 against the index BEFORE extracting, extract, check for the
// top-level go/ folder, prove bin/go (go.exe) reports the release, then move the tree into
// <tool cache>/go/<semver>/<arch> and write the .complete marker last. Any failure removes
// everything it created, so the tool cache never holds a partial or unverified Go.
//
// The download stops as soon as it is bigger than the index says (MAX_ARCHIVE_BYTES when the index
// gives no size), and the archive goes through the tar guard (src/process/tar-guard.ts) on its way
// into tar: no device, FIFO, setuid/setgid or hard link out, no symlink that could lead out of the
// tree (links inside it are allowed, should a release ever ship one), and goroot limits on what it may extract to.
// A windows .zip gets the same limits and refusals from its member list before anything is
// extracted (zip-check.ts; a .zip may hold no symlink at all).
// A killed install leaves `go-install-<owner tag>` in the temp dir and `.partial-<owner tag>`
// beside the version folder; the next install removes those whose process is gone.
//
// What @actions/tool-cache does and does not do here: its extractZip unpacks the windows .zip (with
// PowerShell on Windows, unzip elsewhere) once zip-check.ts has vetted the member list. Three parts
// stay ours, each for something the library lacks: the download (http.ts: its downloadTool checks
// neither size nor hash, cannot stop an answer that grows past the listed size or stalls, and
// sleeps 10-20 s between retries); the .tar.gz extraction (its extractTar hands the file to tar, so
// nothing can vet each header before tar writes it, which the tar guard does in the stream); and
// the move into place (its cacheDir copies member by member into the final folder, which a kill
// leaves half-filled, and reads the directory from RUNNER_TOOL_CACHE while the CLI and GitLab pass
// it explicitly; ours renames a complete tree into place, and writes the same .complete marker).
import {
  closeSync,
  cpSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  rmdirSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import * as path from 'node:path';
import { spawn } from 'node:child_process';
import { ownerTag, OWNER_TAG_PATTERN, sweepLeftovers } from '../process/leftovers.js';
import { pipeline, PipelineError, succeeded } from '../process/pipeline.js';
import { TarGuard, TarRefused, type TarLimits } from '../process/tar-guard.js';
import { archiveUrl, type DownloadFile, type GoRelease } from './download-index.js';
import { probeGoroot, type GoEnvFacts } from './go-command.js';
import { assertReports } from './find-installed.js';
import { formatGoVersion } from './go-version.js';
import { downloadFile, HttpError } from './http.js';
import { exeName, goBinOf, type ArchiveKind, type Platform } from './platform.js';
import { completeMarker, toolCachePath } from './tool-cache.js';
import { checkZip } from './zip-check.js';

export class InstallError extends Error {
  override name = 'InstallError';
}

const MiB = 1024 ** 2;
/** Most a download may be when the index gives no size (go.dev's archives are 60-80 MiB). */
export const MAX_ARCHIVE_BYTES = 1024 * MiB;

/**
 * What a Go release archive may extract to: 20 times the archive (go.dev's extract to about 3.2
 * times), at least 64 MiB, at most 2 GiB; one file at most 512 MiB (the largest, the compiler,
 * is about 25 MiB); at most 100,000 members (a release has about 15,000).
 */
export function gorootLimits(archiveBytes: number): TarLimits {
  return {
    maxTotalBytes: Math.min(2048 * MiB, Math.max(64 * MiB, 20 * archiveBytes)),
    maxFileBytes: 512 * MiB,
    maxMembers: 100_000,
  };
}

const LEFTOVER_MS = 6 * 3600 * 1000;

/** Removes what killed installs left: `go-install-<tag>` in tempDir, `.partial-<tag>` in the tool cache's version folders. */
export async function removeInstallLeftovers(tempDir: string, toolCacheDir: string): Promise<void> {
  await sweepLeftovers(tempDir, new RegExp(`^go-install-(${OWNER_TAG_PATTERN})$`), LEFTOVER_MS);
  const goDir = path.join(toolCacheDir, 'go');
  for (const v of existsSync(goDir) ? readdirSync(goDir) : [])
    await sweepLeftovers(path.join(goDir, v), new RegExp(`^\\.partial-(${OWNER_TAG_PATTERN})$`), LEFTOVER_MS);
}

export interface InstallRequest {
  base: string;
  release: GoRelease;
  file: DownloadFile;
  /** The platform the archive is for (its kind, go.exe, the tool cache's arch folder). */
  platform: Platform;
  toolCacheDir: string;
  tempDir: string;
  stallMs?: number;
  log?: (msg: string) => void;
  /** Proves the extracted tree is the release (default: run its bin/go, probeGoroot). */
  prove?: (goroot: string) => Promise<GoEnvFacts>;
}

/** Returns the GOROOT in the tool cache. */
export async function installRelease(req: InstallRequest): Promise<string> {
  const { release, file } = req;
  const url = archiveUrl(req.base, file.filename);
  const name = formatGoVersion(release.version);
  const fail = (why: string, what = 'nothing was installed') => new InstallError(`Go ${name}: ${why}; ${what}`);
  const want = file.sha256 ?? '';
  if (!/^[0-9a-f]{64}$/i.test(want)) {
    throw fail(
      `the download index lists no sha256 for ${file.filename}, so it cannot be verified`,
      "use a mirror that serves go.dev's index with checksums",
    );
  }
  mkdirSync(req.tempDir, { recursive: true });
  await removeInstallLeftovers(req.tempDir, req.toolCacheDir);
  const work = path.join(req.tempDir, `go-install-${ownerTag()}`);
  mkdirSync(work);
  const { platform } = req;
  const prove = req.prove ?? ((goroot: string) => probeGoroot(goroot, platform));
  const finalDir = toolCachePath(req.toolCacheDir, release.version, platform);
  const versionDir = path.dirname(finalDir);
  const versionDirExisted = existsSync(versionDir);
  let placed = false;
  try {
    const archive = path.join(work, file.filename);
    req.log?.(`Downloading ${url}`);
    let got;
    try {
      const listed = typeof file.size === 'number' && file.size > 0 ? file.size : undefined;
      got = await downloadFile(url, archive, { stallMs: req.stallMs, maxBytes: listed ?? MAX_ARCHIVE_BYTES });
    } catch (e) {
      const why = e instanceof HttpError ? e.message : String(e);
      throw fail(`cannot download ${url}: ${why}`, 'check go-download-base-url (or GO_DOWNLOAD_BASE_URL); nothing was installed');
    }
    if (typeof file.size === 'number' && file.size > 0 && got.size !== file.size) {
      throw fail(
        `${url} is ${got.size} bytes but the download index says ${file.size} (truncated or wrong file)`,
        'nothing was extracted or installed; retry, or check the mirror',
      );
    }
    if (got.sha256.toLowerCase() !== want.toLowerCase()) {
      throw fail(
        `checksum mismatch for ${url}: sha256 ${got.sha256}, the download index says ${want}`,
        'nothing was extracted or installed; the file or the mirror is corrupt',
      );
    }
    const extracted = path.join(work, 'x');
    mkdirSync(extracted);
    const problem = await extractArchive(platform.archiveKind, archive, extracted, gorootLimits(statSync(archive).size));
    if (problem) throw fail(`${file.filename} passed its checksum but does not extract (${problem})`, 'nothing was installed');
    const top = readdirSync(extracted);
    const staged = path.join(extracted, 'go');
    if (!top.includes('go') || !existsSync(path.join(staged, 'bin'))) {
      throw fail(
        `${file.filename} has no top-level go/ folder with bin/ (found: ${top.join(', ') || 'nothing'}); it is not a Go release archive`,
      );
    }
    if (!existsSync(goBinOf(staged, platform)))
      throw fail(`${file.filename} has no go/bin/${exeName('go', platform)}; it is not a Go release archive for ${platform.goos}`);
    assertReports(release.version, await prove(staged), staged, 'the archive');
    // Move into place: a rename when temp and tool cache share a filesystem, else copy to a hidden
    // sibling first so the final folder only ever appears complete.
    rmSync(finalDir, { recursive: true, force: true });
    rmSync(completeMarker(finalDir), { force: true });
    mkdirSync(versionDir, { recursive: true });
    try {
      renameSync(staged, finalDir);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
      const hidden = path.join(versionDir, `.partial-${ownerTag()}`);
      try {
        cpSync(staged, hidden, { recursive: true, verbatimSymlinks: true });
        renameSync(hidden, finalDir);
      } finally {
        rmSync(hidden, { recursive: true, force: true });
      }
    }
    placed = true;
    writeFileSync(completeMarker(finalDir), '');
    return finalDir;
  } catch (e) {
    if (placed) rmSync(finalDir, { recursive: true, force: true });
    rmSync(completeMarker(finalDir), { force: true });
    if (!versionDirExisted) {
      try {
        rmdirSync(versionDir);
        if (readdirSync(path.dirname(versionDir)).length === 0) rmdirSync(path.dirname(versionDir));
      } catch {
        // not empty or never created
      }
    }
    throw e;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Extracts a verified archive of its kind into `into`; resolves with what went wrong, or '' when it extracted. */
async function extractArchive(kind: ArchiveKind, archive: string, into: string, limits: TarLimits): Promise<string> {
  if (kind === 'tar.gz') return extractTarGz(archive, into, limits);
  const problem = checkZip(archive, limits);
  if (problem) return problem;
  try {
    // Loaded only here: @actions/tool-cache brings @actions/core and @actions/http-client with it,
    // which no other install (the .tar.gz of linux and darwin) and no warm setup needs at start-up.
    const { extractZip } = await import('@actions/tool-cache');
    await extractZip(archive, into);
    return '';
  } catch (e) {
    return (e as Error).message;
  }
}

/**
 * `gzip -dc < archive | tar -x` as two programs (src/process/pipeline.ts): with `tar -xz` the gzip
 * child shares tar's stderr and their complaints interleave mid-line. Resolves with what went
 * wrong (gzip's lines, then tar's; a program stopped because the other failed says nothing), or ''
 * when both succeeded.
 */
async function extractTarGz(archive: string, into: string, limits: TarLimits): Promise<string> {
  const fd = openSync(archive, 'r');
  try {
    const gzip = spawn('gzip', ['-dc'], { stdio: [fd, 'pipe', 'pipe'] });
    const tar = spawn('tar', ['-x', '-C', into, '--no-same-owner', '--no-same-permissions'], { stdio: ['pipe', 'ignore', 'pipe'] });
    await pipeline(gzip, 'gzip', tar, 'tar', { timeoutMs: 10 * 60_000, through: new TarGuard({ symlinks: 'inside', limits }) });
    return '';
  } catch (e) {
    if (!(e instanceof PipelineError)) throw e;
    const gzip = e.outcomes[0]!;
    if (e.refused instanceof TarRefused && (succeeded(gzip) || gzip.stopped)) return `refused: ${e.refused.message}`;
    const lines = e.outcomes
      .filter((o) => !succeeded(o) && !o.stopped)
      .flatMap((o) => {
        if (o.startError !== undefined) return [`cannot run ${o.name}: ${o.startError}`];
        const said = o.stderr
          .split('\n')
          .map((l) => l.trim())
          .filter((l) => l !== '' && !/not recoverable|Child returned/.test(l));
        return said.length > 0 ? said : [`${o.name} exited with ${o.signal ?? o.code}`];
      });
    return [...new Set(lines)].join('; ') || e.message;
  } finally {
    closeSync(fd);
  }
}
