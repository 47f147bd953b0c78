// setup-go-matrix's outputs and log through dist/ as the runner runs it (issue 15), real Debian Go
// 1.23 and the dir store: a module without dependencies reaches cache-hit=true (its module cache
// has nothing to hold), build-cache-hit means a build cache of the same deps and a prefix restore
// is reported as such (build-cache-matched-key), and install/restore/save are log groups.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { distEntry, newJob, runStep, type RunnerJob, type StepResult } from '../helpers/runner.js';
import { laterStep } from '../helpers/setup-job.js';

const cacheDir = path.join(mkdtempSync(path.join(os.tmpdir(), 'gck-honest-e2e-')), 'cache');
const inputs = { 'go-version': '1.23', 'toolchain-source': 'local', 'cache-backend': 'dir', 'cache-dir': cacheDir };

interface Run {
  main: StepResult;
  post: StepResult;
}

/** One job: checkout of a module without requirements (plus goSum when given), setup, go build, post. */
async function job(goSum?: string): Promise<Run> {
  const j: RunnerJob = newJob({ env: { GOFLAGS: '', CGO_ENABLED: '0', GOTELEMETRY: 'off', GOPROXY: 'off' } });
  writeFileSync(path.join(j.workspace, 'go.mod'), 'module example.com/nodeps\n\ngo 1.19\n');
  mkdirSync(path.join(j.workspace, 'cmd', 'hello'), { recursive: true });
  writeFileSync(
    path.join(j.workspace, 'cmd', 'hello', 'main.go'),
    'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("hello") }\n',
  );
  if (goSum !== undefined) writeFileSync(path.join(j.workspace, 'go.sum'), goSum);
  const main = await runStep(j, distEntry('setup-go-matrix', 'main'), inputs);
  assert.equal(main.code, 0, main.stdout + main.stderr);
  const b = laterStep(j, 'go', ['build', '-o', 'bin/', './...']);
  assert.equal(b.code, 0, b.stderr);
  const post = await runStep(j, distEntry('setup-go-matrix', 'post'), inputs, { state: main.state });
  assert.equal(post.code, 0, post.stdout + post.stderr);
  return { main, post };
}

/** Titles of the runner's log groups, in order. */
const groups = (stdout: string): string[] => [...stdout.matchAll(/^::group::(.*)$/gm)].map((m) => m[1]!);

test('no dependencies: cache-hit turns true on the second run; groups around install, restore, save', async () => {
  const first = await job();
  assert.equal(first.main.outputs['cache-hit'], 'false');
  assert.equal(first.main.outputs['build-cache-matched-key'], '');
  assert.match(first.main.stdout, /The module cache has nothing to hold \(no go\.sum in .*: the module requires no other module\)/);
  assert.match(first.post.summary, /\| modules \| `[^`]+` \| not saved: empty \(nothing to cache; counts as hit\) \|/);
  assert.deepEqual(groups(first.main.stdout), ['Install Go (go-version "1.23")', `Restore Go ${first.main.outputs['go-version']!} caches`]);
  assert.equal((first.main.stdout.match(/^::endgroup::$/gm) ?? []).length, 2);
  assert.deepEqual(groups(first.post.stdout), ['Save Go caches']);

  const second = await job();
  assert.equal(second.main.outputs['modules-cache-hit'], 'false', 'nothing was restored for modules: no exact-key hit');
  assert.equal(second.main.outputs['build-cache-hit'], 'true');
  assert.equal(second.main.outputs['cache-hit'], 'true', second.main.stdout);
  assert.equal(second.main.outputs['modules-cache-matched-key'], '');
  assert.match(second.main.outputs['build-cache-matched-key']!, /^go-ci-kit-v1-build-/);
  assert.notEqual(
    second.main.outputs['build-cache-matched-key'],
    second.main.outputs['build-cache-key'],
    'build keys end in a per-run suffix',
  );

  // New dependency files: the build cache comes from the older dependency hash, a prefix restore.
  const third = await job('example.com/dep v1.0.0/go.mod h1:0000000000000000000000000000000000000000000=\n');
  assert.match(third.main.outputs['build-cache-matched-key']!, /^go-ci-kit-v1-build-/, 'GOCACHE was still warmed by prefix');
  assert.equal(third.main.outputs['build-cache-hit'], 'false', 'a prefix restore is no hit');
  assert.equal(third.main.outputs['cache-hit'], 'false', 'a go.sum means modules to cache, and none was restored');
});
