// The CLI's GitLab side: dotenv outputs (prefixed per leg, fixed path, GitLab's size limit), the
// sourceable env file, findings as Code Quality JSON and JUnit XML, and dirs inside the project.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { DOTENV_MAX_BYTES, FileRuntime } from '../../src/ci/file-runtime.js';
import { codeQuality, fingerprint, junitXml, type Finding } from '../../src/ci/findings.js';
import { repoRoot } from '../helpers/runner.js';

function tmp(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'gck-cli-'));
}

function gitlabRuntime(env: NodeJS.ProcessEnv, action = 'setup-go-matrix'): FileRuntime {
  const outDir = path.join(env.CI_PROJECT_DIR!, '.go-ci-kit');
  return new FileRuntime({ kind: 'gitlab', outDir, action, inputs: new Map(), env });
}

test('dotenv keys carry the leg prefix and go to GO_CI_KIT_DOTENV when set', () => {
  const project = tmp();
  const dotenv = path.join(project, 'leg.env');
  const rt = gitlabRuntime({ CI_PROJECT_DIR: project, GO_CI_KIT_OUTPUT_PREFIX: 'GO_1.23_', GO_CI_KIT_DOTENV: dotenv });
  rt.setOutput('go-version', '1.23.5');
  rt.setOutput('modules-cache-hit', 'true');
  rt.setOutput('report', 'line1\nline2');
  assert.equal(readFileSync(dotenv, 'utf8'), 'GO_1_23_GO_VERSION=1.23.5\nGO_1_23_MODULES_CACHE_HIT=true\n');
  // Multi-line values stay out of dotenv but are kept, whole, in outputs.json.
  assert.equal((JSON.parse(readFileSync(rt.outputsFile, 'utf8')) as Record<string, string>).report, 'line1\nline2');
});

test('a dotenv report never grows past GitLab 5 KB limit; the value is still in outputs.json', () => {
  const project = tmp();
  const rt = gitlabRuntime({ CI_PROJECT_DIR: project });
  const stderr: string[] = [];
  const write = process.stderr.write.bind(process.stderr);
  process.stderr.write = (s: string) => (stderr.push(s), true);
  try {
    for (let i = 0; i < 60; i++) rt.setOutput(`out-${i}`, 'x'.repeat(100));
  } finally {
    process.stderr.write = write;
  }
  const size = readFileSync(rt.dotenvFile).length;
  assert.ok(size <= DOTENV_MAX_BYTES && size > DOTENV_MAX_BYTES - 200, `dotenv is ${size} bytes`);
  assert.match(
    stderr.join(''),
    /warning: output out-\d+ not added to .*outputs\.env: GitLab dotenv reports are limited to 5120 bytes; read it from .*outputs\.json/,
  );
  assert.equal(Object.keys(JSON.parse(readFileSync(rt.outputsFile, 'utf8')) as object).length, 60);
});

test('on GitLab the tool cache and work dirs live inside the project dir (so cache: can keep them)', () => {
  const project = tmp();
  const rt = gitlabRuntime({ CI_PROJECT_DIR: project });
  for (const dir of [rt.toolCacheDir(), rt.workDir(), rt.tempDir()]) {
    assert.ok(dir.startsWith(project + path.sep), `${dir} is inside ${project}`);
  }
  const local = new FileRuntime({ kind: 'local', outDir: path.join(project, 'o'), action: 'x', inputs: new Map(), env: {} });
  assert.ok(!local.toolCacheDir().startsWith(project), 'a laptop shares one tool cache across projects');
});

const findings: Finding[] = [
  { check: 'abi/removed', message: 'removed func example.com/sample/greet.Hello <&>', severity: 'major', file: 'greet/greet.go', line: 7 },
  { check: 'abi/size', message: 'binary grew 2.1%', severity: 'info' },
];

