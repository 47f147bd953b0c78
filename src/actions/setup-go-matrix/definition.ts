// setup-go-matrix: inputs table and phases (stub until its issue lands).
import type { ActionDefinition } from '../../ci/action.js';

export const setupGoMatrix: ActionDefinition = {
  name: 'setup-go-matrix',
  inputs: {},
  outputs: [],
  async main() {
    throw new Error('setup-go-matrix is not implemented yet');
  },
};
