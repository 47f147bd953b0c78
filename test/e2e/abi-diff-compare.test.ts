// abi-diff through its bundled dist entry, on real builds of the fixture module by Go 1.19 and 1.23.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { readFuncNameTable } from '../../src/abi/go-sections.js';
import { namesIn } from '../../src/abi/inlined.js';
import { FixtureBuilder } from '../helpers/abi-fixtures.js';
import { debianGoroot } from '../helpers/go.js';
import { annotations, distEntry, newJob, runStep } from '../helpers/runner.js';

const fx = new FixtureBuilder();
const bin: Record<string, string> = {};
const entry = distEntry('abi-diff');
const go123 = debianGoroot('1.23');

before(() => {
  bin.app119 = fx.build({ version: 'v1', go: '1.19', out: 'app-1.19' });
  bin.app123 = fx.build({ version: 'v1', go: '1.23', out: 'app-1.23' });
  bin.app123v2 = fx.build({ version: 'v2', go: '1.23', out: 'app-1.23-v2' });
  bin.nocgo = fx.build({ version: 'v1', go: '1.23', out: 'app-nocgo', env: { CGO_ENABLED: '0' } });
  // -trimpath keeps -ldflags out of the build info, so the -X pair is built without it.
  bin.plain = fx.build({ version: 'v1', go: '1.23', out: 'app-plain', trimpath: false });
  bin.ldx = fx.build({
    version: 'v1',
    go: '1.23',
    out: 'app-x',
    trimpath: false,
    flags: ['-ldflags=-X example.com/abifix/api.Version=1.2.3'],
  });
  bin.stripped = fx.build({ version: 'v1', go: '1.23', out: 'app-stripped', flags: ['-ldflags=-s -w'] });
  bin.noinline = fx.build({ version: 'v1', go: '1.23', out: 'app-noinline', flags: ['-gcflags=all=-l'] });
  bin.api119 = fx.build({ version: 'v1', go: '1.19', out: 'api-1.19.a', pkg: './api' });
  bin.api123 = fx.build({ version: 'v1', go: '1.23', out: 'api-1.23.a', pkg: './api' });
});

function report(outputs: Record<string, string>): {
  pairs: {
    symbols?: { baseCompared: number; inlined: { key: string; outOfLine: string }[] };
    symbolsSkipped?: string;
    build: { name: string }[];
  }[];
  findings: { subject: string; change: string; breaking: boolean; suppressed?: string }[];
} {
  return JSON.parse(readFileSync(outputs.report!, 'utf8')) as ReturnType<typeof report>;
}

test('same source built by Go 1.19 and 1.23: zero API findings in exported scope (executables)', async () => {
  const job = newJob();
  const r = await runStep(job, entry, { base: bin.app119!, head: bin.app123!, 'base-go': '1.19', 'head-go': go123 });
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.deepEqual([r.outputs.added, r.outputs.removed, r.outputs.changed, r.outputs.breaking], ['0', '0', '0', 'false']);
  const rep = report(r.outputs);
  assert.ok(rep.pairs[0]!.symbols!.baseCompared >= 10, 'exported symbols were compared, not an empty table');
  assert.equal(
    rep.findings.filter((f) => !f.subject.startsWith('go') && !f.subject.startsWith('setting:') && !f.subject.startsWith('import:')).length,
    0,
  );
  assert.match(r.summary, /go1\.19\.8 → go1\.23\.5\): ✅ no breaking change — 0 removed, 0 changed, 0 added/);
});

test('same source built by Go 1.19 and 1.23: zero API findings (archives, each read by its own Go)', async () => {
  const r = await runStep(newJob(), entry, { base: bin.api119!, head: bin.api123!, 'base-go': debianGoroot('1.19'), 'head-go': '1.23' });
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.deepEqual([r.outputs.added, r.outputs.removed, r.outputs.changed], ['0', '0', '0']);
  assert.ok(report(r.outputs).pairs[0]!.symbols!.baseCompared >= 15);
});

test('inlining differs (-gcflags=all=-l vs default): a function only inlined in head is not "removed"', async () => {
  const r = await runStep(newJob(), entry, { base: bin.noinline!, head: bin.app123!, go: go123, 'fail-on': 'none' });
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const inlined = report(r.outputs).pairs[0]!.symbols!.inlined;
  // Out of line in base; in head only in the pclntab's inlining tables.
  assert.deepEqual(
    inlined.map((i) => `${i.key} ${i.outOfLine}`),
    [
      'example.com/abifix/api.(*Point).Scale',
      'example.com/abifix/api.Counter',
      'example.com/abifix/api.Greet',
      'example.com/abifix/api.Point.Add',
    ].map((k) => `${k} base`),
  );
  // native.Backend returns a constant: inlined, it leaves no instruction and so no trace in head.
  assert.deepEqual(
    report(r.outputs)
      .findings.filter((f) => f.subject.startsWith('example.com/'))
      .map((f) => `${f.subject} ${f.change}`),
    ['example.com/abifix/native.Backend removed'],
  );
  assert.match(r.summary, /4 function\(s\) compiled out of line in one build and only inlined in the other: not findings/);
});

