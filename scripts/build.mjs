// Bundles every entry with @vercel/ncc into dist/ (or the folder given as argv[2]). The bundles are
// built in a sibling folder and swapped in at the end, so a test running meanwhile never sees dist/
// missing or half-written.
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync, readFileSync, writeFileSync, chmodSync, mkdtempSync, readdirSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { entries } from './entries.mjs';
import { nccListed, writeLicenses } from './licenses.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const finalRoot = path.resolve(root, process.argv[2] ?? 'dist');
const outRoot = `${finalRoot}.building-${process.pid}`;
const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
/** Names of the packages installed in node_modules (scoped ones as @scope/name): what ncc's notice can name. */
const installed = new Set(
  readdirSync(path.join(root, 'node_modules')).flatMap((d) =>
    d.startsWith('@') ? readdirSync(path.join(root, 'node_modules', d)).map((n) => `${d}/${n}`) : [d],
  ),
);

rmSync(outRoot, { recursive: true, force: true });
const statsDir = mkdtempSync(path.join(os.tmpdir(), 'go-ci-kit-stats-'));
/** Stops the build: nothing half-built stays beside dist/. */
function fail(message) {
  console.error(message);
  rmSync(outRoot, { recursive: true, force: true });
  rmSync(statsDir, { recursive: true, force: true });
  process.exit(1);
}
for (const e of entries) {
  const out = path.join(outRoot, e.out);
  const stats = path.join(statsDir, `${e.out.replace(/\//g, '-')}.json`);
  const r = spawnSync(
    process.execPath,
    [ncc, 'build', path.join(root, e.src), '-o', out, '--license', 'licenses.txt', '--stats-out', stats, '-q'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (r.status !== 0) fail(`ncc failed for ${e.src}`);
  // ncc's notice covers the entry chunk only; ours covers every chunk, and must name all ncc names.
  const licenses = path.join(out, 'licenses.txt');
  const nccText = readFileSync(licenses, 'utf8');
  let ours;
  try {
    ours = new Set(writeLicenses(root, stats, licenses));
  } catch (err) {
    fail(`licenses of ${e.out}: ${err.message}`);
  }
  const missing = [...nccListed(nccText, installed)].filter((n) => !ours.has(n));
  if (missing.length > 0) fail(`licenses of ${e.out}: ncc lists ${missing.join(', ')}, which the bundle stats do not`);
  const index = path.join(out, 'index.js');
  if (e.out === 'cli') {
    const code = readFileSync(index, 'utf8');
    if (!code.startsWith('#!')) writeFileSync(index, `#!/usr/bin/env node\n${code}`);
    chmodSync(index, 0o755);
  }
  console.log(`built ${path.relative(root, path.join(finalRoot, e.out, 'index.js'))}`);
}
rmSync(statsDir, { recursive: true, force: true });
const old = `${finalRoot}.old-${process.pid}`;
if (existsSync(finalRoot)) renameSync(finalRoot, old);
renameSync(outRoot, finalRoot);
rmSync(old, { recursive: true, force: true });
