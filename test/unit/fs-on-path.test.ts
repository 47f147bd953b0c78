// findOnPath (src/fs/on-path.ts): the one PATH lookup, for the archive tools' zstd and abi-diff's go.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { findOnPath } from '../../src/fs/on-path.js';

test('findOnPath: PATH order, a regular executable file on Unix; on Windows .com/.exe, or only the extensions asked for', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'gck-findonpath-'));
  const [a, b] = [path.join(root, 'a'), path.join(root, 'b')];
  mkdirSync(a);
  mkdirSync(b);
  writeFileSync(path.join(a, 'go'), '', { mode: 0o644 });
  writeFileSync(path.join(b, 'go'), '', { mode: 0o755 });
  mkdirSync(path.join(a, 'zstd'));
  writeFileSync(path.join(b, 'zstd'), '', { mode: 0o755 });
  const unix = { windows: false, env: { PATH: `${a}::${b}` } };
  assert.equal(findOnPath('go', unix), path.join(b, 'go'), 'a file we cannot execute is skipped');
  assert.equal(findOnPath('zstd', unix), path.join(b, 'zstd'), 'a directory is skipped');
  assert.equal(findOnPath('nope', unix), undefined);

  // abi-diff asks for go.exe only: it spawns go without a shell, which cannot run go.cmd.
  writeFileSync(path.join(a, 'go.cmd'), '');
  writeFileSync(path.join(b, 'go.exe'), '');
  const windows = { windows: true, env: { Path: `${a};${b}`, PATHEXT: '.CMD;.EXE' } };
  assert.equal(findOnPath('go', { ...windows, extensions: ['.exe'] }), path.join(b, 'go.exe'));
  assert.equal(findOnPath('go', windows), path.join(b, 'go.exe'), "by default .com and .exe, never PATHEXT's .cmd");
  assert.equal(findOnPath('go.cmd', windows), path.join(a, 'go.cmd'), 'a name with an extension is tried as given');
});
