// Pure parts of abi-diff: nm line parsing, build info, suppressions, policy, table diff, content sniffing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeContent, inspectArtifact, NotGoOutput, pairByRelativePath, parseGoObjectHeader } from '../../src/abi/artifact.js';
import { diffBuildInfo, parseBuildInfo } from '../../src/abi/buildinfo.js';
import { diffTables } from '../../src/abi/diff.js';
import { symbolFindings, type Finding } from '../../src/abi/findings.js';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseNmLine, streamNm, type NmSymbol } from '../../src/abi/nm.js';
import { applyPolicy, parseSizeLimit } from '../../src/abi/policy.js';
import { parseSuppressions, SuppressionError } from '../../src/abi/suppressions.js';
import { SymbolTable } from '../../src/abi/table.js';

test('nm lines: defined, undefined, names with spaces, archive member prefix', () => {
  assert.deepEqual(parseNmLine('  4df038          8 r $f64.3eb0000000000000'), {
    name: '$f64.3eb0000000000000',
    code: 'r',
    size: 8,
    member: '',
  });
  assert.deepEqual(parseNmLine('                  0 U free@GLIBC_2.2.5'), { name: 'free@GLIBC_2.2.5', code: 'U', size: 0, member: '' });
  assert.equal(
    parseNmLine('  48a960        229 t os.init.OnceValue[go.shape.interface { Error() string }].func2')!.name,
    'os.init.OnceValue[go.shape.interface { Error() string }].func2',
  );
  const m = parseNmLine('/tmp/x.a(_x001.o):\t       0         12 T measure');
  assert.deepEqual(m, { name: 'measure', code: 'T', size: 12, member: '_x001.o' });
  assert.equal(parseNmLine('garbage'), undefined);
});

test('nm lines: the hand parser reads every real fixture line as the format regex does', () => {
  // The `%8x %10d %c %s` format as a regex: the reference the fast parser must agree with.
  const reference = (text: string) => {
    const tab = text.indexOf('):\t');
    const member = tab > 0 ? text.slice(text.lastIndexOf('(', tab) + 1, tab) : '';
    const m = /^ *([0-9a-f]*) +(\d+) (.) (.*)$/.exec(tab > 0 ? text.slice(tab + 3) : text);
    return m ? { name: m[4]!, code: m[3]!, size: Number(m[2]), member } : undefined;
  };
  const dir = new URL('../fixtures/abi/nm/', import.meta.url);
  const lines = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => readFileSync(new URL(f, dir), 'utf8').split('\n'));
  const edges = [
    '',
    ' ',
    '                  0 U ',
    '1234abcd       4096 D big.addr',
    '  401000 12 T',
    '  401000   12 x  two  spaces',
    '  40100z 12 T bad',
    'x.a(m.o):\t',
    '   12',
    '  401000 12 TT name',
  ];
  assert.ok(lines.length > 400);
  for (const line of [...lines, ...edges]) assert.deepEqual(parseNmLine(line), reference(line), JSON.stringify(line));
});

test('nm stream: lines cut across reads, a UTF-8 character split between reads, no final newline', async () => {
  const lines = [
    '  401000         12 T main.main',
    '  402000         34 R gclocals·a1b2c3',
    '  403000       5678 D example.com/app.Config',
    '                  0 U free@GLIBC_2.2.5',
    '  404000          9 T main.last',
  ];
  const bytes = Buffer.from(lines.join('\n'), 'utf8');
  const dot = bytes.indexOf(Buffer.from('·')) + 1; // inside the two bytes of '·'
  const cuts = [5, 20, dot, dot + 3, dot + 4, bytes.length - 3];
  const pieces = cuts.map((c, i) => bytes.subarray(i === 0 ? 0 : cuts[i - 1], c)).concat(bytes.subarray(cuts.at(-1)));
  // A real child process that writes each piece as its own read, pausing between them; the nm flags streamNm adds are ignored.
  const script = `const p=${JSON.stringify(pieces.map((b) => b.toString('base64')))};let i=0;const w=()=>{if(i<p.length){process.stdout.write(Buffer.from(p[i++],'base64'));setTimeout(w,30)}};w()`;
  const got: NmSymbol[] = [];
  const n = await streamNm([process.execPath, '-e', script, '--'], 'unused', (s) => got.push({ ...s }), { label: 'test' });
  assert.equal(n, lines.length);
  assert.deepEqual(
    got,
    lines.map((l) => parseNmLine(l)),
  );
  assert.equal(got[1]!.name, 'gclocals·a1b2c3');
});

