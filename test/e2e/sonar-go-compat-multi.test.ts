// sonar-go-compat through its dist bundle on a multi-module repo (go.work + a module outside it),
// the analyzer version read from a real loopback SonarQube stand-in, lint reports, exclusions.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { annotations, distEntry, newJob, runStep, type StepResult } from '../helpers/runner.js';
import { debianGoroot } from '../helpers/go.js';
import { assertCoverageFilesExist, assertTestPackagesExist, copySonarFixture } from '../helpers/sonar-reports.js';
import { parseProperties } from '../../src/sonar/properties.js';
import type { ExternalIssues } from '../../src/sonar/lint-writers.js';

const job = newJob({ env: { PATH: `${debianGoroot('1.23')}/bin:${process.env.PATH}`, GOTOOLCHAIN: 'local' } });
const dir = copySonarFixture('multi', path.join(job.workspace, 'multi'));
let server: Server;
let sonarUrl = '';
const requests: string[] = [];

before(async () => {
  server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url} ${req.headers.authorization ?? ''}`);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ plugins: [{ key: 'go', name: 'Go Code Quality and Security', version: '1.15.0.1 (build 1)' }] }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  sonarUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // Lint output as the tools print it: golangci-lint paths relative to its config dir (svc/api, lib).
  writeFileSync(
    path.join(dir, 'svc/api/golangci.json'),
    JSON.stringify({
      Issues: [
        {
          FromLinter: 'revive',
          Text: 'exported function Fail should have comment',
          Severity: '',
          Pos: { Filename: 'handler/handler.go', Line: 16, Column: 1 },
        },
      ],
    }),
  );
  writeFileSync(
    path.join(dir, 'lib/golangci.xml'),
    '<?xml version="1.0" encoding="UTF-8"?>\n<checkstyle version="5.0"><file name="count/count.go"><error line="3" column="1" severity="warning" message="comment &amp; style" source="godot"></error></file></checkstyle>\n',
  );
  writeFileSync(
    path.join(dir, 'sonar-project.properties'),
    'sonar.projectKey=acme_multi\nsonar.sources=lib,svc,tools\nsonar.exclusions=**/mocks/**\n',
  );
});

after(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

function run(env: NodeJS.ProcessEnv = {}): Promise<StepResult> {
  return runStep(
    job,
    distEntry('sonar-go-compat'),
    {
      'working-directory': 'multi',
      'sonar-host-url': sonarUrl,
      'sonar-token': 'squ_e2e',
      'on-newer-syntax': 'exclude',
      'run-tests': 'true',
      'run-vet': 'true',
      'golangci-lint-reports': 'svc/api/golangci.json\nlib/*.xml',
      'lint-report-format': 'generic',
    },
    { env },
  );
}

test('multi-module repo: per-module tests and coverage resolve on disk, newer-feature files excluded, lint issues in the generic format', async () => {
  const r = await run();
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.deepEqual(requests, [`GET /api/plugins/installed Basic ${Buffer.from('squ_e2e:').toString('base64')}`]);
  assert.equal(r.outputs['newer-features'], '3');
  assert.equal(r.outputs['excluded-files'], 'lib/count/count.go,svc/api/handler/handler.go');
  assert.deepEqual(assertCoverageFilesExist(dir, r.outputs['coverage-report']!), [
    'lib/count/count.go',
    'svc/api/handler/handler.go',
    'tools/main.go',
  ]);
  assert.deepEqual(assertTestPackagesExist(dir, r.outputs['tests-report']!), ['lib/count', 'svc/api/handler', 'tools']);
  assert.match(
    r.summary,
    /Analyzer: Go 1\.21 \(sonar-go 1\.15\.0\.1 \(build 1\) is built with Go 1\.21\.1 \(installed on http:\/\/127\.0\.0\.1:\d+\)\)/,
  );
  assert.match(r.summary, /\| example\.com\/multi\/lib \| lib \| 50\.0% \| 1 \| 0 \| 0 \| 2 \|/);
  assert.match(r.summary, /\| example\.com\/api \| svc\/api \| 80\.0% \| 2 \| 0 \| 0 \| 1 \|/);
  assert.match(r.summary, /\| example\.com\/tools \| tools \| 0\.0% \| 0 \| 0 \| 0 \| 0 \|/);
  assert.match(r.summary, /\| svc\/api\/handler\/handler\.go \| 9:17 \| range over func \(iterators\) \| Go 1\.23 \|/);
  assert.match(
    r.summary,
    /### Excluded from analysis \(on-newer-syntax: exclude\)[\s\S]*- `lib\/count\/count\.go`\n- `svc\/api\/handler\/handler\.go`/,
  );
  assert.match(r.summary, /Kept your values for sonar\.sources/);
  assert.equal(annotations(r.stdout, 'notice').length, 3);
  const props = parseProperties(readFileSync(path.join(dir, 'sonar-project.properties'), 'utf8'));
  assert.equal(props.get('sonar.projectKey'), 'acme_multi');
  assert.equal(props.get('sonar.sources'), 'lib,svc,tools');
  assert.equal(
    props.get('sonar.exclusions'),
    '**/mocks/**,**/*_test.go,**/vendor/**,**/testdata/**,lib/count/count.go,svc/api/handler/handler.go',
  );
  assert.equal(props.get('sonar.externalIssuesReportPaths'), '.sonar-go/external-issues.json');
  assert.equal(props.get('sonar.go.govet.reportPaths'), undefined);
  const ext = JSON.parse(readFileSync(path.join(dir, r.outputs['external-issues-report']!), 'utf8')) as ExternalIssues;
  assert.deepEqual(ext.issues.map((i) => `${i.ruleId} ${i.primaryLocation.filePath}:${i.primaryLocation.textRange.startLine}`).sort(), [
    'golangci-lint:godot lib/count/count.go:3',
    'golangci-lint:revive svc/api/handler/handler.go:16',
    'govet:govet tools/main.go:12',
  ]);
  for (const i of ext.issues) assert.ok(existsSync(path.join(dir, i.primaryLocation.filePath)), i.primaryLocation.filePath);
});

test('a failing test fails the step after the reports are written; a rerun does not duplicate properties', async () => {
  const propsBefore = readFileSync(path.join(dir, 'sonar-project.properties'), 'utf8');
  const r = await run({ SONAR_FIXTURE_FAIL: '1' });
  assert.equal(r.code, 1);
  assert.match(r.stdout, /::error::go test failed \(1 failed test\(s\) in example\.com\/api\); reports were written anyway/);
  assert.equal(r.outputs['tests-failed'], '1');
  // The failing test also runs Fail(), so api is fully covered this time.
  assert.match(r.summary, /\| example\.com\/api \| svc\/api \| 100\.0% \| 1 \| 1 \| 0 \| 1 \|/);
  const events = readFileSync(path.join(dir, r.outputs['tests-report']!), 'utf8');
  assert.match(events, /"Action":"fail","Package":"svc\/api\/handler","Test":"TestFailWhenAsked"/);
  assert.equal(readFileSync(path.join(dir, 'sonar-project.properties'), 'utf8'), propsBefore);
});
