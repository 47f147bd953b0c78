// What this repo's own workflows promise (the workflow parser checks their syntax in
// workflow-validate.test.ts): ci.yml runs the three actions from this commit on the three hosted
// runner OSes by the four Go versions and keeps the full suite on Ubuntu; release.yml, on vX.Y.Z
// only, verifies before it publishes, publishes with provenance, and moves the major tag last.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'yaml';
import { setupGoMatrix } from '../../src/actions/setup-go-matrix/definition.js';
import { testedMinors } from '../helpers/go.js';
import { repoRoot } from '../helpers/runner.js';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  'runs-on'?: string;
  needs?: string | string[];
  if?: string;
  permissions?: Record<string, string>;
  strategy?: { matrix?: Record<string, unknown> };
  defaults?: { run?: { shell?: string } };
  steps?: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const workflow = (name: string): Workflow => parse(readFileSync(path.join(repoRoot, '.github', 'workflows', name), 'utf8')) as Workflow;
const runs = (job: Job): string => (job.steps ?? []).map((s) => s.run ?? '').join('\n');

test('ci.yml: the three actions from this commit on ubuntu, macos and windows by Go 1.19, 1.21, 1.22, 1.23', () => {
  const ci = workflow('ci.yml');
  const actions = ci.jobs.actions!;
  assert.equal(actions['runs-on'], '${{ matrix.os }}');
  assert.deepEqual(actions.strategy?.matrix?.os, ['ubuntu-latest', 'macos-latest', 'windows-latest']);
  assert.deepEqual(actions.strategy.matrix.go, [...testedMinors]);
  assert.equal(actions.defaults?.run?.shell, 'bash', 'the same script lines on Windows');
  const used = new Set((actions.steps ?? []).map((s) => s.uses).filter((u) => u?.startsWith('./actions/')));
  assert.deepEqual([...used].sort(), ['./actions/abi-diff', './actions/setup-go-matrix', './actions/sonar-go-compat']);
  // The full suite stays on Ubuntu (Debian Go packages, gitlab-ci-local, bsdtar).
  assert.equal(ci.jobs.test!['runs-on'], 'ubuntu-latest');
  assert.match(runs(ci.jobs.test!), /^bash scripts\/test\.sh$/m);
});

test('release.yml: vX.Y.Z tags only; verify (tag = package.json, check-dist, suite) before npm, npm before the major tag', () => {
  const rel = workflow('release.yml');
  assert.deepEqual(rel.on, { push: { tags: ['v*.*.*'] } });
  assert.deepEqual(rel.permissions, { contents: 'read' }, 'least rights by default');
  const { verify, npm } = rel.jobs;
  const major = rel.jobs['major-tag'];
  assert.ok(verify && npm && major);
  assert.match(runs(verify), /"\$TAG" != "v\$version"/);
  assert.match(runs(verify), /npm run check-dist/);
  assert.match(runs(verify), /bash scripts\/test\.sh/);

  assert.deepEqual([npm.needs].flat(), ['verify']);
  assert.equal(npm.permissions?.['id-token'], 'write', 'provenance needs an OIDC token');
  const publish = (npm.steps ?? []).find((s) => s.run?.includes('npm publish'))!;
  assert.match(publish.run!, /npm publish --provenance --access public --tag "\$DIST_TAG"/);
  assert.equal(publish.env?.NODE_AUTH_TOKEN, '${{ secrets.NPM_TOKEN }}');
  assert.match(publish.run!, /npm view "go-ci-kit@\$VERSION" version/, 'a re-run skips a version npm already has');
  const setupNode = (npm.steps ?? []).find((s) => s.uses?.startsWith('actions/setup-node@'))!;
  assert.equal(setupNode.with?.['registry-url'], 'https://registry.npmjs.org');

  assert.deepEqual([major.needs].flat(), ['verify', 'npm']);
  assert.equal(major.if, "needs.verify.outputs.prerelease == 'false'", 'a pre-release never moves the major tag');
  assert.equal(major.permissions?.contents, 'write');
  assert.match(runs(major), /git tag --force "\$MAJOR" "\$GITHUB_SHA"/);
  assert.match(runs(major), /git push --force origin "refs\/tags\/\$MAJOR"/);
});

/** A step's run script executed as GitHub runs it (bash -eo pipefail) in cwd with env. */
function runScript(script: string, cwd: string, env: NodeJS.ProcessEnv) {
  return spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
    cwd,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    encoding: 'utf8',
  });
}

