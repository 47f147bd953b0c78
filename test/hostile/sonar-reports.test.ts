// Hostile and unlucky report inputs through sonar-go-compat's dist bundle (issue 13, "Sonar
// reports"): profiles from another machine, broken profiles among good ones, a truncated go test
// -json stream, a vet report made outside its module, a //line directive, raw binary bytes. Every
// block and event that can be converted is; each bad input is named and fails the step at the end.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { annotations, distEntry, newJob, runStep, type StepResult } from '../helpers/runner.js';
import { debianGoroot, goBin, sharedGoCache } from '../helpers/go.js';
import { assertCoverageFilesExist, assertTestPackagesExist, copySonarFixture } from '../helpers/sonar-reports.js';
import { parseProperties } from '../../src/sonar/properties.js';

const goEnv = {
  PATH: `${debianGoroot('1.23')}/bin:${process.env.PATH}`,
  GOTOOLCHAIN: 'local',
  GOCACHE: sharedGoCache('1.23'),
  GOFLAGS: '',
};
const job = newJob({ env: goEnv });
const block = 'example.com/single/stats/stats.go:19.31,21.2 1 1';
let fullStream = '';

function fixture(name: string): { dir: string; input: string } {
  const dir = copySonarFixture('single', path.join(job.workspace, name));
  const input = path.join(dir, 'in');
  mkdirSync(input);
  return { dir, input };
}

function run(dir: string, inputs: Record<string, string>): Promise<StepResult> {
  return runStep(job, distEntry('sonar-go-compat'), { 'working-directory': path.relative(job.workspace, dir), ...inputs });
}

/** No raw control byte (NUL, ESC, CR, ...) in any log line or in the summary. */
function assertPrintable(r: StepResult): void {
  for (const [where, text] of [
    ['stdout', r.stdout],
    ['stderr', r.stderr],
    ['summary', r.summary],
  ] as const) {
    for (const line of text.split('\n')) {
      const bad = [...line].find((c) => c.charCodeAt(0) < 0x20 && c !== '\t');
      assert.equal(bad, undefined, `raw control byte ${JSON.stringify(bad)} in ${where} line: ${JSON.stringify(line)}`);
    }
  }
  assert.ok(!r.stdout.split('\n').some((l) => l.startsWith('::error::pwned')), 'a report line injected a runner command');
}

