// Inputs of setup-go-matrix that belong to caching (spread into the action's input table).
import type { InputTable } from '../ci/inputs.js';

export const cacheInputs: InputTable = {
  cache: { default: 'true' },
  'cache-modules': { default: 'true' },
  'cache-build': { default: 'true' },
  'cache-dependency-path': { default: '**/go.sum' },
  'cache-save': { default: 'auto', options: ['auto', 'always', 'never'] },
  'cache-on-failure': { default: 'false' },
  'cache-backend': { default: 'auto', options: ['auto', 'github', 'dir'] },
  'cache-dir': {},
  'cache-dir-max-size': { default: '10G' },
};

export const cacheOutputs = ['cache-hit', 'modules-cache-hit', 'build-cache-hit', 'modules-cache-key', 'build-cache-key'] as const;
