import { runOnGitHub } from '../../ci/github-entry.js';
import { abiDiff } from './definition.js';

await runOnGitHub(abiDiff, 'main');
