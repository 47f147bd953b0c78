// The GitLab CI/CD components, run for real by gitlab-ci-local (shell executor, --shell-isolation)
// on a temp git repo holding the sample module and this repo's templates/, with the CLI installed by
// `npx` from this package's tarball (offline, npm cache). Go comes from the Debian GOROOTs.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { debianGoroot } from '../helpers/go.js';
import { offlineNpmEnv, packTarball, runProgram, sampleModuleCopy, type Run } from '../helpers/npm-package.js';
import { repoRoot } from '../helpers/runner.js';

let repo: string;
let tgz: string;

function git(...args: string[]): void {
  const r = runProgram('git', ['-c', 'user.email=ci@example.com', '-c', 'user.name=ci', ...args], { cwd: repo });
  assert.equal(r.status, 0, r.stderr);
}

/** The project's .gitlab-ci.yml: the go-matrix component plus a job that reads the legs' dotenv outputs. */
function pipeline(opts: { sonar: string; abiDiff: string }): string {
  return `include:
  - component: $CI_SERVER_FQDN/$CI_PROJECT_PATH/go-matrix@$CI_COMMIT_SHA
    inputs:
      component-path: $CI_SERVER_FQDN/$CI_PROJECT_PATH
      component-version: $CI_COMMIT_SHA
      go-versions: ["1.19", "1.23"]
      newest-go: "1.23"
      script:
        - echo "gocache-files=$(find "$GOCACHE" -type f | wc -l) go=$(go env GOVERSION)"
        - go build ./...
        - go vet ./...
      toolchain-source: local
      local-goroots: ${debianGoroot('1.19')},${debianGoroot('1.23')}
      abi-package: ./cmd/sample
      abi-diff: ${opts.abiDiff}
      sonar: ${opts.sonar}
      analyzer-go-version: "1.21"
      cli-package: ${tgz}

leg-outputs:
  stage: test
  needs: [go-matrix]
  script:
    - echo "outputs 1.19=$GO_1_19_GO_VERSION 1.23=$GO_1_23_GO_VERSION source=$GO_1_23_GO_SOURCE"
`;
}

function gitlabCiLocal(args: string[]): Run {
  const bin = path.join(repoRoot, 'node_modules', '.bin', 'gitlab-ci-local');
  return runProgram(bin, ['--force-shell-executor', '--shell-isolation', '--no-color', '--variable', 'npm_config_offline=true', ...args], {
    cwd: repo,
    env: offlineNpmEnv(),
    timeoutMs: 480_000,
  });
}

/** Output lines a job printed (`<job> > line`), in order. */
function jobOutput(log: string, job: string): string[] {
  const prefix = new RegExp(`^${job.replace(/[[\]().]/g, '\\$&')}\\s*> (.*)$`);
  return log.split('\n').flatMap((l) => {
    const m = prefix.exec(l);
    return m ? [m[1]!] : [];
  });
}

function passed(log: string, job: string): boolean {
  return new RegExp(`^ PASS\\s+${job.replace(/[[\]().]/g, '\\$&')}\\s*$`, 'm').test(log);
}

/** gitlab-ci-local's cache dirs (.gitlab-ci-local/cache/<index>_<key>), by name. */
function cacheDirs(): string[] {
  const dir = path.join(repo, '.gitlab-ci-local', 'cache');
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

before(() => {
  tgz = packTarball();
  repo = mkdtempSync(path.join(os.tmpdir(), 'gck-gitlab-'));
  sampleModuleCopy(repo);
  cpSync(path.join(repoRoot, 'templates'), path.join(repo, 'templates'), { recursive: true });
  writeFileSync(path.join(repo, '.gitlab-ci.yml'), pipeline({ sonar: 'on_success', abiDiff: 'on_success' }));
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'sample module with go-ci-kit components');
});

let firstRun: Run;

