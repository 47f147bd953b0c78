import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ProjectPaths } from '../../src/sonar/project-paths.js';
import { TestJsonRewrite } from '../../src/sonar/test-json.js';
import { parseCheckstyle, parseGolangci, parseVetText, rewriteIssues } from '../../src/sonar/lint-reports.js';
import { checkstyleXml, externalIssues, vetText } from '../../src/sonar/lint-writers.js';
import { mergeProperties, parseProperties } from '../../src/sonar/properties.js';
import { isGenerated } from '../../src/sonar/generated.js';
import { writeReportFile } from '../../src/sonar/report-file.js';

// A real base dir: tool paths resolve to files that exist.
const repo = mkdtempSync(path.join(os.tmpdir(), 'gck-repo-'));
mkdirSync(path.join(repo, 'svc/api/handler'), { recursive: true });
writeFileSync(path.join(repo, 'svc/api/handler/h.go'), 'package handler\n');
const paths = new ProjectPaths(
  repo,
  [
    { path: 'example.com/api', dir: `${repo}/svc/api`, env: {} },
    { path: 'example.com/root', dir: repo, env: {} },
  ],
  new Map([
    ['example.com/api/handler', `${repo}/svc/api/handler`],
    ['example.com/root', repo],
  ]),
);

test('go test -json: Package becomes a base-dir relative dir, noise lines are dropped and counted, tests are counted', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gck-tj-'));
  const f = path.join(dir, 't.json');
  writeFileSync(
    f,
    [
      '{"Action":"run","Package":"example.com/api/handler","Test":"TestA"}',
      'go: downloading example.com/x v1.0.0',
      '{"Action":"pass","Package":"example.com/api/handler","Test":"TestA","Elapsed":0}',
      '{"Action":"skip","Package":"example.com/root","Test":"TestB"}',
      '[1,2]',
      '{"Action":"fail","Package":"example.com/gone","Test":"TestC"}',
      '',
    ].join('\n'),
  );
  const rw = new TestJsonRewrite((p) => paths.packageDir(p));
  let out = '';
  for await (const chunk of rw.rewrite([f])) out += chunk;
  const events = out
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { Package: string; Action: string });
  assert.deepEqual(
    events.map((e) => e.Package),
    ['svc/api/handler', 'svc/api/handler', '.', 'example.com/gone'],
  );
  assert.equal(rw.events, 4);
  assert.equal(rw.noise, 2);
  assert.match(rw.noiseExamples[0]!, /t\.json:2: go: downloading/);
  assert.deepEqual(rw.perPackage.get('example.com/api/handler'), { passed: 1, failed: 0, skipped: 0 });
  assert.deepEqual(rw.perPackage.get('example.com/root'), { passed: 0, failed: 0, skipped: 1 });
  assert.equal(rw.unmapped.get('example.com/gone'), `package "example.com/gone" is not a package of any module under ${repo}`);
});

test('go vet text and golangci-lint checkstyle/JSON parse and rewrite relative to the dir they ran in', () => {
  const vet = parseVetText('# example.com/api/handler\nhandler/h.go:3:2: unreachable code\nvet: something else\n./handler/h.go:9: x\n');
  assert.deepEqual(
    vet.map((i) => [i.file, i.line, i.column, i.message]),
    [
      ['handler/h.go', 3, 2, 'unreachable code'],
      ['./handler/h.go', 9, undefined, 'x'],
    ],
  );
  const { kept, unmapped } = rewriteIssues([...vet, { ...vet[0]!, file: 'nowhere/z.go' }], (f) => paths.toolFile(f, [`${repo}/svc/api`]));
  assert.deepEqual(
    kept.map((i) => i.file),
    ['svc/api/handler/h.go', 'svc/api/handler/h.go'],
  );
  assert.equal(
    unmapped.get('nowhere/z.go'),
    `"nowhere/z.go" is no file of a package relative to ${repo}/svc/api, ${repo}, and no suffix of it names one`,
  );
  const cs = parseCheckstyle(
    `<?xml version="1.0"?><checkstyle version="5.0"><file name="handler/h.go"><error column="5" line="7" message="a &amp; &quot;b&quot;" severity="error" source="errcheck"/></file><file name="empty.go"/></checkstyle>`,
    'cs.xml',
  );
  assert.deepEqual(cs, [{ file: 'handler/h.go', line: 7, column: 5, message: 'a & "b"', linter: 'errcheck', severity: 'error' }]);
  const js = parseGolangci(
    JSON.stringify({
      Issues: [{ FromLinter: 'unused', Text: 'func x is unused', Severity: '', Pos: { Filename: 'handler/h.go', Line: 4, Column: 6 } }],
    }),
    'l.json',
  );
  assert.deepEqual(js, [{ file: 'handler/h.go', line: 4, column: 6, message: 'func x is unused', linter: 'unused', severity: 'warning' }]);
  assert.deepEqual(parseGolangci(JSON.stringify({ Issues: null }), 'n.json'), []);
  assert.throws(() => parseGolangci('{oops', 'bad.json'), /golangci-lint report bad\.json is not valid JSON .*--out-format json/);
  assert.throws(() => parseGolangci('<html/>', 'page.html'), /golangci-lint report page\.html is not checkstyle XML/);
});

