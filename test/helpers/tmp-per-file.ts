// Preloaded by scripts/test.sh (`--import`) into every test file's process: points os.tmpdir()
// (TMPDIR, which Go and every child process also use) at a fresh folder inside the run's folder,
// and removes it when the process exits, so a run's disk use is what its running files hold now,
// not everything every file ever wrote. GCK_KEEP_TMP=1 keeps it for a post-mortem.
import { mkdtempSync } from 'node:fs';
import * as path from 'node:path';
import { removeOnExit } from './tmp.js';

const runRoot = process.env.GO_CI_KIT_TEST_TMP;
// NODE_TEST_CONTEXT is set in the processes node --test starts for test files, not in the runner.
if (runRoot && process.env.NODE_TEST_CONTEXT) {
  const dir = mkdtempSync(path.join(runRoot, `file-${process.pid}-`));
  process.env.TMPDIR = dir;
  removeOnExit(dir);
}
