// abi-diff: inputs table and phases (stub until its issue lands).
import type { ActionDefinition } from '../../ci/action.js';

export const abiDiff: ActionDefinition = {
  name: 'abi-diff',
  inputs: {},
  outputs: [],
  async main() {
    throw new Error('abi-diff is not implemented yet');
  },
};
