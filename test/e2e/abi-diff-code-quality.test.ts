// abi-diff's Code Quality report and annotations through dist (issue 15): typed API findings of
// archives point at the declaration in the repository (export data positions; -trimpath's
// `module/path/file.go` mapped through the checkout's go.mod), and the Go version change itself is
// no Code Quality entry.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readFileSync } from 'node:fs';
import { abiFixture, FixtureBuilder } from '../helpers/abi-fixtures.js';
import { debianGoroot } from '../helpers/go.js';
import { annotations, distEntry, newJob, runStep } from '../helpers/runner.js';
import { sourceLocation } from '../../src/abi/source-position.js';

const fx = new FixtureBuilder();
const bin: Record<string, string> = {};
const entry = distEntry('abi-diff');
const sides = { 'base-go': debianGoroot('1.19'), 'head-go': debianGoroot('1.23') };

before(() => {
  bin.api119 = fx.build({ version: 'v1', go: '1.19', out: 'api-1.19.a', pkg: './api' });
  bin.api123v2 = fx.build({ version: 'v2', go: '1.23', out: 'api-1.23-v2.a', pkg: './api' });
  bin.app119 = fx.build({ version: 'v1', go: '1.19', out: 'app-1.19' });
  bin.app123 = fx.build({ version: 'v1', go: '1.23', out: 'app-1.23' });
});

interface Issue {
  check_name: string;
  description: string;
  severity: string;
  location: { path: string; lines: { begin: number } };
}
const issues = (outputs: Record<string, string>): Issue[] => JSON.parse(readFileSync(outputs['codequality-report']!, 'utf8')) as Issue[];

/** The line of the declaration `text` in the fixture's api/api.go of that version. */
function lineOf(version: 'v1' | 'v2', text: string): number {
  const lines = readFileSync(`${abiFixture(version)}/api/api.go`, 'utf8').split('\n');
  const i = lines.findIndex((l) => l.startsWith(text));
  assert.ok(i >= 0, text);
  return i + 1;
}

test('archives 1.19 → 1.23: API findings point at api/api.go and the declaration line in the checkout', async () => {
  const job = newJob();
  // The checkout is the head source (v2) with its go.mod: module example.com/abifix.
  cpSync(abiFixture('v2'), job.workspace, { recursive: true });
  const r = await runStep(job, entry, { base: bin.api119!, head: bin.api123v2!, ...sides, 'report-format': 'codequality' });
  assert.equal(r.code, 1, 'Removed is a breaking removal');
  const byDescription = (start: string) => issues(r.outputs).find((i) => i.description.startsWith(start));
  // A removal is placed where base declared it; others where head declares them.
  assert.deepEqual(byDescription('example.com/abifix/api.Removed:')?.location, {
    path: 'api/api.go',
    lines: { begin: lineOf('v1', 'func Removed()') },
  });
  assert.deepEqual(byDescription('example.com/abifix/api.Added:')?.location, {
    path: 'api/api.go',
    lines: { begin: lineOf('v2', 'func Added(') },
  });
  assert.deepEqual(byDescription('example.com/abifix/api.Limit:')?.location, {
    path: 'api/api.go',
    lines: { begin: lineOf('v2', 'var Limit') },
  });
  // The GitHub annotation of the breaking removal carries the same place.
  const removed = annotations(r.stdout, 'error').find((a) => a.includes('api.Removed'));
  assert.ok(removed, r.stdout);
  const line = lineOf('v1', 'func Removed()');
  const error = r.stdout.split('\n').find((l) => l.startsWith('::error') && l.includes('api.Removed'))!;
  assert.match(error, new RegExp(`file=api/api\\.go,line=${line}`));
});

test('executables 1.19 → 1.23: the Go version change is no Code Quality entry', async () => {
  const r = await runStep(newJob(), entry, { base: bin.app119!, head: bin.app123!, ...sides, 'report-format': 'json,codequality' });
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const report = JSON.parse(readFileSync(r.outputs.report!, 'utf8')) as { findings: { category: string; subject: string }[] };
  assert.ok(
    report.findings.some((f) => f.category === 'build' && f.subject === 'go'),
    'the JSON report keeps it',
  );
  assert.deepEqual(
    issues(r.outputs).filter((i) => i.description.startsWith('go: ')),
    [],
  );
});

test('positions: absolute paths inside the repository, -trimpath module paths, nested modules, outside', () => {
  const root = '/work/repo';
  const modules = [
    { modulePath: 'example.com/m', dir: '/work/repo' },
    { modulePath: 'example.com/m/tools', dir: '/work/repo/tools' },
  ];
  assert.deepEqual(sourceLocation('example.com/m/api/api.go:12', root, modules), { file: 'api/api.go', line: 12 });
  assert.deepEqual(sourceLocation('example.com/m/tools/gen/x.go:3:7', root, modules), { file: 'tools/gen/x.go', line: 3 });
  assert.deepEqual(sourceLocation('/work/repo/cmd/app/main.go:9', root, modules), { file: 'cmd/app/main.go', line: 9 });
  assert.equal(sourceLocation('github.com/dep/x/x.go:1', root, modules), undefined, 'a dependency is not in the repository');
  assert.equal(sourceLocation('/usr/lib/go-1.23/src/fmt/print.go:1', root, modules), undefined);
  assert.equal(sourceLocation('example.com/mother/a.go:1', root, modules), undefined, 'module path prefixes match whole elements');
});
