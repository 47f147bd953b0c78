// Fails when the committed dist/ differs from a fresh build of src/.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'go-ci-kit-dist-'));
try {
  const b = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), path.join(tmp, 'dist')], { stdio: 'inherit' });
  if (b.status !== 0) process.exit(1);
  const d = spawnSync('diff', ['-r', '-q', path.join(root, 'dist'), path.join(tmp, 'dist')], { stdio: 'inherit' });
  if (d.status !== 0) {
    console.error('dist/ is stale: run `npm run build` and commit dist/.');
    process.exit(1);
  }
  console.log('dist/ matches a fresh build of src/.');
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
