// A loopback GitHub Actions cache service (protocol v2), faithful enough for @actions/cache 6:
// twirp JSON methods under /twirp/github.actions.results.api.v1.CacheService/, bearer auth,
// signed upload/download URLs (HMAC over path and expiry) on the same loopback server, Azure
// block-blob PUT semantics (single-shot Put Blob with x-ms-blob-type: BlockBlob, or Put Block
// ?comp=block&blockid= + Put Block List ?comp=blocklist), 409 already_exists on an existing
// key+version (reserved or finalized), restore by exact key then newest prefix, and 429/500
// answers on demand. It records every call so tests can prove who reserved and uploaded what.
import { createHmac, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

const TWIRP_PREFIX = '/twirp/github.actions.results.api.v1.CacheService/';
const BLOB_PREFIX = '/devstoreaccount1/actions-cache/';

interface Entry {
  id: number;
  key: string;
  version: string;
  created: number;
  finalized: boolean;
  blob?: Buffer;
  blocks: Map<string, Buffer>;
}

export interface ServiceCall {
  method: string;
  key?: string;
  status: number;
}

export interface Failure {
  status: 429 | 500 | 503;
  /** How many matching requests fail (default 1). */
  times?: number;
  /** Seconds for Retry-After on a 429. */
  retryAfter?: number;
}

export class CacheService {
  readonly calls: ServiceCall[] = [];
  readonly token = `tok-${randomBytes(8).toString('hex')}`;
  private readonly entries: Entry[] = [];
  private readonly secret = randomBytes(16);
  private readonly failures = new Map<string, Required<Failure>>();
  private readonly blocked = new Map<string, 'conflict' | 'not-ok' | 'denied'>();
  /** Block ids received by Put Block, in order (their shape is checked by some servers). */
  readonly blockIds: string[] = [];
  /**
   * Answers as falcondev's github-actions-cache-server does where it differs from GitHub: a
   * refused reservation is 200 {ok: false} (GitHub: 409), and downloads carry no content-length.
   */
  falcondevStyle = false;
  /** Downloads send half the archive, then the connection is dropped (a size-less body just ends early). */
  cutDownloads = false;
  private nextId = 1;
  private server?: Server;
  port = 0;

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((e: unknown) => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ code: 'internal', msg: String(e) }));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  /** Stops answering: connections are refused from now on (a service that is down). */
  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = undefined;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}/`;
  }

  /** The runner's env that makes @actions/cache talk protocol v2 to this service. */
  env(): Record<string, string> {
    return { ACTIONS_CACHE_SERVICE_V2: 'true', ACTIONS_RESULTS_URL: this.url, ACTIONS_RUNTIME_TOKEN: this.token };
  }

  /** Makes the next request(s) to a twirp method (or "blob-get"/"blob-put") fail with status. */
  failNext(method: string, failure: Failure): void {
    this.failures.set(method, { times: 1, retryAfter: 0, ...failure });
  }

  /**
   * Another job is uploading key right now: reserved but not finalized. CreateCacheEntry answers
   * 409 (GitHub), or 200 {ok: false} as falcondev's server does ('not-ok').
   */
  reserveElsewhere(key: string, answer: 'conflict' | 'not-ok' = 'conflict'): void {
    this.blocked.set(key, answer);
  }

  /** The run's token may only read: CreateCacheEntry of key answers 200 {ok: false, message: "cache write denied: …"}. */
  denyWrite(key: string): void {
    this.blocked.set(key, 'denied');
  }

  /** Finalized entries, newest last. */
  keys(): string[] {
    return this.entries.filter((e) => e.finalized).map((e) => e.key);
  }

  /** The stored bytes of key (of that entry version, when given). */
  blobOf(key: string, version?: string): Buffer | undefined {
    return this.entries.find((e) => e.finalized && e.key === key && (version === undefined || e.version === version))?.blob;
  }

  /** The versions key is stored under, oldest first. */
  versionsOf(key: string): string[] {
    return this.entries.filter((e) => e.finalized && e.key === key).map((e) => e.version);
  }

  /** Replaces a stored archive's bytes (e.g. truncates it) to test corrupt downloads. */
  corrupt(key: string, bytes: (b: Buffer) => Buffer): void {
    const e = this.entries.find((x) => x.finalized && x.key === key);
    if (!e?.blob) throw new Error(`no finalized entry ${key}`);
    e.blob = bytes(e.blob);
  }

  callsOf(method: string, key?: string): ServiceCall[] {
    return this.calls.filter((c) => c.method === method && (key === undefined || c.key === key));
  }

  private sign(path: string, expiry: number): string {
    return createHmac('sha256', this.secret).update(`${path}\n${expiry}`).digest('hex');
  }

  private signedUrl(id: number): string {
    const path = `${BLOB_PREFIX}${id}`;
    const se = Date.now() + 10 * 60 * 1000;
    return `${this.url.replace(/\/$/, '')}${path}?sv=2025-01-05&sr=b&sp=rcw&se=${se}&sig=${this.sign(path, se)}`;
  }

  private takeFailure(method: string): Required<Failure> | undefined {
    const f = this.failures.get(method);
    if (!f) return undefined;
    if (--f.times <= 0) this.failures.delete(method);
    return f;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const url = new URL(req.url ?? '/', this.url);
    if (url.pathname.startsWith(TWIRP_PREFIX)) return this.twirp(url.pathname.slice(TWIRP_PREFIX.length), req, body, res);
    if (url.pathname.startsWith(BLOB_PREFIX)) return this.blob(url, req, body, res);
    res.writeHead(404).end();
  }

  private twirp(method: string, req: IncomingMessage, body: Buffer, res: ServerResponse): void {
    const reply = (status: number, json: unknown, key?: string, headers: Record<string, string> = {}) => {
      this.calls.push({ method, key, status });
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(json));
    };
    if (req.method !== 'POST') return reply(405, { code: 'bad_route', msg: 'twirp methods are POST' });
    if (req.headers.authorization !== `Bearer ${this.token}`) return reply(401, { code: 'unauthenticated', msg: 'bad token' });
    let input: Record<string, unknown>;
    try {
      input = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
    } catch {
      return reply(400, { code: 'malformed', msg: 'body is not JSON' });
    }
    const key = typeof input.key === 'string' ? input.key : undefined;
    const failure = this.takeFailure(method);
    if (failure) {
      const headers: Record<string, string> = failure.retryAfter ? { 'retry-after': String(failure.retryAfter) } : {};
      const code = failure.status === 429 ? 'resource_exhausted' : 'internal';
      return reply(failure.status, { code, msg: `injected ${failure.status}` }, key, headers);
    }
    const version = typeof input.version === 'string' ? input.version : '';
    if (!key || !version) return reply(400, { code: 'invalid_argument', msg: 'key and version are required' }, key);
    switch (method) {
      case 'CreateCacheEntry': {
        const taken = this.blocked.get(key) ?? (this.entries.some((e) => e.key === key && e.version === version) ? 'conflict' : undefined);
        if (taken === 'denied') return reply(200, { ok: false, message: 'cache write denied: the token of this run is read-only' }, key);
        if (taken === 'not-ok' || (taken && this.falcondevStyle)) return reply(200, { ok: false }, key);
        if (taken)
          return reply(409, { code: 'already_exists', msg: 'cache entry with the same key, version, and scope already exists' }, key);
        const entry: Entry = { id: this.nextId++, key, version, created: Date.now(), finalized: false, blocks: new Map() };
        this.entries.push(entry);
        return reply(200, { ok: true, signed_upload_url: this.signedUrl(entry.id) }, key);
      }
      case 'FinalizeCacheEntryUpload': {
        const entry = this.entries.find((e) => e.key === key && e.version === version && !e.finalized);
        const size = Number(input.size_bytes ?? -1);
        if (!entry || !entry.blob) return reply(200, { ok: false, message: `no upload for ${key}` }, key);
        if (entry.blob.length !== size) return reply(200, { ok: false, message: `size ${size} != uploaded ${entry.blob.length}` }, key);
        entry.finalized = true;
        return reply(200, { ok: true, entry_id: String(entry.id) }, key);
      }
      case 'GetCacheEntryDownloadURL': {
        const restoreKeys = Array.isArray(input.restore_keys) ? (input.restore_keys as string[]) : [];
        const found = this.lookup(version, [key, ...restoreKeys]);
        if (!found) return reply(200, { ok: false, signed_download_url: '', matched_key: '' }, key);
        return reply(200, { ok: true, signed_download_url: this.signedUrl(found.id), matched_key: found.key }, key);
      }
      default:
        return reply(404, { code: 'bad_route', msg: `no method ${method}` }, key);
    }
  }

  /** GitHub's rule: for each key in order, an exact match, else the newest entry it prefixes. */
  private lookup(version: string, keys: readonly string[]): Entry | undefined {
    const candidates = this.entries.filter((e) => e.finalized && e.version === version);
    for (const k of keys) {
      const exact = candidates.find((e) => e.key === k);
      if (exact) return exact;
      const newest = candidates.filter((e) => e.key.startsWith(k)).sort((a, b) => b.created - a.created || b.id - a.id)[0];
      if (newest) return newest;
    }
    return undefined;
  }

  private blob(url: URL, req: IncomingMessage, body: Buffer, res: ServerResponse): void {
    const azureError = (status: number, code: string) => {
      res.writeHead(status, { 'content-type': 'application/xml', 'x-ms-error-code': code });
      res.end(`<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${code}</Message></Error>`);
    };
    const se = Number(url.searchParams.get('se'));
    if (url.searchParams.get('sig') !== this.sign(url.pathname, se) || !(se > Date.now())) {
      this.calls.push({ method: `blob-${req.method}`, status: 403 });
      return azureError(403, 'AuthenticationFailed');
    }
    const entry = this.entries.find((e) => e.id === Number(url.pathname.slice(BLOB_PREFIX.length)));
    const method = `blob-${(req.method ?? '').toLowerCase()}`;
    const failure = this.takeFailure(method);
    this.calls.push({ method, key: entry?.key, status: failure?.status ?? 200 });
    if (failure) return azureError(failure.status, failure.status === 503 ? 'ServerBusy' : 'InternalError');
    if (!entry) return azureError(404, 'BlobNotFound');
    const headers = { 'x-ms-request-id': randomBytes(8).toString('hex'), 'x-ms-version': '2025-01-05', etag: `"0x${entry.id}"` };
    if (req.method === 'GET') {
      if (!entry.finalized || !entry.blob) return azureError(404, 'BlobNotFound');
      // Without content-length (and written before the end) the body goes chunked.
      const length: Record<string, string> = this.falcondevStyle ? {} : { 'content-length': String(entry.blob.length) };
      res.writeHead(200, { ...headers, 'content-type': 'application/octet-stream', ...length });
      if (this.cutDownloads) {
        res.write(entry.blob.subarray(0, entry.blob.length >> 1), () => res.destroy());
        return;
      }
      res.write(entry.blob);
      res.end();
      return;
    }
    if (req.method !== 'PUT' || entry.finalized) return azureError(409, 'BlobImmutable');
    const comp = url.searchParams.get('comp');
    if (comp === 'block') {
      this.blockIds.push(url.searchParams.get('blockid') ?? '');
      entry.blocks.set(url.searchParams.get('blockid') ?? '', body);
    } else if (comp === 'blocklist') {
      const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)].map((m) => m[1]!);
      const parts = ids.map((id) => entry.blocks.get(id));
      if (parts.some((p) => !p)) return azureError(400, 'InvalidBlockList');
      entry.blob = Buffer.concat(parts as Buffer[]);
      entry.blocks.clear();
    } else {
      if (req.headers['x-ms-blob-type'] !== 'BlockBlob') return azureError(400, 'MissingRequiredHeader');
      entry.blob = body;
    }
    res.writeHead(201, { ...headers, 'content-length': '0' });
    res.end();
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    req.on('data', (b: Buffer) => parts.push(b));
    req.on('end', () => resolve(Buffer.concat(parts)));
    req.on('error', reject);
  });
}

export async function startCacheService(): Promise<CacheService> {
  return new CacheService().start();
}