test('go-matrix: a 2-version parallel:matrix whose dotenv outputs reach a later job, then abi-diff and sonar', () => {
  firstRun = gitlabCiLocal([]);
  const log = firstRun.stdout + firstRun.stderr;
  assert.equal(firstRun.status, 0, log);
  for (const job of ['go-matrix: [1.19]', 'go-matrix: [1.23]', 'leg-outputs', 'abi-diff', 'sonar-go-compat'])
    assert.ok(passed(log, job), `${job} passed\n${log}`);
  // Each leg runs the Go it asked for, with an empty build cache on the first run.
  for (const v of ['1.19', '1.23']) {
    const lines = jobOutput(log, `go-matrix: [${v}]`);
    assert.ok(
      lines.some((l) => new RegExp(`^gocache-files=0 go=go${v.replace('.', '\\.')}\\.\\d+$`).test(l)),
      lines.join('\n'),
    );
  }
  // dotenv reports of both legs, prefixed per leg, reach the job that needs them.
  const outputs = jobOutput(log, 'leg-outputs').find((l) => l.startsWith('outputs '));
  assert.match(outputs ?? '', /^outputs 1\.19=1\.19\.\d+ 1\.23=1\.23\.\d+ source=local$/, log);
  // abi-diff got the oldest and newest legs' builds from their artifacts.
  assert.ok(jobOutput(log, 'abi-diff').includes('abi-diff base=.go-ci-kit/go1.19/abi head=.go-ci-kit/go1.23/abi'), log);
  // Its Code Quality report (artifacts:reports:codequality) and sonar's properties are artifacts.
  const artifacts = path.join(repo, '.gitlab-ci-local', 'artifacts');
  const codeQuality = path.join(artifacts, 'abi-diff', '.go-ci-kit', 'abi-diff', 'report', 'abi-diff-codequality.json');
  assert.ok(Array.isArray(JSON.parse(readFileSync(codeQuality, 'utf8'))), codeQuality);
  assert.match(
    readFileSync(path.join(artifacts, 'sonar-go-compat', 'sonar-project.properties'), 'utf8'),
    /sonar\.go\.coverage\.reportPaths=/,
  );
});

test('the per-version GitLab caches hold each leg its own archives, and a second run restores them', () => {
  const dirs = cacheDirs();
  const leg19 = dirs.find((d) => /^0_go1\.19-go-matrix-/.test(d));
  const leg23 = dirs.find((d) => /^0_go1\.23-go-matrix-/.test(d));
  assert.ok(leg19 && leg23, `per-version caches: ${dirs.join(', ')}`);
  const archives = (leg: string, v: string): string[] => {
    const d = path.join(repo, '.gitlab-ci-local', 'cache', leg, '.go-ci-kit', `go${v}`, 'cache');
    return existsSync(d) ? readdirSync(d, { recursive: true }).map(String) : [];
  };
  assert.ok(archives(leg19, '1.19').length > 0, 'the 1.19 leg saved its caches');
  assert.ok(archives(leg23, '1.23').length > 0, 'the 1.23 leg saved its caches');
  assert.ok(!existsSync(path.join(repo, '.gitlab-ci-local', 'cache', leg19, '.go-ci-kit', 'go1.23')), 'no 1.23 files in the 1.19 cache');

  // Second pipeline: abi-diff and sonar switched off (`never`), legs restore their caches.
  writeFileSync(path.join(repo, '.gitlab-ci.yml'), pipeline({ sonar: 'never', abiDiff: 'never' }));
  git('commit', '-q', '-am', 'second run');
  const second = gitlabCiLocal([]);
  const log = second.stdout + second.stderr;
  assert.equal(second.status, 0, log);
  assert.ok(!/^ PASS\s+(abi-diff|sonar-go-compat)/m.test(log), 'when: never leaves the jobs out');
  for (const [v, key] of [
    ['1.19', leg19],
    ['1.23', leg23],
  ] as const) {
    const job = `go-matrix: [${v}]`;
    assert.ok(log.includes(`${job} imported cache '${key}'`), `${job} imported ${key}\n${log}`);
    const line = jobOutput(log, job).find((l) => l.startsWith('gocache-files='));
    const files = Number(/^gocache-files=(\d+)/.exec(line ?? '')?.[1] ?? 0);
    assert.ok(files > 0, `${job}: GOCACHE restored before the script (${line})`);
  }
});

test('a bad component input is rejected by GitLab before any job runs', () => {
  const bad = `include:
  - component: $CI_SERVER_FQDN/$CI_PROJECT_PATH/setup-go-matrix@$CI_COMMIT_SHA
    inputs:
      toolchain-source: nowhere
`;
  writeFileSync(path.join(repo, 'bad-input.yml'), bad);
  const r = gitlabCiLocal(['--file', 'bad-input.yml']);
  assert.notEqual(r.status, 0);
  assert.match(r.stdout + r.stderr, /`toolchain-source` input: `nowhere` cannot be used because it is not in the list of allowed options/);
  assert.ok(!/starting shell/.test(r.stdout), 'no job started');

  writeFileSync(path.join(repo, 'bad-array.yml'), bad.replace('toolchain-source: nowhere', 'go-versions: "1.23"'));
  const a = gitlabCiLocal(['--file', 'bad-array.yml']);
  assert.notEqual(a.status, 0);
  assert.match(a.stdout + a.stderr, /`go-versions` input: provided value is not an? array/);
});
