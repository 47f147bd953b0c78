// The runner's cache service, protocol v2 (twirp JSON under ACTIONS_RESULTS_URL, entries held in
// Azure block blobs behind signed URLs), spoken directly so that an entry IS our archive: saved as
// the file archive.ts wrote, restored by streaming the blob into one decompression and one guarded
// extraction. @actions/cache cannot do that (it exports only restoreCache/saveCache, which always
// wrap the given paths in a tar+zstd of their own, download to a temp file and extract that over
// the paths), so restore would decompress and extract twice; it is kept for the v1 protocol (GHES),
// see github-backend.ts. What is ours here follows @actions/cache 6's requests: the same twirp
// methods and fields, Put Blob up to 128 MiB and Put Block/Put Block List above, retries of 429
// (Retry-After) and 5xx, ACTIONS_CACHE_MODE, and the proxy variables by the same rule as downloads (go/http.ts dispatcherFor).
import { randomUUID } from 'node:crypto';
import { createReadStream, promises as fs } from 'node:fs';
import type { Readable } from 'node:stream';
import { request } from 'undici';
import { dispatcherFor } from '../go/http.js';
import { sha256Hex } from '../process/sha256.js';

const TWIRP = 'twirp/github.actions.results.api.v1.CacheService/';
/** The entry version our archives are stored under: never one @actions/cache computes, so its entries (our older format) are not seen. */
export const ARCHIVE_VERSION = sha256Hex('go-ci-kit cache archive 2 (tar, zstd or gzip, manifest first)');
const SINGLE_SHOT = 128 * 1024 ** 2;
const BLOCK = 32 * 1024 ** 2;
const BLOCKS_AT_ONCE = 4;
const AZURE_VERSION = '2024-11-04';

/** Which protocol the runner speaks; @actions/cache's rule: GHES is v1, elsewhere v2 when ACTIONS_CACHE_SERVICE_V2 is set. */
export function cacheProtocol(env: NodeJS.ProcessEnv = process.env): 'v1' | 'v2' {
  const host = new URL(env.GITHUB_SERVER_URL || 'https://github.com').hostname.toUpperCase();
  const ghes = host !== 'GITHUB.COM' && !host.endsWith('.GHE.COM') && !host.endsWith('.LOCALHOST');
  return !ghes && env.ACTIONS_CACHE_SERVICE_V2 ? 'v2' : 'v1';
}

/** ACTIONS_CACHE_MODE (none, read, write, write-only; anything else: read and write). */
export function cacheMode(env: NodeJS.ProcessEnv = process.env): { read: boolean; write: boolean } {
  const mode = (env.ACTIONS_CACHE_MODE ?? '').trim().toLowerCase();
  if (!['none', 'read', 'write', 'write-only'].includes(mode)) return { read: true, write: true };
  return { read: mode === 'read' || mode === 'write', write: mode === 'write' || mode === 'write-only' };
}

