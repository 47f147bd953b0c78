// Runtime.addProblemMatcher at the seam: on GitHub one `::add-matcher::` command with the path as
// command data (the runner unescapes %25, %0D, %0A, so an odd path arrives whole), on GitLab and
// locally nothing at all. stdout is the one boundary stubbed here; test/e2e/setup-go-matrix-log
// runs the bundles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FileRuntime } from '../../src/ci/file-runtime.js';
import { GitHubRuntime } from '../../src/ci/github.js';
import type { Runtime } from '../../src/ci/runtime.js';
import { escapeData } from '../../src/ci/runner-protocol.js';

/** What fn wrote to stdout. */
function stdoutOf(fn: () => void): string {
  const original = process.stdout.write.bind(process.stdout);
  let out = '';
  process.stdout.write = (chunk: string | Uint8Array) => {
    out += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString();
    return true;
  };
  try {
    fn();
  } finally {
    process.stdout.write = original;
  }
  return out;
}

test('command data escaping: %, CR and LF, in that order (a literal "%0A" stays text)', () => {
  assert.equal(escapeData('/a/100%/b\r\nc'), '/a/100%25/b%0D%0Ac');
  assert.equal(escapeData('%0A'), '%250A');
  assert.equal(escapeData('/plain/go-matcher.json'), '/plain/go-matcher.json');
});

test('GitHub: one ::add-matcher:: line with the escaped path, not wrapped as plain text', () => {
  const rt = new GitHubRuntime();
  assert.equal(
    stdoutOf(() => rt.addProblemMatcher('/runner/_actions/x/100%/go-matcher.json')),
    `::add-matcher::/runner/_actions/x/100%25/go-matcher.json${os.EOL}`,
  );
});

test('GitLab and local: nothing is printed', () => {
  for (const kind of ['gitlab', 'local'] as const) {
    const rt: Runtime = new FileRuntime({
      kind,
      outDir: mkdtempSync(path.join(os.tmpdir(), 'gck-matcher-rt-')),
      action: 'x',
      inputs: new Map(),
      env: {},
    });
    assert.equal(
      stdoutOf(() => rt.addProblemMatcher('/x/go-matcher.json')),
      '',
      kind,
    );
  }
});
