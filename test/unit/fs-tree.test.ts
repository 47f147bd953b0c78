// The one directory walk (src/fs/tree.ts) on real temp trees: skip rules, unreadable directories,
// symlinks, order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { listFiles } from '../../src/fs/tree.js';

function tree(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'gck-tree-'));
  for (const f of ['b.txt', 'a/z.go', 'a/b/c.go', '.git/HEAD', 'keep/.hidden', 'skip/x']) {
    mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
    writeFileSync(path.join(root, f), f);
  }
  symlinkSync(path.join(root, 'a'), path.join(root, 'link-dir'));
  symlinkSync(path.join(root, 'b.txt'), path.join(root, 'link-file'));
  return root;
}

test('file tree: regular files only, sorted, symlinks neither followed nor listed', async () => {
  const root = tree();
  assert.deepEqual(await listFiles(root), ['.git/HEAD', 'a/b/c.go', 'a/z.go', 'b.txt', 'keep/.hidden', 'skip/x']);
});

test('file tree: skip sees the name, its parent dir and whether it is a directory', async () => {
  const root = tree();
  const seen: string[] = [];
  const files = await listFiles(root, {
    skip: (name, dir, isDirectory) => {
      seen.push(`${dir}|${name}|${isDirectory}`);
      return (isDirectory && name.startsWith('.')) || (dir === '' && name === 'skip');
    },
  });
  assert.deepEqual(files, ['a/b/c.go', 'a/z.go', 'b.txt', 'keep/.hidden']);
  assert.ok(seen.includes('a|b|true') && seen.includes('keep|.hidden|false'), seen.join(' '));
  assert.ok(!seen.some((s) => s.startsWith('.git')), 'nothing below a skipped directory is visited');
});

test('file tree: a directory that cannot be read throws by default, is left out with unreadable=ignore', async () => {
  // A missing root: mode-000 directories are no test here, the suite runs as root and root reads them.
  const missing = path.join(os.tmpdir(), `gck-tree-missing-${process.pid}`);
  await assert.rejects(listFiles(missing), /ENOENT/);
  assert.deepEqual(await listFiles(missing, { unreadable: 'ignore' }), []);
});
