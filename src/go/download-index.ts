// The Go download site's JSON index (<base>/?mode=json&include=all, shape of go.dev/dl) and the
// choice of archive for an OS/arch. The base comes from go-download-base-url, else env
// GO_DOWNLOAD_BASE_URL, else https://go.dev/dl.
import { InputError } from '../errors/input-error.js';
import { parseGoVersion, type GoVersion } from './go-version.js';
import { getText, HttpError } from './http.js';
import type { Platform } from './platform.js';

export const defaultDownloadBase = 'https://go.dev/dl';

export interface DownloadFile {
  filename: string;
  os: string;
  arch: string;
  version: string;
  /** Absent or malformed in a broken mirror's index: install refuses such a file. */
  sha256?: string;
  size: number;
  kind: string;
}

export interface GoRelease {
  version: GoVersion;
  /** As listed, e.g. "go1.23.5". */
  name: string;
  stable: boolean;
  files: DownloadFile[];
}

export function resolveDownloadBase(input: string, env: NodeJS.ProcessEnv = process.env): string {
  const given = input.trim() || (env.GO_DOWNLOAD_BASE_URL ?? '').trim();
  const base = (given || defaultDownloadBase).replace(/\/+$/, '');
  let ok = false;
  try {
    // URL() silently drops tabs and line breaks; a base holding them (or other control characters) is refused.
    // eslint-disable-next-line no-control-regex -- finding control characters in user input is the point
    ok = !/[\u0000-\u001f\u007f]/.test(base) && ['http:', 'https:'].includes(new URL(base).protocol);
  } catch {
    ok = false;
  }
  if (!ok) {
    const from = input.trim() ? 'go-download-base-url' : 'GO_DOWNLOAD_BASE_URL';
    throw new InputError(
      `${from} ${JSON.stringify(given)} is not an http(s) URL; expected the Go download site or a mirror, e.g. ${defaultDownloadBase}`,
    );
  }
  return base;
}

export function indexUrl(base: string): string {
  return `${base}/?mode=json&include=all`;
}

export function archiveUrl(base: string, filename: string): string {
  return `${base}/${encodeURIComponent(filename)}`;
}

export class IndexError extends Error {
  override name = 'IndexError';
}

/** Parses the index JSON; entries whose version Go would not parse (e.g. "go1") are dropped. */
export function parseIndex(json: string, url: string): GoRelease[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new IndexError(
      `the Go download index ${url} is not JSON; check go-download-base-url (a mirror must serve go.dev's ?mode=json index)`,
    );
  }
  if (!Array.isArray(data))
    throw new IndexError(`the Go download index ${url} is not a JSON array of releases; check go-download-base-url`);
  const releases: GoRelease[] = [];
  // Untrusted JSON: any entry may be null or of another shape.
  for (const item of data as unknown[]) {
    const entry = item as { version?: unknown; stable?: unknown; files?: unknown } | null;
    if (typeof entry?.version !== 'string') continue;
    const version = parseGoVersion(entry.version);
    if (!version) continue;
    const files = Array.isArray(entry.files)
      ? (entry.files as (DownloadFile | null)[]).filter((f): f is DownloadFile => typeof f?.filename === 'string')
      : [];
    releases.push({ version, name: entry.version, stable: entry.stable === true, files });
  }
  return releases;
}

export async function fetchIndex(base: string, timeoutMs = 30_000): Promise<GoRelease[]> {
  const url = indexUrl(base);
  let text: string;
  try {
    text = await getText(url, timeoutMs);
  } catch (e) {
    const why = e instanceof HttpError ? e.message : String(e);
    throw new IndexError(
      `cannot read the Go download index ${url}: ${why}; check go-download-base-url (or env GO_DOWNLOAD_BASE_URL) and the runner's network, ` +
        `or use toolchain-source: local or tool-cache on an offline runner`,
    );
  }
  return parseIndex(text, url);
}

/**
 * The release archive for a platform: go.dev lists, per release, `kind: "archive"` files
 * (`go1.23.5.linux-amd64.tar.gz`, `go1.23.5.darwin-arm64.tar.gz`, `go1.23.5.windows-386.zip`) beside
 * installers (.pkg, .msi) and the source; windows gets the .zip, every other OS the .tar.gz.
 */
export function pickArchive(release: GoRelease, platform: Platform): DownloadFile | undefined {
  return release.files.find(
    (f) => f.os === platform.goos && f.arch === platform.arch.go && f.kind === 'archive' && f.filename.endsWith(`.${platform.archiveKind}`),
  );
}
