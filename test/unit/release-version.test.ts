// One version per release, written in package.json: the components' cli-package default
// (go-ci-kit@X.Y.Z), go-matrix's component-version default and the docs' include lines are copies
// that scripts/sync-version.mjs keeps equal (npm version runs it). Run on a copy of the repo's
// files with a bumped package.json, as `npm version` would.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { repoRoot } from '../helpers/runner.js';

interface Pkg {
  version: string;
  scripts: Record<string, string>;
}
const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as Pkg;
const components = readdirSync(path.join(repoRoot, 'templates'));

/** A copy of what the script reads and writes: package.json, the script, templates/, docs/, README.md. */
function copy(version: string): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'gck-version-'));
  for (const p of ['templates', 'docs', 'README.md', path.join('scripts', 'sync-version.mjs')])
    cpSync(path.join(repoRoot, p), path.join(root, p), { recursive: true });
  writeFileSync(path.join(root, 'package.json'), JSON.stringify({ ...pkg, version }, null, 2));
  return root;
}

function sync(root: string, ...args: string[]) {
  return spawnSync(process.execPath, [path.join(root, 'scripts', 'sync-version.mjs'), ...args], { encoding: 'utf8' });
}

function inputDefaults(root: string, component: string): Record<string, unknown> {
  const docs = parseAllDocuments(readFileSync(path.join(root, 'templates', component, 'template.yml'), 'utf8'));
  const spec = docs[0]!.toJS() as { spec: { inputs: Record<string, { default?: unknown }> } };
  return Object.fromEntries(Object.entries(spec.spec.inputs).map(([k, v]) => [k, v.default]));
}

test("the repo is in sync: every copy of the version is package.json's", () => {
  const r = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'sync-version.mjs'), '--check'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  for (const c of components) assert.equal(inputDefaults(repoRoot, c)['cli-package'], `go-ci-kit@${pkg.version}`, c);
});

test('npm version runs the sync and stages the copies in its commit', () => {
  assert.match(pkg.scripts.version ?? '', /^node scripts\/sync-version\.mjs && git add templates docs README\.md$/);
});

test('a bumped package.json: --check names the stale files, the sync rewrites every copy and only those', () => {
  const root = copy('9.8.7-rc.1');
  const check = sync(root, '--check');
  assert.equal(check.status, 1, 'stale copies fail the check');
  for (const c of components) assert.match(check.stdout, new RegExp(`differs from 9\\.8\\.7-rc\\.1: templates/${c}/template\\.yml`));
  assert.match(check.stderr, /run `node scripts\/sync-version\.mjs`/);

  const before = readFileSync(path.join(root, 'README.md'), 'utf8');
  assert.equal(sync(root).status, 0);
  for (const c of components) {
    const defaults = inputDefaults(root, c);
    assert.equal(defaults['cli-package'], 'go-ci-kit@9.8.7-rc.1', c);
    if (c === 'go-matrix') assert.equal(defaults['component-version'], '9.8.7-rc.1');
  }
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const includes = [...readme.matchAll(/\/go-ci-kit\/go-ci-kit\/([\w-]+)@(\S+)/g)].map((m) => m[2]);
  assert.ok(includes.length > 0 && includes.every((v) => v === '9.8.7-rc.1'), includes.join(' '));
  // The GitHub major tag in `uses:` lines is no copy of the package version.
  assert.equal(
    (readme.match(/actions\/setup-go-matrix@v1\b/g) ?? []).length,
    (before.match(/actions\/setup-go-matrix@v1\b/g) ?? []).length,
  );
  assert.equal(sync(root, '--check').status, 0, 'in sync afterwards');
  assert.equal(sync(root).stdout, '', 'a second run changes nothing');
});

test('a template edited by hand to another version is caught', () => {
  const root = copy(pkg.version);
  const file = path.join(root, 'templates', 'abi-diff', 'template.yml');
  writeFileSync(file, readFileSync(file, 'utf8').replace(`go-ci-kit@${pkg.version}`, 'go-ci-kit@0.0.1'));
  const r = sync(root, '--check');
  assert.equal(r.status, 1);
  assert.equal(r.stdout.trim(), `differs from ${pkg.version}: templates/abi-diff/template.yml`);
});