function stepRun(job: Job, name: RegExp): string {
  const step = (job.steps ?? []).find((s) => name.test(s.name ?? ''));
  assert.ok(step?.run, `a step named ${String(name)}`);
  return step.run;
}

test("release.yml's version step: outputs from package.json, a tag that is not v<version> fails", () => {
  const script = stepRun(workflow('release.yml').jobs.verify!, /the tag is package\.json's version/);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gck-release-version-'));
  const outputs = (version: string, tag: string) => {
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'go-ci-kit', version }));
    const out = path.join(dir, 'out');
    writeFileSync(out, '');
    const r = runScript(script, dir, { TAG: tag, GITHUB_OUTPUT: out });
    return { r, out: readFileSync(out, 'utf8') };
  };
  assert.equal(outputs('1.4.2', 'v1.4.2').out, 'version=1.4.2\nmajor=v1\nprerelease=false\n');
  assert.equal(outputs('2.0.0-rc.1', 'v2.0.0-rc.1').out, 'version=2.0.0-rc.1\nmajor=v2\nprerelease=true\n');
  const wrong = outputs('1.4.2', 'v1.4.3');
  assert.equal(wrong.r.status, 1);
  assert.match(wrong.r.stdout, /^::error::tag v1\.4\.3 is not v1\.4\.2, the version in package\.json/m);
});

test("release.yml's major-tag step on a real repo: moves v1 to the newest release, never backwards, ignores pre-releases", () => {
  const script = stepRun(workflow('release.yml').jobs['major-tag']!, /^move /);
  const root = mkdtempSync(path.join(os.tmpdir(), 'gck-release-major-'));
  const git = (cwd: string, ...args: string[]) => {
    const r = spawnSync('git', ['-c', 'user.email=ci@example.com', '-c', 'user.name=ci', ...args], { cwd, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    return r.stdout.trim();
  };
  const origin = path.join(root, 'origin.git');
  const work = path.join(root, 'work');
  git(root, 'init', '-q', '--bare', origin);
  git(root, 'clone', '-q', origin, work);
  const commit = (tag: string) => {
    git(work, 'commit', '-q', '--allow-empty', '-m', tag);
    git(work, 'tag', tag);
    git(work, 'push', '-q', 'origin', 'HEAD:refs/heads/main', `refs/tags/${tag}`);
    return git(work, 'rev-parse', 'HEAD');
  };
  const v1 = () => git(origin, 'rev-parse', 'refs/tags/v1');
  const release = (tag: string, sha: string) => runScript(script, work, { MAJOR: 'v1', TAG: tag, GITHUB_SHA: sha });

  const s120 = commit('v1.2.0');
  assert.equal(release('v1.2.0', s120).status, 0);
  assert.equal(v1(), s120);
  commit('v1.4.0-rc.1');
  const s130 = commit('v1.3.0');
  const r130 = release('v1.3.0', s130);
  assert.equal(r130.status, 0, r130.stderr);
  assert.equal(v1(), s130, 'moved forward; the 1.4.0 pre-release does not count');
  const s121 = commit('v1.2.1');
  const r121 = release('v1.2.1', s121);
  assert.equal(r121.status, 0);
  assert.match(r121.stdout, /^::notice::v1 stays at v1\.3\.0: v1\.2\.1 is not the newest release of v1$/m);
  assert.equal(v1(), s130, 'a patch of an older minor leaves v1 where it is');
});

test("the README's every-OS example is the matrix ci.yml runs, with inputs setup-go-matrix has", () => {
  const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
  const example = blocks
    .map((b) => parse(b) as unknown)
    .find((doc): doc is { jobs: Record<string, Job> } => JSON.stringify(doc).includes('"os":['));
  assert.ok(example, 'a README example with an os matrix');
  const job = Object.values(example.jobs)[0]!;
  const matrix = workflow('ci.yml').jobs.actions!.strategy!.matrix!;
  assert.deepEqual(job.strategy?.matrix, { os: matrix.os, go: matrix.go });
  assert.equal(job['runs-on'], '${{ matrix.os }}');
  const setup = (job.steps ?? []).find((s) => s.uses?.startsWith('go-ci-kit/go-ci-kit/actions/setup-go-matrix@'));
  assert.ok(setup?.with);
  for (const input of Object.keys(setup.with)) assert.ok(input in setupGoMatrix.inputs, `setup-go-matrix has no input ${input}`);
});
