// Inputs of setup-go-matrix that belong to caching (spread into the action's input table).
import type { InputTable } from '../../ci/inputs.js';

export const cacheInputs: InputTable = {
  cache: { default: 'true' },
  'cache-modules': { default: 'true' },
  'cache-build': { default: 'true' },
  'cache-dependency-path': { default: '**/go.sum' },
  'cache-save': { default: 'auto', options: ['auto', 'always', 'never'] },
  'cache-on-failure': { default: 'false' },
  'cache-backend': { default: 'auto', options: ['auto', 'github', 'dir', 's3'] },
  'cache-dir': {},
  'cache-dir-max-size': { default: '10G' },
  // The s3 store (src/cache/s3-location.ts); credentials come from the AWS environment, never an input.
  's3-bucket': {},
  's3-prefix': {},
  's3-region': {},
  's3-endpoint': {},
  // Evaluated by the runner for the post step too, so the post step knows whether the job failed.
  // Outside GitHub the literal stays unexpanded and CI_JOB_STATUS (GitLab after_script) is used.
  'job-status': { default: '${{ job.status }}' },
};

export const cacheOutputs = [
  'cache-hit',
  'modules-cache-hit',
  'build-cache-hit',
  'modules-cache-key',
  'build-cache-key',
  'modules-cache-matched-key',
  'build-cache-matched-key',
] as const;
