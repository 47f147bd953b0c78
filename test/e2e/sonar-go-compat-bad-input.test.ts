// What sonar-go-compat says about bad input, through its dist bundle: every message names the
// input or file and says what to do; nothing good is overwritten by nothing.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { annotations, distEntry, newJob, runStep, type StepResult } from '../helpers/runner.js';
import { debianGoroot } from '../helpers/go.js';
import { copySonarFixture } from '../helpers/sonar-reports.js';
import { parseProperties } from '../../src/sonar/properties.js';

const job = newJob({ env: { PATH: `${debianGoroot('1.23')}/bin:${process.env.PATH}`, GOTOOLCHAIN: 'local' } });
const dir = copySonarFixture('single', path.join(job.workspace, 'single'));
const reports = path.join(dir, 'in');
const block = 'example.com/single/stats/stats.go:19.31,21.2 1 1';

before(() => {
  mkdirSync(reports);
  const files: Record<string, string> = {
    'good.out': `mode: set\n${block}\n`,
    'nomode.out': `${block}\n`,
    'badblock.out': `mode: set\n${block}\nexample.com/single/stats/stats.go:19.31 1\n`,
    'count.out': `mode: count\n${block}\n`,
    'modeonly.out': 'mode: set\n',
    'elsewhere.out': `mode: set\n${block}\nexample.com/other/x/x.go:1.1,2.2 1 1\n`,
    'noisy.json': [
      '{"Action":"run","Package":"example.com/single/stats","Test":"TestSum"}',
      'go: downloading golang.org/x/tools v0.1.0',
      '{"Action":"pass","Package":"example.com/single/stats","Test":"TestSum","Elapsed":0}',
      'panic: stray output',
      '{"Action":"pass","Package":"example.com/single/stats","Elapsed":0.1}',
    ].join('\n'),
    // As go vet prints from the module root, and golangci-lint relative to its config there.
    'vet.txt': '# example.com/single/stats\nstats/stats.go:20:9: suspicious clamp\nother/gone.go:1:1: no such package\n',
    'lint.xml':
      '<?xml version="1.0"?>\n<checkstyle version="5.0"><file name="report/report.go"><error line="16" column="1" severity="warning" message="unused &lt;Unused&gt;" source="unused"></error></file></checkstyle>\n',
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(reports, name), text);
});

function run(inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}): Promise<StepResult> {
  return runStep(job, distEntry('sonar-go-compat'), { 'working-directory': 'single', ...inputs }, { env });
}

function errorsOf(r: StepResult): string {
  return annotations(r.stdout, 'error').join('\n');
}

test('a coverprofile without a mode line or with a bad block fails naming file and line', async () => {
  const noMode = await run({ 'coverage-reports': 'in/nomode.out' });
  assert.equal(noMode.code, 1);
  assert.deepEqual(annotations(noMode.stdout, 'error'), [
    `coverage report ${reports}/nomode.out:1: expected a "mode: set|count|atomic" first line, found "${block}"; is this a go test -coverprofile file?`,
    '1 problem(s) with input "coverage-reports": in/nomode.out (see the errors above); every other input was converted',
  ]);
  assert.equal(noMode.outputs['bad-inputs'], 'coverage-reports');
  const bad = await run({ 'coverage-reports': 'in/badblock.out' });
  assert.equal(bad.code, 1);
  assert.equal(
    annotations(bad.stdout, 'error')[0],
    `coverage report ${reports}/badblock.out:3: bad block "example.com/single/stats/stats.go:19.31 1"; expected "path/file.go:startLine.startCol,endLine.endCol statements count"`,
  );
  assert.ok(!existsSync(path.join(dir, '.sonar-go', 'coverage.out')));
  // The good profile is converted; the other is named and fails the step at the end.
  const mixed = await run({ 'coverage-reports': 'in/good.out\nin/count.out' });
  assert.equal(mixed.code, 1);
  assert.match(
    errorsOf(mixed),
    /count\.out:1 has "mode: count" but .*good\.out:1 has "mode: set"; profiles with different modes cannot be merged — run every go test with the same -covermode/,
  );
  assert.equal(readFileSync(path.join(dir, '.sonar-go', 'coverage.out'), 'utf8'), 'mode: set\nstats/stats.go:19.31,21.2 1 1\n');
});

