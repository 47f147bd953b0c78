import { setFlagsFromString } from 'node:v8';
import { runOnGitHub } from '../../ci/github-entry.js';
import { abiDiff } from './definition.js';

// One short run over tens of thousands of symbols: V8's top tier (TurboFan) compiles the symbol
// path on background threads for more CPU than the run has left to save, on runners of 2 cores
// where both nm runs want the other core (bench/abi.ts whole-action figures). Stop at the tier
// below (Maglev where Node has it, else baseline code). A tiering limit only: no semantics change.
setFlagsFromString('--max-opt=2');
await runOnGitHub(abiDiff, 'main');
