// Every action the CLI can run, by public name.
import type { ActionDefinition } from '../ci/action.js';
import { setupGoMatrix } from './setup-go-matrix/definition.js';
import { abiDiff } from './abi-diff/definition.js';
import { sonarGoCompat } from './sonar-go-compat/definition.js';

export const actions: readonly ActionDefinition[] = [setupGoMatrix, abiDiff, sonarGoCompat];
