// The GODEBUG table parser on the real table.go of each installed Go, and the pure change
// computation (which value each side has, which settings are reported) as tables.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseBuildInfo } from '../../src/abi/buildinfo.js';
import {
  computeBehaviorChanges,
  godebugDocUrl,
  godebugSide,
  impliedGoLine,
  sideValue,
  valueRules,
  type GodebugSide,
} from '../../src/abi/godebug.js';
import { godebugTablePath, parseGodebugTable, type GodebugSetting } from '../../src/abi/godebug-table.js';
import { behaviorMarkdown } from '../../src/abi/godebug-summary.js';
import { debianGoroot } from '../helpers/go.js';
import { repoRoot } from '../helpers/runner.js';

const tableOf = (minor: '1.21' | '1.22' | '1.23'): GodebugSetting[] =>
  parseGodebugTable(readFileSync(path.join(debianGoroot(minor), godebugTablePath), 'utf8'));

const changedIn = (t: GodebugSetting[]): string[] => t.filter((s) => s.changed !== undefined).map((s) => `${s.name}:${s.changed}`);

test('parseGodebugTable reads the real tables of Go 1.21, 1.22 and 1.23', () => {
  const [t21, t22, t23] = [tableOf('1.21'), tableOf('1.22'), tableOf('1.23')];
  // Entries, not lines: 1.23's commented-out `//{Name: "multipartfiles", ...}` is not one.
  assert.deepEqual([t21.length, t22.length, t23.length], [21, 28, 36]);
  assert.deepEqual(changedIn(t21), ['netedns0:19', 'panicnil:21']);
  assert.deepEqual(changedIn(t22), [
    'httplaxcontentlength:22',
    'httpmuxgo121:22',
    'netedns0:19',
    'panicnil:21',
    'tls10server:22',
    'tlsrsakex:22',
    'tlsunsafeekm:22',
  ]);
  assert.equal(changedIn(t23).length, 16);
  assert.equal(
    t23.find((s) => s.name === 'multipartfiles'),
    undefined,
  );
  assert.deepEqual(
    t23.find((s) => s.name === 'asynctimerchan'),
    { name: 'asynctimerchan', package: 'time', changed: 23, old: '1', opaque: false },
  );
  assert.deepEqual(
    t23.find((s) => s.name === 'tlskyber'),
    { name: 'tlskyber', package: 'crypto/tls', changed: 23, old: '0', opaque: true },
  );
  // A trailing comment after the entry (`// bug #66217: remove Opaque`) does not hide it.
  assert.equal(t23.find((s) => s.name === 'jstmpllitinterp')?.opaque, true);
  assert.equal(t23.find((s) => s.name === 'http2client')?.changed, undefined);
  for (const t of [t21, t22, t23]) {
    assert.deepEqual(
      t.map((s) => s.name),
      t.map((s) => s.name).sort(),
      'All is sorted by Name',
    );
    assert.ok(t.every((s) => s.package !== '' && (s.changed === undefined) === (s.old === undefined)));
  }
});

test('parseGodebugTable: a file without the All table says what it expected', () => {
  assert.throws(() => parseGodebugTable('package godebugs\n'), /no `var All = \[\]Info\{`.*table\.go of Go 1\.21\+/);
});

test('every value rule decides its own example on the real 1.23 table', () => {
  const t23 = tableOf('1.23');
  for (const rule of valueRules) {
    const s = t23.find((x) => x.name === rule.example.setting)!;
    assert.deepEqual(sideValue(s, rule.example.side), { value: rule.example.value, rule: rule.id }, rule.id);
  }
});

// DefaultGODEBUG strings printed by go version -m for these builds (research note §4, re-checked by the integration test).
const dg119by123 =
  'asynctimerchan=1,gotypesalias=0,httplaxcontentlength=1,httpmuxgo121=1,httpservecontentkeepheaders=1,panicnil=1,tls10server=1,tls3des=1,tlskyber=0,tlsrsakex=1,tlsunsafeekm=1,winreadlinkvolume=0,winsymlink=0,x509keypairleaf=0,x509negativeserial=1';
const dg122by123 =
  'asynctimerchan=1,gotypesalias=0,httpservecontentkeepheaders=1,tls3des=1,tlskyber=0,x509keypairleaf=0,x509negativeserial=1';