before(() => {
  // A real go test -json stream of the fixture, to truncate.
  const dir = copySonarFixture('single', path.join(job.workspace, 'stream-source'));
  const r = spawnSync(goBin('1.23'), ['test', '-json', './...'], { cwd: dir, env: { ...process.env, ...goEnv }, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  fullStream = r.stdout;
});

test('profiles made on another machine map by their longest suffix; nothing mappable means no report and no property', async () => {
  const { dir, input } = fixture('foreign');
  writeFileSync(
    path.join(input, 'linux.out'),
    'mode: set\n/home/runner/work/repo/repo/stats/stats.go:19.31,21.2 1 1\n/home/runner/work/repo/repo/stats/stats.go:24.28,26.2 1 0\n',
  );
  writeFileSync(path.join(input, 'windows.out'), 'mode: set\r\nC:\\a\\repo\\report\\report.go:8.27,10.2 1 1\r\n');
  const r = await run(dir, { 'coverage-reports': 'in/*.out' });
  assert.equal(r.code, 0, r.stdout);
  assert.deepEqual(assertCoverageFilesExist(dir, r.outputs['coverage-report']!), ['report/report.go', 'stats/stats.go']);
  assert.equal(
    readFileSync(path.join(dir, '.sonar-go/coverage.out'), 'utf8'),
    'mode: set\nstats/stats.go:19.31,21.2 1 1\nstats/stats.go:24.28,26.2 1 0\nreport/report.go:8.27,10.2 1 1\n',
  );
  assert.ok(
    annotations(r.stdout, 'notice').some((n) =>
      n.startsWith(
        'coverage: 2 path(s) name no file here as given (made on another machine or outside their module) and were mapped by their longest suffix that names a file under the base dir: /home/runner/work/repo/repo/stats/stats.go → stats/stats.go; C:\\a\\repo\\report\\report.go → report/report.go',
      ),
    ),
    r.stdout,
  );
  assert.equal(
    parseProperties(readFileSync(path.join(dir, 'sonar-project.properties'), 'utf8')).get('sonar.go.coverage.reportPaths'),
    '.sonar-go/coverage.out',
  );

  const { dir: none, input: noneIn } = fixture('foreign-unmappable');
  writeFileSync(path.join(noneIn, 'elsewhere.out'), 'mode: set\n/home/runner/work/other/other/pkg/gone.go:1.1,2.2 1 1\n');
  const n = await run(none, { 'coverage-reports': 'in/elsewhere.out' });
  assert.equal(n.code, 1);
  assert.ok(!existsSync(path.join(none, '.sonar-go/coverage.out')), 'no empty coverage report is written');
  assert.equal(n.outputs['coverage-report'], '');
  assert.equal(n.outputs['bad-inputs'], 'coverage-reports');
  assert.equal(
    parseProperties(readFileSync(path.join(none, 'sonar-project.properties'), 'utf8')).get('sonar.go.coverage.reportPaths'),
    undefined,
  );
  assert.deepEqual(annotations(n.stdout, 'error'), [
    `coverage report ${noneIn}/elsewhere.out holds no block of a file under ${none}; no coverage report was written`,
    '1 problem(s) with input "coverage-reports": in/elsewhere.out (see the errors above); every other input was converted',
  ]);
});

test('broken profiles among good ones: every good input converted, each bad one named, the step fails at the end', async () => {
  const { dir, input } = fixture('broken');
  writeFileSync(path.join(input, 'a-good.out'), `mode: set\n${block}\n`);
  writeFileSync(path.join(input, 'b-empty.out'), '');
  writeFileSync(
    path.join(input, 'c-binary.out'),
    Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x0a, 0x1b, 0x5b, 0x32, 0x4a]),
  );
  writeFileSync(path.join(input, 'd-truncated.out'), `mode: set\n${block}\nexample.com/single/stats/stats.go:24.`);
  writeFileSync(path.join(input, 'e-hostile.out'), `mode: set\nexample.com/single/x.go\u001b[2J\r::error::pwned:1.1,2.2 x y\n`);
  writeFileSync(path.join(input, 'z-good.out'), 'mode: set\nexample.com/single/report/report.go:8.27,10.2 1 1\n');
  writeFileSync(path.join(input, 'tests.json'), fullStream);
  const r = await run(dir, { 'coverage-reports': 'in/*.out', 'test-reports': 'in/tests.json' });
  assert.equal(r.code, 1);
  assert.equal(
    readFileSync(path.join(dir, '.sonar-go/coverage.out'), 'utf8'),
    'mode: set\nstats/stats.go:19.31,21.2 1 1\nreport/report.go:8.27,10.2 1 1\n',
  );
  assert.deepEqual(assertTestPackagesExist(dir, r.outputs['tests-report']!), ['report', 'stats']);
  const props = parseProperties(readFileSync(path.join(dir, 'sonar-project.properties'), 'utf8'));
  assert.equal(props.get('sonar.go.coverage.reportPaths'), '.sonar-go/coverage.out');
  assert.equal(props.get('sonar.go.tests.reportPaths'), '.sonar-go/test-report.json');
  const errors = annotations(r.stdout, 'error');
  assert.deepEqual(errors, [
    `coverage report ${input}/b-empty.out is empty; expected a "mode: ..." line and blocks from go test -coverprofile`,
    `coverage report ${input}/c-binary.out holds binary data (a NUL byte at offset 3); expected the text of go test -coverprofile`,
    `coverage report ${input}/d-truncated.out:3: bad block "example.com/single/stats/stats.go:24." (the file ends in the middle of a line: truncated?); expected "path/file.go:startLine.startCol,endLine.endCol statements count"`,
    `coverage report ${input}/e-hostile.out:2: bad block "example.com/single/x.go\\x1b[2J\\r::error::pwned:1.1,2.2 x y"; expected "path/file.go:startLine.startCol,endLine.endCol statements count"`,
    '4 problem(s) with input "coverage-reports": in/b-empty.out, in/c-binary.out, in/d-truncated.out, in/e-hostile.out (see the errors above); every other input was converted',
  ]);
  assert.equal(r.outputs['bad-inputs'], 'coverage-reports');
  assert.match(
    r.summary,
    /### Inputs that could not be used[\s\S]*- `coverage-reports` in\/c-binary\.out: coverage report .* holds binary data/,
  );
  assertPrintable(r);
  assert.deepEqual(readdirSync(path.join(dir, '.sonar-go')).sort(), ['coverage.out', 'test-report.json'], 'no spool or partial file left');
});

