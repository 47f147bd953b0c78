// One exit status everywhere: a broken abi-diff policy fails the step on GitHub (dist entry), in
// the CLI (dist/cli) and in the GitLab abi-diff component (gitlab-ci-local, shell executor, the CLI
// installed from this package's tarball). The break is real: the fixture's v2 removes the exported
// func api.Removed, both sides built as archives by Debian's Go 1.23. A second component job with
// fail-on: none on the same pair passes, so the failure is the policy's, not the job's plumbing.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FixtureBuilder } from '../helpers/abi-fixtures.js';
import { debianGoroot } from '../helpers/go.js';
import { offlineNpmEnv, packTarball, runProgram } from '../helpers/npm-package.js';
import { distEntry, newJob, repoRoot, runStep } from '../helpers/runner.js';

const fx = new FixtureBuilder();
let base: string;
let head: string;
const go123 = debianGoroot('1.23');

before(() => {
  base = fx.build({ version: 'v1', go: '1.23', pkg: './api', out: 'base/api.a' });
  head = fx.build({ version: 'v2', go: '1.23', pkg: './api', out: 'head/api.a' });
});

test('GitHub (dist/abi-diff): a removed exported func fails the step with exit status 1', async () => {
  const job = newJob();
  const r = await runStep(job, distEntry('abi-diff'), { base, head, go: go123 });
  assert.equal(r.outputs.breaking, 'true');
  assert.equal(r.code, 1, r.stdout);
  assert.match(r.stdout, /::error::abi-diff: \d+ finding\(s\) break the policy \(fail-on: removed\)/);
});

test('CLI (dist/cli): the same break exits 1 after writing its outputs; fail-on none exits 0', () => {
  const cli = path.join(repoRoot, 'dist', 'cli', 'index.js');
  const run = (failOn: string) => {
    const out = path.join(fx.dir, `cli-${failOn}`);
    const r = runProgram(
      process.execPath,
      [cli, 'abi-diff', '--base', base, '--head', head, '--go', go123, '--fail-on', failOn, '--out-dir', out],
      {
        cwd: fx.dir,
        env: { PATH: process.env.PATH, HOME: process.env.HOME },
      },
    );
    return { ...r, outputs: JSON.parse(readFileSync(path.join(out, 'outputs.json'), 'utf8')) as Record<string, string> };
  };
  const strict = run('removed');
  assert.equal(strict.outputs.breaking, 'true');
  assert.ok(Number(strict.outputs.removed) >= 1);
  assert.equal(strict.status, 1, strict.stdout + strict.stderr);
  const lenient = run('none');
  assert.equal(lenient.outputs.breaking, 'false');
  assert.equal(lenient.status, 0, lenient.stdout + lenient.stderr);
});

test('GitLab component (gitlab-ci-local): the abi-diff job fails on the break, and passes with fail-on none', () => {
  const tgz = packTarball();
  const repo = mkdtempSync(path.join(os.tmpdir(), 'gck-gitlab-abi-'));
  cpSync(path.join(repoRoot, 'templates'), path.join(repo, 'templates'), { recursive: true });
  mkdirSync(path.join(repo, 'builds'));
  cpSync(base, path.join(repo, 'builds', 'base.a'));
  cpSync(head, path.join(repo, 'builds', 'head.a'));
  const job = (name: string, failOn: string) => `  - component: $CI_SERVER_FQDN/$CI_PROJECT_PATH/abi-diff@$CI_COMMIT_SHA
    inputs:
      job-name: ${name}
      needs: []
      base: builds/base.a
      head: builds/head.a
      go-version: "1.23"
      toolchain-source: local
      local-goroots: ${go123}
      fail-on: ${failOn}
      cli-package: ${tgz}
`;
  writeFileSync(path.join(repo, '.gitlab-ci.yml'), `include:\n${job('abi-strict', 'removed')}${job('abi-lenient', 'none')}`);
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.email=ci@example.com', '-c', 'user.name=ci', ...args], { cwd: repo, stdio: 'pipe' });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'two archives and the components');
  const bin = path.join(repoRoot, 'node_modules', '.bin', 'gitlab-ci-local');
  const r = runProgram(bin, ['--force-shell-executor', '--shell-isolation', '--no-color', '--variable', 'npm_config_offline=true'], {
    cwd: repo,
    env: offlineNpmEnv(),
    timeoutMs: 480_000,
  });
  const log = r.stdout + r.stderr;
  assert.match(log, /^ PASS\s+abi-lenient\s*$/m, log);
  assert.match(log, /^ FAIL\s+abi-strict/m, log);
  assert.match(log, /abi-strict\s*> .*break the policy \(fail-on: removed\)/, log);
  assert.notEqual(r.status, 0, 'gitlab-ci-local reports the failed pipeline');
});
