// Dependency-file globbing and hashing, the cache inputs in action.yml, and GOCACHE trimming on a
// synthetic cache directory (file names and action-entry format as cmd/go writes them).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'yaml';
import { findDependencyFiles, hashDependencyFiles } from '../../src/cache/dependencies.js';
import { globToRegExp, globFiles } from '../../src/cache/glob.js';
import { cacheInputs, cacheOutputs } from '../../src/actions/setup-go-matrix/cache-inputs.js';
import { backdateEntries, entryFingerprint, trimUnused } from '../../src/cache/trim.js';
import { repoRoot } from '../helpers/runner.js';

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'gck-cache-unit-'));
  for (const [rel, body] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), body);
  }
  return root;
}

test('glob patterns: ** spans directories, * and ? stay within a name', () => {
  const rows: [string, string, boolean][] = [
    ['**/go.sum', 'go.sum', true],
    ['**/go.sum', 'a/b/go.sum', true],
    ['**/go.sum', 'a/go.sum.bak', false],
    ['svc/*/go.sum', 'svc/api/go.sum', true],
    ['svc/*/go.sum', 'svc/api/v2/go.sum', false],
    ['go.?um', 'go.sum', true],
  ];
  for (const [glob, file, want] of rows) assert.equal(globToRegExp(glob).test(file), want, `${glob} ~ ${file}`);
});

test('dependency files: go.sum of every module, go.work always, exclusions, .git and node_modules skipped', async () => {
  const root = tree({
    'go.work': 'go 1.22\n',
    'a/go.mod': 'module a\n',
    'a/go.sum': 'x v1 h1:a\n',
    'b/go.mod': 'module b\n',
    'b/go.sum': 'y v1 h1:b\n',
    'vendor/go.sum': 'skip me\n',
    '.git/go.sum': 'no\n',
    'node_modules/x/go.sum': 'no\n',
  });
  const d = await findDependencyFiles(['**/go.sum', '!**/vendor/**'], root);
  assert.deepEqual(
    d.files.map((f) => path.relative(root, f)),
    ['a/go.sum', 'b/go.sum', 'go.work'],
  );
  assert.equal(d.fellBackToGoMod, false);
  assert.deepEqual(await globFiles(['a/go.sum'], root), [path.join(root, 'a/go.sum')]);
});

test('dependency files: no go.sum falls back to go.mod files; unmatched globs are reported by name', async () => {
  const root = tree({ 'go.mod': 'module m\n', 'sub/go.mod': 'module m/sub\n' });
  const d = await findDependencyFiles(['**/go.sum', 'deps/*.lock'], root);
  assert.deepEqual(d.unmatched, ['**/go.sum', 'deps/*.lock']);
  assert.equal(d.fellBackToGoMod, true);
  assert.deepEqual(
    d.files.map((f) => path.relative(root, f)),
    ['go.mod', 'sub/go.mod'],
  );
  const partial = await findDependencyFiles(['go.mod', 'missing.sum'], root);
  assert.deepEqual(partial.unmatched, ['missing.sum']);
});

test('dependency hash changes with content and names, not with the location of the checkout', () => {
  const a = tree({ 'go.sum': 'x v1 h1:a\n' });
  const b = tree({ 'go.sum': 'x v1 h1:a\n' });
  const c = tree({ 'go.sum': 'x v1 h1:B\n' });
  const h = (root: string) => hashDependencyFiles([path.join(root, 'go.sum')], root);
  assert.equal(h(a), h(b));
  assert.notEqual(h(a), h(c));
  assert.match(h(a), /^[0-9a-f]{24}$/);
  assert.equal(hashDependencyFiles([], a), 'none');
});

test('action.yml declares every cache input with the same default, and every cache output', () => {
  const yml = parse(readFileSync(path.join(repoRoot, 'actions', 'setup-go-matrix', 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
    outputs: Record<string, unknown>;
  };
  for (const [name, spec] of Object.entries(cacheInputs)) {
    assert.ok(yml.inputs[name], `action.yml lacks input ${name}`);
    assert.equal(String(yml.inputs[name].default ?? ''), spec.default ?? '', `default of ${name}`);
  }
  assert.equal(yml.inputs['job-status']!.default, '${{ job.status }}');
  for (const o of cacheOutputs) assert.ok(o in yml.outputs, `action.yml lacks output ${o}`);
});

const hex = (n: number) => n.toString(16).padStart(64, '0');

test('trim: entries used since restore stay, with the outputs they name; unused ones and nothing else go', async () => {
  const gocache = tree({ README: 'cache', 'trim.txt': '1', 'fuzz/x/corpus': 'keep' });
  const put = (id: string, kind: 'a' | 'd', body: string) => {
    mkdirSync(path.join(gocache, id.slice(0, 2)), { recursive: true });
    writeFileSync(path.join(gocache, id.slice(0, 2), `${id}-${kind}`), body);
  };
  // used action 1 -> output 2; unused action 3 -> output 4; output 2 is not touched itself.
  put(hex(1), 'a', `v1 ${hex(1)} ${hex(2)} 5 1700000000000000000\n`);
  put(hex(2), 'd', 'xxxxx');
  put(hex(3), 'a', `v1 ${hex(3)} ${hex(4)} 7 1700000000000000000\n`);
  put(hex(4), 'd', 'yyyyyyy');
  const restoredAt = Date.now();
  await backdateEntries(gocache, restoredAt);
  const before = await entryFingerprint(gocache);
  const now = new Date();
  utimesSync(path.join(gocache, '00', `${hex(1)}-a`), now, now); // what Go's used() does
  put(hex(5), 'd', 'new'); // written by this job
  const report = await trimUnused(gocache, restoredAt);
  assert.deepEqual(
    { before: report.entriesBefore, after: report.entriesAfter, bytesAfter: report.bytesAfter },
    { before: 5, after: 3, bytesAfter: readFileSync(path.join(gocache, '00', `${hex(1)}-a`)).length + 5 + 3 },
  );
  assert.ok(existsSync(path.join(gocache, '00', `${hex(2)}-d`)), 'output of a used action kept');
  assert.ok(!existsSync(path.join(gocache, '00', `${hex(3)}-a`)));
  assert.ok(!existsSync(path.join(gocache, '00', `${hex(4)}-d`)));
  assert.ok(existsSync(path.join(gocache, 'fuzz', 'x', 'corpus')) && existsSync(path.join(gocache, 'README')));
  assert.notEqual(await entryFingerprint(gocache), before);
});