test('pclntab function names: Go 1.19 and 1.23 layouts, inlined-only functions included; none in a non-Go ELF', async () => {
  const names = async (b: string) => (await readFuncNameTable(b))?.toString('utf8').split('\0');
  for (const [b, go] of [
    [bin.app119!, '1.19'],
    [bin.noinline!, '1.23 -l'],
    [bin.app123!, '1.23'],
  ] as const) {
    const n = await names(b);
    assert.ok(n && n.length > 1000 && n.includes('main.main') && n.includes('runtime.main'), go);
  }
  const inlinedOnly = 'example.com/abifix/api.Greet';
  const listed = execFileSync(path.join(go123, 'bin', 'go'), ['tool', 'nm', bin.app123!], { encoding: 'utf8' });
  assert.ok(
    !listed.includes(` ${inlinedOnly}\n`) && (await names(bin.app123!))!.includes(inlinedOnly),
    'inlined everywhere: not in nm, in the pclntab',
  );
  assert.equal(await readFuncNameTable('/bin/ls'), undefined);

  // Lookups: a few names directly in the bytes, closure keys and large sets by normalizing the table.
  const table = (await readFuncNameTable(bin.app119!))!;
  const first = table.toString('utf8', 0, table.indexOf(0));
  const closure = 'example.com/abifix/native.Measure.func*'; // 1.19 names it Measure.func1 / Measure.func1.1
  assert.deepEqual(
    [...namesIn(table, new Set([first, 'main.main', closure, 'example.com/abifix/api.Nope']))].sort(),
    [closure, first, 'main.main'].sort(),
  );
  const many = new Set([...Array.from({ length: 100 }, (_, i) => `example.com/none.F${i}`), 'main.main', closure]);
  assert.deepEqual([...namesIn(table, many)].sort(), [closure, 'main.main'].sort());
});

test('a 1.19 archive read with Go 1.23 only: error says which Go built it and what to set', async () => {
  const r = await runStep(newJob(), entry, { base: bin.api119!, head: bin.api123!, go: go123 });
  assert.equal(r.code, 1);
  assert.match(
    r.stdout,
    /input "base" \(.*api-1\.19\.a\) is a Go archive built by go1\.19\.8, which go tool nm of go1\.23\.5 cannot read .* set base-go to 1\.19\.8/,
  );
});

test('v1 → v2: removed function breaks, variable type change is "changed", added is reported; annotations and reports', async () => {
  const r = await runStep(newJob(), entry, { base: bin.app123!, head: bin.app123v2!, go: go123, 'report-format': 'markdown, codequality' });
  assert.equal(r.code, 1, r.stdout);
  assert.deepEqual([r.outputs.added, r.outputs.removed, r.outputs.changed, r.outputs.breaking], ['1', '1', '1', 'true']);
  const subjects = report(r.outputs)
    .findings.filter((f) => f.breaking)
    .map((f) => f.subject);
  assert.deepEqual(subjects, ['example.com/abifix/api.Removed']);
  assert.ok(annotations(r.stdout, 'error').some((a) => a.includes('example.com/abifix/api.Removed: removed')));
  assert.match(r.summary, /example\.com\/abifix\/api\.Limit.*size 4 → 8 B/);
  const cq = JSON.parse(readFileSync(r.outputs['codequality-report']!, 'utf8')) as { check_name: string; severity: string }[];
  assert.ok(cq.some((i) => i.check_name === 'abi-diff/symbol-removed' && i.severity === 'major'));
  assert.match(readFileSync(r.outputs['markdown-report']!, 'utf8'), /1 removed, 1 changed, 1 added/);

  const relaxed = await runStep(newJob(), entry, { base: bin.app123!, head: bin.app123v2!, go: go123, 'fail-on': 'none' });
  assert.equal(relaxed.code, 0);
  assert.equal(relaxed.outputs.breaking, 'false');
  const strict = await runStep(newJob(), entry, {
    base: bin.app123!,
    head: bin.app123v2!,
    go: go123,
    'fail-on': 'changed',
    suppressions: writeSupp('example.com/abifix/api.Removed replaced by Added in v2\n'),
  });
  assert.equal(strict.code, 1, 'the Limit change still breaks under fail-on: changed');
  assert.deepEqual(
    report(strict.outputs)
      .findings.filter((f) => f.breaking)
      .map((f) => f.subject),
    ['example.com/abifix/api.Limit'],
  );
  const ok = await runStep(newJob(), entry, {
    base: bin.app123!,
    head: bin.app123v2!,
    go: go123,
    suppressions: writeSupp('/^example\\.com\\/abifix\\/api\\.(Removed|Limit)$/ accepted for v2\n'),
  });
  assert.equal(ok.code, 0, ok.stdout);
  assert.equal(ok.outputs.removed, '0');
});

