// The GitLab CI/CD components, run for real by gitlab-ci-local (shell executor, --shell-isolation)
// on a temp git repo and this repo's templates/, with the CLI installed by `npx` from this package's
// tarball (offline, npm cache). Go comes from the Debian GOROOTs. One pipeline holds a go-matrix per
// front-door sample module (test/fixtures/front-doors), 1.19 + 1.23 legs each: the mixed module at
// the root, the library-only and executables-only modules with the component's defaults, and a
// library whose API differs between the legs (build constraints) so its abi-diff job must fail.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { debianGoroot } from '../helpers/go.js';
import { offlineNpmEnv, packTarball, runProgram, type Run } from '../helpers/npm-package.js';
import { repoRoot } from '../helpers/runner.js';

let repo: string;
let tgz: string;
const frontDoors = path.join(repoRoot, 'test', 'fixtures', 'front-doors');

function git(...args: string[]): void {
  const r = runProgram('git', ['-c', 'user.email=ci@example.com', '-c', 'user.name=ci', ...args], { cwd: repo });
  assert.equal(r.status, 0, r.stderr);
}

/** The project's .gitlab-ci.yml: a go-matrix include per module, a job that reads the dotenv outputs
 * (with a GO_VERSION of its own that no dotenv report may override). */
function pipeline(opts: { sonar: string; abiDiff: string; modules: boolean }): string {
  const common = `      component-path: $CI_SERVER_FQDN/$CI_PROJECT_PATH
      component-version: $CI_COMMIT_SHA
      go-versions: ["1.19", "1.23"]
      newest-go: "1.23"
      cli-package: ${tgz}`;
  const module = (prefix: string, dir: string, sonar: string) => `  - component: $CI_SERVER_FQDN/$CI_PROJECT_PATH/go-matrix@$CI_COMMIT_SHA
    inputs:
${common}
      job-prefix: ${prefix}
      working-directory: ${dir}
      sonar: ${sonar}
`;
  const modules = opts.modules
    ? module('library-', 'library', 'on_success') +
      module('executables-', 'executables', 'never') +
      module('break-', 'library-break', 'never')
    : '';
  return `include:
  - component: $CI_SERVER_FQDN/$CI_PROJECT_PATH/go-matrix@$CI_COMMIT_SHA
    inputs:
${common}
      script:
        - echo "gocache-files=$(find "$GOCACHE" -type f | wc -l) go=$(go env GOVERSION)"
        - go build ./...
        - go vet ./...
      toolchain-source: local
      local-goroots: ${debianGoroot('1.19')},${debianGoroot('1.23')}
      abi-diff: ${opts.abiDiff}
      sonar: ${opts.sonar}
      analyzer-go-version: "1.21"
${modules}
leg-outputs:
  stage: test
  needs: [go-matrix${opts.abiDiff === 'never' ? '' : ', abi-diff'}${opts.sonar === 'never' ? '' : ', sonar-go-compat'}]
  variables:
    GO_VERSION: mine
  script:
    - echo "outputs 1.19=$GO_1_19_GO_VERSION 1.23=$GO_1_23_GO_VERSION source=$GO_1_23_GO_SOURCE"
    - echo "own GO_VERSION=$GO_VERSION GO_ROOT=\${GO_ROOT:-unset} abi-breaking=\${ABI_DIFF_BREAKING:-unset}"
`;
}

function gitlabCiLocal(args: string[]): Run {
  const bin = path.join(repoRoot, 'node_modules', '.bin', 'gitlab-ci-local');
  return runProgram(bin, ['--force-shell-executor', '--shell-isolation', '--no-color', '--variable', 'npm_config_offline=true', ...args], {
    cwd: repo,
    env: offlineNpmEnv(),
    // One pipeline runs 15 jobs (four matrices): about 5 minutes on 2 busy cores.
    timeoutMs: 900_000,
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
  cpSync(path.join(frontDoors, 'mixed'), repo, { recursive: true });
  for (const m of ['library', 'executables']) cpSync(path.join(frontDoors, m), path.join(repo, m), { recursive: true });
  // The library whose API differs between Go 1.19 and 1.21+ (build constraints): abi-diff must fail.
  cpSync(path.join(frontDoors, 'library'), path.join(repo, 'library-break'), { recursive: true });
  cpSync(path.join(frontDoors, 'library-break'), path.join(repo, 'library-break'), { recursive: true });
  cpSync(path.join(repoRoot, 'templates'), path.join(repo, 'templates'), { recursive: true });
  writeFileSync(path.join(repo, '.gitlab-ci.yml'), pipeline({ sonar: 'on_success', abiDiff: 'on_success', modules: true }));
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'front-door modules with go-ci-kit components');
});