const service = new Set(['runtime', 'time', 'os', 'net', 'net/http', 'crypto/tls', 'crypto/x509', 'main']);
const built = {
  go119by119: { goVersion: 'go1.19.8' },
  go119by123: { goVersion: 'go1.23.5', defaultGodebug: dg119by123 },
  go122by123: { goVersion: 'go1.23.5', defaultGodebug: dg122by123 },
  go123by123: { goVersion: 'go1.23.5', defaultGodebug: '' },
} satisfies Record<string, GodebugSide>;

const cases: { what: string; base: GodebugSide; head: GodebugSide; linked?: Set<string> | undefined; goos?: string; names: string[] }[] = [
  {
    what: 'go 1.19 by 1.19 → go 1.23 by 1.23: every default changed since 1.19 in a linked package',
    base: built.go119by119,
    head: built.go123by123,
    goos: 'linux',
    names: [
      'tls10server',
      'tls3des',
      'tlskyber',
      'tlsrsakex',
      'tlsunsafeekm',
      'x509keypairleaf',
      'x509negativeserial',
      'httplaxcontentlength',
      'httpmuxgo121',
      'httpservecontentkeepheaders',
      'panicnil',
      'asynctimerchan',
    ],
  },
  {
    what: 'go 1.19 line built by 1.19 and by 1.23: DefaultGODEBUG pins the old behaviour, nothing changes',
    base: built.go119by119,
    head: built.go119by123,
    names: [],
  },
  {
    what: 'same, the 1.23 side read without build info but with its go line',
    base: built.go119by119,
    head: { goVersion: 'go1.23.5', goLine: '1.19' },
    names: [],
  },
  {
    what: 'go line 1.22 → 1.23, both built by 1.23: only the 1.23 changes',
    base: built.go122by123,
    head: built.go123by123,
    goos: 'linux',
    names: ['tls3des', 'tlskyber', 'x509keypairleaf', 'x509negativeserial', 'httpservecontentkeepheaders', 'asynctimerchan'],
  },
  {
    what: 'a program linking neither net/http nor crypto/tls gets only runtime and time',
    base: built.go119by119,
    head: built.go123by123,
    linked: new Set(['runtime', 'time', 'os', 'fmt', 'main']),
    goos: 'linux',
    names: ['panicnil', 'asynctimerchan'],
  },
  {
    what: 'on windows the win* settings of os count',
    base: built.go119by119,
    head: built.go123by123,
    linked: new Set(['runtime', 'os']),
    goos: 'windows',
    names: ['winreadlinkvolume', 'winsymlink', 'panicnil'],
  },
  {
    what: 'linked packages not known (stripped): every package counts, gotypesalias (go/types) too',
    base: built.go122by123,
    head: built.go123by123,
    linked: undefined,
    goos: 'linux',
    names: [
      'tls3des',
      'tlskyber',
      'x509keypairleaf',
      'x509negativeserial',
      'gotypesalias',
      'httpservecontentkeepheaders',
      'asynctimerchan',
    ],
  },
  {
    what: 'a //go:debug of a never-changed setting on base only is a change too',
    base: { goVersion: 'go1.23.5', defaultGodebug: 'http2client=0' },
    head: built.go123by123,
    names: ['http2client'],
  },
];

for (const c of cases) {
  test(`computeBehaviorChanges: ${c.what}`, () => {
    const got = computeBehaviorChanges(tableOf('1.23'), {
      base: c.base,
      head: c.head,
      linkedPackages: 'linked' in c ? c.linked : service,
      goos: c.goos,
    });
    assert.deepEqual(
      got.map((x) => x.name),
      c.names,
    );
  });
}

test('computeBehaviorChanges: each change says both values, how they were decided, how to keep the base one and where it is documented', () => {
  const got = computeBehaviorChanges(tableOf('1.23'), { base: built.go119by119, head: built.go119by123, linkedPackages: service });
  assert.deepEqual(got, []);
  const [timer] = computeBehaviorChanges(tableOf('1.23'), {
    base: built.go119by123,
    head: built.go123by123,
    linkedPackages: new Set(['time']),
  });
  assert.deepEqual(timer, {
    name: 'asynctimerchan',
    package: 'time',
    changedIn: '1.23',
    base: { value: '1', rule: 'default-godebug' },
    head: { value: '0', rule: 'toolchain-default' },
    restore: { goDebugDirective: '//go:debug asynctimerchan=1', goModLine: 'godebug asynctimerchan=1' },
    docUrl: 'https://go.dev/doc/godebug#go-123',
  });
  const [dropped] = computeBehaviorChanges(tableOf('1.23'), {
    base: built.go123by123,
    head: { goVersion: 'go1.23.5', defaultGodebug: 'http2client=0' },
    linkedPackages: service,
  });
  assert.equal(dropped?.restore, undefined, 'base had the package default: nothing to add, drop the head override');
  assert.equal(dropped?.docUrl, godebugDocUrl(undefined));
  assert.equal(godebugDocUrl(undefined), 'https://go.dev/doc/godebug#history');
});

