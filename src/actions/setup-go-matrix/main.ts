import { runOnGitHub } from '../../ci/github-entry.js';
import { setupGoMatrix } from './definition.js';

await runOnGitHub(setupGoMatrix, 'main');
