// Plain HTTP(S) GETs for the download index and archives (undici's fetch: follows go.dev's redirect
// to dl.google.com). A download streams into a file while hashing, gives up when the server
// stalls, and retries once on a network error or 5xx; a 4xx is final.
//
// Requests honour HTTPS_PROXY / HTTP_PROXY / NO_PROXY (lower-case names win, as curl and Go read
// them), which self-hosted runners behind a corporate proxy set; Node's own fetch ignores them.
//
// Kept instead of @actions/tool-cache's downloadTool and its @actions/http-client, because of what
// they lack: downloadTool writes whatever the server sends until it stops (no size cap, so a
// hostile mirror's endless answer fills the disk, test/hostile/mirror.test.ts) and has no stall
// timeout; its retries sleep 10-20 s each. http-client's NO_PROXY knows no CIDR blocks
// (10.0.0.0/8, fd00::/8) nor `*.domain` entries, and never proxies a loopback host. The sha256 is
// computed while the bytes arrive, so the file is never read a second time.
import { createHash } from 'node:crypto';
import { open, rm } from 'node:fs/promises';
import { BlockList, isIP } from 'node:net';
import { ProxyAgent, fetch } from 'undici';

type FetchResponse = Awaited<ReturnType<typeof fetch>>;

const envVar = (name: string): string | undefined => process.env[name.toLowerCase()] || process.env[name] || undefined;

/**
 * Whether NO_PROXY exempts a host: `*`, the host itself, a domain it is under (`example.com` and
 * `.example.com` both cover `dl.example.com`), each optionally with `:port`, or for an IP address
 * a CIDR block it lies in (`10.0.0.0/8`, `fd00::/8`).
 */
export function bypassesProxy(url: URL, noProxy = envVar('NO_PROXY') ?? ''): boolean {
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  for (const raw of noProxy.split(/[,\s]+/)) {
    const entry = raw.trim().toLowerCase();
    if (!entry) continue;
    if (entry === '*') return true;
    if (entry.includes('/')) {
      if (inCidr(host, entry)) return true;
      continue;
    }
    // `[v6]:port`, a bare IPv6 address (no port), or `name[:port]`
    const m = entry.startsWith('[')
      ? /^\[([^\]]*)\](?::(\d+))?$/.exec(entry)
      : entry.split(':').length > 2
        ? [entry, entry]
        : /^([^:]*)(?::(\d+))?$/.exec(entry);
    if (!m) continue;
    const [name, entryPort] = [m[1]!.replace(/^\*?\./, ''), m[2]];
    if (entryPort && entryPort !== port) continue;
    if (host === name || host.endsWith(`.${name}`)) return true;
  }
  return false;
}

function inCidr(host: string, cidr: string): boolean {
  const [addr = '', bits = ''] = cidr.split('/');
  const family = isIP(addr);
  if (!family || isIP(host) !== family || !/^\d+$/.test(bits)) return false;
  const type = family === 6 ? 'ipv6' : 'ipv4';
  const block = new BlockList();
  try {
    block.addSubnet(addr, Number(bits), type);
  } catch {
    return false; // prefix out of range: the entry matches nothing
  }
  return block.check(host, type);
}

/** The proxy a request to url goes through; undefined when none. HTTPS falls back to HTTP_PROXY. */
export function proxyFor(url: URL): string | undefined {
  const http = envVar('HTTP_PROXY');
  const proxy = url.protocol === 'https:' ? (envVar('HTTPS_PROXY') ?? http) : http;
  return proxy && !bypassesProxy(url) ? proxy : undefined;
}

const agents = new Map<string, ProxyAgent>();

/**
 * The undici dispatcher a request to url goes through: one ProxyAgent per proxy (kept for reuse),
 * undefined for a direct connection. Every HTTP client of ours (downloads, the cache service)
 * takes it from here, so one NO_PROXY value means the same thing to all of them.
 */
export function dispatcherFor(url: URL): ProxyAgent | undefined {
  const proxy = proxyFor(url);
  if (!proxy) return undefined;
  let agent = agents.get(proxy);
  if (!agent) agents.set(proxy, (agent = new ProxyAgent(proxy)));
  return agent;
}

