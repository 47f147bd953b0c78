// SHA-256 of texts held in memory (tool folder names, helper binaries, finding fingerprints, cache
// archive versions and trim markers), with node:crypto loaded on the first call rather than when a
// bundle starts: its set-up (OpenSSL) costs ~10 ms on a runner, which a step that hashes nothing,
// or only at its end, then does not pay before its real work. Streams (a download, a file's bytes)
// hash with node:crypto directly. Kept beside the process helpers: the lowest floor, usable by all.
import { createRequire } from 'node:module';
import type * as Crypto from 'node:crypto';

const load = createRequire(import.meta.url);
let crypto: typeof Crypto | undefined;

/** The lowercase hex SHA-256 of the parts, each as UTF-8, fed in order. */
export function sha256Hex(...parts: string[]): string {
  crypto ??= load('node:crypto') as typeof Crypto;
  const h = crypto.createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest('hex');
}