test('test JSON noise lines are skipped and counted; paths of no module are reported', async () => {
  const r = await run({ 'test-reports': 'in/noisy.json', 'coverage-reports': 'in/elsewhere.out\nin/missing-*.out' });
  assert.equal(r.code, 0, r.stdout);
  const warnings = annotations(r.stdout, 'warning');
  assert.ok(
    warnings.includes(
      `test reports: skipped 2 line(s) that are not go test -json events (e.g. ${reports}/noisy.json:2: go: downloading golang.org/x/tools v0.1.0 | ${reports}/noisy.json:4: panic: stray output)`,
    ),
    warnings.join('\n'),
  );
  assert.ok(
    warnings.includes(
      `coverage: 1 path(s) map to no module under the base dir and were dropped: import path of "example.com/other/x/x.go" is not a package of any module under ${dir}`,
    ),
    warnings.join('\n'),
  );
  assert.ok(warnings.includes(`input "coverage-reports": "in/missing-*.out" matched no files (relative to ${dir})`), warnings.join('\n'));
  assert.equal(readFileSync(path.join(dir, '.sonar-go', 'coverage.out'), 'utf8'), 'mode: set\nstats/stats.go:19.31,21.2 1 1\n');
  assert.equal(
    readFileSync(path.join(dir, '.sonar-go', 'test-report.json'), 'utf8')
      .trim()
      .split('\n').length,
    3,
  );
  assert.match(r.summary, /Feature check skipped: no analyzer-go-version, sonar-go-version or sonar-host-url given/);
});

test('go vet and golangci-lint reports are rewritten to base-dir paths in the native formats', async () => {
  const r = await run({ 'vet-reports': 'in/vet.txt', 'golangci-lint-reports': 'in/lint.xml' });
  assert.equal(r.code, 0, r.stdout);
  assert.equal(r.outputs['vet-report'], '.sonar-go/govet.txt');
  assert.equal(r.outputs['golangci-lint-report'], '.sonar-go/golangci-lint.xml');
  assert.equal(readFileSync(path.join(dir, '.sonar-go', 'govet.txt'), 'utf8'), 'stats/stats.go:20:9: suspicious clamp\n');
  assert.match(
    readFileSync(path.join(dir, '.sonar-go', 'golangci-lint.xml'), 'utf8'),
    /<file name="report\/report\.go">\s*<error line="16" column="1" severity="warning" message="unused &lt;Unused&gt;" source="unused"><\/error>/,
  );
  assert.ok(
    annotations(r.stdout, 'warning').some((w) =>
      w.startsWith(
        `lint report ${reports}/vet.txt: 1 path(s) map to no module under the base dir and were dropped: "other/gone.go" is no file of a package relative to ${reports}, ${dir}, and no suffix of it names one`,
      ),
    ),
    r.stdout,
  );
  const props = readFileSync(path.join(dir, 'sonar-project.properties'), 'utf8');
  assert.match(props, /^sonar\.go\.govet\.reportPaths=\.sonar-go\/govet\.txt$/m);
  assert.match(props, /^sonar\.go\.golangci-lint\.reportPaths=\.sonar-go\/golangci-lint\.xml$/m);
});

test('an empty coverage report never replaces a good one', async () => {
  const good = await run({ 'coverage-reports': 'in/good.out' });
  assert.equal(good.code, 0, good.stdout);
  const target = path.join(dir, '.sonar-go', 'coverage.out');
  const before = readFileSync(target, 'utf8');
  const empty = await run({ 'coverage-reports': 'in/modeonly.out' });
  assert.equal(empty.code, 1);
  assert.equal(
    annotations(empty.stdout, 'error')[0],
    `coverage report ${reports}/modeonly.out holds no block of a file under ${dir}; no coverage report was written (the earlier ${target} is left as it was, and not named in the properties)`,
  );
  assert.equal(readFileSync(target, 'utf8'), before);
  assert.equal(empty.outputs['coverage-report'], '');
  // The earlier run wired its report; this run wrote none, so the key naming it is removed.
  assert.equal(
    parseProperties(readFileSync(path.join(dir, 'sonar-project.properties'), 'utf8')).get('sonar.go.coverage.reportPaths'),
    undefined,
  );
  assert.match(empty.summary, /Removed sonar\.go\.coverage\.reportPaths: it named a report this run did not write\./);
});