test('impliedGoLine: what DefaultGODEBUG says about a go line the build info does not record', () => {
  const t23 = tableOf('1.23');
  assert.deepEqual(impliedGoLine(t23, built.go119by123), { atLeast: 19, below: 21 });
  assert.deepEqual(impliedGoLine(t23, built.go122by123), { atLeast: 22, below: 23 });
  assert.deepEqual(impliedGoLine(t23, built.go123by123), { atLeast: 23, below: undefined });
  assert.equal(impliedGoLine(t23, built.go119by119), undefined, 'before 1.21 the go line left no trace');
});

test('godebugSide: a 1.21+ build without a DefaultGODEBUG line had the defaults of its Go; before 1.21 nothing is recorded', () => {
  const info = (v: string, extra = ''): ReturnType<typeof parseBuildInfo> =>
    parseBuildInfo(`x: ${v}\n\tpath\texample.com/svc\n\tbuild\tGOOS=linux\n${extra}`);
  assert.deepEqual(godebugSide(info('go1.19.8')!), { goVersion: 'go1.19.8', goLine: undefined, defaultGodebug: undefined });
  assert.deepEqual(godebugSide(info('go1.23.5')!, '1.23'), { goVersion: 'go1.23.5', goLine: '1.23', defaultGodebug: '' });
  assert.equal(godebugSide(info('go1.23.5', '\tbuild\tDefaultGODEBUG=panicnil=1\n')!).defaultGodebug, 'panicnil=1');
});

test('behaviorMarkdown: a table, the lines that keep the base behaviour, and the notes', () => {
  const changes = computeBehaviorChanges(tableOf('1.23'), {
    base: built.go122by123,
    head: built.go123by123,
    linkedPackages: new Set(['time', 'crypto/tls']),
  });
  const md = behaviorMarkdown({ tableGo: 'go1.23.5', changes, notes: ['base: built by go1.23.5'] });
  assert.match(md, /^#### Go behaviour changes \(GODEBUG defaults, table of go1\.23\.5\)/);
  assert.match(
    md,
    /\| `asynctimerchan` \| `time` \| Go 1\.23 \| `asynctimerchan=1` \(DefaultGODEBUG\) \| `asynctimerchan=0` \(Go default\) \| \[godebug 1\.23\]\(https:\/\/go\.dev\/doc\/godebug#go-123\) \|/,
  );
  assert.match(
    md,
    /```go\n\/\/go:debug tls3des=1\n\/\/go:debug tlskyber=0\n\/\/go:debug x509keypairleaf=0\n\/\/go:debug asynctimerchan=1\n```/,
  );
  assert.match(md, /godebug \(\n\ttls3des=1\n\ttlskyber=0\n\tx509keypairleaf=0\n\tasynctimerchan=1\n\)/);
  assert.match(md, /\n- base: built by go1\.23\.5\n$/);
  const none = behaviorMarkdown({ tableGo: 'go1.23.5', changes: [], notes: [] });
  assert.match(none, /No GODEBUG default differs/);
  const old = behaviorMarkdown({ changes: [], notes: ['Go behaviour changes not listed: the head Go (go1.19.8) predates Go 1.21'] });
  assert.doesNotMatch(old, /No GODEBUG default differs/);
  assert.match(old, /predates Go 1\.21/);
});

test('docs/abi-godebug.md has a row for every value rule', () => {
  const doc = readFileSync(path.join(repoRoot, 'docs/abi-godebug.md'), 'utf8');
  for (const r of valueRules)
    assert.ok(
      doc.split('\n').some((l) => l.startsWith(`| ${r.id} |`)),
      `row for ${r.id}`,
    );
});
