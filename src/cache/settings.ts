// The cache inputs, read and checked once (main step); the post step works from saved state.
import { InputError } from '../errors/input-error.js';
import * as path from 'node:path';
import type { CacheKind } from './keys.js';
import { readS3Location, type S3Location } from './s3-location.js';
import type { CacheInputReader } from './step.js';

export type SaveMode = 'auto' | 'always' | 'never';
export type BackendChoice = 'auto' | 'github' | 'dir' | 's3';

export interface CacheSettings {
  enabled: boolean;
  kinds: CacheKind[];
  dependencyPatterns: string[];
  dependencyPatternsGiven: boolean;
  save: SaveMode;
  onFailure: boolean;
  backend: BackendChoice;
  cacheDir?: string;
  maxBytes: number;
  /** Set when s3-bucket is given (cache-backend s3, or auto). */
  s3?: S3Location;
}

const UNITS: Record<string, number> = { '': 1, B: 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3, T: 1024 ** 4 };

/** "10G", "500M", "1.5GiB", "2048" → bytes (binary units). */
export function parseSize(input: string, value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmgt]?)(?:i?b)?$/i.exec(value.trim());
  const bytes = m ? Math.floor(Number(m[1]) * UNITS[m[2]!.toUpperCase()]!) : NaN;
  if (!m || !(bytes > 0)) {
    throw new InputError(
      `input "${input}" is "${value}", which is not a size; use a number with an optional unit, e.g. "10G", "500M" or "2048"`,
    );
  }
  return bytes;
}

export function readCacheSettings(inputs: CacheInputReader, cwd: string): CacheSettings {
  const enabled = inputs.bool('cache');
  const kinds: CacheKind[] = [];
  if (inputs.bool('cache-modules')) kinds.push('modules');
  if (inputs.bool('cache-build')) kinds.push('build');
  const backend = inputs.choice<BackendChoice>('cache-backend');
  const dirInput = inputs.string('cache-dir');
  const cacheDir = dirInput ? path.resolve(cwd, dirInput.replace(/^~(?=$|\/)/, process.env.HOME ?? '~')) : undefined;
  if (enabled && backend === 'dir' && !cacheDir) {
    throw new InputError(
      'input "cache-backend" is "dir" but input "cache-dir" is empty; set cache-dir to a directory that survives between jobs (e.g. /var/cache/go-ci-kit), or use cache-backend "auto"',
    );
  }
  return {
    enabled,
    kinds,
    dependencyPatterns: inputs.list('cache-dependency-path').length ? inputs.list('cache-dependency-path') : ['**/go.sum'],
    dependencyPatternsGiven: inputs.given('cache-dependency-path'),
    save: inputs.choice<SaveMode>('cache-save'),
    onFailure: inputs.bool('cache-on-failure'),
    backend,
    cacheDir,
    maxBytes: parseSize('cache-dir-max-size', inputs.string('cache-dir-max-size')),
    s3: readS3Location(inputs, enabled && backend === 's3'),
  };
}

/** Job status for the post step: the runner fills input job-status with ${{ job.status }}. */
export function jobFailed(jobStatusInput: string, env: NodeJS.ProcessEnv = process.env): boolean {
  const raw = jobStatusInput.includes('${{') ? '' : jobStatusInput.trim().toLowerCase();
  const status = raw || (env.CI_JOB_STATUS ?? '').toLowerCase();
  return status === 'failure' || status === 'failed' || status === 'cancelled' || status === 'canceled';
}