test('a truncated go test -json stream: unfinished tests are named, and a good earlier report is kept', async () => {
  const { dir, input } = fixture('truncated');
  const lines = fullStream.trimEnd().split('\n');
  // Cut after TestClamp started, in the middle of the next line.
  const cut = lines.findIndex((l) => /"Action":"run".*"Test":"TestClamp"/.test(l));
  assert.ok(cut > 0);
  const truncated = [...lines.slice(0, cut + 1), lines[cut + 1]!.slice(0, 20)].join('\n');
  writeFileSync(path.join(input, 'full.json'), fullStream);
  writeFileSync(path.join(input, 'cut.json'), truncated);
  const good = await run(dir, { 'test-reports': 'in/full.json' });
  assert.equal(good.code, 0, good.stdout);
  const report = path.join(dir, '.sonar-go/test-report.json');
  const before = readFileSync(report, 'utf8');

  const r = await run(dir, { 'test-reports': 'in/cut.json' });
  assert.equal(r.code, 1);
  assert.equal(readFileSync(report, 'utf8'), before, 'the good earlier report is not replaced by the shorter one');
  const errors = annotations(r.stdout, 'error');
  assert.match(
    errors[0]!,
    new RegExp(
      `^kept the earlier test report ${report} \\(${before.trim().split('\n').length} events\\): the new one would hold only ${cut + 1} events from incomplete input$`,
    ),
  );
  assert.match(
    errors[1]!,
    new RegExp(
      `^test report ${input}/cut\\.json is incomplete: 1 test\\(s\\) started and never finished \\(example\\.com/single/stats TestClamp\\); .*its last line is cut off — the go test -json stream was cut short`,
    ),
  );
  assert.equal(r.outputs['bad-inputs'], 'test-reports');
  assert.equal(r.outputs['tests-report'], '');

  // No earlier report: the events there are are converted, and the stream is still flagged.
  const { dir: fresh, input: freshIn } = fixture('truncated-fresh');
  writeFileSync(path.join(freshIn, 'cut.json'), truncated);
  const f = await run(fresh, { 'test-reports': 'in/cut.json' });
  assert.equal(f.code, 1);
  assert.equal(readFileSync(path.join(fresh, '.sonar-go/test-report.json'), 'utf8').trim().split('\n').length, cut + 1);
  assert.match(
    annotations(f.stdout, 'error')[0]!,
    /cut\.json is incomplete: 1 test\(s\) started and never finished \(example\.com\/single\/stats TestClamp\)/,
  );
});

test('a vet report made outside its module maps to files that exist, by suffix with a warning, or not at all with one', async () => {
  const dir = copySonarFixture('multi', path.join(job.workspace, 'vet-outside'));
  // svc/api gets a package dir named like lib's: "count/count.go" relative to svc/api names no file.
  mkdirSync(path.join(dir, 'svc/api/count'));
  writeFileSync(path.join(dir, 'svc/api/count/other.go'), 'package count\n');
  // go vet ran in lib/, its report was saved in svc/api/.
  writeFileSync(
    path.join(dir, 'svc/api/vet.txt'),
    [
      '# example.com/multi/lib/count',
      'count/count.go:3:1: from lib, saved elsewhere',
      '/home/runner/work/multi/multi/lib/count/count.go:4:2: absolute, another machine',
      'nowhere/gone.go:1:1: names no file',
    ].join('\n') + '\n',
  );
  const r = await runStep(job, distEntry('sonar-go-compat'), { 'working-directory': 'vet-outside', 'vet-reports': 'svc/api/vet.txt' });
  assert.equal(r.code, 0, r.stdout);
  const vet = readFileSync(path.join(dir, '.sonar-go/govet.txt'), 'utf8');
  assert.equal(vet, 'lib/count/count.go:3:1: from lib, saved elsewhere\nlib/count/count.go:4:2: absolute, another machine\n');
  for (const l of vet.trim().split('\n')) assert.ok(existsSync(path.join(dir, l.slice(0, l.indexOf(':')))), l);
  const warnings = annotations(r.stdout, 'warning');
  assert.ok(
    warnings.some((w) =>
      w.startsWith(
        `lint report ${dir}/svc/api/vet.txt: 1 path(s) name no file here as given (made on another machine or outside their module) and were mapped by their longest suffix that names a file under the base dir: /home/runner/work/multi/multi/lib/count/count.go → lib/count/count.go`,
      ),
    ),
    warnings.join('\n'),
  );
  assert.ok(
    warnings.some((w) =>
      w.startsWith(
        `lint report ${dir}/svc/api/vet.txt: 1 path(s) map to no module under the base dir and were dropped: "nowhere/gone.go" is no file`,
      ),
    ),
    warnings.join('\n'),
  );
});