export class ServiceError extends Error {
  override name = 'ServiceError';
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

export interface ServiceOptions {
  /** Attempts per request (429, 5xx, network errors), and the first wait between them. */
  attempts?: number;
  retryMs?: number;
  /** Largest archive sent in one Put Blob, and the block size above it (tests send blocks without 128 MiB files). */
  singleShotBytes?: number;
  blockBytes?: number;
}

/** The message prefix with which the service refuses a reservation because the run's token may only read (@actions/cache's CACHE_WRITE_DENIED_PREFIX). */
const WRITE_DENIED = 'cache write denied:';

/**
 * Block n's id: a UUID and the index zero-padded to 48 characters, base64 (64 characters), the
 * shape @azure/storage-blob gives @actions/cache's uploads. Azure takes any ids of one length;
 * independent implementations of the service (falcondev's github-actions-cache-server) read the
 * part's index from characters 36.. and refuse other shapes with 400.
 */
export function blockId(prefix: string, n: number): string {
  return Buffer.from(`${prefix}${String(n).padStart(48 - prefix.length, '0')}`).toString('base64');
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const retryable = (status: number) => status === 429 || status >= 500;

export class CacheService {
  private readonly base: string;
  private readonly token: string;
  private readonly attempts: number;
  private readonly retryMs: number;
  private readonly singleShot: number;
  private readonly block: number;

  constructor(env: NodeJS.ProcessEnv = process.env, opts: ServiceOptions = {}) {
    const url = env.ACTIONS_RESULTS_URL ?? '';
    if (!url) throw new ServiceError('ACTIONS_RESULTS_URL is not set');
    if (!env.ACTIONS_RUNTIME_TOKEN) throw new ServiceError('ACTIONS_RUNTIME_TOKEN is not set');
    this.base = url.endsWith('/') ? url : `${url}/`;
    this.token = env.ACTIONS_RUNTIME_TOKEN;
    this.attempts = opts.attempts ?? 5;
    this.retryMs = opts.retryMs ?? 1000;
    this.singleShot = opts.singleShotBytes ?? SINGLE_SHOT;
    this.block = opts.blockBytes ?? BLOCK;
  }

  /** Runs one request, again after 429/5xx/network errors (waiting Retry-After when given, else backing off). */
  private async retrying<T>(
    what: string,
    once: () => Promise<{ status: number; retryAfter?: number; value?: T; said?: string }>,
  ): Promise<T> {
    let last = '';
    for (let attempt = 1; ; attempt++) {
      let wait = this.retryMs * 1.5 ** (attempt - 1);
      try {
        const r = await once();
        if (r.status >= 200 && r.status < 300) return r.value as T;
        last = `${r.status}${r.said ? ` ${r.said}` : ''}`;
        if (!retryable(r.status) || attempt >= this.attempts) throw new ServiceError(`${what} failed: ${last}`, r.status);
        if (r.retryAfter !== undefined) wait = r.retryAfter * 1000;
      } catch (e) {
        if (e instanceof ServiceError) throw e;
        last = e instanceof Error ? e.message : String(e);
        // A service that cannot be reached at all is not kept waiting on for long (the job goes on without caches).
        const refused = (e as NodeJS.ErrnoException).code === 'ECONNREFUSED';
        if (attempt >= (refused ? Math.min(2, this.attempts) : this.attempts))
          throw new ServiceError(`${what} failed after ${attempt} attempts: ${last}`);
      }
      await sleep(wait);
    }
  }

  private async twirp(method: string, body: Record<string, unknown>): Promise<Record<string, unknown>> {
    return this.retrying(method, async () => {
      const url = new URL(TWIRP + method, this.base);
      const res = await request(url, {
        method: 'POST',
        dispatcher: dispatcherFor(url),
        headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${this.token}` },
        body: JSON.stringify(body),
      });
      const text = await res.body.text();
      let json: Record<string, unknown> = {};
      try {
        json = JSON.parse(text) as Record<string, unknown>;
      } catch {
        // A proxy's HTML error page: the status speaks.
      }
      const retryAfter = Number(res.headers['retry-after']);
      const said = typeof json.msg === 'string' ? `${String(json.code)}: ${json.msg}` : undefined;
      return { status: res.statusCode, value: json, said, retryAfter: retryAfter > 0 ? retryAfter : undefined };
    });
  }

  /** The entry for key (exact), else the newest under each prefix in turn; undefined when none. */
  async lookup(key: string, prefixes: readonly string[]): Promise<{ matchedKey: string; url: string } | undefined> {
    const r = await this.twirp('GetCacheEntryDownloadURL', { key, restore_keys: [...prefixes], version: ARCHIVE_VERSION });
    const url = str(r.signed_download_url ?? r.signedDownloadUrl);
    const matchedKey = str(r.matched_key ?? r.matchedKey);
    return r.ok === true && url && matchedKey ? { matchedKey, url } : undefined;
  }

  /**
   * Opens the download of an entry: the body as a stream and its size, undefined when the server
   * does not say it (falcondev's server streams stored parts chunked, without content-length).
   */
  async download(url: string): Promise<{ stream: Readable; bytes?: number }> {
    return this.retrying('downloading the cache archive', async () => {
      const res = await request(url, {
        method: 'GET',
        dispatcher: dispatcherFor(new URL(url)),
        headers: { 'x-ms-version': AZURE_VERSION },
      });
      if (res.statusCode !== 200) {
        await res.body.dump();
        return { status: res.statusCode, said: String(res.headers['x-ms-error-code'] ?? '') };
      }
      const length = Number(res.headers['content-length'] ?? NaN);
      const bytes = Number.isSafeInteger(length) && length >= 0 ? length : undefined;
      // The body can break (the server cuts it) before its reader is attached, across an await:
      // without a listener that 'error' would be an uncaught exception and fail the step. The
      // reader still sees it: stream.pipeline reports an errored stream's error (body.errored).
      res.body.on('error', () => undefined);
      return { status: 200, value: { stream: res.body, bytes } };
    });
  }

  /**
   * Reserves key and uploads file as its entry; 'exists' when the key is taken (saved or being
   * saved): GitHub's service answers that with 409, others with 200 {ok: false} (@actions/cache
   * reads any refusal but a write denial as "another job may be creating this cache").
   */
  async save(key: string, file: string): Promise<'saved' | 'exists'> {
    let created: Record<string, unknown>;
    try {
      created = await this.twirp('CreateCacheEntry', { key, version: ARCHIVE_VERSION });
    } catch (e) {
      if (e instanceof ServiceError && e.status === 409) return 'exists';
      throw e;
    }
    const url = str(created.signed_upload_url ?? created.signedUploadUrl);
    const said = str(created.message);
    if (created.ok === false && !said.startsWith(WRITE_DENIED)) return 'exists';
    if (created.ok !== true || !url) throw new ServiceError(`the cache service did not reserve ${key}: ${said || 'no upload URL'}`);
    const size = (await fs.stat(file)).size;
    await this.upload(url, file, size);
    const done = await this.twirp('FinalizeCacheEntryUpload', { key, version: ARCHIVE_VERSION, size_bytes: String(size) });
    if (done.ok !== true) throw new ServiceError(`the cache service did not finalize ${key}: ${str(done.message) || 'no reason given'}`);
    return 'saved';
  }

  private put(url: string, file: string, start: number, bytes: number, headers: Record<string, string> = {}): Promise<void> {
    return this.retrying('uploading the cache archive', async () => {
      const res = await request(url, {
        method: 'PUT',
        dispatcher: dispatcherFor(new URL(url)),
        headers: { 'x-ms-version': AZURE_VERSION, 'content-length': String(bytes), ...headers },
        body: bytes ? createReadStream(file, { start, end: start + bytes - 1 }) : '',
      });
      await res.body.dump();
      return { status: res.statusCode, said: String(res.headers['x-ms-error-code'] ?? '') };
    });
  }

  /** One Put Blob up to 128 MiB; above, 32 MiB blocks (4 at a time, read from the file: memory stays flat) and a block list. */
  private async upload(url: string, file: string, size: number): Promise<void> {
    if (size <= this.singleShot) return this.put(url, file, 0, size, { 'x-ms-blob-type': 'BlockBlob' });
    const ids: string[] = [];
    const prefix = randomUUID();
    for (let at = 0, n = 0; at < size; at += this.block, n++) ids.push(blockId(prefix, n));
    let next = 0;
    const worker = async () => {
      while (next < ids.length) {
        const n = next++;
        const withBlock = `${url}${url.includes('?') ? '&' : '?'}comp=block&blockid=${encodeURIComponent(ids[n]!)}`;
        await this.put(withBlock, file, n * this.block, Math.min(this.block, size - n * this.block));
      }
    };
    await Promise.all(Array.from({ length: Math.min(BLOCKS_AT_ONCE, ids.length) }, worker));
    const list = `<?xml version="1.0" encoding="utf-8"?><BlockList>${ids.map((id) => `<Latest>${id}</Latest>`).join('')}</BlockList>`;
    await this.retrying('committing the cache archive', async () => {
      const res = await request(`${url}${url.includes('?') ? '&' : '?'}comp=blocklist`, {
        method: 'PUT',
        dispatcher: dispatcherFor(new URL(url)),
        headers: { 'x-ms-version': AZURE_VERSION, 'content-type': 'application/xml' },
        body: list,
      });
      await res.body.dump();
      return { status: res.statusCode, said: String(res.headers['x-ms-error-code'] ?? '') };
    });
  }
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}
