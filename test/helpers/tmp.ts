// Where tests put temporary files. scripts/test.sh makes one folder per run (GO_CI_KIT_TEST_TMP)
// and removes it when the run ends; test/helpers/tmp-per-file.ts gives every test file its own
// os.tmpdir() inside it, removed when that file's process exits. Things several test files build
// once and reuse (seed GOCACHEs, Go archives, the local GOPROXY's tools) live in sharedTmp().
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** The run's folder for things test files share; os.tmpdir() when a test file runs on its own. */
export function sharedTmp(...parts: string[]): string {
  return path.join(process.env.GO_CI_KIT_TEST_TMP || os.tmpdir(), ...parts);
}

/**
 * Removes dir when this process exits, unless GCK_KEEP_TMP=1 (kept for a post-mortem). Never fails
 * the process: leftovers are removed with the run's folder by scripts/test.sh anyway.
 */
export function removeOnExit(dir: string): void {
  process.on('exit', () => {
    if (process.env.GCK_KEEP_TMP === '1') return;
    // Go makes module cache files read-only; make them writable so a non-root run can delete them.
    spawnSync('chmod', ['-R', 'u+w', dir]);
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // Harmless: see above.
    }
  });
}
