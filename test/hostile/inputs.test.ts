// Bad inputs through dist/ as the runner runs the actions: each error names the input, and comes
// before any work (no Go installed, no env exported, no report written); paths that climb out of
// the workspace are refused; abi-diff without any go fails at once; a dependency glob that climbs
// out of the workspace is refused instead of walking the filesystem.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fixtureApp } from '../helpers/cache-leg.js';
import { distEntry, newJob, runStep, type RunnerJob, type StepResult } from '../helpers/runner.js';
import { failure, setup, toolCacheEntries } from '../helpers/setup-job.js';

/** Nothing happened: no env exported, no PATH entry, nothing in the tool cache or temp. */
function noWork(job: RunnerJob, r: StepResult): void {
  assert.deepEqual(r.exported, {});
  assert.deepEqual(r.addedPaths, []);
  assert.deepEqual(toolCacheEntries(job), []);
  assert.deepEqual(readdirSync(job.temp), []);
}

const setupInputs = { 'go-version': '1.19', 'toolchain-source': 'local' };

test('setup-go-matrix: bad inputs are named before any work', async () => {
  const cases: [Record<string, string>, RegExp][] = [
    [{ 'job-status': 'rm -rf /' }, /^input "job-status" is "rm -rf \/"; leave it unset/],
    [{ 'on-go-mod-newer': 'maybe' }, /^input "on-go-mod-newer" is "maybe"; expected one of: "error", "warn"/],
    [
      { 'cache-dependency-path': `${'a'.repeat(40_000)}/go.sum` },
      /^input "cache-dependency-path" is 40007 characters long; an input may have at most 32768/,
    ],
    [
      { 'cache-dependency-path': `${'*/'.repeat(2500)}go.sum` },
      /^input "cache-dependency-path" has a pattern of 5006 characters; a pattern may have at most 4096/,
    ],
    [
      { 'cache-backend': 'dir', 'cache-dir': `/tmp/${'d'.repeat(300)}` },
      /^input "cache-dir" \(".*…"\) is not a usable path: its part "d+…" is 300 bytes long/,
    ],
    [{ 'working-directory': 'x'.repeat(5000) }, /^working-directory "x+" is not a directory/],
    [
      { 'local-goroots': `/usr/lib/${'a*'.repeat(16000)}` },
      /^input "local-goroots" \(".*…"\) is not a usable path: it is 32009 bytes long/,
    ],
  ];
  for (const [inputs, expect] of cases) {
    const job = newJob({ env: { GO_DOWNLOAD_BASE_URL: 'http://127.0.0.1:9' } });
    const r = await setup(job, { ...setupInputs, ...inputs });
    assert.match(failure(r), expect, JSON.stringify(inputs).slice(0, 100));
    noWork(job, r);
  }
});

test('setup-go-matrix: cache-dependency-path that climbs out of the workspace is refused by name, without walking the filesystem', async () => {
  const job = newJob({ env: { GO_DOWNLOAD_BASE_URL: 'http://127.0.0.1:9', GOFLAGS: '' } });
  cpSync(fixtureApp, job.workspace, { recursive: true });
  for (const pattern of ['../../../**/go.sum', '/**/go.sum', '../go.sum']) {
    const started = Date.now();
    const r = await setup(job, {
      ...setupInputs,
      'cache-backend': 'dir',
      'cache-dir': path.join(job.root, 'cache'),
      'cache-dependency-path': pattern,
    });
    assert.match(
      failure(r),
      new RegExp(`^input "cache-dependency-path" has "${pattern.replace(/[.*/]/g, '\\$&')}", which looks outside ${job.workspace}`),
    );
    assert.ok(Date.now() - started < 15_000, `${pattern}: ${Date.now() - started} ms`);
    assert.deepEqual([r.addedPaths, r.exported.GOROOT], [[], undefined], `${pattern}: refused before Go was set up`);
  }
  // Inside the workspace, `..` from a working directory below it is fine.
  mkdirSync(path.join(job.workspace, 'sub'));
  const ok = await setup(job, {
    ...setupInputs,
    'working-directory': 'sub',
    'cache-backend': 'dir',
    'cache-dir': path.join(job.root, 'cache'),
    'cache-dependency-path': '../go.sum',
  });
  assert.equal(ok.code, 0, ok.stdout);
});

