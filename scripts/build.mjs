// Bundles every entry with @vercel/ncc into dist/ (or the folder given as argv[2]). The bundles are
// built in a sibling folder and swapped in at the end, so a test running meanwhile never sees dist/
// missing or half-written.
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { entries } from './entries.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const finalRoot = path.resolve(root, process.argv[2] ?? 'dist');
const outRoot = `${finalRoot}.building-${process.pid}`;
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
    rmSync(outRoot, { recursive: true, force: true });
    process.exit(1);
  }
  const index = path.join(out, 'index.js');
  if (e.out === 'cli') {
    const code = readFileSync(index, 'utf8');
    if (!code.startsWith('#!')) writeFileSync(index, `#!/usr/bin/env node\n${code}`);
    chmodSync(index, 0o755);
  }
  console.log(`built ${path.relative(root, path.join(finalRoot, e.out, 'index.js'))}`);
}
const old = `${finalRoot}.old-${process.pid}`;
if (existsSync(finalRoot)) renameSync(finalRoot, old);
renameSync(outRoot, finalRoot);
rmSync(old, { recursive: true, force: true });
