// package.json's version is the one place a release's version is written. GitLab reads a
// component's spec:inputs defaults as literal text, so the components' `cli-package` default
// (go-ci-kit@X.Y.Z), go-matrix's `component-version` default and the include lines of the docs
// carry a copy: `npm version X.Y.Z` runs this script (package.json "version" script) to rewrite
// those copies in the same commit, and test/unit/release-version.test.ts fails when they drift.
//   node scripts/sync-version.mjs          rewrite the copies to package.json's version
//   node scripts/sync-version.mjs --check  list the files that differ; exit 1 when any does
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const semver = String.raw`\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?`;

/** The rewrites: each names what it is a copy of. */
export const copies = [
  // The CLI package every component runs by default (templates/*/template.yml, docs).
  { what: 'cli-package default', re: new RegExp(String.raw`(\bgo-ci-kit@)${semver}`, 'g') },
  // go-matrix includes its siblings at component-version (its default, and the docs' examples).
  { what: 'component-version', re: new RegExp(String.raw`(component-version:\s+(?:default:\s+)?)${semver}`, 'g') },
  // Include lines of the docs: .../go-ci-kit/go-ci-kit/<component>@X.Y.Z.
  { what: 'component include', re: new RegExp(String.raw`(/go-ci-kit/go-ci-kit/[\w-]+@)${semver}`, 'g') },
];

/** Files that hold a copy of the version (relative to root). */
export function versionedFiles(root) {
  const templates = readdirSync(path.join(root, 'templates')).flatMap((n) =>
    ['template.yml', 'README.md'].map((f) => path.join('templates', n, f)).filter((f) => existsSync(path.join(root, f))),
  );
  const docs = existsSync(path.join(root, 'docs'))
    ? readdirSync(path.join(root, 'docs'))
        .filter((f) => f.endsWith('.md'))
        .map((f) => path.join('docs', f))
    : [];
  return [...templates, 'README.md', ...docs].filter((f) => existsSync(path.join(root, f)));
}

/** The text with every copy set to version. */
export function withVersion(text, version) {
  return copies.reduce((t, c) => t.replace(c.re, `$1${version}`), text);
}

/** Rewrites (or, with check, only lists) the files whose copies differ from version. */
export function syncVersion(root, version, { check = false } = {}) {
  const changed = [];
  for (const rel of versionedFiles(root)) {
    const file = path.join(root, rel);
    const text = readFileSync(file, 'utf8');
    const next = withVersion(text, version);
    if (next === text) continue;
    changed.push(rel);
    if (!check) writeFileSync(file, next);
  }
  return changed;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const check = process.argv.includes('--check');
  const changed = syncVersion(root, version, { check });
  for (const f of changed) console.log(`${check ? 'differs from' : 'set to'} ${version}: ${f}`);
  if (check && changed.length > 0) {
    console.error(`run \`node scripts/sync-version.mjs\` (npm version runs it) to set them to package.json's version ${version}`);
    process.exit(1);
  }
}
