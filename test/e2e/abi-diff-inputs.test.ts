// abi-diff through its dist entry: bad inputs give clear errors, directories pair by relative
// path, and package mode builds both sides itself (two Go versions, or base-ref from a git worktree).
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { abiFixture, FixtureBuilder, sharedRunnerTemp } from '../helpers/abi-fixtures.js';
import { debianGoroot } from '../helpers/go.js';
import { distEntry, newJob, runStep } from '../helpers/runner.js';

const fx = new FixtureBuilder();
const entry = distEntry('abi-diff');
const go123 = debianGoroot('1.23');
let app = '';
let arm = '';
let native = '';
/** Package-mode jobs keep their per-version GOCACHEs in the RUNNER_TEMP the fixture builds also use. */
const buildJob = newJob({ env: { RUNNER_TEMP: sharedRunnerTemp } });

before(() => {
  app = fx.build({ version: 'v1', go: '1.23', out: 'app' });
  // Archives of an import-free package: a cross build that compiles one file, not all of std for arm64.
  arm = fx.build({ version: 'v1', go: '1.23', out: 'native-arm64.a', pkg: './native', env: { GOARCH: 'arm64', CGO_ENABLED: '0' } });
  native = fx.build({ version: 'v1', go: '1.23', out: 'native-amd64.a', pkg: './native', env: { CGO_ENABLED: '0' } });
});

function file(name: string, text: string, mode = 0o644): string {
  const p = path.join(fx.dir, name);
  writeFileSync(p, text);
  chmodSync(p, mode);
  return p;
}

async function failure(inputs: Record<string, string>): Promise<string> {
  const r = await runStep(newJob(), entry, inputs);
  assert.equal(r.code, 1, `expected failure for ${JSON.stringify(inputs)}:\n${r.stdout}`);
  const err = r.stdout.split('\n').find((l) => l.startsWith('::error::'));
  assert.ok(err, r.stdout);
  return decodeURIComponent(err.slice('::error::'.length).replace(/%0A/g, '\n'));
}