test('on-newer-syntax exclude: a //line directive excludes the .go file, not the file it names', async () => {
  const dir = path.join(job.workspace, 'yacc');
  mkdirSync(dir);
  writeFileSync(path.join(dir, 'go.mod'), 'module example.com/yacc\n\ngo 1.21\n');
  writeFileSync(path.join(dir, 'parser.go'), 'package yacc\n\n//line parser.y:40\nfunc Pick(a, b int) int {\n\treturn min(a, b)\n}\n');
  writeFileSync(path.join(dir, 'parser.y'), '%{\npackage yacc\n%}\n');
  const r = await runStep(job, distEntry('sonar-go-compat'), {
    'working-directory': 'yacc',
    'analyzer-go-version': '1.20',
    'on-newer-syntax': 'exclude',
  });
  assert.equal(r.code, 0, r.stdout);
  assert.equal(r.outputs['excluded-files'], 'parser.go');
  const props = parseProperties(readFileSync(path.join(dir, 'sonar-project.properties'), 'utf8'));
  assert.match(props.get('sonar.exclusions')!, /,parser\.go$/);
  assert.doesNotMatch(props.get('sonar.exclusions')!, /parser\.y/);
  const notices = r.stdout.split('\n').filter((l) => l.startsWith('::notice '));
  assert.equal(notices.length, 1, r.stdout);
  assert.match(
    notices[0]!,
    /^::notice title=Go 1\.21 feature newer than Sonar's Go analyzer,file=yacc\/parser\.go,line=5,col=9::min\/max builtins needs Go 1\.21/,
  );
});

test('raw bytes in test JSON and lint reports reach no message or annotation raw', async () => {
  const { dir, input } = fixture('binary');
  writeFileSync(path.join(input, 'noise.json'), `${fullStream}\u0000\u0007garbage\u001b]0;title\u0007\n`);
  writeFileSync(path.join(input, 'lint.json'), '{"Issues": \u0000\u001b[31m}');
  writeFileSync(path.join(input, 'bin.json'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x0a, 0x00, 0x1b, 0x5b]));
  writeFileSync(path.join(input, 'vet\nname.txt'), 'stats/stats.go:20:9: fine\n');
  const r = await run(dir, {
    'test-reports': 'in/noise.json\nin/bin.json',
    'golangci-lint-reports': 'in/lint.json',
    'vet-reports': 'in/vet*',
  });
  assert.equal(r.code, 1);
  assert.equal(r.outputs['bad-inputs'], 'test-reports,golangci-lint-reports');
  assert.match(
    annotations(r.stdout, 'warning').join('\n'),
    /not go test -json events \(e\.g\. .*noise\.json:\d+: \\x00\\x07garbage\\x1b\]0;title\\x07 \| .*bin\.json:1: \\x7fELF\\x02\\x01\\x01\\x00 \|/,
  );
  const errors = annotations(r.stdout, 'error');
  assert.equal(
    errors[0],
    `test report ${input}/bin.json holds no go test -json event; expected the output of go test -json (one JSON object per line)`,
  );
  assert.match(errors[1]!, /golangci-lint report .*lint\.json is not valid JSON/);
  // Every event of the good stream is converted; the noise and the binary file add none.
  assert.equal(
    readFileSync(path.join(dir, '.sonar-go/test-report.json'), 'utf8').trim().split('\n').length,
    fullStream.trim().split('\n').length,
  );
  assert.equal(readFileSync(path.join(dir, '.sonar-go/govet.txt'), 'utf8'), 'stats/stats.go:20:9: fine\n');
  assertPrintable(r);
});
