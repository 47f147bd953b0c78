// Go behaviour changes through the bundled action, the way the runner runs it: a real service
// (test/fixtures/godebug/service: timers and net/http) built by Go 1.19 with a go 1.19 line, and by
// Go 1.23 after its go line moved to 1.23. The GODEBUG table is the head Go's own (Debian 1.23.5).
// A second program that links neither net/http nor crypto/tls gets none of their settings.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { debianGoroot, goBin, sharedGoCache, type TestedMinor } from '../helpers/go.js';
import { distEntry, newJob, repoRoot, runStep } from '../helpers/runner.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'gck-behavior-'));

function build(program: 'service' | 'plain', minor: TestedMinor, goLine: string): string {
  const dir = path.join(tmp, `${program}-${minor}-${goLine}`);
  cpSync(path.join(repoRoot, 'test/fixtures/godebug', program), dir, { recursive: true });
  const gomod = path.join(dir, 'go.mod');
  writeFileSync(gomod, readFileSync(gomod, 'utf8').replace(/^go \S+$/m, `go ${goLine}`));
  const out = path.join(dir, program);
  execFileSync(goBin(minor), ['build', '-trimpath', '-o', out, '.'], {
    cwd: dir,
    stdio: 'pipe',
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GOCACHE: sharedGoCache(minor),
      GOTOOLCHAIN: 'local',
      GOFLAGS: '',
      GOPROXY: 'off',
    },
  });
  return out;
}

const built: Record<string, string> = {};
before(() => {
  built.service19 = build('service', '1.19', '1.19');
  built.service23 = build('service', '1.23', '1.23');
  built.plain19 = build('plain', '1.19', '1.19');
  built.plain23 = build('plain', '1.23', '1.23');
});

const go123 = debianGoroot('1.23');

test('dist/abi-diff: a service moving to Go 1.23 and a go 1.23 line lists the GODEBUG defaults that change for what it links', async () => {
  const r = await runStep(newJob(), distEntry('abi-diff'), { base: built.service19!, head: built.service23!, go: go123 });
  assert.equal(r.code, 0, r.stdout);
  assert.equal(r.outputs.breaking, 'false', 'behaviour changes do not fail the default policy');
  const names = ['asynctimerchan', 'httpmuxgo121', 'httplaxcontentlength', 'panicnil'];
  for (const n of names) assert.match(r.summary, new RegExp(`\`${n}\``), n);
  assert.match(r.summary, /\/\/go:debug asynctimerchan=1/);
  assert.match(r.summary, /https:\/\/go\.dev\/doc\/godebug#go-123/);
  assert.ok(Number(r.outputs['behavior-changes']) >= names.length, r.outputs['behavior-changes']);
  const report = JSON.parse(readFileSync(r.outputs.report!, 'utf8')) as { findings: { category: string; subject: string }[] };
  const subjects = report.findings.filter((f) => f.category === 'behavior').map((f) => f.subject);
  assert.equal(subjects.length, Number(r.outputs['behavior-changes']));
  assert.ok(!subjects.includes('godebug:gotypesalias'), 'go/types is not linked');
});

test('dist/abi-diff: fail-on "removed, behavior-changes" fails the step on them; a program without net/http gets no net/http setting', async () => {
  const strict = await runStep(newJob(), distEntry('abi-diff'), {
    base: built.service19!,
    head: built.service23!,
    go: go123,
    'fail-on': 'removed, behavior-changes',
  });
  assert.equal(strict.code, 1, strict.stdout);
  assert.equal(strict.outputs.breaking, 'true');
  assert.match(strict.stdout, /break the policy \(fail-on: removed, behavior-changes\)/);
  const plain = await runStep(newJob(), distEntry('abi-diff'), { base: built.plain19!, head: built.plain23!, go: go123 });
  assert.equal(plain.code, 0, plain.stdout);
  assert.match(plain.summary, /`asynctimerchan`/);
  assert.doesNotMatch(plain.summary, /httpmuxgo121|tls10server|x509negativeserial/);
  const bad = await runStep(newJob(), distEntry('abi-diff'), {
    base: built.plain19!,
    head: built.plain23!,
    go: go123,
    'fail-on': 'removed, sometimes',
  });
  assert.equal(bad.code, 1);
  assert.match(
    bad.stdout,
    /input "fail-on" has "sometimes"; expected one of removed, changed, any, none, optionally with behavior-changes/,
  );
});