test('bad inputs: each error names the input and value and says what it is / what to do', async () => {
  const cbin = path.join(fx.dir, 'hello-c');
  writeFileSync(path.join(fx.dir, 'hello.c'), 'int main(void){return 0;}\n');
  execFileSync('gcc', ['-o', cbin, path.join(fx.dir, 'hello.c')]);
  const cases: [Record<string, string>, RegExp][] = [
    [{ base: path.join(fx.dir, 'nope'), head: app, go: go123 }, /input "base" \(".*nope"\): .*nope does not exist/],
    [
      { base: file('run.sh', '#!/bin/sh\necho hi\n', 0o755), head: app, go: go123 },
      /input "base": .*run\.sh is a script \(#!\/bin\/sh\), not a Go executable or archive/,
    ],
    [
      { base: app, head: file('notes.txt', 'release notes\n'), go: go123 },
      /input "head": .*notes\.txt is a text file, not a Go executable or archive/,
    ],
    [
      { base: cbin, head: app, go: go123 },
      /input "base": .*hello-c is an ELF .* for amd64 that was not built by Go \(no \.go\.buildinfo or \.gopclntab section\)/,
    ],
    [
      { base: arm, head: native, go: go123 },
      /GOOS\/GOARCH differ: input "base" \(.*native-arm64\.a\) is linux\/arm64 but input "head" \(.*native-amd64\.a\) is linux\/amd64/,
    ],
    [
      { base: app, head: app, 'base-go': file('fakeroot-go', 'not a program\n', 0o755), 'head-go': go123 },
      /input "base-go" \(".*fakeroot-go"\): the go at .*fakeroot-go cannot run/,
    ],
    [
      { base: app, head: app, go: go123, 'head-go': '1.17' },
      /input "head-go" \("1\.17"\): Go 1\.17 is not installed in the tool cache .* installed: go1\.19\.8/,
    ],
    [
      { base: app, head: app, go: go123, 'head-go': 'latest-ish' },
      /input "head-go" \("latest-ish"\) is neither a GOROOT path nor a usable Go version: /,
    ],
    [{ base: app, head: app, go: go123, scope: 'public' }, /input "scope" is "public"; expected one of: "exported", "all"/],
    [{ base: app, head: app, go: go123, 'max-size-growth': 'big' }, /input "max-size-growth" is "big"/],
    [
      { base: app, head: app, go: go123, suppressions: file('bad.supp', 'example.com/x.F\n') },
      /bad\.supp:1: "example\.com\/x\.F" has no reason/,
    ],
    [{ go: go123 }, /nothing to compare: give base and head/],
    [
      { base: app, head: app },
      /no go to read the builds with: inputs "go", "base-go" and "head-go" are empty and go from PATH failed: .*go was not found.*Set input "go"/,
    ],
  ];
  for (const [inputs, want] of cases) assert.match(await failure(inputs), want);
});

test('directories: files paired by relative path, non-Go files ignored with what they are, a base-only file is "removed"', async () => {
  const base = path.join(fx.dir, 'dist-base');
  const head = path.join(fx.dir, 'dist-head');
  for (const d of [base, head]) mkdirSync(path.join(d, 'bin'), { recursive: true });
  copyFileSync(app, path.join(base, 'bin', 'app'));
  copyFileSync(app, path.join(head, 'bin', 'app'));
  copyFileSync(app, path.join(base, 'bin', 'tool'));
  writeFileSync(path.join(base, 'SHA256SUMS'), 'abc  app\n');
  writeFileSync(path.join(head, 'SHA256SUMS'), 'def  app\n');
  const r = await runStep(newJob(), entry, { base, head, go: go123 });
  assert.equal(r.code, 1, r.stdout);
  const rep = JSON.parse(readFileSync(r.outputs.report!, 'utf8')) as {
    pairs: { name: string }[];
    findings: { subject: string; breaking: boolean }[];
    ignored: { why: string }[];
  };
  assert.deepEqual(
    rep.pairs.map((p) => p.name),
    ['bin/app'],
  );
  assert.deepEqual(
    rep.findings.filter((f) => f.breaking).map((f) => f.subject),
    ['artifact:bin/tool'],
  );
  assert.equal(rep.ignored.length, 2);
  assert.match(rep.ignored[0]!.why, /is a text file/);
  assert.match(r.summary, /2 file\(s\) ignored/);
});

test('package mode: base-go 1.19 vs head-go 1.23 on the same source builds both sides and finds no API change', async () => {
  const r = await runStep(
    buildJob,
    entry,
    {
      package: './cmd/app',
      'base-go': '1.19',
      'head-go': '1.23',
      'working-directory': abiFixture('v1'),
      'report-dir': path.join(fx.dir, 'report'),
    },
    { env: { GOPROXY: 'off', GOFLAGS: '-mod=mod' } },
  );
  assert.equal(r.code, 0, r.stdout);
  assert.deepEqual([r.outputs.added, r.outputs.removed, r.outputs.changed], ['0', '0', '0']);
  assert.match(r.summary, /go1\.19\.8 → go1\.23\.5/);
});

test('package mode with base-ref: base built from a git worktree of the previous commit', async () => {
  const repo = path.join(fx.dir, 'repo');
  cpSync(abiFixture('v1'), repo, { recursive: true });
  const git = (...args: string[]): string =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@e', ...args], { cwd: repo, encoding: 'utf8' });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'v1');
  cpSync(abiFixture('v2'), repo, { recursive: true });
  git('commit', '-qam', 'v2');
  const r = await runStep(buildJob, entry, {
    package: './cmd/app',
    'base-ref': 'HEAD~1',
    'head-go': go123,
    'base-go': go123,
    'working-directory': repo,
    'report-format': 'markdown',
  });
  assert.equal(r.code, 1, r.stdout);
  assert.deepEqual([r.outputs.added, r.outputs.removed, r.outputs.changed], ['1', '1', '1']);
  assert.equal(git('worktree', 'list').trim().split('\n').length, 1, 'the temporary worktree was removed');
  const bad = await runStep(buildJob, entry, { package: './cmd/app', 'base-ref': 'no-such-ref', go: go123, 'working-directory': repo });
  assert.match(bad.stdout, /input "base-ref" \("no-such-ref"\) is not a commit in .*; fetch it first/);
});

test('GitLab/local CLI (dist/cli): go-ci-kit abi-diff writes outputs.json and summary.md in --out-dir', () => {
  const out = path.join(fx.dir, 'cli-out');
  const cli = path.join(path.dirname(path.dirname(entry)), '..', 'cli', 'index.js');
  let code = 0;
  try {
    execFileSync(
      process.execPath,
      [cli, 'abi-diff', '--base', app, '--head', app, '--go', go123, '--out-dir', out, '--report-format', 'codequality'],
      { cwd: fx.dir, stdio: 'pipe', env: { PATH: process.env.PATH, HOME: process.env.HOME } },
    );
  } catch (e) {
    code = (e as { status: number }).status;
  }
  assert.equal(code, 0);
  const outputs = JSON.parse(readFileSync(path.join(out, 'outputs.json'), 'utf8')) as Record<string, string>;
  assert.deepEqual([outputs.breaking, outputs.removed, outputs['size-delta']], ['false', '0', '0']);
  assert.deepEqual(JSON.parse(readFileSync(outputs['codequality-report']!, 'utf8')), []);
  assert.match(readFileSync(path.join(out, 'summary.md'), 'utf8'), /no breaking change — 0 removed/);
});
