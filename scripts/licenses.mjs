// Writes a bundle's licenses.txt from what webpack actually put in it: every package of every
// chunk, the lazy ones too. ncc's own --license notice lists only the packages of the entry chunk,
// so a package loaded on demand (`await import(...)`: @actions/exec, @actions/tool-cache, the S3
// client) shipped without its licence. The format is ncc's: the package name, its licence
// identifier, the licence text, two blank lines; packages sorted by name.
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

/**
 * Writes outFile for the bundle whose webpack stats are statsFile; returns the package names written.
 * Two versions of one package are one entry when their texts agree, else one entry each
 * (`name@version`). A package that ships no licence file gets the text of another bundled package
 * under the same identifier, said so on the entry (Apache-2.0 asks for a copy); with none to take,
 * the build fails naming it.
 */
export function writeLicenses(root, statsFile, outFile) {
  const stats = JSON.parse(readFileSync(statsFile, 'utf8'));
  const found = [];
  for (const rel of [...bundledPackageDirs(stats)].sort()) {
    const dir = path.resolve(root, rel);
    if (!existsSync(path.join(dir, 'package.json'))) throw new Error(`licenses: ${rel} has no package.json`);
    const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
    const license = typeof pkg.license === 'string' ? pkg.license : (pkg.license?.type ?? 'UNKNOWN');
    found.push({ name: pkg.name ?? path.basename(rel), version: pkg.version ?? '', license, text: licenseText(dir) });
  }
  const byLicense = new Map();
  for (const f of found) if (f.text && !byLicense.has(f.license)) byLicense.set(f.license, f);
  const missing = [];
  for (const f of found) {
    if (f.text) continue;
    const from = byLicense.get(f.license);
    if (!from) missing.push(`${f.name}@${f.version} (${f.license})`);
    else
      f.text = `(${f.name} ships no licence file; its package.json says ${f.license}. The ${f.license} terms, as worded in ${from.name}'s licence:)\n${from.text}`;
  }
  if (missing.length > 0) throw new Error(`licenses: no licence text for ${missing.join(', ')}`);
  // One entry per distinct licence of a package name: labelled by name alone when there is one,
  // by name@version for each version when its versions differ.
  const byName = new Map();
  for (const f of found) byName.set(f.name, [...(byName.get(f.name) ?? []), f]);
  const entries = [];
  for (const [name, versions] of byName) {
    const distinct = versions.filter((f, i) => versions.findIndex((g) => g.license === f.license && g.text === f.text) === i);
    for (const f of distinct) entries.push({ ...f, label: distinct.length === 1 ? name : `${name}@${f.version}` });
  }
  const list = entries.sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  writeFileSync(outFile, list.map((e) => `${e.label}\n${e.license}\n${e.text}\n`).join('\n\n'));
  return [...new Set(list.map((e) => e.name))].sort();
}

/**
 * The names of `candidates` that ncc's licenses.txt (nccText) lists as entries: an entry starts the
 * file or follows two blank lines with the package name (ncc's separator: a lone blank line before a
 * package name inside a licence text is not an entry).
 */
export function nccListed(nccText, candidates) {
  const lines = nccText.split('\n');
  const out = new Set();
  for (let i = 0; i + 1 < lines.length; i++) {
    const entryStart = i === 0 || (i >= 2 && lines[i - 1] === '' && lines[i - 2] === '');
    const name = lines[i].replace(/@[^@/]+$/, '');
    if (entryStart && candidates.has(name)) out.add(name);
  }
  return out;
}
