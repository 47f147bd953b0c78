// Writes a bundle's licenses.txt from what webpack actually put in it: every package of every
// chunk, the lazy ones too. ncc's own --license notice lists only the packages of the entry chunk,
// so a package loaded on demand (`await import(...)`: @actions/exec, @actions/tool-cache, the S3
// client) shipped without its licence. The format is ncc's: the package name, its licence
// identifier, the licence text, a blank line; packages sorted by name.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

/**
 * The directory (relative to the project root) of the package a stats module name belongs to,
 * e.g. `./node_modules/@actions/exec/lib/exec.js + 3 modules` → `node_modules/@actions/exec`; the
 * nearest node_modules wins, so a nested copy is its own package. Undefined for our own modules.
 */
export function packageDirOf(moduleName) {
  const file = moduleName.replace(/^\.\//, '').replace(/ \+ \d+ modules?$/, '');
  const at = file.lastIndexOf('node_modules/');
  if (at < 0) return undefined;
  const m = /^(@[^/]+\/)?[^/]+/.exec(file.slice(at + 'node_modules/'.length));
  return m ? file.slice(0, at) + 'node_modules/' + m[0] : undefined;
}

/** The package directories of every module in webpack stats JSON, concatenated modules' parts included. */
export function bundledPackageDirs(stats) {
  const dirs = new Set();
  const walk = (mods) => {
    for (const m of mods ?? []) {
      const dir = typeof m.name === 'string' ? packageDirOf(m.name) : undefined;
      if (dir) dirs.add(dir);
      walk(m.modules);
    }
  };
  walk(stats.modules);
  return dirs;
}

function licenseText(dir) {
  const file = readdirSync(dir).find((f) => /^(licen[sc]e|copying)(\.|$)/i.test(f));
  return file ? readFileSync(path.join(dir, file), 'utf8').trim() : '';
}

/** Writes outFile for the bundle whose webpack stats are statsFile; returns the package names written. */
export function writeLicenses(root, statsFile, outFile) {
  const stats = JSON.parse(readFileSync(statsFile, 'utf8'));
  const seen = new Map();
  for (const rel of [...bundledPackageDirs(stats)].sort()) {
    const dir = path.resolve(root, rel);
    if (!existsSync(path.join(dir, 'package.json'))) throw new Error(`licenses: ${rel} has no package.json`);
    const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
    const name = pkg.name ?? path.basename(rel);
    if (seen.has(name)) continue;
    const license = typeof pkg.license === 'string' ? pkg.license : (pkg.license?.type ?? 'UNKNOWN');
    seen.set(name, `${name}\n${license}\n${licenseText(dir)}`.trimEnd());
  }
  const names = [...seen.keys()].sort();
  writeFileSync(outFile, names.map((n) => `${seen.get(n)}\n`).join('\n'));
  return names;
}

/**
 * The names of `candidates` that ncc's licenses.txt (nccText) lists as entries: an entry starts the
 * file or follows a blank line with the package name, then its licence identifier.
 */
export function nccListed(nccText, candidates) {
  const lines = nccText.split('\n');
  const out = new Set();
  for (let i = 0; i + 1 < lines.length; i++) {
    if ((i === 0 || lines[i - 1] === '') && candidates.has(lines[i])) out.add(lines[i]);
  }
  return out;
}