test('an unreachable Sonar server warns and skips the check, or fails when on-newer-syntax is fail', async () => {
  const gone = createServer();
  await new Promise<void>((r) => gone.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(gone.address() as AddressInfo).port}`;
  await new Promise((r) => gone.close(r));
  const warn = await run({ 'sonar-host-url': url });
  assert.equal(warn.code, 0, warn.stdout);
  assert.ok(
    annotations(warn.stdout, 'warning').some((w) =>
      new RegExp(
        `^cannot reach the SonarQube server at ${url} \\(.*ECONNREFUSED.*\\)\\. The Go feature check is skipped; set sonar-go-version or analyzer-go-version to check without the server\\.$`,
      ).test(w),
    ),
    warn.stdout,
  );
  assert.match(warn.summary, /Feature check skipped: cannot reach the SonarQube server/);
  const fail = await run({ 'sonar-host-url': url, 'on-newer-syntax': 'fail' });
  assert.equal(fail.code, 1);
  assert.match(
    errorsOf(fail),
    /cannot reach the SonarQube server at .*; on-newer-syntax is "fail", so the check cannot be skipped — set sonar-go-version or analyzer-go-version/,
  );
});

test('on-newer-syntax fail fails the step after writing reports and properties', async () => {
  const r = await run({ 'analyzer-go-version': '1.20', 'on-newer-syntax': 'fail', 'coverage-reports': 'in/good.out' });
  assert.equal(r.code, 1);
  const errors = annotations(r.stdout, 'error');
  assert.equal(
    errors.filter((e) => e.startsWith('min/max builtins needs Go 1.21') || e.startsWith('clear builtin needs Go 1.21')).length,
    6,
  );
  assert.ok(
    errors.includes(
      "6 use(s) of Go features newer than the Sonar analyzer's Go 1.20 (on-newer-syntax: fail); see the annotations, or use on-newer-syntax: exclude",
    ),
    errors.join('\n'),
  );
  assert.equal(r.outputs['newer-features'], '6');
  assert.ok(existsSync(path.join(dir, 'sonar-project.properties')));
});

test('bad inputs and a missing go name what was given and what to do', async () => {
  const choice = await run({ 'on-newer-syntax': 'ignore' });
  assert.equal(choice.code, 1);
  assert.equal(errorsOf(choice), 'input "on-newer-syntax" is "ignore"; expected one of: "warn", "fail", "exclude"');
  const version = await run({ 'analyzer-go-version': 'go-latest' });
  assert.equal(
    errorsOf(version),
    'input "analyzer-go-version" is "go-latest", which is not a Go version; expected e.g. "1.21" or "1.23.4"',
  );
  const noModule = await run({ 'working-directory': 'single/in' });
  assert.equal(
    errorsOf(noModule),
    `no go.mod under ${reports} (vendor/, testdata/, _* and .* dirs are skipped); set working-directory to the project root`,
  );
  // A job of its own (output-dir must lie inside that job's workspace) whose PATH has no go.
  const noGoJob = newJob({ env: { PATH: '/usr/bin:/bin' } });
  const noGoDir = copySonarFixture('single', path.join(noGoJob.workspace, 'single'));
  const noGo = await runStep(noGoJob, distEntry('sonar-go-compat'), { 'working-directory': noGoDir });
  assert.equal(noGo.code, 1);
  assert.equal(
    errorsOf(noGo),
    'no `go` found on PATH; run setup-go-matrix (or actions/setup-go) before sonar-go-compat, or set input "go" to a go binary or GOROOT',
  );
});

test('exclude mode lists each file once; test files go to sonar.test.exclusions', async () => {
  const fresh = copySonarFixture('single', path.join(job.workspace, 'single-exclude'));
  const r = await runStep(job, distEntry('sonar-go-compat'), {
    'working-directory': 'single-exclude',
    'analyzer-go-version': '1.20',
    'on-newer-syntax': 'exclude',
  });
  assert.equal(r.code, 0, r.stdout);
  assert.equal(r.outputs['excluded-files'], 'report/zz_generated.go,stats/stats.go,stats/stats_test.go');
  assert.equal(annotations(r.stdout, 'notice').length, 6);
  const props = parseProperties(readFileSync(path.join(fresh, 'sonar-project.properties'), 'utf8'));
  assert.equal(props.get('sonar.exclusions'), '**/*_test.go,**/vendor/**,**/testdata/**,report/zz_generated.go,stats/stats.go');
  assert.equal(props.get('sonar.test.exclusions'), '**/vendor/**,**/testdata/**,stats/stats_test.go');
});
