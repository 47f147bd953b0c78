// The licence notice of every bundle names every package webpack put in any of its chunks, the
// lazily loaded ones too (ncc's own notice covered the entry chunk only: @actions/exec shipped in
// dist/abi-diff and the Azure and minimatch packages in dist/cli without their licences). This test
// sees the ES modules webpack concatenated (their paths are in comments: 30 of dist/cli's 65
// packages); CommonJS modules carry only a number in the bundle, so for those the build is the
// check: scripts/build.mjs writes the notice from the stats of every module and fails when ncc
// names a package they do not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error: a plain .mjs build script, typed by its use here
import { nccListed, packageDirOf } from '../../scripts/licenses.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dist = path.join(root, 'dist');

function bundles(): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    if (readdirSync(d).includes('licenses.txt')) out.push(d);
    for (const f of readdirSync(d)) if (statSync(path.join(d, f)).isDirectory()) walk(path.join(d, f));
  };
  walk(dist);
  return out;
}

test('packageDirOf: the nearest node_modules package of a webpack module name', () => {
  const of = packageDirOf as (n: string) => string | undefined;
  assert.equal(of('./node_modules/@actions/exec/lib/exec.js + 3 modules'), 'node_modules/@actions/exec');
  assert.equal(of('./node_modules/semver/functions/parse.js'), 'node_modules/semver');
  assert.equal(of('./node_modules/a/node_modules/b/index.js'), 'node_modules/a/node_modules/b');
  assert.equal(of('./src/abi/nm.ts'), undefined);
});

test('every bundle names in licenses.txt each package of each of its chunks', () => {
  const found = bundles();
  assert.ok(found.length >= 5, `bundles under dist/: ${found.join(', ')}`);
  for (const b of found) {
    const chunks = readdirSync(b).filter((f) => f.endsWith('.js'));
    const packages = new Set<string>();
    for (const c of chunks) {
      for (const m of readFileSync(path.join(b, c), 'utf8').matchAll(/CONCATENATED MODULE: (\.\/node_modules\/\S+)/g)) {
        const dir = (packageDirOf as (n: string) => string | undefined)(m[1]!);
        if (dir) packages.add((JSON.parse(readFileSync(path.join(root, dir, 'package.json'), 'utf8')) as { name: string }).name);
      }
    }
    const listed = (nccListed as (t: string, c: Set<string>) => Set<string>)(readFileSync(path.join(b, 'licenses.txt'), 'utf8'), packages);
    const missing = [...packages].filter((p) => !listed.has(p));
    assert.deepEqual(missing, [], `${path.relative(root, b)}/licenses.txt lacks ${missing.join(', ')}`);
  }
  // The lazy chunk of abi-diff (run() loads @actions/exec on first use) is covered.
  const abi = readFileSync(path.join(dist, 'abi-diff', 'main', 'licenses.txt'), 'utf8');
  assert.match(abi, /^@actions\/exec\nMIT\n/m);
});
