// SHA-256 of short texts (cache keys, tool folder names, finding fingerprints), with node:crypto
// loaded on the first call rather than when a bundle starts: its set-up (OpenSSL) costs ~10 ms of
// a step's start-up on a runner, and a step that hashes nothing (abi-diff on two GOROOT paths
// whose findings carry no fingerprint) should not pay it.
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