test('abi-diff: bad inputs are named before any work; reports never leave the workspace; no go fails at once', async () => {
  const job = newJob();
  writeFileSync(path.join(job.workspace, 'a'), 'x');
  writeFileSync(path.join(job.workspace, 'b'), 'x');
  const outside = path.join(job.root, 'escaped');
  // A symlink in the checkout that points out of it.
  mkdirSync(path.join(job.root, 'elsewhere'));
  symlinkSync(path.join(job.root, 'elsewhere'), path.join(job.workspace, 'link-out'));
  const cases: [Record<string, string>, RegExp][] = [
    [{ base: 'a', head: 'b', 'working-directory': 'nope' }, /^input "working-directory" \("nope"\) is not a directory/],
    [
      { base: 'a', head: 'b', 'local-goroots': `/usr/lib/${'a*'.repeat(200)}` },
      /^input "local-goroots" \(".*…"\) is not a usable path: its part/,
    ],
    [{ base: 'a', head: 'b', 'working-directory': 'w'.repeat(300) }, /^input "working-directory" \(".*"\) is not a usable path: its part/],
    [{ base: 'a', head: 'b', 'base-ref': 'main' }, /^input "base-ref" is set, but base and head are given: paths mode/],
    [{ base: 'a', head: 'b', 'build-flags': '-tags=x' }, /^input "build-flags" is set, but base and head are given/],
    [{ package: './...', 'base-ref': '--upload-pack=x' }, /^input "base-ref" \("--upload-pack=x"\) is not a git ref/],
    [
      { base: 'a', head: 'b', 'report-dir': '../escaped' },
      /^input "report-dir" \("\.\.\/escaped"\) resolves to .*escaped, outside the workspace/,
    ],
    [
      { base: 'a', head: 'b', 'report-dir': 'link-out/reports' },
      /^input "report-dir" \("link-out\/reports"\) resolves to .*, outside the workspace/,
    ],
  ];
  for (const [inputs, expect] of cases) {
    const r = await runStep(job, distEntry('abi-diff', 'main'), inputs);
    assert.match(failure(r), expect, JSON.stringify(inputs));
    assert.equal(existsSync(outside), false);
    assert.deepEqual(readdirSync(path.join(job.root, 'elsewhere')), []);
    assert.deepEqual(readdirSync(job.temp), [], JSON.stringify(inputs));
  }
  // No go anywhere: fails in seconds (it used to wait out a 60 s timeout).
  const started = Date.now();
  const r = await runStep(job, distEntry('abi-diff', 'main'), { base: 'a', head: 'b' }, { env: { PATH: '/usr/sbin:/usr/bin:/sbin:/bin' } });
  assert.match(failure(r), /no go to read the builds with/);
  assert.ok(Date.now() - started < 10_000, `${Date.now() - started} ms`);
});

test('sonar-go-compat: output-dir and properties-file that climb out of the workspace are refused by name', async () => {
  const job = newJob();
  writeFileSync(path.join(job.workspace, 'go.mod'), 'module example.com/m\n\ngo 1.19\n');
  for (const [inputs, expect] of [
    [{ 'output-dir': '../../escaped' }, /^input "output-dir" \("\.\.\/\.\.\/escaped"\) resolves to .*, outside the workspace/],
    [
      { 'properties-file': '../escaped.properties' },
      /^input "properties-file" \("\.\.\/escaped\.properties"\) resolves to .*, outside the workspace/,
    ],
  ] as const) {
    const r = await runStep(job, distEntry('sonar-go-compat', 'main'), { ...inputs, 'run-tests': 'false', 'run-vet': 'false' });
    assert.match(failure(r), expect);
    assert.deepEqual(
      readdirSync(job.root).filter((n) => n.startsWith('escaped')),
      [],
    );
    assert.equal(existsSync(path.resolve(job.workspace, '../../escaped')), false);
  }
});