test('findings become a GitLab Code Quality report with stable fingerprints', () => {
  const issues = codeQuality(findings);
  assert.deepEqual(issues[0], {
    description: findings[0]!.message,
    check_name: 'abi/removed',
    fingerprint: fingerprint(findings[0]!),
    severity: 'major',
    location: { path: 'greet/greet.go', lines: { begin: 7 } },
  });
  assert.deepEqual(issues[1]!.location, { path: '.', lines: { begin: 1 } });
  assert.match(issues[0].fingerprint, /^[0-9a-f]{64}$/);
  assert.equal(fingerprint({ ...findings[0]!, line: 99 }), issues[0].fingerprint, 'moving a line keeps the fingerprint');
  assert.notEqual(issues[0].fingerprint, issues[1]!.fingerprint);
});

test('findings become JUnit XML that fails on major+ and escapes text', () => {
  const xml = junitXml('abi-diff', findings);
  assert.match(xml, /<testsuites tests="2" failures="1">/);
  assert.match(
    xml,
    /<testcase classname="abi-diff" name="abi\/removed greet\/greet.go:7"><failure type="major" message="removed func example.com\/sample\/greet.Hello &lt;&amp;&gt;"\/><\/testcase>/,
  );
  assert.match(xml, /<system-out>binary grew 2.1%<\/system-out>/);
  // Well-formed enough for a strict reader: every tag opened is closed.
  const opens = (xml.match(/<testcase /g) ?? []).length;
  assert.equal(opens, (xml.match(/<\/testcase>/g) ?? []).length);
});

test('the file runtime writes findings next to its outputs, per action', () => {
  const project = tmp();
  const rt = gitlabRuntime({ CI_PROJECT_DIR: project }, 'abi-diff');
  const written = rt.writeFindings(findings);
  assert.deepEqual(written, [
    path.join(project, '.go-ci-kit', 'abi-diff.codequality.json'),
    path.join(project, '.go-ci-kit', 'abi-diff.junit.xml'),
  ]);
  assert.equal((JSON.parse(readFileSync(written[0]!, 'utf8')) as unknown[]).length, 2);
  assert.ok(readFileSync(written[1]!, 'utf8').startsWith('<?xml'));
});

function cli(args: string[], env: NodeJS.ProcessEnv, cwd: string) {
  // The bundled CLI, as `npx go-ci-kit` runs it (npm run build first).
  return spawnSync(process.execPath, [path.join(repoRoot, 'dist', 'cli', 'index.js'), ...args], {
    cwd,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    encoding: 'utf8',
  });
}

test('cli: --version prints the package version, --help exits 0, a bad flag exits 2 naming it', () => {
  const cwd = tmp();
  const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
  const v = cli(['--version'], {}, cwd);
  assert.equal(v.status, 0);
  assert.equal(v.stdout, `go-ci-kit ${pkg.version}\n`);
  const h = cli(['--help'], {}, cwd);
  assert.equal(h.status, 0);
  assert.match(h.stdout, /usage: go-ci-kit <action>/);
  const bad = cli(['setup-go-matrix', '--go-versoin', '1.23'], {}, cwd);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /setup-go-matrix has no input "go-versoin"; its inputs are: go-version, /);
});

test('cli on GitLab: out dir defaults to $CI_PROJECT_DIR/.go-ci-kit and the log says what to source', () => {
  const project = tmp();
  const elsewhere = tmp();
  writeFileSync(path.join(project, 'go.mod'), 'module example.com/x\n\ngo 1.19\n');
  // A bad choice value fails inside the action, after the runtime is set up: files land in the project.
  const r = cli(
    ['setup-go-matrix', '--go-version', '1.23', '--toolchain-source', 'nowhere'],
    { GITLAB_CI: 'true', CI_PROJECT_DIR: project },
    elsewhere,
  );
  assert.equal(r.status, 1);
  assert.match(r.stderr, /error: .*toolchain-source/);
  assert.match(r.stdout, new RegExp(`source ${path.join(project, '.go-ci-kit', 'env.sh').replace(/[.]/g, '\\.')}`));
  assert.ok(existsSync(path.join(project, '.go-ci-kit')));
  assert.ok(!existsSync(path.join(elsewhere, '.go-ci-kit')));
});

test('the temp dir exists when an action asks for it (actions mkdtemp inside it)', () => {
  const project = tmp();
  const rt = gitlabRuntime({ CI_PROJECT_DIR: project });
  assert.ok(existsSync(rt.tempDir()));
});
