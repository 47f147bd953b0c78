// abi-diff's size policy through its bundled dist entry on real builds by Go 1.19 and 1.23 (issue
// 15): max-size-growth measures the module's own packages by default, so an unchanged program
// passes 5 % although the Go runtime grew the file by more; size-scope binary measures the whole
// file; real growth of the module's code fails the default.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { abiFixture, FixtureBuilder } from '../helpers/abi-fixtures.js';
import { debianGoroot, goBin, sharedGoCache } from '../helpers/go.js';
import { annotations, distEntry, newJob, runStep } from '../helpers/runner.js';

const fx = new FixtureBuilder();
const bin: Record<string, string> = {};
const entry = distEntry('abi-diff');
const sides = { 'base-go': debianGoroot('1.19'), 'head-go': debianGoroot('1.23') };

/** The fixture app plus real code in package main: a function with a 256-way switch it calls. */
function buildGrown(out: string): string {
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'gck-size-')), 'module');
  cpSync(abiFixture('v1'), dir, { recursive: true });
  const cases = Array.from({ length: 256 }, (_, i) => `\tcase ${i}:\n\t\th = h*${2 * i + 3} ^ ${(i * 2654435761) % 4294967296}`).join('\n');
  writeFileSync(
    path.join(dir, 'cmd', 'app', 'spread.go'),
    `package main\n\nimport "os"\n\nfunc init() {\n\tif len(os.Args) > 99 {\n\t\tprintln(spread(os.Args[0]))\n\t}\n}\n\n` +
      `func spread(s string) uint64 {\n\tvar h uint64\n\tfor i := 0; i < len(s); i++ {\n\t\tswitch s[i] {\n${cases}\n\t\t}\n\t}\n\treturn h\n}\n`,
  );
  execFileSync(goBin('1.23'), ['build', '-trimpath', '-o', out, './cmd/app'], {
    cwd: dir,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GOCACHE: sharedGoCache('1.23'),
      GOPATH: path.join(dir, '..', 'gopath'),
      GOTOOLCHAIN: 'local',
      GOFLAGS: '-mod=mod',
      GOPROXY: 'off',
    },
    stdio: 'pipe',
  });
  return out;
}

before(() => {
  bin.app119 = fx.build({ version: 'v1', go: '1.19', out: 'app-1.19' });
  bin.app123 = fx.build({ version: 'v1', go: '1.23', out: 'app-1.23' });
  bin.grown123 = buildGrown(path.join(fx.dir, 'app-1.23-grown'));
});

/** Error annotations, unescaped as the runner shows them (the command protocol writes % as %25). */
const errors = (stdout: string): string =>
  annotations(stdout, 'error').join('\n').replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');

interface Totals {
  baseBytes: number;
  headBytes: number;
  module?: { base: number; head: number; packages: string[] };
}
const totals = (outputs: Record<string, string>): Totals =>
  (JSON.parse(readFileSync(outputs.report!, 'utf8')) as { totals: Totals }).totals;

test('unchanged program 1.19 → 1.23: the file grows more than 5 % (runtime) but max-size-growth 5% passes', async () => {
  const r = await runStep(newJob(), entry, { base: bin.app119!, head: bin.app123!, ...sides, 'max-size-growth': '5%' });
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.equal(r.outputs.breaking, 'false');
  const t = totals(r.outputs);
  assert.ok(t.headBytes > t.baseBytes * 1.05, `the whole file grew ${t.baseBytes} → ${t.headBytes}: the case this policy is for`);
  assert.deepEqual(t.module?.packages, ['example.com/abifix/api', 'example.com/abifix/native', 'main']);
  assert.ok(t.module.head <= t.module.base * 1.05, `module packages ${t.module.base} → ${t.module.head}`);
  // The headline names both measures.
  assert.match(r.stdout, new RegExp(`size \\+${t.headBytes - t.baseBytes} B \\(module packages ${t.module.head - t.module.base} B\\)`));
});

test('size-scope binary measures the whole file: the same pair fails 5 %, saying what was measured', async () => {
  const r = await runStep(newJob(), entry, {
    base: bin.app119!,
    head: bin.app123!,
    ...sides,
    'max-size-growth': '5%',
    'size-scope': 'binary',
  });
  assert.equal(r.code, 1, r.stdout + r.stderr);
  assert.equal(r.outputs.breaking, 'true');
  assert.match(errors(r.stdout), /the files grew by \d+ bytes \(\d+\.\d+%\), more than max-size-growth 5% \(size-scope binary\)/);
});

test("real growth of the module's code fails the default max-size-growth 5%", async () => {
  const r = await runStep(newJob(), entry, { base: bin.app119!, head: bin.grown123!, ...sides, 'max-size-growth': '5%' });
  assert.equal(r.code, 1, r.stdout + r.stderr);
  assert.match(
    errors(r.stdout),
    /the module's packages grew by \d+ bytes \(\d+\.\d+%\), more than max-size-growth 5% \(size-scope module\)/,
  );
  const t = totals(r.outputs);
  assert.ok(t.module!.head > t.module!.base * 1.05);
  assert.deepEqual(r.outputs.removed, '0', 'nothing but size breaks the policy');
});

test('size-scope is checked before any work: a bad value fails naming the choices', async () => {
  const r = await runStep(newJob(), entry, { base: bin.app119!, head: bin.app123!, ...sides, 'size-scope': 'program' });
  assert.equal(r.code, 1);
  assert.match(errors(r.stdout), /input "size-scope" is "program"; expected one of: "module", "binary"/);
  assert.equal(r.outputs.report, undefined, 'no report: nothing was compared');
});
