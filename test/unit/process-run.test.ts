// run() on real programs: through @actions/exec (PATH lookup, exit codes, stdin, output), and the
// spawned runs (a deadline, a program path exec's command line cannot carry).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CommandError, run } from '../../src/process/run.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'gck-run-'));

function script(rel: string, body: string): string {
  const file = path.join(dir, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `#!/bin/sh\n${body}\n`);
  chmodSync(file, 0o755);
  return file;
}

test('run: output, stdin, argv kept whole, exit codes, a program found on PATH or not at all', async () => {
  const echo = script('with blank/echo args', 'for a in "$@"; do printf "[%s]" "$a"; done; cat; echo oops >&2');
  const r = await run(echo, ['a b', '"q"', '$HOME', ''], { input: 'in' });
  assert.deepEqual(r, { code: 0, stdout: '[a b]["q"][$HOME][]in', stderr: 'oops\n' });
  const failing = script('fail', 'echo first >&2; echo why >&2; exit 3');
  await assert.rejects(run(failing, ['x y']), (e: CommandError) => {
    assert.equal(e.message, `${failing} "x y" exited with code 3:\nfirst\nwhy`);
    assert.equal(e.result?.code, 3);
    return true;
  });
  assert.equal((await run(failing, [], { check: false })).code, 3);
  assert.equal((await run('sh', ['-c', 'echo $X'], { env: { PATH: process.env.PATH, X: 'from env' } })).stdout, 'from env\n');
  assert.equal((await run('pwd', [], { cwd: dir })).stdout.trim(), dir);
  await assert.rejects(run('gck-no-such-program', ['a']), {
    message: 'cannot run gck-no-such-program a: gck-no-such-program was not found (is it installed and on PATH?)',
  });
  await assert.rejects(run(path.join(dir, 'missing'), []), { message: /was not found/ });
});

test('run: a deadline stops the program; a path with a double quote runs too', async () => {
  const slow = script('slow', 'exec sleep 30');
  const started = Date.now();
  await assert.rejects(run(slow, [], { timeoutMs: 300 }), { message: `${slow} exited with signal SIGTERM` });
  assert.ok(Date.now() - started < 10_000);
  const quoted = script('say "hi"/prog', 'echo "$1"');
  assert.equal((await run(quoted, ['ok'])).stdout, 'ok\n');
  assert.equal((await run(quoted, ['ok'], { timeoutMs: 10_000 })).stdout, 'ok\n');
  await assert.rejects(run(path.join(dir, 'missing'), [], { timeoutMs: 1000 }), { message: /was not found/ });
});

test('run: input a program never reads (it exits first) is no EPIPE crash', async () => {
  for (let i = 0; i < 20; i++) assert.equal((await run('true', [], { input: 'x'.repeat(1 << 20) })).code, 0);
  // Without input a program runs through exec; these exit at once, as git rev-parse does.
  for (let i = 0; i < 20; i++) assert.equal((await run('false', [], { check: false })).code, 1);
});
