// sonar-go-compat: inputs table and phases (stub until its issue lands).
import type { ActionDefinition } from '../../ci/action.js';

export const sonarGoCompat: ActionDefinition = {
  name: 'sonar-go-compat',
  inputs: {},
  outputs: [],
  async main() {
    throw new Error('sonar-go-compat is not implemented yet');
  },
};
