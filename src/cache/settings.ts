// The cache inputs, read and checked once (main step); the post step works from saved state.
import { InputError } from '../errors/input-error.js';
import * as path from 'node:path';
import { checkPathInput } from '../fs/workspace.js';
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
  for (const p of inputs.list('cache-dependency-path')) {
    if (p.length > MAX_PATTERN_CHARS)
      throw new InputError(
        `input "cache-dependency-path" has a pattern of ${p.length} characters; a pattern may have at most ${MAX_PATTERN_CHARS}`,
      );
  }
  if (cacheDir) checkPathInput('cache-dir', cacheDir);
  checkJobStatus(inputs.string('job-status'));
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

/** Longest cache-dependency-path glob (a path is at most 4095 bytes; longer globs overflow the matcher). */
const MAX_PATTERN_CHARS = 4096;

const JOB_STATUSES = ['success', 'failure', 'cancelled', 'failed', 'canceled', 'skipped', 'running', 'manual', 'created', 'pending'];

/** job-status is the runner's ${{ job.status }} (or GitLab's CI_JOB_STATUS): anything else is refused up front. */
function checkJobStatus(value: string): void {
  const v = value.trim().toLowerCase();
  if (v === '' || value.includes('${{') || JOB_STATUSES.includes(v)) return;
  throw new InputError(
    `input "job-status" is "${value.slice(0, 80)}"; leave it unset (it defaults to \${{ job.status }}) or give success, failure or cancelled`,
  );
}

/** Job status for the post step: the runner fills input job-status with ${{ job.status }}. */
export function jobFailed(jobStatusInput: string, env: NodeJS.ProcessEnv = process.env): boolean {
  const raw = jobStatusInput.includes('${{') ? '' : jobStatusInput.trim().toLowerCase();
  const status = raw || (env.CI_JOB_STATUS ?? '').toLowerCase();
  return status === 'failure' || status === 'failed' || status === 'cancelled' || status === 'canceled';
}
