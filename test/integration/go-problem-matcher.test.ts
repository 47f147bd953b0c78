// The Go problem matcher (src/actions/setup-go-matrix/go-matcher.json) against what Go really prints:
// small failing modules built at test time by Debian's Go 1.19 and 1.23 — compile errors, vet
// findings, vet's type errors, test failures (non-verbose and -v), a test that does not compile and a
// panicking test. Every annotation the runner would make is listed, and no other line (package
// headers, FAIL lines, stack frames, panics) makes one.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { goMatcherFile } from '../../src/actions/setup-go-matrix/problem-matcher.js';
import { annotate, loadMatcher, type Annotation } from '../helpers/problem-matcher.js';
import { goBin, sharedGoCache, type TestedMinor } from '../helpers/go.js';

const made: string[] = [];
after(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

function module(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gck-matcher-'));
  made.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** go <args> in dir; stdout and stderr as one log, as a step's log shows them. Fails unless go failed. */
function goFails(minor: TestedMinor, dir: string, args: string[]): string {
  const r = spawnSync(goBin(minor), args, {
    cwd: dir,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      // Std compiled once per minor across test runs; the failures are in the module's own files.
      GOCACHE: sharedGoCache(minor),
      GOPATH: path.join(dir, '.gopath'),
      GOFLAGS: '-mod=mod',
      GOTOOLCHAIN: 'local',
      GOTELEMETRY: 'off',
      GOPROXY: 'off',
      CGO_ENABLED: '0',
    },
  });
  assert.notEqual(r.status, 0, `go ${args.join(' ')} was expected to fail:\n${r.stdout}${r.stderr}`);
  return r.stdout + r.stderr;
}

const goMod = (name: string) => `module example.com/${name}\n\ngo 1.19\n`;

const buildModule = () =>
  module({
    'go.mod': goMod('build'),
    'main.go': 'package main\n\nfunc main() {\n\tx := 1\n\tundefinedThing()\n}\n',
    'sub/s.go': 'package sub\n\nfunc F() int { return "s" }\n',
  });
const vetModule = () =>
  module({
    'go.mod': goMod('vet'),
    'v.go': 'package v\n\nimport "fmt"\n\nfunc F() {\n\tfmt.Printf("%d\\n", "s")\n}\n',
  });
const vetTypeErrorModule = () => module({ 'go.mod': goMod('vettype'), 'v.go': 'package v\n\nfunc F() int { return undefinedY }\n' });
const testModule = (extra: Record<string, string> = {}) =>
  module({
    'go.mod': goMod('t'),
    't.go': 'package t\n\nfunc Add(a, b int) int { return a - b }\n',
    't_test.go': [
      'package t',
      '',
      'import "testing"',
      '',
      'func TestAdd(t *testing.T) {',
      '\tt.Log("starting")',
      '\tif got := Add(2, 3); got != 5 {',
      '\t\tt.Errorf("Add(2, 3) = %d, want 5", got)',
      '\t}',
      '\tt.Run("sub", func(t *testing.T) { t.Fatal("sub failed") })',
      '}',
      '',
      'func TestPanic(t *testing.T) { var m map[string]int; m["a"] = 1 }',
      '',
    ].join('\n'),
    ...extra,
  });

for (const minor of ['1.19', '1.23'] as const) {
  test(`Go ${minor}: go build errors become annotations with file, line and column`, () => {
    const log = goFails(minor, buildModule(), ['build', './...']);
    const got = annotate(log);
    assert.deepEqual(
      got.map((a) => [a.file, a.line, a.column]),
      [
        ['sub/s.go', 3, 23],
        ['./main.go', 4, 2],
        ['./main.go', 5, 2],
      ],
      log,
    );
    assert.equal(got[0]!.message, 'cannot use "s" (untyped string constant) as int value in return statement');
    // 1.19 says "x declared but not used", 1.23 "declared and not used: x": either way the message.
    assert.match(got[1]!.message, /declared (but|and) not used/);
    assert.equal(got[2]!.message, 'undefined: undefinedThing');
    assert.equal(log.split('\n').filter((l) => l.startsWith('# ')).length, 2, 'package headers are printed, and not annotated');
  });

  test(`Go ${minor}: go vet findings and vet's type errors ("vet: " prefix) become annotations`, () => {
    const vet = goFails(minor, vetModule(), ['vet', './...']);
    assert.deepEqual(
      annotate(vet),
      [{ file: './v.go', line: 6, column: 2, message: 'fmt.Printf format %d has arg "s" of wrong type string' }],
      vet,
    );
    const typed = goFails(minor, vetTypeErrorModule(), ['vet', './...']);
    assert.match(typed, /^vet: \.\/v\.go:3:23: /m, 'vet prefixes type errors with "vet: "');
    const [a, ...rest] = annotate(typed);
    assert.deepEqual(rest, [], typed);
    assert.deepEqual([a!.file, a!.line, a!.column], ['./v.go', 3, 23], 'the file without the "vet: " prefix');
    assert.match(a!.message, /^(undeclared name|undefined): undefinedY$/);
  });

  test(`Go ${minor}: go test failures (file:line) are annotated; stack frames, FAIL and panic lines are not`, () => {
    const dir = testModule();
    const log = goFails(minor, dir, ['test', './...']);
    assert.match(log, /^\t\/.*t_test\.go:13 \+0x[0-9a-f]+$/m, 'the panic printed a stack frame of the test file');
    assert.deepEqual(annotate(log), [
      { file: 't_test.go', line: 6, message: 'starting' },
      { file: 't_test.go', line: 8, message: 'Add(2, 3) = -1, want 5' },
      { file: 't_test.go', line: 10, message: 'sub failed' },
    ]);
    // -v streams the same lines before "--- FAIL" instead of after: the same annotations.
    const verbose = goFails(minor, dir, ['test', '-v', '-run', 'TestAdd', './...']);
    assert.deepEqual(
      annotate(verbose).map((a) => `${a.file}:${a.line}`),
      ['t_test.go:6', 't_test.go:8', 't_test.go:10'],
    );
  });

  test(`Go ${minor}: a test file that does not compile is annotated at the compile error`, () => {
    const dir = testModule({ 'z_test.go': 'package t\n\nimport "testing"\n\nfunc TestZ(t *testing.T) { undefinedZ() }\n' });
    const log = goFails(minor, dir, ['test', './...']);
    assert.match(log, /\[build failed\]/);
    assert.deepEqual(annotate(log), [{ file: './z_test.go', line: 5, column: 28, message: 'undefined: undefinedZ' }], log);
  });
}

test('the matcher: owner "go", and the path forms of other runners (synthetic lines: no Windows machine here)', () => {
  // actions/setup-go's owner: a workflow's `::remove-matcher owner=go::` keeps working.
  assert.equal(loadMatcher(goMatcherFile()).owner, 'go');
  const table: [string, Annotation | undefined][] = [
    ['.\\main.go:5:2: undefined: x', { file: '.\\main.go', line: 5, column: 2, message: 'undefined: x' }],
    ['D:\\a\\repo\\repo\\main.go:5:2: undefined: x', { file: 'D:\\a\\repo\\repo\\main.go', line: 5, column: 2, message: 'undefined: x' }],
    ['/Users/runner/work/r/r/pkg/a.go:12: msg', { file: '/Users/runner/work/r/r/pkg/a.go', line: 12, message: 'msg' }],
    ['        a_test.go:15: expected 1, got 2', { file: 'a_test.go', line: 15, message: 'expected 1, got 2' }],
    // A log.Printf line with the default flags (date and time first) is program output, not a finding.
    ['2024/05/01 10:00:00 main.go:12: starting server', undefined],
    ['\t/usr/lib/go-1.23/src/testing/testing.go:1690 +0xf4', undefined],
    ['go: downloading example.com/x v1.0.0', undefined],
    ['--- FAIL: TestAdd (0.00s)', undefined],
    ['ok  \texample.com/t\t0.01s', undefined],
  ];
  for (const [line, want] of table) assert.deepEqual(annotate(line)[0], want, line);
});
