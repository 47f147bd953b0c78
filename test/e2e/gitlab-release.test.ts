// The repo's own .gitlab-ci.yml (the component project's pipeline) read by gitlab-ci-local on a temp
// git repo holding it, templates/ and package.json: which jobs a branch, a catalog tag X.Y.Z and a
// GitHub-style tag vX.Y.Z get, what the release job releases, which CLI the component jobs run, and
// the npm-package job run for real (shell executor) against a loopback npm registry: a tag that is
// not package.json's version fails, a version npm has passes, one it lacks fails with what to do.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'yaml';
import { runProgram, type Run } from '../helpers/npm-package.js';
import { repoRoot } from '../helpers/runner.js';

const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
const bin = path.join(repoRoot, 'node_modules', '.bin', 'gitlab-ci-local');
let repo: string;

before(() => {
  repo = mkdtempSync(path.join(os.tmpdir(), 'gck-gitlab-release-'));
  for (const p of ['.gitlab-ci.yml', 'templates', 'package.json']) cpSync(path.join(repoRoot, p), path.join(repo, p), { recursive: true });
  for (const args of [
    ['init', '-q', '-b', 'main'],
    ['add', '-A'],
    ['commit', '-q', '-m', 'component project'],
  ]) {
    const r = runProgram('git', ['-c', 'user.email=ci@example.com', '-c', 'user.name=ci', ...args], { cwd: repo });
    assert.equal(r.status, 0, r.stderr);
  }
});

/** gitlab-ci-local without a job (list/preview), synchronously. */
function glci(...args: string[]): Run {
  return runProgram(bin, ['--no-color', ...args], { cwd: repo, timeoutMs: 300_000 });
}

/** Job names of `--list` (name column, before two blanks). */
function listed(...vars: string[]): string[] {
  const r = glci('--list', ...vars.flatMap((v) => ['--variable', v]));
  assert.equal(r.status, 0, r.stdout + r.stderr);
  const lines = r.stdout.split('\n');
  const header = lines.findIndex((l) => l.startsWith('name '));
  assert.ok(header >= 0, r.stdout);
  return lines
    .slice(header + 1)
    .filter((l) => l.trim() !== '')
    .map((l) => l.split(/\s{2,}/)[0]!.trim());
}

const componentJobs = ['go-matrix: [1.19]', 'go-matrix: [1.21]', 'go-matrix: [1.22]', 'go-matrix: [1.23]', 'abi-diff', 'sonar-go-compat'];

test('a branch pipeline: dist check and the components of this commit; no release jobs', () => {
  assert.deepEqual(listed(), ['dist', ...componentJobs]);
});

test(`the tag ${pkg.version} adds npm-package and catalog-release; the GitHub tag v${pkg.version} does not`, () => {
  assert.deepEqual(listed(`CI_COMMIT_TAG=${pkg.version}`), ['dist', ...componentJobs, 'npm-package', 'catalog-release']);
  assert.deepEqual(listed(`CI_COMMIT_TAG=${pkg.version}-rc.1`).slice(-2), ['npm-package', 'catalog-release'], 'a pre-release too');
  assert.deepEqual(listed(`CI_COMMIT_TAG=v${pkg.version}`), ['dist', ...componentJobs]);
});

test('preview: the release job releases the tag with release-cli; component jobs run the CLI of this commit', () => {
  const r = glci('--preview', '--variable', `CI_COMMIT_TAG=${pkg.version}`);
  assert.equal(r.status, 0, r.stderr);
  const jobs = parse(r.stdout) as Record<
    string,
    { image?: { name: string }; stage?: string; release?: { tag_name: string; description: string }; variables?: Record<string, string> }
  >;
  const release = jobs['catalog-release']!;
  assert.match(release.image?.name ?? '', /^registry\.gitlab\.com\/gitlab-org\/release-cli:/);
  assert.equal(release.stage, 'release');
  assert.equal(release.release?.tag_name, '$CI_COMMIT_TAG');
  assert.match(release.release.description, /go-ci-kit@\$CI_COMMIT_TAG/);
  for (const job of ['go-matrix', 'abi-diff', 'sonar-go-compat'])
    assert.match(jobs[job]?.variables?.GO_CI_KIT_PACKAGE ?? '', /^git\+https:\/\/.*\$\{CI_PROJECT_PATH\}\.git#\$\{CI_COMMIT_SHA\}$/, job);
});

/** A registry that knows go-ci-kit at the given versions (npm view reads the packument). */
async function registry(versions: string[]): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    if (req.url !== '/go-ci-kit') {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"Not found"}');
      return;
    }
    const packument = {
      name: 'go-ci-kit',
      'dist-tags': { latest: versions.at(-1) },
      versions: Object.fromEntries(versions.map((v) => [v, { name: 'go-ci-kit', version: v, dist: { tarball: 'http://x/y.tgz' } }])),
    };
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(packument));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}

/** Runs the npm-package job (shell executor) with the tag and registry given; async, so the loopback registry answers. */
async function npmPackageJob(tag: string, registryUrl: string): Promise<Run> {
  const vars = [`CI_COMMIT_TAG=${tag}`, `npm_config_registry=${registryUrl}`, 'npm_config_cache=.npm-cache', 'NPM_WAIT_MINUTES=1'];
  const child = spawn(bin, ['--no-color', '--force-shell-executor', ...vars.flatMap((v) => ['--variable', v]), 'npm-package'], {
    cwd: repo,
    env: process.env,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
  child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
  const status = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  return { status, stdout, stderr };
}

test('the npm-package job: the tag must be the package version, and npm must have it', async () => {
  const { url, server } = await registry([pkg.version]);
  try {
    const wrongTag = await npmPackageJob('0.0.9', url);
    assert.notEqual(wrongTag.status, 0);
    assert.match(
      wrongTag.stdout + wrongTag.stderr,
      new RegExp(`tag 0\\.0\\.9 is not ${pkg.version.replace(/\./g, '\\.')}, the version in package\\.json`),
    );
    const published = await npmPackageJob(pkg.version, url);
    assert.equal(published.status, 0, published.stdout + published.stderr);
    assert.match(
      published.stdout,
      new RegExp(`npm-package\\s*> ${pkg.version.replace(/\./g, '\\.')}$`, 'm'),
      'npm view printed the version',
    );
  } finally {
    server.close();
  }
  const { url: empty, server: emptyServer } = await registry(['0.0.1']);
  try {
    const missing = await npmPackageJob(pkg.version, empty);
    assert.notEqual(missing.status, 0);
    assert.match(missing.stdout + missing.stderr, /is not on npm: push the tag v\S+ to GitHub \(release workflow\), then retry this job/);
  } finally {
    emptyServer.close();
  }
});