interface AbiJson {
  pairs: { name: string; api?: { error?: string; objects?: { base: number; head: number } } }[];
  findings: { category: string; change: string; subject: string; breaking: boolean }[];
  verdict: { breaking: boolean; reasons: string[] };
  totals: { baseBytes: number; headBytes: number };
}

const artifacts = (...rel: string[]): string => path.join(repo, '.gitlab-ci-local', 'artifacts', ...rel);
/** gitlab-ci-local's directory name for a job: other characters than [A-Za-z0-9_-] as base64
 * ("go-matrix: [1.19]" → "go-matrixOiBb1Lg19XQ"). */
const jobDir = (job: string): string => job.replace(/[^\w-]+/g, (m) => Buffer.from(m).toString('base64').replace(/=+$/, ''));
const abiReport = (job: string): AbiJson =>
  JSON.parse(readFileSync(artifacts(job, '.go-ci-kit', job, 'report', 'abi-diff.json'), 'utf8')) as AbiJson;

/** Bytes of every file below dir. */
function treeBytes(dir: string): number {
  return readdirSync(dir, { recursive: true })
    .map((f) => path.join(dir, String(f)))
    .filter((f) => statSync(f).isFile())
    .reduce((n, f) => n + statSync(f).size, 0);
}

let firstRun: Run;
let firstLog = '';