test("the nm tool binary runs with Go's collector off and a memory limit, unless the user set GOGC; go tool nm as given", async () => {
  // A stand-in nm binary (a script made executable) that lists one symbol named after the GOGC and GOMEMLIMIT it was given.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gck-nm-env-'));
  const nm = path.join(dir, 'nm');
  writeFileSync(
    nm,
    `#!${process.execPath}\nprocess.stdout.write('  1000 T gc.' + (process.env.GOGC ?? 'unset') + '.' + (process.env.GOMEMLIMIT ?? 'unset') + '\\n')\n`,
    { mode: 0o755 },
  );
  const seen = async (command: [string, ...string[]], env: NodeJS.ProcessEnv): Promise<string> => {
    const names: string[] = [];
    await streamNm(command, 'unused', (s) => names.push(s.name), { env, label: 'test' });
    return names.join();
  };
  const without = { ...process.env };
  delete without.GOGC;
  delete without.GOMEMLIMIT;
  assert.equal(await seen([nm], without), 'gc.off.512MiB');
  assert.equal(await seen([nm], { ...without, GOMEMLIMIT: '2GiB' }), 'gc.off.2GiB');
  assert.equal(await seen([nm], { ...without, GOGC: '50' }), 'gc.50.unset');
  // Through the go command (here: node running the same script) nothing is added.
  assert.equal(await seen([process.execPath, nm], without), 'gc.unset.unset');
});

test('a named pipe given as a build is refused at once, not read (the read would wait for a writer forever)', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gck-fifo-'));
  const fifo = path.join(dir, 'app');
  execFileSync('mkfifo', [fifo]);
  await assert.rejects(inspectArtifact(fifo), (e: Error) => e instanceof NotGoOutput && /named pipe/.test(e.message));
});

const info = (go: string, settings: Record<string, string>, deps: Record<string, string> = {}): string =>
  [
    `/x/app: ${go}`,
    '\tpath\texample.com/app',
    '\tmod\texample.com/app\t(devel)\t',
    ...Object.entries(deps).map(([p, v]) => `\tdep\t${p}\t${v}\th1:x=`),
    ...Object.entries(settings).map(([k, v]) => `\tbuild\t${k}=${v}`),
  ].join('\n');

test('build info: parse and diff settings, modules and Go version; vcs stamps are not findings', () => {
  const a = parseBuildInfo(
    info('go1.19.8', { CGO_ENABLED: '1', '-ldflags': '"-X main.v=1"', 'vcs.revision': 'aaa' }, { 'golang.org/x/sys': 'v0.1.0' }),
  )!;
  const b = parseBuildInfo(info('go1.23.5', { CGO_ENABLED: '0', GOAMD64: 'v3', 'vcs.revision': 'bbb' }, { 'golang.org/x/sys': 'v0.2.0' }))!;
  assert.equal(a.path, 'example.com/app');
  assert.deepEqual(
    diffBuildInfo(a, b).map((c) => `${c.what}:${c.name}:${c.base}->${c.head}`),
    [
      'go:go:go1.19.8->go1.23.5',
      'setting:-ldflags:"-X main.v=1"->',
      'setting:CGO_ENABLED:1->0',
      'setting:GOAMD64:->v3',
      'module:golang.org/x/sys:v0.1.0->v0.2.0',
    ],
  );
  assert.equal(parseBuildInfo('/x/file: could not read Go build info'), undefined);
});

