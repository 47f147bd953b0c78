// The Go behaviour changes report on real builds: two small programs (test/fixtures/godebug)
// built by Go 1.19 (go line 1.19) and by Go 1.23 (go line 1.19, then moved to 1.23), read with
// abi-diff's own build info and nm readers, against the head Go's real internal/godebugs table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readBuildInfo, type BuildInfo } from '../../src/abi/buildinfo.js';
import { behaviorChanges, godebugSide } from '../../src/abi/godebug.js';
import { godebugTablePath, parseGodebugTable, readGodebugTable } from '../../src/abi/godebug-table.js';
import { behaviorMarkdown } from '../../src/abi/godebug-summary.js';
import { streamNm } from '../../src/abi/nm.js';
import { SymbolTable } from '../../src/abi/table.js';
import { goToolCommand, gorootOf } from '../../src/go/go-command.js';
import { parseGoModDirectives } from '../../src/go/gomod.js';
import { debianGoroot, goBin, sharedGoCache, type TestedMinor } from '../helpers/go.js';
import { repoRoot } from '../helpers/runner.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'gck-godebug-'));
const env = (minor: TestedMinor): NodeJS.ProcessEnv => ({
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  GOCACHE: sharedGoCache(minor),
  GOPATH: path.join(tmp, 'gopath'),
  GOTOOLCHAIN: 'local',
  GOFLAGS: '',
  GOPROXY: 'off',
});

interface Built {
  file: string;
  info: BuildInfo;
  goLine: string;
  linked: Set<string>;
  goos?: string;
}

/** Builds a copy of a fixture with its go line set to `goLine`, then reads it as abi-diff does. */
async function build(program: 'service' | 'plain', minor: TestedMinor, goLine: string): Promise<Built> {
  const dir = path.join(tmp, `${program}-go${minor}-line${goLine}`);
  cpSync(path.join(repoRoot, 'test/fixtures/godebug', program), dir, { recursive: true });
  const gomod = path.join(dir, 'go.mod');
  writeFileSync(gomod, readFileSync(gomod, 'utf8').replace(/^go \S+$/m, `go ${goLine}`));
  const file = path.join(dir, program);
  execFileSync(goBin(minor), ['build', '-trimpath', '-o', file, '.'], { cwd: dir, env: env(minor), stdio: 'pipe' });
  const info = await readBuildInfo(goBin(minor), file, env(minor), true);
  assert.ok(info, `build info of ${file}`);
  const table = new SymbolTable('exported');
  await streamNm(goToolCommand(goBin(minor), 'nm'), file, (s) => table.add(s), { env: env(minor), label: file });
  return {
    file,
    info,
    goLine: parseGoModDirectives(readFileSync(gomod, 'utf8')).go!.version,
    linked: new Set(table.packageSizes.keys()),
    goos: info.settings.get('GOOS'),
  };
}

const head123 = debianGoroot('1.23');
const built = {
  service119: build('service', '1.19', '1.19'),
  service123: build('service', '1.23', '1.23'),
  service119by123: build('service', '1.23', '1.19'),
  plain119: build('plain', '1.19', '1.19'),
  plain123: build('plain', '1.23', '1.23'),
};

function report(base: Built, head: Built, headGoroot = head123): ReturnType<typeof behaviorChanges> {
  return behaviorChanges({
    headGoroot,
    base: godebugSide(base.info, base.goLine),
    head: godebugSide(head.info, head.goLine),
    linkedPackages: head.linked,
    goos: head.goos,
  });
}

test('the symbol table names std packages as the GODEBUG table does (net/http, time, crypto/tls)', async () => {
  const s = await built.service123;
  for (const pkg of ['net/http', 'time', 'crypto/tls', 'crypto/x509', 'runtime', 'os']) assert.ok(s.linked.has(pkg), pkg);
  const p = await built.plain123;
  assert.ok(p.linked.has('time'));
  for (const pkg of ['net/http', 'crypto/tls', 'crypto/x509']) assert.ok(!p.linked.has(pkg), `plain does not link ${pkg}`);
});

test('build info: 1.19 records no DefaultGODEBUG; 1.23 records what a go 1.19 line pins, nothing for a go 1.23 line', async () => {
  assert.equal((await built.service119).info.settings.get('DefaultGODEBUG'), undefined);
  assert.equal(
    (await built.service119by123).info.settings.get('DefaultGODEBUG'),
    'asynctimerchan=1,gotypesalias=0,httplaxcontentlength=1,httpmuxgo121=1,httpservecontentkeepheaders=1,panicnil=1,tls10server=1,tls3des=1,tlskyber=0,tlsrsakex=1,tlsunsafeekm=1,winreadlinkvolume=0,winsymlink=0,x509keypairleaf=0,x509negativeserial=1',
  );
  assert.equal((await built.service123).info.settings.get('DefaultGODEBUG'), undefined);
});