test('writers: checkstyle round-trips, vet text, and the SonarQube 10.3+ generic issues shape', () => {
  const issues = [
    { file: 'a/x.go', line: 2, column: 3, message: 'm <1>', linter: 'errcheck', severity: 'error' },
    { file: 'a/x.go', line: 5, message: 'n', linter: 'govet', severity: 'warning' },
  ];
  assert.deepEqual(parseCheckstyle(checkstyleXml(issues), 'rt'), issues);
  assert.equal(vetText(issues), 'a/x.go:2:3: m <1>\na/x.go:5: n\n');
  const gen = externalIssues(issues);
  assert.deepEqual(
    gen.rules.map((r) => [r.id, r.engineId, r.impacts[0]!.softwareQuality]),
    [
      ['golangci-lint:errcheck', 'golangci-lint', 'MAINTAINABILITY'],
      ['govet:govet', 'govet', 'RELIABILITY'],
    ],
  );
  assert.deepEqual(gen.issues[0], {
    ruleId: 'golangci-lint:errcheck',
    primaryLocation: { message: 'm <1>', filePath: 'a/x.go', textRange: { startLine: 2 } },
  });
  for (const i of gen.issues as unknown as Record<string, unknown>[]) assert.ok(!('severity' in i) && !('type' in i));
});

test('properties: user keys are kept and reported, exclusions are appended, reruns are stable', () => {
  const user = '# mine\nsonar.projectKey=acme\nsonar.sources = src\nsonar.exclusions=**/mock_*.go,\\\n  **/*_test.go\n';
  assert.equal(parseProperties(user).get('sonar.exclusions'), '**/mock_*.go,**/*_test.go');
  const wanted = new Map([
    ['sonar.sources', '.'],
    ['sonar.go.coverage.reportPaths', '.sonar-go/coverage.out'],
  ]);
  const appends = new Map([
    ['sonar.exclusions', ['**/*_test.go', 'gen/z_gen.go', 'gen/z_gen.go']],
    ['sonar.test.exclusions', ['a/x_test.go']],
  ]);
  const m = mergeProperties(user, wanted, appends);
  assert.deepEqual([...m.kept], [['sonar.sources', 'src']]);
  assert.deepEqual(m.added, ['sonar.go.coverage.reportPaths', 'sonar.test.exclusions']);
  assert.deepEqual([...m.extended], [['sonar.exclusions', ['gen/z_gen.go']]]);
  const props = parseProperties(m.text);
  assert.equal(props.get('sonar.sources'), 'src');
  assert.equal(props.get('sonar.projectKey'), 'acme');
  assert.equal(props.get('sonar.exclusions'), '**/mock_*.go,**/*_test.go,gen/z_gen.go');
  assert.equal(props.get('sonar.test.exclusions'), 'a/x_test.go');
  assert.ok(m.text.startsWith(user));
  const again = mergeProperties(m.text, wanted, appends);
  assert.equal(again.text, m.text);
  const fresh = mergeProperties('', wanted, new Map([['sonar.exclusions', ['**/vendor/**']]]));
  assert.equal(parseProperties(fresh.text).get('sonar.exclusions'), '**/vendor/**');
  assert.deepEqual(fresh.added, ['sonar.sources', 'sonar.go.coverage.reportPaths', 'sonar.exclusions']);
  // A key naming one of our reports that this run did not write is removed; other values stay.
  const stale = mergeProperties(m.text, new Map(), new Map(), new Map([['sonar.go.coverage.reportPaths', '.sonar-go/coverage.out']]));
  assert.deepEqual(stale.dropped, ['sonar.go.coverage.reportPaths']);
  assert.equal(parseProperties(stale.text).get('sonar.go.coverage.reportPaths'), undefined);
  assert.equal(parseProperties(stale.text).get('sonar.projectKey'), 'acme');
  const theirs = mergeProperties(
    'sonar.go.coverage.reportPaths=cov/all.out\n',
    new Map(),
    new Map(),
    new Map([['sonar.go.coverage.reportPaths', '.sonar-go/coverage.out']]),
  );
  assert.deepEqual(theirs.dropped, []);
});

test('generated files are recognised only by the marker line before the package clause', () => {
  assert.ok(isGenerated('// Code generated by stringer -type=X; DO NOT EDIT.\n\npackage p\n'));
  assert.ok(!isGenerated('package p\n// Code generated by x. DO NOT EDIT.\n'));
  assert.ok(!isGenerated('// Code generated by hand, edit freely.\npackage p\n'));
});

test('a report is never replaced by an empty one, and never left half-written', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gck-rf-'));
  const target = path.join(dir, 'out', 'coverage.out');
  await writeReportFile(target, ['mode: set\n', 'a.go:1.1,1.2 1 1\n'], { entries: 1, what: 'coverage report', from: 'x' });
  await assert.rejects(
    writeReportFile(target, ['mode: set\n'], { entries: () => 0, what: 'coverage report', from: 'empty.out' }),
    (e: Error) =>
      new RegExp(
        `refusing to replace coverage report ${target} \\(27 bytes\\) with an empty one from empty\\.out; the previous report is kept`,
      ).test(e.message),
  );
  assert.equal(readFileSync(target, 'utf8'), 'mode: set\na.go:1.1,1.2 1 1\n');
  function* failing(): Generator<string> {
    yield 'mode: set\n';
    throw new Error('source broke');
  }
  await assert.rejects(writeReportFile(target, failing(), { entries: 1, what: 'coverage report', from: 'x' }), /source broke/);
  assert.equal(readFileSync(target, 'utf8'), 'mode: set\na.go:1.1,1.2 1 1\n');
  assert.deepEqual(readdirSync(path.dirname(target)), ['coverage.out']);
  const fresh = path.join(dir, 'new.json');
  await writeReportFile(fresh, [], { entries: 0, what: 'test report', from: 'y' });
  assert.ok(existsSync(fresh));
});