function writeSupp(text: string): string {
  const f = path.join(fx.dir, `supp-${Math.random().toString(36).slice(2)}.txt`);
  writeFileSync(f, text);
  return f;
}

test('cgo appears (CGO_ENABLED 0 → 1): new libc and imports; deny-new-dynamic fails; build setting reported', async () => {
  const r = await runStep(newJob(), entry, { base: bin.nocgo!, head: bin.app123!, go: go123, 'deny-new-dynamic': 'true' });
  assert.equal(r.code, 1, r.stdout);
  const f = report(r.outputs).findings;
  const breaking = f.filter((x) => x.breaking).map((x) => x.subject);
  assert.ok(breaking.includes('lib:libc.so.6'), breaking.join());
  assert.ok(breaking.includes('import:malloc'));
  assert.ok(f.some((x) => x.subject === 'setting:CGO_ENABLED'));
  const allowed = await runStep(newJob(), entry, { base: bin.nocgo!, head: bin.app123!, go: go123 });
  assert.equal(allowed.code, 0, 'without deny-new-dynamic the dynamic change is informational');
});

test('-ldflags -X: no symbol findings, the -ldflags build setting changes; fail-on any fails on it', async () => {
  const r = await runStep(newJob(), entry, { base: bin.plain!, head: bin.ldx!, go: go123, 'fail-on': 'any' });
  assert.equal(r.code, 1);
  assert.deepEqual([r.outputs.added, r.outputs.removed, r.outputs.changed], ['0', '0', '0']);
  assert.deepEqual(
    report(r.outputs).findings.map((x) => x.subject),
    ['setting:-ldflags'],
  );
});

test('stripped binary: fails by default saying what can still be compared; partial compares the rest', async () => {
  const r = await runStep(newJob(), entry, { base: bin.app123!, head: bin.stripped!, go: go123 });
  assert.equal(r.code, 1);
  assert.match(
    r.stdout,
    /input "head" \(.*app-stripped\) is stripped \(-s -w\): no symbol table.*still comparable: build info \(go version -m\), the ELF dynamic section.*set input "stripped" to "partial"/,
  );
  const p = await runStep(newJob(), entry, { base: bin.app123!, head: bin.stripped!, go: go123, stripped: 'partial' });
  assert.equal(p.code, 0, p.stdout);
  const rep = report(p.outputs);
  assert.match(rep.pairs[0]!.symbolsSkipped!, /stripped/);
  assert.equal((rep.pairs[0] as unknown as { head: { goVersion: string } }).head.goVersion, 'go1.23.5', 'build info still read');
  assert.deepEqual(
    (rep.pairs[0] as unknown as { dynamic: { libs: unknown } }).dynamic.libs,
    { added: [], removed: [] },
    'dynamic section still compared',
  );
  assert.ok(annotations(p.stdout, 'warning').some((a) => a.includes('stripped')));
});

test('ELF dynamic section read in TypeScript matches readelf and go version -m', async () => {
  const { readDynamic } = await import('../../src/abi/elf.js');
  const dyn = await readDynamic(bin.app123!);
  assert.deepEqual(dyn.needed, ['libc.so.6']);
  assert.ok(dyn.imports.includes('malloc') && dyn.imports.includes('pthread_create'));
  assert.deepEqual(await readDynamic(bin.nocgo!), { needed: [], imports: [] });
  // Build info read from .go.buildinfo in TypeScript equals what `go version -m` prints.
  const { parseBuildInfo, readBuildInfo } = await import('../../src/abi/buildinfo.js');
  for (const b of [bin.app119!, bin.ldx!]) {
    const viaGo = parseBuildInfo(execFileSync(path.join(go123, 'bin', 'go'), ['version', '-m', b], { encoding: 'utf8' }));
    assert.deepEqual(await readBuildInfo('/nonexistent/go', b, undefined, true), viaGo);
  }
  // binutils comes with gcc (needed for the cgo fixture); scripts/install-go-toolchains.sh installs it.
  const d = execFileSync('readelf', ['-dW', bin.app123!], { encoding: 'utf8' });
  assert.deepEqual([...d.matchAll(/\(NEEDED\).*\[(.+)\]/g)].map((m) => m[1]).sort(), dyn.needed);
  const s = execFileSync('readelf', ['--dyn-syms', '-W', bin.app123!], { encoding: 'utf8' });
  const und = new Set(
    s
      .split('\n')
      .map((l) => l.trim().split(/\s+/))
      .filter((f) => f[6] === 'UND' && f[7])
      .map((f) => f[7]!.replace(/@.*/, '')),
  );
  assert.deepEqual([...und].sort(), dyn.imports);
});
