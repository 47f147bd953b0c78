// Our own files never enter the user's module cache key, through dist/ as the runner runs it: the
// reusable workflow's checkout of go-ci-kit (the bundle runs from it, so its package root is found
// from the running code, under .go-ci-kit/src or anywhere else below the workspace), and the CLI's
// per-leg module cache in .go-ci-kit/. A go.sum of the user's own still changes the key.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { debianGoroot } from '../helpers/go.js';
import { newJob, repoRoot, runStep, type RunnerJob } from '../helpers/runner.js';

const cacheDir = path.join(mkdtempSync(path.join(os.tmpdir(), 'gck-own-dirs-e2e-')), 'cache');

/** A checkout of go-ci-kit (what actions/checkout puts there: package.json, dist/, fixtures). */
function checkoutGoCiKit(dest: string): string {
  mkdirSync(dest, { recursive: true });
  cpSync(path.join(repoRoot, 'package.json'), path.join(dest, 'package.json'));
  cpSync(path.join(repoRoot, 'dist', 'setup-go-matrix'), path.join(dest, 'dist', 'setup-go-matrix'), { recursive: true });
  cpSync(path.join(repoRoot, 'test', 'fixtures', 'cache-app'), path.join(dest, 'test', 'fixtures', 'cache-app'), { recursive: true });
  return path.join(dest, 'dist', 'setup-go-matrix', 'main', 'index.js');
}

function project(job: RunnerJob): void {
  writeFileSync(path.join(job.workspace, 'go.mod'), 'module example.com/app\n\ngo 1.19\n\nrequire example.com/greeting v1.0.0\n');
  writeFileSync(path.join(job.workspace, 'go.sum'), 'example.com/greeting v1.0.0 h1:aaaa=\nexample.com/greeting v1.0.0/go.mod h1:bbbb=\n');
}

async function modulesKey(prepare: (job: RunnerJob) => string | undefined): Promise<string> {
  const job = newJob({ env: { GO_DOWNLOAD_BASE_URL: 'http://127.0.0.1:9', GOFLAGS: '', GOTELEMETRY: 'off' } });
  project(job);
  const entry = prepare(job) ?? path.join(repoRoot, 'dist', 'setup-go-matrix', 'main', 'index.js');
  const r = await runStep(job, entry, {
    'go-version': '1.23',
    'toolchain-source': 'local',
    'local-goroots': debianGoroot('1.23'),
    'cache-backend': 'dir',
    'cache-dir': cacheDir,
  });
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const key = r.outputs['modules-cache-key'];
  assert.ok(key, r.stdout);
  return key;
}

test('dist: a go-ci-kit checkout in the workspace and the CLI work dirs leave the modules cache key unchanged', async () => {
  const clean = await modulesKey(() => undefined);
  // The reusable workflow's layout: go-ci-kit checked out into .go-ci-kit/src, its bundle running from there.
  assert.equal(await modulesKey((job) => checkoutGoCiKit(path.join(job.workspace, '.go-ci-kit', 'src'))), clean);
  // Checked out anywhere else below the workspace: its package root is found from the running bundle.
  assert.equal(await modulesKey((job) => checkoutGoCiKit(path.join(job.workspace, 'tools', 'go-ci-kit'))), clean);
  // The CLI's per-leg module cache inside the project (GitLab), as the previous run left it.
  const leftovers = (job: RunnerJob): undefined => {
    const mod = path.join(job.workspace, '.go-ci-kit', 'go1.23', 'work', 'go-1.23.5-amd64', 'gomodcache');
    mkdirSync(path.join(mod, 'example.com', 'greeting@v1.0.0'), { recursive: true });
    writeFileSync(path.join(mod, 'example.com', 'greeting@v1.0.0', 'go.sum'), 'example.com/other v1.0.0 h1:cccc=\n');
    return undefined;
  };
  assert.equal(await modulesKey(leftovers), clean);
  // The control: a go.sum of the user's own module below the workspace does count.
  const own = await modulesKey((job) => {
    mkdirSync(path.join(job.workspace, 'tools'), { recursive: true });
    writeFileSync(path.join(job.workspace, 'tools', 'go.sum'), 'example.com/lint v1.0.0 h1:dddd=\n');
    return undefined;
  });
  assert.notEqual(own, clean);
});
