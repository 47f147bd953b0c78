// setup-go-matrix: install and prove one Go per matrix leg, isolate its dirs, restore/save caches.
import type { ActionDefinition } from '../../ci/action.js';
import { cacheInputs, cacheOutputs } from '../../cache/inputs.js';
import { saveCaches } from '../../cache/index.js';

export const setupGoMatrix: ActionDefinition = {
  name: 'setup-go-matrix',
  inputs: {
    'go-version': {},
    'go-version-file': {},
    'toolchain-source': { default: 'auto', options: ['auto', 'tool-cache', 'local', 'download'] },
    'local-goroots': { default: '/usr/local/go\n/usr/lib/go-*\n~/sdk/go*' },
    'go-download-base-url': {},
    architecture: {},
    'versions-range': {},
    'on-go-mod-newer': { default: 'error', options: ['error', 'warn'] },
    'working-directory': { default: '.' },
    ...cacheInputs,
  },
  outputs: ['go-version', 'go-root', 'go-source', 'versions', ...cacheOutputs],
  async main() {
    throw new Error('setup-go-matrix toolchain install is not implemented yet');
  },
  async post(ctx) {
    await saveCaches(ctx);
  },
};
