// Our own files never count in a cache key: the CLI's .go-ci-kit/ (whose per-leg module cache holds
// every dependency's go.mod and go.sum), a checkout of go-ci-kit inside the project (the reusable
// workflow's, with our fixtures' go.sum files) and module cache entries anywhere in the tree.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { findDependencyFiles, hashDependencyFiles, ownDirectory } from '../../src/cache/dependencies.js';
import { repoRoot } from '../helpers/runner.js';

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'gck-own-dirs-'));
  for (const [rel, body] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), body);
  }
  return root;
}

const project = { 'go.mod': 'module example.com/app\n', 'go.sum': 'example.com/dep v1.0.0 h1:a\n', 'svc/go.sum': 'x v1 h1:b\n' };

test('go.sum and go.mod files under .go-ci-kit/, module cache entries and go-ci-kit checkouts do not count', async () => {
  const clean = tree(project);
  const polluted = tree({
    ...project,
    // the CLI's per-leg module cache inside the project (GitLab: .go-ci-kit/go<version>/work/...)
    '.go-ci-kit/go1.23/work/go-1.23.5-amd64/gomodcache/example.com/dep@v1.0.0/go.sum': 'y v2 h1:c\n',
    '.go-ci-kit/go1.23/work/go-1.23.5-amd64/gomodcache/cache/download/example.com/dep/@v/v1.0.0.mod': 'module example.com/dep\n',
    // the reusable workflow's checkout of go-ci-kit
    '.go-ci-kit/src/test/fixtures/cache-app/go.sum': 'z v3 h1:d\n',
    // a GOPATH the user keeps in the project
    'gopath/pkg/mod/golang.org/x/text@v0.14.0/go.sum': 'w v4 h1:e\n',
  });
  for (const root of [clean, polluted]) {
    const d = await findDependencyFiles(['**/go.sum'], root);
    assert.deepEqual(
      d.files.map((f) => path.relative(root, f)),
      ['go.sum', 'svc/go.sum'],
    );
  }
  const hash = async (root: string) => hashDependencyFiles((await findDependencyFiles(['**/go.sum'], root)).files, root);
  assert.equal(await hash(polluted), await hash(clean));
});

test('the go.mod fallback skips our directories too (a module without go.sum)', async () => {
  const root = tree({
    'go.mod': 'module example.com/lib\n',
    '.go-ci-kit/work/gomodcache/example.com/dep@v1.0.0/go.mod': 'module example.com/dep\n',
  });
  const d = await findDependencyFiles(['**/go.sum'], root);
  assert.equal(d.fellBackToGoMod, true);
  assert.deepEqual(
    d.files.map((f) => path.relative(root, f)),
    ['go.mod'],
  );
});

test("go-ci-kit's own package root is ours below the working directory, the project itself when it is the working directory", () => {
  // This test runs from src/, whose package root is this repository.
  assert.equal(ownDirectory(repoRoot, path.dirname(repoRoot)), 'a checkout of go-ci-kit');
  assert.equal(ownDirectory(repoRoot, repoRoot), undefined);
  assert.equal(ownDirectory(path.join(repoRoot, 'test'), path.dirname(repoRoot)), undefined);
  assert.equal(ownDirectory('/p/.go-ci-kit', '/p'), "go-ci-kit's work directory");
  assert.equal(ownDirectory('/p/gopath/pkg/mod/golang.org/x/text@v0.14.0', '/p'), 'a Go module cache entry');
  assert.equal(ownDirectory('/p/internal/api', '/p'), undefined);
});