test('suppressions: glob and /regex/ with reasons; a missing reason or bad regex is an error naming the line', () => {
  const s = parseSuppressions('# accepted\nexample.com/m/api.Old* renamed in v2\n/^import:(malloc|free)$/ cgo allocator\n\n', 'abi.supp');
  assert.equal(s.length, 2);
  assert.ok(s[0]!.test('example.com/m/api.OldThing'));
  assert.ok(!s[0]!.test('example.com/m/api.New'));
  assert.ok(s[1]!.test('import:malloc'));
  assert.equal(s[1]!.reason, 'cgo allocator');
  assert.throws(
    () => parseSuppressions('foo.Bar\n', 'abi.supp'),
    (e: Error) => e instanceof SuppressionError && /abi.supp:1: "foo.Bar" has no reason/.test(e.message),
  );
  assert.throws(() => parseSuppressions('/a(/ why\n', 's'), /s:1: \/a\(\/ is not a valid regular expression/);
});

test('size limits', () => {
  assert.deepEqual(parseSizeLimit('5%'), { percent: 0.05, text: '5%' });
  assert.deepEqual(parseSizeLimit('200KB'), { bytes: 200000, text: '200KB' });
  assert.equal(parseSizeLimit(''), undefined);
  assert.throws(() => parseSizeLimit('lots'), /input "max-size-growth" is "lots"; expected a percentage such as "5%"/);
});

function table(rows: [string, string, number][]): SymbolTable {
  const t = new SymbolTable('exported');
  for (const [name, code, size] of rows) t.add({ name, code, size, member: '' });
  return t;
}

test('diff + policy: removed breaks by default, variable size change is "changed", func size is not, suppressions win', () => {
  const base = table([
    ['example.com/m/api.Gone', 'T', 10],
    ['example.com/m/api.Limit', 'D', 4],
    ['example.com/m/api.Work', 'T', 100],
    ['example.com/m/api.Flag', 'D', 1],
  ]);
  const head = table([
    ['example.com/m/api.Limit', 'D', 8],
    ['example.com/m/api.Work', 'T', 140],
    // A variable that became a function (B ↔ D at one size is the same variable: explained.ts).
    ['example.com/m/api.Flag', 'T', 1],
    ['example.com/m/api.New', 'T', 5],
  ]);
  const d = diffTables(base, head);
  assert.deepEqual(
    d.findings.map((f) => `${f.change} ${f.key}`),
    ['kind example.com/m/api.Flag', 'removed example.com/m/api.Gone', 'size example.com/m/api.Limit', 'added example.com/m/api.New'],
  );
  const run = (failOn: 'removed' | 'changed' | 'any' | 'none', supp = ''): [boolean, Finding[]] => {
    const f = symbolFindings('app', d);
    const v = applyPolicy(f, { base: 100, head: 100 }, { failOn, denyNewDynamic: false, suppressions: parseSuppressions(supp, 's') });
    return [v.breaking, f];
  };
  assert.equal(run('removed')[0], true);
  assert.deepEqual(
    run('removed')[1]
      .filter((f) => f.breaking)
      .map((f) => f.subject),
    ['example.com/m/api.Gone'],
  );
  assert.equal(run('changed')[1].filter((f) => f.breaking).length, 3);
  assert.equal(run('any')[1].filter((f) => f.breaking).length, 4);
  assert.equal(run('none')[0], false);
  const [breaking, f] = run('removed', '*.Gone moved to package v2\n');
  assert.equal(breaking, false);
  assert.equal(f.find((x) => x.subject.endsWith('.Gone'))!.suppressed, 'moved to package v2');
  const grow = applyPolicy(
    [],
    { base: 1000, head: 1100 },
    { failOn: 'removed', denyNewDynamic: false, suppressions: [], maxSizeGrowth: parseSizeLimit('5%') },
  );
  assert.deepEqual(grow.reasons, [
    'the files (no symbols to measure the module packages by) grew by 100 bytes (10.00%), more than max-size-growth 5% (size-scope module)',
  ]);
  // The module's packages are measured by default; whole files only with size-scope binary.
  const sizes = { base: 1000, head: 1170, module: { base: 200, head: 205 } };
  const limit = { failOn: 'removed' as const, denyNewDynamic: false, suppressions: [], maxSizeGrowth: parseSizeLimit('5%') };
  assert.deepEqual(applyPolicy([], sizes, limit).reasons, []);
  assert.deepEqual(applyPolicy([], sizes, { ...limit, sizeScope: 'binary' }).reasons, [
    'the files grew by 170 bytes (17.00%), more than max-size-growth 5% (size-scope binary)',
  ]);
  assert.deepEqual(applyPolicy([], { ...sizes, module: { base: 200, head: 220 } }, limit).reasons, [
    "the module's packages grew by 20 bytes (10.00%), more than max-size-growth 5% (size-scope module)",
  ]);
});

test('content sniffing and Go archive headers', () => {
  assert.match(describeContent(Buffer.from('#!/bin/sh\necho hi\n')), /^a script \(#!\/bin\/sh\)/);
  assert.equal(describeContent(Buffer.from('hello\n')), 'a text file');
  assert.equal(describeContent(Buffer.from('!<arch>\nfoo.o/')), 'an ar archive that is not a Go archive (a C static library?)');
  assert.deepEqual(parseGoObjectHeader(Buffer.from('!<arch>\n__.PKGDEF  ...`\ngo object linux amd64 go1.19.8 X:regabi\n')), {
    goos: 'linux',
    goarch: 'amd64',
    goVersion: 'go1.19.8',
  });
  assert.deepEqual(pairByRelativePath(['a', 'b/c'], ['b/c', 'd']), { pairs: ['b/c'], onlyBase: ['a'], onlyHead: ['d'] });
});