function fetchVia(url: string, signal: AbortSignal): Promise<FetchResponse> {
  const dispatcher = dispatcherFor(new URL(url));
  return dispatcher ? fetch(url, { signal, dispatcher }) : fetch(url, { signal });
}

/** Names the proxy in a network error, so a wrong or unreachable proxy is not blamed on the server. */
function viaProxy(url: string): string {
  const proxy = proxyFor(new URL(url));
  return proxy ? ` (through proxy ${proxy}; check HTTPS_PROXY/HTTP_PROXY, or add the host to NO_PROXY)` : '';
}

export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

function reason(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  const cause = (e as Error & { cause?: unknown }).cause;
  if (cause instanceof Error) return cause.message;
  return e.name === 'TimeoutError' || e.name === 'AbortError' ? 'timed out' : e.message;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function withRetry<T>(attempt: () => Promise<T>, retryDelayMs: number): Promise<T> {
  try {
    return await attempt();
  } catch (e) {
    const status = e instanceof HttpError ? e.status : undefined;
    if (status !== undefined && status < 500) throw e;
    await sleep(retryDelayMs);
    return attempt();
  }
}

export async function getText(url: string, timeoutMs = 30_000): Promise<string> {
  return withRetry(async () => {
    let res: FetchResponse;
    try {
      res = await fetchVia(url, AbortSignal.timeout(timeoutMs));
    } catch (e) {
      throw new HttpError(reason(e) + viaProxy(url));
    }
    if (!res.ok) throw new HttpError(`HTTP ${res.status}`, res.status);
    try {
      return await res.text();
    } catch (e) {
      throw new HttpError(reason(e));
    }
  }, 1000);
}

export interface Downloaded {
  sha256: string;
  size: number;
}

/** A download that would be bigger than the caller allows: never retried. */
export class TooBigError extends HttpError {
  override name = 'TooBigError';
}

/**
 * Streams url into dest (removed again on failure); fails when no byte arrives for stallMs, and
 * as soon as the body is bigger than maxBytes (a Content-Length over it is refused before any byte
 * is read), so an endless or oversized answer is never written in full.
 */
export async function downloadFile(
  url: string,
  dest: string,
  opts: { stallMs?: number; retryDelayMs?: number; maxBytes?: number } = {},
): Promise<Downloaded> {
  const stallMs = opts.stallMs ?? 60_000;
  const maxBytes = opts.maxBytes ?? Infinity;
  return withRetry(async () => {
    const abort = new AbortController();
    let timer = setTimeout(() => abort.abort(), stallMs);
    const poke = () => {
      clearTimeout(timer);
      timer = setTimeout(() => abort.abort(), stallMs);
    };
    // A file handle (not a write stream) so that the file is closed before we delete it on failure.
    const out = await open(dest, 'w');
    let ok = false;
    try {
      let res: FetchResponse;
      try {
        res = await fetchVia(url, abort.signal);
      } catch (e) {
        throw new HttpError((abort.signal.aborted ? `no answer within ${stallMs / 1000} s` : reason(e)) + viaProxy(url));
      }
      if (!res.ok || !res.body) throw new HttpError(`HTTP ${res.status}`, res.status);
      const announced = Number(res.headers.get('content-length') ?? NaN);
      if (announced > maxBytes) {
        abort.abort();
        throw new TooBigError(`the server announces ${announced} bytes, more than the ${maxBytes} expected; nothing was downloaded`, 413);
      }
      const hash = createHash('sha256');
      let size = 0;
      try {
        for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
          poke();
          if (size + chunk.length > maxBytes) {
            abort.abort();
            throw new TooBigError(`the server sent more than the ${maxBytes} bytes expected; stopped after ${size} bytes`, 413);
          }
          hash.update(chunk);
          size += chunk.length;
          await out.write(chunk);
        }
      } catch (e) {
        if (e instanceof TooBigError) throw e;
        throw new HttpError(
          abort.signal.aborted ? `stalled: no data for ${stallMs / 1000} s after ${size} bytes` : `${reason(e)} after ${size} bytes`,
        );
      }
      ok = true;
      return { sha256: hash.digest('hex'), size };
    } finally {
      clearTimeout(timer);
      await out.close();
      if (!ok) await rm(dest, { force: true });
    }
  }, opts.retryDelayMs ?? 1000);
}
