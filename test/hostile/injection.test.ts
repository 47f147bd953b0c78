// Workflow-command injection through dist/ as the runner runs it: a GOROOT whose path holds a line
// break followed by `::set-output` / `::warning::`, a go-download-base-url with one, and an abi-diff
// package that is really a -toolexec flag. The runner's reading of stdout (runnerCommands) finds no
// injected command, GITHUB_PATH and GITHUB_ENV entries are never split, no program of the attacker runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { distEntry, newJob, runStep } from '../helpers/runner.js';
import { failure, setup } from '../helpers/setup-job.js';
import { runnerCommands } from './support.js';

/** Commands the attacker's text would start: `::set-output name=go-version::pwned`, `::warning::injected`. */
const injected = (stdout: string) =>
  runnerCommands(stdout).filter((c) => /^::(set-output name=go-version::pwned|warning::injected)/.test(c.line));

for (const brk of ['\n', '\r', '\r\n']) {
  test(`a GOROOT path with ${JSON.stringify(brk)} and workflow commands in it injects nothing and splits no PATH entry`, async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'gck-hostile-inject-'));
    const evil = path.join(root, `go${brk}::set-output name=go-version::pwned${brk}::warning::injected 100%`);
    // A real Go tree (Debian's links into /usr/share stay links) under the hostile name.
    cpSync('/usr/lib/go-1.19', evil, { recursive: true, verbatimSymlinks: true });
    const job = newJob({ env: { GO_DOWNLOAD_BASE_URL: 'http://127.0.0.1:9' } });
    const r = await setup(job, { 'go-version': '1.19', 'toolchain-source': 'local', 'local-goroots': `${root}/go*`, cache: 'false' });
    assert.deepEqual(injected(r.stdout), [], r.stdout);
    assert.notEqual(r.outputs['go-version'], 'pwned');
    // GITHUB_PATH never gets a line made of part of the path.
    for (const p of r.addedPaths) assert.ok(!/pwned|injected/.test(p) && existsSync(p), `PATH entry ${JSON.stringify(p)}`);
    // GITHUB_ENV: the heredoc form keeps GOROOT whole (it is the only key, with its value intact).
    if (r.exported.GOROOT !== undefined) assert.equal(r.exported.GOROOT, evil);
    assert.deepEqual(
      Object.keys(r.exported).filter((k) => /pwned|injected|::/.test(k)),
      [],
    );
    // The step refuses to put that path on PATH, and says so.
    assert.match(failure(r), /refusing to add ".*" to PATH: it contains a line break/);
    rmSync(root, { recursive: true, force: true });
  });
}

test('go-download-base-url with a line break and a workflow command is refused by name, nothing injected', async () => {
  const job = newJob();
  const r = await setup(job, {
    'go-version': '1.19',
    'toolchain-source': 'download',
    'go-download-base-url': 'http://127.0.0.1:9/dl\n::set-output name=go-version::pwned\n::warning::injected',
  });
  assert.deepEqual(injected(r.stdout), [], r.stdout);
  assert.match(failure(r), /^go-download-base-url "http:\/\/127\.0\.0\.1:9\/dl\\n::set-output/);
  assert.deepEqual(r.exported, {});
});

test('abi-diff package "-toolexec=./x.sh" never reaches go build as a flag: refused by name, x.sh never runs', async () => {
  const job = newJob();
  const marker = path.join(job.root, 'toolexec-ran');
  writeFileSync(path.join(job.workspace, 'go.mod'), 'module example.com/m\n\ngo 1.19\n');
  writeFileSync(path.join(job.workspace, 'main.go'), 'package main\n\nfunc main() {}\n');
  writeFileSync(path.join(job.workspace, 'x.sh'), `#!/bin/sh\ntouch '${marker}'\nexec "$@"\n`, { mode: 0o755 });
  for (const pkg of ['-toolexec=./x.sh', '-toolexec=./x.sh ./']) {
    const started = Date.now();
    const r = await runStep(job, distEntry('abi-diff', 'main'), {
      package: pkg,
      'base-go': '/usr/lib/go-1.19',
      'head-go': '/usr/lib/go-1.23',
    });
    assert.equal(r.code, 1);
    assert.match(failure(r), /^input "package" \("-toolexec=\.\/x\.sh.*"\) starts with "-", so it is a flag, not a package/);
    assert.ok(Date.now() - started < 15_000);
  }
  assert.equal(existsSync(marker), false, 'x.sh ran');
  // A pattern with the flag after a space is one argument after "--": go refuses it as a path.
  mkdirSync(path.join(job.workspace, 'sub'));
  const r = await runStep(job, distEntry('abi-diff', 'main'), {
    package: './sub -toolexec=./x.sh',
    'base-go': '/usr/lib/go-1.19',
    'head-go': '/usr/lib/go-1.23',
  });
  assert.equal(r.code, 1);
  assert.match(failure(r), /input "package" \("\.\/sub -toolexec=\.\/x\.sh"\)/);
  assert.equal(existsSync(marker), false, 'x.sh ran');
});
