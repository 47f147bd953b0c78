// The npm package: `npm pack` holds only what runs, the bundles need no node_modules, and a
// project that installs the tarball (offline, from npm's cache) runs every action with `npx go-ci-kit`.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { actions } from '../../src/actions/registry.js';
import { debianGoroot, goBin, sharedGoCache } from '../helpers/go.js';
import { offlineNpmEnv, packTarball, runProgram, sampleModuleCopy, type Run } from '../helpers/npm-package.js';
import { repoRoot } from '../helpers/runner.js';

let tgz: string;
let project: string;
let sample: string;

before(() => {
  tgz = packTarball();
  project = mkdtempSync(path.join(os.tmpdir(), 'gck-consumer-'));
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
  const r = runProgram('npm', ['install', '--no-save', '--loglevel=error', tgz], { cwd: project, env: offlineNpmEnv() });
  assert.equal(r.status, 0, `npm install --offline of the tarball failed:\n${r.stderr}`);
  sample = sampleModuleCopy(path.join(project, 'sample-module'));
});

function npx(args: string[], env: NodeJS.ProcessEnv = {}): Run & { outputs: Record<string, string> } {
  const r = runProgram('npx', ['--no-install', 'go-ci-kit', ...args], { cwd: project, env: offlineNpmEnv(env) });
  // The CLI prints its outputs as JSON on the last stdout line.
  const last = r.stdout.trim().split('\n').at(-1) ?? '{}';
  let outputs: Record<string, string> = {};
  try {
    outputs = JSON.parse(last) as Record<string, string>;
  } catch {
    // Left empty: the assertions below then show the whole run.
  }
  return { ...r, outputs };
}

test('the tarball holds package.json, README and dist/ only, with an executable bin', () => {
  const r = runProgram('tar', ['-tvzf', tgz], { cwd: os.tmpdir() });
  assert.equal(r.status, 0);
  const entries = r.stdout.trim().split('\n');
  const files = entries.map((l) => l.split(/\s+/).at(-1)!).sort();
  const outside = files.filter((f) => !/^package\/(package\.json|README\.md|LICENSE|dist\/.+)$/.test(f));
  assert.deepEqual(outside, [], 'files outside what runs');
  assert.ok(files.includes('package/dist/cli/index.js'));
  for (const def of actions) assert.ok(files.includes(`package/dist/${def.name}/main/index.js`), def.name);
  const cli = entries.find((l) => l.endsWith('package/dist/cli/index.js'))!;
  assert.match(cli, /^-rwx/, 'bin is executable');
  const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { bin: Record<string, string> };
  assert.deepEqual(pkg.bin, { 'go-ci-kit': 'dist/cli/index.js' });
});

test('the bundled CLI loads every action with no node_modules anywhere above it', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gck-bare-'));
  assert.equal(runProgram('tar', ['-xzf', tgz, '-C', dir], { cwd: dir }).status, 0);
  for (let d = dir; d !== path.dirname(d); d = path.dirname(d))
    assert.ok(!existsSync(path.join(d, 'node_modules')), `${d}/node_modules exists`);
  const r = runProgram(process.execPath, [path.join(dir, 'package', 'dist', 'cli', 'index.js'), '--help'], {
    cwd: dir,
    env: { PATH: process.env.PATH },
  });
  assert.equal(r.status, 0, r.stderr);
  for (const def of actions) assert.match(r.stdout, new RegExp(`^  ${def.name}  inputs: --`, 'm'));
});

test('npx go-ci-kit --version from the installed tarball', () => {
  const r = npx(['--version']);
  assert.equal(r.status, 0, r.stderr);
  const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
  assert.equal(r.stdout, `go-ci-kit ${pkg.version}\n`);
});

test('npx go-ci-kit setup-go-matrix sets up a local Go and writes a sourceable env', () => {
  const out = path.join(project, 'out-setup');
  const r = npx([
    'setup-go-matrix',
    '--go-version',
    '1.23',
    '--toolchain-source',
    'local',
    '--local-goroots',
    debianGoroot('1.23'),
    '--working-directory',
    sample,
    '--cache',
    'false',
    '--out-dir',
    out,
  ]);
  assert.equal(r.status, 0, `${r.stdout}\n${r.stderr}`);
  assert.match(r.outputs['go-version'] ?? '', /^1\.23\.\d+$/);
  assert.equal(r.outputs['go-source'], 'local');
  const v = runProgram('bash', ['-c', 'source "$1" && go env GOVERSION GOTOOLCHAIN', 'bash', path.join(out, 'env.sh')], {
    cwd: sample,
    env: { PATH: '/usr/bin:/bin', HOME: process.env.HOME },
  });
  assert.equal(v.stdout, `go${r.outputs['go-version']}\nlocal\n`, v.stderr);
});

test('npx go-ci-kit abi-diff compares two builds of the sample (Go 1.19 vs 1.23): no API findings', () => {
  const builds = path.join(project, 'abi');
  for (const minor of ['1.19', '1.23'] as const) {
    mkdirSync(path.join(builds, minor), { recursive: true });
    const env = {
      PATH: `${path.dirname(goBin(minor))}:/usr/bin:/bin`,
      HOME: process.env.HOME,
      GOTOOLCHAIN: 'local',
      GOCACHE: sharedGoCache(minor),
    };
    const b = runProgram(goBin(minor), ['build', '-trimpath', '-o', path.join(builds, minor, 'sample'), './cmd/sample'], {
      cwd: sample,
      env,
    });
    assert.equal(b.status, 0, b.stderr);
  }
  const r = npx(
    ['abi-diff', '--base', path.join(builds, '1.19'), '--head', path.join(builds, '1.23'), '--out-dir', path.join(project, 'out-abi')],
    {
      PATH: `${path.dirname(goBin('1.23'))}:${process.env.PATH}`,
    },
  );
  assert.equal(r.status, 0, `${r.stdout}\n${r.stderr}`);
  assert.equal(r.outputs.removed, '0');
  assert.equal(r.outputs.breaking, 'false');
  assert.ok(r.outputs.report && existsSync(r.outputs.report), `report ${r.outputs.report}`);
});

test('npx go-ci-kit sonar-go-compat runs the tests and writes Sonar-ready reports', () => {
  const r = npx(
    [
      'sonar-go-compat',
      '--working-directory',
      sample,
      '--run-tests',
      'true',
      '--analyzer-go-version',
      '1.21',
      '--out-dir',
      path.join(project, 'out-sonar'),
    ],
    {
      PATH: `${path.dirname(goBin('1.23'))}:${process.env.PATH}`,
      GOTOOLCHAIN: 'local',
      GOCACHE: sharedGoCache('1.23'),
    },
  );
  assert.equal(r.status, 0, `${r.stdout}\n${r.stderr}`);
  assert.equal(r.outputs['newer-features'], '0', 'the sample uses generics only (Go 1.18)');
  // Report paths are relative to the module dir, as sonar-project.properties needs them.
  for (const k of ['coverage-report', 'tests-report', 'properties-file'])
    assert.ok(r.outputs[k] && existsSync(path.resolve(sample, r.outputs[k])), `${k}: ${r.outputs[k]}`);
});

test('npx go-ci-kit with a bad input value fails with the input named', () => {
  const r = npx(['setup-go-matrix', '--go-version', '1.2x', '--out-dir', path.join(project, 'out-bad')]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /go-version.*"1\.2x"/);
});
