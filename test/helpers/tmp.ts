// Where tests put temporary files. scripts/test.sh makes one folder per run (GO_CI_KIT_TEST_TMP)
// and removes it when the run ends; test/helpers/tmp-per-file.ts gives every test file its own
// os.tmpdir() inside it, removed when that file's process exits. Things several test files build
// once and reuse (seed GOCACHEs, Go archives, the local GOPROXY's tools) live in sharedTmp().
import * as os from 'node:os';
import * as path from 'node:path';

/** The run's folder for things test files share; os.tmpdir() when a test file runs on its own. */
export function sharedTmp(...parts: string[]): string {
  return path.join(process.env.GO_CI_KIT_TEST_TMP || os.tmpdir(), ...parts);
}
