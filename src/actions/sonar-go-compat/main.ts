import { runOnGitHub } from '../../ci/github-entry.js';
import { sonarGoCompat } from './definition.js';

await runOnGitHub(sonarGoCompat, 'main');