test('service, Go 1.19 with go 1.19 → Go 1.23 with go 1.23: every default changed since 1.19 in a linked package', async (t) => {
  const r = report(await built.service119, await built.service123);
  t.diagnostic(`report: ${path.join(tmp, 'service.md')}`);
  writeFileSync(path.join(tmp, 'service.md'), behaviorMarkdown(r));
  const names = r.changes.map((c) => c.name);
  for (const n of [
    'asynctimerchan',
    'httpmuxgo121',
    'httplaxcontentlength',
    'httpservecontentkeepheaders',
    'panicnil',
    'tls10server',
    'tlsrsakex',
  ])
    assert.ok(names.includes(n), `${n} in ${names.join(', ')}`);
  // Exactly the real table's settings changed after 1.19 whose package the binary links (win* only on windows).
  const table = parseGodebugTable(readFileSync(path.join(head123, godebugTablePath), 'utf8'));
  const head = await built.service123;
  const expected = table
    .filter((s) => s.changed !== undefined && s.changed > 19 && head.linked.has(s.package) && !s.name.startsWith('win'))
    .map((s) => s.name)
    .sort();
  assert.deepEqual([...names].sort(), expected);
  assert.ok(!names.includes('gotypesalias'), 'go/types is not linked');
  const timer = r.changes.find((c) => c.name === 'asynctimerchan')!;
  assert.deepEqual(timer, {
    name: 'asynctimerchan',
    package: 'time',
    changedIn: '1.23',
    base: { value: '1', rule: 'toolchain-predates' },
    head: { value: '0', rule: 'toolchain-default' },
    restore: { goDebugDirective: '//go:debug asynctimerchan=1', goModLine: 'godebug asynctimerchan=1' },
    docUrl: 'https://go.dev/doc/godebug#go-123',
  });
  assert.equal(r.changes.find((c) => c.name === 'httpmuxgo121')?.docUrl, 'https://go.dev/doc/godebug#go-122');
  assert.equal(r.tableGo, 'go1.23.5');
  assert.deepEqual(r.notes, [
    'base: go line 1.19 (from go.mod), built by go1.19.8, older than Go 1.21, so its GODEBUG defaults are that Go’s own and the go line did not matter',
    'head: go line 1.23 (from go.mod), built by go1.23.5',
  ]);
});

test('the restore lines are real: a //go:debug block from the report brings head back to the base behaviour', async () => {
  const r = report(await built.service119, await built.service123);
  const dir = path.join(tmp, 'service-restored');
  cpSync(path.join(repoRoot, 'test/fixtures/godebug/service'), dir, { recursive: true });
  writeFileSync(path.join(dir, 'go.mod'), readFileSync(path.join(dir, 'go.mod'), 'utf8').replace(/^go \S+$/m, 'go 1.23'));
  writeFileSync(path.join(dir, 'godebug.go'), `${r.changes.map((c) => c.restore!.goDebugDirective).join('\n')}\n\npackage main\n`);
  const file = path.join(dir, 'service');
  execFileSync(goBin('1.23'), ['build', '-trimpath', '-o', file, '.'], { cwd: dir, env: env('1.23'), stdio: 'pipe' });
  const info = (await readBuildInfo(goBin('1.23'), file, env('1.23'), true))!;
  const restored = behaviorChanges({
    headGoroot: head123,
    base: godebugSide((await built.service119).info, '1.19'),
    head: godebugSide(info, '1.23'),
    linkedPackages: (await built.service123).linked,
    goos: 'linux',
  });
  assert.deepEqual(restored.changes, []);
});

test('go 1.19 line built by Go 1.19 and by Go 1.23: DefaultGODEBUG pins the old behaviour, so nothing changes', async () => {
  const r = report(await built.service119, await built.service119by123);
  assert.deepEqual(r.changes, []);
  assert.match(r.notes[1]!, /^head: go line 1\.19 \(from go\.mod\), built by go1\.23\.5$/);
  // Without the go.mod, the DefaultGODEBUG says which go lines it can come from.
  const blind = behaviorChanges({
    headGoroot: head123,
    base: godebugSide((await built.service119).info),
    head: godebugSide((await built.service119by123).info),
    linkedPackages: (await built.service119by123).linked,
  });
  assert.deepEqual(blind.changes, []);
  assert.equal(blind.notes[1], 'head: built by go1.23.5; its DefaultGODEBUG implies a go line ≥ 1.19 and < 1.21');
  assert.match(behaviorMarkdown(blind), /No GODEBUG default differs between base and head/);
});

test('a program linking neither net/http nor crypto/tls gets none of their settings', async (t) => {
  const r = report(await built.plain119, await built.plain123);
  t.diagnostic(`report: ${path.join(tmp, 'plain.md')}`);
  writeFileSync(path.join(tmp, 'plain.md'), behaviorMarkdown(r));
  assert.deepEqual(
    r.changes.map((c) => `${c.package} ${c.name}`),
    ['runtime panicnil', 'time asynctimerchan'],
  );
});

test('a head Go older than 1.21 has no GODEBUG table: a note says so instead of a list', async () => {
  const r = report(await built.service119by123, await built.service119, debianGoroot('1.19'));
  assert.deepEqual(r.changes, []);
  assert.equal(r.tableGo, 'go1.19.8');
  assert.deepEqual(r.notes, [
    'Go behaviour changes not listed: the head Go (go1.19.8) predates Go 1.21, which introduced the GODEBUG table (internal/godebugs) and go-line-based defaults; set head-go to 1.21 or newer to get this report',
  ]);
  assert.match(behaviorMarkdown(r), /predates Go 1\.21/);
});

test('readGodebugTable: the table and version of a GOROOT; Go 1.19 has no table', () => {
  const t23 = readGodebugTable(head123);
  assert.equal(t23.goVersion, 'go1.23.5');
  assert.equal(t23.settings?.length, 36);
  const t19 = readGodebugTable(debianGoroot('1.19'));
  assert.deepEqual(t19, { goroot: debianGoroot('1.19'), goVersion: 'go1.19.8', settings: undefined });
});

test('gorootOf: the GOROOT above a go binary, also through a symlink as /usr/bin/go is', async () => {
  assert.equal(await gorootOf(goBin('1.23')), head123);
  const bin = path.join(tmp, 'bin');
  mkdirSync(bin, { recursive: true });
  symlinkSync(goBin('1.22'), path.join(bin, 'go'));
  assert.equal(await gorootOf(path.join(bin, 'go')), debianGoroot('1.22'));
});
