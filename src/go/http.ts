// Plain HTTP(S) GETs for the download index and archives (global fetch: follows go.dev's redirect
// to dl.google.com). A download streams into a file while hashing, gives up when the server
// stalls, and retries once on a network error or 5xx; a 4xx is final.
import { createHash } from 'node:crypto';
import { open, rm } from 'node:fs/promises';

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
    let res: Response;
    try {
      res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    } catch (e) {
      throw new HttpError(reason(e));
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

/** Streams url into dest (removed again on failure); fails when no byte arrives for stallMs. */
export async function downloadFile(url: string, dest: string, opts: { stallMs?: number; retryDelayMs?: number } = {}): Promise<Downloaded> {
  const stallMs = opts.stallMs ?? 60_000;
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
      let res: Response;
      try {
        res = await fetch(url, { signal: abort.signal });
      } catch (e) {
        throw new HttpError(abort.signal.aborted ? `no answer within ${stallMs / 1000} s` : reason(e));
      }
      if (!res.ok || !res.body) throw new HttpError(`HTTP ${res.status}`, res.status);
      const hash = createHash('sha256');
      let size = 0;
      try {
        for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
          poke();
          hash.update(chunk);
          size += chunk.length;
          await out.write(chunk);
        }
      } catch (e) {
        throw new HttpError(abort.signal.aborted ? `stalled: no data for ${stallMs / 1000} s after ${size} bytes` : `${reason(e)} after ${size} bytes`);
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
