// sonar-go-compat through its dist bundle, as the runner runs it: real go test -json -coverprofile
// with Debian Go 1.21, 1.22 and 1.23 on the single-module fixture.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { annotations, distEntry, newJob, runStep } from '../helpers/runner.js';
import { debianGoroot, type TestedMinor } from '../helpers/go.js';
import { assertCoverageFilesExist, assertTestPackagesExist, copySonarFixture } from '../helpers/sonar-reports.js';
import { parseProperties } from '../../src/sonar/properties.js';

function coverageFigures(profile: string): { statements: number; covered: number; zero: string[] } {
  const out = { statements: 0, covered: 0, zero: [] as string[] };
  for (const l of profile.trim().split('\n').slice(1)) {
    const [block, stmts, count] = l.split(' ');
    out.statements += Number(stmts);
    if (Number(count) > 0) out.covered += Number(stmts);
    else out.zero.push(block!);
  }
  return out;
}

for (const minor of ['1.21', '1.22', '1.23'] as const satisfies readonly TestedMinor[]) {
  test(`Go ${minor}: tests run per module, reports resolve on disk, min/max/clear found for an analyzer at Go 1.20`, async () => {
    // 1.23 finds go on PATH as setup-go-matrix leaves it; the others get the go input.
    const viaPath = minor === '1.23';
    const job = newJob(viaPath ? { env: { PATH: `${debianGoroot(minor)}/bin:${process.env.PATH}` } } : {});
    const dir = copySonarFixture('single', path.join(job.workspace, `single-${minor}`));
    const r = await runStep(
      job,
      distEntry('sonar-go-compat'),
      {
        'working-directory': `single-${minor}`,
        'run-tests': 'true',
        'analyzer-go-version': '1.20',
        // One flag per line; the comma stays inside -tags.
        ...(minor === '1.22' ? { 'test-flags': '-covermode=atomic\n-tags=sonar,fixture' } : {}),
        ...(viaPath ? {} : { go: debianGoroot(minor) }),
      },
      { env: { GOTOOLCHAIN: 'local' } },
    );
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(r.outputs['newer-features'], '6');
    assert.equal(r.outputs['coverage-report'], '.sonar-go/coverage.out');
    assert.equal(r.outputs['tests-report'], '.sonar-go/test-report.json');
    assert.equal(r.outputs['tests-failed'], '0');
    assert.equal(r.outputs['excluded-files'], 'report/zz_generated.go');
    assert.deepEqual(assertCoverageFilesExist(dir, r.outputs['coverage-report']), [
      'report/report.go',
      'report/zz_generated.go',
      'stats/stats.go',
    ]);
    assert.deepEqual(assertTestPackagesExist(dir, r.outputs['tests-report']), ['report', 'stats']);
    // stats: 3 passed + 1 skipped; report: 2 passed. Only Reset and Unused are never run by the tests.
    const profile = readFileSync(path.join(dir, r.outputs['coverage-report']), 'utf8');
    assert.ok(profile.startsWith(minor === '1.22' ? 'mode: atomic\n' : 'mode: set\n'), profile.slice(0, 20));
    const cov = coverageFigures(profile);
    assert.deepEqual(cov.zero.sort(), ['report/report.go:16.22,18.2', 'stats/stats.go:24.30,26.2']);
    assert.deepEqual([cov.statements, cov.covered], [16, 14]);
    assert.match(r.summary, /\| example\.com\/single \| \. \| 87\.5% \| 5 \| 0 \| 1 \| 6 \|/);
    assert.equal(r.outputs.coverage, '87.5');
    assert.match(r.summary, /\| stats\/stats\.go \| 25:2 \| clear builtin \| Go 1\.21 \| type information lost/);
    const warnings = annotations(r.stdout, 'warning');
    assert.ok(
      warnings.some((w) => w.startsWith(`min/max builtins needs Go 1.21; the Sonar analyzer understands Go 1.20`)),
      warnings.join('\n'),
    );
    assert.match(
      r.stdout,
      new RegExp(`::warning title=Go 1.21 feature newer than Sonar's Go analyzer,file=single-${minor}/stats/stats.go,line=20,col=9::`),
    );
    const props = parseProperties(readFileSync(path.join(dir, 'sonar-project.properties'), 'utf8'));
    assert.equal(props.get('sonar.go.coverage.reportPaths'), '.sonar-go/coverage.out');
    assert.equal(props.get('sonar.go.tests.reportPaths'), '.sonar-go/test-report.json');
    assert.equal(props.get('sonar.test.inclusions'), '**/*_test.go');
    assert.equal(props.get('sonar.exclusions'), '**/*_test.go,**/vendor/**,**/testdata/**,report/zz_generated.go');
    // A toolchain older than range over int/func cannot see them and says so.
    const blind = /cannot detect range over int \(Go 1\.22\), range over func \(iterators\) \(Go 1\.23\), generic type alias \(Go 1\.24\)/;
    if (minor === '1.21') assert.match(r.stdout, blind);
    else assert.doesNotMatch(r.stdout, blind);
  });
}

test('Go 1.21 says it cannot attribute range over int, and points at the use', async () => {
  const job = newJob();
  const dir = path.join(job.workspace, 'rangeint');
  mkdirSync(dir);
  writeFileSync(path.join(dir, 'go.mod'), 'module example.com/rangeint\n\ngo 1.21\n');
  writeFileSync(path.join(dir, 'loop.go'), 'package rangeint\n\nfunc Count() (n int) {\n\tfor range 10 {\n\t\tn++\n\t}\n\treturn\n}\n');
  const r = await runStep(
    job,
    distEntry('sonar-go-compat'),
    { 'working-directory': 'rangeint', go: debianGoroot('1.21'), 'analyzer-go-version': '1.20' },
    { env: { GOTOOLCHAIN: 'local' } },
  );
  assert.equal(r.code, 0, r.stdout);
  assert.equal(r.outputs['newer-features'], '0');
  const warnings = annotations(r.stdout, 'warning');
  assert.ok(
    warnings.some((w) => /^go1\.21\.\d+ cannot detect range over int \(Go 1\.22\)/.test(w)),
    warnings.join('\n'),
  );
  assert.match(
    r.stdout,
    /::warning file=rangeint\/loop\.go,line=4::type error that go1\.21\.\d+ cannot attribute to a Go version \(possibly a newer feature\): cannot range over 10/,
  );
});