test('go-matrix with defaults passes for a library-only, an executables-only and a mixed module (1.19 + 1.23 legs)', () => {
  const t0 = Date.now();
  firstRun = gitlabCiLocal([]);
  firstLog = firstRun.stdout + firstRun.stderr;
  const log = firstLog;
  process.stdout.write(`# gitlab-ci-local pipeline: ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
  for (const prefix of ['', 'library-', 'executables-', 'break-'])
    for (const v of ['1.19', '1.23']) assert.ok(passed(log, `${prefix}go-matrix: [${v}]`), `${prefix}go-matrix: [${v}] passed\n${log}`);
  for (const job of ['abi-diff', 'library-abi-diff', 'executables-abi-diff', 'sonar-go-compat', 'library-sonar-go-compat', 'leg-outputs'])
    assert.ok(passed(log, job), `${job} passed\n${log}`);
  // Each leg runs the Go it asked for, with an empty build cache on the first run.
  for (const v of ['1.19', '1.23']) {
    const lines = jobOutput(log, `go-matrix: [${v}]`);
    assert.ok(
      lines.some((l) => new RegExp(`^gocache-files=0 go=go${v.replace('.', '\\.')}\\.\\d+$`).test(l)),
      lines.join('\n'),
    );
  }
  // What each leg built for abi-diff: archives of library packages, executables of main packages.
  const legAbi = (job: string, v: string): string[] => {
    const dir = artifacts(jobDir(`${job}: [${v}]`), '.go-ci-kit', `go${v}`, 'abi');
    return existsSync(dir)
      ? readdirSync(dir, { recursive: true, withFileTypes: true })
          .filter((e) => e.isFile())
          .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
          .sort()
      : [];
  };
  for (const v of ['1.19', '1.23']) {
    assert.deepEqual(legAbi('go-matrix', v), [
      'example.com/frontdoors/mixed/greet.a',
      'example.com/frontdoors/mixed/internal/casefold.a',
      'example.com/frontdoors/mixed/mixed',
    ]);
    assert.deepEqual(legAbi('library-go-matrix', v), ['example.com/frontdoors/library/geom.a', 'example.com/frontdoors/library/textfmt.a']);
    assert.deepEqual(legAbi('executables-go-matrix', v), [
      'example.com/frontdoors/executables/cmd/count/count',
      'example.com/frontdoors/executables/cmd/hello/hello',
    ]);
  }
  // abi-diff got the oldest and newest legs' builds and read the archives' typed API with their own Gos.
  assert.ok(jobOutput(log, 'abi-diff').includes('abi-diff base=.go-ci-kit/go1.19/abi head=.go-ci-kit/go1.23/abi'), log);
  for (const job of ['abi-diff', 'library-abi-diff']) {
    const r = abiReport(job);
    const archives = r.pairs.filter((p) => p.name.endsWith('.a'));
    assert.ok(archives.length >= 2, `${job}: ${r.pairs.map((p) => p.name).join(', ')}`);
    for (const p of archives) assert.ok(p.api?.objects && !p.api.error, `${job} ${p.name}: typed API read (${p.api?.error})`);
    assert.equal(r.verdict.breaking, false, `${job}: ${r.verdict.reasons.join('; ')}`);
  }
  // Its Code Quality report (artifacts:reports:codequality) and sonar's properties are artifacts.
  const codeQuality = artifacts('abi-diff', '.go-ci-kit', 'abi-diff', 'report', 'abi-diff-codequality.json');
  assert.ok(Array.isArray(JSON.parse(readFileSync(codeQuality, 'utf8'))), codeQuality);
  assert.match(readFileSync(artifacts('sonar-go-compat', 'sonar-project.properties'), 'utf8'), /sonar\.go\.coverage\.reportPaths=/);
  assert.match(
    readFileSync(artifacts('library-sonar-go-compat', 'library', 'sonar-project.properties'), 'utf8'),
    /sonar\.go\.coverage\.reportPaths=/,
  );
});

test('a removed and a changed exported function of a library package fail the abi-diff job', () => {
  assert.ok(new RegExp('^ FAIL\\s+break-abi-diff', 'm').test(firstLog), `break-abi-diff failed\n${firstLog}`);
  assert.notEqual(firstRun.status, 0, 'the pipeline fails with it');
  const r = abiReport('break-abi-diff');
  const api = r.findings.filter((f) => f.category === 'api' && f.breaking).map((f) => `${f.change} ${f.subject}`);
  assert.deepEqual(api.sort(), ['changed example.com/frontdoors/library/geom.Clamp', 'removed example.com/frontdoors/library/geom.Legacy']);
});

test('a change of the Go runtime alone passes the default size policy (executables-only module, binaries grown)', () => {
  assert.ok(passed(firstLog, 'executables-abi-diff'), firstLog);
  const r = abiReport('executables-abi-diff');
  assert.ok(
    r.totals.headBytes > r.totals.baseBytes * 1.05,
    `the binaries grew by more than 5%: ${r.totals.baseBytes} → ${r.totals.headBytes}`,
  );
  assert.equal(r.verdict.breaking, false, r.verdict.reasons.join('; '));
});

test('dotenv reports: legs prefixed per version; abi-diff and sonar prefixed by job name, never GO_VERSION', () => {
  const outputs = jobOutput(firstLog, 'leg-outputs');
  assert.match(outputs.find((l) => l.startsWith('outputs ')) ?? '', /^outputs 1\.19=1\.19\.\d+ 1\.23=1\.23\.\d+ source=local$/, firstLog);
  // The job's own GO_VERSION survives the dotenv reports of the abi-diff and sonar jobs it needs.
  assert.ok(outputs.includes('own GO_VERSION=mine GO_ROOT=unset abi-breaking=false'), outputs.join('\n'));
});

test('artifacts are reports only: no toolchain, GOCACHE or module cache from the abi-diff and sonar jobs', () => {
  for (const job of ['abi-diff', 'sonar-go-compat', 'library-sonar-go-compat']) {
    const dir = artifacts(job);
    const bytes = treeBytes(dir);
    assert.ok(bytes < 1024 * 1024, `${job}: ${bytes} bytes of artifacts`);
    const names = readdirSync(dir, { recursive: true }).map(String);
    assert.deepEqual(
      names.filter((n) => /(^|\/)(work|tool-cache|gocache|gomodcache)(\/|$)/.test(n)),
      [],
      job,
    );
  }
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
  writeFileSync(path.join(repo, '.gitlab-ci.yml'), pipeline({ sonar: 'never', abiDiff: 'never', modules: false }));
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
