// Bundles every entry with @vercel/ncc into dist/ (or the folder given as argv[2]).
import { spawnSync } from 'node:child_process';
import { rmSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { entries } from './entries.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outRoot = path.resolve(root, process.argv[2] ?? 'dist');
const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
rmSync(outRoot, { recursive: true, force: true });
for (const e of entries) {
  const out = path.join(outRoot, e.out);
  const r = spawnSync(process.execPath, [ncc, 'build', path.join(root, e.src), '-o', out, '--license', 'licenses.txt', '-q'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (r.status !== 0) {
    console.error(`ncc failed for ${e.src}`);
    process.exit(1);
  }
  const index = path.join(out, 'index.js');
  if (e.out === 'cli') {
    const code = readFileSync(index, 'utf8');
    if (!code.startsWith('#!')) writeFileSync(index, `#!/usr/bin/env node\n${code}`);
    chmodSync(index, 0o755);
  }
  console.log(`built ${path.relative(root, index)}`);
}
